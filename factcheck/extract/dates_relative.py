"""Dates counted from the anchor: "letzte Woche", "im Vorjahr", "gestern", weekdays, "am 3.", "vor drei
Jahren", and clock times."""
from __future__ import annotations

import re
from datetime import date

from factcheck import lang
from factcheck.extract import timex as tx
from factcheck.extract import years
from factcheck.extract.dates_calendar import _ordinal_of
from factcheck.extract.dates_shapes import _WEEKDAY, _mention, _ymd, rel_offset
from factcheck.extract.mention import Mention

# ---------------------------------------------------------------- relative

# unit_stems: "Wochenende" -> weekend, "Jahren" -> year; the longest stem first ("Jahrzehnt" is no "Jahr")
_UNIT_STEMS = sorted(((stem, unit) for code in lang.codes() for stem, unit in lang.get(code).dates.unit_stems.items()),
                     key=lambda pair: len(pair[0]), reverse=True)


def _unit_key(word: str) -> str:
    w = word.lower()
    return next((unit for stem, unit in _UNIT_STEMS if w.startswith(stem)), w)


def relative_unit(m, text, anchor):
    part = tx.PART_MODS.get((m["part"] or "").split()[0].lower()) if m["part"] else None
    offset = rel_offset(m["rel"])
    if offset is None and not part:
        return None              # "das Jahr", "des Jahres" alone say too little
    # "Ende des Jahres" is the year the text is in (anchoring); Swiss "Ende Jahr", with no article, this year
    unit = _unit_key(m["unit"])
    if m["y"] and unit == "year" and m["det"] and not m["rel"] and not years.goes_on_as_count(text, m.end("y")):
        return _mention(m, m["y"], part)     # "Ende des Jahres 1939": the year the text writes out
    end = m.end("unit")                     # a year after another unit is no part of it
    if anchor.ref is None:
        return None
    offset, ref = offset or 0, anchor.ref
    if unit == "year":
        return _mention(m, f"{ref.year + offset:04d}", part, end=end)
    if unit == "decade":
        return _mention(m, f"{ref.year // 10 + offset:03d}", part, end=end)
    if not anchor.knows_month:
        return None
    if unit == "month":
        return _mention(m, tx.iso_month(*tx.add_months(ref.year, ref.month, offset)), part, end=end)
    if not anchor.knows_day:
        return None
    week = tx.iso_week(tx.shift_days(ref, 7 * offset))
    return _mention(m, week + ("-WE" if unit == "weekend" else ""), part, end=end)


# "Vorjahr", "heuer", "Jahresende": one word for a unit counted from the anchor, and the part of it it names
_UNIT_WORDS = {word: entry for code in lang.codes() for word, entry in lang.get(code).dates.shapes.unit_words.items()}


def counts_back_from_the_text(m) -> bool:
    """"nach 7,1 Milliarden im Vorjahr": a word for the year (month, week) before is the one before
    the time the sentence speaks of, where the sentence states it ("2023 ... im Vorjahr" is 2022)."""
    return _UNIT_WORDS[m["w"].lower()].offset < 0


def single_word_relative(m, text, anchor):
    word = m["w"].lower()
    entry = _UNIT_WORDS[word]
    unit, offset = entry.unit, entry.offset
    mod = tx.PART_MODS.get((m["part"] or "").lower()) or entry.part
    if anchor.ref is None:
        return None
    ref = anchor.ref
    if unit == "year":
        return _mention(m, f"{ref.year + offset:04d}", mod)
    if unit == "month" and anchor.knows_month:
        return _mention(m, tx.iso_month(*tx.add_months(ref.year, ref.month, offset)), mod)
    if not anchor.knows_day:
        return None
    if unit == "weekend":
        # "am Wochenende" in a past clause is the last one, otherwise the coming one
        back = anchor.direction(text, m) < 0 and ref.isoweekday() < 6
        return _mention(m, tx.iso_week(tx.shift_days(ref, -7 if back else 0)) + "-WE")
    return _mention(m, tx.iso_week(tx.shift_days(ref, 7 * offset)), mod)


_DAY_WORDS = {word: offset for code in lang.codes() for word, offset in lang.get(code).dates.day_words.items()}
_DAY_WORD_NOUNS = frozenset(word for code in lang.codes() for word in lang.get(code).dates.shapes.day_word_nouns)
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+)$")


def day_word(m, text, anchor):
    word = m.group()
    if word in _DAY_WORD_NOUNS and not _SENTENCE_START.search(text[max(0, m.start() - 3):m.start()]):
        return None              # de: "der Morgen", "guten Morgen" is the morning
    if anchor.ref is None:
        return None
    offset = _DAY_WORDS[word.lower()]
    if not anchor.knows_day:
        return _mention(m, tx.iso_month(anchor.ref.year, anchor.ref.month)) if anchor.knows_month else None
    return _mention(m, tx.shift_days(anchor.ref, offset).isoformat())


def weekday(m, text, anchor):
    day = tx.WEEKDAYS[m["wd"].lower()]
    if not anchor.knows_day or _in_weekday_range(text, m):
        return _mention(m, f"XXXX-WXX-{day}")      # "von Montag bis Freitag": every week
    ref = anchor.ref
    week_offset = (rel_offset(m["wrel"]) or 0) if m["wweek"] else None
    if week_offset is not None:
        monday = tx.shift_days(ref, 7 * week_offset - ref.isoweekday() + 1)
        return _mention(m, tx.shift_days(monday, day - 1).isoformat())
    offset = rel_offset(m["rel"])
    if offset is None:
        direction = -1 if anchor.direction(text, m) < 0 else 1
        return _mention(m, tx.weekday_date(ref, day, direction).isoformat())
    if offset < 0:
        start = tx.shift_days(ref, -1)
        return _mention(m, tx.weekday_date(start, day, -1, weeks=-offset - 1).isoformat())
    return _mention(m, tx.weekday_date(ref, day, 1, weeks=max(0, offset - 1)).isoformat())


def _dates_words(field: str) -> str:
    return tx.alternation(word for code in lang.codes() for word in getattr(lang.get(code).dates, field))


def _shape_words(field: str) -> str:
    return tx.alternation(word for code in lang.codes() for word in getattr(lang.get(code).dates.shapes, field))


# "von Montag bis Freitag", "Montag - Freitag": every such weekday, no one day
_RANGE_LINK = rf"(?:{_dates_words('weekday_range_prepositions')}|-|–)"
_WEEKDAY_RANGE_OPENER = _shape_words("weekday_range_openers")
_WEEKDAY_RANGE_AFTER = re.compile(rf"\s*{_RANGE_LINK}\s*{_WEEKDAY}(?![\wäöü])", re.I)
_WEEKDAY_RANGE_BEFORE = re.compile(rf"\b{_WEEKDAY_RANGE_OPENER}\s+{_WEEKDAY}\s*{_RANGE_LINK}\s*$", re.I)
_WEEKDAY_RANGE_OPENED = re.compile(rf"\b{_WEEKDAY_RANGE_OPENER}\s+$")


def _in_weekday_range(text: str, m: re.Match) -> bool:
    before = text[max(0, m.start() - 8):m.start()].lower()
    if _WEEKDAY_RANGE_OPENED.search(before) and _WEEKDAY_RANGE_AFTER.match(text, m.end()):
        return True
    return _WEEKDAY_RANGE_BEFORE.search(text[max(0, m.start() - 30):m.start()]) is not None


def _month_days(anchor: tx.Anchor, direction: int, fits) -> date | None:
    """The day near the anchor (in the direction) among days of the surrounding months that fit."""
    ref = anchor.ref
    days = [date(y, mo, d) for offset in range(-3, 4) for y, mo in [tx.add_months(ref.year, ref.month, offset)]
            for d in range(1, 32) if tx.valid_day(y, mo, d) and fits(date(y, mo, d))]
    if direction < 0:
        days = [d for d in days if d <= ref]
        return max(days) if days else None
    if direction > 0:
        days = [d for d in days if d >= ref]
        return min(days) if days else None
    return min(days, key=lambda d: abs((d - ref).days)) if days else None


def weekday_and_day(m, text, anchor):
    """'Dienstag, der 25.': the 25th of the month where it is a Tuesday, near the anchor."""
    day, weekday_number = int(m["d"]), tx.WEEKDAYS[m["wd"].lower()]
    if not 1 <= day <= 31:
        return None
    if not anchor.knows_day:
        return _mention(m, f"XXXX-XX-{day:02d}")
    found = _month_days(anchor, anchor.direction(text, m) or 1,
                        lambda d: d.day == day and d.isoweekday() == weekday_number)
    return _mention(m, found.isoformat() if found else f"XXXX-XX-{day:02d}")


def day_alone(m, text, anchor):
    """'am 15.': that day of the month nearest the anchor in the tense's direction."""
    day = int(m["d"])
    if not 1 <= day <= 31:
        return None
    if not anchor.knows_day:
        return _mention(m, f"XXXX-XX-{day:02d}")
    found = _month_days(anchor, anchor.direction(text, m), lambda d: d.day == day)
    return _mention(m, found.isoformat() if found else f"XXXX-XX-{day:02d}")


def ordinal_day_month(m, text, anchor):
    """'am siebten vierten', 'Donnerstag 7. vierter 2016': day and month both as ordinals."""
    day = tx.ordinal_value(m["d"])
    month = tx.ordinal_value(m["m"])
    if day is None or month is None or not 1 <= month <= 12:
        return None
    return _ymd(m, text, anchor, tx.year_value(m["y"]) if m["y"] else None, month, day)


_LAST_WORDS = frozenset(word for code in lang.codes() for word in lang.get(code).dates.shapes.last_words)
_DAY_OR_WEEK = {word: what for code in lang.codes() for word, what in lang.get(code).dates.shapes.day_and_week_nouns.items()}


def nth_in_month(m, text, anchor):
    """'letzter Montag im März', 'erste Woche im Oktober 2014', 'dritter Tag im Oktober'."""
    month = tx.month_value(m["mon"])
    if m["y"]:
        year = tx.year_value(m["y"])
    elif anchor.knows_month:
        year = anchor.year_of_month(month, anchor.direction(text, m) or 1)
    else:
        return None
    word, what = m["n"].lower(), m["what"].lower()
    last = word in _LAST_WORDS
    n = None if last else _ordinal_of(word)
    days = [date(year, month, d) for d in range(1, 32) if tx.valid_day(year, month, d)]
    if _DAY_OR_WEEK.get(what) == "day":
        chosen = days[-1] if last else days[n - 1] if n and n <= len(days) else None
        return _mention(m, chosen.isoformat()) if chosen else None
    if _DAY_OR_WEEK.get(what) == "week":
        # the first week begins on the month's first Monday; the last one ends on its last Sunday
        anchors = [d for d in days if d.isoweekday() == (7 if last else 1)]
        chosen = anchors[-1] if last else anchors[n - 1] if n and n <= len(anchors) else None
        return _mention(m, tx.iso_week(chosen)) if chosen else None
    matching = [d for d in days if d.isoweekday() == tx.WEEKDAYS[what]]
    chosen = matching[-1] if last else matching[n - 1] if n and n <= len(matching) else None
    return _mention(m, chosen.isoformat()) if chosen else None


def days_of_month_range(m, text, anchor):
    """'vom 4. bis zum 23.', 'nächsten Monat vom 4. bis zum 23.': both ends, in the month meant."""
    if m["mon"]:
        month = tx.month_value(m["mon"])
        year = anchor.year_of_month(month, anchor.direction(text, m)) if anchor.ref else None
    elif anchor.knows_month:
        year, month = tx.add_months(anchor.ref.year, anchor.ref.month, rel_offset(m["rel"]) or 0)
    else:
        return None
    first, second = int(m["d1"]), int(m["d2"])
    if year is None:
        return [_mention(m, f"XXXX-{month:02d}-{first:02d}", end=m.end("d1") + 1),
                _mention(m, f"XXXX-{month:02d}-{second:02d}", start=m.start("d2"))]
    if not (tx.valid_day(year, month, first) and tx.valid_day(year, month, second)):
        return None
    return [_mention(m, date(year, month, first).isoformat(), end=m.end("d1") + 1),
            _mention(m, date(year, month, second).isoformat(), start=m.start("d2"))]


def ago(m, text, anchor):
    n = tx.number_value(m["n"])
    unit = _unit_key(m["unit"])          # the pattern reads years, months, weeks and days only
    if n is not None and m.groupdict().get("half"):
        n += 0.5                 # en: "four and a half years ago"
    if n is not None and unit == "year" and n != int(n) and anchor.knows_month:
        unit, n = "month", n * 12              # "vor viereinhalb Jahren": 54 months back, a month
    if n is None or n != int(n):
        return None
    n = int(n)
    if anchor.ref is None:
        letter = {"year": "Y", "month": "M", "week": "W", "day": "D"}[unit]
        return Mention(start=m.start(), end=m.end(), kind="duration", timex=f"P{n}{letter}",
                       value=float(n), unit=unit, qualifiers={"relative": "ago"})
    ref = anchor.ref
    if unit == "year":
        return _mention(m, f"{ref.year - n:04d}")
    if unit == "month" or not anchor.knows_day:
        if not anchor.knows_month:
            return None
        return _mention(m, tx.iso_month(*tx.add_months(ref.year, ref.month, -n if unit == "month" else 0)))
    return _mention(m, tx.shift_days(ref, -n * (7 if unit == "week" else 1)).isoformat())


# ---------------------------------------------------------------- clock times (TIMEX3 time of day)

_CLOCK_PREPOSITION = re.compile(rf"\b{_shape_words('time_of_day_prepositions')}\s+$", re.I)


def clock_time(m, text, anchor):
    """'14:30 Uhr', 'um 15 Uhr', 'um 8:00': a time of day on a day the text does not say."""
    if not m["suffix"] and not (m["sep"] == ":" and _CLOCK_PREPOSITION.search(text[max(0, m.start() - 7):m.start()])):
        return None
    hour, minute = int(m["h"]), int(m["mi"] or 0)
    if hour > 24 or minute > 59:
        return None
    return _mention(m, f"XXXX-XX-XXT{hour:02d}:{minute:02d}")


single_word_relative.from_sentence_year = counts_back_from_the_text
