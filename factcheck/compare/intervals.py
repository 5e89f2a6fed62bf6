"""Intervals: what a claim allows (hedges, tolerance), dates as day ranges, durations as lengths."""
from __future__ import annotations

import math
import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from factcheck.model import Claim, value_bounds

INF = math.inf
_EPSILON = 1e-9            # relative: 1.2e9 * 1000 and 1.2e12 are the same figure
_MONTH_DAY_YEAR = 2000     # a leap year, so that "29. Februar" has a place on the month/day axis


@dataclass(frozen=True, slots=True)
class Interval:
    """A closed interval; -inf / inf stand for an open side."""

    low: float
    high: float

    def overlaps(self, other: Interval) -> bool:
        # the plain comparisons first: isclose is asked only where they fail (most pairs overlap or lie far apart)
        return (self.low <= other.high or _at_most(self.low, other.high)) and \
            (other.low <= self.high or _at_most(other.low, self.high))

    def widened(self, tolerance: float) -> Interval:
        """Each side moved outwards by tolerance x its own size."""
        if tolerance <= 0:
            return self
        return Interval(self.low - abs(self.low) * tolerance, self.high + abs(self.high) * tolerance)

    def scaled(self, factor: float) -> Interval:
        return Interval(self.low * factor, self.high * factor)

    @property
    def bounded(self) -> bool:
        return math.isfinite(self.low) and math.isfinite(self.high)

    @property
    def is_point(self) -> bool:
        return self.low == self.high


def _at_most(a: float, b: float) -> bool:
    return a <= b or math.isclose(a, b, rel_tol=_EPSILON)


@dataclass(frozen=True, slots=True)
class Span:
    """Where a claim lies: on its axis, and for dates also on the month/day axis (year unknown)."""

    axis: str                         # "value", "date" (ordinal days) or "length" (days)
    absolute: Interval | None         # None when the year of a date is unknown
    month_day: Interval | None = None

    @property
    def relative(self) -> bool:
        """A relative tolerance makes sense for amounts and lengths, not for calendar days."""
        return self.axis != "date"


def claim_span(claim: Claim) -> Span | None:
    """The claim's interval(s), or None when nothing comparable is known (e.g. timex 'XXXX')."""
    if claim.kind == "date":
        return date_span(claim.timex, claim.timex_mod)
    if claim.kind == "duration":
        length = duration_interval(claim.timex, claim.timex_mod)
        if length is None and claim.value is not None:
            length = value_interval(claim.value, claim.low, claim.high, claim.approx)
        return Span("length", length) if length else None
    interval = value_interval(claim.value, claim.low, claim.high, claim.approx)
    return Span("value", interval) if interval else None


def value_interval(value: float | None, low: float | None, high: float | None,
                   approx: str = "exact") -> Interval | None:
    """[low, high] with None as an open side; a bare value is a point (or half-open by approx)."""
    bounds = value_bounds(value, low, high, approx)
    return None if bounds is None else Interval(*bounds)


def comparable(a: Span, b: Span, tolerance: float = 0.0) -> tuple[Interval, Interval] | None:
    """Both spans on one axis (month/day when a year is unknown), widened; None if incomparable."""
    if a.axis != b.axis:
        return None
    if a.absolute is not None and b.absolute is not None:
        pair = a.absolute, b.absolute
    elif a.month_day is not None and b.month_day is not None:
        pair = a.month_day, b.month_day
    else:
        return None
    if a.relative and tolerance > 0:
        return pair[0].widened(tolerance), pair[1].widened(tolerance)
    return pair


def power_of_1000_between(a: Interval, b: Interval) -> int:
    """k when b is about 1000^k times a (k = 1..3), -k when a is about 1000^k times b, else 0."""
    if not (a.bounded and b.bounded and a.low > 0 and b.low > 0):
        return 0
    if b.high < 999.0 * a.low and a.high < 999.0 * b.low:
        return 0              # most pairs: neither is near a thousand times the other
    for k in (1, 2, 3):
        factor = 1000.0 ** k
        if a.scaled(factor).overlaps(b):
            return k
        if b.scaled(factor).overlaps(a):
            return -k
    return 0


# ---------------------------------------------------------------- dates (TIMEX3 values)

_DATE = re.compile(
    r"(?P<y>\d{4}|XXXX)(?:-(?:(?P<m>\d{2})(?:-(?P<d>\d{2}))?|Q(?P<q>[1-4])|H(?P<h>[12])"
    r"|W(?P<w>\d{2})|(?P<s>SP|SU|FA|WI)))?(?:T.*)?")
_BEFORE = frozenset(("BEFORE", "ON_OR_BEFORE", "LESS_THAN", "EQUAL_OR_LESS"))
_AFTER = frozenset(("AFTER", "ON_OR_AFTER", "MORE_THAN", "EQUAL_OR_MORE"))
# Northern meteorological seasons, as months: spring is March to May.
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


@lru_cache(maxsize=4096)
def date_span(timex: str | None, mod: str | None = None) -> Span | None:
    """A TIMEX3 date -> ordinal-day interval, plus its place on the month/day axis."""
    if not timex:
        return None
    m = _DATE.fullmatch(timex)
    if m is None:
        return None
    year_known = m["y"] != "XXXX"
    year = int(m["y"]) if year_known else _MONTH_DAY_YEAR
    bounds = _calendar_bounds(year, m)
    if bounds is None:
        return None
    first, last, precision = bounds
    first, last = _apply_part(first, last, precision, mod)
    low, high = float(first.toordinal()), float(last.toordinal())
    low, high = _apply_date_mod(low, high, mod)
    interval = Interval(low, high)
    if year_known:
        return Span("date", interval, _project_to_month_day(interval))
    if precision == "year":          # "XXXX": nothing known
        return None
    return Span("date", None, interval)


def _calendar_bounds(year: int, m: re.Match) -> tuple[date, date, str] | None:
    try:
        if m["d"]:
            day = date(year, int(m["m"]), int(m["d"]))
            return day, day, "day"
        if m["m"]:
            month = int(m["m"])
            return date(year, month, 1), date(year, month, monthrange(year, month)[1]), "month"
        if m["q"]:
            q = int(m["q"])
            return date(year, 3 * q - 2, 1), _month_end(year, 3 * q), "quarter"
        if m["h"]:
            h = int(m["h"])
            return date(year, 6 * h - 5, 1), _month_end(year, 6 * h), "half"
        if m["w"]:
            monday = date.fromisocalendar(year, int(m["w"]), 1)
            return monday, date.fromordinal(monday.toordinal() + 6), "week"
        if m["s"] == "WI":
            # a winter spans two years, and "Winter 2025" names either (2024/25 or 2025/26): both are kept
            return date(year - 1, 12, 1), _month_end(year + 1, 2), "season"
        if m["s"]:
            first, last = _SEASON_MONTHS[m["s"]]
            end_year, end_month = (year + 1, last - 12) if last > 12 else (year, last)
            return date(year, first, 1), _month_end(end_year, end_month), "season"
    except ValueError:
        return None
    return date(year, 1, 1), date(year, 12, 31), "year"


def _month_end(year: int, month: int) -> date:
    return date(year, month, monthrange(year, month)[1])


def _apply_part(first: date, last: date, precision: str, mod: str | None) -> tuple[date, date]:
    """START / MID / END: the first, middle or last third ("Mitte September" = days 11-20)."""
    if mod not in ("START", "MID", "END") or precision == "day":
        return first, last
    part = ("START", "MID", "END").index(mod)
    if precision == "month":
        lo_day, hi_day = ((1, 10), (11, 20), (21, last.day))[part]
        return first.replace(day=lo_day), first.replace(day=hi_day)
    if precision == "year":
        lo_month, hi_month = ((1, 4), (5, 8), (9, 12))[part]
        return date(first.year, lo_month, 1), _month_end(first.year, hi_month)
    days = last.toordinal() - first.toordinal() + 1
    lo = first.toordinal() + (days * part) // 3
    hi = first.toordinal() + (days * (part + 1)) // 3 - 1
    return date.fromordinal(lo), date.fromordinal(max(lo, hi))


def _apply_date_mod(low: float, high: float, mod: str | None) -> tuple[float, float]:
    if mod in _BEFORE:
        return -INF, high
    if mod in _AFTER:
        return low, INF
    if mod == "APPROX":
        margin = max(2.0, round((high - low + 1) / 10))
        return low - margin, high + margin
    return low, high


def _project_to_month_day(interval: Interval) -> Interval:
    """A dated interval on the month/day axis; a year or more (or an open side) covers it all."""
    if not interval.bounded or interval.high - interval.low >= 365:
        return Interval(-INF, INF)
    first, last = date.fromordinal(int(interval.low)), date.fromordinal(int(interval.high))
    if first.year != last.year:
        return Interval(-INF, INF)
    return Interval(float(date(_MONTH_DAY_YEAR, first.month, first.day).toordinal()),
                    float(date(_MONTH_DAY_YEAR, last.month, last.day).toordinal()))


# ---------------------------------------------------------------- durations

_DURATION = re.compile(r"P(?:(?P<date>(?:\d+(?:\.\d+)?[YMWD])+))?(?:T(?P<time>(?:\d+(?:\.\d+)?[HMS])+))?")
_PART = re.compile(r"(\d+(?:\.\d+)?)([YMWDHS])")
_DAYS_PER = {"Y": 365.25, "M": 30.44, "W": 7.0, "D": 1.0}
_DAYS_PER_TIME = {"H": 1 / 24, "M": 1 / 1440, "S": 1 / 86400}


def duration_interval(timex: str | None, mod: str | None = None) -> Interval | None:
    """A TIMEX3 duration ('P1W', 'P6Y', 'PT3H') -> its length in days as an interval."""
    if not timex:
        return None
    m = _DURATION.fullmatch(timex)
    if m is None or not (m["date"] or m["time"]):
        return None
    days = sum(float(n) * _DAYS_PER[u] for n, u in _PART.findall(m["date"] or ""))
    days += sum(float(n) * _DAYS_PER_TIME[u] for n, u in _PART.findall(m["time"] or ""))
    if mod in _BEFORE:
        return Interval(0.0, days)
    if mod in _AFTER:
        return Interval(days, INF)
    if mod == "APPROX":
        return Interval(days * 0.9, days * 1.1)
    return Interval(days, days)


@lru_cache(maxsize=4096)
def publication_interval(iso: str | None) -> Interval | None:
    """A document's date ('2020-08-24', '2021-05', '2020') as an ordinal-day interval."""
    if not iso:
        return None
    span = date_span(iso[:10])
    return span.absolute if span else None
