"""Date expressions -> Mentions of kind date with TIMEX3 values (calendar, vague and relative).

The handlers live by job in dates_calendar (calendar forms) and dates_relative (forms counted from the
anchor), their shared shapes in dates_shapes; this module holds the pattern table that wires them.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from factcheck import lang
from factcheck.extract import timex as tx
from factcheck.extract.dates_calendar import (  # noqa: F401 (the handlers are read as dates.<name> too)
    _year_counts_something, day_month, decade, month_day, month_name, numeric_day_month_slash, numeric_dm,
    numeric_dmy, numeric_month_year, numeric_ymd, part_of_year, q_quarter, quarter, season, year)
from factcheck.extract.dates_relative import (  # noqa: F401
    _DAY_WORDS, _UNIT_WORDS, _month_days, ago, clock_time, day_alone, day_word, days_of_month_range, nth_in_month,
    ordinal_day_month, relative_unit, single_word_relative, weekday, weekday_and_day)
from factcheck.extract.dates_holidays import PATTERNS as _HOLIDAYS
from factcheck.extract.dates_shapes import (  # noqa: F401
    _COUNTED_AFTER, _MON, _MON_FULL, _NOT_IN_NUMBER, _NUMBER_GOES_ON, _REL, REL_WORDS, _WEEKDAY, _WEEKDAY_ABBR, _YEAR,
    _YEAR_2, KIND, _mention, _month_ok, _preceded_by_time_word, _ymd, rel_offset)
from factcheck.extract.mention import Mention
from factcheck.extract.word_regex import phrases

# ---------------------------------------------------------------- the table

Handler = Callable[[re.Match, str, tx.Anchor], "Mention | list[Mention] | None"]
_WORD = r"[^\W\d_]++"                      # a long alternation is slow: handlers check the word
_I = re.I
NUM = "#"                                    # any token that begins with a digit
_W_REL = set(REL_WORDS)


def _shape_words(field: str) -> set[str]:
    """The words every language gives a shape (dates.yaml: shapes)."""
    return {word for code in lang.codes() for word in getattr(lang.get(code).dates.shapes, field)}


def _guard_words(words) -> str:
    """A guard of the words as the guard text shows them: lower case."""
    return tx.trie_regex({word.lower() for word in words})


# "Anfang Mai", "mid-2020", "Ende des Sommers", "the end of the year", "Ende Vorjahr": the part words of each shape
_PART_MONTH, _PART_YEAR, _PART_SEASON, _PART_UNIT, _PART_WORD = (tx.alternation(_shape_words(f"part_before_{what}"))
                                                                 for what in ("month", "year", "season", "unit", "word"))
_PART_ARTICLE = tx.alternation(_shape_words("part_articles"))
_PART_LINK = tx.alternation(_shape_words("part_links"))
_W_PART = {word.split()[0].rstrip("-").lower() for what in ("month", "year", "season", "unit", "word")
           for word in _shape_words(f"part_before_{what}")}
_WEEKDAY_ARTICLE = tx.alternation(_shape_words("weekday_articles"))
_W_WEEKDAY, _W_MONTH, _W_ORDINAL = set(tx.WEEKDAYS), set(tx.MONTHS), set(tx.ORDINALS)
# "Mittwochabend": the part of the day a weekday takes on (the date stays the day)
_DAY_PART = tx.alternation(tx.DAY_PART_SUFFIXES) if tx.DAY_PART_SUFFIXES else "(?!)"
_W_MONTH_IM = {m for m in tx.MONTHS if m not in tx.ABBREVIATED_MONTHS}
_W_SEASON = set(tx.SEASONS) | _shape_words("season_forms")          # "des Sommers"
# "im ersten Quartal", "the second half": the ordinals a quarter or half takes (1 ... 4)
_W_QUARTER = {word for word, number in tx.ORDINALS.items() if number <= 4}
_PERIOD = tx.alternation(_shape_words("periods"))                 # "Quartal", "Jahreshälfte", "half"
_PERIOD_YEAR_LINK = phrases(_shape_words("period_year_links"))
_RELATIVE_UNIT = tx.alternation(_shape_words("relative_units"))
# "die 90er", "die 1990er Jahre"
_DECADE_ENDINGS = {lang.get(code).dates.shapes.decade_ending for code in lang.codes()} - {""}
_DECADE_ENDING = tx.alternation(_DECADE_ENDINGS)
_DECADE_NOUN = tx.alternation(_shape_words("decade_nouns"))
# "Montag der kommenden Woche", "letzter Montag im März", "the first week of May"
_WEEK_ARTICLE = tx.alternation(_shape_words("week_articles"))
_WEEK_NOUN = tx.alternation(word for code in lang.codes()
                            for word, what in lang.get(code).dates.shapes.day_and_week_nouns.items() if what == "week")
_DAY_OR_WEEK = tx.alternation(_shape_words("day_and_week_nouns"))
_W_NTH = {word for word, number in tx.ORDINALS.items() if number <= 5} | _shape_words("last_words")
_NTH = tx.alternation(_W_NTH)               # the fifth Monday is the last a month can have
_NTH_MONTH_LINKS = _shape_words("nth_month_links")
# "vor drei Jahren", "three and a half years ago"
_AGO_PREPOSITIONS = _shape_words("ago_prepositions")
_AGO_PREPOSITION_UNIT = tx.alternation(_shape_words("ago_preposition_units"))
_AGO_WORD_UNIT = tx.alternation(_shape_words("ago_word_units"))
_AGO_HALVES = _shape_words("ago_halves")
# "nächsten Monat vom 4. bis zum 23.", "14:30 Uhr"
_MONTH_NOUNS = _shape_words("month_nouns")
_RANGE_OPENERS = {word for code in lang.codes() for word in lang.get(code).dates.range_openers}
_RANGE_OPENER_ARTICLES = {word for code in lang.codes() for word in lang.get(code).dates.range_opener_articles}
_DAY_RANGE_LINKS = _shape_words("day_range_links")
_CLOCK_SUFFIXES = {word for code in lang.codes() for word in lang.get(code).dates.clock_suffixes}
_CLOCK_SUFFIX = tx.alternation(_CLOCK_SUFFIXES)
# "3ten Mai", "am 15.", "Dienstag, der 25.", "den siebten vierten"
_DAY_ENDING = rf"(?:\.|{tx.alternation(_shape_words('day_endings'))})"
_DAY_MONTH_LINK = tx.alternation(_shape_words("day_month_links"))
_WEEKDAY_DAY_ARTICLES = _shape_words("weekday_day_articles")
_DAY_LEADS = _shape_words("day_leads")
_ORDINAL_DATE_ARTICLES = _shape_words("ordinal_date_articles")
_DAY_ALONE_ENDINGS = _shape_words("day_alone_endings")
_WB = r"\b"


def _after(words, boundary: str = "") -> str:
    """Right after one of the words and a space ("am 15."): look-behinds, one a word (each of fixed width)."""
    return "|".join(f"(?<={boundary}{re.escape(word)} )" for word in sorted(words))


# ---------------------------------------------------------------- guards
# A guard says what the text must show at a lead for its pattern to find anything there. Guards read
# the guard text of temporal: lower case, Latin-1 (a letter beyond it reads "_", a digit "0"), every
# white space a space and every other character beyond Latin-1 a space too. Every match of a pattern
# matches its guard there; a guard needs no re.I and no Unicode tables, so temporal runs the guards of a
# lead as one regex and tries the patterns only where it matches: most leads ("von", "ein", "2015") then
# cost one match. None: no guard.
_G_CHAR = "[0-9a-zªµºß-öø-ÿ_²³¹¼-¾]"                # a word character
_G_LETTERS = "[a-zªµºß-öø-ÿ_]++"                     # a word of letters
_G_WORD = f"{_G_CHAR}++"
# a word that begins like a month or weekday name: the first letters compile far faster than all the
# names (every lead compiles its guards), and a guard may match more than its pattern does
_G_MONTH = rf"{tx.trie_regex({month[:3] for month in tx.MONTHS})}{_G_CHAR}*+\.?(?!{_G_CHAR})"
_G_WEEKDAY = f"{tx.trie_regex({day[:4] for day in tx.WEEKDAYS})}{_G_CHAR}*+"
_G_YEAR = "(?:1[0-9]|20)[0-9][0-9]"
_G_NOT_IN_NUMBER = "(?<![.,/:-])"                    # a lead follows no word character anyway
_G_ORDINAL_END = rf"(?:\.|{_guard_words(_shape_words('day_endings'))})"

# (pattern, handler, the tokens a match can begin with, guard)
PATTERNS: list[tuple[re.Pattern, Handler, set[str], str | None]] = [
    (re.compile(rf"{_NOT_IN_NUMBER}(?P<d>[0-3]?\d)\.[ ]?(?P<m>[01]?\d)\.[ ]?(?P<y>\d{{4}}|\d{{2}}){_NUMBER_GOES_ON}"),
     numeric_dmy, {NUM}, rf"{_G_NOT_IN_NUMBER}[0-9][0-9]?\. ?[0-9][0-9]?\. ?[0-9][0-9]"),
    (re.compile(rf"{_NOT_IN_NUMBER}(?P<d>[0-3]?\d)\.[ ]?(?P<m>[01]?\d)(?P<dot>\.)?(?![\w]|[.,:]?\d)"), numeric_dm,
     {NUM}, rf"{_G_NOT_IN_NUMBER}[0-9][0-9]?\. ?[0-9][0-9]?\.?(?!{_G_CHAR}|[.,:]?[0-9])"),
    (re.compile(rf"{_NOT_IN_NUMBER}(?P<y>{_YEAR})(?P<s>[-/.])(?P<m>[01]?\d)(?P=s)(?P<d>[0-3]?\d){_NUMBER_GOES_ON}"),
     numeric_ymd, {NUM}, rf"{_G_NOT_IN_NUMBER}{_G_YEAR}[-/.][0-9][0-9]?[-/.][0-9]"),
    (re.compile(rf"{_NOT_IN_NUMBER}(?P<d>[0-3]?\d)(?P<s>[/-])(?P<m>[01]?\d)(?P=s)(?P<y>\d{{4}}|\d{{2}}){_NUMBER_GOES_ON}"),
     lambda m, text, anchor: _ymd(m, text, anchor, tx.year_value(m["y"]), int(m["m"]), int(m["d"])), {NUM},
     rf"{_G_NOT_IN_NUMBER}[0-9][0-9]?[/-][0-9][0-9]?[/-][0-9][0-9]"),
    (re.compile(rf"{_NOT_IN_NUMBER}(?:(?P<y1>{_YEAR})\s{{0,2}}(?P<s1>[-/.])\s{{0,2}}(?P<m1>0[1-9]|1[0-2])"
                rf"|(?P<m2>0[1-9]|1[0-2])\s{{0,2}}(?P<s2>[-/.])\s{{0,2}}(?P<y2>{_YEAR})){_NUMBER_GOES_ON}"),
     numeric_month_year, {NUM},
     rf"{_G_NOT_IN_NUMBER}(?:{_G_YEAR} {{0,2}}[-/.] {{0,2}}(?:0[1-9]|1[0-2])|(?:0[1-9]|1[0-2]) {{0,2}}[-/.] {{0,2}}{_G_YEAR})"),
    (re.compile(rf"{_NOT_IN_NUMBER}(?P<d>[0-3]?\d)/(?P<m>[01]?\d)(?![\w]|[.,/:-]?\d)"), numeric_day_month_slash, {NUM},
     rf"{_G_NOT_IN_NUMBER}[0-9][0-9]?/[0-9][0-9]?(?!{_G_CHAR}|[.,/:-]?[0-9])"),
    (re.compile(rf"(?:\b(?P<wd>{_WEEKDAY}|{_WEEKDAY_ABBR}\.?),?\s+(?:{_WEEKDAY_ARTICLE}\s+)?)?"
                rf"(?:{_NOT_IN_NUMBER}(?P<dd>[0-3]?\d){_DAY_ENDING}?\s?|\b(?P<dw>{_WORD})\s+)"
                rf"(?:{_DAY_MONTH_LINK}\s+)?(?P<mon>{_MON})(?:\s*,?\s*(?P<y>{_YEAR}|{_YEAR_2}))?(?!\d)", _I), day_month,
     {NUM} | _W_WEEKDAY | _W_ORDINAL,
     rf"(?:{_G_LETTERS}\.?,? +(?:{_guard_words(_shape_words('weekday_articles'))} +)?)?(?:[0-9][0-9]?{_G_ORDINAL_END}? ?|{_G_LETTERS} +)"
     rf"(?:{_guard_words(_shape_words('day_month_links'))} +)?{_G_MONTH}"),
    (re.compile(rf"(?:\b(?P<wd>{_WEEKDAY}|{_WEEKDAY_ABBR}\.?),?\s+)?\b(?P<mon>{_MON})[\s-]?(?P<dd>[0-3]?\d)"
                rf"{tx.alternation(_shape_words('day_endings_after_month'))}?(?:,?[\s-]+(?P<y>{_YEAR}))?(?![\w]|[.,:]\d)",
                _I), month_day,
     _W_WEEKDAY | _W_MONTH, rf"(?:{_G_LETTERS}\.?,? +)?{_G_MONTH}[ -]?[0-9]"),
    (re.compile(rf"(?:\b(?P<rel>{_REL})\s+)?(?:\b(?P<part>{_PART_MONTH})[\s-]+(?:{_PART_LINK}\s+)?)?\b(?P<mon>{_MON})"
                rf"(?:\s+(?:{tx.alternation(_shape_words('month_year_links'))}\s+)?(?P<y>{_YEAR}|{_YEAR_2}))?(?!\d)", _I),
     month_name, _W_REL | _W_PART | _W_MONTH,
     rf"(?:{_G_LETTERS} +)?(?:{_G_LETTERS}[ -]+(?:{_guard_words(_shape_words('part_links'))} +)?)?{_G_MONTH}"),
    (re.compile(rf"{_NOT_IN_NUMBER}(?P<y>{_YEAR})(?![\w]|[.,/]\d)"), year, {NUM},
     rf"{_G_NOT_IN_NUMBER}{_G_YEAR}(?!{_G_CHAR}|[.,/][0-9])"),
    (re.compile(rf"\b(?P<part>{_PART_YEAR})\s*(?P<y>{_YEAR})(?![\w]|[.,/]\d)",
                _I), part_of_year, _W_PART, rf"{_guard_words(_shape_words('part_before_year'))} *{_G_YEAR}"),
    (re.compile(rf"(?<![\w.,])(?P<dec>(?:1[89]|20)\d0|\d0){_DECADE_ENDING}(?:(?<=\d\d\d0{_DECADE_ENDING})"
                rf"|[ -]?{_DECADE_NOUN})(?:[ -]?{_DECADE_NOUN})?\b"),
     decade, {NUM}, f"(?<![.,])[0-9][0-9](?:[0-9][0-9])?{_guard_words(_DECADE_ENDINGS)}"),
    (re.compile(rf"(?:\b(?P<part>{_PART_SEASON})\s+(?:{_PART_ARTICLE}\s+)?)?(?:\b(?P<rel>{_REL})\s+)?"
                rf"\b(?P<season>{tx.alternation(_W_SEASON)})(?:\s+(?P<y>{_YEAR}))?(?![\wäöü])", _I), season, _W_PART | _W_REL | _W_SEASON,
     rf"(?:{_G_LETTERS} +(?:{_guard_words(_shape_words('part_articles'))} +)?)?(?:{_G_LETTERS} +)?"
     rf"{_guard_words(tx.SEASONS)}"),
    (re.compile(rf"(?:\b(?P<rel>{_REL})\s+)?(?:(?P<ord>\b{tx.alternation(_W_QUARTER)}"
                rf"|(?<![\w.])[1-4]{_DAY_ENDING})\s+)?\b(?P<q>{_PERIOD})"
                rf"(?:\s+(?:{_PERIOD_YEAR_LINK}\s+)?(?P<y>{_YEAR}))?"
                rf"(?![\wäöü])", _I), quarter, _W_REL | _W_QUARTER | {NUM},
     rf"(?:{_G_LETTERS} +)?(?:(?:{_G_LETTERS}|[0-9]{_G_ORDINAL_END}) +)?{_guard_words(_shape_words('periods'))}"),
    (re.compile(rf"\bQ(?P<qn>[1-4])(?:\s*[/-]?\s*(?P<y>{_YEAR}|\d{{2}}))?(?![\w]|[.,]\d)"), q_quarter,
     {"q1", "q2", "q3", "q4"}, None),
    (re.compile(rf"(?:\b(?P<part>{_PART_UNIT})(?:\s+{_PART_LINK})?\s+"
                rf"(?P<det>{_PART_ARTICLE})?\s*)?(?:\b(?P<rel>{_REL})\s+)?\b(?P<unit>{_RELATIVE_UNIT})(?![\wäöü])"
                rf"(?:\s+(?P<y>{_YEAR})(?![\w]|[.,/]\d))?", _I), relative_unit,
     _W_PART | _W_REL,
     rf"(?:{_G_LETTERS}(?: +{_guard_words(_shape_words('part_links'))})? +"
     rf"(?:{_guard_words(_shape_words('part_articles'))})? *)?(?:{_G_LETTERS} +)?"
     rf"{_guard_words(_shape_words('relative_units'))}"),
    (re.compile(rf"(?:\b(?P<part>{_PART_WORD})\s+(?:{_PART_ARTICLE}\s+)?)?\b(?P<w>{tx.alternation(_UNIT_WORDS)})"
                rf"(?![\wäöü])", _I), single_word_relative, _W_PART | set(_UNIT_WORDS),
     rf"(?:{_G_LETTERS} +(?:{_guard_words(_shape_words('part_articles'))} +)?)?{_guard_words(_UNIT_WORDS)}"),
    (re.compile(rf"\b{tx.alternation(_DAY_WORDS)}(?![\wäöü])", _I), day_word, set(_DAY_WORDS), None),
    (re.compile(rf"(?:\b(?P<rel>{_REL})\s+)?\b(?P<wd>{_WEEKDAY})(?:{_DAY_PART})?(?![\wäöü])(?P<wweek>\s+(?:{_WEEK_ARTICLE}\s+)?"
                rf"(?P<wrel>{_REL})?\s*{_WEEK_NOUN}(?![\wäöü]))?", _I), weekday, _W_REL | _W_WEEKDAY | tx.WEEKDAY_WITH_PART,
     rf"(?:{_G_LETTERS} +)?{_G_WEEKDAY}"),
    (re.compile(rf"\b{tx.alternation(_AGO_PREPOSITIONS)}\s+(?P<n>\d+|{_WORD})\s+(?P<unit>{_AGO_PREPOSITION_UNIT})"
                rf"(?![\wäöü])", _I), ago, _AGO_PREPOSITIONS,
     rf"{_guard_words(_AGO_PREPOSITIONS)} +{_G_WORD} +{_guard_words(_shape_words('ago_preposition_units'))}"),
    (re.compile(rf"\b(?P<n>\d+|{_WORD})(?P<half>\s+{phrases(_AGO_HALVES)})?\s+(?P<unit>{_AGO_WORD_UNIT})\s+"
                rf"{tx.alternation(_shape_words('ago_words'))}\b", _I), ago, {NUM} | tx.ENGLISH_CARDINALS,
     rf"{_G_WORD} +(?:{_guard_words(_AGO_HALVES)} +)?{_guard_words(_shape_words('ago_word_units'))}"),
    (re.compile(rf"\b(?P<wd>{_WEEKDAY}),?\s+{tx.alternation(_WEEKDAY_DAY_ARTICLES)}\s+(?P<d>[0-3]?\d)\b\.?"
                rf"(?!\.?\s*(?:\d|{_MON}))", _I),
     weekday_and_day, _W_WEEKDAY, rf"{_G_LETTERS},? +{_guard_words(_WEEKDAY_DAY_ARTICLES)} +[0-9]"),
    (re.compile(rf"(?:{_after(_DAY_LEADS, _WB)})(?P<d>[0-3]?\d)(?:\.|{tx.alternation(_DAY_ALONE_ENDINGS)})"
                rf"(?![\w.]|\s*(?:\d|[A-ZÄÖÜ]|{_MON}))"), day_alone, {NUM},
     rf"(?:{_after(_DAY_LEADS)})[0-9][0-9]?(?:\.|{_guard_words(_DAY_ALONE_ENDINGS)})"),
    (re.compile(rf"(?:\b(?P<wd>{_WEEKDAY}),?\s+(?:{tx.alternation(_ORDINAL_DATE_ARTICLES)}\s+)?"
                rf"|{_after(_DAY_LEADS | _ORDINAL_DATE_ARTICLES, _WB)})(?P<d>{_WORD}|[0-3]?\d\.)\s+"
                rf"(?P<m>{_WORD}|[01]?\d\.)(?:\s+(?P<y>{_YEAR}))?(?![\wäöü])", _I),
     ordinal_day_month, _W_WEEKDAY | _W_ORDINAL | {NUM},
     rf"(?:{_G_WEEKDAY},? +(?:{_guard_words(_ORDINAL_DATE_ARTICLES)} +)?|{_after(_DAY_LEADS | _ORDINAL_DATE_ARTICLES)})"
     rf"{_G_WORD}\.? +{_G_CHAR}"),
    (re.compile(rf"\b(?P<n>{_NTH})\s+(?P<what>{_WEEKDAY}|{_DAY_OR_WEEK})\s+{tx.alternation(_NTH_MONTH_LINKS)}\s+"
                rf"(?P<mon>{_MON_FULL})(?:\s+(?P<y>{_YEAR}))?(?!\d)", _I), nth_in_month, _W_NTH,
     rf"{_G_LETTERS} +{_G_LETTERS} +{_guard_words(_NTH_MONTH_LINKS)} +{_G_MONTH}"),
    (re.compile(rf"(?:\b(?P<rel>{_REL})\s+{tx.alternation(_MONTH_NOUNS)}\s+|\b(?P<mon>{_MON_FULL})\s+)?"
                rf"\b{tx.alternation(_RANGE_OPENERS)}\s+(?:{tx.alternation(_RANGE_OPENER_ARTICLES)}\s+)?"
                rf"(?P<d1>[0-3]?\d)\.\s*(?:{phrases(_DAY_RANGE_LINKS)}|-|–)\s*(?P<d2>[0-3]?\d)\."
                rf"(?!\s*(?:\d|{_MON}))", _I), days_of_month_range,
     _W_REL | _W_MONTH_IM | _RANGE_OPENERS,
     rf"(?:{_G_LETTERS} +(?:{_guard_words(_MONTH_NOUNS)} +)?)?{_guard_words(_RANGE_OPENERS)} +"
     rf"(?:{_guard_words(_RANGE_OPENER_ARTICLES)} +)?[0-9][0-9]?\. *"
     rf"(?:{_guard_words(link.split()[0] for link in _DAY_RANGE_LINKS)}|-|[0-9])"),
    # the guard knows that clock_time keeps a time only with "Uhr" or a colon
    (re.compile(rf"(?<![\w.,:])(?P<h>[0-2]?\d)(?:(?P<sep>[:.])(?P<mi>[0-5]\d))?(?P<suffix>\s*{_CLOCK_SUFFIX}\b)?"
                rf"(?![\w]|[.,:]\d)", _I), clock_time, {NUM},
     rf"(?<![.,:])(?:[0-9][0-9]?(?:[:.][0-9][0-9])? *{_guard_words(_CLOCK_SUFFIXES)}|[0-9][0-9]?:[0-9][0-9])"),
] + _HOLIDAYS
