"""Loaded rules: Rule (one claim type) and RuleSet (all of them, indexed for typing claims fast)."""
from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass, field

from factcheck.match.entities import Entity, EntityIndex
from factcheck.match.phrases import PhraseMatcher, fold
from factcheck.match.zeroconfig import lexicon
from factcheck.ruleset import schema
from factcheck.ruleset.patterns import compile_regex

Reference = schema.Reference
CompareSettings = schema.CompareSettings
Qualifier = schema.Qualifier

# Kinds whose unit names what is counted: for them a listed unit is evidence enough.
COUNT_KINDS = frozenset({"quantity", "number"})


@dataclass(frozen=True)
class ExampleCase:
    """One example of a rule, with the line it stands on."""

    spec: schema.Example
    line: int


@dataclass(eq=False)
class Rule:
    """One claim type: which claims it types, how it qualifies them, how compare treats them."""

    id: str
    description: str
    path: str
    subject: Entity
    kinds: list[str]
    units: list[str]
    cues: schema.Cues
    qualifiers: dict[str, Qualifier]
    period: str | None
    compare: CompareSettings
    references: list[Reference]
    examples: list[ExampleCase]
    things: frozenset[str] = field(default=frozenset())   # units folded, and what they count

    def __post_init__(self) -> None:
        zero = lexicon()
        names = {fold(u) for u in self.units}
        names |= {t for t in (zero.thing_of(u) for u in self.units) if t}
        self.things = frozenset(names)

    @functools.cached_property
    def qualifier_matchers(self) -> dict[str, PhraseMatcher]:
        """Phrase matchers per qualifier; built when the rule first types a claim."""
        matchers: dict[str, PhraseMatcher] = {}
        for name, spec in self.qualifiers.items():
            matcher = matchers[name] = PhraseMatcher(compile_regex)
            for value, phrases in spec.values.items():
                matcher.add_all(phrases.all(), value)
        return matchers

    @functools.cached_property
    def qualifier_lookups(self) -> list[tuple[str, Qualifier, str, PhraseMatcher]]:
        """Per qualifier: its name, spec, the key its matches are kept under, and its matcher."""
        return [(name, spec, f"{self.id}.{name}", self.qualifier_matchers[name])
                for name, spec in self.qualifiers.items()]

    @property
    def look_back(self) -> int:
        return self.cues.look_back

    def severity_for(self, check_id: str, default: str) -> str:
        """The severity this rule sets for a check: per check, else for all checks, else default."""
        severity = self.compare.severity
        return severity.get(check_id, severity.get("default", default))

    def canonical_unit(self, unit: str) -> str:
        """One spelling for units that name the same thing ('Nutzer', 'user' -> 'user')."""
        return lexicon().thing_of(unit) or unit

    def accepts_unit(self, unit: str | None, thing: str | None) -> bool:
        """False when the rule lists units and the claim's unit is none of them."""
        if not self.units or unit is None:
            return True
        return fold(unit) in self.things or (thing is not None and thing in self.things)


@dataclass(eq=False)
class RuleSet:
    """All rules of a folder (sorted by id) and the entities they and entities.yaml name."""

    directory: str
    rules: dict[str, Rule]
    entities: dict[str, Entity]

    def __post_init__(self) -> None:
        self.rules = dict(sorted(self.rules.items()))
        self.entity_index = EntityIndex(self.entities.values(), compile_regex)
        self.cue_matcher = PhraseMatcher(compile_regex)
        self.by_thing: dict[str, set[str]] = defaultdict(set)
        self.kind_only: dict[str, set[str]] = defaultdict(set)
        self.max_look_back = max((r.look_back for r in self.rules.values()), default=0)
        self.unit_aliases: dict[str, str] = {}   # unit (case-folded, and its counted thing) -> the list's first unit
        self.change_signals: dict[str, tuple[str, ...]] = {}
        for rule in self.rules.values():
            for units in rule.compare.same_units:
                for unit in units:
                    self.unit_aliases[unit.casefold()] = units[0]
                    self.unit_aliases.setdefault(lexicon().unit_thing(unit) or unit.casefold(), units[0])
            for code in ("de", "en"):
                added = tuple(getattr(rule.compare.change, code))
                if added:
                    self.change_signals[code] = self.change_signals.get(code, ()) + added
        for rule in self.rules.values():
            self.cue_matcher.add_all(rule.cues.all(), rule.id)
            for thing in rule.things:
                self.by_thing[thing].add(rule.id)
            if not rule.cues.all() and not (rule.units and set(rule.kinds) & COUNT_KINDS):
                for kind in rule.kinds:
                    self.kind_only[kind].add(rule.id)

    def rule(self, claim_type: str | None) -> Rule | None:
        """The rule of a claim type; None for zero-config keys and unknown ids."""
        return self.rules.get(claim_type) if claim_type else None
