"""updated: a later source signals the change; without a signal a new value is a contradiction."""
import re

import pytest
from claim_factory import rule, rules
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.compare import updated
from factcheck.compare.updated import change_signal

BAN = rules(tiktok_ban_deadline=rule("TikTok ban deadline"))

SEPTEMBER = ("Tiktok gehört zum chinesischen Bytedance-Konzern. US-Präsident Donald Trump hatte amerikanischen "
             "Firmen und Bürgern Geschäfte mit Tiktok untersagt, das Verbot soll Mitte September greifen.")
DECEMBER = ("Die Trump-Administration hat ByteDance gerade eine weitere Woche Zeit gegeben. "
            "Damit verschiebt sich die neue Frist auf den 4. Dezember. Dies ist die zweite Verlängerung.")
DECEMBER_NO_SIGNAL = ("Die Trump-Administration hat ByteDance eine Frist gesetzt. "
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
    early = corpus.document("a.txt", "The ban is set to take effect in mid-September.", date="2020-08-07", lang="en")
    late = corpus.document("b.txt", "The White House postponed the ban once more. It now takes effect on "
                                    "December 4.", date="2020-11-25", lang="en")
    old = deadline(corpus, early, "mid-September", "2020-09", "MID")
    new = deadline(corpus, late, "December 4", "2020-12-04")

    findings = corpus.compare(BAN)

    assert [(f.check, f.claims) for f in findings] == [("updated", [old.id, new.id])]
    assert '("postponed")' in findings[0].message


def test_two_undated_sources_that_both_signal_a_change_are_an_update_of_unknown_order(corpus):
    a = corpus.document("a.txt", "Das Verbot wurde auf den 20. November verschoben.")
    b = corpus.document("b.txt", "Die Frist für das Verbot wurde bis zum 4. Dezember verlängert.")
    deadline(corpus, a, "20. November", "XXXX-11-20")
    deadline(corpus, b, "4. Dezember", "XXXX-12-04")

    findings = corpus.compare(BAN)

    assert [f.check for f in findings] == ["updated"]
    assert findings[0].message.endswith('both sources signal a change ("verschoben", "verlängert"); '
                                        "which one is later is unknown.")


def test_a_later_restatement_without_a_signal_does_not_hide_the_update(corpus):
    early = corpus.document("001.txt", SEPTEMBER)
    late = corpus.document("000.txt", DECEMBER)
    restated = corpus.document("000-a.txt", "Das Verbot greift nun am 4. Dezember.")   # sorts first
    september = deadline(corpus, early, "Mitte September", "XXXX-09", "MID")
    december = deadline(corpus, late, "4. Dezember", "XXXX-12-04")
    deadline(corpus, restated, "4. Dezember", "XXXX-12-04")

    findings = corpus.compare(BAN)

    assert [(f.check, f.claims) for f in findings] == [("updated", [september.id, december.id])]


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


_SIGNAL_TEXT = st.lists(st.sampled_from(
    ["verschiebt", "VERSCHOBEN", "Verlängerung", "Aufschub", "neue  Frist", "Fristverlängerung", "Terminverlängerung",
     "erhöht", "hebt die Prognose an", "Senkung", "nach oben korrigiert", "Pushed back", "new deadline", "raising",
     "cut its", "ſenkt", "\u212aorrektur", "İ", "ı", "ẞ", "Verleger", "lowerer", "xupdated", "updatedx", " ", ".",
     "-", "4.", "\n", "die", "und"]), max_size=12).map(" ".join)


@settings(max_examples=500, deadline=None)
@given(_SIGNAL_TEXT)
def test_checking_first_letters_finds_what_trying_every_word_finds(text):
    every_word = re.compile(rf"\b(?:{'|'.join(updated._SIGNAL_WORDS)})", re.IGNORECASE)
    found = every_word.search(text)
    assert change_signal(text) == (" ".join(found.group().split()) if found else None)
