"""German dates in news prose: bare years before a verb, a weekday with the part of the day, Swiss "Ende
Jahr", a season with its article, span edges after a planned year, delays and ages (issue 15)."""
from datetime import date

import pytest

from factcheck.extract import temporal
from factcheck.extract.mention import Context


def found(text, ref):
    context = Context(lang="de", ref_date=date.fromisoformat(ref))
    return [(text[m.start:m.end], m.kind, m.timex) for m in temporal.find(text, context)]


def dates(text, ref):
    return [(words, timex) for words, kind, timex in found(text, ref) if kind == "date"]


@pytest.mark.parametrize("text, year", [
    ("Die Genossenschaft wurde 1998 gegründet und zählt heute 40 Mitglieder.", "1998"),
    ("„Bereits 2017 wurden zwei Filialen geschlossen“, sagte der Sprecher.", "2017"),
    ("Der Fonds hatte die Brauerei 2016 für 80 Millionen Euro gekauft.", "2016"),
    ("Das Start-up war 2014 als Projekt einer Hochschule entstanden.", "2014"),
    ("Nach der Fusion der beiden Kassen 2009 wurde Weber Vorstand.", "2009"),
    ("Die Veteranen, schon 1991 ins Ausland versetzt, kehrten heim.", "1991"),
    ("Die Reederei beförderte 2019 rund 800.000 Passagiere.", "2019"),
    ("Der Verein zählte 2021 mehr als 300 Mitglieder.", "2021"),
])
def test_a_bare_year_before_a_verb_or_a_preposition_is_a_year(text, year):
    assert (year, year) in dates(text, "2024-05-14")


@pytest.mark.parametrize("text", [
    "Die Zahl der Mitglieder ist auf 2000 gestiegen.",          # after "auf" a count
    "Im Lager wurden 2000 gebrauchte Reifen gezählt.",          # the participle before a noun it counts
    "Das Werk hat 2000 Beschäftigte.",
    "Von den Gästen waren 2000 Frauen.",
    "Die Stadt baut 1500 neue Wohnungen.",
])
def test_a_count_before_a_verb_stays_a_count(text):
    assert dates(text, "2024-05-14") == []


def test_a_weekday_with_the_part_of_the_day_is_that_day_in_a_past_clause():
    # published on a Thursday: the Wednesday before
    text = "Der Gemeinderat hat am Dienstagabend den Haushalt mit großer Mehrheit verabschiedet."
    assert dates(text, "2023-03-16") == [("Dienstagabend", "2023-03-14")]


def test_a_weekday_with_the_part_of_the_day_looks_ahead_in_a_future_clause():
    text = "Am Freitagnachmittag will die Ministerin das Werk besuchen."
    assert dates(text, "2023-03-16") == [("Freitagnachmittag", "2023-03-17")]


def test_a_weekday_in_a_longer_word_is_no_date():
    assert dates("Der Montagsmaler trat im Saal auf.", "2023-03-16") == []


def test_swiss_ende_jahr_without_article_is_the_end_of_this_year():
    text = "Bis Ende Jahr will die Bank in Basel eine zweite Filiale eröffnen."
    assert dates(text, "2024-07-22") == [("Bis Ende Jahr", "2024")]


def test_a_season_with_its_article_is_a_date_and_one_that_has_begun_is_this_one():
    text = ("Die Eröffnung ist nun für das dritte Quartal 2025 geplant, ursprünglich war das Frühjahr "
            "vorgesehen.")
    assert ("Frühjahr", "2025-SP") in dates(text, "2025-03-20")


def test_a_season_word_as_a_name_is_no_date():
    assert dates("Laut Jonas Sommer wächst der Markt.", "2025-03-20") == []


def test_a_deadline_in_the_present_after_a_planned_year_counts_from_the_publication_date():
    text = ("Statt Ende 2025 soll das Bad nun im Sommer 2026 öffnen. Die Bewerbungsfrist für den Kiosk "
            "läuft noch bis Ende November.")
    assert ("bis Ende November", "2024-11") in dates(text, "2024-09-12")


def test_a_month_after_a_planned_year_without_an_edge_keeps_that_year():
    text = "Der Umzug ist für 2026 geplant. Im Oktober folgt der Probebetrieb."
    assert ("Oktober", "2026-10") in dates(text, "2024-09-12")


def test_a_past_clause_after_a_planned_year_counts_from_the_publication_date():
    text = "Der Betrieb startet erst Ende Februar 2025. Am 3. Mai kam der Bescheid des Amtes."
    assert ("3. Mai", "2024-05-03") in dates(text, "2024-08-30")


def test_later_than_planned_is_a_delay_not_a_date():
    text = "Die Brücke wird erst Mitte März 2025 freigegeben, rund acht Wochen später als geplant."
    assert ("rund acht Wochen", "duration", "P8W") in found(text, "2024-08-30")
    assert not any(words.endswith("später") for words, _, _ in found(text, "2024-08-30"))


def test_weeks_later_without_a_comparison_stay_a_date():
    text = "Am 3. Mai 2024 begann der Umbau, zwei Wochen später war er beendet."
    assert ("zwei Wochen später", "2024-05-17") in dates(text, "2024-08-30")


@pytest.mark.parametrize("text", [
    "Kinder bis 12 Jahre fahren gratis, Erwachsene zahlen 30 Franken.",
    "Jugendliche unter 18 Jahren haben keinen Zutritt.",
    "Der Gründer ist 45 Jahre alt.",
])
def test_an_age_is_no_duration(text):
    assert [kind for _, kind, _ in found(text, "2024-08-30")] == []


def test_years_after_since_stay_a_duration():
    assert found("Seit 12 Jahren leitet sie den Verein.", "2024-08-30") == [("Seit 12 Jahren", "duration", "P12Y")]


def test_the_year_written_after_end_of_the_year_is_that_year():
    text = "Zum Ende des Jahres 1916 waren beide Armeen erschöpft. Anfang des Jahres kam der Winter."
    assert dates(text, "2011-02-16")[:2] == [("Ende des Jahres 1916", "1916"), ("Anfang des Jahres", "1916")]


def test_a_count_after_end_of_the_year_is_no_year():
    text = "Bis Ende des Jahres 1500 Wohnungen fertig sein."
    assert ("Bis Ende des Jahres", "2024") in dates(text, "2024-05-14")
    assert not any("1500" in words for words, _ in dates(text, "2024-05-14"))
