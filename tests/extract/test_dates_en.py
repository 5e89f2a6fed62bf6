"""English dates, intervals and relative expressions -> TIMEX3, reference date pinned in every case.

The sentences are written in the style of wire stories; each family has the trap that looks like it.
"""
from datetime import date

import pytest

from factcheck.extract import temporal
from factcheck.extract.mention import Context


def found(text, ref="2016-11-07", lang="en"):
    context = Context(lang=lang, ref_date=date.fromisoformat(ref) if ref else None)
    return [(text[m.start:m.end], m.kind, m.timex) for m in temporal.find(text, context)]


def dates(text, ref="2016-11-07"):
    return [(surface, timex) for surface, kind, timex in found(text, ref) if kind == "date"]


# German readings never leak into English text: "11.7" is a decimal, not the 11th of July
NOT_DATES = [
    "The company said it would pay $ 11.7 million to settle the claims.",
    "Snowfall reached 17.5 inches in parts of the state overnight.",
    "Users spent 12.4 billion hours on the platform, the company said.",
    "The survey registered a quake with a magnitude of 5.9.",
    "Officials feared a second quake could follow within days.",
    "The pharmacy offers a 24/7 service in the city centre.",
    "A 3/4 majority of shareholders backed the merger.",
    "The index rose 4.5 percent in early trading.",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_english_decimals_and_fractions_are_no_dates(text):
    assert [kind for _, kind, _ in found(text) if kind == "date"] == []


def test_a_second_quake_is_no_duration_but_a_second_of_waiting_is():
    assert found("Seismologists warned that a second quake was likely.") == []
    assert found("The tremor lasted one second.") == [("one second", "duration", "PT1S")]


def test_clock_time_with_meridiem_is_read_whole():
    assert dates("The blast was heard at 11.30 p.m. on Friday.", "2016-11-07")[0] == ("11.30 p.m.", "XXXX-XX-XXT23:30")
    assert dates("Polls close at 8pm local time.")[0] == ("8pm", "XXXX-XX-XXT20:00")


def test_german_text_keeps_its_day_and_month_reading():
    assert found("Die Frist endet am 11.7. um Mitternacht.", "2020-05-01", lang="de")[0][2] == "2020-07-11"


# numeric dates: month first, day first only where no month fits
NUMERIC = [
    ("The deal closed on 10/1/2018, the company said.", [("10/1/2018", "2018-10-01")]),
    ("The hearing is set for 4/22, a court clerk said.", [("4/22", "2017-04-22")]),
    ("The ferry resumes service on 22/04, the operator said.", [("22/04", "2017-04-22")]),
    ("The filing, dated 20161016, lists three directors.", [("20161016", "2016-10-16")]),
    ("Sales peaked in week 31, the retailer said.", [("week 31", "2016-W31")]),
    ("The plant opened in the first week of 2015.", [("the first week of 2015", "2015-W01")]),
]


@pytest.mark.parametrize("text, expected", NUMERIC)
def test_numeric_and_week_dates(text, expected):
    assert dates(text) == expected


def test_ordinal_day_of_month_forms():
    assert dates("The summit will open on the 3rd of June in Geneva.") == [("3rd of June", "2017-06-03")]
    assert dates("The vote was held on June the 28th 2020.") == [("June the 28th 2020", "2020-06-28")]
    assert dates("She was born on July 4th of 1995, records show.") == [("July 4th of 1995", "1995-07-04")]


def test_a_lower_case_march_before_a_day_is_the_month_but_not_before_a_distance():
    assert dates("the 1st of march", "2013-02-12") == [("the 1st of march", "2013-03-01")]
    assert dates("Protesters will march 3 miles to the capitol.") == []


def test_parts_of_a_named_year_and_month():
    assert found("The company was founded at the end of 2000.") == [("the end of 2000", "date", "2000")]
    first_half = found("Revenue fell in the first half of 2017.")
    assert first_half == [("first half of 2017", "date", "2017-H1")]


def test_mid_november_keeps_its_part():
    context = Context(lang="en", ref_date=date(2018, 7, 13))
    [mention] = temporal.find("The minister will travel to China in mid-November.", context)
    assert (mention.timex, mention.timex_mod) == ("2018-11", "MID")


# intervals: two date claims, begin and end, each the day its part begins (TimeML, both peer suites);
# the first end takes its year from the second
INTERVALS = [
    ("Sales grew every year from 2010 to 2018.", [("2010", "2010-01-01"), ("2018", "2018-01-01")]),
    ("Prices rose between 2007 and 2009.", [("2007", "2007-01-01"), ("2009", "2009-01-01")]),
    ("The lift runs from mid-December to late January 2025.", [("mid-December", "2024-12-16"),
                                                               ("late January 2025", "2025-02-01")]),
    ("The strike lasted from Nov to March 2019.", [("Nov", "2018-11-01"), ("March 2019", "2019-03-01")]),
    ("The festival will run July 13-15.", [("July 13", "2017-07-13"), ("15", "2017-07-15")]),
    ("The talks will run from 13 to 15 July.", [("13", "2017-07-13"), ("15 July", "2017-07-15")]),
    ("Output fell from 2014 through May 2018.", [("2014", "2014-01-01"), ("May 2018", "2018-05-01")]),
    ("The index was flat between 2007 and the end of 2008.", [("2007", "2007-01-01"),
                                                              ("the end of 2008", "2009-01-01")]),
    # trap: "in 2007 and 2009" are two years, not an interval
    ("Elections were held in 2007 and 2009.", [("2007", "2007"), ("2009", "2009")]),
]


@pytest.mark.parametrize("text, expected", INTERVALS)
def test_intervals_are_two_ends(text, expected):
    assert dates(text) == expected


def test_until_at_an_interval_end_is_no_deadline():
    context = Context(lang="en", ref_date=date(2016, 11, 7))
    mentions = temporal.find("The ban applied from 2010 until 2018.", context)
    assert [(m.timex, m.timex_mod) for m in mentions] == [("2010-01-01", None), ("2018-01-01", None)]


def test_two_years_joined_by_and_are_no_interval_without_between():
    assert dates("The firm was fined in 2019 and 2020.") == [("2019", "2019"), ("2020", "2020")]
    assert dates("The growth rate rose from 5 to 7 percent in 2019.") == [("2019", "2019")]


# relative expressions, counted from the reference date (a Monday)
RELATIVE = [
    ("The verdict is due the day after tomorrow.", "2016-11-09"),
    ("The minister resigned the day before yesterday.", "2016-11-05"),
    ("The rules take effect two weeks from now.", "2016-11-21"),
    ("The plant was shut a week ago.", "2016-10-31"),
    ("The board meets next Tuesday.", "2016-11-15"),
    ("The board met last Friday.", "2016-11-04"),
    ("The board met on Tuesday of last week.", "2016-11-01"),
    ("The vote is due 3 days after January 12th.", "2017-01-15"),
]


@pytest.mark.parametrize("text, expected", RELATIVE)
def test_relative_days(text, expected):
    assert [timex for _, timex in dates(text)] == [expected]


def test_the_day_before_an_event_is_not_counted_from_the_reference_date():
    assert dates("Shares fell the day before the vote.") == []


def test_this_coming_weekend_and_the_year_after_next():
    assert dates("Storms are expected this coming weekend.") == [("this coming weekend", "2016-W45-WE")]
    assert dates("The line opens the year after next.") == [("the year after next", "2018")]


def test_no_date_right_after_a_currency_sign():
    assert [surface for surface, _ in dates("He paid $12 December 27, the filing shows.", "2019-07-04")] == [
        "December 27"]


# durations
DURATIONS = [
    ("The meeting ran for 1 hour thirty.", "PT1H30M"),
    ("Talks lasted an hour and a half.", "PT1.5H"),
    ("The outage lasted 15.5 minutes.", "PT15.5M"),
    ("Delegates met for a three-day summit.", "P3D"),
    ("Recruits start a four-week course.", "P4W"),
    ("The ceasefire held for a fortnight.", "P2W"),
    ("The ruins are 1,500 years old.", "P1500Y"),
    ("Guests stayed two nights.", "P2D"),
]


@pytest.mark.parametrize("text, expected", DURATIONS)
def test_english_durations(text, expected):
    assert [timex for _, kind, timex in found(text) if kind == "duration"] == [expected]


def test_a_count_before_next_week_is_people_not_weeks():
    assert found("We will be only 3 next week.") == [("next week", "date", "2016-W46")]


# weekdays and weeks counted in the calendar, quarters, compared years
CALENDAR = [
    ("The filing is due friday 5/12, the agency said.", "2019-05-20", [("friday 5/12", "2019-05-12")]),
    ("Audits cover the last week of this month.", "2021-10-10", [("the last week of this month", "2021-W43")]),
    ("The vote is 3 fridays from now.", "2013-02-12", [("3 fridays from now", "2013-03-01")]),
    ("Output peaked in the 4th qtr of 2018.", "2019-05-20", [("the 4th qtr of 2018", "2018-Q4")]),
    ("The review is set for the 9th month of next year.", "2021-11-29", [("the 9th month of next year", "2022-09")]),
    ("The offer applies on the twenty third day of September.", "2020-07-01",
     [("the twenty third day of September", "2020-09-23")]),
]


@pytest.mark.parametrize("text, ref, expected", CALENDAR)
def test_calendar_forms(text, ref, expected):
    assert dates(text, ref) == expected


def test_a_compared_year_keeps_its_side():
    context = Context(lang="en", ref_date=date(2018, 9, 25))
    [later] = temporal.find("Bonds issued later than 2018 are exempt.", context)
    assert (later.timex, later.timex_mod) == ("2018", "AFTER")


def test_a_fraction_after_and_is_no_date():
    assert dates("Delivery is due on 4/22 and 1/2 of the order is paid.", "2019-05-20") == [("4/22", "2019-04-22")]


def test_quarters_and_halves_written_with_the_year():
    assert dates("Margins improved in 2019 Q3, the filing shows.", "2019-06-11") == [("2019 Q3", "2019-Q3")]
    assert dates("The chipmaker expects a rebound in H2 2016.", "2016-01-11") == [("H2 2016", "2016-H2")]
    assert dates("The H3 variant was found in birds.", "2016-01-11") == []


def test_a_season_after_a_preposition_and_the_but_not_the_fall_of_a_city():
    assert dates("The start-up plans to launch its tutor in the autumn.", "2024-03-10") == [("the autumn", "2024-FA")]
    assert dates("Historians date the decline to the years after the fall of Rome.", "2024-03-10") == []
