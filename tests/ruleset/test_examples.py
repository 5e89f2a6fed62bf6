"""`rules test`: examples through the real pipeline; wrong expectations fail, todo never does."""
from __future__ import annotations

import os
import shutil

import pytest

from factcheck.cli import main
from factcheck.errors import ConfigError
from factcheck.ruleset import load_rules
from factcheck.ruletest import test_directory
from factcheck.ruletest import run_rule, unmark

SHIPPED = os.path.join(os.path.dirname(__file__), "..", "..", "rules")


def rules_folder(tmp_path, rule_name: str, replace: tuple[str, str] | None = None, append: str = "") -> str:
    shutil.copy(os.path.join(SHIPPED, "entities.yaml"), tmp_path / "entities.yaml")
    text = open(os.path.join(SHIPPED, rule_name), encoding="utf-8").read()
    if replace:
        assert replace[0] in text
        text = text.replace(*replace)
    (tmp_path / rule_name).write_text(text + append, encoding="utf-8")
    return str(tmp_path)


def line_of(folder: str, rule_name: str, snippet: str) -> int:
    with open(os.path.join(folder, rule_name), encoding="utf-8") as f:
        return next(i for i, line in enumerate(f, 1) if snippet in line)


def test_unmark_keeps_offsets_of_the_plain_text():
    text, spans = unmark("Mit [[rund 100 Millionen Nutzern]] allein in den [[USA]].")
    assert text == "Mit rund 100 Millionen Nutzern allein in den USA."
    assert [text[s:e] for s, e in spans] == ["rund 100 Millionen Nutzern", "USA"]


def test_wrong_expected_value_fails_and_names_both_values(tmp_path):
    folder = rules_folder(tmp_path, "tiktok_users.yaml", ("expect: {value: 1.0e+8, approx: about, unit: Nutzer,",
                                                          "expect: {value: 1.0e+9, approx: about, unit: Nutzer,"))
    ruleset = load_rules(folder)
    outcome = run_rule(ruleset.rules["tiktok_users"], ruleset)
    assert outcome.failed
    assert outcome.lines[0] == "FAIL tiktok_users: 4 of 5 examples passed, 1 todo"
    line = line_of(folder, "tiktok_users.yaml", "[[rund 100 Millionen Nutzern]]")
    assert outcome.lines[1] == (f"  {folder}{os.sep}tiktok_users.yaml:{line}: [[rund 100 Millionen Nutzern]]: "
                                "expected value 1e+09, got 1e+08 (extraction)")


def test_negative_example_that_gets_typed_fails(tmp_path):
    folder = rules_folder(tmp_path, "walmart_stores.yaml",
                          append="  - not: Walmart betreibt in den USA rund 4.600 Märkte.\n")
    ruleset = load_rules(folder)
    outcome = run_rule(ruleset.rules["walmart_stores"], ruleset)
    assert outcome.failed
    assert outcome.lines[1].endswith("'rund 4.600 Märkte' (quantity, walmart_stores) was typed walmart_stores, "
                                     "but the example says it is not")


def test_todo_example_is_reported_but_never_fails(tmp_path):
    folder = rules_folder(tmp_path, "walmart_stores.yaml",
                          append="  - todo: Der Konzern betreibt [[11.600 Filialen]].\n")
    ruleset = load_rules(folder)
    outcome = run_rule(ruleset.rules["walmart_stores"], ruleset)
    assert not outcome.failed
    line = line_of(folder, "walmart_stores.yaml", "todo: Der Konzern")
    assert outcome.lines[-1] == (f"  {folder}{os.sep}walmart_stores.yaml:{line}: todo: still fails: "
                                 "[[11.600 Filialen]] was typed quantity:store (subject None), expected walmart_stores")


def test_rules_test_exits_1_on_a_failed_example(tmp_path, capsys):
    folder = rules_folder(tmp_path, "walmart_stores.yaml", ("expect: {value: 4600.0, approx: about",
                                                            "expect: {value: 4700.0, approx: about"))
    assert main(["rules", "test", folder]) == 1
    out = capsys.readouterr().out
    assert "FAIL walmart_stores: 4 of 5 examples passed" in out
    assert out.strip().endswith("0 rule(s) passed, 1 failed")


def test_rules_test_exits_0_when_every_example_passes(tmp_path, capsys):
    folder = rules_folder(tmp_path, "twitch_acquisition_price.yaml")
    assert main(["rules", "test", folder]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "ok   twitch_acquisition_price: 5 of 5 examples passed"


def test_rules_test_refuses_broken_rules(tmp_path):
    folder = rules_folder(tmp_path, "walmart_stores.yaml", ("tolerance: 0.05", "tolerance: 5"))
    with pytest.raises(ConfigError):
        test_directory(folder)
