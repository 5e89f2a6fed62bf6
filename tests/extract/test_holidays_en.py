"""English holidays by name: fixed days, Easter and the n-th weekday of a month; the year from the text,
a step ("last easter") or the tense. Reference dates pinned."""
from datetime import date

import pytest

from factcheck.extract import temporal
from factcheck.extract.holidays_en import easter_sunday, holiday_date
from factcheck.extract.mention import Context


def dates(text, ref):
    context = Context(lang="en", ref_date=date.fromisoformat(ref))
    return [(text[m.start:m.end], m.timex) for m in temporal.find(text, context) if m.kind == "date"]


@pytest.mark.parametrize("year, easter", [(2016, "2016-03-27"), (2018, "2018-04-01"), (2019, "2019-04-21"),
                                          (2024, "2024-03-31"), (2038, "2038-04-25")])
def test_easter_sunday(year, easter):
    assert easter_sunday(year).isoformat() == easter


@pytest.mark.parametrize("rule, year, day", [("11/4/4+1", 2010, "2010-11-26"), ("09/1/1", 2021, "2021-09-06"),
                                             ("05/-1/1", 2024, "2024-05-27"), ("easter-2", 2019, "2019-04-19"),
                                             ("12-25", 2020, "2020-12-25")])
def test_holiday_rules(rule, year, day):
    assert holiday_date(rule, year).isoformat() == day


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
