"""extract makes its Claims without validating them a second time (extract.to_claim): each must be
the very Claim that validation makes of the same fields, down to the JSON bytes, the fields set and
the type of every value, for every kind of claim and for both languages."""
import pytest

from factcheck.extract import extract, to_claim
from factcheck.extract.mention import Mention
from factcheck.model import Claim, Document
from factcheck.text import text_index

GERMAN = ("Der Versorger steigerte seinen Umsatz im Jahr 2023 um knapp 12 Prozent auf 4,2 Milliarden Euro. "
          "Nach der zweimonatigen Prüfung sollen bis Ende März rund 350 neue Mitarbeiter eingestellt werden; "
          "die App zählte am 3. Mai 2 Millionen monatliche aktive Nutzer, zwischen 100 und 300 Tausend mehr. "
          "Seit drei Jahren wartet die Stadt, die nur eine.")
ENGLISH = ("The utility raised revenue by almost 12 percent to $4.2 billion in 2023. Over the next two weeks "
           "about 350 new staff will join, 20 km of cable were laid on May 3rd and the app has 2 million monthly "
           "active users.")


@pytest.mark.parametrize("text, lang", [(GERMAN, "de"), (ENGLISH, "en")])
def test_a_claim_is_the_claim_validation_makes(text, lang):
    claims = extract(Document(doc="a.txt", text=text, lang=lang, date="2024-02-01"))
    assert {c.kind for c in claims} >= {"money", "percent", "quantity", "date", "duration"}
    assert any(c.qualifiers for c in claims)                      # "monatliche aktive Nutzer"
    assert any(c.value is None and c.low is not None for c in claims) or lang == "en"   # a range
    for claim in claims:
        validated = Claim(**{name: getattr(claim, name) for name in claim.model_fields_set})
        assert claim == validated
        assert claim.model_dump_json() == validated.model_dump_json()
        assert claim.model_fields_set == validated.model_fields_set == Claim.model_fields.keys() - {
            "subject", "claim_type", "basis"}
        for name in ("value", "low", "high"):           # a float, never an int, as validation makes it
            assert type(getattr(claim, name)) is type(getattr(validated, name))


def test_a_value_given_as_an_integer_becomes_a_float_as_validation_makes_it():
    text = "Im Kader stehen 23 Spieler."
    document = Document(doc="a.txt", text=text, lang="de")
    claim = to_claim(document, Mention(start=16, end=26, kind="quantity", value=23, low=23, high=23,
                                       unit="Spieler"), text_index(text))
    assert claim.text == "23 Spieler" and claim.model_dump_json() == Claim(
        **{name: getattr(claim, name) for name in claim.model_fields_set}).model_dump_json()
    assert [type(claim.value), type(claim.low), type(claim.high)] == [float, float, float]
