"""Positions in a text: line and column of an offset, and the sentence around it."""
from __future__ import annotations

import bisect
import re
from functools import cache

# A sentence ends at . ! ? (or a line break) followed by space and an upper-case letter,
# digit or opening quote, unless the dot belongs to an abbreviation, an ordinal ("4. Dezember")
# or a date ("24.08.2020").
# one leading character class: the engine skips ahead to the next candidate instead of trying each position
_BOUNDARY = re.compile(r"[.!?…\n](?:(?<=\n)\s*|[\"”“'»)]*\s+(?=[\"„“‚'«(\[]?[A-ZÄÖÜ0-9]))")
# keyed by id(text); an index holds its text, so no other text can have that id while it is kept
_recent: dict[int, "TextIndex"] = {}
KEPT = 64
MAX_SENTENCE = 1000


@cache
def _words() -> tuple[frozenset[str], re.Pattern]:
    """The abbreviations and ordinal nouns of every language, read when the first sentence is split."""
    from factcheck import lang          # --version and --help need no language data
    languages = [lang.get(code).text for code in lang.codes()]
    abbreviations = frozenset(word for text in languages for word in text.abbreviations)
    # prefixes, case as written: "Jan" begins "Januar"
    nouns = sorted({re.escape(word) for text in languages for word in text.ordinal_nouns}, key=len, reverse=True)
    return abbreviations, re.compile("(?:" + "|".join(nouns) + ")" if nouns else "(?!)")


def text_index(text: str) -> "TextIndex":
    """The index of a text, shared by the stages that read the same document: the indexes of the last
    KEPT texts are kept (the pipeline extracts a batch of documents, then types them)."""
    index = _recent.get(id(text))
    if index is None or index.text is not text:
        index = _recent[id(text)] = TextIndex(text)
        if len(_recent) > KEPT:
            del _recent[next(iter(_recent))]       # the oldest: dicts keep insertion order
    return index


class TextIndex:
    """Line starts and sentence boundaries of one text, computed once."""

    def __init__(self, text: str):
        self.text = text
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self._bounds = self._sentence_bounds(text)

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset."""
        i = bisect.bisect_right(self._line_starts, offset) - 1
        return i + 1, offset - self._line_starts[i] + 1

    def sentence(self, start: int, end: int) -> str:
        """The sentence that contains [start, end), stripped."""
        i = bisect.bisect_right(self._bounds, start) - 1
        j = bisect.bisect_left(self._bounds, end)
        lo = self._bounds[i] if i >= 0 else 0
        hi = self._bounds[j] if j < len(self._bounds) else len(self.text)
        if hi - lo > MAX_SENTENCE:    # text with no sentence ends: keep each claim's context bounded
            lo, hi = max(lo, start - MAX_SENTENCE // 2), min(hi, end + MAX_SENTENCE // 2)
        return self.text[lo:hi].strip()

    def sentence_span(self, offset: int) -> tuple[int, int]:
        """Start and end offsets of the sentence holding offset."""
        i = bisect.bisect_right(self._bounds, offset) - 1
        lo = self._bounds[i] if i >= 0 else 0
        hi = self._bounds[i + 1] if i + 1 < len(self._bounds) else len(self.text)
        return lo, hi

    @staticmethod
    def _sentence_bounds(text: str) -> list[int]:
        bounds = [0]
        longer = _longer_than_any_exception()
        for m in _BOUNDARY.finditer(text):
            dot = m.start()
            # most dots follow a word too long for an abbreviation or an ordinal: those need no look-up
            if text[dot] != "." or dot >= longer and text[dot - longer:dot].isalnum() \
                    or _is_real_end(text, dot, m.end()):
                bounds.append(m.end())
        return bounds


@cache
def _longer_than_any_exception() -> int:
    """A token before a dot this long (letters and digits only) ends its sentence: _is_real_end makes
    exceptions only for abbreviations, single letters and numbers of one or two digits."""
    return max(2, *map(len, _words()[0])) + 1


def _is_real_end(text: str, dot: int, next_start: int) -> bool:
    space = max(text.rfind(" ", max(0, dot - 20), dot), text.rfind("\n", max(0, dot - 20), dot))
    token = text[space + 1:dot].lstrip("(\"„“'")
    if not token.isalnum():
        return True
    abbreviations, ordinal_nouns = _words()
    if token.lower() in abbreviations or (len(token) == 1 and token.isalpha()):
        return False
    # de: "am 4. Dezember", "der 2. Platz": a small number with a dot before a month is an ordinal
    if token.isdigit() and len(token) <= 2 and ordinal_nouns.match(text, next_start):
        return False
    return True
