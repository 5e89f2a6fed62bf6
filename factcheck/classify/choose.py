"""Choosing the rule that types a claim, among the few indexed under what the claim shows."""
from __future__ import annotations

from factcheck.classify.sentences import Sentence, Sentences
from factcheck.classify.subjects import Subjects
from factcheck.match.phrases import fold
from factcheck.model import Claim
from factcheck.ruleset import RuleSet
from factcheck.ruleset.rules import COUNT_KINDS, Rule


class RuleChoice:
    """The best rule for each claim of one document."""

    def __init__(self, ruleset: RuleSet, sentences: Sentences, subjects: Subjects):
        self.ruleset, self.sentences, self.subjects = ruleset, sentences, subjects

    def best_rule(self, claim: Claim, sentence: Sentence, thing: str | None) -> tuple[Rule | None, int]:
        """The rule that types the claim and how near its subject was (Subjects.rank). Only rules indexed under the claim's kind, unit, counted
        thing or a cue of its sentence are tried, so typing costs the same with 5 rules or 500."""
        rs = self.ruleset
        kind, unit = claim.kind, claim.unit
        cue_distance = self.cue_rules(sentence)
        kind_only = rs.kind_only.get(kind, ())
        folded_unit = fold(unit) if unit else None
        unit_rules = rs.by_thing.get(folded_unit, ()) if folded_unit else ()
        thing_rules = rs.by_thing.get(thing, ()) if thing else ()
        if not (kind_only or cue_distance or unit_rules or thing_rules):
            return None, 0
        candidates = {*kind_only, *cue_distance, *unit_rules, *thing_rules}
        best: tuple | None = None
        for rule_id in candidates:
            rule = rs.rules[rule_id]
            if kind not in rule.kinds or not rule.accepts_unit(unit, thing):
                continue
            by_unit = kind in COUNT_KINDS and bool(rule.units) and (
                (folded_unit is not None and folded_unit in rule.things) or thing in rule.things)
            distance = cue_distance.get(rule_id)
            by_cue = distance is not None and distance <= rule.look_back
            if rule_id not in kind_only and not (by_unit or by_cue):
                continue
            rank = self.subjects.rank(rule, claim, sentence)
            if rank is None:
                continue
            score = (rank, not by_unit, distance or 0, rule_id)
            if best is None or score < best[0]:
                best = (score, rule)
        return (best[1], best[0][0]) if best else (None, 0)

    def cue_rules(self, sentence: Sentence) -> dict[str, int]:
        """Rules with a cue in the sentence (0) or in one of the sentences before it (1, 2, 3)."""
        if sentence.cue_rules is None:
            sentence.cue_rules = self._find_cue_rules(sentence)
        return sentence.cue_rules

    def _find_cue_rules(self, sentence: Sentence) -> dict[str, int]:
        matcher = self.ruleset.cue_matcher
        if not self.sentences.matches.all("cues", matcher):
            return {}
        found = {m.payload: 0 for m in sentence.find("cues", matcher)}
        current = sentence
        for distance in range(1, self.ruleset.max_look_back + 1):
            current = self.sentences.previous(current)
            if current is None:
                break
            for m in current.find("cues", matcher):
                found.setdefault(m.payload, distance)
        return found
