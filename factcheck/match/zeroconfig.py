"""The zero-config lexicon: counted things, verbs and cue words in German and English -> English keys.

The cue sections are phrase lists; classify builds their matcher (they may hold /regex/ phrases,
which the rule format's pattern engine compiles)."""
from __future__ import annotations

import functools
import os
from dataclasses import dataclass, field

import yaml

from factcheck.match.phrases import ENDING_SET, fold

LEXICON_PATH = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "lexicon", "counted_things.yaml")
# every value of the lexicon is text: the base loader skips YAML's guessing of numbers and dates
_Loader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
# endings cut from a unit to find its counted thing; de: not those opening with "er", which make a
# person of a thing ("Spieler" of "Spiel", "Sieger" of "Sieg"); a plural in "-er" is listed ("Kinder")
_THING_ENDINGS = frozenset(e for e in ENDING_SET if not e.startswith("er"))
_MIN_COMPOUND_PART = 4         # de: letters of each part of a compound whose last part names a thing
# sections of the lexicon file -> the name classify asks for (the kind, for the claim key sections)
SECTIONS = {"verbs": "verb", "count_nouns": "count_noun", "money": "money", "percent": "percent",
            "percent_change": "percent_change", "dates": "date", "durations": "duration", "scopes": "scope",
            "metrics": "metric", "staff_verbs": "staff_verb"}


@dataclass(frozen=True)
class Lexicon:
    things: dict[str, str]            # casefolded base form -> counted thing ("filiale" -> "store")
    generic_things: frozenset[str]    # "person": a verb decides what is counted
    money_fallback: str
    sections: dict = field(default_factory=dict, compare=False, repr=False)   # the file's cue sections
    # de: the words that may end a compound and name its thing (those of languages that capitalize
    # nouns, folded -> thing), but not those a compound ending in them does not count ("Haltestelle")
    compound_heads: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    _units: dict[str | None, str | None] = field(default_factory=dict, compare=False, repr=False)
    _known_units: dict[str, str | None] = field(default_factory=dict, compare=False, repr=False)

    def unit_thing(self, unit: str | None) -> str | None:
        """The counted thing of a claim's unit: a known one, else the unit itself, folded."""
        if unit in self._units:
            return self._units[unit]
        thing = self._units[unit] = self.thing_of(unit) or (fold(unit) if unit else None)
        return thing

    def thing_of(self, unit: str | None) -> str | None:
        """The counted thing a unit names ('Nutzer', 'users' -> 'user'), or None when unknown."""
        if not unit:
            return None
        known = self._known_units
        if unit not in known:
            if len(known) > 100_000:
                known.clear()
            known[unit] = self._thing_of(unit)
        return known[unit]

    def _thing_of(self, unit: str) -> str | None:
        word = fold(unit)
        found = _listed(word, self.things, 2)
        if found is None and unit[0].isupper():
            found = self._compound_head(word)
        return found

    def _compound_head(self, word: str) -> str | None:
        """de: "Ligaspielen" counts games, "Hotelbetten" beds: the longest listed thing that ends a
        compound, after a first part of four letters or more ("Beispiel" is no game)."""
        for cut in range(_MIN_COMPOUND_PART, len(word) - _MIN_COMPOUND_PART + 1):
            found = _listed(word[cut:], self.compound_heads, _MIN_COMPOUND_PART)
            if found is not None:
                return found
        return None


def _listed(word: str, table: dict[str, str], least: int) -> str | None:
    """The table's entry for the word as written, or with a plural or dative ending cut that leaves at
    least `least` letters ("Nutzern" -> "nutzer")."""
    found = table.get(word)
    if found is not None:
        return found
    for cut in range(1, min(5, len(word) - least) + 1):
        if word[-cut:] in _THING_ENDINGS and word[:-cut] in table:
            return table[word[:-cut]]
    return None


@functools.cache
def lexicon() -> Lexicon:
    """The shipped lexicon, read once per process."""
    with open(LEXICON_PATH, encoding="utf-8") as f:
        data = _plain(yaml.compose(f, Loader=_Loader))
    things: dict[str, str] = {}
    for thing, listed in _counted_things().items():
        for phrase in phrases(listed):
            things.setdefault(fold(phrase), thing)
    return Lexicon(things=things, generic_things=frozenset(data.get("generic_things", ())),
                   money_fallback=data["money_fallback"], sections=_cue_sections(),
                   compound_heads=_compound_heads())


def _compound_heads() -> dict[str, str]:
    from factcheck import lang
    heads: dict[str, str] = {}
    for code in lang.codes():
        language = lang.get(code)
        if not language.numbers.nouns_capitalized:
            continue                    # en: a compound is written in words ("league games")
        left_out = {fold(w) for w in language.measures.no_compound_heads}
        for thing, words in (*language.numbers.counted_things.items(), *language.measures.measured_things.items()):
            heads.update((fold(w), thing) for w in words if fold(w) not in left_out
                         and len(w) >= _MIN_COMPOUND_PART and w[:1].isupper())
    return heads


def _plain(node: yaml.Node):
    """Composed YAML as dicts, lists and text (what yaml.load gives with the base loader, faster)."""
    if isinstance(node, yaml.ScalarNode):
        return node.value
    if isinstance(node, yaml.MappingNode):
        return {key.value: _plain(value) for key, value in node.value}
    return [_plain(item) for item in node.value]


def _counted_things() -> dict[str, dict[str, tuple[str, ...]]]:
    """Counted thing -> language -> its words, from each language's numbers.yaml (`counted_things`)
    and measures.yaml (`measured_things`: unit symbols and synonyms only the classifier folds)."""
    from factcheck import lang
    merged: dict[str, dict[str, tuple[str, ...]]] = {}
    for code in lang.codes():
        language = lang.get(code)
        for thing, words in language.numbers.counted_things.items():
            merged.setdefault(thing, {})[code] = tuple(words)
        for thing, words in language.measures.measured_things.items():
            listed = merged.setdefault(thing, {})
            listed[code] = (*listed.get(code, ()), *words)
    return merged


def _cue_sections() -> dict[str, dict[str, dict[str, list[str]]]]:
    """Section -> key -> language -> its phrases, from each language's measures.yaml."""
    from factcheck import lang
    sections: dict[str, dict[str, dict[str, list[str]]]] = {s: {} for s in SECTIONS}
    for code in lang.codes():
        measures = lang.get(code).measures
        for section in SECTIONS:
            for key, words in getattr(measures, section).items():
                sections[section].setdefault(key, {})[code] = words
    return sections


def phrases(per_language: dict[str, list[str]]) -> list[str]:
    return [p for words in per_language.values() for p in words]

