"""Descriptions that stand for a name: "der Konzern", "die neue Bahn", "the retailer" refer to the
last entity of a fitting kind named before them; a project the headline announces ("baut neue
Gondelbahn") is named by its descriptor."""
from __future__ import annotations

import bisect
import functools
import re

from factcheck.classify.projects import PROJECT, ProjectWords, after_new_word, project_key
from factcheck.match.discovery import NameCues, descriptions
from factcheck.match.entities import Entity, EntityMention
from factcheck.match.phrases import Searchable, fold
from factcheck.text import TextIndex

# the kinds a descriptor of each kind may refer to
_FITTING = {"company": frozenset({"company", "app", "organization", "product"}),
            "app": frozenset({"company", "app", "product"}),
            "organization": frozenset({"organization"}),    # "das Ministerium" is no company named before
            "project": frozenset({"project"}),
            "place": frozenset({"place"})}
_LONG_TAIL = 5                 # letters of a project noun that ends a compound project noun
_NEXT_TO_NAME = 2              # "Chiphersteller Nordwerk": a descriptor right before a name introduces it
_WORD_BEFORE = re.compile(r"(\S+) ([A-ZÄÖÜ][\w]*) $")     # a capitalized word inside a sentence, before
_BEFORE_WINDOW = 40
_TITLE = re.compile(r" [A-ZÄÖÜ][a-zäöü]{0,3}\. ")   # "Klinikum St. Anselm": an abbreviated title between


def with_descriptions(mentions: list[EntityMention], doc: Searchable, start: int, cues: NameCues,
                      index: TextIndex, headline_end: int, verbs: list[int],
                      project_words: ProjectWords | None = None) -> list[EntityMention]:
    """The mentions and, in text order among them, the descriptions resolved to an entity. A
    project noun in the headline or after "neue"/"new" introduces a project of its own, one per
    kind of project (project_words)."""
    found = descriptions(cues, doc, start)
    if not found:
        return mentions
    starts = [m.start for m in mentions]
    projects: dict[str, Entity] = {}          # kind of project -> the project
    introduced: dict[str, Entity] = {}      # descriptor -> the entity it last introduced
    added = []
    last_project: Entity | None = None
    headline_words: list[tuple] = []                    # descriptors the headline leaves open
    first_named: dict[str, Entity] = {}                 # descriptor -> the entity it first introduced
    for d_start, d_end, kind, word in found:
        fitting = _FITTING.get(kind)
        noun = cues.head(word)[1]
        named = _introduces_name(doc.text, mentions, starts, d_start, d_end)
        if named is not None:
            introduced[noun] = named
            first_named.setdefault(noun, named)
        if fitting is None or named is not None:
            continue
        entity = None
        listed = project_words is not None and noun in project_words.kinds
        new = (kind == PROJECT or listed) and project_words is not None and after_new_word(doc.text, d_start, project_words)
        # a headline announces a kind of project ("baut Stadthalle"); "Thema eines Projekts" names none
        announced = d_start < headline_end and project_words is not None \
            and (listed or project_key(noun, project_words) != noun)
        if (kind == PROJECT and _project_noun(noun, cues) or new and listed) and (new or announced):
            # "baut neue Seilbahn": a kind of project even where the noun also names its operator
            key = project_key(noun, project_words) if project_words is not None else noun
            base = word[:len(noun)] if fold(word).startswith(noun) else word      # "Projekts" -> "Projekt"
            entity = projects.setdefault(key, Entity(name=base, kind=PROJECT, discovered=True, by_kind=True))
        if entity is None and (_own_name(doc.text, d_start, cues.adjective_endings)
                               or doc.text.endswith(cues.prepositions, 0, d_start)):
            continue                        # "in Neuhaus am Inn": after "in" a place's own name
        # "der Discounter" is the discounter named before, not the last company of any kind
        entity = entity or introduced.get(noun) or _last_fitting(mentions, starts, d_start, fitting, index, verbs)
        if entity is None and kind == PROJECT:
            entity = last_project           # "das Projekt", "der Neubau": the project named last
        if entity is not None:
            added.append(EntityMention(d_start, d_end, entity, True))
            if entity.kind == PROJECT:
                last_project = entity
        elif d_start < headline_end and kind != PROJECT:
            headline_words.append((d_start, d_end, noun, fitting))
    added += _named_below(headline_words, first_named, mentions, starts)
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: m.start)


def _named_below(words: list[tuple], first_named: dict[str, Entity], mentions: list[EntityMention],
                 starts: list[int]) -> list[EntityMention]:
    """'Klinikum stellt 120 Pflegekräfte ein' over 'Das Klinikum St. Anselm ...': a descriptor of
    the headline with nothing named before it is the first entity of its kind named below, where
    the same descriptor introduces it (not where the body names another first)."""
    found = []
    for d_start, d_end, noun, fitting in words:
        below = mentions[bisect.bisect_left(starts, d_end):]
        first = next((m.entity for m in below if m.entity.kind in fitting), None)
        if first is not None and first is first_named.get(noun):
            found.append(EntityMention(d_start, d_end, first, True))
    return found


def _own_name(text: str, at: int, adjective_endings: tuple[str, ...]) -> bool:
    """de: 'beim Kapa-Institut', 'die Europäische Zentralbank', 'der Internationale Währungsfonds':
    a descriptor joined to a capitalized word before it (by a hyphen, or as a name's adjective inside
    a sentence) names an entity of its own and refers to none named before. 'US-Konzern' (an
    acronym before the hyphen) still does."""
    if at > 1 and text[at - 1] == "-":
        begin = at - 1
        while begin > 0 and text[begin - 1].isalnum():
            begin -= 1
        first = text[begin:at - 1]
        return first[:1].isupper() and not first.isupper()
    m = _WORD_BEFORE.search(text, max(0, at - _BEFORE_WINDOW), at)
    return m is not None and m.group(1)[-1:].isalnum() and m.group(2).endswith(adjective_endings)


def _project_noun(noun: str, cues: NameCues) -> bool:
    """A project noun as listed, or a compound ending in one of five letters or more ("Stadthalle");
    de: "Lernwerk", "Nordwerk" end in a short one and are names as often as things."""
    if noun in cues.descriptors:
        return True
    return any(noun.endswith(tail) for tail in _long_project_nouns(cues))


@functools.lru_cache(maxsize=8)
def _long_project_nouns(cues: NameCues) -> tuple[str, ...]:
    return tuple(n for n, kind in cues.descriptors.items() if kind == PROJECT and len(n) >= _LONG_TAIL)


def _introduces_name(text: str, mentions: list[EntityMention], starts: list[int], d_start: int,
                     d_end: int) -> Entity | None:
    """The entity a descriptor stands in ("Bergbahnen Selvaz") or right before ("Discounter Preisland")."""
    i = bisect.bisect_left(starts, d_start)
    if i < len(mentions) and mentions[i].start < d_end:
        return mentions[i].entity
    if i < len(mentions) and (mentions[i].start - d_end <= _NEXT_TO_NAME or _TITLE.fullmatch(text, d_end, mentions[i].start)) \
            and "\n" not in text[d_end:mentions[i].start]:
        return mentions[i].entity
    return None


def _last_fitting(mentions: list[EntityMention], starts: list[int], d_start: int, fitting: frozenset[str],
                  index: TextIndex, verbs: list[int]) -> Entity | None:
    """The last entity of a fitting kind named before; not the buyer of its own sentence
    ("Nordwerk zahlt für das Unternehmen": the company bought). verbs: where buying verbs stand."""
    sentence_start = index.sentence_span(d_start)[0]
    buying = [v for v in verbs[bisect.bisect_left(verbs, sentence_start):bisect.bisect_left(verbs, d_start)]]
    buyers = set()
    for m in reversed(mentions[:bisect.bisect_left(starts, d_start)]):
        if m.entity.kind not in fitting:
            continue
        if buying and m.start >= sentence_start and m.start < buying[-1]:
            buyers.add(m.entity.name)
            continue
        if m.entity.name not in buyers:
            return m.entity
    return None
