"""reference_mismatch: a claim against the reference value its rule declares (same unit only)."""
from claim_factory import FakeReference, rule, rules

TWITCH_PRICE = FakeReference(value=9.7e8, unit="USD", source="Amazon press release", date="2014-08-25")
TWITCH = rules(twitch_price=rule("Twitch purchase price", tolerance=0.02, references=[TWITCH_PRICE]),
               twitch_deal_date=rule("Twitch deal date", references=[FakeReference(timex="2014-08-25")]))


def price(corpus, doc, text, **fields):
    return corpus.claim(doc, text, kind="money", subject="Twitch", claim_type="twitch_price", **fields)


def test_almost_a_billion_dollars_agrees_with_the_reference(corpus):
    a = corpus.document("001.txt", "Fast auf den Tag genau vor sechs Jahren kaufte die Bezos-Company den "
                                   "Streaming-Dienst Twitch für knapp eine Milliarde Dollar.")
    price(corpus, a, "knapp eine Milliarde Dollar", value=1e9, low=9e8, high=1e9, approx="almost", unit="USD")

    assert corpus.compare(TWITCH) == []


def test_a_price_a_thousand_times_the_reference_is_reported(corpus):
    a = corpus.document("a.txt", "Amazon zahlte 2014 970 Milliarden Dollar für Twitch.")
    claim = price(corpus, a, "970 Milliarden Dollar", value=9.7e11, unit="USD")

    findings = corpus.compare(TWITCH)

    assert [(f.check, f.severity, f.claims) for f in findings] == [("reference_mismatch", "warning", [claim.id])]
    assert findings[0].message == (
        'Twitch purchase price: "970 Milliarden Dollar" (a.txt:1) vs the reference 970,000,000 USD '
        "(Amazon press release, 2014-08-25): the values do not agree.")


def test_a_price_in_another_currency_is_not_checked_against_the_reference(corpus):
    a = corpus.document("a.txt", "Amazon zahlte 2014 umgerechnet 730 Millionen Euro für Twitch.")
    price(corpus, a, "730 Millionen Euro", value=7.3e8, unit="EUR")

    assert corpus.compare(TWITCH) == []


def test_a_date_is_checked_against_a_reference_date(corpus):
    a = corpus.document("a.txt", "Amazon gab den Kauf von Twitch am 25. August 2014 bekannt.")
    b = corpus.document("b.txt", "Amazon announced the Twitch deal on August 28, 2014.", lang="en")
    right = corpus.claim(a, "25. August 2014", kind="date", subject="Twitch", claim_type="twitch_deal_date",
                         timex="2014-08-25")
    wrong = corpus.claim(b, "August 28, 2014", kind="date", subject="Twitch", claim_type="twitch_deal_date",
                         timex="2014-08-28")

    findings = corpus.compare(TWITCH)

    # undated articles: nothing ties the two dates in time, so only the reference speaks
    assert [(f.check, f.severity, f.claims) for f in findings] == [("reference_mismatch", "warning", [wrong.id])]
