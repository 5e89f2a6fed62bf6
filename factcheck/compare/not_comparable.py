"""Not comparable: the values differ, but the qualifiers show they measure different things.

What it finds: claims with the same subject and claim type, from different documents,
whose qualifiers differ (scope US vs worldwide, year 2020 vs 2023, monthly active vs
registered) and whose values differ. One finding per two qualifier sets, reported as
info so that a reviewer sees why the difference was not flagged.
Why it matters: it explains a difference that looks like a contradiction and is not one.
Example: "rund 100 Millionen Nutzern" (a.txt:4, scope US) vs "1,2 Milliarden" (b.txt:23, worldwide).
"""
from __future__ import annotations

from collections.abc import Iterator

from factcheck.compare.groups import ClaimGroup
from factcheck.compare.wording import pair_message
from factcheck.model import Claim, Finding

ID = "not_comparable"
SEVERITY = "info"


def check(group: ClaimGroup) -> Iterator[Finding]:
    for a, b in group.unreported(group.qualifier_pairs):
        reason = f"{qualifier_difference(a, b)}; not compared"
        yield group.finding(ID, SEVERITY, (a, b), pair_message(group.label, a, b, reason))


def qualifier_difference(a: Claim, b: Claim) -> str:
    """'scope US vs worldwide, metric any vs monthly_active'."""
    keys = sorted(set(a.qualifiers) | set(b.qualifiers))
    return ", ".join(f"{k} {a.qualifiers.get(k, '(not stated)')} vs {b.qualifiers.get(k, '(not stated)')}"
                     for k in keys if a.qualifiers.get(k) != b.qualifiers.get(k))
