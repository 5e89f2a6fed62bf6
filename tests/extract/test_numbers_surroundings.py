"""What stands around a figure decides what it is: a range whose currency is written twice, a change
"from ... to", a house number, a phone number, an amount before "last year". Each with its trap."""
from datetime import date

import pytest

from factcheck.extract import extract, numbers
from factcheck.extract.mention import Context
from factcheck.model import Document


def figures(text: str, lang: str = "en"):
    return [(text[m.start:m.end], m.kind, m.value, m.low, m.high, m.unit)
            for m in numbers.find(text, Context(lang=lang), [])]


def claims(text: str, lang: str = "en"):
    return [(c.text, c.kind, c.value, c.unit)
            for c in extract(Document(doc="t.txt", text=text, lang=lang), date(2024, 3, 20))]


def test_a_range_with_the_currency_on_both_ends_is_one_claim():
    assert figures("The group now expects sales of €2.1bn to €2.3bn for the year.") == [
        ("€2.1bn to €2.3bn", "money", None, 2.1e9, 2.3e9, "EUR")]
    assert figures("Seats sell for $40-$65 at the box office.") == [
        ("$40-$65", "money", None, 40.0, 65.0, "USD")]


def test_two_currencies_are_two_amounts():
    # the trap: a dollar price and a euro price joined by "to" are no range
    assert [f[0] for f in figures("Fares went from $5 to €7 overnight.")] == ["$5", "€7"]


@pytest.mark.parametrize("text, expected", [
    ("Turnover climbed from €2.1bn to €2.3bn last year.", ["€2.1bn", "€2.3bn"]),
    ("The club raises the season ticket by CHF 6 to CHF 410.", ["CHF 6", "CHF 410"]),
])
def test_a_change_is_no_range(text, expected):
    assert [f[0] for f in figures(text)] == expected


def test_a_range_of_change_stays_a_range():
    assert figures("Rents will rise by 4 to 6 percent.") == [("4 to 6 percent", "percent", None, 4.0, 6.0, "%")]


def test_an_amount_before_last_year_keeps_its_value():
    # the trap: "last" is no counted noun; the amount must not swallow the date after it
    assert claims("The start-up made €48m last year.") == [
        ("€48m", "money", 48e6, "EUR"), ("last year", "date", None, None)]


def test_a_house_number_is_no_figure():
    assert figures("The depot at 2250 Harbor View Drive will close.") == []
    # the trap: a count followed by a street name is still a count
    assert figures("They planted 2250 trees along Harbor View Drive.") == [
        ("2250 trees", "quantity", 2250.0, 2249.5, 2250.5, "tree")]


@pytest.mark.parametrize("text, lang", [
    ("Karten gibt es an der Abendkasse (Telefon 04431 2870).", "de"),
    ("Tickets: phone 0161 4420 or visit the box office.", "en"),
])
def test_a_phone_number_is_no_figure(text, lang):
    assert figures(text, lang) == []


def test_a_figure_after_a_phone_number_counts():
    assert [f[0] for f in figures("Telefon 04431 2870, erwartet werden 1.200 Gäste.", "de")] == ["1.200 Gäste"]


@pytest.mark.parametrize("text", [
    "Schüler bis 18 Jahre fahren gratis mit dem Bus.",
    "Jugendliche unter 16 Jahren brauchen eine Erlaubnis.",
])
def test_an_age_limit_of_a_group_is_no_duration(text):
    assert claims(text, "de") == []


def test_a_span_of_years_stays_a_duration():
    # the trap: the same words without a group before them measure time
    assert claims("Die Sanierung dauerte bis zu 18 Jahre.", "de") == [("bis zu 18 Jahre", "duration", 18.0, "year")]


def test_a_minus_after_the_currency_sign_is_negative():
    assert figures("The unit booked $-1.8 million in the quarter.") == [
        ("$-1.8 million", "money", -1.8e6, -1.85e6, -1.75e6, "USD")]
    # the trap: a dash between two amounts is no sign
    assert [f[2] for f in figures("Menüs kosten 8€-12€.", "de")] == [8.0, 12.0]


def test_a_decimal_before_a_scale_word_is_no_day_and_month():
    assert claims("Das Projekt kostet 14.6 Millionen Franken.", "de") == [
        ("14.6 Millionen Franken", "money", 14.6e6, "CHF")]
    # the trap: a bare day and month with its closing dot stays a date
    assert [c[1] for c in claims("Am 14.6. beginnt der Bau.", "de")] == ["date"]


def test_a_range_whose_low_end_looks_like_a_year_is_still_a_range():
    assert figures("Police counted 1800 to 2500 marchers.") == [
        ("1800 to 2500 marchers", "quantity", None, 1800.0, 2500.0, "marcher")]
    # the trap: two years joined by "to" are no count
    assert figures("Records from 1998 to 2004 were lost.") == []


def test_an_english_age_limit_is_no_duration():
    assert claims("Children under 12 years ride for free.") == []
    # the trap: people helped over ten years is a span of time
    assert ("over 10 years", "duration", 10.0, "year") in claims("They housed 900 people over 10 years.")
