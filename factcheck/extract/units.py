"""What a number counts: currency, percent, a physical unit or a counted thing (with its adjectives)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from factcheck.extract.lexicon import Lexicon, base_form

ISO_CODES = frozenset("""USD EUR GBP CHF JPY CNY RMB CAD AUD NZD MXN SEK NOK DKK PLN CZK HUF RUB TRY INR KRW
BRL ZAR HKD SGD KHR FIM DEM ATS ILS AED SAR""".split())
_SYMBOLS = {"€": "EUR", "$": "USD", "£": "GBP", "¥": "JPY", "US$": "USD", "C$": "CAD", "A$": "AUD",
            "HK$": "HKD", "NZ$": "NZD", "CHF": "CHF", "Fr.": "CHF", "RMB": "CNY"}
_CODE = "|".join(sorted(ISO_CODES, key=len, reverse=True))
# "$970m", "US$ 15", "usd$ 15", "€3bn", "EUR 12.500"
CURRENCY_BEFORE = re.compile(
    rf"(?:(?P<code_dollar>[A-Za-z]{{3}})\$|(?P<symbol>US\$|HK\$|NZ\$|C\$|A\$|[€$£¥])|(?P<code>{_CODE}))[ \u00a0]?$")
CURRENCY_SYMBOL_AFTER = re.compile(rf"[ \u00a0]?(?:(?P<symbol>[€$£¥])|(?P<code>{_CODE})(?![A-Za-z]))")
SUBUNIT = re.compile(r"(?:\s+und|\s*,)?\s+(\d{1,2}|[a-zäöüß]+)(?:\s+(?P<cent>Cents?|cents?|Rappen|pence))?"
                     r"(?=$|[\s.,;!?)])")

PHYSICAL_UNITS = {
    "km": "km", "kilometer": "km", "kilometern": "km", "meter": "m", "metern": "m", "kg": "kg",
    "kilogramm": "kg", "tonnen": "t", "tonne": "t", "t": "t", "liter": "l", "l": "l", "hektar": "ha",
    "ha": "ha", "quadratmeter": "m²", "m²": "m²", "qm": "m²", "km²": "km²", "quadratkilometer": "km²",
    "gb": "GB", "mb": "MB", "tb": "TB", "kw": "kW", "mw": "MW", "gw": "GW", "kwh": "kWh", "mwh": "MWh",
    "gwh": "GWh", "twh": "TWh", "watt": "W", "megawatt": "MW", "gigawatt": "GW", "kilowatt": "kW",
    "°c": "°C", "grad": "°C", "km/h": "km/h", "mph": "mph", "miles": "mile", "mile": "mile",
    "feet": "ft", "ft": "ft", "ps": "PS", "kilometres": "km", "kilometers": "km", "metres": "m",
    "meters": "m", "tonnes": "t", "tons": "t",
}
PHYSICAL_AFTER = re.compile(
    r"[ \u00a0]?(" + "|".join(re.escape(u) for u in sorted(PHYSICAL_UNITS, key=len, reverse=True))
    + r")(?![\w/²])", re.I)

_TOKEN = re.compile(r"[ \t\u00a0]+([\w][\w*:’'-]*[\w]|[\w])")
GERMAN_FUNCTION_WORDS = frozenset("""und oder aber in an auf mit von zu bei den dem der die das des ein eine
einer einem eines sind waren werden wurden haben hatten hat ist war wird sein seine ihre ihren unsere nicht
noch auch schon nur mehr als wie pro je im am um für über unter vor nach seit bis ab aus zum zur vom beim
sowie rund etwa knapp fast allein dann davon jeweils insgesamt weniger jedes jeder jede man sie er es wir
ihr ich dieser diese dieses jener euro dollar""".split())
_GERMAN_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
_ENGLISH_STOPWORDS = frozenset("""the of in to and for with a an is was were are has have had at by on from than
as per or but that which who this these those it its their his her our your be been being will would can could
more less over under into out up down about around some most all each every other such no not only also
just times""".split())
_ENGLISH_MODIFIERS = frozenset("""new active monthly daily weekly registered paying additional total unique
former current young old small large big full-time part-time american chinese european german british
french indian global local existing potential estimated annual more fewer other extra""".split())
_METRICS = (
    (("monatlich", "aktiv"), "monthly_active"), (("monthly", "active"), "monthly_active"),
    (("täglich", "aktiv"), "daily_active"), (("daily", "active"), "daily_active"),
    (("wöchentlich", "aktiv"), "weekly_active"), (("weekly", "active"), "weekly_active"),
    (("registriert",), "registered"), (("registered",), "registered"),
    (("zahlend",), "paying"), (("paying",), "paying"), (("aktiv",), "active"), (("active",), "active"),
)
_ACRONYM_METRICS = {"MAU": ("user", "monthly_active"), "DAU": ("user", "daily_active")}


@dataclass
class Counted:
    """The thing a number counts, found after it."""

    end: int
    unit: str
    qualifiers: dict[str, str] = field(default_factory=dict)
    is_time: bool = False          # "acht Jahren": a duration, not a count
    known: bool = False            # in the lexicon of counted things


def currency_before(text: str, start: int) -> tuple[int, str | None] | None:
    """A currency symbol or code right before a number -> (its start, ISO code)."""
    m = CURRENCY_BEFORE.search(text, max(0, start - 6), start)
    if not m:
        return None
    if m.group("code_dollar"):
        code = m.group("code_dollar").upper()
        return m.start(), code if code in ISO_CODES else None
    return m.start(), _SYMBOLS.get(m.group("symbol") or "", m.group("code"))


def currency_after(text: str, pos: int, lex: Lexicon) -> tuple[int, str | None] | None:
    """A currency word, symbol or code right after a number -> (its end, ISO code)."""
    m = CURRENCY_SYMBOL_AFTER.match(text, pos)
    if m:
        return m.end(), _SYMBOLS.get(m.group("symbol") or "", m.group("code"))
    m = lex.currency_after.match(text, pos)
    if m:
        return m.end(), lex.currencies[m.group(1).lower()]
    return None


def percent_after(text: str, pos: int, lex: Lexicon) -> tuple[int, str] | None:
    m = lex.percent_after.match(text, pos)
    if not m:
        return None
    return m.end(), lex.percent.get(m.group(1).lower(), "%")


def physical_after(text: str, pos: int) -> tuple[int, str] | None:
    m = PHYSICAL_AFTER.match(text, pos)
    if not m:
        return None
    word = m.group(1)
    if word == "t" or word == "l" or (word[0].isupper() and word.lower() in ("ps", "ha")):
        if word not in ("PS",) and (m.end() < len(text) and text[m.end()].isalpha()):
            return None
    return m.end(), PHYSICAL_UNITS[word.lower()]


def counted_after(text: str, pos: int, lex: Lexicon) -> Counted | None:
    """The counted noun after a number, skipping adjectives: 'monatlichen aktiven Nutzerinnen' -> Nutzer."""
    adjectives: list[str] = []
    for _ in range(4):
        m = _TOKEN.match(text, pos)
        if not m:
            return None
        word = m.group(1)
        noun = _noun(word, lex)
        if noun:
            return _counted(word, m.end(), adjectives, lex)
        if not _is_modifier(word, lex):
            return None
        adjectives.append(word.lower())
        pos = m.end()
    return None


def _noun(word: str, lex: Lexicon) -> bool:
    lower = word.lower()
    if lower in lex.scales or lower in lex.currencies:
        return False
    if lex.lang == "de":
        return word[0].isupper()
    return lower not in _ENGLISH_STOPWORDS and lower not in _ENGLISH_MODIFIERS and word.isalpha() \
        and not lower.endswith("ly")


def _is_modifier(word: str, lex: Lexicon) -> bool:
    lower = word.lower()
    if lex.lang == "de":
        return (word[0].islower() and lower not in GERMAN_FUNCTION_WORDS
                and lower.endswith(_GERMAN_ADJECTIVE_ENDINGS) and len(lower) > 3)
    return lower in _ENGLISH_MODIFIERS or (lower.endswith("ly") and len(lower) > 4)


def _counted(word: str, end: int, adjectives: list[str], lex: Lexicon) -> Counted:
    if word in _ACRONYM_METRICS:
        unit, metric = _ACRONYM_METRICS[word]
        return Counted(end, unit, {"metric": metric}, known=True)
    lower = word.lower()
    # "seit acht Jahren" is a duration and "20. September" a date: neither is a count
    is_time = lower in lex.time_units or lower.rpartition("-")[2] in lex.time_units or lower in lex.months
    unit = base_form(word, lex.lang)
    qualifiers = {"metric": metric} if adjectives and (metric := _metric(adjectives)) else {}
    known = word in lex.counted or unit in lex.counted_bases
    return Counted(end, unit, qualifiers, is_time=is_time, known=known)


def _metric(adjectives: list[str]) -> str | None:
    for stems, metric in _METRICS:
        if all(any(a.startswith(stem) for a in adjectives) for stem in stems):
            return metric
    return None
