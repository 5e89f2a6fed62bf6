"""What typing takes from a language's data, prepared once per language."""
from __future__ import annotations

import functools

from factcheck import lang
from factcheck.match.discovery import NameCues
from factcheck.match.phrases import PhraseMatcher


@functools.cache
def name_cues(code: str) -> NameCues:
    """The words around names (descriptors, legal forms ...) of one language, prepared."""
    return NameCues(lang.get(code).entities)


@functools.cache
def acquisition_words(code: str) -> PhraseMatcher:
    """Verbs and nouns of buying a company ("übernimmt", "acquires")."""
    matcher = PhraseMatcher()
    matcher.add_all(lang.get(code).entities.acquisition_verbs, "acquisition")
    return matcher
