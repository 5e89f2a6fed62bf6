"""The fast paths of name discovery and phrase search give what the plain scans they replace give."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import lang
from factcheck.match.articles import _opens_sentence, _shape, names_before
from factcheck.match.nameshapes import _TICKER, ticker_names
from factcheck.match.phrases import PhraseMatcher, Searchable
from factcheck.ruleset.patterns import compile_regex

_LINES = st.lists(st.sampled_from(["Kaufwerk", "Nordbahn AG", "Der", "Konzern", "meldet", ":", ": ", " ", "\n",
                                   "Wien", "x", "Ö", "2024", "a: B"]), max_size=25).map("".join)


@given(_LINES, st.integers(min_value=0, max_value=8))
@settings(max_examples=400)
def test_ticker_names_are_the_names_the_line_pattern_finds(text, start):
    start = min(start, len(text))
    assert list(ticker_names(text, start)) == [m.group(1) for m in _TICKER.finditer(text, start)]


def test_a_ticker_item_opens_its_line_and_a_colon_inside_a_sentence_opens_none():
    text = "Börse\nKaufwerk Logistik: Der Konzern hebt die Prognose an.\nEr sagte: Das reicht nicht."
    assert list(ticker_names(text, 0)) == ["Kaufwerk Logistik"]
    assert list(ticker_names(text, 7)) == []         # the ticker line began before the start


_DE = lang.get("de").entities
_APPOSITION = st.lists(st.sampled_from(["Lernwerk", "Acme", ",", " ", "  ", "\n", "ist", "eine", "ein", "keine",
                                        "neue", "große", "Lern", "-App", "Plattform", "."]), max_size=14).map("".join)


@given(_APPOSITION)
@settings(max_examples=400)
def test_names_before_a_descriptor_are_what_the_shape_finds_at_every_word(text):
    shape = _shape(tuple(_DE.apposition_articles), tuple(_DE.copulas))
    ends = [(i, i, "company", "x") for i in range(len(text) + 1)]
    expected = []
    for at, _, kind, _ in ends:
        m = shape.search(text, max(0, at - 80), at)
        if m and (m.group(2) or not _opens_sentence(text, m.start())):
            expected.append((m.group(1), kind))
    assert list(names_before(text, ends, _DE.apposition_articles, _DE.copulas)) == expected


def test_an_apposition_names_the_word_before_its_article():
    text = "Gegründet wurde Lernwerk, eine junge Lernplattform, vor drei Jahren."
    at = text.index("Lernplattform")
    found = names_before(text, [(at, at + 13, "app", "Lernplattform")], _DE.apposition_articles, _DE.copulas)
    assert list(found) == [("Lernwerk", "app")]


def _regex_matcher() -> PhraseMatcher:
    matcher = PhraseMatcher(compile_regex)
    matcher.add("/[A-ZÄÖÜ][a-zäöü]+umsatz/", "revenue")
    matcher.add("/Zahl der [a-zäöü]+en Nutzer/", "users")
    matcher.add("Kunden", "customers")
    return matcher


def test_regex_phrases_joined_into_one_scan_find_each_of_their_matches():
    text = "Der Quartalsumsatz stieg. Die Zahl der aktiven Nutzer und der Kunden wuchs."
    found = [(text[m.start:m.end], m.payload) for m in _regex_matcher().find(Searchable(text))]
    assert found == [("Quartalsumsatz", "revenue"), ("Zahl der aktiven Nutzer", "users"), ("Kunden", "customers")]
    # a text no regex phrase matches: only the plain phrase
    assert [m.payload for m in _regex_matcher().find(Searchable("Die Kunden kamen. umsatz"))] == ["customers"]


def test_overlapping_regex_phrases_are_each_found():
    matcher = PhraseMatcher(compile_regex)
    matcher.add("/Zahl der \\w+en/", "a")
    matcher.add("/der aktiven Nutzer/", "b")
    text = "Die Zahl der aktiven Nutzer stieg."
    assert sorted(m.payload for m in matcher.find(Searchable(text))) == ["a", "b"]


def test_phrases_added_after_a_search_are_found_with_the_earlier_ones():
    matcher = PhraseMatcher()
    matcher.add("Filiale", "store")
    matcher.add("neue Filiale", "new store")
    text = "Die neue Filiale und die Filialen im Norden: Geschäfte"
    assert [m.payload for m in matcher.find(Searchable(text))] == ["new store", "store", "store"]
    matcher.add("Filiale", "branch")
    matcher.add("Geschäft", "shop")
    assert [m.payload for m in matcher.find(Searchable(text))] == ["new store", "store", "branch", "store", "branch",
                                                                   "shop"]


def test_a_regex_phrase_with_its_own_flags_is_still_run_alone():
    matcher = PhraseMatcher(compile_regex)
    matcher.add("/(?i)nordwerk/", "a")
    matcher.add("/Kaufwerk/", "b")
    text = "NORDWERK und Kaufwerk"
    assert [(text[m.start:m.end], m.payload) for m in matcher.find(Searchable(text))] == \
        [("NORDWERK", "a"), ("Kaufwerk", "b")]
