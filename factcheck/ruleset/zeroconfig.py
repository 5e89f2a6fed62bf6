"""The zero-config lexicon: counted things, verbs and cue words in German and English -> English keys."""
from __future__ import annotations

import functools
import os
from dataclasses import dataclass, field

import yaml

from factcheck.ruleset.phrases import ENDING_SET, PhraseMatcher, fold

LEXICON_PATH = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "lexicon", "counted_things.yaml")
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# sections of the lexicon file -> the name classify asks for (the kind, for the claim key sections)
SECTIONS = {"verbs": "verb", "count_nouns": "count_noun", "money": "money", "percent": "percent",
            "percent_change": "percent_change", "dates": "date", "durations": "duration", "scopes": "scope",
            "metrics": "metric"}


@dataclass(frozen=True)
class Lexicon:
    things: dict[str, str]            # casefolded base form -> counted thing ("filiale" -> "store")
    generic_things: frozenset[str]    # "person": a verb decides what is counted
    cues: PhraseMatcher               # payload: (section, key), e.g. ("money", "revenue")
    money_fallback: str
    _units: dict[str | None, str | None] = field(default_factory=dict, compare=False, repr=False)

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
        word = fold(unit)
        found = self.things.get(word)
        if found:
            return found
        for cut in range(1, min(5, len(word) - 2) + 1):
            if word[-cut:] in ENDING_SET and word[:-cut] in self.things:
                return self.things[word[:-cut]]
        return None


@functools.cache
def lexicon() -> Lexicon:
    """The shipped lexicon, read once per process."""
    with open(LEXICON_PATH, encoding="utf-8") as f:
        data = yaml.load(f, Loader=_Loader)
    things: dict[str, str] = {}
    for thing, phrases in data["things"].items():
        for phrase in _phrases(phrases):
            things.setdefault(fold(phrase), thing)
    cues = PhraseMatcher()
    for section, name in SECTIONS.items():
        for key, phrases in data[section].items():
            cues.add_all(_phrases(phrases), (name, key))
    return Lexicon(things=things, generic_things=frozenset(data.get("generic_things", ())), cues=cues,
                   money_fallback=data["money_fallback"])


def _phrases(per_language: dict[str, list[str]]) -> list[str]:
    return [p for lang in ("de", "en") for p in per_language.get(lang, ())]

