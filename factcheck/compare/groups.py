"""Claim groups: claims hashed by (claim type, subject), with the rule's settings and the intervals the checks read.

Cost. Grouping is one pass with a dict: O(n) for n claims; the pairs inside a group cost
O(g log g) for g claims (see pairs.py). The whole comparison is O(n log n).
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from factcheck.compare.intervals import Interval, Span, claim_span, comparable
from factcheck.compare.pairs import CATEGORY, GroupPairs, Pair, qualifier_key
from factcheck.model import Claim, Document, Finding, group_name, sentence_offset, stable_id

__all__ = ["ClaimGroup", "GroupKey", "Pair", "group_claims", "group_name", "previous_sentence", "qualifier_key",
           "sentence_offset"]

GroupKey = tuple[str, str]


def group_claims(claims: Iterable[Claim]) -> dict[GroupKey, list[Claim]]:
    """Claims with a subject and a claim type, hashed by both; the others are never compared."""
    groups: dict[GroupKey, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.subject is not None and claim.claim_type is not None:
            groups[(claim.claim_type, claim.subject)].append(claim)
    return dict(groups)


_LOOK_BACK = 400   # characters read before a claim's sentence to find the sentence before it
_SENTENCE_END = re.compile(r"[.!?…][\"”“'»)]*\s+|\n")


def previous_sentence(claim: Claim, document: Document | None) -> str:
    """The sentence before the claim's own ('' at the start of the article or without the document).
    Cut at the last sentence end in a short window: an abbreviation may shorten it, never lengthen it."""
    if document is None:
        return ""
    start = sentence_offset(claim, document.text)
    if start is None or start <= document.body_start:
        return ""
    window = document.text[max(document.body_start, start - _LOOK_BACK):start].rstrip()
    cut = max((m.end() for m in _SENTENCE_END.finditer(window)), default=0)
    return window[cut:]


@dataclass
class ClaimGroup:
    """All claims of one (claim type, subject) key, with the rule that typed them."""

    claim_type: str | None
    subject: str
    claims: list[Claim]
    rule: object | None = None
    documents: Mapping[str, Document] = field(default_factory=dict)
    reported: set[frozenset[str]] = field(default_factory=set, init=False, repr=False)
    _spans: dict[str, Span | None] = field(default_factory=dict, init=False, repr=False)
    _units: dict[tuple[str, str], str] = field(default_factory=dict, init=False, repr=False)
    _verdicts: dict[tuple[str, str], bool | None] = field(default_factory=dict, init=False, repr=False)

    # ------------------------------------------------------------ rule settings

    @cached_property
    def tolerance(self) -> float:
        compare = getattr(self.rule, "compare", None)
        return float(getattr(compare, "tolerance", 0.0) or 0.0)

    @cached_property
    def label(self) -> str:
        """What the claims are about, for messages: the rule's description up to its first comma."""
        description = getattr(self.rule, "description", None)
        if isinstance(description, str) and description.strip():
            return description.strip().split(",")[0].split(". ")[0].rstrip(".")
        return f"{self.subject} ({self.claim_type})" if self.claim_type else self.subject

    def severity(self, check_id: str, default: str) -> str:
        """The rule's severity for the check; an explanation (info) changes only when the rule names it."""
        if self.rule is None:
            # A generic key ('quantity:store', 'percent:growth') may hold figures that measure different
            # things; only a rule says that a figure is one fact, so without one a finding is at most a warning.
            return "warning" if default == "error" else default
        if default == "info":
            named = getattr(getattr(self.rule, "compare", None), "severity", None)
            if isinstance(named, dict) and check_id not in named:
                return default
        return self.rule.severity_for(check_id, default)

    def finding(self, check_id: str, default_severity: str, claims: Sequence[Claim],
                message: str) -> Finding:
        ids = [c.id for c in claims]
        return Finding(id=stable_id("f", check_id, *ids), severity=self.severity(check_id, default_severity),
                       check=check_id, claim_type=self.claim_type, subject=self.subject, claims=ids,
                       message=message)

    def unit(self, claim: Claim) -> str | None:
        """The claim's unit in a form shared across languages ('Nutzer' and 'user' are one unit)."""
        return self.canonical_unit(claim.unit, claim.kind)

    def canonical_unit(self, unit: str | None, kind: str) -> str | None:
        if unit is None:
            return None
        key = (unit, kind)
        if key not in self._units:
            self._units[key] = self._canonical_unit(unit, kind)
        return self._units[key]

    def _canonical_unit(self, unit: str, kind: str) -> str:
        if kind == "money" or unit == "%":
            return unit
        canonical = getattr(self.rule, "canonical_unit", None)
        if callable(canonical):
            return canonical(unit)
        from factcheck.ruleset.zeroconfig import lexicon     # the counted things, loaded on first use

        return lexicon().thing_of(unit) or unit.casefold()

    # ------------------------------------------------------------ intervals

    def span(self, claim: Claim) -> Span | None:
        spans = self._spans
        if claim.id not in spans:
            spans[claim.id] = claim_span(claim)
        return spans[claim.id]

    def intervals(self, a: Claim, b: Claim) -> tuple[Interval, Interval] | None:
        """Both claims' intervals on a shared axis, widened by the rule's tolerance."""
        sa, sb = self.span(a), self.span(b)
        if sa is None or sb is None:
            return None
        return comparable(sa, sb, self.tolerance)

    def same_measure(self, a: Claim, b: Claim) -> bool:
        """Same category (amount, money, percent, date, duration) and no two different units."""
        if CATEGORY[a.kind] != CATEGORY[b.kind]:
            return False
        ua, ub = self.unit(a), self.unit(b)
        return ua is None or ub is None or ua == ub

    def agree(self, a: Claim, b: Claim) -> bool | None:
        """True when the intervals overlap, False when not, None when they cannot be compared."""
        key = (a.id, b.id)
        if key not in self._verdicts:
            pair = self.intervals(a, b)
            self._verdicts[key] = None if pair is None else pair[0].overlaps(pair[1])
        return self._verdicts[key]

    def previous_sentence(self, claim: Claim) -> str:
        return previous_sentence(claim, self.documents.get(claim.doc))

    # ------------------------------------------------------------ the pairs the checks see

    @cached_property
    def _pairs(self) -> GroupPairs:
        return GroupPairs(self)

    @property
    def comparable_pairs(self) -> list[Pair]:
        """Neighbouring claims of different documents, same qualifiers and unit, in interval order."""
        return self._pairs.comparable_pairs

    @property
    def unit_pairs(self) -> list[Pair]:
        """One pair across documents for each two units of one category (USD vs EUR, users vs downloads)."""
        return self._pairs.unit_pairs

    @property
    def qualifier_pairs(self) -> list[Pair]:
        """One pair across documents with differing values for each two qualifier sets."""
        return self._pairs.qualifier_pairs

    def twins(self, claim: Claim) -> list[Claim]:
        """The claim first, then claims of the same partition with the very same interval."""
        return self._pairs.twins(claim)

    def settle(self, a: Claim, b: Claim) -> None:
        """Mark a pair as explained by a finding about other claims (later checks skip it)."""
        self.reported.add(frozenset((a.id, b.id)))

    def unreported(self, pairs: Iterable[Pair]) -> Iterator[Pair]:
        """The pairs no earlier check has reported (precedence: the order of compare.CHECKS)."""
        for a, b in pairs:
            if frozenset((a.id, b.id)) not in self.reported:
                yield a, b
