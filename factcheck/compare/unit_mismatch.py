"""Unit mismatch: the same claim stated in units that cannot be compared as written.

What it finds: claims with the same subject, claim type and qualifiers, from different
documents, in different currencies (USD vs EUR: no conversion is made) or counting
different things (users vs downloads); a rule may declare units the same (`compare.same_units`).
Warning when the subject is named in both documents, info when in one only.
Why it matters: the figures may agree or not; a reviewer has to convert or pick one.
Example: "34,3 Milliarden Dollar" (a.txt:2) vs "34,3 Milliarden Euro" (b.txt:4).
"""
from __future__ import annotations

from collections.abc import Iterator

from factcheck.compare.groups import ClaimGroup
from factcheck.compare.wording import pair_message
from factcheck.model import Finding

ID = "unit_mismatch"
SEVERITY = "warning"


def check(group: ClaimGroup) -> Iterator[Finding]:
    for verdict in group.verdicts(ID):
        a, b = verdict.a, verdict.b
        reason = f"{a.unit} vs {b.unit}"
        reason += "; no conversion, not compared" if a.kind == "money" else "; different units, not compared"
        yield group.finding(ID, SEVERITY, (a, b), pair_message(group.label, a, b, reason), verdict.confidence)
