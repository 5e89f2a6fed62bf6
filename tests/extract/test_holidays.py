"""Named days: fixed ones, those counted from Easter, a weekday after a day; a year after them, tense
without one; a clock time after them stays its own expression."""
from datetime import date

import pytest

from factcheck.extract import temporal
from factcheck.extract.dates_holidays import easter_sunday
from factcheck.extract.mention import Context


def dates(text, ref):
    context = Context(lang="de", ref_date=date.fromisoformat(ref))
    return [(text[m.start:m.end], m.timex) for m in temporal.find(text, context) if m.kind == "date"]


@pytest.mark.parametrize("year, sunday", [(2008, "2008-03-23"), (2011, "2011-04-24"), (2019, "2019-04-21"),
                                          (2024, "2024-03-31"), (2038, "2038-04-25")])
def test_easter_sunday_of_the_gregorian_calendar(year, sunday):
    assert easter_sunday(year).isoformat() == sunday


@pytest.mark.parametrize("text, expected", [
    ("Der Markt hat auch an Pfingstmontag 2023 geöffnet.", ("Pfingstmontag 2023", "2023-05-29")),
    ("Die Bäder schließen über Heiligabend 2022.", ("Heiligabend 2022", "2022-12-24")),
    ("Der Umzug fand am Rosenmontag 2020 statt.", ("Rosenmontag 2020", "2020-02-24")),
])
def test_a_holiday_with_its_year(text, expected):
    assert expected in dates(text, "2024-06-10")


def test_without_a_year_a_past_clause_means_the_last_one():
    text = "Über Ostern hatten die Ausflugslokale gut zu tun, sagte der Wirt."
    assert dates(text, "2024-06-10") == [("Ostern", "2024-03-31")]


def test_without_a_year_a_future_clause_means_the_next_one():
    text = "Der neue Fahrplan soll nach Allerheiligen gelten."
    assert dates(text, "2024-06-10") == [("nach Allerheiligen", "2024-11-01")]


def test_a_weekday_holiday_is_the_weekday_after_its_day():
    text = "Am Erntedankfest werden die Kirchen geschmückt."
    assert dates(text, "2024-06-10") == [("Erntedankfest", "2024-10-06")]


def test_the_year_linked_after_a_holiday_is_its_year():
    text = "Die Ausstellung öffnet an Heilige Drei Könige im Jahr 2026."
    assert dates(text, "2024-06-10") == [("Heilige Drei Könige im Jahr 2026", "2026-01-06")]


def test_a_clock_time_after_a_holiday_stays_its_own():
    text = "Der Gottesdienst beginnt an Heiligabend um 22 Uhr."
    assert dates(text, "2024-11-20") == [("Heiligabend", "2024-12-24"), ("22 Uhr", "XXXX-XX-XXT22:00")]


@pytest.mark.parametrize("text", [
    "Die Heiligen Drei Könige brachten Gold, Weihrauch und Myrrhe.",
    "Das Weihnachtsgeschäft lief schwach.",
    "Die Ostereier waren schnell verkauft.",
])
def test_the_holiday_words_inside_other_words_are_no_date(text):
    assert dates(text, "2024-06-10") == []
