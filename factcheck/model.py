"""The contract's data: Document, Claim, Finding, the check ids and the run's Result (see docs/output-contract)."""
from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Kind = Literal["number", "money", "percent", "quantity", "date", "duration"]
Approx = Literal["exact", "about", "almost", "more_than", "at_least", "less_than", "at_most"]
Severity = Literal["error", "warning", "info"]
CheckId = Literal["contradiction", "scale_mismatch", "unit_mismatch", "not_comparable", "updated",
                  "reference_mismatch"]

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
# The checks in precedence order: a pair an earlier check reported is not reported again
# (compare runs them in this order; reports count and list them in it).
CHECK_IDS: tuple[CheckId, ...] = ("scale_mismatch", "unit_mismatch", "updated", "contradiction",
                                  "not_comparable", "reference_mismatch")


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
    # where typing read subject, measure and period: {"subject": "sentence" | "earlier_sentence" |
    # "headline" | "inferred" | "rule", "measure": "unit" | "sentence" | "rule" | "default",
    # "period": "sentence" | "publication" | "inferred", "as_of": publication date} (README, zero-config)
    basis: dict[str, str] | None = None


class Finding(Frozen):
    """A problem (or an explained difference) between claims of different documents."""

    id: str
    severity: Severity
    check: CheckId
    claim_type: str | None
    subject: str | None
    claims: list[str]
    message: str
    # extensions (the contract allows added fields)
    support: list[str] = Field(default_factory=list)   # claims that agree with one side of the finding
    confidence: str | None = None   # how sure the match is: strong, medium, weak (README: "How sure")


def stable_id(prefix: str, *parts: object) -> str:
    """A short id that depends only on the parts, so it is the same from run to run."""
    digest = hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()
    return f"{prefix}{digest[:12]}"


@dataclass
class Result:
    """What a run gives the CLI and the reports: documents read, files skipped, claims, findings."""

    documents: list[Document] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    ruleset: object | None = None          # the RuleSet the claims were typed with


# ---------------------------------------------------------------- how checks and reports name a claim

def group_name(claim: Claim) -> str | None:
    """The group a claim belongs to, as shown in the reports: 'type/subject/k=v,...'."""
    if claim.subject is None or claim.claim_type is None:
        return None
    name = f"{claim.claim_type}/{claim.subject}"
    if claim.qualifiers:
        name += "/" + ",".join(f"{k}={v}" for k, v in sorted(claim.qualifiers.items()))
    return name


def sentence_offset(claim: Claim, text: str) -> int | None:
    """Where the claim's sentence starts in the document text, or None when it cannot be found there."""
    sentence = claim.sentence
    at = text.find(sentence, max(0, claim.end - len(sentence)), claim.start + len(sentence))
    return at if at != -1 and at <= claim.start and claim.end <= at + len(sentence) else None


def value_bounds(value: float | None, low: float | None, high: float | None,
                 approx: str = "exact") -> tuple[float, float] | None:
    """(low, high) that the wording allows, -inf / inf for an open side; None when nothing is known."""
    if low is not None or high is not None:
        return (-math.inf if low is None else low, math.inf if high is None else high)
    if value is None:
        return None
    if approx in ("more_than", "at_least"):
        return value, math.inf
    if approx in ("less_than", "at_most"):
        return -math.inf, value
    return value, value


def value_text(claim: Claim) -> str:
    """The normalized value as a reviewer reads it: '2,100,000 Nutzer', '1,995,000-2,205,000', '2020-09 MID'."""
    if claim.kind in ("date", "duration"):
        return " ".join(p for p in (claim.timex or "?", claim.timex_mod) if p)
    bounds = value_bounds(claim.value, claim.low, claim.high, claim.approx)
    if bounds is None:
        return "?"
    low, high = bounds
    if low == high:
        text = number(low)
    elif math.isinf(high):
        text = f"at least {number(low)}"
    elif math.isinf(low):
        text = f"at most {number(high)}"
    else:
        text = f"{number(low)}-{number(high)}"
    if claim.unit == "%":
        return f"{text} %"
    return f"{text} {claim.unit}" if claim.unit else text


def number(x: float) -> str:
    """12,000 / 1,200,000,000 / 26.5: thousands grouped, no float noise."""
    if math.isinf(x):
        return "unbounded"
    if float(x).is_integer() and abs(x) < 1e18:
        return f"{x:,.0f}"
    return f"{x:,.4f}".rstrip("0").rstrip(".")
