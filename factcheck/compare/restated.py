"""Whether an article states a figure twice under one key: the other article then names one of its two
figures, not another opinion on one. A mixin of GroupPairs (it reads the group and `differing`)."""
from __future__ import annotations

from collections import defaultdict
from functools import cached_property
from typing import TYPE_CHECKING

from factcheck.compare.intervals import comparable
from factcheck.model import Claim

if TYPE_CHECKING:
    from factcheck.compare.facts import ClaimFacts


class Restated:
    """The claims of each document of a group that state another claim's value."""

    def matched_elsewhere(self, a: Claim, b: Claim) -> bool:
        """True when one article also states the other's value under the same key ("412 Mio." beside
        "590 Mio." profit, "120 neuen Märkten" beside "35 neue Märkte"): the key holds two figures there,
        and the other article names one of them."""
        return self._restated(self._facts[a.id], self._facts[b.id])

    def _restated(self, fa: ClaimFacts, fb: ClaimFacts) -> bool:
        """matched_elsewhere of two claims' facts."""
        # most documents state one figure of a group: only itself
        return (fa.shares_doc and self._states_value_of(fa.claim.doc, fb, fa.claim.id)) or \
            (fb.shares_doc and self._states_value_of(fb.claim.doc, fa, fb.claim.id))

    def _states_value_of(self, doc: str, stated: ClaimFacts, besides: str) -> bool:
        for found in self._stating(doc, stated):
            if found != besides:
                return True
        return False

    def _stating(self, doc: str, stated: ClaimFacts) -> list[str]:
        """The ids of the claims of doc that state the claim's value under the same qualifiers (asked for
        every pair of a claim with doc's claims: worked out once)."""
        key = (doc, stated.claim.id)
        found = self._statements.get(key)
        if found is None:
            facts = self._facts
            found = self._statements[key] = [c.id for c in self._by_doc[doc] if self._states(facts[c.id], stated)]
        return found

    def _states(self, fc: ClaimFacts, stated: ClaimFacts) -> bool:
        """True when claim c states the other's value: the same kind and qualifiers, overlapping intervals,
        and not a date wider than it ("im Winter" against "Dec. 14": it holds the day but does not state it)."""
        c = fc.claim
        if c.kind != stated.claim.kind or self._differing_slices(fc, stated):
            return False
        pair = comparable(fc.span, stated.span) if fc.span is not None and stated.span is not None else None
        if pair is None or not pair[0].overlaps(pair[1]):
            return False
        return c.kind != "date" or pair[0].high - pair[0].low <= pair[1].high - pair[1].low

    @cached_property
    def _by_doc(self) -> dict[str, list[Claim]]:
        found: dict[str, list[Claim]] = defaultdict(list)
        for claim in self.group.claims:
            found[claim.doc].append(claim)
        return found
