"""Cue words around a figure that say what it is not or how it joins the next: a change ("rose from",
"by CHF 4"), a house number before a street, a phone number after a phone word, a currency named first.
Each regex is built on first use from the language's numbers.yaml."""
from __future__ import annotations

import re
from functools import cached_property

from factcheck.extract.cues import either_case, longest_first
from factcheck.extract.numerals import NOTHING, trie_pattern


class SurroundingCues:
    """Mixed into the Lexicon after SharedCues (whose _all merges the languages it also reads)."""

    numbers: object
    currencies: dict

    @cached_property
    def change_from(self) -> re.Pattern:
        """en: 'rose from ', 'was cut sharply from $': a change verb, then 'from' right before the figure."""
        verbs = longest_first(set(self.numbers.change_verbs))
        froms = longest_first(set(self.numbers.range_from))
        return re.compile(rf"(?<!\w)(?:{verbs})\s+(?:\w+\s+)?(?:{froms})\s+(?:\S{{1,3}}\s?)?$", re.I)

    @cached_property
    def change_by(self) -> re.Pattern:
        """en: 'by CHF ': the size of a change right before the figure."""
        return re.compile(rf"(?<!\w)(?:{longest_first(set(self.numbers.change_by))})\s+(?:\S{{1,3}}\s?)?$", re.I)

    @cached_property
    def street_after(self) -> re.Pattern:
        """en: ' Ridgeview Parkway', ' Fifth Avenue': one to three capitalized words, then a street word."""
        words = "|".join(either_case(w) + (r"(?!\w)" if w[-1].isalnum() else "") for w in
                         sorted(set(self.numbers.street_words), key=len, reverse=True)) or NOTHING
        return re.compile(rf"[ \u00a0]+(?:[A-Z][\w'’-]*\.?[ \u00a0]+){{1,3}}(?:{words})")

    @cached_property
    def phone_words(self) -> frozenset[str]:
        """'Telefon', 'tel' ('Tel.' is read without its dot)."""
        return frozenset(w.rstrip(".").lower() for w in self._all("phone_words"))

    @cached_property
    def currency_before(self) -> re.Pattern:
        """en: 'ringgit 42', 'rmb 10', 'Rs. 20', 'dollar 22.5 million': a currency word right before the figure."""
        return re.compile(rf"(?<![\w.])({trie_pattern(self.currencies)})\.?[ \u00a0]?$", re.I)

    @cached_property
    def scope_after(self) -> re.Pattern:
        """' including debt', ' inklusive Schulden': a scope word and the one word it takes."""
        words = "|".join(re.escape(w) + (r"(?!\w)" if w[-1].isalnum() else "") for w in
                         sorted(set(self.numbers.scope_words), key=len, reverse=True)) or NOTHING
        return re.compile(rf"[ \u00a0]+(?:{words})[ \u00a0]+[^\W\d_][\w-]*", re.I)
