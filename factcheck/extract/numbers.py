"""Numbers, money, percentages and counted quantities in running text.

A compiled pattern finds where a numeral starts (digits, a number word, an article before a scale
word); from there the figure is read outwards: scale words and fractions to the right, then what it
counts (currency, percent, unit, counted noun), then approximation words, signs and currency symbols
to the left. Spans the temporal extractor took (dates, durations) are never read as numbers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache

from factcheck.extract import hedges, temporal, units
from factcheck.extract.lexicon import Lexicon, lexicon
from factcheck.extract.mention import Context, Mention, overlaps
from factcheck.extract.numerals import (
    ENGLISH_WORD, ENGLISH_WORD_STARTS, GERMAN_WORD, GERMAN_WORD_STARTS, GROUP_SPACES, VULGAR_FRACTIONS, Numeral,
    digits_of_word, parse_digits, parse_english_words, parse_german_word,
)
from factcheck.extract.timex import trie_regex

_DIGITS = rf"\d{{1,3}}(?:[{GROUP_SPACES}]\d{{3}}(?!\d))+(?:,\d+)?(?![.,]?\d)|\d+(?:[.,]\d+)*"
_ARTICLE_NEXT = {
    "de": r"halbe[ns]?|[Dd]utzend|[Tt]ausend|[Hh]undert|[Mm]illion|[Mm]illiarde|[Bb]illion|[Bb]illiarde|Mio\.?"
          r"|Mrd\.?|Euro|Dollar|US-Dollar|Pfund|Franken|Yen|Yuan|Prozent|Prozentpunkt|[Vv]iertel|[Dd]rittel",
    "en": r"half|dozen|hundred|thousand|million|billion|trillion|quarter|third",
}
_ARTICLES = {"de": "[Ee]in(?:e[nmrs]?)?", "en": "[Aa]n?"}
_WORDS = {"de": GERMAN_WORD, "en": ENGLISH_WORD}
_WORD_STARTS = {"de": GERMAN_WORD_STARTS, "en": ENGLISH_WORD_STARTS}
_DIGIT_RUN = re.compile(r"\d\d*")      # begins with a character class: the engine skips non-digits in C
# de: the articles ("eine Million") begin like the number word "ein" and are found with it
_ARTICLE_START = {"de": None, "en": re.compile(r"(?<!\w)an?[\s-]", re.I)}
_FIRST_LETTERS = {"de": "AaDdEeFfHhNnSsTtVvZz", "en": "AaEeFfHhNnOoSsTtZz"}

_DATE_SHAPE = re.compile(r"\d{1,2}\.\d{1,2}\.(?:\d{2,4})?(?!\d)|\d{4}-\d{1,2}(?!\d)|\d{1,2}/\d{1,2}/\d{2,4}")
_CLOCK_OR_SCORE = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:Uhr|h\b)|\d+:\d+")
_CLOCK_AFTER = re.compile(r"(?:^|\s)(?:[Uu]m|[Bb]is|[Aa]b|[Vv]on|[Gg]egen|[Ss]eit)\s+$")
_CLOCK_DOT = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d(?!\d)")
_ATTACHED_SCALE = {"k": 3, "K": 3, "Tsd": 3, "Mio": 6, "Mrd": 9, "Bio": 12, "bn": 9, "mn": 6, "m": 6, "M": 6,
                   "tn": 12}
_ATTACHED = re.compile(r"(k|K|Tsd|Mio|Mrd|Bio|bn|mn|m|M|tn)\.?(?![\w])")
_FRACTION_WORDS = {"halb": 0.5, "halbe": 0.5, "halben": 0.5, "halbes": 0.5, "drittel": 1 / 3, "viertel": 0.25,
                   "fünftel": 0.2, "achtel": 0.125, "half": 0.5, "halves": 0.5, "thirds": 1 / 3,
                   "third": 1 / 3, "quarter": 0.25, "quarters": 0.25}
_FRACTION_AFTER = re.compile(r"\s+(halbe[ns]?|halb|[Dd]rittel|[Vv]iertel|[Ff]ünftel|[Aa]chtel|halves|thirds?"
                             r"|quarters?)(?![\w])")
_AND_FRACTION = re.compile(r"\s+(?:und|and)\s+(\w+)\s+(Viertel|Drittel|Hälfte|halbe|quarters?|thirds?)(?![\w])",
                           re.I)
_DOZEN = re.compile(r"\s+(?:dutzend|dozen)(?![\w])", re.I)
_KOMMA = re.compile(r"\s+(?:komma|point)\s+(\d+|\w+)", re.I)
_RANGE_JOIN = re.compile(r"\s*(?:–|—|-|bis(?!\s+zu)|to)\s*|\s+(?:und|and)\s+")
_SIGN = re.compile(r"(?:^|(?<=[\s(\[]))([-−–])$|(?:^|(?<=\n))([-−–])\s$")
_SIGN_WORD = re.compile(r"(?:minus|negativ|negative)\s+$", re.I)
_ORDINAL_CONTEXT = re.compile(
    r"(?:^|\n|[–:(,]\s*)$|(?:^|\s)(?:der|die|das|den|dem|des|am|im|zum|zur|vom|beim|ins|ab|bis|seit|jeder|jede|jedes|ihr|ihre|"
    r"sein|seine|zu|zwischen|nach|vor|für|fürs|the|on|of)\s+$", re.I)
_IDENTIFIER_WORDS = frozenset("""seite s nr nummer artikel art paragraf paragraph kapitel version windows iphone
galaxy level staffel folge band ausgabe gruppe platz tabelle abbildung abb linie gleis zimmer raum halle terminal
flug route highway interstate bundesstraße kanal runde jahrgang zone klasse stufe phase teil modell typ serie
generation bus tram zug ice a b tor minute page chapter no number flight""".split())
# no look-behind in front: a pattern that starts with plain characters lets the engine skip ahead fast
_PHONE = re.compile(r"(?:\+\d{1,3}[ /-]?\(?\d|\(0\d+\)|0\d{2,5}[ /-])[\d /-]{5,}\d")
_URL = re.compile(r"(?:https?://|www\.)\S+")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_YEAR = range(1000, 2200)
_WORD_AFTER_DOT = re.compile(r"\.\s+(\w+)")
_WORD_BEFORE = re.compile(r"(?:^|[\s(])([\w.§-]+)\s+$")
_TOKEN = re.compile(r"\S+")
_BETWEEN = re.compile(r"(?:[Zz]wischen|[Bb]etween)\s+$")
_CAPITALIZED_BEFORE = re.compile(r"([A-ZÄÖÜ][a-zäöüß]+)\s+$")
_HYPHEN_COMPOUND = re.compile(r"[-‑][^\W\d_]")
_SMALL_FRACTION = re.compile(r"(\d)/(\d{1,2})(?![\d/])")


@cache
def _hedge_last_words(lang: str) -> frozenset[str]:
    return frozenset(phrase.split()[-1] for phrase in lexicon(lang).hedges)


@cache
def _core_pattern(lang: str) -> re.Pattern:
    # no IGNORECASE: it makes every alternative slower; the word patterns allow a capital first letter.
    # The leading class of possible first characters lets the engine skip most positions at once.
    return re.compile(
        rf"(?=[\d{_FIRST_LETTERS[lang]}{''.join(VULGAR_FRACTIONS)}])"
        rf"(?:(?P<digits>{_DIGITS})"
        rf"|(?P<vulgar>[{''.join(VULGAR_FRACTIONS)}])"
        rf"|(?P<article>\b(?:{_ARTICLES[lang]})\b(?=[\s-]+(?:{_ARTICLE_NEXT[lang]})(?![\w])))"
        rf"|(?P<word>\b(?:{_WORDS[lang]})\b))",
    )


def _minimal_prefixes(words) -> list[str]:
    """'acht', 'achtzehn', 'achtzig' -> 'acht': a word starting with any of them starts with one of these."""
    kept: list[str] = []
    for word in sorted(words):
        if not kept or not word.startswith(kept[-1]):
            kept.append(word)
    return kept


@cache
def _word_start_bytes(lang: str) -> re.Pattern:
    """A space, then a word that begins like a number word, in temporal.spaced_words."""
    return re.compile(b" " + trie_regex(_minimal_prefixes(_WORD_STARTS[lang])).encode("latin-1"))


@dataclass
class _Figure:
    """A figure being read: where it stands and what has been found about it so far."""

    start: int
    end: int
    value: Decimal | float
    step: float                 # place of the last written digit, before scaling
    from_digits: bool
    raw: str
    power: int = 0
    scale_word: str | None = None
    kind: str = "number"
    unit: str | None = None
    qualifiers: dict[str, str] = field(default_factory=dict)
    approx: str = "exact"
    low_value: float | None = None      # ranges: "100 bis 300 Milliarden"
    is_time: bool = False
    known_noun: bool = False
    negative: bool = False


def find(text: str, context: Context, taken: list[tuple[int, int]]) -> list[Mention]:
    """Every number, amount of money, percentage and counted quantity in text, outside the taken spans."""
    lang = context.lang if context.lang in ("de", "en") else "de"
    lex = lexicon(lang)
    blocked = sorted(taken + _unreadable_spans(text, context.start))
    found: list[Mention] = []
    resume = context.start
    for m in _figure_starts(text, lang, context.start):
        if m.start() < resume or overlaps(blocked, m.start(), m.end()):
            continue
        figure = _read(text, m, lex, blocked)
        if figure is None:
            continue
        resume = figure.end
        mention = _to_mention(figure)
        if mention is not None and not overlaps(blocked, mention.start, mention.end):
            found.append(mention)
    return found


def _figure_starts(text: str, lang: str, start: int):
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
    for position in _candidate_positions(text, spaced, lang, start):
        if position < scanned_to:
            continue
        m = core.match(text, position)
        if m is not None:
            scanned_to = m.end()
            yield m


def _candidate_positions(text: str, spaced: bytes, lang: str, start: int) -> list[int]:
    positions = [m.start() for m in _DIGIT_RUN.finditer(text, start)]
    positions += [i for i in range(start, len(text)) if text[i] in VULGAR_FRACTIONS] if _has_vulgar(text) else []
    # spaced is one byte longer than text: a word at i begins after the space at i
    positions += [m.start() for m in _word_start_bytes(lang).finditer(spaced, start)]
    if (article := _ARTICLE_START[lang]) is not None:
        positions += [m.start() for m in article.finditer(text, start)]
    positions.sort()
    return positions


def _has_vulgar(text: str) -> bool:
    return any(fraction in text for fraction in VULGAR_FRACTIONS)


def _unreadable_spans(text: str, start: int) -> list[tuple[int, int]]:
    """URLs, e-mail addresses and phone numbers: digits there are not figures."""
    spans = [m.span() for m in _PHONE.finditer(text, start)
             if not m.start() or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in ".,")]
    if "http" in text or "www." in text:
        spans += [m.span() for m in _URL.finditer(text, start)]
    if "@" in text:
        spans += [m.span() for m in _EMAIL.finditer(text, start)]
    return spans


def _read(text: str, m: re.Match, lex: Lexicon, blocked) -> _Figure | None:
    figure = _numeral(text, m, lex)
    if figure is None:
        return None
    _read_fraction_and_dozen(text, figure, lex)
    _read_scale(text, figure, lex)
    if not _read_range(text, figure, lex, blocked):
        _read_what_is_counted(text, figure, lex)
    _read_left(text, figure, lex)
    if _is_not_a_claim(text, figure, lex):
        return None
    return figure


def _numeral(text: str, m: re.Match, lex: Lexicon, in_range: bool = False) -> _Figure | None:
    start, end = m.span()
    if m.group("digits"):
        return _digit_numeral(text, start, end, lex, in_range)
    if m.group("vulgar"):
        return _Figure(start, end, VULGAR_FRACTIONS[m.group()], 0.0, False, m.group())
    if m.group("article"):
        return _Figure(start, end, 1.0, 0.0, False, m.group())
    word = m.group()
    value = parse_german_word(word) if lex.lang == "de" else parse_english_words(word)
    if value is None or _is_a_name(text, start, word):
        return None
    if lex.lang == "en" and word.lower() == "one" and not _followed_by_something(text, end, lex):
        return None                   # en: "one of them", "the one": not a figure
    figure = _Figure(start, end, value, 0.0, False, word)
    _read_komma(text, figure, lex)
    return figure


def _is_a_name(text: str, start: int, word: str) -> bool:
    """de: number words are written in lower case; "Claudia Tausend", "Eins Plus" are names."""
    if not word[0].isupper() or word.isupper():
        return False
    head = text[max(0, start - 4):start].rstrip(" \"„“'(«»")
    if not head or head[-1] in ".!?:\n–-":
        return False                  # a sentence (or list item, or quote) starts here
    before = _CAPITALIZED_BEFORE.search(text, max(0, start - 30), start)
    return not before or before.group(1).lower() not in units.GERMAN_FUNCTION_WORDS


def _digit_numeral(text: str, start: int, end: int, lex: Lexicon, in_range: bool = False) -> _Figure | None:
    raw = text[start:end]
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    joined = before in "-‑" and start > 1 and text[start - 2].isalnum() and not in_range
    if before.isalpha() or before in "/:.,#§_" or joined:
        return None                   # inside a word or identifier: "G20", "Covid-19", "3:1"
    if _DATE_SHAPE.match(text, start) or _CLOCK_OR_SCORE.match(text, start):
        return None
    if _CLOCK_DOT.fullmatch(raw) and _CLOCK_AFTER.search(text, max(0, start - 8), start):
        return None                   # de: "bis 3.00", "um 18.30": a clock time
    if raw[0] == "0" and len(raw) > 1 and raw[1].isdigit() and raw.isdigit():
        return None                   # "0800", "030": phone and ID numbers
    numeral = _fraction(text, start, end) or parse_digits(raw, lex.lang)
    if numeral is None or (not isinstance(numeral, tuple) and after == "/" and text[end + 1:end + 2].isdigit()):
        return None                   # "3/1", "24/7", "2020/21": scores, ranges of seasons
    figure = _Figure(start, end if not isinstance(numeral, tuple) else numeral[1], numeral[0]
                     if isinstance(numeral, tuple) else numeral.value,
                     0.0 if isinstance(numeral, tuple) else numeral.step, True, raw)
    if after.isalpha() and not _read_attached_scale(text, figure):
        return None                   # "5G", "3D", "19er"
    if after in "-‑" and _HYPHEN_COMPOUND.match(text, end) and not _hyphen_joins_a_unit(text, end, lex):
        return None                   # de: "19-Jährige", "3-Zimmer-Wohnung": part of an adjective or noun
    _read_komma(text, figure, lex)
    return figure


def _hyphen_joins_a_unit(text: str, end: int, lex: Lexicon) -> bool:
    """de: "50-Millionen-Dollar-Deal", "siebenhundert-Euro": the hyphen joins a scale or currency."""
    scale = lex.scale_after.match(text, end)
    return bool(scale and len(scale.group(1)) > 1 or lex.currency_after.match(text, end)
                or lex.percent_after.match(text, end + 1))


def _fraction(text: str, start: int, end: int) -> tuple[float, int] | None:
    """'1/2', '3/4': small fractions only ('24/7' and '2020/21' are not)."""
    m = _SMALL_FRACTION.match(text, start)
    if not m or m.end(1) != end:
        return None
    numerator, denominator = int(m.group(1)), int(m.group(2))
    if 2 <= denominator <= 10 and numerator < denominator:
        return numerator / denominator, m.end()
    return None


def _read_attached_scale(text: str, figure: _Figure) -> bool:
    m = _ATTACHED.match(text, figure.end)
    if not m:
        return False
    figure.power = _ATTACHED_SCALE[m.group(1)]
    figure.scale_word = m.group(1)
    figure.end = m.end()
    return True


def _read_komma(text: str, figure: _Figure, lex: Lexicon) -> None:
    m = _KOMMA.match(text, figure.end)
    if not m:
        return
    # isdecimal, not isdigit: "³" is a digit to isdigit but no decimal digit to Decimal
    digits = m.group(1) if m.group(1).isdecimal() else digits_of_word(m.group(1), lex.lang)
    if digits:
        figure.value = Decimal(str(figure.value)).to_integral() + Decimal("0." + digits)
        figure.end = m.end()


def _followed_by_something(text: str, end: int, lex: Lexicon) -> bool:
    return bool(lex.scale_after.match(text, end) or units.counted_after(text, end, lex)
                or units.currency_after(text, end, lex) or units.percent_after(text, end, lex))


def _read_fraction_and_dozen(text: str, figure: _Figure, lex: Lexicon) -> None:
    m = _AND_FRACTION.match(text, figure.end)
    if m:                             # de: "fünf und drei Viertel", en: "two and a half"
        count = parse_german_word(m.group(1)) if lex.lang == "de" else parse_english_words(m.group(1))
        if count is None and m.group(1).lower() in ("a", "an", "eine", "ein"):
            count = 1.0
        part = _FRACTION_WORDS.get(m.group(2).lower(), 0.5)
        if count is not None:
            figure.value = float(figure.value) + count * part
            figure.end = m.end()
    m = _FRACTION_AFTER.match(text, figure.end)
    if m and not _fraction_is_an_adjective(text, m.end(), lex):
        figure.value = float(figure.value) * _FRACTION_WORDS[m.group(1).lower()]
        figure.end = m.end()
    m = _DOZEN.match(text, figure.end)
    if m:
        figure.value = float(figure.value) * 12
        figure.end = m.end()


def _fraction_is_an_adjective(text: str, end: int, lex: Lexicon) -> bool:
    """de: "drei halbe Schweine" multiplies, but "eine halbe Stunde" is a duration, left alone here."""
    counted = units.counted_after(text, end, lex)
    return bool(counted and counted.is_time)


def _read_scale(text: str, figure: _Figure, lex: Lexicon) -> None:
    if figure.power:
        return
    m = lex.scale_after.match(text, figure.end)
    if not m:
        return
    word = m.group(1)
    power = _scale_power(word, lex)
    if power is None:
        return
    figure.power, figure.scale_word, figure.end = power, word, m.end()
    _read_smaller_groups(text, figure, lex)


def _scale_power(word: str, lex: Lexicon) -> int | None:
    lower = word.lower()
    if len(lower) == 1:
        return None                   # "k", "m", "b" count only attached to the digits: "100k", "$970m"
    if lex.lang == "de" and lower in ("billion", "billions") and word[0].islower():
        return 9                      # an English "billion" quoted in German text
    if lower in lex.scales:
        return lex.scales[lower]
    return lexicon("en" if lex.lang == "de" else "de").scales.get(lower)   # a scale word of the other language


def _read_smaller_groups(text: str, figure: _Figure, lex: Lexicon) -> None:
    """de: 'zwei Millionen eintausendeinhundertfünfzig', 'zwei Billiarden siebenhunderteinundsiebzig Billionen'."""
    if figure.from_digits:
        return
    total = Decimal(str(figure.value)) * Decimal(10) ** figure.power
    power = figure.power
    words = _WORDS[lex.lang]
    group = re.compile(rf"\s+({words})\b(?:(?:\s+|-)(\w+\.?))?", re.I)
    while True:
        m = group.match(text, figure.end)
        if not m:
            break
        value = parse_german_word(m.group(1)) if lex.lang == "de" else parse_english_words(m.group(1))
        scale = _scale_power(m.group(2), lex) if m.group(2) else None
        if value is None or (scale is not None and scale >= power):
            break
        total += Decimal(str(value)) * Decimal(10) ** (scale or 0)
        figure.end = m.end() if scale is not None else m.end(1)
        power = scale or 0
        if scale is None:
            break
    figure.value, figure.power = total / Decimal(10) ** figure.power, figure.power


def _read_range(text: str, figure: _Figure, lex: Lexicon, blocked) -> bool:
    """'100 bis 300 Milliarden', 'zwischen 5 und 10 Prozent': one claim from low to high."""
    if figure.power or not figure.from_digits and not isinstance(figure.value, float):
        return False
    join = _RANGE_JOIN.match(text, figure.end)
    if not join:
        return False
    if join.group().strip() in ("und", "and") and not _BETWEEN.search(text, max(0, figure.start - 12),
                                                                      figure.start):
        return False
    second_match = _core_pattern(lex.lang).match(text, join.end())
    if not second_match:
        return False
    if overlaps(blocked, second_match.start(), second_match.end()):
        figure.is_time = True         # "10 bis 12 Uhr", "18. bis 20. September": part of a time expression
        return False
    second = _numeral(text, second_match, lex, in_range=True)
    if second is None:
        return False
    _read_scale(text, second, lex)
    _read_what_is_counted(text, second, lex)
    if second.is_time:
        figure.is_time = True         # "in den letzten 20 bis 30 Jahren", "10 bis 12 Uhr": a time span
        return False
    if not second.power and second.kind == "number":
        return False                  # "0 bis 255": two figures; a range only where the scale or unit is shared
    if second.is_time or Decimal(str(second.value)) <= Decimal(str(figure.value)):
        return False
    if _is_year_like(figure) and _is_year_like(second):
        return False
    scale = Decimal(10) ** second.power
    figure.low_value = float(Decimal(str(figure.value)) * scale)
    figure.value, figure.power, figure.step = second.value, second.power, second.step
    figure.end, figure.kind, figure.unit = second.end, second.kind, second.unit
    figure.scale_word, figure.qualifiers = second.scale_word, second.qualifiers
    figure.known_noun = second.known_noun
    return True


def _read_what_is_counted(text: str, figure: _Figure, lex: Lexicon) -> None:
    pos = figure.end
    if (found := units.percent_after(text, pos, lex)):
        figure.end, figure.kind, figure.unit = found[0], "percent", found[1]
        return
    if (found := units.currency_after(text, pos, lex)):
        figure.end, figure.kind, figure.unit = found[0], "money", found[1]
        _read_subunit(text, figure, lex)
        return
    if (found := units.physical_after(text, pos)) and not (lex.lang == "de" and found[1] == "t"
                                                            and figure.power):
        figure.end, figure.kind, figure.unit = found[0], "quantity", found[1]
        return
    counted = units.counted_after(text, pos, lex)
    if counted:
        figure.is_time = counted.is_time
        figure.known_noun = counted.known
        if not counted.is_time:
            figure.end, figure.kind, figure.unit = counted.end, "quantity", counted.unit
            figure.qualifiers.update(counted.qualifiers)


def _read_subunit(text: str, figure: _Figure, lex: Lexicon) -> None:
    """'zwei Euro fünfzig', '15 Dollar und 15 Cent', '15 Dollar 50'."""
    m = units.SUBUNIT.match(text, figure.end)
    if not m:
        return
    word = m.group(1)
    cents = int(word) if word.isdigit() else parse_german_word(word) if lex.lang == "de" else \
        parse_english_words(word)
    if cents is None or not 0 < cents < 100 or figure.power:
        return
    figure.value = Decimal(str(figure.value)) + Decimal(int(cents)) / 100
    figure.step = 0.01 if figure.from_digits else 0.0
    figure.end = m.end()


def _read_left(text: str, figure: _Figure, lex: Lexicon) -> None:
    """Currency symbols, signs and approximation words before the numeral."""
    start = figure.start
    before = text[max(0, start - 2):start].rstrip(" \u00a0")[-1:]
    if (before in "$€£¥" or before.isupper()) and (found := units.currency_before(text, start)):
        if figure.kind in ("number", "quantity"):
            figure.kind, figure.unit = "money", found[1]
        start = found[0]
        before = text[max(0, start - 2):start].rstrip()[-1:]
    if before and before in "-−–" and (sign := _SIGN.search(text, max(0, start - 3), start)):
        figure.negative, start = True, sign.start(1) if sign.group(1) else sign.start(2)
    elif before in ("s", "v", "e") and (sign := _SIGN_WORD.search(text, max(0, start - 10), start)):
        figure.negative, start = True, sign.start()
    if (hedge := _hedge_before(text, start, lex)):
        figure.approx, start = hedge
    figure.start = start


def _hedge_before(text: str, start: int, lex: Lexicon) -> tuple[str, int] | None:
    """The approximation words right before a figure: ('almost', offset of "knapp")."""
    window_start = max(0, start - 24)
    window = text[window_start:start]
    if not window or not window[-1].isspace() and window[-1] not in ".(":
        return None
    stripped = window.rstrip()
    last = stripped[stripped.rfind(" ") + 1:].lower().lstrip("(„\"'«‚–-")
    if last not in _hedge_last_words(lex.lang):
        return None                   # the usual case, decided without splitting the window
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(window)]
    if window_start and tokens and tokens[0][0] == 0:
        tokens = tokens[1:]           # the window may begin inside a word: "darüber" is no "über"
    for count in (3, 2, 1):
        if len(tokens) < count:
            continue
        first = tokens[-count][1]
        phrase = " ".join(t for _, t in tokens[-count:]).lower()
        lead = len(first) - len(first.lstrip("(„\"'«‚–-"))
        approx = lex.hedges.get(phrase[lead:])
        if approx:
            return approx, window_start + tokens[-count][0] + lead
    return None


def _is_not_a_claim(text: str, figure: _Figure, lex: Lexicon) -> bool:
    if figure.is_time:
        return True                   # "seit acht Jahren": a duration
    bare = figure.kind == "number" and not figure.power and figure.approx == "exact"
    if _is_year_like(figure) and (bare or figure.kind == "quantity" and not figure.known_noun):
        return True                   # "im Jahr 2020", "bis 2022"
    if figure.from_digits and bare and _is_ordinal(text, figure, lex):
        return True
    if bare and _is_identifier(text, figure):
        return True
    return False


def _is_year_like(figure: _Figure) -> bool:
    return (figure.from_digits and figure.raw.isdigit() and len(figure.raw) == 4
            and int(figure.raw) in _YEAR and not figure.power and figure.kind not in ("money", "percent"))


def _is_ordinal(text: str, figure: _Figure, lex: Lexicon) -> bool:
    """de: "der 2. Platz", "am 4. Dezember", "– 3. Watabe", "(73.)": a dot after a small number."""
    end = figure.end
    if end >= len(text) or text[end] != "." or not figure.raw.isdigit() or len(figure.raw) > 3:
        return False
    if text.startswith((".)", ".,", ".;", "./"), end):
        return True                   # "Tore: Alba (5.)", "(12./3.)"
    nxt = _WORD_AFTER_DOT.match(text, end)
    if not nxt:
        return False
    word = nxt.group(1)
    if word.lower() in lex.months or word[0].islower():
        return True
    return bool(_ORDINAL_CONTEXT.search(text, max(0, figure.start - 12), figure.start))


def _is_identifier(text: str, figure: _Figure) -> bool:
    """'Seite 12', 'Windows 11', 'ORF 2', 'Lumia 950': a bare number right after a name names, not counts."""
    m = _WORD_BEFORE.search(text, max(0, figure.start - 30), figure.start)
    if not m:
        return False
    word = m.group(1).rstrip(".")
    if word.lower() in _IDENTIFIER_WORDS or word == "§":
        return True
    if not any(ch.isupper() for ch in word) or word.lower() in units.GERMAN_FUNCTION_WORDS:
        return False
    if not (figure.raw.isdigit() and len(figure.raw) <= 3):
        return False                  # "Bevölkerung 1 414 021 100": a noun before a real figure
    before = text[max(0, m.start(1) - 3):m.start(1)].rstrip(" \"„“(")
    return bool(before) and before[-1] not in ".!?:\n"   # a capitalized word that does not open a sentence


def _to_mention(figure: _Figure) -> Mention | None:
    scale = Decimal(10) ** figure.power
    value = float(Decimal(str(figure.value)) * scale)
    step = figure.step * float(scale) if figure.from_digits else 0.0
    if figure.negative:
        value = -value
    if figure.low_value is not None:
        low, high = hedges.range_interval(figure.low_value, value, figure.approx)
        return Mention(start=figure.start, end=figure.end, kind=figure.kind, value=None,
                       low=low, high=high, approx=hedges.contract_approx(figure.approx), unit=figure.unit,
                       qualifiers=dict(figure.qualifiers), scale_word=figure.scale_word)
    low, high = hedges.interval(value, figure.approx, step)
    return Mention(start=figure.start, end=figure.end, kind=figure.kind, value=value, low=low, high=high,
                   approx=hedges.contract_approx(figure.approx), unit=figure.unit,
                   qualifiers=dict(figure.qualifiers), scale_word=figure.scale_word)
