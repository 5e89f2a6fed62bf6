"""Durations ("seit acht Jahren", "eine weitere Woche", "anderthalb Stunden") -> TIMEX3 P... values."""
from __future__ import annotations

import os
import re

from factcheck import lang
from factcheck.extract import timex as tx
from factcheck.extract.mention import Mention
from factcheck.extract.word_regex import phrases

KIND = "duration"
_DATES = [lang.get(code).dates for code in lang.codes()]

# a unit of the language data -> (TIMEX3 letter, time part?, contract unit, seconds, how many of the contract unit)
_UNIT_VALUES = {
    "century": ("Y", False, "year", 100 * 365 * 86400.0, 100), "decade": ("Y", False, "year", 10 * 365 * 86400.0, 10),
    "year": ("Y", False, "year", 365 * 86400.0, 1), "month": ("M", False, "month", 30 * 86400.0, 1),
    "week": ("W", False, "week", 7 * 86400.0, 1), "day": ("D", False, "day", 86400.0, 1),
    "hour": ("H", True, "hour", 3600.0, 1), "minute": ("M", True, "minute", 60.0, 1),
    "second": ("S", True, "second", 1.0, 1),
}
# every form of a unit word in every language (dates.yaml: duration_units): "Jahren" -> year, "Std." -> hour
_UNITS = {form.lower(): unit for dates in _DATES for form, unit in dates.duration_units.items() if unit in _UNIT_VALUES}
_UNIT = rf"{tx.trie_regex(_UNITS)}(?![\wäöü])"          # a prefix tree: the engine branches once a letter
# quarter_counts: "drei viertel Stunden" counts three quarters of an hour
_QUARTER_COUNTS = {word: count for dates in _DATES for word, count in dates.quarter_counts.items()}
_QUARTER_WORDS = tx.alternation(_QUARTER_COUNTS) if _QUARTER_COUNTS else "(?!)"
# "dreiviertel Stunden", "eine Viertelstunde", "3/4 Stunde": the word for a quarter and the hour it counts in
_QUARTER = next((dates.quarter_word for dates in _DATES if dates.quarter_word), "")
_QUARTER_HOUR_UNITS = [word for dates in _DATES for word in dates.quarter_hour_units]
_HOUR = tx.alternation(_QUARTER_HOUR_UNITS) if _QUARTER_HOUR_UNITS else "(?!)"
_QUARTER_HOURS = (rf"(?:{_QUARTER_WORDS}\s*{re.escape(_QUARTER)}\s*{_HOUR}|{re.escape(_QUARTER)}{_HOUR}|3/4\s*{_HOUR})"
                  if _QUARTER else "(?!)")


def _units_of(field: str) -> str:
    """An alternation of the unit forms one shape takes ("den ganzen Tag": whole_duration_units)."""
    words = [word for dates in _DATES for word in getattr(dates, field)]
    return tx.alternation(words) if words else "(?!)"


_WHOLE_UNIT = _units_of("whole_duration_units")         # "den ganzen Tag", "the whole week"
_HALF_UNIT = _units_of("half_duration_units")           # "ein halbes Jahr", "half an hour"
_VAGUE_UNIT = _units_of("vague_duration_units")         # "innerhalb weniger Wochen", "a few days"
# a number word is any word here (a long alternation is slow); the handler keeps the real ones
_NUMBER = r"(?:(?<![\w.,])\d++(?:,\d+)?(?![.,]?\d)|(?<![\w.,])\d+/\d+|\b[^\W\d_]++)"


def _shape_words(field: str) -> set[str]:
    return {word for dates in _DATES for word in getattr(dates.duration_shapes, field)}


def _shape(field: str) -> str:
    """The words of a duration shape as a regex, phrases with any white space between their words."""
    return phrases(_shape_words(field))


# "eine weitere Woche", "two additional weeks", "half an hour": a stem takes its language's endings
_ADJECTIVES = {stem + ending for dates in _DATES for stem in dates.duration_adjective_stems
               for ending in dates.duration_shapes.adjective_endings or [""]}
_ADJECTIVE = f"(?:{_shape('adjective_phrases')}|{tx.alternation(_ADJECTIVES)})"
_HALVING = tuple(_shape_words("halving_adjectives"))
_LINK = _shape("links")                                 # "1 Jahr und 2 Tage"
# "drei und eine halbe Stunde", "two and a half hours"
_PLUS_HALF = rf"(?:\s+{_LINK}\s+(?:{_shape('half_articles')}\s+)?(?P<plus_half>{_shape('plus_halves')}))?"
# en: "a four-week strike", "a 30-day deadline": the number joined to the unit by a hyphen
_ONE = rf"(?:{_NUMBER}{_PLUS_HALF}(?:\s*|-)(?:{_ADJECTIVE}\s+)?(?:{_UNIT}|{_QUARTER_HOURS}))"
_ONE_UNNAMED = re.sub(r"\(\?P<\w+>", "(?:", _ONE)
_APPROX = {word: kind for dates in _DATES for word, kind in dates.duration_hedges.items()}
_APPROX_BEHIND = re.compile(rf"(?<![\wäöü])(?P<approx>{tx.alternation(_APPROX)})\s+$", re.I)
_MOD = {"about": "APPROX", "almost": "LESS_THAN", "more_than": "MORE_THAN", "less_than": "LESS_THAN",
        "at_least": "EQUAL_OR_MORE", "at_most": "EQUAL_OR_LESS"}
_AGO = _shape("ago")
_LEAD = (rf"(?:(?P<lead>{_shape('span_leads')}|(?:{_shape('span_articles')})?"
         rf"\s*{_shape('span_relatives')})\s+)?")
_PATTERN = re.compile(
    rf"(?<![\wäöü])(?:(?P<ago>{_AGO})\s+)?{_LEAD}(?:(?P<approx>{tx.alternation(_APPROX)})\s+)?"
    rf"(?P<body>(?:(?<=\b(?P<det>{_shape('whole_articles')}) )(?P<whole>{_shape('whole_words')})\s+(?P<wunit>{_WHOLE_UNIT})"
    rf"(?![\wäöü])|(?:{_shape('half_word_articles')}\s+)?(?P<half>{_shape('half_words')})\s+(?P<hunit>{_HALF_UNIT})"
    rf"(?![\wäöü])|(?P<quarter>(?:{_shape('quarter_articles')}\s+)?(?:{_QUARTER_HOURS}))|{_ONE}"
    rf"(?:(?:\s*,\s*|\s+{_LINK}\s+|\s+(?=\d)){_ONE_UNNAMED})*))", re.I)   # "1 Jahr 2 Tage 3 Stunden"
_PART = re.compile(rf"(?P<n>{_NUMBER})?{_PLUS_HALF}(?:\s*|-)(?P<adj>{_ADJECTIVE}\s+)?"
                   rf"(?P<unit>{_UNIT}|{_QUARTER_HOURS})", re.I)
_VAGUE = re.compile(
    rf"(?<![\wäöü])(?:(?P<ago>{_AGO})\s+)?(?:(?P<lead>{_shape('vague_leads')})\s+)?"
    rf"(?P<few>{_shape('vague_counts')})\s+(?P<unit>{_VAGUE_UNIT})"
    rf"(?![\wäöü])", re.I)
_WITHIN = tuple(_shape_words("within_words"))
_UNSPOKEN_LEADS = tuple(_shape_words("unspoken_leads"))


def _unit_info(word: str) -> tuple[str, bool, str, float, int]:
    lower = word.lower()
    return _UNIT_VALUES[_UNITS[lower] if lower in _UNITS else _UNITS[lower.rstrip(".")]]


def _fmt(number: float) -> str:
    return str(int(number)) if number == int(number) else f"{number:.4f}".rstrip("0")


def to_timex(parts: list[tuple[float, str]]) -> str:
    """[(1, 'Y'), (2, 'D'), (3, 'H')] with time flags folded in -> 'P1Y2DT3H' (units keep their order)."""
    date_part = "".join(f"{_fmt(n)}{letter}" for n, letter, is_time in parts if not is_time)
    time_part = "".join(f"{_fmt(n)}{letter}" for n, letter, is_time in parts if is_time)
    return "P" + date_part + ("T" + time_part if time_part else "")


def _part_value(part: re.Match) -> tuple[float, str, bool, str, float] | None:
    unit_word = part["unit"].lower()
    if _QUARTER and _QUARTER in unit_word or "/4" in unit_word:
        quarters = 3.0 if unit_word.startswith("3/4") else next(
            (n for word, n in _QUARTER_COUNTS.items() if unit_word.startswith(word)), 1.0)
        count = tx.number_value(part["n"]) if part["n"] else 1.0
        return (count or 1.0) * quarters * 0.25, "H", True, "hour", 3600.0
    number = tx.number_value(part["n"]) if part["n"] else None
    if number is None:
        return None
    if part["plus_half"]:
        number += 0.5
    if part["adj"] and part["adj"].lower().startswith(_HALVING):
        number *= 0.5
    letter, is_time, unit, seconds, factor = _unit_info(unit_word)
    return number * factor, letter, is_time, unit, seconds


_AGO_BEHIND = re.compile(rf"\b{tx.alternation(w for dates in _DATES for w in dates.shapes.ago_prepositions)}\s+$", re.I)


def _after_ago(text: str, m: re.Match) -> bool:
    """'vor sechs Jahren', 'vor wenigen Tagen' are points in time, not durations."""
    if m["ago"]:
        return True
    before = text[max(0, m.start() - 7):m.start()]
    return before[-1:].isspace() and _AGO_BEHIND.search(before) is not None


def _words_of(field: str) -> list[str]:
    return [word for dates in _DATES for word in getattr(dates, field)]


# "Kinder bis 16 Jahre", "Jugendliche unter 18 Jahren", "40 Jahre alt": someone's age, no span of time
_AGE_GROUP = tx.alternation(_words_of("age_groups")) if _words_of("age_groups") else "(?!)"
_AGE_PREPOSITION = tx.alternation(_words_of("age_prepositions")) if _words_of("age_prepositions") else "(?!)"
_AGE_BEFORE = re.compile(rf"\b{_AGE_GROUP}[^\W\d_]*\s+(?:{_AGE_PREPOSITION}\s+)?$", re.I)
# the words of the longest group, then of the longest preposition
_AGE_BEFORE_RUNS = sum(max((len(word.split()) for word in _words_of(field)), default=0)
                       for field in ("age_groups", "age_prepositions"))
_AGE_AFTER = re.compile(rf"\s+{tx.alternation(_words_of('age_adjectives'))}\b" if _words_of("age_adjectives")
                        else "(?!)", re.I)


def an_age_limit(text: str, m: re.Match) -> bool:
    """'Kinder bis 16 Jahre', 'children under 12 years': the age a group is limited by, not a span of time."""
    return tx.search_last_words(_AGE_BEFORE, text, max(0, m.start() - 40), m.start(), _AGE_BEFORE_RUNS) is not None


def _is_age(text: str, m: re.Match) -> bool:
    """Years after a group of people and a limit ("Kinder bis 16 Jahre"), or before "alt"."""
    if m["lead"] or not (an_age_limit(text, m) or _AGE_AFTER.match(text, m.end())):
        return False
    part = _PART.match(text, m.start("body"))
    word = part["unit"].lower() if part is not None else ""
    return word in _UNITS and _UNIT_VALUES[_UNITS[word]][2] == "year"


def duration(m: re.Match, text: str, anchor=None) -> Mention | None:
    """A match of _PATTERN -> Mention with value, unit, approx and TIMEX3 duration."""
    if _after_ago(text, m) or _is_age(text, m):
        return None
    end = m.end()
    if m["det"]:
        letter, is_time, unit, _, _ = _unit_info(m["wunit"])
        parts = [(1.0, letter, is_time, unit, 0.0)]
    elif m["half"]:
        letter, is_time, unit, _, _ = _unit_info(m["hunit"])
        parts = [(0.5, letter, is_time, unit, 0.0)]
    else:
        parts, end = [], m.start("body")
        for part in _PART.finditer(text, m.start("body"), m.end("body")):
            value = _part_value(part) if part.start() == end or parts else None
            if value is None or parts and value[4] >= parts[-1][4]:
                # "zwei Jahre und die Woche" ends before "und"; "pro Sekunde 30 Stunden" before "30":
                # the parts of one duration go from the larger unit to the smaller
                break
            parts.append(value)
            end = part.end()
    if not parts:
        return None
    approx_word, approx_start = m["approx"], m.start("approx")
    if not (m["approx"] or m["lead"]):
        behind = _APPROX_BEHIND.search(text, max(0, m.start() - 14), m.start()) if text[
            m.start() - 1:m.start()].isspace() else None      # the word ends in white space
        if behind:
            approx_word, approx_start = behind["approx"], behind.start()
    approx = _APPROX.get((approx_word or "").lower(), "exact")
    value, unit = parts[-1][0], parts[-1][3]
    if len(parts) > 1:
        smallest = parts[-1][4] or 1.0
        value = sum(n * seconds for n, _, _, _, seconds in parts) / smallest
    lead = (m["lead"] or "").lower()
    mod = _MOD.get(approx) or ("EQUAL_OR_LESS" if lead.startswith(_WITHIN) else None)
    start = m.start("lead") if m["lead"] and not lead.startswith(_UNSPOKEN_LEADS) else (
        approx_start if approx_word else m.start("body"))
    low = value if approx in ("exact", "more_than", "at_least") else None
    high = value if approx in ("exact", "less_than", "almost", "at_most") else None
    return Mention(start=start, end=end, kind=KIND, value=value, low=low, high=high, approx=approx,
                   unit=unit, timex=to_timex([(n, letter, is_time) for n, letter, is_time, _, _ in parts]),
                   timex_mod=mod)


def vague(m: re.Match, text: str, anchor=None) -> Mention | None:
    """'innerhalb weniger Wochen' -> PXW: a number of weeks the text does not state."""
    if _after_ago(text, m):
        return None
    letter, is_time, unit, _, _ = _unit_info(m["unit"])
    lead = (m["lead"] or "").lower()
    mod = "EQUAL_OR_LESS" if lead.startswith(_WITHIN) else "APPROX"
    timex = ("PT" if is_time else "P") + "X" + letter
    return Mention(start=m.start("lead") if m["lead"] else m.start("few"), end=m.end(), kind=KIND,
                   unit=unit, timex=timex, timex_mod=mod, approx="about")


# de: "zweimonatige Belagerung", "nach achttägiger Vorbereitung": a number word and a unit in one adjective
_COMPOUND_UNITS = {suffix: unit for dates in (lang.get(code).dates for code in lang.codes())
                   for suffix, unit in dates.duration_compounds.items()}
_COMPOUND_LETTER = {"day": ("D", False), "week": ("W", False), "month": ("M", False), "year": ("Y", False),
                    "hour": ("H", True), "minute": ("M", True)}
# the unit is found first (a literal the engine skips to), then the number word before it
# in lower case only: inside a word the unit is never capitalized, and without re.I the engine skips
# ahead to the unit's first letters
_COMPOUND = re.compile(rf"(?P<unit>{tx.alternation(_COMPOUND_UNITS)})(?:e[nrsm]?)?(?![\w])") if _COMPOUND_UNITS else None
_LETTERS_BEFORE = re.compile(r"[^\W\d_]+$")


def _any_unit_regex(units) -> re.Pattern:
    """A search for any of the units in a text, most of which hold none. Where the units end in the same
    letters (de: "ig"), the regex begins with those, a literal the engine skips to, and looks back for a
    unit there: far cheaper than one substring test, or one character class tried, at every position."""
    ending = os.path.commonprefix([unit[::-1] for unit in units])[::-1]
    if not ending:
        return re.compile(tx.alternation(units))
    return re.compile(re.escape(ending) + "(?:" + "|".join(f"(?<={re.escape(unit)})" for unit in units) + ")")


_ANY_COMPOUND_UNIT = _any_unit_regex(_COMPOUND_UNITS)


def compounds(text: str, start: int) -> list[Mention]:
    """'zweimonatige' -> P2M, 'anderthalbstündigem' -> PT1.5H; 'mehrjährige' names no number: none."""
    if _COMPOUND is None or _ANY_COMPOUND_UNIT.search(text, start) is None:
        return []                          # most texts hold none: that search is far cheaper than the scan
    found = []
    for m in _COMPOUND.finditer(text, start):
        head = _LETTERS_BEFORE.search(text, max(start, m.start() - 30), m.start())
        if head is None or head.start() > 0 and text[head.start() - 1] in "-\u2010":
            continue
        number = tx.number_value(head.group())
        if number is None or number <= 0 or head.group()[0].isupper() and not _starts_sentence(text, head.start()):
            continue                       # "der Dreißigjährige Krieg", "die Zweijährige" name, not measure
        unit = _COMPOUND_UNITS[m["unit"].lower()]
        letter, is_time = _COMPOUND_LETTER[unit]
        found.append(Mention(start=head.start(), end=m.end(), kind=KIND, value=number, low=number, high=number,
                             unit=unit, timex=to_timex([(number, letter, is_time)])))
    return found


def _starts_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before.endswith((".", "!", "?", ":", "\n"))


NUM = "#"                                    # any token that begins with a digit
# the words a duration, or the vague one, may begin with; an article before a lead ("in den", "over the") is no
# lead word: the match begins at the lead after it
_W_SPAN = {phrase.split()[0] for field in ("ago", "span_leads") for phrase in _shape_words(field)}
_W_LEAD = _W_SPAN | _shape_words("span_relatives")
_W_WHOLE = {word.split()[0] for field in ("whole_words", "half_word_articles", "half_words", "quarter_articles")
            for word in _shape_words(field)} | {_QUARTER + hour for hour in _QUARTER_HOUR_UNITS if _QUARTER} | {
    word + ending for word in _QUARTER_COUNTS for ending in ("", _QUARTER)}
_W_FEW = {phrase.split()[0] for phrase in _shape_words("vague_counts")}

# Guards (see dates.PATTERNS). After a lead word ("vor", "seit", "in den letzten") a duration names its
# unit within 12 words ("vor", "in den letzten", "mehr als", "3,5", "und eine halbe", "half an"); else
# its number or article comes first, then "und eine halbe", an adjective or "a(n)", then the unit. The
# unit may follow digits or "halb" directly ("3Jahre", "3/4 Stunde", "halbjahr").
# a guard needs only the beginning of a unit word: "jahr" for "jahren" and "jahrzehnt" too
_UNIT_BEGINNINGS = [form for form in sorted(_UNITS) if not any(form.startswith(other) and form != other for other in _UNITS)]
_G_UNIT = ("(?:[0-9][0-9,/]*(?: *|-)|" + tx.trie_regex(_shape_words("plus_halves")) + " *)?(?:" + tx.trie_regex(_UNIT_BEGINNINGS)
           + (f"|{re.escape(_QUARTER)}" + "".join(f"|{re.escape(word)} *{re.escape(_QUARTER)}" for word in _QUARTER_COUNTS)
              if _QUARTER else "") + ")")
# "und eine halbe", "and a half"; "a" and "an" before an adjective or a unit ("half an hour", "a 30-day")
_G_PLUS_HALF = (f"{tx.trie_regex(_shape_words('links'))} +(?:{tx.trie_regex(_shape_words('half_articles'))} +)?"
                f"{tx.trie_regex(_shape_words('plus_halves'))}")
_G_ONE = tx.trie_regex({word for dates in _DATES for word in dates.number_words.one})
_G_ADJECTIVE = tx.alternation(stem for dates in _DATES for stem in dates.duration_adjective_stems) + "[^ ]*+ +"
_G_DURATION = (rf"{tx.alternation(_W_LEAD)} +(?:[^ ]++ +){{0,11}}?{_G_UNIT}"
               rf"|(?:(?:[^ ]++ +|[^ -]++-)(?:{_G_ONE} +)?(?:{_G_PLUS_HALF} *)?(?:{_G_ADJECTIVE}(?:{_G_ONE} +)?)?)?"
               rf"{_G_UNIT}")
_VAGUE_FORMS = {word.lower() for dates in _DATES for word in dates.vague_duration_units}
_G_VAGUE_UNIT = "(?:" + tx.trie_regex(
    form for form in _VAGUE_FORMS if not any(form.startswith(other) and form != other for other in _VAGUE_FORMS)) + ")"
_G_VAGUE = (rf"{tx.alternation(_W_SPAN)} +(?:[^ ]++ +){{0,5}}?{_G_VAGUE_UNIT}"
            rf"|[^ ]++ +(?:[^ ]++ +)?{_G_VAGUE_UNIT}")

# (pattern, handler, the tokens a match can begin with, guard), as in dates.PATTERNS
PATTERNS = [
    (_PATTERN, duration, {NUM, "another"} | set(tx.CARDINALS) | _W_LEAD | _W_WHOLE, _G_DURATION),
    (_VAGUE, vague, _W_SPAN | _W_FEW, _G_VAGUE),
]
