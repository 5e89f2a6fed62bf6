"""A text prepared once for phrase search: its distinct words, split in C, and where a word stands.

Every phrase matcher registers the words it is indexed under (KEYS), so a text's share of them is
found with one set intersection for all matchers.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

# Hyphens split words, so "TikTok-Nutzer" holds the words "TikTok" and "Nutzer".
WORD = re.compile(r"\w+")


def fold(word: str) -> str:
    """The form words are compared in: lower case, "ß" as "ss" (Swiss spelling: "Strasse")."""
    word = word.lower()
    return word.replace("ß", "ss") if "ß" in word else word


class _Keys:
    """The words phrase matchers index (their keys, lower case), registered by every matcher when it
    first searches, so that a text's keys are found with one intersection for all matchers."""

    def __init__(self) -> None:
        self.keys: set[str] = set()
        self.version = 0                # grows with every new key: texts recompute what they hold

    def register(self, keys: Iterable[str]) -> None:
        new = set(keys) - self.keys
        if new:
            self.keys |= new
            self.version += 1


KEYS = _Keys()
# ASCII characters that cannot be part of a word, as spaces: str.split() then cuts words in C
_ASCII_GAPS = bytes(b if (chr(b).isalnum() or b == 0x5F or b >= 0x80) else 0x20 for b in range(256))


class Searchable:
    """A text prepared once for phrase search: its words as written, the registered keys among
    them, and its lower-cased text (same offsets, computed when first asked)."""

    __slots__ = ("text", "_utf8", "_lowered", "_vocab", "_start", "_version", "_words", "_capitals", "_present",
                 "spans")

    def __init__(self, text: str):
        self.text = text
        self._utf8: bytes | None = None
        self._lowered: str | None = None
        self._vocab: dict[tuple[int, int], set[str]] = {}
        self._start: int | None = None            # where the prepared words begin
        self._version = -1
        self._words: set[str] = set()
        self._capitals: set[str] = set()
        self._present: set[str] = set()
        # occurrences(), by (word, start, end): matchers that index the same word share its places
        self.spans: dict[tuple[str, int, int], list[tuple[int, int]]] = {}

    @property
    def utf8(self) -> bytes:
        """The text in UTF-8 (lone surrogates passed), encoded once for all that read bytes."""
        if self._utf8 is None:
            self._utf8 = self.text.encode("utf-8", "surrogatepass")
        return self._utf8

    @property
    def lowered(self) -> str:
        """The text in lower case, offset for offset; computed when first asked."""
        if self._lowered is None:
            lowered = self.text.lower()
            if len(lowered) != len(self.text):   # a few letters grow when lowered ("İ"): keep them
                lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in self.text)
            self._lowered = lowered
        return self._lowered

    def _prepare(self, start: int) -> None:
        """The distinct words of text[start:], as WORD.findall finds them but several times faster:
        ASCII punctuation is cut in C, and only the rare pieces left with other punctuation
        ("„Nutzer“", "2020–21") go through the regex."""
        utf8 = self.utf8[len(self.text[:start].encode("utf-8", "surrogatepass")):] if start else self.utf8
        spaced = utf8.translate(_ASCII_GAPS).decode("utf-8", "surrogatepass")
        words = set(spaced.split())
        odd = [w for w in words if not w.isalnum()]
        if odd:
            words.difference_update(odd)
            words.update(WORD.findall(" ".join(odd)))
        # str.lower() changes only words with an upper-case (or title-case) letter, and str.islower()
        # is False for every such word: the others are already their own lower-case form
        unlowered = [w for w in words if not w.islower()]
        lowered = words.difference(unlowered)
        lowered.update(map(str.lower, unlowered))
        self._vocab[(start, len(self.text))] = lowered
        self._start, self._version, self._words = start, -1, words
        self._capitals = {w for w in unlowered if w[0].isupper()}

    def words(self, start: int = 0) -> set[str]:
        """The distinct words of text[start:] as written."""
        if self._start != start:
            self._prepare(start)
        return self._words

    def capitals(self, start: int = 0) -> set[str]:
        """The words of text[start:] that start with a capital letter, as written."""
        if self._start != start:
            self._prepare(start)
        return self._capitals

    def present(self, start: int = 0) -> set[str]:
        """The registered keys (KEYS) that text[start:] holds, in lower case."""
        if self._start != start:
            self._prepare(start)
        if self._version != KEYS.version:
            self._present = self.vocab(start, len(self.text)) & KEYS.keys
            self._version = KEYS.version
        return self._present

    def vocab(self, start: int, end: int) -> set[str]:
        """The distinct lower-case words of text[start:end] (not to be changed)."""
        key = (start, end)
        words = self._vocab.get(key)
        if words is None:
            if end == len(self.text):
                self.words(start)                   # prepares the lower-case words too
                return self._vocab[key]
            words = self._vocab[key] = set(WORD.findall(self.lowered, start, end))
        return words


def distinct_words(text: str) -> set[str]:
    """The distinct words (runs of letters and digits) of a text, as WORD.findall finds them."""
    return set(Searchable(text).words(0))


def occurrences(doc: Searchable, word: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Where the lower-case word stands as a whole word in doc.lowered[start:end] (not to be changed)."""
    key = (word, start, len(doc.text) if end is None else end)
    spans = doc.spans.get(key)
    if spans is None:
        spans = doc.spans[key] = _whole_words(doc.lowered, word, start, key[2])
    return spans


def _whole_words(lowered: str, word: str, start: int, stop: int) -> list[tuple[int, int]]:
    size, last = len(word), len(lowered)
    spans = []
    at = lowered.find(word, start, stop)
    while at >= 0:
        after = at + size
        before = lowered[at - 1] if at else " "
        following = lowered[after] if after < last else " "
        if not (before.isalnum() or before == "_" or following.isalnum() or following == "_"):
            spans.append((at, after))
        at = lowered.find(word, at + 1, stop)
    return spans
