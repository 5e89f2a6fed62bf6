"""Numbers, money, percentages and counted quantities in running text.

A compiled pattern finds where a numeral starts (digits, a number word, an article before a scale
word); from there the figure is read outwards: scale words and fractions to the right, then what it
counts (currency, percent, unit, counted noun), then approximation words, signs and currency symbols
to the left. Spans the temporal extractor took (dates, durations) are never read as numbers.
The words come from the language's numbers.yaml (extract/lexicon.py); here are the shapes.
"""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from functools import cache

from factcheck.extract import digit_folding, temporal, units
from factcheck.extract.figure import Figure, to_mention
from factcheck.extract.lexicon import Lexicon, lexicon
from factcheck.extract.mention import Context, Mention, overlaps
from factcheck.extract.number_context import (
    is_a_name, is_not_a_claim, is_year_like, list_item_end, read_currency_word_before, read_left, read_unit_before,
)
from factcheck.extract.numerals import GROUP_SPACES, VULGAR_FRACTIONS, parse_digits
from factcheck.extract.pronoun_numerals import with_pronoun_numerals
from factcheck.extract.quantities import (
    followed_by_something, is_an_ordinal, read_attached_scale, read_cents_after, read_decimal_word,
    read_fraction_after_scale, read_fraction_and_multiplier, read_fraction_of_scale, read_scale, read_scope_after,
    read_what_is_counted,
)
from factcheck.extract.units import code_against_digits
from factcheck.extract.unreadable import unreadable_spans
from factcheck.extract.timex import trie_regex

_DIGITS = rf"\d{{1,3}}(?:[{GROUP_SPACES}]\d{{3}}(?!\d))+(?:[.,]\d+)?(?![.,]?\d)|\d+(?:[.,]\d+)*"
_DATE_SHAPE = re.compile(r"(?P<dd>\d{1,2})\.(?P<mm>\d{1,2})\.(?:\d{2,4})?(?!\d)|\d{4}-(?P<ym>\d{1,2})(?!\d)"
                         r"|(?P<a>\d{1,2})/(?P<b>\d{1,2})/\d{2,4}")
_CLOCK_DOT = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d(?!\d)")
_HYPHEN_COMPOUND = re.compile(r"[-‑][^\W\d_]")
_EXPONENT = re.compile(r"(?:[eE]|[ ]?[x×][ ]?10\^)([+-]?\d{1,3})(?![\w.,])")
_MIXED_FRACTION = re.compile(r"[ \u00a0]+(\d)(?=/\d)")
_CURRENCY_PREFIX = re.compile(r"(?:(?:US|HK|NZ|C|A)\$|[€$£¥]|[A-Z]{3})[ \u00a0]?(?=\d)")
_SMALL_FRACTION = re.compile(r"(\d+)/(\d{1,3})(?![\d/])")


@cache
def _core_pattern(code: str) -> re.Pattern:
    lex = lexicon(code)
    # no IGNORECASE: it makes every alternative slower; the word patterns allow a capital first letter.
    # The leading class of possible first characters lets the engine skip most positions at once.
    return re.compile(
        rf"(?=[\d{lex.first_letters}{''.join(VULGAR_FRACTIONS)}])"
        rf"(?:(?P<digits>{_DIGITS})"
        rf"|(?P<vulgar>[{''.join(VULGAR_FRACTIONS)}])"
        rf"|(?P<article>\b(?:{lex.articles})\b(?=[\s-]+(?:{lex.article_next})(?![\w])))"
        rf"|(?P<word>\b(?:{lex.word_pattern})\b))",
    )


def _minimal_prefixes(words) -> list[str]:
    """'acht', 'achtzehn', 'achtzig' -> 'acht': a word starting with any of them starts with one of these."""
    kept: list[str] = []
    for word in sorted(words):
        if not kept or not word.startswith(kept[-1]):
            kept.append(word)
    return kept


@cache
def _word_start_bytes(code: str) -> re.Pattern:
    """A space, then a word that begins like a number word, in temporal.spaced_words."""
    return re.compile(b" " + trie_regex(_minimal_prefixes(lexicon(code).word_starts)).encode("latin-1"))


def find(text: str, context: Context, taken: list[tuple[int, int]]) -> list[Mention]:
    """Every number, amount of money, percentage and counted quantity in text, outside the taken spans."""
    runs = digit_folding.digit_runs(text, context.start)
    if not text.isascii() and any(digit_folding.is_odd(text, start, end) for start, end in runs):
        return _find_folded(text, context, taken)
    return _find(text, context, taken, [start for start, _ in runs])


def _find_folded(text: str, context: Context, taken: list[tuple[int, int]]) -> list[Mention]:
    """Read the numbers on a copy with plain digits ("１１．６００", "11\u200b600"); offsets into text."""
    lex = lexicon(context.lang)
    folded = digit_folding.fold(text, lex.thousands_separator, lex.numbers.decimal_mark)
    shifted = replace(context, start=folded.to_folded(context.start))
    starts = [run.start() for run in digit_folding.DIGIT_RUN.finditer(folded.text, shifted.start)]
    found = _find(folded.text, shifted, [(folded.to_folded(a), folded.to_folded(b)) for a, b in taken], starts)
    for m in found:
        m.start, m.end = folded.span_to_original(m.start, m.end)
    return found


def _find(text: str, context: Context, taken: list[tuple[int, int]], digit_starts: list[int]) -> list[Mention]:
    lex = lexicon(context.lang)
    lang = lex.lang
    blocked = sorted(taken + unreadable_spans(text, context.start))
    found: list[Mention] = []
    resume = context.start
    for m in _figure_starts(text, lang, context.start, digit_starts):
        if m.start() < resume or overlaps(blocked, m.start(), m.end()):
            continue
        figure = _read(text, m, lex, blocked)
        if figure is None:
            continue
        resume = figure.end
        mention = to_mention(figure)
        if mention is not None and not overlaps(blocked, mention.start, mention.end):
            found.append(mention)
    if lex.pronoun_numeral is not None:
        found = with_pronoun_numerals(text, context.start, lex, blocked, found)
    return found


def _figure_starts(text: str, lang: str, start: int, digit_starts: list[int]):
    """What _core_pattern.finditer(text, start) finds, at a fraction of the cost.

    The core pattern is tried only where a figure can begin: a digit, a fraction sign, or a word
    that begins like a number word. A regex that reads the words of temporal's one-byte copy of the
    text jumps from space to space; on the text itself it would stop at every letter.
    """
    core = _core_pattern(lang)
    spaced = temporal.spaced_words(text)
    if spaced is None:
        yield from core.finditer(text, start)
        return
    scanned_to = start
    comma_groups = lexicon(lang).thousands_separator == ","
    for position in _candidate_positions(text, spaced, lang, start, digit_starts):
        if position < scanned_to:
            continue
        m = core.match(text, position)
        if m is not None:
            # a phrase of words may read shorter than it matched ("ten and fifteen"): look inside it again,
            # and en: "22,24,26,31" may be a list of numbers
            kind = m.lastgroup
            inside = kind == "word" and " " in m.group() \
                or kind == "digits" and comma_groups and text.find(",", m.start(), m.end()) != -1
            scanned_to = m.start() + 1 if inside else m.end()
            yield m


def _candidate_positions(text: str, spaced: bytes, lang: str, start: int, digit_starts: list[int]) -> list[int]:
    positions = list(digit_starts)
    positions += [i for i in range(start, len(text)) if text[i] in VULGAR_FRACTIONS] if _has_vulgar(text) else []
    # spaced is one byte longer than text: a word at i begins after the space at i
    positions += [m.start() for m in _word_start_bytes(lang).finditer(spaced, start)]
    if (article := lexicon(lang).article_start) is not None:
        positions += [m.start() for m in article.finditer(text, start)]
    positions.sort()
    return positions


def _has_vulgar(text: str) -> bool:
    return any(fraction in text for fraction in VULGAR_FRACTIONS)


def _read(text: str, m: re.Match, lex: Lexicon, blocked) -> Figure | None:
    figure = _numeral(text, m, lex)
    if figure is None:
        return None
    read_fraction_and_multiplier(text, figure, lex)
    if is_an_ordinal(text, figure, lex):
        return None
    read_fraction_of_scale(text, figure, lex)
    read_scale(text, figure, lex)
    if figure.power:
        read_fraction_after_scale(text, figure, lex)
    if figure.kind == "number" and lex.numbers.currency_word_first:
        read_currency_word_before(text, figure, lex)
    if not (lex.numbers.ratio_words and _read_ratio(text, figure, lex)) \
            and not (figure.kind == "number" and read_unit_before(text, figure, lex)) \
            and not _read_range(text, figure, lex, blocked):
        read_what_is_counted(text, figure, lex)
    read_left(text, figure, lex)
    read_cents_after(text, figure, lex)
    read_scope_after(text, figure, lex)
    if is_not_a_claim(text, figure, lex):
        return None
    return figure


def _numeral(text: str, m: re.Match, lex: Lexicon, in_range: bool = False) -> Figure | None:
    start, end = m.span()
    if m.group("digits"):
        return _digit_numeral(text, start, end, lex, in_range)
    if m.group("vulgar"):
        return Figure(start, end, VULGAR_FRACTIONS[m.group()], 0.0, False, m.group())
    if m.group("article"):
        return Figure(start, end, 1.0, 0.0, False, m.group())
    word = m.group()
    value = lex.parse_word(word)
    if value is None and (head := lex.longest_number_prefix(word)) != word:
        word, end = head, start + len(head)    # en: "ten and fifteen" reads "ten", then "fifteen"
        value = lex.parse_word(word)
    if value is None or is_a_name(text, start, word, lex):
        return None
    if word.lower() in lex.lone_word_needs_unit and not followed_by_something(text, end, lex, counted=False) \
            and not lex.sign_word.search(text, max(0, start - 10), start) \
            and not lex.fraction_of_after.match(text, end) and not lex.ratio_after.match(text, end) \
            and not _decimal_word_follows(text, end, lex):
        return None                   # en: "one of them", "the one": not a figure; "minus one" is
    figure = Figure(start, end, value, 0.0, False, word)
    read_decimal_word(text, figure, lex)
    return figure


def _decimal_word_follows(text: str, end: int, lex: Lexicon) -> bool:
    """en: 'one point five': the decimal word and a digit after it."""
    m = lex.decimal_word.match(text, end)
    return bool(m) and (m.group(1).isdigit() or lex.parse_word(m.group(1)) is not None)


def _digit_numeral(text: str, start: int, end: int, lex: Lexicon, in_range: bool = False) -> Figure | None:
    raw = text[start:end]
    item_end = None
    if lex.numbers.decimal_mark == "." and ("," in raw or text[start - 1:start] == ","):
        if (item_end := list_item_end(text, start, end, lex)) is not None:
            end = item_end            # en: "nos. 22,24,26,31": a list, one number after another
            raw = text[start:end]
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    joined = before in "-‑" and start > 1 and text[start - 2].isalnum() and not in_range \
        and not (lex.unit_before_last_words and lex.unit_before.search(text, max(0, start - 24), start))
    if before == lex.numbers.decimal_mark and raw.isdigit() and (start < 2 or text[start - 2] in " \t\n(-−"):
        return _leading_decimal(text, start, end)   # en: ".08", "-.5": no digit before the point
    if (before.isalpha() and not code_against_digits(text, start, end)) or joined \
            or before in "/:.,#§_^" and not (before == "," and item_end is not None):
        return None                   # inside a word or identifier: "G20", "Covid-19", "3:1", "10^6"
    if (before in "+-" and _is_an_exponent(text, start)) or after == "^":
        return None                   # "12.32e+14", "1.1^23": powers we do not read
    if _looks_like_a_date(text, start, lex) or lex.clock_or_score.match(text, start):
        return None
    if _CLOCK_DOT.fullmatch(raw) and lex.clock_before and lex.clock_before.search(text, max(0, start - 8), start):
        return None                   # de: "bis 3.00", "um 18.30": a clock time
    if raw[0] == "0" and len(raw) > 1 and raw[1].isdigit() and raw.isdigit():
        return None                   # "0800", "030": phone and ID numbers
    numeral = _fraction(text, start, end) or parse_digits(raw, lex.thousands_separator)
    if numeral is None or (not isinstance(numeral, tuple) and after == "/" and text[end + 1:end + 2].isdigit()):
        return None                   # "3/1", "24/7", "2020/21": scores, ranges of seasons
    figure = Figure(start, end if not isinstance(numeral, tuple) else numeral[1], numeral[0]
                     if isinstance(numeral, tuple) else numeral.value,
                     0.0 if isinstance(numeral, tuple) else numeral.step, True, raw)
    if (after in "eEx×" or after == " " and text[end + 1:end + 2] in ("x", "×")) \
            and (exponent := _EXPONENT.match(text, end)):
        figure.power, figure.end = int(exponent.group(1)), exponent.end()   # "1.3e6", "-12e-1", "1.3x10^6"
    elif after.isalpha() and not read_attached_scale(text, figure, lex) and not code_against_digits(text, start, end) \
            and not units.physical_after(text, end, lex) and not units.currency_after(text, end, lex):
        return None                   # "5G", "3D", "19er"; but "58km", "20Rs"
    if after in "-‑" and _HYPHEN_COMPOUND.match(text, end) and not _hyphen_joins_a_unit(text, end, lex) \
            and not (lex.numbers.counts_in_compounds and units.compound_after(text, end, lex)):
        return None                   # de: "19-Jährige", "3-Zimmer-Wohnung": part of an adjective or noun
    if "/" in text[figure.end + 1:figure.end + 4] and raw.isdigit() and (mixed := _MIXED_FRACTION.match(text, figure.end)) and (part := _fraction(
            text, mixed.start(1), mixed.end(1))):
        figure.value, figure.end, figure.step = float(figure.value) + part[0], part[1], 0.0   # "2 1/4"
    read_decimal_word(text, figure, lex)
    return figure


def _leading_decimal(text: str, start: int, end: int) -> Figure | None:
    if end < len(text) and (text[end].isalnum() or text[end] in ".,"):
        return None
    raw = text[start:end]
    return Figure(start - 1, end, Decimal("0." + raw), 10.0 ** -len(raw), True, "." + raw)


def _hyphen_joins_a_unit(text: str, end: int, lex: Lexicon) -> bool:
    """de: "50-Millionen-Dollar-Deal", "siebenhundert-Euro": the hyphen joins a scale or currency."""
    scale = lex.scale_after.match(text, end)
    return bool(scale and len(scale.group(1)) > 1 or lex.currency_after.match(text, end)
                or lex.percent_after.match(text, end + 1))


def _fraction(text: str, start: int, end: int) -> tuple[float, int] | None:
    """'1/2', '3/4', '20/100': small fractions and hundredths only ('24/7' and '2020/21' are not)."""
    m = _SMALL_FRACTION.match(text, start)
    if not m or m.end(1) != end:
        return None
    numerator, denominator = int(m.group(1)), int(m.group(2))
    if (2 <= denominator <= 10 or denominator == 100) and numerator < denominator:
        return numerator / denominator, m.end()
    return None


def _is_an_exponent(text: str, start: int) -> bool:
    """'12.32e+14', '2.5^-1': the digits after an exponent sign are no figure of their own."""
    signed = start
    while signed > 0 and text[signed - 1] in "+-":
        signed -= 1
    if signed == start or signed == 0:
        return False
    return text[signed - 1] == "^" or (signed >= 2 and text[signed - 1] in "eE" and text[signed - 2].isdigit())


def _looks_like_a_date(text: str, start: int, lex: Lexicon) -> bool:
    """'4.12.', '2024-05', '5/17/2018': only where day and month can be one ('$5.99.' is a price)."""
    m = _DATE_SHAPE.match(text, start)
    if not m:
        return False
    if m.group("dd"):
        if not lex.numbers.day_month_dots:
            return False              # en: "a magnitude of 5.9." is a figure, never the 5th of September
        return 1 <= int(m.group("dd")) <= 31 and 1 <= int(m.group("mm")) <= 12
    if m.group("ym"):
        return 1 <= int(m.group("ym")) <= 12
    return min(int(m.group("a")), int(m.group("b"))) <= 12


def _read_ratio(text: str, figure: Figure, lex: Lexicon) -> bool:
    """'1 over 3', 'one out of three': a fraction, read as one figure."""
    if figure.power or figure.kind != "number" or not lex.numbers.ratio_words:
        return False
    join = lex.ratio_after.match(text, figure.end)
    if not join or not (second_match := _core_pattern(lex.lang).match(text, join.end())):
        return False
    second = _numeral(text, second_match, lex, in_range=True)
    if second is None:
        return False
    read_scale(text, second, lex)
    denominator = Decimal(str(second.value)) * Decimal(10) ** second.power
    if denominator <= Decimal(str(figure.value)) or _a_year_or_a_time(text, second, lex):
        return False                  # "12 out of 10", "2 in 2019", "5 in 10 days": two figures, not a fraction
    figure.value = float(Decimal(str(figure.value)) / denominator)
    figure.end, figure.from_digits, figure.step = second.end, False, 0.0
    return True


def _a_year_or_a_time(text: str, second: Figure, lex: Lexicon) -> bool:
    if second.from_digits and len(second.raw) == 4 and second.raw.isdigit():
        return True
    counted = units.counted_after(text, second.end, lex)
    return bool(counted and counted.is_time)


def _after_a_repeated_currency(text: str, pos: int, first_start: int) -> int:
    """'€4.4bn to €4.6bn', '$10-$20': the currency of the low end written again before the high end."""
    m = _CURRENCY_PREFIX.match(text, pos)
    if not m or not (first := units.currency_before(text, first_start)):
        return pos
    again = units.currency_before(text, m.end())
    return m.end() if again is not None and again[1] == first[1] else pos


def _read_range(text: str, figure: Figure, lex: Lexicon, blocked) -> bool:
    """'100 bis 300 Milliarden', 'zwischen 5 und 10 Prozent', '€4.4bn to €4.6bn': one claim from low to high."""
    if not figure.from_digits and not isinstance(figure.value, float):
        return False
    join = lex.range_join.match(text, figure.end)
    if not join:
        return False
    if join.group().strip() in lex.range_and and not lex.between.search(text, max(0, figure.start - 12),
                                                                      figure.start):
        return False
    if lex.numbers.change_verbs and lex.change_from.search(text, max(0, figure.start - 40), figure.start):
        return False                  # en: "rose from 5 to 7 million": the old and the new figure
    second_start = _after_a_repeated_currency(text, join.end(), figure.start)
    if second_start != join.end() and lex.change_by.search(text, max(0, figure.start - 12), figure.start):
        return False                  # en: "raises it by CHF 4 to CHF 79": the change, then the new price
    second_match = _core_pattern(lex.lang).match(text, second_start)
    if not second_match:
        return False
    if overlaps(blocked, second_match.start(), second_match.end()):
        figure.is_time = True         # "10 bis 12 Uhr", "18. bis 20. September": part of a time expression
        return False
    second = _numeral(text, second_match, lex, in_range=True)
    if second is None:
        return False
    read_scale(text, second, lex)
    read_what_is_counted(text, second, lex)
    if second.is_time:
        figure.is_time = True         # "in den letzten 20 bis 30 Jahren", "10 bis 12 Uhr": a time span
        return False
    if figure.power and not second.power:
        return False                  # "5 Millionen bis 300": two figures
    if not second.power and second.kind == "number" and second_start == join.end():
        return False                  # "0 bis 255": two figures; a range only where the scale or unit is shared
    low = Decimal(str(figure.value)) * Decimal(10) ** (figure.power or second.power)
    if Decimal(str(second.value)) * Decimal(10) ** second.power <= low:
        return False
    if is_year_like(figure) and is_year_like(second):
        return False
    figure.low_value = float(low)
    figure.value, figure.power, figure.step = second.value, second.power, second.step
    figure.end, figure.kind, figure.unit = second.end, second.kind, second.unit
    figure.scale_word, figure.qualifiers = second.scale_word, second.qualifiers
    figure.known_noun = second.known_noun
    return True
