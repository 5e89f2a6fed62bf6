"""report.md's tables: written by the report itself, the bytes tabulate's "github" format gives."""
import pytest
from hypothesis import given, settings, strategies as st

from factcheck.report.to_markdown import github_table

tabulate = pytest.importorskip("tabulate").tabulate
wide_chars = pytest.importorskip("tabulate").WIDE_CHARS_MODE

CELL = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x01\x1b\r\n"), max_size=12)


def _tabulated(rows, headers):
    return tabulate(rows, headers=headers, tablefmt="github", disable_numparse=True)


def test_a_claims_table_pads_every_cell_to_its_columns_width():
    rows = [["rund 100 Millionen", "100,000,000 Nutzer", "about", "seeds/000.txt:4"],
            ["8 Mrd.", "8,000,000,000 USD", "exact", "seeds/001.txt:12"]]
    table = github_table(rows, ("claim", "value", "approx", "source"))

    assert table.splitlines() == [
        "| claim              | value              | approx   | source           |",
        "|--------------------|--------------------|----------|------------------|",
        "| rund 100 Millionen | 100,000,000 Nutzer | about    | seeds/000.txt:4  |",
        "| 8 Mrd.             | 8,000,000,000 USD  | exact    | seeds/001.txt:12 |"]
    assert table == _tabulated(rows, ("claim", "value", "approx", "source"))


def test_a_table_without_rows_is_its_header():
    assert github_table([], ("file", "reason")) == "| file   | reason   |\n|--------|----------|"
    assert github_table([], ("file", "reason")) == _tabulated([], ("file", "reason"))


@pytest.mark.skipif(wide_chars, reason="with wcwidth installed tabulate counts East Asian characters twice")
@settings(max_examples=300, deadline=None)
@given(st.integers(1, 4).flatmap(lambda n: st.tuples(
    st.lists(CELL, min_size=n, max_size=n), st.lists(st.lists(CELL, min_size=n, max_size=n), max_size=4))))
def test_same_bytes_as_tabulate(table):
    headers, rows = table
    assert github_table(rows, tuple(headers)) == _tabulated(rows, tuple(headers))


def _inline_the_long_way(text):
    from factcheck.report import to_markdown
    from factcheck.report.table import visible
    return to_markdown._SPACE.sub(" ", to_markdown._LITERAL.sub(
        to_markdown._literal, visible(text).translate(to_markdown._ESCAPES)))


def test_text_with_nothing_to_escape_is_shown_as_it_is():
    from factcheck.report.to_markdown import _inline
    plain = "Der Umsatz stieg 2023 um 4,5 Prozent auf 1,2 Mrd. Euro."
    assert _inline(plain) is plain
    assert _inline("siehe www.example.org") == "siehe www\\.example.org"
    assert _inline("a_b  c") == _inline_the_long_way("a_b  c") == "a_b c"


@settings(max_examples=500, deadline=None)
@given(st.text(st.sampled_from("aW w_:@/.|*<&\\\t\n\x85\u2028\u202e\x1bé0") | st.characters(), max_size=20))
def test_the_short_way_gives_the_same_text(text):
    from factcheck.report.to_markdown import _inline
    assert _inline(text) == _inline_the_long_way(text)
