"""Whom a figure is about, and where that was read: its sentence, the sentences around it, the
headline, or the article as a whole (the entity it names most)."""
from __future__ import annotations

import re
from collections import Counter

from factcheck.classify.nearest import nearest_mention
from factcheck.classify.projects import followed
from factcheck.classify.sentences import LOOK_BACK, Sentence, Sentences
from factcheck.match.entities import PRIMARY_KINDS, EntityMention
from factcheck.match.phrases import Match, PhraseMatcher
from factcheck.model import Claim
from factcheck.ruleset.rules import Rule

PLACE_THINGS = frozenset({"resident", "household", "apartment"})   # counts that belong to a place
PLACE_KINDS = frozenset({"place"})
WEAK_KINDS = frozenset({"name", "person"})    # a capitalized word inside an English sentence; a person

_MIN_NAMINGS = 2                              # an article's own subject is named more than once
_RIVAL_KINDS = frozenset({"place", "name"})   # in a figure's sentence, another candidate for its subject
PROJECT_FIGURES = frozenset({"money", "date"})     # a project's cost and its dates belong to it
PRICE = "money:price"
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")

# where a subject was read (the claim's basis.subject)
SENTENCE, EARLIER, HEADLINE, INFERRED = "sentence", "earlier_sentence", "headline", "inferred"


class Subjects:
    """The subjects of the claims of one document."""

    def __init__(self, sentences: Sentences, cues: PhraseMatcher | None = None, has_projects: bool | None = None):
        self.sentences = sentences
        self.cues = cues                  # the zero-config cue matcher; its "acquisition" section
        self._main: dict[frozenset[str], tuple[str, int, int] | None] = {}
        # a project named by its kind is among the mentions (document.py finds it in its one pass)
        self.has_projects = any(map(followed, sentences.mentions)) if has_projects is None else has_projects

    def subject_of(self, claim: Claim, sentence: Sentence, thing: str | None,
                   claim_type: str | None = None) -> tuple[str | None, str | None]:
        """The entity a claim is about and where it was found: a company, app or project named in its
        sentence (for a count of residents a place first), else in the sentences around it, else in
        the headline, else a place of its sentence, else the entity the article names most."""
        mentions = sentence.mentions
        if self.has_projects and claim.kind in PROJECT_FIGURES:
            project = self._project_of(claim, sentence, claim_type)
            if project is not None:
                return project
        if thing in PLACE_THINGS:
            places = [m for m in mentions if m.entity.kind in PLACE_KINDS]
            if places:
                return nearest_mention(places, claim).entity.name, SENTENCE
        named = [m for m in mentions if m.entity.kind in PRIMARY_KINDS]
        if named:
            return self._owner(named, claim, sentence).entity.name, SENTENCE
        if sentence.subject_nearby is False:
            sentence.subject_nearby = self._subject_nearby(sentence)
        if sentence.subject_nearby[0] is not None:
            return sentence.subject_nearby
        # a place the article introduces ("in Marbach") is the subject of its own figures; a
        # listed country or region ("in Österreich") is their scope, except for its residents
        places = [m for m in mentions if m.entity.kind in PLACE_KINDS and m.entity.discovered]
        if places:
            return nearest_mention(places, claim).entity.name, SENTENCE
        main = self._inferred(claim, sentence)
        if main:
            return main, INFERRED
        named = [m for m in mentions if m.entity.kind in WEAK_KINDS]
        if named:
            return nearest_mention(named, claim).entity.name, SENTENCE
        return None, None

    def _owner(self, named: list[EntityMention], claim: Claim, sentence: Sentence) -> EntityMention:
        """The nearest named before the claim; in an acquisition the price is the company bought:
        de/en "übernimmt X für 2 Mrd.", "agreed to buy X from Y for $2bn" (the first named after
        the verb)."""
        if claim.kind == "money" and self.cues is not None and len(named) > 1:
            verbs = [v for v in sentence.lexicon("acquisition", self.cues) if v.end <= claim.start]
            if verbs:
                bought = _first_after(named, verbs[-1], claim)
                if bought is not None:
                    return bought
        return nearest_mention(named, claim)

    def _project_of(self, claim: Claim, sentence: Sentence, claim_type: str | None) -> tuple[str, str] | None:
        """The project a cost or a date is about: named before it in its sentence ("Die neue Halle
        kostet ..."), else, when its sentence names nothing before it, named in the sentences before
        it in its paragraph ("Die Investition beläuft sich auf ..."); not a price there ("A day
        pass costs"): a price is a product's."""
        before = [m for m in sentence.mentions if m.start < claim.start]
        projects = [m for m in before if followed(m)]
        if projects:
            return projects[-1].entity.name, SENTENCE
        if claim_type == PRICE or any(m.entity.kind in PRIMARY_KINDS for m in before):
            return None
        current = sentence
        for _ in range(LOOK_BACK):
            other = self.sentences.previous(current)
            if other is None or self.paragraph_break(other, sentence):
                return None
            named = [m for m in other.mentions if m.entity.kind in PRIMARY_KINDS]
            projects = [m for m in named if followed(m)]
            if projects:
                return projects[-1].entity.name, EARLIER
            if named:
                return None
            current = other
        return None

    def paragraph_break(self, a: Sentence, b: Sentence) -> bool:
        """True when a blank line stands between two sentences."""
        first, second = (a, b) if a.start < b.start else (b, a)
        text = self.sentences.text
        low = first.start + len(text[first.start:first.end].rstrip())     # a sentence keeps its trailing blank
        return _BLANK_LINE.search(text, low, max(low, second.start)) is not None

    def _subject_nearby(self, sentence: Sentence) -> tuple[str | None, str | None]:
        """For a sentence that names no entity: the one named in the sentences around it (the first
        after a heading, else the latest before), else in the headline. A project named by its
        kind is not read there: its own costs and dates were given it (_project_of), and the other
        figures are its owner's ("... the new gondola follows in late January. A day pass costs")."""
        for other in self.sentences.context(sentence):
            if other.mentions:
                named = [m for m in other.mentions if m.entity.kind in PRIMARY_KINDS and not followed(m)]
                if named:
                    if other.start > sentence.start:
                        return named[0].entity.name, EARLIER
                    return self._topic_of(named, other).entity.name, EARLIER
        headline = self.sentences.headline
        if headline is not None:
            for m in headline.mentions:
                if m.entity.kind in PRIMARY_KINDS:
                    return m.entity.name, HEADLINE
        return None, None

    def _topic_of(self, named: list[EntityMention], other: Sentence) -> EntityMention:
        """What a sentence before a claim is about: the entity named last, except in an
        acquisition, which is about the company bought ("agreed to buy X from Y ... The deal is
        expected to close": the deal is X's)."""
        if self.cues is not None and len(named) > 1:
            verbs = other.lexicon("acquisition", self.cues)
            if verbs:
                bought = [m for m in named if m.start >= verbs[0].end]
                if bought:
                    return bought[0]
        return named[-1]

    def _inferred(self, claim: Claim, sentence: Sentence) -> str | None:
        """The article's own subject for a figure whose sentence and neighbours name none, where
        there is evidence: the article names it by name more than once, the figure stands after
        its first naming, and its sentence names no other candidate (a place, a name). One naming
        in passing ("in das Landeskrankenhaus X gebracht", "errechnete das Institut X") is none."""
        main = self.main_subject(PRIMARY_KINDS)
        if main is None:
            return None
        name, namings, first = main
        if namings < _MIN_NAMINGS or claim.start < first:
            return None
        if any(m.entity.kind in _RIVAL_KINDS for m in sentence.mentions):
            return None
        return name

    def main_subject(self, kinds: frozenset[str]) -> tuple[str, int, int] | None:
        """The entity of these kinds the article names most (the first named of equals), how often
        and where first."""
        if kinds not in self._main:
            # names only: a description ("das Projekt") says nothing of how much an article is about it
            named = [m for m in self.sentences.mentions if m.entity.kind in kinds and not m.by_description]
            counts = Counter(m.entity.name for m in named)
            best = max(counts.values(), default=0)
            name = next((name for name, n in counts.items() if n == best), None)
            first = next((m.start for m in named if m.entity.name == name), 0)
            self._main[kinds] = (name, best, first) if name is not None else None
        return self._main[kinds]

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


def _first_after(named: list[EntityMention], verb: Match, claim: Claim) -> EntityMention | None:
    between = [m for m in named if verb.end <= m.start and m.end <= claim.start]
    return between[0] if between else None


def _owner_candidates(mentions: list[EntityMention], claim: Claim, name: str) -> bool:
    """True when name may own the claim: inside it, the nearest before it, or after it with none before."""
    inside = [m for m in mentions if m.start >= claim.start and m.end <= claim.end]
    before = [m for m in mentions if m.start < claim.start]
    if inside:
        return any(m.entity.name == name for m in inside)
    if before:
        return before[-1].entity.name == name
    return any(m.entity.name == name for m in mentions)
