"""report.md: GitHub-flavoured Markdown: counts, findings with both sources side by side, claims by group."""
from __future__ import annotations

import re


from factcheck.model import value_text
from factcheck.report.table import (CLAIM_COLUMNS, DOCUMENT_COLUMNS, SEVERITIES, claims_by_group, count_rows,
                                    document_rows, finding_sides, headline, sentence_parts,
                                    ungrouped_note, visible)

# Text from articles, file names and rules is shown literally: no HTML (&, <, >), no link or image
# ([ ]), no emphasis or code (* `), no cell break (|, and \ so that "\|" cannot turn back into "|").
_ESCAPES = str.maketrans({"\\": "\\\\", "|": "\\|", "<": "&lt;", ">": "&gt;", "&": "&amp;", "[": "\\[",
                          "]": "\\]", "*": "\\*", "`": "\\`"})
_SPACE = re.compile(r"\s+")


def render(result) -> str:
    claims = {c.id: c for c in result.claims}
    documents = {d.doc: d for d in result.documents}
    parts = ["# factcheck report", "", headline(result) + "."]
    rows = count_rows(result)
    if rows:
        parts += ["", "## Counts", "", _table(rows, ("check",) + SEVERITIES)]
    parts += ["", "## Findings", ""]
    if result.findings:
        overview = [[n, f.severity, f.check, f.subject or "", *finding_sides(f, claims)]
                    for n, f in enumerate(result.findings, 1)]
        parts.append(_table(overview, ("#", "severity", "check", "subject", "value A", "value B")))
        for n, finding in enumerate(result.findings, 1):
            parts += _finding(n, finding, claims, documents)
    else:
        parts.append("No findings: the claims that could be compared agree.")
    parts += _claims_by_group(result)
    parts += ["", "## Documents", "", _table(document_rows(result), DOCUMENT_COLUMNS)]
    if result.skipped:
        parts += ["", "## Skipped files", "", _table([[s.doc, s.reason] for s in result.skipped], ("file", "reason"))]
    return "\n".join(parts) + "\n"


def _finding(n: int, finding, claims, documents) -> list[str]:
    """A heading, the message, then the compared claims side by side: source, date, value, sentence."""
    about = " · ".join(_escape(p) for p in (finding.severity, finding.check, finding.subject, finding.claim_type) if p)
    parts = ["", f"### {n}. {about}", "", _escape(finding.message)]
    sides = [claims[i] for i in finding.claims if i in claims]
    if sides:
        rows = [["published"] + [_date(documents.get(c.doc)) for c in sides],
                ["claim"] + [f"{c.text} = {value_text(c)}" for c in sides]]
        escaped = [[_escape(cell) for cell in row] for row in rows]
        escaped.append(["sentence"] + [_marked_sentence(c, documents.get(c.doc)) for c in sides])
        headers = [""] + [_escape(f"{c.doc}:{c.line}") for c in sides]
        parts += ["", _tabulate()(escaped, headers=headers, tablefmt="github", disable_numparse=True)]
    return parts


def _date(document) -> str:
    return document.date if document is not None and document.date else "unknown"


def _marked_sentence(claim, document) -> str:
    before, span, after = sentence_parts(claim, document)
    if not span.strip():
        return _escape(before + span + after)
    # "**" opens and closes only next to a non-space: spaces at the span's edges go outside it
    lead, trail = span[:len(span) - len(span.lstrip())], span[len(span.rstrip()):]
    marked = f"{_inline(before + lead)}**{_inline(span.strip())}**{_inline(trail + after)}"
    return marked.strip()


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


def _escape(text: object) -> str:
    """One line of literal Markdown text: markup escaped, line breaks and runs of space as one space."""
    return _inline(text).strip()


def _inline(text: object) -> str:
    return _SPACE.sub(" ", visible(text).translate(_ESCAPES))


def _table(rows: list[list], headers: tuple[str, ...]) -> str:
    escaped = [[_escape(cell) for cell in row] for row in rows]
    return _tabulate()(escaped, headers=headers, tablefmt="github", disable_numparse=True)


def _tabulate():
    """tabulate, imported when a table is written: a json-only run never pays for it."""
    from tabulate import tabulate
    return tabulate
