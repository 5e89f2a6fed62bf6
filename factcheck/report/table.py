"""Counts of a run and the compact console table the CLI prints after a run."""
from __future__ import annotations

from collections import Counter, defaultdict

from tabulate import tabulate

from factcheck.compare import CHECKS
from factcheck.compare.groups import group_name
from factcheck.compare.wording import value_text
from factcheck.model import Claim, Finding

SEVERITIES = ("error", "warning", "info")
CHECK_IDS = tuple(check.ID for check in CHECKS)
CONSOLE_FINDINGS = 20      # the console lists this many findings; the reports list them all


def summary(result) -> dict:
    """Counts for report.json's "summary": documents, claims, skipped, findings by severity and by check."""
    by_severity = Counter(f.severity for f in result.findings)
    by_check = Counter(f.check for f in result.findings)
    return {"documents": len(result.documents), "claims": len(result.claims), "skipped": len(result.skipped),
            "findings": {s: by_severity[s] for s in SEVERITIES},
            "checks": {c: by_check[c] for c in CHECK_IDS}}


def headline(result) -> str:
    """'5 documents, 40 claims; findings: 0 error, 1 warning, 2 info'."""
    counts = summary(result)
    found = ", ".join(f"{n} {s}" for s, n in counts["findings"].items())
    skipped = f", {counts['skipped']} skipped" if counts["skipped"] else ""
    return f"{plural(counts['documents'], 'document')}{skipped}, {plural(counts['claims'], 'claim')}; findings: {found}"


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


CLAIM_COLUMNS = ("claim", "value", "approx", "source")


def claims_by_group(result) -> list[tuple[str, list[list[str]]]]:
    """The compared claims as (group name, rows of claim, value, approx, source), groups sorted by name."""
    groups: dict[str, list[Claim]] = defaultdict(list)
    for claim in result.claims:
        name = group_name(claim)
        if name is not None:
            groups[name].append(claim)
    return [(name, [[c.text, value_text(c), c.approx, f"{c.doc}:{c.line}"]
                    for c in sorted(groups[name], key=lambda c: (c.doc, c.start))])
            for name in sorted(groups)]


def ungrouped_note(result) -> str | None:
    """The line that says how many claims were not compared for want of a subject or claim type."""
    n = sum(1 for c in result.claims if group_name(c) is None)
    if not n:
        return None
    return (f"{plural(n, 'claim')} without a subject or claim type {'was' if n == 1 else 'were'} not compared; "
            "claims.csv and report.json list them.")


def count_rows(result) -> list[list]:
    """One row per check that found something: check, error, warning, info."""
    counts = Counter((f.check, f.severity) for f in result.findings)
    return [[check] + [counts[(check, s)] for s in SEVERITIES]
            for check in CHECK_IDS if any(counts[(check, s)] for s in SEVERITIES)]


def claim_label(claim: Claim | None) -> str:
    """'rund 100 Millionen Nutzern (seeds/000.txt:4)'."""
    if claim is None:
        return "(unknown claim)"
    return f"{' '.join(claim.text.split())} ({claim.doc}:{claim.line})"


def finding_sides(finding: Finding, claims: dict[str, Claim]) -> tuple[str, str]:
    """The two compared values as text with their sources; a reference check has one claim."""
    a = claim_label(claims.get(finding.claims[0]))
    rest = [claim_label(claims.get(i)) for i in finding.claims[1:]]
    return a, "; ".join(rest) if rest else "(rule reference)"


def summary_table(result) -> str:
    """Counts by severity and check, then the findings (severity, check, subject, A, B), for the console."""
    lines = [headline(result)]
    rows = count_rows(result)
    if rows:
        lines += ["", tabulate(rows, headers=("check",) + SEVERITIES, tablefmt="simple")]
    if result.findings:
        claims = {c.id: c for c in result.claims}
        shown = [[f.severity, f.check, f.subject or "", *finding_sides(f, claims)]
                 for f in result.findings[:CONSOLE_FINDINGS]]
        lines += ["", tabulate(shown, headers=("severity", "check", "subject", "A", "B"), tablefmt="simple",
                               disable_numparse=True, maxcolwidths=[None, None, 20, 50, 50])]
        hidden = len(result.findings) - CONSOLE_FINDINGS
        if hidden > 0:
            lines.append(f"... and {hidden} more findings in the reports")
    return "\n".join(lines)
