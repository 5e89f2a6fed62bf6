"""Names that a descriptor noun describes after them: "Tiktok, eine Videoplattform", "Acme is a retailer".

An indefinite article between a capitalized word and a descriptor noun makes the word a name that
the noun classifies: an apposition, or the predicate of a copula. The words (articles, copulas)
come from the language's entities data; the shape is here.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

_REACH = 80          # characters before the descriptor noun that the shape may span


@functools.cache
def _shape(articles: tuple[str, ...], copulas: tuple[str, ...]) -> re.Pattern | None:
    if not articles:
        return None
    verb = f"|{' (?:' + '|'.join(map(re.escape, copulas)) + ')'}" if copulas else ""
    # name, then a comma or a copula, an indefinite article and up to three lower-case adjectives
    return re.compile(rf"(?<![\w-])([A-ZÄÖÜ][\w&'-]*)(?:,{verb})? (?:{'|'.join(map(re.escape, articles))})"
                      rf"(?: [a-zäöüß][\w-]*){{0,3}} $")


def names_before(text: str, described: Sequence[tuple[int, int, str, str]], articles: Sequence[str],
                 copulas: Sequence[str]) -> Iterable[tuple[str, str]]:
    """(name, kind) for each descriptor noun (start, end, kind, word) that an apposition or a copula
    ties to the capitalized word before it."""
    shape = _shape(tuple(articles), tuple(copulas))
    if shape is None:
        return
    for at, _end, kind, _word in described:
        m = shape.search(text, max(0, at - _REACH), at)
        if m:
            yield m.group(1), kind
