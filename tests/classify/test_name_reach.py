"""A name after a descriptor noun is never cut before a word of its own: it goes on over the
capitalized words after it (in German where the text never writes the name without them) and, in
German, starts at a capitalized word right before the descriptor that is no adjective, genitive or
function word. Every text is written for this test."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.classify import classify
from factcheck.extract import extract
from factcheck.model import Document
from factcheck.ruleset import empty_ruleset

REF = date(2024, 6, 3)


def subject(text: str, figure: str) -> str | None:
    doc = Document(doc="t.txt", text=text, lang="de", date="2024-06-03")
    claims = {c.text: c for c in classify(extract(doc, REF), doc, empty_ruleset())}
    assert figure in claims, f"{figure!r} not extracted: {sorted(claims)}"
    return claims[figure].subject


@pytest.mark.parametrize("text, figure, expected", [
    # the word before the descriptor belongs to the name, not only the word after it
    ("An der Börse legten die Titel der Halvberg Bank International um 2,1 Prozent zu.", "2,1 Prozent",
     "Halvberg Bank International"),
    # a name of three words is not cut after two
    ("Die US-Plattform Green Harbor Watch (GHW) meldete, die Erde habe 18 Millionen Hektar Wald verloren.",
     "18 Millionen Hektar", "Green Harbor Watch"),
    ("Die Schweizer Großbank Helvon Capital Partners strich 1.200 Stellen. Helvon Capital Partners "
     "zahlt Abfindungen.", "1.200 Stellen", "Helvon Capital Partners"),
    # the trap: a noun after a name that the text also writes without it is no part of it
    ("Die US-Plattform Green Harbor Daten zeigte 18 Millionen Hektar Verlust. Green Harbor wächst.",
     "18 Millionen Hektar", "Green Harbor"),
    # traps: an inflected adjective, a genitive and an adjective of origin before the descriptor
    ("Forscher der Technischen Hochschule Lauterfeld zählten im Frühjahr 340 Brutpaare.", "340 Brutpaare",
     "Lauterfeld"),
    ("Kornbachs Erzrivale FC Selm holte am Samstag drei Punkte.", "drei Punkte", "FC Selm"),
    ("Der Bremer Discounter Preisland betreibt 1.240 Filialen.", "1.240 Filialen", "Preisland"),
])
def test_a_name_reaches_over_its_own_words(text, figure, expected):
    assert subject(text, figure) == expected


def test_a_name_goes_on_over_a_german_linker_word():
    text = ("Wie die Zahl der Flüchtlinge sinkt\n\nDie Einsatzkräfte zählten 1.200 Menschen. Die "
            "Hilfsorganisation Ärzte ohne Grenzen versorgte 300 Menschen.\n")
    assert subject(text, "300 Menschen") == "Ärzte ohne Grenzen"


def test_a_descriptor_after_an_indefinite_article_introduces_no_name():
    # "eine Gruppe Banater" is a group of people; "der Konzern X" would name a company
    text = ("Wie die Zahl der Flüchtlinge sinkt\n\nEine Gruppe Banater wanderte weiter. Die Einsatzkräfte "
            "zählten später noch 1.200 Menschen.\n")
    assert subject(text, "1.200 Menschen") is None


def test_a_ticker_name_cut_before_a_common_noun_leaves_no_adjective():
    text = "Griechische Regierung: Grenze bleibt zu\n\nAthen. Die Polizei schickte 400 Migranten zurück.\n"
    assert subject(text, "400 Migranten") is None


def test_an_adjective_after_a_descriptor_is_no_name_alone():
    assert subject("Kunst im Ausseerland\n\nDas Projekt Heimische Landschaft zeigt 14 Arbeiten.\n",
                   "14 Arbeiten") != "Heimische"


@pytest.mark.parametrize("text, figure", [
    # a plural noun and its plural verb, a title: no names
    ("Beamte kontrollieren Grenze\n\nAm Montag kontrollierten Beamte 300 Fahrzeuge.\n", "300 Fahrzeuge"),
    ("Weltmeister gewinnt in Tannfeld\n\nDer Franzose siegte mit 23 Sekunden Vorsprung.\n", "23 Sekunden"),
    # "in Höhe von" is an idiom, no place
    ("Anleihe mit festem Zins\n\nDie Anleihe zahlt einen Kupon in Höhe von 2,5 Prozent. Der Zins wird in "
     "Höhe von 125 Euro je Stück ausgezahlt.\n", "125 Euro"),
])
def test_a_headline_noun_or_an_idiom_is_no_subject(text, figure):
    assert subject(text, figure) is None


def test_a_name_and_its_verb_in_the_singular_open_a_headline():
    # the trap beside the plural: "Kestrel kauft" names the company
    text = "Kestrel kauft Zulieferer\n\nDer Kaufpreis liegt bei 300 Millionen Euro.\n"
    assert subject(text, "300 Millionen Euro") == "Kestrel"
