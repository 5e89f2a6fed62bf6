"""The cheap word test before the case-blind period phrases never hides a phrase the pattern finds."""
from __future__ import annotations

import pytest

from factcheck.classify.period import Periods, _phrases
from factcheck.model import Document


def _periods(text: str) -> Periods:
    return Periods(Document(doc="t.txt", text=text, lang="de"), [], [])


class _Span:
    def __init__(self, start: int, end: int):
        self.start, self.end = start, end


@pytest.mark.parametrize("sentence", [
    "Im selben Jahr stieg der Umsatz auf 12 Millionen Euro.",
    "IM GLEICHEN GESCHÄFTSJAHR fiel der Gewinn.",
    "Im BERİCHTSJAHR sank die Zahl der Filialen.",          # İ matches i in a case-blind pattern
    "Das Geschäftsjahr endete am 30. September.",
    "Im Jahr davor waren es 40 Filialen.",                    # no phrase: "Jahr" alone
    "Die Firma schloss ein Werk im selben Ort.",              # the words, not the phrase
])
@pytest.mark.parametrize("field", ["same_period", "year_ended"])
def test_the_word_test_passes_every_sentence_the_pattern_matches(sentence, field):
    text = "Kaufwerk meldet Zahlen\n\n" + sentence
    span = _Span(text.index(sentence), len(text))
    found = _phrases("de", field).search(text, span.start, span.end) is not None
    if found:
        assert _periods(text)._may_hold("de", field, span)


def test_a_sentence_without_the_words_is_not_searched():
    text = "Im Jahr davor waren es 40 Filialen."
    assert not _periods(text)._may_hold("de", "same_period", _Span(0, len(text)))
    assert _periods("Im selben Jahr.")._may_hold("de", "same_period", _Span(0, 15))
