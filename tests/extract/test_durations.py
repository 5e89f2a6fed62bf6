"""Durations -> TIMEX3 P... values with value and unit."""
import pytest

from factcheck.extract import temporal
from factcheck.extract.mention import Context


def durations(text, lang="de"):
    return [(text[m.start:m.end], m.timex, m.value, m.unit, m.timex_mod)
            for m in temporal.find(text, Context(lang=lang)) if m.kind == "duration"]


CASES = [
    ("Die Regierung hat ByteDance gerade eine weitere Woche Zeit gegeben.", [("eine weitere Woche", "P1W", 1.0, "week", None)]),
    ("Seit acht Jahren arbeitet der Konzern an seiner Strategie.", [("Seit acht Jahren", "P8Y", 8.0, "year", None)]),
    ("Die Prüfung dauert drei Monate.", [("drei Monate", "P3M", 3.0, "month", None)]),
    ("Der Umbau dauerte anderthalb Jahre.", [("anderthalb Jahre", "P1.5Y", 1.5, "year", None)]),
    ("Wir haben zweieinhalb Stunden gewartet.", [("zweieinhalb Stunden", "PT2.5H", 2.5, "hour", None)]),
    ("Das ganze findet in 3,5 Jahren statt.", [("3,5 Jahren", "P3.5Y", 3.5, "year", None)]),
    ("Das Verfahren lief knapp drei Jahre.", [("knapp drei Jahre", "P3Y", 3.0, "year", "LESS_THAN")]),
    ("Die Firma existiert seit über zehn Jahren.", [("seit über zehn Jahren", "P10Y", 10.0, "year", "MORE_THAN")]),
    ("In den letzten 3 Jahren stieg der Umsatz.", [("letzten 3 Jahren", "P3Y", 3.0, "year", None)]),
    ("Das Rennen dauerte eine Stunde und zweiunddreißig Minuten.",
     [("eine Stunde und zweiunddreißig Minuten", "PT1H32M", 92.0, "minute", None)]),
    ("Das geht den ganzen Tag lang schon so.", [("ganzen Tag", "P1D", 1.0, "day", None)]),
    ("Er blieb ein halbes Jahr in Wien.", [("ein halbes Jahr", "P0.5Y", 0.5, "year", None)]),
    ("Setze den Timer auf eine Viertelstunde.", [("eine Viertelstunde", "PT0.25H", 0.25, "hour", None)]),
    ("The merger took another week.", [("another week", "P1W", 1.0, "week", None)]),
    ("He ran the company for eight years.", [("eight years", "P8Y", 8.0, "year", None)]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_durations(text, expected):
    assert durations(text) == expected


def test_a_few_weeks_is_a_vague_duration():
    assert durations("Dies ist die zweite Verlängerung innerhalb weniger Wochen.") == [
        ("innerhalb weniger Wochen", "PXW", None, "week", "EQUAL_OR_LESS")]


@pytest.mark.parametrize("text", [
    "Die Erde ist 4,5 Milliarden Jahre alt und hat 100 Millionen Nutzer.",
    "Der Ausgleich fiel in der 90. Minute.",
    "Er kam eines Tages zurück, im ersten Jahr.",
])
def test_counts_and_ordinals_are_no_durations(text):
    assert durations(text) == []


def test_ago_is_a_date_not_a_duration_when_anchored():
    from datetime import date
    found = temporal.find("Vor wenigen Tagen und vor zwei Wochen kam er.", Context(lang="de", ref_date=date(2020, 8, 20)))
    assert [(m.kind, m.timex) for m in found] == [("date", "2020-08-06")]
