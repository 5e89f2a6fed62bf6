"""English holidays by name: fixed days, Easter and the n-th weekday of a month; the year from the text,
a step ("last easter") or the tense. Reference dates pinned."""
from datetime import date

import pytest

from factcheck.extract import temporal
from factcheck.extract.holidays_en import holiday_date
from factcheck.extract.mention import Context


def dates(text, ref):
    context = Context(lang="en", ref_date=date.fromisoformat(ref))
    return [(text[m.start:m.end], m.timex) for m in temporal.find(text, context) if m.kind == "date"]


@pytest.mark.parametrize("name, year, day", [("black friday", 2010, "2010-11-26"), ("Labor Day", 2021, "2021-09-06"),
                                             ("memorial day", 2024, "2024-05-27"), ("thanksgiving", 2023, "2023-11-23"),
                                             ("cyber monday", 2024, "2024-12-02"), ("good friday", 2019, "2019-04-19"),
                                             ("christmas", 2020, "2020-12-25")])
def test_a_holiday_falls_on_the_day_its_rule_gives(name, year, day):
    assert holiday_date(name, year).isoformat() == day


HOLIDAYS = [
    ("Stores opened early on Black Friday 2010.", "2016-11-07", [("Black Friday 2010", "2010-11-26")]),
    ("The parade is held on Independence Day of this year.", "2018-07-17", [("Independence Day of this year",
                                                                             "2018-07-04")]),
    ("Traffic peaked over Labor Day weekend.", "2021-11-09", [("Labor Day weekend", "2021-W35-WE")]),
    ("Sales were weak at the last Easter, the chain said.", "2019-08-05", [("last Easter", "2019-04-21")]),
    # past tense: the Easter before the reference date (2012-04-08)
    ("Prices rose three days after Easter.", "2013-02-12", [("three days after Easter", "2012-04-11")]),
    ("Prices will rise three days after Easter.", "2013-02-12", [("three days after Easter", "2013-04-03")]),
    # the trap: the word inside another name is no holiday
    ("The film Independence Daylight opened in Boston.", "2018-07-17", []),
]


@pytest.mark.parametrize("text, ref, expected", HOLIDAYS)
def test_holidays_by_name(text, ref, expected):
    assert dates(text, ref) == expected
