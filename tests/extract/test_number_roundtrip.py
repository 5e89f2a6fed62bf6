"""Property: any value, written the German or the English way, reads back as itself."""
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import numbers
from factcheck.extract.mention import Context

SCALES = {
    "de": {0: "", 3: "Tausend", 6: "Millionen", 9: "Milliarden", 12: "Billionen"},
    "en": {0: "", 3: "thousand", 6: "million", 9: "billion", 12: "trillion"},
}
SENTENCE = {"de": "Der Konzern meldete {} Euro Umsatz.", "en": "The group reported {} euros in revenue."}


def write(value: Decimal, lang: str, grouped: bool) -> str:
    """Digits as a newspaper of that language writes them."""
    group, decimal = (".", ",") if lang == "de" else (",", ".")
    whole, _, frac = f"{value:f}".partition(".")
    if grouped:
        whole = f"{int(whole):,}".replace(",", group)
    return whole + (decimal + frac if frac else "")


amounts = st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False, allow_infinity=False)


@settings(max_examples=300, deadline=None)
@given(value=amounts, lang=st.sampled_from(["de", "en"]), grouped=st.booleans())
def test_digits_read_back_as_written(value, lang, grouped):
    value = value.normalize() if value != value.to_integral() else value.to_integral()
    text = SENTENCE[lang].format(write(value, lang, grouped))
    (m,) = numbers.find(text, Context(lang=lang), [])
    assert m.value == pytest.approx(float(value), rel=1e-12, abs=1e-9)
    assert m.kind == "money" and m.unit == "EUR"


@settings(max_examples=300, deadline=None)
@given(mantissa=st.decimals(min_value=1, max_value=999, places=1, allow_nan=False, allow_infinity=False),
       power=st.sampled_from([3, 6, 9, 12]), lang=st.sampled_from(["de", "en"]))
def test_scale_words_multiply_the_mantissa(mantissa, power, lang):
    mantissa = mantissa.normalize() if mantissa != mantissa.to_integral() else mantissa.to_integral()
    text = SENTENCE[lang].format(f"{write(mantissa, lang, False)} {SCALES[lang][power]}")
    (m,) = numbers.find(text, Context(lang=lang), [])
    assert m.value == pytest.approx(float(mantissa) * 10**power, rel=1e-12)
    assert m.low <= m.value <= m.high
