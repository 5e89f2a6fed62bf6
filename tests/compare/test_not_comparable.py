"""not_comparable: same subject and type, different qualifiers, different values: info, once per qualifier pair."""
from claim_factory import rule, rules

TIKTOK = rules(tiktok_users=rule("TikTok users, by market and by how users are counted."),
               walmart_revenue=rule("Walmart revenue"))

US = {"scope": "US", "metric": "any"}
WORLD_MAU = {"scope": "worldwide", "metric": "monthly_active"}


def test_us_users_and_worldwide_monthly_active_users_are_not_compared(corpus):
    a = corpus.document("000.txt", "Trump gewährt TikTok einen weiteren Aufschub.\nMit rund 100 Millionen Nutzern "
                                   "allein in den USA ist TikTok eine wahre Goldgrube.")
    b = corpus.document("003.txt", "Mit knapp 1,2 Milliarden monatlichen aktiven Nutzerinnen hat der Service "
                                   "gute Voraussetzungen.")
    us = corpus.claim(a, "rund 100 Millionen Nutzern", value=1e8, low=9.5e7, high=1.05e8, approx="about",
                      unit="Nutzer", qualifiers=US, scale_word="Millionen")
    world = corpus.claim(b, "knapp 1,2 Milliarden", kind="number", value=1.2e9, low=1.14e9, high=1.2e9,
                         approx="almost", qualifiers=WORLD_MAU, scale_word="Milliarden")

    findings = corpus.compare(TIKTOK)

    assert [(f.check, f.severity, f.claims) for f in findings] == [("not_comparable", "info", [us.id, world.id])]
    assert findings[0].message == (
        'TikTok users: "rund 100 Millionen Nutzern" (000.txt:2) vs "knapp 1,2 Milliarden" (003.txt:1): '
        "metric any vs monthly_active, scope US vs worldwide; not compared.")


def test_one_finding_per_two_qualifier_sets(corpus):
    for i, value in enumerate((1e8, 1.1e8, 1.05e8)):
        doc = corpus.document(f"us{i}.txt", f"TikTok hat in den USA {value / 1e6:.0f} Millionen Nutzer.")
        corpus.claim(doc, f"{value / 1e6:.0f} Millionen Nutzer", value=value, unit="Nutzer", qualifiers=US)
    for i, value in enumerate((1.2e9, 1.1e9)):
        doc = corpus.document(f"w{i}.txt", f"TikTok hat weltweit {value / 1e9:.1f} Milliarden monatlich aktive Nutzer.")
        corpus.claim(doc, f"{value / 1e9:.1f} Milliarden", value=value, unit="Nutzer", qualifiers=WORLD_MAU)

    findings = [f for f in corpus.compare(TIKTOK) if f.check == "not_comparable"]

    assert len(findings) == 1


def test_equal_values_under_different_qualifiers_need_no_explanation(corpus):
    a = corpus.document("a.txt", "TikTok hat in den USA 150 Millionen Nutzer.")
    b = corpus.document("b.txt", "TikTok hat in den USA 150 Millionen monatlich aktive Nutzer.")
    corpus.claim(a, "150 Millionen Nutzer", value=1.5e8, unit="Nutzer", qualifiers=US)
    corpus.claim(b, "150 Millionen monatlich aktive Nutzer", value=1.5e8, unit="Nutzer",
                 qualifiers={"scope": "US", "metric": "monthly_active"})

    assert corpus.compare(TIKTOK) == []


def test_different_years_are_not_compared(corpus):
    a = corpus.document("a.txt", "Walmart setzte im Geschäftsjahr 2020 rund 524 Milliarden Dollar um.")
    b = corpus.document("b.txt", "Walmart's revenue for fiscal 2023 was $611 billion.", lang="en")
    corpus.claim(a, "rund 524 Milliarden Dollar", kind="money", subject="Walmart", claim_type="walmart_revenue",
                 value=5.24e11, low=5.0e11, high=5.5e11, approx="about", unit="USD", qualifiers={"year": "2020"})
    corpus.claim(b, "$611 billion", kind="money", subject="Walmart", claim_type="walmart_revenue",
                 value=6.11e11, unit="USD", qualifiers={"year": "2023"})

    findings = corpus.compare(TIKTOK)

    assert [f.check for f in findings] == ["not_comparable"]
    assert findings[0].message.endswith("year 2020 vs 2023; not compared.")


def test_a_contradiction_inside_one_qualifier_set_is_still_reported(corpus):
    a = corpus.document("a.txt", "TikTok hat in den USA 100 Millionen Nutzer.")
    b = corpus.document("b.txt", "TikTok hat in den USA 150 Millionen Nutzer.")
    c = corpus.document("c.txt", "TikTok hat weltweit 1,2 Milliarden monatlich aktive Nutzer.")
    corpus.claim(a, "100 Millionen Nutzer", value=1e8, unit="Nutzer", qualifiers=US)
    corpus.claim(b, "150 Millionen Nutzer", value=1.5e8, unit="Nutzer", qualifiers=US)
    corpus.claim(c, "1,2 Milliarden monatlich aktive Nutzer", value=1.2e9, unit="Nutzer", qualifiers=WORLD_MAU)

    assert sorted(f.check for f in corpus.compare(TIKTOK)) == ["contradiction", "not_comparable"]


def test_a_rule_wide_severity_leaves_the_explanations_at_info(corpus):
    tiktok = rules(tiktok_users=rule("TikTok users", default="warning"))
    a = corpus.document("a.txt", "TikTok hat in den USA 100 Millionen Nutzer.")
    b = corpus.document("b.txt", "TikTok hat weltweit 1,2 Milliarden monatlich aktive Nutzer.")
    c = corpus.document("c.txt", "TikTok hat in den USA 150 Millionen Nutzer.")
    corpus.claim(a, "100 Millionen Nutzer", value=1e8, unit="Nutzer", qualifiers=US)
    corpus.claim(b, "1,2 Milliarden monatlich aktive Nutzer", value=1.2e9, unit="Nutzer", qualifiers=WORLD_MAU)
    corpus.claim(c, "150 Millionen Nutzer", value=1.5e8, unit="Nutzer", qualifiers=US)

    found = sorted((f.check, f.severity) for f in corpus.compare(tiktok))

    assert found == [("contradiction", "warning"), ("not_comparable", "info")]


def test_a_rule_may_name_an_explanation_to_raise_it(corpus):
    tiktok = rules(tiktok_users=rule("TikTok users", not_comparable="warning"))
    a = corpus.document("a.txt", "TikTok hat in den USA 100 Millionen Nutzer.")
    b = corpus.document("b.txt", "TikTok hat weltweit 1,2 Milliarden monatlich aktive Nutzer.")
    corpus.claim(a, "100 Millionen Nutzer", value=1e8, unit="Nutzer", qualifiers=US)
    corpus.claim(b, "1,2 Milliarden monatlich aktive Nutzer", value=1.2e9, unit="Nutzer", qualifiers=WORLD_MAU)

    assert [(f.check, f.severity) for f in corpus.compare(tiktok)] == [("not_comparable", "warning")]


def test_a_claim_that_states_no_scope_is_compared_with_the_only_scope_given(corpus):
    a = corpus.document("a.txt", "Der Einzelhandelskonzern Walmart betreibt 11.600 Filialen.")
    b = corpus.document("b.txt", "Walmart betreibt weltweit 10.500 Filialen.")
    corpus.claim(a, "11.600 Filialen", subject="Walmart", claim_type="walmart_stores", value=11600.0, unit="Filiale")
    corpus.claim(b, "10.500 Filialen", subject="Walmart", claim_type="walmart_stores", value=10500.0, unit="Filiale",
                 qualifiers={"scope": "worldwide"})

    assert [f.check for f in corpus.compare(TIKTOK)] == ["contradiction"]


def test_a_claim_that_could_mean_either_scope_is_not_compared(corpus):
    a = corpus.document("a.txt", "TikTok hat 100 Millionen Nutzer.")
    b = corpus.document("b.txt", "TikTok hat in den USA 100 Millionen Nutzer.")
    c = corpus.document("c.txt", "TikTok hat weltweit 1,2 Milliarden Nutzer.")
    corpus.claim(a, "100 Millionen Nutzer", value=1e8, unit="Nutzer")
    corpus.claim(b, "100 Millionen Nutzer", value=1e8, unit="Nutzer", qualifiers={"scope": "US"})
    corpus.claim(c, "1,2 Milliarden Nutzer", value=1.2e9, unit="Nutzer", qualifiers={"scope": "worldwide"})

    findings = corpus.compare(TIKTOK)

    assert {f.check for f in findings} == {"not_comparable"}
    assert any("scope (not stated) vs worldwide" in f.message for f in findings)
    assert not any("scope (not stated) vs US" in f.message for f in findings)     # equal values: nothing to explain
