"""Projects an article follows ("die neue Stadthalle", "the new gondola"): one key per kind of
project across languages, and the place or company the project belongs to, so that two articles'
figures meet only for the same kind of project of the same owner."""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from factcheck import lang
from factcheck.match.entities import EntityMention
from factcheck.match.phrases import fold
from factcheck.text import TextIndex

PROJECT = "project"
# qualifiers of a project's figures: its kind across languages and its owner; compare hashes them
# into the group key, so two articles' figures meet only for one kind of project of one owner
KIND, OWNER = "project", "owner"
# the money a project takes is its cost, whatever the sentence calls it: "Die Investition beläuft
# sich auf", "kostet", "an initial budget of"
COST, COST_KEYS = "money:cost", frozenset({"money:cost", "money:price", "money:investment", "money:budget"})
OWNER_KINDS = frozenset({"company", "place", "organization"})
# de/en: a dateline opens the first paragraph: "Ortheim. Der Neubau ..." names where the story is
_DATELINE = re.compile(r"(?m)^([A-ZÄÖÜ][\w-]+(?: [A-ZÄÖÜ][\w-]+)?)\. (?=[A-ZÄÖÜ])")
_DATELINE_REACH = 400      # characters after the body start where a dateline may stand
_NEW_REACH = 2             # words before a project noun where "neue"/"new" may stand
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
_MIN_TAIL = 4              # "Stadt|halle": a compound's last part has four letters or more


@dataclass(frozen=True)
class ProjectWords:
    new_words: frozenset[str]          # "neue", "new"
    kinds: dict[str, str]              # folded project noun -> its key across languages


@functools.cache
def project_words(code: str) -> ProjectWords:
    """The words of one language that introduce a project; the kinds of every language (an English
    article may name a project a German one announced)."""
    kinds: dict[str, str] = {}
    for other in lang.codes():
        for key, nouns in lang.get(other).entities.project_kinds.items():
            for noun in nouns:
                kinds.setdefault(fold(noun), key)
    return ProjectWords(frozenset(fold(w) for w in lang.get(code).entities.new_words), kinds)


def project_key(name: str, words: ProjectWords) -> str:
    """The kind of project a noun names: listed, or as the end of a compound ("Konzerthalle" ->
    hall); else the noun itself, folded."""
    folded = fold(name)
    if folded in words.kinds:
        return words.kinds[folded]
    tails = [n for n in words.kinds if len(n) >= _MIN_TAIL and folded.endswith(n)]
    return words.kinds[max(tails, key=len)] if tails else folded


def after_new_word(text: str, at: int, words: ProjectWords) -> bool:
    """True when one of the language's "new" adjectives stands right before text[at] or one word
    before it ("die neue Stadthalle", "the new concert hall", "die neue große Halle")."""
    end = at
    for _ in range(_NEW_REACH):
        while end > 0 and text[end - 1] == " ":
            end -= 1
        begin = end
        while begin > 0 and (text[begin - 1].isalpha() or text[begin - 1] == "-"):
            begin -= 1
        if begin == end:
            return False
        if fold(text[begin:end]) in words.new_words:
            return True
        end = begin
    return False


def followed(mention: EntityMention) -> bool:
    """A project named by its kind alone ("die neue Stadthalle"), not one with a name of its own."""
    return mention.entity.by_kind and mention.entity.kind == PROJECT


def project_measure(claim_type: str | None) -> str | None:
    """A project's price, investment and budget are its cost."""
    return COST if claim_type in COST_KEYS else claim_type


def project_qualifiers(mentions: list[EntityMention], text: str, index: TextIndex, body_start: int,
                       words: ProjectWords) -> dict[str, dict[str, str]]:
    """Project name -> the qualifiers its figures carry: its kind, and its owner where known."""
    found = {}
    for name, owner in owners(mentions, text, index, body_start).items():
        found[name] = {KIND: project_key(name, words), **({OWNER: owner} if owner else {})}
    return found


def owners(mentions: list[EntityMention], text: str, index: TextIndex, body_start: int) -> dict[str, str | None]:
    """Project name -> the place or company it belongs to: named in a sentence with the project
    (the nearest before it, else after it), else the article's dateline; None when neither."""
    found: dict[str, str | None] = {}
    if not any(followed(m) for m in mentions):
        return found
    starts = [m.start for m in mentions]
    for m in mentions:
        name = m.entity.name
        if not followed(m) or found.get(name):
            continue
        found[name] = _owner_in_sentence(m, mentions, starts, index)
    if any(owner is None for owner in found.values()):
        dateline = _dateline(text, body_start)
        found = {name: owner or dateline for name, owner in found.items()}
    return found


def _owner_in_sentence(project: EntityMention, mentions: list[EntityMention], starts: list[int],
                       index: TextIndex) -> str | None:
    """A place or company of the project's sentence (the nearest before it, else after it), else
    of the sentence before in its paragraph; en: else a capitalized word of its sentence ("in
    Marbach"), weaker evidence."""
    start, end = index.sentence_span(project.start)
    around = mentions[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]
    found = _nearest_owner([m for m in around if m.entity.kind in OWNER_KINDS], project)
    if found is None and start > 0 and not _BLANK_LINE.search(index.text, max(0, start - 4), start):
        low = index.sentence_span(start - 1)[0]
        before = mentions[bisect.bisect_left(starts, low):bisect.bisect_left(starts, start)]
        found = _nearest_owner([m for m in before if m.entity.kind in OWNER_KINDS], project)
    return found or _nearest_owner([m for m in around if m.entity.kind == "name"], project)


def _nearest_owner(candidates: list[EntityMention], project: EntityMention) -> str | None:
    before = [m for m in candidates if m.start < project.start]
    if before:
        return before[-1].entity.name
    return candidates[0].entity.name if candidates else None


def _dateline(text: str, body_start: int) -> str | None:
    m = _DATELINE.search(text, body_start, min(len(text), body_start + _DATELINE_REACH))
    return m.group(1) if m else None
