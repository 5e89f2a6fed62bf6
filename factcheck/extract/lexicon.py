"""The number lexicon of each language (data/lexicon/{de,en}.yaml), loaded once and indexed."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from factcheck.extract.numerals import trie_pattern

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
GERMAN_GENDER_SUFFIXES = ("*innen", ":innen", "_innen", "/innen", "Innen", "innen", "*in", ":in", "in")


@dataclass(frozen=True)
class Lexicon:
    lang: str
    scales: dict[str, int]            # lower-case word -> power of ten
    hedges: dict[str, str]            # lower-case phrase -> approx kind
    percent: dict[str, str]           # lower-case word -> "%" or "pp"
    currencies: dict[str, str | None]  # lower-case word -> ISO 4217 (None: ambiguous, e.g. Rupien)
    counted: dict[str, str]           # surface form -> base form
    counted_bases: frozenset[str]     # the base forms
    time_units: frozenset[str]
    months: frozenset[str]
    currency_after: re.Pattern        # matches a currency word right after a number
    percent_after: re.Pattern
    scale_after: re.Pattern


def _read_yaml(name: str) -> dict:
    with resources.files("factcheck.data.lexicon").joinpath(name).open("r", encoding="utf-8") as f:
        return yaml.load(f, Loader=_Loader)


def _alternation(words) -> str:
    """Longest match first; a prefix trie keeps the engine from trying every word in turn."""
    return trie_pattern(words)


@cache
def lexicon(lang: str) -> Lexicon:
    """The lexicon for 'de' or 'en'."""
    data = _read_yaml(f"{lang}.yaml")
    # scale words of the other language are read too ("1,2 Billionen" quoted in English text)
    other_scales = _read_yaml("en.yaml" if lang == "de" else "de.yaml")["scales"]
    counted = _counted_forms(data["counted"], lang)
    hedges = data["hedges"]
    currencies = data["currencies"]
    return Lexicon(
        lang=lang,
        scales=data["scales"],
        hedges=hedges,
        percent=data["percent"],
        currencies=currencies,
        counted=counted,
        counted_bases=frozenset(counted.values()),
        time_units=frozenset(data["time_units"]),
        months=frozenset(data["months"]),
        currency_after=re.compile(rf"(?:\s*|-)({_alternation(currencies)})(?![\w])", re.I),
        percent_after=re.compile(rf"\s*({_alternation(k for k in data['percent'] if k != '%')}|%)(?![\w])", re.I),
        scale_after=re.compile(rf"(?:\s+|-)({_alternation(set(data['scales']) | set(other_scales))})(?![\w])",
                               re.I),
    )


def _counted_forms(entries: dict[str, list[str]], lang: str) -> dict[str, str]:
    """Every inflected, plural and gendered form of each counted thing -> its base form."""
    forms: dict[str, str] = {}
    for base, extra in entries.items():
        if lang == "de":
            generated = [base + s for s in ("", "n", "en", "e", "s", "in", "innen", "*innen", ":innen",
                                            "_innen", "Innen", "*in", ":in")]
        else:
            generated = [base, base + "s", base + "es"]
        for form in generated + list(extra):
            forms.setdefault(form, base)
    return forms


@cache
def approx_widths() -> dict[str, float]:
    """Interval widths for approximation words; FACTCHECK_APPROX names a YAML file that overrides them."""
    widths = dict(_read_yaml("approx.yaml"))
    override = os.environ.get("FACTCHECK_APPROX")
    if override:
        with open(override, encoding="utf-8") as f:
            widths.update({k: float(v) for k, v in (yaml.safe_load(f) or {}).items() if k in widths})
    return widths


def base_form(noun: str, lang: str) -> str:
    """The counted thing's base form: 'Nutzerinnen' -> 'Nutzer', 'users' -> 'user', 'people' -> 'person'."""
    lex = lexicon(lang)
    if noun in lex.counted:
        return lex.counted[noun]
    if lang == "en":
        return _english_singular(noun.lower())
    return _german_base(noun, lex)


def _german_base(noun: str, lex: Lexicon) -> str:
    head, sep, tail = noun.rpartition("-")
    if sep and tail in lex.counted:          # de: "TikTok-Nutzer" counts Nutzer
        return lex.counted[tail]
    for suffix in GERMAN_GENDER_SUFFIXES[:6]:
        if noun.endswith(suffix) and len(noun) > len(suffix) + 2:
            stem = noun[: -len(suffix)]
            return lex.counted.get(stem, stem)
    if noun.endswith(("ern", "eln")) and noun[:-1] in lex.counted:
        return lex.counted[noun[:-1]]
    if noun.endswith(("ern", "eln")):       # de: dative plural "Nutzern" -> "Nutzer"
        return noun[:-1]
    for plural, singular in _GERMAN_PLURAL_SUFFIXES:
        if noun.endswith(plural) and len(noun) > len(plural) + 2:
            return noun[: -len(plural)] + singular
    return noun


# de: plural endings that are safe to fold without a dictionary ("Wohnungen" -> "Wohnung")
_GERMAN_PLURAL_SUFFIXES = (("ungen", "ung"), ("heiten", "heit"), ("keiten", "keit"), ("schaften", "schaft"),
                           ("tionen", "tion"), ("täten", "tät"), ("ismen", "ismus"))


def _english_singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word
