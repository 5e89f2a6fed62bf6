"""The rule-file format: one claim type per YAML file under rules/, entities in rules/entities.yaml."""
from __future__ import annotations

import functools
from collections.abc import Sequence

from factcheck.errors import ConfigError, UserError
from factcheck.ruleset.load import SHIPPED, load, resolve_directory, shipped_entities
from factcheck.ruleset.rules import Reference, Rule, RuleSet

__all__ = ["SHIPPED", "ConfigError", "Reference", "Rule", "RuleSet", "check_directory", "describe",
           "empty_ruleset", "load_rules", "resolve_directory"]


def load_rules(directory: str | Sequence[str] | None, defaults: bool | None = None) -> RuleSet:
    """The rules of a folder (None: ./rules if it exists, else the shipped rules); with defaults given,
    the shipped rules (defaults True) plus every folder given (see load.load); ConfigError if broken."""
    ruleset, errors = load(directory, defaults)
    if errors:
        raise ConfigError(errors)
    return ruleset


def check_directory(directory: str | None) -> list[UserError]:
    """All problems of all rule files of a folder, sorted; empty when every file is valid."""
    return load(directory)[1]


def describe(directory: str | None) -> list[dict]:
    """One row per rule, the same keys in each, for `factcheck rules list`."""
    ruleset = load_rules(directory)
    rows = []
    for rule in ruleset.rules.values():
        examples = [e.spec for e in rule.examples]
        counts = (sum(e.text is not None for e in examples), sum(e.not_ is not None for e in examples),
                  sum(e.todo is not None for e in examples))
        rows.append({
            "id": rule.id,
            "subject": rule.subject.name,
            "kinds": ", ".join(rule.kinds),
            "units": ", ".join(rule.units),
            "qualifiers": ", ".join([*rule.qualifiers, *(["period"] if rule.period else [])]),
            "examples": f"{counts[0]} pos, {counts[1]} not, {counts[2]} todo",
            "description": rule.description,
        })
    return rows


@functools.cache
def empty_ruleset() -> RuleSet:
    """No rules, the shipped entities: what classify uses when it is given no rule set."""
    return RuleSet(directory="", rules={}, entities=shipped_entities())
