"""Not comparable: the values differ, but the qualifiers show they measure different things.

What it finds: claims with the same subject and claim type, from different documents, whose
qualifiers both state different values (scope US vs worldwide, year 2020 vs 2023, monthly active vs
registered, a forecast vs an actual) and whose values differ. A qualifier stated on one side only is
not a difference (it lowers the confidence of the other checks instead). Reported as info so that a
reviewer sees why the difference was not flagged.
Why it matters: it explains a difference that looks like a contradiction and is not one.
Example: "rund 100 Millionen Nutzern" (a.txt:4, scope US) vs "1,2 Milliarden" (b.txt:23, worldwide).
"""
from __future__ import annotations

from collections.abc import Iterator

from factcheck.compare.groups import ClaimGroup
from factcheck.compare.wording import pair_message
from factcheck.model import Finding

ID = "not_comparable"
SEVERITY = "info"


def check(group: ClaimGroup) -> Iterator[Finding]:
    for verdict in group.verdicts(ID):
        a, b = verdict.a, verdict.b
        yield group.finding(ID, SEVERITY, (a, b), pair_message(group.label, a, b, f"{verdict.note}; not compared"),
                            verdict.confidence)
