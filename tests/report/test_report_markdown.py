"""report.md: GitHub tables, counts, findings with both sources, claims by group; cells escaped."""
import pytest
from small_result import assert_golden

from factcheck.report import to_markdown


def test_report_md_matches_the_golden_file(result):
    assert_golden("report.md", to_markdown.render(result))


def test_findings_table_names_both_values_with_their_sources(result):
    lines = to_markdown.render(result).splitlines()
    row = next(line for line in lines if line.startswith("| 3 "))

    assert [cell.strip() for cell in row.strip("|").split("|")] == [
        "3", "info", "updated", "TikTok", "Mitte September (articles/001_verbot.txt:2)",
        "4. Dezember (articles/000_aufschub.txt:2)"]


def test_each_finding_shows_both_sources_side_by_side_with_date_value_and_sentence(result):
    text = to_markdown.render(result)
    start = text.index("### 3. info · updated · TikTok · tiktok_ban_deadline")
    details = text[start:text.index("## Claims by group")]
    table = [[cell.strip() for cell in line.strip("|").split("|")] for line in details.splitlines()
             if line.startswith("|")]

    assert table[0] == ["", "articles/001_verbot.txt:2", "articles/000_aufschub.txt:2"]
    assert table[2] == ["published", "2020-08-03", "unknown"]
    assert table[3] == ["claim", "Mitte September = 2020-09 MID", "4. Dezember = XXXX-12-04"]
    assert table[4] == ["sentence", "Das Verbot soll **Mitte September** greifen.",
                        "Damit verschiebt sich die neue Frist auf den **4. Dezember**."]
    assert "the earlier value is superseded." in details


def test_pipes_and_markup_in_article_text_cannot_break_the_table(result):
    text = to_markdown.render(result)

    assert "tests \\| with a pipe" in text
    assert "<script>" not in text


def test_counts_then_findings_then_claims_by_group(result):
    text = to_markdown.render(result)
    order = [text.index(h) for h in ("## Counts", "## Findings", "### 1. error", "### 3. info", "## Claims by group",
                                     "### tiktok_users/TikTok/metric=any,scope=US", "## Documents",
                                     "## Skipped files")]

    assert order == sorted(order)
    assert "1 claim without a subject or claim type was not compared" in text


@pytest.mark.parametrize("text, shown", [
    ("Preis:\u00a0120\tEuro", "Preis: 120 Euro"),          # other white space: one space
    ("x  y", "x y"),
    ("WWW.beispiel.de", "WWW\\.beispiel.de"),               # GFM links www. in any case
    ("https://x.de", "https\\://x.de"),
    ("a@b.de", "a@<!-- -->b.de"),
    ("snake_case", "snake_case"),                          # between letters: no emphasis
    ("_lead", "\\_lead"),
    ("1:2 [a]", "1:2 \\[a\\]"),                            # a colon without // is left alone
    ("Abwasserwerk", "Abwasserwerk"),                      # "ww" in a word is no www.
    ("Umsatz 5 Mio", "Umsatz 5 Mio"),
    ("\x1b[1m", "\\\\u001b\\[1m"),
])
def test_each_kind_of_markup_in_a_cell_is_escaped(text, shown):
    assert to_markdown._inline(text) == shown


def test_the_other_white_space_is_all_that_str_isspace_finds_but_the_space():
    import re
    import sys
    listed = re.compile(f"[{to_markdown.OTHER_SPACES}]")
    spaces = [c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace() and c != " "]
    assert [c for c in map(chr, range(sys.maxunicode + 1)) if listed.fullmatch(c)] == spaces


@pytest.mark.parametrize("lines", [1, 2, 7, 100000])
def test_report_md_written_in_parts_is_the_text_of_render(monkeypatch, result, lines):
    monkeypatch.setattr(to_markdown, "LINES_AT_A_TIME", lines)
    assert b"".join(to_markdown.render_parts(result)) == to_markdown.render(result).encode("utf-8")
