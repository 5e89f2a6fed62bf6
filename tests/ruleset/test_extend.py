"""Rules extend, never replace: --rules adds folders to the shipped rules; --no-default-rules leaves them out."""
from __future__ import annotations

import json

import pytest

from factcheck.cli import main
from factcheck.errors import ConfigError
from factcheck.ruleset import load_rules
from factcheck.ruleset.load import SHIPPED

STREAMING_RULE = """\
id: netflix_subscribers
description: Netflix paid subscribers.
subject: {name: Netflix, kind: app, aliases: [Netflix]}
claim: {kinds: [quantity, number], units: [Abonnent, subscriber, Abo]}
compare:
  same_units: [[Abonnent, Abo, subscriber]]
  change: {de: [hinzugewonnen], en: [climbed to]}
examples:
  - text: Netflix zählt [[238 Millionen Abonnenten]].
"""


def write_rule(folder, text=STREAMING_RULE, name="netflix_subscribers.yaml"):
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return str(folder)


def test_a_rule_folder_adds_to_the_shipped_rules_and_entities(tmp_path):
    shipped = load_rules([], defaults=True)
    ruleset = load_rules([write_rule(tmp_path / "mine")], defaults=True)

    assert set(ruleset.rules) == set(shipped.rules) | {"netflix_subscribers"}
    assert "TikTok" in ruleset.entities and "Netflix" in ruleset.entities


def test_folders_given_twice_add_up_and_a_later_rule_replaces_one_of_the_same_id(tmp_path):
    first = write_rule(tmp_path / "a")
    second = write_rule(tmp_path / "b", STREAMING_RULE.replace("Netflix paid subscribers.", "Netflix subscribers, "
                                                                                           "by the second folder."))
    ruleset = load_rules([first, second], defaults=True)

    assert ruleset.rules["netflix_subscribers"].description.endswith("by the second folder.")


def test_without_the_default_rules_only_the_given_folders_count(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()

    assert load_rules([str(empty)], defaults=False).rules == {}
    assert load_rules([str(empty)], defaults=False).entities == {}
    assert set(load_rules([write_rule(tmp_path / "mine")], defaults=False).rules) == {"netflix_subscribers"}


def test_the_shipped_folder_given_again_is_read_once(tmp_path):
    assert set(load_rules([SHIPPED], defaults=True).rules) == set(load_rules([], defaults=True).rules)


def test_a_rule_declares_units_the_same_and_adds_change_words(tmp_path):
    ruleset = load_rules([write_rule(tmp_path / "mine")], defaults=False)

    assert {ruleset.unit_aliases[u] for u in ("abonnent", "abo", "subscriber")} == {"Abonnent"}
    assert ruleset.change_signals == {"de": ("hinzugewonnen",), "en": ("climbed to",)}


def test_same_units_needs_two_units_at_least(tmp_path):
    folder = write_rule(tmp_path / "mine", STREAMING_RULE.replace("[[Abonnent, Abo, subscriber]]", "[[Abonnent]]"))

    with pytest.raises(ConfigError, match="same_units"):
        load_rules([folder], defaults=False)


def test_run_with_no_default_rules_and_a_missing_folder_is_a_usage_error(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("Netflix zählt 238 Millionen Abonnenten.\n", encoding="utf-8")

    code = main(["run", str(article), "--no-default-rules", "--rules", str(tmp_path / "missing"),
                 "--out", str(tmp_path / "out")])

    assert code == 2 and "no such rule folder" in capsys.readouterr().err


def test_a_rules_change_word_makes_a_new_figure_an_update(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("---\ndate: 2024-01-10\n---\nNetflix zählt 230 Millionen Abonnenten.\n",
                                encoding="utf-8")
    (news / "b.txt").write_text("---\ndate: 2024-04-10\n---\nNetflix hat 238 Millionen Abos, acht Millionen "
                                "hinzugewonnen.\n", encoding="utf-8")
    rules = write_rule(tmp_path / "mine")

    without = main(["run", str(news), "--rules", rules, "--out", str(tmp_path / "o1"), "--format", "json",
                    "--fail-on", "never"])
    report = json.loads((tmp_path / "o1" / "report.json").read_text(encoding="utf-8"))

    assert without == 0
    assert [f["check"] for f in report["findings"]] == ["updated"]


def test_without_the_rules_change_word_the_same_figures_contradict(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("---\ndate: 2024-01-10\n---\nNetflix zählt 230 Millionen Abonnenten.\n",
                                encoding="utf-8")
    (news / "b.txt").write_text("---\ndate: 2024-01-12\n---\nNetflix hat 238 Millionen Abos, acht Millionen "
                                "hinzugewonnen.\n", encoding="utf-8")
    rules = write_rule(tmp_path / "mine", STREAMING_RULE.replace("  change: {de: [hinzugewonnen], en: [climbed to]}\n",
                                                                 ""))

    main(["run", str(news), "--rules", rules, "--out", str(tmp_path / "o"), "--format", "json", "--fail-on", "never"])
    report = json.loads((tmp_path / "o" / "report.json").read_text(encoding="utf-8"))

    assert [(f["check"], f["severity"]) for f in report["findings"]] == [("contradiction", "warning")]
