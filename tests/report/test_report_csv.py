"""claims.csv: every claim, contract columns, formula cells neutralized, numbers left numeric."""
import csv
import io

from small_result import assert_golden

from factcheck.report import to_csv


def rows(result) -> list[dict]:
    return list(csv.DictReader(io.StringIO(to_csv.render(result))))


def test_claims_csv_matches_the_golden_file(result):
    assert_golden("claims.csv", to_csv.render(result))


def test_every_claim_is_a_row_with_the_contract_columns(result):
    table = rows(result)

    assert [r["id"] for r in table] == [c.id for c in result.claims]
    assert {"id", "doc", "start", "end", "line", "col", "text", "sentence", "kind", "value", "low", "high",
            "approx", "unit", "timex", "timex_mod", "subject", "claim_type", "qualifiers"} <= set(table[0])
    assert table[1]["value"] == "100000000.0" and table[1]["low"] == "95000000.0"
    assert table[1]["qualifiers"] == '{"metric": "any", "scope": "US"}'


def test_a_text_cell_that_starts_like_a_formula_gets_a_quote(result):
    minus = rows(result)[5]

    assert minus["text"] == "'-5 percent"
    assert minus["value"] == "-5.0"                 # a negative number is a value, not a formula
    assert minus["sentence"] == "Sales fell -5 percent, or =SUM(A1:A3) as one spreadsheet put it."
    assert to_csv.cell("=SUM(A1:A3)") == "'=SUM(A1:A3)"
    assert to_csv.cell("@cmd") == "'@cmd" and to_csv.cell("+49 30") == "'+49 30"
    assert to_csv.cell(-5.0) == -5.0
