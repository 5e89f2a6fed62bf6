"""Date intervals from two ends: "from 2010 to 2018", "between March and May", "from mid-December to late
January 2025", and a span counted from a day: "3 days after January 12th".

An interval is two date claims, its begin and its end, as German day ranges are and as TimeML annotates
both end points: two sources that disagree about when something ends then disagree in a date. An end
that names no year takes it from the other end ("from May to Oct 2020": May 2020; "from Nov to March
2019": November 2018).
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
_PARTS = {None, "START", "MID", "END"}


def start_of(timex: str | None, part: str | None = None) -> tuple[date, str] | None:
    """'2014' -> (2014-01-01, 'year'); '2018-05' -> month; '2018-05-02' -> day; '2017-Q2' -> month.

    A part of a year or month moves the point: 'the end of 2008' is where 2009 begins, 'the middle
    of 2007' is July, 'the middle of September' the 16th.
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


def ends(first: tuple[int, int, str], second: tuple[int, int, str]) -> list[Mention]:
    """The two date claims of an interval, each (start, end, timex)."""
    return [Mention(start=start, end=end, kind="date", timex=timex) for start, end, timex in (first, second)]


def join(text: str, mentions: list[Mention], links: tuple[str, ...], paired_links: tuple[str, ...],
         paired_openers: tuple[str, ...]) -> tuple[list[Mention], set[int]]:
    """Two date mentions linked as an interval ("2014 through May 2018"): the first takes its year from
    the second where it names none. Returns the mentions and the ids of the interval ends."""
    found: set[int] = set()
    if not links:
        return mentions, found
    link_re, opener_re = _link_pattern(links), _opener_pattern(paired_openers)
    for first, second in zip(mentions, mentions[1:]):
        if _linked(text, first, second, link_re, opener_re, paired_links):
            _complete_first(text, first, second)
            found |= {id(first), id(second)}
    return mentions, found


def _linked(text: str, first: Mention, second: Mention, link_re, opener_re, paired_links) -> bool:
    if first.kind != "date" or second.kind != "date" or not {first.timex_mod, second.timex_mod} <= _PARTS:
        return False
    link = link_re.fullmatch(text, first.end, second.start)
    if link is None:
        return False
    if link["w"].lower() in paired_links:        # "between 2019 and 2020"; "in 2019 and 2020" are two years
        return opener_re.search(text, max(0, first.start - 12), first.start) is not None
    return True


def _complete_first(text: str, first: Mention, second: Mention) -> None:
    """'from May to Oct 2020': May 2020; 'from Nov to Feb 5th, 2017': November 2016."""
    a, b = start_of(first.timex, first.timex_mod), start_of(second.timex, second.timex_mod)
    if a is None or b is None or _YEAR.search(text[first.start:first.end]) or not first.timex[:4].isdigit():
        return
    if a[0].year != b[0].year or a[0] > b[0]:
        moved = date(b[0].year, a[0].month, min(a[0].day, 28) if a[0].month == 2 else a[0].day)
        year = moved.year if moved <= b[0] else moved.year - 1
        first.timex = f"{year:04d}{first.timex[4:]}"


@cache
def _link_pattern(links: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf"\s*(?P<w>{tx.alternation(links)})\s*(?:the\s+)?", re.I)


@cache
def _opener_pattern(openers: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf"\b(?P<w>{tx.alternation(openers)})\s+(?:the\s+)?$", re.I)


# ---------------------------------------------------------------- a span counted from a day

_OFFSET_LINK = re.compile(r"\s+(?P<w>after|from|before)\s+", re.I)
_SINGLE = re.compile(r"P(?P<n>\d+)(?P<u>[YMWD])")


def shift_by_span(text: str, mentions: list[Mention]) -> list[Mention]:
    """'3 days after January 12th', 'two weeks from tomorrow', '2 weeks before May 13 1999': one day."""
    result: list[Mention] = []
    i = 0
    while i < len(mentions):
        span, day = mentions[i], mentions[i + 1] if i + 1 < len(mentions) else None
        shifted = _shifted(text, span, day) if day is not None else None
        result.append(shifted or span)
        i += 2 if shifted else 1
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
    return Mention(start=span.start, end=day.end, kind="date", timex=_moved(start[0], *units, sign).isoformat())


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
