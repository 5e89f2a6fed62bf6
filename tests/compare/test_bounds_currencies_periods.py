"""Zero-config comparison: a currency slip beside a one-sided scope, bounds that moved, a fiscal year
against the calendar year it ends in, a season against a day. Each with the trap that looks like it."""
from claim_factory import rules

NONE = rules()      # no rule: the generic keys of the classifier


def money(corpus, doc, text, value, unit, **qualifiers):
    return corpus.claim(doc, text, kind="money", subject="Ventora", claim_type="money:revenue", value=value,
                        unit=unit, qualifiers=qualifiers)


def test_the_same_digits_in_another_currency_are_a_slip_even_beside_a_one_sided_scope(corpus):
    a = corpus.document("a.txt", "Ventora Inc. generated revenue of €740m in the region in 2023.", date="2024-03-01",
                        lang="en")
    b = corpus.document("b.txt", "Its U.S. unit Ventora Inc. generated revenue of $740m in 2023.", date="2024-03-04",
                        lang="en")
    money(corpus, a, "€740m", 7.4e8, "EUR", period="2023", scope="region")
    money(corpus, b, "$740m", 7.4e8, "USD", period="2023")

    assert [(f.check, f.severity) for f in corpus.compare(NONE)] == [("unit_mismatch", "warning")]


def test_other_digits_in_another_currency_beside_a_one_sided_scope_are_not_compared(corpus):
    # the trap: €740m in the region and $2.1bn for the whole are two slices, not one figure mis-stated
    a = corpus.document("a.txt", "Ventora Inc. generated revenue of €740m in the region in 2023.", date="2024-03-01",
                        lang="en")
    b = corpus.document("b.txt", "Ventora generated revenue of $2.1bn in 2023.", date="2024-03-04", lang="en")
    money(corpus, a, "€740m", 7.4e8, "EUR", period="2023", scope="region")
    money(corpus, b, "$2.1bn", 2.1e9, "USD", period="2023")

    assert [f.check for f in corpus.compare(NONE) if f.severity != "info"] == []


def users(corpus, doc, text, low, **qualifiers):
    return corpus.claim(doc, text, subject="Lernwerk", claim_type="quantity:user", value=low, low=low,
                        approx="more_than", unit="user", qualifiers=qualifiers)


def test_a_lower_bound_that_moved_is_an_update_when_the_later_source_says_so(corpus):
    a = corpus.document("a.txt", "Registriert sind bei Lernwerk mehr als 11 Millionen Nutzer.", date="2024-05-02")
    b = corpus.document("b.txt", "Lernwerk now counts more than 12 million registered users, up from 11 million.",
                        date="2024-09-10", lang="en")
    old = users(corpus, a, "mehr als 11 Millionen Nutzer", 1.1e7, metric="registered")
    new = users(corpus, b, "more than 12 million registered users", 1.2e7, metric="registered")

    findings = corpus.compare(NONE)

    assert [(f.check, f.claims) for f in findings] == [("updated", [old.id, new.id])]


def test_a_lower_bound_stated_again_without_a_change_word_agrees(corpus):
    # the trap: "more than 11" and "more than 12" can both hold; with no word of change nothing is said
    a = corpus.document("a.txt", "Registriert sind bei Lernwerk mehr als 11 Millionen Nutzer.", date="2024-05-02")
    b = corpus.document("b.txt", "Lernwerk counts more than 12 million registered users.", date="2024-05-10",
                        lang="en")
    users(corpus, a, "mehr als 11 Millionen Nutzer", 1.1e7, metric="registered")
    users(corpus, b, "more than 12 million registered users", 1.2e7, metric="registered")

    assert corpus.compare(NONE) == []


def test_a_fiscal_year_and_the_calendar_year_it_ends_in_may_be_one_period(corpus):
    a = corpus.document("a.txt", "Ventora booked orders of €3.9bn for its fiscal year 2023/24.", date="2024-12-02",
                        lang="en")
    b = corpus.document("b.txt", "Zugleich korrigierte Ventora den Auftragseingang des Vorjahres auf 3,7 Milliarden "
                        "Euro.", date="2025-05-06")
    money(corpus, a, "€3.9bn", 3.9e9, "EUR", period="2023/24")
    money(corpus, b, "3,7 Milliarden Euro", 3.7e9, "EUR", period="2024")

    assert [f.check for f in corpus.compare(NONE)] == ["updated"]


def test_a_fiscal_year_and_another_calendar_year_are_not_comparable(corpus):
    # the trap: fiscal 2023/24 does not end in 2025
    a = corpus.document("a.txt", "Ventora booked orders of €3.9bn for its fiscal year 2023/24.", date="2024-12-02",
                        lang="en")
    b = corpus.document("b.txt", "Zugleich korrigierte Ventora den Auftragseingang auf 3,7 Milliarden Euro für "
                        "2025.", date="2025-05-06")
    money(corpus, a, "€3.9bn", 3.9e9, "EUR", period="2023/24")
    money(corpus, b, "3,7 Milliarden Euro", 3.7e9, "EUR", period="2025")

    assert [f.check for f in corpus.compare(NONE)] == ["not_comparable"]


def start(corpus, doc, text, timex):
    return corpus.claim(doc, text, kind="date", subject="Sankt Arlen", claim_type="date:launch", timex=timex)


def test_a_season_in_one_article_does_not_hide_the_other_day(corpus):
    a = corpus.document("a.txt", "Sankt Arlen startet in den Winter. Am Freitag, 13. Dezember, beginnt die Saison.",
                        date="2024-12-02")
    b = corpus.document("b.txt", "The ski season in Sankt Arlen opens on Dec. 20.", date="2024-11-20", lang="en")
    start(corpus, a, "Winter", "2025-WI")
    day = start(corpus, a, "Freitag, 13. Dezember", "2024-12-13")
    other = start(corpus, b, "Dec. 20", "2024-12-20")

    findings = [f for f in corpus.compare(NONE) if f.check == "contradiction"]

    assert [sorted(f.claims) for f in findings] == [sorted([day.id, other.id])]
