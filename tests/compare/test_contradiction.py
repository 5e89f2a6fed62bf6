"""contradiction: same subject, measure and qualifiers, values that cannot both hold; severity from confidence."""
from claim_factory import only, rule, rules

WALMART = rules(walmart_stores=rule("Walmart stores"), walmart_employees=rule("Walmart employees"),
                twitch_price=rule("Twitch purchase price", tolerance=0.01))


def stores(corpus, doc, text, value, unit="Filiale", subject="Walmart", claim_type="walmart_stores", **fields):
    return corpus.claim(doc, text, subject=subject, claim_type=claim_type, value=value, unit=unit, **fields)


def two_reports(corpus, first="Walmart betrieb Ende 2023 weltweit 11.600 Filialen.",
                second="Walmart operated 10,500 stores at the end of 2023.", dates=("2024-02-20", "2024-02-22")):
    a = corpus.document("a.txt", first, date=dates[0])
    b = corpus.document("b.txt", second, date=dates[1], lang="en")
    return a, b


def test_same_subject_measure_and_period_with_different_counts_is_an_error(corpus):
    a, b = two_reports(corpus)
    first = stores(corpus, a, "11.600 Filialen", 11600.0, qualifiers={"period": "2023"})
    second = stores(corpus, b, "10,500 stores", 10500.0, unit="store", qualifiers={"period": "2023"})

    findings = corpus.compare(WALMART)

    assert [(f.check, f.severity, f.confidence, f.claims) for f in findings] == [
        ("contradiction", "error", "strong", [first.id, second.id])]
    assert findings[0].message == (
        'Walmart stores: "11.600 Filialen" (a.txt:1) vs "10,500 stores" (b.txt:1): '
        "11,600 Filiale vs 10,500 store do not overlap, and no change is signalled.")


def test_without_a_rule_the_same_evidence_gives_the_same_error(corpus):
    a, b = two_reports(corpus)
    stores(corpus, a, "11.600 Filialen", 11600.0, claim_type="quantity:store", qualifiers={"period": "2023"})
    stores(corpus, b, "10,500 stores", 10500.0, unit="store", claim_type="quantity:store",
           qualifiers={"period": "2023"})

    findings = corpus.compare(None)

    assert [(f.check, f.severity) for f in findings] == [("contradiction", "error")]
    assert findings[0].message.startswith("Walmart (quantity:store): ")


def test_a_period_stated_on_one_side_only_is_a_warning_not_an_error(corpus):
    # unknown is not a wildcard: "heute" says nothing of the year the other figure is for
    a, b = two_reports(corpus, second="Walmart operates 10,500 stores today.")
    stores(corpus, a, "11.600 Filialen", 11600.0, qualifiers={"period": "2023"})
    stores(corpus, b, "10,500 stores", 10500.0, unit="store")

    findings = corpus.compare(WALMART)

    assert [(f.check, f.severity, f.confidence) for f in findings] == [("contradiction", "warning", "medium")]


def test_worldwide_stated_on_one_side_only_is_the_whole_the_other_means(corpus):
    # a figure that names no market is the whole (the next test), so "worldwide" against nothing states one scope
    a, b = two_reports(corpus, second="Walmart operated 10,500 stores worldwide at the end of 2023.")
    stores(corpus, a, "11.600 Filialen", 11600.0, qualifiers={"period": "2023"})
    stores(corpus, b, "10,500 stores", 10500.0, unit="store", qualifiers={"period": "2023", "scope": "worldwide"})

    assert [(f.check, f.severity) for f in corpus.compare(WALMART)] == [("contradiction", "error")]


def test_a_metric_stated_on_one_side_only_lowers_the_confidence(corpus):
    # the unknown-qualifier case: "paying" on one side only may be a slice of the other's figure
    a, b = two_reports(corpus, second="Walmart operated 10,500 stores for paying members at the end of 2023.")
    stores(corpus, a, "11.600 Filialen", 11600.0, qualifiers={"period": "2023"})
    stores(corpus, b, "10,500 stores", 10500.0, unit="store", qualifiers={"period": "2023", "metric": "paying"})

    assert [(f.check, f.severity) for f in corpus.compare(WALMART)] == [("contradiction", "warning")]


def test_a_market_named_on_one_side_only_is_a_part_not_the_whole(corpus):
    # the trap: "in the US" is a part of the company; the figure that names no market is mostly the whole
    a, b = two_reports(corpus, second="Walmart operated 4,600 stores in the US at the end of 2023.")
    stores(corpus, a, "11.600 Filialen", 11600.0, qualifiers={"period": "2023"})
    stores(corpus, b, "4,600 stores", 4600.0, unit="store", qualifiers={"period": "2023", "scope": "US"})

    findings = corpus.compare(WALMART)

    assert [(f.check, f.severity) for f in findings] == [("not_comparable", "info")]
    assert findings[0].message.endswith("scope (not stated) vs US; not compared.")


def test_a_subject_named_in_one_article_only_is_info(corpus):
    # the trap: "Der Einzelhandelskonzern" may be another retailer than the one the other article names
    a, b = two_reports(corpus, first="Der Einzelhandelskonzern betrieb Ende 2023 11.600 Filialen.")
    stores(corpus, a, "11.600 Filialen", 11600.0, qualifiers={"period": "2023"})
    stores(corpus, b, "10,500 stores", 10500.0, unit="store", qualifiers={"period": "2023"})

    assert [(f.check, f.severity, f.confidence) for f in corpus.compare(WALMART)] == [
        ("contradiction", "info", "weak")]


def test_undated_articles_with_no_period_and_one_named_subject_are_not_compared(corpus):
    a = corpus.document("a.txt", "Der Konzern betreibt 11.600 Filialen.")
    b = corpus.document("b.txt", "Walmart betreibt 10.500 Filialen.")
    stores(corpus, a, "11.600 Filialen", 11600.0)
    stores(corpus, b, "10.500 Filialen", 10500.0)

    assert corpus.compare(WALMART) == []


def test_rounded_millions_agree_with_the_exact_count(corpus):
    a = corpus.document("a.txt", "Walmart beschäftigt weltweit rund 2,1 Millionen Mitarbeiter.")
    b = corpus.document("b.txt", "Walmart zählte zuletzt 2.080.000 Mitarbeiter.")
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


def test_a_threshold_passed_is_a_lower_bound(corpus):
    # de: "die Marke von ... überschritten" says at least that many, not exactly that many
    a = corpus.document("a.txt", "Netflix hat im Sommer die Marke von fünf Millionen Abonnenten in Deutschland "
                                 "überschritten.", date="2024-08-01")
    b = corpus.document("b.txt", "Netflix zählt in Deutschland 5.300.000 Abonnenten.", date="2024-08-10")
    subs = rules(netflix_subscribers=rule("Netflix subscribers"))
    corpus.claim(a, "fünf Millionen Abonnenten", subject="Netflix", claim_type="netflix_subscribers",
                 value=5e6, unit="Abonnent")
    corpus.claim(b, "5.300.000 Abonnenten", subject="Netflix", claim_type="netflix_subscribers",
                 value=5.3e6, unit="Abonnent")

    assert corpus.compare(subs) == []


def test_the_same_figure_without_a_threshold_word_contradicts(corpus):
    a = corpus.document("a.txt", "Netflix hat in Deutschland fünf Millionen Abonnenten.", date="2024-08-01")
    b = corpus.document("b.txt", "Netflix zählt in Deutschland 5.300.000 Abonnenten.", date="2024-08-10")
    subs = rules(netflix_subscribers=rule("Netflix subscribers"))
    corpus.claim(a, "fünf Millionen Abonnenten", subject="Netflix", claim_type="netflix_subscribers",
                 value=5e6, unit="Abonnent")
    corpus.claim(b, "5.300.000 Abonnenten", subject="Netflix", claim_type="netflix_subscribers",
                 value=5.3e6, unit="Abonnent")

    assert [(f.check, f.severity) for f in corpus.compare(subs)] == [("contradiction", "warning")]


def test_the_rule_tolerance_decides_whether_close_values_agree(corpus):
    a = corpus.document("a.txt", "Amazon kaufte Twitch für 970 Millionen Dollar.", date="2014-08-26")
    b = corpus.document("b.txt", "Amazon paid 978 million dollars for Twitch.", date="2014-08-27", lang="en")
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


def test_a_rule_can_lower_the_severity_but_not_raise_a_weak_match(corpus):
    a, b = two_reports(corpus)
    stores(corpus, a, "11.600 Filialen", 11600.0, qualifiers={"period": "2023"})
    stores(corpus, b, "10,500 stores", 10500.0, unit="store", qualifiers={"period": "2023"})

    lowered = corpus.compare(rules(walmart_stores=rule("Walmart stores", contradiction="warning")))
    assert [(f.check, f.severity) for f in lowered] == [("contradiction", "warning")]


def test_a_generic_amount_of_money_is_never_compared_across_articles(corpus):
    # the trap: "600.000 Euro" (one pledge) and "620 Millionen Euro" (all pledges) of one organisation
    a = corpus.document("a.txt", "Die Stadt Wien sagte dem Welternährungsprogramm 600.000 Euro zu.",
                        date="2016-02-01")
    b = corpus.document("b.txt", "Insgesamt hat das Welternährungsprogramm fast 620 Millionen Euro erhalten.",
                        date="2016-02-03")
    corpus.claim(a, "600.000 Euro", kind="money", subject="Welternährungsprogramm", claim_type="money:amount",
                 value=6e5, unit="EUR")
    corpus.claim(b, "fast 620 Millionen Euro", kind="money", subject="Welternährungsprogramm",
                 claim_type="money:amount", value=6.2e8, low=5.58e8, high=6.2e8, approx="almost", unit="EUR")

    assert corpus.compare(None) == []


def test_one_outlier_among_agreeing_sources_is_one_finding_per_source_with_the_others_as_support(corpus):
    agreeing = []
    for i in range(3):
        doc = corpus.document(f"{i}.txt", f"Bericht {i}: Walmart betrieb Ende 2023 11.600 Filialen.",
                              date=f"2024-02-2{i}")
        agreeing.append(stores(corpus, doc, "11.600 Filialen", 11600.0, qualifiers={"period": "2023"}))
    odd = corpus.document("odd.txt", "Walmart betrieb Ende 2023 9.400 Filialen.", date="2024-02-25")
    outlier = stores(corpus, odd, "9.400 Filialen", 9400.0, qualifiers={"period": "2023"})

    findings = only(corpus.compare(WALMART), "contradiction")

    assert [f.claims for f in findings] == [[c.id, outlier.id] for c in agreeing]
    assert [sorted(f.support) for f in findings] == [sorted(c.id for c in agreeing if c is not mine)
                                                     for mine in agreeing]
    assert "agreeing: " in findings[0].message


def hall_cost(corpus, doc, text, value, claim_type):
    return corpus.claim(doc, text, kind="money", subject="Stadthalle", claim_type=claim_type, value=value,
                        unit="EUR", qualifiers={"period": "2024"})


def test_an_amount_with_no_named_measure_meets_a_named_one_of_the_same_subject_as_a_warning(corpus):
    a = corpus.document("a.txt", "Der Neubau der Stadthalle soll 2024 insgesamt 64 Millionen Euro kosten.",
                        date="2024-03-01")
    b = corpus.document("b.txt", "Für die Stadthalle nennt die Verwaltung 2024 einen Preis von 71 Millionen Euro.",
                        date="2024-03-05")
    hall_cost(corpus, a, "64 Millionen Euro", 6.4e7, "money:amount")
    hall_cost(corpus, b, "71 Millionen Euro", 7.1e7, "money:price")

    findings = corpus.compare(None)

    assert [(f.check, f.severity, f.claim_type) for f in findings] == [("contradiction", "warning", "money:price")]


def test_two_named_measures_of_money_are_never_compared(corpus):
    # the trap: revenue and profit of one company are two figures, not two opinions
    a = corpus.document("a.txt", "Die Stadthalle setzte 2024 64 Millionen Euro um.", date="2024-03-01")
    b = corpus.document("b.txt", "Die Stadthalle machte 2024 einen Gewinn von 7,1 Millionen Euro.", date="2024-03-05")
    hall_cost(corpus, a, "64 Millionen Euro", 6.4e7, "money:revenue")
    hall_cost(corpus, b, "7,1 Millionen Euro", 7.1e6, "money:profit")

    assert corpus.compare(None) == []


def test_two_amounts_with_no_named_measure_meet_only_through_a_stated_change(corpus):
    a = corpus.document("a.txt", "Für die Stadthalle sind 2024 15 Millionen Euro Mehrkosten aufgelaufen.",
                        date="2024-03-01")
    b = corpus.document("b.txt", "Das Land gibt der Stadthalle 2024 18 Millionen Euro Zuschuss.", date="2024-03-05")
    hall_cost(corpus, a, "15 Millionen Euro", 1.5e7, "money:amount")
    hall_cost(corpus, b, "18 Millionen Euro", 1.8e7, "money:amount")
    assert corpus.compare(None) == []

    c = corpus.document("c.txt", "Die Kosten der Stadthalle sind inzwischen auf 79 Millionen Euro gestiegen.",
                        date="2024-09-12")
    hall_cost(corpus, c, "79 Millionen Euro", 7.9e7, "money:amount")
    assert {f.check for f in corpus.compare(None)} == {"updated"}


def test_a_figure_stated_as_a_former_one_is_no_contradiction(corpus):
    # the trap: "hatte zunächst 12.000 Mitarbeiter" is a former headcount, not today's
    a = corpus.document("a.txt", "Zalando hatte nach dem Börsengang zunächst 12.000 Mitarbeiter.", date="2024-05-02")
    b = corpus.document("b.txt", "Zalando beschäftigt rund 15.000 Mitarbeiter.", date="2024-05-03")
    corpus.claim(a, "12.000 Mitarbeiter", subject="Zalando", claim_type="quantity:employee", value=1.2e4,
                 unit="Mitarbeiter")
    corpus.claim(b, "rund 15.000 Mitarbeiter", subject="Zalando", claim_type="quantity:employee", value=1.5e4,
                 low=1.425e4, high=1.575e4, approx="about", unit="Mitarbeiter")

    assert corpus.compare(None) == []


def test_the_same_figures_without_the_former_word_contradict(corpus):
    a = corpus.document("a.txt", "Zalando hat 12.000 Mitarbeiter.", date="2024-05-02")
    b = corpus.document("b.txt", "Zalando beschäftigt rund 15.000 Mitarbeiter.", date="2024-05-03")
    corpus.claim(a, "12.000 Mitarbeiter", subject="Zalando", claim_type="quantity:employee", value=1.2e4,
                 unit="Mitarbeiter")
    corpus.claim(b, "rund 15.000 Mitarbeiter", subject="Zalando", claim_type="quantity:employee", value=1.5e4,
                 low=1.425e4, high=1.575e4, approx="about", unit="Mitarbeiter")

    assert [(f.check, f.severity) for f in corpus.compare(None)] == [("contradiction", "warning")]


def test_a_value_the_other_article_also_states_is_no_contradiction(corpus):
    # the trap: one article gives net profit (412) and operating profit (590), both typed as profit;
    # the other names 412 only: it picked one of the two figures, it does not contradict the other
    a = corpus.document("a.txt", "Henkel verdiente 2023 netto 412 Millionen Euro, operativ 590 Millionen Euro.",
                        date="2024-03-12")
    b = corpus.document("b.txt", "Henkel reported a 2023 net profit of €412m.", date="2024-03-13", lang="en")
    for doc, text, value in ((a, "412 Millionen Euro", 4.12e8), (a, "590 Millionen Euro", 5.9e8), (b, "€412m", 4.12e8)):
        corpus.claim(doc, text, kind="money", subject="Henkel", claim_type="money:profit", value=value, unit="EUR",
                     qualifiers={"period": "2023"})

    assert corpus.compare(None) == []


def test_figures_five_times_apart_are_seldom_one_figure_misstated(corpus):
    # the trap: 46.000 subscribers in one market against 1,08 million in all, the market unsaid
    a = corpus.document("a.txt", "Spotify zählt 46.000 zahlende Abonnenten.", date="2024-07-18")
    b = corpus.document("b.txt", "Spotify zählt 1,08 Millionen zahlende Abonnenten.", date="2024-07-20")
    corpus.claim(a, "46.000 zahlende Abonnenten", subject="Spotify", claim_type="quantity:subscriber", value=4.6e4,
                 unit="Abonnent")
    corpus.claim(b, "1,08 Millionen zahlende Abonnenten", subject="Spotify", claim_type="quantity:subscriber",
                 value=1.08e6, unit="Abonnent")

    assert corpus.compare(None) == []


def test_crossing_a_mark_in_english_is_a_lower_bound_and_up_to_an_upper_one(corpus):
    subs = rules(netflix_subscribers=rule("Netflix subscribers"))
    a = corpus.document("a.txt", "Netflix crosses one million subscribers in Poland.", date="2024-08-01", lang="en")
    b = corpus.document("b.txt", "Netflix zählt in Polen 1.200.000 Abonnenten.", date="2024-08-10")
    c = corpus.document("c.txt", "Netflix will in Polen bis zu 900.000 Abonnenten gewinnen.", date="2024-08-12")
    crossed = corpus.claim(a, "one million subscribers", subject="Netflix", claim_type="netflix_subscribers",
                           value=1e6, unit="subscriber")
    counted = corpus.claim(b, "1.200.000 Abonnenten", subject="Netflix", claim_type="netflix_subscribers",
                           value=1.2e6, unit="Abonnent")
    capped = corpus.claim(c, "bis zu 900.000 Abonnenten", subject="Netflix", claim_type="netflix_subscribers",
                          value=9e5, high=9e5, approx="at_most", unit="Abonnent")

    # at least a million agrees with 1.2 million; at most 900,000 contradicts both
    assert sorted(f.claims for f in corpus.compare(subs) if f.check == "contradiction") == sorted(
        [[crossed.id, capped.id], [counted.id, capped.id]])
