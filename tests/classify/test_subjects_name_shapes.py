"""Names in German news that the shapes of a text break or join: foreign names with lower-case linker
words, and words a lost line break glued together. Sentences written for these tests."""
from __future__ import annotations

from tests.classify.test_zero_config import typed


def test_a_foreign_name_goes_on_across_its_linker_word():
    text = ("Die Hilfsorganisation Save the Children versorgt an der Grenze rund 4.000 Kinder. "
            "Nach Angaben von Save the Children fehlen 2 Millionen Euro.")
    claims = typed(text)
    assert claims["2 Millionen Euro"].subject == "Save the Children"


def test_a_german_article_after_a_name_is_no_linker():
    text = ("Der Konzern Nordwerk des Gründers Tallin meldet 3,2 Milliarden Euro Umsatz. "
            "Nordwerk will 2025 weiter wachsen.")
    claims = typed(text)
    assert claims["3,2 Milliarden Euro"].subject == "Nordwerk"


def test_a_camel_case_word_right_after_a_figure_is_a_glued_unit_not_a_name():
    text = "Ergebnisse 200 m: Gold: Tom Ranke 19,81 SekundenSilber: Ben Olt 19,90 SekundenBronze: Eli Vos 20,02"
    assert all(claim.subject != "SekundenSilber" for claim in typed(text).values())
    named = typed("Die Fluglinie SkyWerk fliegt ab Mai 12 Ziele an. SkyWerk hat 40 Maschinen.")
    assert named["40 Maschinen"].subject == "SkyWerk"      # a CamelCase name stays one


def test_children_are_one_counted_thing_in_both_languages_and_every_case():
    german = typed("Die Stadt Ortheim zählt 4.000 Kinder. 120 Kindern fehlt ein Kita-Platz.")
    english = typed("The town of Ortheim counts 4,000 children.", "en")
    assert german["4.000 Kinder"].claim_type == german["120 Kindern"].claim_type == "quantity:child"
    assert english["4,000 children"].claim_type == "quantity:child"
