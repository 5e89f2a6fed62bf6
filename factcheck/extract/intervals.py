"""Date intervals composed from two ends: "from 2010 to 2018", "between March and May", "July 13-15".

TIMEX3 writes an interval as a DURATION anchored at its two ends (beginPoint, endPoint): the claim is
the duration ("from 2010 to 2018" is P8Y, counted from the start of one end to the start of the
other, as the peers count it) with the ends in its qualifiers, `begin` and `end`. Where both ends are
days ("from October 1 to October 7") they stay two date claims, as German day ranges do; the first end
then takes its year from the second when it names none.
"""
from __future__ import annotations

import re
from datetime import date
from functools import cache

from factcheck.extract import timex as tx
from factcheck.extract.mention import Mention

_MONTH = re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)")
_DAY = re.compile(r"(?P<y>\d{4}|XXXX)-(?P<m>\d\d)-(?P<d>\d\d)")
_YEAR = re.compile(r"\d{4}")
_QUARTER = re.compile(r"(?P<y>\d{4})-(?P<h>[QH])(?P<n>\d)")


def start_of(timex: str | None, part: str | None = None) -> tuple[date, str] | None:
    """'2014' -> (2014-01-01, 'year'); '2018-05' -> month; '2018-05-02' -> day; '2017-Q2' -> month.

    A part of a year or month moves the point as the peers read an interval's end: 'the end of 2008'
    is where 2009 begins, 'the middle of 2007' is July, 'the middle of September' the 16th.
    """
    if not timex:
        return None
    if _YEAR.fullmatch(timex):
        year = int(timex)
        if part == "END":
            return date(year + 1, 1, 1), "month"
        return (date(year, 7, 1), "month") if part == "MID" else (date(year, 1, 1), "year")
    if m := _MONTH.fullmatch(timex):
        year, month = int(m["y"]), int(m["m"])
        if part == "END":
            return date(*tx.add_months(year, month, 1), 1), "month"
        return date(year, month, 16 if part == "MID" else 1), "month"
    if (m := _DAY.fullmatch(timex)) and m["y"] != "XXXX":
        return date(int(m["y"]), int(m["m"]), int(m["d"])), "day"
    if m := _QUARTER.fullmatch(timex):
        months = 3 if m["h"] == "Q" else 6
        return date(int(m["y"]), 1 + (int(m["n"]) - 1) * months, 1), "month"
    return None


def length(first: tuple[date, str], second: tuple[date, str]) -> tuple[int, str] | None:
    """From the start of one end to the start of the other, in the finer of their units."""
    (a, grain_a), (b, grain_b) = first, second
    if b < a:
        return None
    if "day" in (grain_a, grain_b):
        return (b - a).days, "day"
    months = (b.year - a.year) * 12 + b.month - a.month
    if grain_a == grain_b == "year":
        return months // 12, "year"
    return months, "month"


_LETTER = {"year": "Y", "month": "M", "day": "D"}
_PARTS = {None, "START", "MID", "END"}


def interval(start: int, end: int, begin: str, finish: str, first: tuple[date, str],
             second: tuple[date, str]) -> Mention | None:
    """One duration claim for the interval between two ends, or None when the ends are out of order."""
    counted = length(first, second)
    if counted is None or counted[0] <= 0:
        return None
    n, unit = counted
    return Mention(start=start, end=end, kind="duration", value=float(n), low=float(n), high=float(n), unit=unit,
                   timex=f"P{n}{_LETTER[unit]}", qualifiers={"begin": begin, "end": finish})


def join(text: str, mentions: list[Mention], openers: tuple[str, ...], links: tuple[str, ...]) -> list[Mention]:
    """Two date mentions linked as an interval ("2014 through May 2018") become one duration claim."""
    if not links or len(mentions) < 2:
        return mentions
    link_re, opener_re = _link_pattern(links), _opener_pattern(openers)
    result: list[Mention] = []
    i = 0
    while i < len(mentions):
        first = mentions[i]
        second = mentions[i + 1] if i + 1 < len(mentions) else None
        joined = _joined(text, first, second, link_re, opener_re) if second else None
        if joined is None:
            result.append(first)
            i += 1
            continue
        result.extend(joined)
        i += 2
    return result


def _joined(text, first: Mention, second: Mention, link_re, opener_re) -> list[Mention] | None:
    if first.kind != "date" or second.kind != "date" or not {first.timex_mod, second.timex_mod} <= _PARTS:
        return None
    link = link_re.fullmatch(text, first.end, second.start)
    if link is None:
        return None
    opener = opener_re.search(text, max(0, first.start - 12), first.start)
    if link["w"].lower() == "and" and not (opener and opener["w"].lower() == "between"):
        return None                            # "in 2019 and 2020" are two years
    a, b = start_of(first.timex, first.timex_mod), start_of(second.timex, second.timex_mod)
    if a is None or b is None:
        return None
    if not _YEAR.search(text[first.start:first.end]) and a[0].year != b[0].year and first.timex[:4].isdigit():
        a = (_same_year_before(a[0], b[0]), a[1])           # "from May to Oct 2020": May 2020
        first_timex = _with_year(first.timex, a[0].year)
    else:
        first_timex = first.timex
    if a[1] == b[1] == "day":
        first.timex = first_timex
        return [first, second]
    made = interval(opener.start() if opener else first.start, second.end, first_timex, second.timex, a, b)
    return [made] if made else None


def _same_year_before(a: date, b: date) -> date:
    moved = date(b.year, a.month, min(a.day, 28) if a.month == 2 else a.day)
    return moved if moved <= b else date(b.year - 1, moved.month, moved.day)


def _with_year(timex: str, year: int) -> str:
    return f"{year:04d}{timex[4:]}" if timex and timex[:4].isdigit() else timex


@cache
def _link_pattern(links: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf"\s*(?P<w>{tx.alternation(links)})\s*(?:the\s+)?", re.I)


@cache
def _opener_pattern(openers: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf"\b(?P<w>{tx.alternation(openers)})\s+(?:the\s+)?$", re.I)


_OFFSET_LINK = re.compile(r"\s+(?P<w>after|from|before)\s+", re.I)


def shift_by_span(text: str, mentions: list[Mention]) -> list[Mention]:
    """'3 days after January 12th', 'two weeks from tomorrow', '2 weeks before May 13 1999': one day."""
    result: list[Mention] = []
    i = 0
    while i < len(mentions):
        span, day = mentions[i], mentions[i + 1] if i + 1 < len(mentions) else None
        shifted = _shifted(text, span, day) if day is not None else None
        if shifted is None:
            result.append(span)
            i += 1
        else:
            result.append(shifted)
            i += 2
    return result


def _shifted(text: str, span: Mention, day: Mention) -> Mention | None:
    if span.kind != "duration" or day.kind != "date" or day.timex_mod or span.qualifiers:
        return None
    link = _OFFSET_LINK.fullmatch(text, span.end, day.start)
    start = start_of(day.timex)
    units = _single_unit(span.timex)
    if link is None or start is None or start[1] != "day" or units is None:
        return None
    sign = -1 if link["w"].lower() == "before" else 1
    moved = _moved(start[0], *units, sign)
    return Mention(start=span.start, end=day.end, kind="date", timex=moved.isoformat())


_SINGLE = re.compile(r"P(?P<n>\d+)(?P<u>[YMWD])")


def _single_unit(timex: str | None) -> tuple[int, str] | None:
    m = _SINGLE.fullmatch(timex or "")
    return (int(m["n"]), m["u"]) if m else None


def _moved(day: date, n: int, unit: str, sign: int) -> date:
    if unit in "WD":
        return tx.shift_days(day, sign * n * (7 if unit == "W" else 1))
    year, month = tx.add_months(day.year, day.month, sign * n * (12 if unit == "Y" else 1))
    last = day.day
    while not tx.valid_day(year, month, last):
        last -= 1
    return date(year, month, last)
