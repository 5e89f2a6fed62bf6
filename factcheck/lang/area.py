"""The base of every language area's model, and the hedges every area may list."""
from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict

APPROX_KINDS = frozenset({"about", "almost", "just_over", "more_than", "at_least", "at_most", "less_than"})


def _known_approx(hedges: dict[str, str]) -> dict[str, str]:
    unknown = sorted(set(hedges.values()) - APPROX_KINDS)
    if unknown:
        raise ValueError(f"unknown approx kind {unknown[0]!r} (known: {', '.join(sorted(APPROX_KINDS))})")
    return hedges


# a hedge word -> the approx kind it gives ("rund" -> about): every kind must be one the intervals know
Hedges = Annotated[dict[str, str], AfterValidator(_known_approx)]


class Area(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
