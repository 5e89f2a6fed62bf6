"""What the reports share: counts, claim groups, sentence windows, report order, and the console table."""
from __future__ import annotations

import dataclasses
import operator
import re
from collections import Counter, defaultdict

from factcheck.documents import path_order
from factcheck.model import CHECK_IDS, Claim, Document, Finding, group_name, sentence_offset, value_text

SEVERITIES = ("error", "warning", "info")
CONSOLE_FINDINGS = 20      # the console lists this many findings; the reports list them all
CONTEXT = 200              # characters of a sentence shown on each side of a claim in report.md and report.html
# Control characters (an ESC can restyle or rewrite a terminal) and the bidi embeddings, overrides and
# isolates (they can make "txt.exe" read as "exe.txt"): shown as \u escapes wherever a person reads a report.
INVISIBLE = r"\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"      # as the inside of a [character class]
_INVISIBLE = re.compile(f"[{INVISIBLE}]")


def visible(text: object) -> str:
    """The text with control and bidi-override characters written out as \\uXXXX, so none acts on the reader."""
    return _INVISIBLE.sub(written_out, str(text))


def written_out(m: re.Match) -> str:
    """'\\u001b' for the ESC a pattern found."""
    return f"\\u{ord(m.group()):04x}"


def in_report_order(result):
    """The result with documents, claims and skipped files sorted by path and offset, whatever order they came in."""
    return dataclasses.replace(
        result,
        documents=sorted(result.documents, key=lambda d: path_order(d.doc)),
        claims=_claims_in_order(result.claims),
        skipped=sorted(result.skipped, key=lambda s: (path_order(s.doc), s.reason)))


_BY_NAME_AND_OFFSET = operator.attrgetter("doc", "start", "end", "id")


def _claims_in_order(claims: list[Claim]) -> list[Claim]:
    """The claims sorted by (path_order of their document, start, end, id). Sorted by the document's name
    first, by a key read in C (a third faster than one built per claim): the same order when the names
    sort as their paths do, one document a place ("corpus/00001.txt" ...), as they mostly do."""
    by_name = sorted(claims, key=_BY_NAME_AND_OFFSET)
    names = list(dict.fromkeys(map(operator.attrgetter("doc"), by_name)))
    places = [path_order(name) for name in names]
    if all(a < b for a, b in zip(places, places[1:])):
        return by_name
    order = dict(zip(names, places))
    return sorted(claims, key=lambda c: (order[c.doc], c.start, c.end, c.id))


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
    return _once_per_claims(result, "groups", _claims_by_group)


def _claims_by_group(result) -> list[tuple[str, list[list[str]]]]:
    groups: dict[str, list[Claim]] = defaultdict(list)
    for claim, name in zip(result.claims, group_names(result)):
        if name is not None:
            groups[name].append(claim)
    return [(name, [[c.text, value_text(c), c.approx, f"{c.doc}:{c.line}"]
                    for c in sorted(groups[name], key=lambda c: (c.doc, c.start))])
            for name in sorted(groups)]


def group_names(result) -> list[str | None]:
    """group_name of each claim of the result, in order."""
    return _once_per_claims(result, "names", lambda r: [group_name(c) for c in r.claims])


# Each report asks for the same groups of the same claims: they are worked out once for the last claim list
# seen (held here, so that its id cannot be another list's), while it keeps its length.
_last_claims: dict[str, tuple[list, int, object]] = {}


def _once_per_claims(result, what: str, compute):
    seen = _last_claims.get(what)
    if seen is None or seen[0] is not result.claims or seen[1] != len(result.claims):
        seen = _last_claims[what] = (result.claims, len(result.claims), compute(result))
    return seen[2]


DOCUMENT_COLUMNS = ("file", "language", "published", "date found in", "claims")


def document_rows(result) -> list[list]:
    """One row per document read: file, language, publication date, where the date was found, claims."""
    counts = Counter(c.doc for c in result.claims)
    return [[d.doc, d.lang, d.date or "", d.date_source or "", counts[d.doc]] for d in result.documents]


def ungrouped_note(result) -> str | None:
    """The line that says how many claims were not compared for want of a subject or claim type."""
    n = group_names(result).count(None)
    if not n:
        return None
    return (f"{plural(n, 'claim')} without a subject or claim type {'was' if n == 1 else 'were'} not compared; "
            "claims.csv and report.json list them.")


def count_rows(result) -> list[list]:
    """One row per check that found something: check, error, warning, info; checks with errors first."""
    counts = Counter((f.check, f.severity) for f in result.findings)
    rows = [[check] + [counts[(check, s)] for s in SEVERITIES]
            for check in CHECK_IDS if any(counts[(check, s)] for s in SEVERITIES)]
    # the most severe finding of a check places it, as in the list of findings below the counts
    return sorted(rows, key=lambda row: [n == 0 for n in row[1:]])


def claim_label(claim: Claim | None) -> str:
    """'rund 100 Millionen Nutzern (seeds/000.txt:4)'."""
    if claim is None:
        return "(unknown claim)"
    return f"{' '.join(claim.text.split())} ({claim.doc}:{claim.line})"


def published(document: Document | None) -> str:
    """'published 2020-08-24' or 'publication date unknown': what makes one source the later one."""
    if document is None or not document.date:
        return "publication date unknown"
    return f"published {document.date}"


def sentence_parts(claim: Claim, document: Document | None, context: int = CONTEXT) -> tuple[str, str, str]:
    """The claim's sentence as (before, the claim's own span, after), each side cut to about context characters."""
    sentence = claim.sentence
    offset = _offset_in_sentence(claim, document)
    if offset is None:
        return _keep_start(sentence, 2 * context), "", ""
    end = offset + len(claim.text)
    return _keep_end(sentence[:offset], context), sentence[offset:end], _keep_start(sentence[end:], context)


def _offset_in_sentence(claim: Claim, document: Document | None) -> int | None:
    if document is not None:
        start = sentence_offset(claim, document.text)
        if start is not None:
            return claim.start - start
    at = claim.sentence.find(claim.text)
    return at if at != -1 else None


def _keep_start(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", limit // 2, limit)
    return text[:cut if cut != -1 else limit] + " …"


def _keep_end(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text.find(" ", len(text) - limit, len(text) - limit // 2)
    return "… " + text[cut + 1 if cut != -1 else len(text) - limit:]


def finding_sides(finding: Finding, claims: dict[str, Claim]) -> tuple[str, str]:
    """The two compared values as text with their sources; a reference check has one claim."""
    a = claim_label(claims.get(finding.claims[0]))
    rest = [claim_label(claims.get(i)) for i in finding.claims[1:]]
    return a, "; ".join(rest) if rest else "(rule reference)"


def summary_table(result) -> str:
    """Counts by severity and check, then the findings (severity, check, subject, A, B), for the console."""
    from tabulate import tabulate     # here, not at the top: `factcheck extract` imports this module for visible()

    lines = [headline(result)]
    rows = count_rows(result)
    if rows:
        lines += ["", tabulate(rows, headers=("check",) + SEVERITIES, tablefmt="simple")]
    if result.findings:
        claims = {c.id: c for c in result.claims}
        shown = [[f.severity, f.check, visible(f.subject or ""), *map(visible, finding_sides(f, claims))]
                 for f in result.findings[:CONSOLE_FINDINGS]]
        lines += ["", tabulate(shown, headers=("severity", "check", "subject", "A", "B"), tablefmt="simple",
                               disable_numparse=True, maxcolwidths=[None, None, 20, 50, 50])]
        hidden = len(result.findings) - CONSOLE_FINDINGS
        if hidden > 0:
            lines.append(f"... and {hidden} more findings in the reports")
    return "\n".join(lines)
