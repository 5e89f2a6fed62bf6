"""An article's own subject stands in for a figure whose sentence and neighbours name none only on
evidence: named more than once, before the figure, with no other candidate in its sentence. A
headline's descriptor ("Klinik stellt ... ein") is the entity the same descriptor introduces below.
A common noun ("Im Zentrum") is no project. Every text is written for this test."""
from __future__ import annotations

from datetime import date

from factcheck.classify import classify
from factcheck.extract import extract
from factcheck.model import Claim, Document
from factcheck.ruleset import empty_ruleset

REF = date(2024, 6, 3)


def typed(text: str) -> dict[str, Claim]:
    doc = Document(doc="t.txt", text=text, lang="de", date="2024-06-03")
    return {c.text: c for c in classify(extract(doc, REF), doc, empty_ruleset())}


def test_a_name_in_passing_is_not_the_articles_subject():
    claims = typed("Parlament beschließt Haushalt\n\nDas Parlament in Lavora hat am Freitag den Haushalt "
                   "beschlossen. Laut einer Umfrage des Meinungsforschungsinstituts Kestrel sind die Bürger "
                   "gespalten. Die Opposition kritisierte den Beschluss scharf. Der Finanzminister verteidigte "
                   "ihn. Die Debatte dauerte bis in die Nacht. Die Ausgaben steigen im kommenden Jahr auf "
                   "14 Milliarden Euro.\n")
    assert claims["14 Milliarden Euro"].subject is None


def test_a_company_named_twice_is_the_subject_of_later_figures_not_earlier_ones():
    claims = typed("Solarbranche im Aufwind\n\nDie Branche setzte 2,1 Milliarden Euro um. Der Modulhersteller "
                   "Nordlicht Solar hat mehr verkauft als je zuvor. Nordlicht Solar beliefert vor allem "
                   "Handwerker. Die Nachfrage blieb hoch. Die Preise fielen leicht. Viele Kunden warteten ab. "
                   "Der Umsatz stieg auf 410 Millionen Euro.\n")
    later = claims["410 Millionen Euro"]
    assert (later.subject, later.basis["subject"]) == ("Nordlicht Solar", "inferred")
    # the trap: the branch's figure stands before the company is first named
    assert claims["2,1 Milliarden Euro"].subject is None


def test_a_headline_descriptor_is_the_entity_it_introduces_below():
    claims = typed("Klinik stellt 80 Pfleger ein\n\nTannfeld. Die Klinik St. Borwin in Tannfeld will 80 "
                   "zusätzliche Pfleger einstellen. Mit einer Prämie von 2.000 Euro sollen Fachkräfte gelockt "
                   "werden.\n")
    headline = claims["80 Pfleger"]
    assert (headline.subject, headline.basis["subject"]) == ("Borwin", "sentence")


def test_the_centre_of_a_town_is_no_project_but_a_new_shopping_centre_is():
    claims = typed("Im Zentrum ist es heißer\n\nTannfeld. In der Innenstadt wurden am Sonntag 36 Grad "
                   "gemessen, am Stadtrand nur 31 Grad.\n")
    assert claims["36 Grad"].subject is None
    claims = typed("Tannfeld baut neues Einkaufszentrum\n\nTannfeld. Das neue Einkaufszentrum am Bahnhof soll "
                   "40 Millionen Euro kosten.\n")
    assert claims["40 Millionen Euro"].subject == "Einkaufszentrum"


def test_a_descriptor_inside_another_name_does_not_refer_back():
    claims = typed("Metallbranche unter Druck\n\nDer Verband Nordmetall zählt 2.300 Mitglieder. Die Europäische "
                   "Zentralbank hob den Leitzins auf 4,5 Prozent an. Beim Kestrel-Institut rechnet man mit "
                   "2 Prozent Wachstum. Der Verband meldete zuletzt 2.400 Mitglieder.\n")
    # "Europäische Zentralbank" and "Kestrel-Institut" name institutions of their own: their
    # sentences do not name the association (at most the sentence before does)
    assert claims["4,5 Prozent"].basis["subject"] != "sentence"
    assert claims["2 Prozent"].basis["subject"] != "sentence"
    # the trap: "Der Verband" alone is the association named before
    assert (claims["2.400 Mitglieder"].subject, claims["2.400 Mitglieder"].basis["subject"]) == ("Nordmetall", "sentence")


def test_a_place_named_after_in_is_its_own_not_the_town_named_before():
    # "Kornstadt" ends in "stadt", but after "in" it is a place's own name, not "die Stadt" again
    claims = typed("Tagungen im Herbst\n\nDie Stadt Lindenau meldete 30.000 Einwohner. Die Tagung in Kornstadt "
                   "zählte 400 Gäste.\n")
    assert claims["30.000 Einwohner"].subject == "Lindenau"
    assert claims["400 Gäste"].subject != "Lindenau"


def test_a_headline_announces_a_kind_of_project_not_the_word_project():
    # "Projekt" names no kind of thing built: the headline introduces no project called "Projekt"
    claims = typed("Kunst als Projekt für die alte Grenzregion\n\nKünstler zeigen dort 14 Arbeiten.\n")
    assert claims["14 Arbeiten"].subject is None
    # the trap: a hall is a kind of project, with or without "neue"
    claims = typed("Tannfeld baut eine Stadthalle\n\nDie Halle soll 30 Millionen Euro kosten.\n")
    assert claims["30 Millionen Euro"].subject == "Stadthalle"
