"""Phrase matching: inflected endings, compounds, capitals, Swiss spelling, stars and regexes."""
from __future__ import annotations

import pytest

from factcheck.match.phrases import PhraseMatcher, Searchable
from factcheck.ruleset.patterns import compile_regex


def found(phrase: str, text: str, name: bool = False) -> list[str]:
    matcher = PhraseMatcher(compile_regex)
    matcher.add(phrase, "hit", name=name)
    return [text[m.start:m.end] for m in matcher.find(Searchable(text))]


@pytest.mark.parametrize("phrase, text, expected", [
    ("Nutzer", "Mit rund 100 Millionen Nutzern allein in den USA", ["Nutzern"]),
    ("Nutzer", "1,2 Milliarden monatlichen aktiven Nutzerinnen", ["Nutzerinnen"]),
    ("Nutzer", "Die Integration sei von Vorteil für Nutzer und Video-Autoren", ["Nutzer"]),
    ("Nutzer", "Der Nutzen der App ist umstritten", []),
    ("monatlich aktiv", "knapp 1,2 Milliarden monatlichen aktiven Nutzerinnen", ["monatlichen aktiven"]),
    ("Frist", "Damit verschiebt sich die neue Frist auf den 4. Dezember.", ["Frist"]),
    ("kauf", "vor sechs Jahren kaufte die Bezos-Company den Streaming-Dienst Twitch", ["kaufte"]),
    ("launch", "TikTok Shop launched in the US on September 12, 2023.", ["launched"]),
    ("in den USA", "Mit rund 100 Millionen Nutzern allein in den USA ist TikTok", ["in den USA"]),
    ("in the U.S.", "Walmart employs about 1.6 million people in the U.S.", ["in the U.S"]),
    ("Filial*", "Walmart baut sein Filialnetz aus", ["Filialnetz"]),
    ("Straße", "Die Strasse ist gesperrt", ["Strasse"]),
])
def test_phrase_matches_inflected_forms_only(phrase, text, expected):
    assert found(phrase, text) == expected


def test_name_matches_inside_a_hyphenated_compound():
    assert found("TikTok", "Die TikTok-Nutzer können an dem Tag Mode kaufen.", name=True) == ["TikTok"]


def test_name_matches_the_genitive_but_not_a_lower_case_word():
    assert found("Apple", "Apples Umsatz stieg, an apple a day", name=True) == ["Apples"]


def test_all_capitals_are_matched_as_written():
    assert found("US", "Trump and us: the US-Präsident") == ["US"]


def test_regex_phrase_is_case_sensitive_unless_asked():
    assert found("/US-[A-Z]\\w+/", "US-Nutzer und us-nutzer") == ["US-Nutzer"]
    assert found("/(?i)us-nutzer/", "US-Nutzer und us-nutzer") == ["US-Nutzer", "us-nutzer"]


def test_matches_stay_inside_the_span():
    matcher = PhraseMatcher()
    matcher.add("Frist", "deadline")
    text = "Die Frist endet. Eine neue Frist gibt es nicht."
    second = text.index("Eine")
    assert [m.start for m in matcher.find(Searchable(text), second, len(text))] == [text.index("Frist", second)]


def test_a_regex_phrase_needs_the_compiler_its_owner_hands_the_matcher():
    # match knows no rule format: /.../ phrases are compiled by the function it is given
    with pytest.raises(ValueError, match="no compiler"):
        PhraseMatcher().add("/US-[A-Z]\\w+/", "hit")
