"""Stage 3, type: claims + rules -> subject, claim_type and qualifiers (generic keys where no rule applies)."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from factcheck.model import Claim, Document
from factcheck.ruleset import RuleSet, empty_ruleset
from factcheck.ruleset.entities import PRIMARY_KINDS, EntityMention
from factcheck.ruleset.phrases import Match, PhraseMatcher, Searchable, fold
from factcheck.ruleset.rules import COUNT_KINDS, Rule
from factcheck.ruleset.zeroconfig import lexicon
from factcheck.text import text_index

LOOK_BACK = 3                     # sentences before a claim searched for its subject
PLACE_THINGS = frozenset({"resident", "household", "apartment"})   # counts that belong to a place
# Patterns start with a literal or a small set of letters, so re skips ahead quickly; the
# context before a match is checked in Python (a leading look-behind would slow every position).
_YEAR = re.compile(r"(?:19|20)\d\d(?:/\d\d(?:\d\d)?)?(?!\d)(?![.,]\d)")
_QUARTER = re.compile(r"[Qq]uart(?:al|er)\b|Q[1-4]\b")
_QUARTER_BEFORE = re.compile(r"(?i)(?:\b(erst|zweit|dritt|viert|first|second|third|fourth)\w*|\b([1-4])\.)\s+$")
_NOT_BEFORE_YEAR = frozenset("0123456789.,/")
_CHANGE_BEFORE = re.compile(r"(?:\bum|\bby|\bPlus von|\bMinus von|\bup|\bdown)\s*$", re.I)
_AFTER_CLAIM = 40                  # characters after a claim where a qualifying phrase may follow it
_CLAUSE_BREAK = re.compile(r"[,;:–—(]")
_ORDINAL = {"erst": 1, "zweit": 2, "dritt": 3, "viert": 4, "first": 1, "second": 2, "third": 3, "fourth": 4}


def classify(claims: list[Claim], document: Document, ruleset: RuleSet | None) -> list[Claim]:
    """The claims with subject, claim_type and qualifiers filled in; the extractor's qualifiers stay."""
    if not claims:
        return claims
    context = DocumentContext(document, ruleset if ruleset is not None else empty_ruleset(), claims)
    return [context.classify(claim) for claim in claims]


@dataclass
class Sentence:
    """One sentence of the document and what was found in it, computed when first asked."""

    start: int
    end: int
    mentions: list[EntityMention]
    heading: bool | None     # None until asked (DocumentContext.context)
    matches: DocumentMatches
    _found: dict[str, list[Match]] = field(default_factory=dict)

    def find(self, name: str, matcher: PhraseMatcher) -> list[Match]:
        """Matches of a matcher in this sentence."""
        if name not in self._found:
            self._found[name] = self.matches.between(name, matcher, self.start, self.end)
        return self._found[name]

    def lexicon(self, section: str, matcher: PhraseMatcher) -> list[Match]:
        """Matches of one section of the zero-config lexicon ("money", "scope" ...)."""
        if "lexicon" not in self._found:
            for m in self.find("lexicon", matcher):
                self._found.setdefault(m.payload[0], []).append(Match(m.start, m.end, m.payload[1]))
        return self._found.get(section, [])


class DocumentMatches:
    """Each matcher runs once over the whole document; sentences take their share by bisection."""

    def __init__(self, doc: Searchable, start: int):
        self.doc, self.start = doc, start
        self._all: dict[str, tuple[list[int], list[Match]]] = {}

    def between(self, name: str, matcher: PhraseMatcher, start: int, end: int) -> list[Match]:
        entry = self._all.get(name)
        if entry is None:
            found = matcher.find(self.doc, self.start) if matcher else []
            entry = self._all[name] = ([m.start for m in found], found)
        starts, found = entry
        lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        return [m for m in found[lo:hi] if m.end <= end]


class DocumentContext:
    """A document prepared once for typing all of its claims."""

    def __init__(self, document: Document, ruleset: RuleSet, claims: list[Claim]):
        self.document, self.ruleset, self.text = document, ruleset, document.text
        self.index = text_index(self.text)
        self.doc = Searchable(self.text)
        self.matches = DocumentMatches(self.doc, document.body_start)
        self.mentions = ruleset.entity_index.mentions(self.doc, document.lang, document.body_start)
        self._mention_starts = [m.start for m in self.mentions]
        self._sentences: dict[int, Sentence] = {}
        self._patterns: dict[str, tuple[list[int], list[re.Match[str]]]] = {}
        self._contexts: dict[tuple[int, int], list[Sentence]] = {}
        self._cues: dict[int, dict[str, int]] = {}
        self._numbers = sorted((c.start, c.end) for c in claims if c.kind not in ("date", "duration"))
        self.headline = self._headline()
        self.zero = lexicon()

    # ------------------------------------------------------------------ one claim

    def classify(self, claim: Claim) -> Claim:
        sentence = self.sentence_at(claim.start)
        thing = self.counted_thing(claim, sentence)
        rule = self.best_rule(claim, sentence, thing)
        if rule is not None:
            subject, claim_type = rule.subject.name, rule.id
        else:
            subject, claim_type = self.subject_of(claim, sentence, thing), self.generic_key(claim, sentence, thing)
        qualifiers = self.qualifiers(claim, sentence, rule)
        qualifiers.update(claim.qualifiers)
        return claim.model_copy(update={"subject": subject, "claim_type": claim_type,
                                        "qualifiers": dict(sorted(qualifiers.items()))})

    # ------------------------------------------------------------------ sentences

    def sentence_at(self, offset: int) -> Sentence:
        start, end = self.index.sentence_span(offset)
        start = max(start, self.document.body_start)
        if start not in self._sentences:
            m_lo = bisect.bisect_left(self._mention_starts, start)
            m_hi = bisect.bisect_left(self._mention_starts, end)
            self._sentences[start] = Sentence(start, end, self.mentions[m_lo:m_hi], None, self.matches)
        return self._sentences[start]

    def _is_heading(self, start: int, end: int) -> bool:
        """A line of its own with no closing punctuation: a heading, about what follows it."""
        line = self.text[start:end].strip()
        return bool(line) and len(line.split()) <= 12 and line[-1] not in ".!?:;,\"“”»" and (
            end >= len(self.text) or self.text[end - 1] == "\n" or self.text[end:end + 1] == "\n")

    def context(self, sentence: Sentence, depth: int = LOOK_BACK) -> list[Sentence]:
        """Where a subject may stand when its sentence names none: after a heading the next
        sentence, then up to depth sentences before, nearest first."""
        key = (sentence.start, depth)
        if key not in self._contexts:
            self._contexts[key] = self._context(sentence, depth)
        return self._contexts[key]

    def _context(self, sentence: Sentence, depth: int) -> list[Sentence]:
        found: list[Sentence] = []
        if sentence.heading is None:
            sentence.heading = self._is_heading(sentence.start, sentence.end)
        if sentence.heading and sentence.end < len(self.text):
            following = self.sentence_at(sentence.end)
            if following.start > sentence.start:
                found.append(following)
        current = sentence
        while len(found) < depth + sentence.heading and current.start > self.document.body_start:
            previous = self.sentence_at(current.start - 1)
            if previous.start >= current.start:
                break
            found.append(previous)
            current = previous
        return found

    def _headline(self) -> Sentence | None:
        """The first line of at least three words; de/en: a one-word first line ("Anzeige",
        "Kurzmeldung") is page furniture, not the headline."""
        offset = self.document.body_start
        for _ in range(5):
            end = self.text.find("\n", offset)
            end = len(self.text) if end < 0 else end
            skip = next((s for s in self.document.date_spans if offset <= s[0] < end), None)
            begin = max(offset, skip[1]) if skip and skip[1] < end else offset
            line = self.text[begin:end]
            if len(line.split()) >= 3:
                return self.sentence_at(begin + len(line) - len(line.lstrip()))
            if end >= len(self.text):
                return None
            offset = end + 1
        return None

    # ------------------------------------------------------------------ what is counted

    def counted_thing(self, claim: Claim, sentence: Sentence) -> str | None:
        """What a count counts: its unit ('Filialen' -> store), else a verb or count noun nearby."""
        if claim.kind not in COUNT_KINDS:
            return None
        thing = self.zero.thing_of(claim.unit) or (fold(claim.unit) if claim.unit else None)
        if thing is None or thing in self.zero.generic_things:
            verb = _nearest(sentence.lexicon("verb", self.zero.cues), claim)
            if verb is not None:
                return verb.payload
            if thing is None:
                noun = _nearest(sentence.lexicon("count_noun", self.zero.cues), claim)
                return noun.payload if noun is not None else None
        return thing

    def generic_key(self, claim: Claim, sentence: Sentence, thing: str | None) -> str | None:
        """'quantity:user', 'money:revenue', 'percent:growth', 'date:deadline'; None when nothing
        in the sentence says what the figure is (such claims are never compared)."""
        if claim.kind in COUNT_KINDS:
            return f"quantity:{thing}" if thing else None
        cue = _nearest(sentence.lexicon(claim.kind, self.zero.cues), claim)
        if claim.kind == "percent" and (cue is None or _CHANGE_BEFORE.search(self.text, max(0, claim.start - 12),
                                                                              claim.start)):
            # de: "stieg um 12 Prozent" is a change; "stieg auf 12 Prozent" a level (the share)
            cue = _nearest(sentence.lexicon("percent_change", self.zero.cues), claim) or cue
        if cue is not None:
            return f"{claim.kind}:{cue.payload}"
        return f"money:{self.zero.money_fallback}" if claim.kind == "money" else None

    # ------------------------------------------------------------------ subjects

    def subject_of(self, claim: Claim, sentence: Sentence, thing: str | None) -> str | None:
        """The entity a claim is about: named in its sentence (nearest), else in the sentences
        before it (latest), else in the headline; None when none is found."""
        if thing in PLACE_THINGS:
            places = [m for m in sentence.mentions if m.entity.kind == "place"]
            if places:
                return _nearest_mention(places, claim).entity.name
        for kinds in (PRIMARY_KINDS, frozenset({"person"})):
            named = [m for m in sentence.mentions if m.entity.kind in kinds]
            if named:
                return _nearest_mention(named, claim).entity.name
        for other in self.context(sentence, LOOK_BACK):
            named = [m for m in other.mentions if m.entity.kind in PRIMARY_KINDS]
            if named:
                return (named[0] if other.start > sentence.start else named[-1]).entity.name
        if self.headline is not None:
            named = [m for m in self.headline.mentions if m.entity.kind in PRIMARY_KINDS]
            if named:
                return named[0].entity.name
        return None

    def subject_rank(self, rule: Rule, claim: Claim, sentence: Sentence) -> int | None:
        """How close the rule's subject is: 0 in the sentence, 1.. in the sentences around it,
        LOOK_BACK + 2 in the headline; None when absent or the sentence is about another entity."""
        name = rule.subject.name
        rivals = [m for m in sentence.mentions if m.entity.kind in PRIMARY_KINDS or m.entity.name == name]
        if rivals:
            # the nearest entity named before the claim owns it ("Facebook hat 2,9 Milliarden
            # Nutzer, mehr als TikTok"); with none before it, any named after it may
            return 0 if _owner_candidates(rivals, claim, name) else None
        for rank, other in enumerate(self.context(sentence, LOOK_BACK), 1):
            if any(m.entity.name == name for m in other.mentions):
                return rank
        if self.headline is not None and any(m.entity.name == name for m in self.headline.mentions):
            return LOOK_BACK + 2
        return None

    # ------------------------------------------------------------------ rules

    def best_rule(self, claim: Claim, sentence: Sentence, thing: str | None) -> Rule | None:
        """The rule that types the claim. Only rules indexed under the claim's kind, unit, counted
        thing or a cue of its sentence are tried, so typing costs the same with 5 rules or 500."""
        rs = self.ruleset
        if not rs.rules:
            return None
        cue_distance = self._cue_rules(sentence)
        candidates = set(rs.kind_only.get(claim.kind, ())) | set(cue_distance)
        if claim.unit:
            candidates |= rs.by_thing.get(fold(claim.unit), set())
        if thing:
            candidates |= rs.by_thing.get(thing, set())
        best: tuple | None = None
        for rule_id in candidates:
            rule = rs.rules[rule_id]
            if claim.kind not in rule.kinds or not rule.accepts_unit(claim.unit, thing):
                continue
            by_unit = claim.kind in COUNT_KINDS and bool(rule.units) and (
                (claim.unit is not None and fold(claim.unit) in rule.things) or thing in rule.things)
            distance = cue_distance.get(rule_id)
            by_cue = distance is not None and distance <= rule.look_back
            if rule_id not in rs.kind_only.get(claim.kind, ()) and not (by_unit or by_cue):
                continue
            rank = self.subject_rank(rule, claim, sentence)
            if rank is None:
                continue
            score = (rank, not by_unit, distance or 0, rule_id)
            if best is None or score < best[0]:
                best = (score, rule)
        return best[1] if best else None

    def _cue_rules(self, sentence: Sentence) -> dict[str, int]:
        """Rules with a cue in the sentence (0) or in one of the sentences before it (1, 2, 3)."""
        if sentence.start not in self._cues:
            self._cues[sentence.start] = self._find_cue_rules(sentence)
        return self._cues[sentence.start]

    def _find_cue_rules(self, sentence: Sentence) -> dict[str, int]:
        matcher = self.ruleset.cue_matcher
        found = {m.payload: 0 for m in sentence.find("cues", matcher)}
        depth = self.ruleset.max_look_back
        current = sentence
        for distance in range(1, depth + 1):
            if current.start <= self.document.body_start:
                break
            current = self.sentence_at(current.start - 1)
            for m in current.find("cues", matcher):
                found.setdefault(m.payload, distance)
        return found

    # ------------------------------------------------------------------ qualifiers

    def qualifiers(self, claim: Claim, sentence: Sentence, rule: Rule | None) -> dict[str, str]:
        """scope and metric from the phrase nearest the claim; the rule's own qualifiers and
        defaults; the period (a year or quarter in the sentence, else the publication year)."""
        found: dict[str, str] = {}
        for name in ("scope", "metric"):
            match = self._qualifying(sentence.lexicon(name, self.zero.cues), claim)
            if match is not None:
                found[name] = match.payload
        if rule is not None:
            for name, spec in rule.qualifiers.items():
                match = self._qualifying(sentence.find(f"{rule.id}.{name}", rule.qualifier_matchers[name]), claim)
                if match is not None:
                    found[name] = match.payload
                elif name not in found and spec.default is not None:
                    found[name] = spec.default
        period_from = rule.period if rule is not None else "sentence"
        if period_from and claim.kind not in ("date", "duration"):
            period = self.period(claim, sentence, publication=period_from == "publication")
            if period:
                found["period"] = period
        return found

    def _qualifying(self, matches: list[Match], claim: Claim) -> Match | None:
        """The phrase nearest the claim that can qualify it: before it in the sentence, or right
        after it ("100 Millionen Nutzer allein in den USA"), not after a comma ("2 Millionen
        Mitarbeiter, die meisten davon in den USA")."""
        usable = [m for m in matches if m.start < claim.end or (
            m.start - claim.end <= _AFTER_CLAIM and not _CLAUSE_BREAK.search(self.text, claim.end, m.start))]
        return _nearest(usable, claim)

    def period(self, claim: Claim, sentence: Sentence, publication: bool) -> str | None:
        """'2022', '2020/21', '2021-Q1' from the sentence (not from other figures in it)."""
        years = [m for m in self._in_sentence("years", _YEAR, sentence)
                 if self.text[m.start() - 1:m.start()] not in _NOT_BEFORE_YEAR and not self._inside_figure(*m.span())]
        year_match = min(years, key=lambda m: _gap(m.start(), m.end(), claim), default=None)
        year = year_match.group() if year_match is not None else None
        if year is None and publication and self.document.date:
            year = self.document.date[:4]
        quarters = [(m, q) for m in self._in_sentence("quarters", _QUARTER, sentence)
                    if (q := self._quarter_number(m))]
        if quarters:
            _, number = min(quarters, key=lambda mq: _gap(mq[0].start(), mq[0].end(), claim))
            return f"{(year or 'XXXX')[:4]}-Q{number}"
        return year

    def _quarter_number(self, m: re.Match[str]) -> int | None:
        """de/en: 'ersten Quartal', '1. Quartal', 'first quarter', 'Q1' -> 1."""
        if m.group().startswith("Q") and m.group()[1:].isdigit():
            return int(m.group()[1:])
        before = _QUARTER_BEFORE.search(self.text, max(0, m.start() - 16), m.start())
        if before is None:
            return None
        return _ORDINAL[before.group(1).lower()] if before.group(1) else int(before.group(2))

    def _in_sentence(self, name: str, pattern: re.Pattern[str], sentence: Sentence) -> list[re.Match[str]]:
        """Matches of a pattern in the sentence; the pattern runs once over the whole document."""
        entry = self._patterns.get(name)
        if entry is None:
            matches = list(pattern.finditer(self.text, self.document.body_start))
            entry = self._patterns[name] = ([m.start() for m in matches], matches)
        starts, found = entry
        lo, hi = bisect.bisect_left(starts, sentence.start), bisect.bisect_left(starts, sentence.end)
        return [m for m in found[lo:hi] if m.end() <= sentence.end]

    def _inside_figure(self, start: int, end: int) -> bool:
        """True when a year-like number is part of a counted figure ('2000 Mitarbeiter')."""
        i = bisect.bisect_right(self._numbers, (start, float("inf"))) - 1
        return i >= 0 and self._numbers[i][1] > start


def _gap(start: int, end: int, claim: Claim) -> int:
    if end <= claim.start:
        return claim.start - end
    if start >= claim.end:
        return start - claim.end
    return 0


def _nearest(matches: list[Match], claim: Claim) -> Match | None:
    return min(matches, key=lambda m: (_gap(m.start, m.end, claim), m.start), default=None)


def _owner_candidates(mentions: list[EntityMention], claim: Claim, name: str) -> bool:
    """True when name may own the claim: inside it, the nearest before it, or after it with none before."""
    inside = [m for m in mentions if m.start >= claim.start and m.end <= claim.end]
    before = [m for m in mentions if m.start < claim.start]
    if inside:
        return any(m.entity.name == name for m in inside)
    if before:
        return before[-1].entity.name == name
    return any(m.entity.name == name for m in mentions)


def _nearest_mention(mentions: list[EntityMention], claim: Claim) -> EntityMention:
    """Inside the claim, else the nearest before it, else the nearest after it."""
    inside = [m for m in mentions if m.start >= claim.start and m.end <= claim.end]
    if inside:
        return inside[0]
    before = [m for m in mentions if m.start < claim.start]
    return before[-1] if before else mentions[0]
