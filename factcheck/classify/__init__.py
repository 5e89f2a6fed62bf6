"""Stage 3, type: claims + rules -> subject, claim_type and qualifiers (generic keys where no rule applies).

sentences: the document's sentences and what stands in them; measures: what a figure counts and its
generic key; subjects: whom it is about; choose: the rule that types it; qualifiers and period.
"""
from __future__ import annotations

from factcheck.classify.document import DocumentContext
from factcheck.model import Claim, Document
from factcheck.ruleset import RuleSet, empty_ruleset

__all__ = ["DocumentContext", "classify"]


def classify(claims: list[Claim], document: Document, ruleset: RuleSet | None) -> list[Claim]:
    """The claims with subject, claim_type and qualifiers filled in; the extractor's qualifiers stay."""
    if not claims:
        return claims
    context = DocumentContext(document, ruleset if ruleset is not None else empty_ruleset(), claims)
    return [context.classify(claim) for claim in claims]
