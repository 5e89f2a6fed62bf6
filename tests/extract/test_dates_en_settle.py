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
