"""Updated: a later source states a new value and says that it changed.

What it finds: claims with the same subject, claim type, measure and qualifiers, from different
documents, whose intervals do not overlap, where the later document (by publication date) signals a
change in the claim's sentence or the one before, or near another claim of the same value. The
words are language data (`factcheck/lang/<code>/change.yaml`: verschoben, verlängert, gestiegen,
erhöht, korrigiert, inzwischen; risen to, raised, cut, revised, pushed back, now ...), and a rule may
add its own. When the order cannot be told from the dates (a document is undated, or both carry the
same date), the document that signals the change counts as the later one. A new value with no
signal is a contradiction. A change stated in one sentence with both figures ("risen to €212m from
€180m") is an update inside that document: its old figure is not compared with other documents.
Why it matters: the earlier claim is superseded, not contradicted; a reviewer may want to
update the older article.
Example: "Mitte September" (a.txt:27) vs "4. Dezember" (b.txt:2, "verschiebt sich die neue Frist").
"""
from __future__ import annotations

from collections.abc import Iterator

from factcheck.compare.groups import ClaimGroup
from factcheck.compare.signals import change_signal
from factcheck.compare.wording import pair_message, support_note
from factcheck.model import Finding

__all__ = ["ID", "SEVERITY", "change_signal", "check"]

ID = "updated"
SEVERITY = "info"


def check(group: ClaimGroup) -> Iterator[Finding]:
    for verdict in group.verdicts(ID):
        old, new = verdict.a, verdict.b
        support = group.support(verdict)
        yield group.finding(ID, SEVERITY, (old, new),
                            pair_message(group.label, old, new, verdict.note + support_note(support)),
                            verdict.confidence, support)
