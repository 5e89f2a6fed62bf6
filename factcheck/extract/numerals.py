"""Numerals -> values: digit strings with German or English separators, and number words."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

GROUP_SPACES = " \u00a0\u202f\u2009"
VULGAR_FRACTIONS = {"½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅙": 1 / 6,
                    "⅛": 1 / 8}


_NO_GROUP_SPACES = str.maketrans("", "", GROUP_SPACES)
_GROUPS_OF_THREE = {sep: re.compile(rf"\d{{1,3}}(?:{re.escape(sep)}\d{{3}})+") for sep in ".,"}


@dataclass(frozen=True, slots=True)
class Numeral:
    value: Decimal | float   # Decimal for digits, so that scaling "1,2" by 10^9 stays exact
    step: float              # the place of the last written digit: "1,2" -> 0.1, "11.600" -> 1; 0 for words


def parse_digits(raw: str, lang: str) -> Numeral | None:
    """'11.600' (de) -> 11600, '1,2' (de) -> 1.2, '1,200' (en) -> 1200, '1 234 567' -> 1234567."""
    s = raw if raw.isdigit() else raw.translate(_NO_GROUP_SPACES)
    if s.isdigit():
        return Numeral(Decimal(s), 1.0)
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        # the separator that comes last is the decimal one: "2.000,352" and "2,000.352"
        decimal = "," if s.rfind(",") > s.rfind(".") else "."
        group = "." if decimal == "," else ","
        return _split(s, group, decimal)
    sep = "." if dots else "," if commas else ""
    if not sep:
        return Numeral(Decimal(s), 1.0)
    count = dots or commas
    groups_of_three = _GROUPS_OF_THREE[sep].fullmatch(s) is not None
    if count > 1:
        return _split(s, sep, "") if groups_of_three else None
    # one separator: its meaning depends on the language and on what follows it
    thousands_sep = "." if lang == "de" else ","
    if sep == thousands_sep and groups_of_three:
        return _split(s, sep, "")
    return _split(s, "", sep)


def _split(s: str, group: str, decimal: str) -> Numeral | None:
    if group:
        s = s.replace(group, "")
    if decimal:
        whole, _, frac = s.partition(decimal)
        if not whole.isdigit() or not frac.isdigit() or decimal in frac:
            return None
        return Numeral(Decimal(f"{whole}.{frac}"), 10.0 ** -len(frac))
    return Numeral(Decimal(s), 1.0) if s.isdigit() else None


# de: compounds are written as one word: "elftausendsechshundert", "dreihundertneunundneunzig"
_GERMAN_MORPHEMES = {
    "null": 0, "eins": 1, "ein": 1, "zwei": 2, "zwo": 2, "drei": 3, "vier": 4, "fünf": 5, "fuenf": 5,
    "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "zwoelf": 12,
    "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "fuenfzehn": 15, "sechzehn": 16, "siebzehn": 17,
    "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40,
    "fünfzig": 50, "fuenfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
    "hundert": 100, "tausend": 1000, "und": None,
}
_GERMAN_FRACTION_ENDINGS = {"einhalb": 0.5, "undhalb": 0.5}


def trie_pattern(words, first_letter_either_case: bool = False) -> str:
    """A regex alternation of words, factored by common prefixes: much faster than a flat one."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict, depth: int) -> str:
        optional = "" in node
        branches = []
        for ch, child in sorted((k, v) for k, v in node.items() if k):
            head = f"[{ch}{ch.upper()}]" if depth == 0 and first_letter_either_case else re.escape(ch)
            branches.append(head + build(child, depth + 1))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if optional:
            return f"(?:{body})?"
        return body

    return build(trie, 0)


_MORPHEME = re.compile(trie_pattern(_GERMAN_MORPHEMES))
# "ein" alone is the article, and a compound never starts with "und"
# what a German number word can begin with, in lower case
GERMAN_WORD_STARTS = sorted({"anderthalb", *(m for m in _GERMAN_MORPHEMES if m != "und")})
GERMAN_WORD = (r"(?![Ee]in\b)(?:[Aa]nderthalb|[Ee]inhalb|"
               + trie_pattern([m for m in _GERMAN_MORPHEMES if m != "und"], True)
               + "(?:" + trie_pattern(_GERMAN_MORPHEMES) + ")*(?:einhalb|undhalb|viertel|drittel)?)")


def parse_german_word(word: str) -> float | None:
    """'zweihundertsechsundfünfzig' -> 256, 'zweieinhalb' -> 2.5, 'dreiviertel' -> 0.75."""
    w = word.lower()
    if w == "anderthalb":
        return 1.5
    for ending, fraction in _GERMAN_FRACTION_ENDINGS.items():
        if w.endswith(ending):
            head = w[: -len(ending)]
            whole = _german_integer(head, article_is_one=True) if head else 0.0
            return None if whole is None else whole + fraction
    for ending, part in (("viertel", 0.25), ("drittel", 1 / 3)):
        if w.endswith(ending) and len(w) > len(ending):
            count = _german_integer(w[: -len(ending)], article_is_one=True)
            return None if count is None else count * part
    return _german_integer(w)


def _german_integer(w: str, article_is_one: bool = False) -> float | None:
    tokens, pos = [], 0
    while pos < len(w):
        m = _MORPHEME.match(w, pos)
        if not m:
            return None
        tokens.append(m.group())
        pos = m.end()
    if not tokens or tokens[0] == "und" or tokens[-1] == "und" or "und und" in " ".join(tokens):
        return None
    if tokens == ["ein"] and not article_is_one:
        return None                     # "ein" alone is an article, not a number
    return _accumulate([_GERMAN_MORPHEMES[t] for t in tokens])


def _accumulate(values: list[int | None]) -> float | None:
    total = current = 0
    for v in values:
        if v is None:                   # "und" joins units and tens
            continue
        if v == 100:
            current = (current or 1) * 100
        elif v == 1000:
            total += (current or 1) * 1000
            current = 0
        else:
            current += v
    return float(total + current)


_ENGLISH_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "thousand": 1000, "and": None,
}
ENGLISH_WORD_STARTS = sorted(k for k in _ENGLISH_WORDS if k != "and")
_ENGLISH_ALTERNATION = trie_pattern([k for k in _ENGLISH_WORDS if k != "and"], True)
ENGLISH_WORD = rf"{_ENGLISH_ALTERNATION}(?:(?:[ -]+|\s+and\s+){_ENGLISH_ALTERNATION}(?![\w]))*"


def parse_english_words(phrase: str) -> float | None:
    """'two hundred and five' -> 205, 'twenty-one' -> 21."""
    words = re.split(r"[\s-]+", phrase.lower())
    if any(w not in _ENGLISH_WORDS for w in words):
        return None
    return _accumulate([_ENGLISH_WORDS[w] for w in words])


def digits_of_word(word: str, lang: str) -> str | None:
    """The digits a number word stands for after 'Komma': 'fünfzehn' -> '15'."""
    value = parse_german_word(word) if lang == "de" else parse_english_words(word)
    if value is None or value != int(value):
        return None
    return str(int(value))
