"""English dates read together after the scan: interval ends as days, a change of date, "ago" as a day,
a weekday next to the day it names, durations that are rates. Reference dates pinned in every case."""
from datetime import date

import pytest

from factcheck.extract import temporal
from factcheck.extract.mention import Context


def found(text, ref="2016-11-07"):
    context = Context(lang="en", ref_date=date.fromisoformat(ref))
    return [(text[m.start:m.end], m.kind, m.timex) for m in temporal.find(text, context)]


def test_a_change_word_before_from_keeps_the_old_and_the_new_date():
    text = "The launch has been pushed back from mid-November to late February 2026 after a supplier failed."
    context = Context(lang="en", ref_date=date(2025, 9, 1))
    assert [(m.timex, m.timex_mod) for m in temporal.find(text, context)] == [("2025-11", "MID"), ("2026-02", "END")]


def test_without_a_change_word_the_same_words_are_an_interval():
    assert found("The works run from mid-November to late February 2026.", "2025-09-01") == [
        ("mid-November", "date", "2025-11-16"), ("late February 2026", "date", "2026-03-01")]


AGO = [
    ("Flooding hit the valley two months ago, the agency said.", "2018-10-17", [("two months ago", "2018-08-17")]),
    ("The plant closed five years ago.", "2018-10-17", [("five years ago", "2013")]),     # whole years: a year
    ("Talks collapsed 2 weeks and 2 days ago in Geneva.", "2016-11-07", [("2 weeks and 2 days ago", "2016-10-22")]),
    ("The deal was signed 1 month, 21 days ago.", "2017-11-23", [("1 month, 21 days ago", "2017-10-02")]),
]


@pytest.mark.parametrize("text, ref, expected", AGO)
def test_a_span_ago_is_the_day_that_far_back(text, ref, expected):
    assert [(s, t) for s, k, t in found(text, ref) if k == "date"] == expected


def test_a_span_without_ago_stays_a_duration():
    assert found("The project took 2 weeks and 2 days.") == [("2 weeks and 2 days", "duration", "P2W2D")]


WEEKDAY_WITH_ITS_DAY = [
    # the week runs from Sunday: 2016-11-23 is a Wednesday, its Monday the 21st
    ("The board meets Monday two weeks from now.", "2016-11-09", ("Monday two weeks from now", "2016-11-21")),
    ("The vote is due in 3 days on Friday.", "2016-11-09", ("in 3 days on Friday", "2016-11-11")),
    ("The rally is on Sunday 3 weeks after January 15th.", "2021-01-02", ("Sunday 3 weeks after January 15th",
                                                                         "2021-01-31")),
    ("The hearing is this friday (jun-15), a court said.", "2018-06-20", ("this friday (jun-15)", "2018-06-15")),
]


@pytest.mark.parametrize("text, ref, expected", WEEKDAY_WITH_ITS_DAY)
def test_a_weekday_next_to_its_day_is_one_date(text, ref, expected):
    assert [(s, t) for s, k, t in found(text, ref) if k == "date"] == [expected]


def test_a_weekday_before_another_clause_stays_alone():
    assert [(s, t) for s, k, t in found("Shares fell on Monday, 300 jobs were cut.", "2016-11-09")
            if k == "date"] == [("Monday", "2016-11-07")]


RATES = [
    "The service costs €12.99 a month in Germany.",
    "Most users open the app at least once a month.",
    "Nurses worked 12 hours a day during the outbreak.",
]


@pytest.mark.parametrize("text", RATES)
def test_a_unit_after_a_figure_or_once_is_a_rate_not_a_duration(text):
    assert [(s, t) for s, k, t in found(text) if k == "duration" and s.lower().startswith("a ")] == []


def test_a_month_alone_is_still_a_duration():
    assert ("a month", "duration", "P1M") in found("The mine was shut for a month after the accident.")


NOW_ENDS = [
    ("Output has doubled between Jan 2019 and now.", "2020-04-26", [("Jan 2019", "2019-01-01"), ("now", "2020-04-26")]),
    ("The fund has lost money from March to date.", "2016-11-07", [("March", "2016-03-01"), ("date", "2016-11-07")]),
    ("Crews will work between now and November 15th.", "2019-04-23", [("now", "2019-04-23"),
                                                                         ("November 15th", "2019-11-15")]),
    # the trap: alone, the words are no date
    ("It is the largest recall to date, and now the regulator is looking into it.", "2019-04-23", []),
]


@pytest.mark.parametrize("text, ref, expected", NOW_ENDS)
def test_now_and_to_date_end_an_interval_at_the_reference_day(text, ref, expected):
    assert [(s, t) for s, k, t in found(text, ref) if k == "date"] == expected


NUMERIC_INTERVALS = [
    ("The office is closed from 10/1/2018-10/7/2018.", "2018-10-24", [("10/1/2018", "2018-10-01"),
                                                                       ("10/7/2018", "2018-10-07")]),
    ("The survey ran 5/1-5/7/2020 across the state.", "2018-10-24", [("5/1", "2020-05-01"), ("5/7/2020", "2020-05-07")]),
    ("Voting runs between Week 31 and Week 35.", "2018-05-04", [("Week 31", "2018-07-30"), ("Week 35", "2018-08-27")]),
]


@pytest.mark.parametrize("text, ref, expected", NUMERIC_INTERVALS)
def test_numeric_and_week_intervals_give_their_first_days(text, ref, expected):
    assert [(s, t) for s, k, t in found(text, ref) if k == "date"] == expected


SPELLED_YEARS = [
    ("The treaty was signed in October two thousand and five.", [("October two thousand and five", "2005-10")]),
    ("She was born 13 Sept nineteen seventy two in Leeds.", [("13 Sept nineteen seventy two", "1972-09-13")]),
    ("The plant opened on January twenty five nineteen eighty six.",
     [("January twenty five nineteen eighty six", "1986-01-25")]),
    ("He left in June of nineteen ninety nine.", [("June of nineteen ninety nine", "1999-06")]),
]


@pytest.mark.parametrize("text, expected", SPELLED_YEARS)
def test_a_year_in_words_after_a_month(text, expected):
    assert [(s, t) for s, k, t in found(text, "2016-11-07") if k == "date"] == expected


def test_twenty_five_after_a_month_is_a_day_not_a_year():
    assert [t for s, k, t in found("The vote is on March twenty five.", "2016-11-07") if k == "date"] != [
        "2005-03"]


def test_a_unit_glued_to_digits_is_a_duration_but_3d_is_not():
    assert found("The crossing takes 3day by sea and crews rest 24hrs.") == [
        ("3day", "duration", "P3D"), ("24hrs", "duration", "PT24H")]
    assert [k for _, k, _ in found("The firm sells 3D printers.")] == []


def test_or_before_a_year_opens_that_year():
    assert found("Sales from 2010 to 2018 or before 2000 were audited.", "2018-06-26")[1:] == [
        ("2018", "date", "2018-01-01"), ("before 2000", "date", "2000")]


def test_a_weekend_of_something_else_is_not_this_weekend():
    text = "Fans booked flights for the weekend of the final. Hotels filled up over race weekend. We rested over the weekend."
    assert [(s, t) for s, k, t in found(text, "2021-11-09") if k == "date"] == [("the weekend", "2021-W45-WE")]


def test_a_month_first_day_after_this_and_a_weekday():
    assert [(s, t) for s, k, t in found("The hearing is this Friday 7.6 in Boston.", "2019-05-20")
            if k == "date"] == [("this Friday 7.6", "2019-07-06")]
    # the trap: a figure after a weekday
    assert [(s, t) for s, k, t in found("On Friday 2.3 million shares changed hands.", "2019-05-20")
            if k == "date"] == [("Friday", "2019-05-17")]


STEPPED_DAYS = [
    ("The levy is due next 6th of April, the tax office said.", [("next 6th of April", "2020-04-06")]),
    ("The survey runs from this 5/12 to next 5/19.", [("this 5/12", "2019-05-12"), ("next 5/19", "2020-05-19")]),
    # the step belongs to the weekday
    ("The council meets on the last Monday of June.", [("last Monday of June", "2019-06-24")]),
]


@pytest.mark.parametrize("text, expected", STEPPED_DAYS)
def test_next_before_a_day_is_the_first_such_day_after_the_reference(text, expected):
    assert [(s, t) for s, k, t in found(text, "2019-05-20") if k == "date"] == expected


def test_a_clock_time_before_a_day_word_is_that_time_on_that_day():
    assert found("The call is at 3pm today.", "2019-02-28") == [("3pm today", "date", "2019-02-28T15:00")]


def test_an_iso_day_inside_a_file_name():
    assert [(s, t) for s, k, t in found("The filing is named report-2002-10-09.pdf on the site.")] == [
        ("2002-10-09", "2002-10-09")]


def test_a_day_interval_after_a_month_keeps_the_month_on_both_ends():
    assert [(s, t) for s, k, t in found("The plant is shut from April the ninth till the seventeenth.")
            if k == "date"] == [("April the ninth", "2017-04-09"), ("the seventeenth", "2017-04-17")]


SMALL_FORMS = [
    ("Output fell in the summer of 2016, the ministry said.", "2016-11-07", [("the summer of 2016", "2016-SU")]),
    ("Output fell summer of 2016, the ministry said.", "2016-11-07", [("summer of 2016", "2016-SU")]),
    ("Profits doubled in this calendar year.", "2019-06-18", [("this calendar year", "2019")]),
    ("The strike ends the day after tmrw.", "2016-11-07", [("the day after tmrw", "2016-11-09")]),
    ("Talks are planned for the week of October 6th.", "2016-11-07", [("the week of October 6th", "2017-W40")]),
]


@pytest.mark.parametrize("text, ref, expected", SMALL_FORMS)
def test_seasons_of_a_year_calendar_years_and_weeks_of_a_day(text, ref, expected):
    assert [(s, t) for s, k, t in found(text, ref) if k == "date"] == expected


@pytest.mark.parametrize("text, expected", [
    ("A party will be held at the end of year.", ("the end of year", "2018", "END")),
    ("Rates rise at the beginning of next year, the bank said.", ("the beginning of next year", "2019", "START")),
    ("Stocks will be counted at the end of month.", ("the end of month", "2018-11", "END")),
])
def test_a_part_of_the_anchor_year_or_month(text, expected):
    [mention] = temporal.find(text, Context(lang="en", ref_date=date(2018, 11, 23)))
    assert (text[mention.start:mention.end], mention.timex, mention.timex_mod) == expected


def test_the_last_week_of_a_named_month_is_the_week_of_its_last_day():
    assert found("Shipping stops in the last week of Dec 2016.") == [("last week of Dec 2016", "date", "2016-W52")]


def test_a_quarter_of_next_year():
    assert found("Deliveries start in next year's first quarter.", "2018-09-06") == [
        ("next year's first quarter", "date", "2019-Q1")]


@pytest.mark.parametrize("text, expected", [
    ("Audits fall in the third last week of 2018.", ("the third last week of 2018", "2018-W50")),
    ("Payments are due on the 5th last day of May 2014.", ("the 5th last day of May 2014", "2014-05-27")),
    ("Crowds peak on the last weekend in October 2013.", ("the last weekend in October 2013", "2013-W43-WE")),
    ("The plant reopens in June next year.", ("June next year", "2017-06")),
])
def test_counted_from_the_last_and_a_month_of_a_stepped_year(text, expected):
    assert [(s, t) for s, k, t in found(text) if k == "date"] == [expected]


def test_may_next_year_as_a_verb_is_no_month():
    assert [t for s, k, t in found("Regulators may next year decide on the merger.") if k == "date"] == ["2017"]


@pytest.mark.parametrize("text, expected", [
    ("Margins shrank in the last 2 quarters.", [("2 quarters", "duration", "P6M")]),
    ("Over the past two quarters prices rose.", [("two quarters", "duration", "P6M")]),
    # the trap: a share, not nine months
    ("Three quarters of the staff voted yes.", []),
    # "over the past" leads the span; it is no "more than"
    ("Prices rose over the past two years.", [("two years", "duration", "P2Y")]),
])
def test_quarters_as_a_span_of_months(text, expected):
    assert [c for c in found(text, "2019-07-04") if c[1] == "duration"] == expected


def test_three_quarters_of_an_hour_is_no_nine_months():
    assert "P9M" not in [t for s, k, t in found("The meeting took three quarters of an hour.")]


@pytest.mark.parametrize("text, expected", [
    ("Refunds take the next 4 business days.", ("4 business days", "P4BD")),
    ("The course lasts three weekends.", ("three weekends", "P3WE")),
])
def test_business_days_and_weekends_are_units_of_their_own(text, expected):
    assert [(s, t) for s, k, t in found(text) if k == "duration"] == [expected]


def test_a_weekend_alone_is_no_span():
    assert [k for s, k, t in found("We spent a weekend in Paris.") if k == "duration"] == []


def test_the_year_of_a_year_and_a_month_after_next():
    assert [(s, t) for s, k, t in found("Sales fell in the year of 2008.") if k == "date"] == [
        ("the year of 2008", "2008")]
    assert [(s, t) for s, k, t in found("The lease ends March after next.", "2013-02-12") if k == "date"] == [
        ("March after next", "2014-03")]


def test_a_span_from_a_day_is_an_interval_from_that_day():
    assert found("The office is shut for 3 days, from today.", "2018-05-23") == [
        ("3 days", "date", "2018-05-26"), ("today", "date", "2018-05-23")]


def test_in_a_span_since_a_year_is_the_day_it_ends_but_a_span_since_a_year_stays_a_span():
    assert found("The plant opened in two years since 2011.", "2019-03-10") == [
        ("two years since 2011", "date", "2013-01-01")]
    assert ("10 years", "duration", "P10Y") in found("It has been 10 years since 2011, he said.", "2019-03-10")


def test_the_middle_of_a_year_as_an_interval_end_is_its_183rd_day():
    assert found("Rates were flat from the middle of 2007 to the end of 2008.")[0] == (
        "the middle of 2007", "date", "2007-07-02")


def test_twenty_and_four_hours_and_days_of_next_month_and_this_may():
    assert found("The strike lasted twenty and four hours.") == [("twenty and four hours", "duration", "PT24H")]
    assert [t for s, k, t in found("The office is shut from 4-23 in next month.")] == ["2016-12-04", "2016-12-23"]
    assert [t for s, k, t in found("I will be away from this May to Oct 2020.", "2018-10-24")] == [
        "2018-05-01", "2020-10-01"]


@pytest.mark.parametrize("text, expected", [
    # a participle after "be" is passive voice: the tense is "would", "will" (ahead of 2025-03-04)
    ("The company said the layoffs would be completed by the end of September.", "2025-09"),
    ("The terminal will be sold in June, the port said.", "2025-06"),
    # the traps: a past tense looks back
    ("The terminal was sold in June, the port said.", "2024-06"),
    ("The carrier completed the cuts in September.", "2024-09"),
])
def test_a_passive_participle_takes_the_tense_of_its_auxiliary(text, expected):
    assert [t for _, kind, t in found(text, "2025-03-04") if kind == "date"] == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    # a date something is put off to is a plan, whatever the tense of the verb (published 2025-06-20)
    ("The carmaker has postponed the start of repairs to Aug. 1 from July 15, it said.", "en",
     ["2025-08-01", "2025-07-15"]),
    ("The carrier pushed back the end of its job cuts to the end of August.", "en", ["2025-08"]),
    ("Der Hersteller hat den Beginn der Reparaturen auf den 1. August verschoben.", "de", ["2025-08-01"]),
    # the traps: the time a delay happened lies in the past
    ("The storm delayed flights in May.", "en", ["2025-05"]),
    ("Der Hersteller verschob den Start im Mai.", "de", ["2025-05"]),
])
def test_a_date_something_is_put_off_to_lies_ahead(text, lang, expected):
    context = Context(lang=lang, ref_date=date(2025, 6, 20))
    assert [m.timex for m in temporal.find(text, context) if m.kind == "date"] == expected


@pytest.mark.parametrize("text, expected", [
    ("Repairs start July 15 because parts are scarce.", ["2025-07-15"]),      # English writes month, then day
    ("Wed Oct 26 15:50:06 2016 is not a day in 2019.", ["2019"]),           # a timestamp it cannot read whole
])
def test_an_english_month_and_day_is_a_date_whatever_word_follows(text, expected):
    assert [t for _, kind, t in found(text, "2025-06-20") if kind == "date"] == expected
