"""Wording of findings: one sentence naming both values and both sources as file:line."""
from __future__ import annotations

import functools

from factcheck import lang
from factcheck.model import Claim, number, value_text

__all__ = ["number", "pair_message", "quoted", "scale_power", "scale_word_note", "source", "support_note",
           "value_text"]


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
    return _scale_powers(claim.lang or "de").get(claim.scale_word.lower().rstrip("."))


@functools.cache
def _scale_powers(code: str) -> dict[str, int]:
    """The language's scale words of 10^3 and more, then the other languages' for words it lacks
    (an English article quoting "Mio."); de: "Billion" is 10^12, en: "billion" is 10^9."""
    powers: dict[str, int] = {}
    for other in (code, *sorted(set(lang.codes()) - {code})):
        try:
            numbers = lang.get(other).numbers
        except lang.LanguageDataError:
            continue
        for word, power in {**numbers.attached_scales, **numbers.scales}.items():
            if power >= 3:
                powers.setdefault(word.lower().rstrip("."), power)
    return powers


def scale_word_note(claim: Claim) -> str | None:
    """'"Billionen" is 10^12 in German' for a claim whose scale word is known."""
    power = scale_power(claim)
    if power is None:
        return None
    language = "English" if claim.lang == "en" else "German"
    return f'"{claim.scale_word}" is 10^{power} in {language}'


def _one_line(text: str) -> str:
    return " ".join(text.split())
