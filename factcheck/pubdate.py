"""A document's publication date: front matter, header and dateline, trailing agency note."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class PublicationDate:
    date: str                         # ISO: YYYY, YYYY-MM or YYYY-MM-DD
    source: str                       # front_matter, header, dateline, agency_note ...
    span: tuple[int, int] | None      # where the date line stands in the text, if it does
    # every date line the document states about itself (metadata, never claims), span included
    spans: tuple[tuple[int, int], ...] = field(default=())


# Stage 1 reads no extractor: the month names it needs for date lines are its own.
_MONTHS = {
    "januar": 1, "jänner": 1, "january": 1, "jan": 1, "februar": 2, "feber": 2, "february": 2, "feb": 2,
    "märz": 3, "march": 3, "mär": 3, "mar": 3, "april": 4, "apr": 4, "mai": 5, "may": 5, "juni": 6,
    "june": 6, "jun": 6, "juli": 7, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "oktober": 10, "october": 10, "okt": 10, "oct": 10, "november": 11, "nov": 11,
    "dezember": 12, "december": 12, "dez": 12, "dec": 12,
}
_MONTH = "|".join(re.escape(m) + (r"\.?" if len(m) <= 4 and m not in ("mai", "may", "juni", "juli", "june", "july", "märz") else "")
                  for m in sorted(_MONTHS, key=len, reverse=True))
_DATE = (rf"(?:(?P<d>[0-3]?\d)\.\s?(?P<m>[01]?\d)\.\s?(?P<y>\d{{4}})"
         rf"|(?P<iy>\d{{4}})-(?P<im>[01]\d)(?:-(?P<id>[0-3]\d))?"
         rf"|(?P<nd>[0-3]?\d)\.?\s+(?P<nm>{_MONTH})\s+(?P<ny>\d{{4}})"
         rf"|(?P<em>{_MONTH})\s+(?P<ed>[0-3]?\d)(?:st|nd|rd|th)?,\s+(?P<ey>\d{{4}}))(?![\d])")
_LABELS = {
    "published_line": r"Veröffentlicht(?:\s+am)?|Erschienen(?:\s+am)?|Publiziert(?:\s+am)?|Published(?:\s+on)?"
                      r"|Posted(?:\s+on)?|(?:Datum|Date)(?=\s*:)",
    "updated_line": r"Stand|Aktualisiert(?:\s+am)?|Letzte\s+Aktualisierung|Zuletzt\s+aktualisiert(?:\s+am)?"
                    r"|Updated(?:\s+on)?|Last\s+updated(?:\s+on)?",
}
_LABELLED = re.compile(rf"(?:^|\|)[ \t]*(?P<label>{'|'.join(_LABELS.values())})\s*:?\s*(?:den\s+)?{_DATE}",
                       re.I | re.M)
_HEADER = re.compile(r"\A\s*date:?[ \t]+(?P<iy>\d{4})(?:-(?P<im>[01]\d)(?:-(?P<id>[0-3]\d))?)?(?![\d-])", re.I)
_AGENCY = re.compile(rf"\((?P<agency>[^()\n\d]{{1,40}}),\s*{_DATE}\)\s*\Z", re.I)
# "KÖLN, 21. Mai 2024." or "WASHINGTON, May 14, 2024 –": a place in capitals, then the date
_DATELINE = re.compile(rf"^[ \t]*(?:[A-ZÄÖÜ][A-ZÄÖÜ./ -]{{1,30}}(?:\s*\([^()\n]{{1,30}}\))?,?\s+)?(?i:{_DATE})"
                       rf"(?=[ \t]*(?:$|[.:–—|/-]|\(|\s[–—-]))", re.M)
_PRIORITY = {"front_matter": 0, "published_line": 1, "header": 2, "dateline": 3, "agency_note": 4,
             "updated_line": 5}
_HEAD_CHARS, _TAIL_CHARS, _DATELINE_LINES = 1500, 300, 4


def find(text: str, meta: dict[str, str], body_start: int, lang: str) -> PublicationDate | None:
    """The most specific publication date the document states about itself, or None."""
    found: list[tuple[str, str, tuple[int, int] | None]] = []
    if meta.get("date"):
        iso = _iso_from_front_matter(meta["date"])
        if iso:
            found.append((iso, "front_matter", None))
    found += _header(text, body_start) + _labelled(text, body_start) + _agency_note(text, body_start)
    found += _dateline(text, body_start)
    if not found:
        return None
    found = _without_overlaps(found)
    iso, source, span = max(found, key=lambda f: (len(f[0]), -_PRIORITY[f[1]]))
    spans = _one_span_per_line(text, sorted({s for _, _, s in found if s is not None}))
    if span is not None:
        span = next(s for s in spans if s[0] <= span[0] and span[1] <= s[1])
    return PublicationDate(iso, source, span, tuple(spans))


def _without_overlaps(found: list) -> list:
    """One reading per stretch of text: the label ('Veröffentlicht:') says more than the bare date."""
    kept: list = []
    for item in sorted(found, key=lambda f: _PRIORITY[f[1]]):
        span = item[2]
        if span is None or not any(k[2] and k[2][0] < span[1] and span[0] < k[2][1] for k in kept):
            kept.append(item)
    return kept


def _one_span_per_line(text: str, spans: list) -> list:
    """'Veröffentlicht: 24.08.2020 | ... | Letzte Aktualisierung: 24.08.2020' is one date line."""
    merged: list = []
    for start, end in spans:
        if merged and "\n" not in text[merged[-1][1]:start]:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _iso_from_front_matter(value: str) -> str | None:
    """'2020-08-24', '2021-05' or '2021' (front matter, header); None unless it is a real calendar date."""
    m = re.match(r"\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    if not m:
        return None
    year, month, day = (int(g) if g else None for g in m.groups())
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None:
        try:
            date(year, month, day)
        except ValueError:
            return None               # "2020-02-31": not a date, so no anchor
    return "-".join(g for g in m.groups() if g)


def _iso(m: re.Match) -> str | None:
    """The date of a _DATE match as ISO text; None when it is no calendar date."""
    if m["y"]:
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    elif m["iy"]:
        y, mo = int(m["iy"]), int(m["im"])
        if not m["id"]:
            return f"{y:04d}-{mo:02d}" if 1 <= mo <= 12 else None
        d = int(m["id"])
    elif m["ny"]:
        y, mo, d = int(m["ny"]), _MONTHS[m["nm"].lower().rstrip(".")], int(m["nd"])
    else:
        y, mo, d = int(m["ey"]), _MONTHS[m["em"].lower().rstrip(".")], int(m["ed"])
    try:
        day = date(y, mo, d)
    except ValueError:
        return None
    return day.isoformat() if 1900 <= y <= 2100 else None


def _header(text: str, body_start: int) -> list:
    m = _HEADER.match(text, body_start)
    if not m:
        return []
    iso = _iso_from_front_matter("-".join([m["iy"]] + [p for p in (m["im"], m["id"]) if p]))
    if iso is None:
        return []                     # "date 2020-08-33": no calendar date
    start = m.start() + len(m.group()) - len(m.group().lstrip())
    return [(iso, "header", (start, m.end()))]


def _labelled(text: str, body_start: int) -> list:
    head_end = min(len(text), body_start + _HEAD_CHARS)
    found = []
    for window_start, window_end in ((body_start, head_end), (max(head_end, len(text) - _TAIL_CHARS), len(text))):
        for m in _labelled_lines(text, window_start, window_end):
            iso = _iso(m)
            if iso:
                # case folding can let the combined pattern match a label no single one does ("İ")
                source = next((s for s, labels in _LABELS.items() if re.fullmatch(labels, m["label"], re.I)), None)
                if source:
                    found.append((iso, source, (m.start("label"), m.end())))
    return found


def _labelled_lines(text: str, start: int, end: int) -> Iterator[re.Match]:
    """_LABELLED.finditer(text, start, end), tried only where a label can begin: at the head of a line or
    at a '|' (several labels on one line); the pattern is not searched for at every character."""
    heads = {start} if start == 0 or text[start - 1] == "\n" else set()
    for mark, after in (("\n", 1), ("|", 0)):
        at = text.find(mark, start, end)
        while at != -1:
            if at + after < end:
                heads.add(at + after)
            at = text.find(mark, at + 1, end)
    matched_to = start
    for head in sorted(heads):
        if head >= matched_to and (m := _LABELLED.match(text, head, end)):
            matched_to = m.end()
            yield m


def _agency_note(text: str, body_start: int) -> list:
    m = _AGENCY.search(text, max(body_start, len(text) - _TAIL_CHARS))
    iso = _iso(m) if m else None
    return [(iso, "agency_note", (m.start(), m.end()))] if iso else []


def _dateline(text: str, body_start: int) -> list:
    """A date alone at the head of one of the first lines, with more text after it (not a one-line text)."""
    lines_end = body_start
    for _ in range(_DATELINE_LINES):
        next_break = text.find("\n", lines_end)
        if next_break < 0:
            break
        lines_end = next_break + 1
    if lines_end == body_start or not text[lines_end:].strip():
        return []
    for m in _DATELINE.finditer(text, body_start, lines_end):
        iso = _iso(m)
        if iso and (m["y"] or m["ny"] or m["ey"] or m["iy"] and m["id"]):
            return [(iso, "dateline", (m.start(), m.end()))]
    return []
