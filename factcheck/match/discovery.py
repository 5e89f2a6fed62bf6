"""Names an article introduces itself, found by what the language does around a name.

A descriptor noun before it ("der Chiphersteller Nordwerk", "the retailer Costco"), a legal form
after it ("Acme AG"), "X-Chef", a ticker item opening "X: ...", the first word of a headline
that a verb follows, a place after a preposition with no article ("in Marbach"), CamelCase; in
English also capitalized words inside a sentence, which are weaker evidence (kind "name").
The words come from the language's entities data; the shapes are here.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Protocol

from factcheck.match.articles import after_article, common_noun, long_nouns, names_before
from factcheck.match.entities import Entity
from factcheck.match.names_after import after_indefinite, headline_names, whole_name
from factcheck.match.nameshapes import abbreviation, acronym, camel_case, ticker_names
from factcheck.match.phrases import KEYS, Searchable, fold

# an abbreviated title before the name is skipped: "Klinikum St. Anselm" -> "Anselm"
_NAME_AFTER = re.compile(r" (?:[A-ZÄÖÜ][a-zäöü]{0,3}\. )?([A-ZÄÖÜ][\w&'-]*)(?: ([A-ZÄÖÜ][\w&'-]*))?")   # "Dienst| Twitch", "Präsident| Donald Trump"
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ")       # the first letters _NAME_AFTER allows
# en: a capitalized word after a lower-case word or a comma does not open a sentence: a name
_EN_NAME = re.compile(r"[a-z,;] ([A-Z][\w&'-]*(?: [A-Z][\w&'-]*)*)")
# en: two or more capitalized words opening a sentence, a lower-case word after them
_EN_OPENING_NAME = re.compile(r"(?:^|[.!?][\"'”’)]?[ \t]+)([A-Z][\w&'-]*(?: [A-Z][\w&'-]*)+)(?= [a-z])", re.M)
_LEADER = re.compile(r"([\w&]+(?:-[\w&]+)*)-(\w+)")
# de: a capitalized word with a common-noun ending is a noun ("Lieferung"), not a name
_NOUN_ENDINGS = ("ung", "ungen", "heit", "keit", "schaft", "tion", "ität", "nis", "ismus", "chen", "lein")
# de/en: endings a descriptor noun takes in running text ("Sensorspezialisten", "Konzerns", "retailers")
_DESCRIPTOR_ENDINGS = ("", "s", "es", "n", "en", "e", "er", "innen", "in")
# the endings a word may have by its last letter, in the order above ("" fits every word)
_ENDINGS_BY_LAST = {last: tuple(e for e in _DESCRIPTOR_ENDINGS if not e or e[-1] == last)
                    for last in {e[-1] for e in _DESCRIPTOR_ENDINGS if e}}
_NO_ENDING = tuple(e for e in _DESCRIPTOR_ENDINGS if not e)
_MIN_COMPOUND_TAIL = 4            # "Exp|ort" is no place: a compound's last part has four letters or more
# when one name is found in several ways, the surer kind wins ("in Dresden" over "Universität Dresden")
_KIND_ORDER = {"company": 0, "app": 1, "project": 2, "person": 3, "place": 4, "organization": 5, "media": 6,
               "name": 7}


class EntityWords(Protocol):
    """The entities area of a language (factcheck.lang.schema.Entities)."""

    descriptors: dict[str, list[str]]
    nouns_capitalized: bool
    leader_words: list[str]
    articles: list[str]
    legal_forms: list[str]
    place_prepositions: list[str]
    never_subject: list[str]
    apposition_articles: list[str]
    copulas: list[str]
    name_linkers: list[str]
    adjective_endings: list[str]
    headline_verbs: list[str]


class NameCues:
    """One language's words around names, prepared once; discover() finds the names of a text."""

    def __init__(self, words: EntityWords):
        lower_case_heads = not words.nouns_capitalized
        self.descriptors = {fold(noun): kind for kind, nouns in words.descriptors.items() for noun in nouns}
        # descriptors by their last letters: only those can be the tail of a word ending so
        self._end_size = min(map(len, self.descriptors), default=1)
        self._by_end: dict[str, list[str]] = {}
        for noun in self.descriptors:
            self._by_end.setdefault(noun[-self._end_size:], []).append(noun)
        self._long = long_nouns(self.descriptors)
        self.legal_forms = frozenset(words.legal_forms)
        self.never = frozenset(fold(w) for w in (*words.never_subject, *words.legal_forms))
        self.articles = frozenset(form for a in words.articles for form in (a, a.capitalize()))
        self.leaders = frozenset(words.leader_words)
        self.appositions = (words.apposition_articles, words.copulas)
        self.indefinite = frozenset(form for a in words.apposition_articles for form in (a, a.capitalize()))
        self.prepositions = tuple(f" {p} " for p in words.place_prepositions)
        # en: descriptor nouns are written in lower case, so they are looked for among all words
        self.lower_heads = frozenset(n for n in self.descriptors if "-" not in n) if lower_case_heads else frozenset()
        KEYS.register(self.lower_heads)
        self.english = lower_case_heads
        self.nouns_capitalized = words.nouns_capitalized
        self.adjective_endings = tuple(words.adjective_endings)
        self.verb_shapes = (tuple(v[1:] for v in words.headline_verbs if v.startswith("-")),
                            frozenset(v for v in words.headline_verbs if not v.startswith("-")))
        self._kinds: dict[str, tuple[str, str] | None] = {}
        self.described: tuple[str | None, int, list] = (None, -1, [])     # descriptions(): the last text's
        # facts about capitalized words that do not depend on the text, learnt once per word
        self._seen: set[str] = set()
        self._head_words: set[str] = set()
        self._camel_words: set[str] = set()
        self._usable: dict[str, bool] = {}      # usable(), learnt once per name
        linkers = "|".join(r"\s".join(map(re.escape, w.split())) for w in sorted(words.name_linkers, key=len, reverse=True))
        self._linker = re.compile(rf" (?:{linkers}) ([A-Z][\w'-]+)") if linkers else None

    def _learn(self, capitals: set[str]) -> None:
        new = capitals - self._seen
        if not new:
            return
        if len(self._seen) > 200_000:
            self._seen.clear()
            self._head_words.clear()
            self._camel_words.clear()
            self._kinds.clear()
            new = capitals
        kinds, descriptor = self._kinds, self._descriptor
        for word in new:                    # head() inlined: most new capitals are no descriptor
            found = kinds.get(word, False)
            if found is False:
                found = kinds[word] = descriptor(fold(word))
            if found:
                self._head_words.add(word)
        # CamelCase has a capital after the first letter: str.islower() rules out most words in C
        self._camel_words.update(w for w in new if not w[1:].islower() and camel_case(w))
        self._seen.update(new)

    def heads(self, capitals: set[str]) -> set[str]:
        """The capitalized words of a text that are descriptor nouns."""
        self._learn(capitals)
        return capitals & self._head_words

    def head_kind(self, word: str) -> str | None:
        """The kind of entity a descriptor noun introduces ('Sensorspezialisten' -> company)."""
        found = self.head(word)
        return found[0] if found else None

    def head(self, word: str) -> tuple[str, str] | None:
        """The kind a descriptor noun introduces and its base form ('Discountern' -> discounter)."""
        if word not in self._kinds:
            self._kinds[word] = self._descriptor(fold(word))
        return self._kinds[word]

    def _descriptor(self, folded: str) -> tuple[str, str] | None:
        for ending in _ENDINGS_BY_LAST.get(folded[-1:], _NO_ENDING):
            if ending and not folded.endswith(ending):
                continue
            stem = folded[:len(folded) - len(ending)] if ending else folded
            nouns = self._by_end.get(stem[-self._end_size:])
            if nouns is None:
                continue                    # no descriptor ends as this stem does
            kind = self.descriptors.get(stem)
            if kind is not None:
                return kind, stem
            kind = self._compound_head(stem, nouns)
            if kind is not None:
                return kind, stem
        return None

    def _compound_head(self, stem: str, nouns: list[str]) -> str | None:
        """The kind of the longest descriptor that ends the stem after three letters or more
        ("sensorspezialist" -> "spezialist"; hyphens before it are skipped, "lern-app"), taking
        among the descriptors that end in the stem's last letters (nouns)."""
        first_cut, kind = len(stem) - _MIN_COMPOUND_TAIL + 1, None
        for noun in nouns:
            if noun[0] == "-" or not stem.endswith(noun):
                continue
            cut = len(stem) - len(noun)
            while cut > 3 and stem[cut - 1] == "-":
                cut -= 1
            if 3 <= cut < first_cut:
                first_cut, kind = cut, self.descriptors[noun]
        return kind

    def usable(self, name: str) -> bool:
        """False for what is never a subject: listed words, single letters, common nouns."""
        found = self._usable.get(name)
        if found is None:
            if len(self._usable) > 200_000:       # names recur across news; a long run stays bounded
                self._usable.clear()
            found = self._usable[name] = self._is_usable(name)
        return found

    def _is_usable(self, name: str) -> bool:
        folded = fold(name)
        return len(folded) > 1 and folded not in self.never and not folded.endswith(_NOUN_ENDINGS) \
            and not acronym(name) and (" " in name or not common_noun(self.head(name), self.descriptors, self._long))

    def discover(self, doc: Searchable, capitals: set[str], known: set[str], start: int = 0) -> list[Entity]:
        """The entities text[start:] introduces that are not known already, sorted by name."""
        found: dict[str, str] = {}
        text = doc.text
        # "in Wien" three times is one test (dict.fromkeys: each distinct (name, kind, sure) once, in order)
        for name, kind, sure in dict.fromkeys(self._introduced(doc, capitals, start)):
            name = _linked(text, self._trimmed(name), start, self._linker, self.never)
            if name.endswith("s") and " " not in name and (name[:-1] in capitals or fold(name[:-1]) in known):
                name = name[:-1]             # de/en: a genitive ("Sloweniens") names what its stem names
            if not name or fold(name) in known or not self.usable(name) or abbreviation(text, name, start):
                continue
            if not sure and (after_article(text, name, start, self.articles)
                             or (kind == "place" and not _repeated(text, name, start))):
                continue
            if name not in found or _KIND_ORDER[kind] < _KIND_ORDER[found[name]]:
                found[name] = kind
        return [_discovered(name, kind) for name, kind in sorted(found.items())]

    def _trimmed(self, name: str) -> str:
        """A name without a genitive "'s", and cut before a title or legal form ("Nordwerk CEO X")."""
        if name.endswith(("'s", "’s")):
            name = name[:-2]
        if " " in name:
            words = name.split(" ")
            while self.english and len(words) > 1 and fold(words[0]) in self.never:
                words = words[1:]            # en: "On Tuesday Lumora": the name is what is left
            for i, word in enumerate(words[1:], 1):
                if fold(word) in self.never:
                    # "Griechische Regierung:" cut before the common noun leaves an adjective, no name
                    return "" if i == 1 and words[0].endswith(self.adjective_endings) else " ".join(words[:i])
            return " ".join(words)
        return name

    def _introduced(self, doc: Searchable, capitals: set[str], start: int) -> Iterable[tuple[str, str]]:
        """(name, kind, sure): sure evidence is kept even where an article stands before the word."""
        text = doc.text
        yield from ((n, k, True) for n, k in self._after_descriptors(doc, start))
        # weaker: a capitalized common noun can stand there too, so the article test below applies
        yield from ((n, k, False) for n, k in names_before(text, descriptions(self, doc, start), *self.appositions))
        self._learn(capitals)
        yield from ((w, "company", False) for w in capitals & self._camel_words if not _after_figure(text, w))
        forms = capitals & self.legal_forms
        if forms:
            yield from ((_with_word_before(text, n, self.never), "company", True)
                        for n in _legal_names(text, frozenset(forms), start))
        yield from ((n, "company", False) for n in ticker_names(text, start))
        if capitals & self.leaders:
            yield from ((n, "company", False) for n in self._before_leaders(text, start))
        yield from ((n, "company", False) for n in headline_names(self, text, start))
        for preposition in self.prepositions:
            yield from ((n, "place", False) for n in _after_word(text, preposition, start))
        if self.english:
            for m in _EN_NAME.finditer(text, max(0, start - 2)):
                if "-" not in m.group(1) and not _inside_a_name(text, m.start()):     # "Munich-based"
                    yield m.group(1), "name", False
            # a sentence opening with capitalized words before a verb: "Lumora Motors has postponed ..."
            yield from ((m.group(1), "name", False) for m in _EN_OPENING_NAME.finditer(text, start))

    def _after_descriptors(self, doc: Searchable, start: int) -> Iterable[tuple[str, str]]:
        """'der Chiphersteller Nordwerk', 'Finanzinvestor Talberg Capital', 'Leipzig-based app Lernwerk'."""
        text = doc.text
        for at, end, kind, _ in descriptions(self, doc, start):
            m = _NAME_AFTER.match(text, end)
            if m and not after_indefinite(text, at, self.indefinite):
                yield whole_name(self, text, (at, end), m, kind), kind

    def _before_leaders(self, text: str, start: int) -> Iterable[tuple[str, str]]:
        """de: 'Nordwerk-Chef', 'GPA-djp-Chefin': the company before the hyphen."""
        at = text.find("-", start)
        while at >= 0:
            m = _LEADER.match(text, _word_start(text, at, start))
            if m and m.group(2) in self.leaders and m.group(1)[:1].isupper():
                yield m.group(1)
            at = text.find("-", at + 1)

def descriptions(cues: NameCues, doc: Searchable, start: int = 0) -> list[tuple[int, int, str, str]]:
    """Descriptor nouns standing for a name ("der Konzern", "die neue Bahn", "the retailer") or
    introducing one: (start, end, kind, word as written), in text order. Discovery and typing both
    ask for one text in turn, so the last answer is kept."""
    text = doc.text
    last_text, last_start, last_found = cues.described
    if last_text is text and last_start == start:
        return last_found
    found = _descriptor_words(cues, doc, start)
    cues.described = (text, start, found)
    return found


def _descriptor_words(cues: NameCues, doc: Searchable, start: int) -> list[tuple[int, int, str, str]]:
    text = doc.text
    heads = list(cues.heads(doc.capitals(start)))
    if cues.lower_heads:
        heads += doc.present(start) & cues.lower_heads
    found = []
    for head in heads:
        kind = cues.head_kind(head)
        at = text.find(head, start)
        while at >= 0:
            end = at + len(head)
            if (at == 0 or not text[at - 1].isalnum()) and not text[end:end + 1].isalnum() \
                    and (text[at].islower() or not cues.english):
                found.append((at, end, kind, head))
            at = text.find(head, end)
    found.sort()
    return found


def _repeated(text: str, name: str, start: int) -> bool:
    """The name stands at least twice in text[start:]."""
    first = text.find(name, start)
    return first >= 0 and text.find(name, first + len(name)) >= 0


def _after_word(text: str, word: str, start: int) -> Iterable[str]:
    """de: the capitalized word after ' in ' with no article between ('in Marbach')."""
    at = text.find(word, start)
    while at >= 0:
        # _NAME_AFTER needs a capital right after the space: most words after "in" have none ("in der")
        after = at + len(word)
        m = _NAME_AFTER.match(text, after - 1) if text[after:after + 1] in _CAPITALS else None
        if m and not m.group(2):           # "in New York": a name of two words is not read by halves
            yield m.group(1)
        at = text.find(word, at + 1)


def _with_word_before(text: str, name: str, never: frozenset[str]) -> str:
    """'Kaufwerk Logistik' of 'Kaufwerk Logistik GmbH': one capitalized word before the name joins it."""
    at = text.find(" " + name + " ")
    if at <= 0:
        return name
    begin = text.rfind(" ", 0, at) + 1
    word = text[begin:at]
    if word[:1].isupper() and word.isalpha() and fold(word) not in never and text[begin - 2:begin - 1] not in ".!?:":
        return f"{word} {name}"
    return name


def _inside_a_name(text: str, at: int) -> bool:
    """en: the word ending at text[at] is capitalized: "Harbor| Freight Lines" is one name, not "Freight Lines"."""
    begin = at
    while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] in "&'-"):
        begin -= 1
    return text[begin].isupper()


def _word_start(text: str, at: int, low: int) -> int:
    i = at
    while i > low and (text[i - 1].isalnum() or text[i - 1] in "&-"):
        i -= 1
    return i


@functools.lru_cache(maxsize=4096)
def _linked(text: str, name: str, start: int, linker: re.Pattern | None, never: frozenset[str]) -> str:
    """'Save the Children' of 'Save': a name that goes on with a linker word and a capitalized word."""
    if linker is None:
        return name
    at = text.find(name + " ", start)
    m = linker.match(text, at + len(name)) if at >= 0 else None
    return name + m.group() if m is not None and fold(m.group(1)) not in never else name


def _after_figure(text: str, word: str) -> bool:
    """'9,79 SekundenSilber:', '80 PunkteSilber': a CamelCase word right after a number is its unit glued to
    the next word by a lost line break (a results table), not a name."""
    at = text.find(" " + word)
    while at > 0:
        if text[at - 1].isdigit():
            return True
        at = text.find(" " + word, at + 1)
    return False


def _discovered(name: str, kind: str) -> Entity:
    return Entity(name=name, kind=kind, aliases=(name,), discovered=True)


_LEGAL_NAME_CHARS = frozenset("&.-_")
_LEGAL_NAME_START = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ")


def _legal_names(text: str, forms: frozenset[str], start: int) -> list[str]:
    """The names before a legal form in text[start:] ("Acme AG" -> "Acme"), found from the legal
    forms the text holds instead of a regex tried at every position."""
    ends: list[tuple[int, int]] = []          # (the space before a legal form, the end of the form)
    for form in forms:
        at = text.find(" " + form, max(0, start - 1))
        while at >= 0:
            after = at + 1 + len(form)
            if after >= len(text) or not _is_word(text[after]):
                ends.append((at, after))
            at = text.find(" " + form, at + 1)
    names = []
    last = start
    for space, after in sorted(ends):
        begin = space
        while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] in _LEGAL_NAME_CHARS):
            begin -= 1
        for s in range(max(begin, last), space):
            if text[s] in _LEGAL_NAME_START and (s == 0 or not _is_word(text[s - 1])):
                names.append(text[s:space])
                last = after
                break
    return names


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"
