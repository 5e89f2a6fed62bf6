"""Digits written with odd characters are read whole or not at all, never as a different number
(issue 11): a zero-width space, soft hyphen, word joiner or BOM inside a number, fullwidth digits and
separators, Arabic-Indic digits with their own separators. Offsets stay those of the original text."""
import pytest

from factcheck.extract import extract
from factcheck.model import Document


def claims(text: str, lang: str = "de"):
    return [(c.text, c.value, c.kind, c.unit) for c in extract(Document(doc="a.txt", text=text, lang=lang))
            if c.kind not in ("date", "duration")]


@pytest.mark.parametrize("written", [
    "11\u200b600",          # zero-width space, as pasted from a web page
    "11\u00ad600",          # soft hyphen
    "11\ufeff600",          # byte order mark left by a concatenated file
    "11\u2060600",          # word joiner
    "１１．６００",           # fullwidth digits and full stop
    "١١٬٦٠٠",               # Arabic-Indic digits with the Arabic thousands separator
])
def test_a_store_count_with_odd_digits_reads_whole(written):
    text = f"Der Discounter betreibt inzwischen {written} Filialen in Europa."
    assert claims(text) == [(f"{written} Filialen", 11600.0, "quantity", "Filiale")]


def test_the_claim_quotes_the_original_text_at_its_offsets():
    text = "\ufeffLaut Bericht stieg der Umsatz auf 2\u200b400 Millionen Euro."
    (claim,) = [c for c in extract(Document(doc="a.txt", text=text, lang="de")) if c.kind == "money"]
    assert text[claim.start:claim.end] == claim.text == "2\u200b400 Millionen Euro"
    assert claim.value == 2.4e9 and claim.col == claim.start + 1


def test_arabic_separators_follow_the_document_language():
    # the Arabic thousands separator groups, the Arabic decimal separator is the decimal mark,
    # whatever the language writes them as
    assert claims("The chain runs ١١٬٦٠٠ stores and grew ٢٫٥ percent.", "en") == [
        ("١١٬٦٠٠ stores", 11600.0, "quantity", "store"), ("٢٫٥ percent", 2.5, "percent", "%")]


def test_an_invisible_character_after_a_number_joins_nothing():
    # the trap: a zero-width space after "12" and before a word is no part of a longer number
    found = claims("Im Ort gibt es 12\u200b neue Kunden und 3 Filialen.")
    assert [value for _, value, _, _ in found] == [12.0, 3.0]


@pytest.mark.parametrize("written, lang", [
    ("2021e600", "de"),            # a year glued to "e600": read as an exponent it is beyond any float
    ("9" * 320, "de"),             # a digit run longer than a float holds
    ("4e999", "en"),
])
def test_a_figure_beyond_any_float_is_no_claim(written, lang):
    noun = "Filialen" if lang == "de" else "stores"
    assert claims(f"Der Bericht nennt {written} {noun}." if lang == "de" else f"It lists {written} {noun}.", lang) == []


def test_scientific_notation_within_range_still_reads():
    assert claims("The model has 1.3e6 parameters.", "en") == [("1.3e6 parameters", 1300000.0, "quantity", "parameter")]
