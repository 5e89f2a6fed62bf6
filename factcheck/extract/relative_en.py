"""English relative dates: "next Friday", "the week after next", "two weeks from now", "3 fridays from now".

"next Friday" is Friday of next week and "last Friday" of last week, as both peer suites count them;
"this past"/"this upcoming" name the nearest one on that side.
"""
from __future__ import annotations

import re
from datetime import date

from factcheck.extract import dates
from factcheck.extract import timex as tx
from factcheck.extract.dates import _mention
from factcheck.extract.en_words import (WORDS, END, I, calendar_unit, count, day_number, monday_of, shift, step,
                                         weekday_number)


def day_phrase(m, text, anchor):
    """'the day after tomorrow', 'tmrw', 'the day before' (only where nothing follows it)."""
    phrase = " ".join(m["p"].lower().split())
    if phrase.endswith(("before", "after")) and not re.match(END, text[m.end():]):
        return None              # "the day before the vote" counts from the vote
    if not anchor.knows_day:
        return None
    return _mention(m, tx.shift_days(anchor.ref, WORDS.day_phrases[phrase]).isoformat())


def calendar_weekday(m, text, anchor):
    """'next Friday' is Friday of next week, 'last Friday' of last week, 'Tuesday of last week' too."""
    weekday = weekday_number(m["wd"])
    if not anchor.knows_day:
        return _mention(m, f"XXXX-WXX-{weekday}")
    if not (m["rel"] or m["rel2"] or m["after"]):
        return None                      # a bare weekday is dates.weekday's
    if m["side"]:                        # "this past Wednesday", "this upcoming Friday": the nearest one
        side = WORDS.this_sides[m["side"].lower()]
        return _mention(m, tx.weekday_date(tx.shift_days(anchor.ref, -side), weekday, side).isoformat())
    weeks = step(m["rel"] or m["rel2"]) + (1 if m["after"] else 0)
    first_day = monday_of(anchor.ref)
    return _mention(m, tx.shift_days(first_day, 7 * weeks + weekday - 1).isoformat())


def relative_calendar_unit(m, text, anchor):
    """'the following week', 'upcoming week', 'last yr', 'next qtr', 'the year after next', 'the weekend'."""
    if anchor.ref is None:
        return None
    unit = calendar_unit(m["unit"] or m["unit2"] or m["unit3"])
    words = (m["rel"] or "this").lower().split()
    offset = 2 if m["after"] else step(words[0])
    if len(words) > 1:                   # "this past weekend" is the last one, "this coming weekend" this one
        offset = min(0, WORDS.this_sides[words[-1]])
    if not (m["rel"] or m["after"]) and unit != "weekend":
        return None
    if m["unit3"] and not _this_weekend(text, m):
        return None
    ref = anchor.ref
    if unit == "year":
        return _mention(m, f"{ref.year + offset:04d}")
    if unit == "quarter" and anchor.knows_month:
        index = ref.year * 4 + (ref.month - 1) // 3 + offset
        return _mention(m, f"{index // 4:04d}-Q{index % 4 + 1}")
    if unit == "month" and anchor.knows_month:
        return _mention(m, tx.iso_month(*tx.add_months(ref.year, ref.month, offset)))
    if unit in ("week", "weekend") and anchor.knows_day:
        return _mention(m, tx.iso_week(tx.shift_days(ref, 7 * offset)) + ("-WE" if unit == "weekend" else ""))
    return None


_WORD_BEFORE = re.compile(r"(\w+)\W*$")
_OF_AFTER = re.compile(r"\s+of\b", I)


def _this_weekend(text: str, m) -> bool:
    """'for the weekend' is this one; 'labor day weekend' and 'the weekend of Halloween' are another's."""
    if _OF_AFTER.match(text, m.end()):
        return False
    before = _WORD_BEFORE.search(text, max(0, m.start() - 16), m.start())
    return before is None or before[1].lower() in WORDS.weekend_leads or m[0].lower().startswith(
        tuple(WORDS.weekend_leads))


def part_of_relative_unit(m, text, anchor):
    """'end of year', 'end of month', 'the middle of next month': that part of the anchor's year or month."""
    if anchor.ref is None:
        return None
    offset, part = step(m["rel"]), WORDS.part_of_phrases[m["part"].lower()]
    if calendar_unit(m["unit"]) == "year":
        return _mention(m, f"{anchor.ref.year + offset:04d}", part)
    if not anchor.knows_month:
        return None
    return _mention(m, tx.iso_month(*tx.add_months(anchor.ref.year, anchor.ref.month, offset)), part)


def day_of_relative_month(m, text, anchor):
    """'20th of next month', 'the 15th day of next month', 'the thirty-first day of the month'."""
    day = day_number(m["d"])
    if day is None or not anchor.knows_month:
        return None
    year, month = tx.add_months(anchor.ref.year, anchor.ref.month, step(m["rel"]))
    return _mention(m, date(year, month, day).isoformat()) if tx.valid_day(year, month, day) else None


def nth_weekday_of_relative_month(m, text, anchor):
    """'the first Monday of next month', 'second monday of last month', 'the first friday in this month'."""
    if not anchor.knows_month:
        return None
    n, weekday = day_number(m["n"]), weekday_number(m["wd"])
    year, month = tx.add_months(anchor.ref.year, anchor.ref.month, step(m["rel"]))
    days = [date(year, month, d) for d in range(1, 32) if tx.valid_day(year, month, d)]
    matching = [d for d in days if d.isoweekday() == weekday]
    return _mention(m, matching[n - 1].isoformat()) if n and n <= len(matching) else None


def nth_last(m, text, anchor):
    """'the third last week of 2018' (2018-W50), '2nd last week of October 2018', 'the 5th last day of May': counted
    back from the last one; a month's last week is the last that ends in it, its last weekend the last Saturday's."""
    unit = calendar_unit(m["what"]) if m["what"].lower() in WORDS.calendar_units else "day"
    n = day_number(m["n"]) if m["n"] else 1
    if not n or not (m["mon"] or m["y"]) or (m["n"] is None and unit != "weekend"):
        return None                      # "the last week of May" is dates.nth_in_month's
    month = tx.month_value(m["mon"]) if m["mon"] else None
    year = int(m["y"]) if m["y"] else anchor.year_of_month(month or 1, anchor.direction(text, m) or 1) if anchor.ref else None
    if year is None:
        return None
    if month is None:
        weeks = date(year, 12, 28).isocalendar()[1]
        return _mention(m, f"{year:04d}-W{weeks - n + 1:02d}") if unit == "week" and n <= weeks else None
    days = [date(year, month, d) for d in range(1, 32) if tx.valid_day(year, month, d)]
    if unit == "day":
        return _mention(m, days[-n].isoformat()) if n <= len(days) else None
    ends = [d for d in days if d.isoweekday() == (7 if unit == "week" else 6)]
    if n > len(ends):
        return None
    return _mention(m, tx.iso_week(ends[-n]) + ("-WE" if unit == "weekend" else ""))


def month_of_stepped_year(m, text, anchor):
    """'June next year', 'April last year': that month of the year a step names."""
    if anchor.ref is None or not dates._month_ok(m):
        return None
    return _mention(m, tx.iso_month(anchor.ref.year + step(m["rel"]), tx.month_value(m["mon"])))


def week_number(m, text, anchor):
    """'week 31', 'Week 3 of 2027', 'week 27 of last year', 'the first week of 2015', 'last week of 2019'."""
    groups = m.groupdict()
    if groups["y"]:
        year = int(groups["y"])
    elif anchor.ref is None:
        return None
    else:
        year = anchor.ref.year + step(groups["rel"])
    weeks_in_year = date(year, 12, 28).isocalendar()[1]
    if groups.get("n"):
        number = int(groups["n"])
    elif groups["ord"].lower() == "last":
        number = weeks_in_year
    else:
        number = day_number(groups["ord"])
    if not number or number > weeks_in_year:
        return None
    return _mention(m, f"{year:04d}-W{number:02d}")


def span_from_now(m, text, anchor):
    """'two weeks from now', '3 days ago', 'a month ago', '2 thursdays back': a day counted from the anchor."""
    n = count(m["n"])
    direction = WORDS.span_directions[" ".join(m["dir"].lower().split())]
    if n is None or anchor.ref is None:
        return None
    if direction < 0 and WORDS.duration_units[m["unit"].lower()] == "year":
        return _mention(m, f"{anchor.ref.year - int(n):04d}")     # whole years back stay a year
    if not anchor.knows_day:
        return None
    return _mention(m, shift(anchor.ref, m["unit"], n * direction).isoformat())


def counted_weekdays(m, text, anchor):
    """'3 fridays from now', '2 thursdays back': the n-th such weekday after or before the anchor."""
    n = count(m["n"])
    if n is None or n < 1 or not anchor.knows_day:
        return None
    direction = WORDS.span_directions[" ".join(m["dir"].lower().split())]
    weekday = weekday_number(m["wd"].rstrip("sS"))
    return _mention(m, tx.weekday_date(anchor.ref, weekday, direction, weeks=int(n) - 1).isoformat())


def month_of_relative_year(m, text, anchor):
    """'the 9th month of next year': that month of the year counted from the anchor."""
    month = day_number(m["n"])
    if not month or month > 12 or anchor.ref is None:
        return None
    return _mention(m, tx.iso_month(anchor.ref.year + step(m["rel"]), month))


def nth_week_of_relative_month(m, text, anchor):
    """'the last week of this month', 'the first week of last month': the ISO week of its Monday."""
    if not anchor.knows_month:
        return None
    year, month = tx.add_months(anchor.ref.year, anchor.ref.month, step(m["rel"]))
    mondays = [date(year, month, d) for d in range(1, 32) if tx.valid_day(year, month, d)
               and date(year, month, d).isoweekday() == 1]
    n = None if m["n"].lower() in WORDS.relative_steps else day_number(m["n"])
    chosen = mondays[-1] if n is None else mondays[n - 1] if n and n <= len(mondays) else None
    return _mention(m, tx.iso_week(chosen)) if chosen else None
