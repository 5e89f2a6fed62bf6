"""English durations ("15.5 minutes", "an hour and a half", "1 hour thirty", "three-day", "a fortnight").

English writes decimals with a point and groups thousands with a comma ("1,500 years"), so the German
reading of durations.py ("3,5 Jahre") does not apply. "a second" and "twenty second" are ordinals
when a noun follows ("a second quake", "February twenty second").
"""
from __future__ import annotations

import re

from factcheck import lang
from factcheck.extract import durations
from factcheck.extract import timex as tx
from factcheck.extract.word_regex import phrases as _phrases
from factcheck.extract.mention import Mention



KIND = "duration"
_WORDS = lang.get("en").dates
_NUMBER_WORDS = _WORDS.number_words
_B = r"(?![\w])"
_UNIT = rf"(?P<unit>{tx.alternation(_WORDS.duration_units)}){_B}"
# "3day", "3.5years", "24hrs": a unit word of three letters or more may follow the digits unspaced
_GLUED = tx.alternation(word for word in _WORDS.duration_units if len(word) >= 3)
_DIGITS = rf"(?<![\w.,])(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?![.,]\d)(?:(?![\w])|(?=(?:{_GLUED})(?![\w])))"
_UNIT_WORD = tx.alternation(_NUMBER_WORDS.units)
_TENS_WORD = tx.alternation(_NUMBER_WORDS.tens.values())
# "twenty four", "twenty-four", "twenty and four" (an older way to say it)
_JOIN = tx.alternation(_WORDS.spelled_year_joiners) if _WORDS.spelled_year_joiners else "(?!)"
_WORD_NUMBER = (rf"(?:{_TENS_WORD}(?:[\s-]{_UNIT_WORD}|\s+{_JOIN}\s+{_UNIT_WORD})?|{_UNIT_WORD}"
                rf"|{tx.alternation(_NUMBER_WORDS.one)}"
                rf"|{tx.alternation(_NUMBER_WORDS.words)}|{_phrases(_WORDS.duration_counts)})")
_NUMBER = rf"(?P<n>{_DIGITS}|\b{_WORD_NUMBER}\b)"
_FRACTION_WORD = _phrases(_WORDS.duration_fractions)
# "two and a half hours", "an hour and a half", "2 hours and 10"
_AND = tx.alternation(_WORDS.duration_shapes.links)
_A = tx.alternation(_WORDS.duration_shapes.half_articles)
_OF = tx.alternation(_WORDS.duration_shapes.fraction_links)
_FRACTION = rf"(?:\s+{_AND}\s+(?:{_A}\s+)?(?P<frac>{_FRACTION_WORD}))"
_ADJ = rf"(?:{tx.alternation(_WORDS.duration_adjectives)}\s+)"
_LEAD = rf"(?:(?P<lead>{_phrases(_WORDS.span_leads)})\s+)?"
_APPROX = rf"(?:(?P<approx>{tx.alternation(durations._APPROX)})\s+)?"
_AFTER_UNIT = (rf"(?:\s+{_AND}\s+(?:{_A}\s+)?(?P<frac2>{_FRACTION_WORD})"
               rf"(?!\s+(?:{tx.alternation(_WORDS.duration_units)}|{_OF})\b))?")
# "1 hour thirty", "2 hours and 10": minutes after hours, where the clause ends
_MINUTES_AFTER_HOURS = (rf"(?:\s+(?:{_AND}\s+)?(?P<minutes>[1-5]?\d|{_TENS_WORD}(?:[\s-]{_UNIT_WORD})?|{_UNIT_WORD})"
                        r"(?=\s*(?:[.,;!?)]|$)))?")
PATTERN = re.compile(
    rf"{_LEAD}{_APPROX}{_NUMBER}(?:{_FRACTION}(?:\s+{_OF})?)?(?:\s+|-)?{_ADJ}?{_UNIT}{_AFTER_UNIT}{_MINUTES_AFTER_HOURS}",
    re.I)
_MORE = re.compile(rf"(?:\s*,\s*|\s+(?:{_AND}\s+)?){_NUMBER}(?:\s+|-)?{_UNIT}", re.I)
_WHOLE = re.compile(rf"\b(?P<w>{_phrases(_WORDS.whole_units)})[\s-](?P<unit>{tx.alternation(_WORDS.duration_units)})"
                    r"(?![\w-])", re.I)
_UPCOMING = re.compile(rf"(?<![\w.,])(?P<n>\d+|{_WORD_NUMBER})\s+{tx.alternation(_WORDS.span_positions)}\s+{_UNIT}",
                       re.I)
_ORDINAL_FOLLOWS = re.compile(rf"\s+(?!(?:{tx.alternation(_WORDS.second_followers)})\b)[a-z]", re.I)


def _number(token: str) -> float | None:
    token = " ".join(token.lower().replace("-", " ").split())
    if token[0].isdigit():
        return float(token.replace(",", ""))
    if token in _WORDS.duration_counts:
        return _WORDS.duration_counts[token]
    parts = [part for part in token.split() if part not in _WORDS.spelled_year_joiners]
    if len(parts) == 2 and parts[0] in tx.CARDINALS and parts[1] in tx.CARDINALS:
        return tx.CARDINALS[parts[0]] + tx.CARDINALS[parts[1]]
    return tx.CARDINALS.get(token)


def _unit(word: str) -> tuple[str, bool, str, float, int, float]:
    """TIMEX letter, time part?, contract unit, seconds, factor, and how many of it one word means."""
    unit = _WORDS.duration_units[word.lower()]
    if unit == "fortnight":
        return "W", False, "week", 7 * 86400.0, 1, 2.0
    if unit == "night":
        return "D", False, "day", 86400.0, 1, 1.0
    if unit == "quarter":
        return "M", False, "month", 30 * 86400.0, 1, 3.0
    if unit == "business_day":
        return "BD", False, "day", 86400.0, 1, 1.0
    if unit == "weekend":
        return "WE", False, "weekend", 2 * 86400.0, 1, 1.0
    return (*durations._unit_info(unit), 1.0)


def _is_ordinal(m: re.Match, text: str) -> bool:
    """'a second quake', 'twenty second of June': 'second' counts nothing there."""
    unit, number = m["unit"].lower(), m["n"].lower()
    if _WORDS.duration_units.get(unit) != "second" or unit.endswith("s") or number[0].isdigit():
        return False
    one_of_many = number in _NUMBER_WORDS.one or number in _NUMBER_WORDS.words or " " in number or "-" in number
    return one_of_many or bool(_ORDINAL_FOLLOWS.match(text, m.end()))


_TOKEN_BEFORE = re.compile(r"(\S+)\s+$")


def _is_rate(m: re.Match, text: str) -> bool:
    """'€12.99 a month', 'once a month', '3 times a year', '3 hours a day': 'a month' says how often, not how
    long."""
    if m["n"].lower() not in _NUMBER_WORDS.one or m.groupdict().get("lead") or m.groupdict().get("approx"):
        return False
    before = _TOKEN_BEFORE.search(text, max(0, m.start() - 24), m.start())
    if before is None:
        return False
    token = before[1].lower()
    return any(c.isdigit() for c in token) or token in _WORDS.frequency_words or token in _WORDS.duration_units


_OF_AFTER = re.compile(rf"\s+{_OF}\b", re.I)


def _is_fraction(m: re.Match, text: str) -> bool:
    """'three quarters of an hour', 'a quarter of the staff', 'three quarters': a share; '2 quarters' and 'the past
    two quarters' are six months."""
    if _WORDS.duration_units[m["unit"].lower()] != "quarter":
        return False
    return bool(_OF_AFTER.match(text, m.end())) or not (m["n"][0].isdigit() or m["lead"])


def duration(m: re.Match, text: str, anchor=None) -> Mention | None:
    if _is_ordinal(m, text) or _is_rate(m, text) or _is_fraction(m, text) or durations.an_age_limit(text, m):
        return None                      # "a second quake", "€12.99 a month", "children under 12 years"
    number = _number(m["n"])
    if number is None:
        return None
    letter, is_time, unit, seconds, factor, per_word = _unit(m["unit"])
    frac = m["frac"] or m["frac2"]
    number = number * per_word + (_WORDS.duration_fractions[" ".join(frac.lower().split())] if frac else 0.0)
    parts = [(number * factor, letter, is_time, unit, seconds)]
    end = m.end()
    if m["minutes"] and unit == "hour" and not m["frac2"]:
        minutes = _number(m["minutes"])
        if minutes is None:
            end = m.end("unit") if not m["frac2"] else m.end("frac2")
        else:
            parts.append((minutes, "M", True, "minute", 60.0))
    elif m["minutes"]:
        end = m.end("frac2") if m["frac2"] else m.end("unit")
    while (more := _MORE.match(text, end)) and (value := _number(more["n"])) is not None and not (
            more["n"].lower() in _NUMBER_WORDS.one and "and" not in more[0].lower()):   # "3 hours a day": a rate
        letter, is_time, unit, seconds, factor, per_word = _unit(more["unit"])
        parts.append((value * per_word * factor, letter, is_time, unit, seconds))
        end = more.end()
    return _mention(m, text, parts, end)


def _mention(m: re.Match, text: str, parts, end: int) -> Mention:
    approx_word = m.groupdict().get("approx")
    start = m.start("approx") if approx_word else m.start("n")
    if not approx_word and not m.groupdict().get("lead") and text[m.start() - 1:m.start()].isspace():
        behind = durations._APPROX_BEHIND.search(text, max(0, m.start() - 14), m.start())
        if behind:
            approx_word, start = behind["approx"], behind.start()
    lead = (m.groupdict().get("lead") or "").lower()
    if lead.startswith("within"):
        start = m.start("lead")
    approx = durations._APPROX.get((approx_word or "").lower(), "exact")
    value, unit = parts[-1][0], parts[-1][3]
    if len(parts) > 1:
        smallest = min(p[4] for p in parts) or 1.0
        value = sum(n * seconds for n, _, _, _, seconds in parts) / smallest
        unit = next(p[3] for p in parts if p[4] == smallest)
    mod = durations._MOD.get(approx) or ("EQUAL_OR_LESS" if lead.startswith("within") else None)
    low = value if approx in ("exact", "more_than", "at_least") else None
    high = value if approx in ("exact", "less_than", "almost", "at_most") else None
    timex = durations.to_timex([(n, letter, is_time) for n, letter, is_time, _, _ in _ordered(parts)])
    return Mention(start=start, end=end, kind=KIND, value=value, low=low, high=high, approx=approx, unit=unit,
                   timex=timex, timex_mod=mod)


def _ordered(parts):
    """Largest unit first, as TIMEX3 writes them ('2 days 1 month' is P1M2D)."""
    return sorted(parts, key=lambda p: -p[4])


def whole_unit(m: re.Match, text: str, anchor=None) -> Mention | None:
    """'all day', 'full-week', 'the whole year', 'half an hour', 'half year'."""
    letter, is_time, unit, seconds, factor, _ = _unit(m["unit"])
    value = _WORDS.whole_units[" ".join(m["w"].lower().split())]
    return Mention(start=m.start(), end=m.end(), kind=KIND, value=value, low=value, high=value, unit=unit,
                   timex=durations.to_timex([(value, letter, is_time)]))


def upcoming(m: re.Match, text: str, anchor=None) -> Mention | None:
    """'the 5 upcoming years', '10 previous weeks': a span of that length next to the anchor."""
    number = _number(m["n"])
    if number is None or (number != 1 and not m["unit"].lower().endswith("s")):
        return None                      # "only 3 next week" counts people, not weeks
    letter, is_time, unit, seconds, factor, per_word = _unit(m["unit"])
    value = number * per_word * factor
    return Mention(start=m.start(), end=m.end(), kind=KIND, value=value, low=value, high=value, unit=unit,
                   timex=durations.to_timex([(value, letter, is_time)]))


NUM = "#"
_W_NUMBER = (set(tx.ENGLISH_CARDINALS) | set(_NUMBER_WORDS.words) | set(_NUMBER_WORDS.one)
             | {phrase.split()[0] for phrase in _WORDS.duration_counts}
             | {phrase.split()[0] for phrase in _WORDS.span_leads}
             | {w.split()[0] for w in durations._APPROX if w.isascii()})
PATTERNS = [
    (PATTERN, duration, {NUM} | _W_NUMBER, None),
    (_WHOLE, whole_unit, {phrase.split()[0] for phrase in _WORDS.whole_units}, None),
    (_UPCOMING, upcoming, {NUM} | set(tx.ENGLISH_CARDINALS), None),
] + [row for row in durations.PATTERNS if row[1] is durations.vague]       # "a few days", "several years"
