"""English figures read to the wrong value (issue 16, precision): number words out of order, a number word
taken for a unit, an 'and' after a scale, fractions of a scale, a dollar's country prefix, cents after a
currency that was already named. Each family has its trap."""
import pytest

from factcheck.extract import numbers
from factcheck.extract.mention import Context


def figures(text: str, lang: str = "en"):
    return [(text[m.start:m.end], m.kind, m.value, m.unit) for m in numbers.find(text, Context(lang=lang), [])]


def test_digits_read_out_one_by_one_are_not_added():
    # the trap: "three-nought-four" is a score or code, never 3 + 0 + 4
    assert all(value != 7.0 for _, _, value, _ in figures("The final read three-nought-four on the board."))


def test_tens_then_a_unit_is_one_number():
    assert figures("She planted twenty-four trees.") == [("twenty-four trees", "quantity", 24.0, "tree")]


def test_a_number_word_is_not_what_a_number_counts():
    # the trap: "ten fifteen" is two numbers (a time read aloud), never ten things called "fifteen"
    assert [unit for *_, unit in figures("The meeting moved to ten fifteen.")] == [None, None]


def test_and_after_any_scale_word_joins_a_numeral_of_words():
    assert figures("The debt reached twenty-one trillion and three hundred dollars.") == [
        ("twenty-one trillion and three hundred dollars", "money", 21_000_000_000_300.0, "USD")]


def test_and_after_a_scale_does_not_join_digits():
    # the trap: "5 million and 300 jobs" is an amount and a count
    assert figures("The plant got 5 million and 300 jobs.") == [
        ("5 million", "number", 5e6, None), ("300 jobs", "quantity", 300.0, "job")]


@pytest.mark.parametrize("text, expected", [
    ("They ordered half a dozen crates.", ("half a dozen crates", "quantity", 6.0, "crate")),
    ("Nearly half a million people came.", ("Nearly half a million people", "quantity", 500000.0, "person")),
    ("A quarter of a million tickets were sold.", ("A quarter of a million tickets", "quantity", 250000.0, "ticket")),
    ("The fund lost one billion and a half million.", ("one billion and a half million", "number", 1_000_500_000.0,
                                                       None)),
    ("Output rose by two million and one half.", ("two million and one half", "number", 2_500_000.0, None)),
])
def test_a_fraction_takes_the_scale_after_it(text, expected):
    assert figures(text) == [expected]


def test_half_alone_is_still_no_figure():
    # the trap: "half the votes" names a share without a size
    assert figures("He won half the votes.") == []


@pytest.mark.parametrize("text, expected", [
    ("Shares rose to c $ 1.34 apiece.", ("c $ 1.34", "money", 1.34, "CAD")),
    ("The deal is worth hk $ 900.", ("hk $ 900", "money", 900.0, "HKD")),
    ("It cost A$ 7 to enter.", ("A$ 7", "money", 7.0, "AUD")),
    # the trap: "a $ 3 fee" is the article, not an Australian dollar
    ("They charge a $ 3 fee.", ("$ 3 fee", "money", 3.0, "USD")),
])
def test_a_dollars_country_prefix(text, expected):
    assert figures(text)[0][:4] == expected


def test_a_bare_number_after_a_code_is_cents_where_the_code_follows_the_amount():
    assert figures("If they had 15 USD 50 more, it would do.")[0] == ("15 USD 50", "money", 15.5, "USD")


def test_a_bare_number_is_no_cents_where_the_writer_names_currencies_first():
    # the trap: "EUR 10 USD 20" looks like 10 dollars 20
    assert all(value != 10.2 for _, _, value, _ in figures("Fees: EUR 10 USD 20"))


@pytest.mark.parametrize("text, value", [
    ("The recipe asks for three twenty-firsts of the flour.", 3 / 21),
    ("Add three twenty firsts of it.", 3 / 21),
    ("The share was one hundred thirty-fifths.", 100 / 35),
    # the trap: a joiner binds the tens to the hundred, so the fifths count 130
    ("The share was one hundred and thirty fifths.", 130 / 5),
    ("Only two fifths agreed.", 0.4),
])
def test_a_tens_word_before_an_ordinal_is_part_of_the_denominator(text, value):
    (found,) = figures(text)
    assert found[2] == pytest.approx(value)


@pytest.mark.parametrize("text", [
    "The summit opened on March twenty first.",
    "She finished one hundred fifth in the marathon.",
])
def test_number_words_closed_by_an_ordinal_name_a_place_not_a_figure(text):
    assert figures(text) == []


def test_an_ordinal_before_a_noun_is_no_fraction():
    # the trap: "three twenty-first century firms" is three firms of the 21st century
    assert [value for _, _, value, _ in figures("We met three twenty-first century firms.")] == [3.0]


@pytest.mark.parametrize("text, value", [
    ("The tally came to one million two thousand three fifths.", 1_002_003 / 5),
    # the trap: after the joiner the fifths are of the million, not of the whole
    ("They have two million and three fifths.", 2_600_000.0),
])
def test_a_plural_ordinal_after_a_scale_counts_the_whole_numeral(text, value):
    (found,) = figures(text)
    assert found[2] == pytest.approx(value)


@pytest.mark.parametrize("text, expected", [
    ("A refill costs $20 and 43 cents.", ("$20 and 43 cents", "money", 20.43, "USD")),
    ("The bill came to €3 and 20c.", ("€3 and 20c", "money", 3.2, "EUR")),
])
def test_named_cents_after_an_amount_whose_currency_stands_before(text, expected):
    (found,) = figures(text)
    assert found[:2] == expected[:2] and found[2] == pytest.approx(expected[2]) and found[3] == expected[3]


def test_a_bare_number_after_a_symbol_amount_is_not_cents():
    # the trap: "$5 and 10 more" is five dollars and ten of something else
    assert [value for _, _, value, _ in figures("It costs $5 and 10 more.")] == [5.0, 10.0]


@pytest.mark.parametrize("text, value", [
    ("One in five adults smokes.", 0.2),
    ("Only 1 in 4 voters turned out.", 0.25),
])
def test_one_in_n_is_a_share(text, value):
    (found,) = figures(text)
    assert found[1] == "number" and found[2] == pytest.approx(value)


@pytest.mark.parametrize("text", ["He scored 2 in 2019.", "Prices rose 5 in 10 days."])
def test_in_before_a_year_or_a_time_is_no_share(text):
    # the trap: "2 in 2019" and "5 in 10 days" are a figure and a date or duration
    assert all(value is None or value >= 1 for _, _, value, _ in figures(text))


@pytest.mark.parametrize("text, unit", [
    ("The carmaker is recalling about 240,000 sport utility vehicles in the United States.", "vehicle"),
    ("They sold 20 Tesla cars.", "car"),
    # the traps: a plural or a counted thing ends the compound; a unit of time is never its head
    ("5 people lost their jobs.", "person"),
    ("The resort recorded 612,000 skier days.", "skier"),
])
def test_an_english_compound_counts_its_last_noun(text, unit):
    assert [found[3] for found in figures(text)] == [unit]
