"""How sure a pair of claims states one fact: the subject named in both articles, the time, the qualifiers.

README, "How sure a finding is": strong (an error is possible), medium (at most a warning), weak (info),
none (not compared). A mixin of GroupPairs: it reads the group's documents and claims.
"""
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from factcheck.model import Claim

if TYPE_CHECKING:
    from factcheck.compare.facts import ClaimFacts
    from factcheck.compare.pairs import Verdict

PERIOD = "period"
SCOPE = "scope"
WHOLE = frozenset({"worldwide", "global", "group", "total"})   # scope values that name the whole, not a part
NEAR_DAYS = 31            # articles published this close report on one state of affairs
NEAR_DAYS_FOR_DATES = 120 # ... and on one planned date (a season start, a deadline) this close
_LEVELS = ("none", "weak", "medium", "strong")


class MatchConfidence:
    """The confidence of a pair, and the same-digits evidence that raises it."""

    @staticmethod
    def _same_digits_slip(verdict: Verdict) -> bool:
        """A currency or scale slip with the very same digits: "56 Millionen Euro" vs "56 Millionen Franken",
        "9,4 Millionen" vs "9,4 Mrd." (not "fast 620 Millionen" vs "600.000")."""
        if verdict.check == "unit_mismatch":
            return same_digits(verdict.a, verdict.b, scales=(0,))
        return verdict.check == "scale_mismatch" and same_digits(verdict.a, verdict.b)

    def _same_digits(self, a: Claim, b: Claim, confidence: str) -> str:
        """The very same digits in another currency or scale ("€620m" vs "$620m", "9,4 Millionen" vs "9,4 Mrd.")
        are themselves evidence of one figure mis-stated: a weak match of a subject named in both is medium."""
        if confidence == "weak" and self.group.named_in(a.doc) and self.group.named_in(b.doc):
            return "medium"
        return confidence

    def confidence(self, a: Claim, b: Claim) -> str:
        """How sure it is that two claims state one fact (README, "How sure a finding is"):
        strong: the subject named in both documents, the same period stated for both (a date: articles
        published within NEAR_DAYS), every other qualifier stated alike; medium: the subject named in
        both, and the time known on both sides (a period stated, or articles published within
        NEAR_DAYS), but a qualifier or the period stated on one side only (unknown is not a wildcard);
        weak: the subject named in both or the time known, not both; none: neither."""
        return self._confidence(self._facts[a.id], self._facts[b.id])

    def _confidence(self, fa: ClaimFacts, fb: ClaimFacts) -> str:
        named = fa.named and fb.named
        if fa.category == "date":           # _time, here: asked for every pair
            time = "same" if _near(fa.day, fb.day, NEAR_DAYS_FOR_DATES) else "unknown"
        elif fa.period is not None and fa.period == fb.period:
            time = "same"
        else:
            time = "near" if _near(fa.day, fb.day, NEAR_DAYS) else "unknown"
        # one slice: the same qualifiers, none stated on one side only
        one_sided = fa.slice != fb.slice and _one_sided(fa.claim, fb.claim)
        if named and time == "same" and not one_sided:
            return "strong"
        if named and time in ("same", "near"):
            return "medium"
        return "weak" if named or time != "unknown" else "none"

    def time(self, a: Claim, b: Claim) -> str:
        """same: one period stated for both (dates: articles published within NEAR_DAYS); near: no
        shared stated period, but articles published within NEAR_DAYS; unknown: otherwise. A period
        the classifier only inferred from the publication date is not a stated one."""
        return _time(self._facts[a.id], self._facts[b.id])

    @cached_property
    def _timings(self) -> dict[str, tuple[bool, str | None, float | None]]:
        """Claim id -> (the subject named in its document, the period it states, its publication day when
        known to NEAR_DAYS): confidence asks for each for every pair."""
        group = self.group
        return {c.id: (group.named_in(c.doc), self._stated_period(c), _publication_day(group.published(c)))
                for c in group.claims}

    def _stated_period(self, claim: Claim) -> str | None:
        period = claim.qualifiers.get(PERIOD)
        return None if period is None or self.group.inferred(claim, PERIOD) else period

    # ------------------------------------------------------------ change


def _time(fa: ClaimFacts, fb: ClaimFacts) -> str:
    if fa.category == "date":
        return "same" if _near(fa.day, fb.day, NEAR_DAYS_FOR_DATES) else "unknown"
    if fa.period is not None and fa.period == fb.period:
        return "same"
    return "near" if _near(fa.day, fb.day, NEAR_DAYS) else "unknown"


def _one_sided(a: Claim, b: Claim) -> bool:
    """True when a qualifier other than the period is stated on one side only (a whole scope counts as none)."""
    return a.qualifiers.keys() != b.qualifiers.keys() and any(
        k != PERIOD and not _whole(a, b, k) for k in set(a.qualifiers) ^ set(b.qualifiers))


def _publication_day(published) -> float | None:
    """The first day of a publication date known to NEAR_DAYS (a month or a day), else None."""
    if published is None or published.high - published.low > NEAR_DAYS:
        return None
    return published.low


def _near(day_a: float | None, day_b: float | None, days: int) -> bool:
    return day_a is not None and day_b is not None and abs(day_a - day_b) <= days


def same_digits(a: Claim, b: Claim, scales: tuple[int, ...] = (1, 2, 3)) -> bool:
    """The two exact values differ by 1000^k for a k of scales only: the same digits were written."""
    if not a.value or not b.value or a.approx != "exact" or b.approx != "exact":
        return False
    ratio = max(a.value, b.value) / min(a.value, b.value)
    return any(abs(ratio - 1000.0 ** k) <= 1e-9 * 1000.0 ** k for k in scales)



def _whole(a: Claim, b: Claim, key: str) -> bool:
    """True when a scope stated on one side names the whole ("weltweit", "group"): the same as none stated."""
    return key == SCOPE and (a.qualifiers.get(key) or b.qualifiers.get(key)) in WHOLE


def lower(confidence: str, cap: str) -> str:
    """The confidence, at most cap."""
    return confidence if _LEVELS.index(confidence) <= _LEVELS.index(cap) else cap


FAR_APART = 5.0           # two figures this many times apart are seldom one figure misstated


def far_apart(a, b) -> bool:
    """True when two bounded positive intervals lie FAR_APART times apart or more."""
    if not (a.bounded and b.bounded and a.low > 0 and b.low > 0):
        return False
    low, high = (a, b) if a.high < b.low else (b, a)
    return high.low >= FAR_APART * low.high
