"""The period a figure is about: a year or quarter of its sentence, else the publication year."""
from __future__ import annotations

import bisect
import functools
import re

from factcheck import lang

from factcheck.classify.nearest import gap
from factcheck.classify.sentences import Sentence
from factcheck.model import Claim, Document

# Patterns start with a literal or a small set of letters, so re skips ahead quickly; the
# context before a match is checked in Python (a leading look-behind would slow every position).
_YEAR = re.compile(r"(?:19|20)\d\d(?:/\d\d(?:\d\d)?)?(?!\d)(?![.,]\d)")
_QUARTER = re.compile(r"[Qq]uart(?:al|er)\b|Q[1-4]\b")
_QUARTER_BEFORE = re.compile(r"(?i)(?:\b(erst|zweit|dritt|viert|first|second|third|fourth)\w*|\b([1-4])\.)\s+$")
_NOT_BEFORE_YEAR = frozenset("0123456789.,/")
# a date claim that names a period a figure can be about: a year, quarter, half-year, month or
# season ("im vergangenen Winter", "in summer": staff in summer are not staff in winter)
_PERIOD_TIMEX = re.compile(r"\d{4}(?:-(?:Q[1-4]|H[12]|[01]\d|SP|SU|FA|WI))?")
SENTENCE, PUBLICATION = "sentence", "publication"       # where a period was read (basis.period)
_COMMA = re.compile(r",(?!\d)")
_SEASONS = frozenset({"SP", "SU", "FA", "WI"})
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_DAY_AFTER = 12             # characters between "fiscal year ended" and its day ("ended on Sept. 30")
EARLIER = "earlier_sentence"                            # ... a year before the sentence ("the same year")
_ORDINAL = {"erst": 1, "zweit": 2, "dritt": 3, "viert": 4, "first": 1, "second": 2, "third": 3, "fourth": 4}


class Periods:
    """Periods of the claims of one document; numbers are the (start, end) of its figures, sorted."""

    def __init__(self, document: Document, numbers: list[tuple[int, int]], dates: list[Claim]):
        self.document, self.text = document, document.text
        self._numbers = numbers
        # the extractor's dates that name a period ("im vergangenen Jahr" -> 2023, "Ende 2022")
        event = _event_words(document.lang or "de")
        self._dates = [(d.start, d.end, d.timex) for d in dates if d.timex and _PERIOD_TIMEX.fullmatch(d.timex)
                       and not (event and len(d.timex) == 4 and _names_event(self.text, d.start, d.end, event))]
        self._date_starts = [d[0] for d in self._dates]
        self._days = [(d.start, d.timex) for d in dates if d.timex and _DAY.fullmatch(d.timex)]
        self._elsewhere: dict[tuple[int, int], tuple[str, str] | None] = {}   # _stated_elsewhere, by sentence
        self._folded: tuple[int, bool, str] = (-1, False, "")     # _may_hold: the last sentence, case folded

    def period(self, claim: Claim, sentence: Sentence, publication: bool) -> tuple[str | None, str | None]:
        """'2022', '2020/21', '2021-Q1' from the sentence (not from other figures in it), else from
        a dated phrase of the sentence ("im vergangenen Jahr"); and where it was read."""
        if sentence.periods is None:
            sentence.periods = self._periods(sentence)
        years, quarters = sentence.periods
        years = [m for m in years if not self._next_clause(claim, m.start())]
        year = source = None
        if years:
            nearest_year = min(years, key=lambda m: gap(m.start(), m.end(), claim))
            year, source = nearest_year.group(), SENTENCE
            if not quarters:
                # "wurde 2011 gegründet, setzte im vergangenen Jahr 295 Millionen um": the dated phrase nearer
                # the figure is its period, not the year of another clause
                dated = self._dated_span(claim, sentence)
                if dated is not None and gap(dated[0], dated[1], claim) < gap(*nearest_year.span(), claim) \
                        and not (dated[0] <= nearest_year.start() < dated[1]):
                    return dated[2], SENTENCE
        if year is None and not quarters:
            stated = self._dated(claim, sentence)
            if stated is not None:
                return stated, SENTENCE
        if year is None and not quarters:
            stated = self._stated_elsewhere(sentence)
            if stated is not None:
                return stated
        if year is None and publication and self.document.date:
            year, source = self.document.date[:4], PUBLICATION
        if quarters:
            _, number = min(quarters, key=lambda mq: gap(mq[0].start(), mq[0].end(), claim))
            if year is None:
                # "im zweiten Quartal": the extractor anchored the quarter at the publication date
                stated = self._dated(claim, sentence)
                if stated is not None and stated.endswith(f"-Q{number}"):
                    return stated, SENTENCE
            return f"{(year or self._year_of_quarter(number) or 'XXXX')[:4]}-Q{number}", SENTENCE
        return year, source

    def _stated_elsewhere(self, sentence: Sentence) -> tuple[str, str] | None:
        """The year a phrase of the sentence names ("fiscal year ended") or points back to ("im selben
        Jahr"), and where it was read; the same for every figure of the sentence, so found once."""
        key = (sentence.start, sentence.end)
        if key not in self._elsewhere:
            ended = self._year_ended(sentence)
            earlier = self._pointed_back(sentence) if ended is None else None
            self._elsewhere[key] = (ended, SENTENCE) if ended is not None else \
                (earlier, EARLIER) if earlier is not None else None
        return self._elsewhere[key]

    def _year_of_quarter(self, number: int) -> str | None:
        """A quarter named without a year is the last such quarter begun by the publication date ("im zweiten
        Quartal" in July 2024 is 2024-Q2, in February 2024 it is 2023-Q2)."""
        date = self.document.date
        if not date or len(date) < 7 or not date[:4].isdigit() or not date[5:7].isdigit():
            return None
        year, month = int(date[:4]), int(date[5:7])
        return str(year if 3 * number - 2 <= month else year - 1)

    def _next_clause(self, claim: Claim, start: int) -> bool:
        """True when a time after the figure opens the next clause: "beschäftigt 900 Mitarbeiter und setzte im
        vergangenen Jahr 295 Millionen um" dates the revenue, not the staff."""
        if start <= claim.end:
            return False
        joins = _phrases(self.document.lang or "de", "clause_words")
        between = self.text[claim.end:start]
        # a comma inside a number ("1,150") is no break; the commas around a dated apposition are its own
        return ";" in between or _COMMA.search(between.strip(" ,")) is not None or bool(joins and joins.search(between))

    def _year_ended(self, sentence: Sentence) -> str | None:
        """The fiscal year a phrase like "for its fiscal year ended Sept. 30" names: the year of that day, or
        '2023/24' when the year ends before December."""
        code = self.document.lang or "de"
        phrases = _phrases(code, "year_ended")
        found = phrases.search(self.text, sentence.start, sentence.end) \
            if phrases is not None and self._may_hold(code, "year_ended", sentence) else None
        if found is None:
            return None
        day = next((timex for start, timex in self._days if 0 <= start - found.end() <= _DAY_AFTER), None)
        if day is None:
            return None
        year, month = int(day[:4]), int(day[5:7])
        return str(year) if month == 12 else f"{year - 1}/{day[2:4]}"

    def _may_hold(self, code: str, field: str, sentence: Sentence) -> bool:
        """False when the sentence holds none of the phrases' longest words: a cheaper test than the
        case-blind pattern, which re tries at every position."""
        words = _longest_words(code, field)
        if words is None:
            return True
        if self._folded[0] != sentence.start:
            folded = self.text[sentence.start:sentence.end].casefold()
            self._folded = (sentence.start, "ı" in folded or "\u0307" in folded, folded)
        _, odd_i, folded = self._folded
        if odd_i:
            return True
        for word in words:
            if word in folded:
                return True
        return False

    def _pointed_back(self, sentence: Sentence) -> str | None:
        """The year a phrase like "im selben Geschäftsjahr" or "ended the year" points back to: the last one
        stated before the sentence in its paragraph, not part of a figure."""
        code = self.document.lang or "de"
        phrases = _phrases(code, "same_period")
        if phrases is None or not self._may_hold(code, "same_period", sentence) \
                or not phrases.search(self.text, sentence.start, sentence.end):
            return None
        paragraph = self.text.rfind("\n\n", 0, sentence.start)
        years = [m for m in _YEAR.finditer(self.text, max(0, paragraph), sentence.start)
                 if self.text[m.start() - 1:m.start()] not in _NOT_BEFORE_YEAR and not self._inside_figure(*m.span())]
        return years[-1].group() if years else None

    def _dated(self, claim: Claim, sentence: Sentence) -> str | None:
        """The period of the date phrase of the sentence nearest the claim."""
        found = self._dated_span(claim, sentence)
        return found[2] if found is not None else None

    def _dated_span(self, claim: Claim, sentence: Sentence) -> tuple[int, int, str] | None:
        """(start, end, period) of the date phrase of the sentence nearest the claim."""
        lo = bisect.bisect_left(self._date_starts, sentence.start)
        hi = bisect.bisect_left(self._date_starts, sentence.end)
        found = [d for d in self._dates[lo:hi] if not self._next_clause(claim, d[0])
                 and not (d[2][-2:] in _SEASONS and self._comma_between(claim, d[0], d[1]))]
        return min(found, key=lambda d: gap(d[0], d[1], claim)) if found else None

    def _comma_between(self, claim: Claim, start: int, end: int) -> bool:
        """de: "im Winter 480 Mitarbeitende, im Sommer 190": a season after the figure across a comma is
        the next clause's (one before it opens the sentence and dates all of it)."""
        return start >= claim.end and "," in self.text[claim.end:start]

    def _periods(self, sentence: Sentence) -> tuple[list[re.Match[str]], list[tuple[re.Match[str], int]]]:
        """The years of a sentence that are not part of a figure, and its quarters with their number.
        A year and a quarter never span a sentence boundary, so the patterns run on the sentence
        alone, and only when it holds the text they begin with."""
        text, start, end = self.text, sentence.start, sentence.end
        years = []
        if text.find("19", start, end) >= 0 or text.find("20", start, end) >= 0:
            event = _event_words(self.document.lang or "de")
            years = [m for m in _YEAR.finditer(text, start, end)
                     if text[m.start() - 1:m.start()] not in _NOT_BEFORE_YEAR and not self._inside_figure(*m.span())
                     and not (event and _names_event(text, m.start(), m.end(), event))]
        quarters = []
        if text.find("uart", start, end) >= 0 or text.find("Q", start, end) >= 0:
            quarters = [(m, q) for m in _QUARTER.finditer(text, start, end) if (q := self._quarter_number(m))]
        return years, quarters

    def _quarter_number(self, m: re.Match[str]) -> int | None:
        """de/en: 'ersten Quartal', '1. Quartal', 'first quarter', 'Q1' -> 1."""
        if m.group().startswith("Q") and m.group()[1:].isdigit():
            return int(m.group()[1:])
        before = _QUARTER_BEFORE.search(self.text, max(0, m.start() - 16), m.start())
        if before is None:
            return None
        return _ORDINAL[before.group(1).lower()] if before.group(1) else int(before.group(2))

    def _inside_figure(self, start: int, end: int) -> bool:
        """True when a year-like number is part of a counted figure ('2000 Mitarbeiter')."""
        i = bisect.bisect_right(self._numbers, (start, float("inf"))) - 1
        return i >= 0 and self._numbers[i][1] > start


@functools.cache
def _phrases(code: str, field: str) -> re.Pattern[str] | None:
    """The phrases of one list of a language's measures.yaml (same_period, year_ended) as one pattern."""
    if code not in lang.codes():
        return None
    words = getattr(lang.get(code).measures, field)
    if not words:
        return None
    return re.compile(r"(?i)\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b")


# letters whose case-blind matches (re's IGNORECASE) are exactly those of the same casefold(), but for
# "İ" and "ı", which also match "i"
_FOLDS_LIKE_RE = frozenset("abcdefghijklmnopqrstuvwxyzäöüß")


@functools.cache
def _longest_words(code: str, field: str) -> tuple[str, ...] | None:
    """The longest word of each phrase of _phrases(code, field), case folded; None when a word has
    letters whose case-blind matches casefold() may not show."""
    words = tuple(max(w.split(), key=len).casefold() for w in getattr(lang.get(code).measures, field))
    return words if all(set(w) <= _FOLDS_LIKE_RE for w in words) else None


_EVENT_GAP = 16             # characters between a year and the word of its event ("Founded in 2013", "2011 gegründet")
_EVENTS = ("founding", "acquisition", "death")   # date keys whose year is the event's, not a period


@functools.cache
def _event_words(code: str) -> re.Pattern[str] | None:
    """The words of a language that make a year the date of an event (measures.yaml dates: founding ...)."""
    if code not in lang.codes():
        return None
    dates = lang.get(code).measures.dates
    words = [w for key in _EVENTS for w in dates.get(key, ()) if not w.startswith("/")]
    if not words:
        return None
    return re.compile(r"(?i)\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b")


def _names_event(text: str, start: int, end: int, words: re.Pattern[str]) -> bool:
    """True when an event word stands right before or after the year, in its clause: the year is when the
    company was founded or bought, not the period of the sentence's other figures."""
    before = text[max(0, start - _EVENT_GAP):start]
    after = text[end:end + _EVENT_GAP]
    return any(w.end() == len(before) or not re.search(r"[,;]", before[w.end():]) for w in words.finditer(before)) \
        or any(not re.search(r"[,;]", after[:w.start()]) for w in words.finditer(after))
