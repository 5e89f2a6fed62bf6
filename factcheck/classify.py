"""Stage 3, type: claims + rules -> subject, claim_type and qualifiers (generic keys where no rule applies)."""
from __future__ import annotations

import bisect
import re

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
_NO_TIME = ("date", "duration")
_HEADING_END = ".!?:;,\"“”»"


def classify(claims: list[Claim], document: Document, ruleset: RuleSet | None) -> list[Claim]:
    """The claims with subject, claim_type and qualifiers filled in; the extractor's qualifiers stay."""
    if not claims:
        return claims
    context = DocumentContext(document, ruleset if ruleset is not None else empty_ruleset(), claims)
    return [context.classify(claim) for claim in claims]


class Sentence:
    """One sentence of the document and what was found in it, each part computed when first asked."""

    __slots__ = ("start", "end", "mentions", "heading", "context", "previous", "subject_nearby", "cue_rules",
                 "periods", "_matches", "_found", "_lexicon")

    def __init__(self, start: int, end: int, mentions: list[EntityMention], matches: DocumentMatches):
        self.start, self.end, self.mentions = start, end, mentions
        self.heading: bool | None = None              # None until asked (DocumentContext.context)
        self.context: list[Sentence] | None = None    # DocumentContext.context
        self.previous: Sentence | None | bool = False  # False until asked (DocumentContext.previous)
        self.subject_nearby: str | None | bool = False  # DocumentContext.subject_nearby
        self.cue_rules: dict[str, int] | None = None  # DocumentContext._cue_rules
        self.periods: tuple[list, list] | None = None  # years and quarters (DocumentContext.period)
        self._matches = matches
        self._found: dict[str, list[Match]] = {}
        self._lexicon: dict[object, list[Match]] | None = None

    def find(self, name: str, matcher: PhraseMatcher) -> list[Match]:
        """Matches of a matcher in this sentence."""
        found = self._found.get(name)
        if found is None:
            found = self._found[name] = self._matches.between(name, matcher, self.start, self.end)
        return found

    def lexicon(self, section: str, matcher: PhraseMatcher) -> list[Match]:
        """Matches of one section of the zero-config lexicon ("money", "scope" ...)."""
        sections = self._lexicon
        if sections is None:
            sections = self._lexicon = {}
            for m in self._matches.between("lexicon", matcher, self.start, self.end):
                name, key = m.payload
                if name in sections:
                    sections[name].append(Match(m.start, m.end, key))
                else:
                    sections[name] = [Match(m.start, m.end, key)]
        return sections.get(section, ())


class DocumentMatches:
    """Each matcher runs once over the whole document; sentences take their share by bisection."""

    def __init__(self, doc: Searchable, start: int):
        self.doc, self.start = doc, start
        self._all: dict[str, tuple[list[int], list[Match]]] = {}

    def all(self, name: str, matcher: PhraseMatcher) -> list[Match]:
        """Every match of a matcher in the document."""
        entry = self._all.get(name)
        if entry is None:
            found = matcher.find(self.doc, self.start) if matcher else []
            entry = self._all[name] = ([m.start for m in found], found)
        return entry[1]

    def between(self, name: str, matcher: PhraseMatcher, start: int, end: int) -> list[Match]:
        entry = self._all.get(name)
        if entry is None:
            self.all(name, matcher)
            entry = self._all[name]
        starts, found = entry
        if not found:
            return []
        lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        return [m for m in found[lo:hi] if m.end <= end]


class DocumentContext:
    """A document prepared once for typing all of its claims."""

    def __init__(self, document: Document, ruleset: RuleSet, claims: list[Claim]):
        self.document, self.ruleset, self.text = document, ruleset, document.text
        self.body_start = document.body_start
        self.index = text_index(self.text)
        self.doc = Searchable(self.text)
        self.matches = DocumentMatches(self.doc, self.body_start)
        self.mentions = ruleset.entity_index.mentions(self.doc, document.lang, self.body_start)
        self._mention_starts = [m.start for m in self.mentions]
        self._sentences: dict[int, Sentence] = {}
        self._numbers = sorted((c.start, c.end) for c in claims if c.kind not in _NO_TIME)
        self._headline: Sentence | None | bool = False      # False until asked
        self._last: Sentence | None = None                  # the sentence of the claim typed last
        self.zero = lexicon()

    # ------------------------------------------------------------------ one claim

    def classify(self, claim: Claim) -> Claim:
        sentence = self._last
        if sentence is None or not sentence.start <= claim.start < sentence.end:   # neighbours share sentences
            sentence = self._last = self.sentence_at(claim.start)
        thing = self.counted_thing(claim, sentence) if claim.kind in COUNT_KINDS else None
        rule = self.best_rule(claim, sentence, thing) if self.ruleset.rules else None
        if rule is not None:
            subject, claim_type = rule.subject.name, rule.id
        else:
            subject, claim_type = self.subject_of(claim, sentence, thing), self.generic_key(claim, sentence, thing)
        qualifiers = self.qualifiers(claim, sentence, rule)
        if claim.qualifiers:
            qualifiers.update(claim.qualifiers)
        if len(qualifiers) > 1:
            qualifiers = dict(sorted(qualifiers.items()))
        if subject == claim.subject and claim_type == claim.claim_type and qualifiers == claim.qualifiers:
            return claim                # a frozen model: nothing to copy when nothing changes
        return claim.model_copy(update={"subject": subject, "claim_type": claim_type, "qualifiers": qualifiers})

    # ------------------------------------------------------------------ sentences

    def sentence_at(self, offset: int) -> Sentence:
        start, end = self.index.sentence_span(offset)
        if start < self.body_start:
            start = self.body_start
        sentence = self._sentences.get(start)
        if sentence is None:
            starts = self._mention_starts
            mentions = self.mentions[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]
            sentence = self._sentences[start] = Sentence(start, end, mentions, self.matches)
        return sentence

    def previous(self, sentence: Sentence) -> Sentence | None:
        """The sentence before this one; None for the first of the body."""
        if sentence.previous is False:
            sentence.previous = self.sentence_at(sentence.start - 1) if sentence.start > self.body_start else None
        return sentence.previous

    def _is_heading(self, start: int, end: int) -> bool:
        """A line of its own with no closing punctuation: a heading, about what follows it."""
        text = self.text
        if not (end >= len(text) or text[end - 1] == "\n" or text[end:end + 1] == "\n"):
            return False
        line = text[start:end].strip()
        return bool(line) and len(line.split(None, 12)) <= 12 and line[-1] not in _HEADING_END

    def context(self, sentence: Sentence) -> list[Sentence]:
        """Where a subject may stand when its sentence names none: after a heading the next
        sentence, then up to LOOK_BACK sentences before, nearest first."""
        if sentence.context is None:
            sentence.context = self._context(sentence, LOOK_BACK)
        return sentence.context

    def _context(self, sentence: Sentence, depth: int) -> list[Sentence]:
        found: list[Sentence] = []
        if sentence.heading is None:
            sentence.heading = self._is_heading(sentence.start, sentence.end)
        if sentence.heading and sentence.end < len(self.text):
            following = self.sentence_at(sentence.end)
            if following.start > sentence.start:
                found.append(following)
        current: Sentence | None = sentence
        while len(found) < depth + sentence.heading:
            current = self.previous(current)
            if current is None:
                break
            found.append(current)
        return found

    @property
    def headline(self) -> Sentence | None:
        """The first line of at least three words; de/en: a one-word first line ("Anzeige",
        "Kurzmeldung") is page furniture, not the headline."""
        if self._headline is False:
            self._headline = self._find_headline()
        return self._headline

    def _find_headline(self) -> Sentence | None:
        offset = self.body_start
        for _ in range(5):
            end = self.text.find("\n", offset)
            end = len(self.text) if end < 0 else end
            skip = next((s for s in self.document.date_spans if offset <= s[0] < end), None)
            begin = max(offset, skip[1]) if skip and skip[1] < end else offset
            line = self.text[begin:end]
            if len(line.split(None, 2)) >= 3:
                return self.sentence_at(begin + len(line) - len(line.lstrip()))
            if end >= len(self.text):
                return None
            offset = end + 1
        return None

    # ------------------------------------------------------------------ what is counted

    def counted_thing(self, claim: Claim, sentence: Sentence) -> str | None:
        """What a count counts: its unit ('Filialen' -> store), else a verb or count noun nearby."""
        thing = self.zero.unit_thing(claim.unit)
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
        kind = claim.kind
        if kind in COUNT_KINDS:
            return f"quantity:{thing}" if thing else None
        cue = _nearest(sentence.lexicon(kind, self.zero.cues), claim)
        if kind == "percent" and (cue is None or _CHANGE_BEFORE.search(self.text, max(0, claim.start - 12),
                                                                        claim.start)):
            # de: "stieg um 12 Prozent" is a change; "stieg auf 12 Prozent" a level (the share)
            cue = _nearest(sentence.lexicon("percent_change", self.zero.cues), claim) or cue
        if cue is not None:
            return f"{kind}:{cue.payload}"
        return f"money:{self.zero.money_fallback}" if kind == "money" else None

    # ------------------------------------------------------------------ subjects

    def subject_of(self, claim: Claim, sentence: Sentence, thing: str | None) -> str | None:
        """The entity a claim is about: named in its sentence (nearest), else in the sentences
        before it (latest), else in the headline; None when none is found."""
        mentions = sentence.mentions
        if mentions:
            if thing in PLACE_THINGS:
                places = [m for m in mentions if m.entity.kind == "place"]
                if places:
                    return _nearest_mention(places, claim).entity.name
            named = [m for m in mentions if m.entity.kind in PRIMARY_KINDS]
            if named:
                return _nearest_mention(named, claim).entity.name
            named = [m for m in mentions if m.entity.kind == "person"]
            if named:
                return _nearest_mention(named, claim).entity.name
        if sentence.subject_nearby is False:
            sentence.subject_nearby = self._subject_nearby(sentence)
        return sentence.subject_nearby

    def _subject_nearby(self, sentence: Sentence) -> str | None:
        """For a sentence that names no entity: the one named in the sentences around it (the first
        after a heading, else the latest before), else in the headline."""
        for other in self.context(sentence):
            if other.mentions:
                named = [m for m in other.mentions if m.entity.kind in PRIMARY_KINDS]
                if named:
                    return (named[0] if other.start > sentence.start else named[-1]).entity.name
        headline = self.headline
        if headline is not None:
            for m in headline.mentions:
                if m.entity.kind in PRIMARY_KINDS:
                    return m.entity.name
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
        for rank, other in enumerate(self.context(sentence), 1):
            if any(m.entity.name == name for m in other.mentions):
                return rank
        headline = self.headline
        if headline is not None and any(m.entity.name == name for m in headline.mentions):
            return LOOK_BACK + 2
        return None

    # ------------------------------------------------------------------ rules

    def best_rule(self, claim: Claim, sentence: Sentence, thing: str | None) -> Rule | None:
        """The rule that types the claim. Only rules indexed under the claim's kind, unit, counted
        thing or a cue of its sentence are tried, so typing costs the same with 5 rules or 500."""
        rs = self.ruleset
        kind, unit = claim.kind, claim.unit
        cue_distance = self._cue_rules(sentence)
        kind_only = rs.kind_only.get(kind, ())
        folded_unit = fold(unit) if unit else None
        unit_rules = rs.by_thing.get(folded_unit, ()) if folded_unit else ()
        thing_rules = rs.by_thing.get(thing, ()) if thing else ()
        if not (kind_only or cue_distance or unit_rules or thing_rules):
            return None
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
            rank = self.subject_rank(rule, claim, sentence)
            if rank is None:
                continue
            score = (rank, not by_unit, distance or 0, rule_id)
            if best is None or score < best[0]:
                best = (score, rule)
        return best[1] if best else None

    def _cue_rules(self, sentence: Sentence) -> dict[str, int]:
        """Rules with a cue in the sentence (0) or in one of the sentences before it (1, 2, 3)."""
        if sentence.cue_rules is None:
            sentence.cue_rules = self._find_cue_rules(sentence)
        return sentence.cue_rules

    def _find_cue_rules(self, sentence: Sentence) -> dict[str, int]:
        matcher = self.ruleset.cue_matcher
        if not self.matches.all("cues", matcher):
            return {}
        found = {m.payload: 0 for m in sentence.find("cues", matcher)}
        current = sentence
        for distance in range(1, self.ruleset.max_look_back + 1):
            current = self.previous(current)
            if current is None:
                break
            for m in current.find("cues", matcher):
                found.setdefault(m.payload, distance)
        return found

    # ------------------------------------------------------------------ qualifiers

    def qualifiers(self, claim: Claim, sentence: Sentence, rule: Rule | None) -> dict[str, str]:
        """scope and metric from the phrase nearest the claim; the rule's own qualifiers and
        defaults; the period (a year or quarter in the sentence, else the publication year)."""
        found: dict[str, str] = {}
        cues = self.zero.cues
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
        if period_from and claim.kind not in _NO_TIME:
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
        if sentence.periods is None:
            sentence.periods = self._periods(sentence)
        years, quarters = sentence.periods
        year = None
        if years:
            year = min(years, key=lambda m: _gap(m.start(), m.end(), claim)).group()
        if year is None and publication and self.document.date:
            year = self.document.date[:4]
        if quarters:
            _, number = min(quarters, key=lambda mq: _gap(mq[0].start(), mq[0].end(), claim))
            return f"{(year or 'XXXX')[:4]}-Q{number}"
        return year

    def _periods(self, sentence: Sentence) -> tuple[list[re.Match[str]], list[tuple[re.Match[str], int]]]:
        """The years of a sentence that are not part of a figure, and its quarters with their number.
        A year and a quarter never span a sentence boundary, so the patterns run on the sentence
        alone, and only when it holds the text they begin with."""
        text, start, end = self.text, sentence.start, sentence.end
        years = []
        if text.find("19", start, end) >= 0 or text.find("20", start, end) >= 0:
            years = [m for m in _YEAR.finditer(text, start, end)
                     if text[m.start() - 1:m.start()] not in _NOT_BEFORE_YEAR and not self._inside_figure(*m.span())]
        quarters = []
        if text.find("uart", start, end) >= 0 or text.find("Q", start, end) >= 0:
            quarters = [(m, q) for m in _QUARTER.finditer(text, start, end) if (q := self._quarter_number(m))]
        return years, quarters

    def _quarter_number(self, m: re.Match[str]) -> int | None:
        """de/en: 'ersten Quartal', '1. Quartal', 'first quarter', 'Q1' -> 1."""
        if m.group().startswith("Q") and m.group()[1:].isdigit():
            return int(m.group()[1:])
        before = _QUARTER_BEFORE.search(self.text, max(0, m.start() - 16), m.start())
        if before is None:
            return None
        return _ORDINAL[before.group(1).lower()] if before.group(1) else int(before.group(2))

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
    if not matches:
        return None
    if len(matches) == 1:
        return matches[0]
    return min(matches, key=lambda m: (_gap(m.start, m.end, claim), m.start))


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
