"""Reference mismatch: a claim disagrees with a reference value that its rule declares.

What it finds: claims whose interval (widened by the rule's tolerance) overlaps none of
the rule's references in the same unit (dates: the reference's TIMEX3 value). One claim
per finding; claims in another unit than every reference are not checked.
Why it matters: the reference is a known figure (a filing, an official statement).
Example: "970 Milliarden Dollar" (a.txt:3) vs the reference 970,000,000 USD.
"""
from __future__ import annotations

from collections.abc import Iterator

from factcheck.compare.groups import ClaimGroup
from factcheck.compare.intervals import Interval, Span, comparable, date_span, duration_interval, value_interval
from factcheck.compare.wording import number, quoted
from factcheck.model import Claim, Finding

ID = "reference_mismatch"
SEVERITY = "warning"


def check(group: ClaimGroup) -> Iterator[Finding]:
    references = list(getattr(group.rule, "references", None) or ())
    if not references:
        return
    for claim in sorted(group.claims, key=lambda c: (c.doc, c.start)):
        span = group.span(claim)
        if span is None:
            continue
        compared = [(ref, pair) for ref in references
                    if (pair := _against(group, claim, span, ref)) is not None]
        if compared and not any(a.overlaps(b) for _, (a, b) in compared):
            reference = compared[0][0]
            message = (f"{group.label}: {quoted(claim)} vs the reference {reference_text(reference)}: "
                       f"the values do not agree.")
            yield group.finding(ID, SEVERITY, (claim,), message)


def _against(group: ClaimGroup, claim: Claim, span: Span, reference) -> tuple[Interval, Interval] | None:
    ref_span = reference_span(claim, reference)
    if ref_span is None:
        return None
    if span.axis == "value" and group.unit(claim) != _reference_unit(group, claim, reference):
        return None
    return comparable(span, ref_span, group.tolerance)


def reference_span(claim: Claim, reference) -> Span | None:
    """The reference on the claim's axis: a TIMEX3 value for dates and durations, else a number."""
    timex = getattr(reference, "timex", None)
    if claim.kind == "date":
        return date_span(timex)
    if claim.kind == "duration":
        length = duration_interval(timex)
        return Span("length", length) if length else None
    interval = value_interval(getattr(reference, "value", None), getattr(reference, "low", None),
                              getattr(reference, "high", None))
    return Span("value", interval) if interval else None


def _reference_unit(group: ClaimGroup, claim: Claim, reference) -> str | None:
    unit = getattr(reference, "unit", None)
    if unit is None:
        return group.unit(claim)          # a reference without a unit counts in the claim's unit
    return group.canonical_unit(unit, claim.kind)


def reference_text(reference) -> str:
    """'970,000,000 USD (Amazon press release, 2014-08-25)'."""
    if getattr(reference, "timex", None):
        value = reference.timex
    elif getattr(reference, "value", None) is not None:
        value = number(reference.value)
    else:
        low, high = getattr(reference, "low", None), getattr(reference, "high", None)
        value = f"{'' if low is None else number(low)}-{'' if high is None else number(high)}"
    if getattr(reference, "unit", None):
        value += f" {reference.unit}"
    where = ", ".join(str(p) for p in (getattr(reference, "source", None), getattr(reference, "date", None)) if p)
    return f"{value} ({where})" if where else value
