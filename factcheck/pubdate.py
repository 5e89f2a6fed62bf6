"""A document's publication date: front matter, header and dateline, trailing agency note."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PublicationDate:
    date: str                         # ISO: YYYY, YYYY-MM or YYYY-MM-DD
    source: str                       # front_matter, header, dateline, agency_note ...
    span: tuple[int, int] | None      # where the date line stands in the text, if it does


def find(text: str, meta: dict[str, str], body_start: int, lang: str) -> PublicationDate | None:
    """The most specific publication date the document states about itself, or None."""
    if meta.get("date"):
        return PublicationDate(meta["date"][:10], "front_matter", None)
    return None
