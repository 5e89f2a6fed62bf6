"""report.html: one self-contained page (inline CSS, a few lines of JS); findings first, every text escaped."""
from __future__ import annotations

import base64
import hashlib
import re

from factcheck.report.table import (CLAIM_COLUMNS, DOCUMENT_COLUMNS, INVISIBLE, SEVERITIES, claims_by_group,
                                    count_rows, document_rows, headline, published, sentence_parts, ungrouped_note,
                                    written_out)

_STYLE = """
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}h3{font-size:1rem;margin:1.2rem 0 .3rem}
table{border-collapse:collapse;margin:.4rem 0}th,td{border:1px solid #ccc;padding:.2rem .5rem;text-align:left;
vertical-align:top}th{background:#f3f3f3}
.finding{border-left:.35rem solid #999;background:#fafafa;margin:.8rem 0;padding:.5rem .9rem}
.finding.error{border-color:#c62828}.finding.warning{border-color:#ef8f00}.finding.info{border-color:#1e6fbf}
.finding header{font-weight:600}.severity{text-transform:uppercase;font-size:.8rem;margin-right:.5rem}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:.4rem 1.2rem;margin:.4rem 0}
.claim{margin:0;padding:.3rem .6rem;background:#fff;border:1px solid #e2e2e2}
.claim cite{font-style:normal;color:#555;font-size:.85rem;display:block}
mark{background:#ffe27a;padding:0 .1rem}#filter label{margin-right:1rem}
td,cite,mark,.message,h3{unicode-bidi:isolate;overflow-wrap:break-word}
""".strip()

_SCRIPT = """
document.querySelectorAll('#filter input').forEach(function (box) {
  box.addEventListener('change', function () {
    document.querySelectorAll('.finding[data-severity="' + box.value + '"]').forEach(function (f) {
      f.hidden = !box.checked;
    });
  });
});
""".strip()


def _source_hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


# The page may run its own filter script and use its own style, nothing else: were a text ever
# left unescaped, the browser would still refuse to run it, to load anything or to send a form.
_POLICY = (f"default-src 'none'; script-src {_source_hash(chr(10) + _SCRIPT + chr(10))}; "
           f"style-src {_source_hash(chr(10) + _STYLE + chr(10))}; base-uri 'none'; form-action 'none'")


def render(result) -> str:
    documents = {d.doc: d for d in result.documents}
    claims = {c.id: c for c in result.claims}
    body = ["<h1>factcheck report</h1>", f"<p>{_e(headline(result))}.</p>"]
    body += _counts(result)
    body += _filter(result)
    body.append('<section id="findings"><h2>Findings</h2>')
    if not result.findings:
        body.append("<p>No findings: the claims that could be compared agree.</p>")
    body += [_finding(f, claims, documents) for f in result.findings]
    body.append("</section>")
    body += _claims_by_group(result)
    body += _documents(result)
    body += _skipped(result)
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{_POLICY}\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>factcheck report</title>\n<style>\n{_STYLE}\n</style>\n</head>\n<body>\n"
            + "\n".join(body) + f"\n<script>\n{_SCRIPT}\n</script>\n</body>\n</html>\n")


_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"}
_UNSAFE = re.compile(f"[{INVISIBLE}{''.join(_ENTITIES)}]")


def _e(text: object) -> str:
    """Text as HTML: &, <, >, " and ' escaped (safe in an element and in a quoted attribute), control and bidi
    characters written out as in visible(); one pass over the text, as html.escape(visible(text)) would give."""
    return _UNSAFE.sub(_escaped, str(text))


def _escaped(m: re.Match) -> str:
    return _ENTITIES.get(m.group()) or written_out(m)


def _counts(result) -> list[str]:
    rows = count_rows(result)
    if not rows:
        return []
    head = "".join(f"<th>{s}</th>" for s in ("check",) + SEVERITIES)
    body = "".join("<tr>" + "".join(f"<td>{_e(cell)}</td>" for cell in row) + "</tr>" for row in rows)
    return [f'<table id="counts"><tr>{head}</tr>{body}</table>']


def _filter(result) -> list[str]:
    counts = {s: sum(f.severity == s for f in result.findings) for s in SEVERITIES}
    boxes = "".join(f'<label><input type="checkbox" value="{s}" checked> {s} ({counts[s]})</label>'
                    for s in SEVERITIES)
    return [f'<fieldset id="filter"><legend>Show findings</legend>{boxes}</fieldset>']


def _finding(finding, claims, documents) -> str:
    severity = _e(finding.severity)
    parts = [f'<article class="finding {severity}" data-severity="{severity}" id="{_e(finding.id)}">',
             f'<header><span class="severity">{severity}</span>{_e(finding.check)}'
             f'{" · " + _e(finding.subject) if finding.subject else ""}'
             f'{" · " + _e(finding.claim_type) if finding.claim_type else ""}</header>',
             f'<p class="message">{_e(finding.message)}</p>']
    sides = [_claim_side(claims[i], documents.get(claims[i].doc)) for i in finding.claims if i in claims]
    if sides:
        parts += ['<div class="sides">', *sides, "</div>"]
    parts.append("</article>")
    return "\n".join(parts)


def _claim_side(claim, document) -> str:
    return (f'<blockquote class="claim"><cite>{_e(claim.doc)}:{claim.line} · {_e(published(document))}</cite>'
            f"{marked_sentence(claim, document)}</blockquote>")


def marked_sentence(claim, document) -> str:
    """The claim's sentence, escaped, with the claim's own span (not another occurrence) in <mark>."""
    before, span, after = sentence_parts(claim, document)
    return f"{_e(before)}<mark>{_e(span)}</mark>{_e(after)}" if span else _e(before)


def _claims_by_group(result) -> list[str]:
    parts = ['<section id="claims"><h2>Claims by group</h2>']
    head = "".join(f"<th>{column}</th>" for column in CLAIM_COLUMNS)
    for name, rows in claims_by_group(result):
        body = "".join("<tr>" + "".join(f"<td>{_e(cell)}</td>" for cell in row) + "</tr>" for row in rows)
        parts.append(f"<h3>{_e(name)}</h3>\n<table><tr>{head}</tr>{body}</table>")
    note = ungrouped_note(result)
    if note:
        parts.append(f"<p>{_e(note)}</p>")
    parts.append("</section>")
    return parts


def _documents(result) -> list[str]:
    head = "".join(f"<th>{column}</th>" for column in DOCUMENT_COLUMNS)
    body = "".join("<tr>" + "".join(f"<td>{_e(cell)}</td>" for cell in row) + "</tr>" for row in document_rows(result))
    return [f'<section id="documents"><h2>Documents</h2><table><tr>{head}</tr>{body}</table></section>']


def _skipped(result) -> list[str]:
    if not result.skipped:
        return []
    rows = "".join(f"<tr><td>{_e(s.doc)}</td><td>{_e(s.reason)}</td></tr>" for s in result.skipped)
    return [f'<section id="skipped"><h2>Skipped files</h2><table><tr><th>file</th><th>reason</th></tr>{rows}'
            "</table></section>"]
