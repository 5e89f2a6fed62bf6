"""Every example of every shipped rule, through the real extractor and classify: one test each."""
from __future__ import annotations

import os

import pytest

from factcheck.ruleset import load_rules
from factcheck.ruletest import run_example

SHIPPED = os.path.join(os.path.dirname(__file__), "..", "rules")
RULESET = load_rules(SHIPPED)
EXAMPLES = [(rule, case) for rule in RULESET.rules.values() for case in rule.examples]


@pytest.mark.parametrize("rule, case", EXAMPLES, ids=[f"{r.id}:{c.line}" for r, c in EXAMPLES])
def test_shipped_rule_example(rule, case):
    verdict = run_example(rule, case, RULESET)
    if case.spec.todo is not None:
        pytest.skip(f"todo: {'passes now' if verdict.passed else verdict.message}")
    assert verdict.passed, verdict.message


@pytest.mark.parametrize("rule", list(RULESET.rules.values()), ids=list(RULESET.rules))
def test_shipped_rule_has_two_positive_and_one_negative_example(rule):
    positive = sum(c.spec.text is not None for c in rule.examples)
    negative = sum(c.spec.not_ is not None for c in rule.examples)
    assert positive >= 2 and negative >= 1, (positive, negative)


def test_the_seed_claim_types_are_shipped():
    assert set(RULESET.rules) >= {"tiktok_users", "walmart_stores", "walmart_employees",
                                  "twitch_acquisition_price", "douyin_ecommerce_volume",
                                  "tiktok_us_ban_deadline", "tiktok_shop_us_launch"}
