"""Date expressions -> TIMEX3, with the reference date pinned in every case."""
from datetime import date

import pytest

from factcheck.extract import temporal
from factcheck.extract.mention import Context


def claims(text, ref=None, precision="day", lang="de"):
    context = Context(lang=lang, ref_date=date.fromisoformat(ref) if ref else None, ref_precision=precision)
    return [(text[m.start:m.end], m.kind, m.timex, m.timex_mod) for m in temporal.find(text, context)]


def timexes(text, ref=None, precision="day", lang="de"):
    return [(surface, timex) for surface, kind, timex, _ in claims(text, ref, precision, lang) if kind == "date"]


# absolute dates: numeric, day and month name, month and year, years used as times
ABSOLUTE = [
    ("Veröffentlicht wurde der Bericht am 24.08.2020 in Berlin.", None, [("24.08.2020", "2020-08-24")]),
    ("Die Redaktion schloss den Text am 26.7.2023 ab.", None, [("26.7.2023", "2023-07-26")]),
    ("Die Frist endet am 4.12. um Mitternacht.", "2020-11-27", [("4.12.", "2020-12-04")]),
    ("Damit verschiebt sich die neue Frist auf den 4. Dezember.", None, [("4. Dezember", "XXXX-12-04")]),
    ("Damit verschiebt sich die neue Frist auf den 4. Dezember.", "2020-11-27", [("4. Dezember", "2020-12-04")]),
    ("Der Vertrag wurde am 4. Dezember 2020 unterschrieben.", None, [("4. Dezember 2020", "2020-12-04")]),
    ("Die Zahlen stammen aus dem Dezember 2020.", None, [("Dezember 2020", "2020-12")]),
    ("Der Konzern hatte bereits im Jahr 2020 versucht, TikTok zu kaufen.", None, [("Jahr 2020", "2020")]),
    ("Der Umsatz wächst seit der Gründung 2018 jedes Jahr.", None, [("2018", "2018")]),
    ("Die Daten wurden am 2022-08-06 erhoben.", None, [("2022-08-06", "2022-08-06")]),
    ("The deal was signed on December 4, 2020 in Washington.", None, [("December 4, 2020", "2020-12-04")]),
    ("The vote is due Dec. 4, officials said.", "2020-11-27", [("Dec. 4", "2020-12-04")]),
    ("The company was founded on 4 December 2020.", None, [("4 December 2020", "2020-12-04")]),
    ("Ich komme am zweiten Mai zurück.", "2016-11-07", [("zweiten Mai", "2017-05-02")]),
    ("Der Index fiel 31.10.74 auf ein Rekordtief.", None, [("31.10.74", "1974-10-31")]),
    ("Die Studie erschien (2020) im Fachblatt Nature.", None, [("2020", "2020")]),
]


@pytest.mark.parametrize("text, ref, expected", ABSOLUTE)
def test_absolute_dates(text, ref, expected):
    assert timexes(text, ref) == expected


def test_year_before_colon_heads_a_line_and_leaves_the_amount():
    text = "Bericht\n\n2022: 185 Milliarden Dollar Umsatz\n"
    found = claims(text)
    assert found == [("2022", "date", "2022", None)]
    assert text[text.index("185"):].startswith("185 Milliarden")


def test_bis_year_is_a_date_with_its_side():
    assert claims("Ziel ist es, bis 2022 mehr als 185 Milliarden Dollar umzusetzen.") == [
        ("bis 2022", "date", "2022", "BEFORE")]


def test_seit_month_resolves_to_the_last_one():
    text = "Werbung macht Tiktok via Roadshows, die bereits seit Mai stattfinden."
    assert claims(text, "2023-07-26") == [("seit Mai", "date", "2023-05", "ON_OR_AFTER")]


@pytest.mark.parametrize("text", [
    "Der Einzelhandelskonzern betreibt 11.600 Filialen und beschäftigt über zwei Millionen Mitarbeiter.",
    "Mit knapp 1,2 Milliarden monatlichen aktiven Nutzerinnen hat der Service gute Voraussetzungen.",
    "Die Inflation lag bei 2,5 Prozent.",
    "Das Spiel endete 3:1, vor 2000 Zuschauern.",
    "Die Plattform hat 2020 Nutzer in Graz und 1.500 in Linz.",
    "Der Zug fährt 24/7 und kostet 1/2 so viel.",
    "Guten Morgen, sagte August Diehl.",
])
def test_numbers_never_become_dates(text):
    assert claims(text, "2020-08-20") == []


# vague dates: START / MID / END, seasons, quarters, halves
VAGUE = [
    ("In diversen Medien sprach man von Anfang August.", "2023-07-26", [("Anfang August", "2023-08", "START")]),
    ("US-Präsident Trump hatte Geschäfte untersagt, das Verbot soll Mitte September greifen.", None,
     [("Mitte September", "XXXX-09", "MID")]),
    ("US-Präsident Trump hatte Geschäfte untersagt, das Verbot soll Mitte September greifen.", "2020-08-20",
     [("Mitte September", "2020-09", "MID")]),
    ("Ab Ende 1989 gehörte das Unternehmen zu Ford.", "2020-04-30", [("Ab Ende 1989", "1989", "END")]),
    ("Der Umsatz stieg im dritten Quartal deutlich.", "2024-10-15", [("dritten Quartal", "2024-Q3", None)]),
    ("Im dritten Quartal 2023 sank der Gewinn.", None, [("dritten Quartal 2023", "2023-Q3", None)]),
    ("Der Gewinn im Q2 2024 überraschte.", None, [("Q2 2024", "2024-Q2", None)]),
    ("Bis Ende des Jahres sollen alle Filialen umgebaut sein.", "2021-05-10", [("Bis Ende des Jahres", "2021", "END")]),
    ("Im Sommer 2019 begann der Umbau.", None, [("Sommer 2019", "2019-SU", None)]),
    ("Der Umbau soll im Herbst beginnen.", "2021-05-10", [("Herbst", "2021-FA", None)]),
    ("The plant will open in late August.", "2021-05-10", [("late August", "2021-08", "END")]),
    ("Das Werk wurde im ersten Halbjahr ausgelastet.", "2021-09-01", [("ersten Halbjahr", "2021-H1", None)]),
]


@pytest.mark.parametrize("text, ref, expected", VAGUE)
def test_vague_dates(text, ref, expected):
    assert [(s, t, mod) for s, kind, t, mod in claims(text, ref) if kind == "date"] == expected


# relative dates, anchored at the reference date and resolved with the tense
RELATIVE = [
    ("Fast auf den Tag genau vor sechs Jahren kaufte Amazon Twitch.", "2020-08-20", [("vor sechs Jahren", "2014")]),
    ("Im vergangenen Jahr sank der Umsatz.", "2021-05-10", [("vergangenen Jahr", "2020")]),
    ("Nächste Woche entscheidet das Gericht.", "2020-08-20", [("Nächste Woche", "2020-W35")]),
    ("Tiktok und Bytedance zogen diese Woche vor Gericht.", "2020-08-20", [("diese Woche", "2020-W34")]),
    ("Der Konzern teilte gestern mit, dass er wächst.", "2020-08-20", [("gestern", "2020-08-19")]),
    ("Am Montag erklärte der Sprecher, es gebe keinen Deal.", "2020-08-20", [("Montag", "2020-08-17")]),
    ("Am Montag will der Konzern seine Zahlen vorlegen.", "2020-08-20", [("Montag", "2020-08-24")]),
    ("Im April erklärten Führungskräfte auf einer Party, dass sie wachsen wollen.", "2021-05-01",
     [("April", "2021-04")]),
    ("Im November soll das Verbot greifen.", "2021-05-10", [("November", "2021-11")]),
    ("Im November wurde das Verbot beschlossen.", "2021-05-10", [("November", "2020-11")]),
    ("Der Umsatz lag im Vorjahr höher.", "2021-05-10", [("Vorjahr", "2020")]),
    ("Am 26. August bietet die App ein Livestreaming-Event an.", "2020-08-24", [("26. August", "2020-08-26")]),
    ("Gagey sagte am Montag, der Verband warte ab.", "2016-03-01", [("Montag", "2016-02-29")]),
    ("Three years ago the company was still small.", "2021-05-10", [("Three years ago", "2018")]),
]


@pytest.mark.parametrize("text, ref, expected", RELATIVE)
def test_relative_dates(text, ref, expected):
    assert timexes(text, ref) == expected


def test_a_month_anchor_cannot_resolve_a_day():
    assert timexes("Am Montag erklärte der Sprecher, es gebe keinen Deal.", "2021-05-01", "month") == [
        ("Montag", "XXXX-WXX-1")]


def test_relative_year_without_anchor_stays_a_duration():
    assert claims("Vor sechs Jahren kaufte Amazon Twitch.") == [("Vor sechs Jahren", "duration", "P6Y", None)]


def test_day_range_takes_month_and_year_from_its_second_end():
    assert timexes("Das Festival findet vom 13. bis 15. Juli 2021 statt.") == [
        ("vom 13.", "2021-07-13"), ("15. Juli 2021", "2021-07-15")]


def test_weekday_range_is_every_week():
    assert timexes("Geöffnet ist von Montag bis Freitag.", "2021-05-04") == [
        ("Montag", "XXXX-WXX-1"), ("Freitag", "XXXX-WXX-5")]


def test_clock_time_joins_its_date():
    assert timexes("Anpfiff ist am 23.04.2022 um 14:55 Uhr.") == [("23.04.2022 um 14:55 Uhr", "2022-04-23T14:55")]


def test_clock_time_alone_keeps_no_day():
    assert timexes("Die Sitzung beginnt um 15 Uhr.") == [("15 Uhr", "XXXX-XX-XXT15:00")]


def test_blocked_date_line_is_not_a_claim():
    text = "Veröffentlicht: 24.08.2020\nAm 26. August startet das Event."
    context = Context(lang="de", ref_date=date(2020, 8, 24), blocked=((0, 26),))
    found = [(text[m.start:m.end], m.timex) for m in temporal.find(text, context)]
    assert found == [("26. August", "2020-08-26")]


def test_front_matter_is_not_read():
    text = "---\ndate: 2020-08-24\n---\nAm 26. August startet das Event."
    context = Context(lang="de", ref_date=date(2020, 8, 24), start=text.index("Am"))
    assert [m.timex for m in temporal.find(text, context)] == ["2020-08-26"]
