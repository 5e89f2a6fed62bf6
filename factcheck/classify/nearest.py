"""Which of several matches or mentions is nearest a claim."""
from __future__ import annotations

from factcheck.match.entities import EntityMention
from factcheck.match.phrases import Match
from factcheck.model import Claim


def gap(start: int, end: int, claim: Claim) -> int:
    """Characters between a span and the claim; 0 when they overlap."""
    if end <= claim.start:
        return claim.start - end
    if start >= claim.end:
        return start - claim.end
    return 0


def nearest(matches: list[Match], claim: Claim) -> Match | None:
    """The match nearest the claim, the earlier of two at the same distance."""
    if not matches:
        return None
    if len(matches) == 1:
        return matches[0]
    return min(matches, key=lambda m: (gap(m.start, m.end, claim), m.start))


def nearest_mention(mentions: list[EntityMention], claim: Claim) -> EntityMention:
    """Inside the claim, else the nearest before it, else the nearest after it."""
    inside = [m for m in mentions if m.start >= claim.start and m.end <= claim.end]
    if inside:
        return inside[0]
    before = [m for m in mentions if m.start < claim.start]
    return before[-1] if before else mentions[0]
