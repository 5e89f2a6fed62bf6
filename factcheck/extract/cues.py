"""Cue words a language reads together with the languages its data names in `also_read`: scale
words ("1,2 Billionen" quoted in English), fractions, range and sign words, ordinal, identifier and
clock cues, units and metrics. Each regex is built on first use from the merged word lists."""
from __future__ import annotations

import re
from functools import cached_property

from factcheck.extract.numerals import NOTHING, trie_pattern


def either_case(word: str) -> str:
    return f"[{word[0]}{word[0].swapcase()}]{re.escape(word[1:])}" if word[0].isalpha() else re.escape(word)


def words_from_first_letter(words) -> str:
    """The words (first letter in either case, no word character or hyphen before them) as a regex that
    begins with the class of their first letters and tells them apart by a look-behind at that letter:
    the engine skips to a possible first letter in C, where it would try an alternation of words, or
    a look-behind in front of one, at every position."""
    rests_by_first: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        rests_by_first.setdefault(word[0].lower(), []).append(re.escape(word[1:]))
    letters = "".join(map(_either_case_letter, rests_by_first))
    rests = "|".join(f"(?<=[{_either_case_letter(first)}])(?:{'|'.join(rests)})"
                     for first, rests in rests_by_first.items())
    return rf"[{letters}](?<![\w-].)(?:{rests})"


def _either_case_letter(c: str) -> str:
    return re.escape(c) + re.escape(c.swapcase()) if c.isalpha() else re.escape(c)


def longest_first(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or NOTHING


def as_written(words) -> list[str]:
    """Capitalized words in either case ("Drittel", "drittel"), lower-case ones only as written."""
    forms = []
    for word in words:
        forms.append(word)
        if word[0].isupper():
            forms.append(word[0].lower() + word[1:])
    return forms


class SharedCues:
    """The cues of `read`: this language's Numbers first, then those of the languages it also reads."""

    read: tuple

    def _all(self, field: str) -> list:
        return [w for n in self.read for w in getattr(n, field)]

    def _merged(self, field: str) -> dict:
        merged: dict = {}
        for n in self.read:
            for key, value in getattr(n, field).items():
                merged.setdefault(key, value)
        return merged

    @cached_property
    def other_scales(self) -> dict[str, int]:
        return self._merged_from(self.read[1:], "scales")

    def _merged_from(self, numbers, field: str) -> dict:
        merged: dict = {}
        for n in numbers:
            for key, value in getattr(n, field).items():
                merged.setdefault(key, value)
        return merged

    @cached_property
    def scale_after(self) -> re.Pattern:
        return re.compile(rf"(?:\s+|-)({trie_pattern(set(self.scales) | set(self.other_scales))})(?![\w])", re.I)

    @cached_property
    def attached_scales(self) -> dict[str, int]:
        return self._merged("attached_scales")

    @cached_property
    def attached(self) -> re.Pattern:
        return re.compile(rf"({longest_first(self.attached_scales)})\.?(?![\w])")

    @cached_property
    def fractions(self) -> dict[str, float]:
        return {w.lower(): v for w, v in self._merged("fractions").items()}

    @cached_property
    def fraction_after(self) -> re.Pattern:
        return re.compile(rf"(?:\s+|\s*-\s*)({trie_pattern(as_written(self._merged('fractions')))})(?![\w])")

    @cached_property
    def and_fractions(self) -> dict[str, float]:
        return {w.lower(): v for w, v in self._merged("and_fractions").items()}

    @cached_property
    def and_fraction(self) -> re.Pattern:
        joiners = longest_first(self._all("cardinal_joiners"))
        return re.compile(rf"\s+(?:{joiners})\s+(\w+)\s+({longest_first(self.and_fractions)})(?![\w])", re.I)

    @cached_property
    def one_words(self) -> frozenset[str]:
        """'fünf und eine Hälfte', 'two and a half': an article counts one."""
        return frozenset(a.lower() for a in self._all("articles"))

    @cached_property
    def multipliers(self) -> dict[str, int]:
        return {w.lower(): v for w, v in self._merged("multipliers").items()}

    @cached_property
    def ordinal_units(self) -> dict[str, int]:
        return {w.lower(): v for w, v in self.numbers.ordinal_units.items()}

    @cached_property
    def tens_words(self) -> dict[str, int]:
        return {w: v for w, v in self.numbers.cardinals.items() if 20 <= v < 100 and v % 10 == 0}

    @cached_property
    def ordinal_after(self) -> re.Pattern:
        return re.compile(rf"[\s-]+({self._ordinal_pattern})(?![\w-])", re.I)

    @cached_property
    def _ordinal_pattern(self) -> str:
        return trie_pattern(self.ordinal_units) if self.ordinal_units else NOTHING

    @cached_property
    def compound_ordinal_after(self) -> re.Pattern:
        """en: ' twenty-firsts', ' thirty fifths': a tens word and an ordinal, one denominator."""
        tens = trie_pattern(self.tens_words) if self.tens_words else NOTHING
        return re.compile(rf"[\s-]+({tens})[\s-]+({self._ordinal_pattern})(?![\w-])", re.I)

    @cached_property
    def fraction_of_after(self) -> re.Pattern:
        """en: 'half a million', 'two thirds of a dozen': the words between a fraction and its scale."""
        links = longest_first(self.numbers.fraction_of) or NOTHING
        sizes = [w for w in (*self.scales, *self.multipliers) if len(w) > 1]
        return re.compile(rf"\s+(?:{links})\s+({trie_pattern(sizes)})(?![\w])", re.I)

    @cached_property
    def multiplier_after(self) -> re.Pattern:
        return re.compile(rf"\s+({longest_first(self.multipliers)})(?![\w])", re.I)

    @cached_property
    def decimal_word(self) -> re.Pattern:
        return re.compile(rf"\s+(?:{longest_first(self._all('decimal_words'))})\s+(\d+|\w+(?:-\w+)?)", re.I)

    @cached_property
    def smaller_group(self) -> re.Pattern:
        joiners = longest_first(self.numbers.cardinal_joiners)
        return re.compile(rf"\s+(?:(?P<join>{joiners})\s+)?(?P<num>\d{{1,3}}(?![\d.,])|{self.word_pattern})\b"
                          rf"(?:(?:\s+|-)(?P<scale>\w+\.?))?", re.I)

    @cached_property
    def range_and(self) -> frozenset[str]:
        return frozenset(self._all("range_and"))

    @cached_property
    def range_join(self) -> re.Pattern:
        hedges = [h for n in self.read for h in n.hedges]
        to_words = []
        for word in sorted(set(self._all("range_to")), key=len, reverse=True):
            # de: "bis zu 300" is a hedge, not the end of a range
            guards = "".join(rf"(?!\s+{re.escape(h[len(word) + 1:])})" for h in hedges if h.startswith(word + " "))
            to_words.append(re.escape(word) + guards)
        return re.compile(rf"\s*(?:–|—|-{''.join('|' + w for w in to_words)})\s*|\s+(?:{longest_first(self.range_and)})\s+")

    @cached_property
    def between(self) -> re.Pattern:
        words = "|".join(either_case(w) for w in self._all("range_between")) or NOTHING
        return re.compile(rf"(?:{words})\s+$")

    @cached_property
    def sign_word(self) -> re.Pattern:
        return re.compile(rf"(?:{longest_first(self._all('sign_words'))})\s+$", re.I)

    @cached_property
    def sign_word_last_letters(self) -> frozenset[str]:
        return frozenset(w[-1] for w in self._all("sign_words"))

    @cached_property
    def clock_or_score(self) -> re.Pattern:
        # de: "18.30 Uhr", en: "11.30 p.m."
        words = "".join(re.escape(w) + (r"(?!\w)" if w[-1].isalnum() else "") + "|" for w in self._all("clock_words"))
        return re.compile(rf"\d{{1,2}}[:.]\d{{2}}\s*(?:{words}h\b)|\d+:\d+")

    @cached_property
    def clock_before(self) -> re.Pattern | None:
        words = self._all("clock_before")
        if not words:
            return None
        return re.compile(rf"(?:^|\s)(?:{'|'.join(either_case(w) for w in words)})\s+$")

    @cached_property
    def ordinal_context(self) -> re.Pattern:
        words = longest_first(self._all("ordinal_before"))
        return re.compile(rf"(?:^|\n|[–:(,]\s*)$|(?:^|\s)(?:{words})\s+$", re.I)

    @cached_property
    def identifier_words(self) -> frozenset[str]:
        return frozenset(self._all("identifier_words"))

    @cached_property
    def function_words(self) -> frozenset[str]:
        return frozenset(self._all("function_words"))

    @cached_property
    def not_nouns(self) -> frozenset[str]:
        return frozenset(self.numbers.not_nouns) | frozenset(self.numbers.modifiers)

    @cached_property
    def modifiers(self) -> frozenset[str]:
        return frozenset(self.numbers.modifiers)

    @cached_property
    def units(self) -> dict[str, str]:
        return self._merged("units")

    @cached_property
    def unit_after(self) -> re.Pattern:
        return re.compile(rf"[ \u00a0]?({longest_first(self.units)})(?![\w/²])", re.I)

    @cached_property
    def subunit(self) -> re.Pattern:
        joiners = "".join(rf"\s+{re.escape(j)}|" for j in dict.fromkeys(self._all("subunit_joiners")))
        cents = longest_first(dict.fromkeys(self._all("subunits")))
        return re.compile(rf"(?:{joiners}\s*,)?\s+(\d{{1,2}}|[a-zäöüß]+(?:-[a-zäöüß]+)?)(?:\s*(?P<cent>{cents}))?(?=$|[\s.,;!?)])")

    @cached_property
    def metrics(self) -> list[tuple[tuple[str, ...], str]]:
        """(stems, metric) in the order of the data: the first whose stems are all there wins."""
        merged: dict[str, list] = {}
        for n in self.read:
            for metric, alternatives in n.metrics.items():
                merged.setdefault(metric, []).extend(alternatives)
        return [(stems, metric) for metric, alternatives in merged.items() for stems in alternatives]

    @cached_property
    def acronym_metrics(self) -> dict[str, tuple[str, str]]:
        return self._merged("acronym_metrics")
