"""report.md read by a real GitHub-flavoured Markdown renderer (cmark-gfm, the one GitHub uses): text from
articles, file names and rules renders literally, with no link, emphasis or strike-through it did not ask for."""
from __future__ import annotations

import html
import re

import cmarkgfm
from cmarkgfm.cmark import Options
import pytest
from small_result import small_result

from factcheck.model import Document
from factcheck.report import to_markdown
from factcheck.report.table import in_report_order

# The one bold a report writes: the claim in its sentence. Anything else in the rendered page that is
# not a heading, table or paragraph came from the text.
MARKUP = re.compile(r"<(?!/?(?:h1|h2|h3|p|table|thead|tbody|tr|th|td|strong)\b|!-- -->)[^>]*>")

HOSTILE_SENTENCES = [
    "Laut https://evil.example/steal?x=1 hat TikTok rund 100 Millionen Nutzer.",
    "Laut <https://evil.example/x> hat TikTok rund 100 Millionen Nutzer.",
    "Laut www.evil.example hat TikTok rund 100 Millionen Nutzer.",
    "Fragen an presse@evil.example: TikTok hat rund 100 Millionen Nutzer.",
    "mailto:presse@evil.example und ftp://evil.example: TikTok hat rund 100 Millionen Nutzer.",
    "Das __Unternehmen__ TikTok hat _angeblich_ rund 100 Millionen Nutzer.",
    "TikTok hat ~~80~~ rund 100 Millionen Nutzer, sagt ~jemand~ in __init__.py.",
    "TikTok (C#) hat rund 100 Millionen Nutzer #",
]


def rendered(result) -> str:
    """As GitHub renders it: cmark-gfm with raw HTML passed on (GitHub sanitises afterwards, dropping comments).
    The one HTML report.md writes is an empty comment that stops an e-mail address from becoming a link."""
    return cmarkgfm.github_flavored_markdown_to_html(to_markdown.render(in_report_order(result)),
                                                     options=Options.CMARK_OPT_UNSAFE)


def text_of(page: str) -> str:
    return html.unescape(re.sub(r"</?strong>|<!-- -->", "", page))


def result_with(sentence: str, doc: str = "articles/000_aufschub.txt"):
    """The small result with the claim 'rund 100 Millionen Nutzern' in a sentence of our choosing."""
    result = small_result()
    document = next(d for d in result.documents if d.doc == doc)
    old = "Mit rund 100 Millionen Nutzern allein in den USA ist TikTok eine wahre Goldgrube | für jeden Händler."
    text = document.text.replace(old, sentence)
    replaced = Document(**{**vars(document), "text": text})
    result.documents = [replaced if d.doc == doc else d for d in result.documents]
    claims = []
    for claim in result.claims:
        if claim.doc == doc and claim.sentence == old:
            start = text.index("rund 100 Millionen Nutzer")
            claim = claim.model_copy(update={"sentence": sentence, "start": start,
                                             "end": start + len("rund 100 Millionen Nutzer"),
                                             "text": "rund 100 Millionen Nutzer"})
        claims.append(claim)
    result.claims = claims
    return result


@pytest.mark.parametrize("sentence", HOSTILE_SENTENCES)
def test_article_text_renders_literally_on_github(sentence):
    page = rendered(result_with(sentence))
    assert MARKUP.findall(page) == []
    # the sentence is on the page as written, the claim marked bold inside it
    assert sentence in text_of(page)


def test_only_the_claim_is_bold():
    page = rendered(result_with(HOSTILE_SENTENCES[5]))
    assert set(re.findall(r"<strong>(.*?)</strong>", page)) == {"rund 100 Millionen Nutzer", "4. Dezember",
                                                               "Mitte September", "1.2 billion monthly active users",
                                                               "knapp eine Milliarde Dollar"}


@pytest.mark.parametrize("name", ["articles/__x__.txt", "articles/a_b_.txt", "articles/https://x.org.txt",
                                  "articles/~~del~~.txt", "articles/www.x.org.txt", "articles/a@b.example.txt"])
def test_file_names_render_literally_on_github(name):
    result = small_result()
    old = "articles/000_aufschub.txt"
    result.documents = [Document(**{**vars(d), "doc": name}) if d.doc == old else d for d in result.documents]
    result.claims = [c.model_copy(update={"doc": name}) if c.doc == old else c for c in result.claims]
    page = rendered(result)
    assert MARKUP.findall(page) == []
    assert name in text_of(page)


def test_a_finding_message_cannot_start_a_heading_or_list():
    for start in ("# Heading", "- item", "1. item", "+ item", "==="):
        assert not re.search(r"<(h\d|ul|ol|li)\b", cmarkgfm.github_flavored_markdown_to_html(
            "\n\n" + to_markdown._paragraph(start) + "\n"))


def test_intraword_underscores_are_left_as_written():
    # "not_comparable", "seeds/001_ab.txt": GFM never emphasises inside a word; the seeds' reports keep their bytes
    assert to_markdown._escape("not_comparable seeds/001_ab.txt") == "not_comparable seeds/001_ab.txt"
