"""Subjects zero-config: the company a deal is about, projects an article follows, authorities
named by their kind, residents named after their town. Sentences written for these tests."""
from __future__ import annotations

from tests.classify.test_zero_config import typed


def test_a_deal_sentence_hands_its_bought_company_to_the_next_sentence():
    text = ("Nordwerk AG has agreed to acquire Lumora GmbH from the investor Tallin Partners for €900m. "
            "The deal is expected to close in the third quarter of 2025.")
    claims = typed(text, "en")
    assert claims["the third quarter of 2025"].subject == "Lumora"


def test_without_a_deal_the_entity_named_last_before_stays_the_subject():
    text = ("Lumora GmbH will supply sensors to Nordwerk AG. "
            "Deliveries are expected to start in the third quarter of 2025.")
    claims = typed(text, "en")
    assert claims["the third quarter of 2025"].subject == "Nordwerk"


def test_a_ticker_word_that_is_a_kind_of_thing_names_no_one_but_a_name_before_a_colon_does():
    text = ("Stadtwerke: Fernwärme wird um 9 Prozent teurer\n\n"
            "Selbrück. Die Stadtwerke Selbrück erhöhen die Preise zum Jahreswechsel um 9 Prozent.")
    claims = typed(text)
    assert claims["9 Prozent"].subject != "Stadtwerke"
    ticker = typed("Kaufwerk: Der Konzern steigerte den Umsatz auf 3,2 Milliarden Euro.")
    assert ticker["3,2 Milliarden Euro"].subject == "Kaufwerk"     # a short descriptor ending: a name


def test_a_masthead_is_not_the_headline_that_announces_a_project():
    text = ("TAL & BERG\n\nOrtheim baut Gondelbahn zum Gipfel\n\n"
            "Ortheim. Der Gemeinderat hat das Projekt genehmigt. Die Investition beläuft sich auf 31 Millionen Euro.")
    claims = typed(text)
    cost = claims["31 Millionen Euro"]
    assert cost.subject == "Gondelbahn" and cost.claim_type == "money:cost"
    assert cost.qualifiers["owner"] == "Ortheim" and cost.qualifiers["project"] == "cable_car"


def test_a_project_owns_the_dates_after_it_but_not_the_season_start_of_its_town_in_the_next_paragraph():
    text = ("Ortheim. Die neue Seilbahn soll Mitte Mai 2025 in Betrieb gehen.\n\n"
            "Die Saison in Ortheim beginnt am 1. Juni.")
    claims = typed(text)
    assert claims["Mitte Mai 2025"].subject == "Seilbahn"
    assert claims["Mitte Mai 2025"].claim_type == "date:launch"
    assert claims["1. Juni"].subject != "Seilbahn"


# --- a metric said once carries to the same counted thing in the next sentence ----------------

def test_the_metric_of_the_sentence_before_carries_to_the_same_counted_thing():
    text = ("Die Hörbuch-App Lautwerk hat die Marke von 500.000 zahlenden Abonnenten überschritten. "
            "Ende März zählte das Unternehmen 512.000 Abonnenten.")
    assert typed(text)["512.000 Abonnenten"].qualifiers.get("metric") == "paying"


def test_a_figure_of_the_whole_takes_no_metric_from_the_sentence_before():
    text = ("Die Hörbuch-App Lautwerk zählt 500.000 zahlende Abonnenten. "
            "Insgesamt hat die App 2,1 Millionen Abonnenten.")
    assert "metric" not in typed(text)["2,1 Millionen Abonnenten"].qualifiers


def test_a_metric_does_not_carry_into_the_next_paragraph_or_to_another_thing():
    text = ("Die Hörbuch-App Lautwerk zählt 500.000 zahlende Abonnenten.\n\n"
            "Lautwerk hat 2,1 Millionen Abonnenten. Die App hat 40 Mitarbeiter.")
    claims = typed(text)
    assert "metric" not in claims["2,1 Millionen Abonnenten"].qualifiers
    assert "metric" not in claims["40 Mitarbeiter"].qualifiers


# --- places: residents named after their town, a county named with its town ------------------

def test_residents_named_after_their_town_are_the_towns_residents():
    text = ("Der Gemeinderat in Ortheim hat getagt. Der Bürgermeister sprach von einer Halle "
            "für alle 48.000 Ortheimerinnen und Ortheimer.")
    claim = typed(text)["48.000 Ortheimerinnen"]
    assert (claim.subject, claim.claim_type) == ("Ortheim", "quantity:resident")


def test_a_word_that_only_starts_like_the_town_is_no_resident():
    text = "Der Gemeinderat in Ortheim hat getagt. Der Verein zählt 300 Ortheimsportler."
    claim = typed(text)["300 Ortheimsportler"]
    assert claim.claim_type != "quantity:resident"


def test_a_county_named_with_its_town_is_the_town_with_the_county_as_scope():
    text = "Kreis Ortheim: Der Landkreis baut Radwege aus. Im Landkreis leben knapp 210.000 Menschen."
    claim = typed(text)["knapp 210.000 Menschen"]
    assert claim.subject == "Ortheim" and claim.qualifiers.get("scope") == "kreis"


def test_a_price_after_a_sentence_naming_a_town_and_its_project_is_the_towns():
    text = ("Ortheim: Die Saison beginnt am 14. Dezember, die neue Gondelbahn folgt Ende Januar. "
            "Eine Tageskarte kostet 64 Franken.")
    claims = typed(text)
    assert claims["Ende Januar"].subject == "Gondelbahn"
    assert claims["64 Franken"].subject == "Ortheim"


def test_a_district_names_its_figures_and_a_job_agency_named_by_its_kind_is_no_name():
    text = ("Arbeitsagentur: Weniger Arbeitslose in Selbrück\n\n"
            "Die Zahl der Arbeitslosen im Bezirk Selbrück ist im Mai auf 8.200 gesunken.")
    assert typed(text)["8.200"].subject == "Selbrück"


# --- seasons date the figures of their clause; an operator named after what it runs ------------

def test_a_season_dates_the_figures_of_its_clause_only():
    text = "Die Seilbahn Ortheim AG zieht Bilanz. Im Winter beschäftigt sie rund 320 Mitarbeiter, im Sommer sind es 140."
    claims = typed(text)
    assert claims["rund 320 Mitarbeiter"].qualifiers.get("period", "").endswith("-WI")
    assert claims["140"].qualifiers.get("period", "").endswith("-SU")


def test_an_operator_named_after_a_company_the_article_names_alone_is_that_company():
    text = ("Das Skigebiet Ortheim meldet einen Rekord. Die Bergbahnen Ortheim AG beschäftigen "
            "rund 320 Mitarbeiter. Ortheim zählte 410.000 Gäste.")
    assert typed(text)["rund 320 Mitarbeiter"].subject == "Ortheim"


def test_an_operator_is_kept_when_the_article_never_names_what_it_runs_alone():
    from factcheck.classify.language import name_cues
    from factcheck.classify.places import operator_of

    cues = name_cues("de")
    assert operator_of("Bergbahnen Ortheim", frozenset({"Ortheim"}), cues) == "Ortheim"
    assert operator_of("Bergbahnen Ortheim", frozenset({"Selbrück"}), cues) is None
    assert operator_of("Karl Ortheim", frozenset({"Ortheim"}), cues) is None      # no descriptor: a person


def test_more_than_last_year_makes_a_percentage_a_growth():
    text = "Die Kaufwerk AG setzte 4 Prozent mehr als im Vorjahr um."
    assert typed(text)["4 Prozent"].claim_type == "percent:growth"
