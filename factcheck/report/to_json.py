"""report.json: the contract's machine-readable report, byte-identical from run to run."""
from __future__ import annotations

from collections import Counter

import pydantic_core

from factcheck.report.table import summary

VERSION = 1
CHUNK = 2000          # claims serialized at a time (see _claims_parts)


def render(result) -> bytes:
    """The whole report as UTF-8 JSON: fixed key order, indent 1, no timestamps, ending in a newline."""
    return b"".join(render_parts(result))


def render_parts(result) -> list[bytes | memoryview]:
    """render()'s bytes in parts, for the writer to write one after the other (joined, they would be
    copied once more: 30 ms for the 73 MB of 10,000 articles). The report is what pydantic writes for
    the dict of report(); its claims, nearly all of it, are written a CHUNK at a time."""
    head, rows, tail = report(result)
    # pydantic's serializer writes the claims in their field order, UTF-8 as is, several times
    # faster than json.dumps with an indent (which gives up its C encoder); bytes, so that a large
    # report is not decoded and encoded again on its way to the file.
    head_json, tail_json = _to_json(head), _to_json(tail)
    # '{\n "version": 1,\n "documents": [...]' + ',\n "claims": ' + [...] + ',\n' + ' "findings": ...\n}'
    return [memoryview(head_json)[:-2], b',\n "claims": ', *_claims_parts(rows), b",\n",
            memoryview(tail_json)[2:], b"\n"]


def report(result) -> tuple[dict, list[dict], dict]:
    """The report as (its keys before "claims", the claims' rows, its keys after them)."""
    per_document = Counter(c.doc for c in result.claims)
    head = {
        "version": VERSION,
        "documents": [{"doc": d.doc, "lang": d.lang, "date": d.date, "date_source": d.date_source,
                       "claims": per_document[d.doc]} for d in result.documents],
    }
    # a model's fields as a plain dict (pydantic keeps them in the instance __dict__, in field order):
    # pydantic serializes a dict faster than a model, to the same bytes
    rows = list(map(vars, result.claims))
    tail = {
        "findings": list(map(vars, result.findings)),
        "skipped": [{"doc": s.doc, "reason": s.reason} for s in result.skipped],
        "summary": summary(result),
    }
    return head, rows, tail


def _claims_parts(rows: list[dict]) -> list[bytes | memoryview]:
    """The claims' list as it stands one level deep in the report, a CHUNK of rows serialized at a time:
    a buffer of a few MB each, where the whole report grew one of 73 MB by copying (a third faster)."""
    if not rows:
        return [b"[]"]
    parts: list[bytes | memoryview] = [b"[\n "]
    for first in range(0, len(rows), CHUNK):
        if first:
            parts.append(b",\n ")
        # '[\n {\n  ...\n }\n]' one level deeper is '[\n  {\n   ...\n  }\n ]': its items without the brackets
        deeper = _to_json(rows[first:first + CHUNK]).replace(b"\n", b"\n ")
        parts.append(memoryview(deeper)[3:-3])
    parts.append(b"\n ]")
    return parts


def _to_json(value) -> bytes:
    return pydantic_core.to_json(value, indent=1, inf_nan_mode="null")
