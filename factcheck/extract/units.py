"""What a number counts: currency, percent, a physical unit or a counted thing (with its adjectives)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from factcheck.extract.lexicon import Lexicon

ISO_CODES = frozenset("""USD EUR GBP CHF JPY CNY RMB CAD AUD NZD MXN SEK NOK DKK PLN CZK HUF RUB TRY INR KRW
BRL ZAR HKD SGD KHR FIM DEM ATS ILS AED SAR MYR EGP LBP BGN QAR KWD UAH MNT CRC""".split())
_SYMBOLS = {"€": "EUR", "$": "USD", "£": "GBP", "¥": "JPY", "US$": "USD", "C$": "CAD", "A$": "AUD",
            "HK$": "HKD", "NZ$": "NZD", "CHF": "CHF", "Fr.": "CHF", "RMB": "CNY"}
_CODE = "|".join(sorted(ISO_CODES, key=len, reverse=True))
# "$970m", "US$ 15", "usd$ 15", "€3bn", "EUR 12.500", "c $ 1.34" (tokenized text splits the dollar's prefix
# off; never "a $": that is the article)
CURRENCY_BEFORE = re.compile(
    rf"(?:(?P<code_dollar>[A-Za-z]{{3}})\$|(?P<symbol>(?<![A-Za-z])(?i:US|HK|NZ|C) ?\$|A\$|[€$£¥])"
    rf"|(?P<code>{_CODE}))[ \u00a0]?$")
# "30 MUSD", "120 MEUR": an M before the code counts millions
CURRENCY_SYMBOL_AFTER = re.compile(
    rf"[ \u00a0]?(?:(?P<symbol>(?:US|HK|NZ|C|A)?\$|[€£¥])|(?P<mega>M)?(?P<code>{_CODE})(?![A-Za-z]))(?!\d)")
_TOKEN = re.compile(r"[ \t\u00a0]+([\w][\w*:’'-]*[\w]|[\w])")


@dataclass
class Counted:
    """The thing a number counts, found after it."""

    end: int
    unit: str
    qualifiers: dict[str, str] = field(default_factory=dict)
    is_time: bool = False          # "acht Jahren": a duration, not a count
    time_spent: bool = False       # "Stunden", "hours": with a scale word an amount of time spent
    known: bool = False            # in the lexicon of counted things


def currency_before(text: str, start: int) -> tuple[int, str | None] | None:
    """A currency symbol or code right before a number -> (its start, ISO code)."""
    m = CURRENCY_BEFORE.search(text, max(0, start - 6), start)
    if not m:
        return None
    if m.group("code_dollar"):
        code = m.group("code_dollar").upper()
        return m.start(), code if code in ISO_CODES else None
    return m.start(), _SYMBOLS.get((m.group("symbol") or "").replace(" ", "").upper(), m.group("code"))


def currency_after(text: str, pos: int, lex: Lexicon) -> tuple[int, str | None, int] | None:
    """A currency word, symbol or code right after a number -> (its end, ISO code, power of ten):
    "30 MUSD" counts millions, "470 pence" hundredths."""
    m = CURRENCY_SYMBOL_AFTER.match(text, pos)
    if m:
        return m.end(), _SYMBOLS.get(m.group("symbol") or "", m.group("code")), 6 if m.group("mega") else 0
    m = lex.currency_after.match(text, pos)
    # "5 euro cents" are cents: a minor unit may follow the currency word
    minor = lex.minor_currency_after.match(text, pos) if not m or text[m.end():m.end() + 1] == " " else None
    if m and not (minor and minor.end() > m.end()):
        return m.end(), lex.currencies[m.group(1).lower()], 0
    if minor:
        return minor.end(), lex.minor_currencies[minor.group(1).lower()], -2
    return None


def code_against_digits(text: str, start: int, end: int) -> bool:
    """'USD115.5', '115USD', 'GBP3.01': an ISO code written against the digits."""
    before = text[max(0, start - 4):start]
    if len(before) >= 3 and before[-3:] in ISO_CODES and (len(before) == 3 or not before[0].isalpha()):
        return True
    after = text[end:end + 4]
    return after[:3] in ISO_CODES and not after[3:4].isalpha()


def percent_after(text: str, pos: int, lex: Lexicon) -> tuple[int, str] | None:
    m = lex.percent_after.match(text, pos)
    if not m:
        return None
    return m.end(), lex.percent.get(m.group(1).lower(), "%")


def physical_after(text: str, pos: int, lex: Lexicon) -> tuple[int, str] | None:
    m = lex.unit_after.match(text, pos)
    if not m:
        return None
    word = m.group(1)
    if word == "t" or word == "l" or (word[0].isupper() and word.lower() in ("ps", "ha")):
        if word not in ("PS",) and (m.end() < len(text) and text[m.end()].isalpha()):
            return None
    return m.end(), lex.units[word.lower()]


_COMPOUND = re.compile(r"[-‑]([^\W\d_]+)")
_NUMBER_TOKEN = re.compile(r"[ \t\u00a0]+\d")


def compound_after(text: str, pos: int, lex: Lexicon) -> tuple[int, str, str] | None:
    """en: "42,000-seat", "25,000-mile-long", "6.1-magnitude" -> (end, kind, unit); None where the
    compound names a time ("three-day": a duration) or nothing."""
    m = _COMPOUND.match(text, pos)
    if not m:
        return None
    word = m.group(1)
    lower = word.lower()
    if lower in lex.units:
        return m.end(), "quantity", lex.units[lower]
    if lower in lex.time_units or not _noun(word, lex):
        return None
    return m.end(), "quantity", lex.base_form(word)


def counted_after(text: str, pos: int, lex: Lexicon) -> Counted | None:
    """The counted noun after a number, skipping adjectives: 'monatlichen aktiven Nutzerinnen' -> Nutzer."""
    adjectives: list[str] = []
    for _ in range(4):
        m = _TOKEN.match(text, pos)
        if not m:
            return None
        word = m.group(1)
        if word.isupper() and len(word) > 1 and _NUMBER_TOKEN.match(text, m.end()):
            pos = _TOKEN.match(text, m.end()).end()    # "six AK 47 rifles": a model name, then the noun
            continue
        noun = _noun(word, lex)
        if noun:
            counted = _counted(word, m.end(), adjectives, lex)
            return counted if lex.numbers.nouns_capitalized else _compound_head(text, word, counted, lex)
        if not _is_modifier(word, lex):
            return None
        adjectives.append(word.lower())
        pos = m.end()
    return None


def _compound_head(text: str, word: str, counted: Counted, lex: Lexicon) -> Counted:
    """en: "240,000 sport utility vehicles" counts vehicles: a compound's last noun is its head. A
    singular noun no list knows goes on to the nouns after it; a plural, a counted thing, a unit of
    time ("15 minute walk") ends the compound, and none is its head ("612,000 skier days")."""
    for _ in range(3):
        if counted.known or counted.is_time or word.endswith("s") or counted.unit != word.lower() \
                or not (m := _TOKEN.match(text, counted.end)) or not _noun(m.group(1), lex):
            return counted            # (a unit that is not the word as written was a plural: "people")
        word = m.group(1)
        head = _counted(word, m.end(), [], lex)
        if head.is_time:
            return counted            # "612,000 skier days": a count of them, not a duration
        counted = head
    return counted


def _noun(word: str, lex: Lexicon) -> bool:
    lower = word.lower()
    if lower in lex.scales or lower in lex.currencies:
        return False
    if len(word) < 2:
        return False                  # "1,674.5 G", "5 x": a letter alone counts nothing
    if lex.numbers.nouns_capitalized:
        return word[0].isupper()
    if lower in lex.not_nouns or lex.parse_word(word) is not None:
        return False                  # en: "ten fifteen": a number word counts nothing
    return word.isalpha() and not lower.endswith(lex.numbers.adverb_endings)


def _is_modifier(word: str, lex: Lexicon) -> bool:
    lower = word.lower()
    if lex.numbers.nouns_capitalized:
        return (word[0].islower() and lower not in lex.function_words
                and lower.endswith(lex.numbers.adjective_endings) and len(lower) > 3)
    return lower in lex.modifiers or (lower.endswith(lex.numbers.adverb_endings) and len(lower) > 4)


def _counted(word: str, end: int, adjectives: list[str], lex: Lexicon) -> Counted:
    if word in lex.acronym_metrics:
        unit, metric = lex.acronym_metrics[word]
        return Counted(end, unit, {"metric": metric}, known=True)
    lower = word.lower()
    # "seit acht Jahren" is a duration and "20. September" a date: neither is a count
    is_time = lower in lex.time_units or lower.rpartition("-")[2] in lex.time_units or lower in lex.months
    unit = lex.base_form(word)
    qualifiers = {"metric": metric} if adjectives and (metric := _metric(adjectives, lex)) else {}
    known = word in lex.counted or unit in lex.counted_bases
    time_spent = lower in lex.numbers.time_spent_words
    return Counted(end, unit, qualifiers, is_time=is_time, known=known, time_spent=time_spent)


def _metric(adjectives: list[str], lex: Lexicon) -> str | None:
    for stems, metric in lex.metrics:
        if all(any(a.startswith(stem) for a in adjectives) for stem in stems):
            return metric
    return None
