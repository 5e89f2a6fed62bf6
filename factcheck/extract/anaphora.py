"""Dates that count from the last date the text stated: "Einen Tag später", "zwei Jahre zuvor", "am selben
Tag", "im folgenden Jahr", "am Tag darauf".

They are dates, not durations ("Einen Tag später" is the day after the one just told of). Here they are
read against the anchor they are given (the publication date); anchoring.anchor_in_text reads them again
against the last date the text stated, in news as in a narrative, because the words point back in the
text, not at the present. The words come from dates.yaml (anaphora).
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from factcheck import lang
from factcheck.extract import timex as tx
from factcheck.extract.word_regex import phrases as _phrases
from factcheck.extract.mention import Mention

_LANGUAGES = tuple(lang.get(code).dates for code in lang.codes())


def _words(field: str) -> dict[str, str] | list[str]:
    values = [getattr(dates.anaphora, field) for dates in _LANGUAGES]
    if values and isinstance(values[0], dict):
        return {word: meaning for value in values for word, meaning in value.items()}
    return [word for value in values for word in value]


_UNITS: dict[str, str] = _words("units")                  # "tag" -> day, "jahres" -> year
_AFTER = frozenset(_words("after"))                      # "später", "later"
_BEFORE = frozenset(_words("before"))                    # "zuvor", "earlier"
_WHICH: dict[str, str] = _words("which")                 # "selben" -> same, "folgenden" -> next
_HALF = frozenset(_words("half"))                        # "halbes"
_PLURALS = frozenset(_words("plurals"))
_FEW = frozenset(_words("few"))                          # "wenige Tage später"
_COMPARISONS = _words("comparisons")                     # "später als geplant"
_COMPARED = re.compile(rf"\s+{tx.alternation(_COMPARISONS)}(?![\w])", re.I) if _COMPARISONS else None
_LETTER = {"day": "D", "week": "W", "month": "M", "year": "Y"}
_GRANULARITY = {"day": 3, "week": 3, "month": 2, "year": 1}
_PRECISION = {"day": 3, "month": 2, "year": 1}


def shifted(anchor: tx.Anchor, unit: str, amount: float, week_as_day: bool = False) -> str | None:
    """The anchor moved by amount units, as precise as both the unit and the anchor allow ("drei Wochen
    später" is a day, week_as_day; "in der folgenden Woche" a week)."""
    if anchor.ref is None:
        return None
    if unit == "year" and amount != int(amount):
        unit, amount = "month", amount * 12
    if amount != int(amount):
        return None
    ref, amount = anchor.ref, int(amount)
    granularity = min(_GRANULARITY[unit], _PRECISION[anchor.precision])
    if anchor.stated and granularity < _GRANULARITY[unit]:
        return None          # "im letzten Monat ... drei Wochen später": a month says no day to count from
    if (unit == "day" or unit == "week" and week_as_day) and granularity == 3:
        return (ref + timedelta(days=amount * (7 if unit == "week" else 1))).isoformat()
    if unit == "day" and granularity == 3:
        return (ref + timedelta(days=amount)).isoformat()
    if unit == "week" and granularity == 3:
        return tx.iso_week(ref + timedelta(days=7 * amount))
    if unit == "month" and granularity >= 2:
        return tx.iso_month(*tx.add_months(ref.year, ref.month, amount))
    if unit == "year":
        if granularity == 1:
            return f"{ref.year + amount:04d}"
        return tx.iso_month(ref.year + amount, ref.month) if granularity == 2 else date(
            ref.year + amount, ref.month, min(ref.day, 28)).isoformat()
    # a shift finer than the anchor knows: the anchor's own period
    return {1: f"{ref.year:04d}", 2: tx.iso_month(ref.year, ref.month)}.get(granularity) or ref.isoformat()


def counted_shift(m: re.Match, text: str, anchor: tx.Anchor) -> Mention | None:
    """'Einen Tag später', 'zwei Jahre zuvor', 'Ein halbes Jahr später'; 'wenige Tage später' says no
    number: FUTURE_REF (PAST_REF before)."""
    if _COMPARED is not None and _COMPARED.match(text, m.end()):
        return None              # "sechs Wochen später als geplant": a delay, the duration says it
    if m["n"].lower() in _FEW:
        later = m["dir"].lower() in _AFTER
        return Mention(start=m.start(), end=m.end(), kind="date", timex="FUTURE_REF" if later else "PAST_REF")
    number = tx.number_value(m["n"])
    unit = _unit(m["unit"])
    if number is None or unit is None:
        return None
    if m["half"]:
        number *= 0.5
    sign = 1 if m["dir"].lower() in _AFTER else -1
    timex = shifted(anchor, unit, sign * number, week_as_day=True)
    return Mention(start=m.start(), end=m.end(), kind="date", timex=timex) if timex else None


def named_shift(m: re.Match, text: str, anchor: tx.Anchor) -> Mention | None:
    """'am selben Tag', 'im folgenden Jahr', 'des vorangegangenen Jahres', 'am Tag darauf'."""
    unit = _unit(m["unit"])
    if unit is None:
        return None
    if m["unit"].lower() in _PLURALS:     # "in den folgenden Monaten": some months, a duration
        return Mention(start=m.start(), end=m.end(), kind="duration", timex=f"PX{_LETTER[unit]}", unit=unit,
                       approx="about", timex_mod="APPROX")
    if m["which"]:
        which = _WHICH.get(m["which"].lower())
        offset = {"same": 0, "next": 1, "previous": -1}.get(which)
    else:
        offset = 1 if m["dir"].lower() in _AFTER else -1
    if offset is None:
        return None
    if offset == 0 and not anchor.stated:
        # "am selben Tag" with no date told before it: no value (anchoring drops it if none comes)
        return Mention(start=m.start(), end=m.end(), kind="date", timex=None)
    timex = shifted(anchor, unit, offset)
    return Mention(start=m.start(), end=m.end(), kind="date", timex=timex) if timex else None


def day_after(m: re.Match, text: str, anchor: tx.Anchor) -> Mention | None:
    """'am Tag darauf', 'tags darauf', 'the day after'."""
    timex = shifted(anchor, "day", 1)
    return Mention(start=m.start(), end=m.end(), kind="date", timex=timex) if timex else None




def _unit(word: str) -> str | None:
    return _UNITS.get(word.lower())


counted_shift.anaphoric = True
named_shift.anaphoric = True
day_after.anaphoric = True

_B = r"(?![\w])"
_UNIT = tx.alternation(_UNITS)
_DIRECTION = tx.alternation(_AFTER | _BEFORE)
_WHICH_WORDS = tx.alternation(_WHICH)
NUM = "#"


def _guard_words(words) -> str:
    """An alternation for a guard: guards read lower case with a space for any white space."""
    return "(?:" + "|".join(re.escape(w.lower()).replace("\\ ", " +") for w in sorted(set(words), key=len, reverse=True)) + ")"


_G_UNIT = _guard_words(_UNITS)
# (pattern, handler, the tokens a match can begin with, guard), as in dates.PATTERNS
PATTERNS = [
    (tx.LazyPattern(rf"(?<![\w.,])(?P<n>\d+|{tx.alternation(_FEW) if _FEW else '(?!)'}|[^\W\d_]+)\s+(?:(?P<half>{tx.alternation(_HALF) if _HALF else '(?!)'})\s+)?"
                rf"(?P<unit>{_UNIT}){_B}\s+(?P<dir>{_DIRECTION}){_B}", re.I), counted_shift,
     {NUM} | set(tx.CARDINALS) | {word.split()[0] for word in _FEW},
     rf"[^ ]++ +(?:[^ ]++ +)?{_G_UNIT} +{_guard_words(_AFTER | _BEFORE)}"),
    (tx.LazyPattern(rf"(?<!\d )\b(?P<which>{_WHICH_WORDS})\s+(?P<unit>{_UNIT}){_B}(?!\s+(?:de[sr]|of)\s)", re.I), named_shift,
     set(_WHICH), rf"{_guard_words(_WHICH)} +{_G_UNIT}"),
    (tx.LazyPattern(rf"\b(?P<day_after>{_phrases(_words('day_after'))}){_B}", re.I), day_after,
     {phrase.split()[0].lower() for phrase in _words("day_after")}, _guard_words(_words("day_after"))),
]
