"""Calendar dates: numeric dates, day and month names, months, years, decades, seasons and quarters."""
from __future__ import annotations

import re

from factcheck import lang
from factcheck.extract import timex as tx
from factcheck.extract import years
from factcheck.extract.dates_shapes import (_COUNT_PREPOSITIONS, _COUNTED_AFTER, _COUNTED_NOUN_AFTER, _YEAR,
                                            _mention, _month_ok, _preceded_by_time_word, _ymd, rel_offset)

def numeric_dmy(m, text, anchor):
    return _ymd(m, text, anchor, tx.year_value(m["y"]), int(m["m"]), int(m["d"]))


def _shape_words(field: str) -> frozenset[str]:
    return frozenset(word for code in lang.codes() for word in getattr(lang.get(code).dates.shapes, field))


# "11.5 Prozent", "11.30 Uhr", "11.5 h": a decimal or a time, no day and month
_MEASURE_AFTER = re.compile(rf"\s*(?:{tx.alternation(_shape_words('measure_words_after_decimal'))}\b|%|€"
                            rf"|{tx.alternation(_shape_words('measures_after_decimal'))})")


def numeric_dm(m, text, anchor):
    bare = m["dot"] is None
    if bare and (len(m["d"]) < 2 and not _preceded_by_time_word(text, m.start())):
        return None
    if bare and _MEASURE_AFTER.match(text[m.end():m.end() + 9]):
        return None
    if bare and _a_scale_word_follows(text, m.end()):
        return None              # "11.7 Millionen", "$ 11.7 million": a decimal before a scale word
    return _ymd(m, text, anchor, None, int(m["m"]), int(m["d"]))


def _a_scale_word_follows(text: str, end: int) -> bool:
    from factcheck.extract.lexicon import lexicon     # the number words load only where a bare "d.m" stands
    return lexicon("de").scale_after.match(text, end) is not None


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


_FIGURE_AFTER = re.compile(r"\s*\d")


def month_day(m, text, anchor):
    if not (m["y"] or m["wd"]):
        # de: "im März 3 Tore" counts; only a date when nothing follows ("märz 3", "Aug 8")
        following = text[m.end():m.end() + 2]
        if following and not re.match(r"\s*(?:$|[,;.)!?])", following):
            return None
    return month_then_day(m, text, anchor)


def month_then_day(m, text, anchor):
    """en: "July 15 because ...": month then day is how English writes a date, whatever word follows;
    not a figure ("Oct 26 15:50:06 2016" is a timestamp the row does not read whole)."""
    if not _month_ok(m) or _FIGURE_AFTER.match(text, m.end()):
        return None
    month, day = tx.month_value(m["mon"]), int(m["dd"])
    if month is None or not 1 <= day <= 31:
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
_YEAR_TRIGGERS = _shape_words("year_prepositions") | _shape_words("year_periods")
_YEAR_TRIGGER = re.compile(
    rf"(?:\b(?P<trig>{tx.alternation(_YEAR_TRIGGERS)})\s+(?:{tx.alternation(_shape_words('year_articles'))}\s+)?)?"
    rf"(?P<noun>\b{tx.alternation(_shape_words('year_words'))}\s+)?$", re.I)
_YEAR_EVENT = re.compile(rf"\b{tx.alternation(_shape_words('event_prepositions'))}\s+"
                         rf"{tx.alternation(_shape_words('event_articles'))}\s+[A-ZÄÖÜ][\w-]+\s+$")
# the words a _YEAR_TRIGGER match can end with
_YEAR_TRIGGER_LAST = tuple({tx.fold(word) for word in _YEAR_TRIGGERS | _shape_words("year_articles")
                            | _shape_words("year_words")})


def year(m, text, anchor):
    """A four-digit number where the text uses it as a year; 'vor 2000 Zuschauern' counts people."""
    before = text[max(0, m.start() - 40):m.start()]
    if not before[-1:].isspace():
        return _marked_year(m, text, anchor)       # trigger words and events end in white space
    words = tx.last_words_start(before, 3)         # both span three words at most
    last = before[words:].split()
    trigger = _YEAR_TRIGGER.search(before, words) if last and tx.fold(last[-1]).endswith(_YEAR_TRIGGER_LAST) else None
    if trigger and (trigger["trig"] or trigger["noun"]):
        if _year_counts_something(text, m, trigger["trig"]):
            return None
        start = m.start() - len(trigger["noun"]) if trigger["noun"] else m.start()
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


# "ursprünglich war das Frühjahr angepeilt": a season with its definite article is a definite season
_SEASON_ARTICLE = re.compile(rf"(?<![\w-])(?:{tx.alternation(word for code in lang.codes() for word in lang.get(code).dates.season_articles)})\s+$", re.I)


# the first and last month of a season (meteorological); winter crosses the year and keeps its middle
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}


def _season_month(code: str, direction: int) -> int:
    """The month that decides a season's year: looking back, a season that has begun is the last one
    ("war das Frühjahr angepeilt" in March is this spring); looking ahead, one not yet over."""
    first, last = _SEASON_MONTHS.get(code, (tx.SEASON_MONTH[code],) * 2)
    return first if direction < 0 else last if direction > 0 else tx.SEASON_MONTH[code]


def season(m, text, anchor):
    if not (m["y"] or m["rel"] or m["part"]) and not _preceded_by_time_word(text, m.start()) and not \
            _SEASON_ARTICLE.search(text, max(0, m.start() - 8), m.start()):
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
        year = anchor.year_of_month(_season_month(code, anchor.direction(text, m)), anchor.direction(text, m))
    else:
        year = anchor.ref.year + (offset or 0)
    if code == "WI" and not m["y"] and anchor.ref is not None and anchor.ref.month <= 2 and not offset:
        year -= 1            # in February, "this winter" began last December
    return _mention(m, f"{year:04d}-{code}", part)



def _first_four_ordinals() -> dict[str, int]:
    """The ordinal stems and words of 1 ... 4 ('zweit', 'third'): quarters and halves count no higher."""
    found = {}
    for code in lang.codes():
        ordinals = lang.get(code).dates.ordinals
        found.update({stem: n for n, stem in ordinals.stems.items() if n <= 4})
        found.update({word: n for word, n in ordinals.words.items() if n <= 4})
    return found


_QUARTER_NUMBERS = _first_four_ordinals()
# "Quartal", "Jahreshälfte", "half": what each period word names
_PERIODS = {word: what for code in lang.codes() for word, what in lang.get(code).dates.shapes.periods.items()}


def _ordinal_of(word: str) -> int | None:
    w = word.lower()
    if w[0].isdigit():
        return int(w[0])
    return next((n for stem, n in _QUARTER_NUMBERS.items() if w.startswith(stem)), None)


def quarter(m, text, anchor):
    if not (m["ord"] or m["rel"]):
        return None
    half = _PERIODS.get(m["q"].lower()) == "half"
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
_YEAR_BEFORE = re.compile(rf"(?:{_YEAR}|\b{tx.alternation(_shape_words('plural_years'))})\s*"
                          rf"(?:,|{tx.alternation(_shape_words('year_list_links'))}|[–-])\s*$")
