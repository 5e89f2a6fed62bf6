"""Places as subjects: residents named after their town ("182.000 Marbacherinnen und Marbacher"),
a named administrative unit ("Kreis Marbach") as the place with its scope, and an operator named
after what it runs ("Bergbahnen Talvera" and "Talvera")."""
from __future__ import annotations

import functools

from factcheck import lang
from factcheck.match.discovery import NameCues
from factcheck.match.entities import EntityMention
from factcheck.match.phrases import fold

RESIDENT = "resident"
PLACE_KINDS = frozenset({"place"})
OPERATED = frozenset({"company", "organization"})     # what an operator may be named after


@functools.cache
def demonym_endings(code: str) -> frozenset[str]:
    return frozenset(fold(e) for e in lang.get(code).measures.demonym_endings)


def place_stems(places: list[EntityMention]) -> dict[str, str]:
    """The places an article names (their mentions), folded -> as named."""
    return {fold(m.entity.name): m.entity.name for m in places}


def demonym_place(thing: str | None, stems: dict[str, str], endings: frozenset[str]) -> str | None:
    """The place whose residents a counted thing names ("marbacher" -> Marbach), among the places
    the article names (stems: place_stems); None when it names none."""
    if not thing or not stems or not endings:
        return None
    for stem, name in stems.items():
        if thing.startswith(stem) and thing[len(stem):] in endings:
            return name
    return None


def unit_and_place(subject: str | None, cues: NameCues) -> tuple[str, str] | None:
    """(place, unit) for a name that opens with a place noun ("Kreis Marbach" -> Marbach, kreis):
    the county's figures are the place's, sliced by their scope."""
    if not subject or " " not in subject:
        return None
    first, rest = subject.split(" ", 1)
    found = cues.head(first)
    if found is None or found[0] != "place" or not rest[:1].isupper():
        return None
    return rest, found[1]


def operator_of(subject: str | None, names: frozenset[str], cues: NameCues) -> str | None:
    """The name a company is named after when the article names that alone too: "Bergbahnen
    Talvera AG" runs what the article calls "Talvera" (a descriptor noun and the name); None else."""
    if not subject or " " not in subject:
        return None
    first, rest = subject.split(" ", 1)
    if rest not in names:
        return None
    # the operator's name may be in another language than the article ("Bergbahnen Talvera AG said")
    kinds = {found[0] for found in (cues.head(first), *(other.head(first) for other in _all_cues())) if found}
    return rest if "company" in kinds else None


@functools.cache
def _all_cues() -> tuple[NameCues, ...]:
    from factcheck.classify.language import name_cues

    return tuple(name_cues(code) for code in lang.codes())
