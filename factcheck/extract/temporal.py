"""Dates and durations (TIMEX3): the longest expression wins, anchored at the publication date."""
from __future__ import annotations

import codecs
import re
from bisect import insort
from collections.abc import Iterator
from functools import cache

from factcheck import lang
from factcheck.extract import anaphora, dates, dates_holidays, durations, intervals, years
from factcheck.extract.anchoring import Source, anchor_in_text
from factcheck.extract.mention import Context, Mention, overlaps
from factcheck.extract.word_regex import phrases as _phrases
from factcheck.extract.timex import (ABBREVIATED_MONTHS, MONTHS, PART_MODS, Anchor, alternation, fold, month_value,
                                     search_last_words, trie_regex, valid_day)

NUM = "#"


class _Lead:
    """The patterns that may begin at a lead word, and a regex of their guards (see dates.PATTERNS).

    The regex reads the guard text and always matches; its group i is set where the guard of
    patterns[i] matches, and no group where none does (most leads end there). It is compiled where
    first needed: a short text meets few of the leads.
    """

    __slots__ = ("patterns", "_guards", "match_guards")

    def __init__(self, patterns: tuple[tuple[re.Pattern, dates.Handler], ...], guards: str) -> None:
        self.patterns = patterns
        self._guards = guards
        self.match_guards = self._compile_and_match_guards

    def _compile_and_match_guards(self, guarded: bytes, position: int) -> re.Match:
        self.match_guards = re.compile(self._guards.encode("latin-1")).match
        return self.match_guards(guarded, position)


def _leads_by_word(table: list) -> dict[str, _Lead]:
    rows_by_word: dict[str, tuple[int, ...]] = {}
    for row, (_, _, words, _) in enumerate(table):
        for word in words:
            rows_by_word[word] = rows_by_word.get(word, ()) + (row,)
    # keyed by row numbers: hashing a compiled pattern hashes all of its code
    shared: dict[tuple[int, ...], _Lead] = {}
    for rows in rows_by_word.values():
        if rows not in shared:
            # "(?:X|)" rather than "(?:X)?": the regex engine allocates nothing for an alternative
            guards = "".join("()" if table[row][3] is None else f"(?:(?={table[row][3]})()|)" for row in rows)
            shared[rows] = _Lead(tuple(table[row][:2] for row in rows), guards)
    return {word: shared[rows] for word, rows in rows_by_word.items()}


class _Scan:
    """One language's pattern table, indexed by the words its matches can begin with."""

    def __init__(self, table: list) -> None:
        self.leads = _leads_by_word(table)
        self.lead_words = tuple(word for word in self.leads if word != NUM)
        self.lead_bytes = re.compile(
            rb" ([0-9]|(?:" + trie_regex(w for w in self.lead_words if "-" not in w).encode("latin-1") + rb")(?![^ ]))")
        self.lead_by_bytes = {word.encode("latin-1"): lead for word, lead in self.leads.items() if word != NUM} | {
            digit.encode(): self.leads[NUM] for digit in "0123456789"}
        # en: "twenty-one" is one lead; the scan sees its first part, the text says whether the rest follows
        self.hyphen_heads = {word.partition("-")[0].encode("latin-1") for word in self.lead_words if "-" in word}
        self.hyphenated = re.compile(trie_regex(word for word in self.lead_words if "-" in word) + r"\b")


@cache
def _scan(code: str) -> _Scan:
    """English reads figures and dates its own way ("11.7" is no day); every other language as German."""
    shared = years.PATTERNS + anaphora.PATTERNS
    if code == "en":
        from factcheck.extract import dates_en, durations_en
        return _Scan(dates_en.PATTERNS + durations_en.PATTERNS + shared)
    return _Scan(dates.PATTERNS + durations.PATTERNS + shared)


# The lead scan and the guards read lower-case byte copies of the text, one byte a character (Latin-1;
# beyond it a letter whose lower case is Latin-1 reads so, another digit "0", another letter "_", the
# rest a space), so that they need no Unicode tables. In the copy the scan reads every character that is
# no word character is a space: a lead is a space, a lead word and a space again, and the regex engine
# jumps from space to space (a literal first character) instead of testing every position for a word
# boundary. Guards read white space as spaces.
def _beyond_latin1(error: UnicodeEncodeError) -> tuple[str, int]:
    return "".join(_as_latin1(c.lower()) for c in error.object[error.start:error.end]), error.end


def _as_latin1(c: str) -> str:
    return c if c <= "\xff" else "0" if c.isdecimal() else "_" if c.isalnum() else " "


codecs.register_error("factcheck.beyond-latin1", _beyond_latin1)
_LOWER_SPACE_FOR_NON_WORD = bytes(ord(chr(b).lower()) if re.match(r"\w", chr(b)) else 32 for b in range(256))
_LOWER_SPACE_FOR_WHITE_SPACE = bytes(32 if re.match(r"\s", chr(b)) else ord(chr(b).lower()) for b in range(256))
# "İ" is the one letter whose lower case is longer ("i̇"): a text with it keeps the slow path
_LONGER_IN_LOWER_CASE = "\u0130"
_WORDS = tuple(lang.get(code).dates for code in lang.codes())


def _words(field: str) -> list[str]:
    return [word for dates in _WORDS for word in getattr(dates, field)]




def _preposition_phrases() -> str:
    phrases = []
    for dates in _WORDS:
        for word in dates.prepositions:
            extensions = dates.preposition_extensions.get(word)
            phrases.append(re.escape(word) + (rf"(?:\s+{alternation(extensions)})?" if extensions else ""))
    return "|".join(sorted(phrases, key=len, reverse=True))


# a preposition in front of a date says which side of it is meant ("seit Mai", "bis 2022")
_PREPOSITION = re.compile(rf"\b(?P<p>{_preposition_phrases()})\s+(?:{alternation(_words('preposition_articles'))}\s+)?$",
                          re.I)
# the words the regex can end with, and how many words it spans at most: most dates have none of those
# words right before them and need no search
_PREPOSITION_WORDS = (_words("prepositions"),
                      [word for dates in _WORDS for words in dates.preposition_extensions.values() for word in words],
                      _words("preposition_articles"))
_PREPOSITION_LAST = tuple({fold(phrase.split()[-1]) for words in _PREPOSITION_WORDS for phrase in words})
_PREPOSITION_RUNS = sum(max((len(phrase.split()) for phrase in words), default=0) for words in _PREPOSITION_WORDS)
_PREPOSITION_MOD = {word: mod for dates in _WORDS for word, mod in dates.prepositions.items()}
_WEEKDAY_RANGE_PREPOSITIONS = frozenset(_words("weekday_range_prepositions"))
# the first end of a range whose second end is a full date: "13. - 15. Juli", "vom 14.10. bis zum 15.10.2018"
_RANGE_FIRST = re.compile(
    rf"(?:\b{_phrases(_words('range_openers'))}\s+(?:{_phrases(_words('range_opener_articles'))}\s+)?)?"
    rf"(?P<first>(?<![\w.,:/])(?P<d>[0-3]?\d)(?:\.|{alternation(_words('day_number_endings'))})?(?:[ ]?(?P<m>[01]?\d)\.?)?"
    rf"|\b(?P<mon>{alternation(m for m in MONTHS if m not in ABBREVIATED_MONTHS)}|{alternation(ABBREVIATED_MONTHS)}\.?)"
    rf"\s+(?P<d2>[0-3]?\d))\s*(?:-|–|/|{_phrases(_words('range_links'))})\s*"
    rf"(?:{_phrases(_words('range_link_articles'))}\s+)?$", re.I)
# the words a _RANGE_FIRST link may end with, before white space
_RANGE_LINK_LAST = {p.split()[-1].lower() for p in _words("range_links") + _words("range_link_articles")}
_RANGE_LINK_WORD = re.compile(rf"{alternation(_RANGE_LINK_LAST)}\Z", re.I)
_RANGE_LINK_LONGEST = max(map(len, _RANGE_LINK_LAST), default=0)
_DAY_TIMEX = re.compile(r"(?P<y>\d{4}|XXXX)-(?P<m>\d\d)-(?P<d>\d\d)")
_DAY = re.compile(r"\d{4}-\d\d-\d\d|XXXX-\d\d-\d\d")
_CLOCK_WORD = alternation(_words("clock_prepositions"))
_CLOCK_LINK = re.compile(rf",?\s*{_CLOCK_WORD}\s*")
_CLOCK_AFTER_DATE = re.compile(rf",?\s*{_CLOCK_WORD}?\s*\d")
_TIME_AFTER_DATE = re.compile(rf",?\s*(?:{_CLOCK_WORD}\s+)?(?P<h>[0-2]?\d)[:.](?P<mi>[0-5]\d)"
                              rf"(?:\s*{alternation(_words('clock_suffixes'))})?(?![\d])")
_CLOCK_SUFFIXES = tuple(_words("clock_suffixes"))


@cache
def _lead_token_any_case(words: tuple[str, ...]) -> re.Pattern:
    """Only for the rare text whose lower-case copy changes length: compiled when first needed."""
    return re.compile(rf"\b(?:\d|{trie_regex(words)}\b)", re.I)


def find(text: str, context: Context) -> list[Mention]:
    """Date and duration mentions from context.start on, none inside context.blocked, in text order."""
    anchor = Anchor(context.ref_date, context.ref_precision)
    sources: dict[int, Source] = {}
    candidates = list(_candidates(text, anchor, context.start, sources, _scan(context.lang)))
    blocked = sorted(context.blocked)
    chosen: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for mention in sorted(candidates, key=lambda m: (m.start - m.end, m.start, m.kind != "date")):
        if mention.start < context.start or overlaps(blocked, mention.start, mention.end):
            continue
        if overlaps(taken, mention.start, mention.end):
            continue
        chosen.append(mention)
        insort(taken, (mention.start, mention.end))
    chosen.sort(key=lambda m: m.start)
    chosen = anchor_in_text(text, chosen, sources, anchor,
                            lambda mention: _preposition_before(text, mention) is not None)
    chosen, range_ends = _join_day_ranges(text, chosen, context.start)
    chosen = _join_date_and_time(text, chosen)
    chosen, interval_ends = _join_intervals(text, chosen, context.lang)
    if context.lang == "en":              # interval ends as days, a weekday with its date (relative_en)
        from factcheck.extract.settle_en import settle
        chosen = settle(text, chosen, interval_ends, anchor)
    range_ends |= interval_ends
    for mention in chosen:
        if id(mention) not in range_ends:
            _take_preposition(text, mention)
    return chosen


def _candidates(text: str, anchor: Anchor, start: int, sources: dict[int, Source], scan: _Scan):
    """Every date and duration some pattern recognizes, overlapping ones included; sources says
    (by id of the mention) which handler and match gave it."""
    for mention in durations.compounds(text, start):
        sources[id(mention)] = Source(lambda m, text, anchor, found=mention: found, None)
        yield mention
    if _LONGER_IN_LOWER_CASE in text:
        leads, guarded = _leads_any_case(text, start, scan), None
    else:
        latin1 = _latin1(text)
        leads = _leads(_spaced_words(latin1, text), text, start, scan)
        guarded = _guard_text(text, latin1)
    for position, lead in leads:
        if guarded is None:
            tried = lead.patterns
        elif (marks := lead.match_guards(guarded, position)).lastindex is None:
            continue
        elif len(lead.patterns) == 1:
            tried = lead.patterns
        else:
            tried = [entry for entry, mark in zip(lead.patterns, marks.groups()) if mark is not None]
        for pattern, handler in tried:
            m = pattern.match(text, position)
            if m is None:
                continue
            found = handler(m, text, anchor)
            if found is None:
                continue
            for index, mention in enumerate(found if isinstance(found, list) else (found,)):
                sources[id(mention)] = Source(handler, m, index)
                yield mention


def _latin1(text: str) -> bytes:
    return text.encode("latin-1", "factcheck.beyond-latin1")


_last_spaced: tuple[str | None, bytes | None] = (None, None)


def _spaced_words(latin1: bytes, text: str) -> bytes:
    global _last_spaced
    _last_spaced = (text, b" " + latin1.translate(_LOWER_SPACE_FOR_NON_WORD))
    return _last_spaced[1]


def spaced_words(text: str) -> bytes | None:
    """The copy the lead scan reads (a space, then text in lower case with a space for every non-word
    character, one byte a character), for other scans of words; None where lower case changes length.
    The number scan reads the copy the date scan made of the same text."""
    if _last_spaced[0] is text:
        return _last_spaced[1]
    return None if _LONGER_IN_LOWER_CASE in text else _spaced_words(_latin1(text), text)


def _guard_text(text: str, latin1: bytes) -> bytes:
    """What guards read; re.I matches "ſ" to s and "ı" to i, which lower() keeps: guards read s and i."""
    if "ſ" in text or "ı" in text:
        latin1 = _latin1(text.replace("ſ", "s").replace("ı", "i"))
    return latin1.translate(_LOWER_SPACE_FOR_WHITE_SPACE)


def _leads(spaced: bytes, text: str, start: int, scan: _Scan) -> list[tuple[int, _Lead]]:
    """Where a lead word stands from start on, and what may begin there, in text order.

    spaced is one byte longer than text: it begins with a space, the one in front of a token at 0.
    """
    tokens = [(token.start(), token.group(1)) for token in scan.lead_bytes.finditer(spaced, start)]
    if scan.hyphen_heads.isdisjoint([word for _, word in tokens]):
        lead_by_bytes = scan.lead_by_bytes
        return [(position, lead_by_bytes[word]) for position, word in tokens]
    leads, hyphenated_end, lowered = [], 0, text.lower()
    for position, word in tokens:
        if position < hyphenated_end:
            continue                                         # "one" in "twenty-one"
        if word in scan.hyphen_heads and (hyphenated := scan.hyphenated.match(lowered, position)):
            word, hyphenated_end = hyphenated.group().encode("latin-1"), hyphenated.end()
        leads.append((position, scan.lead_by_bytes[word]))
    return leads


def _leads_any_case(text: str, start: int, scan: _Scan) -> Iterator[tuple[int, _Lead]]:
    for token in _lead_token_any_case(scan.lead_words).finditer(text, start):
        word = token.group()
        lead = scan.leads.get(NUM if word.isdigit() else word.lower())
        if lead is not None:
            yield token.start(), lead


def _join_day_ranges(text: str, mentions: list[Mention], scan_start: int) -> tuple[list[Mention], set[int]]:
    """'13. - 15. Juli': the first end takes month and year from the second one."""
    result: list[Mention] = []
    ends: set[int] = set()
    for mention in mentions:
        second = _DAY_TIMEX.fullmatch(mention.timex or "") if mention.kind == "date" else None
        first = None
        if second and _may_end_range_first(text, max(scan_start, mention.start - 45), mention.start):
            first = _RANGE_FIRST.search(text, max(scan_start, mention.start - 45), mention.start)
        if first is None:
            result.append(mention)
            continue
        day = int(first["d"] or first["d2"])
        month = int(first["m"]) if first["m"] else month_value(first["mon"]) if first["mon"] else int(second["m"])
        year = second["y"]
        if not (1 <= month <= 12 and valid_day(2000 if year == "XXXX" else int(year), month, day)):
            result.append(mention)
            continue
        end = first.end("first")
        while result and result[-1].end > first.start():
            result.pop()                     # "14.10." alone was read with a year of its own
        opening = Mention(start=first.start(), end=end + (text[end:end + 1] == "."), kind="date",
                          timex=f"{year}-{month:02d}-{day:02d}")
        result += [opening, mention]
        ends |= {id(opening), id(mention)}
    return result, ends


def _join_intervals(text: str, mentions: list[Mention], code: str) -> tuple[list[Mention], set[int]]:
    """'from May to Oct 2020', '3 days after January 12th': dates a language's words link (intervals.py)."""
    words = lang.get(code).dates
    if not words.interval_links:
        return mentions, set()
    return intervals.join(text, intervals.shift_by_span(text, mentions), words.interval_links,
                          words.interval_paired_links, words.interval_and_openers)


def _may_end_range_first(text: str, start: int, end: int) -> bool:
    """What _RANGE_FIRST needs at the end: "-", "–", "/", "bis", "zum", "und", "den" ... before white space."""
    words = text[start:end].rstrip()
    return words.endswith(("-", "–", "/")) or _RANGE_LINK_WORD.search(
        words, max(0, len(words) - _RANGE_LINK_LONGEST)) is not None


def _join_date_and_time(text: str, mentions: list[Mention]) -> list[Mention]:
    """'23.04.2022 14:55' is one point in time, not a date and a clock time."""
    joined: list[Mention] = []
    for mention in mentions:
        if joined and mention.start < joined[-1].end:
            continue                          # the clock time a date has already taken in
        previous = joined[-1] if joined else None
        if previous is not None and _is_clock(mention.timex) and _is_named_day(text, previous):
            previous = None
        if (previous is not None and previous.kind == "date" and mention.kind == "date"
                and _is_day(previous.timex) and _is_clock(mention.timex)
                and not text[previous.end:mention.start].strip(" ,")
                or previous is not None and previous.kind == "date" and _is_clock(mention.timex)
                and _CLOCK_LINK.fullmatch(text, previous.end, mention.start) and _is_day(previous.timex)):
            previous.end = mention.end
            previous.timex = previous.timex + mention.timex[len("XXXX-XX-XX"):]
            continue
        if mention.kind == "date" and _is_day(mention.timex):
            bare = _TIME_AFTER_DATE.match(text, mention.end)
            if bare and int(bare["h"]) <= 24 and _CLOCK_AFTER_DATE.match(text, mention.end) and not \
                    _is_named_day(text, mention):
                if bare.group().strip().endswith(_CLOCK_SUFFIXES) or ":" in bare.group():
                    mention.end = bare.end()
                    mention.timex = f"{mention.timex}T{int(bare['h']):02d}:{bare['mi']}"
        joined.append(mention)
    return joined


def _is_named_day(text: str, mention: Mention) -> bool:
    """'am Ostermontag um 10:30 Uhr': a holiday and a clock time stay two expressions."""
    return dates_holidays.is_name(text[mention.start:mention.end])


def _is_day(timex: str | None) -> bool:
    return bool(timex) and _DAY.fullmatch(timex) is not None


def _is_clock(timex: str | None) -> bool:
    return bool(timex) and timex.startswith("XXXX-XX-XXT")


def _preposition_before(text: str, mention: Mention) -> re.Match | None:
    """'seit', 'bis zum', 'since' right before the mention."""
    start = mention.start
    if not text[start - 1:start].isspace():
        return None                           # a preposition ends in white space
    window = max(0, start - 30)
    last = text[window:start].rsplit(None, 1)
    if not last or not fold(last[-1]).endswith(_PREPOSITION_LAST):
        return None
    before = search_last_words(_PREPOSITION, text, window, start, _PREPOSITION_RUNS)
    return before if before is not None and before.end() == start else None


def _take_preposition(text: str, mention: Mention) -> None:
    """Widen a date to 'seit Mai', 'bis 2022' and set the side of it that is meant."""
    if mention.kind != "date" or _is_clock(mention.timex):
        return
    before = _preposition_before(text, mention)
    if before is None:
        return
    words = before["p"].lower().split()
    if words[0] in _WEEKDAY_RANGE_PREPOSITIONS and (mention.timex or "").startswith("XXXX-WXX"):
        return                                # "von Montag bis Freitag" is a range, not a deadline
    mention.start = before.start()
    if mention.timex_mod is None:
        # "bis Ende 2022": the part word says which part of the date is meant
        mention.timex_mod = PART_MODS.get(words[-1]) if len(words) > 1 and words[-1] in PART_MODS \
            else _PREPOSITION_MOD[words[0]]
