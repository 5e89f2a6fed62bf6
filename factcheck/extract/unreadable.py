"""Where digits are no figures: URLs, e-mail addresses and phone numbers."""
from __future__ import annotations

import re

# no look-behind in front: a pattern that starts with plain characters lets the engine skip ahead fast
_PHONE = re.compile(r"(?:\+\d{1,3}[ /-]?\(?\d|\(0\d+\)|0\d{2,5}[ /-])[\d /-]{5,}\d")
_URL = re.compile(r"(?:https?://|www\.)\S+")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")


def unreadable_spans(text: str, start: int) -> list[tuple[int, int]]:
    """URLs, e-mail addresses and phone numbers: digits there are not figures."""
    spans = [m.span() for m in _PHONE.finditer(text, start)
             if not m.start() or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in ".,")]
    if "http" in text or "www." in text:
        spans += [m.span() for m in _URL.finditer(text, start)]
    if "@" in text:
        spans += [m.span() for m in _EMAIL.finditer(text, start)]
    return spans
