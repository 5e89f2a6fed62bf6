"""The language layer: every shipped folder loads and validates; errors name the file."""
import pytest

from factcheck import lang


@pytest.mark.parametrize("code", ["de", "en"])
def test_shipped_language_loads(code):
    language = lang.get(code)
    assert language.code == code
    assert set(language.areas) == set(lang.schema.AREAS)


def test_unknown_language_is_a_clear_error():
    with pytest.raises(lang.LanguageDataError, match="no language data for 'xx'"):
        lang.get("xx")


def test_unknown_key_names_the_file(tmp_path):
    folder = tmp_path / "xx"
    folder.mkdir()
    (folder / "numbers.yaml").write_text("not_a_field: 1\n", encoding="utf-8")
    with pytest.raises(lang.LanguageDataError, match=r"numbers\.yaml: not_a_field"):
        lang.load(folder)
