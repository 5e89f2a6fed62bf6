"""The year of a date the text leaves open: from the text around it where it gives one, else from the
publication date. Reference dates are pinned; traps included."""
from datetime import date

import pytest

from factcheck.extract import temporal
from factcheck.extract.mention import Context


def timex_of(text, surface, ref="2024-03-20"):
    context = Context(lang="de", ref_date=date.fromisoformat(ref) if ref else None)
    found = {text[m.start:m.end]: m.timex for m in temporal.find(text, context) if m.kind == "date"}
    return next(timex for span, timex in found.items() if surface in span)


HISTORY = ("Der Überfall auf Polen 1939\n\n"
           "Die Wehrmacht marschierte im Jahr 1939 in Polen ein. Großbritannien und Frankreich erklärten am "
           "3. September den Krieg. Am 17. September rückte die Rote Armee von Osten vor.\n\n"
           "Im Frühjahr 1940 griff die Wehrmacht Norwegen an. Am 10. Mai begann der Westfeldzug, Paris fiel am "
           "14. Juni. Im nächsten Jahr folgte der Angriff auf die Sowjetunion.\n\n"
           "Die Kämpfe dauerten bis 1945. Im Dezember wurde es kalt.")


@pytest.mark.parametrize("surface, expected", [
    ("3. September", "1939-09-03"),
    ("17. September", "1939-09-17"),
    ("10. Mai", "1940-05-10"),
    ("14. Juni", "1940-06-14"),
    ("nächsten Jahr", "1941"),          # in a narrative the next year counts from the year told of
])
def test_a_narrative_goes_on_from_the_year_it_last_stated(surface, expected):
    assert timex_of(HISTORY, surface, ref="2011-02-16") == expected


def test_a_boundary_year_is_not_the_time_the_text_goes_on_in():
    # "bis 1945" is where the fighting ends, not the year of the December that follows it
    assert timex_of(HISTORY, "Dezember", ref="2011-02-16") == "1940-12"


def test_news_takes_the_year_of_the_sentence():
    text = "2019 schloss die Kette 40 Filialen, am 4. Dezember folgte die Zentrale in Köln."
    assert timex_of(text, "4. Dezember", ref="2024-05-14") == "2019-12-04"


def test_news_goes_back_to_the_present_in_a_later_sentence():
    text = ("Die Kette wurde 1998 gegründet. Das Geschäft lief lange gut. Der Umsatz stieg zuletzt. "
            "Am 4. Dezember verkaufte der Eigentümer die Firma.")
    assert timex_of(text, "4. Dezember", ref="2024-05-14") == "2023-12-04"


def test_a_clause_that_looks_ahead_counts_from_the_publication_date():
    text = "2019 schloss die Kette 40 Filialen, am 4. Dezember will sie neue eröffnen."
    assert timex_of(text, "4. Dezember", ref="2024-05-14") == "2024-12-04"


def test_a_relative_word_counts_from_the_publication_date():
    text = "2019 schloss die Kette 40 Filialen, im vergangenen September kamen neue hinzu."
    assert timex_of(text, "September", ref="2024-05-14") == "2023-09"


def test_the_first_of_two_linked_dates_takes_the_year_of_the_second():
    text = "Im Juni und Juli 1944 gelang der Roten Armee der Durchbruch."
    assert timex_of(text, "Juni", ref="2011-02-16") == "1944-06"


@pytest.mark.parametrize("text, surface, expected", [
    # "wie ein Sprecher am Montag mitteilte", published on Wednesday 2024-03-20: the Monday before
    ("Die Anlage bleibt geschlossen, wie ein Sprecher am Montag mitteilte.", "Montag", "2024-03-18"),
    # the trap: a clause that looks ahead means the coming Monday
    ("Die Anlage soll am Montag wieder öffnen.", "Montag", "2024-03-25"),
])
def test_tense_decides_the_side_of_a_weekday(text, surface, expected):
    assert timex_of(text, surface) == expected


def test_two_digit_year_of_a_history_is_in_the_last_century():
    assert timex_of("Der Angriff begann am 1.9.39 im Morgengrauen.", "1.9.39", ref="2011-02-16") == "1939-09-01"


def test_a_pluperfect_look_back_leaves_the_story_in_its_year():
    from factcheck.extract import temporal
    from factcheck.extract.mention import Context
    text = ("Im Juli 1870 erklärte Frankreich den Krieg. Am 2. September 1870 kapitulierte die Armee bei Sedan. "
            "Schon im März 1867 hatte der Kanzler ein Bündnis gefordert. Am 19. September begann die Belagerung.")
    context = Context(lang="de", ref_date=date(2011, 2, 16))
    found = [(text[m.start:m.end], m.timex) for m in temporal.find(text, context)]
    assert found[-1] == ("19. September", "1870-09-19")


@pytest.mark.parametrize("text, expected", [
    # a story that names no new year stays in its year, also after a date early in it
    ("Am 2. Januar 1863 trat das Gesetz in Kraft. Am 20. September fiel die Festung.", ("20. September", "1863-09-20")),
    # a day just across the turn of the year is the next year
    ("Am 28. Dezember 1863 begann der Marsch. Am 4. Januar erreichten sie den Fluss.", ("4. Januar", "1864-01-04")),
])
def test_a_day_after_a_stated_date_keeps_its_year_unless_just_across_the_turn_of_the_year(text, expected):
    context = Context(lang="de", ref_date=date(2011, 2, 16))
    found = [(text[m.start:m.end], m.timex) for m in temporal.find(text, context)]
    assert found[-1] == expected


@pytest.mark.parametrize("text, expected", [
    # the year before the one the sentence states
    ("Im Jahr 2022 setzte die Reederei 6,2 Milliarden Euro um, nach 7,1 Milliarden im Vorjahr.", "2021"),
    ("Der Umsatz stieg 2022 auf 5 Milliarden Euro, nach 4,5 Milliarden Euro im Vorjahr.", "2021"),
    # the trap: no year in the sentence, so the year before the publication date
    ("Die Reederei setzte 2022 mehr um. Im Vorjahr waren es 7,1 Milliarden Euro.", "2023"),
    ("Der Umsatz lag im Vorjahr bei 4,5 Milliarden Euro.", "2023"),
])
def test_the_year_before_counts_from_the_year_its_sentence_states(text, expected):
    assert timex_of(text, "Vorjahr") == expected
