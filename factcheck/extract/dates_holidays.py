"""Named days of the year: "an Ostern", "vor Weihnachten", "Pfingsten 2022", "am Erntedankfest".

A holiday is a fixed day of the year (Heiligabend: 12-24), a number of days from Easter Sunday
(Pfingstmontag: +50), or a weekday on or after a day (Erntedankfest: the first Sunday from 1 October).
The names come from dates.yaml (holidays, easter_holidays, weekday_holidays); Easter Sunday is
computed. Without a year the holiday is the one the tense points to, as for "am 24. Dezember".
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from factcheck import lang
from factcheck.extract import timex as tx
from factcheck.extract.word_regex import phrases
from factcheck.extract.dates_shapes import _YEAR, _mention

_LANGUAGES = tuple(lang.get(code).dates for code in lang.codes())


def _merged(field: str) -> dict:
    return {tx.fold(" ".join(name.split())): value for dates in _LANGUAGES
            for name, value in getattr(dates, field).items()}


_FIXED: dict[str, tuple[int, int]] = {name: tuple(int(part) for part in day.split("-"))
                                      for name, day in _merged("holidays").items()}
_FROM_EASTER: dict[str, int] = _merged("easter_holidays")
_WEEKDAY_FROM: dict[str, tuple[int, int, int]] = {
    name: (*(int(part) for part in day.split("-")), weekday) for name, (day, weekday) in
    _merged("weekday_holidays").items()}
NAMES = frozenset(_FIXED) | frozenset(_FROM_EASTER) | frozenset(_WEEKDAY_FROM)


def is_name(words: str) -> bool:
    """Whether the words are a holiday's name (and nothing else)."""
    return tx.fold(" ".join(words.split())) in NAMES


def easter_sunday(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday_shift) // 451
    month, day = divmod(h + weekday_shift - 7 * m + 114, 31)
    return date(year, month, day + 1)


def day_in(name: str, year: int) -> date | None:
    """The holiday's day in the year, or None where the year has no such day (29 February)."""
    if name in _FIXED:
        month, day = _FIXED[name]
        return date(year, month, day) if tx.valid_day(year, month, day) else None
    if name in _FROM_EASTER:
        return easter_sunday(year) + timedelta(days=_FROM_EASTER[name])
    month, day, weekday = _WEEKDAY_FROM[name]
    first = date(year, month, day)
    return first + timedelta(days=(weekday - first.isoweekday()) % 7)


def _near(name: str, anchor: tx.Anchor, direction: int) -> date | None:
    """The holiday before the anchor (-1), after it (+1), else the nearest."""
    days = [d for year in (anchor.ref.year - 1, anchor.ref.year, anchor.ref.year + 1)
            if (d := day_in(name, year)) is not None]
    if direction < 0:
        days = [d for d in days if d <= anchor.ref]
        return max(days, default=None)
    if direction > 0:
        days = [d for d in days if d >= anchor.ref]
        return min(days, default=None)
    return min(days, key=lambda d: abs((d - anchor.ref).days), default=None)


def holiday(m: re.Match, text: str, anchor: tx.Anchor):
    name = tx.fold(" ".join(m["h"].split()))
    if m["y"]:
        day = day_in(name, int(m["y"]))
        return _mention(m, day.isoformat()) if day else None
    if name in _FIXED:                           # the text's year may come later (anchoring): a calendar date
        month, day = _FIXED[name]
        if anchor.ref is None:
            return _mention(m, f"XXXX-{month:02d}-{day:02d}")
    if anchor.ref is None:
        return None
    day = _near(name, anchor, anchor.direction(text, m)) if anchor.knows_day else day_in(name, anchor.ref.year)
    return _mention(m, day.isoformat()) if day else None


_NAMES = phrases(NAMES) if NAMES else "(?!)"
# (pattern, handler, the tokens a match can begin with, guard), as in dates.PATTERNS
PATTERNS = [
    (tx.LazyPattern(rf"\b(?P<h>{_NAMES})(?:\s+(?P<y>{_YEAR}))?(?![\wäöüß])", re.I), holiday,
     {name.split()[0] for name in NAMES},
     "(?:" + "|".join(re.escape(name).replace("\\ ", " +") for name in sorted(NAMES, key=len, reverse=True))
     + ")" if NAMES else None),
]
