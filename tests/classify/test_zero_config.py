"""Zero-config typing on whole sentences: the real extractor, then classify with no rules.

Every text is written for this test (fictional companies); each case asserts the subject, key or
period a reader would give, and the trap beside it that looks the same."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.classify import classify
from factcheck.extract import extract
from factcheck.model import Claim, Document
from factcheck.ruleset import empty_ruleset

REF = date(2024, 6, 3)


def typed(text: str, lang: str = "de", published: str | None = "2024-06-03") -> dict[str, Claim]:
    """The typed claims of a text by their wording."""
    doc = Document(doc="t.txt", text=text, lang=lang, date=published)
    claims = classify(extract(doc, REF), doc, empty_ruleset())
    return {c.text: c for c in claims}


def subject(text: str, figure: str, lang: str = "de") -> str | None:
    claims = typed(text, lang)
    assert figure in claims, f"{figure!r} not extracted: {sorted(claims)}"
    return claims[figure].subject


# --- names introduced by the language around them -------------------------------------------

@pytest.mark.parametrize("text, figure, lang, expected", [
    # a descriptor noun, inflected and as the end of a compound
    ("Der Bremer Discounter Preisland betreibt 1.240 Filialen.", "1.240 Filialen", "de", "Preisland"),
    ("Die Analysten loben den Kölner Messtechnikspezialisten Sensora, der 310 Millionen Euro umsetzte.",
     "310 Millionen Euro", "de", "Sensora"),
    ("Die Smartphone-Bank Kontwerk zählt inzwischen 2,4 Millionen Kunden.", "2,4 Millionen Kunden", "de",
     "Kontwerk"),
    # a legal form; the word before it joins the name
    ("Die Nordhafen Logistik GmbH stellt 150 Fahrer ein.", "150 Fahrer", "de", "Nordhafen Logistik"),
    # en: a lower-case descriptor, a legal form
    ("Customers of the Oslo-based fitness app Pulsly logged 4.2 million workouts in May.",
     "4.2 million workouts", "en", "Pulsly"),
    ("Shares of Kovalt Inc. rose after it reported revenue of $2.1bn.", "$2.1bn", "en", "Kovalt"),
])
def test_a_name_is_found_by_the_words_around_it(text, figure, lang, expected):
    assert subject(text, figure, lang) == expected


def test_a_ticker_item_names_its_company_and_a_heading_word_before_a_colon_does_not():
    text = ("Kaufwerk: Der Konzern steigerte den Umsatz auf 3,2 Milliarden Euro.\n\n"
            "Fazit: Die Zahl der Filialen blieb mit 800 Filialen gleich.")
    claims = typed(text)
    assert claims["3,2 Milliarden Euro"].subject == "Kaufwerk"
    assert claims["800 Filialen"].subject == "Kaufwerk"          # the article's company, not "Fazit"
    assert claims["800 Filialen"].basis["subject"] != "sentence"


def test_the_company_before_chef_is_the_subject_not_the_person():
    text = "Lumora-Chefin Anna Berg sagte, der Umsatz sei auf 80 Millionen Euro gestiegen."
    assert subject(text, "80 Millionen Euro") == "Lumora"


def test_a_headline_name_is_the_subject_of_the_article_that_only_describes_it():
    text = ("Pulsly wächst in Skandinavien\n\n"
            "Der Fitnessdienst aus Oslo zählt nach eigenen Angaben inzwischen 480 Beschäftigte. "
            "Ein Börsengang sei nicht geplant.")
    claims = typed(text)
    assert claims["480 Beschäftigte"].subject == "Pulsly"
    assert claims["480 Beschäftigte"].claim_type == "quantity:employee"


def test_a_headline_noun_that_takes_an_article_is_no_name():
    # de: "der Stadtrat" further down shows "Stadtrat" is a common noun, not a company
    text = ("Stadtrat tagt erneut\n\n"
            "Der Stadtrat hat 12 Millionen Euro für die Schule bewilligt.")
    assert subject(text, "12 Millionen Euro") is None


# --- never a subject ----------------------------------------------------------------------------

def test_abbreviations_months_and_an_unexpanded_acronym_are_never_subjects():
    text = ("The deadline moved to Dec. 4, and a group of U.S. investors put in $38m. "
            "The UVP is 499 euros, the CEO said.")
    claims = typed(text, "en")
    assert {c.subject for c in claims.values()} <= {None}


def test_a_party_is_never_the_subject_of_a_city_project():
    # the figure is the pool's; a party that comments on it does not own it (nor does a city two
    # sentences away: a place is the subject only of the sentence that names it)
    text = ("Die Stadt Marbach baut ein Hallenbad. Die SPD hält die Kosten von 18 Millionen Euro für zu hoch.")
    assert subject(text, "18 Millionen Euro") is None
    text = "Die SPD hält die Kosten von 18 Millionen Euro für das Hallenbad der Stadt Marbach für zu hoch."
    assert subject(text, "18 Millionen Euro") == "Marbach"


# --- whose figure it is -------------------------------------------------------------------------

def test_in_an_acquisition_the_price_belongs_to_the_company_bought():
    text = ("Der Versicherer Halmo kauft den Online-Makler Tarifo für 1,1 Milliarden Euro. "
            "Halmo selbst nahm 4,2 Milliarden Euro an Prämien ein.")
    claims = typed(text)
    assert claims["1,1 Milliarden Euro"].subject == "Tarifo"
    assert claims["4,2 Milliarden Euro"].subject == "Halmo"     # the buyer's own figure stays its own


def test_in_english_the_price_belongs_to_the_company_bought_not_the_seller():
    text = "The insurer Halmo will buy Tarifo Ltd from its founders and the bank Ostbank for $640m, it said."
    assert subject(text, "$640m", "en") == "Tarifo"


def test_the_nearest_company_before_a_figure_owns_it_not_a_rival_named_after_it():
    text = "Der Drogeriekonzern Lindmark kommt auf 2.100 Filialen, mehr als der Konkurrent Pramo."
    assert subject(text, "2.100 Filialen") == "Lindmark"


def test_a_description_refers_to_the_last_company_of_its_kind():
    text = ("Der Discounter Preisland wächst. Auch der Versender Paketo legt zu. "
            "Beide melden Zahlen. Der Discounter betreibt 1.240 Filialen.")
    assert subject(text, "1.240 Filialen") == "Preisland"


def test_a_project_the_headline_announces_is_the_subject_of_its_cost():
    text = ("Landkreis plant neue Brücke über die Weser\n\n"
            "Die Kreisräte stimmten dem Vorhaben mit großer Mehrheit zu. Gebaut wird ab 2026, veranschlagt "
            "sind 31 Millionen Euro.")
    assert subject(text, "31 Millionen Euro") == "Brücke"


def test_a_place_the_article_introduces_is_the_subject_of_its_residents():
    text = "In der Stadt Marbach leben 21.000 Menschen. Die Stadt Marbach wächst."
    claims = typed(text)
    assert claims["21.000 Menschen"].subject == "Marbach"
    assert claims["21.000 Menschen"].claim_type == "quantity:resident"


# --- measures -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure, lang, key", [
    ("Der Konzern Lindmark beschäftigt 21.000 Menschen.", "21.000 Menschen", "de", "quantity:employee"),
    ("Lindmark employs about 1,400 people.", "about 1,400 people", "en", "quantity:employee"),
    ("Der Konzern Lindmark hat 1.400 Mitarbeiter.", "1.400 Mitarbeiter", "de", "quantity:employee"),
    ("Lindmark has 1,400 staff.", "1,400 staff", "en", "quantity:employee"),
    ("Der Konzern Lindmark betreibt 640 Märkte.", "640 Märkte", "de", "quantity:store"),
    ("Lindmark runs 640 outlets.", "640 outlets", "en", "quantity:store"),
])
def test_one_measure_has_one_key_in_both_languages(text, figure, lang, key):
    assert typed(text, lang)[figure].claim_type == key


def test_revenue_profit_and_order_intake_are_different_measures():
    text = ("Der Maschinenbauer Kestner steigerte den Umsatz auf 4,5 Milliarden Euro, der Gewinn lag bei "
            "310 Millionen Euro.")
    claims = typed(text)
    assert claims["4,5 Milliarden Euro"].claim_type == "money:revenue"
    assert claims["310 Millionen Euro"].claim_type != "money:revenue"


def test_inflected_forms_of_a_noun_no_list_names_share_one_key():
    claims = typed("Der Verein Eintracht Selm holte 23 Pokale. Mit 25 Pokalen wäre er Rekordhalter.")
    assert claims["23 Pokale"].claim_type == claims["25 Pokalen"].claim_type == "quantity:pokal"


# --- periods and where each part came from -----------------------------------------------------

def test_a_dated_phrase_of_the_sentence_is_the_figures_period():
    claims = typed("Der Konzern Lindmark setzte im vergangenen Jahr 2,1 Milliarden Euro um.")
    revenue = claims["2,1 Milliarden Euro"]
    assert revenue.qualifiers["period"] == "2023"
    assert revenue.basis == {"subject": "sentence", "measure": "sentence", "period": "sentence"}


def test_a_present_state_with_no_period_is_as_of_the_publication_date():
    claims = typed("Der Konzern Lindmark betreibt 640 Filialen.", published="2024-06-03")
    stores = claims["640 Filialen"]
    assert "period" not in stores.qualifiers
    assert stores.basis == {"subject": "sentence", "measure": "unit", "period": "inferred", "as_of": "2024-06-03"}


def test_an_undated_article_has_no_as_of():
    stores = typed("Der Konzern Lindmark betreibt 640 Filialen.", published=None)["640 Filialen"]
    assert stores.basis["period"] == "inferred" and "as_of" not in stores.basis


def test_a_subject_read_in_an_earlier_sentence_says_so():
    claims = typed("Der Versender Paketo wächst weiter. Im Mai kamen 12.000 Kunden hinzu.")
    customers = claims["12.000 Kunden"]
    assert (customers.subject, customers.basis["subject"]) == ("Paketo", "earlier_sentence")


def test_since_the_start_of_the_year_is_not_the_same_count_as_a_quarter():
    claims = typed("Der Versender Paketo gewann im zweiten Quartal 20.000 Kunden. "
                   "Seit Jahresbeginn kamen 52.000 Kunden hinzu.")
    quarter, year_to_date = claims["20.000 Kunden"], claims["52.000 Kunden"]
    assert quarter.qualifiers.get("period") == "2024-Q2" and "metric" not in quarter.qualifiers
    assert year_to_date.qualifiers["metric"] == "year_to_date"
    assert quarter.subject == year_to_date.subject == "Paketo"


# --- a name the descriptor noun follows: apposition and copula ------------------------------

@pytest.mark.parametrize("text, figure, lang, expected", [
    # de: an apposition with an indefinite article, the name never introduced otherwise
    ("Ursprünglich ist Klippo eine Videoplattform aus Hangzhou. Mit knapp 900 Millionen Nutzern "
     "hat der Service eine große Reichweite.", "knapp 900 Millionen Nutzern", "de", "Klippo"),
    # de: a copula; "die Klippo" after a comma is a relative pronoun, not an article
    ("Vorwürfe, die Klippo zurückwies, bremsten das Geschäft kaum. Klippo ist ein Lieferdienst, "
     "der 4.200 Fahrer beschäftigt.", "4.200 Fahrer", "de", "Klippo"),
    # en: "X, a retailer"
    ("Shoppers flocked to Larkin, a discount retailer that now runs 640 stores.", "640 stores", "en", "Larkin"),
])
def test_a_name_before_its_descriptor_noun_is_found(text, figure, lang, expected):
    assert subject(text, figure, lang) == expected


def test_a_common_noun_before_an_indefinite_descriptor_is_no_name():
    # "Stadtrat" stands after an article elsewhere: a common noun, never a subject
    text = ("Der Stadtrat beschloss im Mai den Bau. Im Stadtrat eine Mehrheit zu finden, war schwer; "
            "die Plattform soll 12 Millionen Euro kosten.")
    assert subject(text, "12 Millionen Euro") != "Stadtrat"


def test_a_sentence_opening_word_before_an_indefinite_descriptor_is_no_name():
    # "Neben" opens the sentence and no comma or copula ties it to "einem Konzern": a preposition
    text = "Neben einem Versandhändler aus Leipzig meldete auch die Post 2.300 neue Stellen."
    assert subject(text, "2.300 neue Stellen") != "Neben"
