"""Wording of findings: one sentence naming both values and both sources as file:line."""
from __future__ import annotations

from factcheck.model import Claim, number, value_text

__all__ = ["number", "pair_message", "quoted", "scale_power", "scale_word_note", "source", "support_note",
           "value_text"]

# Powers of ten of the scale words. de: "Billion" is 10^12 (en "trillion"); en: "billion" is 10^9.
_SCALE_DE = {"tausend": 3, "tsd": 3, "million": 6, "millionen": 6, "mio": 6, "milliarde": 9,
             "milliarden": 9, "mrd": 9, "billion": 12, "billionen": 12, "bio": 12}
_SCALE_EN = {"thousand": 3, "k": 3, "million": 6, "millions": 6, "m": 6, "mn": 6, "mio": 6,
             "billion": 9, "billions": 9, "bn": 9, "b": 9, "trillion": 12, "trillions": 12, "tn": 12}


def source(claim: Claim) -> str:
    return f"{claim.doc}:{claim.line}"


def quoted(claim: Claim) -> str:
    """'"rund 100 Millionen Nutzern" (seeds/000.txt:4)'."""
    return f'"{_one_line(claim.text)}" ({source(claim)})'


def support_note(support) -> str:
    """'; agreeing: b.txt:3, c.txt:7' for the claims that agree with one side, '' when none."""
    if not support:
        return ""
    return "; agreeing: " + ", ".join(source(c) for c in support)


def pair_message(label: str, a: Claim, b: Claim, reason: str) -> str:
    """'<label>: "<a>" (file:line) vs "<b>" (file:line): <reason>.'"""
    return f"{label}: {quoted(a)} vs {quoted(b)}: {reason.rstrip('.')}."


def scale_power(claim: Claim) -> int | None:
    """10^k of the claim's scale word, read in the claim's language ('Billionen' -> 12, 'billion' -> 9)."""
    if not claim.scale_word:
        return None
    word = claim.scale_word.lower().rstrip(".")
    table = _SCALE_EN if (claim.lang or "de") == "en" else _SCALE_DE
    return table.get(word)


def scale_word_note(claim: Claim) -> str | None:
    """'"Billionen" is 10^12 in German' for a claim whose scale word is known."""
    power = scale_power(claim)
    if power is None:
        return None
    language = "English" if claim.lang == "en" else "German"
    return f'"{claim.scale_word}" is 10^{power} in {language}'


def _one_line(text: str) -> str:
    return " ".join(text.split())
