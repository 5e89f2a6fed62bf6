"""Whom a figure is about: the entity named in its sentence, the sentences around it, or the headline."""
from __future__ import annotations

from factcheck.classify.nearest import nearest_mention
from factcheck.classify.sentences import LOOK_BACK, Sentence, Sentences
from factcheck.match.entities import PRIMARY_KINDS, EntityMention
from factcheck.model import Claim
from factcheck.ruleset.rules import Rule

PLACE_THINGS = frozenset({"resident", "household", "apartment"})   # counts that belong to a place


class Subjects:
    """The subjects of the claims of one document."""

    def __init__(self, sentences: Sentences):
        self.sentences = sentences

    def subject_of(self, claim: Claim, sentence: Sentence, thing: str | None) -> str | None:
        """The entity a claim is about: named in its sentence (nearest), else in the sentences
        before it (latest), else in the headline; None when none is found."""
        mentions = sentence.mentions
        if mentions:
            if thing in PLACE_THINGS:
                places = [m for m in mentions if m.entity.kind == "place"]
                if places:
                    return nearest_mention(places, claim).entity.name
            named = [m for m in mentions if m.entity.kind in PRIMARY_KINDS]
            if named:
                return nearest_mention(named, claim).entity.name
            named = [m for m in mentions if m.entity.kind == "person"]
            if named:
                return nearest_mention(named, claim).entity.name
        if sentence.subject_nearby is False:
            sentence.subject_nearby = self._subject_nearby(sentence)
        return sentence.subject_nearby

    def _subject_nearby(self, sentence: Sentence) -> str | None:
        """For a sentence that names no entity: the one named in the sentences around it (the first
        after a heading, else the latest before), else in the headline."""
        for other in self.sentences.context(sentence):
            if other.mentions:
                named = [m for m in other.mentions if m.entity.kind in PRIMARY_KINDS]
                if named:
                    return (named[0] if other.start > sentence.start else named[-1]).entity.name
        headline = self.sentences.headline
        if headline is not None:
            for m in headline.mentions:
                if m.entity.kind in PRIMARY_KINDS:
                    return m.entity.name
        return None

    def rank(self, rule: Rule, claim: Claim, sentence: Sentence) -> int | None:
        """How close the rule's subject is: 0 in the sentence, 1.. in the sentences around it,
        LOOK_BACK + 2 in the headline; None when absent or the sentence is about another entity."""
        name = rule.subject.name
        rivals = [m for m in sentence.mentions if m.entity.kind in PRIMARY_KINDS or m.entity.name == name]
        if rivals:
            # the nearest entity named before the claim owns it ("Facebook hat 2,9 Milliarden
            # Nutzer, mehr als TikTok"); with none before it, any named after it may
            return 0 if _owner_candidates(rivals, claim, name) else None
        for rank, other in enumerate(self.sentences.context(sentence), 1):
            if any(m.entity.name == name for m in other.mentions):
                return rank
        headline = self.sentences.headline
        if headline is not None and any(m.entity.name == name for m in headline.mentions):
            return LOOK_BACK + 2
        return None


def _owner_candidates(mentions: list[EntityMention], claim: Claim, name: str) -> bool:
    """True when name may own the claim: inside it, the nearest before it, or after it with none before."""
    inside = [m for m in mentions if m.start >= claim.start and m.end <= claim.end]
    before = [m for m in mentions if m.start < claim.start]
    if inside:
        return any(m.entity.name == name for m in inside)
    if before:
        return before[-1].entity.name == name
    return any(m.entity.name == name for m in mentions)
