"""The fast paths of typing give what the plain regular expressions they replace give."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import lang
from factcheck.classify.language import name_cues
from factcheck.match.discovery import _EN_NAME, _legal_names
from factcheck.match.entities import _mentions_of
from factcheck.match.phrases import WORD, Searchable, distinct_words
from factcheck.ruleset.patterns import compile_pattern

_LEGAL_FORMS = frozenset(lang.get("de").entities.legal_forms) | frozenset(lang.get("en").entities.legal_forms)
_LEGAL_NAME = re.compile(r"\b([A-ZÄÖÜ][\w&.-]*) (?:%s)\b" % "|".join(sorted(_LEGAL_FORMS, key=len, reverse=True)))

# Letters, digits and the punctuation news use, in the mixes that make word boundaries hard.
_PIECES = st.sampled_from(["Acme", "AG", "SE", "KGaA", "KG", "Holding", "Group", "Bau-Holding", "x.Foo", "Ölkonzern",
                           "ÄÖÜ", "GmbH", "&", ".", "-", "_", " ", "  ", "\n", "„", "“", "–", "2020–21", "İstanbul",
                           "Straße", "a", "b", "Inc", "plc", "Tik", "Tok", "\u00a0", "ﬁ", "²"])
_TEXTS = st.lists(_PIECES, max_size=30).map("".join)


@given(_TEXTS)
@settings(max_examples=400)
def test_distinct_words_are_the_words_findall_finds(text):
    assert distinct_words(text) == set(WORD.findall(text))


@given(_TEXTS, st.integers(min_value=0, max_value=6))
@settings(max_examples=400)
def test_legal_names_are_the_names_the_regex_finds(text, start):
    start = min(start, len(text))
    forms = frozenset(distinct_words(text[start:])) & _LEGAL_FORMS
    expected = [m.group(1) for m in _LEGAL_NAME.finditer(text, start)] if forms else []
    assert _legal_names(text, forms, start) == expected


_EN_NAME_LOOK_BEHIND = re.compile(r"(?<=[a-z,;] )[A-Z][\w&'-]*(?: [A-Z][\w&'-]*)*")   # the pattern it replaced


@given(st.lists(st.sampled_from(["the", "retailer", "Costco", "Big", "Box", ",", ";", "said", "it's", "Wal-Mart",
                                 "A", "x", "", "  "]), max_size=20).map(" ".join), st.integers(0, 4))
@settings(max_examples=400)
def test_english_names_are_the_names_the_look_behind_finds(text, start):
    start = min(start, len(text))
    assert [m.group(1) for m in _EN_NAME.finditer(text, max(0, start - 2))] == \
        [m.group() for m in _EN_NAME_LOOK_BEHIND.finditer(text, start)]


def test_a_hyphenated_first_name_is_discovered_but_never_found_as_a_word():
    text = "Finanzminister Karl-Heinz Grasser sagte das. Grasser bleibt."
    doc = Searchable(text)
    names = {e.name: e for e in name_cues("de").discover(doc, doc.capitals(0), set(), 0)}
    assert names["Karl-Heinz Grasser"].kind == "person"
    assert _mentions_of([names["Karl-Heinz Grasser"]], doc, 0) == []


@given(st.lists(st.sampled_from(["us", "aus", "US", "usa", "_us", "us_", "-", " ", ".", "über", "ÜBER", "2us"]),
                max_size=12).map("".join), st.integers(0, 6), st.integers(0, 6))
@settings(max_examples=400)
def test_whole_word_occurrences_are_those_a_scan_finds(text, start, cut):
    from factcheck.match.phrases import occurrences
    doc = Searchable(text)
    start, end = min(start, len(text)), max(min(start, len(text)), len(text) - cut)
    for word in ("us", "über", "usa"):
        lowered = doc.lowered
        expected = [(i, i + len(word)) for i in range(start, end - len(word) + 1)
                    if lowered.startswith(word, i)
                    and (i == 0 or not (lowered[i - 1].isalnum() or lowered[i - 1] == "_"))
                    and (i + len(word) >= len(lowered) or not (lowered[i + len(word)].isalnum()
                                                               or lowered[i + len(word)] == "_"))]
        assert occurrences(doc, word, start, end) == expected


# Cased letters whose lower-case forms are tricky: "İ" grows, "Σ" lowers by context, "ǅ" is title case.
_CASED = st.lists(st.sampled_from(["Umsatz", "umsatz", "UMSATZ", "eBay", "İstanbul", "ΟΔΟΣ", "ǅemal", "Straße",
                                   "2020", "ﬁnal", "²", "Ⅻ", "_x", " ", "-", "„", "“", ".", "\n"]),
                   max_size=20).map("".join)


@given(_CASED, st.integers(min_value=0, max_value=6))
@settings(max_examples=400)
def test_lower_case_words_and_capitals_are_those_of_every_word(text, start):
    start = min(start, len(text))
    words = WORD.findall(text[start:])
    doc = Searchable(text)
    assert doc.vocab(start, len(text)) == {w.lower() for w in words}
    assert doc.capitals(start) == {w for w in words if w[0].isupper()}


def test_the_table_of_near_aliases_is_what_each_word_length_would_look_up():
    from factcheck.match.entities import Entity, EntityIndex
    index = EntityIndex([Entity("Walmart", aliases=("Wal-Mart",)), Entity("TikTok", kind="app"),
                         Entity("Shopify", min_score=80), Entity("Twitch", kind="app")])
    for first in "stwx":
        for size in range(1, 16):
            assert index._near.get((first, size)) == index._candidates(first, size)
    assert index._near[("w", 8)][0] == ["walmart"]       # "Wallmart" may misspell it
    assert ("w", 12) not in index._near                  # no alias is near a word that long


_SCRIPTS_AND_SURROGATES = st.sampled_from(["Umsatz", "İstanbul", "ΟΔΟΣ", "Straße", "ẞ", "K", "ﬁ", "„", "–", "\ud800", "\udfff", " ",
                           ".", "US-Nutzer", "U.S. users", "USA-Markt", "ŁÓDŹ", "😀", "A", "\n"])
_RULE_PATTERNS = [compile_pattern(r"(?:US|USA)-(?:[\wÄÖÜäöüß]+-)?(?:Nutzer|User|Kunden|Markt)"),
                  compile_pattern(r"(?:US|U\.S\.) (?:users|customers)"), compile_pattern(r"\w+"),
                  compile_pattern(r"[^a]")]


@given(st.lists(_SCRIPTS_AND_SURROGATES, max_size=25).map("".join), st.integers(0, 30), st.integers(0, 30))
@settings(max_examples=300, deadline=None)
def test_rule_patterns_read_from_shared_utf8_find_what_finditer_finds(text, cut_start, cut_end):
    start = min(cut_start, len(text))
    end = max(start, len(text) - cut_end)
    utf8 = Searchable(text).utf8
    for pattern in _RULE_PATTERNS:
        assert pattern.spans(text, utf8, start, end) == [m.span() for m in pattern.finditer(text, start, end)]
