"""A document's publication date: front matter, header and dateline, trailing agency note."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache


@dataclass(frozen=True)
class PublicationDate:
    date: str                         # ISO: YYYY, YYYY-MM or YYYY-MM-DD
    source: str                       # front_matter, header, dateline, agency_note ...
    span: tuple[int, int] | None      # where the date line stands in the text, if it does
    # every date line the document states about itself (metadata, never claims), span included
    spans: tuple[tuple[int, int], ...] = field(default=())


def _labels(phrases, colon_after: bool = False) -> str:
    """Label phrases as one alternation, longest first, any white space between their words."""
    alternatives = sorted({r"\s+".join(map(re.escape, p.split())) for p in phrases}, key=len, reverse=True)
    return "(?:" + "|".join(alternatives) + ")" + (r"(?=\s*:)" if colon_after else "")


class _Patterns:
    """The date-line patterns, made from every language's words when the first document is read."""

    def __init__(self, languages) -> None:
        self.months = {word: month for dates in languages for word, month in dates.months.items()}
        abbreviated = {word for dates in languages for word in dates.abbreviated_months}
        month = "|".join(re.escape(m) + (r"\.?" if m in abbreviated else "")
                         for m in sorted(self.months, key=len, reverse=True))
        endings = "|".join(sorted({e for dates in languages for e in dates.day_number_endings if e.isalpha()},
                                  key=len, reverse=True))
        self.date = (rf"(?:(?P<d>[0-3]?\d)\.\s?(?P<m>[01]?\d)\.\s?(?P<y>\d{{4}})"
                     rf"|(?P<iy>\d{{4}})-(?P<im>[01]\d)(?:-(?P<id>[0-3]\d))?"
                     rf"|(?P<nd>[0-3]?\d)\.?\s+(?P<nm>{month})\s+(?P<ny>\d{{4}})"
                     rf"|(?P<em>{month})\s+(?P<ed>[0-3]?\d)(?:{endings})?,\s+(?P<ey>\d{{4}}))(?![\d])")

        def words(field: str) -> list[str]:
            return [phrase for dates in languages for phrase in getattr(dates.publication_labels, field)]
        self.labels = {"published_line": _labels(words("published")) + "|"
                       + _labels(words("published_before_colon"), colon_after=True),
                       "updated_line": _labels(words("updated"))}
        self.labelled = re.compile(rf"(?:^|\|)[ \t]*(?P<label>{'|'.join(self.labels.values())})\s*:?\s*"
                                   rf"(?:{_labels(words('articles'))}\s+)?{self.date}", re.I | re.M)
        self.header = re.compile(rf"\A\s*{_labels(words('header'))}:?[ \t]+(?P<iy>\d{{4}})"
                                 rf"(?:-(?P<im>[01]\d)(?:-(?P<id>[0-3]\d))?)?(?![\d-])", re.I)
        self.written = re.compile(rf"\s*{self.date}", re.I)
        self.agency = re.compile(rf"\((?P<agency>[^()\n\d]{{1,40}}),\s*{self.date}\)\s*\Z", re.I)
        # "KÖLN, 21. Mai 2024." or "WASHINGTON, May 14, 2024 –": a place in capitals, then the date
        self.dateline = re.compile(rf"^[ \t]*(?:[A-ZÄÖÜ][A-ZÄÖÜ./ -]{{1,30}}(?:\s*\([^()\n]{{1,30}}\))?,?\s+)?"
                                   rf"(?i:{self.date})(?=[ \t]*(?:$|[.:–—|/-]|\(|\s[–—-]))", re.M)


@cache
def _patterns() -> _Patterns:
    from factcheck import lang          # only runs that read documents need the language data
    return _Patterns(tuple(lang.get(code).dates for code in lang.codes()))


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
    """'2020-08-24', '2021-05' or '2021' (front matter, header), also with a time after it; a written date
    ('Tue, 14 May 2024 10:00:00 GMT', '14. Mai 2024, 10:15 Uhr'); None unless it is a real calendar date."""
    m = re.match(r"\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    if not m:
        return _iso_from_written_date(value)
    year, month, day = (int(g) if g else None for g in m.groups())
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None:
        try:
            date(year, month, day)
        except ValueError:
            return None               # "2020-02-31": not a date, so no anchor
    return "-".join(g for g in m.groups() if g)


def _iso_from_written_date(value: str) -> str | None:
    """A metadata date in words: RFC 2822 as feeds and mail headers write it, else a date line's date.

    The date as written is kept (its own time zone), not converted: the publication day is the one the
    source printed.
    """
    from email.utils import parsedate_tz    # only a front matter date that is not ISO needs it
    parsed = parsedate_tz(value)
    if parsed is not None:
        try:
            day = date(parsed[0], parsed[1], parsed[2])
        except ValueError:
            return None
        return day.isoformat() if 1900 <= day.year <= 2100 else None
    m = _patterns().written.match(value)
    return _iso(m) if m else None


def _iso(m: re.Match) -> str | None:
    """The date of a date-pattern match as ISO text; None when it is no calendar date."""
    if m["y"]:
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    elif m["iy"]:
        y, mo = int(m["iy"]), int(m["im"])
        if not m["id"]:
            return f"{y:04d}-{mo:02d}" if 1 <= mo <= 12 else None
        d = int(m["id"])
    elif m["ny"]:
        y, mo, d = int(m["ny"]), _patterns().months[m["nm"].lower().rstrip(".")], int(m["nd"])
    else:
        y, mo, d = int(m["ey"]), _patterns().months[m["em"].lower().rstrip(".")], int(m["ed"])
    try:
        day = date(y, mo, d)
    except ValueError:
        return None
    return day.isoformat() if 1900 <= y <= 2100 else None


def _header(text: str, body_start: int) -> list:
    m = _patterns().header.match(text, body_start)
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
                source = next((s for s, labels in _patterns().labels.items() if re.fullmatch(labels, m["label"], re.I)), None)
                if source:
                    found.append((iso, source, (m.start("label"), m.end())))
    return found


def _labelled_lines(text: str, start: int, end: int) -> Iterator[re.Match]:
    """_patterns().labelled.finditer(text, start, end), tried only where a label can begin: at the head of a line or
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
        if head >= matched_to and (m := _patterns().labelled.match(text, head, end)):
            matched_to = m.end()
            yield m


def _agency_note(text: str, body_start: int) -> list:
    m = _patterns().agency.search(text, max(body_start, len(text) - _TAIL_CHARS))
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
    for m in _patterns().dateline.finditer(text, body_start, lines_end):
        iso = _iso(m)
        if iso and (m["y"] or m["ny"] or m["ey"] or m["iy"] and m["id"]):
            return [(iso, "dateline", (m.start(), m.end()))]
    return []
