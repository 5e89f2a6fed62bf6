"""Mention: what an extractor finds, before it becomes a Claim with position and sentence."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    kind: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    approx: str = "exact"
    unit: str | None = None
    timex: str | None = None
    timex_mod: str | None = None
    qualifiers: dict[str, str] = field(default_factory=dict)
    scale_word: str | None = None


@dataclass(frozen=True, slots=True)
class Context:
    """What an extractor may know about the document besides its text."""

    lang: str                       # "de" or "en"
    ref_date: date | None = None    # publication date, else --ref-date, else None
    ref_precision: str = "day"      # "year", "month" or "day": how much of ref_date is known
    start: int = 0                  # scan from here (after front matter)
    blocked: tuple[tuple[int, int], ...] = ()   # spans no extractor may claim (the date line)


_AFTER_ANY_END = float("inf")


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when [start, end) overlaps one of the sorted, non-overlapping spans."""
    i = bisect_right(spans, (start, _AFTER_ANY_END)) - 1
    if i >= 0 and spans[i][1] > start:
        return True
    return i + 1 < len(spans) and spans[i + 1][0] < end
