"""The rule-file format: one claim type per YAML file under rules/."""
from __future__ import annotations


class RuleSet:
    """Placeholder until the rule format lands."""


def load_rules(directory: str | None) -> RuleSet | None:
    return None
