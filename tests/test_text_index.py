"""Sentence bounds: a dot ends a sentence unless it closes an abbreviation, a single letter or a day's ordinal."""
from factcheck.text import TextIndex


def _sentences(text):
    index = TextIndex(text)
    return [text[a:b].strip() for a, b in zip(index._bounds, index._bounds[1:] + [len(text)])]


def test_a_long_word_before_the_dot_ends_the_sentence():
    assert _sentences("Der Umsatz stieg deutlich. Der Gewinn sank.") == ["Der Umsatz stieg deutlich.", "Der Gewinn sank."]


def test_short_words_before_the_dot_are_looked_up():
    text = "Das sagte Prof. Weber am 4. Dezember in Wien. Er kam mit Dr. Kern. Beide gingen."
    assert _sentences(text) == ["Das sagte Prof. Weber am 4. Dezember in Wien.", "Er kam mit Dr. Kern.", "Beide gingen."]


def test_a_token_with_quotes_in_front_is_read_without_them():
    assert _sentences('Er nannte ihn „Dr. Kern. Sie lachten.') == ['Er nannte ihn „Dr. Kern.', "Sie lachten."]
    assert _sentences('((((((((((((((((((((((A. Bis dahin.') == ['((((((((((((((((((((((A. Bis dahin.']
