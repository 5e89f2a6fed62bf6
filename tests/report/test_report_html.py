"""report.html: self-contained, findings first with marked spans, every article text escaped."""
import html
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from small_result import assert_golden

from factcheck.report import to_html
from factcheck.report.table import visible


def test_report_html_matches_the_golden_file(result):
    assert_golden("report.html", to_html.render(result))


def test_a_script_in_an_article_is_escaped_text(result):
    page = to_html.render(result)

    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert(1)" not in page
    assert page.count("<script>") == 1                  # the severity filter, nothing else


def test_findings_come_first_with_both_sentences_and_the_compared_spans_marked(result):
    page = to_html.render(result)
    findings = page.index('<section id="findings">')

    assert findings < page.index('<section id="claims">')
    assert "Damit verschiebt sich die neue Frist auf den <mark>4. Dezember</mark>." in page
    assert "Das Verbot soll <mark>Mitte September</mark> greifen." in page
    assert "TikTok has <mark>1.2 billion monthly active users</mark> worldwide." in page
    assert len(re.findall(r'<article class="finding (?:error|warning|info)" data-severity=', page)) == 3


def test_the_page_loads_nothing_from_elsewhere(result):
    page = to_html.render(result)

    assert not re.search(r"\b(?:src|href)\s*=", page)
    assert "http://" not in page and "https://" not in page
    assert "@import" not in page


def test_marked_span_is_the_claims_own_occurrence():
    from factcheck.model import Claim, Document

    text = "Es waren 100 Nutzer. Dann kamen 100 Nutzer dazu."
    document = Document(doc="a.txt", text=text, lang="de")
    second = text.index("100", 10)
    claim = Claim(id="c1", doc="a.txt", start=second, end=second + 3, line=1, col=second + 1, text="100",
                  sentence="Dann kamen 100 Nutzer dazu.", kind="number", value=100.0)

    assert to_html.marked_sentence(claim, document) == "Dann kamen <mark>100</mark> Nutzer dazu."


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(list("ab <>&\"'ü;#x\\") + ["\x00", "\x1b", "\x7f", "\x85", "\x9f", "\t", "\n",
                                                           "\u202e", "\u2066", "\u2069", "\u200f", "&amp;",
                                                           "\U0001f600"]), max_size=20).map("".join))
def test_text_is_escaped_in_one_pass_as_html_escape_of_the_visible_text(text):
    assert to_html._e(text) == html.escape(visible(text), quote=True)
