"""A rule's examples as tests: each text goes through the real extractor and classify."""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from factcheck.classify import classify
from factcheck.documents import detect_language
from factcheck.extract import extract
from factcheck.model import Claim, Document
from factcheck.ruleset import load_rules
from factcheck.ruleset.rules import ExampleCase, Rule, RuleSet
from factcheck.ruleset.schema import MARK

# Fields the extractor decides; a mismatch there is an extraction problem, not a rule problem.
EXTRACTED = ("kind", "value", "low", "high", "approx", "unit", "timex", "timex_mod")


@dataclass
class Outcome:
    """The result of one rule's examples: lines to print, and whether one failed."""

    rule_id: str
    failed: bool
    lines: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Verdict:
    passed: bool
    message: str = ""
    extraction: bool = False      # failed only because the extractor gave something else


def unmark(text: str) -> tuple[str, list[tuple[int, int]]]:
    """'Mit [[rund 100 Millionen]] ...' -> the text without brackets, and the marked spans."""
    plain, spans, last = [], [], 0
    length = 0
    for m in MARK.finditer(text):
        before = text[last:m.start()]
        plain.append(before)
        length += len(before)
        spans.append((length, length + len(m.group(1))))
        plain.append(m.group(1))
        length += len(m.group(1))
        last = m.end()
    plain.append(text[last:])
    return "".join(plain), spans


def run_rules(ruleset: RuleSet) -> list[Outcome]:
    """Every example of every rule; todo examples are reported and never fail."""
    return [run_rule(rule, ruleset) for rule in ruleset.rules.values()]


def run_rule(rule: Rule, ruleset: RuleSet) -> Outcome:
    failures: list[str] = []
    todos: list[str] = []
    passed = counted = 0
    for case in rule.examples:
        verdict = run_example(rule, case, ruleset)
        where = f"{rule.path}:{case.line}"
        if case.spec.todo is not None:
            state = "passes now; make it a 'text' example" if verdict.passed else f"still fails: {verdict.message}"
            todos.append(f"  {where}: todo: {state}")
            continue
        counted += 1
        if verdict.passed:
            passed += 1
        else:
            cause = " (extraction)" if verdict.extraction else ""
            failures.append(f"  {where}: {verdict.message}{cause}")
    failed = bool(failures)
    head = f"{'FAIL' if failed else 'ok  '} {rule.id}: {passed} of {counted} example{'s' if counted != 1 else ''} passed"
    if todos:
        head += f", {len(todos)} todo"
    return Outcome(rule.id, failed, [head, *failures, *todos])


def run_example(rule: Rule, case: ExampleCase, ruleset: RuleSet) -> Verdict:
    """Extract and type the example text, then check it against what the example says."""
    spec = case.spec
    raw = spec.text if spec.text is not None else spec.not_ if spec.not_ is not None else spec.todo
    text, marks = unmark(raw)
    document = Document(doc=f"{rule.path}:{case.line}", text=text, lang=spec.lang or detect_language(text),
                        date=spec.date)
    claims = classify(extract(document), document, ruleset)
    if spec.not_ is not None or not marks:
        typed = [c for c in claims if c.claim_type == rule.id]
        if typed:
            return Verdict(False, f"{_quote(typed[0])} was typed {rule.id}, but the example says it is not")
        return Verdict(True)
    for start, end in marks:
        verdict = _check_mark(rule, spec, text[start:end], _claim_at(claims, start, end), claims)
        if not verdict.passed:
            return verdict
    return Verdict(True)


def _claim_at(claims: list[Claim], start: int, end: int) -> Claim | None:
    overlapping = [c for c in claims if c.start < end and c.end > start]
    return max(overlapping, key=lambda c: (min(c.end, end) - max(c.start, start), -abs(c.start - start)),
               default=None)


def _check_mark(rule: Rule, spec, marked: str, claim: Claim | None, claims: list[Claim]) -> Verdict:
    if claim is None:
        found = ", ".join(_quote(c) for c in claims) or "nothing"
        return Verdict(False, f"no claim at [[{marked}]]; the extractor found {found}", extraction=True)
    if claim.claim_type != rule.id:
        return Verdict(False, f"[[{marked}]] was typed {claim.claim_type or 'with no claim type'} "
                              f"(subject {claim.subject}), expected {rule.id}")
    expect = spec.expect
    if expect is None:
        return Verdict(True)
    wrong: list[str] = []
    extraction = True
    for name in sorted(expect.model_fields_set):
        wanted = getattr(expect, name)
        if name == "qualifiers":
            for key, value in sorted(wanted.items()):
                got = claim.qualifiers.get(key)
                if got != value:
                    wrong.append(f"qualifier {key} {value!r}, got {got!r}")
                    extraction = False
            continue
        got = getattr(claim, name)
        if not _same(wanted, got):
            wrong.append(f"{name} {_show(wanted)}, got {_show(got)}")
            extraction = extraction and name in EXTRACTED
    if wrong:
        return Verdict(False, f"[[{marked}]]: expected " + "; expected ".join(wrong), extraction=extraction)
    return Verdict(True)


def _same(wanted: object, got: object) -> bool:
    if isinstance(wanted, float) and isinstance(got, (int, float)):
        return math.isclose(wanted, got, rel_tol=1e-9, abs_tol=1e-12)
    return wanted == got


def _show(value: object) -> str:
    if isinstance(value, float):
        return f"{value:g}" if abs(value) < 1e15 else repr(value)
    return repr(value)


def _quote(claim: Claim) -> str:
    return f"{claim.text!r} ({claim.kind}, {claim.claim_type or 'untyped'})"


def test_directory(directory: str | None) -> list[Outcome]:
    """Run every rule's examples of a folder through extract and classify: one Outcome per rule."""
    return run_rules(load_rules(directory))


test_directory.__test__ = False      # not a pytest test, despite the name
