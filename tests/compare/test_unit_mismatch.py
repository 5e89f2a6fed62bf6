"""unit_mismatch: USD vs EUR, users vs downloads; a bare number takes the group's unit."""
from claim_factory import rule, rules

RULES = rules(bytedance_revenue=rule("ByteDance revenue"),
              tiktok_users=rule("TikTok users, by market and by how users are counted."))


def revenue(corpus, doc, text, value, unit):
    return corpus.claim(doc, text, kind="money", subject="ByteDance", claim_type="bytedance_revenue",
                        value=value, unit=unit)


def test_dollars_and_euros_are_not_converted(corpus):
    a = corpus.document("a.txt", "Bytedance erzielte 2020 einen Umsatz von 34,3 Milliarden Dollar.", date="2021-03-01")
    b = corpus.document("b.txt", "Der Umsatz von Bytedance lag 2020 bei 34,3 Milliarden Euro.", date="2021-03-02")
    usd = revenue(corpus, a, "34,3 Milliarden Dollar", 3.43e10, "USD")
    eur = revenue(corpus, b, "34,3 Milliarden Euro", 3.43e10, "EUR")

    findings = corpus.compare(RULES)

    assert [(f.check, f.severity, f.claims) for f in findings] == [("unit_mismatch", "warning", [usd.id, eur.id])]
    assert findings[0].message == ('ByteDance revenue: "34,3 Milliarden Dollar" (a.txt:1) vs '
                                   '"34,3 Milliarden Euro" (b.txt:1): USD vs EUR; no conversion, not compared.')


def test_one_finding_per_two_documents_in_different_currencies(corpus):
    for i, (text, unit) in enumerate([("34,3 Milliarden Dollar", "USD"), ("34,3 Milliarden Dollar", "USD"),
                                      ("34,3 Milliarden Euro", "EUR"), ("34,3 Milliarden Euro", "EUR")]):
        doc = corpus.document(f"{i}.txt", f"Bytedance setzte 2020 {text} um.", date="2021-03-01")
        revenue(corpus, doc, text, 3.43e10, unit)

    assert [f.check for f in corpus.compare(RULES)] == ["unit_mismatch"] * 4


def test_the_same_digits_in_another_currency_tie_undated_articles(corpus):
    a = corpus.document("a.txt", "Bytedance erzielte einen Umsatz von 34,3 Milliarden Dollar.")
    b = corpus.document("b.txt", "Der Umsatz von Bytedance lag bei 34,3 Milliarden Euro.")
    revenue(corpus, a, "34,3 Milliarden Dollar", 3.43e10, "USD")
    revenue(corpus, b, "34,3 Milliarden Euro", 3.43e10, "EUR")

    assert [(f.check, f.severity) for f in corpus.compare(RULES)] == [("unit_mismatch", "warning")]


def test_different_amounts_in_two_currencies_in_undated_articles_are_info(corpus):
    a = corpus.document("a.txt", "Bytedance erzielte einen Umsatz von 34,3 Milliarden Dollar.")
    b = corpus.document("b.txt", "Der Umsatz von Bytedance lag bei 31,6 Milliarden Euro.")
    revenue(corpus, a, "34,3 Milliarden Dollar", 3.43e10, "USD")
    revenue(corpus, b, "31,6 Milliarden Euro", 3.16e10, "EUR")

    assert [(f.check, f.severity) for f in corpus.compare(RULES)] == [("unit_mismatch", "info")]


def test_staff_and_people_under_a_headcount_key_are_one_unit(corpus):
    # the key already says what is counted: "Mitarbeiter" and "people" are no unit mismatch
    a = corpus.document("a.txt", "Walmart beschäftigt 2,1 Millionen Mitarbeiter.", date="2024-01-10")
    b = corpus.document("b.txt", "Walmart employs 2.1 million people.", date="2024-01-11", lang="en")
    corpus.claim(a, "2,1 Millionen Mitarbeiter", subject="Walmart", claim_type="quantity:employee", value=2.1e6,
                 unit="Mitarbeiter")
    corpus.claim(b, "2.1 million people", subject="Walmart", claim_type="quantity:employee", value=2.1e6,
                 unit="person")

    assert corpus.compare(None) == []


def test_users_and_downloads_are_different_units(corpus):
    a = corpus.document("a.txt", "TikTok hat weltweit 1,2 Milliarden Nutzer.")
    b = corpus.document("b.txt", "TikTok wurde weltweit 3 Milliarden Mal heruntergeladen: 3 Milliarden Downloads.")
    corpus.claim(a, "1,2 Milliarden Nutzer", value=1.2e9, unit="Nutzer")
    corpus.claim(b, "3 Milliarden Downloads", value=3e9, unit="Download")

    findings = corpus.compare(RULES)

    assert [f.check for f in findings] == ["unit_mismatch"]
    assert "Nutzer vs Download; different units, not compared" in findings[0].message


def test_a_bare_number_is_compared_in_the_unit_of_the_group(corpus):
    a = corpus.document("a.txt", "TikTok hat weltweit 1,2 Milliarden Nutzer.", date="2020-08-03")
    b = corpus.document("b.txt", "Die Nutzerzahl von TikTok liegt weltweit bei 1,5 Milliarden.", date="2020-08-05")
    corpus.claim(a, "1,2 Milliarden Nutzer", value=1.2e9, unit="Nutzer")
    corpus.claim(b, "1,5 Milliarden", kind="number", value=1.5e9)

    assert [f.check for f in corpus.compare(RULES)] == ["contradiction"]


def test_money_in_one_currency_is_no_unit_mismatch(corpus):
    a = corpus.document("a.txt", "Bytedance erzielte 2020 einen Umsatz von 34,3 Milliarden Dollar.")
    b = corpus.document("b.txt", "ByteDance's revenue reached $34.3 billion in 2020.", lang="en")
    revenue(corpus, a, "34,3 Milliarden Dollar", 3.43e10, "USD")
    revenue(corpus, b, "$34.3 billion", 3.43e10, "USD")

    assert corpus.compare(RULES) == []
