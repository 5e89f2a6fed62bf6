"""not_comparable: same subject and type, qualifiers both state differently, values differ: info."""
from claim_factory import rule, rules

TIKTOK = rules(tiktok_users=rule("TikTok users, by market and by how users are counted."),
               walmart_revenue=rule("Walmart revenue"), walmart_stores=rule("Walmart stores"))

US = {"scope": "US", "metric": "any"}
WORLD_MAU = {"scope": "worldwide", "metric": "monthly_active"}


def test_us_users_and_worldwide_monthly_active_users_are_not_compared(corpus):
    a = corpus.document("000.txt", "Trump gewährt TikTok einen weiteren Aufschub.\nMit rund 100 Millionen Nutzern "
                                   "allein in den USA ist TikTok eine wahre Goldgrube.")
    b = corpus.document("003.txt", "Mit knapp 1,2 Milliarden monatlichen aktiven Nutzerinnen hat TikTok "
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


def test_each_side_stating_a_qualifier_the_other_lacks_is_two_slices(corpus):
    # "in den USA" against "monatlich aktive": neither figure is the other's, whatever is unknown
    a = corpus.document("a.txt", "TikTok hat in den USA rund 100 Millionen Nutzer.")
    b = corpus.document("b.txt", "TikTok hat knapp 1,2 Milliarden monatlich aktive Nutzer.")
    corpus.claim(a, "rund 100 Millionen Nutzer", value=1e8, unit="Nutzer", qualifiers={"scope": "US"})
    corpus.claim(b, "knapp 1,2 Milliarden monatlich aktive Nutzer", value=1.2e9, unit="Nutzer",
                 qualifiers={"metric": "monthly_active"})

    findings = corpus.compare(TIKTOK)

    assert [f.check for f in findings] == ["not_comparable"]
    assert findings[0].message.endswith("metric (not stated) vs monthly_active, scope US vs (not stated); "
                                        "not compared.")


def test_a_qualifier_stated_on_one_side_only_is_no_difference(corpus):
    # the trap: "weltweit" on one side and nothing on the other is unknown, not "another scope"
    a = corpus.document("a.txt", "Walmart betreibt 11.600 Filialen.", date="2024-02-20")
    b = corpus.document("b.txt", "Walmart betreibt weltweit 10.500 Filialen.", date="2024-02-21")
    corpus.claim(a, "11.600 Filialen", subject="Walmart", claim_type="walmart_stores", value=11600.0, unit="Filiale")
    corpus.claim(b, "10.500 Filialen", subject="Walmart", claim_type="walmart_stores", value=10500.0, unit="Filiale",
                 qualifiers={"scope": "worldwide"})

    assert [(f.check, f.severity) for f in corpus.compare(TIKTOK)] == [("contradiction", "warning")]


def test_one_finding_per_two_documents(corpus):
    for i, value in enumerate((1e8, 1.1e8)):
        doc = corpus.document(f"us{i}.txt", f"TikTok hat in den USA {value / 1e6:.0f} Millionen Nutzer.")
        corpus.claim(doc, f"{value / 1e6:.0f} Millionen Nutzer", value=value, low=value * 0.95, high=value * 1.05,
                     approx="about", unit="Nutzer", qualifiers=US)
    doc = corpus.document("w.txt", "TikTok hat weltweit 1,2 Milliarden monatlich aktive Nutzer.")
    corpus.claim(doc, "1,2 Milliarden", value=1.2e9, unit="Nutzer", qualifiers=WORLD_MAU)

    findings = [f for f in corpus.compare(TIKTOK) if f.check == "not_comparable"]

    assert len(findings) == 2


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
                 value=5.24e11, low=5.0e11, high=5.5e11, approx="about", unit="USD", qualifiers={"period": "2020"})
    corpus.claim(b, "$611 billion", kind="money", subject="Walmart", claim_type="walmart_revenue",
                 value=6.11e11, unit="USD", qualifiers={"period": "2023"})

    findings = corpus.compare(TIKTOK)

    assert [f.check for f in findings] == ["not_comparable"]
    assert findings[0].message.endswith("period 2020 vs 2023; not compared.")


def test_a_forecast_that_agrees_with_the_actual_needs_no_explanation(corpus):
    a = corpus.document("a.txt", "Walmart erwartet für 2024 einen Umsatz von 680 Milliarden Dollar.")
    b = corpus.document("b.txt", "Walmart setzte 2024 rund 648 Milliarden Dollar um.")
    corpus.claim(a, "680 Milliarden Dollar", kind="money", subject="Walmart", claim_type="walmart_revenue",
                 value=6.8e11, unit="USD", qualifiers={"period": "2024"})
    corpus.claim(b, "rund 648 Milliarden Dollar", kind="money", subject="Walmart", claim_type="walmart_revenue",
                 value=6.48e11, low=6.156e11, high=6.804e11, approx="about", unit="USD",
                 qualifiers={"period": "2024"})

    # 680 lies inside "rund 648" (±5 %): agreeing values need no explanation, forecast or not
    assert corpus.compare(TIKTOK) == []


def test_a_forecast_far_from_the_actual_is_explained_not_flagged(corpus):
    a = corpus.document("a.txt", "Walmart erwartet für 2024 einen Umsatz von 700 Milliarden Dollar.")
    b = corpus.document("b.txt", "Walmart setzte 2024 648 Milliarden Dollar um.")
    corpus.claim(a, "700 Milliarden Dollar", kind="money", subject="Walmart", claim_type="walmart_revenue",
                 value=7e11, unit="USD", qualifiers={"period": "2024"})
    corpus.claim(b, "648 Milliarden Dollar", kind="money", subject="Walmart", claim_type="walmart_revenue",
                 value=6.48e11, unit="USD", qualifiers={"period": "2024"})

    findings = corpus.compare(TIKTOK)

    assert [(f.check, f.severity) for f in findings] == [("not_comparable", "info")]
    assert "status forecast vs actual" in findings[0].message


def test_a_contradiction_inside_one_qualifier_set_is_still_reported(corpus):
    a = corpus.document("a.txt", "TikTok hat in den USA 100 Millionen Nutzer.", date="2024-01-10")
    b = corpus.document("b.txt", "TikTok hat in den USA 150 Millionen Nutzer.", date="2024-01-12")
    c = corpus.document("c.txt", "TikTok hat weltweit 1,2 Milliarden monatlich aktive Nutzer.", date="2024-01-12")
    corpus.claim(a, "100 Millionen Nutzer", value=1e8, unit="Nutzer", qualifiers=US)
    corpus.claim(b, "150 Millionen Nutzer", value=1.5e8, unit="Nutzer", qualifiers=US)
    corpus.claim(c, "1,2 Milliarden monatlich aktive Nutzer", value=1.2e9, unit="Nutzer", qualifiers=WORLD_MAU)

    assert sorted((f.check, f.severity) for f in corpus.compare(TIKTOK)) == [
        ("contradiction", "warning"), ("not_comparable", "info"), ("not_comparable", "info")]


def test_a_rule_may_name_an_explanation_to_raise_it(corpus):
    tiktok = rules(tiktok_users=rule("TikTok users", not_comparable="warning"))
    a = corpus.document("a.txt", "TikTok hat in den USA 100 Millionen Nutzer.", date="2024-01-10")
    b = corpus.document("b.txt", "TikTok hat weltweit 1,2 Milliarden monatlich aktive Nutzer.", date="2024-01-12")
    corpus.claim(a, "100 Millionen Nutzer", value=1e8, unit="Nutzer", qualifiers=US)
    corpus.claim(b, "1,2 Milliarden monatlich aktive Nutzer", value=1.2e9, unit="Nutzer", qualifiers=WORLD_MAU)

    assert [(f.check, f.severity) for f in corpus.compare(tiktok)] == [("not_comparable", "warning")]
    wide = rules(tiktok_users=rule("TikTok users", default="warning"))
    assert [(f.check, f.severity) for f in corpus.compare(wide)] == [("not_comparable", "info")]


def test_new_stores_are_not_the_store_count(corpus):
    # the trap: "120 neue Filialen" is what the chain adds this year, not how many it has
    a = corpus.document("a.txt", "Walmart will in diesem Jahr 120 neue Filialen eröffnen.", date="2024-02-20")
    b = corpus.document("b.txt", "Walmart betrieb Ende 2023 10.500 Filialen.", date="2024-02-21")
    corpus.claim(a, "120 neue Filialen", subject="Walmart", claim_type="walmart_stores", value=120.0, unit="Filiale")
    corpus.claim(b, "10.500 Filialen", subject="Walmart", claim_type="walmart_stores", value=10500.0, unit="Filiale")

    findings = corpus.compare(TIKTOK)

    assert [(f.check, f.severity) for f in findings] == [("not_comparable", "info")]
    assert "counts added vs level" in findings[0].message


def test_new_stores_in_two_articles_are_compared_with_each_other(corpus):
    a = corpus.document("a.txt", "Walmart will 2024 120 neue Filialen eröffnen.", date="2024-02-20")
    b = corpus.document("b.txt", "Walmart plans to open 150 new stores in 2024.", date="2024-02-21", lang="en")
    corpus.claim(a, "120 neue Filialen", subject="Walmart", claim_type="walmart_stores", value=120.0, unit="Filiale",
                 qualifiers={"period": "2024"})
    corpus.claim(b, "150 new stores", subject="Walmart", claim_type="walmart_stores", value=150.0, unit="store",
                 qualifiers={"period": "2024"})

    assert [(f.check, f.severity) for f in corpus.compare(TIKTOK)] == [("contradiction", "error")]
