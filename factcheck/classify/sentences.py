"""A document's sentences, each with what was found in it, and the sentences around one."""
from __future__ import annotations

import bisect

from factcheck.match.entities import EntityMention
from factcheck.match.phrases import Match, PhraseMatcher, Searchable
from factcheck.model import Document
from factcheck.text import text_index

LOOK_BACK = 3                     # sentences before a claim searched for its subject
_HEADING_END = ".!?:;,\"“”»"


class Sentence:
    """One sentence of the document and what was found in it, each part computed when first asked."""

    __slots__ = ("start", "end", "mentions", "heading", "context", "previous", "subject_nearby", "cue_rules",
                 "periods", "_matches", "_found", "_lexicon")

    def __init__(self, start: int, end: int, mentions: list[EntityMention], matches: DocumentMatches):
        self.start, self.end, self.mentions = start, end, mentions
        self.heading: bool | None = None              # None until asked (Sentences.context)
        self.context: list[Sentence] | None = None    # Sentences.context
        self.previous: Sentence | None | bool = False  # False until asked (Sentences.previous)
        self.subject_nearby: str | None | bool = False  # Subjects.subject_of
        self.cue_rules: dict[str, int] | None = None  # RuleChoice.cue_rules
        self.periods: tuple[list, list] | None = None  # years and quarters (Periods.period)
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


class Sentences:
    """The sentences of one document, made when first asked, with their entity mentions."""

    def __init__(self, document: Document, mentions: list[EntityMention], matches: DocumentMatches):
        self.document, self.text, self.body_start = document, document.text, document.body_start
        self.index = text_index(self.text)
        self.matches = matches
        self.set_mentions(mentions)

    def set_mentions(self, mentions: list[EntityMention]) -> None:
        """The entity mentions of the document, in text order; sentences are made anew."""
        self.mentions = mentions
        self._mention_starts = [m.start for m in mentions]
        self._sentences: dict[int, Sentence] = {}
        self._headline: Sentence | None | bool = False      # False until asked
        self._last: Sentence | None = None                  # the sentence asked for last

    def of_claim(self, offset: int) -> Sentence:
        """The sentence holding offset; neighbouring claims share sentences, so the last is kept."""
        sentence = self._last
        if sentence is None or not sentence.start <= offset < sentence.end:
            sentence = self._last = self.at(offset)
        return sentence

    def at(self, offset: int) -> Sentence:
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
            sentence.previous = self.at(sentence.start - 1) if sentence.start > self.body_start else None
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
            following = self.at(sentence.end)
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
        "Kurzmeldung") is page furniture, not the headline, and so is a masthead (_masthead)."""
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
            if len(line.split(None, 2)) >= 3 and not _masthead(line):
                return self.at(begin + len(line) - len(line.lstrip()))
            if end >= len(self.text):
                return None
            offset = end + 1
        return None


_MASTHEAD_WORDS = 3
_MASTHEAD_CHARS = 80


def _masthead(line: str) -> bool:
    """de/en: a line in capitals ("ALPINE BUSINESS REVIEW") or of at most three capitalized words
    and signs ("Reise & Freizeit") names the outlet or its section; a headline has a verb."""
    if len(line) > _MASTHEAD_CHARS:
        return False                # a paragraph on one line, not a masthead
    if line.isupper():
        return True
    words = [w for w in line.split(None, _MASTHEAD_WORDS + 2) if w[:1].isalpha()]
    return len(words) <= _MASTHEAD_WORDS and all(w[0].isupper() for w in words)
