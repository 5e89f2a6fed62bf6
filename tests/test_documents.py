"""Loading articles: paths, encodings, front matter, language, and files that are not articles."""
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import documents
from factcheck.documents import UnreadablePath

GERMAN = "Der Einzelhandelskonzern betreibt 11.600 Filialen und beschäftigt über zwei Millionen Mitarbeiter."


def write(path, data: bytes):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_directories_are_walked_sorted_and_hidden_files_skipped(tmp_path):
    for name in ["b.txt", "a.md", "sub/c.txt", ".hidden.txt", ".git/d.txt", "notes.pdf"]:
        write(tmp_path / name, GERMAN.encode())
    found = documents.article_paths([str(tmp_path)])
    assert [p.removeprefix(str(tmp_path) + "/") for p in found] == ["a.md", "b.txt", "sub/c.txt"]


def test_missing_path_is_a_usage_error(tmp_path):
    with pytest.raises(UnreadablePath, match="no such file"):
        documents.article_paths([str(tmp_path / "missing")])


@pytest.mark.parametrize("data, encoding", [
    (GERMAN.encode("utf-8"), "utf-8"),
    (b"\xef\xbb\xbf" + GERMAN.encode("utf-8"), "utf-8"),
    (GERMAN.encode("cp1252"), "cp1252"),
    (GERMAN.encode("utf-16"), "utf-16"),
])
def test_encodings_decode_without_replacement_characters(tmp_path, data, encoding):
    doc = documents.read_document(str(write(tmp_path / "a.txt", data)))
    assert doc.text == GERMAN
    assert doc.encoding == encoding
    assert "\ufffd" not in doc.text


def test_latin1_umlauts_and_crlf(tmp_path):
    doc = documents.read_document(str(write(tmp_path / "a.txt", "Zürich\r\nÜber 5 Millionen.\r\n".encode("latin-1"))))
    assert doc.text == "Zürich\nÜber 5 Millionen.\n"


def test_front_matter_is_metadata_and_offsets_index_the_whole_text(tmp_path):
    text = "---\ndate: 2020-08-24\nsource: dpa\nlang: de\ntitle: Test\n---\n" + GERMAN
    doc = documents.read_document(str(write(tmp_path / "a.md", text.encode())))
    assert doc.meta == {"date": "2020-08-24", "source": "dpa", "lang": "de", "title": "Test"}
    assert doc.text == text
    assert doc.text[doc.body_start:] == GERMAN
    assert doc.date == "2020-08-24"


@pytest.mark.parametrize("text, lang", [
    (GERMAN, "de"),
    ("Walmart runs 10,500 stores and employs 2.1 million people, the company said.", "en"),
])
def test_language_is_decided_from_the_text(tmp_path, text, lang):
    assert documents.read_document(str(write(tmp_path / "a.txt", text.encode()))).lang == lang


def test_lang_option_overrides_detection(tmp_path):
    path = write(tmp_path / "a.txt", GERMAN.encode())
    assert documents.read_document(str(path), lang="en").lang == "en"


@pytest.mark.parametrize("data, reason", [
    (b"", "empty file"),
    (b"  \n\t\n", "empty file"),
    (b"PK\x03\x04\x00\x00binary", "not a text file (NUL byte at offset 4)"),
])
def test_files_that_are_not_articles_are_skipped_with_a_reason(tmp_path, data, reason):
    write(tmp_path / "bad.txt", data)
    write(tmp_path / "good.txt", GERMAN.encode())
    loaded = documents.load([str(tmp_path)])
    assert [d.doc.rsplit("/", 1)[1] for d in loaded.documents] == ["good.txt"]
    assert len(loaded.skipped) == 1 and reason in loaded.skipped[0].reason


def test_the_report_folder_is_left_out_of_the_walk(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ["a.txt", "reports/report.md", "reports/old/report.md", "sub/b.txt"]:
        write(tmp_path / name, GERMAN.encode())
    (tmp_path / "out").symlink_to(tmp_path / "reports")
    assert documents.find_articles(["."], exclude=["reports"]) == (["./a.txt", "./sub/b.txt"], [])
    # the same folder by another name (a link, an absolute path) is the same folder
    assert [d.doc for d in documents.load(["."], exclude=["out"]).documents] == ["./a.txt", "./sub/b.txt"]
    assert documents.article_paths([str(tmp_path / "reports")]) == [str(tmp_path / "reports/old/report.md"),
                                                                  str(tmp_path / "reports/report.md")]
    assert documents.find_articles([str(tmp_path / "reports")], exclude=[str(tmp_path / "out")]) == ([], [])
    # a file named on the command line is read wherever it lies
    assert documents.find_articles(["reports/report.md"], exclude=["reports"])[0] == ["reports/report.md"]


@pytest.mark.parametrize("text, lang", [
    ("DIE BAHN HAT IM JAHR 2019 MEHR ALS 150 MILLIONEN FAHRGÄSTE GEZÄHLT, TEILTE DAS UNTERNEHMEN MIT.", "de"),
    ("THE RETAILER SAID IT WILL OPEN 200 STORES THIS YEAR.", "en"),
    ("TikTok wird in den USA von 100 Millionen Menschen genutzt, the company said.", "de"),
    # as many English as German function words: German, the language most articles are in
    ("Der Konzern is growing.", "de"),
])
def test_language_counts_function_words_in_any_case(text, lang):
    assert documents.detect_language(text) == lang
    assert not documents._DE_WORDS & documents._EN_WORDS       # a word counts for one language only


def test_a_file_that_grows_after_its_size_was_taken_is_read_to_its_end(monkeypatch):
    reader, writer = os.pipe()
    os.write(writer, GERMAN.encode())
    os.close(writer)
    try:
        assert documents._read_to_end(reader, 10) == GERMAN.encode()
    finally:
        os.close(reader)


def test_a_file_that_grows_past_the_limit_is_read_one_byte_past_it(monkeypatch):
    monkeypatch.setattr(documents, "MAX_BYTES", 40)
    reader, writer = os.pipe()
    os.write(writer, GERMAN.encode())
    os.close(writer)
    try:
        assert documents._read_to_end(reader, 10) == GERMAN.encode()[:41]
    finally:
        os.close(reader)


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("\x00\x01\x08\t\n\x0b\x0c\r\x0e\x1f \x7f\x80\x9f aäß€\ud800\U0001f600"), max_size=60),
       st.integers(1, 200))
def test_a_text_is_binary_when_over_a_tenth_of_its_head_are_control_characters(text, repeat):
    head = (text * repeat)[:4096]
    controls = sum(ch in "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19"
                   "\x1a\x1b\x1c\x1d\x1e\x1f\x7f" for ch in head)
    assert documents._looks_binary(text * repeat) == (controls * 10 > len(head))
