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
    pass


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
#     Phrases are matched case-insensitively on word starts; a trailing `*` matches any
#     continuation ("verschieb*" finds "verschiebt", "Verschiebung").
class Change(Area):
    # a figure changed ("verschoben", "risen to"): read in the later claim's sentence or the one before
    signals: tuple[str, ...] = ()
    # the old figure of a change stated in one sentence follows one of these ("von", "from")
    from_words: tuple[str, ...] = ()
    # a threshold: the figure is a lower bound ("die Marke von ... überschritten", "crosses")
    threshold_before: tuple[str, ...] = ()     # right before the figure
    threshold_after: tuple[str, ...] = ()      # right after it, in the same clause
    # a forecast or target, not an actual figure ("Prognose", "expects")
    forecast: tuple[str, ...] = ()
    # what was added, not the level: in the figure or right before it ("120 neue Filialen", "additional staff")
    increment: tuple[str, ...] = ()


AREAS: dict[str, type[Area]] = {
    "numbers": Numbers,
    "dates": Dates,
    "text": Text,
    "entities": Entities,
    "measures": Measures,
    "change": Change,
}
