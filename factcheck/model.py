"""The contract's data: Document, Claim, Finding and the run's Result (see docs/output-contract)."""
from __future__ import annotations

import hashlib
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Kind = Literal["number", "money", "percent", "quantity", "date", "duration"]
Approx = Literal["exact", "about", "almost", "more_than", "at_least", "less_than", "at_most"]
Severity = Literal["error", "warning", "info"]
CheckId = Literal["contradiction", "scale_mismatch", "unit_mismatch", "not_comparable", "updated",
                  "reference_mismatch"]

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Document(Frozen):
    """One article as loaded: its decoded text and what is known about it."""

    doc: str                      # the path as given on the command line
    text: str                     # decoded: BOM removed, newlines as "\n"
    lang: str                     # a code factcheck.lang knows: "de", "en" or a data folder's
    date: str | None = None       # publication date, ISO (YYYY, YYYY-MM or YYYY-MM-DD)
    date_source: str | None = None
    date_spans: tuple[tuple[int, int], ...] = ()   # the document's own date lines: metadata, never claims
    body_start: int = 0           # offsets before this are front matter, never read for claims
    meta: dict[str, str] = Field(default_factory=dict)
    encoding: str = "utf-8"


class Skipped(Frozen):
    """A path that could not be read as an article, and why."""

    doc: str
    reason: str


class Claim(Frozen):
    """One numeric or temporal expression, normalized; fields as the contract names them."""

    id: str
    doc: str
    start: int
    end: int
    line: int
    col: int
    text: str
    sentence: str
    kind: Kind
    value: float | None = None
    low: float | None = None
    high: float | None = None
    approx: Approx = "exact"
    unit: str | None = None
    timex: str | None = None
    timex_mod: str | None = None
    subject: str | None = None
    claim_type: str | None = None
    qualifiers: dict[str, str] = Field(default_factory=dict)
    # extensions (the contract allows added fields)
    scale_word: str | None = None   # "Milliarden", "billion": the word the scale came from
    lang: str | None = None


class Finding(Frozen):
    """A problem (or an explained difference) between claims of different documents."""

    id: str
    severity: Severity
    check: CheckId
    claim_type: str | None
    subject: str | None
    claims: list[str]
    message: str


def stable_id(prefix: str, *parts: object) -> str:
    """A short id that depends only on the parts, so it is the same from run to run."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}{digest[:12]}"
