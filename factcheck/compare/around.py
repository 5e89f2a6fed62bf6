"""What the words and documents around a claim say: its subject named, its date, a change word, a forecast.

A mixin of ClaimGroup (it reads the group's claims, documents, context and spans); the answers are
cached per claim, so a pair judgement costs dictionary look-ups, not regex searches.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import cached_property

from factcheck.compare import signals
from factcheck.compare.intervals import Interval, Span, publication_interval
from factcheck.model import Claim, Document, sentence_offset


_LOOK_BACK = 400   # characters read before a claim's sentence to find the sentence before it
TWINS = 8          # the same-valued claims of other documents an update may be read from (twin_elsewhere)
# a sentence end: [.!?…]["”“'»)]*\s+ or a line break; written to begin with one character class, which
# the regex engine scans for, where two alternatives would be tried at every position
_SENTENCE_END = re.compile(r"[.!?…\n](?:(?<=\n)|[\"”“'»)]*\s+)")


def previous_sentence(claim: Claim, document: Document | None) -> str:
    """The sentence before the claim's own ('' at the start of the article or without the document).
    Cut at the last sentence end in a short window: an abbreviation may shorten it, never lengthen it."""
    if document is None:
        return ""
    return sentence_before(document, sentence_offset(claim, document.text))


def sentence_before(document: Document, start: int | None) -> str:
    """The sentence before the one that starts at start in the document ('' at the start of the article)."""
    if start is None or start <= document.body_start:
        return ""
    window = document.text[max(document.body_start, start - _LOOK_BACK):start].rstrip()
    cut = max((m.end() for m in _SENTENCE_END.finditer(window)), default=0)
    return window[cut:]


class AroundClaims:
    """Per-claim readings of the text around it, shared by the checks of one group."""

    def named_in(self, doc: str) -> bool:
        named = self._named_docs.get(doc)
        if named is None:
            named = self._named_docs[doc] = self.context.named_in(self.subject, doc)
        return named

    def published(self, claim: Claim) -> Interval | None:
        dates = self._published
        if claim.doc not in dates:
            dates[claim.doc] = publication_interval(self.date_of(claim))
        return dates[claim.doc]

    def date_of(self, claim: Claim) -> str | None:
        document = self.documents.get(claim.doc)
        return document.date if document else None

    def inferred(self, claim: Claim, qualifier: str) -> bool:
        """True when the classifier says it did not read the qualifier in the text but took it from the
        publication date or inferred it (the claim's `basis`, e.g. {"period": "inferred"})."""
        basis = getattr(claim, "basis", None) or {}
        return basis.get(qualifier) in ("inferred", "publication")

    def forecast(self, claim: Claim) -> bool:
        return self._flag("forecast", claim, lambda c: signals.is_forecast(c))

    def increment(self, claim: Claim) -> bool:
        return self._flag("increment", claim, lambda c: c.kind in ("quantity", "number")
                          and signals.is_increment(c, self._sentence_start(c)))

    def _flag(self, name: str, claim: Claim, test) -> bool:
        key = (name, claim.id)
        if key not in self._flags:
            self._flags[key] = bool(test(claim))
        return self._flags[key]

    def is_earlier(self, claim: Claim) -> bool:
        return self._flag("earlier", claim, lambda c: signals.is_earlier(c, self._sentence_start(c)))

    def is_old_value(self, claim: Claim) -> bool:
        return signals.is_old_value(claim, self._sentence_start(claim))

    def signal_in_sentence(self, claim: Claim) -> str | None:
        return signals.change_signal(claim.sentence, claim.lang, self.context.signals.get(claim.lang or "de", ()))

    def signal(self, claim: Claim) -> str | None:
        """The change word in the claim's sentence or the one before, or None."""
        if claim.id not in self._signals:
            extra = self.context.signals.get(claim.lang or "de", ())
            # "The company still plans to cut 1,200 jobs." after "... pushed back the completion": the
            # sentence before speaks of another change
            self._signals[claim.id] = self.signal_in_sentence(claim) or (
                None if signals.says_unchanged(claim.sentence, claim.lang)
                else signals.change_signal(self.previous_sentence(claim), claim.lang, extra))
        return self._signals[claim.id]

    @cached_property
    def _same_span(self) -> dict[str, list[Claim]]:
        """Claim id -> the group's claims with its very interval (a look-up by id: hashing a Span costs more)."""
        numbers = self._span_numbers
        found: dict[int, list[Claim]] = defaultdict(list)
        for claim in self.claims:
            found[numbers[claim.id]].append(claim)
        return {claim.id: found[numbers[claim.id]] for claim in self.claims}

    @cached_property
    def _span_numbers(self) -> dict[str, int]:
        """Claim id -> a number shared by the claims with the very same span: a key cheaper to hash than a Span."""
        numbers: dict[Span | None, int] = {}
        return {claim.id: numbers.setdefault(self.span(claim), len(numbers)) for claim in self.claims}

    @cached_property
    def _by_doc_and_span(self) -> dict[tuple[str, int], list[Claim]]:
        """(document, span number) -> the document's claims with that very span."""
        numbers = self._span_numbers
        found: dict[tuple[str, int], list[Claim]] = defaultdict(list)
        for claim in self.claims:
            found[(claim.doc, numbers[claim.id])].append(claim)
        return found

    def same_span(self, claim: Claim) -> list[Claim]:
        """The group's claims with the claim's very interval, itself among them."""
        return self._same_span[claim.id]

    def twin_elsewhere(self, claim: Claim, docs: tuple[str, ...], limit: int = TWINS) -> Claim | None:
        """The first other claim of the group with the very same interval in none of docs (among the
        first limit claims of that interval), or None."""
        for c in self._same_span[claim.id][:limit]:
            if c.doc not in docs and c.id != claim.id:
                return c
        return None

    def doc_signal(self, claim: Claim) -> str | None:
        """A change word near this claim or near another claim of its document with the same value."""
        found = self._doc_signals
        if claim.id not in found:
            same = [claim] + self._by_doc_and_span.get((claim.doc, self._span_numbers[claim.id]), [])
            found[claim.id] = next((word for c in same if (word := self.signal(c))), None)
        return found[claim.id]

    def previous_sentence(self, claim: Claim) -> str:
        """previous_sentence(claim, its document), read once per sentence: its claims each ask."""
        document = self.documents.get(claim.doc)
        if document is None:
            return ""
        key = (claim.doc, self._sentence_start(claim))
        before = self._before_sentence.get(key)
        if before is None:
            before = self._before_sentence[key] = sentence_before(document, key[1])
        return before

    def _sentence_start(self, claim: Claim) -> int | None:
        """Where the claim's sentence starts in its document (None: not found, or no document); the
        readings of a claim each ask."""
        starts = self._starts
        if claim.id not in starts:
            document = self.documents.get(claim.doc)
            starts[claim.id] = sentence_offset(claim, document.text) if document is not None else None
        return starts[claim.id]

