"""Entities: the names rules and entities.yaml list, and those an article introduces itself."""
from __future__ import annotations

import bisect
import functools
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from factcheck.match.phrases import KEYS, PhraseMatcher, RegexCompiler, Searchable, fold, occurrences

# Kinds that can be what a claim is about; places only for counts of residents and the like,
# persons after organizations, media ("laut CNBC") never.
PRIMARY_KINDS = frozenset({"company", "organization", "app", "product"})
NAME_ENDINGS = ("", "s")          # de/en: names inflect only in the genitive ("Walmarts", "TikTok's")


@dataclass(frozen=True)
class Entity:
    name: str
    kind: str = "company"
    aliases: tuple[str, ...] = ()
    descriptions: tuple[str, ...] = ()     # "Einzelhandelskonzern": refers back to a named entity
    min_score: int = 90                    # rapidfuzz ratio for misspelled names
    discovered: bool = False               # found in the article, listed nowhere


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

    def mentions(self, doc: Searchable, lang: str, start: int = 0) -> list[EntityMention]:
        """Every mention in text order: names, misspelled names, names the article introduces,
        and descriptions of entities named earlier ("der Einzelhandelskonzern" after "Walmart")."""
        found: list[EntityMention] = []
        descriptions: list[EntityMention] = []
        for m in self._matcher.find(doc, start):
            entity, by_description = m.payload
            (descriptions if by_description else found).append(EntityMention(m.start, m.end, entity, by_description))
        capitals = doc.capitals(start)
        found += self._misspelled(doc, capitals, start)
        found += _mentions_of(discover(doc, capitals, lang, self._known_folds, start), doc, start)
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
                if not text[s].isupper():
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


# --- entities an article introduces -------------------------------------------------------

_HEADS = (  # (end of the noun before a name, kind of entity)
    ("nachrichtendienst", "media"), ("finanzdienst", "media"), ("informationsdienst", "media"),
    ("nachrichtenagentur", "media"), ("sender", "media"), ("zeitung", "media"), ("magazin", "media"),
    ("broadcaster", "media"), ("newspaper", "media"), ("agentur", "media"),
    ("konzern", "company"), ("unternehmen", "company"), ("firma", "company"), ("hersteller", "company"),
    ("händler", "company"), ("anbieter", "company"), ("gesellschaft", "company"), ("startup", "company"),
    ("kette", "company"), ("discounter", "company"), ("company", "company"), ("retailer", "company"),
    ("maker", "company"), ("firm", "company"),
    ("dienst", "app"), ("app", "app"), ("plattform", "app"), ("portal", "app"), ("netzwerk", "app"),
    ("platform", "app"), ("service", "app"), ("network", "app"),
    ("partei", "organization"), ("verein", "organization"), ("verband", "organization"),
    ("club", "organization"), ("klub", "organization"), ("behörde", "organization"),
    ("party", "organization"), ("agency", "organization"),
    ("stadt", "place"), ("gemeinde", "place"), ("bundesland", "place"), ("city", "place"),
    ("town", "place"), ("village", "place"),
    ("präsident", "person"), ("präsidentin", "person"), ("chef", "person"), ("chefin", "person"),
    ("gründer", "person"), ("gründerin", "person"), ("minister", "person"), ("ministerin", "person"),
    ("kanzler", "person"), ("kanzlerin", "person"), ("sprecher", "person"), ("sprecherin", "person"),
    ("president", "person"), ("founder", "person"), ("ceo", "person"), ("spokesman", "person"),
    ("spokeswoman", "person"),
)
_HEADS_BY_TAIL: dict[str, list[tuple[str, str]]] = defaultdict(list)
for _suffix, _kind in sorted(_HEADS, key=lambda h: -len(h[0])):
    _HEADS_BY_TAIL[_suffix[-3:]].append((_suffix, _kind))
_EN_HEADS = frozenset(s for s, _ in _HEADS if s.isascii())     # en heads are written in lower case
KEYS.register(_EN_HEADS)
_NAME_AFTER = re.compile(r" ([A-ZÄÖÜ][\w&'-]*)(?: ([A-ZÄÖÜ][\w&'-]*))?")   # "Dienst| Twitch", "Präsident| Donald Trump"
_LEGAL_FORMS = frozenset("AG SE GmbH KG KGaA Inc Corp Ltd LLC plc SA NV Holding Group".split())
_LEGAL_NAME = re.compile(r"\b([A-ZÄÖÜ][\w&.-]*) (?:AG|SE|GmbH|KG|KGaA|Inc|Corp|Ltd|LLC|plc|SA|NV|Holding|Group)\b")
# en: a capitalized word after a lower-case word or a comma does not open a sentence: a name
_EN_NAME = re.compile(r"[a-z,;] ([A-Z][\w&'-]*(?: [A-Z][\w&'-]*)*)")
# Capitals that are words, units or titles, not names; de: every noun is capitalized, so German
# common nouns never count as names by capitals alone.
_NOT_NAMES = frozenset("""
us usa eu uk un uno ceo cfo cto coo ki ai it tv pr pc ok dax bip gdp eur usd chf gbp jpy km mb gb tb
kw mw gw ps faq pdf url sms gps dna hiv mau dau id vip ngo ii iii iv xl ag se gmbh inc ltd corp
gmv arr mrr ebit ebitda ipo kpi roi yoy qoq api ok ps kfz lkw pkw
i a an the in on at of for and or but if as by to mr mrs ms dr prof st january february march april may
june july august september october november december monday tuesday wednesday thursday friday
saturday sunday
""".split())
# de: a capitalized word with a common-noun ending is a noun ("Lieferung"), not a name
_NOUN_ENDINGS = ("ung", "ungen", "heit", "keit", "schaft", "tion", "ität", "nis", "ismus", "chen", "lein")


def discover(doc: Searchable, capitals: set[str], lang: str, known: set[str], start: int = 0) -> list[Entity]:
    """Names the article introduces: 'der Streaming-Dienst Twitch', 'Acme AG', CamelCase names,
    acronyms, and in English capitalized words inside a sentence. Known names are left out."""
    found: dict[str, str] = {}

    def add(name: str, kind: str) -> None:
        folded = fold(name)
        if folded not in known and folded not in _NOT_NAMES and not folded.endswith(_NOUN_ENDINGS):
            found.setdefault(name, kind)

    _learn(capitals)
    text = doc.text
    heads = list(capitals & _HEAD_WORDS)
    if lang == "en":
        heads += doc.present(start) & _EN_HEADS
    for head in sorted(heads):
        kind = _head_kind(head)
        at = text.find(head, start)
        while at >= 0:
            m = _NAME_AFTER.match(text, at + len(head))
            if m and (at == 0 or not text[at - 1].isalnum()):
                name = m.group(1)
                if kind == "person" and m.group(2):
                    name = f"{name} {m.group(2)}"
                add(name, kind)
            at = text.find(head, at + 1)
    for word in capitals & _SELF_NAMED.keys():
        add(word, _SELF_NAMED[word])
    forms = capitals & _LEGAL_FORMS
    if forms:
        for name in _legal_names(text, forms, start):
            add(name, "company")
    if lang == "en":
        for m in _EN_NAME.finditer(text, max(0, start - 2)):
            add(m.group(1), "organization")
    return [_discovered(name, kind) for name, kind in sorted(found.items())]


# Facts about capitalized words that do not depend on the article, learnt once per word
_SEEN_CAPITALS: set[str] = set()
_HEAD_WORDS: set[str] = set()                # "Streaming-Dienst", "Konzern": a name may follow
_SELF_NAMED: dict[str, str] = {}             # "TikTok" (company), "ORF" (organization)


def _learn(capitals: set[str]) -> None:
    new = capitals - _SEEN_CAPITALS
    if not new:
        return
    if len(_SEEN_CAPITALS) > 200_000:
        _SEEN_CAPITALS.clear()
        _HEAD_WORDS.clear()
        _SELF_NAMED.clear()
        new = capitals
    for word in new:
        if word[-3:].lower() in _HEADS_BY_TAIL and _head_kind(word):
            _HEAD_WORDS.add(word)
        if not word[1:].islower():          # "Umsatz": most capitalized words are plain nouns
            kind = _self_named(word)
            if kind:
                _SELF_NAMED[word] = kind
    _SEEN_CAPITALS.update(new)


def _self_named(word: str) -> str | None:
    """An acronym ("ORF") or a CamelCase name ("TikTok", "ByteDance"): a name by its capitals alone."""
    if word[1:].islower() or len(word) < 2 or not word.isalpha():
        return None
    if word.isupper():
        return "organization" if len(word) <= 6 else None
    return "company" if word[1].islower() else None


@functools.lru_cache(maxsize=4096)
def _discovered(name: str, kind: str) -> Entity:
    return Entity(name=name, kind=kind, aliases=(name,), discovered=True)


_LEGAL_NAME_CHARS = frozenset("&.-_")
_LEGAL_NAME_START = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ")


def _legal_names(text: str, forms: frozenset[str], start: int) -> list[str]:
    """The names _LEGAL_NAME finds in text[start:] ("Acme AG" -> "Acme"), found from the legal
    forms the text holds instead of a regex tried at every position."""
    ends: list[tuple[int, int]] = []          # (the space before a legal form, the end of the form)
    for form in forms:
        at = text.find(" " + form, max(0, start - 1))
        while at >= 0:
            after = at + 1 + len(form)
            if after >= len(text) or not _is_word(text[after]):
                ends.append((at, after))
            at = text.find(" " + form, at + 1)
    names = []
    last = start
    for space, after in sorted(ends):
        begin = space
        while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] in _LEGAL_NAME_CHARS):
            begin -= 1
        for s in range(max(begin, last), space):
            if text[s] in _LEGAL_NAME_START and (s == 0 or not _is_word(text[s - 1])):
                names.append(text[s:space])
                last = after
                break
    return names


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _head_kind(word: str) -> str | None:
    folded = word.lower()
    for suffix, kind in _HEADS_BY_TAIL.get(folded[-3:], ()):
        if folded.endswith(suffix):
            return kind
    return None
