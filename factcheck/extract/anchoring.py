"""The year of a date the text leaves open comes from the text around it where the text gives one.

"am 31. August" in a paragraph about 1939 is 1939-08-31, and "2019 schloss die Kette 40 Filialen, am
4. Dezember folgte ..." is 2019-12-04 in an article of 2024. HeidelTime resolves such dates against the
publication date in news and against the last stated date in narratives; one rule serves both here.
The last date the text stated (S) anchors a date named by its calendar words alone (a month, a day and
month, a season) when S lies in another year than the publication date, unless the clause looks ahead
("Am 4. März will der Konzern ..."), and unless S is only a year off and stands in an earlier paragraph
(news goes back to the present after a look at last year). Deictic words ("am Montag", "gestern", "im
vergangenen Jahr") keep counting from the publication date.
"""
from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from factcheck import lang
from factcheck.extract.mention import Mention
from factcheck.extract.timex import Anchor, is_pluperfect, search_last_words, tense_direction
from factcheck.text import text_index

_LANGUAGES = tuple(lang.get(code).dates for code in lang.codes())
_UNANCHORED = Anchor(None)
_STATED = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d\d)(?:-(?P<d>\d\d))?)?(?![\d-]?W)")
# a date whose year is open but whose calendar words are known: "XXXX-08-31", "XXXX-12", "XXXX-SU"
_CALENDAR_WITHOUT_YEAR = re.compile(r"XXXX-(?:\d\d|SP|SU|FA|WI|XX-\d\d)")
# "im Juni und Juli 1944"
_LINK = re.compile(r"\s*(?:[-–/]|" + "|".join(sorted(
    (r"\s+".join(map(re.escape, p.split())) for dates in _LANGUAGES for p in dates.date_links),
    key=len, reverse=True)) + r")\s*", re.I)
_WORD_BEFORE = re.compile(r"(?P<w>[^\W\d_]+)(?P<gap>\s+)$")
_PRESENT = "PRESENT_REF"
_FOUR_DIGITS = re.compile(r"(?<!\d)\d{4}(?!\d)")
_YEAR_FIRST = re.compile(r"\d{4}")
_AHEAD = 20
# "im April letzten Jahres", "an Heilige Drei Könige im Jahr 2020": a space, or a word that links a year
_ADJACENT = re.compile(r"[ \t]+" + "".join(
    rf"(?:(?:{'|'.join(sorted(links, key=len, reverse=True))})[ \t]+)?" for links in [
        [re.escape(word) for dates in _LANGUAGES for word in dates.year_links]] if links))
_YEAR_ONLY = re.compile(r"\d{4}")
_DAY_TIMEX = re.compile(r"\d{4}-\d\d-\d\d|\d{4}-W")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# a year this close to the publication date is news of the present
_NEWS_YEARS = 2
_NARRATIVE_MIN_YEARS = 3


class Source(NamedTuple):
    """What a mention came from: the handler, its match, and which of the handler's mentions it is.
    (A named tuple: one is made for every date and duration a pattern finds.)"""

    handler: object
    match: re.Match
    index: int = 0

    def run(self, text: str, anchor: Anchor) -> Mention | None:
        found = self.handler(self.match, text, anchor)
        if isinstance(found, list):
            return found[self.index] if self.index < len(found) else None
        return found


def stated_anchor(timex: str | None) -> Anchor | None:
    """The anchor a stated date gives: '1939' -> year 1939, '1939-09-01T04:45' -> that day."""
    m = _STATED.match(timex or "")
    if m is None:
        return None
    year, month, day = int(m["y"]), int(m["m"] or 1), int(m["d"] or 1)
    try:
        ref = date(year, month, day)
    except ValueError:
        return None
    return Anchor(ref, "day" if m["d"] else "month" if m["m"] else "year", stated=True)


def anchor_in_text(text: str, mentions: list[Mention], sources: dict[int, Source], published: Anchor,
                   is_boundary) -> list[Mention]:
    """Give each date that names no year the year of the last date stated before it, where that is right.

    mentions are in text order; a mention changes in place (its timex); one followed by the year it
    means ("April last year", "im April letzten Jahres") takes that year in, the rest come back as they
    were. is_boundary(m)
    says whether a preposition makes m the edge of a span ("seit 1939", "bis 1915"): an edge is not
    the time the text goes on in.
    """
    readings = [_reading(text, sources[id(m)], text[m.start:m.end], m.timex)
                if m.kind == "date" and id(m) in sources else None for m in mentions]
    narrative = _is_narrative(mentions, readings, published)
    merged: set[int] = set()          # mentions that became part of the one before them
    stated: Anchor | None = None      # the last date that says which year the text is in
    last: Anchor | None = None        # the last date of any kind: what "am selben Tag" points back to
    stated_at = 0
    for i, (mention, reading) in enumerate(zip(mentions, readings)):
        if reading is None or id(mention) in merged:
            continue
        source = sources[id(mention)]
        _two_digit_year_in_its_century(mention, source, published)
        anchor = None
        if reading == _CALENDAR:
            anchor = _linked_year(text, mention, mentions[i + 1:i + 2], sources)
            if anchor is None and (year_after := _year_right_after(text, mention, mentions[i + 1:i + 2], sources)):
                anchor = year_after
                merged.add(id(mentions[i + 1]))
                mention.end = mentions[i + 1].end
            if anchor is None and stated is not None and (
                    narrative or _news_takes_text_year(text, mention, source, stated, stated_at, published,
                                                       is_boundary)):
                anchor = stated
        elif reading == _ANAPHORIC and last is not None:
            anchor = last             # "Einen Tag später", "am selben Tag": from the date just told of
        elif reading == _DEICTIC and stated is not None and narrative and _DAY_TIMEX.match(mention.timex or "") is None:
            anchor = stated           # "im Vorjahr", "im nächsten Jahr" of a text about 1915; "heute" stays
        elif reading == _DEICTIC and stated is not None and _counts_from_sentence_year(text, source, stated_at, mention):
            anchor = stated           # "Im Jahr 2024 setzte sie 6,2 Milliarden um, nach 7,1 im Vorjahr": 2023
        if reading == _DEICTIC and narrative and mention.timex == published.ref.isoformat():
            mention.timex = _PRESENT      # "bis heute", "([heute] Slowenien)" in a history: the writer's present
            continue
        again = source.run(text, anchor) if anchor is not None else None
        if again is not None and again.kind == "date" and again.timex:
            mention.timex, mention.timex_mod = again.timex, again.timex_mod
        else:
            anchor = None
        # only a year the text states (or gave to a date) says which year the text is in; a date read
        # from the publication date ("am Montag", "heute") leaves a narrative's year as it was
        found = stated_anchor(mention.timex)
        if found is not None and not is_boundary(mention):
            last = found
            if (reading == _STATED_YEAR and not _is_attribute(text, mention)
                    or reading in (_CALENDAR, _ANAPHORIC) and anchor is not None) and not (
                    narrative and is_pluperfect(text, mention.start, mention.end)):
                # "Bereits im Dezember 1912 hatte der Kaiser gefordert ...": a look back, the story stays
                stated, stated_at = found, mention.start
    return [mention for mention in mentions
            if id(mention) not in merged and not (mention.kind == "date" and mention.timex is None)]


def _is_narrative(mentions: list[Mention], readings: list[str | None], published: Anchor) -> bool:
    """A text that tells of another time than its own: it states years, and none near its publication.

    Such a text (a history, a report on a past event) goes on from the date it last stated; news goes
    back to the present after each look at the past.
    """
    years = [int(m.timex[:4]) for m, r in zip(mentions, readings) if r == _STATED_YEAR]
    if published.ref is None or len(years) < _NARRATIVE_MIN_YEARS:
        return False
    return not any(abs(year - published.ref.year) <= _NEWS_YEARS for year in years)


def _counts_from_sentence_year(text: str, source: Source, stated_at: int, mention: Mention) -> bool:
    """A word for the year before ("im Vorjahr") in a sentence that stated a year before it."""
    counts_back = getattr(source.handler, "from_sentence_year", None)
    return counts_back is not None and counts_back(source.match) \
        and stated_at >= text_index(text).sentence_span(mention.start)[0]


def _two_digit_year_in_its_century(mention: Mention, source: Source, published: Anchor) -> None:
    """'1.9.39' in a text published in 2011 is 1939: a two-digit year lies at most _AHEAD years after the
    publication date."""
    digits = _group(source.match, "y")
    if published.ref is None or digits is None or len(digits) != 2 or not _YEAR_FIRST.match(mention.timex or ""):
        return
    if int(mention.timex[:4]) > published.ref.year + _AHEAD:
        mention.timex = f"{int(mention.timex[:4]) - 100:04d}" + mention.timex[4:]


def _is_attribute(text: str, mention: Mention) -> bool:
    """'im Deutsch-Französischen Krieg 1870/71': a year that names a thing the text mentions in passing;
    the story does not move to that year."""
    before = search_last_words(_WORD_BEFORE, text, max(0, mention.start - 40), mention.start, 1)
    if before is None:
        return False
    word = before["w"]
    # a noun right before a bare year ("Krieg 1870"), unless the year ends a heading
    return word[0].isupper() and before["gap"] == " " and mention.timex is not None and len(mention.timex) == 4 \
        and not _ends_line(text, mention.end) and not _starts_sentence(text, before.start())


def _ends_line(text: str, end: int) -> bool:
    line_end = text.find("\n", end)
    return not text[end:line_end if line_end >= 0 else len(text)].strip()


def _starts_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 3):start].rstrip()
    return not before or before.endswith((".", "!", "?", ":", "\n"))


def _linked_year(text: str, mention: Mention, following: list[Mention], sources: dict[int, Source]) -> Anchor | None:
    """'im Juni und Juli 1944', '3. bis 5. Mai 2020': the year of the date the first one is linked to."""
    if not following or following[0].kind != "date" or id(following[0]) not in sources:
        return None
    if not _LINK.fullmatch(text, mention.end, following[0].start):
        return None
    bare = sources[id(following[0])].run(text, _UNANCHORED)
    return stated_anchor(bare.timex) if bare is not None and bare.kind == "date" else None


def _year_right_after(text: str, mention: Mention, following: list[Mention],
                      sources: dict[int, Source]) -> Anchor | None:
    """'In April last year', 'im April letzten Jahres', 'Ende des Jahres 1939', 'an Heilige Drei Könige
    im Jahr 2020': a year right after the date (a space between, or a word that links a year) is the year
    of that date, and the two are one expression."""
    if not following or following[0].kind != "date" or id(following[0]) not in sources:
        return None
    if not _ADJACENT.fullmatch(text, mention.end, following[0].start):
        return None
    year = _YEAR_ONLY.fullmatch(following[0].timex or "")
    return stated_anchor(year.group()) if year else None


def _news_takes_text_year(text: str, mention: Mention, source: Source, stated: Anchor, stated_at: int,
                          published: Anchor, is_boundary) -> bool:
    """In news, a year stated in this sentence or the one before: "2019 schloss die Kette 40 Filialen,
    am 4. Dezember folgte ..."; not a clause that looks ahead, not a year the publication date has.

    A year after the publication date ("soll im Frühjahr 2026 fertig sein") is the time of what is
    planned: a past clause after it tells of what was, and the edge of a span in a clause that neither
    looks back nor ahead ("die Ausschreibung läuft noch bis Ende Oktober") of what holds now; both count
    from the publication date.
    """
    if source.match.groupdict().get("rel"):
        return False                  # "im vergangenen September" counts from the present
    if published.ref is not None and stated.ref.year == published.ref.year:
        return False                  # the publication date says as much, and its tense rule more
    direction = tense_direction(text, mention.start, mention.end)
    if direction > 0:
        return False                  # "Am 4. März will der Konzern ...": from the present on
    if published.ref is not None and stated.ref.year > published.ref.year and (
            direction < 0 or is_boundary(mention)):
        return False
    index = text_index(text)
    previous_start = index.sentence_span(max(0, index.sentence_span(mention.start)[0] - 1))[0]
    return stated_at >= previous_start and not _PARAGRAPH_BREAK.search(text, stated_at, mention.start)


_STATED_YEAR, _CALENDAR, _DEICTIC, _ANAPHORIC = "stated", "calendar", "deictic", "anaphoric"


def _group(match: re.Match, name: str) -> str | None:
    """match.groupdict().get(name) without building the dict of every group of the pattern."""
    return match.group(name) if name in match.re.groupindex else None


def _reading(text: str, source: Source, mention_text: str | None = None, timex: str | None = None) -> str | None:
    """What the expression says with no anchor at all: a year (stated), month or day but no year
    (calendar; also "Ende des Jahres", a determiner and no relative word), or nothing (deictic)."""
    if getattr(source.handler, "anaphoric", False):
        return _ANAPHORIC
    if mention_text is not None and _FOUR_DIGITS.search(mention_text) and _STATED.match(timex or ""):
        return _STATED_YEAR           # "am 4. Dezember 2020", "im Jahr 2019": the year is written out
    match = source.match
    if _group(match, "det") and _group(match, "unit") and not _group(match, "rel"):
        return _CALENDAR
    bare = source.run(text, _UNANCHORED)
    if bare is None or bare.kind != "date":
        return _DEICTIC
    if stated_anchor(bare.timex) is not None:
        return _STATED_YEAR
    return _CALENDAR if _CALENDAR_WITHOUT_YEAR.match(bare.timex or "") else None


