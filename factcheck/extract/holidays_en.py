"""English holidays by name: "Christmas", "easter 2018", "black friday 2010", "labor day weekend",
"independence day of this year", "last easter". The names and their rules are language data
(lang/en/dates.yaml holidays, easter_holidays, weekday_holidays); the calendar is dates_holidays'.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from factcheck.extract import timex as tx
from factcheck.extract.dates import _mention
from factcheck.extract.dates_holidays import day_in
from factcheck.extract.en_words import WORDS, B, YEAR, REL, I, phrases, step, units

# every name of a holiday the English data gives, whatever rule its day follows
_HOLIDAYS = (*WORDS.holidays, *WORDS.easter_holidays, *WORDS.weekday_holidays)


def holiday_date(name: str, year: int) -> date | None:
    """The day a holiday named in English falls on in a year (the rules are dates_holidays')."""
    return day_in(tx.fold(" ".join(name.lower().split())), year)


def _nearest_saturday(day: date) -> date:
    """The weekend of a holiday: the Saturday nearest to it (Labor Day Monday: the Saturday before)."""
    back = (day.isoweekday() - 6) % 7
    return day - timedelta(days=back) if back <= 3 else day + timedelta(days=7 - back)


def holiday(m, text, anchor):
    """A holiday in the year the text names, the year a step names, else the one the tense points to."""
    rule = m["h"]
    sign = step(m["rel"]) if m["rel"] else 0
    if m["y"]:
        year = int(m["y"])
    elif m["yrel"]:
        year = anchor.ref.year + step(m["yrel"]) if anchor.ref else None
    elif anchor.ref is None:
        year = None
    else:
        year = _year_of(rule, anchor, sign or anchor.direction(text, m))
    if year is None:
        return None
    day = holiday_date(rule, year)
    if day is None:
        return None
    if m["we"]:
        return _mention(m, tx.iso_week(_nearest_saturday(day)) + "-WE")
    return _mention(m, day.isoformat())


def _year_of(rule: str, anchor, direction: int) -> int | None:
    """The year of the next (+1), the last (-1) or the nearest (0) such holiday from the anchor."""
    ref = anchor.ref
    candidates = [(y, holiday_date(rule, y)) for y in (ref.year - 1, ref.year, ref.year + 1)]
    candidates = [(y, d) for y, d in candidates if d is not None]
    if direction > 0:
        later = [y for y, d in candidates if d > ref]
        return later[0] if later else None
    if direction < 0:
        earlier = [y for y, d in candidates if d < ref]
        return earlier[-1] if earlier else None
    return min(candidates, key=lambda c: abs((c[1] - ref).days))[0] if candidates else None


_NAMES = phrases(_HOLIDAYS) if _HOLIDAYS else "(?!)"
PATTERN = re.compile(
    rf"\b(?:(?P<we>(?:the\s+)?{units('weekend')}\s+of\s+)|(?P<rel>{REL})\s+)?(?P<h>{_NAMES}){B}"
    rf"(?:\s+(?P<we2>{units('weekend')}){B})?"
    rf"(?:,?\s+(?:of\s+)?(?P<y>{YEAR})(?!\d)|\s+of\s+(?:the\s+)?(?P<yrel>{REL})\s+{units('year')}{B})?", I)
LEADS = ({phrase.split()[0] for phrase in _HOLIDAYS} | set(WORDS.relative_steps) | {"the"}
         | {word for word, kind in WORDS.calendar_units.items() if kind == "weekend"})


def read(m, text, anchor):
    return holiday(_WithWeekend(m), text, anchor)


class _WithWeekend:
    """The match, with 'we' set when "weekend" stands before or after the name."""

    def __init__(self, m: re.Match) -> None:
        self._m = m

    def __getitem__(self, name: str):
        if name == "we":
            return self._m["we"] or self._m["we2"]
        return self._m[name]

    def start(self, group=0):
        return self._m.start(group)

    def end(self, group=0):
        return self._m.end(group)
