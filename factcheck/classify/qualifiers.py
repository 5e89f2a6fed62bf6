"""A claim's qualifiers: scope and metric from the phrase nearest it, the rule's own, the period."""
from __future__ import annotations

import re

from factcheck.classify.measures import Measures
from factcheck.classify.nearest import nearest
from factcheck.classify.period import Periods
from factcheck.classify.sentences import Sentence
from factcheck.match.phrases import Match
from factcheck.model import Claim
from factcheck.ruleset.rules import Rule

_AFTER_CLAIM = 40                  # characters after a claim where a qualifying phrase may follow it
_CLAUSE_BREAK = re.compile(r"[,;:–—(]")
_NO_TIME = ("date", "duration")


class Qualifiers:
    """The qualifiers of the claims of one document."""

    def __init__(self, text: str, measures: Measures, periods: Periods):
        self.text, self.measures, self.periods = text, measures, periods

    def of(self, claim: Claim, sentence: Sentence, rule: Rule | None) -> tuple[dict[str, str], str | None]:
        """scope and metric from the phrase nearest the claim; the rule's own qualifiers and
        defaults; the period (a year or quarter in the sentence, else the publication year) and
        where it was read."""
        found: dict[str, str] = {}
        cues = self.measures.cues
        for name in ("scope", "metric"):
            matches = sentence.lexicon(name, cues)
            if matches:
                match = self._qualifying(matches, claim)
                if match is not None:
                    found[name] = match.payload
        if rule is not None:
            for name, spec, key, matcher in rule.qualifier_lookups:
                match = self._qualifying(sentence.find(key, matcher), claim)
                if match is not None:
                    found[name] = match.payload
                elif name not in found and spec.default is not None:
                    found[name] = spec.default
        period_from = rule.period if rule is not None else "sentence"
        source = None
        if period_from and claim.kind not in _NO_TIME:
            period, source = self.periods.period(claim, sentence, publication=period_from == "publication")
            if period:
                found["period"] = period
        return found, source

    def _qualifying(self, matches: list[Match], claim: Claim) -> Match | None:
        """The phrase nearest the claim that can qualify it: before it in the sentence, or right
        after it ("100 Millionen Nutzer allein in den USA"), not after a comma ("2 Millionen
        Mitarbeiter, die meisten davon in den USA")."""
        usable = [m for m in matches if m.start < claim.end or (
            m.start - claim.end <= _AFTER_CLAIM and not _CLAUSE_BREAK.search(self.text, claim.end, m.start))]
        return nearest(usable, claim)
