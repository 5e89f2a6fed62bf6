"""contradiction: same subject, type, qualifiers and unit; the intervals do not overlap."""
from claim_factory import only, rule, rules

WALMART = rules(walmart_stores=rule("Walmart stores"), walmart_employees=rule("Walmart employees"),
                twitch_price=rule("Twitch purchase price", tolerance=0.01))


def stores(corpus, doc, text, value, unit="Filiale", subject="Walmart"):
    return corpus.claim(doc, text, subject=subject, claim_type="walmart_stores", value=value, unit=unit)


def test_different_store_counts_contradict(corpus):
    a = corpus.document("a.txt", "Der Einzelhandelskonzern betreibt 11.600 Filialen und beschäftigt "
                                 "über zwei Millionen Mitarbeiter.")
    b = corpus.document("b.txt", "Walmart betreibt heute 10.500 Filialen in 19 Ländern.")
    first = stores(corpus, a, "11.600 Filialen", 11600.0)
    second = stores(corpus, b, "10.500 Filialen", 10500.0)

    findings = corpus.compare(WALMART)

    assert len(findings) == 1
    assert (findings[0].check, findings[0].severity, findings[0].claims) == (
        "contradiction", "error", [first.id, second.id])
    assert findings[0].subject == "Walmart" and findings[0].claim_type == "walmart_stores"
    assert findings[0].message == (
        'Walmart stores: "11.600 Filialen" (a.txt:1) vs "10.500 Filialen" (b.txt:1): '
        "11,600 Filiale vs 10,500 Filiale do not overlap, and no change is signalled.")


def test_german_and_english_unit_names_are_compared(corpus):
    a = corpus.document("a.txt", "Der Einzelhandelskonzern betreibt 11.600 Filialen.")
    b = corpus.document("b.txt", "Walmart operates 10,500 stores in 19 countries.", lang="en")
    stores(corpus, a, "11.600 Filialen", 11600.0)
    stores(corpus, b, "10,500 stores", 10500.0, unit="store")

    assert [f.check for f in corpus.compare(WALMART)] == ["contradiction"]


def test_rounded_millions_agree_with_the_exact_count(corpus):
    a = corpus.document("a.txt", "Walmart beschäftigt weltweit rund 2,1 Millionen Mitarbeiter.")
    b = corpus.document("b.txt", "Der Konzern zählte zuletzt 2.080.000 Mitarbeiter.")
    corpus.claim(a, "rund 2,1 Millionen Mitarbeiter", subject="Walmart", claim_type="walmart_employees",
                 value=2.1e6, low=1.995e6, high=2.205e6, approx="about", unit="Mitarbeiter")
    corpus.claim(b, "2.080.000 Mitarbeiter", subject="Walmart", claim_type="walmart_employees",
                 value=2.08e6, unit="Mitarbeiter")

    assert corpus.compare(WALMART) == []


def test_almost_a_billion_agrees_with_975_million(corpus):
    a = corpus.document("a.txt", "Die Bezos-Company kaufte den Streaming-Dienst Twitch für knapp eine Milliarde Dollar.")
    b = corpus.document("b.txt", "Amazon bought the streaming service Twitch for $975m in 2014.", lang="en")
    corpus.claim(a, "knapp eine Milliarde Dollar", kind="money", subject="Twitch", claim_type="twitch_price",
                 value=1e9, low=9e8, high=1e9, approx="almost", unit="USD")
    corpus.claim(b, "$975m", kind="money", subject="Twitch", claim_type="twitch_price", value=9.75e8, unit="USD")

    assert corpus.compare(WALMART) == []


def test_an_open_interval_agrees_with_any_value_inside_it(corpus):
    a = corpus.document("a.txt", "Walmart beschäftigt über zwei Millionen Mitarbeiter.")
    b = corpus.document("b.txt", "Walmart beschäftigt 2.300.000 Mitarbeiter.")
    corpus.claim(a, "über zwei Millionen Mitarbeiter", subject="Walmart", claim_type="walmart_employees",
                 value=2e6, low=2e6, approx="more_than", unit="Mitarbeiter")
    corpus.claim(b, "2.300.000 Mitarbeiter", subject="Walmart", claim_type="walmart_employees",
                 value=2.3e6, unit="Mitarbeiter")

    assert corpus.compare(WALMART) == []


def test_the_rule_tolerance_decides_whether_close_values_agree(corpus):
    a = corpus.document("a.txt", "Amazon kaufte Twitch für 970 Millionen Dollar.")
    b = corpus.document("b.txt", "Amazon paid 978 million dollars for Twitch.", lang="en")
    corpus.claim(a, "970 Millionen Dollar", kind="money", subject="Twitch", claim_type="twitch_price",
                 value=9.7e8, unit="USD")
    corpus.claim(b, "978 million dollars", kind="money", subject="Twitch", claim_type="twitch_price",
                 value=9.78e8, unit="USD")

    assert corpus.compare(WALMART) == []                       # 1 % each side: 979.7m reaches 968.2m
    strict = corpus.compare(rules(twitch_price=rule("Twitch purchase price")))
    assert [f.check for f in strict] == ["contradiction"]
    assert "even with" not in strict[0].message


def test_claims_of_one_document_are_never_compared(corpus):
    a = corpus.document("a.txt", "Walmart betreibt 11.600 Filialen. Früher waren es 10.500 Filialen.")
    stores(corpus, a, "11.600 Filialen", 11600.0)
    stores(corpus, a, "10.500 Filialen", 10500.0)

    assert corpus.compare(WALMART) == []


def test_claims_without_subject_are_never_compared(corpus):
    a = corpus.document("a.txt", "Der Konzern betreibt 11.600 Filialen.")
    b = corpus.document("b.txt", "Der Konzern betreibt 10.500 Filialen.")
    stores(corpus, a, "11.600 Filialen", 11600.0, subject=None)
    stores(corpus, b, "10.500 Filialen", 10500.0, subject=None)

    assert corpus.compare(WALMART) == []


def test_a_rule_can_lower_the_severity(corpus):
    a = corpus.document("a.txt", "Walmart betreibt 11.600 Filialen.")
    b = corpus.document("b.txt", "Walmart betreibt 10.500 Filialen.")
    stores(corpus, a, "11.600 Filialen", 11600.0)
    stores(corpus, b, "10.500 Filialen", 10500.0)

    findings = corpus.compare(rules(walmart_stores=rule("Walmart stores", contradiction="warning")))

    assert [(f.check, f.severity) for f in findings] == [("contradiction", "warning")]


def test_without_a_rule_a_disagreement_is_at_most_a_warning(corpus):
    a = corpus.document("a.txt", "Walmart betreibt 11.600 Filialen.")
    b = corpus.document("b.txt", "Walmart betreibt 10.500 Filialen.")
    corpus.claim(a, "11.600 Filialen", subject="Walmart", claim_type="quantity:store", value=11600.0, unit="Filiale")
    corpus.claim(b, "10.500 Filialen", subject="Walmart", claim_type="quantity:store", value=10500.0, unit="Filiale")

    findings = corpus.compare(WALMART)

    assert [(f.check, f.severity) for f in findings] == [("contradiction", "warning")]
    assert findings[0].message.startswith("Walmart (quantity:store): ")


def test_without_a_rule_dates_of_one_subject_are_not_compared(corpus):
    a = corpus.document("a.txt", "Werbung macht Tiktok via Roadshows, die bereits seit Mai stattfinden.")
    b = corpus.document("b.txt", "TikTok bietet ihren Nutzern am 26. August ein Livestreaming-Event an.")
    corpus.claim(a, "seit Mai", kind="date", claim_type="date:event", timex="2023-05", timex_mod="ON_OR_AFTER")
    corpus.claim(b, "26. August", kind="date", claim_type="date:event", timex="2020-08-26")

    assert corpus.compare(WALMART) == []
    assert corpus.compare(None) == []


def test_one_outlier_among_agreeing_sources_gives_one_finding(corpus):
    for i in range(5):
        doc = corpus.document(f"{i}.txt", f"Bericht {i}: Walmart betreibt 11.600 Filialen.")
        stores(corpus, doc, "11.600 Filialen", 11600.0)
    odd = corpus.document("odd.txt", "Walmart betreibt 9.400 Filialen.")
    stores(corpus, odd, "9.400 Filialen", 9400.0)

    findings = corpus.compare(WALMART)

    assert len(only(findings, "contradiction")) == 1
    assert "odd.txt:1" in findings[0].message
