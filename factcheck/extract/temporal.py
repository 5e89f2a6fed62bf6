"""Dates and durations (TIMEX3): the longest expression wins, anchored at the publication date."""
from __future__ import annotations

import re
from functools import cache

from factcheck.extract import dates, durations
from factcheck.extract.mention import Context, Mention, overlaps
from factcheck.extract.timex import (ABBREVIATED_MONTHS, MONTHS, Anchor, alternation, month_value, trie_regex,
                                     valid_day)

NUM = "#"


def _patterns_by_lead() -> dict[str, list]:
    index: dict[str, list] = {}
    for pattern, handler, leads in dates.PATTERNS + durations.PATTERNS:
        for lead in leads:
            index.setdefault(lead, []).append((pattern, handler))
    return index


_BY_LEAD = _patterns_by_lead()
# The pre-filter: a pattern is tried only where a token that can begin it stands (one regex pass in C).
_LEAD_TOKEN = re.compile(rf"\b(?:\d|{trie_regex(w for w in _BY_LEAD if w != NUM)}\b)")
# de/en: a preposition in front of a date says which side of it is meant ("seit Mai", "bis 2022")
_PREPOSITION = re.compile(r"\b(?P<p>seit|bis(?:\s+(?:zum|zur|Ende|spätestens))?|ab|vor|nach|since|until|till|by"
                          r"|before|after)\s+(?:(?:dem|der|den|the)\s+)?$", re.I)
_PREPOSITION_MOD = {"seit": "ON_OR_AFTER", "since": "ON_OR_AFTER", "ab": "ON_OR_AFTER", "bis": "BEFORE",
                    "until": "BEFORE", "till": "BEFORE", "by": "BEFORE", "vor": "BEFORE", "before": "BEFORE",
                    "nach": "AFTER", "after": "AFTER"}
# the first end of a range whose second end is a full date: "13. - 15. Juli", "vom 14.10. bis zum 15.10.2018"
_RANGE_FIRST = re.compile(
    rf"(?:\b(?:vom|von|zwischen)\s+(?:dem\s+)?)?(?P<first>(?<![\w.,:])(?P<d>[0-3]?\d)(?:\.|te[nr]?)?(?:[ ]?(?P<m>[01]?\d)\.?)?"
    rf"|\b(?P<mon>{alternation(m for m in MONTHS if m not in ABBREVIATED_MONTHS)}|{alternation(ABBREVIATED_MONTHS)}\.?)"
    rf"\s+(?P<d2>[0-3]?\d))\s*(?:-|–|/|bis(?:\s+zu[mr])?|auf\s+den|und(?:\s+de[mn])?)\s*(?:de[mn]\s+)?$", re.I)
_DAY_TIMEX = re.compile(r"(?P<y>\d{4}|XXXX)-(?P<m>\d\d)-(?P<d>\d\d)")
_TIME_AFTER_DATE = re.compile(r",?\s*(?:um\s+|at\s+)?(?P<h>[0-2]?\d)[:.](?P<mi>[0-5]\d)(?:\s*Uhr)?(?![\d])")


@cache
def _lead_token_any_case() -> re.Pattern:
    """Only for the rare text whose lower-case copy changes length: compiled when first needed."""
    return re.compile(_LEAD_TOKEN.pattern, re.I)


def find(text: str, context: Context) -> list[Mention]:
    """Date and duration mentions from context.start on, none inside context.blocked, in text order."""
    anchor = Anchor(context.ref_date, context.ref_precision)
    candidates = list(_candidates(text, anchor, context.start))
    blocked = sorted(context.blocked)
    chosen: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for mention in sorted(candidates, key=lambda m: (m.start - m.end, m.start, m.kind != "date")):
        if mention.start < context.start or overlaps(blocked, mention.start, mention.end):
            continue
        if overlaps(taken, mention.start, mention.end):
            continue
        chosen.append(mention)
        taken.append((mention.start, mention.end))
        taken.sort()
    chosen.sort(key=lambda m: m.start)
    chosen, range_ends = _join_day_ranges(text, chosen, context.start)
    chosen = _join_date_and_time(text, chosen)
    for mention in chosen:
        if id(mention) not in range_ends:
            _take_preposition(text, mention)
    return chosen


def _candidates(text: str, anchor: Anchor, start: int):
    """Every date and duration some pattern recognizes, overlapping ones included."""
    lowered = text.lower()
    # a lower-case copy scans twice as fast; a few letters ("İ") change length when lowered
    tokens = _LEAD_TOKEN.finditer(lowered, start) if len(lowered) == len(text) else _lead_token_any_case().finditer(
        text, start)
    for token in tokens:
        word = token.group()
        for pattern, handler in _BY_LEAD.get(NUM if word.isdigit() else word.lower(), ()):
            m = pattern.match(text, token.start())
            if m is None:
                continue
            found = handler(m, text, anchor)
            if found is not None:
                yield from found if isinstance(found, list) else (found,)


def _join_day_ranges(text: str, mentions: list[Mention], scan_start: int) -> tuple[list[Mention], set[int]]:
    """'13. - 15. Juli': the first end takes month and year from the second one."""
    result: list[Mention] = []
    ends: set[int] = set()
    for mention in mentions:
        second = _DAY_TIMEX.fullmatch(mention.timex or "") if mention.kind == "date" else None
        first = _RANGE_FIRST.search(text, max(scan_start, mention.start - 45), mention.start) if second else None
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



def _join_date_and_time(text: str, mentions: list[Mention]) -> list[Mention]:
    """'23.04.2022 14:55' is one point in time, not a date and a clock time."""
    joined: list[Mention] = []
    for mention in mentions:
        if joined and mention.start < joined[-1].end:
            continue                          # the clock time a date has already taken in
        previous = joined[-1] if joined else None
        if (previous is not None and previous.kind == "date" and mention.kind == "date"
                and _is_day(previous.timex) and _is_clock(mention.timex)
                and not text[previous.end:mention.start].strip(" ,")
                or previous is not None and previous.kind == "date" and _is_clock(mention.timex)
                and re.fullmatch(r",?\s*(?:um|at)\s*", text[previous.end:mention.start]) and _is_day(previous.timex)):
            previous.end = mention.end
            previous.timex = previous.timex + mention.timex[len("XXXX-XX-XX"):]
            continue
        if mention.kind == "date" and _is_day(mention.timex):
            bare = _TIME_AFTER_DATE.match(text, mention.end)
            if bare and int(bare["h"]) <= 24 and re.match(r",?\s*(?:um|at)?\s*\d", text[mention.end:]):
                if bare.group().strip().endswith("Uhr") or ":" in bare.group():
                    mention.end = bare.end()
                    mention.timex = f"{mention.timex}T{int(bare['h']):02d}:{bare['mi']}"
        joined.append(mention)
    return joined


def _is_day(timex: str | None) -> bool:
    return bool(timex) and re.fullmatch(r"\d{4}-\d\d-\d\d|XXXX-\d\d-\d\d", timex) is not None


def _is_clock(timex: str | None) -> bool:
    return bool(timex) and timex.startswith("XXXX-XX-XXT")


def _take_preposition(text: str, mention: Mention) -> None:
    """Widen a date to 'seit Mai', 'bis 2022' and set the side of it that is meant."""
    if mention.kind != "date" or _is_clock(mention.timex):
        return
    before = _PREPOSITION.search(text, max(0, mention.start - 30), mention.start)
    if before is None or before.end() != mention.start:
        return
    word = before["p"].split()[0].lower()
    if word == "bis" and (mention.timex or "").startswith("XXXX-WXX"):
        return                                # "von Montag bis Freitag" is a range, not a deadline
    mention.start = before.start()
    if mention.timex_mod is None and not before["p"].lower().endswith("ende"):
        mention.timex_mod = _PREPOSITION_MOD[word]
    elif before["p"].lower().endswith("ende") and mention.timex_mod is None:
        mention.timex_mod = "END"
