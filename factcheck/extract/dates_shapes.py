"""What every date handler shares: the regex pieces of months, weekdays and years, and the helpers
that make a Mention of a match (the shapes; the words come from factcheck/lang/<code>/dates.yaml)."""
from __future__ import annotations

import re
from datetime import date

from factcheck import lang
from factcheck.extract import timex as tx
from factcheck.extract.mention import Mention

KIND = "date"
_B = r"(?![\wäöüßÄÖÜ])"                       # end of a word, umlauts included
_NOT_IN_NUMBER = r"(?<![\w.,/:-])"              # "11.600", "1,2" and "3:1" are no dates
_NUMBER_GOES_ON = r"(?![\w]|[.,/:-]\d)"
_YEAR = r"(?:1\d|20)\d{2}"
_MONTH_NAMES = [m for m in tx.MONTHS if m not in tx.ABBREVIATED_MONTHS]
_MON = rf"(?:{tx.alternation(_MONTH_NAMES)}|{tx.alternation(tx.ABBREVIATED_MONTHS)}\.?){_B}"
_MON_FULL = rf"{tx.alternation(_MONTH_NAMES)}{_B}"
_WEEKDAY = tx.alternation(tx.WEEKDAYS)
_WEEKDAY_ABBR = tx.alternation(tx.WEEKDAY_ABBREVIATIONS)
# a two-digit year only where nothing follows that it could count ("im Mai 20 Prozent")
_YEAR_2 = r"\d{2}(?=\s*(?:$|[,;)]|\.(?:\s|$)))"
_LANGUAGES = tuple(lang.get(code).dates for code in lang.codes())
# "letzte Woche", "diesen Monat", "next year": every form of a relative word before a unit, month or season
REL_WORDS = frozenset({stem + ending for dates in _LANGUAGES for stem in dates.relative_stems
                       for ending in dates.shapes.relative_stem_endings}
                      | {word for dates in _LANGUAGES for word in dates.shapes.relative_words})
_REL = tx.alternation(REL_WORDS)


def _phrases(phrases) -> str:
    """A regex of words and phrases: the words as a prefix tree (the engine branches once a letter), the
    phrases with any white space between their words."""
    words = {p.lower() for p in phrases if " " not in p}
    multi = sorted({p for p in phrases if " " in p}, key=len, reverse=True)
    parts = ([tx.trie_regex(words)] if words else []) + [r"\s+".join(map(re.escape, p.split())) for p in multi]
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


# words before a bare month, season or year that make it a time ("im April", "seit 2018"), and the article
# that may follow them ("seit dem")
_TIME_PREPOSITION = re.compile(
    rf"(?:\b{_phrases([p for dates in _LANGUAGES for p in dates.time_prepositions])}\s+"
    rf"(?:{_phrases([w for dates in _LANGUAGES for w in dates.time_preposition_articles])}\s+)?)$", re.I)
_TIME_PREPOSITION_LAST = tuple({tx.fold(phrase.split()[-1]) for dates in _LANGUAGES
                                for phrase in (*dates.time_prepositions, *dates.time_preposition_articles)})
# a sign, the metre or what the language data names after a count (a prefix: "Zuschauer" is also "Zuschauern")
_COUNTED_WORDS = tx.alternation(word for code in lang.codes() for word in lang.get(code).dates.counted_after)
_COUNTED_AFTER = re.compile(rf"\s*(?:%|€|m\b|{_COUNTED_WORDS})", re.I)
# de: a count after "vor", "mit", "bis" ("vor 2000 Zuschauern") is a plural noun in the dative
_COUNTED_NOUN_AFTER = re.compile(r"\s+[A-ZÄÖÜ][a-zäöüß]+(?:n|er)\b")
_COUNT_PREPOSITIONS = frozenset(word for dates in _LANGUAGES for word in dates.count_prepositions)

# a relative word's step from the anchor, by its stem ("vorletzten" -> -2) or whole word ("next" -> 1)
_REL_STEPS = sorted(((stem, step) for code in lang.codes() for dates in [lang.get(code).dates]
                     for stem, step in {**dates.relative_steps, **dates.relative_stems}.items()),
                    key=lambda pair: len(pair[0]), reverse=True)


def rel_offset(word: str | None) -> int | None:
    """'letzten' -> -1, 'vorletzten' -> -2, 'nächsten' -> 1, 'übernächsten' -> 2, 'diese' -> 0."""
    if not word:
        return None
    w = word.lower()
    return next((step for stem, step in _REL_STEPS if w.startswith(stem)), 0)


def _mention(m: re.Match, timex: str | None, mod: str | None = None, start: int | None = None,
             end: int | None = None) -> Mention:
    return Mention(start=m.start() if start is None else start, end=m.end() if end is None else end,
                   kind=KIND, timex=timex, timex_mod=mod)


def _preceded_by_time_word(text: str, start: int) -> bool:
    before = text[max(0, start - 20):start]
    # the words end in white space ("bis zum ", "im "): without it, or beyond the last three words, no match;
    # nor where the last word ends in none of the words the regex can end with (most dates)
    if not before[-1:].isspace():
        return False
    words = tx.last_words_start(before, 3)
    last = before[words:].split()
    return bool(last) and tx.fold(last[-1]).endswith(_TIME_PREPOSITION_LAST) \
        and _TIME_PREPOSITION.search(before, words) is not None


def _month_ok(m: re.Match, group: str = "mon") -> bool:
    word = m.group(group).rstrip(".")
    return word.lower() not in tx.CAPITAL_ONLY_MONTHS or word[0].isupper()


# ---------------------------------------------------------------- numeric dates

def _ymd(m: re.Match, text: str, anchor: tx.Anchor, year: int | None, month: int, day: int):
    if year is not None:
        return _mention(m, date(year, month, day).isoformat()) if tx.valid_day(year, month, day) else None
    if not 1 <= month <= 12 or not tx.valid_day(2000, month, day):
        return None
    resolved = anchor.year_of_day(month, day, anchor.direction(text, m))
    if resolved is None or not tx.valid_day(resolved, month, day):
        return _mention(m, f"XXXX-{month:02d}-{day:02d}")
    return _mention(m, f"{resolved:04d}-{month:02d}-{day:02d}")
