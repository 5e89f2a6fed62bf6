"""Date expressions -> Mentions of kind date with TIMEX3 values (calendar, vague and relative)."""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from factcheck import lang
from factcheck.extract import timex as tx
from factcheck.extract import years
from factcheck.extract.mention import Mention

KIND = "date"
_B = r"(?![\wäöüßÄÖÜ])"                       # end of a word, umlauts included
_NOT_IN_NUMBER = r"(?<![\w.,/:-])"              # "11.600", "1,2" and "3:1" are no dates
_NUMBER_GOES_ON = r"(?![\w]|[.,/:-]\d)"
_YEAR = r"(?:1\d|20)\d{2}"
_MONTH_NAMES = [m for m in tx.MONTHS if m not in tx.ABBREVIATED_MONTHS]
_MON = rf"(?:{tx.alternation(_MONTH_NAMES)}|{tx.alternation(tx.ABBREVIATED_MONTHS)}\.?){_B}"
_MON_FULL = rf"{tx.alternation(_MONTH_NAMES)}{_B}"
_WEEKDAY = tx.alternation(tx.WEEKDAYS)
_WEEKDAY_ABBR = tx.alternation(tx.WEEKDAY_ABBREVIATIONS)
# a two-digit year only where nothing follows that it could count ("im Mai 20 Prozent")
_YEAR_2 = r"\d{2}(?=\s*(?:$|[,;)]|\.(?:\s|$)))"
_REL = (r"(?:diese[nmrs]?|dies|laufende[nmrs]?|letzte[nmrs]?|vergangene[nmrs]?|vorige[nmrs]?"
        r"|vorletzte[nmrs]?|nächste[nmrs]?|kommende[nmrs]?|übernächste[nmrs]?"
        r"|this|last|next|past|previous|coming|current)")
_PART = r"(?:Anfang|Beginn|Mitte|Ende|early|mid|late)"
# words before a bare month, season or year that make it a time ("im April", "seit 2018")
_TIME_PREPOSITION = re.compile(
    r"(?:\b(?:im|in|seit|bis|ab|vom|von|zum|bis zum|für|vor|nach|um|gegen|zwischen|und|oder|Monat"
    r"|Monats|des|diese[nmrs]?|jede[nmrs]?|since|until|till|by|before|after|from|during|of|this|"
    r"last|next|early|mid|late)\s+(?:de[mnrs]\s+)?)$", re.I)
# a sign, the metre or what the language data names after a count (a prefix: "Zuschauer" is also "Zuschauern")
_COUNTED_WORDS = tx.alternation(word for code in lang.codes() for word in lang.get(code).dates.counted_after)
_COUNTED_AFTER = re.compile(rf"\s*(?:%|€|m\b|{_COUNTED_WORDS})", re.I)
# de: a count after "vor", "mit", "bis" ("vor 2000 Zuschauern") is a plural noun in the dative
_COUNTED_NOUN_AFTER = re.compile(r"\s+[A-ZÄÖÜ][a-zäöüß]+(?:n|er)\b")
_COUNT_PREPOSITIONS = frozenset("in vor mit bis ab von um für über unter gegen zwischen".split())

_PAST_REL = ("letzt", "vergangen", "vorig", "vorletzt", "last", "past", "previous")
_NEXT_REL = ("nächst", "kommend", "übernächst", "next", "coming")


def rel_offset(word: str | None) -> int | None:
    """'letzten' -> -1, 'vorletzten' -> -2, 'nächsten' -> 1, 'übernächsten' -> 2, 'diese' -> 0."""
    if not word:
        return None
    w = word.lower()
    if w.startswith(("vorletzt", "übernächst")):
        return -2 if w.startswith("vorletzt") else 2
    if w.startswith(_PAST_REL):
        return -1
    if w.startswith(_NEXT_REL):
        return 1
    return 0


def _mention(m: re.Match, timex: str | None, mod: str | None = None, start: int | None = None,
             end: int | None = None) -> Mention:
    return Mention(start=m.start() if start is None else start, end=m.end() if end is None else end,
                   kind=KIND, timex=timex, timex_mod=mod)


def _preceded_by_time_word(text: str, start: int) -> bool:
    before = text[max(0, start - 20):start]
    # the words end in white space ("bis zum ", "im "): without it, or beyond the last three words, no match
    return before[-1:].isspace() and _TIME_PREPOSITION.search(before, tx.last_words_start(before, 3)) is not None


def _month_ok(m: re.Match, group: str = "mon") -> bool:
    word = m.group(group).rstrip(".")
    return word.lower() not in tx.CAPITAL_ONLY_MONTHS or word[0].isupper()


# ---------------------------------------------------------------- numeric dates

def _ymd(m: re.Match, text: str, anchor: tx.Anchor, year: int | None, month: int, day: int):
    if year is not None:
        return _mention(m, date(year, month, day).isoformat()) if tx.valid_day(year, month, day) else None
    if not 1 <= month <= 12 or not tx.valid_day(2000, month, day):
        return None
    resolved = anchor.year_of_day(month, day, anchor.direction(text, m))
    if resolved is None or not tx.valid_day(resolved, month, day):
        return _mention(m, f"XXXX-{month:02d}-{day:02d}")
    return _mention(m, f"{resolved:04d}-{month:02d}-{day:02d}")


def numeric_dmy(m, text, anchor):
    return _ymd(m, text, anchor, tx.year_value(m["y"]), int(m["m"]), int(m["d"]))


def numeric_dm(m, text, anchor):
    bare = m["dot"] is None
    if bare and (len(m["d"]) < 2 and not _preceded_by_time_word(text, m.start())):
        return None
    if bare and re.match(r"\s*(?:Uhr|h\b|%|Prozent|Euro|€|Dollar|Punkte|Meter|km|kg)", text[m.end():m.end() + 9]):
        return None
    return _ymd(m, text, anchor, None, int(m["m"]), int(m["d"]))


def numeric_ymd(m, text, anchor):
    return _ymd(m, text, anchor, int(m["y"]), int(m["m"]), int(m["d"]))


def numeric_month_year(m, text, anchor):
    year, month = int(m["y1"] or m["y2"]), int(m["m1"] or m["m2"])
    sep = m["s1"] or m["s2"]
    # "Saison 2010/11", "2010-11": a season of two years, not November
    if m["y1"] and sep in "/-" and month == (year + 1) % 100:
        return None
    return _mention(m, tx.iso_month(year, month))


def numeric_day_month_slash(m, text, anchor):
    if not _preceded_by_time_word(text, m.start()):
        return None              # "1/2" is a half, "24/7" is always
    return _ymd(m, text, anchor, None, int(m["m"]), int(m["d"]))


# ---------------------------------------------------------------- day and month name

def day_month(m, text, anchor):
    if not _month_ok(m):
        return None
    day = int(m["dd"]) if m["dd"] else tx.ordinal_value(m["dw"])
    month = tx.month_value(m["mon"])
    year = tx.year_value(m["y"]) if m["y"] else None
    if day is None or month is None or not 1 <= day <= 31:
        return None
    return _ymd(m, text, anchor, year, month, day)


def month_day(m, text, anchor):
    if not _month_ok(m):
        return None
    month, day = tx.month_value(m["mon"]), int(m["dd"])
    if month is None or not 1 <= day <= 31:
        return None
    if not (m["y"] or m["wd"]):
        # de: "im März 3 Tore" counts; only a date when nothing follows ("märz 3", "Aug 8")
        following = text[m.end():m.end() + 2]
        if following and not re.match(r"\s*(?:$|[,;.)!?])", following):
            return None
    return _ymd(m, text, anchor, int(m["y"]) if m["y"] else None, month, day)


# ---------------------------------------------------------------- months, years, seasons, quarters

def month_name(m, text, anchor):
    if not _month_ok(m):
        return None
    month = tx.month_value(m["mon"])
    part = tx.PART_MODS.get((m["part"] or "").lower())
    abbreviated = m["mon"].rstrip(".").lower() in tx.ABBREVIATED_MONTHS
    if not (m["y"] or part or m["rel"]) and (abbreviated or not _preceded_by_time_word(text, m.start())):
        return None              # "August Diehl" is a name
    if m["y"]:
        return _mention(m, tx.iso_month(tx.year_value(m["y"]), month), part)
    offset = rel_offset(m["rel"])
    if anchor.ref is None:
        return _mention(m, f"XXXX-{month:02d}", part)
    if offset is None or not anchor.knows_month:
        year = anchor.year_of_month(month, anchor.direction(text, m) if offset is None else 0)
    elif offset == 0:
        year = anchor.ref.year
    elif offset < 0:
        year = anchor.year_of_month(month, -1)
        year -= 1 if month == anchor.ref.month and year == anchor.ref.year else 0
        year += offset + 1
    else:
        year = anchor.year_of_month(month, 1)
        year += 1 if month == anchor.ref.month and year == anchor.ref.year else 0
        year += offset - 1
    return _mention(m, tx.iso_month(year, month), part)


def _year_counts_something(text: str, m: re.Match, preposition: str | None) -> bool:
    after = text[m.end("y"):m.end("y") + 20]
    if _COUNTED_AFTER.match(after):
        return True
    return (preposition or "").lower() in _COUNT_PREPOSITIONS and bool(_COUNTED_NOUN_AFTER.match(after))


# what stands before a year that makes it one: "im Jahr 2020", "seit 2018", "seit der Gründung 2018"
_YEAR_TRIGGER = re.compile(
    r"(?:\b(?P<trig>im|in|seit|bis|ab|vor|nach|von|vom|zwischen|um|für|zum|gegen|since|until|till|by|before|after"
    r"|from|during|for|Sommer|Winter|Herbst|Frühjahr|Saison|season)\s+(?:(?:dem|der|den|the)\s+)?)?"
    r"(?P<jahr>\b(?:Jahr(?:e|en|es|s)?|Geschäftsjahr(?:es)?|year)\s+)?$", re.I)
_YEAR_EVENT = re.compile(r"\b(?:seit|nach|vor|bei|mit|bis|zur|zum|während|in|im|von|vom|since|after|before|until|at"
                         r"|during)\s+(?:der|dem|des|den|die|das|the)\s+[A-ZÄÖÜ][\w-]+\s+$")
# the words a _YEAR_TRIGGER match can end with
_YEAR_TRIGGER_LAST = ("im", "in", "seit", "bis", "ab", "vor", "nach", "von", "vom", "zwischen", "um", "für", "zum", "gegen",
                      "since", "until", "till", "by", "before", "after", "from", "during", "for", "sommer", "winter",
                      "herbst", "frühjahr", "saison", "season", "dem", "der", "den", "the", "jahr", "jahre", "jahren",
                      "jahres", "jahrs", "year")


def year(m, text, anchor):
    """A four-digit number where the text uses it as a year; 'vor 2000 Zuschauern' counts people."""
    before = text[max(0, m.start() - 40):m.start()]
    if not before[-1:].isspace():
        return _marked_year(m, text, anchor)       # trigger words and events end in white space
    words = tx.last_words_start(before, 3)         # both span three words at most
    last = before[words:].split()
    trigger = _YEAR_TRIGGER.search(before, words) if last and tx.fold(last[-1]).endswith(_YEAR_TRIGGER_LAST) else None
    if trigger and (trigger["trig"] or trigger["jahr"]):
        if _year_counts_something(text, m, trigger["trig"]):
            return None
        start = m.start() - len(trigger["jahr"]) if trigger["jahr"] else m.start()
        return _mention(m, m["y"], start=start)
    if last and last[-1][0] in "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ" and _YEAR_EVENT.search(before, words) and not \
            _year_counts_something(text, m, None):
        return _mention(m, m["y"])
    return _marked_year(m, text, anchor)


def part_of_year(m, text, anchor):
    return _mention(m, m["y"], tx.PART_MODS[m["part"].lower().rstrip("-").split()[0]])   # "end of 2000" too


def decade(m, text, anchor):
    digits = m["dec"]
    if len(digits) == 2:
        digits = ("19" if int(digits) >= 30 else "20") + digits
    return _mention(m, digits[:3])


def season(m, text, anchor):
    if not (m["y"] or m["rel"] or m["part"]) and not _preceded_by_time_word(text, m.start()):
        return None
    if not m["y"] and tx.is_noun_not_season(m["season"]):
        return None              # de: "für Fall Weiß", "nach dem Fall von Vicksburg" are no autumn
    code = tx.SEASONS[m["season"].lower().rstrip("s") if m["season"].lower() not in tx.SEASONS
                      else m["season"].lower()]
    part = tx.PART_MODS.get((m["part"] or "").lower())
    offset = rel_offset(m["rel"])
    if m["y"]:
        year = tx.year_value(m["y"])
    elif anchor.ref is None:
        return _mention(m, f"XXXX-{code}", part)
    elif offset is None and anchor.knows_month:
        year = anchor.year_of_month(tx.SEASON_MONTH[code], anchor.direction(text, m))
    else:
        year = anchor.ref.year + (offset or 0)
    if code == "WI" and not m["y"] and anchor.ref is not None and anchor.ref.month <= 2 and not offset:
        year -= 1            # in February, "this winter" began last December
    return _mention(m, f"{year:04d}-{code}", part)


_QUARTER_NUMBERS = {"erst": 1, "zweit": 2, "dritt": 3, "viert": 4, "first": 1, "second": 2,
                    "third": 3, "fourth": 4}


def _ordinal_of(word: str) -> int | None:
    w = word.lower()
    if w[0].isdigit():
        return int(w[0])
    return next((n for stem, n in _QUARTER_NUMBERS.items() if w.startswith(stem)), None)


def quarter(m, text, anchor):
    if not (m["ord"] or m["rel"]):
        return None
    half = m["q"].lower().startswith(("halb", "jahresh", "half"))
    number = _ordinal_of(m["ord"]) if m["ord"] else None
    limit = 2 if half else 4
    if m["ord"] and (number is None or number > limit):
        return None
    letter = "H" if half else "Q"
    if m["y"]:
        year = tx.year_value(m["y"])
    elif anchor.ref is None:
        return _mention(m, f"XXXX-{letter}{number}") if number else None
    else:
        current = (anchor.ref.month - 1) // (12 // limit) + 1
        offset = rel_offset(m["rel"]) or 0
        if number is None:
            year, number = divmod((anchor.ref.year * limit + current - 1) + offset, limit)
            number += 1
        else:
            year = anchor.ref.year + offset
    return _mention(m, f"{year:04d}-{letter}{number}")


def q_quarter(m, text, anchor):
    year = tx.year_value(m["y"]) if m["y"] else (anchor.ref.year if anchor.ref else None)
    return _mention(m, f"{year:04d}-Q{m['qn']}" if year else f"XXXX-Q{m['qn']}")


# ---------------------------------------------------------------- relative

_UNIT_KEY = {"woche": "week", "week": "week", "wochenende": "weekend", "weekend": "weekend",
             "monat": "month", "month": "month", "jahr": "year", "year": "year",
             "jahrzehnt": "decade", "decade": "decade"}


def _unit_key(word: str) -> str:
    w = word.lower()
    for stem in sorted(_UNIT_KEY, key=len, reverse=True):
        if w.startswith(stem):
            return _UNIT_KEY[stem]
    return w


def relative_unit(m, text, anchor):
    part = tx.PART_MODS.get((m["part"] or "").split()[0].lower()) if m["part"] else None
    offset = rel_offset(m["rel"])
    if offset is None and not (part and m["det"]):
        return None              # "das Jahr", "des Jahres" alone say too little
    if anchor.ref is None:
        return None
    unit, offset, ref = _unit_key(m["unit"]), offset or 0, anchor.ref
    if unit == "year":
        return _mention(m, f"{ref.year + offset:04d}", part)
    if unit == "decade":
        return _mention(m, f"{ref.year // 10 + offset:03d}", part)
    if not anchor.knows_month:
        return None
    if unit == "month":
        return _mention(m, tx.iso_month(*tx.add_months(ref.year, ref.month, offset)), part)
    if not anchor.knows_day:
        return None
    week = tx.iso_week(tx.shift_days(ref, 7 * offset))
    return _mention(m, week + ("-WE" if unit == "weekend" else ""), part)


_PREVIOUS = {"vorjahr": ("year", -1), "vorjahres": ("year", -1), "vormonat": ("month", -1),
             "vormonats": ("month", -1), "vorwoche": ("week", -1), "heuer": ("year", 0),
             "jahresende": ("year", 0), "jahresanfang": ("year", 0), "jahresbeginn": ("year", 0),
             "jahresmitte": ("year", 0), "monatsende": ("month", 0), "monatsanfang": ("month", 0),
             "monatsmitte": ("month", 0), "wochenende": ("weekend", 0)}


def single_word_relative(m, text, anchor):
    word = m["w"].lower()
    unit, offset = _PREVIOUS[word]
    mod = tx.PART_MODS.get((m["part"] or "").lower())
    mod = mod or ("END" if word.endswith("ende") and unit != "weekend" else "START"
                  if word.endswith(("anfang", "beginn")) else "MID" if word.endswith("mitte") else None)
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


_DAY_WORDS = {"heute": 0, "today": 0, "gestern": -1, "yesterday": -1, "morgen": 1, "tomorrow": 1,
              "übermorgen": 2, "vorgestern": -2, "vorvorgestern": -3}


def day_word(m, text, anchor):
    word = m.group()
    if word == "Morgen" and not re.search(r"(?:^|[.!?:]\s+)$", text[max(0, m.start() - 3):m.start()]):
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


_WEEKDAY_RANGE_AFTER = re.compile(rf"\s*(?:bis|-|–)\s*{_WEEKDAY}(?![\wäöü])", re.I)
_WEEKDAY_RANGE_BEFORE = re.compile(rf"\b(?:von|vom)\s+{_WEEKDAY}\s*(?:bis|-|–)\s*$", re.I)


def _in_weekday_range(text: str, m: re.Match) -> bool:
    before = text[max(0, m.start() - 8):m.start()].lower()
    if re.search(r"\b(?:von|vom)\s+$", before) and _WEEKDAY_RANGE_AFTER.match(text, m.end()):
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
    last = word.startswith(("letzt", "last"))
    n = None if last else _ordinal_of(word)
    days = [date(year, month, d) for d in range(1, 32) if tx.valid_day(year, month, d)]
    if what in ("tag", "day"):
        chosen = days[-1] if last else days[n - 1] if n and n <= len(days) else None
        return _mention(m, chosen.isoformat()) if chosen else None
    if what in ("woche", "week"):
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


_AGO_UNITS = {"jahr": "year", "year": "year", "monat": "month", "month": "month", "woche": "week",
              "week": "week", "tag": "day", "day": "day"}


def ago(m, text, anchor):
    n = tx.number_value(m["n"])
    unit = next(v for k, v in _AGO_UNITS.items() if m["unit"].lower().startswith(k))
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

_CLOCK_PREPOSITION = re.compile(r"\b(?:um|gegen|ab|at)\s+$", re.I)


def clock_time(m, text, anchor):
    """'14:30 Uhr', 'um 15 Uhr', 'um 8:00': a time of day on a day the text does not say."""
    if not m["uhr"] and not (m["sep"] == ":" and _CLOCK_PREPOSITION.search(text[max(0, m.start() - 7):m.start()])):
        return None
    hour, minute = int(m["h"]), int(m["mi"] or 0)
    if hour > 24 or minute > 59:
        return None
    return _mention(m, f"XXXX-XX-XXT{hour:02d}:{minute:02d}")


# ---------------------------------------------------------------- the table

Handler = Callable[[re.Match, str, tx.Anchor], "Mention | list[Mention] | None"]
_WORD = r"[^\W\d_]++"                      # a long alternation is slow: handlers check the word
_I = re.I


def _marked_year(m, text, anchor):
    """A bare year where the text marks it as one: '2022:' heading a line, '(2020)', '2019 und 2020'."""
    before, after = text[max(0, m.start() - 12):m.start()], text[m.end():m.end() + 2]
    at_line_start = not before.rpartition("\n")[2].strip() and (m.start() < 12 or "\n" in before)
    if at_line_start and re.match(r":\s", after):
        return _mention(m, m["y"])
    if before.endswith("(") and after.startswith(")"):
        return _mention(m, m["y"])
    if _YEAR_BEFORE.search(before) and not _year_counts_something(text, m, None):
        return _mention(m, m["y"])
    if years.reads_as_year(text, m.start(), m.end()) and not _year_counts_something(text, m, None):
        return _mention(m, m["y"])
    return None


# de/en: "2019 und 2020", "von 2010 bis 2018": the second year is a year because the first one is
_YEAR_BEFORE = re.compile(rf"(?:{_YEAR}|\b(?:Jahre|Jahren|years))\s*(?:,|und|oder|bis|and|or|to|[–-])\s*$")


def _forms(*stems: str, endings: str = "e en em er es") -> set[str]:
    return {stem + ending for stem in stems for ending in ["", *endings.split()]}


NUM = "#"                                    # any token that begins with a digit
_W_REL = _forms("dies", "laufend", "letzt", "vergangen", "vorig", "vorletzt", "nächst", "kommend", "übernächst") | {
    "this", "last", "next", "past", "previous", "coming", "current"}
_W_PART = {"anfang", "beginn", "mitte", "ende", "early", "mid", "late", "end", "start", "beginning", "middle"}
_W_WEEKDAY, _W_MONTH, _W_ORDINAL = set(tx.WEEKDAYS), set(tx.MONTHS), set(tx.ORDINALS)
_W_MONTH_IM = {m for m in tx.MONTHS if m not in tx.ABBREVIATED_MONTHS}
_W_SEASON = {"frühjahr", "frühjahrs", "frühling", "frühlings", "sommer", "sommers", "herbst", "herbstes", "herbsts",
             "winter", "winters", "spring", "summer", "autumn", "fall"}
_W_QUARTER = _forms("erst", "zweit", "dritt", "viert") | {"first", "second", "third", "fourth"}


# ---------------------------------------------------------------- guards
# A guard says what the text must show at a lead for its pattern to find anything there. Guards read
# the guard text of temporal: lower case, Latin-1 (a letter beyond it reads "_", a digit "0"), every
# white space a space and every other character beyond Latin-1 a space too. Every match of a pattern
# matches its guard there; a guard needs no re.I and no Unicode tables, so temporal runs the guards of a
# lead as one regex and tries the patterns only where it matches: most leads ("von", "ein", "2015") then
# cost one match. None: no guard.
_G_CHAR = "[0-9a-zªµºß-öø-ÿ_²³¹¼-¾]"                # a word character
_G_LETTERS = "[a-zªµºß-öø-ÿ_]++"                     # a word of letters
_G_WORD = f"{_G_CHAR}++"
# a word that begins like a month or weekday name: the first letters compile far faster than all the
# names (every lead compiles its guards), and a guard may match more than its pattern does
_G_MONTH = rf"{tx.trie_regex({month[:3] for month in tx.MONTHS})}{_G_CHAR}*+\.?(?!{_G_CHAR})"
_G_WEEKDAY = f"{tx.trie_regex({day[:4] for day in tx.WEEKDAYS})}{_G_CHAR}*+"
_G_YEAR = "(?:1[0-9]|20)[0-9][0-9]"
_G_NOT_IN_NUMBER = "(?<![.,/:-])"                    # a lead follows no word character anyway
_G_ORDINAL_END = r"(?:\.|te[nrs]?|st|nd|rd|th)"

# (pattern, handler, the tokens a match can begin with, guard)
PATTERNS: list[tuple[re.Pattern, Handler, set[str], str | None]] = [
    (re.compile(rf"{_NOT_IN_NUMBER}(?P<d>[0-3]?\d)\.[ ]?(?P<m>[01]?\d)\.[ ]?(?P<y>\d{{4}}|\d{{2}}){_NUMBER_GOES_ON}"),
     numeric_dmy, {NUM}, rf"{_G_NOT_IN_NUMBER}[0-9][0-9]?\. ?[0-9][0-9]?\. ?[0-9][0-9]"),
    (re.compile(rf"{_NOT_IN_NUMBER}(?P<d>[0-3]?\d)\.[ ]?(?P<m>[01]?\d)(?P<dot>\.)?(?![\w]|[.,:]?\d)"), numeric_dm,
     {NUM}, rf"{_G_NOT_IN_NUMBER}[0-9][0-9]?\. ?[0-9][0-9]?\.?(?!{_G_CHAR}|[.,:]?[0-9])"),
    (re.compile(rf"{_NOT_IN_NUMBER}(?P<y>{_YEAR})(?P<s>[-/.])(?P<m>[01]?\d)(?P=s)(?P<d>[0-3]?\d){_NUMBER_GOES_ON}"),
     numeric_ymd, {NUM}, rf"{_G_NOT_IN_NUMBER}{_G_YEAR}[-/.][0-9][0-9]?[-/.][0-9]"),
    (re.compile(rf"{_NOT_IN_NUMBER}(?P<d>[0-3]?\d)(?P<s>[/-])(?P<m>[01]?\d)(?P=s)(?P<y>\d{{4}}|\d{{2}}){_NUMBER_GOES_ON}"),
     lambda m, text, anchor: _ymd(m, text, anchor, tx.year_value(m["y"]), int(m["m"]), int(m["d"])), {NUM},
     rf"{_G_NOT_IN_NUMBER}[0-9][0-9]?[/-][0-9][0-9]?[/-][0-9][0-9]"),
    (re.compile(rf"{_NOT_IN_NUMBER}(?:(?P<y1>{_YEAR})\s{{0,2}}(?P<s1>[-/.])\s{{0,2}}(?P<m1>0[1-9]|1[0-2])"
                rf"|(?P<m2>0[1-9]|1[0-2])\s{{0,2}}(?P<s2>[-/.])\s{{0,2}}(?P<y2>{_YEAR})){_NUMBER_GOES_ON}"),
     numeric_month_year, {NUM},
     rf"{_G_NOT_IN_NUMBER}(?:{_G_YEAR} {{0,2}}[-/.] {{0,2}}(?:0[1-9]|1[0-2])|(?:0[1-9]|1[0-2]) {{0,2}}[-/.] {{0,2}}{_G_YEAR})"),
    (re.compile(rf"{_NOT_IN_NUMBER}(?P<d>[0-3]?\d)/(?P<m>[01]?\d)(?![\w]|[.,/:-]?\d)"), numeric_day_month_slash, {NUM},
     rf"{_G_NOT_IN_NUMBER}[0-9][0-9]?/[0-9][0-9]?(?!{_G_CHAR}|[.,/:-]?[0-9])"),
    (re.compile(rf"(?:\b(?P<wd>{_WEEKDAY}|{_WEEKDAY_ABBR}\.?),?\s+(?:(?:den|der|dem|the)\s+)?)?"
                rf"(?:{_NOT_IN_NUMBER}(?P<dd>[0-3]?\d)(?:\.|te[nrs]?|st|nd|rd|th)?\s?|\b(?P<dw>{_WORD})\s+)"
                rf"(?:of\s+)?(?P<mon>{_MON})(?:\s*,?\s*(?P<y>{_YEAR}|{_YEAR_2}))?(?!\d)", _I), day_month,
     {NUM} | _W_WEEKDAY | _W_ORDINAL,
     rf"(?:{_G_LETTERS}\.?,? +(?:(?:den|der|dem|the) +)?)?(?:[0-9][0-9]?{_G_ORDINAL_END}? ?|{_G_LETTERS} +)(?:of +)?{_G_MONTH}"),
    (re.compile(rf"(?:\b(?P<wd>{_WEEKDAY}|{_WEEKDAY_ABBR}\.?),?\s+)?\b(?P<mon>{_MON})[\s-]?(?P<dd>[0-3]?\d)"
                rf"(?:st|nd|rd|th)?(?:,?[\s-]+(?P<y>{_YEAR}))?(?![\w]|[.,:]\d)", _I), month_day,
     _W_WEEKDAY | _W_MONTH, rf"(?:{_G_LETTERS}\.?,? +)?{_G_MONTH}[ -]?[0-9]"),
    (re.compile(rf"(?:\b(?P<rel>{_REL})\s+)?(?:\b(?P<part>{_PART})[\s-]+(?:of\s+)?)?\b(?P<mon>{_MON})"
                rf"(?:\s+(?:of\s+)?(?P<y>{_YEAR}|{_YEAR_2}))?(?!\d)", _I), month_name, _W_REL | _W_PART | _W_MONTH,
     rf"(?:{_G_LETTERS} +)?(?:{_G_LETTERS}[ -]+(?:of +)?)?{_G_MONTH}"),
    (re.compile(rf"{_NOT_IN_NUMBER}(?P<y>{_YEAR})(?![\w]|[.,/]\d)"), year, {NUM},
     rf"{_G_NOT_IN_NUMBER}{_G_YEAR}(?!{_G_CHAR}|[.,/][0-9])"),
    (re.compile(rf"\b(?P<part>Anfang|Beginn|Mitte|Ende|early|mid-?|late|end of)\s*(?P<y>{_YEAR})(?![\w]|[.,/]\d)",
                _I), part_of_year, _W_PART, rf"{_G_LETTERS}(?:-| of)? *{_G_YEAR}"),
    (re.compile(r"(?<![\w.,])(?P<dec>(?:1[89]|20)\d0|\d0)er(?:(?<=\d\d\d0er)|[ -]?Jahre[n]?)(?:[ -]?Jahre[n]?)?\b"),
     decade, {NUM}, "(?<![.,])[0-9][0-9](?:[0-9][0-9])?er"),
    (re.compile(rf"(?:\b(?P<part>Anfang|Beginn|Mitte|Ende)\s+(?:des\s+|der\s+)?)?(?:\b(?P<rel>{_REL})\s+)?"
                rf"\b(?P<season>Frühjahr(?:s)?|Frühling(?:s)?|Sommer(?:s)?|Herbst(?:e?s)?|Winter(?:s)?|spring|summer"
                rf"|autumn|fall|winter)(?:\s+(?P<y>{_YEAR}))?(?![\wäöü])", _I), season, _W_PART | _W_REL | _W_SEASON,
     rf"(?:{_G_LETTERS} +(?:de[sr] +)?)?(?:{_G_LETTERS} +)?(?:früh|sommer|herbst|winter|spring|summer|autumn|fall)"),
    (re.compile(rf"(?:\b(?P<rel>{_REL})\s+)?(?:(?P<ord>\b(?:erste[nrs]?|zweite[nrs]?|dritte[nrs]?|vierte[nrs]?|first"
                rf"|second|third|fourth)|(?<![\w.])[1-4](?:\.|te[nrs]?|st|nd|rd|th))\s+)?\b(?P<q>Quartals?"
                rf"|quarter|Halbjahr(?:es)?|Jahreshälfte|half)(?:\s+(?:des\s+Jahres\s+|of\s+)?(?P<y>{_YEAR}))?"
                rf"(?![\wäöü])", _I), quarter, _W_REL | _W_QUARTER | {NUM},
     rf"(?:{_G_LETTERS} +)?(?:(?:{_G_LETTERS}|[0-9]{_G_ORDINAL_END}) +)?(?:quartal|quarter|halbjahr|jahreshälfte|half)"),
    (re.compile(rf"\bQ(?P<qn>[1-4])(?:\s*[/-]?\s*(?P<y>{_YEAR}|\d{{2}}))?(?![\w]|[.,]\d)"), q_quarter,
     {"q1", "q2", "q3", "q4"}, None),
    (re.compile(rf"(?:\b(?P<part>Anfang|Beginn|Mitte|Ende|end|start|beginning|middle)(?:\s+of)?\s+"
                rf"(?P<det>des|der|the)?\s*)?(?:\b(?P<rel>{_REL})\s+)?\b(?P<unit>Woche|Wochenendes?|Monats?"
                rf"|Jahr(?:es|s)?|Jahrzehnts?|week|weekend|month|year|decade)(?![\wäöü])", _I), relative_unit,
     _W_PART | _W_REL,
     rf"(?:{_G_LETTERS}(?: +of)? +(?:des|der|the)? *)?(?:{_G_LETTERS} +)?(?:woche|monat|jahr|week|month|year|decade)"),
    (re.compile(rf"(?:\b(?P<part>Anfang|Mitte|Ende)\s+(?:de[sr]\s+)?)?\b(?P<w>{tx.alternation(_PREVIOUS)})"
                rf"(?![\wäöü])", _I), single_word_relative, _W_PART | set(_PREVIOUS),
     rf"(?:{_G_LETTERS} +(?:de[sr] +)?)?(?:vor|heuer|jahres|monats|wochenende)"),
    (re.compile(r"\b(?:vorvorgestern|vorgestern|übermorgen|gestern|heute|today|yesterday|tomorrow|morgen)"
                r"(?![\wäöü])", _I), day_word, set(_DAY_WORDS), None),
    (re.compile(rf"(?:\b(?P<rel>{_REL})\s+)?\b(?P<wd>{_WEEKDAY})(?![\wäöü])(?P<wweek>\s+(?:(?:der|dieser|in der)\s+)?"
                rf"(?P<wrel>{_REL})?\s*(?:Woche|week)(?![\wäöü]))?", _I), weekday, _W_REL | _W_WEEKDAY,
     rf"(?:{_G_LETTERS} +)?{_G_WEEKDAY}"),
    (re.compile(rf"\b(?:vor|before)\s+(?P<n>\d+|{_WORD})\s+(?P<unit>Jahren|Jahr|Monaten|Monat|Wochen|Woche"
                rf"|Tagen|Tag)(?![\wäöü])", _I), ago, {"vor", "before"}, rf"{_G_LETTERS} +{_G_WORD} +(?:jahr|monat|woche|tag)"),
    (re.compile(rf"\b(?P<n>\d+|{_WORD})(?P<half>\s+and\s+a\s+half)?\s+(?P<unit>years?|months?|weeks?|days?)\s+ago\b",
                _I), ago, {NUM} | tx.ENGLISH_CARDINALS, rf"{_G_WORD} +(?:and a half +)?(?:year|month|week|day)"),
    (re.compile(rf"\b(?P<wd>{_WEEKDAY}),?\s+(?:der|den)\s+(?P<d>[0-3]?\d)\b\.?(?!\.?\s*(?:\d|{_MON}))", _I),
     weekday_and_day, _W_WEEKDAY, rf"{_G_LETTERS},? +de[rn] +[0-9]"),
    (re.compile(rf"(?<=\bam )(?P<d>[0-3]?\d)(?:\.|ten|sten)(?![\w.]|\s*(?:\d|[A-ZÄÖÜ]|{_MON}))"), day_alone, {NUM},
     r"(?<=am )[0-9][0-9]?(?:\.|ten|sten)"),
    (re.compile(rf"(?:\b(?P<wd>{_WEEKDAY}),?\s+(?:den\s+)?|(?<=\bam )|(?<=\bden ))(?P<d>{_WORD}|[0-3]?\d\.)\s+"
                rf"(?P<m>{_WORD}|[01]?\d\.)(?:\s+(?P<y>{_YEAR}))?(?![\wäöü])", _I),
     ordinal_day_month, _W_WEEKDAY | _W_ORDINAL | {NUM},
     rf"(?:{_G_WEEKDAY},? +(?:den +)?|(?<=am )|(?<=den )){_G_WORD}\.? +{_G_CHAR}"),
    (re.compile(rf"\b(?P<n>(?:erste|zweite|dritte|vierte|fünfte|letzte)[rnsm]?|first|second"
                rf"|third|fourth|fifth|last)\s+(?P<what>{_WEEKDAY}|Tag|Woche|day|week)\s+(?:im|des|in|of)\s+"
                rf"(?P<mon>{_MON_FULL})(?:\s+(?P<y>{_YEAR}))?(?!\d)", _I), nth_in_month,
     _forms("erst", "zweit", "dritt", "viert", "fünft", "letzt")
     | {"first", "second", "third", "fourth", "fifth", "last"},
     rf"{_G_LETTERS} +{_G_LETTERS} +(?:im|des|in|of) +{_G_MONTH}"),
    (re.compile(rf"(?:\b(?P<rel>{_REL})\s+Monat\s+|\b(?P<mon>{_MON_FULL})\s+)?\b(?:vom|von|zwischen)\s+"
                rf"(?:dem\s+)?(?P<d1>[0-3]?\d)\.\s*(?:bis(?:\s+zum)?|und(?:\s+dem)?|-|–)\s*(?P<d2>[0-3]?\d)\."
                rf"(?!\s*(?:\d|{_MON}))", _I), days_of_month_range,
     _W_REL | _W_MONTH_IM | {"vom", "von", "zwischen"},
     rf"(?:{_G_LETTERS} +(?:monat +)?)?(?:vom|von|zwischen) +(?:dem +)?[0-9][0-9]?\. *(?:bis|und|-|[0-9])"),
    # the guard knows that clock_time keeps a time only with "Uhr" or a colon
    (re.compile(r"(?<![\w.,:])(?P<h>[0-2]?\d)(?:(?P<sep>[:.])(?P<mi>[0-5]\d))?(?P<uhr>\s*Uhr\b)?(?![\w]|[.,:]\d)", _I),
     clock_time, {NUM},
     r"(?<![.,:])(?:[0-9][0-9]?(?:[:.][0-9][0-9])? *uhr|[0-9][0-9]?:[0-9][0-9])"),
]
