"""What typing takes from a language's data, prepared once per language."""
from __future__ import annotations

import functools

from factcheck import lang
from factcheck.match.discovery import NameCues


@functools.cache
def name_cues(code: str) -> NameCues:
    """The words around names (descriptors, legal forms ...) of one language, prepared."""
    return NameCues(lang.get(code).entities)
