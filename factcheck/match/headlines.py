"""Names a headline opens with: the subject of its verb ("Lernwerk stellt ein", "Harbor Lines to cut")."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from factcheck.match.phrases import fold

_HEADLINE_LINES = 6


class HeadlineCues(Protocol):
    """What a headline is read with (discovery.NameCues)."""

    english: bool
    never: frozenset[str]
    headline_future: frozenset[str]
    verb_shapes: tuple[tuple[str, ...], frozenset[str]]     # endings and words of a verb in the singular

    def head_kind(self, word: str) -> str | None: ...


def headline_names(cues: HeadlineCues, text: str, start: int) -> Iterable[tuple[str, str]]:
    """The first word of a headline when a verb in the singular follows it: 'Lernwerk stellt ein'."""
    offset = start
    for _ in range(_HEADLINE_LINES):
        end = text.find("\n", offset)
        end = len(text) if end < 0 else end
        line = text[offset:end].rstrip()
        if line[-1:] in (".", "!", "?"):
            return                      # the body has begun
        words = line.split(None, 2) if not cues.english else _capitalized_run(line)
        if len(words) >= 3:
            first, second = words[0], words[1]
            if first[:1].isupper() and first.replace(" ", "").isalpha() and second[:1].islower() \
                    and second.isalpha() and (fold(second) not in cues.never or _future_of_a_name(text, first, second, cues)) \
                    and not cues.head_kind(first) and not (cues.english and cues.head_kind(second)) \
                    and _singular_verb(cues, second):
                yield first          # not "Container" of "Container carrier X plans"
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


def _future_of_a_name(text: str, first: str, second: str, cues: HeadlineCues) -> bool:
    """en: "Harbor Lines to cut jobs": a headline's future after a name; one word must recur in the text
    to be a name ("Repairs to start later" opens with a noun)."""
    return second in cues.headline_future and (" " in first or text.count(first) > 1)


def _singular_verb(cues: HeadlineCues, word: str) -> bool:
    """de: 'Acme kauft', 'Acme will': a verb in the singular follows a name in a headline;
    'Beamte nehmen', 'Annäherungskurs zwischen' are no name and its verb."""
    endings, words = cues.verb_shapes
    return (not endings and not words) or word.endswith(endings) or word in words
