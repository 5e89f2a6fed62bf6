"""Scale mismatch: one figure stated a power of 1000 apart.

What it finds: claims with the same subject, claim type, measure and qualifiers whose intervals
(widened by the rule's tolerance) lie 10^3, 10^6 or 10^9 apart. Its severity follows the same
confidence as a contradiction: error for a strong match, warning for a medium one, info for a weak one.
Why it matters: usually a scale word lost in translation: German "Billion" is 10^12,
English "billion" is 10^9; "Millionen" and "Milliarden" are easily swapped.
Example: "1,2 Billionen Nutzer" (a.txt:3) vs "1.2 billion users" (b.txt:5).
"""
from __future__ import annotations

from collections.abc import Iterator

from factcheck.compare.groups import ClaimGroup
from factcheck.compare.wording import pair_message, scale_word_note, support_note
from factcheck.model import Finding

ID = "scale_mismatch"
SEVERITY = "error"


def check(group: ClaimGroup) -> Iterator[Finding]:
    for verdict in group.verdicts(ID):
        a, b = verdict.a, verdict.b
        support = group.support(verdict)
        reason = _reason(a, b, int(verdict.note)) + support_note(support)
        yield group.finding(ID, SEVERITY, (a, b), pair_message(group.label, a, b, reason),
                            verdict.confidence, support)


def _reason(a, b, power: int) -> str:
    reason = f"the values are 10^{3 * abs(power)} apart"
    notes = [n for n in (scale_word_note(a), scale_word_note(b)) if n]
    if notes:
        reason += f" ({'; '.join(notes)})"
    return reason + "; check the scale word"
