"""Periods and keys read from the sentence and its neighbours, zero-config: the real extractor, then
classify with no rules. Every text is written for this test (fictional companies); each case has the
trap beside it that looks the same."""
from __future__ import annotations

from datetime import date

from factcheck.classify import classify
from factcheck.extract import extract
from factcheck.model import Claim, Document
from factcheck.ruleset import empty_ruleset

REF = date(2024, 3, 14)


def typed(text: str, lang: str = "de", published: str | None = "2024-03-14") -> dict[str, Claim]:
    doc = Document(doc="t.txt", text=text, lang=lang, date=published)
    claims = classify(extract(doc, REF), doc, empty_ruleset())
    return {c.text: c for c in claims}


def period(claims: dict[str, Claim], figure: str) -> str | None:
    assert figure in claims, f"{figure!r} not extracted: {sorted(claims)}"
    return claims[figure].qualifiers.get("period")


def test_a_period_named_by_pointing_back_is_the_year_stated_before():
    claims = typed("Kornfeld, the Danish bakery chain, reported 2023 revenue of €1.2bn. "
                   "The chain ended the year with 640 shops in four countries.", lang="en")
    assert period(claims, "640 shops") == "2023"
    assert claims["640 shops"].basis["period"] == "earlier_sentence"


def test_a_figure_that_points_back_to_nothing_stays_as_of_the_publication_date():
    # the trap: the same words, but no year stated before them in the paragraph
    claims = typed("Kornfeld ended the year with 640 shops in four countries.", lang="en")
    assert period(claims, "640 shops") is None
    assert claims["640 shops"].basis["period"] == "inferred"


def test_a_german_figure_of_the_same_fiscal_year_takes_its_year():
    claims = typed("Der Lüfterbauer Ventora hat 2023 einen Umsatz von 410 Millionen Euro erzielt. "
                   "Im selben Geschäftsjahr stieg der Gewinn auf 38 Millionen Euro.")
    assert period(claims, "38 Millionen Euro") == "2023"


def test_a_fiscal_year_named_by_its_last_day():
    claims = typed("Ventora Inc. reported revenue of €4.1bn for its fiscal year ended Sept. 30.", lang="en",
                   published="2024-12-02")
    assert period(claims, "€4.1bn") == "2023/24"


def test_a_quarter_without_a_year_is_the_last_one_begun_by_the_publication_date():
    claims = typed("Pulsly said it had 2.1 million paying subscribers in the second quarter.", lang="en",
                   published="2024-07-18")
    assert period(claims, "2.1 million paying subscribers") == "2024-Q2"
    # the trap: a year stated with the quarter is kept, whatever the publication date
    stated = typed("Pulsly said it had 2.1 million paying subscribers in the second quarter of 2023.", lang="en",
                   published="2024-07-18")
    assert period(stated, "2.1 million paying subscribers") == "2023-Q2"


def test_a_founding_year_is_not_the_period_of_the_other_figures():
    claims = typed("Founded in 2014, Lumisen makes lidar sensors and employs about 700 staff.", lang="en")
    assert period(claims, "about 700 staff") is None
    assert claims["2014"].claim_type == "date:founding"


def test_a_dated_phrase_nearer_the_figure_wins_over_a_year_of_another_clause():
    claims = typed("Lumisen wurde 2012 gegründet, beschäftigt 700 Mitarbeiter und setzte im vergangenen Jahr "
                   "180 Millionen Euro um.")
    assert period(claims, "180 Millionen Euro") == "2023"
    # the trap: the date of the founding clause is not typed a founding date
    assert claims["vergangenen Jahr"].claim_type != "date:founding"


def test_a_date_in_apposition_keeps_the_cue_after_its_commas():
    claims = typed("Am Freitag, 13. Dezember, beginnt in Sankt Arlen die Skisaison.", published="2024-12-02")
    assert claims["Freitag, 13. Dezember"].claim_type == "date:launch"


def test_a_count_noun_after_an_adjective_names_what_a_bare_figure_counts():
    claims = typed("Im Frühjahr lag die Zahl der zahlenden Abonnenten bei 1,4 Millionen.")
    assert claims["1,4 Millionen"].claim_type == "quantity:subscriber"
    assert claims["1,4 Millionen"].qualifiers.get("metric") == "paying"


def test_orders_are_not_revenue():
    claims = typed("Ventora reported revenue of €4.1bn, while orders came in at €3.9bn.", lang="en")
    assert claims["€4.1bn"].claim_type == "money:revenue"
    assert claims["€3.9bn"].claim_type == "money:order_intake"


def test_a_scope_of_this_country_or_the_region_is_read():
    claims = typed("Hierzulande zählt Lernwerk 52 000 zahlende Abonnenten.")
    assert claims["52 000 zahlende Abonnenten"].qualifiers.get("scope") == "domestic"
    en = typed("Ventora Inc. employs 1,200 people in the region.", lang="en")
    assert en["1,200 people"].qualifiers.get("scope") == "region"


def test_a_time_after_the_figure_in_the_next_clause_dates_that_clause():
    claims = typed("Lumisen beschäftigt 700 Mitarbeiter und setzte im vergangenen Jahr 180 Millionen Euro um.")
    assert period(claims, "700 Mitarbeiter") is None
    assert period(claims, "180 Millionen Euro") == "2023"
    # the trap: a time right after the figure, in its own clause, is its period
    same = typed("Lumisen setzte 180 Millionen Euro im vergangenen Jahr um.")
    assert period(same, "180 Millionen Euro") == "2023"
