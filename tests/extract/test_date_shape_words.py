"""The words of the shared date shapes come from dates.yaml (shapes, duration_shapes): each shape finds the
German and English words the data gives it, with its value, and no more; the reference date is pinned."""
from datetime import date

import pytest

from factcheck import lang
from factcheck.extract import temporal
from factcheck.extract.mention import Context

REF = "2021-06-16"       # a Wednesday


def found(text, lang_code="de"):
    context = Context(lang=lang_code, ref_date=date.fromisoformat(REF))
    return [(text[m.start:m.end], m.kind, m.timex, m.timex_mod) for m in temporal.find(text, context)]


@pytest.mark.parametrize("text, lang_code, expected", [
    # part words before a year, a season, a unit and one word for a unit (de), and "end of" (en)
    ("Die Anlage soll Mitte 2023 fertig sein.", "de", ("Mitte 2023", "date", "2023", "MID")),
    ("Die Bauarbeiten begannen Anfang des Sommers 2019.", "de", ("Anfang des Sommers 2019", "date", "2019-SU", "START")),
    ("Der Umsatz stieg im dritten Quartal 2020 deutlich.", "de", ("dritten Quartal 2020", "date", "2020-Q3", None)),
    ("Der Konzern will Ende des Jahres 300 Stellen streichen.", "de", ("Ende des Jahres", "date", "2021", "END")),
    ("Der Gewinn lag über dem Wert im Vorjahr.", "de", ("Vorjahr", "date", "2020", None)),
    ("Die Mieten waren in den 90er Jahren niedrig.", "de", ("90er Jahren", "date", "199", None)),
    # English words in a German text (a quote): the shared table reads every language's words
    ("Im Bericht heißt es: \"ready mid-2023\".", "de", ("mid-2023", "date", "2023", "MID")),
    ("Die Prognose lautete \"second half of 2020\".", "de", ("second half of 2020", "date", "2020-H2", None)),
])
def test_a_shape_reads_the_words_its_language_gives_it(text, lang_code, expected):
    assert expected in found(text, lang_code)


@pytest.mark.parametrize("text", [
    "Das Ende der Saison ist offen.",        # a part word with no year or unit after it
    "Der Sommerfahrplan gilt ab sofort.",   # a season inside a compound is no season
    "Das Quartal war schwach.",             # a quarter with no ordinal, no relative word, no year
])
def test_the_same_words_without_their_shape_are_no_date(text):
    assert [claim for claim in found(text) if claim[1] == "date"] == []


@pytest.mark.parametrize("text, expected", [
    ("Die Verhandlungen dauerten drei und eine halbe Stunde.", ("drei und eine halbe Stunde", "PT3.5H")),
    ("Der Streik dauerte den ganzen Tag.", ("ganzen Tag", "P1D")),
    ("In den letzten drei Jahren wuchs die Firma.", ("letzten drei Jahren", "P3Y")),
])
def test_duration_shapes_read_their_words(text, expected):
    assert expected in [(surface, timex) for surface, kind, timex, _ in found(text) if kind == "duration"]


def test_every_word_a_shape_reads_is_data():
    """The part words each shape reads are the language's, not Python's: German and English both give some."""
    shapes = {code: lang.get(code).dates.shapes for code in ("de", "en")}
    assert "mitte" in shapes["de"].part_before_year and "end of" in shapes["en"].part_before_year
    assert shapes["de"].unit_words["vorjahr"].offset == -1 and shapes["de"].unit_words["jahresende"].part == "END"
