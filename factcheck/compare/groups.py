"""Claim groups: claims hashed by (claim type, subject), with the rule's settings and the intervals the checks read.

Cost. Grouping is one pass with a dict: O(n) for n claims; the pairs inside a group cost
O(g log g) for g claims (see pairs.py). The whole comparison is O(n log n).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from factcheck.compare import signals
from factcheck.compare.intervals import INF, Interval, Span, claim_span, comparable
from factcheck.compare.around import AroundClaims, previous_sentence
from factcheck.compare.pairs import VAGUE_KEYS, GroupPairs, Pair, Verdict, qualifier_key
from factcheck.model import SEVERITY_RANK, Claim, Document, Finding, group_name, sentence_offset, stable_id

__all__ = ["ClaimGroup", "GroupKey", "Pair", "group_claims", "group_name", "previous_sentence", "qualifier_key",
           "sentence_offset", "Context", "Verdict"]

GroupKey = tuple[str, str]
PROJECT_KIND, PROJECT_OWNER = "project", "owner"     # classify's qualifiers of a project's figures


def group_claims(claims: Iterable[Claim]) -> dict[GroupKey, list[Claim]]:
    """Claims with a subject and a claim type, hashed by both; the others are never compared. A name
    spelt in two cases ("Tiktok", "TikTok") is one subject, shown in its most frequent spelling.
    A project's figures are hashed by its kind and owner instead ("the new gondola" of Talvera
    and "die neue Gondelbahn" of Talvera are one), shown as "Gondelbahn (Talvera)"; a project
    whose owner is unknown is never compared: a "Stadthalle" alone names no particular one."""
    groups: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    spellings: dict[str, Counter] = defaultdict(Counter)
    owners: dict[str, str] = {}
    for claim in claims:
        if claim.subject is not None and claim.claim_type is not None:
            # zero-config keys hold a colon, rule ids never do: a rule's own "project" qualifier is its own
            project = claim.qualifiers.get(PROJECT_KIND) if ":" in claim.claim_type else None
            if project is None:
                folded = claim.subject.casefold()
            else:
                owner = claim.qualifiers.get(PROJECT_OWNER)
                if owner is None:
                    continue
                folded = f"{project}@{owner.casefold()}"
                owners[folded] = owner
            groups[(claim.claim_type, folded)].append(claim)
            spellings[folded][claim.subject] += 1
    shown = {folded: min(count, key=lambda name: (-count[name], name)) for folded, count in spellings.items()}
    shown.update({folded: f"{shown[folded]} ({owner})" for folded, owner in owners.items()})
    return {(claim_type, shown[folded]): members for (claim_type, folded), members in groups.items()}


def project_names(groups: Mapping[GroupKey, list[Claim]]) -> dict[str, tuple[str, ...]]:
    """A project group's shown subject -> the names its articles give the project, which name it
    in an article as its own name would ("gondola", "Gondelbahn")."""
    names: dict[str, set[str]] = defaultdict(set)
    for (_, subject), members in groups.items():
        if ":" in members[0].claim_type and members[0].qualifiers.get(PROJECT_KIND) is not None:
            names[subject].update(c.subject for c in members if c.subject)
    return {subject: tuple(sorted(found)) for subject, found in names.items()}


@dataclass
class Context:
    """What every group of one run shares: the documents, where each subject is named, the rules' additions."""

    documents: Mapping[str, Document] = field(default_factory=dict)
    unit_aliases: Mapping[str, str] = field(default_factory=dict)          # folded unit -> the rule's name for it
    signals: Mapping[str, tuple[str, ...]] = field(default_factory=dict)   # language -> change phrases rules add
    aliases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)   # subject -> its other names
    _named: dict[tuple[str, str], bool] = field(default_factory=dict, init=False, repr=False)
    _folded: dict[str, str] = field(default_factory=dict, init=False, repr=False)

    def named_in(self, subject: str, doc: str) -> bool:
        """True when the document's text names the subject (or an alias of it) as a word."""
        key = (subject, doc)
        if key not in self._named:
            document = self.documents.get(doc)
            self._named[key] = document is not None and any(
                self._names(name, doc, document.text) for name in (subject, *self.aliases.get(subject, ())))
        return self._named[key]

    def _names(self, name: str, doc: str, text: str) -> bool:
        # a short name ("EU", "SAP") must match in its case; a longer one in any case
        if len(name) <= 3:
            return _stands_in(text, name, word_end=True)
        if _stands_in(text, name, word_end=False, ascii_before=True):
            return True                   # as written: the article need not be case-folded (most are not, then)
        if doc not in self._folded:
            self._folded[doc] = text.casefold()
        return _stands_in(self._folded[doc], name.casefold(), word_end=False)


def _stands_in(text: str, name: str, word_end: bool, ascii_before: bool = False) -> bool:
    r"""True when name stands in text at a word start (and with word_end, ends a word): the regex
    (?<!\w)name(?!\w) by str.find, since a leading look-behind makes the regex engine try every position
    of the whole article instead of searching for the name. With ascii_before, only where the character
    before the name is ASCII: case-folding leaves such a one as it is, so the folded name stands in the
    folded text there too (a combining mark may fold to a letter)."""
    at = text.find(name)
    while at != -1:
        end = at + len(name)
        starts = at == 0 or not _word_char(text[at - 1]) and (not ascii_before or text[at - 1].isascii())
        if starts and (not word_end or end == len(text) or not _word_char(text[end])):
            return True
        at = text.find(name, at + 1)
    return False


def _word_char(char: str) -> bool:
    r"""What \w matches in a str pattern: a letter, digit or number of any script, or '_'."""
    return char.isalnum() or char == "_"


@dataclass
class ClaimGroup(AroundClaims):
    """All claims of one (claim type, subject) key, with the rule that typed them."""

    claim_type: str | None
    subject: str
    claims: list[Claim]
    rule: object | None = None
    documents: Mapping[str, Document] = field(default_factory=dict)
    context: Context | None = None
    reported: set[frozenset[str]] = field(default_factory=set, init=False, repr=False)
    _spans: dict[str, Span | None] = field(default_factory=dict, init=False, repr=False)
    _units: dict[tuple[str, str], str] = field(default_factory=dict, init=False, repr=False)
    _signals: dict[str, str | None] = field(default_factory=dict, init=False, repr=False)
    _flags: dict[tuple[str, str], bool] = field(default_factory=dict, init=False, repr=False)
    _doc_signals: dict[str, str | None] = field(default_factory=dict, init=False, repr=False)
    _tolerant: dict[str, Span | None] = field(default_factory=dict, init=False, repr=False)
    _measure_units: dict[str, str | None] = field(default_factory=dict, init=False, repr=False)
    _named_docs: dict[str, bool] = field(default_factory=dict, init=False, repr=False)
    _published: dict[str, Interval | None] = field(default_factory=dict, init=False, repr=False)
    _starts: dict[str, int | None] = field(default_factory=dict, init=False, repr=False)
    _before_sentence: dict[tuple[str, int | None], str] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        if self.context is None:
            self.context = Context(documents=self.documents)
        self.documents = self.context.documents

    # ------------------------------------------------------------ rule settings

    @cached_property
    def tolerance(self) -> float:
        compare = getattr(self.rule, "compare", None)
        return float(getattr(compare, "tolerance", 0.0) or 0.0)

    @cached_property
    def label(self) -> str:
        """What the claims are about, for messages: the rule's description up to its first comma."""
        description = getattr(self.rule, "description", None)
        if isinstance(description, str) and description.strip():
            return description.strip().split(",")[0].split(". ")[0].rstrip(".")
        return f"{self.subject} ({self.claim_type})" if self.claim_type else self.subject

    def severity(self, check_id: str, default: str, confidence: str = "strong") -> str:
        """The check's severity (the rule's, if it names one), capped by how sure the match is:
        an error needs a strong match, a medium one gives at most a warning, a weak one info."""
        wanted = default
        if self.rule is not None:
            named = getattr(getattr(self.rule, "compare", None), "severity", None)
            if not (default == "info" and isinstance(named, dict) and check_id not in named):
                wanted = self.rule.severity_for(check_id, default)
        cap = _CAP[confidence]
        return wanted if SEVERITY_RANK[wanted] <= SEVERITY_RANK[cap] else cap

    def finding(self, check_id: str, default_severity: str, claims: Sequence[Claim], message: str,
                confidence: str = "strong", support: Sequence[Claim] = ()) -> Finding:
        ids = [c.id for c in claims]
        repeats = [c.id for c in self._repeats(claims)]
        return Finding(id=stable_id("f", check_id, *ids),
                       severity=self.severity(check_id, default_severity, confidence),
                       check=check_id, claim_type=_named_type(claims, self.claim_type), subject=self.subject,
                       claims=ids + repeats,
                       message=message, support=[c.id for c in support], confidence=confidence)

    def _repeats(self, claims: Sequence[Claim]) -> list[Claim]:
        """The same figures stated again in their documents (a headline and its body: "79 Millionen
        Euro" twice): a finding names every claim of the disagreement, not one of each document."""
        named = {c.id for c in claims}
        found = {i: c for key in {_statement(c) for c in claims}
                 for i, c in self._by_statement.get(key, ()) if c.id not in named}
        return [found[i] for i in sorted(found)]

    @cached_property
    def _by_statement(self) -> dict[tuple, list[tuple[int, Claim]]]:
        """The group's claims (with their place in it) by document and figure: a finding asks for its
        repeats, and a group of thousands of claims has thousands of findings."""
        found: dict[tuple, list[tuple[int, Claim]]] = defaultdict(list)
        for i, claim in enumerate(self.claims):
            found[_statement(claim)].append((i, claim))
        return found

    def unit(self, claim: Claim) -> str | None:
        """The claim's unit in a form shared across languages ('Nutzer' and 'user' are one unit)."""
        return self.canonical_unit(claim.unit, claim.kind)

    def measure_unit(self, claim: Claim) -> str | None:
        units = self._measure_units
        if claim.id not in units:
            units[claim.id] = self._measure_unit(claim)
        return units[claim.id]

    def _measure_unit(self, claim: Claim) -> str | None:
        """The unit as far as it tells measures apart: a currency, percent vs points, a counted thing
        under a rule; None where the group's key already names what is counted ('quantity:employee':
        staff, Mitarbeiter and people are one) and for dates and durations (their axis is time)."""
        if claim.kind in ("date", "duration"):
            return None
        if self.rule is None and claim.kind in ("quantity", "number") and self.claim_type \
                and self.claim_type.startswith(("quantity:", "number:")):
            return None
        return self.unit(claim)

    def canonical_unit(self, unit: str | None, kind: str) -> str | None:
        if unit is None:
            return None
        key = (unit, kind)
        if key not in self._units:
            self._units[key] = self._canonical_unit(unit, kind)
        return self._units[key]

    def _canonical_unit(self, unit: str, kind: str) -> str:
        from factcheck.match.zeroconfig import lexicon     # the counted things, loaded on first use

        aliases = self.context.unit_aliases
        if aliases:
            declared = aliases.get(unit.casefold()) or aliases.get(lexicon().unit_thing(unit) or "")
            if declared is not None:
                return declared                               # a rule says these units are one
        if kind == "money" or unit == "%":
            return unit
        canonical = getattr(self.rule, "canonical_unit", None)
        if callable(canonical):
            return canonical(unit)
        return lexicon().thing_of(unit) or unit.casefold()

    # ------------------------------------------------------------ intervals

    def span(self, claim: Claim) -> Span | None:
        spans = self._spans
        if claim.id not in spans:
            spans[claim.id] = self._span(claim)
        return spans[claim.id]

    def _span(self, claim: Claim) -> Span | None:
        span = claim_span(claim)
        if span is not None and span.axis == "value" and span.absolute is not None \
                and signals.is_threshold(claim, self._sentence_start(claim)):
            # a threshold passed ("die Marke von einer Million überschritten") is a lower bound
            return Span("value", Interval(span.absolute.low, INF))
        return span

    def intervals(self, a: Claim, b: Claim) -> tuple[Interval, Interval] | None:
        """Both claims' intervals on a shared axis, widened by the rule's tolerance."""
        tolerant = self._tolerant
        sa = tolerant[a.id] if a.id in tolerant else self.tolerant_span(a)
        sb = tolerant[b.id] if b.id in tolerant else self.tolerant_span(b)
        if sa is None or sb is None:
            return None
        return comparable(sa, sb)

    def tolerant_span(self, claim: Claim) -> Span | None:
        """The claim's span widened by the rule's tolerance once, not for every pair it is in
        (a date's calendar days are not widened: see Span.relative)."""
        if claim.id in self._tolerant:
            return self._tolerant[claim.id]
        span, tolerance = self.span(claim), self.tolerance
        if span is not None and span.relative and tolerance > 0:
            span = Span(span.axis, *(None if i is None else i.widened(tolerance)
                                     for i in (span.absolute, span.month_day)))
        self._tolerant[claim.id] = span
        return span

    def agree(self, a: Claim, b: Claim) -> bool | None:
        """True when the intervals overlap, False when not, None when they cannot be compared."""
        pair = self.intervals(a, b)
        return None if pair is None else pair[0].overlaps(pair[1])

    # ------------------------------------------------------------ the pairs the checks see

    @cached_property
    def pairs(self) -> GroupPairs:
        return GroupPairs(self)

    def verdicts(self, check_id: str) -> list[Verdict]:
        """The pairs judged to be this check's, one per two documents and two values."""
        seen: set[tuple] = set()
        chosen: list[Verdict] = []
        # of one value stated twice (headline and body), name the fuller statement ("Samstag, 7. Dezember"
        # rather than "Samstag")
        candidates = sorted(self.pairs.of(check_id), key=lambda v: -len(v.a.text) - len(v.b.text))
        if check_id == "updated":
            # ... and of a new value, the claim whose sentence says it changed
            candidates = sorted(candidates, key=lambda v: self.signal(v.b) is None)
        numbers = self._span_numbers
        for verdict in candidates:
            if verdict.confidence == "none":
                continue          # neither the subject named in both nor the time known: not one fact
            key = (verdict.a.doc, verdict.b.doc, numbers[verdict.a.id], numbers[verdict.b.id], verdict.note)
            if key not in seen:
                seen.add(key)
                chosen.append(verdict)
        return chosen

    def support(self, verdict: Verdict) -> list[Claim]:
        return self.pairs.support(verdict)

    def release(self) -> None:
        """Drops the pairs and their tables once the checks are done: they point back at the group,
        a cycle that only the garbage collector would free."""
        self.__dict__.pop("pairs", None)


def _statement(claim: Claim) -> tuple:
    """A claim's document and figure as written: its repeats share it."""
    return (claim.doc, claim.kind, claim.value, claim.low, claim.high, claim.timex, claim.unit)


def _named_type(claims: Sequence[Claim], fallback: str | None) -> str | None:
    """The claim type of a finding: the one its claims share, else the one that names a measure."""
    types = sorted({c.claim_type for c in claims if c.claim_type}, key=lambda t: (t in VAGUE_KEYS, t))
    return types[0] if types else fallback


_CAP = {"strong": "error", "medium": "warning", "weak": "info", "none": "info"}
