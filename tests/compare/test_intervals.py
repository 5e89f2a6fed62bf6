"""Intervals: hedges, tolerance, dates as day ranges (MID = days 11-20, unknown years), durations by length."""
import math
from datetime import date

import pytest
from factcheck.compare.intervals import (Interval, comparable, date_span, duration_interval,
                                         power_of_1000_between, publication_interval, value_interval)


def days(iso_first: str, iso_last: str) -> Interval:
    return Interval(float(date.fromisoformat(iso_first).toordinal()), float(date.fromisoformat(iso_last).toordinal()))


@pytest.mark.parametrize(("mod", "first", "last"), [
    ("START", "2020-09-01", "2020-09-10"),
    ("MID", "2020-09-11", "2020-09-20"),
    ("END", "2020-09-21", "2020-09-30"),
    (None, "2020-09-01", "2020-09-30"),
])
def test_parts_of_a_month_are_thirds(mod, first, last):
    assert date_span("2020-09", mod).absolute == days(first, last)


def test_end_of_february_in_a_leap_year_runs_to_the_29th():
    assert date_span("2020-02", "END").absolute == days("2020-02-21", "2020-02-29")


def test_parts_of_a_year_are_four_months_each():
    assert date_span("2021", "MID").absolute == days("2021-05-01", "2021-08-31")


def test_quarter_week_and_season():
    assert date_span("2020-Q3").absolute == days("2020-07-01", "2020-09-30")
    assert date_span("2020-W36").absolute == days("2020-08-31", "2020-09-06")
    # a winter spans two years and "Winter 2020" names either: from December 2019 to February 2021
    assert date_span("2020-WI").absolute == days("2019-12-01", "2021-02-28")
    assert not date_span("2020-WI").absolute.overlaps(date_span("2021-03-01").absolute)


def test_an_unknown_year_is_compared_on_month_and_day():
    unknown, dated, other_year = date_span("XXXX-12-04"), date_span("2020-12-04"), date_span("2021-12-04")
    assert unknown.absolute is None
    a, b = comparable(unknown, dated)
    assert a.overlaps(b)
    assert comparable(dated, other_year)[0].overlaps(comparable(dated, other_year)[1]) is False


def test_two_unknown_years_compare_month_and_day_only():
    mid_september = date_span("XXXX-09", "MID")
    assert comparable(mid_september, date_span("XXXX-09-15"))[0].overlaps(date_span("XXXX-09-15").month_day)
    a, b = comparable(mid_september, date_span("XXXX-12-04"))
    assert not a.overlaps(b)


def test_nothing_known_is_not_a_date_interval():
    assert date_span("XXXX") is None
    assert date_span("2020-13-01") is None
    assert date_span("next week") is None


def test_before_and_after_open_one_side():
    assert date_span("2020-12-04", "BEFORE").absolute.low == -math.inf
    assert date_span("2020-12-04", "AFTER").absolute.high == math.inf


@pytest.mark.parametrize(("a", "b", "same"), [("P1W", "P7D", True), ("P1W", "P2W", False),
                                               ("P6Y", "P72M", False), ("PT90M", "PT1H30M", True)])
def test_durations_compare_by_length(a, b, same):
    assert (duration_interval(a) == duration_interval(b)) is same


def test_duration_more_than_is_open_above():
    assert duration_interval("P6Y", "MORE_THAN") == Interval(6 * 365.25, math.inf)


@pytest.mark.parametrize(("value", "low", "high", "approx", "expected"), [
    (2.1e6, 1.995e6, 2.205e6, "about", Interval(1.995e6, 2.205e6)),
    (2e6, 2e6, None, "more_than", Interval(2e6, math.inf)),
    (11600.0, None, None, "exact", Interval(11600.0, 11600.0)),
    (50.0, None, None, "at_most", Interval(-math.inf, 50.0)),
    (None, None, None, "exact", None),
])
def test_claim_intervals_from_the_extractor(value, low, high, approx, expected):
    assert value_interval(value, low, high, approx) == expected


def test_tolerance_widens_each_side_by_its_own_size():
    assert Interval(100.0, 200.0).widened(0.1) == Interval(90.0, 220.0)
    assert Interval(-200.0, -100.0).widened(0.1) == Interval(-220.0, -90.0)


@pytest.mark.parametrize(("a", "b", "power"), [
    (Interval(1.2e9, 1.2e9), Interval(1.2e12, 1.2e12), 1),
    (Interval(9.7e11, 9.7e11), Interval(9.7e8, 9.7e8), -1),
    (Interval(9e8, 1e9), Interval(9.75e14, 9.75e14), 2),
    (Interval(1e8, 1e8), Interval(1e9, 1e9), 0),
    (Interval(2e6, math.inf), Interval(2e9, 2e9), 0),
])
def test_power_of_1000_between(a, b, power):
    assert power_of_1000_between(a, b) == power


def test_publication_dates_of_any_precision():
    assert publication_interval("2021-05") == days("2021-05-01", "2021-05-31")
    assert publication_interval("2020-08-24") == days("2020-08-24", "2020-08-24")
    assert publication_interval(None) is None
