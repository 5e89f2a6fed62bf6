"""Figures as real prose writes them (issue 15): in compounds and against their unit, magnitudes,
amounts of time with a scale word, and the noise that looks like a figure."""
from datetime import date

import pytest

from factcheck.extract import extract, numbers
from factcheck.extract.mention import Context
from factcheck.model import Document

REF = date(2024, 3, 20)


def figures(text: str, lang: str):
    return [(text[m.start:m.end], m.kind, m.value, m.unit) for m in numbers.find(text, Context(lang=lang, ref_date=REF), [])]


@pytest.mark.parametrize("text, expected", [
    ("The club plans a new 42,000-seat stadium by the river.", ("42,000-seat", "quantity", 42000.0, "seat")),
    ("Engineers laid a 25,000-mile-long cable under the sea.", ("25,000-mile", "quantity", 25000.0, "mile")),
    ("A five-boat convoy left the harbour at dawn.", ("five-boat", "quantity", 5.0, "boat")),
    ("The village lies about 58km from the border.", ("about 58km", "quantity", 58.0, "km")),
    ("A 6.1-magnitude earthquake shook the coast.", ("6.1-magnitude", "quantity", 6.1, "magnitude")),
    ("A magnitude-5.9 quake hit the region overnight.", ("magnitude-5.9", "quantity", 5.9, "magnitude")),
    ("The tremor had a magnitude of 5.9.", ("magnitude of 5.9", "quantity", 5.9, "magnitude")),
    ("Viewers streamed 12.4 billion hours of video.", ("12.4 billion hours", "quantity", 12.4e9, "hour")),
    ("The bundle costs $5.99.", ("$5.99", "money", 5.99, "USD")),
    ("Police said six AK 47 rifles were seized.", ("six AK 47 rifles", "quantity", 6.0, "rifle")),
])
def test_english_figures_in_compounds_and_units(text, expected):
    assert figures(text, "en") == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Die Nutzer sahen mehr als 12 Milliarden Stunden Videos.",
     ("mehr als 12 Milliarden Stunden", "quantity", 12e9, "Stunden")),
    ("Ein Beben der Stärke 5,9 erschütterte die Region.", ("Stärke 5,9", "quantity", 5.9, "magnitude")),
    ("Der Ort liegt etwa 58km von der Grenze entfernt.", ("etwa 58km", "quantity", 58.0, "km")),
])
def test_german_figures_with_scale_and_unit(text, expected):
    assert figures(text, "de") == [expected]


@pytest.mark.parametrize("text, lang", [
    ("Der Angeklagte Petrak (34) schwieg vor Gericht.", "de"),      # an age after a name
    ("One woman was injured in the crash.", "en"),                  # "one" is an article here, no count
    ("The statement said one woman had been detained.", "en"),
    ("A three-day festival opens on the square.", "en"),            # a duration compound, not 3 "day"s
])
def test_noise_that_looks_like_a_figure(text, lang):
    assert figures(text, lang) == []


def test_a_parenthesised_count_in_a_list_stays():
    # the trap for the age rule: table standings are counts
    assert [f[2] for f in figures("Dahinter folgen Bayern (36) und Hessen (20).", "de")] == [36.0, 20.0]


def test_a_german_room_compound_is_still_no_count():
    # de: "3-Zimmer-Wohnung" names a kind of flat; only the price is a figure
    assert figures("Eine 3-Zimmer-Wohnung kostet 900 Euro.", "de") == [("900 Euro", "money", 900.0, "EUR")]


def test_a_clock_time_is_no_figure_with_unit_p():
    claims = extract(Document(doc="a.txt", text="The vote ended at 11.30 p.m. on Tuesday.", lang="en"), REF)
    assert not [c for c in claims if c.kind in ("number", "quantity") and c.value == 11.3]
