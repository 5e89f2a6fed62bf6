"""English figures (issue 16): currencies by word, code and symbol, fractions and ratios, signs,
scale words, and the number format of an English document. Each family has its trap."""
import pytest

from factcheck.extract import numbers
from factcheck.extract.mention import Context


def figures(text: str, lang: str = "en"):
    return [(text[m.start:m.end], m.kind, m.value, m.unit) for m in numbers.find(text, Context(lang=lang), [])]


@pytest.mark.parametrize("text, expected", [
    ("The stall owner asked for 42 ringgit per basket.", ("42 ringgit", "money", 42.0, "MYR")),
    ("Each ticket cost 10 us dollar at the gate.", ("10 us dollar", "money", 10.0, "USD")),
    ("The fee was raised to 20 usd last week.", ("20 usd", "money", 20.0, "USD")),
    ("Losses in excess of 30 MUSD were booked.", ("30 MUSD", "money", 30e6, "USD")),
    ("The insurer expects claims of 120 MEUR this year.", ("120 MEUR", "money", 120e6, "EUR")),
    ("The takeover values the group at £2.5bn.", ("£2.5bn", "money", 2.5e9, "GBP")),
    ("Shares closed at 470 pence on Friday.", ("470 pence", "money", 4.7, "GBP")),
    ("A can of soda sold for 75 cents.", ("75 cents", "money", 0.75, None)),
    ("The voucher is listed as USD115.5 in the catalogue.", ("USD115.5", "money", 115.5, "USD")),
    ("They paid 75 USD million for the site.", ("75 USD million", "money", 75e6, "USD")),
    ("The firm booked a loss of -$3.2 million.", ("-$3.2 million", "money", -3.2e6, "USD")),
    ("It only cost thirteen dollars and forty-five cents.", ("thirteen dollars and forty-five cents", "money",
                                                            13.45, "USD")),
    ("The app now has 1.2k followers.", ("1.2k followers", "quantity", 1200.0, "follower")),
])
def test_money_and_scales(text, expected):
    assert figures(text) == [expected]


def test_a_list_of_banknotes_is_not_one_amount_with_cents():
    # the trap: "5 €, 10" looks like five euros ten
    assert figures("Banknotes: 5 €, 10 €, 20 €.") == [
        ("5 €", "money", 5.0, "EUR"), ("10 €", "money", 10.0, "EUR"), ("20 €", "money", 20.0, "EUR")]


def test_a_joined_number_is_cents_only_where_the_amount_ends():
    assert figures("It costs 15 dollars and 50.") == [("15 dollars and 50", "money", 15.5, "USD")]
    # the trap: "and 50 employees" is a second figure, not fifty cents
    assert figures("They spent 15 dollars and 50 employees came.") == [
        ("15 dollars", "money", 15.0, "USD"), ("50 employees", "quantity", 50.0, "employee")]


@pytest.mark.parametrize("text, expected", [
    ("Two thirds of the members voted yes.", ("Two thirds", "number", 2 / 3, None)),
    ("Three fifths of the budget went to roads.", ("Three fifths", "number", 0.6, None)),
    ("The odds were put at 1 over 3.", ("1 over 3", "number", 1 / 3, None)),
    ("Only one out of three applicants passed.", ("one out of three", "number", 1 / 3, None)),
    ("A dozen families were evacuated.", ("A dozen families", "quantity", 12.0, "family")),
    ("Only 1/4 of the money arrived.", ("1/4", "number", 0.25, None)),
    ("The result is three and one fourth.", ("three and one fourth", "number", 3.25, None)),
    ("They have 3 million and a quarter.", ("3 million and a quarter", "number", 3.25e6, None)),
    ("The answer is minus one.", ("minus one", "number", -1.0, None)),
    ("The reading was 1.3e6 at noon.", ("1.3e6", "number", 1.3e6, None)),
])
def test_fractions_ratios_and_signs(text, expected):
    (found,) = figures(text)
    assert found[:2] == expected[:2] and found[2] == pytest.approx(expected[2]) and found[3] == expected[3]


def test_more_than_the_denominator_is_two_figures_not_a_ratio():
    assert [value for _, _, value, _ in figures("There are 12 out of 10 seats left.")] == [12.0, 10.0]


def test_one_hundred_and_thirty_fifths_is_not_a_mixed_number():
    # "and thirty" is no proper fraction of fifths: the whole phrase is the numerator
    (found,) = figures("one hundred and thirty fifths")
    assert found[2] == pytest.approx(26.0)


@pytest.mark.parametrize("text, value", [
    ("They hired 1,200 people.", 1200.0),           # en: the comma groups thousands, never 1.2
    ("The index rose 1.2 points.", 1.2),
    ("There are 1\u202f234\u202f567.89 shares.", 1234567.89),
    ("It costs $5.99.", 5.99),                      # a price at the end of a sentence is no date 5.99.
])
def test_english_number_format(text, value):
    (found,) = figures(text)
    assert found[2] == value


def test_the_same_digits_in_a_german_document():
    assert figures("Sie stellten 1,200 Leute ein.", "de")[0][2] == 1.2
    assert figures("Die Kette betreibt 1.200 Filialen.", "de")[0][2] == 1200.0


@pytest.mark.parametrize("text", [
    "The one you mentioned is invalid.",            # "one you" is no count of "you"
    "The meeting ends at 11.30 p.m. sharp.",        # a time of day, not 11.3 with unit "p"
    "The formula gives 1.1^23 in the end.",         # a power we do not read: no "23" on its own
])
def test_no_figure_where_none_is_meant(text):
    assert [f for f in figures(text) if f[2] in (1.0, 11.3, 23.0)] == []


@pytest.mark.parametrize("text, value", [
    ("The count reached 4 thousand 3 hundred and 21 on Monday.", 4321.0),
    ("The recipe needs 2 1/4 cups of flour.", 2.25),
    ("They ordered three dozs of eggs.", 36.0),
])
def test_digits_with_smaller_groups_and_mixed_fractions(text, value):
    assert figures(text)[0][2] == pytest.approx(value)


def test_a_bare_figure_after_a_scale_word_is_a_second_figure():
    # the trap: "5 million 200 times" is not 5,000,200
    assert [f[2] for f in figures("He was paid 5 million 200 times over.")] == [5e6, 200.0]
    assert [f[2] for f in figures("Es gab 5 Millionen 300 Nutzer.", "de")] == [5e6, 300.0]


@pytest.mark.parametrize("text, expected", [
    ("The yield fell to .08 percent.", (".08 percent", "percent", 0.08, "%")),
    ("The stall charged 20 dollar 43c for it.", ("20 dollar 43c", "money", 20.43, "USD")),
])
def test_leading_decimal_point_and_attached_cents(text, expected):
    assert figures(text) == [expected]


def test_a_full_stop_before_a_number_is_no_decimal_point():
    # the trap: "in 2019. 5 people" is the end of a sentence and the figure 5
    assert [f[2] for f in figures("It closed in 2019. 5 people lost their jobs.") if f[1] != "date"] == [5.0]


def test_and_joins_an_english_number_only_after_hundred_or_thousand():
    assert figures("It cost two hundred and five dollars.") == [
        ("two hundred and five dollars", "money", 205.0, "USD")]
    assert figures("The result is twenty and three fifths.")[0][2] == pytest.approx(20.6)
    # the trap: "ten and fifteen" is a range of two figures, never 25
    (found,) = numbers.find("Between ten and fifteen people came.", Context(lang="en"), [])
    assert (found.value, found.low, found.high, found.unit) == (None, 10.0, 15.0, "person")


def test_half_and_quarter_count_only_before_a_scale_word():
    assert figures("The plant costs half million usd.") == [("half million usd", "money", 5e5, "USD")]
    assert figures("It sold for quarter million us dollars.") == [
        ("quarter million us dollars", "money", 2.5e5, "USD")]
    # the trap: "half the votes" is no figure of its own
    assert figures("Half the votes were counted by noon.") == []


@pytest.mark.parametrize("text, expected", [
    ("Street vendors asked ringgit 15 for a plate.", ("ringgit 15", "money", 15.0, "MYR")),
    ("The tender opens at dollar 18.5 million.", ("dollar 18.5 million", "money", 18.5e6, "USD")),
    ("A thali costs Rs. 120 in the canteen.", ("Rs. 120", "money", 120.0, "INR")),
    ("A thali costs 120 rupees in the canteen.", ("120 rupees", "money", 120.0, "INR")),
    ("Ferry tickets are 35 L.E. per person.", ("35 L.E.", "money", 35.0, "EGP")),
    ("Dinner came to 88元 in total.", ("88元", "money", 88.0, "CNY")),
    ("The import was invoiced at 2.75US$ a unit.", ("2.75US$", "money", 2.75, "USD")),
    ("The seed round raised US$ 3MM from angels.", ("US$ 3MM", "money", 3e6, "USD")),
    ("Budgets near 4mil SEK are rare.", ("4mil SEK", "money", 4e6, "SEK")),
])
def test_currency_words_codes_and_signs_on_either_side(text, expected):
    assert figures(text) == [expected]


def test_a_currency_word_after_an_amount_belongs_to_it():
    # the trap: "dollar 40" reads like "dollar 22.5 million", but the dollar closes the 50
    assert figures("Change 50 dollar 40 rmb at the desk.") == [
        ("50 dollar", "money", 50.0, "USD"), ("40 rmb", "money", 40.0, "CNY")]
    assert figures("Pay rmb 10 usd 20 at the desk.") == [
        ("rmb 10", "money", 10.0, "CNY"), ("usd 20", "money", 20.0, "USD")]


def test_a_capitalized_currency_name_before_a_figure_is_a_name():
    assert [f[1] for f in figures("Trucks that meet Euro 6 rules may enter.")] == ["quantity"]


def test_a_comma_list_is_several_numbers():
    assert [f[2] for f in figures("Read sections 12,15,19,23 first.")] == [12.0, 15.0, 19.0, 23.0]
    # the traps: thousands and Indian grouping stay one number
    assert [f[2] for f in figures("It sold 3,400,000 copies and 12,34,567.89 rupees.")] == [3.4e6, 1234567.89]


@pytest.mark.parametrize("text, expected", [
    ("The exchange held 8,500 bitcoins in cold storage.", [("8,500 bitcoins", "money", 8500.0, "BTC")]),
    ("Miners now earn 3.125 BTC a block.", [("3.125 BTC", "money", 3.125, "BTC")]),
    ("The fund closed at $2.4b in commitments.", [("$2.4b", "money", 2.4e9, "USD")]),
    ("The jury rated the design 35/100.", [("35/100", "number", 0.35, None)]),
])
def test_crypto_a_decimal_b_and_hundredths(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text", ["Class 3b lasers need a key switch.", "The shop is open 24/7."])
def test_a_b_after_a_whole_number_and_a_slash_that_is_no_fraction(text):
    assert figures(text) == []


@pytest.mark.parametrize("text, expected", [
    ("The fare is 12 canadian dollar one way.", ("12 canadian dollar", "money", 12.0, "CAD")),
    ("A night costs 900 baht on the island.", ("900 baht", "money", 900.0, "THB")),
    ("Bread rose to 60 roubles a loaf.", ("60 roubles", "money", 60.0, "RUB")),
    ("Stamps cost 85 euro cents now.", ("85 euro cents", "money", 0.85, "EUR")),
    ("Tips of 200 pesos are usual.", ("200 pesos", "money", 200.0, None)),
])
def test_currency_names_of_many_countries(text, expected):
    assert figures(text) == [expected]


def test_one_point_five_is_a_decimal():
    assert figures("Turnout reached one point five million.") == [
        ("one point five million", "number", 1.5e6, None)]
    # the trap: "one point" followed by no digit is a single point made
    assert figures("She made the one point I agreed with.") == []


def test_quid_are_pounds():
    assert figures("He sold it for 40 quid.") == [("40 quid", "money", 40.0, "GBP")]


def test_times_ten_to_the_power():
    assert figures("The culture held 2.4x10^7 cells.") == [("2.4x10^7 cells", "quantity", 2.4e7, "cell")]
    assert figures("A dose of 5.1 × 10^-3 grams per dose.")[0][2] == pytest.approx(5.1e-3)
    # the trap: a multiplication sign between two sizes is no power of ten
    assert [f[2] for f in figures("Boards of 2 x 4 inches.")] == [2.0, 4.0]


def test_a_preposition_after_an_amount_is_no_counted_noun():
    assert figures("Sales reached €4.1bn after a weak spring.") == [("€4.1bn", "money", 4.1e9, "EUR")]


@pytest.mark.parametrize("text, lang, expected", [
    ("The bid values the group at €4.1bn including debt.", "en", "€4.1bn including debt"),
    ("The room costs $95 excl. VAT per night.", "en", "$95 excl. VAT"),
    ("Der Kaufpreis liegt bei 4,1 Mrd. Euro inklusive Schulden.", "de", "4,1 Mrd. Euro inklusive Schulden"),
])
def test_what_an_amount_covers_belongs_to_its_span(text, lang, expected):
    assert [f[0] for f in figures(text, lang)] == [expected]


def test_a_currency_word_before_a_year_names_an_event():
    assert [f[1] for f in figures("Fans queued for EURO 2024 tickets.")] != ["money"]
