"""The words of dates come from the language files: a toy language needs data only, and the shipped
files say what the extractor reads."""
import json
import os
import subprocess
import sys

import pytest

from factcheck import lang
from factcheck.extract import timex

TOY_DATES = """\
months: {januaro: 1, majo: 5, decembro: 12}
weekdays: {lundo: 1}
number_words: {units: [nul, unu, du, tri]}
tense:
  past: [vendis]
part_modifiers: {komenco: START}
shapes:
  part_before_year: [komenco]
  unit_words: {pasintjaro: {unit: year, offset: -1}}
"""
TOY_TEXT = "abbreviations: [k]\n"


def _extract_in_fresh_interpreter(tmp_path, sentence: str, ref: str) -> list:
    folder = tmp_path / "eo"
    folder.mkdir(exist_ok=True)
    (folder / "dates.yaml").write_text(TOY_DATES, encoding="utf-8")
    (folder / "text.yaml").write_text(TOY_TEXT, encoding="utf-8")
    program = (
        "import json, sys\nfrom datetime import date\nfrom factcheck.extract import temporal\n"
        "from factcheck.extract.mention import Context\n"
        f"ms = temporal.find({sentence!r}, Context(lang='eo', ref_date=date.fromisoformat({ref!r})))\n"
        "print(json.dumps([[m.kind, m.timex] + ([m.timex_mod] if m.timex_mod else []) for m in ms]))\n")
    env = dict(os.environ, **{lang.EXTRA_DIRS_VARIABLE: str(tmp_path)})
    done = subprocess.run([sys.executable, "-c", program], env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_a_toy_language_dates_with_its_data_file_only(tmp_path):
    # "We sold it on 14 May 2024" and "We sold it on Monday": the past tense points back from Wednesday
    assert _extract_in_fresh_interpreter(tmp_path, "Ni vendis gxin 14. majo 2024.", "2025-03-05") == [
        ["date", "2024-05-14"]]
    assert _extract_in_fresh_interpreter(tmp_path, "Ni vendis gxin lundo.", "2025-03-05") == [["date", "2025-03-03"]]


def test_a_toy_language_gives_the_shapes_their_words(tmp_path):
    # "at the beginning of 2024", "last year" (one word, as de "Vorjahr"): the part and unit words are data only;
    # "the beginning of the film" has no year and is no date
    assert _extract_in_fresh_interpreter(tmp_path, "Ni vendis gxin komenco 2024.", "2025-03-05") == [
        ["date", "2024", "START"]]
    assert _extract_in_fresh_interpreter(tmp_path, "Ni vendis gxin pasintjaro.", "2025-03-05") == [["date", "2024"]]
    assert _extract_in_fresh_interpreter(tmp_path, "Ni vidis la komenco de la filmo.", "2025-03-05") == []


@pytest.mark.parametrize("word, month", [("März", 3), ("Jänner", 1), ("Sept.", 9), ("May", 5), ("oct", 10)])
def test_month_names_come_from_both_shipped_languages(word, month):
    assert timex.month_value(word) == month


@pytest.mark.parametrize("word, value", [("zweiundneunzig", 92.0), ("einundzwanzig", 21.0), ("dreissig", 30.0),
                                         ("zweieinhalb", 2.5), ("twenty-one", 21.0), ("a", 1.0), ("dutzend", 12.0)])
def test_number_words_are_built_from_the_parts_the_data_names(word, value):
    assert timex.number_value(word) == value


@pytest.mark.parametrize("word, day", [("einunddreißigsten", 31), ("einunddreissigsten", 31), ("siebente", 7),
                                       ("twenty-third", 23), ("3rd", 3)])
def test_ordinal_days(word, day):
    assert timex.ordinal_value(word) == day


def test_the_english_month_that_is_also_a_verb_needs_a_capital():
    assert "may" in timex.CAPITAL_ONLY_MONTHS and "mai" not in timex.CAPITAL_ONLY_MONTHS


def test_a_misspelt_season_code_names_the_file(tmp_path):
    folder = tmp_path / "xx"
    folder.mkdir()
    (folder / "dates.yaml").write_text("seasons: {sommer: SUMMER}\n", encoding="utf-8")
    with pytest.raises(lang.LanguageDataError, match=r"dates\.yaml: seasons\.sommer"):
        lang.load(folder)
