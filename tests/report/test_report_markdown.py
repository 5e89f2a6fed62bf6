"""report.md: GitHub tables, counts, findings with both sources, claims by group; cells escaped."""
from small_result import assert_golden

from factcheck.report import to_markdown


def test_report_md_matches_the_golden_file(result):
    assert_golden("report.md", to_markdown.render(result))


def test_findings_table_names_both_values_with_their_sources(result):
    lines = to_markdown.render(result).splitlines()
    row = next(line for line in lines if line.startswith("| info "))

    assert "| updated " in row
    assert "Mitte September (articles/001_verbot.txt:2)" in row
    assert "4. Dezember (articles/000_aufschub.txt:2)" in row


def test_pipes_and_markup_in_article_text_cannot_break_the_table(result):
    text = to_markdown.render(result)

    assert "tests \\| with a pipe" in text
    assert "<script>" not in text


def test_counts_then_findings_then_claims_by_group(result):
    text = to_markdown.render(result)
    order = [text.index(h) for h in ("## Counts", "## Findings", "## Claims by group",
                                     "### tiktok_users/TikTok/metric=any,scope=US", "## Skipped files")]

    assert order == sorted(order)
    assert "1 claim without a subject or claim type was not compared" in text
