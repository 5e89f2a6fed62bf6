"""The number words live in lang/<code>/numbers.yaml: a new language is a data file, and the
extractor's Python names no German or English number word."""
import ast
import pathlib

import pytest

from factcheck import lang
from factcheck.extract import lexicon as lexicon_module
from factcheck.extract import numbers
from factcheck.extract.mention import Context

EXTRACT = pathlib.Path(numbers.__file__).parent
NUMBER_MODULES = ["numbers.py", "numerals.py", "units.py", "hedges.py", "lexicon.py", "cues.py", "quantities.py",
                  "number_context.py", "figure.py", "mention.py"]

TOY = """\
decimal_mark: ","
cardinals: {een: 1, twee: 2, drie: 3, tien: 10}
cardinal_joiners: [en]
scales: {miljoen: 6, miljard: 9}
hedges: {ongeveer: about, bijna: almost}
currencies: {euro: EUR}
percent: {procent: "%"}
"""


@pytest.fixture
def toy_language(tmp_path, monkeypatch):
    (tmp_path / "nl").mkdir()
    (tmp_path / "nl" / "numbers.yaml").write_text(TOY, encoding="utf-8")
    monkeypatch.setenv(lang.EXTRA_DIRS_VARIABLE, str(tmp_path))
    caches = [lang._folders, lang.get, lexicon_module.lexicon]
    for cached in caches:
        cached.cache_clear()
    yield
    monkeypatch.delenv(lang.EXTRA_DIRS_VARIABLE)
    for cached in caches:
        cached.cache_clear()


def test_a_toy_language_needs_only_a_data_file(toy_language):
    text = "De omzet steeg tot ongeveer 2,5 miljard euro, bijna drie procent meer."
    found = numbers.find(text, Context(lang="nl"), [])
    assert [(text[m.start:m.end], m.kind, m.value, m.unit, m.approx) for m in found] == [
        ("ongeveer 2,5 miljard euro", "money", 2.5e9, "EUR", "about"),
        ("bijna drie procent", "percent", 3.0, "%", "almost"),
    ]


def test_a_toy_language_reads_its_own_thousands_separator(toy_language):
    (m,) = numbers.find("Er kwamen 11.600 bezoekers.", Context(lang="nl"), [])
    assert m.value == 11600.0                         # the trap: "11.600" is not 11.6 with a decimal comma


def test_a_bad_approx_kind_names_the_file(tmp_path):
    (tmp_path / "xx").mkdir()
    (tmp_path / "xx" / "numbers.yaml").write_text("hedges: {circa: roughly}\n", encoding="utf-8")
    with pytest.raises(lang.LanguageDataError, match=r"xx/numbers\.yaml: hedges: .*unknown approx kind 'roughly'"):
        lang.load(tmp_path / "xx")


def _string_literals(path: pathlib.Path) -> set[str]:
    """Every word of every string literal that is not a docstring (examples there are documentation)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)) and node.body
                  and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    words: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            words.update(w.lower() for w in node.value.replace("|", " ").split())
    return words


@pytest.mark.parametrize("module", NUMBER_MODULES)
def test_no_number_word_in_the_extractor_code(module):
    words: set[str] = set()
    for code in ("de", "en"):
        n = lang.get(code).numbers
        for source in (n.cardinals, n.scales, n.currencies, n.article_next, n.sign_words, n.fractions,
                       n.multipliers, n.decimal_words, n.range_to, n.range_between, n.time_words):
            words.update(w.lower() for w in source if len(w) > 3)
        words.update(w for phrase in n.hedges for w in phrase.split() if len(w) > 3)
    contract_values = lang.schema.APPROX_KINDS      # "about", "almost": the contract's approx, not words
    assert not (words - contract_values) & _string_literals(EXTRACT / module)
