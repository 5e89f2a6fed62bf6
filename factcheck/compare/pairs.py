"""The pairs of a claim group and what each pair is: agreeing, a contradiction, an update, not comparable ...

Every pair of claims from different documents in a group is judged once, in a fixed order of
questions (the precedence of the checks, model.CHECK_IDS): do they measure the same thing (category,
stated qualifiers, forecast or actual), in the same unit, do their intervals overlap, is the one a
power of 1000 of the other, does the later source say that the figure changed.

Cost. A group of g claims holds at most g (g - 1) / 2 pairs. Groups are small (one subject, one
measure); a large one (a subject named in hundreds of articles) is bounded: its claims are sorted
by their document's publication date and each is paired only with the next PAIR_BUDGET // g claims
of other documents, so no group costs more than about PAIR_BUDGET pair judgements, and the whole
comparison stays linear in the number of claims (at most PAIR_BUDGET / g per claim).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from factcheck.compare.facts import ClaimFacts, facts_of
from factcheck.compare.intervals import INF, comparable, power_of_1000_between
from factcheck.compare.confidence import PERIOD, SCOPE, WHOLE, MatchConfidence, far_apart, lower, same_digits
from factcheck.compare.restated import Restated
from factcheck.compare.superseding import Superseding, text_order as _text_order
from factcheck.model import Claim

if TYPE_CHECKING:
    from factcheck.compare.groups import ClaimGroup

Pair = tuple[Claim, Claim]

# Keys that say what kind of figure a claim is but not what it measures ("an amount of money", "a
# share", "an event"): without a rule, a group of them alone is never compared across documents; an
# amount against a named measure of the same subject is a measure known on one side only.
VAGUE_KEYS = frozenset({"money:amount", "percent:share", "date:event", "quantity:person"})
INFERRED = "inferred"     # classify's basis of a subject the article only names most
PAIR_BUDGET = 4096        # pair judgements per group at most (see the module's docstring)
SUPPORT_SHOWN = 20        # agreeing claims a finding names at most
STATUS = "status"         # a virtual qualifier: "forecast" when the sentence says so
COUNTS = "counts"         # a virtual qualifier: "added" for "120 neue Filialen", "level" otherwise


def qualifier_key(claim: Claim) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(claim.qualifiers.items()))


@dataclass(slots=True)       # not frozen: a frozen dataclass's __init__ costs four times as much, once per pair
class Verdict:
    """What one pair of claims from two documents is, and how sure the comparison is of it (never changed once made)."""

    check: str               # a check id, or "agree"
    a: Claim                 # the earlier claim (in publication order for an update)
    b: Claim
    confidence: str          # "strong", "medium" or "weak" (see GroupPairs.confidence)
    note: str = ""           # what decided it: the change word, the qualifiers that differ


class GroupPairs(MatchConfidence, Superseding, Restated):
    """All pairs across documents of one group, each judged once."""

    def __init__(self, group: ClaimGroup) -> None:
        self.group = group
        self._differences: dict[tuple[int, int], list[str]] = {}
        self._statements: dict[tuple[str, str], list[str]] = {}

    # ------------------------------------------------------------ which pairs

    def pairs(self) -> Iterator[Pair]:
        """Every pair from different documents; in a large group, the nearest ones in publication order."""
        return _nearby_pairs(sorted(self.group.claims, key=self._order))

    def _order(self, claim: Claim) -> tuple:
        date = self.group.published(claim)
        return (date.low if date else float("inf"), claim.doc, claim.start)

    @cached_property
    def verdicts(self) -> list[Verdict]:
        facts = self._facts
        # the pairs of pairs(), as the two claims' facts
        found = (self._verdict(fa, fb) for fa, fb in
                 _nearby_pairs([facts[c.id] for c in sorted(self.group.claims, key=self._order)]))
        return [v for v in found if v is not None]

    @cached_property
    def _facts(self) -> dict[str, ClaimFacts]:
        return facts_of(self)

    def of(self, check: str) -> list[Verdict]:
        return self._by_check.get(check, [])

    @cached_property
    def _by_check(self) -> dict[str, list[Verdict]]:
        found: dict[str, list[Verdict]] = defaultdict(list)
        for verdict in self.verdicts:
            found[verdict.check].append(verdict)
        return found

    def support(self, verdict: Verdict) -> list[Claim]:
        """Claims of other pairs that agree with one side of the verdict (same measure, overlapping values),
        at most SUPPORT_SHOWN of them."""
        sides = {verdict.a.id, verdict.b.id}
        found = {c.id: c for side in sides for c in self._agreeing.get(side, ()) if c.id not in sides}
        return sorted(found.values(), key=lambda c: (c.doc, c.start))[:SUPPORT_SHOWN]

    @cached_property
    def _agreeing(self) -> dict[str, list[Claim]]:
        found: dict[str, list[Claim]] = defaultdict(list)
        for v in self.of("agree"):
            found[v.a.id].append(v.b)
            found[v.b.id].append(v.a)
        return found

    # ------------------------------------------------------------ one pair

    def judge(self, a: Claim, b: Claim) -> Verdict | None:
        """The verdict on two claims of different documents, or None when they are not compared."""
        return self._verdict(self._facts[a.id], self._facts[b.id])

    def _verdict(self, fa: ClaimFacts, fb: ClaimFacts) -> Verdict | None:
        if fa.category != fb.category:
            return None
        a, b = fa.claim, fb.claim
        measure = _measure(a, b)
        if measure is None:
            return None           # revenue against profit: two measures, nothing to say
        verdict = self._judge(fa, fb)
        if verdict is None or measure == "same" or verdict.check == "agree":
            return verdict
        if measure == "vague" and not (verdict.check == "updated" or self._same_digits_slip(verdict)):
            return None           # two amounts that name no measure: only a stated change or the same digits tie them
        if verdict.check == "updated" and verdict.confidence in ("weak", "none") and (
                measure == "vague" or _inferred(a) or _inferred(b)):
            # a change word ("nun", "now") alone does not tie two amounts that name no measure, nor an
            # amount to a subject its article only names most, not in or around its sentence
            return None
        # an amount against a named measure, or a slip with the very same digits: at most medium
        slip = self._same_digits_slip(verdict)
        confidence = lower(verdict.confidence, "medium" if measure == "unknown" or slip else "weak")
        if confidence in ("weak", "none") and verdict.check != "updated" and not self._same_digits_slip(verdict):
            return None           # a measure known on one side only, and little else to tie them
        return Verdict(verdict.check, verdict.a, verdict.b, confidence, verdict.note)

    def _judge(self, fa: ClaimFacts, fb: ClaimFacts) -> Verdict | None:
        a, b = fa.claim, fb.claim
        # most pairs: one slice, nothing differs
        differing = () if fa.slice == fb.slice else self._slices_differing((fa.slice, fb.slice), a, b)
        ua, ub = fa.unit, fb.unit
        if differing and not _currency_slip(a, b, ua, ub, differing):
            return self._not_comparable(a, b, differing) if ua == ub or None in (ua, ub) else None
        confidence = self._confidence(fa, fb)
        if differing:
            confidence = lower(confidence, "medium")
        if ua is not None and ub is not None and ua != ub:
            if fa.superseded or fb.superseded:
                return None       # "from an initial budget of CHF 48m": a former figure is not compared
            if same_digits(a, b, scales=(0,)):
                confidence = self._same_digits(a, b, confidence)
            return Verdict("unit_mismatch", *_text_order(a, b), confidence, f"{a.unit} vs {b.unit}")
        intervals = comparable(fa.span, fb.span) if fa.span is not None and fb.span is not None else None
        if intervals is None:
            return None
        if intervals[0].overlaps(intervals[1]):
            change = self._superseding(fa, fb) if _two_bounds(*intervals) and (fa.may_change or fb.may_change) \
                else None
            if change is not None:
                # "mehr als 13 Millionen", later "more than 14 million, up from": the bound itself moved
                return Verdict("updated", change[0], change[1], confidence, change[2])
            return Verdict("agree", a, b, confidence)
        if fa.superseded or fb.superseded:
            return None           # the old value of a change its own sentence states
        if fa.span.axis == "value":
            power = power_of_1000_between(*intervals)
            if power:
                if same_digits(a, b):
                    confidence = self._same_digits(a, b, confidence)
                return Verdict("scale_mismatch", *_text_order(a, b), confidence, str(power))
        change = self._superseding(fa, fb) if fa.may_change or fb.may_change else None
        if change is not None:
            old, new, note = change
            return Verdict("updated", old, new, confidence, note)
        if self._restated(fa, fb):
            return None           # each value stands in the other article too: two figures, not two opinions
        if fa.season or fb.season:
            # "in den Winter": a season's bounds and, for winter, its year are a convention, not a statement
            confidence = lower(confidence, "weak")
        if far_apart(*intervals):
            # a misstatement is a slip of a digit or a swap, a scale slip a power of 1000 (above); figures
            # five times apart or more mostly count different things (a market and the whole)
            confidence = lower(confidence, "weak" if confidence == "strong" else "none")
        return Verdict("contradiction", *_text_order(a, b), confidence)

    def _superseding(self, fa: ClaimFacts, fb: ClaimFacts) -> tuple[Claim, Claim, str] | None:
        """superseding(a, b); asked only when a change word stands near one of the two claims or near a
        twin of one (fa.may_change or fb.may_change; most pairs: neither)."""
        return self.superseding(fa.claim, fb.claim)

    def _not_comparable(self, a: Claim, b: Claim, differing: list[str]) -> Verdict | None:
        if self.group.agree(a, b) is not False:
            return None
        a, b = _text_order(a, b)
        note = ", ".join(f"{k} {self._stated(a, k)} vs {self._stated(b, k)}" for k in differing)
        return Verdict("not_comparable", a, b, self.confidence(a, b), note)

    def _stated(self, claim: Claim, key: str) -> str:
        if key == STATUS:
            return "forecast" if self.group.forecast(claim) else "actual"
        if key == COUNTS:
            return "added" if self.group.increment(claim) else "level"
        return claim.qualifiers.get(key, "(not stated)")

    def differing(self, a: Claim, b: Claim) -> list[str]:
        """The qualifiers the two claims state differently (see _differing); the same list for every
        pair of the same two slices: not to be changed."""
        slices = self._slices
        key = (slices[a.id], slices[b.id])
        if key[0] == key[1]:
            return []             # most pairs: the same qualifiers, both actual levels or both not
        return self._slices_differing(key, a, b)

    def _differing_slices(self, fa: ClaimFacts, fb: ClaimFacts) -> list[str]:
        """differing() of two claims' facts."""
        if fa.slice == fb.slice:
            return []
        return self._slices_differing((fa.slice, fb.slice), fa.claim, fb.claim)

    def _slices_differing(self, key: tuple[int, int], a: Claim, b: Claim) -> list[str]:
        # the answer depends on nothing but the two slices: worked out once per two slices, not per pair
        if key not in self._differences:
            self._differences[key] = self._differing(a, b)
        return self._differences[key]

    @cached_property
    def _slices(self) -> dict[str, int]:
        """Claim id -> a number shared by the claims with the same qualifiers, forecast and increment flags."""
        numbers: dict[tuple, int] = {}
        group = self.group
        return {c.id: numbers.setdefault((qualifier_key(c), group.forecast(c), group.increment(c)), len(numbers))
                for c in group.claims}

    def _differing(self, a: Claim, b: Claim) -> list[str]:
        """The qualifiers both claims state with different values (a forecast differs from an actual).
        A qualifier stated on one side only is unknown on the other, not a difference; but when each
        side states one the other lacks ("scope US" against "metric monthly active"), they are two
        different slices of the figure, and every one-sided qualifier is listed."""
        if a.qualifiers == b.qualifiers:          # most pairs: nothing stated differs, nothing one-sided
            keys = []
        else:
            keys = _qualifiers_differing(a, b)
        if self.group.forecast(a) != self.group.forecast(b):
            keys.append(STATUS)
        if self.group.increment(a) != self.group.increment(b):
            keys.append(COUNTS)
        return keys



def _nearby_pairs(ordered: list) -> Iterator[tuple]:
    """The pairs of claims (or their facts: both have .doc) of different documents among the claims in
    their order: every pair, or in a large group each claim with the next PAIR_BUDGET // n."""
    n = len(ordered)
    window = n if n * (n - 1) // 2 <= PAIR_BUDGET else max(1, PAIR_BUDGET // n)
    for i, a in enumerate(ordered):
        doc = a.doc
        for b in ordered[i + 1:i + 1 + window]:
            if b.doc != doc:
                yield a, b


def _qualifiers_differing(a: Claim, b: Claim) -> list[str]:
    keys = sorted(k for k in set(a.qualifiers) & set(b.qualifiers) if a.qualifiers[k] != b.qualifiers[k]
                  and not (k == PERIOD and _fiscal_and_calendar(a.qualifiers[k], b.qualifiers[k])))
    only_a, only_b = set(a.qualifiers) - set(b.qualifiers) - {PERIOD}, set(b.qualifiers) - set(a.qualifiers) - {PERIOD}
    if only_a and only_b:
        keys = sorted(set(keys) | only_a | only_b)
    else:
        # a part named on one side ("in Deutschland") against a figure that names none, which is
        # mostly the whole: a difference, not an unknown ("weltweit" against nothing is the same)
        keys = sorted(set(keys) | {k for k in only_a | only_b
                                   if k == SCOPE and (a.qualifiers.get(k) or b.qualifiers.get(k)) not in WHOLE})
    return keys


def _inferred(claim: Claim) -> bool:
    """True when the claim's subject was only inferred: the entity its article names most."""
    return (claim.basis or {}).get("subject") == INFERRED


def _measure(a: Claim, b: Claim) -> str | None:
    """same: one claim type; unknown: a named measure against a vague key; vague: two vague keys;
    None: two different named measures."""
    if a.claim_type == b.claim_type:
        return "vague" if a.claim_type in VAGUE_KEYS else "same"
    if a.claim_type in VAGUE_KEYS or b.claim_type in VAGUE_KEYS:
        return "unknown"
    return None


def _currency_slip(a: Claim, b: Claim, ua: str | None, ub: str | None, differing: list[str]) -> bool:
    """The very same digits in another currency ("€620m" vs "$620m"), where each differing qualifier is
    stated on one side only ("in the region" against nothing): one figure misstated, not two slices."""
    if ua is None or ub is None or ua == ub or not same_digits(a, b, scales=(0,)):
        return False
    return not any(k in a.qualifiers and k in b.qualifiers for k in differing) and \
        STATUS not in differing and COUNTS not in differing


def _fiscal_and_calendar(a: str, b: str) -> bool:
    """True for a fiscal year and the calendar year it ends in ('2023/24' and '2024'): "das Vorjahr" of a company
    whose year ends in September is its last fiscal year, so the two may name one period."""
    fiscal, year = (a, b) if "/" in a else (b, a)
    if "/" not in fiscal or "/" in year or len(year) != 4 or not year.isdigit():
        return False
    return fiscal.endswith("/" + year[2:]) or fiscal.endswith("/" + year)


def _two_bounds(a, b) -> bool:
    """True when both intervals are bounds on the same side ("more than 13 million", "more than 14 million")
    at different values."""
    if a.high == INF and b.high == INF:
        return a.low != b.low
    return a.low == -INF and b.low == -INF and a.high != b.high
