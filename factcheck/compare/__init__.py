"""Stage 4, compare: claims hashed into groups, then each check over each group (cost: see groups.py)."""
from __future__ import annotations

import gc
from collections.abc import Iterable, Mapping

from factcheck.compare import (contradiction, not_comparable, reference_mismatch, scale_mismatch,
                               unit_mismatch, updated)
from factcheck.compare.groups import ClaimGroup, Context, group_claims, project_names
from factcheck.compare.pairs import VAGUE_KEYS
from factcheck.model import CHECK_IDS, SEVERITY_RANK, Claim, Document, Finding

# Precedence (model.CHECK_IDS): a pair an earlier check reported is not reported again. `updated`
# is asked before `contradiction`: two values that do not overlap are an update when the later
# source signals the change, and a contradiction only when it does not.
CHECKS = (scale_mismatch, unit_mismatch, updated, contradiction, not_comparable, reference_mismatch)
assert tuple(check.ID for check in CHECKS) == CHECK_IDS, "compare.CHECKS and model.CHECK_IDS disagree"
_CHECK_ORDER = {check.ID: i for i, check in enumerate(CHECKS)}
# Zero-config amounts of money are hashed by subject only: "64 Millionen Euro" the project costs
# (money:amount, no cue) and "71 Millionen Euro" (money:price) may be one fact; pairs.py tells a
# measure stated on both sides from one stated on one side only (see VAGUE_KEYS there).
MONEY = "money"


def compare(claims: Iterable[Claim], documents: Mapping[str, Document], ruleset) -> list[Finding]:
    """Findings across documents, most severe first, in an order that is the same from run to run."""
    claims = list(claims)
    groups = _families(group_claims(claims), ruleset)
    context = _context(documents, ruleset, project_names(groups))
    # the groups' tables (a few hundred thousand small tuples, lists and verdicts) are dropped group by
    # group: collecting garbage while they are made would only walk them again and again (a sixth of
    # the comparison on 10,000 articles)
    collecting = gc.isenabled()
    gc.disable()
    try:
        findings = _check_groups(groups, documents, ruleset, context)
    finally:
        if collecting:
            gc.enable()
    named = {i for finding in findings for i in finding.claims}
    position = {c.id: (c.doc, c.start) for members in groups.values() for c in members if c.id in named}
    return sorted(findings, key=lambda f: (-SEVERITY_RANK[f.severity], _CHECK_ORDER[f.check],
                                           f.claim_type or "", f.subject or "",
                                           [position.get(i, ("", 0)) for i in f.claims], f.id))


def _check_groups(groups: dict, documents: Mapping[str, Document], ruleset, context: Context) -> list[Finding]:
    findings: list[Finding] = []
    for claim_type, subject in sorted(groups):
        rule = ruleset.rule(claim_type) if ruleset is not None else None
        if rule is None and claim_type in VAGUE_KEYS:
            continue
        group = ClaimGroup(claim_type, subject, groups[(claim_type, subject)], rule, documents, context)
        findings.extend(check_group(group))
        group.release()
    return findings


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


def _families(groups: dict, ruleset) -> dict:
    """Groups of generic money keys of one subject joined into one ("money", subject) group."""
    joined: dict = {}
    for (claim_type, subject), members in groups.items():
        generic = claim_type.startswith(MONEY + ":") and (ruleset is None or ruleset.rule(claim_type) is None)
        joined.setdefault((MONEY if generic else claim_type, subject), []).extend(members)
    return joined


def _context(documents: Mapping[str, Document], ruleset, projects: Mapping[str, tuple[str, ...]]) -> Context:
    """What the rule set adds to every group: unit equivalences, change words, the entities' other
    names; and the names each project group's articles give their project."""
    entities = getattr(ruleset, "entities", None) or {}
    aliases = {name: tuple(getattr(entity, "aliases", ()) or ()) for name, entity in entities.items()}
    aliases.update(projects)
    return Context(documents=documents, unit_aliases=getattr(ruleset, "unit_aliases", None) or {},
                   signals=getattr(ruleset, "change_signals", None) or {}, aliases=aliases)
