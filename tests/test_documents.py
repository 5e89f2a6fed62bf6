"""Loading articles: paths, encodings, front matter, language, and files that are not articles."""
import pytest

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
