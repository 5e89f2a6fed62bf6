"""Contradiction: two sources state different values for the same thing.

What it finds: claims with the same subject, claim type, qualifiers and unit, from
different documents, whose intervals (hedges from the wording, widened by the rule's
tolerance) do not overlap, where no later source signals a change (that is `updated`).
Why it matters: at most one of them can be right.
Example: "11.600 Filialen" (a.txt:3) vs "10.500 Filialen" (b.txt:7).
"""
from __future__ import annotations

from collections.abc import Iterator

from factcheck.compare.groups import ClaimGroup
from factcheck.compare.wording import pair_message, value_text
from factcheck.model import Finding

ID = "contradiction"
SEVERITY = "error"


def check(group: ClaimGroup) -> Iterator[Finding]:
    for a, b in group.unreported(group.comparable_pairs):
        if group.agree(a, b) is False:
            yield group.finding(ID, SEVERITY, (a, b), pair_message(group.label, a, b, _reason(group, a, b)))


def _reason(group: ClaimGroup, a, b) -> str:
    tolerance = f" even with {group.tolerance * 100:g} % tolerance" if group.tolerance else ""
    return f"{value_text(a)} vs {value_text(b)} do not overlap{tolerance}, and no change is signalled"
