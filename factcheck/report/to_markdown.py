"""report.md: GitHub-flavoured Markdown (tabulate "github"): counts, findings, then the claims by group."""
from __future__ import annotations

from tabulate import tabulate

from factcheck.report.table import (CLAIM_COLUMNS, SEVERITIES, claims_by_group, count_rows, finding_sides,
                                    headline, ungrouped_note)

_ESCAPES = str.maketrans({"|": "\\|", "<": "&lt;", ">": "&gt;", "&": "&amp;", "\n": " ", "\r": " "})


def render(result) -> str:
    claims = {c.id: c for c in result.claims}
    parts = ["# factcheck report", "", headline(result) + "."]
    rows = count_rows(result)
    if rows:
        parts += ["", "## Counts", "", _table(rows, ("check",) + SEVERITIES)]
    parts += ["", "## Findings", ""]
    if result.findings:
        findings = [[f.severity, f.check, f.subject or "", *finding_sides(f, claims), f.message]
                    for f in result.findings]
        parts.append(_table(findings, ("severity", "check", "subject", "value A", "value B", "message")))
    else:
        parts.append("No findings: the claims that could be compared agree.")
    parts += _claims_by_group(result)
    if result.skipped:
        parts += ["", "## Skipped files", "", _table([[s.doc, s.reason] for s in result.skipped], ("file", "reason"))]
    return "\n".join(parts) + "\n"


def _claims_by_group(result) -> list[str]:
    groups = claims_by_group(result)
    parts = ["", "## Claims by group"]
    if not groups:
        parts += ["", "No claim names a subject, so nothing was compared."]
    for name, rows in groups:
        parts += ["", f"### {_escape(name)}", "", _table(rows, CLAIM_COLUMNS)]
    note = ungrouped_note(result)
    if note:
        parts += ["", note]
    return parts


def _escape(text: str) -> str:
    return " ".join(str(text).translate(_ESCAPES).split())


def _table(rows: list[list], headers: tuple[str, ...]) -> str:
    escaped = [[_escape(cell) for cell in row] for row in rows]
    return tabulate(escaped, headers=headers, tablefmt="github", disable_numparse=True)
