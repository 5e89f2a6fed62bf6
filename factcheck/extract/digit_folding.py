"""Digits as they are meant: a number written with fullwidth or Arabic-Indic digits, or with an
invisible character inside it ("11\u200b600", a soft hyphen, a BOM), is read whole, never as the
part after the odd character. The numbers are read on a folded copy of the text; their offsets are
mapped back to the original, so a claim still quotes the text as written."""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

from factcheck.extract import temporal

# zero-width space, non-joiner, joiner, word joiner, soft hyphen, byte order mark
INVISIBLE = "\u200b\u200c\u200d\u2060\u00ad\ufeff"
FULLWIDTH_SEPARATORS = {"\uff0e": ".", "\uff0c": ","}
ARABIC_THOUSANDS, ARABIC_DECIMAL = "\u066c", "\u066b"
_ODD_AFTER_DIGIT = frozenset(INVISIBLE) | frozenset(FULLWIDTH_SEPARATORS) | {ARABIC_THOUSANDS, ARABIC_DECIMAL}
DIGIT_RUN = re.compile(r"\d\d*")      # begins with a character class: the engine skips non-digits in C
_ZERO_RUN = re.compile(rb"00*")       # begins with a literal: faster still
_ZERO_FOR_DIGIT = bytes(48 if 48 <= b <= 57 else 32 for b in range(256))


@dataclass(frozen=True)
class Folded:
    text: str
    origin: list[int]            # origin[j]: where the j-th folded character stands in the original

    def to_folded(self, i: int) -> int:
        """The folded position of original position i (the next kept character's)."""
        return bisect_right(self.origin, i - 1)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        return self.origin[start], self.origin[end - 1] + 1 if end > start else self.origin[start]


def digit_runs(text: str, start: int) -> list[tuple[int, int]]:
    """(start, end) of every run of decimal digits from start on.

    Read on a copy of temporal's one-byte copy of the text (where every decimal digit is a digit, one
    beyond Latin-1 a "0") with "0" for a digit and a space for anything else: the engine skips to a
    literal "0" in a tight loop, where on the text it would test the class of digits at every character.
    """
    spaced = temporal.spaced_words(text)
    if spaced is None:
        return [run.span() for run in DIGIT_RUN.finditer(text, start)]
    # spaced is one byte longer than text: it begins with a space
    return [(run.start() - 1, run.end() - 1)
            for run in _ZERO_RUN.finditer(spaced.translate(_ZERO_FOR_DIGIT), start + 1)]


def is_odd(text: str, start: int, end: int) -> bool:
    """A run of digits worth folding: digits that are not ASCII, or an odd character right after them."""
    return not text[start:end].isascii() or text[end:end + 1] in _ODD_AFTER_DIGIT


def fold(text: str, thousands_separator: str, decimal_mark: str) -> Folded:
    """Non-ASCII digits as ASCII, separators inside a number as the language writes them, and
    invisible characters inside a digit run left out."""
    out: list[str] = []
    origin: list[int] = []
    for i, char in enumerate(text):
        between_digits = bool(out) and out[-1].isdigit() and _digit_at(text, i + 1)
        if char in INVISIBLE and between_digits:
            continue
        if char.isdecimal() and not char.isascii():
            char = str(unicodedata.decimal(char))
        elif between_digits and char in FULLWIDTH_SEPARATORS:
            char = FULLWIDTH_SEPARATORS[char]
        elif between_digits and char == ARABIC_THOUSANDS:
            char = thousands_separator
        elif between_digits and char == ARABIC_DECIMAL:
            char = decimal_mark
        out.append(char)
        origin.append(i)
    origin.append(len(text))
    return Folded("".join(out), origin)


def _digit_at(text: str, i: int) -> bool:
    """A digit at i, after any invisible characters."""
    while i < len(text) and text[i] in INVISIBLE:
        i += 1
    return i < len(text) and text[i].isdecimal()
