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
    # entity kind -> lower-case nouns that introduce a name after them ("Chiphersteller Veltrion");
    # a compound ending in one, and its inflected forms, count too
    descriptors: dict[str, list[str]] = {}
    nouns_capitalized: bool = False       # de: every noun; then capitals alone never make a name
    leader_words: list[str] = []          # "Veltrion-Chef": the word before the hyphen is a company
    articles: list[str] = []              # de: a word after an article is a common noun ("der Stadtrat")
    legal_forms: list[str] = []           # "Acme AG", "Acme Inc."
    place_prepositions: list[str] = []    # de: "in Haldenau" with no article names a place
    never_subject: list[str] = []         # function words, months, abbreviations, titles, parties
    acquisition_verbs: list[str] = []     # "übernimmt X für ...": the price is X's


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
