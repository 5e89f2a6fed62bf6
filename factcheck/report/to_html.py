"""report.html: one self-contained page (inline CSS, a few lines of JS); findings first, every text escaped."""
from __future__ import annotations

from html import escape

from factcheck.compare.groups import sentence_offset
from factcheck.report.table import CLAIM_COLUMNS, SEVERITIES, claims_by_group, count_rows, headline, ungrouped_note

_STYLE = """
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}h3{font-size:1rem;margin:1.2rem 0 .3rem}
table{border-collapse:collapse;margin:.4rem 0}th,td{border:1px solid #ccc;padding:.2rem .5rem;text-align:left;
vertical-align:top}th{background:#f3f3f3}
.finding{border-left:.35rem solid #999;background:#fafafa;margin:.8rem 0;padding:.5rem .9rem}
.finding.error{border-color:#c62828}.finding.warning{border-color:#ef8f00}.finding.info{border-color:#1e6fbf}
.finding header{font-weight:600}.severity{text-transform:uppercase;font-size:.8rem;margin-right:.5rem}
.claim{margin:.4rem 0 .4rem 1rem}.claim cite{font-style:normal;color:#555;font-size:.85rem;display:block}
mark{background:#ffe27a;padding:0 .1rem}#filter label{margin-right:1rem}
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
    body += _skipped(result)
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>factcheck report</title>\n<style>\n{_STYLE}\n</style>\n</head>\n<body>\n"
            + "\n".join(body) + f"\n<script>\n{_SCRIPT}\n</script>\n</body>\n</html>\n")


def _e(text: object) -> str:
    return escape(str(text), quote=True)


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
    parts = [f'<article class="finding {finding.severity}" data-severity="{finding.severity}" id="{_e(finding.id)}">',
             f'<header><span class="severity">{finding.severity}</span>{_e(finding.check)}'
             f'{" · " + _e(finding.subject) if finding.subject else ""}'
             f'{" · " + _e(finding.claim_type) if finding.claim_type else ""}</header>',
             f'<p class="message">{_e(finding.message)}</p>']
    for claim_id in finding.claims:
        claim = claims.get(claim_id)
        if claim is not None:
            parts.append(f'<blockquote class="claim"><cite>{_e(claim.doc)}:{claim.line}</cite>'
                         f"{marked_sentence(claim, documents.get(claim.doc))}</blockquote>")
    parts.append("</article>")
    return "\n".join(parts)


def marked_sentence(claim, document) -> str:
    """The claim's sentence, escaped, with the claim's own span (not another occurrence) in <mark>."""
    sentence = claim.sentence
    offset = _offset_in_sentence(claim, document)
    if offset is None:
        return _e(sentence)
    end = offset + len(claim.text)
    return f"{_e(sentence[:offset])}<mark>{_e(sentence[offset:end])}</mark>{_e(sentence[end:])}"


def _offset_in_sentence(claim, document) -> int | None:
    if document is not None:
        start = sentence_offset(claim, document.text)
        if start is not None:
            return claim.start - start
    at = claim.sentence.find(claim.text)
    return at if at != -1 else None


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


def _skipped(result) -> list[str]:
    if not result.skipped:
        return []
    rows = "".join(f"<tr><td>{_e(s.doc)}</td><td>{_e(s.reason)}</td></tr>" for s in result.skipped)
    return [f'<section id="skipped"><h2>Skipped files</h2><table><tr><th>file</th><th>reason</th></tr>{rows}'
            "</table></section>"]
