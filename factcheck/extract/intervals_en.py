"""English intervals read as one expression: "from 2010 to 2018", "Jan-Feb 2017", "July 13-15".

Each gives the two ends as date claims (intervals.ends); "between ... and" needs its opener. An end is
the day where its part of the interval begins, as TimeML and both peer suites write interval ends:
"from 2010 to 2018" runs from 2010-01-01 to 2018-01-01, "from March to May" from 03-01 to 05-01,
"between 2007 and the end of 2008" to 2009-01-01. Two sources then agree on an interval only where
both ends agree, and a year end never meets a bare year of another sentence.
"""
from __future__ import annotations

import re
from datetime import date

from factcheck.extract import intervals
from factcheck.extract import timex as tx
from factcheck.extract.dates import _mention
from factcheck.extract.en_words import (WORDS, MON, I, day_number, phrases, step)


_YEAR_FREE_MONTH = re.compile(r"XXXX-\d\d")


_WEEK = re.compile(r"(?P<y>\d{4})-W(?P<w>\d\d)")


def as_day(timex: str | None, part: str | None = None) -> str | None:
    """'2014' -> '2014-01-01', 'XXXX-03' -> 'XXXX-03-01', the end of 2008 -> '2009-01-01', week 31 of 2018
    -> its Monday '2018-07-30'; None where the end is no calendar point (a season)."""
    if timex and _YEAR_FREE_MONTH.fullmatch(timex) and part is None:
        return f"{timex}-01"
    if timex and (week := _WEEK.fullmatch(timex)) and part is None:
        return date.fromisocalendar(int(week["y"]), int(week["w"]), 1).isoformat()
    if timex and len(timex) == 4 and timex.isdigit() and part == "MID":
        return f"{timex}-07-02"          # the middle of a year: its 183rd day
    if timex and len(timex) == 10 and timex[4] == "-" and timex[7] == "-" and part is None:
        return timex
    start = intervals.start_of(timex, part)
    return start[0].isoformat() if start else None


_CHANGED_FROM = re.compile(rf"\b{phrases(WORDS.interval_change_words)}\s+(?:\w+\s+)?from\s+(?:the\s+)?$", I) \
    if WORDS.interval_change_words else None


def is_change(text: str, start: int) -> bool:
    """'pushed back from mid-December to late January': an old and a new date, not one interval."""
    return _CHANGED_FROM is not None and _CHANGED_FROM.search(text, max(0, start - 40), start) is not None


def day_ends(text: str, first: tuple[int, int, str], second: tuple[int, int, str]):
    """intervals.ends with each end the day it stands for (the ends as said after a change word);
    None when one end is no calendar point."""
    if is_change(text, first[0]):
        return intervals.ends(first, second)
    days = as_day(first[2]), as_day(second[2])
    if None in days:
        return None
    return intervals.ends((first[0], first[1], days[0]), (second[0], second[1], days[1]))


def now_end(m, text, anchor):
    """'between Jan 2019 and now', 'from March to date', 'between now and May 21st': the anchor day, as an
    interval's end (settle drops it where it ends none: "the best result to date")."""
    before = text[max(0, m.start() - 12):m.start()].lower().split()
    if not anchor.knows_day or not before or before[-1] not in _NOW_NEIGHBOURS:
        return None
    return _mention(m, anchor.ref.isoformat())


_NOW_NEIGHBOURS = {w for w in (*WORDS.interval_links, *WORDS.interval_openers) if w.isalpha()}


def is_now_word(text: str, mention) -> bool:
    return " ".join(text[mention.start:mention.end].lower().split()) in WORDS.interval_now_words


def numeric_interval(m, text, anchor):
    """'10/1/2018-10/7/2018', 'between 10/1-11/7', '5/1-5/7/2020': two month-first days; the first takes
    the year of the second where it names none."""
    m1, d1, m2, d2 = int(m["m1"]), int(m["d1"]), int(m["m2"]), int(m["d2"])
    y2 = tx.year_value(m["y2"]) if m["y2"] else None
    y1 = tx.year_value(m["y1"]) if m["y1"] else (y2 - ((m1, d1) > (m2, d2)) if y2 else None)
    if y2 is None and anchor.ref is not None:
        y1 = y2 = anchor.ref.year
        if (m1, d1) > (m2, d2):
            y2 += 1
    first, second = _day(y1, m1, d1), _day(y2, m2, d2)
    if first is None or second is None:
        return None
    first_end = m.end("y1") if m["y1"] else m.end("d1")
    return intervals.ends((m.start("m1"), first_end, first), (m.start("m2"), m.end(), second))


def _day(year: int | None, month: int, day: int) -> str | None:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if year is None:
        return f"XXXX-{month:02d}-{day:02d}"
    return date(year, month, day).isoformat() if tx.valid_day(year, month, day) else None


def to_day_ends(text: str, mentions: list, ends: set[int]) -> None:
    """Interval ends that intervals.join linked ("between 2007 and the end of 2008") as days, in place;
    the now-words that end no interval are dropped."""
    mentions[:] = [mention for mention in mentions if id(mention) in ends or not is_now_word(text, mention)]
    i = 0
    while i + 1 < len(mentions):
        first, second = mentions[i], mentions[i + 1]
        if id(first) not in ends or id(second) not in ends:
            i += 1
            continue
        days = as_day(first.timex, first.timex_mod), as_day(second.timex, second.timex_mod)
        if None not in days and not is_change(text, first.start):
            (first.timex, second.timex), first.timex_mod, second.timex_mod = days, None, None
        i += 2


def year_interval(m, text, anchor):
    """'from 2010 to 2018', 'between 2007 and 2009', '2014-2018': P8Y from 2010 to 2018."""
    if needs_opener(m):
        return None
    if int(m["y1"]) >= int(m["y2"]):
        return None
    return day_ends(text, (m.start("y1"), m.end("y1"), m["y1"]), (m.start("y2"), m.end("y2"), m["y2"]))


def needs_opener(m) -> bool:
    """'between 2007 and 2009' is an interval, 'in 2007 and 2009' two years."""
    return m["link"].lower() in WORDS.interval_paired_links and (
        (m["op"] or "").lower() not in WORDS.interval_and_openers)


def month_interval(m, text, anchor):
    """'from March to May', 'Jan-Feb 2017', 'from May to Oct 2020', 'between 2015 May and 2018'."""
    if needs_opener(m):
        return None
    m1, m2 = tx.month_value(m["m1"]), tx.month_value(m["m2"])
    y1 = int(m["y1"]) if m["y1"] else None
    y2 = int(m["y2"]) if m["y2"] else None
    if y1 is None and y2 is None and anchor.ref is not None:
        y2 = anchor.year_of_month(m2, anchor.direction(text, m))
    if y2 is None and y1 is not None:
        y2 = y1 + (m2 < m1)
    if y1 is None and y2 is not None:
        y1 = y2 - (m1 > m2)
    first = tx.iso_month(y1, m1) if y1 else f"XXXX-{m1:02d}"
    second = tx.iso_month(y2, m2) if y2 else f"XXXX-{m2:02d}"
    first_end = m.end("y1") if m["y1"] else m.end("m1")
    return day_ends(text, (m.start("m1"), first_end, first), (m.start("m2"), m.end(), second))


def days_of_month_interval(m, text, anchor):
    """'July 13-15', 'from 13 to 15 July', 'between 3 and 12 of Sept', '4 to 23 next month': both days."""
    d1, d2 = day_number(m["d1"]), day_number(m["d2"])
    if d1 is None or d2 is None or d1 >= d2:
        return None
    groups = m.groupdict()
    if groups.get("rel") is not None or groups.get("mon") is None:
        if not anchor.knows_month:
            return None
        year, month = tx.add_months(anchor.ref.year, anchor.ref.month, step(groups.get("rel")))
    else:
        month = tx.month_value(m["mon"])
        year = int(m["y"]) if m["y"] else anchor.year_of_day(month, d2, anchor.direction(text, m)) if anchor.ref else None
    if year is None:
        first, second = f"XXXX-{month:02d}-{d1:02d}", f"XXXX-{month:02d}-{d2:02d}"
    elif tx.valid_day(year, month, d2):
        first, second = date(year, month, d1).isoformat(), date(year, month, d2).isoformat()
    else:
        return None
    month_first = groups.get("mon") is not None and m.start("mon") < m.start("d1")
    first_start = m.start("mon") if month_first else m.start("d1")      # "april the ninth till the 17th"
    gap = text[m.end("link"):m.start("d2")]
    second_start = m.end("link") + len(gap) - len(gap.lstrip())
    return [_mention(m, first, start=first_start, end=m.end("d1")), _mention(m, second, start=second_start)]


def year_to_date_interval(m, text, anchor):
    """'2014 through May 2018', 'from 2015 to May 5th, 2017': a year to a month or day of a later one."""
    if needs_opener(m):
        return None
    if re.search(rf"(?:\bof|\d|{MON})\s*$", text[max(0, m.start() - 12):m.start()], I):
        return None                      # "june 26th of 2020 to june 28th": the year belongs to the day before
    y1, y2, month = int(m["y1"]), int(m["y2"]), tx.month_value(m["m2"])
    if m["d2"]:
        day = day_number(m["d2"])
        if day is None or not tx.valid_day(y2, month, day):
            return None
        end = date(y2, month, day).isoformat()
    else:
        end = tx.iso_month(y2, month)
    if y1 > y2:
        return None
    return day_ends(text, (m.start("y1"), m.end("y1"), str(y1)), (m.start("m2"), m.end(), end))
