"""Generic keys name what is measured: a unit's full name, never its symbol; one key for a
synonym and for both languages; no key for a count of occasions.

Every text is written for this test (invented clubs, towns and makers)."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.classify import classify
from factcheck.extract import extract
from factcheck.model import Claim, Document
from factcheck.ruleset import empty_ruleset

REF = date(2024, 6, 3)


def typed(text: str, lang: str = "de") -> dict[str, Claim]:
    doc = Document(doc="t.txt", text=text, lang=lang, date="2024-06-03")
    return {c.text: c for c in classify(extract(doc, REF), doc, empty_ruleset())}


def key(text: str, figure: str, lang: str = "de") -> str | None:
    claims = typed(text, lang)
    assert figure in claims, f"{figure!r} not extracted: {sorted(claims)}"
    return claims[figure].claim_type


@pytest.mark.parametrize("text, figure, lang, expected", [
    # a unit's symbol keys by the unit's full name, the same in German and English
    ("Die neue Umgehungsstraße bei Tannfeld ist 12 km lang.", "12 km", "de", "quantity:kilometre"),
    ("The new bypass near Tannfeld is 12 kilometres long.", "12 kilometres", "en", "quantity:kilometre"),
    ("Der Aussichtsturm in Tannfeld ist 48 Meter hoch.", "48 Meter", "de", "quantity:metre"),
    ("Das Telefon des Herstellers Quelk hat 128 GB Speicher.", "128 GB", "de", "quantity:gigabyte"),
    ("Am Nachmittag wurden in Tannfeld 31 Grad gemessen.", "31 Grad", "de", "quantity:degree_celsius"),
])
def test_a_unit_keys_by_its_full_name_not_its_symbol(text, figure, lang, expected):
    assert key(text, figure, lang) == expected


def test_metres_and_kilometres_stay_two_measures():
    # the trap: one dimension, but figures are not converted between units, so they must not meet
    claims = typed("Die Piste in Tannfeld ist 3 km lang und fällt auf den letzten 400 Metern steil ab.")
    assert claims["3 km"].claim_type == "quantity:kilometre"
    assert claims["400 Metern"].claim_type == "quantity:metre"


def test_points_and_zaehler_are_one_measure_in_both_languages():
    # de sport: "Zähler" are points, and the key is English like every other
    claims = typed("Der SV Kornbach holte am Samstag drei Zähler und steht nun bei 41 Punkten.")
    assert claims["drei Zähler"].claim_type == claims["41 Punkten"].claim_type == "quantity:point"
    assert key("SV Kornbach now has 41 points.", "41 points", "en") == "quantity:point"


def test_a_count_of_occasions_has_no_key():
    claims = typed("Der SV Kornbach wurde schon fünf Mal Meister und hat 14 Spieler im Kader.")
    assert claims["fünf Mal"].claim_type is None
    # the trap: a counted noun beside it keeps its key
    assert claims["14 Spieler"].claim_type == "quantity:spieler"
