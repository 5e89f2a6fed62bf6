"""English date words as regex pieces and readers, shared by the English date modules.

The words come from lang/en/dates.yaml; the shapes they fill are here ("the 3rd", "twenty second").
"""
from __future__ import annotations

import re
from datetime import date

from factcheck import lang
from factcheck.extract import timex as tx
from factcheck.extract.word_regex import phrases  # noqa: F401 (the English date modules import it from here)

WORDS = lang.get("en").dates

B = r"(?![\w])"
YEAR = r"(?:1[89]|20)\d{2}"
MONTH_NAMES = [m for m in WORDS.months if m not in WORDS.abbreviated_months]
# month names and abbreviations as prefix trees: the engine then branches once per letter
MON = rf"(?:{tx.trie_regex(MONTH_NAMES)}|{tx.trie_regex(WORDS.abbreviated_months)}\.?){B}"
MON_GLUED = rf"(?:{tx.trie_regex(MONTH_NAMES)}|{tx.trie_regex(WORDS.abbreviated_months)})"
WEEKDAYS = WORDS.weekdays
WEEKDAY_ABBREVIATIONS = WORDS.weekday_abbreviations
WEEKDAY = rf"(?:{tx.alternation(WEEKDAYS)}|{tx.alternation(WEEKDAY_ABBREVIATIONS)}\.?){B}"
ORDINALS = WORDS.ordinals.words
TENS = {word: value for value, word in WORDS.number_words.tens.items()}
TENS_WORD = tx.alternation(TENS)
ORDINAL_WORD = rf"(?:{TENS_WORD}[\s-])?{tx.trie_regex(w for w in ORDINALS if '-' not in w)}"
ENDING = tx.alternation(WORDS.day_number_endings)
DAY = rf"(?:[0-3]?\d{ENDING}?{B}|{ORDINAL_WORD}{B})"
CARDINAL_WORD = rf"(?:{TENS_WORD}[\s-])?{tx.trie_regex(WORDS.number_words.units)}"
DAY_OR_CARDINAL = rf"(?:{DAY}|{CARDINAL_WORD}{B})"
UNITS = WORDS.calendar_units


def units(*kinds: str) -> str:
    """The calendar unit words of these kinds ("week" -> week, wk)."""
    return tx.alternation(word for word, kind in UNITS.items() if kind in kinds)


REL = tx.alternation(WORDS.relative_steps)
THIS_SIDE = tx.alternation(WORDS.this_sides)
DAY_PREPOSITION = tx.alternation([*WORDS.day_prepositions, *WORDS.interval_openers,
                                   *(w for w in WORDS.interval_links
                                     if w.isalpha() and w not in WORDS.interval_paired_links)])
I = re.I
END = r"(?=\s*(?:[.,;:!?)\]]|$))"              # the expression ends a clause


def day_number(token: str) -> int | None:
    """'22nd' -> 22, 'twenty second' -> 22, 'thirty-first' -> 31, '15' -> 15, 'twenty nine' -> 29."""
    token = re.sub(r"[\s-]+", " ", token.strip().lower())
    tens = 0
    head, _, rest = token.partition(" ")
    if head in TENS and rest:
        tens, token = TENS[head], rest
    if token[:1].isdigit():
        value = tx.ordinal_value(token)
    else:
        value = ORDINALS.get(token) or (int(tx.CARDINALS[token]) if token in tx.CARDINALS else None)
    if value is None or (tens and value > 9):
        return None
    return tens + value if 1 <= tens + value <= 31 else None


def step(word: str | None) -> int:
    return WORDS.relative_steps.get((word or "").lower(), 0)


def monday_of(d: date) -> date:
    return tx.shift_days(d, 1 - d.isoweekday())


def weekday_number(word: str) -> int:
    w = word.lower().rstrip(".")
    return WEEKDAYS.get(w) or WEEKDAY_ABBREVIATIONS[w]


def calendar_unit(word: str) -> str:
    return UNITS[word.lower()]


def calendar_unit_kind(word: str) -> str | None:
    """'week', 'wk' -> week; a word that is no calendar unit -> None."""
    return UNITS.get(word.lower())


def count(token: str) -> float | None:
    value = tx.number_value(token.replace(",", "")) if token[0].isdigit() else tx.CARDINALS.get(token.lower())
    return value if value is not None and value == int(value) else None


def shift(ref: date, unit_word: str, n: float) -> date:
    """ref moved by n days, weeks, fortnights, months or years (a month keeps its day where it can)."""
    unit = WORDS.duration_units[unit_word.lower()]
    n = int(n)
    if unit in ("day", "week", "fortnight"):
        return tx.shift_days(ref, n * {"day": 1, "week": 7, "fortnight": 14}[unit])
    months = n * (12 if unit == "year" else 1)
    year, month = tx.add_months(ref.year, ref.month, months)
    day = ref.day
    while not tx.valid_day(year, month, day):
        day -= 1
    return date(year, month, day)


# the unit words a span counted from the anchor may have ("two weeks from now", "a fortnight hence")
SPAN_UNIT = tx.alternation(word for word, unit in WORDS.duration_units.items()
                           if unit in ("day", "week", "fortnight", "month", "year"))
W_ORDINAL = {w.split("-")[0] for w in ORDINALS} | set(TENS)
W_WEEKDAY = set(WEEKDAYS) | set(WEEKDAY_ABBREVIATIONS)
W_REL = set(WORDS.relative_steps)
W_MONTH = set(WORDS.months)
SPAN_DIRECTION = tx.alternation(WORDS.span_directions)


# years in words: "nineteen seventy two", "two thousand and five", "one thousand seven hundred and eighty nine"
_YEAR_WORD = tx.alternation([*tx.ENGLISH_CARDINALS, *WORDS.spelled_year_words])
_JOINER = tx.alternation(WORDS.spelled_year_joiners) if WORDS.spelled_year_joiners else "(?!)"
SPELLED_YEAR = rf"(?:{_YEAR_WORD})(?:(?:[\s-]+(?:{_JOINER})\s+|[\s-]+)(?:{_YEAR_WORD})){{1,6}}{B}"


def spelled_year(words: str) -> int | None:
    """'nineteen seventy two' -> 1972, 'two thousand and five' -> 2005, 'nineteen oh one' -> 1901,
    'nineteen hundred' -> 1900; None for what is no year between 1000 and 2099."""
    tokens = [t for t in re.split(r"[\s-]+", words.lower()) if t and t not in WORDS.spelled_year_joiners]
    values = [WORDS.spelled_year_words.get(t, tx.CARDINALS.get(t)) for t in tokens]
    if None in values or not values or values[0] >= 100:
        return None                          # "thousand and five" lacks its "two"
    if any(t in WORDS.spelled_year_words and WORDS.spelled_year_words[t] >= 100 for t in tokens):
        year = _cardinal(values)
    else:                                    # "nineteen | seventy two": centuries, then the rest
        head, rest = int(values[0]), int(sum(values[1:]))
        century = len(values) > 1 and (11 <= head <= 19 or (head == 20 and rest >= 10))   # "twenty five": none
        year = head * 100 + rest if century and rest < 100 else None
    return year if year is not None and 1000 <= year <= 2099 else None


def _cardinal(values: list) -> int:
    total, current = 0, 0
    for v in values:
        if v >= 1000:
            total, current = total + max(current, 1) * int(v), 0
        elif v == 100:
            current = max(current, 1) * 100
        else:
            current += int(v)
    return total + current
