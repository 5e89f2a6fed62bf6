"""Pronoun numerals: a form of 'ein' or 'kein' that ends its clause, with no noun after it ("er hat nur
eine.") counts one or none. The words come from the language's numbers.yaml (pronoun_numerals)."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from factcheck.extract import temporal
from factcheck.extract.figure import Figure, to_mention
from factcheck.extract.lexicon import Lexicon, lexicon
from factcheck.extract.mention import Mention, overlaps
from factcheck.extract.word_regex import trie_regex


def with_pronoun_numerals(text: str, start: int, lex: Lexicon, blocked, found: list[Mention]) -> list[Mention]:
    """found and the pronoun numerals outside it: "er nur eine." counts one."""
    added = [to_mention(Figure(m.start(), m.end(), lex.pronoun_values[m.group().lower()], 0.0, False, m.group()))
             for m in _pronoun_numerals(text, start, lex)
             if not overlaps(blocked, m.start(), m.end())
             and not any(f.start <= m.start() < f.end for f in found)]
    return sorted(found + [m for m in added if m is not None], key=lambda m: m.start) if added else found


def _pronoun_numerals(text: str, start: int, lex: Lexicon) -> Iterator[re.Match]:
    """What lex.pronoun_numeral.finditer(text, start) finds, tried only where temporal's one-byte copy of
    the text shows one of the words on its own: that scan jumps from space to space, while the regex
    stops at every letter a word may begin with ("e" and "k": a sixth of all letters)."""
    spaced = temporal.spaced_words(text)
    if spaced is None:
        yield from lex.pronoun_numeral.finditer(text, start)
        return
    # spaced is one byte longer than text: the word at i follows the space at i
    for word in _word_bytes(lex.lang).finditer(spaced, start):
        if (m := lex.pronoun_numeral.match(text, word.start())) is not None:
            yield m


@cache
def _word_bytes(code: str) -> re.Pattern:
    """A space, then a pronoun numeral in lower case and a space or the end, in temporal.spaced_words."""
    words = {word.lower() for word in lexicon(code).numbers.pronoun_numerals}
    return re.compile(b" (?:" + trie_regex(words).encode("latin-1") + rb")(?![^ ])")
