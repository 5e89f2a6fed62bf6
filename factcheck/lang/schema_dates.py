"""What dates.yaml may say (see schema.py): calendar words, tense cues and the words around a date."""
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from factcheck.lang.area import Area, Hedges

# --- dates.yaml: months, weekdays, seasons, time units with TIMEX letters, prepositions with
#     their modifiers, relative-time words with offsets, tense cues. Owned by the date extractor.
# "12-24": a day of the year; 1 = Monday ... 7 = Sunday
MonthDay = Annotated[str, StringConstraints(pattern=r"^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")]
IsoWeekday = Annotated[int, Field(ge=1, le=7)]


class ShapeWords(Area):
    """The words the shared date shapes read (extract/dates.py), each list where its shape reads it."""

    class UnitWord(Area):
        unit: Literal["week", "weekend", "month", "year"]
        offset: int = 0                             # "Vorjahr": -1
        part: Literal["START", "MID", "END"] | None = None  # "Jahresende": the end of it

    part_before_month: list[str] = []               # "Anfang Mai", "mid May"
    part_before_year: list[str] = []                # "Mitte 2020", "mid-2020", "end of 2000" (exact spacing)
    part_before_season: list[str] = []              # "Ende des Sommers"
    part_before_unit: list[str] = []                # "Ende des Jahres", "the end of the year"
    part_before_word: list[str] = []                # "Ende Vorjahr"
    part_articles: list[str] = []                   # "Ende des Jahres", "the end of the year"
    part_links: list[str] = []                      # en "end of the year", "middle of May"
    month_year_links: list[str] = []                # en "May of 2020"
    weekday_articles: list[str] = []                # "Montag, den 3. Mai", "Monday the 3rd"
    season_forms: list[str] = []                    # inflected seasons besides the seasons: "des Sommers"
    periods: dict[str, Literal["quarter", "half"]] = {}   # "Quartal", "Jahreshälfte", every form read
    period_year_links: list[str] = []               # "im ersten Quartal des Jahres 2020", "first quarter of 2020"
    relative_units: list[str] = []                  # every form: "letzte Woche", "Ende des Jahres", "last year"
    relative_words: list[str] = []                  # before a unit, besides the relative stems: "dies", "next"
    relative_stem_endings: list[str] = []           # de: the endings a relative stem takes ("letzte", "letzten")
    week_articles: list[str] = []                   # "Montag der kommenden Woche", "Montag in der nächsten Woche"
    day_and_week_nouns: dict[str, Literal["day", "week"]] = {}    # "dritter Tag im Oktober", "last week of May"
    last_words: list[str] = []                      # "letzter Montag im März", "last Monday of March"
    nth_month_links: list[str] = []                 # "erste Woche im Oktober", "first Monday of June"
    ago_prepositions: list[str] = []                # de "vor drei Jahren"
    ago_preposition_units: list[str] = []           # the unit forms after them: "Jahren", "Tag"
    ago_words: list[str] = []                       # en "three years ago"
    ago_word_units: list[str] = []                  # the unit forms before them: "years", "day"
    ago_halves: list[str] = []                      # en "four and a half years ago" (spaced as written)
    year_prepositions: list[str] = []               # before a year that make it one: "seit 2018", "since 2018"
    year_periods: list[str] = []                    # "Sommer 2020", "Saison 2019", "season 2019"
    year_articles: list[str] = []                   # "seit dem Jahr 2018"
    year_words: list[str] = []                      # "im Jahr 2020", "Geschäftsjahr 2019", "the year 2020"
    event_prepositions: list[str] = []              # "seit der Wende 1990": before an event, then a year
    event_articles: list[str] = []
    plural_years: list[str] = []                    # "die Jahre 2019 und 2020" (case as written)
    year_list_links: list[str] = []                 # "2019 und 2020", "2019 or 2020"
    month_nouns: list[str] = []                     # de "nächsten Monat vom 4. bis 23."
    day_range_links: list[str] = []                 # de "vom 4. bis zum 23.", "zwischen dem 4. und dem 8."
    day_endings: list[str] = []                     # after a day or ordinal number: "3ten Mai", "3rd of May"
    day_endings_after_month: list[str] = []         # en "May 3rd"
    day_month_links: list[str] = []                 # en "the 3rd of May"
    weekday_day_articles: list[str] = []            # de "Dienstag, der 25."
    day_leads: list[str] = []                       # de "am 15.", "am siebten vierten" (the word and one space)
    ordinal_date_articles: list[str] = []           # de "Donnerstag, den 7. vierten", "den siebten vierten"
    day_alone_endings: list[str] = []               # de "am 3ten", "am 21sten"
    day_word_nouns: list[str] = []                  # de "der Morgen": capitalized inside a sentence, no day (as written)
    weekday_range_openers: list[str] = []           # de "von Montag bis Freitag" (the link: weekday_range_prepositions)
    time_of_day_prepositions: list[str] = []        # "um 8:00", "at 8:00": a colon time is a clock time after them
    measures_after_decimal: list[str] = []          # de "11.5 Prozent", "11.5 km": no day and month (prefixes, as written)
    measure_words_after_decimal: list[str] = []     # de "11.5 h" (whole words, as written)
    unit_words: dict[str, UnitWord] = {}            # one word for a unit from the anchor: "Vorjahr", "heuer"
    decade_ending: str = ""                         # de "90er" (case as written)
    decade_nouns: list[str] = []                    # de "90er Jahre" (case as written)


class DurationShapeWords(Area):
    """The words the duration shapes read (extract/durations.py), each list where its shape reads it."""
    adjective_endings: list[str] = []               # de: the endings duration_adjective_stems take ("weitere")
    adjective_phrases: list[str] = []               # en "half an hour"
    halving_adjectives: list[str] = []              # de stems that halve the count: "eine halbe Stunde"
    links: list[str] = []                           # "1 Jahr und 2 Tage", "drei und eine halbe Stunde"
    half_articles: list[str] = []                   # "und eine halbe", "and a half"
    plus_halves: list[str] = []                     # "drei und eine halbe Stunde", "two and a half hours"
    whole_articles: list[str] = []                  # "den ganzen Tag", "the whole day" (one length: a look-behind)
    whole_words: list[str] = []
    half_word_articles: list[str] = []              # "ein halbes Jahr", "a half year"
    half_words: list[str] = []                      # "ein halbes Jahr", "half an hour"
    quarter_articles: list[str] = []                # de "eine Viertelstunde"
    fraction_links: list[str] = []                  # en "one and a half of a day", "half of the year": fraction, then unit
    ago: list[str] = []                             # de "vor drei Jahren" (a point in time, no duration)
    span_leads: list[str] = []                      # "seit acht Jahren", "innerhalb von zwei Wochen", "within"
    span_articles: list[str] = []                   # "in den letzten drei Jahren", "over the past five years"
    span_relatives: list[str] = []                  # "die nächsten zwei Wochen", "the last three years"
    unspoken_leads: list[str] = []                  # leads a duration leaves out ("in den", "for"): it starts at the count
    within_words: list[str] = []                    # "innerhalb", "within": at most the span
    vague_leads: list[str] = []                     # "innerhalb weniger Wochen", "over the past few years"
    vague_counts: list[str] = []                    # "weniger Wochen", "a few days": a number the text does not state


class Dates(Area):
    # -- calendar, tense and the words around a date (timex, temporal, pubdate; the date extractor)
    class NumberWords(Area):
        units: list[str] = []                       # 0, 1, 2 ... 19, by position
        tens: dict[int, str] = {}                   # 20 -> "zwanzig"
        tens_compound: str = ""                     # "{unit}und{tens}": 21 ... 99
        unit_in_compound: dict[int, str] = {}       # de: "ein" in "einundzwanzig"
        one: list[str] = []                         # articles that count one: "eine Woche"
        and_a_half: str = ""                        # "{unit}einhalb": 2.5 ... 9.5
        words: dict[str, float] = {}                # the rest: "dutzend", "anderthalb"
        before_ago: list[str] = []                  # en: besides units and tens, "a dozen years ago"

    class Ordinals(Area):
        stems: dict[int, str] = {}                  # each stem takes every one of endings
        endings: list[str] = []
        words: dict[str, int] = {}

    class Participle(Area):
        prefix: str
        endings: list[str]
        min_length: int = 0
        inseparable_prefixes: list[str] = []        # de: "verabschiedet", "beschlossen" take no "ge-"
        inseparable_min_length: int = 0             # longer than "bekannt", "bereit", which are adjectives

    class Tense(Area):
        past: list[str] = []                        # finite verbs that put a clause in the past
        reporting: list[str] = []                   # they date the statement: past unless "about"
        about: list[str] = []                       # "sprach von ...": what a reporting verb is about
        future: list[str] = []
        perfect_auxiliaries: list[str] = []         # with a participle, a past: "hat ... gekauft"
        passive_auxiliaries: list[str] = []         # en "would be completed": the participle after one is no past
        postponement: list[str] = []                # "postponed ... to Aug. 1": the date after a target word is a plan
        postponement_targets: list[str] = []        # "to", "auf"
        pluperfect_auxiliaries: list[str] = []      # with a participle, a time before: "hatte ... gefordert"
        participle: Participle | None = None
        past_endings: list[str] = []                # de "-ierte" (präsentierte), en "-ed" (agreed)
        not_past: list[str] = []                    # words with such an ending that are no past ("need")
        separable_prefixes: list[str] = []          # de: "mitteilte" is "mit" + "teilte"

    class Anaphora(Area):
        units: dict[str, Literal["day", "week", "month", "year"]] = {}   # every form: "tag", "tage", "tagen"
        after: list[str] = []                       # "zwei Tage später"
        before: list[str] = []                      # "zwei Jahre zuvor"
        which: dict[str, Literal["same", "next", "previous"]] = {}    # "am selben Tag", "im folgenden Jahr"
        half: list[str] = []                        # "ein halbes Jahr später"
        few: list[str] = []                         # "wenige Tage später": FUTURE_REF
        plurals: list[str] = []                     # forms of units that name several ("in den folgenden Tagen")
        day_after: list[str] = []                   # "am Tag darauf"
        comparisons: list[str] = []                 # "sechs Wochen später als geplant": a delay, no date

    class PublicationLabels(Area):
        published: list[str] = []                   # "Veröffentlicht am: 24.08.2020"
        published_before_colon: list[str] = []      # "Datum: ..." (a colon must follow)
        updated: list[str] = []
        articles: list[str] = []                    # "Veröffentlicht am den ..."
        header: list[str] = []                      # "date 2024-05-14" opening the text

    months: dict[str, int] = {}                     # every spelling, abbreviations included -> 1 ... 12
    abbreviated_months: list[str] = []
    capital_only_months: list[str] = []             # en: "may", "march" are also verbs
    weekdays: dict[str, int] = {}                   # 1 = Monday
    weekday_abbreviations: dict[str, int] = {}
    seasons: dict[str, Literal["SP", "SU", "FA", "WI"]] = {}
    lower_case_seasons: list[str] = []              # en: "Fall" capitalized is a German noun, unless a year follows
    part_modifiers: dict[str, Literal["START", "MID", "END"]] = {}
    number_words: NumberWords = NumberWords()
    spelling_variants: dict[str, str] = {}          # de: "ß" is also written "ss"
    ordinals: Ordinals = Ordinals()
    tense: Tense = Tense()
    prepositions: dict[str, Literal["BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE"]] = {}
    preposition_extensions: dict[str, list[str]] = {}   # "bis zum", "bis Ende"
    preposition_articles: list[str] = []
    weekday_range_prepositions: list[str] = []      # "von Montag bis Freitag": a range, no deadline
    range_openers: list[str] = []                   # "vom 13. bis 15. Juli"
    range_opener_articles: list[str] = []
    range_links: list[str] = []
    range_link_articles: list[str] = []
    day_number_endings: list[str] = []              # "13ten", "14th"
    clock_prepositions: list[str] = []              # "am 4. Mai um 14 Uhr"
    clock_suffixes: list[str] = []
    publication_labels: PublicationLabels = PublicationLabels()
    duration_compounds: dict[str, Literal["day", "week", "month", "year", "hour", "minute"]] = {}  # "-monatig"
    anaphora: Anaphora = Anaphora()                 # dates that count from the last one the text stated
    date_links: list[str] = []                      # "im Juni und Juli 1944": the first takes the year of the second
    # bare years: "2019 schloss die Kette" (a year) against "2000 neue Stellen" (a count)
    year_followers: list[str] = []                  # words that go on after a year, never after a count
    count_hedges: list[str] = []                    # "rund 2000": a count
    count_prepositions: list[str] = []              # "auf 2000 gestiegen", "vor 2000 Zuschauern": a count
    hedge_links: list[str] = []                     # "mehr als 500": the word between a hedge and its number
    # words before a bare month, season or year that make it a time ("im April", "seit 2018", "since May"),
    # and the articles that may follow them ("seit dem Herbst")
    time_prepositions: list[str] = []
    time_preposition_articles: list[str] = []
    # the unit forms of durations that take a shape of their own: "den ganzen Tag" (whole), "ein halbes Jahr"
    # (half), "innerhalb weniger Wochen" (vague: a number the text does not state)
    whole_duration_units: list[str] = []
    half_duration_units: list[str] = []
    vague_duration_units: list[str] = []
    quarter_word: str = ""                          # de "viertel": "dreiviertel Stunden", "eine Viertelstunde"
    quarter_hour_units: list[str] = []              # the hour a quarter counts in: "Stunde", "Stunden"
    before_christ: list[str] = []                   # "499 v. Chr."
    century_words: list[str] = []                   # "des 20. Jahrhunderts" -> 19
    year_nouns: list[str] = []                      # endings of words before a year: "Kriegsjahr 1916"
    # "am Mittwochabend", "Dienstagfrühmorgens": the part of the day a weekday may take on (TIMEX3 letters)
    day_parts: dict[str, Literal["MO", "MI", "AF", "EV", "NI"]] = {}
    day_part_ending: str = ""                       # de: "-s" makes the adverb ("Mittwochabends")
    season_articles: list[str] = []                 # "das Frühjahr", "den Sommer": a definite season
    # named days: a fixed day ("heiligabend": "12-24"), days from Easter Sunday ("pfingstmontag": 50), or
    # a weekday (1 = Monday) on or after a day ("erntedankfest": ["10-01", 7], the first Sunday of October)
    holidays: dict[str, MonthDay] = {}
    easter_holidays: dict[str, int] = {}
    year_links: list[str] = []                      # "Allerheiligen im Jahr 2020": the year of the day before
    weekday_holidays: dict[str, tuple[MonthDay, IsoWeekday]] = {}
    # "Kinder bis 16 Jahre", "Jugendliche unter 18 Jahren", "40 Jahre alt": an age, no duration
    age_groups: list[str] = []                      # who has the age (stems: "Jugendlich" for "Jugendliche")
    age_prepositions: list[str] = []                # the limit between the group and the age
    age_adjectives: list[str] = []                  # after the years: "alt"
    # -- the English-dates helper's fields follow here
    # --- English surface forms (dates-en); other date words go above this line
    # words that open an interval and the words that link its two ends ("from 2010 to 2018")
    interval_openers: tuple[str, ...] = ()
    interval_links: tuple[str, ...] = ()
    interval_paired_links: tuple[str, ...] = ()     # links that need one of the next openers: "and"
    interval_and_openers: tuple[str, ...] = ()      # "between 2007 and 2009"
    # "pushed back from mid-December to late January": before "from", the two dates are the old and the
    # new one, each a point as said, not the ends of one interval
    interval_change_words: tuple[str, ...] = ()
    # "between Jan 2019 and now", "from March to date": words that end (or open) an interval at the anchor
    # day; alone ("the best result to date") they are no date
    interval_now_words: tuple[str, ...] = ()
    # "for 3 days, from today", "2 weeks starting May 20th": words between a span and the day it starts on;
    # the two are an interval from that day to the day the span ends
    span_start_words: tuple[str, ...] = ()
    # "in two years since 2011": words between a span and the year it is counted from (a day: 2013-01-01)
    span_since_words: tuple[str, ...] = ()
    # phrases that name a day by its distance from the anchor ("the day after tomorrow": 2)
    day_phrases: dict[str, int] = {}
    # words before a weekday, week, month or quarter and the calendar step they mean ("next": 1)
    relative_steps: dict[str, int] = {}
    # de: the same by stem, whatever the ending ("vorletzten" -> -2, "kommende" -> 1)
    relative_stems: dict[str, int] = {}
    # words after a span that count it forward or back from the anchor ("from now": 1, "ago": -1)
    span_directions: dict[str, int] = {}
    # calendar units after "next", "last" ... and their abbreviations ("yr": year, "qtr": quarter)
    calendar_units: dict[str, Literal["week", "weekend", "month", "quarter", "year"]] = {}
    # words before a numeric day that make "4/22" a date ("on 4/22"), besides steps and interval words
    day_prepositions: tuple[str, ...] = ()
    # "the end of 2000", "the middle of September": the part of the year or month each word names
    part_of_phrases: dict[str, Literal["START", "MID", "END"]] = {}
    # "this past Wednesday", "this upcoming Friday": the side of the anchor each word after "this" names
    this_sides: dict[str, Literal[-1, 1]] = {}
    # durations: every form of a unit word -> year, month, week, day, hour, minute, second, decade,
    # century, fortnight or night
    duration_units: dict[str, str] = {}
    duration_fractions: dict[str, float] = {}       # "an hour and a half": half -> 0.5
    duration_counts: dict[str, float] = {}          # "a couple of days": 2
    duration_adjectives: tuple[str, ...] = ()       # "two additional weeks"
    whole_units: dict[str, float] = {}              # "all day" 1, "half an hour" 0.5
    span_leads: tuple[str, ...] = ()                # "within two years", "over the past five years"
    span_positions: tuple[str, ...] = ()            # "the 5 upcoming years", "10 previous weeks"
    # "later than 2018", "2012 or after": the side of the year each phrase names
    year_comparisons: dict[str, Literal["BEFORE", "AFTER"]] = {}
    year_or: dict[str, Literal["BEFORE", "AFTER"]] = {}
    # words after "a second" that keep it a duration; any other word makes it the ordinal ("a second quake")
    second_followers: tuple[str, ...] = ()
    # "once a month", "three times a year": before "a" and a unit they make it a rate, no duration
    # (as a figure does: "€12.99 a month")
    frequency_words: tuple[str, ...] = ()
    # the day a calendar week begins on (1 Monday ... 7 Sunday): "Monday two weeks from now" is the Monday
    # of that week
    first_weekday: int = 1
    # "for the weekend", "over weekend": the words a bare "weekend" may follow as this weekend; after any
    # other word it belongs to that word ("labor day weekend"), and "the weekend of ..." to what follows
    weekend_leads: tuple[str, ...] = ()
    # years in words: "nineteen seventy two", "two thousand and five"; the words besides the cardinals
    # (thousand 1000, hundred 100, "oh" 0) and the words that may join their parts ("and")
    spelled_year_words: dict[str, int] = {}
    spelled_year_joiners: tuple[str, ...] = ()
    # -- durations and counts around a year (durations, dates; the date extractor)
    # "rund drei Jahre", "nearly two weeks": the hedge before a duration -> approx kind
    duration_hedges: Hedges = {}
    # "eine knappe Woche", "a full year": stems of the adjectives between a number and its time unit
    duration_adjective_stems: tuple[str, ...] = ()
    # de "drei viertel Stunden", "dreiviertelstündig": a number word that counts quarters of an hour
    quarter_counts: dict[str, float] = {}
    # "2019 Millionen", "2000 Zuschauer": a unit, scale word or counted noun after a number makes it no year
    # (a prefix: "Zuschauer" also stands for "Zuschauern")
    counted_after: tuple[str, ...] = ()
    # "heute", "gestern", "tomorrow": a day named by its distance in days from the anchor
    day_words: dict[str, int] = {}
    # "Wochenende", "Jahren", "weeks": the stem of a calendar unit word -> the unit
    unit_stems: dict[str, Literal["day", "week", "weekend", "month", "year", "decade"]] = {}
    shapes: ShapeWords = ShapeWords()               # the words of the shared date shapes
    duration_shapes: DurationShapeWords = DurationShapeWords()
