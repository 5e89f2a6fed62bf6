"""Whether an article states a figure twice under one key: the other article then names one of its two
figures, not another opinion on one. A mixin of GroupPairs (it reads the group and `differing`)."""
from __future__ import annotations

from collections import defaultdict
from functools import cached_property

from factcheck.model import Claim


class Restated:
    """The claims of each document of a group that state another claim's value."""

    def matched_elsewhere(self, a: Claim, b: Claim) -> bool:
        """True when one article also states the other's value under the same key ("412 Mio." beside
        "590 Mio." profit, "120 neuen Märkten" beside "35 neue Märkte"): the key holds two figures there,
        and the other article names one of them."""
        return self._states_value_of(a.doc, b, a) or self._states_value_of(b.doc, a, b)

    def _states_value_of(self, doc: str, claim: Claim, besides: Claim) -> bool:
        if len(self._by_doc.get(doc, ())) < 2:
            return False          # most documents state one figure of a group: besides itself
        return any(found != besides.id for found in self._stating(doc, claim))

    def _stating(self, doc: str, claim: Claim) -> list[str]:
        """The ids of the claims of doc that state claim's value under the same qualifiers (asked for
        every pair of a claim with doc's claims: worked out once)."""
        key = (doc, claim.id)
        if key not in self._statements:
            self._statements[key] = [c.id for c in self._by_doc.get(doc, ()) if c.kind == claim.kind
                                     and not self.differing(c, claim) and self.group.agree(c, claim)
                                     and not self._coarser_date(c, claim)]
        return self._statements[key]

    def _coarser_date(self, c: Claim, claim: Claim) -> bool:
        """True when c is a date wider than claim ("im Winter" against "Dec. 14"): it holds the day but does not state it."""
        if c.kind != "date":
            return False
        pair = self.group.intervals(c, claim)
        return pair is not None and pair[0].high - pair[0].low > pair[1].high - pair[1].low

    @cached_property
    def _by_doc(self) -> dict[str, list[Claim]]:
        found: dict[str, list[Claim]] = defaultdict(list)
        for claim in self.group.claims:
            found[claim.doc].append(claim)
        return found
