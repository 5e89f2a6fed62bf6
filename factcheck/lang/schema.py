"""What each language file may say: one model per area, each field keyed by meaning.

Every field has a default, so a language that lacks an area (or a toy language with a handful of
words) is still valid. Unknown keys are errors: a typo in a word list must not pass silently.
"""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Area(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# --- numbers.yaml: cardinals, ordinals, scale words, hedges, percent words, currencies, units,
#     counted things. Owned by the numeric extractor.
class Numbers(Area):
    pass


# --- dates.yaml: months, weekdays, seasons, time units with TIMEX letters, prepositions with
#     their modifiers, relative-time words with offsets, tense cues. Owned by the date extractor.
class Dates(Area):
    # --- English surface forms (dates-en); other date words go above this line
    # words that open an interval and the words that link its two ends ("from 2010 to 2018")
    interval_openers: tuple[str, ...] = ()
    interval_links: tuple[str, ...] = ()
    # phrases that name a day by its distance from the anchor ("the day after tomorrow": 2)
    day_phrases: dict[str, int] = {}
    # words before a weekday, week, month or quarter and the calendar step they mean ("next": 1)
    relative_steps: dict[str, int] = {}
    # words after a span that count it forward or back from the anchor ("from now": 1, "ago": -1)
    span_directions: dict[str, int] = {}
    # abbreviations of calendar units ("yr": "year", "qtr": "quarter")
    unit_abbreviations: dict[str, str] = {}


# --- text.yaml: abbreviations that do not end a sentence, stop words.
class Text(Area):
    pass


# --- entities.yaml: descriptor nouns that introduce a name, legal forms, titles, words that are
#     never a subject. Owned by the classifier.
class Entities(Area):
    pass


# --- measures.yaml: what is counted, folded to one key across languages (synonyms), and the
#     metrics and scopes that make two figures not comparable. Owned by the classifier.
class Measures(Area):
    pass


# --- change.yaml: signals that a figure changed, thresholds, forecasts. Owned by the comparison.
class Change(Area):
    pass


AREAS: dict[str, type[Area]] = {
    "numbers": Numbers,
    "dates": Dates,
    "text": Text,
    "entities": Entities,
    "measures": Measures,
    "change": Change,
}
