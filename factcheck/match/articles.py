"""What the articles around a capitalized word say: a common noun after one, a name before a descriptor.

de: every noun is capitalized, so "der Stadtrat" (an article before the word) marks a common noun.
An indefinite article between a capitalized word and a descriptor noun makes the word a name that
the noun classifies ("Acme, eine Videoplattform", "Acme is a retailer"): an apposition, or the
predicate of a copula. The words come from the language's entities data; the shapes are here.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

_LONG_DESCRIPTOR = 5  # a compound ending in a descriptor noun this long is a common noun
_REACH = 80          # characters before the descriptor noun that the shape may span


@functools.cache
def _shape(articles: tuple[str, ...], copulas: tuple[str, ...]) -> re.Pattern | None:
    if not articles:
        return None
    verb = f"|{' (?:' + '|'.join(map(re.escape, copulas)) + ')'}" if copulas else ""
    # name, then a comma or a copula, an indefinite article and up to three lower-case adjectives
    return re.compile(rf"(?<![\w-])([A-ZÄÖÜ][\w&'-]*)(,{verb})? (?:{'|'.join(map(re.escape, articles))})"
                      rf"(?: [a-zäöüß][\w-]*){{0,3}} $")


def after_article(text: str, name: str, start: int, articles: frozenset[str]) -> bool:
    """True when an article stands before the word somewhere in text[start:] ("der Stadtrat")."""
    at = text.find(name, start)
    while at >= 0:
        end = at + len(name)
        if at >= 2 and text[at - 1] == " " and not (text[end:end + 1].isalnum() or text[end:end + 1] == "-"):
            begin = at - 1
            while begin > 0 and text[begin - 1].isalpha():
                begin -= 1
            # de: after a comma, "die" is a relative pronoun ("Vorwürfe, die Acme zurückwies")
            if text[begin:at - 1] in articles and text[max(0, begin - 2):begin] != ", ":
                return True
        at = text.find(name, end)
    return False


def names_before(text: str, described: Sequence[tuple[int, int, str, str]], articles: Sequence[str],
                 copulas: Sequence[str]) -> Iterable[tuple[str, str]]:
    """(name, kind) for each descriptor noun (start, end, kind, word) that an apposition or a copula
    ties to the capitalized word before it."""
    shape = _shape(tuple(articles), tuple(copulas))
    if shape is None:
        return
    words = _one_word(tuple(articles))
    for at, _end, kind, _word in described:
        if words is not None and not _article_before(text, max(0, at - _REACH), at, words):
            continue                    # the shape needs one of the articles: most descriptors have none
        m = shape.search(text, max(0, at - _REACH), at)
        if m and (m.group(2) or not _opens_sentence(text, m.start())):
            yield m.group(1), kind


@functools.cache
def _one_word(articles: tuple[str, ...]) -> frozenset[str] | None:
    return None if any(" " in a for a in articles) else frozenset(articles)


def _article_before(text: str, start: int, end: int, articles: frozenset[str]) -> bool:
    """Whether one of the four words before text[end] is an article, as the shape needs ("eine neue ")."""
    window = text[start:end]
    if window.endswith("\n"):             # the shape's $ also matches before a final line break
        window = window[:-1]
    return window.endswith(" ") and any(w in articles for w in window.rsplit(" ", 5)[-5:-1])


def _opens_sentence(text: str, at: int) -> bool:
    """de: a sentence's first word right before an article is a preposition or adverb ("Neben einem
    Konzern", "Seit einer Woche"), not a name; a name there needs a comma or a copula."""
    before = text[:at].rstrip(" ")
    return not before or before[-1] in ".!?:\n\"»«„“"


def common_noun(head: tuple[str, str] | None, descriptors: dict[str, str], long_nouns: tuple[str, ...]) -> bool:
    """True for a word that is a descriptor noun alone (head: its kind and base form, or None): a
    listed one, or a compound ending in a long one (long_nouns: "Stadthalle:", "Arbeitsagentur:"
    name a kind of thing, not one). "Kontwerk" ends in a short one and may be a name; de: towns
    end in place nouns ("Eisenstadt", "Neustadt") and are names all the same."""
    if head is None or head[0] == "place":
        return False
    return head[1] in descriptors or head[1].endswith(long_nouns)


def long_nouns(descriptors: dict[str, str]) -> tuple[str, ...]:
    """The descriptor nouns long enough that a compound ending in one is a common noun."""
    return tuple(noun for noun in descriptors if len(noun) >= _LONG_DESCRIPTOR)
