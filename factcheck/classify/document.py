"""A document prepared once for typing all of its claims."""
from __future__ import annotations

from factcheck.classify.choose import RuleChoice
from factcheck.classify.measures import Measures
from factcheck.classify.period import Periods
from factcheck.classify.qualifiers import Qualifiers
from factcheck.classify.sentences import DocumentMatches, Sentences
from factcheck.classify.subjects import Subjects
from factcheck.match.phrases import Searchable
from factcheck.model import Claim, Document
from factcheck.ruleset import RuleSet
from factcheck.ruleset.rules import COUNT_KINDS

_NO_TIME = ("date", "duration")


class DocumentContext:
    """The parts that type a claim, sharing one document's sentences and matches."""

    def __init__(self, document: Document, ruleset: RuleSet, claims: list[Claim]):
        self.document, self.ruleset = document, ruleset
        doc = Searchable(document.text)
        mentions = ruleset.entity_index.mentions(doc, document.lang, document.body_start)
        self.sentences = Sentences(document, mentions, DocumentMatches(doc, document.body_start))
        self.measures = Measures(document.text)
        self.subjects = Subjects(self.sentences)
        self.rules = RuleChoice(ruleset, self.sentences, self.subjects)
        numbers = sorted((c.start, c.end) for c in claims if c.kind not in _NO_TIME)
        self.qualifiers = Qualifiers(document.text, self.measures, Periods(document, numbers))

    def classify(self, claim: Claim) -> Claim:
        sentence = self.sentences.of_claim(claim.start)
        thing = self.measures.counted_thing(claim, sentence) if claim.kind in COUNT_KINDS else None
        rule = self.rules.best_rule(claim, sentence, thing) if self.ruleset.rules else None
        if rule is not None:
            subject, claim_type = rule.subject.name, rule.id
        else:
            subject = self.subjects.subject_of(claim, sentence, thing)
            claim_type = self.measures.generic_key(claim, sentence, thing)
        qualifiers = self.qualifiers.of(claim, sentence, rule)
        if claim.qualifiers:
            qualifiers.update(claim.qualifiers)
        if len(qualifiers) > 1:
            qualifiers = dict(sorted(qualifiers.items()))
        if subject == claim.subject and claim_type == claim.claim_type and qualifiers == claim.qualifiers:
            return claim                # a frozen model: nothing to copy when nothing changes
        return claim.model_copy(update={"subject": subject, "claim_type": claim_type, "qualifiers": qualifiers})
