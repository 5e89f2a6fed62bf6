"""Publication dates: front matter, header, labelled lines, agency notes, datelines."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import pubdate


def found(text, meta=None):
    result = pubdate.find(text, meta or {}, 0, "de")
    if result is None:
        return None
    span_text = text[result.span[0]:result.span[1]] if result.span else None
    return result.date, result.source, span_text


@pytest.mark.parametrize("text, expected", [
    (" date 2021-05 Das beliebte Videoportal TikTok will mehr.", ("2021-05", "header", "date 2021-05")),
    ("Kurzmeldung\n\nVeröffentlicht: 24.08.2020 | Geschrieben von: Markus Gärtner | Letzte Aktualisierung: "
     "24.08.2020\nTrump vs TikTok",
     ("2020-08-24", "published_line",
      "Veröffentlicht: 24.08.2020 | Geschrieben von: Markus Gärtner | Letzte Aktualisierung: 24.08.2020")),
    ("Titel\nStand: 3.2.2024\nDer Text.", ("2024-02-03", "updated_line", "Stand: 3.2.2024")),
    ("Titel\nAktualisiert am 21. Mai 2024\nDer Text.", ("2024-05-21", "updated_line", "Aktualisiert am 21. Mai 2024")),
    ("Die Firma wächst. (dpa, 3.2.2024)", ("2024-02-03", "agency_note", "(dpa, 3.2.2024)")),
    ("KÖLN, 21. Mai 2024. Die Stadt plant neue Radwege.\nMehr dazu morgen.",
     ("2024-05-21", "dateline", "KÖLN, 21. Mai 2024")),
    ("May 14, 2024\nThe company said it would grow.", ("2024-05-14", "dateline", "May 14, 2024")),
])
def test_publication_date_sources(text, expected):
    assert found(text) == expected


def test_the_most_specific_date_wins():
    text = " date 2023-07 Die chinesische App will verkaufen.\n\nGehört Bytedance. (red, 26.7.2023)"
    result = pubdate.find(text, {}, 0, "de")
    assert (result.date, result.source) == ("2023-07-26", "agency_note")
    assert [text[a:b] for a, b in result.spans] == ["date 2023-07", "(red, 26.7.2023)"]


def test_front_matter_date():
    result = pubdate.find("---\ndate: 2020-08-24\n---\nText", {"date": "2020-08-24"}, 25, "de")
    assert (result.date, result.source, result.span) == ("2020-08-24", "front_matter", None)


@pytest.mark.parametrize("text", [
    "28. Dezember 2012 wurde das Geschäft auf die Jaguar Cars Limited übertragen.",
    "Ich bin am 18. April 2016 wieder hier",
    "Der Konzern betreibt 11.600 Filialen. Am 4. Dezember endet die Frist.",
    "Walmart macht mit.\n\nmit Material der dpa\n\nAnzeige",
])
def test_dates_inside_the_text_are_no_publication_date(text):
    assert pubdate.find(text, {}, 0, "de") is None


# Found by the long fuzz run (benchmarks/fuzz_extract.py): dates that are no calendar dates
# must leave the document undated, never crash.
@pytest.mark.parametrize("text, meta", [
    (" date 2020-08-33 Der Umsatz stieg.", {}),
    (" date 2020-13 Der Umsatz stieg.", {}),
    ("Der Umsatz stieg.", {"date": "2020-02-31"}),
])
def test_impossible_dates_leave_the_document_undated(text, meta):
    assert pubdate.find(text, meta, 0, "de") is None


@pytest.mark.parametrize("text, expected", [
    # a label in running text is no date line: only the head of a line or a '|' starts one
    ("Die Firma teilte mit, Stand: 3.2.2024 seien es mehr.\nDer Text.", None),
    ("Titel | Stand: 3.2.2024\nDer Text.", ("2024-02-03", "updated_line", "Stand: 3.2.2024")),
    ("Titel\n  Veröffentlicht am 5. März 2023\nDer Text.",
     ("2023-03-05", "published_line", "Veröffentlicht am 5. März 2023")),
])
def test_labels_count_at_the_head_of_a_line_or_after_a_bar(text, expected):
    assert found(text) == expected


_LINE_PARTS = st.sampled_from(["\n", "|", " ", "\t", "Stand: ", "Stand ", "Veröffentlicht am ", "Datum: ",
                               "Updated on ", "3.2.2024", "21. Mai 2024", "2024-05", "May 14, 2024", "Text.",
                               "Date", ": ", "|Stand:3.2.2024", "den "])


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(_LINE_PARTS, max_size=30), start=st.integers(0, 40), length=st.integers(0, 400))
def test_labels_found_at_line_heads_are_those_a_search_of_every_character_finds(parts, start, length):
    text = "".join(parts)
    start = min(start, len(text))
    end = min(len(text), start + length)
    expected = [m.span() for m in pubdate._patterns().labelled.finditer(text, start, end)]
    assert [m.span() for m in pubdate._labelled_lines(text, start, end)] == expected


@pytest.mark.parametrize("written, expected", [
    ("Tue, 14 May 2024 10:00:00 GMT", "2024-05-14"),       # RFC 2822, as feeds write it
    ("Tue, 14 May 2024 23:30:00 -0500", "2024-05-14"),     # the day the source printed, not UTC's
    ("14. Mai 2024, 10:15 Uhr", "2024-05-14"),
    ("2024-05-14T10:00:00+02:00", "2024-05-14"),
    ("May 14, 2024", "2024-05-14"),
])
def test_front_matter_dates_written_in_words(written, expected):
    assert found("Der Text.", {"date": written}) == (expected, "front_matter", None)


@pytest.mark.parametrize("written", ["gestern", "Mon, 31 Feb 2024 10:00:00 GMT", "demnächst 2024"])
def test_front_matter_text_that_is_no_date_leaves_the_document_undated(written):
    assert found("Der Text.", {"date": written}) is None
