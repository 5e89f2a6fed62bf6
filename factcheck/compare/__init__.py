"""Stage 4, compare: claims grouped by key, then each check over each group."""
from __future__ import annotations


def compare(claims, documents, ruleset):
    return []
