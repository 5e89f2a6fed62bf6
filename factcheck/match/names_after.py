"""How far a name after a descriptor noun reaches: over the capitalized words after it ("die
Plattform Global Forest Watch") and, in German, back over a capitalized word before the descriptor
("der Raiffeisen Bank International"), so that a name is never cut before a word of its own; and
whether a descriptor introduces a name at all ("eine Gruppe X" does not)."""
from __future__ import annotations

import re
from typing import Protocol

from factcheck.match.phrases import fold

_MAX_NAME_WORDS = 4               # "Global Forest Watch", "Talberg Capital Partners"
_NEXT_WORD = re.compile(r" ([A-ZÄÖÜ][\w&'-]*)")
# the word before a capitalized word right before a descriptor, and that capitalized word
_WORD_BEFORE = re.compile(r"(\S+) ([A-ZÄÖÜ][\w-]*) $")
_BEFORE_WINDOW = 40
_ARTICLE_CHARS = 8                         # an article is shorter: only so far back is one looked for
_SHORT_NAMES = frozenset({"person"})      # "Präsident Donald Trump": a first and a last name
_PLACE = "place"                           # "Stadt Marbach": one word


class Cues(Protocol):
    """What of NameCues a name's reach depends on."""

    legal_forms: frozenset[str]
    never: frozenset[str]
    articles: frozenset[str]
    nouns_capitalized: bool
    adjective_endings: tuple[str, ...]

    def usable(self, name: str) -> bool: ...

    def head(self, word: str) -> tuple[str, str] | None: ...


def whole_name(cues: Cues, text: str, descriptor: tuple[int, int], m: re.Match, kind: str) -> str:
    """The name a descriptor at descriptor=(start, end) introduces, m its first one or two words."""
    name = m.group(1)
    if kind == _PLACE:
        return name
    if _adjective_of(cues, name, m.group(2)):
        name = f"{name} {m.group(2)}"       # "das Projekt Politische Landschaft": an adjective needs its noun
    elif not _goes_on(cues, m.group(2)):
        return name if kind in _SHORT_NAMES else _word_before(cues, text, descriptor, name)
    else:
        name = f"{name} {m.group(2)}"
    name = _rest_of_name(cues, text, m.end(), name)
    return name if kind in _SHORT_NAMES else _word_before(cues, text, descriptor, name)


def _adjective_of(cues: Cues, word: str, noun: str | None) -> bool:
    return bool(noun) and word.endswith(cues.adjective_endings) and fold(word) not in cues.never \
        and noun not in cues.legal_forms and fold(noun) not in cues.never


def _goes_on(cues: Cues, word: str | None) -> bool:
    return bool(word) and cues.usable(word) and word not in cues.legal_forms


def _rest_of_name(cues: Cues, text: str, end: int, name: str) -> str:
    """'the carrier Harbor Freight Lines', 'die Plattform Global Forest Watch': a name goes on over
    the capitalized words after its second; de: nouns are capitalized too, so a word joins only where
    the text never writes the name without it ('Nordwerk Elektronik Aktien verkaufte ... Nordwerk
    Elektronik wächst': a name and a noun)."""
    words = name.count(" ") + 1
    while words < _MAX_NAME_WORDS:
        m = _NEXT_WORD.match(text, end)
        if m is None or not _goes_on(cues, m.group(1)):
            break
        longer = f"{name} {m.group(1)}"
        if cues.nouns_capitalized and text.count(longer) < text.count(name):
            break
        name, end, words = longer, m.end(), words + 1
    return name


def _word_before(cues: Cues, text: str, descriptor: tuple[int, int], name: str) -> str:
    """de: 'der Raiffeisen Bank International': a capitalized word inside a sentence right before
    the descriptor is the name's first word; not an adjective ('der Bremer Discounter Preisland',
    'der Technischen Universität X') nor a genitive ('Benficas Erzrivale X'), a function word
    ('Laut Bank X') or a descriptor ('das Projekt Kraftwerk X')."""
    at, end = descriptor
    m = _WORD_BEFORE.search(text, max(0, at - _BEFORE_WINDOW), at) if cues.nouns_capitalized else None
    if m is None or not m.group(1)[-1].isalnum():
        return name                 # a sentence or a headline's part begins with the word
    word = m.group(2)
    if word.endswith(cues.adjective_endings) or fold(word) in cues.never or word in cues.articles \
            or cues.head(word) is not None:
        return name
    return f"{word} {text[at:end]} {name}"


def after_indefinite(text: str, at: int, indefinite: frozenset[str]) -> bool:
    """de: 'eine Gruppe Banater' is a group of people, not the company Banater: a descriptor at `at`
    after an indefinite article introduces no name ('der Konzern X' does)."""
    begin = at - 1
    while begin > 0 and at - begin <= _ARTICLE_CHARS and text[begin - 1].isalpha():
        begin -= 1
    return text[begin:at - 1] in indefinite
