"""Which of two claims supersedes the other: a change word in the later source, or an old value stated
as such ("von 48 auf 56 Millionen gestiegen", "hatte zunächst"). A mixin of GroupPairs."""
from __future__ import annotations

from collections import defaultdict
from functools import cached_property

from factcheck.model import Claim


class Superseding:
    """The superseded claims of a group, and the order of change of a pair."""

    @cached_property
    def superseded(self) -> frozenset[str]:
        """Figures stated as former ones ("hatte zunächst drei Mitarbeiter"), and old values of a change
        stated in one sentence ("von 48 auf 56 Millionen gestiegen"): the claim after a from-word, in a
        sentence with a change signal and another value of this group."""
        by_sentence: dict[tuple[str, str], list[Claim]] = defaultdict(list)
        for claim in self.group.claims:
            by_sentence[(claim.doc, claim.sentence)].append(claim)
        old = {claim.id for claim in self.group.claims if self.group.is_earlier(claim)}
        for claims in by_sentence.values():
            if len(claims) < 2 or not self.group.signal_in_sentence(claims[0]):
                continue
            numbers = self.group._span_numbers          # one number a span: cheaper to hash than a Span
            if len({numbers[c.id] for c in claims}) > 1:
                old.update(c.id for c in claims if self.group.is_old_value(c))
        return frozenset(old)

    def superseding(self, a: Claim, b: Claim) -> tuple[Claim, Claim, str] | None:
        """(earlier claim, later claim, reason) when the later document signals the change, or when
        another document with the same new value does ("4. Dezember" restated later without a word of
        change); else None."""
        found = self._signalled(a, b)
        if found is not None:
            return found
        for x, y in ((a, b), (b, a)):
            twin = self.group.twin_elsewhere(y, (a.doc, b.doc))
            # only a twin with a change word of its own can be the later source of the pair
            if twin is not None and self.group.doc_signal(twin) is not None:
                change = self._signalled(x, twin)
                if change is not None and change[1] is twin:
                    return x, y, f"{change[2]} (as {twin.doc} says of the same value)"
        return None

    def _signalled(self, a: Claim, b: Claim) -> tuple[Claim, Claim, str] | None:
        group = self.group
        if group.doc_signal(a) is None and group.doc_signal(b) is None:
            return None           # most pairs: no change word near either claim
        da, db = group.published(a), group.published(b)
        if da is not None and db is not None and not da.overlaps(db):
            old, new = (a, b) if da.high < db.low else (b, a)
            word = group.doc_signal(new)
            if word is None:
                return None
            return old, new, f"{new.doc} is the later source ({group.date_of(new)}) and {_superseded(word)}"
        word_a, word_b = group.doc_signal(a), group.doc_signal(b)
        if word_a and word_b:
            return (*text_order(a, b),
                    f'both sources signal a change ("{word_a}", "{word_b}"); which one is later is unknown')
        if word_a or word_b:
            old, new, word = (a, b, word_b) if word_b else (b, a, word_a)
            return old, new, f"{new.doc} is taken as the later source and {_superseded(word)}"
        return None


def _superseded(word: str) -> str:
    return f'signals the change ("{word}"); the earlier value is superseded'


def text_order(a: Claim, b: Claim) -> tuple[Claim, Claim]:
    return (a, b) if (a.doc, a.start) <= (b.doc, b.start) else (b, a)
