"""What typing takes from a language's data, prepared once per language."""
from __future__ import annotations

import functools
import re

from factcheck import lang
from factcheck.match.discovery import NameCues


@functools.cache
def name_cues(code: str) -> NameCues:
    """The words around names (descriptors, legal forms ...) of one language, prepared."""
    return NameCues(lang.get(code).entities)


@functools.cache
def whole_words(code: str) -> re.Pattern:
    """The words that make a figure the whole ("insgesamt", "in total"), as one pattern."""
    words = lang.get(code).measures.whole_words
    if not words:
        return re.compile(r"(?!)")
    body = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)
