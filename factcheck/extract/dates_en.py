"""English date expressions: the rows of dates.PATTERNS that English shares, and its own forms.

English never reads "11.7" as a day and month (that is a decimal: "$11.7 million"), writes numeric
dates month first ("10/1/2018" is October 1st, "22/04" only day first because there is no month 22),
and counts "next Friday" and "last Friday" in calendar weeks (relative_en). Intervals: intervals_en.
"""
from __future__ import annotations

import re
from datetime import date

from factcheck.extract import dates, holidays_en
from factcheck.extract import timex as tx
from factcheck.extract.dates_calendar import month_then_day
from factcheck.extract.dates import NUM, _mention
from factcheck.extract.en_words import (WORDS, B, YEAR, MON, MON_GLUED, WEEKDAYS, WEEKDAY, TENS_WORD,
                                         ORDINAL_WORD, ENDING, DAY, DAY_OR_CARDINAL, UNITS, units, REL, THIS_SIDE,
                                         I, END, calendar_unit_kind, day_number, phrases, step,
                                         weekday_number, W_ORDINAL,
                                         W_WEEKDAY, W_REL, W_MONTH, SPAN_DIRECTION, SPAN_UNIT, SPELLED_YEAR)
from factcheck.extract.intervals_en import (days_of_month_interval, month_interval, now_end, numeric_interval,
                                           year_interval, year_to_date_interval)
from factcheck.extract.years_en import (compared_year, month_with_spelled_year, ordinal_quarter, part_of_named_year,
                                        quarter_of_relative_year, season_after_article, season_of_year,
                                        year_after_link, year_and_period, year_of, month_after_next)
from factcheck.extract.numeric_en import (compact_ymd, month_first, named_month_numeric, weekday_and_numeric_day,
                                          year_slash_month)
from factcheck.extract.relative_en import (calendar_weekday, counted_weekdays, day_of_relative_month, day_phrase,
                                           month_of_relative_year, nth_week_of_relative_month, part_of_relative_unit,
                                           nth_weekday_of_relative_month, relative_calendar_unit, span_from_now,
                                           week_number, nth_last, month_of_stepped_year)


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
    cardinal = m["d"].lower() in tx.CARDINALS or re.fullmatch(rf"{TENS_WORD}[\s-]+\w+", m["d"].lower())
    if cardinal and not (m["y"] or re.match(END, text[m.end():])):
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
    weekday = weekday_number(m["wd"])
    if day is None or (m["d"].isdigit() and not m["the"] and (
            not re.match(END, text[m.end():]) or re.match(r"[.,]\d", text[m.end():m.end() + 2]))):
        return None                      # "on Monday 21 people died", "on Friday 2.3 million shares"
    if not anchor.knows_day:
        return _mention(m, f"XXXX-WXX-{weekday}")
    found = dates._month_days(anchor, anchor.direction(text, m) or 1,
                              lambda d: d.day == day and d.isoweekday() == weekday)
    return _mention(m, found.isoformat() if found else f"XXXX-WXX-{weekday}")


def day_month_of_year(m, text, anchor):
    """'26th june of 2020', '28 june in 2020', 'july 4th of 1995', 'june the 28th 2020'."""
    day = day_number(m["d"])
    month = tx.month_value(m["mon"])
    return dates._ymd(m, text, anchor, int(m["y"]), month, day) if day else None


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
    """'the 15th day of June', 'the twenty third day of September'."""
    day = day_number(m["d"])
    return dates._ymd(m, text, anchor, None, tx.month_value(m["mon"]), day) if day else None


def lower_case_month_day(m, text, anchor):
    """'the 1st of march', 'march 3.': "march" after "of" or before a clause-ending day is the month; a
    capitalized month is dates.day_month's and dates.month_day's."""
    word = m["mon"].rstrip(".")
    compound = len(m["d"].split()) > 1 or "-" in m["d"]          # "twenty second of June"
    if not compound and (word.lower() not in WORDS.capital_only_months or not word.islower()):
        return None
    return day_of_named_month(m, text, anchor)


def part_of_month(m, text, anchor):
    """'the end of March', 'the middle of September 2016': the month, with its part."""
    month, part = tx.month_value(m["mon"]), WORDS.part_of_phrases[m["part"].lower()]
    if m["y"]:
        return _mention(m, tx.iso_month(int(m["y"]), month), part)
    if anchor.ref is None:
        return _mention(m, f"XXXX-{month:02d}", part)
    return _mention(m, tx.iso_month(anchor.year_of_month(month, anchor.direction(text, m)), month), part)


def nth_in_month(m, text, anchor):
    """'the last week of Dec 2016' is the week its last day is in (2016-W52); the rest as dates.nth_in_month."""
    if step(m["n"]) != -1 or calendar_unit_kind(m["what"]) != "week" or not m["y"]:
        return dates.nth_in_month(m, text, anchor)
    year, month = int(m["y"]), tx.month_value(m["mon"])
    last_day = max(d for d in range(28, 32) if tx.valid_day(year, month, d))
    return _mention(m, tx.iso_week(date(year, month, last_day)))


# ---------------------------------------------------------------- the table

_SHARED = {dates.numeric_dmy, dates.numeric_ymd, dates.numeric_month_year, dates.day_month, dates.month_day,
           dates.month_name, dates.year, dates.part_of_year, dates.decade, dates.season, dates.quarter,
           dates.q_quarter, dates.relative_unit, dates.day_word, dates.weekday, dates.nth_in_month, dates.clock_time,
           dates.ago}
_OF_YEAR = rf"(?:(?P<y>{YEAR})|(?:the\s+)?(?P<rel>{REL})\s+{units('year')}|the\s+{units('year')})"

_OPEN = rf"(?:\b(?P<op>{tx.alternation(WORDS.interval_openers)})\s+(?:the\s+)?)?"
# words before a year that make it an interval's end: "between 2007 and ...", "through 2014"
_YEAR_LINKS = [w for w in (*WORDS.interval_openers, *WORDS.interval_links) if w.isalpha() and len(w) > 3]
_LINK = rf"\s*(?P<link>{tx.alternation(WORDS.interval_links)})\s*(?:the\s+)?"
# words before "the" and a season that make it the season of a year: "in the autumn"
_SEASON_PREPOSITIONS = [*WORDS.prepositions, *WORDS.interval_openers]
# Guards (see dates.PATTERNS): what the lower-case Latin-1 copy of the text (white space a space, a
# dash beyond Latin-1 a space too) must show at a lead for a row to match there; each one accepts
# more than its row, so that it only spares the rows that cannot match.
_T = "[^ ]+(?: [^ ]+)?"                          # one or two tokens ("22nd", "twenty second")
_G_YR = "(?:1[89]|20)[0-9][0-9]"
_G_OPEN = "(?:[a-z]+ +(?:the +)?)?"
_G_YEAR_INTERVAL = rf"{_G_OPEN}{_G_YR}[^0-9]{{1,16}}{_G_YR}"
_G_YEAR_TO_DATE = rf"{_G_OPEN}{_G_YR}[^0-9]{{1,16}}[a-z]"
_G_PERIOD = rf"(?:{_G_YR}[ -]?[qh][1-4]|h[12][ -]?{_G_YR})"
_G_DAY_OF_MONTH_NAME = rf"(?:the +)?{_T} +day +of +"
_G_OF_UNIT = rf"(?:the +)?{_T} +[a-z]+ +(?:of|in) +"
_G_OF_IN = rf"(?:the +)?{_T} +[^ ]+ +(?:of|in) +"
_G_COUNTED_WEEKDAYS = "[^ ]+ +[a-z]+s +"
_G_QUARTER = rf"(?:the +)?{_T} +{units('quarter')}"
_G_COMPARED = rf"(?:[a-z]+ +){{1,3}}{_G_YR}|{_G_YR} +or +[a-z]"
_G_DAY_OF_MARCH = rf"(?:the +)?{_T} +of +[a-z]|[a-z]+\.? *[0-9]"
_G_CLOCK = "[0-9][0-9]?(?:[:.][0-9][0-9])? ?[ap]\\.?m"
_G_DAY_MONTH_YEAR = rf"(?:the +)?{_T} +(?:of +)?[a-z]+\.?,? +(?:of|in) +{_G_YR}"
_G_MONTH_FIRST = "[^0-9]{0,40}?[0-9][0-9]?[/-][0-9]"
_G_COMPACT = rf"{_G_YR}[0-9]{{4}}"
_G_YEAR_SLASH = rf"(?:{_G_YR}/[0-9]|[0-9]/{_G_YR})"
_G_DAY_SLASH_NAME = "[0-9][0-9]?[/-][a-z]"
_G_YEAR_SLASH_NAME = rf"{_G_YR}[/-][a-z]"
_G_YEAR_MONTH = rf"{_G_YR} *,? *[a-z]"
_G_DAY_OF_REL_MONTH = rf"(?:the +)?{_T}(?: +day)? +of +"
_G_SPAN = rf"[^ ]+ +[a-z]+ +{tx.alternation({phrase.split()[0] for phrase in WORDS.span_directions})}"

_INTERVALS = [
    (re.compile(rf"{_OPEN}(?<![\w.,/-])(?P<y1>{YEAR}){_LINK}(?P<y2>{YEAR})(?![\w]|[.,/-]?\d)", I), year_interval,
     {NUM} | set(WORDS.interval_openers), _G_YEAR_INTERVAL),
    (re.compile(rf"{_OPEN}\b(?P<m1>{MON})(?:\s+(?:of\s+|in\s+)?(?P<y1>{YEAR}))?{_LINK}(?P<m2>{MON})"
                rf"(?:,?\s+(?:of\s+|in\s+)?(?P<y2>{YEAR}))?(?!\s*[0-3]?\d)", I), month_interval,
     set(WORDS.interval_openers) | W_MONTH, None),
    (re.compile(rf"{_OPEN}(?<![\w.,/-])(?P<d1>{DAY}){_LINK}(?P<d2>{DAY})\s+(?:of\s+)?(?:(?P<mon>{MON})"
                rf"(?:,?\s+(?:of\s+|in\s+)?(?P<y>{YEAR}))?|(?:of\s+|in\s+)?(?:the\s+)?(?P<rel>{REL})\s+month{B})", I),
     days_of_month_interval, {NUM, "the"} | set(WORDS.interval_openers) | W_ORDINAL, None),
    (re.compile(rf"{_OPEN}\b(?P<mon>{MON})\s+(?:the\s+)?(?P<d1>{DAY}){_LINK}(?P<d2>{DAY})"
                rf"(?:,?\s+(?P<y>{YEAR}))?(?!\s*(?:{MON}|[:/.]\d))", I),
     days_of_month_interval, set(WORDS.interval_openers) | W_MONTH, None),
    (re.compile(rf"{_OPEN}(?<![\w.,/:-])(?P<m1>[01]?\d)/(?P<d1>[0-3]?\d)(?:/(?P<y1>\d{{4}}|\d\d))?\s*[-–]\s*"
                rf"(?P<m2>[01]?\d)/(?P<d2>[0-3]?\d)(?:/(?P<y2>\d{{4}}|\d\d))?(?![\w]|[.,/:-]?\d)", I), numeric_interval,
     {NUM} | set(WORDS.interval_openers), rf"{_G_OPEN}[0-9][0-9]?/[0-9]"),
    (re.compile(rf"\b{phrases(WORDS.interval_now_words)}{B}", I), now_end,
     {phrase.split()[0] for phrase in WORDS.interval_now_words}, None),
    (re.compile(rf"{_OPEN}(?<![\w.,/-])(?P<y1>{YEAR}){_LINK}(?P<m2>{MON})(?:\s+(?:the\s+)?(?P<d2>{DAY}))?,?\s+"
                rf"(?:of\s+)?(?P<y2>{YEAR})(?!\d)", I), year_to_date_interval, {NUM} | set(WORDS.interval_openers), _G_YEAR_TO_DATE),
]

_OWN = [
    (re.compile(rf"\b{tx.alternation(_SEASON_PREPOSITIONS)}\s+(?P<the>the\s+)(?P<season>{tx.alternation(WORDS.seasons)})"
                rf"(?:\s+of\s+(?P<y>{YEAR}))?{B}(?!\s+of\b)", I), season_after_article, set(_SEASON_PREPOSITIONS), None),
    (re.compile(rf"\b(?P<season>{tx.alternation(WORDS.seasons)})\s+of\s+(?P<y>{YEAR})(?!\d)", I), season_of_year,
     set(WORDS.seasons), None),
    (re.compile(rf"(?<![\w.,/-])(?:(?P<y>{YEAR})[\s-]?(?P<q>[QH])(?P<n>[1-4])|(?P<q2>H)(?P<n2>[12])[\s-]?(?P<y2>{YEAR}))"
                r"(?![\w]|[.,/-]?\d)", I), year_and_period, {NUM, "h1", "h2"}, _G_PERIOD),
    (re.compile(rf"(?<![\w.,/-])(?:the\s+)?(?P<d>{DAY})\s+day\s+of\s+(?P<mon>{MON})", I), day_of_named_month,
     {NUM, "the"} | W_ORDINAL, _G_DAY_OF_MONTH_NAME),
    (re.compile(rf"\b(?:the\s+)?(?P<n>{ORDINAL_WORD}|[1-9]{ENDING}|1[0-2]{ENDING})\s+{units('month')}\s+of\s+"
                rf"(?:the\s+)?(?P<rel>{REL})\s+{units('year')}{B}", I), month_of_relative_year,
     {NUM, "the"} | W_ORDINAL, _G_OF_UNIT),
    (re.compile(rf"\b(?:the\s+)?(?P<n>{ORDINAL_WORD}|[1-5]{ENDING}|{REL})\s+{units('week')}\s+(?:of|in)\s+"
                rf"(?:the\s+)?(?P<rel>{REL})\s+{units('month')}{B}", I), nth_week_of_relative_month,
     {NUM, "the"} | W_ORDINAL | W_REL, _G_OF_UNIT),
    (re.compile(rf"\b(?:the\s+)?(?:(?P<n>{ORDINAL_WORD}|[1-9]{ENDING})\s+)?last\s+(?P<what>{units('week', 'weekend')}|day)"
                rf"\s+(?:of|in)\s+(?:(?P<mon>{MON})\s*)?(?P<y>{YEAR})?(?!\d)", I), nth_last, {NUM, "the", "last"} | W_ORDINAL,
     None),
    (re.compile(rf"\b(?P<mon>{MON})\s+(?P<rel>{REL})\s+{units('year')}{B}", I), month_of_stepped_year, W_MONTH, None),
    (re.compile(rf"\b(?P<mon>{MON})\s+after\s+next{B}", I), month_after_next, W_MONTH, None),
    (re.compile(rf"\b(?:the\s+)?{units('year')}\s+of\s+(?P<y>{YEAR})(?!\d)", I), year_of,
     {"the"} | {word for word, kind in UNITS.items() if kind == "year"}, None),
    (re.compile(rf"\b(?P<n>{ORDINAL_WORD}|[1-5]{ENDING}|{REL})\s+(?P<what>{units('week')}|day|{WEEKDAY})\s+"
                rf"(?:of|in)\s+(?P<mon>{MON})(?:\s+(?P<y>{YEAR}))?(?!\d)", I), nth_in_month,
     {NUM} | W_ORDINAL | W_REL, _G_OF_IN),
    (re.compile(rf"(?<![\w.,])(?P<n>\d+|[a-z]+)\s+(?P<wd>{tx.alternation(WEEKDAYS)})s\s+(?P<dir>{SPAN_DIRECTION}){B}",
                I), counted_weekdays, {NUM} | tx.ENGLISH_CARDINALS, _G_COUNTED_WEEKDAYS),
    (re.compile(rf"\b(?P<rel>{REL})\s+{units('year')}'s\s+(?P<ord>{ORDINAL_WORD}|[1-4]{ENDING})\s+"
                rf"{units('quarter')}{B}", I),
     quarter_of_relative_year, W_REL, None),
    (re.compile(rf"\b(?:the\s+)?(?P<ord>{ORDINAL_WORD}|[1-4]{ENDING})\s+{units('quarter')}"
                rf"(?:\s+(?:of\s+)?(?P<y>{YEAR}))?(?![\w]|[.,]\d)", I), ordinal_quarter, {"the", NUM} | W_ORDINAL, _G_QUARTER),
    (re.compile(rf"\b(?P<cmp>{phrases(WORDS.year_comparisons)})\s+(?P<y>{YEAR})(?![\w]|[.,]\d)"
                rf"|(?<![\w.,])(?P<y2>{YEAR})\s+or\s+(?P<or>{tx.alternation(WORDS.year_or)}){B}", I), compared_year,
     {NUM} | {phrase.split()[0] for phrase in WORDS.year_comparisons}, _G_COMPARED),
    (re.compile(rf"\b(?:the\s+)?(?P<part>{tx.alternation(WORDS.part_of_phrases)})\s+of\s+(?P<mon>{MON})(?:,?\s+(?P<y>{YEAR}))?(?!\d)",
                I), part_of_month, {"the"} | set(WORDS.part_of_phrases), None),
    (re.compile(rf"\b{tx.alternation(_YEAR_LINKS)}\s+(?P<y>{YEAR})(?![\w]|[.,/-]?\d)", I), year_after_link,
     set(_YEAR_LINKS), None),
    (re.compile(rf"(?<![\w.,/-])(?:the\s+)?(?P<d>{DAY})\s+of\s+(?P<mon>{MON}){END}|\b(?P<mon_>{MON})\s+(?P<d_>[0-3]?\d){END}",
                I), lambda m, text, anchor: lower_case_month_day(_Groups(m, mon="mon_", d="d_"), text, anchor),
     {"the", NUM} | W_ORDINAL | W_MONTH, _G_DAY_OF_MARCH),
    (re.compile(rf"\b(?:the\s+)?(?P<part>{tx.alternation(WORDS.part_of_phrases)})\s+of\s+(?:the\s+)?"
                rf"(?:(?P<rel>{REL})\s+)?"
                rf"(?P<unit>{units('month', 'year')}){B}(?!\s+(?:of\b|\d))", I), part_of_relative_unit,
     {"the"} | set(WORDS.part_of_phrases), None),
    (re.compile(rf"\b(?:the\s+)?(?P<part>{tx.alternation(WORDS.part_of_phrases)})\s+of\s+(?:the\s+year\s+)?(?P<y>{YEAR})(?!\d)", I),
     part_of_named_year, {"the"} | set(WORDS.part_of_phrases), None),
    (re.compile(r"(?<![\w.,:])(?P<h>[01]?\d)(?:[:.](?P<mi>[0-5]\d))?\s?(?P<ap>[ap]\.m\.|[ap]m\b)", I), clock_with_meridiem,
     {NUM}, _G_CLOCK),
    (re.compile(rf"(?<![\w.,/-])(?:the\s+)?(?P<d>{DAY})\s+(?:of\s+)?(?P<mon>{MON}),?\s+(?:of|in)\s+(?P<y>{YEAR})(?!\d)",
                I), day_month_of_year, {NUM, "the"} | W_ORDINAL, _G_DAY_MONTH_YEAR),
    (re.compile(rf"\b(?P<mon>{MON})\s+(?:the\s+)?(?P<d>{DAY}),?\s+(?:(?:of|in)\s+)?(?P<y>{YEAR})(?!\d)", I),
     day_month_of_year, W_MONTH, None),
    (re.compile(rf"(?:\b(?:{REL}\s+)?(?:{WEEKDAY}\s*,?\s*)?(?<=\s)|\b{REL}\s+)?"
                rf"(?<![\w.,/:-])(?P<a>[01]?\d|[0-3]\d)(?P<s>[/-])(?P<b>[0-3]?\d)"
                rf"(?:(?P=s)(?P<y>\d{{4}}|\d{{2}})|,(?P<y2>{YEAR}))?(?![\w]|[.,/:-]?\d)", I), month_first,
     {NUM} | W_REL | W_WEEKDAY, _G_MONTH_FIRST),
    (re.compile(rf"\b(?:(?P<rel>{REL})\s+)?{WEEKDAY}\s*[-,(]?\s*"
                rf"(?:(?P<m>[01]?\d)(?P<s>[./])(?P<d>[0-3]?\d)|(?P<mon>{MON_GLUED})[-.](?P<d2>[0-3]?\d))"
                rf"(?![\w]|[.,/:]\d)\)?", I), weekday_and_numeric_day, W_REL | W_WEEKDAY, None),
    # an ISO day inside a file name or a path: "sales_report-2002-10-09.xlsx", "archive-2018-09-23-page-01"
    (re.compile(r"(?<=[_-])(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\w.,]?\d|-\d\d-)"),
     compact_ymd, {NUM}, None),
    (re.compile(r"(?<![\w.,])(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?![\w.,]?\d)"),
     compact_ymd, {NUM}, _G_COMPACT),
    (re.compile(rf"(?<![\w.,/-])(?:(?P<y>{YEAR})/(?P<m>[1-9])|(?P<m2>[1-9])/(?P<y2>{YEAR}))(?![\w]|[.,/-]?\d)"),
     year_slash_month, {NUM}, _G_YEAR_SLASH),
    (re.compile(rf"(?<![\w.,/-])(?P<d>[0-3]?\d)(?P<s>[/-])(?P<mon>{MON_GLUED})(?P=s)(?P<y>\d{{4}})(?![\w])", I),
     named_month_numeric, {NUM}, _G_DAY_SLASH_NAME),
    (re.compile(rf"(?<![\w.,/-])(?P<y>{YEAR})(?P<s>[/-])(?P<mon>{MON_GLUED})(?P=s)(?P<d>[0-3]?\d)(?![\w])", I),
     named_month_numeric, {NUM}, _G_YEAR_SLASH_NAME),
    (re.compile(rf"\b(?P<mon>{MON_GLUED})(?:(?P<sep>/|\.\s?)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*,\s*(?P<y>{YEAR}))?"
                rf"(?![\w]|[.,:]\d)|/(?P<ym>{YEAR})(?!\d))", I), glued_month_day, W_MONTH, None),
    (re.compile(rf"(?<![\w.,/-])(?P<y>{YEAR})\s*,?\s*(?P<mon>{MON})(?!\s*[0-3]?\d)", I), year_then_month,
     {NUM}, _G_YEAR_MONTH),
    (re.compile(rf"\b(?P<mon>{MON})\s*,\s*(?P<y>{YEAR})(?!\d)", I), year_then_month, W_MONTH, None),
    (re.compile(rf"\b(?P<mon>{MON_GLUED}\.?),?\s+(?P<the>the\s+)?(?P<d>{DAY_OR_CARDINAL})(?:,?\s+(?P<y>{YEAR}))?"
                rf"(?!\d)", I), month_then_day_words, W_MONTH, None),
    (re.compile(rf"\b(?P<mon>{MON})(?:\s+(?:the\s+)?(?P<d>{DAY_OR_CARDINAL}))?,?\s+(?:of\s+)?"
                rf"(?P<sy>{SPELLED_YEAR})", I),
     month_with_spelled_year, W_MONTH, None),
    (re.compile(rf"\bthe\s+(?P<d>{DAY}){END}", I), day_of_month_alone, {"the"}, None),
    (re.compile(rf"\b(?P<wd>{WEEKDAY}),?\s+(?P<the>the\s+)?(?P<d>{DAY})", I), weekday_with_day, W_WEEKDAY, None),
    (re.compile(rf"\b(?P<p>{tx.alternation(WORDS.day_phrases)}){B}", I), day_phrase,
     {p.split()[0] for p in WORDS.day_phrases}, None),
    (re.compile(rf"\b(?:(?P<rel>{REL})\s+(?:(?<=this\s)(?P<side>{THIS_SIDE})\s+)?(?:week(?:'s)?\s*[-,]?\s*)?)?"
                rf"(?P<wd>{WEEKDAY})"
                rf"(?:\s+(?:of|from|in)\s+(?:the\s+)?(?P<rel2>{REL})\s+week{B}|(?P<after>\s+after\s+next){B})?", I),
     calendar_weekday, W_REL | W_WEEKDAY, None),
    (re.compile(rf"\b(?:the\s+)?(?:(?P<rel>{REL}|this\s+{THIS_SIDE})\s+(?P<unit>{tx.alternation(UNITS)})"
                rf"|(?P<unit2>{tx.alternation(UNITS)})\s+(?P<after>after\s+(?:the\s+)?next)|(?P<unit3>{units('weekend')}))"
                rf"(?![\w-])", I), relative_calendar_unit, W_REL | {"the"} | set(UNITS), None),
    (re.compile(rf"\b(?:the\s+)?(?P<d>{DAY})(?:\s+day)?\s+of\s+(?:the\s+)?(?P<rel>{REL})?\s*{units('month')}{B}", I),
     day_of_relative_month, {"the", NUM} | W_ORDINAL, _G_DAY_OF_REL_MONTH),
    (re.compile(rf"\b(?:the\s+)?(?P<n>{ORDINAL_WORD}|[1-5](?:st|nd|rd|th))\s+(?P<wd>{WEEKDAY})\s+(?:of|in)\s+"
                rf"(?:the\s+)?(?P<rel>{REL})?\s*{units('month')}{B}", I), nth_weekday_of_relative_month,
     {"the", NUM} | W_ORDINAL, _G_OF_IN),
    (re.compile(rf"\b{units('week')}\s+(?P<n>[1-5]?\d)(?:\s+of\s+{_OF_YEAR})?(?![\w]|[.,:]\d|\s+of\s+the)", I), week_number,
     {word for word, kind in UNITS.items() if kind == "week"}, None),
    (re.compile(rf"\b(?:the\s+)?(?P<ord>{ORDINAL_WORD}|[1-5]?\d(?:st|nd|rd|th)|last)\s+{units('week')}\s+of\s+{_OF_YEAR}{B}", I),
     week_number, {"the", "last", NUM} | W_ORDINAL, _G_OF_UNIT),
    (re.compile(rf"(?<![\w.,])(?P<n>\d+|an?|[a-z]+(?:-[a-z]+)?)\s+(?P<unit>{SPAN_UNIT})\s+(?P<dir>{SPAN_DIRECTION}){B}",
                I), span_from_now, {NUM} | tx.ENGLISH_CARDINALS, _G_SPAN),
]


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


def _not_after_currency(handler):
    """'$12 December 27': a figure after a currency sign is an amount, whatever follows it."""
    def read(m, text, anchor):
        if _CURRENCY_BEFORE.search(text, max(0, m.start() - 3), m.start()):
            return None
        return handler(m, text, anchor)
    return read


_CURRENCY_BEFORE = re.compile(r"[$£€¥]\s?$")

def _as_english_writes(row):
    """The shared row, with month-then-day read as English writes it (no German guard on what follows)."""
    pattern, handler, words, guard = row
    return (pattern, month_then_day if handler is dates.month_day else handler, words, guard)


# English rows first: where two rows read the same span, temporal keeps the longest match
PATTERNS = [(pattern, _not_after_currency(handler), words, guard)
            for pattern, handler, words, guard in _INTERVALS + _OWN + [(holidays_en.PATTERN, holidays_en.read,
                                                                         holidays_en.LEADS, None)]
            + [_as_english_writes(row) for row in dates.PATTERNS if row[1] in _SHARED]]
