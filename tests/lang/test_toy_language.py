"""A third language is a data folder only: the real `extract` reads a document in it, a number with its
scale word and a date, with no line of Python naming the language.

The toy's words are the two partial toys' own (tests/extract/test_number_language_data.py: numbers;
tests/lang/test_date_words.py: dates), put into one folder: one language with both areas.
"""
import importlib.util
import json
import os
import pathlib
import subprocess
import sys

from factcheck import lang

TESTS = pathlib.Path(__file__).resolve().parents[1]


def _constant(path: pathlib.Path, name: str) -> str:
    spec = importlib.util.spec_from_file_location(f"_toy_source_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, name)


def _toy_folder(tmp_path: pathlib.Path) -> pathlib.Path:
    folder = tmp_path / "xx"
    folder.mkdir()
    numbers = _constant(TESTS / "extract" / "test_number_language_data.py", "TOY")
    dates = _constant(TESTS / "lang" / "test_date_words.py", "TOY_DATES")
    (folder / "numbers.yaml").write_text(numbers, encoding="utf-8")
    (folder / "dates.yaml").write_text(dates, encoding="utf-8")
    return folder


def _extract(tmp_path: pathlib.Path, text: str, published: str) -> list:
    """The claims of one toy document, read by a fresh interpreter: the date tables are built at import."""
    _toy_folder(tmp_path)
    program = (
        "import json\nfrom factcheck.extract import extract\nfrom factcheck.model import Document\n"
        f"document = Document(doc='toy.txt', text={text!r}, lang='xx', date={published!r})\n"
        "print(json.dumps([[c.kind, c.text, c.value, c.unit, c.approx, c.timex] for c in extract(document)]))\n")
    env = dict(os.environ, **{lang.EXTRA_DIRS_VARIABLE: str(tmp_path)})
    done = subprocess.run([sys.executable, "-c", program], env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_the_toy_folder_is_a_language_of_its_own(tmp_path):
    toy = lang.load(_toy_folder(tmp_path), "xx")
    assert toy.numbers.scales == {"miljoen": 6, "miljard": 9} and toy.dates.months["majo"] == 5
    assert toy.morphology is None                     # data only: no Python comes with it


def test_a_toy_document_yields_a_scaled_amount_and_a_date(tmp_path):
    # "On 14 May 2024 we sold it for about 2,5 billion euro": the comma is the toy's decimal mark
    claims = _extract(tmp_path, "Ni vendis gxin 14. majo 2024 por ongeveer 2,5 miljard euro.", "2025-03-05")
    by_kind = {kind: rest for kind, *rest in claims}
    assert by_kind["date"][0] == "14. majo 2024" and by_kind["date"][-1] == "2024-05-14"
    assert by_kind["money"][1:4] == [2.5e9, "EUR", "about"]
    # the trap: "2024" is the date's year, not a number of its own, and "14." no day count
    assert sorted(kind for kind, *_ in claims) == ["date", "money"]


def test_a_bare_weekday_of_the_toy_is_dated_from_the_publication_date(tmp_path):
    # "We sold it on Monday", published on a Wednesday: the past tense points back two days
    claims = _extract(tmp_path, "Ni vendis gxin lundo.", "2025-03-05")
    assert [(kind, timex) for kind, _, _, _, _, timex in claims] == [("date", "2025-03-03")]


def test_the_command_line_takes_the_toy_code_and_names_an_unknown_one(tmp_path):
    _toy_folder(tmp_path)
    article = tmp_path / "toy.txt"
    article.write_text("Ni vendis gxin 14. majo 2024 por ongeveer 2,5 miljard euro.\n", encoding="utf-8")
    env = dict(os.environ, **{lang.EXTRA_DIRS_VARIABLE: str(tmp_path)})
    cli = "import sys; from factcheck.cli import main; sys.exit(main())"
    command = [sys.executable, "-c", cli, "extract", str(article), "--ref-date", "2025-03-05", "--format", "jsonl",
               "--lang"]
    done = subprocess.run([*command, "xx"], env=env, capture_output=True, text=True, check=True)
    claims = [json.loads(line) for line in done.stdout.splitlines()]
    assert [(c["lang"], c["kind"], c["timex"] or c["value"]) for c in claims] == [
        ("xx", "date", "2024-05-14"), ("xx", "money", 2.5e9)]
    refused = subprocess.run([*command, "fr"], env=env, capture_output=True, text=True)
    assert refused.returncode == 2 and "unknown language 'fr'" in refused.stderr and "Traceback" not in refused.stderr
