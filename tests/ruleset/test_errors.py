"""Broken rule files -> the exact message, line and column a user sees (rules check, extract, run)."""
from __future__ import annotations

import os
import shutil

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.cli import main
from factcheck.errors import ConfigError
from factcheck.ruleset import check_directory, load_rules

BROKEN = os.path.join(os.path.dirname(__file__), "broken")
SEED = os.path.join(os.path.dirname(__file__), "..", "..", "seeds", "001_1672975afc17639a.txt")
SHIPPED_RULES = os.path.join(os.path.dirname(__file__), "..", "..", "rules")

CASES = [
    (["bad_yaml.yaml"],
     ["bad_yaml.yaml:6:8: error: invalid YAML: did not find expected ',' or ']' "
      "(while parsing a flow sequence at line 5, column 10)"]),
    (["unknown_key.yaml"],
     ["unknown_key.yaml:5:3: error: unknown key 'aliasses' in 'subject'; did you mean 'aliases'?"]),
    (["unknown_top_key.yaml"],
     ["unknown_top_key.yaml:7:1: error: unknown key 'tolerance'; it belongs under 'compare'"]),
    (["wrong_type.yaml"],
     ["wrong_type.yaml:5:10: error: 'kinds' must be a list, got 'quantity'"]),
    (["unknown_kind.yaml"],
     ["unknown_kind.yaml:5:11: error: each item of 'kinds' must be one of number, money, percent, quantity, "
      "date, duration, got 'quantitiy'; did you mean 'quantity'?"]),
    (["tolerance_range.yaml"],
     ["tolerance_range.yaml:8:14: error: 'tolerance' must be between 0 and 1, got 15"]),
    (["invalid_regex.yaml"],
     ["invalid_regex.yaml:8:20: error: invalid regular expression /Nutzer(innen/: missing ), "
      "unterminated subpattern at position 6"]),
    (["duplicate_id.yaml", "duplicate_id.yml"],
     ["duplicate_id.yml:2:5: error: duplicate id 'duplicate_id'; also in duplicate_id.yaml:1:5"]),
    (["wrong_name.yaml"],
     ["wrong_name.yaml:1:5: error: id 'walmart_stores' must be the file name; rename the file or set "
      "'id: wrong_name'"]),
    (["no_example.yaml"],
     ["no_example.yaml:7:1: error: rule 'no_example' has no positive example; add one under 'examples' as "
      "'text' with the claim marked [[like this]]"]),
    (["unmarked_example.yaml"],
     ["unmarked_example.yaml:9:5: error: mark the expected claim in the text [[like this]]"]),
    (["unknown_entity.yaml"],
     ["unknown_entity.yaml:3:10: error: unknown entity 'Wallmart' in 'subject'; did you mean 'Walmart'?"]),
    (["missing_key.yaml"],
     ["missing_key.yaml:1:1: error: missing key 'description'"]),
    (["unknown_check.yaml"],
     ["unknown_check.yaml:9:43: error: unknown key 'contradicton' in 'severity'; did you mean 'contradiction'?"]),
    (["bad_expectation.yaml"],
     ["bad_expectation.yaml:10:37: error: 'approx' must be one of exact, about, almost, more_than, at_least, "
      "less_than, at_most, got 'roughly'"]),
]


def _folder_with(tmp_path, names: list[str]) -> str:
    for name in names:
        shutil.copy(os.path.join(BROKEN, name), tmp_path / name)
    return str(tmp_path)


def _relative(errors, folder: str) -> list[str]:
    return [str(e).replace(folder + os.sep, "") for e in errors]


@pytest.mark.parametrize("names, expected", CASES, ids=[c[0][0].split(".")[0] for c in CASES])
def test_broken_rule_file_gives_exact_message(tmp_path, names, expected):
    folder = _folder_with(tmp_path, names)
    assert _relative(check_directory(folder), folder) == expected


def test_every_broken_file_is_in_a_case():
    used = {name for names, _ in CASES for name in names}
    assert used == set(os.listdir(BROKEN))


def test_all_problems_of_all_files_are_listed_sorted(tmp_path):
    folder = _folder_with(tmp_path, ["unknown_key.yaml", "tolerance_range.yaml", "wrong_type.yaml"])
    assert _relative(check_directory(folder), folder) == [
        "tolerance_range.yaml:8:14: error: 'tolerance' must be between 0 and 1, got 15",
        "unknown_key.yaml:5:3: error: unknown key 'aliasses' in 'subject'; did you mean 'aliases'?",
        "wrong_type.yaml:5:10: error: 'kinds' must be a list, got 'quantity'",
    ]


def test_several_problems_in_one_file_each_have_their_position(tmp_path):
    (tmp_path / "walmart_stores.yaml").write_text(
        "id: walmart_stores\n"
        "description: Walmart stores.\n"
        "subject: {entity: Walmart, min_score: 150}\n"
        "claim: {kinds: [quantity], units: [Filiale]}\n"
        "cues: {de: [Filiale], look_back: 9}\n"
        "references:\n"
        "  - {value: 10500, date: 2020-13, source: Walmart annual report}\n"
        "examples:\n"
        "  - text: Walmart betreibt [[11.600 Filialen]].\n", encoding="utf-8")
    assert _relative(check_directory(str(tmp_path)), str(tmp_path)) == [
        "walmart_stores.yaml:3:39: error: 'min_score' must be between 0 and 100, got 150",
        "walmart_stores.yaml:5:34: error: 'look_back' must be between 0 and 3, got 9",
        "walmart_stores.yaml:7:26: error: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got '2020-13'",
    ]


def test_broken_entities_file_is_reported(tmp_path):
    (tmp_path / "entities.yaml").write_text(
        "entities:\n"
        "  - name: Walmart\n"
        "    aliases: [Walmart, Wal-Mart]\n"
        "  - name: Wal-Mart Stores\n"
        "    aliases: [Wal-Mart]\n"
        "  - name: Aldi\n"
        "    kind: discounter\n", encoding="utf-8")
    assert _relative(check_directory(str(tmp_path)), str(tmp_path)) == [
        "entities.yaml:4:11: error: alias 'Wal-Mart' of 'Wal-Mart Stores' is already a name or alias of 'Walmart'",
        "entities.yaml:7:11: error: 'kind' must be one of company, organization, app, product, person, place, "
        "media, got 'discounter'",
    ]


def test_missing_folder_is_a_config_error(tmp_path):
    missing = str(tmp_path / "nope")
    with pytest.raises(ConfigError) as raised:
        load_rules(missing)
    assert [str(e) for e in raised.value.errors] == [f"{missing}: error: no such rule folder"]


def test_folder_without_rule_files_loads_zero_rules(tmp_path):
    assert load_rules(str(tmp_path)).rules == {}


def test_rules_check_prints_messages_and_exits_2(tmp_path, capsys):
    folder = _folder_with(tmp_path, ["unknown_key.yaml"])
    assert main(["rules", "check", folder]) == 2
    err = capsys.readouterr().err
    assert err.strip() == (f"{folder}{os.sep}unknown_key.yaml:5:3: error: unknown key 'aliasses' in 'subject'; "
                           "did you mean 'aliases'?")
    assert "Traceback" not in err


def test_extract_refuses_broken_rules_with_the_same_message(tmp_path, capsys):
    folder = _folder_with(tmp_path, ["tolerance_range.yaml"])
    assert main(["extract", SEED, "--rules", folder]) == 2
    captured = capsys.readouterr()
    assert captured.err.strip() == (f"{folder}{os.sep}tolerance_range.yaml:8:14: error: 'tolerance' must be "
                                    "between 0 and 1, got 15")
    assert captured.out == ""


def test_rules_check_accepts_the_shipped_rules(capsys):
    shipped = os.path.join(os.path.dirname(__file__), "..", "..", "rules")
    assert main(["rules", "check", shipped]) == 0
    assert capsys.readouterr().err == ""


_VALUES = st.recursive(st.none() | st.booleans() | st.integers(-5, 200) | st.floats(allow_nan=False, width=32)
                       | st.text(max_size=8),
                       lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner,
                                                                                     max_size=3),
                       max_leaves=6)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.lists(st.integers(0, 9), min_size=1, max_size=3), value=_VALUES)
def test_any_wrong_value_gives_positioned_messages_never_a_traceback(tmp_path, path, value):
    with open(os.path.join(SHIPPED_RULES, "tiktok_users.yaml"), encoding="utf-8") as f:
        data = yaml.safe_load(f)
    node = data
    for step in path[:-1]:                 # walk down a few levels, then replace what is there
        keys = list(node) if isinstance(node, dict) else list(range(len(node))) if isinstance(node, list) else []
        if not keys or not isinstance(node[keys[step % len(keys)]], (dict, list)):
            break
        node = node[keys[step % len(keys)]]
    keys = list(node) if isinstance(node, dict) else list(range(len(node)))
    node[keys[path[-1] % len(keys)]] = value
    (tmp_path / "tiktok_users.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    for error in check_directory(str(tmp_path)):
        assert error.line is not None and error.col is not None, error
        assert "Input should" not in error.message and "{" not in error.message.split("'")[0], error
