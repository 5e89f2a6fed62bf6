"""Numerals -> values: digit strings with either separator convention, and phrases of number words."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from factcheck.extract.word_regex import trie_regex
from factcheck.lang.counting import accumulate

GROUP_SPACES = " \u00a0\u202f\u2009"
VULGAR_FRACTIONS = {"½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅙": 1 / 6,
                    "⅛": 1 / 8}


NOTHING = "(?!)"
_NO_GROUP_SPACES = str.maketrans("", "", GROUP_SPACES)
_GROUPS_OF_THREE = {sep: re.compile(rf"\d{{1,3}}(?:{re.escape(sep)}\d{{3}})+") for sep in ".,"}


@dataclass(frozen=True, slots=True)
class Numeral:
    value: Decimal | float   # Decimal for digits, so that scaling "1,2" by 10^9 stays exact
    step: float              # the place of the last written digit: "1,2" -> 0.1, "11.600" -> 1; 0 for words


def parse_digits(raw: str, thousands_separator: str) -> Numeral | None:
    """'11.600' ('.') -> 11600, '1,2' ('.') -> 1.2, '1,200' (',') -> 1200, '1 234 567' -> 1234567."""
    s = raw if raw.isdigit() else raw.translate(_NO_GROUP_SPACES)
    if s.isdigit():
        return Numeral(Decimal(s), 1.0)
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        # the separator that comes last is the decimal one: "2.000,352" and "2,000.352"
        decimal = "," if s.rfind(",") > s.rfind(".") else "."
        group = "." if decimal == "," else ","
        return _split(s, group, decimal)
    sep = "." if dots else "," if commas else ""
    if not sep:
        return Numeral(Decimal(s), 1.0)
    count = dots or commas
    groups_of_three = _GROUPS_OF_THREE[sep].fullmatch(s) is not None
    if count > 1:
        return _split(s, sep, "") if groups_of_three else None
    # one separator: its meaning depends on the language and on what follows it
    if sep == thousands_separator and groups_of_three:
        return _split(s, sep, "")
    return _split(s, "", sep)


def _split(s: str, group: str, decimal: str) -> Numeral | None:
    if group:
        s = s.replace(group, "")
    if decimal:
        whole, _, frac = s.partition(decimal)
        if not whole.isdigit() or not frac.isdigit() or decimal in frac:
            return None
        return Numeral(Decimal(f"{whole}.{frac}"), 10.0 ** -len(frac))
    return Numeral(Decimal(s), 1.0) if s.isdigit() else None


def trie_pattern(words, first_letter_either_case: bool = False) -> str:
    """A regex alternation of words, factored by common prefixes: much faster than a flat one; no words
    give a pattern that never matches, not one that matches ""."""
    return trie_regex(words, first_letter_either_case) or NOTHING


class PhraseNumerals:
    """Reads a number written as a phrase of words: 'two hundred and five' -> 205, 'twenty-one' -> 21."""

    def __init__(self, numbers) -> None:
        self.values: dict[str, int | None] = {**numbers.cardinals, **{j: None for j in numbers.cardinal_joiners}}
        self.standalone = numbers.standalone_numbers

    def parse(self, phrase: str) -> float | None:
        if phrase.lower() in self.standalone:
            return float(self.standalone[phrase.lower()])
        words = _WORD_GAPS.split(phrase.lower())
        if any(w not in self.values for w in words):
            return None
        values = [self.values[w] for w in words]
        if any(v is None and (i == 0 or (values[i - 1] or 0) < 100) for i, v in enumerate(values)):
            return None                 # en: "and" joins only after hundred or thousand: "ten and fifteen" is two
        if not _words_in_order([v for v in values if v is not None]):
            return None
        return accumulate(values)

    def longest_prefix(self, phrase: str) -> str:
        """The part of a phrase that is one number: 'ten and fifteen' -> 'ten'."""
        head = phrase
        while self.parse(head) is None and " " in head.strip():
            head = head.rstrip()[:head.rstrip().rfind(" ")]
        return head.rstrip()


_WORD_GAPS = re.compile(r"[\s-]+")


def _words_in_order(values: list[int]) -> bool:
    """Two words under a hundred follow each other only as tens then a unit: 'twenty-one', never
    'three-four' (digits read out) or 'one twenty' (a spoken '120' that no rule here reads)."""
    for before, after in zip(values, values[1:]):
        if before < 100 and after < 100 and not (before >= 20 and before % 10 == 0 and after < 10):
            return False
    return True


