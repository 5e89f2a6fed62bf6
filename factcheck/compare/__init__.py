"""Stage 4, compare: claims hashed into groups, then each check over each group (cost: see groups.py)."""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from factcheck.compare import (contradiction, not_comparable, reference_mismatch, scale_mismatch,
                               unit_mismatch, updated)
from factcheck.compare.groups import ClaimGroup, group_claims
from factcheck.model import CHECK_IDS, SEVERITY_RANK, Claim, Document, Finding

# Precedence (model.CHECK_IDS): a pair an earlier check reported is not reported again. `updated`
# is asked before `contradiction`: two values that do not overlap are an update when the later
# source signals the change, and a contradiction only when it does not.
CHECKS = (scale_mismatch, unit_mismatch, updated, contradiction, not_comparable, reference_mismatch)
assert tuple(check.ID for check in CHECKS) == CHECK_IDS, "compare.CHECKS and model.CHECK_IDS disagree"
_CHECK_ORDER = {check.ID: i for i, check in enumerate(CHECKS)}


def compare(claims: Iterable[Claim], documents: Mapping[str, Document], ruleset) -> list[Finding]:
    """Findings across documents, most severe first, in an order that is the same from run to run."""
    claims = list(claims)
    findings: list[Finding] = []
    groups = group_claims(claims)
    for claim_type, subject in sorted(groups):
        rule = ruleset.rule(claim_type) if ruleset is not None else None
        members = groups[(claim_type, subject)]
        if rule is None:
            # A company has many events and deadlines: without a rule that names one, dates and
            # durations under a generic key ('date:event') are not one fact and are not compared.
            members = [c for c in members if c.kind not in ("date", "duration")]
        if members:
            group = ClaimGroup(claim_type, subject, members, rule, documents)
            findings.extend(check_group(group))
    position = {c.id: (c.doc, c.start) for members in groups.values() for c in members}   # findings name no other
    return sorted(findings, key=lambda f: (-SEVERITY_RANK[f.severity], _CHECK_ORDER[f.check],
                                           f.claim_type or "", f.subject or "",
                                           [position.get(i, ("", 0)) for i in f.claims], f.id))


def check_group(group: ClaimGroup) -> list[Finding]:
    """Every check over one group, in precedence order; each pair of claims is reported once."""
    checks = CHECKS if len({c.doc for c in group.claims}) > 1 else (reference_mismatch,)
    findings: list[Finding] = []
    for check in checks:
        for finding in check.check(group):
            key = frozenset(finding.claims)
            if key not in group.reported:
                group.reported.add(key)
                findings.append(finding)
    return findings
