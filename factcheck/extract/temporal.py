"""Dates and durations (TIMEX3)."""
from __future__ import annotations

from factcheck.extract.mention import Context, Mention


def find(text: str, context: Context) -> list[Mention]:
    return []
