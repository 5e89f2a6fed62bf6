"""One number lexicon per language: the words of lang/<code>/numbers.yaml, indexed, with the regexes
they fill. Built once per language on first use (never at import: start-up stays cheap).

A language reads some words of the languages its data names in `also_read` too: scale words
("1,2 Billionen" quoted in English), fractions, range and sign words, ordinal and identifier cues.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from importlib import resources

import yaml

from factcheck.extract.cues import SharedCues, either_case, longest_first, words_from_first_letter
from factcheck.extract.surroundings import SurroundingCues
from factcheck.extract.numerals import NOTHING, PhraseNumerals, trie_pattern

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
DEFAULT_CODE = "de"
_WORDS_KEPT = 1 << 14          # words whose reading is remembered, per language and kind of reading


@dataclass(frozen=True, eq=False)
class Lexicon(SharedCues, SurroundingCues):
    """The number words of one language, and of the languages it also reads, ready to match."""

    lang: str
    numbers: object                 # lang.schema.Numbers of this language
    read: tuple                     # Numbers of this language and of those it also reads
    morphology: object | None

    # --- this language's own words
    @cached_property
    def thousands_separator(self) -> str:
        return "," if self.numbers.decimal_mark == "." else "."

    @cached_property
    def scales(self) -> dict[str, int]:
        return self.numbers.scales

    @cached_property
    def hedges(self) -> dict[str, str]:
        return self.numbers.hedges

    @cached_property
    def percent(self) -> dict[str, str]:
        return self.numbers.percent

    @cached_property
    def currencies(self) -> dict[str, str | None]:
        return self.numbers.currencies

    @cached_property
    def hedge_last_words(self) -> frozenset[str]:
        return frozenset(phrase.split()[-1] for phrase in self.hedges)

    @cached_property
    def counted(self) -> dict[str, str]:
        """Every inflected, plural and gendered form of each counted thing -> its base form."""
        inflect = getattr(self.morphology, "inflections", lambda base: [base])
        forms: dict[str, str] = {}
        for base, extra in self.numbers.counted.items():
            for form in inflect(base) + list(extra):
                forms.setdefault(form, base)
        return forms

    @cached_property
    def counted_bases(self) -> frozenset[str]:
        return frozenset(self.counted.values())

    @cached_property
    def time_units(self) -> frozenset[str]:
        """'seit acht Jahren': a duration, no count. The unit words of a duration are dates.yaml's
        (duration_units); numbers.yaml's time_words adds the other words of time ('Uhr', 'Quartal')."""
        from factcheck import lang as languages
        return frozenset(self.numbers.time_words) | frozenset(languages.get(self.lang).dates.duration_units)

    @cached_property
    def months(self) -> frozenset[str]:
        """'am 4. Dezember': a date, no count; every spelling the date words name (lang/<code>/dates.yaml)."""
        from factcheck import lang as languages
        return frozenset(languages.get(self.lang).dates.months)

    def base_form(self, noun: str) -> str:
        """The counted thing's base form: 'Nutzerinnen' -> 'Nutzer', 'users' -> 'user'."""
        return self._base_forms(noun)

    @cached_property
    def _base_forms(self):
        # the same nouns come back in text after text: each is folded once (a pure function of the word)
        counted = self.counted
        if self.morphology is not None:
            fold = self.morphology.base_form
            return lru_cache(maxsize=_WORDS_KEPT)(lambda noun: fold(noun, counted))
        return lru_cache(maxsize=_WORDS_KEPT)(lambda noun: counted.get(noun, noun))

    @cached_property
    def minor_currencies(self) -> dict[str, str | None]:
        return self.numbers.minor_currencies

    @cached_property
    def minor_currency_after(self) -> re.Pattern:
        return re.compile(rf"(?:\s*|-)({trie_pattern(self.minor_currencies)})(?![\w])", re.I)

    @cached_property
    def unit_before_last_words(self) -> frozenset[str]:
        return frozenset(p.split()[-1].lower() for p in self.numbers.units_before)

    @cached_property
    def unit_before(self) -> re.Pattern:
        """'magnitude 5.9', 'magnitude-5.9', 'magnitude of 5.9', 'der Stärke 5,9': the unit, then the figure."""
        phrases = "|".join(r"\s+".join(map(re.escape, p.split()))
                           for p in sorted(self.numbers.units_before, key=len, reverse=True)) or NOTHING
        return re.compile(rf"(?<!\w)({phrases})(?:\s*[-‑]\s*|\s+)$", re.I)

    @cached_property
    def ratio_after(self) -> re.Pattern:
        words = "|".join(r"\s+".join(map(re.escape, w.split())) for w in self.numbers.ratio_words) or NOTHING
        return re.compile(rf"\s+(?:{words})\s+")

    @cached_property
    def currency_after(self) -> re.Pattern:
        return re.compile(rf"(?:\s*|-)({trie_pattern(self.currencies)})(?![\w])", re.I)

    @cached_property
    def percent_after(self) -> re.Pattern:
        words = trie_pattern(k for k in self.percent if k != "%")
        return re.compile(rf"\s*({words}|%)(?![\w])", re.I)

    # --- number words
    @cached_property
    def _numerals(self):
        if getattr(self.morphology, "COMPOUND_NUMERALS", False):
            return self.morphology.Numerals(self.numbers)
        return PhraseNumerals(self.numbers)

    def parse_word(self, word: str) -> float | None:
        return self._parsed_words(word)

    @cached_property
    def _parsed_words(self):
        return lru_cache(maxsize=_WORDS_KEPT)(self._numerals.parse)    # as _base_forms

    def longest_number_prefix(self, phrase: str) -> str:
        shorten = getattr(self._numerals, "longest_prefix", None)
        return shorten(phrase) if shorten else phrase

    @cached_property
    def word_pattern(self) -> str:
        n = self.numbers
        words = [w for w in n.cardinals]
        if not getattr(self.morphology, "COMPOUND_NUMERALS", False):
            alternation = trie_pattern(words, True)
            joiners = "|".join(re.escape(j) for j in n.cardinal_joiners)
            joined = rf"|\s+(?:{joiners})\s+" if joiners else ""
            # en: "half", "quarter" stand alone before a scale word ("half million"), never inside a phrase
            standalone = "".join(either_case(w) + "|" for w in n.standalone_numbers)
            return rf"{standalone}{alternation}(?:(?:[ -]+{joined}){alternation}(?![\w]))*"
        # a compound: a leading morpheme, more morphemes or joiners, then an ending ("zweieinhalb")
        not_alone = "|".join(either_case(a) for a in n.articles if a in n.cardinals)
        guard = rf"(?!(?:{not_alone})\b)" if not_alone else ""
        standalone = "".join(either_case(w) + "|" for w in n.standalone_numbers)
        endings = trie_pattern([*n.compound_endings, *n.compound_parts])
        return (rf"{guard}(?:{standalone}" + trie_pattern(words, True)
                + "(?:" + trie_pattern([*words, *n.cardinal_joiners]) + f")*(?:{endings})?)")

    @cached_property
    def word_starts(self) -> list[str]:
        return sorted({*self.numbers.standalone_numbers, *self.numbers.cardinals})

    @cached_property
    def articles(self) -> str:
        return "|".join(either_case(a) for a in sorted(self.numbers.articles, key=len, reverse=True)) or NOTHING

    @cached_property
    def article_next(self) -> str:
        return longest_first(self.numbers.article_next)

    @cached_property
    def article_start(self) -> re.Pattern | None:
        """Articles that no number word begins with are searched for on their own."""
        alone = [a for a in self.numbers.articles if not any(a.startswith(w) for w in self.word_starts)]
        if not alone:
            return None
        return re.compile(rf"(?<!\w)(?:{longest_first(alone)})[\s-]", re.I)

    @cached_property
    def pronoun_numeral(self) -> re.Pattern | None:
        """A pronoun numeral where its clause ends: no noun follows it."""
        words = self.numbers.pronoun_numerals
        if not words:
            return None
        return re.compile(rf"{words_from_first_letter(words)}(?=[ \t]*(?:[.!?;]|$))", re.M)

    @cached_property
    def pronoun_values(self) -> dict[str, float]:
        return {word.lower(): float(value) for word, value in self.numbers.pronoun_numerals.items()}

    @cached_property
    def first_letters(self) -> str:
        firsts = {w[0] for w in [*self.word_starts, *self.numbers.articles]}
        return "".join(sorted({c for f in firsts for c in (f.lower(), f.upper())}))

    @cached_property
    def lone_word_needs_unit(self) -> frozenset[str]:
        return frozenset(self.numbers.lone_word_needs_unit)


@cache
def lexicon(code: str) -> Lexicon:
    """The lexicon for a language code; a language without data reads as German (the default)."""
    from factcheck import lang as languages      # on first use: start-up does not build the schemas
    if code not in languages.codes():
        code = DEFAULT_CODE
    language = languages.get(code)
    read = [language.numbers] + [languages.get(c).numbers for c in language.numbers.also_read
                                 if c in languages.codes()]
    return Lexicon(lang=code, numbers=language.numbers, read=tuple(read), morphology=language.morphology)


def counted_things(code: str) -> dict[str, tuple[str, ...]]:
    """Cross-language key of a counted thing ('user') -> the words that name it in this language."""
    from factcheck import lang as languages
    return languages.get(code).numbers.counted_things


def _read_yaml(name: str) -> dict:
    with resources.files("factcheck.data.lexicon").joinpath(name).open("r", encoding="utf-8") as f:
        return yaml.load(f, Loader=_Loader)


@cache
def approx_widths() -> dict[str, float]:
    """Interval widths for approximation words; FACTCHECK_APPROX names a YAML file that overrides them."""
    widths = dict(_read_yaml("approx.yaml"))
    override = os.environ.get("FACTCHECK_APPROX")
    if override:
        with open(override, encoding="utf-8") as f:
            widths.update({k: float(v) for k, v in (yaml.safe_load(f) or {}).items() if k in widths})
    return widths
