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


def test_an_english_name_of_several_capitalized_words_is_one_name_not_its_tail():
    # headline, then the name opening sentences: never "Freight Lines"
    text = ("Kestrel Ocean Lines to cut 900 jobs as demand slows\n\n"
            "Kestrel Ocean Lines, the Oslo-based container carrier, said on Tuesday it would cut about 900 jobs.")
    assert {c.subject for c in typed(text, "en").values()} == {"Kestrel Ocean Lines"}


def test_a_capitalized_word_before_a_descriptor_in_a_headline_is_no_name():
    text = ("Container carrier Kestrel Ocean Lines plans 1,100 layoffs\n\n"
            "Kestrel Ocean Lines will lay off 1,100 workers, the company said.")
    assert {c.subject for c in typed(text, "en").values()} == {"Kestrel Ocean Lines"}


def test_a_german_name_runs_on_across_capitalized_words():
    text = ("Reederei Kestrel Ocean Lines streicht 900 Stellen\n\n"
            "Die Containerreederei Kestrel Ocean Lines baut rund 900 Arbeitsplätze ab.")
    assert typed(text)["rund 900 Arbeitsplätze"].subject == "Kestrel Ocean Lines"


def test_common_counted_things_meet_across_languages_and_plural_forms():
    german = typed("Der Hersteller kennt 41 Unfälle. Die Reederei betreibt 140 Schiffe. Es fielen 3 Tore.")
    english = typed("The maker knows of 14 crashes. The carrier operates 140 vessels. They scored 3 goals.", "en")
    assert [german[t].claim_type for t in ("41 Unfälle", "140 Schiffe", "3 Tore")] == [
        english[t].claim_type for t in ("14 crashes", "140 vessels", "3 goals")] == [
        "quantity:crash", "quantity:ship", "quantity:goal"]
    # the trap: a German word that merely begins like an English one is not that thing
    assert typed("Astronomen fanden 12 Planeten.")["12 Planeten"].claim_type != "quantity:aircraft"


def test_capitalized_words_opening_an_english_sentence_before_a_verb_are_a_name():
    text = ("Repairs to start later\n\n"
            "Corvane Motors has postponed the start of repairs, the company said. Corvane Motors recalled "
            "about 240,000 vehicles.")
    assert typed(text, "en")["about 240,000 vehicles"].subject == "Corvane Motors"
    # the trap: a weekday before the name is no part of it
    assert typed("On Tuesday Corvane said it sold 300 vehicles.", "en")["300 vehicles"].subject != "Tuesday Corvane"


def test_a_count_of_staff_or_jobs_a_cut_verb_governs_counts_jobs_cut():
    german = typed("Die Reederei Kestrel beschäftigt 15.000 Menschen und will 1.200 Stellen streichen. "
                   "Kestrel will außerdem 300 Mitarbeiter entlassen.")
    english = typed("Kestrel Lines employs 15,000 people and will lay off 1,500 workers. Kestrel Lines "
                    "announced 1,500 layoffs.", "en")
    assert [german[t].claim_type for t in ("1.200 Stellen", "300 Mitarbeiter")] == ["quantity:job_cut"] * 2
    assert [english[t].claim_type for t in ("1,500 workers", "1,500 layoffs")] == ["quantity:job_cut"] * 2
    # the trap: the headcount in the clause before is no cut
    assert german["15.000 Menschen"].claim_type == english["15,000 people"].claim_type == "quantity:employee"


def test_hires_are_no_headcount_and_a_separable_verb_is_read_with_its_particle():
    german = typed("Die Kette Kestrel baut 1.200 Stellen ab. Für das Weihnachtsgeschäft stellt Kestrel "
                   "40.000 Saisonkräfte ein. Kestrel stellt 300 Mitarbeiter frei.")
    english = typed("Kestrel Mart employs 2.1 million people and will hire 40,000 seasonal workers.", "en")
    assert [german[t].claim_type for t in ("1.200 Stellen", "40.000 Saisonkräfte", "300 Mitarbeiter")] == [
        "quantity:job_cut", "quantity:hire", "quantity:job_cut"]
    assert [english[t].claim_type for t in ("2.1 million people", "40,000 seasonal workers")] == [
        "quantity:employee", "quantity:hire"]


def test_the_date_something_is_to_be_completed_by_is_a_completion_date_in_both_languages():
    german = typed("Die Reederei Kestrel baut 900 Stellen ab. Der Abbau soll bis Ende Juni abgeschlossen sein.")
    english = typed("Kestrel Lines expects to complete the cuts by the end of June.", "en")
    assert german["bis Ende Juni"].claim_type == english["by the end of June"].claim_type == "date:completion"


def test_a_german_compound_counts_the_thing_its_last_part_names():
    claims = typed("Der Stürmer erzielte 19 Tore in 31 Ligaspielen. Das Hotel hat 240 Hotelbetten.")
    assert claims["31 Ligaspielen"].claim_type == "quantity:game"
    assert claims["240 Hotelbetten"].claim_type == "quantity:bed"
    # the traps: a first part of three letters, a listed exception, a unit of another kind
    traps = typed("Er nannte 3 Beispiele. Die Stadt hat 40 Haltestellen und verbrauchte 900 Kubikmeter Wasser.")
    assert traps["3 Beispiele"].claim_type != "quantity:game"
    assert traps["40 Haltestellen"].claim_type != "quantity:job"
    assert traps["900 Kubikmeter"].claim_type != "quantity:metre"


def test_a_spin_off_or_a_company_set_up_in_a_year_is_its_founding():
    german = typed("Kestrel war 2011 als Ausgründung der Universität Ortheim entstanden. Kestrel wächst.")
    english = typed("Kestrel Labs was set up in 2013 by two engineers. Kestrel Labs grew fast.", "en")
    assert german["2011"].claim_type == english["2013"].claim_type == "date:founding"
