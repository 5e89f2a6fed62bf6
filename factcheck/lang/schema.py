"""What each language file may say: one model per area, each field keyed by meaning.

Every field has a default, so a language that lacks an area (or a toy language with a handful of
words) is still valid. Unknown keys are errors: a typo in a word list must not pass silently.
"""
from __future__ import annotations

from pydantic import field_validator

from factcheck.lang.area import APPROX_KINDS, Area, Hedges
from factcheck.lang.schema_dates import Dates

__all__ = ["APPROX_KINDS", "AREAS", "Area", "Dates", "Hedges"]


# --- numbers.yaml: cardinals, ordinals, scale words, hedges, percent words, currencies, units,
#     counted things. Owned by the numeric extractor.
class Numbers(Area):
    also_read: tuple[str, ...] = ()            # languages whose scale words and cues are read here too
    decimal_mark: str = "."                    # de: "1,2" is 1.2 and "1.200" is 1200
    counts_in_compounds: bool = False          # en: "a 42,000-seat stadium" counts seats; de "3-Zimmer-Wohnung" not
    day_month_dots: bool = False               # de: "4.12." is a day and month, never the number 4.12
    units_before: dict[str, str] = {}          # a unit named before the figure: "magnitude 5.9" -> magnitude
    nouns_capitalized: bool = False            # de: nouns capitalized; lower-case number words are no names
    cardinals: dict[str, int] = {}             # number words (de: compound morphemes) -> value
    cardinal_joiners: tuple[str, ...] = ()     # "und", "and": joins the parts of one numeral
    standalone_numbers: dict[str, float] = {}  # "anderthalb": a number outside the compound grammar
    compound_endings: dict[str, float] = {}    # "zweieinhalb": an ending that adds
    compound_parts: dict[str, float] = {}      # "dreiviertel": an ending that multiplies
    lone_word_needs_unit: tuple[str, ...] = () # "one": a figure only with a scale, unit or noun after it
    decimal_words: tuple[str, ...] = ()        # "Komma", "point"
    multipliers: dict[str, int] = {}           # "Dutzend", "dozen"
    fractions: dict[str, float] = {}           # after a figure ("drei Viertel"); capitalized: either case
    and_fractions: dict[str, float] = {}       # "fünf und drei Viertel"
    ratio_words: tuple[str, ...] = ()          # "1 over 3", "two out of five": a fraction
    ordinal_units: dict[str, int] = {}         # "three twenty-firsts": the ordinal closing a compound denominator
    fraction_of: tuple[str, ...] = ()          # "half a million", "two thirds of a million": fraction -> scale
    articles: tuple[str, ...] = ()             # "eine Million": the article counts one
    article_next: tuple[str, ...] = ()         # what may follow an article that counts, as written
    pronoun_numerals: dict[str, int] = {}      # "ich habe nur eine.": a form of ein, kein with no noun after it
    scales: dict[str, int] = {}                # lower-case word -> power of ten
    attached_scales: dict[str, int] = {}       # "100k", "5 Mio": as written, after the digits
    attached_after_decimals: tuple[str, ...] = ()   # en: "1.2b" but never "3b": only after a decimal figure
    hedges: Hedges = {}                        # lower-case phrase -> approx kind
    sign_words: tuple[str, ...] = ()           # "minus 3"
    range_to: tuple[str, ...] = ()             # "100 bis 300"
    range_and: tuple[str, ...] = ()            # "zwischen 5 und 10"
    range_between: tuple[str, ...] = ()
    range_from: tuple[str, ...] = ()           # en: "from 10 to 20 dollars"
    change_verbs: tuple[str, ...] = ()         # en: "rose from 5 to 7 million": a change, no range
    change_by: tuple[str, ...] = ()            # en: "raised by CHF 4 to CHF 79": a change, no range
    percent: dict[str, str] = {}               # lower-case word -> "%" or "pp"
    currencies: dict[str, str | None] = {}     # lower-case word -> ISO 4217 (None: ambiguous)
    currency_word_first: bool = False          # en: "ringgit 42", "usd 20": the currency word may come first
    scope_words: tuple[str, ...] = ()          # "€2.3bn including debt": the span takes what the amount covers
    subunit_joiners: tuple[str, ...] = ()      # "15 Dollar und 50 Cent"
    subunits: tuple[str, ...] = ()             # "Cent", "pence", as written
    minor_currencies: dict[str, str | None] = {}   # lower-case word -> ISO 4217 of the currency it is 1/100 of
    units: dict[str, str] = {}                 # lower-case physical unit word -> symbol
    clock_words: tuple[str, ...] = ()          # "18.30 Uhr"
    clock_before: tuple[str, ...] = ()         # "um 18.30"
    ordinal_before: tuple[str, ...] = ()       # "der 2. Platz"
    identifier_words: tuple[str, ...] = ()     # "Seite 12": the number names, it does not count
    street_words: tuple[str, ...] = ()         # en: "4100 Ridgeview Parkway": a house number before a street
    phone_words: tuple[str, ...] = ()          # "Telefon 05872 3190": the digits after it are a phone number
    function_words: tuple[str, ...] = ()       # never a name nor an adjective before a counted noun
    not_nouns: tuple[str, ...] = ()            # never the counted noun
    modifiers: tuple[str, ...] = ()            # adjectives before a counted noun
    adjective_endings: tuple[str, ...] = ()
    adverb_endings: tuple[str, ...] = ()
    metrics: dict[str, tuple[tuple[str, ...], ...]] = {}   # metric -> stems that must all be among the adjectives
    acronym_metrics: dict[str, tuple[str, str]] = {}       # "MAU" -> (counted thing, metric)
    time_words: tuple[str, ...] = ()           # "seit acht Jahren": a duration, no count
    time_spent_words: tuple[str, ...] = ()     # with a scale word an amount, not a duration: "12 Mrd. Stunden"
    counted: dict[str, tuple[str, ...]] = {}   # base form of a counted noun -> irregular forms it folds
    counted_things: dict[str, tuple[str, ...]] = {}   # cross-language key -> the words naming it here


    @field_validator("percent")
    @classmethod
    def _known_percent_unit(cls, percent: dict[str, str]) -> dict[str, str]:
        if set(percent.values()) - {"%", "pp"}:
            raise ValueError('a percent word means "%" or "pp"')
        return percent

    def counted_thing_words(self) -> dict[str, tuple[str, ...]]:
        """What the classifier folds units to: cross-language key ("user") -> this language's words."""
        return self.counted_things


# --- dates.yaml: in schema_dates.py (the largest area)


# --- text.yaml: abbreviations that do not end a sentence, stop words.
class Text(Area):
    abbreviations: list[str] = []                   # a dot after them ends no sentence ("ca.", "Mr.")
    ordinal_nouns: list[str] = []                   # de: "4. Dezember", "2. Platz": an ordinal's dot (prefixes)


# --- entities.yaml: descriptor nouns that introduce a name, legal forms, titles, words that are
#     never a subject. Owned by the classifier.
class Entities(Area):
    # entity kind -> lower-case nouns that introduce a name after them ("Chiphersteller Nordwerk");
    # a compound ending in one, and its inflected forms, count too
    descriptors: dict[str, list[str]] = {}
    nouns_capitalized: bool = False       # de: every noun; then capitals alone never make a name
    leader_words: list[str] = []          # "Nordwerk-Chef": the word before the hyphen is a company
    articles: list[str] = []              # de: a word after an article is a common noun ("der Stadtrat")
    legal_forms: list[str] = []           # "Acme AG", "Acme Inc."
    place_prepositions: list[str] = []    # de: "in Marbach" with no article names a place
    never_subject: list[str] = []         # function words, months, abbreviations, titles, parties
    acquisition_verbs: list[str] = []     # "übernimmt X für ...": the price is X's
    apposition_articles: list[str] = []   # "Tiktok, eine Videoplattform": the article ties a name to its noun
    copulas: list[str] = []               # "Acme ist ein Zulieferer"
    # lower-case words inside one name between two capitalized parts: "Save the Children", "Stade de France"
    name_linkers: list[str] = []
    adjective_endings: list[str] = []     # de: "der Bremer Discounter X": a word so ending before a descriptor is no part of X
    headline_verbs: list[str] = []        # "Acme kauft": the verb after a headline's name, "-t" an ending, "will" a word
    # "die neue Stadthalle", "the new gondola": an adjective before a project noun that introduces
    # a project the article follows, even where no name and no headline announces it
    new_words: list[str] = []
    # key (the same in every language) -> project nouns of this language naming that kind of
    # project, so "the new gondola" and "die neue Gondelbahn" are one subject; a compound ending
    # in one counts too ("Stadthalle" ends in "halle")
    project_kinds: dict[str, list[str]] = {}


# --- measures.yaml: what is counted, folded to one key across languages (synonyms), and the
#     metrics and scopes that make two figures not comparable. Owned by the classifier.
class Measures(Area):
    # each section: key (the same in every language) -> the phrases of this language that cue it
    verbs: dict[str, list[str]] = {}           # a counted thing a verb decides ("beschäftigt 21.000 Menschen")
    count_nouns: dict[str, list[str]] = {}     # "die Nutzerzahl liegt bei ...": counts users
    money: dict[str, list[str]] = {}           # Umsatz = revenue, Gewinn = profit, Auftragseingang = order intake
    percent: dict[str, list[str]] = {}
    percent_change: dict[str, list[str]] = {}
    dates: dict[str, list[str]] = {}           # what happens on a date (deadline, launch ...)
    durations: dict[str, list[str]] = {}
    scopes: dict[str, list[str]] = {}          # where a figure applies (US, worldwide, Germany ...)
    metrics: dict[str, list[str]] = {}         # how a count was counted (monthly active, registered, paying)
    # a period named by pointing back ("im selben Geschäftsjahr", "ended the year"): the year stated
    # last before the sentence, in its paragraph
    same_period: list[str] = []
    # a fiscal year named by its last day ("fiscal year ended Sept. 30"): that day's year, or '2023/24'
    year_ended: list[str] = []
    # words that open the next clause: a time after one of them dates that clause, not the figure before
    clause_words: list[str] = []
    # endings cut from a counted noun no list names, longest first, so that its plural and dative
    # forms make one key (de: "Punkte", "Punkten" -> punkt)
    # a figure in a sentence with one of these counts the whole ("insgesamt", "in total"): the metric
    # of the sentence before ("zahlende Abonnenten") does not carry over to it
    whole_words: list[str] = []
    # endings that make a place's name its residents ("Ortheim" -> "Ortheimer", "Londoners")
    demonym_endings: list[str] = []
    plural_endings: list[str] = []
    min_stem: int = 3                          # letters a cut noun keeps at least
    measured_things: dict[str, list[str]] = {}  # key -> unit symbols ("km": kilometre), synonyms ("Zähler": point)
    occasion_units: list[str] = []              # "drei Mal": a count of occasions counts no thing, gets no key
    # "streicht 1.200 Stellen", "hires 40,000 seasonal workers": a count of one of staff_things that one of
    # these verbs governs (nothing between them but words of one clause) counts what the verb does to the
    # staff, not the headcount: key (job_cut, hire) -> verbs
    staff_verbs: dict[str, list[str]] = {}
    staff_things: list[str] = []
    # de: a compound ending in a counted thing counts it ("Ligaspiele" games), except these words'
    # ("Haltestellen", "Tankstellen" are no jobs; "Bundesländer" no countries)
    no_compound_heads: list[str] = []


# --- change.yaml: signals that a figure changed, thresholds, forecasts. Owned by the comparison.
#     Phrases are matched case-insensitively on word starts; a trailing `*` matches any
#     continuation ("verschieb*" finds "verschiebt", "Verschiebung").
class Change(Area):
    # a figure changed ("verschoben", "risen to"): read in the later claim's sentence or the one before
    signals: tuple[str, ...] = ()
    # the old figure of a change stated in one sentence follows one of these ("von", "from")
    from_words: tuple[str, ...] = ()
    # ... unless one of these stands between: the new figure ("von Mitte Dezember auf Ende Januar")
    to_words: tuple[str, ...] = ()
    # a figure stated as a former one, whatever the sentence ("zunächst drei Mitarbeiter", "initially")
    earlier: tuple[str, ...] = ()
    # a threshold: the figure is a lower bound ("die Marke von ... überschritten", "crosses")
    threshold_before: tuple[str, ...] = ()     # right before the figure
    threshold_after: tuple[str, ...] = ()      # right after it, in the same clause
    # a forecast or target, not an actual figure ("Prognose", "expects")
    forecast: tuple[str, ...] = ()
    # what was added, not the level: in the figure or right before it ("120 neue Filialen", "additional staff")
    increment: tuple[str, ...] = ()
    # the figure's own sentence says it did not change ("still plans to cut 1,200 jobs", "weiterhin"): a
    # change word in the sentence before is about something else
    unchanged: tuple[str, ...] = ()


AREAS: dict[str, type[Area]] = {
    "numbers": Numbers,
    "dates": Dates,
    "text": Text,
    "entities": Entities,
    "measures": Measures,
    "change": Change,
}
