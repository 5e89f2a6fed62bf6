"""What a figure measures without a rule: its counted thing and its generic key ('quantity:user')."""
from __future__ import annotations

import functools
import gc
import re
from collections.abc import Callable

from factcheck import lang
from factcheck.classify.nearest import nearest
from factcheck.classify.sentences import Sentence
from factcheck.match.phrases import PhraseMatcher
from factcheck.match.zeroconfig import SECTIONS, Lexicon, lexicon, phrases
from factcheck.model import Claim
from factcheck.ruleset.patterns import compile_regex
from factcheck.ruleset.rules import COUNT_KINDS

ACQUISITION = "acquisition"
UNIT, SENTENCE, DEFAULT = "unit", "sentence", "default"    # where a measure was read (basis.measure)
_CLAUSE_BREAK = re.compile(r"[,;]")
_STAFF_VERB_REACH = 40                   # characters between a verb of staffing and the count it governs, at most
_CHANGE_BEFORE = re.compile(r"(?:\bum|\bby|\bPlus von|\bMinus von|\bup|\bdown)\s*$", re.I)


@functools.cache
def noun_folder(code: str) -> Callable[[str], str]:
    """The key of a counted noun no list names: its plural and dative endings cut (measures.yaml)."""
    measures = lang.get(code).measures
    endings = sorted(measures.plural_endings, key=len, reverse=True)
    least = measures.min_stem

    @functools.lru_cache(maxsize=4096)
    def fold(noun: str) -> str:
        for ending in endings:
            if noun.endswith(ending) and len(noun) - len(ending) >= least and noun[-len(ending) - 1].isalpha():
                return noun[:-len(ending)]
        return noun

    return fold


@functools.cache
def occasion_units() -> frozenset[str]:
    """The units of a count of occasions in every language, as the extractor writes them ("Mal")."""
    return frozenset(unit for code in lang.codes() for unit in lang.get(code).measures.occasion_units)


@functools.cache
def cue_matcher() -> PhraseMatcher:
    """The zero-config lexicon's cue phrases, payload (section, key), e.g. ("money", "revenue");
    built when typing first needs them (`rules check` and `rules list` never do)."""
    zero = lexicon()
    cues = PhraseMatcher(compile_regex)
    # some 25,000 small lists and tuples, all kept: collecting garbage while they are made
    # would only walk the heap again and again (half the time of the build)
    collecting = gc.isenabled()
    gc.disable()
    try:
        for section, name in SECTIONS.items():
            for key, listed in zero.sections[section].items():
                cues.add_all(phrases(listed), (name, key))
        # buying a company ("übernimmt", "acquires"): read in the same pass (Subjects._owner)
        for code in lang.codes():
            cues.add_all(lang.get(code).entities.acquisition_verbs, (ACQUISITION, ACQUISITION))
    finally:
        if collecting:
            gc.enable()
    return cues


@functools.cache
def staff_reading(code: str) -> tuple[frozenset[str], re.Pattern]:
    """The things a verb of staffing (cut, hire) makes jobs cut or hires, and what may not stand between
    the verb and the figure: another clause (a comma, a clause word) or another figure."""
    measures = lang.get(code).measures
    words = "|".join(re.escape(w) for w in measures.clause_words) or "(?!)"
    return frozenset(measures.staff_things), re.compile(rf"[,;\d]|\b(?:{words})\b", re.I)


class Measures:
    """Counted things and generic keys for the claims of one document."""

    def __init__(self, text: str, language: str):
        self.text = text
        self.zero: Lexicon = lexicon()
        self.cues = cue_matcher()
        self.fold_noun = noun_folder(language)
        self.occasions = occasion_units()
        self.staff_things, self._not_one_clause = staff_reading(language)

    def counted_thing(self, claim: Claim, sentence: Sentence) -> tuple[str | None, str]:
        """What a count counts: its unit ('Filialen' -> store), else a verb or count noun nearby;
        and where that was read ("unit" or "sentence"). A count of occasions ("drei Mal") counts
        nothing: no verb nearby says what happened so often as a thing counted."""
        if claim.unit in self.occasions:
            return None, UNIT
        thing = self.zero.unit_thing(claim.unit)
        if thing is not None and self.zero.thing_of(claim.unit) is None:
            thing = self.fold_noun(thing)
        if thing in self.staff_things and (cut := self._staff_change(claim, sentence)) is not None:
            return cut, SENTENCE
        if thing is None or thing in self.zero.generic_things:
            verb = nearest(sentence.lexicon("verb", self.cues), claim)
            if verb is not None:
                return verb.payload, SENTENCE
            if thing is None:
                noun = nearest(sentence.lexicon("count_noun", self.cues), claim)
                return (noun.payload if noun is not None else None), SENTENCE
        return thing, UNIT

    def _staff_change(self, claim: Claim, sentence: Sentence) -> str | None:
        """'streicht 1.200 Stellen', 'lays off 1,500 workers', '1.200 Stellen fallen weg': jobs cut;
        'will hire 40,000 seasonal workers': hires."""
        for m in sentence.lexicon("staff_verb", self.cues):
            between = self.text[m.end:claim.start] if m.end <= claim.start else self.text[claim.end:m.start]
            if len(between) <= _STAFF_VERB_REACH and not self._not_one_clause.search(between):
                return m.payload
        return None

    def generic_key(self, claim: Claim, sentence: Sentence, thing: str | None) -> tuple[str | None, str]:
        """'quantity:user', 'money:revenue', 'percent:growth', 'date:deadline'; None when nothing
        in the sentence says what the figure is (such claims are never compared); and where the
        key was read: "sentence" (a cue word), "default" (money with no cue)."""
        kind = claim.kind
        if kind in COUNT_KINDS:
            return (f"quantity:{thing}" if thing else None), SENTENCE
        cues = sentence.lexicon(kind, self.cues)
        if kind == "date":
            cues = [m for m in cues if self._same_clause(m.start, m.end, claim)]
        cue = nearest(cues, claim)
        if kind == "percent" and (cue is None or _CHANGE_BEFORE.search(self.text, max(0, claim.start - 12),
                                                                        claim.start)):
            # de: "stieg um 12 Prozent" is a change; "stieg auf 12 Prozent" a level (the share)
            cue = nearest(sentence.lexicon("percent_change", self.cues), claim) or cue
        if cue is not None:
            return f"{kind}:{cue.payload}", SENTENCE
        return (f"money:{self.zero.money_fallback}" if kind == "money" else None), DEFAULT

    def _same_clause(self, start: int, end: int, claim: Claim) -> bool:
        """True when no comma or semicolon stands between a cue and a date: "wurde 2011 gegründet, setzte im
        vergangenen Jahr ... um" says when it was founded, not that last year was."""
        if end <= claim.start:
            between = self.text[end:claim.start].rstrip(", ")
        else:
            between = self.text[claim.end:start].lstrip(", ")
        # the commas around a date in apposition ("Am Samstag, 7. Dezember, beginnt") are the date's own
        return _CLAUSE_BREAK.search(between) is None
