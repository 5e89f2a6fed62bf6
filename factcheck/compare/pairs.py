"""The pairs of a claim group that the checks see: claims split by qualifiers and unit, swept in interval order.

Cost. Inside a group of g claims, the claims with equal qualifiers and the same unit are sorted
by interval and swept once: each claim is paired with its nearest predecessor from another
document, so a group costs O(g log g) and yields at most g - 1 pairs (1,000 agreeing claims: 999
pair evaluations, not 499,500); for a pair whose values differ, `updated` may try up to 5 x 5
claims of the same two values (twins). Across q qualifier sets (or u units) one representative
pair per pair of sets is chosen from at most four claims per set: O(q^2) with q bounded by the
rule's qualifier values.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from functools import cached_property
from itertools import combinations
from typing import TYPE_CHECKING

from factcheck.compare.intervals import Interval, Span
from factcheck.model import Claim

if TYPE_CHECKING:
    from factcheck.compare.groups import ClaimGroup

Pair = tuple[Claim, Claim]

CATEGORY = {"number": "count", "quantity": "count", "money": "money", "percent": "percent",
             "date": "date", "duration": "duration"}
_TWINS = 5         # claims with one interval that a check may try in place of a swept pair


def qualifier_key(claim: Claim) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(claim.qualifiers.items()))


class GroupPairs:
    """The partitions of one group and the pairs across documents that each kind of check reads."""

    def __init__(self, group: ClaimGroup) -> None:
        self.group = group
        self.twins_of: dict[str, list[Claim]] = {}

    def twins(self, claim: Claim) -> list[Claim]:
        """The claim first, then claims of the same partition with the very same interval."""
        return [claim] + [c for c in self.twins_of.get(claim.id, ()) if c.id != claim.id]

    @cached_property
    def _by_qualifiers(self) -> dict[tuple, list[Claim]]:
        """Claims split by qualifiers. A claim that states less ({} against {scope: worldwide})
        joins the one set that states more and agrees with it; when several would fit it stays apart."""
        split: dict[tuple, list[Claim]] = defaultdict(list)
        for claim in self.group.claims:
            split[qualifier_key(claim)].append(claim)
        fullest = [key for key in split if not any(_states_less(key, other) for other in split)]
        for key in [k for k in split if k not in fullest]:
            homes = [other for other in fullest if _states_less(key, other)]
            if len(homes) == 1:
                split[homes[0]].extend(split.pop(key))
        return dict(sorted(split.items()))

    @cached_property
    def _measured(self) -> dict[tuple, dict[tuple[str, str | None], list[Claim]]]:
        return {key: self._by_measure(claims) for key, claims in self._by_qualifiers.items()}

    def _by_measure(self, claims: list[Claim]) -> dict[tuple[str, str | None], list[Claim]]:
        """Claims split by what they measure: (category, unit); a claim with no unit joins every unit."""
        split: dict[tuple[str, str | None], list[Claim]] = defaultdict(list)
        loose: dict[str, list[Claim]] = defaultdict(list)
        for claim in claims:
            category, unit = CATEGORY[claim.kind], self.group.unit(claim)
            (split[(category, unit)] if unit is not None else loose[category]).append(claim)
        for category, unitless in loose.items():
            targets = [key for key in split if key[0] == category] or [(category, None)]
            for key in targets:
                split[key].extend(unitless)
        return dict(sorted(split.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")))

    @cached_property
    def comparable_pairs(self) -> list[Pair]:
        """Neighbouring claims of different documents, same qualifiers and unit, in interval order."""
        pairs: list[Pair] = []
        seen: set[tuple[str, str]] = set()
        for key, claims in self._by_qualifiers.items():
            if _single_document(claims):
                continue
            for (category, _), measured in self._measured[key].items():
                for a, b in self._sweep(measured, category):
                    pair_key = (a.id, b.id) if a.id < b.id else (b.id, a.id)
                    if pair_key not in seen:
                        seen.add(pair_key)
                        pairs.append(_in_text_order(a, b))
        return pairs

    def _sweep(self, claims: list[Claim], category: str) -> Iterator[Pair]:
        with_span = [(self.group.span(c), c) for c in claims]
        with_span = [(s, c) for s, c in with_span if s is not None]
        absolute = [(s.absolute, c) for s, c in with_span if s.absolute is not None]
        yield from _nearest_across_documents(absolute, self.twins_of)
        if category == "date":
            # A date with an unknown year is compared on month and day with every other date.
            unknown = {c.id for s, c in with_span if s.absolute is None}
            if unknown:
                on_month_day = [(s.month_day, c) for s, c in with_span if s.month_day is not None]
                for a, b in _nearest_across_documents(on_month_day, self.twins_of):
                    if a.id in unknown or b.id in unknown:
                        yield a, b

    @cached_property
    def unit_pairs(self) -> list[Pair]:
        """One pair across documents for each two units of one category (USD vs EUR, users vs downloads)."""
        pairs: list[Pair] = []
        for measured in self._measured.values():
            measures = [(key, cs) for key, cs in measured.items() if key[1] is not None]
            for (ka, ca), (kb, cb) in combinations(measures, 2):
                if ka[0] != kb[0]:
                    continue
                pair = _first_across_documents(_representatives(ca), _representatives(cb))
                if pair:
                    pairs.append(_in_text_order(*pair))
        return pairs

    @cached_property
    def qualifier_pairs(self) -> list[Pair]:
        """One pair across documents with differing values for each two qualifier sets."""
        pairs: list[Pair] = []
        extremes = {key: self._extremes(measured) for key, measured in self._measured.items()}
        for ka, kb in combinations(extremes, 2):
            candidates = ((a, b) for a in extremes[ka] for b in extremes[kb]
                          if a.doc != b.doc and self.group.same_measure(a, b) and self.group.agree(a, b) is False)
            pair = next(candidates, None)
            if pair:
                pairs.append(_in_text_order(*pair))
        return pairs

    def _extremes(self, measured: dict[tuple[str, str | None], list[Claim]]) -> list[Claim]:
        """Per unit, the lowest and highest claims of a qualifier set, from two documents each."""
        chosen: list[Claim] = []
        for claims in measured.values():
            spanned = [(self.group.span(c), c) for c in claims]
            ordered = [c for _, c in sorted(((s, c) for s, c in spanned if s is not None), key=_sweep_key_of)]
            chosen += _representatives(ordered) + _representatives(ordered[::-1])
        return list({c.id: c for c in chosen}.values())




def _states_less(key: tuple, other: tuple) -> bool:
    """True when every qualifier of key is in other with the same value, and other states more."""
    return len(key) < len(other) and set(key) <= set(other)


def _sweep_key_of(item: tuple[Span, Claim]) -> tuple:
    span, claim = item
    interval = span.absolute or span.month_day
    return (span.axis, interval.low, interval.high, claim.doc, claim.start)


def _single_document(claims: list[Claim]) -> bool:
    first = claims[0].doc
    return all(c.doc == first for c in claims)


def _nearest_across_documents(items: list[tuple[Interval, Claim]],
                              twins: dict[str, list[Claim]]) -> Iterator[Pair]:
    """Sort by interval; pair each claim with the nearest earlier claim from another document.
    Claims with the very same interval are noted as twins of each other (at most _TWINS of them)."""
    items.sort(key=lambda item: (item[0].low, item[0].high, item[1].doc, item[1].start))
    last: Claim | None = None          # the claim just before
    other: Claim | None = None         # the latest claim from a document other than last's
    run: list[Claim] = []
    previous: Interval | None = None
    for interval, claim in items:
        if interval != previous:
            run, previous = [], interval
        if len(run) < _TWINS:
            run.append(claim)
        twins.setdefault(claim.id, run)
        partner = last if last is not None and last.doc != claim.doc else other
        if partner is not None and partner.doc != claim.doc:
            yield partner, claim
        if last is not None and last.doc != claim.doc:
            other = last
        last = claim


def _representatives(claims: list[Claim]) -> list[Claim]:
    """The first claim of each of the first two documents, in the given order."""
    chosen: list[Claim] = []
    for claim in claims:
        if all(c.doc != claim.doc for c in chosen):
            chosen.append(claim)
            if len(chosen) == 2:
                break
    return chosen


def _first_across_documents(left: list[Claim], right: list[Claim]) -> Pair | None:
    return next(((a, b) for a in left for b in right if a.doc != b.doc), None)


def _in_text_order(a: Claim, b: Claim) -> Pair:
    return (a, b) if (a.doc, a.start) <= (b.doc, b.start) else (b, a)
