"""updated: a later source signals the change; without a signal a new value is a contradiction."""

import pytest
from claim_factory import rule, rules
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import lang
from factcheck.compare.updated import change_signal

BAN = rules(tiktok_ban_deadline=rule("TikTok ban deadline"))

SEPTEMBER = ("Tiktok gehört zum chinesischen Bytedance-Konzern. US-Präsident Donald Trump hatte amerikanischen "
             "Firmen und Bürgern Geschäfte mit Tiktok untersagt, das Verbot soll Mitte September greifen.")
DECEMBER = ("Die Zukunft von TikTok in den USA ist noch ungewiss. "
            "Die Trump-Administration hat ByteDance gerade eine weitere Woche Zeit gegeben. "
            "Damit verschiebt sich die neue Frist auf den 4. Dezember. Dies ist die zweite Verlängerung.")
DECEMBER_NO_SIGNAL = ("Die Trump-Administration hat TikTok eine Frist gesetzt. "
                      "Das Verbot soll am 4. Dezember greifen.")


def deadline(corpus, doc, text, timex, mod=None):
    return corpus.claim(doc, text, kind="date", claim_type="tiktok_ban_deadline", timex=timex, timex_mod=mod)


def test_postponed_deadline_in_an_undated_source_is_an_update(corpus):
    early = corpus.document("001.txt", SEPTEMBER)
    late = corpus.document("000.txt", DECEMBER)
    september = deadline(corpus, early, "Mitte September", "XXXX-09", "MID")
    december = deadline(corpus, late, "4. Dezember", "XXXX-12-04")

    findings = corpus.compare(BAN)

    assert [(f.check, f.severity, f.claims) for f in findings] == [("updated", "info", [september.id, december.id])]
    assert findings[0].message == (
        'TikTok ban deadline: "Mitte September" (001.txt:1) vs "4. Dezember" (000.txt:1): 000.txt is taken as '
        'the later source and signals the change ("verschiebt"); the earlier value is superseded.')


def test_a_later_dated_source_that_signals_the_change_supersedes(corpus):
    early = corpus.document("a.txt", SEPTEMBER, date="2020-08-03")
    late = corpus.document("b.txt", DECEMBER, date="2020-11-25")
    deadline(corpus, early, "Mitte September", "2020-09", "MID")
    deadline(corpus, late, "4. Dezember", "2020-12-04")

    findings = corpus.compare(BAN)

    assert [f.check for f in findings] == ["updated"]
    assert "b.txt is the later source (2020-11-25)" in findings[0].message


def test_a_changed_date_without_a_signal_is_a_contradiction(corpus):
    early = corpus.document("a.txt", SEPTEMBER, date="2020-08-03")
    late = corpus.document("b.txt", DECEMBER_NO_SIGNAL, date="2020-11-25")
    deadline(corpus, early, "Mitte September", "2020-09", "MID")
    deadline(corpus, late, "4. Dezember", "2020-12-04")

    assert [f.check for f in corpus.compare(BAN)] == ["contradiction"]


def test_a_signal_in_the_earlier_source_does_not_make_it_an_update(corpus):
    early = corpus.document("a.txt", DECEMBER, date="2020-11-25")
    late = corpus.document("b.txt", SEPTEMBER, date="2020-12-01")
    deadline(corpus, early, "4. Dezember", "2020-12-04")
    deadline(corpus, late, "Mitte September", "2020-09", "MID")

    assert [f.check for f in corpus.compare(BAN)] == ["contradiction"]


def test_the_signal_may_stand_in_the_sentence_before(corpus):
    early = corpus.document("a.txt", "The TikTok ban is set to take effect in mid-September.", date="2020-08-07", lang="en")
    late = corpus.document("b.txt", "The White House postponed the TikTok ban once more. It takes effect on "
                                    "December 4.", date="2020-11-25", lang="en")
    old = deadline(corpus, early, "mid-September", "2020-09", "MID")
    new = deadline(corpus, late, "December 4", "2020-12-04")

    findings = corpus.compare(BAN)

    assert [(f.check, f.claims) for f in findings] == [("updated", [old.id, new.id])]
    assert '("postponed")' in findings[0].message


def test_two_undated_sources_that_both_signal_a_change_are_an_update_of_unknown_order(corpus):
    a = corpus.document("a.txt", "Das TikTok-Verbot wurde auf den 20. November verschoben.")
    b = corpus.document("b.txt", "Die Frist für das TikTok-Verbot wurde bis zum 4. Dezember verlängert.")
    deadline(corpus, a, "20. November", "XXXX-11-20")
    deadline(corpus, b, "4. Dezember", "XXXX-12-04")

    findings = corpus.compare(BAN)

    assert [f.check for f in findings] == ["updated"]
    assert findings[0].message.endswith('both sources signal a change ("verschoben", "verlängert"); '
                                        "which one is later is unknown.")


def test_a_later_restatement_without_a_signal_does_not_hide_the_update(corpus):
    early = corpus.document("001.txt", SEPTEMBER)
    late = corpus.document("000.txt", DECEMBER)
    restated = corpus.document("000-a.txt", "Das Verbot für TikTok greift am 4. Dezember.")   # sorts first
    september = deadline(corpus, early, "Mitte September", "XXXX-09", "MID")
    december = deadline(corpus, late, "4. Dezember", "XXXX-12-04")
    again = deadline(corpus, restated, "4. Dezember", "XXXX-12-04")

    findings = corpus.compare(BAN)

    # the restatement is no contradiction: the other source with the same date says it changed
    assert sorted((f.check, tuple(f.claims)) for f in findings) == sorted(
        [("updated", (september.id, december.id)), ("updated", (september.id, again.id))])
    assert [f.support for f in findings if december.id in f.claims] == [[again.id]]


def test_mid_september_agrees_with_the_fifteenth(corpus):
    a = corpus.document("a.txt", SEPTEMBER, date="2020-08-03")
    b = corpus.document("b.txt", "Das Verbot soll am 15. September greifen.", date="2020-08-10")
    deadline(corpus, a, "Mitte September", "2020-09", "MID")
    deadline(corpus, b, "15. September", "2020-09-15")

    assert corpus.compare(BAN) == []


def test_a_higher_forecast_that_says_raised_is_an_update(corpus):
    old = corpus.document("a.txt", "Walmart erwartet ein Umsatzplus von 3 Prozent.", date="2023-02-21")
    new = corpus.document("b.txt", "Walmart raised its outlook and now expects sales to grow 4 percent.",
                          date="2023-05-18", lang="en")
    rs = rules(walmart_sales_growth=rule("Walmart sales growth"))
    corpus.claim(old, "3 Prozent", kind="percent", subject="Walmart", claim_type="walmart_sales_growth",
                 value=3.0, unit="%")
    corpus.claim(new, "4 percent", kind="percent", subject="Walmart", claim_type="walmart_sales_growth",
                 value=4.0, unit="%")

    assert [f.check for f in corpus.compare(rs)] == ["updated"]


@pytest.mark.parametrize(("sentence", "signal"), [
    ("Damit verschiebt sich die neue Frist auf den 4. Dezember.", "verschiebt"),
    ("Der Termin wurde auf den 4. Dezember verschoben.", "verschoben"),
    ("Die Frist wurde bis zum 4. Dezember verlängert.", "verlängert"),
    ("Nach der Verlängerung gilt der 4. Dezember.", "Verlängerung"),
    ("Trump gewährt TikTok einen weiteren Aufschub bis zum 4. Dezember.", "Aufschub"),
    ("Walmart hat die Prognose auf 4 Prozent erhöht.", "erhöht"),
    ("Die Zahl wurde nachträglich auf 1,1 Milliarden korrigiert.", "korrigiert"),
    ("The deadline was extended to December 4.", "extended"),
    ("The launch has been delayed until August.", "delayed"),
    ("Analysts revised the figure to $975m.", "revised"),
    ("The company lowered its forecast to 3 percent.", "lowered"),
])
def test_change_signals_are_found_in_any_inflection(sentence, signal):
    assert change_signal(sentence) == signal


@pytest.mark.parametrize("sentence", [
    "Das Verbot soll Mitte September greifen.",
    "Walmart betreibt 11.600 Filialen und beschäftigt über zwei Millionen Mitarbeiter.",
    "The ban is set to take effect in mid-September.",
    "Walmart expects sales to grow at a lower rate than last year.",
    "Der Verleger der Zeitung nannte rund 100 Millionen Nutzer.",
])
def test_sentences_without_a_change_signal(sentence):
    assert change_signal(sentence) is None


@pytest.mark.parametrize("code", ["de", "en"])
def test_every_change_word_of_the_language_data_is_found(code):
    for phrase in lang.get(code).change.signals:
        word = phrase.rstrip("*")
        assert change_signal(f"Die Zahl: {word} 4 Prozent.", code) is not None, phrase


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Verlängerungsoption", "Verleger", "Senkrechtstarter", "nunmehrig", "nuns",
                                 "cutting-edge", "nowhere", "delayer", "die", "und", "4.", " ", "-"]),
                max_size=10).map(" ".join))
def test_words_that_only_begin_like_a_change_word_are_not_one(text):
    # "Verlängerungsoption" is no extension, "nowhere" is not "now"
    assert change_signal(text, "de") is None and change_signal(text, "en") is None


COST = rules(stadion_cost=rule("Stadium cost"))


def cost(corpus, doc, text, value, unit="EUR", **fields):
    return corpus.claim(doc, text, kind="money", subject="Weserstadion", claim_type="stadion_cost",
                        value=value, unit=unit, **fields)


def test_costs_that_have_risen_are_an_update(corpus):
    early = corpus.document("a.txt", "Der Umbau des Weserstadions soll 180 Millionen Euro kosten.", date="2023-05-02")
    late = corpus.document("b.txt", "Die Kosten für den Umbau des Weserstadions sind inzwischen auf "
                                    "212 Millionen Euro gestiegen.", date="2024-03-15")
    old = cost(corpus, early, "180 Millionen Euro", 1.8e8)
    new = cost(corpus, late, "212 Millionen Euro", 2.12e8)

    findings = corpus.compare(COST)

    assert [(f.check, f.claims) for f in findings] == [("updated", [old.id, new.id])]
    assert '("inzwischen")' in findings[0].message


def test_a_change_stated_with_both_figures_in_one_sentence_is_an_update_inside_that_article(corpus):
    # "risen to €212m from €180m": the article's own €180m is the old figure, not a second opinion
    early = corpus.document("a.txt", "Weserstadion: the renovation will cost €180m.", date="2023-05-02", lang="en")
    late = corpus.document("b.txt", "The cost of the Weserstadion renovation has risen to €212m from an initial "
                                    "estimate of €180m.", date="2024-03-15", lang="en")
    other = corpus.document("c.txt", "Der Umbau des Weserstadions kostet 212 Millionen Euro.", date="2024-03-20")
    first = cost(corpus, early, "€180m", 1.8e8)
    new = cost(corpus, late, "€212m", 2.12e8)
    cost(corpus, late, "€180m", 1.8e8)
    cost(corpus, other, "212 Millionen Euro", 2.12e8)

    findings = corpus.compare(COST)

    assert {f.check for f in findings} == {"updated"}
    assert [f.claims for f in findings if f.claims[1] == new.id] == [[first.id, new.id]]


def test_a_new_figure_without_a_change_word_is_a_contradiction(corpus):
    # the trap: "Verlängerungsoption" is no "verlängert"
    early = corpus.document("a.txt", "Der Umbau des Weserstadions soll 180 Millionen Euro kosten.", date="2024-03-02")
    late = corpus.document("b.txt", "Für den Umbau des Weserstadions mit Verlängerungsoption sind 212 Millionen "
                                    "Euro veranschlagt.", date="2024-03-15")
    cost(corpus, early, "180 Millionen Euro", 1.8e8)
    cost(corpus, late, "212 Millionen Euro", 2.12e8)

    assert [(f.check, f.severity) for f in corpus.compare(COST)] == [("contradiction", "warning")]


def test_undated_articles_of_which_one_names_the_subject_are_not_compared(corpus):
    # unknown is not a wildcard: neither the subject nor the time ties the two figures together
    early = corpus.document("a.txt", "Der Umbau des Weserstadions soll 180 Millionen Euro kosten.")
    late = corpus.document("b.txt", "Die Kosten sind auf 212 Millionen Euro gestiegen.")
    cost(corpus, early, "180 Millionen Euro", 1.8e8)
    cost(corpus, late, "212 Millionen Euro", 2.12e8)

    assert corpus.compare(COST) == []


def test_the_longest_change_phrase_of_a_first_letter_wins_and_a_rule_phrase_may_begin_with_an_umlaut():
    # the phrases are grouped by first letter in the regex: the order within a letter must hold
    assert change_signal("Der Termin wurde später als geplant verschoben.", "de") == "später als geplant"
    assert change_signal("Die Zahl steigt auf 5.", "de") == "steigt auf"
    assert change_signal("Die Frist wurde überraschend übertragen.", "de", ("übertragen",)) == "übertragen"
    assert change_signal("Die Zahl ist 5.", "de") is None


STILL = ("Kestrel Lines has pushed back the completion of its job cuts to the end of August. "
         "Kestrel Lines still plans to cut about 1,200 jobs.")
RAISED = ("Kestrel Lines has pushed back the completion of its job cuts to the end of August. "
          "Kestrel Lines now plans to cut about 1,200 jobs.")


@pytest.mark.parametrize("later, check", [
    (STILL, "contradiction"),     # "still": the change the sentence before names is another one
    (RAISED, "updated"),          # the trap: "now" in the figure's own sentence is its change
])
def test_a_figure_its_sentence_says_is_unchanged_takes_no_change_from_the_sentence_before(corpus, later, check):
    early = corpus.document("a.txt", "Kestrel Lines will cut 1,500 jobs.", date="2025-03-04", lang="en")
    late = corpus.document("b.txt", later, date="2025-03-20", lang="en")
    corpus.claim(early, "1,500 jobs", subject="Kestrel Lines", claim_type="job_cuts", value=1500.0, unit="job")
    corpus.claim(late, "about 1,200 jobs", subject="Kestrel Lines", claim_type="job_cuts", value=1200.0, unit="job",
                 approx="about")
    assert [f.check for f in corpus.compare(rules(job_cuts=rule("jobs cut")))] == [check]
