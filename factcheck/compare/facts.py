"""What a pair judgement reads of each of its two claims, worked out once per claim.

A claim of a large group is in dozens of pairs (up to PAIR_BUDGET / g of them, see pairs.py), and
every pair asked the group again for the same readings of it: its unit, its interval, its slice of
qualifiers, whether its article names the subject, its publication day, a change word near it. One
record per claim, read by attribute, makes a pair judgement cost a few comparisons instead of a few
dozen method calls and dictionary look-ups.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.compare.around import TWINS
from factcheck.compare.intervals import Span
from factcheck.model import Claim

if TYPE_CHECKING:
    from factcheck.compare.pairs import GroupPairs

_SEASONS = frozenset({"-SP", "-SU", "-FA", "-WI"})
CATEGORY = {"number": "count", "quantity": "count", "money": "money", "percent": "percent",
            "date": "date", "duration": "duration"}


@dataclass(slots=True, eq=False)
class ClaimFacts:
    """One claim of a group and the group's readings of it that every pair it is in needs."""

    claim: Claim
    doc: str                  # its document
    category: str             # what its values count: CATEGORY of its kind
    slice: int                # its qualifiers, forecast and increment flags as a number (GroupPairs._slices)
    unit: str | None          # the unit as far as it tells measures apart (ClaimGroup.measure_unit)
    span: Span | None         # its interval(s), widened by the rule's tolerance
    superseded: bool          # stated as a former figure, or the old value of a change in its sentence
    named: bool               # its article names the group's subject
    period: str | None        # the period it states (not one inferred)
    day: float | None         # its article's publication day, when known to a month
    season: bool              # a date that names a season ("im Winter")
    may_change: bool          # a change word near it, or near one of its first TWINS same-valued claims
    shares_doc: bool          # its article states another figure of the group too


def facts_of(pairs: GroupPairs) -> dict[str, ClaimFacts]:
    """Claim id -> its facts, for every claim of the pairs' group."""
    group = pairs.group
    slices, superseded, timings, by_doc = pairs._slices, pairs.superseded, pairs._timings, pairs._by_doc
    found = {}
    for claim in group.claims:
        named, period, day = timings[claim.id]
        found[claim.id] = ClaimFacts(
            claim=claim, doc=claim.doc, category=CATEGORY[claim.kind], slice=slices[claim.id], unit=group.measure_unit(claim),
            span=group.tolerant_span(claim), superseded=claim.id in superseded, named=named, period=period,
            day=day, season=is_season(claim),
            may_change=group.doc_signal(claim) is not None or _twin_signals(group, claim),
            shares_doc=len(by_doc[claim.doc]) > 1)
    return found


def is_season(claim: Claim) -> bool:
    """True for a date that names a season ("im Winter", "spring 2027")."""
    return claim.kind == "date" and bool(claim.timex) and claim.timex[-3:] in _SEASONS


def _twin_signals(group, claim: Claim) -> bool:
    """False when no twin the claim's update could be read from (ClaimGroup.twin_elsewhere) has a change
    word: then only the pair's own two claims can tell of a change."""
    return any(c.id != claim.id and group.doc_signal(c) is not None for c in group.same_span(claim)[:TWINS])
