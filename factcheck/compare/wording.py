"""Wording of findings: one sentence naming both values and both sources as file:line."""
from __future__ import annotations

import math

from factcheck.compare.intervals import value_interval
from factcheck.model import Claim

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


def pair_message(label: str, a: Claim, b: Claim, reason: str) -> str:
    """'<label>: "<a>" (file:line) vs "<b>" (file:line): <reason>.'"""
    return f"{label}: {quoted(a)} vs {quoted(b)}: {reason.rstrip('.')}."


def value_text(claim: Claim) -> str:
    """The normalized value as a reviewer reads it: '2,100,000 Nutzer', '1,995,000-2,205,000', '2020-09 MID'."""
    if claim.kind in ("date", "duration"):
        return " ".join(p for p in (claim.timex or "?", claim.timex_mod) if p)
    interval = value_interval(claim.value, claim.low, claim.high, claim.approx)
    if interval is None:
        return "?"
    if interval.is_point:
        text = number(interval.low)
    elif math.isinf(interval.high):
        text = f"at least {number(interval.low)}"
    elif math.isinf(interval.low):
        text = f"at most {number(interval.high)}"
    else:
        text = f"{number(interval.low)}-{number(interval.high)}"
    if claim.unit == "%":
        return f"{text} %"
    return f"{text} {claim.unit}" if claim.unit else text


def number(x: float) -> str:
    """12,000 / 1,200,000,000 / 26.5: thousands grouped, no float noise."""
    if math.isinf(x):
        return "unbounded"
    if float(x).is_integer() and abs(x) < 1e18:
        return f"{x:,.0f}"
    return f"{x:,.4f}".rstrip("0").rstrip(".")


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
