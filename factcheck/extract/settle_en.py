"""English dates read together after the scan (temporal.find calls settle for English documents only):
interval ends as days, a span counted back ("2 weeks and 2 days ago"), a year in words after a month, "next"
before a day, "the week of October 6th", "for 3 days, from today", a weekday next to the day it names,
"3pm today".
"""
from __future__ import annotations

import re
from datetime import date

from factcheck.extract import timex as tx
from factcheck.extract.en_words import (WORDS, I, MON, REL, WEEKDAY, SPAN_DIRECTION, SPELLED_YEAR, phrases, spelled_year,
                                         step, units, weekday_number)
from factcheck.extract.intervals_en import to_day_ends
from factcheck.extract.mention import Mention


_WEEKDAY_ALONE = re.compile(rf"(?:{REL}\s+)?(?P<wd>{WEEKDAY})", I)
_DAY_TIMEX = re.compile(r"(?:\d{4}|XXXX)-\d\d-\d\d")
_BETWEEN_WEEKDAY_AND_DATE = re.compile(r"\s*[,(-]?\s*")
_COUNTED = re.compile(rf"\b(?:{SPAN_DIRECTION}|after|before)\b", I)
_PARTS = re.compile(r"P(?:(?P<Y>\d+)Y)?(?:(?P<M>\d+)M)?(?:(?P<W>\d+)W)?(?:(?P<D>\d+)D)?")
_DIRECTION_AFTER = re.compile(rf"\s+(?P<dir>{SPAN_DIRECTION})(?![\w])", I)
_IN_BEFORE = re.compile(r"\bin\s+$", I)
_ON_WEEKDAY = re.compile(rf"\s+on\s+(?P<wd>{WEEKDAY})", I)


def settle(text: str, mentions: list[Mention], interval_ends: set[int], anchor) -> list[Mention]:
    """What English dates say together: interval ends as days (intervals_en), "2 weeks and 2 days ago" as
    the day, and a weekday next to the day it names ("Friday, Jun 15", "Monday two weeks from now")."""
    _this_keeps_its_year(text, mentions, interval_ends, anchor)
    to_day_ends(text, mentions, interval_ends)
    mentions = [_week_of(text, _after_step(text, _with_spelled_year(text, _counted_back(text, mention, anchor)),
                                          anchor)) for mention in mentions]
    mentions = _spans_from_a_day(text, mentions)
    settled: list[Mention] = []
    for mention in mentions:
        previous = settled[-1] if settled else None
        merged = (_weekday_with_its_day(text, previous, mention) or _clock_then_day(text, previous, mention)
                  if previous is not None else None)
        if merged is not None:
            settled[-1] = merged
        else:
            settled.append(mention)
    result: list[Mention] = []
    for mention in settled:
        if result and mention.start < result[-1].end:
            continue                     # the weekday "in 3 days on Friday" took in
        result.append(_in_days_on_weekday(text, mention, anchor))
    return result


_SPELLED_YEAR_AFTER = re.compile(rf",?\s+(?:of\s+)?(?P<y>{SPELLED_YEAR})", I)
_MONTH_OR_DAY = re.compile(r"(?:\d{4}|XXXX)-\d\d(?:-\d\d)?")
_DIGITS = re.compile(r"\d{3}")


def _with_spelled_year(text: str, mention: Mention) -> Mention:
    """'October two thousand and five', '13 Sept nineteen seventy two': the date takes the year in words."""
    if mention.kind != "date" or not _MONTH_OR_DAY.fullmatch(mention.timex or "") or _DIGITS.search(
            text, mention.start, mention.end):
        return mention
    after = _SPELLED_YEAR_AFTER.match(text, mention.end)
    year = spelled_year(after["y"]) if after else None
    if year is None:
        return mention
    return Mention(start=mention.start, end=after.end(), kind="date", timex=f"{year:04d}{mention.timex[4:]}",
                   timex_mod=mention.timex_mod)


_STEP_BEFORE = re.compile(rf"\b(?P<rel>{REL})\s+$", I)
_STEP_AT_START = re.compile(rf"(?P<rel>{REL})\s", I)
_YEAR_DIGITS = re.compile(r"\d{4}")
_DAY_OR_MONTH_NEXT = re.compile(rf"\s*(?:\d|{MON})", I)
_DATED = re.compile(r"(?P<y>\d{4})(?P<rest>-(?P<m>\d\d)(?:-(?P<d>\d\d))?)")


def _this_keeps_its_year(text: str, mentions: list[Mention], interval_ends: set[int], anchor) -> None:
    """'from this May to Oct 2020': "this May" is May of the anchor's year, whatever year the other end names."""
    for mention in mentions:
        rel = _STEP_AT_START.match(text, mention.start, mention.end) if id(mention) in interval_ends else None
        if rel and anchor.ref is not None and step(rel["rel"]) == 0 and _DATED.fullmatch(mention.timex or ""):
            mention.timex = f"{anchor.ref.year:04d}{mention.timex[4:]}"


def _after_step(text: str, mention: Mention, anchor) -> Mention:
    """'next 6th of April', 'next 5/19': the first such day after the anchor; 'last' the last before it."""
    dated = _DATED.fullmatch(mention.timex or "") if mention.kind == "date" else None
    if dated is None or anchor.ref is None or _YEAR_DIGITS.search(text, mention.start, mention.end):
        return mention                   # "next May 2020" names its year
    before = _STEP_BEFORE.search(text, max(0, mention.start - 12), mention.start)
    rel = before or _STEP_AT_START.match(text, mention.start, mention.end)
    if rel and not _DAY_OR_MONTH_NEXT.match(text, rel.end()):
        return mention                   # "last Monday of March", "next friday 5/12": the step is the weekday's
    sign = step(rel["rel"]) if rel else 0
    if sign not in (1, -1):
        return mention
    month, day = int(dated["m"]), int(dated["d"] or 1)
    ref_key = (anchor.ref.year, anchor.ref.month, anchor.ref.day if dated["d"] else 1)
    year = int(dated["y"])
    while not ((year, month, day) > ref_key if sign > 0 else (year, month, day) < ref_key):
        year += sign
    if year == int(dated["y"]):
        return mention
    return Mention(start=before.start() if before else mention.start, end=mention.end, kind="date",
                   timex=f"{year:04d}{dated['rest']}", timex_mod=mention.timex_mod)


_WEEK_OF_BEFORE = re.compile(rf"\b(?:the\s+)?(?:{units('week')})\s+of\s+$", I)


def _week_of(text: str, mention: Mention) -> Mention:
    """'the week of October 6th': the calendar week of that day."""
    if mention.kind != "date" or not _DAY_TIMEX.fullmatch(mention.timex or "") or not mention.timex[:4].isdigit():
        return mention
    before = _WEEK_OF_BEFORE.search(text, max(0, mention.start - 16), mention.start)
    if before is None:
        return mention
    return Mention(start=before.start(), end=mention.end, kind="date",
                   timex=tx.iso_week(date.fromisoformat(mention.timex)))


_SPAN_START = re.compile(rf",?\s+(?P<w>{phrases(WORDS.span_start_words)})\s+$", I) if WORDS.span_start_words else None
_SPAN_SINCE = re.compile(rf"\s+(?P<w>{phrases(WORDS.span_since_words)})\s+(?:the\s+{units('year')}\s+)?(?P<y>\d{{4}})",
                         I) if WORDS.span_since_words else None
_ONE_UNIT = re.compile(r"P(?P<n>\d+)(?P<u>[YMWD])")


def _spans_from_a_day(text: str, mentions: list[Mention]) -> list[Mention]:
    """'for 3 days, from today': the interval from that day to the day three days on (its two ends); 'in two
    years since 2011': the day two years after 2011 began ("10 years since 2011" stays a span)."""
    result: list[Mention] = []
    i = 0
    while i < len(mentions):
        span, day = mentions[i], mentions[i + 1] if i + 1 < len(mentions) else None
        unit = _ONE_UNIT.fullmatch(span.timex or "") if span.kind == "duration" and not span.qualifiers else None
        if day is None or unit is None or day.kind != "date" or span.approx != "exact":
            result.append(span)
            i += 1
            continue
        gap = text[span.end:day.start]
        start = _start_day(day)
        if start is not None and _SPAN_START is not None and _SPAN_START.fullmatch(gap):
            end = _moved(start, int(unit["n"]), unit["u"])
            result += [Mention(start=day.start, end=day.end, kind="date", timex=start.isoformat()),
                       Mention(start=span.start, end=span.end, kind="date", timex=end.isoformat())]
        elif (_SPAN_SINCE is not None and (since := _SPAN_SINCE.match(text, span.end)) and since.end() == day.end
              and _IN_BEFORE.search(text, max(0, span.start - 4), span.start)):      # "10 years since 2011": a span
            moved = _moved(date(int(since["y"]), 1, 1), int(unit["n"]), unit["u"])
            result.append(Mention(start=span.start, end=day.end, kind="date", timex=moved.isoformat()))
        else:
            result.append(span)
            i += 1
            continue
        i += 2
    result.sort(key=lambda m: m.start)
    return result


def _start_day(mention: Mention) -> date | None:
    return date.fromisoformat(mention.timex) if _DAY_TIMEX.fullmatch(mention.timex or "") and \
        mention.timex[:4].isdigit() and not mention.timex_mod else None


def _moved(day: date, n: int, unit: str) -> date:
    if unit in "WD":
        return tx.shift_days(day, n * (7 if unit == "W" else 1))
    year, month = tx.add_months(day.year, day.month, n * (12 if unit == "Y" else 1))
    last = max(d for d in range(28, 32) if tx.valid_day(year, month, d))
    return date(year, month, min(day.day, last))


def _weekday_with_its_day(text: str, weekday: Mention, day: Mention) -> Mention | None:
    """'this Friday-Jun-15', 'Friday (jun-15)': the date; 'Monday two weeks from now': that week's Monday."""
    if weekday.kind != "date" or day.kind != "date" or not _DAY_TIMEX.fullmatch(day.timex or ""):
        return None
    head = _WEEKDAY_ALONE.fullmatch(text, weekday.start, weekday.end)
    if head is None or not _BETWEEN_WEEKDAY_AND_DATE.fullmatch(text, weekday.end, day.start):
        return None
    end = day.end + (text[day.end:day.end + 1] == ")" and "(" in text[weekday.end:day.start])
    timex = day.timex
    if _COUNTED.search(text, day.start, day.end) and timex[:4].isdigit():
        timex = _weekday_of_week(date.fromisoformat(timex), weekday_number(head["wd"])).isoformat()
    return Mention(start=weekday.start, end=end, kind="date", timex=timex)


def _clock_then_day(text: str, clock: Mention, day: Mention) -> Mention | None:
    """'3pm today', '10 am tomorrow': that time on that day."""
    if not (clock.timex or "").startswith("XXXX-XX-XXT") or day.kind != "date" or not _DAY_TIMEX.fullmatch(
            day.timex or "") or text[clock.end:day.start].strip():
        return None
    return Mention(start=clock.start, end=day.end, kind="date", timex=day.timex + clock.timex[10:])


def _weekday_of_week(day: date, weekday: int) -> date:
    """The weekday in the calendar week of day; the week begins on the language's first weekday."""
    first = WORDS.first_weekday
    week_start = tx.shift_days(day, -((day.isoweekday() - first) % 7))
    return tx.shift_days(week_start, (weekday - first) % 7)


def _counted_back(text: str, mention: Mention, anchor) -> Mention:
    """'2 weeks and 2 days ago', '1 month 21 days from now': the day that far from the anchor."""
    if mention.kind != "duration" or mention.qualifiers or not anchor.knows_day:
        return mention
    parts = _PARTS.fullmatch(mention.timex or "")
    after = _DIRECTION_AFTER.match(text, mention.end)
    if parts is None or after is None or sum(1 for v in parts.groupdict().values() if v) < 2:
        return mention
    sign = WORDS.span_directions[" ".join(after["dir"].lower().split())]
    n = {unit: int(v or 0) for unit, v in parts.groupdict().items()}
    year, month = tx.add_months(anchor.ref.year, anchor.ref.month, sign * (12 * n["Y"] + n["M"]))
    day = anchor.ref.day
    while not tx.valid_day(year, month, day):
        day -= 1
    moved = tx.shift_days(date(year, month, day), sign * (7 * n["W"] + n["D"]))
    return Mention(start=mention.start, end=after.end(), kind="date", timex=moved.isoformat())


def _in_days_on_weekday(text: str, mention: Mention, anchor) -> Mention:
    """'in 3 days on Friday': the Friday of the week three days ahead."""
    if mention.kind != "duration" or mention.qualifiers or not anchor.knows_day:
        return mention
    parts = _PARTS.fullmatch(mention.timex or "")
    on = _ON_WEEKDAY.match(text, mention.end)
    if parts is None or on is None or not _IN_BEFORE.search(text, max(0, mention.start - 4), mention.start):
        return mention
    n = {unit: int(v or 0) for unit, v in parts.groupdict().items()}
    if n["Y"] or n["M"]:
        return mention
    target = tx.shift_days(anchor.ref, 7 * n["W"] + n["D"])
    day = _weekday_of_week(target, weekday_number(on["wd"]))
    return Mention(start=mention.start - 3, end=on.end(), kind="date", timex=day.isoformat())
