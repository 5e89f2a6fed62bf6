"""A project followed across articles, zero-config: "die neue Konzerthalle" of one town in a German
article and "the new concert hall" of the same town in an English one are one subject; the same
kind of project in another town, or of no known owner, is another. Articles written for these tests."""
from __future__ import annotations

from datetime import date

from factcheck.classify import classify
from factcheck.compare import compare
from factcheck.extract import extract
from factcheck.model import Document
from factcheck.ruleset import empty_ruleset


def run(articles: dict[str, tuple[str, str, str]]):
    """articles: name -> (language, publication date, text); the typed claims and the findings."""
    documents, claims = {}, []
    for name, (lang, published, text) in articles.items():
        doc = Document(doc=name, text=text, lang=lang, date=published)
        documents[name] = doc
        claims += classify(extract(doc, date.fromisoformat(published)), doc, empty_ruleset())
    return {(c.doc, c.text): c for c in claims}, compare(claims, documents, None)


MARBACH_DE = ("Marbach baut neue Konzerthalle\n\n"
              "Marbach. Der Gemeinderat hat den Bau genehmigt. Die neue Konzerthalle soll 42 Millionen Euro "
              "kosten und im Herbst 2026 eröffnet werden.\n\n"
              "Eine Eintrittskarte für das Freibad kostet künftig 6 Euro.")
MARBACH_EN = ("Marbach's new concert hall gets pricier\n\n"
              "The cost of the new concert hall in Marbach has risen to €51m, the town said on Monday. "
              "The opening has been pushed back to spring 2027.")
ORTHEIM_EN = ("Ortheim's new concert hall\n\n"
              "The new concert hall in Ortheim will cost €51m and open in spring 2027.")


def test_a_project_is_one_subject_across_languages_and_its_cost_is_updated():
    claims, findings = run({"de.txt": ("de", "2024-02-01", MARBACH_DE), "en.txt": ("en", "2024-09-01", MARBACH_EN)})
    cost_de = claims[("de.txt", "42 Millionen Euro")]
    assert (cost_de.subject, cost_de.claim_type) == ("Konzerthalle", "money:cost")
    assert cost_de.qualifiers["owner"] == "Marbach" and cost_de.qualifiers["project"] == "hall"
    cost_en = claims[("en.txt", "€51m")]
    assert (cost_en.subject, cost_en.claim_type, cost_en.qualifiers["project"]) == ("hall", "money:cost", "hall")
    updated = {frozenset(f.claims) for f in findings if f.check == "updated"}
    assert frozenset({cost_de.id, cost_en.id}) in updated
    opening = {frozenset(f.claims) for f in findings if f.check == "updated" and f.claim_type == "date:launch"}
    assert frozenset({claims[("de.txt", "Herbst 2026")].id, claims[("en.txt", "spring 2027")].id}) in opening


def test_a_price_in_the_next_paragraph_is_not_the_projects():
    claims, _ = run({"de.txt": ("de", "2024-02-01", MARBACH_DE)})
    ticket = claims[("de.txt", "6 Euro")]
    assert ticket.subject != "Konzerthalle" and "project" not in ticket.qualifiers


def test_the_same_kind_of_project_of_another_town_is_never_compared():
    claims, findings = run({"de.txt": ("de", "2024-02-01", MARBACH_DE), "en.txt": ("en", "2024-02-03", ORTHEIM_EN)})
    assert claims[("en.txt", "€51m")].qualifiers["owner"] == "Ortheim"
    assert not [f for f in findings if "Konzerthalle" in (f.subject or "") or "hall" in (f.subject or "")]


def test_a_project_of_no_known_owner_is_never_compared():
    text_a = "Die neue Konzerthalle soll 42 Millionen Euro kosten."
    text_b = "Die neue Konzerthalle soll 48 Millionen Euro kosten."
    claims, findings = run({"a.txt": ("de", "2024-02-01", text_a), "b.txt": ("de", "2024-02-02", text_b)})
    assert "owner" not in claims[("a.txt", "42 Millionen Euro")].qualifiers
    assert findings == []


def test_the_figure_after_from_and_to_is_the_new_one():
    from factcheck.compare.signals import is_old_value
    claims, _ = run({"en.txt": ("en", "2024-09-01", "The opening of the museum has been pushed back from "
                                                  "mid-May to late June 2025.")})
    assert is_old_value(claims[("en.txt", "mid-May")], None)
    assert not is_old_value(claims[("en.txt", "late June 2025")], None)


# --- a change word alone does not tie amounts of unknown measure to a merely inferred subject ----

FILLER = " Das Wetter war schön. Die Musik spielte lang. Viele Gäste kamen."
HEAD = "Neues aus dem Handel heute\n\n"


def test_now_ties_an_amount_to_a_named_measure_only_when_their_sentences_name_the_company():
    named = run({"a.txt": ("de", "2024-01-10", HEAD + "Kaufwerk AG feiert." + FILLER + " Kaufwerk investierte 3.000 Euro."),
                 "b.txt": ("de", "2024-09-01", HEAD + "Kaufwerk AG baut um." + FILLER + " Kaufwerk gibt nun 80.000 Euro.")})[1]
    assert [f.check for f in named] == ["updated"] and named[0].severity == "info"
    # the article names the company twice: evidence enough to infer it (classify/subjects.py)
    inferred = run({"a.txt": ("de", "2024-01-10", HEAD + "Kaufwerk AG feiert. Kaufwerk lädt ein." + FILLER
                              + " Am Ende lagen 3.000 Euro in der Box."),
                    "b.txt": ("de", "2024-09-01", HEAD + "Kaufwerk AG baut um. Kaufwerk lädt ein." + FILLER
                              + " Nun fließen 80.000 Euro.")})
    claims, findings = inferred
    assert claims[("b.txt", "80.000 Euro")].basis["subject"] == "inferred"
    assert findings == []
    vague = run({"a.txt": ("de", "2024-01-10", HEAD + "Kaufwerk AG feiert." + FILLER + " Kaufwerk sammelte 3.000 Euro."),
                 "b.txt": ("de", "2024-09-01", HEAD + "Kaufwerk AG baut um." + FILLER + " Kaufwerk gibt nun 80.000 Euro.")})
    assert vague[1] == []          # two amounts that name no measure: "nun" alone does not tie them


def test_a_season_against_a_day_is_no_error():
    claims, findings = run({
        "a.txt": ("de", "2024-11-20", "Ortheim: Die Saison im Skigebiet Ortheim beginnt am 14. Dezember."),
        "b.txt": ("de", "2024-12-02", "Ortheim startet im Winter\n\nDas Skigebiet Ortheim beginnt die Saison im Winter.")})
    assert not [f for f in findings if f.severity == "error"]
    day = run({
        "a.txt": ("de", "2024-11-20", "Ortheim: Die Saison im Skigebiet Ortheim beginnt am 14. Dezember."),
        "b.txt": ("de", "2024-11-22", "Ortheim: Die Saison im Skigebiet Ortheim beginnt am 7. Dezember.")})[1]
    assert [(f.check, f.severity) for f in day] == [("contradiction", "error")]


def test_a_project_whose_sentence_names_no_owner_takes_the_one_of_the_sentence_before():
    text = ("Season preview\n\nThe resort Selvaz opens its slopes on December 14. The new gondola "
            "follows in late January. A day pass costs CHF 70.")
    claims, _ = run({"en.txt": ("en", "2024-11-20", text)})
    assert claims[("en.txt", "late January")].qualifiers.get("owner") == "Selvaz"
    assert claims[("en.txt", "CHF 70")].subject == "Selvaz"        # a price is the resort's, not the lift's


def test_a_former_figure_in_another_currency_is_no_unit_mismatch():
    a = "Selvaz. Die neue Gondelbahn kostet 30 Millionen Euro."
    b = ("Selvaz's new gondola\n\nThe cost of the new gondola at the resort of Selvaz has risen to CHF 36m "
         "from an initial budget of CHF 30m.")
    claims, findings = run({"a.txt": ("de", "2024-02-01", a), "b.txt": ("en", "2024-02-10", b)})
    former = claims[("b.txt", "CHF 30m")].id
    assert not [f for f in findings if f.check == "unit_mismatch" and former in f.claims]
    assert [f for f in findings if f.check == "unit_mismatch"]       # the current CHF 36m is one


def test_a_stadium_due_to_open_in_spring_and_now_in_autumn_is_updated():
    a = ("Neues Stadion in Kranzberg wird teurer\n\nKranzberg. Die Kosten für das neue Stadion steigen auf "
         "120 Millionen Euro. Die Eröffnung ist nun für Herbst 2026 vorgesehen.")
    b = ("Kranzberg approves new stadium\n\nThe city of Kranzberg approved a new stadium costing €95m. "
         "The stadium is due to open in spring 2026.")
    claims, findings = run({"a.txt": ("de", "2024-09-01", a), "b.txt": ("en", "2024-03-01", b)})
    assert claims[("b.txt", "spring 2026")].claim_type == "date:launch"
    updated = {frozenset(f.claims) for f in findings if f.check == "updated"}
    assert frozenset({claims[("b.txt", "spring 2026")].id, claims[("a.txt", "Herbst 2026")].id}) in updated
    assert frozenset({claims[("b.txt", "€95m")].id, claims[("a.txt", "120 Millionen Euro")].id}) in updated
    assert not [f for f in findings if f.severity != "info"]
