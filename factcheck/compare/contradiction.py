"""Contradiction: two sources state different values for the same thing.

What it finds: claims with the same subject, claim type and measure, from different documents,
whose intervals (hedges from the wording, widened by the rule's tolerance) do not overlap, where no
later source signals a change (that is `updated`) and no qualifier both state differs (that is
`not_comparable`). An error needs a strong match: the subject named in both documents, the same
period or as-of date, every other qualifier stated alike; a qualifier stated on one side only gives
a warning; a subject named in one document only, info; articles with no time in common (undated, or
far apart, with no period stated) are not reported even when both name the subject.
Why it matters: at most one of them can be right.
Example: "11.600 Filialen" (a.txt:3) vs "10.500 Filialen" (b.txt:7).
"""
from __future__ import annotations

from collections.abc import Iterator

from factcheck.compare.groups import ClaimGroup
from factcheck.compare.wording import pair_message, support_note, value_text
from factcheck.model import Finding

ID = "contradiction"
SEVERITY = "error"


def check(group: ClaimGroup) -> Iterator[Finding]:
    for verdict in group.verdicts(ID):
        a, b = verdict.a, verdict.b
        if verdict.confidence == "weak" and group.pairs.time(a, b) == "unknown":
            continue          # one subject in two undated (or far apart) articles: too little for even info
        support = group.support(verdict)
        reason = _reason(group, a, b) + support_note(support)
        yield group.finding(ID, SEVERITY, (a, b), pair_message(group.label, a, b, reason),
                            verdict.confidence, support)


def _reason(group: ClaimGroup, a, b) -> str:
    tolerance = f" even with {group.tolerance * 100:g} % tolerance" if group.tolerance else ""
    return f"{value_text(a)} vs {value_text(b)} do not overlap{tolerance}, and no change is signalled"
