"""Stage 3, type: claims + rules -> subject, claim_type, qualifiers."""
from __future__ import annotations


def classify(claims, document, ruleset):
    return claims
