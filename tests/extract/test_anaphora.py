"""Dates that count from the last date told, BC years, centuries, durations in compounds.
Reference dates pinned; traps included."""
from datetime import date

import pytest

from factcheck.extract import temporal
from factcheck.extract.mention import Context


def found(text, ref="2011-02-16", lang="de"):
    context = Context(lang=lang, ref_date=date.fromisoformat(ref))
    return [(text[m.start:m.end], m.kind, m.timex) for m in temporal.find(text, context)]


@pytest.mark.parametrize("text, surface, timex", [
    ("Am 28. September 1939 kapitulierte Warschau. Einen Tag später ergab sich die Festung.",
     "Einen Tag später", "1939-09-29"),
    ("Am 10. April 1941 fiel Zagreb. Belgrad fiel zwei Tage später.", "zwei Tage später", "1941-04-12"),
    ("Im Mai 1940 begann der Angriff. Ein halbes Jahr später war Frankreich besetzt.",
     "Ein halbes Jahr später", "1940-11"),
    ("Am 3. September 1944 fiel Brüssel und am Tag darauf Antwerpen.", "Tag darauf", "1944-09-04"),
    ("Am 18. April 1945 kapitulierte die Armee. Am selben Tag erreichten Truppen die Stadt.",
     "selben Tag", "1945-04-18"),
    ("Die Firma wurde im Juli 1998 gegründet. Im folgenden Jahr zog sie nach Berlin.", "folgenden Jahr", "1999"),
])
def test_a_date_counted_from_the_last_one_told(text, surface, timex):
    assert (surface, "date", timex) in found(text)


def test_later_counts_from_the_publication_date_when_the_text_told_no_day():
    # "letzten Monat" names no day: three weeks later counts from the publication date
    text = "Das Projekt wurde letzten Monat eingereicht und 3 Wochen später genehmigt."
    assert ("3 Wochen später", "date", "2016-11-28") in found(text, ref="2016-11-07")


def test_the_same_day_with_no_day_told_before_is_no_date():
    assert found("Er war am selben Tag nicht da.") == []


def test_some_days_later_names_no_number():
    text = "Am 14. Juli 1915 fiel Wilna, wenige Tage später Grodno."
    assert ("wenige Tage später", "date", "FUTURE_REF") in found(text)


def test_the_following_months_are_a_stretch_of_time_not_a_date():
    assert ("folgenden Monaten", "duration", "PXM") in found("In den folgenden Monaten kam es zu Gefechten.")


@pytest.mark.parametrize("text, expected", [
    ("499 v. Chr. gelang es den Aufständischen, Sardes zu erobern.", [("499 v. Chr.", "date", "BC0499")]),
    ("Die Seeschlacht von Mylae (264–260 v. Chr.) entschied den Krieg.",
     [("264", "date", "BC0264"), ("260 v. Chr.", "date", "BC0260")]),
    ("Im 4. Jh. v. Chr. stieg Makedonien auf.", [("4. Jh. v. Chr.", "date", "BC03")]),
    ("Es war der größte Krieg des 20. Jahrhunderts.", [("20. Jahrhunderts", "date", "19")]),
])
def test_years_before_christ_and_centuries(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, surface, timex", [
    ("Danach begann die zweimonatige Belagerung der Stadt.", "zweimonatige", "P2M"),
    ("Nach achttägiger Vorbereitung griffen die Truppen an.", "achttägiger", "P8D"),
    ("Sie ergaben sich nach anderthalbstündigem Kampf.", "anderthalbstündigem", "PT1.5H"),
    ("Das Land beantragte ein dreijähriges Hilfsprogramm.", "dreijähriges", "P3Y"),
])
def test_durations_in_compounds(text, surface, timex):
    assert (surface, "duration", timex) in found(text)


@pytest.mark.parametrize("text", [
    "Der Dreißigjährige Krieg verwüstete das Land.",     # a name, not a measure
    "Nach einer mehrjährigen Pause kehrte er zurück.",   # no number
])
def test_compounds_that_are_no_measured_duration(text):
    assert [f for f in found(text) if f[1] == "duration"] == []


def test_english_hyphenated_durations():
    assert ("four-week", "duration", "P4W") in found("The union called a four-week strike.", lang="en")


@pytest.mark.parametrize("text, surface, timex, lang", [
    ("In April last year the company cut 300 jobs.", "April last year", "2023-04", "en"),
    ("Im April letzten Jahres fiel der Kurs deutlich.", "April letzten Jahres", "2023-04", "de"),
])
def test_a_month_and_the_year_after_it_are_one_date(text, surface, timex, lang):
    assert (surface, "date", timex) in found(text, ref="2024-05-14", lang=lang)


@pytest.mark.parametrize("text, ref, surface, timex", [
    # a past verb points back: the Sunday before a Monday's article, the last Thursday
    ("The bomb struck on Sunday near the market.", "2005-11-28", "Sunday", "2005-11-27"),
    ("Ministers on Thursday agreed to raise the limit.", "2024-05-14", "Thursday", "2024-05-09"),
    # the trap: a clause that looks ahead
    ("Ministers are expected to vote on Thursday.", "2024-05-14", "Thursday", "2024-05-16"),
])
def test_english_tense_decides_the_side_of_a_weekday(text, ref, surface, timex):
    assert (surface, "date", timex) in found(text, ref=ref, lang="en")


@pytest.mark.parametrize("text, lang, surface, timex", [
    ("The plant closed four and a half years ago.", "en", "four and a half years ago", "2019-11"),
    ("Das Werk schloss vor viereinhalb Jahren.", "de", "vor viereinhalb Jahren", "2019-11"),
    ("The plant closed four years ago.", "en", "four years ago", "2020"),     # the whole years stay a year
])
def test_a_half_year_ago_is_kept(text, lang, surface, timex):
    assert (surface, "date", timex) in found(text, ref="2024-05-14", lang=lang)


def test_and_a_half_in_an_english_duration():
    assert ("two and a half hours", "duration", "PT2.5H") in found("It lasted two and a half hours.", lang="en")
