"""Claim groups: claims hashed by (claim type, subject), split by qualifiers and unit, and the pairs each check sees.

Cost. Grouping is one pass with a dict: O(n) for n claims. Inside a group of g claims, the
claims with equal qualifiers and the same unit are sorted by interval and swept once: each
claim is paired with its nearest predecessor from another document, so a group costs
O(g log g) and yields at most g - 1 pairs (1,000 agreeing claims: 999 pair evaluations, not
499,500); for a pair whose values differ, `updated` may try up to 5 x 5 claims of the same two
values (twins). Across q qualifier sets (or u units) one representative pair per pair of sets is
chosen from at most four claims per set: O(q^2) with q bounded by the rule's qualifier
values. The whole comparison is O(n log n).
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import combinations

from factcheck.compare.intervals import Interval, Span, claim_span, comparable
from factcheck.model import Claim, Document, Finding, stable_id

GroupKey = tuple[str, str]
Pair = tuple[Claim, Claim]

_CATEGORY = {"number": "count", "quantity": "count", "money": "money", "percent": "percent",
             "date": "date", "duration": "duration"}


def group_claims(claims: Iterable[Claim]) -> dict[GroupKey, list[Claim]]:
    """Claims with a subject and a claim type, hashed by both; the others are never compared."""
    groups: dict[GroupKey, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.subject is not None and claim.claim_type is not None:
            groups[(claim.claim_type, claim.subject)].append(claim)
    return dict(groups)


def group_name(claim: Claim) -> str | None:
    """The group a claim belongs to, as shown in the reports: 'type/subject/k=v,...'."""
    if claim.subject is None or claim.claim_type is None:
        return None
    name = f"{claim.claim_type}/{claim.subject}"
    if claim.qualifiers:
        name += "/" + ",".join(f"{k}={v}" for k, v in sorted(claim.qualifiers.items()))
    return name


def qualifier_key(claim: Claim) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(claim.qualifiers.items()))


_TWINS = 5         # claims with one interval that a check may try in place of a swept pair
_LOOK_BACK = 400   # characters read before a claim's sentence to find the sentence before it
_SENTENCE_END = re.compile(r"[.!?…][\"”“'»)]*\s+|\n")


def sentence_offset(claim: Claim, text: str) -> int | None:
    """Where the claim's sentence starts in the document text, or None when it cannot be found there."""
    sentence = claim.sentence
    at = text.find(sentence, max(0, claim.end - len(sentence)), claim.start + len(sentence))
    return at if at != -1 and at <= claim.start and claim.end <= at + len(sentence) else None


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
    _twins: dict[str, list[Claim]] = field(default_factory=dict, init=False, repr=False)

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
        from factcheck.match.zeroconfig import lexicon     # the counted things, loaded on first use

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
        if _CATEGORY[a.kind] != _CATEGORY[b.kind]:
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

    def twins(self, claim: Claim) -> list[Claim]:
        """The claim first, then claims of the same partition with the very same interval."""
        return [claim] + [c for c in self._twins.get(claim.id, ()) if c.id != claim.id]

    def settle(self, a: Claim, b: Claim) -> None:
        """Mark a pair as explained by a finding about other claims (later checks skip it)."""
        self.reported.add(frozenset((a.id, b.id)))

    def unreported(self, pairs: Iterable[Pair]) -> Iterator[Pair]:
        """The pairs no earlier check has reported (precedence: the order of compare.CHECKS)."""
        for a, b in pairs:
            if frozenset((a.id, b.id)) not in self.reported:
                yield a, b

    @cached_property
    def _by_qualifiers(self) -> dict[tuple, list[Claim]]:
        """Claims split by qualifiers. A claim that states less ({} against {scope: worldwide})
        joins the one set that states more and agrees with it; when several would fit it stays apart."""
        split: dict[tuple, list[Claim]] = defaultdict(list)
        for claim in self.claims:
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
            category, unit = _CATEGORY[claim.kind], self.unit(claim)
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
        with_span = [(self.span(c), c) for c in claims]
        with_span = [(s, c) for s, c in with_span if s is not None]
        absolute = [(s.absolute, c) for s, c in with_span if s.absolute is not None]
        yield from _nearest_across_documents(absolute, self._twins)
        if category == "date":
            # A date with an unknown year is compared on month and day with every other date.
            unknown = {c.id for s, c in with_span if s.absolute is None}
            if unknown:
                on_month_day = [(s.month_day, c) for s, c in with_span if s.month_day is not None]
                for a, b in _nearest_across_documents(on_month_day, self._twins):
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
                          if a.doc != b.doc and self.same_measure(a, b) and self.agree(a, b) is False)
            pair = next(candidates, None)
            if pair:
                pairs.append(_in_text_order(*pair))
        return pairs

    def _extremes(self, measured: dict[tuple[str, str | None], list[Claim]]) -> list[Claim]:
        """Per unit, the lowest and highest claims of a qualifier set, from two documents each."""
        chosen: list[Claim] = []
        for claims in measured.values():
            spanned = [(self.span(c), c) for c in claims]
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
