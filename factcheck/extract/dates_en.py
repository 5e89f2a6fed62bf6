"""English date expressions: the rows of dates.PATTERNS that English shares, and its own forms.

English never reads "11.7" as a day and month (that is a decimal: "$11.7 million"), writes numeric
dates month first ("10/1/2018" is October 1st, "22/04" only day first because there is no month 22),
and counts "next Friday" and "last Friday" in calendar weeks.
"""
from __future__ import annotations

import re
from datetime import date

from factcheck import lang
from factcheck.extract import dates, intervals
from factcheck.extract import timex as tx
from factcheck.extract.dates import NUM, _mention

_WORDS = lang.get("en").dates
_B = r"(?![\w])"
_YEAR = r"(?:1[89]|20)\d{2}"
_MONTH_NAMES = [m for m in _WORDS.months if m not in _WORDS.abbreviated_months]
_MON = rf"(?:{tx.alternation(_MONTH_NAMES)}|{tx.alternation(_WORDS.abbreviated_months)}\.?){_B}"
_MON_GLUED = rf"(?:{tx.alternation(_MONTH_NAMES)}|{tx.alternation(_WORDS.abbreviated_months)})"
_EN_WEEKDAYS = _WORDS.weekdays
_EN_WEEKDAY_ABBR = _WORDS.weekday_abbreviations
_WEEKDAY = rf"(?:{tx.alternation(_EN_WEEKDAYS)}|{tx.alternation(_EN_WEEKDAY_ABBR)}\.?){_B}"
_EN_ORDINALS = _WORDS.ordinals.words
_TENS = {word: value for value, word in _WORDS.number_words.tens.items()}
_TENS_WORD = tx.alternation(_TENS)
_ORDINAL_WORD = rf"(?:{_TENS_WORD}[\s-])?{tx.alternation(w for w in _EN_ORDINALS if '-' not in w)}"
_ENDING = tx.alternation(_WORDS.day_number_endings)
_DAY = rf"(?:[0-3]?\d{_ENDING}?{_B}|{_ORDINAL_WORD}{_B})"
_CARDINAL_WORD = rf"(?:{_TENS_WORD}[\s-])?{tx.alternation(_WORDS.number_words.units)}"
_DAY_OR_CARDINAL = rf"(?:{_DAY}|{_CARDINAL_WORD}{_B})"
_UNITS = _WORDS.calendar_units


def _units(*kinds: str) -> str:
    """The calendar unit words of these kinds ("week" -> week, wk)."""
    return tx.alternation(word for word, kind in _UNITS.items() if kind in kinds)
_REL = tx.alternation(_WORDS.relative_steps)
_THIS_SIDE = tx.alternation(_WORDS.this_sides)
_DAY_PREPOSITION = tx.alternation([*_WORDS.day_prepositions, *_WORDS.interval_openers,
                                   *(w for w in _WORDS.interval_links
                                     if w.isalpha() and w not in _WORDS.interval_paired_links)])
_I = re.I
_END = r"(?=\s*(?:[.,;:!?)\]]|$))"              # the expression ends a clause


def day_number(token: str) -> int | None:
    """'22nd' -> 22, 'twenty second' -> 22, 'thirty-first' -> 31, '15' -> 15, 'twenty nine' -> 29."""
    token = re.sub(r"[\s-]+", " ", token.strip().lower())
    tens = 0
    head, _, rest = token.partition(" ")
    if head in _TENS and rest:
        tens, token = _TENS[head], rest
    if token[:1].isdigit():
        value = tx.ordinal_value(token)
    else:
        value = _EN_ORDINALS.get(token) or (int(tx.CARDINALS[token]) if token in tx.CARDINALS else None)
    if value is None or (tens and value > 9):
        return None
    return tens + value if 1 <= tens + value <= 31 else None


def _phrases(phrases) -> str:
    """An alternation of phrases, longest first, any white space between their words."""
    return "(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(
        set(phrases), key=len, reverse=True)) + ")"


def step(word: str | None) -> int:
    return _WORDS.relative_steps.get((word or "").lower(), 0)


def _monday(d: date) -> date:
    return tx.shift_days(d, 1 - d.isoweekday())


# ---------------------------------------------------------------- numeric dates, month first

def month_first(m, text, anchor):
    """'10/1/2018' is October 1st; '22/04' and '31/12/2019' only fit day first."""
    a, b = int(m["a"]), int(m["b"])
    year = tx.year_value(m["y"] or m["y2"]) if (m["y"] or m["y2"]) else None
    month, day = (a, b) if a <= 12 else (b, a)
    if month > 12 or day > 31 or not day:
        return None
    if year is None and not _bare_numeric_is_date(m, text, a, b):
        return None
    return dates._ymd(m, text, anchor, year, month, day)


def _bare_numeric_is_date(m, text, a: int, b: int) -> bool:
    """'on 4/22' and '11/20' are days; '1/2', '3/4 of' and '24/7' are not."""
    if m["s"] != "/":
        return False
    if dates._COUNTED_AFTER.match(text, m.end()) or re.match(r"\s*(?:of|in|[a-z]+s\b)", text[m.end():m.end() + 8]):
        return False
    if m.start("a") > m.start():
        return True                      # "friday 5/12", "this 5/12"
    if dates._preceded_by_time_word(text, m.start()) or re.search(
            rf"(?:{_WEEKDAY}|\b{_DAY_PREPOSITION})\s*$", text[max(0, m.start() - 12):m.start()], _I):
        return True
    return len(m["b"]) == 2 and (a <= 12 or len(m["a"]) == 2)


def compact_ymd(m, text, anchor):
    """'20161016', 'report-20170302.html': eight digits that are a valid day."""
    year, month, day = int(m["y"]), int(m["m"]), int(m["d"])
    return _mention(m, date(year, month, day).isoformat()) if tx.valid_day(year, month, day) else None


def year_slash_month(m, text, anchor):
    year, month = int(m["y"] or m["y2"]), int(m["m"] or m["m2"])
    return _mention(m, tx.iso_month(year, month)) if 1 <= month <= 12 else None


def named_month_numeric(m, text, anchor):
    """'05-Aug-2016', '2019/aug/01', '31/Oct/1974': day, month name and year between slashes or hyphens."""
    day = int(m["d"])
    return dates._ymd(m, text, anchor, int(m["y"]), tx.month_value(m["mon"]), day) if 1 <= day <= 31 else None


def glued_month_day(m, text, anchor):
    """'Oct2', 'Oct/2', 'October. 2', 'Dec31 , 1994', 'Dec/2018': what dates.month_day does not read."""
    month = tx.month_value(m["mon"])
    if m["ym"]:
        return _mention(m, tx.iso_month(int(m["ym"]), month))
    if m["sep"] is None and text[m.end("mon"):m.start("d")] == "" and not (
            m["mon"].lower() not in tx.CAPITAL_ONLY_MONTHS or m["mon"][0].isupper() or m["mon"].lower() == "mar"):
        return None
    if text[m.end("mon"):m.start("d")].isspace():
        return None                      # "October 2" is dates.month_day's
    day = int(m["d"])
    year = tx.year_value(m["y"]) if m["y"] else None
    return dates._ymd(m, text, anchor, year, month, day) if 1 <= day <= 31 else None


def year_then_month(m, text, anchor):
    """'2016 November', '2016, nov', 'November , 2016'."""
    return _mention(m, tx.iso_month(int(m["y"]), tx.month_value(m["mon"])))


def month_then_day_words(m, text, anchor):
    """'May twenty nine', 'Jan first', 'june the 28th', 'October, 1st', 'february the 15th'."""
    if not dates._month_ok(m) and not m["the"]:
        return None
    if m["d"].isdigit() and not m["the"]:
        return None                      # "May 5" is dates.month_day's
    cardinal = m["d"].lower() in tx.CARDINALS or re.fullmatch(rf"{_TENS_WORD}[\s-]+\w+", m["d"].lower())
    if cardinal and not (m["y"] or re.match(_END, text[m.end():])):
        return None                      # "in May one company"
    day = day_number(m["d"])
    if day is None:
        return None
    year = tx.year_value(m["y"]) if m["y"] else None
    return dates._ymd(m, text, anchor, year, tx.month_value(m["mon"]), day)


def day_of_month_alone(m, text, anchor):
    """'on the 18th.', 'the 4th.': that day of the month nearest the anchor, in the tense's direction."""
    day = day_number(m["d"])
    if day is None:
        return None
    if not anchor.knows_day:
        return _mention(m, f"XXXX-XX-{day:02d}")
    found = dates._month_days(anchor, anchor.direction(text, m) or 1, lambda d: d.day == day)
    return _mention(m, found.isoformat() if found else f"XXXX-XX-{day:02d}")


def weekday_with_day(m, text, anchor):
    """'Friday the 22nd', 'Monday 21', 'Thu 15th': that day in a month where it is that weekday."""
    day = day_number(m["d"])
    weekday = _weekday_number(m["wd"])
    if day is None or (m["d"].isdigit() and not m["the"] and not re.match(_END, text[m.end():])):
        return None                      # "on Monday 21 people died"
    if not anchor.knows_day:
        return _mention(m, f"XXXX-WXX-{weekday}")
    found = dates._month_days(anchor, anchor.direction(text, m) or 1,
                              lambda d: d.day == day and d.isoweekday() == weekday)
    return _mention(m, found.isoformat() if found else f"XXXX-WXX-{weekday}")


def _weekday_number(word: str) -> int:
    w = word.lower().rstrip(".")
    return _EN_WEEKDAYS.get(w) or _EN_WEEKDAY_ABBR[w]


# ---------------------------------------------------------------- relative

def day_phrase(m, text, anchor):
    """'the day after tomorrow', 'tmrw', 'the day before' (only where nothing follows it)."""
    phrase = " ".join(m["p"].lower().split())
    if phrase.endswith(("before", "after")) and not re.match(_END, text[m.end():]):
        return None              # "the day before the vote" counts from the vote
    if not anchor.knows_day:
        return None
    return _mention(m, tx.shift_days(anchor.ref, _WORDS.day_phrases[phrase]).isoformat())


def calendar_weekday(m, text, anchor):
    """'next Friday' is Friday of next week, 'last Friday' of last week, 'Tuesday of last week' too."""
    weekday = _weekday_number(m["wd"])
    if not anchor.knows_day:
        return _mention(m, f"XXXX-WXX-{weekday}")
    if not (m["rel"] or m["rel2"] or m["after"]):
        return None                      # a bare weekday is dates.weekday's
    if m["side"]:                        # "this past Wednesday", "this upcoming Friday": the nearest one
        side = _WORDS.this_sides[m["side"].lower()]
        return _mention(m, tx.weekday_date(tx.shift_days(anchor.ref, -side), weekday, side).isoformat())
    weeks = step(m["rel"] or m["rel2"]) + (1 if m["after"] else 0)
    monday = _monday(anchor.ref)
    return _mention(m, tx.shift_days(monday, 7 * weeks + weekday - 1).isoformat())


def relative_calendar_unit(m, text, anchor):
    """'the following week', 'upcoming week', 'last yr', 'next qtr', 'the year after next', 'the weekend'."""
    if anchor.ref is None:
        return None
    unit = _unit(m["unit"] or m["unit2"] or m["unit3"])
    words = (m["rel"] or "this").lower().split()
    offset = 2 if m["after"] else step(words[0])
    if len(words) > 1:                   # "this past weekend" is the last one, "this coming weekend" this one
        offset = min(0, _WORDS.this_sides[words[-1]])
    if not (m["rel"] or m["after"]) and unit != "weekend":
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


def _unit(word: str) -> str:
    return _UNITS[word.lower()]


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
    n, weekday = day_number(m["n"]), _weekday_number(m["wd"])
    year, month = tx.add_months(anchor.ref.year, anchor.ref.month, step(m["rel"]))
    days = [date(year, month, d) for d in range(1, 32) if tx.valid_day(year, month, d)]
    matching = [d for d in days if d.isoweekday() == weekday]
    return _mention(m, matching[n - 1].isoformat()) if n and n <= len(matching) else None


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
    n = _count(m["n"])
    direction = _WORDS.span_directions[" ".join(m["dir"].lower().split())]
    if n is None or not anchor.knows_day:
        return None
    return _mention(m, shift(anchor.ref, m["unit"], n * direction).isoformat())


def _count(token: str) -> float | None:
    value = tx.number_value(token.replace(",", "")) if token[0].isdigit() else tx.CARDINALS.get(token.lower())
    return value if value is not None and value == int(value) else None


def shift(ref: date, unit_word: str, n: float) -> date:
    """ref moved by n days, weeks, fortnights, months or years (a month keeps its day where it can)."""
    unit = unit_word.lower().rstrip("s")
    n = int(n)
    if unit in ("day", "week", "fortnight"):
        return tx.shift_days(ref, n * {"day": 1, "week": 7, "fortnight": 14}[unit])
    months = n * (12 if unit == "year" else 1)
    year, month = tx.add_months(ref.year, ref.month, months)
    day = ref.day
    while not tx.valid_day(year, month, day):
        day -= 1
    return date(year, month, day)


# ---------------------------------------------------------------- intervals read as one expression

def year_interval(m, text, anchor):
    """'from 2010 to 2018', 'between 2007 and 2009', '2014-2018': P8Y from 2010 to 2018."""
    if _needs_opener(m):
        return None
    if int(m["y1"]) >= int(m["y2"]):
        return None
    return intervals.ends((m.start("y1"), m.end("y1"), m["y1"]), (m.start("y2"), m.end("y2"), m["y2"]))


def _needs_opener(m) -> bool:
    """'between 2007 and 2009' is an interval, 'in 2007 and 2009' two years."""
    return m["link"].lower() in _WORDS.interval_paired_links and (
        (m["op"] or "").lower() not in _WORDS.interval_and_openers)


def month_interval(m, text, anchor):
    """'from March to May', 'Jan-Feb 2017', 'from May to Oct 2020', 'between 2015 May and 2018'."""
    if _needs_opener(m):
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
    return intervals.ends((m.start("m1"), m.end("y1") if m["y1"] else m.end("m1"), first),
                          (m.start("m2"), m.end(), second))


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
    return [_mention(m, first, start=m.start("d1"), end=m.end("d1")), _mention(m, second, start=m.start("d2"))]


def year_to_date_interval(m, text, anchor):
    """'2014 through May 2018', 'from 2015 to May 5th, 2017': a year to a month or day of a later one."""
    if _needs_opener(m):
        return None
    if re.search(rf"(?:\bof|\d|{_MON})\s*$", text[max(0, m.start() - 12):m.start()], _I):
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
    return intervals.ends((m.start("y1"), m.end("y1"), str(y1)), (m.start("m2"), m.end(), end))


def day_month_of_year(m, text, anchor):
    """'26th june of 2020', '28 june in 2020', 'july 4th of 1995', 'june the 28th 2020'."""
    day = day_number(m["d"])
    month = tx.month_value(m["mon"])
    return dates._ymd(m, text, anchor, int(m["y"]), month, day) if day else None


def part_of_named_year(m, text, anchor):
    """'at the end of 2000', 'the beginning of 2000', 'since the middle of 1989': the year, with its part."""
    return _mention(m, m["y"], _WORDS.part_of_phrases[m["part"].lower()])


def clock_with_meridiem(m, text, anchor):
    """'3pm', '8 p.m.', '11.30 p.m.', '10:30 am': a time of day (English writes 11.30 for 11:30 too)."""
    hour, minute = int(m["h"]), int(m["mi"] or 0)
    if not 1 <= hour <= 12 or minute > 59:
        return None
    if m["ap"].lower().startswith("p") and hour != 12:
        hour += 12
    elif m["ap"].lower().startswith("a") and hour == 12:
        hour = 0
    return _mention(m, f"XXXX-XX-XXT{hour:02d}:{minute:02d}")


def day_of_named_month(m, text, anchor):
    """'the 1st of march', 'the first of march', 'march 3.': "march" after "of" or before a day is the month."""
    day = day_number(m["d"])
    return dates._ymd(m, text, anchor, None, tx.month_value(m["mon"]), day) if day else None


def part_of_month(m, text, anchor):
    """'the end of March', 'the middle of September 2016': the month, with its part."""
    month, part = tx.month_value(m["mon"]), _WORDS.part_of_phrases[m["part"].lower()]
    if m["y"]:
        return _mention(m, tx.iso_month(int(m["y"]), month), part)
    if anchor.ref is None:
        return _mention(m, f"XXXX-{month:02d}", part)
    return _mention(m, tx.iso_month(anchor.year_of_month(month, anchor.direction(text, m)), month), part)


def year_after_link(m, text, anchor):
    """'between 2007 and ...', 'through 2014': a year where an interval word stands before it."""
    if dates._year_counts_something(text, m, None):
        return None
    return _mention(m, m["y"], start=m.start("y"))


def counted_weekdays(m, text, anchor):
    """'3 fridays from now', '2 thursdays back': the n-th such weekday after or before the anchor."""
    n = _count(m["n"])
    if n is None or n < 1 or not anchor.knows_day:
        return None
    direction = _WORDS.span_directions[" ".join(m["dir"].lower().split())]
    weekday = _weekday_number(m["wd"].rstrip("sS"))
    return _mention(m, tx.weekday_date(anchor.ref, weekday, direction, weeks=int(n) - 1).isoformat())


def ordinal_quarter(m, text, anchor):
    """'3rd qtr', 'the 4th qtr of 2018': that quarter of the year named, else of the anchor's."""
    number = day_number(m["ord"])
    if not number or number > 4:
        return None
    year = int(m["y"]) if m["y"] else anchor.ref.year if anchor.ref else None
    return _mention(m, f"{year:04d}-Q{number}" if year else f"XXXX-Q{number}")


def compared_year(m, text, anchor):
    """'later than 2018', '2012 or after': the year, and which side of it is meant."""
    words = " ".join((m["cmp"] or m["or"]).lower().split())
    mod = _WORDS.year_comparisons.get(words) or _WORDS.year_or.get(words)
    return _mention(m, m["y"] or m["y2"], mod)


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
    n = None if m["n"].lower() in _WORDS.relative_steps else day_number(m["n"])
    chosen = mondays[-1] if n is None else mondays[n - 1] if n and n <= len(mondays) else None
    return _mention(m, tx.iso_week(chosen)) if chosen else None


# ---------------------------------------------------------------- the table

_SHARED = {dates.numeric_dmy, dates.numeric_ymd, dates.numeric_month_year, dates.day_month, dates.month_day,
           dates.month_name, dates.year, dates.part_of_year, dates.decade, dates.season, dates.quarter,
           dates.q_quarter, dates.relative_unit, dates.day_word, dates.weekday, dates.nth_in_month, dates.clock_time}
_W_ORDINAL = {w.split("-")[0] for w in _EN_ORDINALS} | set(_TENS)
_W_WEEKDAY = set(_EN_WEEKDAYS) | set(_EN_WEEKDAY_ABBR)
_W_REL = set(_WORDS.relative_steps)
_W_MONTH = set(_WORDS.months)
_UNIT_WORDS = r"(?:days?|weeks?|fortnights?|months?|years?)"
_SPAN_DIRECTION = tx.alternation(_WORDS.span_directions)
_OF_YEAR = rf"(?:(?P<y>{_YEAR})|(?:the\s+)?(?P<rel>{_REL})\s+{_units('year')}|the\s+{_units('year')})"

_OPEN = rf"(?:\b(?P<op>{tx.alternation(_WORDS.interval_openers)})\s+(?:the\s+)?)?"
# words before a year that make it an interval's end: "between 2007 and ...", "through 2014"
_YEAR_LINKS = [w for w in (*_WORDS.interval_openers, *_WORDS.interval_links) if w.isalpha() and len(w) > 3]
_LINK = rf"\s*(?P<link>{tx.alternation(_WORDS.interval_links)})\s*(?:the\s+)?"
_INTERVALS = [
    (re.compile(rf"{_OPEN}(?<![\w.,/-])(?P<y1>{_YEAR}){_LINK}(?P<y2>{_YEAR})(?![\w]|[.,/-]?\d)", _I), year_interval,
     {NUM} | set(_WORDS.interval_openers), None),
    (re.compile(rf"{_OPEN}\b(?P<m1>{_MON})(?:\s+(?:of\s+|in\s+)?(?P<y1>{_YEAR}))?{_LINK}(?P<m2>{_MON})"
                rf"(?:,?\s+(?:of\s+|in\s+)?(?P<y2>{_YEAR}))?(?!\s*[0-3]?\d)", _I), month_interval,
     set(_WORDS.interval_openers) | _W_MONTH, None),
    (re.compile(rf"{_OPEN}(?<![\w.,/-])(?P<d1>{_DAY}){_LINK}(?P<d2>{_DAY})\s+(?:of\s+)?(?:(?P<mon>{_MON})"
                rf"(?:,?\s+(?:of\s+|in\s+)?(?P<y>{_YEAR}))?|(?:of\s+)?(?:the\s+)?(?P<rel>{_REL})\s+month{_B})", _I),
     days_of_month_interval, {NUM, "the"} | set(_WORDS.interval_openers) | _W_ORDINAL, None),
    (re.compile(rf"{_OPEN}\b(?P<mon>{_MON})\s+(?:the\s+)?(?P<d1>{_DAY}){_LINK}(?P<d2>{_DAY})"
                rf"(?:,?\s+(?P<y>{_YEAR}))?(?!\s*(?:{_MON}|[:/.]\d))", _I),
     days_of_month_interval, set(_WORDS.interval_openers) | _W_MONTH, None),
    (re.compile(rf"{_OPEN}(?<![\w.,/-])(?P<y1>{_YEAR}){_LINK}(?P<m2>{_MON})(?:\s+(?:the\s+)?(?P<d2>{_DAY}))?,?\s+"
                rf"(?:of\s+)?(?P<y2>{_YEAR})(?!\d)", _I), year_to_date_interval, {NUM} | set(_WORDS.interval_openers), None),
]

_OWN = [
    (re.compile(rf"(?<![\w.,/-])(?:the\s+)?(?P<d>{_DAY})\s+day\s+of\s+(?P<mon>{_MON})", _I), day_of_named_month,
     {NUM, "the"} | _W_ORDINAL, None),
    (re.compile(rf"\b(?:the\s+)?(?P<n>{_ORDINAL_WORD}|[1-9]{_ENDING}|1[0-2]{_ENDING})\s+{_units('month')}\s+of\s+"
                rf"(?:the\s+)?(?P<rel>{_REL})\s+{_units('year')}{_B}", _I), month_of_relative_year,
     {NUM, "the"} | _W_ORDINAL, None),
    (re.compile(rf"\b(?:the\s+)?(?P<n>{_ORDINAL_WORD}|[1-5]{_ENDING}|{_REL})\s+{_units('week')}\s+(?:of|in)\s+"
                rf"(?:the\s+)?(?P<rel>{_REL})\s+{_units('month')}{_B}", _I), nth_week_of_relative_month,
     {NUM, "the"} | _W_ORDINAL | _W_REL, None),
    (re.compile(rf"\b(?P<n>{_ORDINAL_WORD}|[1-5]{_ENDING}|{_REL})\s+(?P<what>{_units('week')}|day|{_WEEKDAY})\s+"
                rf"(?:of|in)\s+(?P<mon>{_MON})(?:\s+(?P<y>{_YEAR}))?(?!\d)", _I), dates.nth_in_month,
     {NUM} | _W_ORDINAL | _W_REL, None),
    (re.compile(rf"(?<![\w.,])(?P<n>\d+|[a-z]+)\s+(?P<wd>{tx.alternation(_EN_WEEKDAYS)})s\s+(?P<dir>{_SPAN_DIRECTION}){_B}",
                _I), counted_weekdays, {NUM} | tx.ENGLISH_CARDINALS, None),
    (re.compile(rf"\b(?:the\s+)?(?P<ord>{_ORDINAL_WORD}|[1-4]{_ENDING})\s+{_units('quarter')}"
                rf"(?:\s+(?:of\s+)?(?P<y>{_YEAR}))?(?![\w]|[.,]\d)", _I), ordinal_quarter, {"the", NUM} | _W_ORDINAL, None),
    (re.compile(rf"\b(?P<cmp>{_phrases(_WORDS.year_comparisons)})\s+(?P<y>{_YEAR})(?![\w]|[.,]\d)"
                rf"|(?<![\w.,])(?P<y2>{_YEAR})\s+or\s+(?P<or>{tx.alternation(_WORDS.year_or)}){_B}", _I), compared_year,
     {NUM} | {phrase.split()[0] for phrase in _WORDS.year_comparisons}, None),
    (re.compile(rf"\b(?:the\s+)?(?P<part>{tx.alternation(_WORDS.part_of_phrases)})\s+of\s+(?P<mon>{_MON})(?:,?\s+(?P<y>{_YEAR}))?(?!\d)",
                _I), part_of_month, {"the"} | set(_WORDS.part_of_phrases), None),
    (re.compile(rf"\b{tx.alternation(_YEAR_LINKS)}\s+(?P<y>{_YEAR})(?![\w]|[.,/-]?\d)", _I), year_after_link,
     set(_YEAR_LINKS), None),
    (re.compile(rf"(?<![\w.,/-])(?:the\s+)?(?P<d>{_DAY})\s+of\s+(?P<mon>{_MON}){_END}|\b(?P<mon_>{_MON})\s+(?P<d_>[0-3]?\d){_END}",
                _I), lambda m, text, anchor: day_of_named_month(_Groups(m, mon="mon_", d="d_"), text, anchor),
     {"the", NUM} | _W_ORDINAL | _W_MONTH, None),
    (re.compile(rf"\b(?:the\s+)?(?P<part>{tx.alternation(_WORDS.part_of_phrases)})\s+of\s+(?:the\s+year\s+)?(?P<y>{_YEAR})(?!\d)", _I),
     part_of_named_year, {"the"} | set(_WORDS.part_of_phrases), None),
    (re.compile(r"(?<![\w.,:])(?P<h>[01]?\d)(?:[:.](?P<mi>[0-5]\d))?\s?(?P<ap>[ap]\.m\.|[ap]m\b)", _I), clock_with_meridiem,
     {NUM}, None),
    (re.compile(rf"(?<![\w.,/-])(?:the\s+)?(?P<d>{_DAY})\s+(?:of\s+)?(?P<mon>{_MON}),?\s+(?:of|in)\s+(?P<y>{_YEAR})(?!\d)",
                _I), day_month_of_year, {NUM, "the"} | _W_ORDINAL, None),
    (re.compile(rf"\b(?P<mon>{_MON})\s+(?:the\s+)?(?P<d>{_DAY}),?\s+(?:(?:of|in)\s+)?(?P<y>{_YEAR})(?!\d)", _I),
     day_month_of_year, _W_MONTH, None),
    (re.compile(rf"(?:\b(?:{_REL}\s+)?(?:{_WEEKDAY}\s*,?\s*)?(?<=\s)|\b{_REL}\s+)?"
                rf"(?<![\w.,/:-])(?P<a>[01]?\d|[0-3]\d)(?P<s>[/-])(?P<b>[0-3]?\d)"
                rf"(?:(?P=s)(?P<y>\d{{4}}|\d{{2}})|,(?P<y2>{_YEAR}))?(?![\w]|[.,/:-]?\d)", _I), month_first,
     {NUM} | _W_REL | _W_WEEKDAY, None),
    (re.compile(r"(?<![\w.,])(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?![\w.,]?\d)"),
     compact_ymd, {NUM}, None),
    (re.compile(rf"(?<![\w.,/-])(?:(?P<y>{_YEAR})/(?P<m>[1-9])|(?P<m2>[1-9])/(?P<y2>{_YEAR}))(?![\w]|[.,/-]?\d)"),
     year_slash_month, {NUM}, None),
    (re.compile(rf"(?<![\w.,/-])(?P<d>[0-3]?\d)(?P<s>[/-])(?P<mon>{_MON_GLUED})(?P=s)(?P<y>\d{{4}})(?![\w])", _I),
     named_month_numeric, {NUM}, None),
    (re.compile(rf"(?<![\w.,/-])(?P<y>{_YEAR})(?P<s>[/-])(?P<mon>{_MON_GLUED})(?P=s)(?P<d>[0-3]?\d)(?![\w])", _I),
     named_month_numeric, {NUM}, None),
    (re.compile(rf"\b(?P<mon>{_MON_GLUED})(?:(?P<sep>/|\.\s?)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*,\s*(?P<y>{_YEAR}))?"
                rf"(?![\w]|[.,:]\d)|/(?P<ym>{_YEAR})(?!\d))", _I), glued_month_day, _W_MONTH, None),
    (re.compile(rf"(?<![\w.,/-])(?P<y>{_YEAR})\s*,?\s*(?P<mon>{_MON})(?!\s*[0-3]?\d)", _I), year_then_month,
     {NUM}, None),
    (re.compile(rf"\b(?P<mon>{_MON})\s*,\s*(?P<y>{_YEAR})(?!\d)", _I), year_then_month, _W_MONTH, None),
    (re.compile(rf"\b(?P<mon>{_MON_GLUED}\.?),?\s+(?P<the>the\s+)?(?P<d>{_DAY_OR_CARDINAL})(?:,?\s+(?P<y>{_YEAR}))?"
                rf"(?!\d)", _I), month_then_day_words, _W_MONTH, None),
    (re.compile(rf"\bthe\s+(?P<d>{_DAY}){_END}", _I), day_of_month_alone, {"the"}, None),
    (re.compile(rf"\b(?P<wd>{_WEEKDAY}),?\s+(?P<the>the\s+)?(?P<d>{_DAY})", _I), weekday_with_day, _W_WEEKDAY, None),
    (re.compile(rf"\b(?P<p>{tx.alternation(_WORDS.day_phrases)}){_B}", _I), day_phrase,
     {p.split()[0] for p in _WORDS.day_phrases}, None),
    (re.compile(rf"\b(?:(?P<rel>{_REL})\s+(?:(?<=this\s)(?P<side>{_THIS_SIDE})\s+)?(?:week(?:'s)?\s*[-,]?\s*)?)?"
                rf"(?P<wd>{_WEEKDAY})"
                rf"(?:\s+(?:of|from|in)\s+(?:the\s+)?(?P<rel2>{_REL})\s+week{_B}|(?P<after>\s+after\s+next){_B})?", _I),
     calendar_weekday, _W_REL | _W_WEEKDAY, None),
    (re.compile(rf"\b(?:the\s+)?(?:(?P<rel>{_REL}|this\s+{_THIS_SIDE})\s+(?P<unit>{tx.alternation(_UNITS)})"
                rf"|(?P<unit2>{tx.alternation(_UNITS)})\s+(?P<after>after\s+(?:the\s+)?next)|(?P<unit3>{_units('weekend')}))"
                rf"(?![\w-])", _I), relative_calendar_unit, _W_REL | {"the"} | set(_UNITS), None),
    (re.compile(rf"\b(?:the\s+)?(?P<d>{_DAY})(?:\s+day)?\s+of\s+(?:the\s+)?(?P<rel>{_REL})?\s*{_units('month')}{_B}", _I),
     day_of_relative_month, {"the", NUM} | _W_ORDINAL, None),
    (re.compile(rf"\b(?:the\s+)?(?P<n>{_ORDINAL_WORD}|[1-5](?:st|nd|rd|th))\s+(?P<wd>{_WEEKDAY})\s+(?:of|in)\s+"
                rf"(?:the\s+)?(?P<rel>{_REL})?\s*{_units('month')}{_B}", _I), nth_weekday_of_relative_month,
     {"the", NUM} | _W_ORDINAL, None),
    (re.compile(rf"\b{_units('week')}\s+(?P<n>[1-5]?\d)(?:\s+of\s+{_OF_YEAR})?(?![\w]|[.,:]\d|\s+of\s+the)", _I), week_number,
     {word for word, kind in _UNITS.items() if kind == "week"}, None),
    (re.compile(rf"\b(?:the\s+)?(?P<ord>{_ORDINAL_WORD}|[1-5]?\d(?:st|nd|rd|th)|last)\s+{_units('week')}\s+of\s+{_OF_YEAR}{_B}", _I),
     week_number, {"the", "last", NUM} | _W_ORDINAL, None),
    (re.compile(rf"(?<![\w.,])(?P<n>\d+|an?|[a-z]+(?:-[a-z]+)?)\s+(?P<unit>{_UNIT_WORDS})\s+(?P<dir>{_SPAN_DIRECTION}){_B}",
                _I), span_from_now, {NUM} | tx.ENGLISH_CARDINALS, None),
]


def _glued_or_marked(m, text) -> bool:
    """'Oct2', 'Oct/2', 'October. 2', 'Dec/2018': what the month-day pattern of dates does not read."""
    between = text[m.end("mon"):m.start("d")] if m["d"] else "/"
    return between != " " and (between != "" or m["mon"].lower() not in ("march", "may") or m["mon"][0].isupper())


class _Groups:
    """A match read through other group names where the first ones did not take part ('mon' -> 'mon_')."""

    def __init__(self, m: re.Match, **fallback: str) -> None:
        self._m, self._fallback = m, fallback

    def __getitem__(self, name: str):
        value = self._m[name]
        return self._m[self._fallback[name]] if value is None and name in self._fallback else value

    def start(self, group=0):
        return self._m.start(group)

    def end(self, group=0):
        return self._m.end(group)


def _compiled_guardless(rows):
    return [(pattern, handler, words, guard) for pattern, handler, words, guard in rows]


def _not_after_currency(handler):
    """'$12 December 27': a figure after a currency sign is an amount, whatever follows it."""
    def read(m, text, anchor):
        if _CURRENCY_BEFORE.search(text, max(0, m.start() - 3), m.start()):
            return None
        return handler(m, text, anchor)
    return read


_CURRENCY_BEFORE = re.compile(r"[$£€¥]\s?$")

# English rows first: where two rows read the same span, temporal keeps the longest match
PATTERNS = [(pattern, _not_after_currency(handler), words, guard)
            for pattern, handler, words, guard in _compiled_guardless(_INTERVALS + _OWN)
            + [row for row in dates.PATTERNS if row[1] in _SHARED]]
