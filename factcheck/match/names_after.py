"""How far a name after a descriptor noun reaches: over the capitalized words after it ("die
Plattform Global Forest Watch") and, in German, back over a capitalized word before the descriptor
("der Raiffeisen Bank International"), so that a name is never cut before a word of its own; and
whether a descriptor introduces a name at all ("eine Gruppe X" does not); a headline's first word
that a verb in the singular follows ("Lernwerk stellt ein")."""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from factcheck.match.phrases import fold

_MAX_NAME_WORDS = 4               # "Global Forest Watch", "Talberg Capital Partners"
_NEXT_WORD = re.compile(r" ([A-ZÄÖÜ][\w&'-]*)")
# the word before a capitalized word right before a descriptor, and that capitalized word
_WORD_BEFORE = re.compile(r"(\S+) ([A-ZÄÖÜ][\w-]*) $")
_BEFORE_WINDOW = 40
_ARTICLE_CHARS = 8                         # an article is shorter: only so far back is one looked for
_HEADLINE_LINES = 6
_SHORT_NAMES = frozenset({"person"})      # "Präsident Donald Trump": a first and a last name
_PLACE = "place"                           # "Stadt Marbach": one word


class Cues(Protocol):
    """What of NameCues a name's reach depends on."""

    legal_forms: frozenset[str]
    never: frozenset[str]
    articles: frozenset[str]
    nouns_capitalized: bool
    adjective_endings: tuple[str, ...]
    verb_shapes: tuple[tuple[str, ...], frozenset[str]]

    def usable(self, name: str) -> bool: ...

    def head(self, word: str) -> tuple[str, str] | None: ...

    def head_kind(self, word: str) -> str | None: ...


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


def headline_names(cues: Cues, text: str, start: int) -> Iterable[tuple[str, str]]:
    """The first word of a headline when a verb in the singular follows it: 'Lernwerk stellt ein'."""
    offset = start
    for _ in range(_HEADLINE_LINES):
        end = text.find("\n", offset)
        end = len(text) if end < 0 else end
        line = text[offset:end].rstrip()
        if line[-1:] in (".", "!", "?"):
            return                      # the body has begun
        words = line.split(None, 2) if cues.nouns_capitalized else _capitalized_run(line)
        if len(words) >= 3:
            first, second = words[0], words[1]
            if first[:1].isupper() and first.replace(" ", "").isalpha() and second[:1].islower() \
                    and second.isalpha() and (fold(second) not in cues.never or _future_of_a_name(text, first))\
                    and not cues.head_kind(first) and _singular_verb(cues, second) \
                    and (cues.nouns_capitalized or not cues.head_kind(second)):
                yield first          # en: not "Container" of "Container carrier X plans"
                return
        if end >= len(text):
            return
        offset = end + 1


def _capitalized_run(line: str) -> list[str]:
    """en: the line's words, its opening capitalized words as one ("Harbor Freight Lines", "to", ...)."""
    words = line.split()
    run = 0
    while run < len(words) and words[run][:1].isupper():
        run += 1
    return [" ".join(words[:run]), *words[run:]] if run > 1 else words


def _future_of_a_name(text: str, first: str) -> bool:
    """en: "Harbor Lines to cut jobs": a headline's future after a name ("to" is a function word, and a
    headline verb); a single word must recur in the text to be a name ("Repairs to start later")."""
    return " " in first or text.count(first) > 1


def _singular_verb(cues: Cues, word: str) -> bool:
    """de: 'Acme kauft', 'Acme will': a verb in the singular follows a name in a headline;
    'Beamte nehmen', 'Annäherungskurs zwischen' are no name and its verb."""
    endings, words = cues.verb_shapes
    return (not endings and not words) or word.endswith(endings) or word in words
