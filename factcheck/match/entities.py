"""Entities: the names rules and entities.yaml list, and those an article introduces itself."""
from __future__ import annotations

import bisect
import functools
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import NamedTuple

from factcheck.match.phrases import PhraseMatcher, RegexCompiler, Searchable, fold, occurrences

# Kinds that can be what a claim is about; places only for counts of residents and the like,
# persons after organizations, media ("laut CNBC") never.
PRIMARY_KINDS = frozenset({"company", "organization", "app", "product", "project"})
# names an article introduces: (text, its capitalized words, the known names folded, start) -> entities
Discover = Callable[["Searchable", set[str], set[str], int], list["Entity"]]
NAME_ENDINGS = ("", "s")          # de/en: names inflect only in the genitive ("Walmarts", "TikTok's")


@dataclass(frozen=True)
class Entity:
    name: str
    kind: str = "company"
    aliases: tuple[str, ...] = ()
    descriptions: tuple[str, ...] = ()     # "Einzelhandelskonzern": refers back to a named entity
    min_score: int = 90                    # rapidfuzz ratio for misspelled names
    discovered: bool = False               # found in the article, listed nowhere
    by_kind: bool = False                  # named by its kind alone ("die neue Stadthalle"): a project followed


class EntityMention(NamedTuple):
    start: int
    end: int
    entity: Entity
    by_description: bool = False


class EntityIndex:
    """Compiled names and descriptions of the known entities; finds their mentions in a text."""

    def __init__(self, entities: Iterable[Entity], compile_regex: RegexCompiler | None = None):
        self.entities = {e.name: e for e in entities}
        self._matcher = PhraseMatcher(compile_regex)     # descriptions may be /regex/ phrases
        self._known_folds: set[str] = set()
        # (first letter, length) -> aliases: a typo seldom hits the first letter, and a ratio of
        # 90 or more needs lengths within a fifth of each other
        self._fuzzy: dict[tuple[str, int], list[tuple[str, Entity]]] = defaultdict(list)
        # capitalized words as written -> the entity they misspell (None: none); kept across
        # documents, as news repeat their words
        self._misspells: dict[str, Entity | None] = {}
        self._misspelled_words: set[str] = set()
        for entity in self.entities.values():
            for alias in dict.fromkeys((entity.name, *entity.aliases)):
                self._matcher.add(alias, (entity, False), name=True, endings=NAME_ENDINGS)
                folded = fold(alias)
                self._known_folds.add(folded)
                if " " not in alias and "-" not in alias and len(alias) >= 5:
                    self._fuzzy[(folded[0], len(folded))].append((folded, entity))
            self._matcher.add_all(entity.descriptions, (entity, True))
        self._near = self._near_aliases()

    def mentions(self, doc: Searchable, start: int = 0, discover: Discover | None = None) -> list[EntityMention]:
        """Every mention in text order: names, misspelled names, names the article introduces
        (those discover finds), and descriptions of entities named earlier ("der
        Einzelhandelskonzern" after "Walmart")."""
        found: list[EntityMention] = []
        descriptions: list[EntityMention] = []
        for m in self._matcher.find(doc, start):
            entity, by_description = m.payload
            (descriptions if by_description else found).append(EntityMention(m.start, m.end, entity, by_description))
        capitals = doc.capitals(start)
        found += self._misspelled(doc, capitals, start)
        if discover is not None:
            found += _mentions_of(discover(doc, capitals, self._known_folds, start), doc, start)
        if descriptions:
            first_named: dict[str, int] = {}
            for mention in found:
                name = mention.entity.name
                if mention.start < first_named.get(name, len(doc.text)):
                    first_named[name] = mention.start
            found += [m for m in descriptions if first_named.get(m.entity.name, len(doc.text)) < m.start]
        return _without_overlaps(found)

    def _misspelled(self, doc: Searchable, capitals: set[str], start: int) -> list[EntityMention]:
        """Capitalized words within min_score of a known name ("Tiktock", "Wallmart")."""
        if not self._fuzzy:
            return []
        new = capitals.difference(self._misspells)
        if new:
            if len(self._misspells) > 200_000:
                self._misspells.clear()
                self._misspelled_words.clear()
                new = capitals
            misspells, near = self._misspells, self._near
            for word in new:
                entity = None
                if len(word) >= 5:
                    lowered = word.lower()
                    aliases = near.get((lowered[0], len(lowered)))
                    if aliases is not None:
                        entity = self._closest(lowered, *aliases)
                        if entity is not None:
                            self._misspelled_words.add(word)
                misspells[word] = entity
        hits = capitals & self._misspelled_words
        if not hits:
            return []
        found = []
        for word in sorted({w.lower(): self._misspells[w] for w in hits}.items()):
            found += [EntityMention(s, e, word[1]) for s, e in occurrences(doc, word[0], start)]
        return found

    def _closest(self, word: str, choices: list[str], entities: list[Entity], cutoff: int) -> Entity | None:
        """The entity a lower-case word misspells: the alias among choices with the best ratio, if
        that reaches the entity's min_score; None for a known name."""
        if fold(word) in self._known_folds:
            return None
        best = _extract_one()(word, choices, scorer=_ratio(), score_cutoff=cutoff)
        if best is None:
            return None
        entity = entities[best[2]]
        return entity if best[1] >= entity.min_score else None

    def _near_aliases(self) -> dict[tuple[str, int], tuple[list[str], list[Entity], int]]:
        """(first letter, length) of a word -> the aliases it may misspell and the score needed, for
        every key that has any. A word of another first letter or length misspells no alias."""
        keys = {(first, size) for first, length in self._fuzzy for size in range(length - 3, length + 4)}
        near = {}
        for first, size in keys:
            found = self._candidates(first, size)
            if found is not None:
                near[(first, size)] = found
        return near

    def _candidates(self, first: str, size: int) -> tuple[list[str], list[Entity], int] | None:
        """The aliases a word of this first letter and length may misspell, and the score needed.
        rapidfuzz's ratio is 100 * (1 - indel distance / total length), and the distance is at
        least the difference in length: aliases too long or short for the score are left out."""
        found = [c for other in range(size - 3, size + 4) if abs(other - size) * 5 <= size + other
                 for c in self._fuzzy.get((first, other), ())]
        cutoff = min((e.min_score for _, e in found), default=0)
        found = [(alias, e) for alias, e in found
                 if 100 * (1 - abs(size - len(alias)) / (size + len(alias))) >= cutoff - 1e-9]
        return ([alias for alias, _ in found], [e for _, e in found], cutoff) if found else None


@functools.cache
def _extract_one():
    from rapidfuzz import process   # only for capitalized words near a known name

    return process.extractOne


@functools.cache
def _ratio():
    from rapidfuzz import fuzz

    return fuzz.ratio


def _mentions_of(entities: list[Entity], doc: Searchable, start: int) -> list[EntityMention]:
    """Where names found in the article stand: as written, or with a genitive s."""
    found = []
    text = doc.text
    vocab = doc.vocab(start, len(text))
    for entity in entities:
        first, _, rest = entity.name.partition(" ")
        lowered = first.lower()
        for form in (lowered, lowered + "s"):
            if form not in vocab:           # not a word of the text ("Karl-Heinz" is two)
                continue
            for s, e in occurrences(doc, form, start):
                if not text.startswith(first, s):     # as written: "SEMICONDUCTOR" is a heading
                    continue
                if rest:
                    if not text.startswith(" " + rest, e):
                        continue
                    e += len(rest) + 1
                found.append(EntityMention(s, e, entity))
    return found


def _without_overlaps(mentions: list[EntityMention]) -> list[EntityMention]:
    """Longest first, names before descriptions; what overlaps a kept mention is dropped."""
    starts: list[int] = []            # kept mentions, sorted by start; they never overlap
    kept: list[EntityMention] = []
    for m in sorted(mentions, key=_keep_first):
        i = bisect.bisect_right(starts, m.start)
        if (i > 0 and kept[i - 1].end > m.start) or (i < len(kept) and kept[i].start < m.end):
            continue
        starts.insert(i, m.start)
        kept.insert(i, m)
    return kept


def _keep_first(m: EntityMention) -> tuple:
    return m.by_description, m.entity.discovered, m.start - m.end, m.start
