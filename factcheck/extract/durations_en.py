"""English durations ("15.5 minutes", "an hour and a half", "1 hour thirty", "three-day", "a fortnight").

English writes decimals with a point and groups thousands with a comma ("1,500 years"), so the German
reading of durations.py ("3,5 Jahre") does not apply. "a second" and "twenty second" are ordinals
when a noun follows ("a second quake", "February twenty second").
"""
from __future__ import annotations

import re

from factcheck.extract import durations
from factcheck.extract import timex as tx
from factcheck.extract.mention import Mention

KIND = "duration"
_UNIT = (r"(?P<unit>centur(?:y|ies)|decades?|years?|yrs?|months?|fortnights?|weeks?|wks?|days?|nights?|hours?|hrs?"
         r"|minutes?|mins?|seconds?|secs?)(?![\w])")
_DIGITS = r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w]|[.,]\d)"
_WORD_NUMBER = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six"
                r"|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
                r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a|an|another|a\s+couple\s+of|couple\s+of"
                r"|a\s+dozen|dozen)")
_NUMBER = rf"(?P<n>{_DIGITS}|\b{_WORD_NUMBER}\b)"
_FRACTION = r"(?:\s+and\s+(?:a\s+)?(?P<frac>half|quarter|three\s+quarters?))"
_ADJ = r"(?:(?:additional|more|full|whole|extra|straight|consecutive|further)\s+)"
_LEAD = (r"(?:(?P<lead>within|(?:in|over|for|during)\s+the\s+(?:last|past|next|coming|following|previous)"
         r"|the\s+(?:last|past|next|coming|following|previous)|last|past|next|previous)\s+)?")
_APPROX = rf"(?:(?P<approx>{tx.alternation(durations._APPROX)})\s+)?"
_AFTER_UNIT = r"(?:\s+and\s+(?:a\s+)?(?P<frac2>half|quarter)(?!\s+(?:hours?|of)\b))?"
_MINUTES_AFTER_HOURS = r"(?:\s+(?:and\s+)?(?P<minutes>[1-5]?\d|(?:twenty|thirty|forty|fifty)(?:[\s-]\w+)?|ten|fifteen|five)(?=\s*(?:[.,;!?)]|$)))?"
PATTERN = re.compile(
    rf"{_LEAD}{_APPROX}{_NUMBER}{_FRACTION}?(?:\s+|-)?{_ADJ}?{_UNIT}{_AFTER_UNIT}{_MINUTES_AFTER_HOURS}", re.I)
_MORE = re.compile(rf"(?:\s*,\s*|\s+(?:and\s+)?){_NUMBER}(?:\s+|-)?{_UNIT}", re.I)
_WHOLE = re.compile(r"\b(?P<w>all|full|whole|entire|half(?:\s+an?)?)[\s-](?P<unit>day|week|month|year|hour)(?![\w-])", re.I)
_UPCOMING = re.compile(rf"(?<![\w.,])(?P<n>\d+|{_WORD_NUMBER})\s+(?:upcoming|next|past|previous|last|coming|following)"
                       rf"\s+{_UNIT}", re.I)
_FRACTION_VALUE = {"half": 0.5, "quarter": 0.25, "three quarter": 0.75, "three quarters": 0.75}
_ORDINAL_FOLLOWS = re.compile(r"\s+(?!(?:and|or|later|ago|of|to|before|after|in|at|from|for|on)\b)[a-z]", re.I)


def _number(token: str) -> float | None:
    token = " ".join(token.lower().replace("-", " ").split())
    if token[0].isdigit():
        return float(token.replace(",", ""))
    if token in ("a couple of", "couple of"):
        return 2.0
    if token in ("a dozen", "dozen"):
        return 12.0
    parts = token.split()
    if len(parts) == 2 and parts[0] in tx.CARDINALS and parts[1] in tx.CARDINALS:
        return tx.CARDINALS[parts[0]] + tx.CARDINALS[parts[1]]
    return tx.CARDINALS.get(token)


def _unit(word: str) -> tuple[str, bool, str, float, int, float]:
    """TIMEX letter, time part?, contract unit, seconds, factor, and how many of it one word means."""
    w = word.lower()
    if w.startswith("fortnight"):
        return "W", False, "week", 7 * 86400.0, 1, 2.0
    if w.startswith("night"):
        return "D", False, "day", 86400.0, 1, 1.0
    if w.startswith("wk"):
        w = "week"
    if w.startswith("yr"):
        w = "year"
    return (*durations._unit_info(w), 1.0)


def _is_ordinal(m: re.Match, text: str) -> bool:
    """'a second quake', 'twenty second of June': 'second' counts nothing there."""
    unit, number = m["unit"].lower(), m["n"].lower()
    if unit != "second" or number[0].isdigit():
        return False
    return number in ("a", "an", "another") or " " in number or "-" in number or bool(
        _ORDINAL_FOLLOWS.match(text, m.end()))


def duration(m: re.Match, text: str, anchor=None) -> Mention | None:
    if _is_ordinal(m, text):
        return None
    number = _number(m["n"])
    if number is None:
        return None
    letter, is_time, unit, seconds, factor, per_word = _unit(m["unit"])
    frac = m["frac"] or m["frac2"]
    number = number * per_word + (_FRACTION_VALUE[" ".join(frac.lower().split())] if frac else 0.0)
    parts = [(number * factor, letter, is_time, unit, seconds)]
    end = m.end()
    if m["minutes"] and unit == "hour":
        minutes = _number(m["minutes"])
        if minutes is None:
            end = m.end("unit") if not m["frac2"] else m.end("frac2")
        else:
            parts.append((minutes, "M", True, "minute", 60.0))
    elif m["minutes"]:
        end = m.end("frac2") if m["frac2"] else m.end("unit")
    while (more := _MORE.match(text, end)) and (value := _number(more["n"])) is not None:
        letter, is_time, unit, seconds, factor, per_word = _unit(more["unit"])
        parts.append((value * per_word * factor, letter, is_time, unit, seconds))
        end = more.end()
    return _mention(m, text, parts, end)


def _mention(m: re.Match, text: str, parts, end: int) -> Mention:
    approx_word = m.groupdict().get("approx")
    start = m.start("approx") if approx_word else m.start("n")
    if not approx_word and text[m.start() - 1:m.start()].isspace():
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
    value = 0.5 if m["w"].lower().startswith("half") else 1.0
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
_W_NUMBER = (set(tx.ENGLISH_CARDINALS) | {"another", "couple", "dozen", "within", "in", "over", "for", "during", "the",
                                          "last", "past", "next", "previous"}
             | {w.split()[0] for w in durations._APPROX if w.isascii()})
PATTERNS = [
    (PATTERN, duration, {NUM} | _W_NUMBER, None),
    (_WHOLE, whole_unit, {"all", "full", "whole", "entire", "half"}, None),
    (_UPCOMING, upcoming, {NUM} | set(tx.ENGLISH_CARDINALS), None),
    (durations._VAGUE, durations.vague, {"within", "a", "few", "several", "many"}, None),
]
