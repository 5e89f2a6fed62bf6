"""Bare years: a four-digit number the text uses as a year without a word like "im" or "seit" before it.

"hat 2023 einen Umsatz von", "2019 schloss die Kette", "fand 1939 kein Angriff statt", a year closing a
heading ("Der Angriff auf Polen 1939"), "Kriegsjahr 1916": a year. "in 2000 Dörfer", "rund 2000 neue
Stellen", "2000 Menschen": a count. The cue is the word after the number: a count goes on with what it
counts (an adjective or a noun), a year with an article, a preposition, a particle or a verb followed
by one of these. The words come from the language files (dates.yaml: year_followers, count_hedges,
year_nouns, count_prepositions; the verbs from its tense lists).
"""
from __future__ import annotations

import re

from factcheck import lang
from factcheck.extract.mention import Mention
from factcheck.extract.timex import (MONTHS, LazyPattern, alternation, is_finite_verb, is_verb, month_value,
                                     search_last_words, valid_day, year_value)

_LANGUAGES = tuple(lang.get(code).dates for code in lang.codes())
_FOLLOWERS = frozenset(word for dates in _LANGUAGES for word in dates.year_followers)
_HEDGES = frozenset(word for dates in _LANGUAGES for word in dates.count_hedges)
_YEAR_NOUNS = tuple(word for dates in _LANGUAGES for word in dates.year_nouns)
_COUNT_PREPOSITIONS = frozenset(word for dates in _LANGUAGES for word in dates.count_prepositions)
# de "mehr als", "weniger als": the word that joins a hedge to its number
_HEDGE_LINKS = frozenset(word for dates in _LANGUAGES for word in dates.hedge_links)
_HEDGED_NUMBER = re.compile(r"[ \t]+(?P<words>(?:[^\W\d_]+[ \t]+){0,2})\d")
_WORD_AFTER = re.compile(r"[ \t]+(?P<w>[^\W\d_]+)(?:[ \t]+(?P<w2>[^\W\d_]+))?")
_WORD_BEFORE = re.compile(r"(?P<w>[^\W\d_]+)[ \t]+$")
# "1500 bis 3000 Demonstranten": the far end of a range, a number no year can be (four digits or more, or
# grouped thousands)
_RANGE_END = re.compile(r"[ \t]+[^\W\d_]+[ \t]+(?P<n>\d{1,3}(?:[.,]\d{3})+|\d{4,})(?![\d.,]\d)")
_HEADING_LINE_MAX = 90
_FIRST_YEAR, _LAST_YEAR = 1000, 2099


def reads_as_year(text: str, start: int, end: int) -> bool:
    """Whether the number text[start:end] (four digits, no trigger word before it) is a year."""
    if not _FIRST_YEAR <= int(text[start:end]) <= _LAST_YEAR:
        return False
    before = search_last_words(_WORD_BEFORE, text, max(0, start - 30), start, 1)
    if before and before["w"].lower() in _HEDGES:
        return False                                  # "rund 2000", "mehr als 2000"
    if before and before["w"].lower().endswith(_YEAR_NOUNS):
        return True                                   # "Kriegsjahr 1916", "Jahrgang 1900"
    if _ends_heading(text, start, end):
        return True
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return False
    first = after["w"]
    if first.lower() in _HEDGES and _count_follows(text, end):
        return True                                   # "beschäftigte 2022 rund 500 Menschen"
    if first.lower() in _FOLLOWERS:
        if _range_to_a_count(text, end):
            return False                              # "1500 to 3000 protesters": both ends count
        return first[0].islower() or text[end:after.start("w")].strip() == ""
    # "2019 schloss die Kette": a verb, then an article or particle
    if (first[0].islower() and after["w2"] is not None and after["w2"].lower() in _FOLLOWERS
            and after["w2"][0].islower()):
        return True
    # "wurde 2011 gegründet", "Schon 2019 wurden 450 Stellen": a verb after the number, and no noun after the
    # verb that the number could count ("2000 gebrauchte Autos"); "auf 2000 gestiegen" is a count
    # a finite verb takes its subject after it ("1950 war Nordkorea"), a participle is no adjective of a noun
    return (is_verb(first) and (is_finite_verb(first) or after["w2"] is None or after["w2"][0].islower())
            and not (before and before["w"].lower() in _COUNT_PREPOSITIONS))


def _range_to_a_count(text: str, end: int) -> bool:
    """Whether the number after the next word cannot be a year ("1500 bis 3000", "1500 to 12,000"): the two
    ends of a range are one kind of figure."""
    m = _RANGE_END.match(text, end)
    if m is None:
        return False
    digits = m["n"].replace(".", "").replace(",", "")
    return not _FIRST_YEAR <= int(digits) <= _LAST_YEAR or not m["n"].isdigit()


def _count_follows(text: str, end: int) -> bool:
    """A number after a hedge ("rund 500", "mehr als 300"): the number before it is no count."""
    following = _HEDGED_NUMBER.match(text, end)
    return following is not None and all(word.lower() in _HEDGES or word.lower() in _HEDGE_LINKS
                                         for word in following["words"].split())


def goes_on_as_count(text: str, end: int) -> bool:
    """Whether a number after "Ende des Jahres" goes on as a count: "Ende des Jahres 1939 Menschen"; not
    "Ende des Jahres 1939 besetzte ...", "Ende des Jahres 1939, nach"."""
    after = _WORD_AFTER.match(text, end)
    return after is not None and after["w"][0].isupper()


def _ends_heading(text: str, start: int, end: int) -> bool:
    """'Der deutsche Angriff auf Polen 1939' or '1861' on a line of its own before more text: a heading,
    and the year its time."""
    line_end = text.find("\n", end)
    if line_end < 0 or text[end:line_end].strip() or not text[line_end:].strip():
        return False                                  # a heading has text after it
    line_start = text.rfind("\n", 0, start) + 1
    line = text[line_start:start]
    return len(line.strip()) < _HEADING_LINE_MAX and not line.rstrip().endswith((".", ":", ",", ";"))


# ---------------------------------------------------------------- pairs of years

def year_pair(m: re.Match, text: str, anchor=None) -> list[Mention] | None:
    """'1939/1940', 'Balkankriege 1912/13', '(1890–1970)': two years, the second may drop its century."""
    first, second = int(m["y1"]), m["y2"]
    later = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    if len(second) == 2 and later <= first:
        later += 100                                  # "1999/00"
    if not (_FIRST_YEAR <= first < later <= _LAST_YEAR and later - first <= 200):
        return None
    if m["open"] is None and not _pair_is_marked(text, m):
        return None
    return [Mention(start=m.start("y1"), end=m.end("y1"), kind="date", timex=f"{first:04d}"),
            Mention(start=m.start("y2"), end=m.end("y2"), kind="date", timex=f"{later:04d}")]


def _pair_is_marked(text: str, m: re.Match) -> bool:
    """A pair without brackets is years where it closes a heading or follows a year noun or a name."""
    if _ends_heading(text, m.start(), m.end()):
        return True
    before = search_last_words(_WORD_BEFORE, text, max(0, m.start() - 30), m.start(), 1)
    return before is not None and (before["w"][0].isupper() or before["w"].lower().endswith(_YEAR_NOUNS))


# ---------------------------------------------------------------- before Christ, centuries

def _phrases(phrases) -> str:
    return "(?:" + "|".join(r"\s*".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True)) \
        + ")" if phrases else "(?!)"


_BC = _phrases({word for dates in _LANGUAGES for word in dates.before_christ})
_CENTURY = _phrases({word for dates in _LANGUAGES for word in dates.century_words})


def before_christ(m: re.Match, text: str, anchor=None) -> list[Mention] | None:
    """'499 v. Chr.' -> BC0499; '(264–260 v. Chr.)' -> BC0264 and BC0260."""
    first = int(m["y1"])
    found = [Mention(start=m.start("y1"), end=m.end() if m["y2"] is None else m.end("y1"), kind="date",
                     timex=f"BC{first:04d}")]
    if m["y2"]:
        second = int(m["y2"])
        if len(m["y2"]) < len(m["y1"]):       # "449/48 v. Chr."
            second = first // 10 ** len(m["y2"]) * 10 ** len(m["y2"]) + second
        found.append(Mention(start=m.start("y2"), end=m.end(), kind="date", timex=f"BC{second:04d}"))
    return found


def century(m: re.Match, text: str, anchor=None) -> Mention | None:
    """'des 20. Jahrhunderts' -> 19 (TIMEX3 names a century by its first two digits); 'im 4. Jh. v. Chr.' -> BC03."""
    number = int(m["c"])
    if not 1 <= number <= 21:
        return None
    return Mention(start=m.start(), end=m.end(), kind="date",
                   timex=("BC" if m["bc"] else "") + f"{number - 1:02d}")


# ---------------------------------------------------------------- pairs of days

def day_pair(m: re.Match, text: str, anchor) -> list[Mention] | None:
    """'14./15.10.2018', 'am 27./28. September': two days of one month, the year as the date would have it."""
    first, second = int(m["d1"]), int(m["d2"])
    month = int(m["m"]) if m["m"] else month_value(m["mon"])
    if month is None or not 1 <= month <= 12 or not first < second <= 31:
        return None
    written = m["y"] or m["y2"]
    year = year_value(written) if written else anchor.year_of_day(month, second, anchor.direction(text, m))
    if year is None or not (valid_day(year, month, first) and valid_day(year, month, second)):
        if written or not valid_day(2000, month, second):
            return None
        return [Mention(start=m.start("d1"), end=m.end("d1") + 1, kind="date", timex=f"XXXX-{month:02d}-{first:02d}"),
                Mention(start=m.start("d2"), end=m.end(), kind="date", timex=f"XXXX-{month:02d}-{second:02d}")]
    return [Mention(start=m.start("d1"), end=m.end("d1") + 1, kind="date", timex=f"{year:04d}-{month:02d}-{first:02d}"),
            Mention(start=m.start("d2"), end=m.end(), kind="date", timex=f"{year:04d}-{month:02d}-{second:02d}")]


_MONTH_NAME = alternation(MONTHS)
NUM = "#"
# (pattern, handler, the tokens a match can begin with, guard), as in dates.PATTERNS
PATTERNS = [
    (LazyPattern(rf"(?<![\w.,/:-])(?P<d1>[0-3]?\d)\./(?P<d2>[0-3]?\d)\.\s?(?:(?P<m>[01]?\d)\.(?P<y>\d{{4}})?"
                 rf"|(?P<mon>{_MONTH_NAME})\.?(?:\s+(?P<y2>\d{{4}}))?)(?![\w])", re.I), day_pair, {NUM},
     "[0-9][0-9]?\\./[0-9][0-9]?\\."),
    (LazyPattern(rf"(?<![\w.,/-])(?P<y1>\d{{1,4}})(?:\s?[/–-]\s?(?P<y2>\d{{1,4}}))?\s*{_BC}", re.I), before_christ,
     {NUM}, "[0-9]{1,4}(?: ?[/ -] ?[0-9]{1,4})? *(?:v|b)"),     # guards read lower case, "–" as a space
    (LazyPattern(rf"(?<![\w.,/-])(?P<c>\d{{1,2}})\.\s*{_CENTURY}(?![\w-])(?:\s*(?P<bc>{_BC}))?", re.I), century,
     {NUM}, "[0-9][0-9]?\\. *[^ 0-9]"),
    (LazyPattern(r"(?<![\w.,/:-])(?P<open>(?<=\())?(?P<y1>1\d{3}|20\d\d)\s?(?:/|–|-)\s?(?P<y2>1\d{3}|20\d\d|\d\d)"
                r"(?(open)\)|(?![\w]|[.,/:-]\d))"), year_pair, {NUM},
     "(?<![.,/:-])[0-9][0-9][0-9][0-9] ?[/ -] ?[0-9][0-9]"),      # guards read "–" as a space
]
