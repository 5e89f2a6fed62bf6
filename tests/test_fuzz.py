"""Property-based fuzzing of the whole extraction: any text, no exception, only sound claims.

A short run stays in the test suite; `FUZZ_EXAMPLES=1000000 python -m pytest tests/test_fuzz.py`
runs the long one.
"""
import math
import os
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck import documents
from factcheck.extract import extract
from factcheck.model import Document

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "300"))

# Pieces of real news wording, so that the fuzzer reaches the deep paths, mixed with anything.
FRAGMENTS = ["11.600", "1,2", "2.080.000", "1 234 567", "1\u202f234", "rund", "knapp", "über", "mehr als",
             "bis zu", "Millionen", "Mrd.", "Billionen", "billion", "Dollar", "Euro", "$", "€", "%", "Prozent",
             "Nutzer", "Filialen", "monatlichen aktiven", "4.", "Dezember", "Mitte", "September", "2020",
             "24.08.2020", "vor sechs Jahren", "seit", "acht", "Jahren", "eine", "halbe", "zweiundzwanzig",
             "Komma", "und", "-", "–", "/", ":", ".", ",", " ", "\n", "am", "im", "bis", "Uhr", "14:30",
             "(red, 26.7.2023)", "Veröffentlicht:", "date 2021-05", "https://x.de/100%", "Windows 11", "½"]
news_like = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=5)), max_size=40).map(" ".join)
anything = st.text(max_size=300)


def check_claims(text: str, lang: str, ref: date | None) -> None:
    document = Document(doc="fuzz.txt", text=text, lang=lang)
    for claim in extract(document, ref):
        assert claim.text == text[claim.start:claim.end]
        assert 0 <= claim.start < claim.end <= len(text)
        for number in (claim.value, claim.low, claim.high):
            assert number is None or math.isfinite(number)
        if claim.value is not None:
            assert claim.low is None or claim.low <= claim.value
            assert claim.high is None or claim.value <= claim.high
        if claim.low is not None and claim.high is not None:
            assert claim.low <= claim.high


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=st.one_of(news_like, anything), lang=st.sampled_from(["de", "en"]),
       ref=st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))))
def test_any_text_gives_sound_claims(text, lang, ref):
    check_claims(text, lang, ref)


# Loading: any bytes at all are either an article (decoded, no U+FFFD made up) or skipped with a one-line reason.
file_like = st.one_of(
    st.binary(max_size=400),
    st.tuples(news_like, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252", "latin-1"])).map(
        lambda pair: pair[0].encode(pair[1], errors="ignore")),
    st.tuples(st.sampled_from([b"---\n", b"---\ndate: ", b"\xff\xfe", b"\xef\xbb\xbf", b""]), st.binary(max_size=60),
              news_like).map(lambda parts: parts[0] + parts[1] + parts[2].encode()),
)


_UNICODE_FORMS = ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(raw=file_like, lang=st.sampled_from(["de", "en", "auto"]))
def test_any_bytes_load_as_an_article_or_are_skipped_with_one_line(raw, lang):
    try:
        document = documents.document_from_bytes("fuzz.txt", raw, lang)
    except documents.NotAnArticle as reason:
        assert str(reason) and "\n" not in str(reason)
        return
    # a U+FFFD the file itself holds (written in UTF-8, or in UTF-16 or -32 after a byte-order mark) is no made-up one
    assert "\ufffd" not in document.text or any("\ufffd".encode(encoding) in raw for encoding in _UNICODE_FORMS)
    assert "\r" not in document.text and "\x00" not in document.text
    assert 0 <= document.body_start <= len(document.text)
    check_claims(document.text, document.lang, None)


printable = st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n\t"), max_size=200)


@settings(max_examples=EXAMPLES, deadline=None)
@given(text=printable, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
def test_unicode_text_decodes_to_itself(text, encoding):
    assert documents.decode(text.encode(encoding)) == (text.lstrip("\ufeff"), encoding.removesuffix("-sig"))
