"""TIMEX3 values: the words of dates (German, English), the anchor, and tense-directed resolution."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from factcheck import lang
from factcheck.extract.word_regex import alternation, trie_regex

# ---------------------------------------------------------------- vocabulary
# Every language's words at once: a German text quotes "May 14", an English one "14. Mai".
_LANGUAGES = tuple(lang.get(code).dates for code in lang.codes())


def _merged(field: str) -> dict:
    return {word: value for dates in _LANGUAGES for word, value in getattr(dates, field).items()}


def _listed(field: str) -> frozenset[str]:
    return frozenset(word for dates in _LANGUAGES for word in getattr(dates, field))


MONTHS: dict[str, int] = _merged("months")
CAPITAL_ONLY_MONTHS = _listed("capital_only_months")
ABBREVIATED_MONTHS = _listed("abbreviated_months")
WEEKDAYS: dict[str, int] = _merged("weekdays")
WEEKDAY_ABBREVIATIONS: dict[str, int] = _merged("weekday_abbreviations")
SEASONS: dict[str, str] = _merged("seasons")
# "Mittwochabend", "Mittwochabends": a part of the day joined to a weekday, with and without the ending
DAY_PART_SUFFIXES = frozenset(part + ending for dates in _LANGUAGES for part in dates.day_parts
                              for ending in {"", dates.day_part_ending})
WEEKDAY_WITH_PART = frozenset(day + part + ending for dates in _LANGUAGES for day in dates.weekdays
                              for part in dates.day_parts for ending in {"", dates.day_part_ending})
SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}
_SEASONS_LOWER_CASE_ONLY = _listed("lower_case_seasons")


def is_noun_not_season(word: str) -> bool:
    """en "fall" is a season in lower case; capitalized without a year it is the German noun "Fall"."""
    return word.lower() in _SEASONS_LOWER_CASE_ONLY and not word.islower()
PART_MODS: dict[str, str] = _merged("part_modifiers")


def _spelling_variants(words: dict, dates) -> dict:
    """The same words in each other spelling the language allows (de: "dreißig", "dreissig")."""
    variants = dict(words)
    for letter, other in dates.spelling_variants.items():
        variants.update({word.replace(letter, other): value for word, value in words.items() if letter in word})
    return variants


def _cardinal_words(dates) -> dict[str, float]:
    numbers = dates.number_words
    words: dict[str, float] = {w: float(i) for i, w in enumerate(numbers.units)}
    for tens, word in numbers.tens.items():
        words[word] = float(tens)
        for unit in range(1, 10) if numbers.tens_compound else ():
            unit_word = numbers.unit_in_compound.get(unit, numbers.units[unit])
            words[numbers.tens_compound.format(unit=unit_word, tens=word)] = float(tens + unit)
    words.update({article: 1.0 for article in numbers.one})
    words.update(numbers.words)
    for unit in range(2, 10) if numbers.and_a_half else ():
        words[numbers.and_a_half.format(unit=numbers.units[unit])] = unit + 0.5
    return _spelling_variants(words, dates)


def _ordinal_words(dates) -> dict[str, int]:
    ordinals = dates.ordinals
    words = {stem + ending: day for day, stem in ordinals.stems.items() for ending in ordinals.endings}
    return _spelling_variants(words, dates) | ordinals.words


CARDINALS = {word: value for dates in _LANGUAGES for word, value in _cardinal_words(dates).items()}
# the number words that may stand before a unit and "ago" ("two years ago", "a dozen years ago")
ENGLISH_CARDINALS = frozenset(
    word for dates in _LANGUAGES if dates.number_words.before_ago
    for word in [*dates.number_words.units, *dates.number_words.tens.values(), *dates.number_words.one,
                 *dates.number_words.before_ago])
ORDINALS = {word: value for dates in _LANGUAGES for word, value in _ordinal_words(dates).items()}


class LazyPattern:
    """A regex compiled where it is first matched: a pattern most texts never reach costs no start-up."""

    __slots__ = ("pattern", "flags", "match")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self.flags = pattern, flags
        self.match = self._compile_and_match

    def _compile_and_match(self, text: str, pos: int = 0):
        self.match = re.compile(self.pattern, self.flags).match
        return self.match(text, pos)


def fold(text: str) -> str:
    """Lower case as re.I compares letters: "ſ" is s, "ı" is i and "İ" one letter i."""
    return text.lower().replace("ſ", "s").replace("ı", "i").replace("i\u0307", "i")


def last_words_start(text: str, count: int) -> int:
    """Where the last count runs of non-white space in text begin, or a little before (0 if fewer).

    A regex that ends in white space and "$" and spans at most count such runs matches nothing that
    begins before: searching from here finds what a search from 0 finds, in fewer tries.
    """
    runs = text.rsplit(None, count)
    return len(runs[0]) if len(runs) > count else 0


def search_last_words(pattern: re.Pattern, text: str, start: int, end: int, count: int) -> re.Match | None:
    """pattern.search(text, start, end) for a pattern that ends in white space and "$" and spans at most
    count runs of non-white space, tried only from where the last count runs begin: a search from start
    tries every letter of the window, and every letter of a word again to the word's end."""
    return pattern.search(text, start + last_words_start(text[start:end], count), end)


def number_value(token: str) -> float | None:
    """'acht' -> 8.0, '3,5' -> 3.5, '1/2' -> 0.5, 'zweieinhalb' -> 2.5; None if it is no number."""
    token = token.strip().lower()
    if token in CARDINALS:
        return CARDINALS[token]
    if "/" in token:
        num, _, den = token.partition("/")
        return int(num) / int(den) if num.isdigit() and den.isdigit() and int(den) else None
    try:
        # de: the comma is the decimal separator ("3,5 Jahre")
        return float(token.replace(",", "."))
    except ValueError:
        return None


def ordinal_value(token: str) -> int | None:
    """'zweiten' -> 2, '15ten' -> 15, '4.' -> 4, '3rd' -> 3."""
    token = token.strip().lower().rstrip(".")
    if token in ORDINALS:
        return ORDINALS[token]
    digits = _DIGITS.match(token)
    return int(digits.group()) if digits else None


_DIGITS = re.compile(r"\d+")


def month_value(token: str) -> int | None:
    return MONTHS.get(token.strip().lower().rstrip("."))


def year_value(token: str) -> int:
    """'2020' -> 2020; two digits as in '31.10.74' or 'August 99': 00-49 -> 20xx, 50-99 -> 19xx (the
    anchoring pass moves a year too far after the publication date back a century)."""
    year = int(token)
    if len(token) <= 2:
        year += 2000 if year < 50 else 1900
    return year


# ---------------------------------------------------------------- formatting

def iso_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def iso_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def valid_day(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


# ---------------------------------------------------------------- anchoring

# how far across the turn of the year a day after a stated date may lie and still be the nearest; a month
# alone ("im Januar") stays in the stated year
_STATED_REACH_DAYS, _STATED_REACH_MONTHS = 31, 0


@dataclass(frozen=True, slots=True)
class Anchor:
    """The date relative expressions count from, and how much of it is known."""

    ref: date | None
    precision: str = "day"          # "year", "month" or "day"
    # the last date the text stated before the expression, not the publication date: a narrative
    # goes on from it, so the nearest reading wins and tense says nothing about the side
    stated: bool = False

    def direction(self, text: str, m: re.Match) -> int:
        """Which side of the anchor the expression m lies on: -1 before, +1 after, 0 the nearest."""
        return 0 if self.stated else tense_direction(text, m.start(), m.end())

    @property
    def knows_day(self) -> bool:
        return self.ref is not None and self.precision == "day"

    @property
    def knows_month(self) -> bool:
        return self.ref is not None and self.precision in ("day", "month")

    def year_of_month(self, month: int, direction: int) -> int | None:
        """The year a bare month name means: the last one (-1), the next one (+1), else the nearest."""
        if self.ref is None:
            return None
        if not self.knows_month:
            return self.ref.year
        ref_index = self.ref.year * 12 + self.ref.month - 1
        offset = (lambda y: y * 12 + month - 1 - ref_index)
        if self.stated:
            return self._pick_near_year(self.ref.year, offset, _STATED_REACH_MONTHS)
        return self._pick(self.ref.year, offset, direction)

    def year_of_day(self, month: int, day: int, direction: int) -> int | None:
        """The year a day and month without one mean, chosen as year_of_month does."""
        if self.ref is None:
            return None
        if not self.knows_day:
            return self.year_of_month(month, direction)

        def offset(y: int) -> int:
            day_in_year = min(day, 28) if month == 2 and day == 29 and not valid_day(y, 2, 29) else day
            return (date(y, month, day_in_year) - self.ref).days
        if self.stated:
            return self._pick_near_year(self.ref.year, offset, _STATED_REACH_DAYS)
        return self._pick(self.ref.year, offset, direction)

    @staticmethod
    def _pick_near_year(year: int, offset, reach: int) -> int:
        """After a date the text stated, its own year, unless the date lies just across the turn of the year
        ("am 28. Dezember 1862 ... am 2. Januar"): a story that names no new year stays in the one it is in,
        also where the last date was late in it ("am 1. Januar 1862 ... am 27. September" is 1862)."""
        same = abs(offset(year))
        nearest = min(((abs(offset(y)), y) for y in (year - 1, year + 1)))
        return nearest[1] if nearest[0] <= reach and nearest[0] < same else year

    @staticmethod
    def _pick(year: int, offset, direction: int) -> int:
        candidates = [(offset(y), y) for y in (year - 1, year, year + 1)]
        if direction < 0:
            return max(y for o, y in candidates if o <= 0)
        if direction > 0:
            return min(y for o, y in candidates if o >= 0)
        # no signal: the nearest; on a tie the anchor's own year
        return min(candidates, key=lambda c: (abs(c[0]), c[1] != year))[1]


# ---------------------------------------------------------------- tense

def _tense_words(field: str) -> frozenset[str]:
    return frozenset(word for dates in _LANGUAGES for word in getattr(dates.tense, field))


_PAST = _tense_words("past")
_REPORTING = _tense_words("reporting")
_ABOUT = re.compile(rf"\b{alternation(_tense_words('about'))}\s+$", re.I)
_FUTURE = _tense_words("future")
_PERFECT_AUX = _tense_words("perfect_auxiliaries")
_PASSIVE_AUX = _tense_words("passive_auxiliaries")
_POSTPONEMENT = _tense_words("postponement")
_TARGET_BEFORE = re.compile(rf"\b{alternation(_tense_words('postponement_targets'))}\s+(?:\w+\s+){{0,2}}$", re.I)
_PAST_ENDINGS = tuple(_tense_words("past_endings"))
_NOT_PAST = _tense_words("not_past")
# de: "mitteilte" is "mit" + "teilte": every past form with every separable particle in front
_PREFIXED_PAST = frozenset(prefix + verb for prefix in _tense_words("separable_prefixes")
                           for verb in _PAST | _REPORTING)
_PARTICIPLES = tuple(dates.tense.participle for dates in _LANGUAGES if dates.tense.participle)
_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+")
_CLAUSE_END = re.compile(r"[,;:!?\n()–—]|(?<![\d\s])\.(?=\s|$)")


def _is_past(word: str, reported_about: bool) -> bool:
    """'sagte', 'präsentierte', de 'mitteilte' (mit + teilte, a subordinate clause), en 'agreed'."""
    if word in _PAST or word in _REPORTING and not reported_about:
        return True
    return word.endswith(_PAST_ENDINGS) and word not in _NOT_PAST or word in _PREFIXED_PAST


def _is_participle(word: str) -> bool:
    """'gekauft', 'gestiegen', 'beschlossen': a lower-case word of a participle's shape (de: ge-...-t,
    ge-...-en, and the same with an inseparable prefix instead of ge-)."""
    lower = word.lower()
    return word[0].islower() and any(
        lower.endswith(tuple(p.endings)) and (
            lower.startswith(p.prefix) and len(lower) >= p.min_length
            or lower.startswith(tuple(p.inseparable_prefixes)) and len(lower) >= p.inseparable_min_length)
        for p in _PARTICIPLES)


def is_finite_verb(word: str) -> bool:
    """'wurde', 'war', 'musste', 'will': a lower-case finite verb of the tense data."""
    lower = word.lower()
    return word[0].islower() and (lower in _FUTURE or lower in _PERFECT_AUX or _is_past(lower, False))


def is_verb(word: str) -> bool:
    """'wurden', 'schloss', 'gegründet': a lower-case finite verb of the tense data or a participle."""
    return is_finite_verb(word) or _is_participle(word)


_PLUPERFECT_AUX = _tense_words("pluperfect_auxiliaries")


def is_pluperfect(text: str, start: int, end: int) -> bool:
    """'Bereits im Dezember 1912 hatte der Kaiser gefordert': a past auxiliary and a participle in the clause
    around [start, end) tell of a time before the one the story is in."""
    if not _PLUPERFECT_AUX:
        return False
    left, right = clause_bounds(text, start, end)
    words = [m.group() for m in _WORD.finditer(text, left, right) if not start <= m.start() < end]
    return any(word.lower() in _PLUPERFECT_AUX for word in words) and any(map(_is_participle, words))


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around [start, end): up to the nearest comma, colon, bracket or sentence end."""
    lo = max(0, start - 300)
    left = lo
    for m in _CLAUSE_END.finditer(text, lo, start):
        left = m.end()
    right_match = _CLAUSE_END.search(text, end, min(len(text), end + 300))
    right = right_match.start() if right_match else min(len(text), end + 300)
    return left, right


_directions: tuple[str | None, dict[tuple[int, int], int]] = (None, {})


def tense_direction(text: str, start: int, end: int) -> int:
    """-1 when the clause around the expression is in the past, +1 when it looks ahead, else 0.

    Kept for the text read last: anchoring asks again for the expressions the scan already asked for.
    """
    global _directions
    if _directions[0] is not text:
        _directions = (text, {})
    known = _directions[1]
    if (start, end) not in known:
        known[start, end] = _tense_direction(text, start, end)
    return known[start, end]


def _tense_direction(text: str, start: int, end: int) -> int:
    left, right = clause_bounds(text, start, end)
    reported_about = _ABOUT.search(text, max(0, start - 6), start) is not None
    best: tuple[int, int] | None = None
    saw_aux = saw_participle = passive = False
    target = None                      # "to Aug. 1": the date is where something was put off to
    for m in _WORD.finditer(text, left, right):
        if start <= m.start() < end:
            continue
        word = m.group().lower()
        if word in _POSTPONEMENT:
            target = _TARGET_BEFORE.search(text, max(left, start - 30), start) is not None if target is None else target
            if target:
                return 1
        sign = 1 if word in _FUTURE else -1 if not passive and _is_past(word, reported_about) else 0
        passive = word in _PASSIVE_AUX
        saw_aux |= word in _PERFECT_AUX
        saw_participle = saw_participle or _is_participle(m.group())
        if sign:
            distance = abs(m.start() - start)
            if best is None or distance < best[0]:
                best = (distance, sign)
    if best:
        return best[1]
    return -1 if saw_aux and saw_participle else 0


def shift_days(d: date, days: int) -> date:
    return d + timedelta(days=days)


def weekday_date(anchor: date, weekday: int, direction: int, weeks: int = 0) -> date:
    """The weekday (1 = Monday) on or before the anchor (-1), else the next one after it;
    weeks more in the same direction."""
    today = anchor.isoweekday()
    if direction < 0:
        back = (today - weekday) % 7
        return anchor - timedelta(days=back + 7 * weeks)
    ahead = (weekday - today) % 7 or 7
    return anchor + timedelta(days=ahead + 7 * weeks)
