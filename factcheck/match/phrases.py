"""Find listed phrases in a text, tolerant of inflection, at a cost that barely grows with the list.

A text's distinct words are collected once (split in C) and intersected with the words the
phrases are indexed under (each phrase's most distinctive word); only the few words in both
are then located (str.find) and the rest of the phrase checked around them. Inflected forms
are indexed when a phrase is added, so no word is ever stemmed at search time.
"""
from __future__ import annotations

import bisect
import functools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import NamedTuple, Protocol

from factcheck.match.searchable import KEYS, WORD, Searchable, distinct_words, fold, occurrences

# what the matchers' users read here (Searchable and its helpers live in searchable.py)
__all__ = ["ENDINGS", "ENDING_SET", "KEYS", "WORD", "Match", "Pattern", "PhraseMatcher", "RegexCompiler",
           "Searchable", "distinct_words", "fold", "is_regex", "occurrences"]

# Between the words of a phrase: spaces, hyphens, apostrophes, the dots of "U.S.".
_NEXT_WORD = re.compile(r"[\s\-'’.]{1,3}(\w+)")

# Endings a listed base form may take in running text. de: "Nutzer" -> "Nutzern", "Nutzerinnen";
# "Frist" -> "Fristen"; "kauf" -> "kaufte"; "monatlich aktiv" -> "monatlichen aktiven";
# en: "user" -> "users", "launch" -> "launched", "launching". Umlaut plurals (Markt -> Märkte)
# change the stem and must be listed.
ENDINGS = tuple("e em en end ens er ere eren erer ern es est et ete eten in innen n nen s se "
                "st t te ten d ed ing".split())
ENDING_SET = frozenset(ENDINGS)


class Match(NamedTuple):
    start: int
    end: int
    payload: object


def is_regex(phrase: str) -> bool:
    """A phrase written /like this/ is a regular expression."""
    return len(phrase) >= 2 and phrase.startswith("/") and phrase.endswith("/")


class Pattern(Protocol):
    """A compiled /.../ phrase: the spans it matches in text[start:end] (utf8 is the text encoded)."""

    def spans(self, text: str, utf8: bytes, start: int, end: int) -> Iterable[tuple[int, int]]: ...


RegexCompiler = Callable[[str], Pattern]    # a /.../ phrase, slashes included -> its Pattern


class _Word(NamedTuple):
    fold: str
    text: str
    exact_case: bool      # all capitals ("US", "MAU"): "us" is a different word
    upper_first: bool     # a name ("Apple") does not match the common noun ("apple")
    prefix: bool          # written with a trailing "*": any continuation matches
    endings: frozenset[str]
    any_case: bool        # neither exact_case nor upper_first: how it is written does not matter

    def fits(self, word: str) -> bool:
        """The folded text word is this word or this word with an ending."""
        if not word.startswith(self.fold):
            return False
        rest = word[len(self.fold):]
        return not rest or self.prefix or rest in self.endings

    def case_fits(self, text: str, start: int) -> bool:
        if self.upper_first and not text[start].isupper():
            return False
        return not self.exact_case or text.startswith(self.text, start)


class PhraseMatcher:
    """Phrases (lists of words) with a payload each; find() returns every occurrence.

    A phrase is indexed under its most distinctive word (the longest; capitals count extra),
    so "in den USA" is looked for where "USA" stands, not at every "in"."""

    def __init__(self, compile_regex: RegexCompiler | None = None) -> None:
        self._compile_regex = compile_regex      # None: a /regex/ phrase is refused
        # key -> the one-word phrases it is a form of, and the longer phrases anchored on it
        # the forms of one word share one tuple of entries: fewer objects for the garbage collector to walk
        self._single: dict[str, tuple[tuple[_Word, object], ...]] = {}
        self._multi: dict[str, tuple[tuple[tuple[_Word, ...], int, object], ...]] = {}
        self._keys: frozenset[str] | None = None
        self._prefix: dict[str, list[tuple[tuple[_Word, ...], int, object]]] = defaultdict(list)
        self._prefix_lengths: set[int] = set()
        self._regexes: list[tuple[Pattern, object]] = []
        self._regex_phrases: list[str] = []
        self._any_regex: Pattern | bool | None = None     # all /regex/ phrases in one; False: not combined
        self._sorted_prefixes: list[str] | None = None

    def __bool__(self) -> bool:
        return bool(self._single or self._multi or self._prefix or self._regexes)

    def add(self, phrase: str, payload: object, name: bool = False, endings: tuple[str, ...] = ENDINGS) -> None:
        """Register a phrase: words separated by spaces or hyphens, or a /regex/. A name
        ("Apple") only matches words written with a capital and takes only the given endings."""
        if is_regex(phrase):
            if self._compile_regex is None:
                raise ValueError(f"{phrase}: this matcher was given no compiler for /regex/ phrases")
            self._regexes.append((self._compile_regex(phrase), payload))
            self._regex_phrases.append(phrase)
            self._any_regex = None
            return
        words = tuple(_word(m.group(), phrase[m.end():m.end() + 1] == "*", name, endings)
                      for m in WORD.finditer(phrase))
        if not words:
            return
        plain = [i for i, w in enumerate(words) if not w.prefix]
        if not plain:
            self._prefix[words[0].fold].append((words, 0, payload))
            self._prefix_lengths.add(len(words[0].fold))
            self._sorted_prefixes = None
            return
        anchor = max(plain, key=lambda i: (len(words[i].fold) + 2 * words[i].text[:1].isupper(), -i))
        if len(words) == 1:
            _add_entry(self._single, _forms(words[0]), (words[0], payload))
        else:
            _add_entry(self._multi, _forms(words[anchor]), (words, anchor, payload))
        self._keys = None

    def add_all(self, phrases: Iterable[str], payload: object, name: bool = False) -> None:
        for phrase in phrases:
            self.add(phrase, payload, name)

    def find(self, doc: Searchable, start: int = 0, end: int | None = None) -> list[Match]:
        """Every phrase occurrence in doc.text[start:end], in text order."""
        end = len(doc.text) if end is None else end
        found: list[Match] = []
        if self._keys is None:
            self._keys = frozenset(self._single.keys() | self._multi.keys())
            KEYS.register(self._keys)
        if self._keys:
            text = doc.text
            for key in doc.present(start) & self._keys:
                spans = occurrences(doc, key, start, end)
                if not spans:
                    continue
                for word, payload in self._single.get(key, ()):
                    found += [Match(s, e, payload) for s, e in spans if word.any_case or word.case_fits(text, s)]
                multi = self._multi.get(key)
                if multi:
                    for s, e in spans:
                        for words, anchor, payload in multi:
                            span = _match_around(words, anchor, doc, s, e, start, end)
                            if span is not None:
                                found.append(Match(span[0], span[1], payload))
        if self._prefix:
            for word in _starting_with(self._prefix_keys(), doc, start, end):
                folded = fold(word)
                for length in self._prefix_lengths:
                    for words, anchor, payload in self._prefix.get(folded[:length], ()):
                        for s, e in occurrences(doc, word, start, end):
                            span = _match_around(words, anchor, doc, s, e, start, end)
                            if span is not None:
                                found.append(Match(span[0], span[1], payload))
        if self._regexes and self._any_regex_in(doc, start, end):
            for pattern, payload in self._regexes:
                found.extend(Match(s, e, payload) for s, e in pattern.spans(doc.text, doc.utf8, start, end) if e > s)
        if len(found) > 1:
            found.sort(key=_text_order)
        return found

    def _any_regex_in(self, doc: Searchable, start: int, end: int) -> bool:
        """Whether a /regex/ phrase may match in doc.text[start:end]: one scan for all of them, as most
        texts hold none; True when they could not be joined into one pattern."""
        if self._any_regex is None:
            self._any_regex = _joined(self._regex_phrases, self._compile_regex)
        return self._any_regex is False or bool(self._any_regex.spans(doc.text, doc.utf8, start, end))

    def _prefix_keys(self) -> list[str]:
        if self._sorted_prefixes is None:
            self._sorted_prefixes = sorted(self._prefix)
        return self._sorted_prefixes


def _joined(phrases: list[str], compile_regex: RegexCompiler) -> Pattern | bool:
    """One pattern that matches wherever one of the /regex/ phrases does; False for a single phrase or
    when the joined pattern is refused (too long, flags that only stand at the start ...)."""
    if len(phrases) < 2:
        return False
    try:
        return compile_regex("/" + "|".join(f"(?:{p[1:-1]})" for p in phrases) + "/")
    except Exception:       # the compiler's own errors (re.error, its limits): each phrase is run alone
        return False


def _add_entry(index: dict[str, tuple], keys: Iterable[str], entry: tuple) -> None:
    """The entry under each key; keys new to the index share one tuple."""
    alone = (entry,)
    for key in keys:
        entries = index.get(key)
        index[key] = alone if entries is None else (*entries, entry)


def _text_order(m: Match) -> tuple[int, int]:
    return m.start, -m.end


def _starting_with(prefixes: list[str], doc: Searchable, start: int, end: int) -> list[str]:
    """The words of the span whose folded form starts with one of the prefixes (by bisection
    in the sorted vocabulary, not a look at every word)."""
    vocab = doc.vocab(start, end)
    if "ß" in doc.text:
        by_fold = sorted((fold(w), w) for w in vocab)
    else:
        by_fold = [(w, w) for w in sorted(vocab)]
    folds = [f for f, _ in by_fold]
    found: dict[str, None] = {}
    for prefix in prefixes:
        i = bisect.bisect_left(folds, prefix)
        while i < len(folds) and folds[i].startswith(prefix):
            found[by_fold[i][1]] = None
            i += 1
    return list(found)


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


@functools.lru_cache(maxsize=16384)
def _word(word: str, prefix: bool, name: bool, endings: tuple[str, ...] = ENDINGS) -> _Word:
    exact_case = word.isupper()
    upper_first = name and word[:1].isupper() and not exact_case
    return _Word(fold(word), word, exact_case, upper_first, prefix, frozenset(endings), not (exact_case or upper_first))


@functools.lru_cache(maxsize=16384)
def _forms(word: _Word) -> tuple[str, ...]:
    """The text forms a word is indexed under: with each ending; "straße" also as "strasse"."""
    stems = {word.fold, word.text.lower()}
    return tuple(dict.fromkeys(s + e for s in stems for e in ("", *word.endings)))


def _match_around(words: tuple[_Word, ...], anchor: int, doc: Searchable, start: int, end: int,
                  low: int, limit: int) -> tuple[int, int] | None:
    """The span of the phrase when its anchor word stands at [start, end), or None."""
    text = doc.text
    if not words[anchor].case_fits(text, start):
        return None
    source = doc.lowered
    for word in words[anchor + 1:]:
        m = _NEXT_WORD.match(source, end, limit)
        if m is None or not word.fits(fold(m.group(1))) or not word.case_fits(text, m.start(1)):
            return None
        end = m.end(1)
    for word in reversed(words[:anchor]):
        before = _previous_word(source, start, low)
        if before is None or not word.fits(fold(source[before:start].rstrip(_SEPARATORS))) \
                or not word.case_fits(text, before):
            return None
        start = before
    return start, end


_SEPARATORS = " \t\n-'’."


def _previous_word(text: str, pos: int, low: int) -> int | None:
    """Where the word before pos starts (1 to 3 separators between), or None."""
    i = pos
    while i > low and pos - i < 3 and text[i - 1] in _SEPARATORS:
        i -= 1
    if i == pos or i <= low or not _is_word_char(text[i - 1]):
        return None
    while i > low and _is_word_char(text[i - 1]):
        i -= 1
    return i
