"""A document prepared once for typing all of its claims."""
from __future__ import annotations

from factcheck.classify.choose import RuleChoice
from factcheck.classify.descriptions import with_descriptions
from factcheck.classify.language import name_cues, whole_words
from factcheck.classify.measures import ACQUISITION, Measures
from factcheck.classify.places import (OPERATED, RESIDENT, demonym_endings, demonym_place, operator_of, place_stems,
                                       unit_and_place)
from factcheck.classify.projects import followed, project_measure, project_qualifiers, project_words
from factcheck.classify.period import Periods
from factcheck.classify.qualifiers import Qualifiers
from factcheck.classify.sentences import LOOK_BACK, DocumentMatches, Sentences
from factcheck.classify.subjects import EARLIER, HEADLINE, SENTENCE, Subjects
from factcheck.match.entities import EntityMention
from factcheck.match.phrases import Searchable
from factcheck.model import Claim, Document
from factcheck.ruleset import RuleSet
from factcheck.ruleset.rules import COUNT_KINDS, Rule

_NO_TIME = ("date", "duration")
_new, _set = object.__new__, object.__setattr__     # how pydantic itself fills a copy (frozen models refuse setattr)
SCOPE, METRIC = "scope", "metric"


class DocumentContext:
    """The parts that type a claim, sharing one document's sentences and matches."""

    def __init__(self, document: Document, ruleset: RuleSet, claims: list[Claim]):
        self.document, self.ruleset = document, ruleset
        doc = Searchable(document.text)
        cues = self.cues = name_cues(document.lang)
        mentions = ruleset.entity_index.mentions(doc, document.body_start, cues.discover)
        self.sentences = Sentences(document, mentions, DocumentMatches(doc, document.body_start))
        headline = self.sentences.headline
        self.measures = Measures(document.text, document.lang)
        verbs = [m.start for m in self.sentences.matches.all("lexicon", self.measures.cues)
                 if m.payload[0] == ACQUISITION]
        self.sentences.set_mentions(with_descriptions(mentions, doc, document.body_start, cues, self.sentences.index,
                                                      headline.end if headline is not None else 0, verbs,
                                                      project_words(document.lang)))
        places, names, followed_any = _by_kind(self.sentences.mentions)
        self.subjects = Subjects(self.sentences, self.measures.cues, followed_any)
        self.places = place_stems(places)
        self.names = names
        self._metrics: dict[str, tuple[int, str]] = {}     # counted thing -> (sentence start, its metric)
        self.projects = project_qualifiers(self.sentences.mentions, document.text, self.sentences.index,
                                           document.body_start, project_words(document.lang)) if followed_any else {}
        self.rules = RuleChoice(ruleset, self.sentences, self.subjects)
        numbers = sorted((c.start, c.end) for c in claims if c.kind not in _NO_TIME)
        dates = sorted((c for c in claims if c.kind == "date"), key=lambda c: c.start)
        self.qualifiers = Qualifiers(document.text, self.measures, Periods(document, numbers, dates))

    def classify(self, claim: Claim) -> Claim:
        sentence = self.sentences.of_claim(claim.start)
        thing, measure_from = None, None
        if claim.kind in COUNT_KINDS:
            thing, measure_from = self.measures.counted_thing(claim, sentence)
        rule, rank = self.rules.best_rule(claim, sentence, thing) if self.ruleset.rules else (None, 0)
        if rule is not None:
            subject, claim_type = rule.subject.name, rule.id
            subject_from, measure_from = _rank_basis(rank), "rule"
        else:
            place = demonym_place(thing, self.places, demonym_endings(self.document.lang)) if thing else None
            thing = RESIDENT if place else thing
            claim_type, key_from = self.measures.generic_key(claim, sentence, thing)
            subject, subject_from = self.subjects.subject_of(claim, sentence, thing, claim_type)
            if place:
                subject, subject_from = place, SENTENCE
            measure_from = measure_from or key_from
        qualifiers, period_from = self.qualifiers.of(claim, sentence, rule)
        unit = unit_and_place(subject, self.cues) if rule is None else None
        if unit is not None:
            subject, qualifiers[SCOPE] = unit
        elif rule is None:
            subject = operator_of(subject, self.names, self.cues) or subject
        if rule is None and subject in self.projects:
            # a project stands in one place, its owner's: a market ("in der Schweiz") is no slice of it
            claim_type = project_measure(claim_type)
            qualifiers.pop(SCOPE, None)
            qualifiers.update(self.projects[subject])
        if rule is None and thing is not None:
            self._carry_metric(claim, sentence, thing, qualifiers)
        if claim.qualifiers:
            qualifiers.update(claim.qualifiers)
        if len(qualifiers) > 1:
            qualifiers = dict(sorted(qualifiers.items()))
        basis = self._basis(claim, subject and subject_from, claim_type and measure_from, period_from, rule)
        return _typed(claim, {"subject": subject, "claim_type": claim_type, "qualifiers": qualifiers,
                              "basis": basis})

    def _carry_metric(self, claim: Claim, sentence, thing: str, qualifiers: dict[str, str]) -> None:
        """The metric of the same counted thing in the sentence before carries over ("die Marke von
        einer Million zahlender Abonnenten überschritten. Ende Juni zählte das Unternehmen 1,08
        Millionen Abonnenten": paying ones), unless a paragraph ends between them or the figure is
        the whole ("insgesamt")."""
        if METRIC in qualifiers:
            self._metrics[thing] = (sentence.start, qualifiers[METRIC])
            return
        before = self._metrics.get(thing)
        if before is None:
            return
        previous = self.sentences.previous(sentence)
        if previous is None or previous.start != before[0] or self.subjects.paragraph_break(previous, sentence):
            return
        if whole_words(self.document.lang).search(self.document.text, sentence.start, sentence.end):
            return
        qualifiers[METRIC] = before[1]

    def _basis(self, claim: Claim, subject: str | None, measure: str | None, period: str | None,
               rule: Rule | None) -> dict[str, str] | None:
        """Where subject, measure and period were read; a figure with no stated period is as of
        the publication date (period "inferred", as_of the date)."""
        basis = {}
        if subject:
            basis["subject"] = subject
        if measure:
            basis["measure"] = measure
        if period:
            basis["period"] = period
        elif claim.kind not in _NO_TIME and (rule is None or rule.period):
            basis["period"] = "inferred"
            if self.document.date:
                basis["as_of"] = self.document.date
        return basis or None


def _by_kind(mentions: list[EntityMention]) -> tuple[list[EntityMention], frozenset[str], bool]:
    """In one pass: the place mentions, the names an operator may be named after, and whether a
    project named by its kind is among them."""
    places, names, projects = [], set(), False
    for m in mentions:
        kind = m.entity.kind
        if kind == "place":
            places.append(m)
        elif kind in OPERATED and not m.by_description:
            names.add(m.entity.name)
        elif not projects and followed(m):
            projects = True
    return places, frozenset(names), projects


def _typed(claim: Claim, fields: dict) -> Claim:
    """The claim with its typing fields set, as model_copy(update=fields) makes it (no validation
    either way) but in half its time: model_copy copies the field dict and then updates it, copies
    the fields-set and extra, and checks for private attributes, which a Claim never has."""
    if claim.__pydantic_extra__ is not None or getattr(claim, "__pydantic_private__", None) is not None:
        return claim.model_copy(update=fields)
    typed = _new(type(claim))
    _set(typed, "__dict__", {**claim.__dict__, **fields})
    _set(typed, "__pydantic_extra__", None)
    _set(typed, "__pydantic_fields_set__", claim.__pydantic_fields_set__ | fields.keys())
    _set(typed, "__pydantic_private__", None)
    return typed


def _rank_basis(rank: int) -> str:
    if rank == 0:
        return SENTENCE
    return HEADLINE if rank == LOOK_BACK + 2 else EARLIER
