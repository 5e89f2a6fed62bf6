"""Bare years against counts, headings, pairs of years, and German "Fall"."""
from datetime import date

import pytest

from factcheck.extract import temporal
from factcheck.extract.mention import Context


def dates(text, ref="2024-05-14"):
    context = Context(lang="de", ref_date=date.fromisoformat(ref))
    return [(text[m.start:m.end], m.timex) for m in temporal.find(text, context) if m.kind == "date"]


@pytest.mark.parametrize("text, year", [
    ("Der Versandhändler hat 2023 einen Umsatz von 1,2 Milliarden Euro erzielt.", "2023"),
    ("2019 schloss die Kette 40 Filialen in Bayern.", "2019"),
    ("Letzten Endes fand jedoch 1939 kein Angriff statt.", "1939"),
    ("Im Kriegsjahr 1916 kam es zu schweren Kämpfen.", "1916"),
    ("Die Firma ended 2023 with a loss.", "2023"),
])
def test_a_bare_year_followed_by_what_goes_on_after_a_year(text, year):
    assert (year, year) in dates(text)


@pytest.mark.parametrize("text", [
    "Das Hilfswerk versorgt in 2000 Dörfer Familien mit Wasser.",
    "Der Konzern schafft rund 2000 neue Stellen.",
    "Vor dem Rathaus demonstrierten 2000 Menschen.",
])
def test_a_count_is_no_year(text):
    assert dates(text) == []


def test_a_range_whose_far_end_is_no_year_counts_at_both_ends():
    assert dates("Am Samstag protestierten 1500 bis 3000 Menschen vor dem Rathaus.", "2024-05-18") == [
        ("Samstag", "2024-05-18")]
    assert dates("Von 1939 bis 1945 dauerte der Krieg.") == [("1939", "1939"), ("bis 1945", "1945")]


def test_a_year_closing_a_heading_is_the_time_of_what_follows():
    text = ("Vorgeschichte\n\nIm März 1938 wurde Österreich angeschlossen, im Oktober 1938 folgte das Sudetenland."
            "\n\nDer Angriff auf Polen 1939\n\nAm 3. September erklärten Frankreich und Großbritannien den Krieg.")
    assert dates(text, ref="2011-02-16")[-2:] == [("1939", "1939"), ("3. September", "1939-09-03")]


def test_a_year_ending_a_one_line_text_is_no_heading():
    # the year of the named day, not a heading's year on its own
    assert dates("Ich besuche dich an Palmsonntag 2019") == [("Palmsonntag 2019", "2019-04-14")]
    assert dates("Die Zahl der Besucher lag bei 2019") == []


@pytest.mark.parametrize("text, expected", [
    ("Der Sowjetisch-Finnische Winterkrieg 1939/1940\n\nDie Kämpfe begannen im Winter.", ["1939", "1940"]),
    ("Nach den Balkankriegen (1912/13) wuchs die Spannung.", ["1912", "1913"]),
    ("Charles de Gaulle (1890–1970) führte den Widerstand.", ["1890", "1970"]),
])
def test_pairs_of_years(text, expected):
    assert [timex for _, timex in dates(text, ref="2011-02-16")][:2] == expected


@pytest.mark.parametrize("text", [
    "Der Angriff ist nach den für Fall Weiß getroffenen Vorbereitungen zu führen.",
    "Nach dem Fall von Vicksburg war der Mississippi in der Hand der Union.",
])
def test_german_fall_is_no_autumn(text):
    assert dates(text, ref="2011-02-16") == []


def test_english_fall_is_autumn():
    context = Context(lang="en", ref_date=date(2024, 5, 14))
    text = "The plant will reopen this fall."
    assert [(text[m.start:m.end], m.timex) for m in temporal.find(text, context)] == [("this fall", "2024-FA")]


@pytest.mark.parametrize("text, ref, expected", [
    ("Die Stadt wurde am 27./28. September 1939 bombardiert.", "2011-02-16",
     [("27.", "1939-09-27"), ("28. September 1939", "1939-09-28")]),
    ("Der Markt ist am 14./15.10.2018 geöffnet.", "2018-05-01", [("14.", "2018-10-14"), ("15.10.2018", "2018-10-15")]),
])
def test_two_days_of_one_month(text, ref, expected):
    assert dates(text, ref=ref) == expected


def test_numbered_chapters_are_no_days():
    assert dates("Bitte die Kapitel 3./4. gründlich lesen.") == []
