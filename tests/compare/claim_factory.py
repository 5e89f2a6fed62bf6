"""A small corpus factory for the checks: real article sentences, claims as the extractor gives them.

The rule set is a fake with exactly the attributes compare() reads: ruleset.rule(claim_type),
rule.compare.tolerance, rule.severity_for(check_id, default), rule.references, rule.description
(and rule.compare.severity, as the real rules have it: check id or "default" -> severity).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from factcheck.compare import compare
from factcheck.model import Claim, Document, Finding, stable_id
from factcheck.text import TextIndex


@dataclass
class FakeCompareSettings:
    tolerance: float = 0.0
    severity: dict[str, str] = field(default_factory=dict)    # check id or "default" -> severity


@dataclass
class FakeReference:
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    timex: str | None = None
    source: str | None = None
    date: str | None = None


@dataclass
class FakeRule:
    description: str
    compare: FakeCompareSettings = field(default_factory=FakeCompareSettings)
    references: list[FakeReference] = field(default_factory=list)

    def severity_for(self, check_id: str, default: str) -> str:
        severity = self.compare.severity
        return severity.get(check_id, severity.get("default", default))


class FakeRuleSet:
    def __init__(self, **rules: FakeRule):
        self.rules = rules

    def rule(self, claim_type: str) -> FakeRule | None:
        return self.rules.get(claim_type)


def rules(**rules: FakeRule) -> FakeRuleSet:
    return FakeRuleSet(**rules)


def rule(description: str, tolerance: float = 0.0, references: list[FakeReference] | None = None,
         **severities: str) -> FakeRule:
    return FakeRule(description, FakeCompareSettings(tolerance, severities), references or [])


class Corpus:
    """Documents with real text; claims located in them by their surface text."""

    def __init__(self) -> None:
        self.documents: dict[str, Document] = {}
        self.claims: list[Claim] = []

    def document(self, doc: str, text: str, date: str | None = None, lang: str = "de") -> str:
        self.documents[doc] = Document(doc=doc, text=text, lang=lang, date=date,
                                       date_source="front_matter" if date else None)
        return doc

    def claim(self, doc: str, text: str, *, kind: str = "quantity", subject: str | None = "TikTok",
              claim_type: str | None = "tiktok_users", nth: int = 0, **fields) -> Claim:
        document = self.documents[doc]
        start = -1
        for _ in range(nth + 1):
            start = document.text.index(text, start + 1)
        end = start + len(text)
        index = TextIndex(document.text)
        line, col = index.line_col(start)
        claim = Claim(id=stable_id("c", doc, start, text), doc=doc, start=start, end=end, line=line,
                      col=col, text=text, sentence=index.sentence(start, end), kind=kind,
                      subject=subject, claim_type=claim_type, lang=document.lang, **fields)
        self.claims.append(claim)
        return claim

    def compare(self, ruleset=None) -> list[Finding]:
        return compare(self.claims, self.documents, ruleset)


def only(findings: list[Finding], check: str) -> list[Finding]:
    return [f for f in findings if f.check == check]
