"""Entities: the names rules and entities.yaml list, and those an article introduces itself."""
from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from factcheck.ruleset.phrases import PhraseMatcher, Searchable, fold, occurrences

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


@dataclass(frozen=True, slots=True)
class EntityMention:
    start: int
    end: int
    entity: Entity
    by_description: bool = False


class EntityIndex:
    """Compiled names and descriptions of the known entities; finds their mentions in a text."""

    def __init__(self, entities: Iterable[Entity]):
        self.entities = {e.name: e for e in entities}
        self._matcher = PhraseMatcher()
        self._known_folds: set[str] = set()
        # (first letter, length) -> aliases: a typo seldom hits the first letter, and a ratio of
        # 90 or more needs lengths within a fifth of each other
        self._fuzzy: dict[tuple[str, int], list[tuple[str, Entity]]] = defaultdict(list)
        self._fuzzy_seen: set[str] = set()                   # lower-case words already compared
        self._fuzzy_hits: dict[str, Entity] = {}             # ... and those close to a name
        for entity in self.entities.values():
            for alias in dict.fromkeys((entity.name, *entity.aliases)):
                self._matcher.add(alias, (entity, False), name=True, endings=NAME_ENDINGS)
                folded = fold(alias)
                self._known_folds.add(folded)
                if " " not in alias and "-" not in alias and len(alias) >= 5:
                    self._fuzzy[(folded[0], len(folded))].append((folded, entity))
            self._matcher.add_all(entity.descriptions, (entity, True))

    def mentions(self, doc: Searchable, lang: str, start: int = 0) -> list[EntityMention]:
        """Every mention in text order: names, misspelled names, names the article introduces,
        and descriptions of entities named earlier ("der Einzelhandelskonzern" after "Walmart")."""
        found: list[EntityMention] = []
        descriptions: list[EntityMention] = []
        for m in self._matcher.find(doc, start):
            entity, by_description = m.payload
            (descriptions if by_description else found).append(EntityMention(m.start, m.end, entity, by_description))
        capitals = {w for w in doc.words(start) if w[0].isupper()}
        found += self._misspelled(doc, capitals, start)
        found += _mentions_of(discover(doc, capitals, lang, self._known_folds, start), doc, start)
        first_named: dict[str, int] = {}
        for mention in found:
            name = mention.entity.name
            first_named[name] = min(first_named.get(name, mention.start), mention.start)
        found += [m for m in descriptions if first_named.get(m.entity.name, len(doc.text)) < m.start]
        return _without_overlaps(found)

    def _misspelled(self, doc: Searchable, capitals: set[str], start: int) -> list[EntityMention]:
        """Capitalized words within min_score of a known name ("Tiktock", "Wallmart")."""
        if not self._fuzzy:
            return []
        words = {w.lower() for w in capitals if len(w) >= 5}
        for word in words - self._fuzzy_seen:
            if len(self._fuzzy_seen) > 200_000:
                self._fuzzy_seen.clear()
            self._fuzzy_seen.add(word)
            entity = None if fold(word) in self._known_folds else self._closest(word)
            if entity is not None:
                self._fuzzy_hits[word] = entity
        found = []
        for word in sorted(words & self._fuzzy_hits.keys()):
            found += [EntityMention(s, e, self._fuzzy_hits[word]) for s, e in occurrences(doc, word, start)]
        return found

    def _closest(self, folded: str) -> Entity | None:
        size, first = len(folded), folded[0]
        candidates = [c for other in range(size - 3, size + 4) if abs(other - size) * 5 <= size + other
                      for c in self._fuzzy.get((first, other), ())]
        if not candidates:
            return None
        from rapidfuzz import fuzz, process   # only for capitalized words near a known name

        best = process.extractOne(folded, [c[0] for c in candidates], scorer=fuzz.ratio,
                                  score_cutoff=min(e.min_score for _, e in candidates))
        if best is None:
            return None
        entity = candidates[best[2]][1]
        return entity if best[1] >= entity.min_score else None


def _mentions_of(entities: list[Entity], doc: Searchable, start: int) -> list[EntityMention]:
    """Where names found in the article stand: as written, or with a genitive s."""
    found = []
    vocab = doc.vocab(start, len(doc.text))
    for entity in entities:
        first, _, rest = entity.name.partition(" ")
        for form in (first.lower(), first.lower() + "s"):
            if form not in vocab:
                continue
            for s, e in occurrences(doc, form, start):
                if not doc.text[s].isupper():
                    continue
                if rest:
                    if not doc.text.startswith(" " + rest, e):
                        continue
                    e += len(rest) + 1
                found.append(EntityMention(s, e, entity))
    return found


def _without_overlaps(mentions: list[EntityMention]) -> list[EntityMention]:
    """Longest first, names before descriptions; what overlaps a kept mention is dropped."""
    starts: list[int] = []            # kept mentions, sorted by start; they never overlap
    kept: list[EntityMention] = []
    for m in sorted(mentions, key=lambda m: (m.by_description, m.entity.discovered, m.start - m.end, m.start)):
        i = bisect.bisect_right(starts, m.start)
        if (i > 0 and kept[i - 1].end > m.start) or (i < len(kept) and kept[i].start < m.end):
            continue
        starts.insert(i, m.start)
        kept.insert(i, m)
    return kept


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
_NAME_AFTER = re.compile(r" ([A-ZÄÖÜ][\w&'-]*)(?: ([A-ZÄÖÜ][\w&'-]*))?")   # "Dienst| Twitch", "Präsident| Donald Trump"
_LEGAL_FORMS = frozenset("AG SE GmbH KG KGaA Inc Corp Ltd LLC plc SA NV Holding Group".split())
_LEGAL_NAME = re.compile(r"\b([A-ZÄÖÜ][\w&.-]*) (?:AG|SE|GmbH|KG|KGaA|Inc|Corp|Ltd|LLC|plc|SA|NV|Holding|Group)\b")
# en: a capitalized word after a lower-case word or a comma does not open a sentence: a name
_EN_NAME = re.compile(r"(?<=[a-z,;] )[A-Z][\w&'-]*(?: [A-Z][\w&'-]*)*")
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

    heads = [w for w in capitals if w[-3:].lower() in _HEADS_BY_TAIL and _head_kind(w)]
    if lang == "en":
        heads += [w for w in doc.vocab(start, len(doc.text)) & _EN_HEADS]
    for head in sorted(heads):
        kind = _head_kind(head)
        at = doc.text.find(head, start)
        while at >= 0:
            m = _NAME_AFTER.match(doc.text, at + len(head))
            if m and (at == 0 or not doc.text[at - 1].isalnum()):
                name = m.group(1)
                if kind == "person" and m.group(2):
                    name = f"{name} {m.group(2)}"
                add(name, kind)
            at = doc.text.find(head, at + 1)
    for word in capitals:
        if word[1:].islower() or len(word) < 2 or not word.isalpha():
            continue
        if word.isupper():
            if len(word) <= 6:
                add(word, "organization")
        elif word[1].islower():
            add(word, "company")                       # CamelCase: TikTok, ByteDance, WeChat
    if not _LEGAL_FORMS.isdisjoint(capitals):
        for m in _LEGAL_NAME.finditer(doc.text, start):
            add(m.group(1), "company")
    if lang == "en":
        for m in _EN_NAME.finditer(doc.text, start):
            add(m.group(), "organization")
    return [Entity(name=name, kind=kind, aliases=(name,), discovered=True) for name, kind in sorted(found.items())]


def _head_kind(word: str) -> str | None:
    folded = word.lower()
    for suffix, kind in _HEADS_BY_TAIL.get(folded[-3:], ()):
        if folded.endswith(suffix):
            return kind
    return None
