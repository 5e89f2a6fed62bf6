"""report.md: GitHub-flavoured Markdown: counts, findings with both sources side by side, claims by group."""
from __future__ import annotations

import re


from factcheck.model import value_text
from factcheck.report.table import (CLAIM_COLUMNS, DOCUMENT_COLUMNS, SEVERITIES, claims_by_group, count_rows,
                                    document_rows, finding_sides, headline, sentence_parts,
                                    ungrouped_note, visible, INVISIBLE)

# Text from articles, file names and rules is shown literally: no HTML (&, <, >), no link or image
# ([ ]), no emphasis, strike-through or code (* ~ `), no heading's closing # , no cell break (|, and \
# so that "\|" cannot turn back into "|").
_ESCAPES = str.maketrans({"\\": "\\\\", "|": "\\|", "<": "&lt;", ">": "&gt;", "&": "&amp;", "[": "\\[",
                          "]": "\\]", "*": "\\*", "`": "\\`", "~": "\\~", "#": "\\#"})
_SPACE = re.compile(r"\s+")
# GFM's autolinks and "_" emphasis, made literal after _ESCAPES:
# - "_" between two letters or digits never starts or ends emphasis ("not_comparable"); any other is escaped
# - "https://", "ftp://": the ":" escaped; "www.": the "." escaped (GFM links both without <>)
# - "name@example.org": escapes do not stop GFM's e-mail links (it reads the text after parsing them);
#   an empty HTML comment after the "@" does, and shows nothing
_LITERAL = re.compile(r"(?<![^\W_])_|_(?![^\W_])|(?<=[A-Za-z]):(?=//)|(?<![\w.-])(?i:www)\.|"
                      r"(?<=[A-Za-z0-9._+-])@(?=[A-Za-z0-9])")
_LITERAL_FORM = {"_": "\\_", ":": "\\:", "@": "@<!-- -->"}
# What _inline has to change: a character _ESCAPES, _LITERAL ("_", "@", "://") or visible() would
# rewrite, "www", white space other than a single space. Each is looked for by a pattern that begins
# with a character class, which the regex engine scans for in one pass; a pattern of alternatives would
# be tried at every position (three times the time of the whole report.md on 10,000 articles).
_ESCAPED = re.compile(f"[{re.escape(''.join(map(chr, _ESCAPES)))}]")
# White space other than " " (what str.isspace and \s find; a test checks the list)
OTHER_SPACES = "\t\n\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
# (":" alone, as in "file.txt:12", changes nothing: only "://" is escaped)
_MARKUP = re.compile(f"[{re.escape(''.join(map(chr, _ESCAPES)))}_@{INVISIBLE}{OTHER_SPACES}]")
_OTHER_SPACE = re.compile(f"[{OTHER_SPACES}]")
_WWW = re.compile("[wW][wW][wW]")               # (?i:www)
_UNDERSCORE_OR_AT = re.compile("[_@]")
# A line that starts with one of these would become a heading, a list item or a setext underline
_BLOCK_START = re.compile(r"\A(?:[#=+-]|\d+(?=[.)]))")


LINES_AT_A_TIME = 4096     # lines of report.md joined and encoded at a time (see render_parts)


def render(result) -> str:
    return "\n".join(_lines(result)) + "\n"


def render_parts(result) -> list[bytes]:
    """render()'s text as UTF-8 in parts of LINES_AT_A_TIME lines, for the writer to write one after the
    other: the whole 44 MB of 10,000 articles was joined, copied for its final newline and encoded."""
    lines = _lines(result)
    return [("\n".join(lines[first:first + LINES_AT_A_TIME]) + "\n").encode("utf-8")
            for first in range(0, len(lines), LINES_AT_A_TIME)]


def _lines(result) -> list[str]:
    """The report's lines (a table, a paragraph: one or more lines each)."""
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
    return parts


def _finding(n: int, finding, claims, documents) -> list[str]:
    """A heading, the message, then the compared claims side by side: source, date, value, sentence."""
    about = " · ".join(_escape(p) for p in (finding.severity, finding.check, finding.subject, finding.claim_type) if p)
    parts = ["", f"### {n}. {about}", "", _paragraph(finding.message)]
    sides = [claims[i] for i in finding.claims if i in claims]
    if sides:
        rows = [["published"] + [_date(documents.get(c.doc)) for c in sides],
                ["claim"] + [f"{c.text} = {value_text(c)}" for c in sides]]
        escaped = [[_escape(cell) for cell in row] for row in rows]
        escaped.append(["sentence"] + [_marked_sentence(c, documents.get(c.doc)) for c in sides])
        headers = [""] + [_escape(f"{c.doc}:{c.line}") for c in sides]
        parts += ["", github_table(escaped, headers)]
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
    text = str(text)
    if not _needs_escaping(text):
        return text                   # most cells of the claims tables
    text = visible(text)
    if _ESCAPED.search(text):
        text = text.translate(_ESCAPES)
    if _UNDERSCORE_OR_AT.search(text) or "://" in text or _WWW.search(text):
        text = _LITERAL.sub(_literal, text)
    return _SPACE.sub(" ", text) if _has_other_space(text) else text


def _needs_escaping(text: str) -> bool:
    return _MARKUP.search(text) is not None or "://" in text or "  " in text or _WWW.search(text) is not None


def _has_other_space(text: str) -> bool:
    """True when _SPACE would change the text: white space other than one " " at a time."""
    return _OTHER_SPACE.search(text) is not None or "  " in text


def _literal(m: re.Match) -> str:
    found = m.group()
    return _LITERAL_FORM.get(found) or found[:-1] + "\\."        # "www." -> "www\."


def _paragraph(text: object) -> str:
    """A line of its own in literal text: what would start a block there escaped as well."""
    line = _escape(text)
    return _BLOCK_START.sub(lambda m: m.group() + "\\" if m.group()[0].isdigit() else "\\" + m.group(), line)


def _table(rows: list[list], headers: tuple[str, ...]) -> str:
    return github_table([[_escape(cell) for cell in row] for row in rows], headers)


def github_table(rows: list[list[str]], headers) -> str:
    """A GFM table of one-line text cells, left-aligned, as tabulate(tablefmt="github", disable_numparse=True)
    writes it without wcwidth, in a tenth of the time (a report has a table for every claim group).

    A column is as wide as its widest cell, and at least its header and two spaces."""
    cells = [[cell.strip() for cell in row] for row in rows]
    columns = list(zip(*cells)) or [()] * len(headers)
    widths = [max(len(header) + 2, max(map(len, column), default=0)) for header, column in zip(headers, columns)]
    lines = ["| " + " | ".join(header.ljust(width) for header, width in zip(headers, widths)) + " |",
             "|" + "|".join("-" * (width + 2) for width in widths) + "|"]
    lines += ["| " + " | ".join(cell.ljust(width) for cell, width in zip(row, widths)) + " |" for row in cells]
    return "\n".join(lines)
