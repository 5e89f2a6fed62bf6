"""The fast scans find exactly what the plain regexes they stand in for find: digit runs on the one-byte
copy, pronoun numerals from the words of that copy, and the searches for the words before a date or
figure that start at the last words. Texts are made of the words those regexes care about, in every
order, with the odd characters (long s, dotless i, soft hyphen, dashes) that a lower-case copy or a
case-blind match could read differently."""
import random
from types import SimpleNamespace

import pytest

from factcheck.extract import anchoring, digit_folding, durations, number_context, pronoun_numerals, temporal, years
from factcheck.extract import timex as tx
from factcheck.extract.lexicon import lexicon

_WORDS = ["zweimonatige", "tägig", "Jährigen", "stündig", "minütigem", "wöchig", "ig", "eine", "Eine", "EINE", "keine", "Keinen", "einem", "kein", "ein", "seit", "Seit", "ſeit", "bis", "zum",
          "Ende", "spätestens", "dem", "der", "im", "Film", "Kinder", "unter", "up", "to", "Krieg", "Seite", "ORF",
          "İm", "ı", "ä", "12", "1870", "2022", "٣", "３", "-", "–", "(", ".", ",", "!", ";", "\u00ad", "\u200b",
          " ", " ", " ", "  ", "\t", "\n"]


def _texts(count: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_WORDS) for _ in range(rnd.randint(1, 14))) for _ in range(count)]


def test_digit_runs_are_the_runs_of_decimal_digits():
    for text in _texts(3000, 1) + ["Am 3. Mai 2022 kamen ١١٬٦٠٠ Gäste, 2\u200b400 mehr."]:
        temporal.spaced_words(text)
        assert digit_folding.digit_runs(text, 0) == [m.span() for m in digit_folding.DIGIT_RUN.finditer(text)]


def test_pronoun_numerals_are_what_their_regex_finds():
    lex = lexicon("de")
    texts = _texts(3000, 2) + ["In Salzburg gab es gar nur einen. Gelbe Karten: keine", "Eine Frage: wie viele? Eine."]
    found = 0
    for text in texts:
        expected = [m.span() for m in lex.pronoun_numeral.finditer(text)]
        assert [m.span() for m in pronoun_numerals._pronoun_numerals(text, 0, lex)] == expected
        found += len(expected)
    assert found > 100                     # the texts do hold pronoun numerals


@pytest.mark.parametrize("pattern, width, runs", [
    (anchoring._WORD_BEFORE, 40, 1), (years._WORD_BEFORE, 30, 1), (number_context._WORD_BEFORE, 30, 1),
    (durations._AGE_BEFORE, 40, durations._AGE_BEFORE_RUNS), (temporal._PREPOSITION, 30, temporal._PREPOSITION_RUNS),
])
def test_a_search_from_the_last_words_finds_what_a_search_of_the_window_finds(pattern, width, runs):
    matched = 0
    for text in [text for words in _texts(4000, 3) for text in (words, words + " ")]:
        start = max(0, len(text) - width)
        whole = pattern.search(text, start, len(text))
        last = tx.search_last_words(pattern, text, start, len(text), runs)
        assert (whole and (whole.span(), whole.groups())) == (last and (last.span(), last.groups()))
        matched += whole is not None
    assert matched > 10                   # the texts do end in what the pattern looks for


def test_a_preposition_is_found_before_a_date_as_the_window_search_finds_it():
    for text in [text for words in _texts(3000, 4) for text in (words, words + " ")]:
        window = temporal._PREPOSITION.search(text, max(0, len(text) - 30), len(text))
        expected = window if window is not None and window.end() == len(text) and text[-1:].isspace() else None
        found = temporal._preposition_before(text, SimpleNamespace(start=len(text)))
        assert (expected and expected.span()) == (found and found.span())


def test_the_search_for_a_compound_unit_finds_a_text_with_one():
    units = durations._COMPOUND_UNITS
    texts = _texts(3000, 5)
    assert sum(any(unit in text for unit in units) for text in texts) > 100
    for text in texts:
        assert (durations._ANY_COMPOUND_UNIT.search(text) is not None) == any(unit in text for unit in units)
