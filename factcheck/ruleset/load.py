"""Read a rule folder: every file validated, every problem as file:line:col, then the RuleSet."""
from __future__ import annotations

import os
from dataclasses import dataclass

from pydantic import BaseModel, ValidationError

from factcheck.errors import UserError
from factcheck.ruleset import schema
from factcheck.ruleset.entities import Entity
from factcheck.ruleset.messages import did_you_mean, errors_from
from factcheck.ruleset.rules import ExampleCase, Rule, RuleSet
from factcheck.ruleset.yamlpos import Located, YamlProblem, parse

SHIPPED = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "rules")
ENTITY_FILES = ("entities.yaml", "entities.yml")
RULE_SUFFIXES = (".yaml", ".yml")


def resolve_directory(directory: str | None) -> str:
    """The folder actually used: the one given, else ./rules when it exists, else the shipped rules."""
    if directory is not None:
        return directory
    return "rules" if os.path.isdir("rules") else SHIPPED


@dataclass
class _Parsed:
    path: str
    located: Located
    spec: BaseModel | None          # None when the file did not validate


def load(directory: str | None) -> tuple[RuleSet | None, list[UserError]]:
    """The RuleSet of a folder, or None and all problems of all its files, sorted."""
    folder = resolve_directory(directory)
    if not folder or not os.path.isdir(folder):
        return None, [UserError(folder or "''", None, None, "no such rule folder")]
    names = sorted(n for n in os.listdir(folder)
                   if n.endswith(RULE_SUFFIXES) and not n.startswith(".")
                   and os.path.isfile(os.path.join(folder, n)))
    errors: list[UserError] = []
    entities = {} if _same_folder(folder, SHIPPED) else shipped_entities()
    for name in names:
        if name in ENTITY_FILES:
            errors += _read_entities(os.path.join(folder, name), entities)
    parsed: list[_Parsed] = []
    for name in names:
        if name not in ENTITY_FILES:
            rule, problems = _read(os.path.join(folder, name), schema.RuleFile, "rule")
            errors += problems
            if rule is not None:
                parsed.append(rule)
    errors += _cross_check(parsed, entities)
    if errors:
        return None, sorted(errors, key=lambda e: (e.path, e.line or 0, e.col or 0, e.message))
    rules = {p.spec.id: _build(p, entities) for p in parsed if p.spec is not None}
    return RuleSet(directory=folder, rules=rules, entities=entities), []


def _same_folder(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def shipped_entities() -> dict[str, Entity]:
    entities: dict[str, Entity] = {}
    for name in ENTITY_FILES:
        path = os.path.join(SHIPPED, name)
        if os.path.isfile(path):
            _read_entities(path, entities)
    return entities


def _read(path: str, model: type[BaseModel], what: str) -> tuple[_Parsed | None, list[UserError]]:
    """One YAML file validated against model; problems with line and column."""
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except UnicodeDecodeError:
        return None, [UserError(path, None, None, "cannot be read as UTF-8 text")]
    except OSError as e:
        return None, [UserError(path, None, None, f"cannot be read ({e.strerror or e})")]
    try:
        located = parse(text)
    except YamlProblem as e:
        return None, [UserError(path, e.line, e.col, e.message)]
    errors = [UserError(path, line, col, message) for (line, col), message in located.problems]
    if located.data is None:
        keys = "id, description, subject, claim, examples" if what == "rule" else "entities"
        return None, errors + [UserError(path, 1, 1, f"empty {what} file; expected the keys {keys}")]
    if not isinstance(located.data, dict):
        line, col = located.position(())
        return None, errors + [UserError(path, line, col, f"a {what} file must be a mapping of keys, "
                                                          f"got {'a list' if isinstance(located.data, list) else 'text'}")]
    try:
        spec = model.model_validate(located.data)
    except ValidationError as e:
        return _Parsed(path, located, None), errors + errors_from(e, located, path, model)
    return _Parsed(path, located, spec), errors


def _read_entities(path: str, entities: dict[str, Entity]) -> list[UserError]:
    parsed, errors = _read(path, schema.EntitiesFile, "entities")
    if parsed is None:
        return errors
    errors += _clashing_names(parsed)
    if parsed.spec is None or errors:
        return errors
    for spec in parsed.spec.entities:
        entities[spec.name] = Entity(name=spec.name, kind=spec.kind, aliases=tuple(spec.aliases),
                                     descriptions=tuple(spec.descriptions.all()), min_score=spec.min_score)
    return errors


def _clashing_names(parsed: _Parsed) -> list[UserError]:
    """Two entities with one name, or one alias for two entities (read from the raw data)."""
    errors: list[UserError] = []
    items = parsed.located.data.get("entities")
    owners: dict[str, str] = {}          # casefolded name or alias -> the entity it belongs to
    names: set[str] = set()
    for i, item in enumerate(items if isinstance(items, list) else []):
        name = item.get("name") if isinstance(item, dict) else None
        if not isinstance(name, str):
            continue
        line, col = parsed.located.position(("entities", i, "name"))
        if name in names:
            errors.append(UserError(parsed.path, line, col, f"duplicate entity {name!r}"))
            continue
        names.add(name)
        aliases = item.get("aliases") if isinstance(item.get("aliases"), list) else []
        for alias in dict.fromkeys([name, *(a for a in aliases if isinstance(a, str))]):
            owner = owners.setdefault(alias.casefold(), name)
            if owner != name:
                errors.append(UserError(parsed.path, line, col, f"alias {alias!r} of {name!r} is already "
                                                                f"a name or alias of {owner!r}"))
    return errors


def _cross_check(parsed: list[_Parsed], entities: dict[str, Entity]) -> list[UserError]:
    """What a single schema cannot know: file name = id, ids unique, entities known, a positive
    example present, qualifier names. Read from the raw data, so invalid files are checked too."""
    errors: list[UserError] = []
    first: dict[str, _Parsed] = {}
    for p in parsed:
        data, at = p.located.data, p.located.position
        rule_id = data.get("id")
        if isinstance(rule_id, str):
            stem = os.path.splitext(os.path.basename(p.path))[0]
            if rule_id != stem:
                errors.append(UserError(p.path, *at(("id",)), f"id {rule_id!r} must be the file name; "
                                                              f"rename the file or set 'id: {stem}'"))
            if rule_id in first:
                other = first[rule_id]
                where = ":".join(map(str, other.located.position(("id",))))
                errors.append(UserError(p.path, *at(("id",)), f"duplicate id {rule_id!r}; also in {other.path}:{where}"))
            first.setdefault(rule_id, p)
        errors += _unknown_entity(p, entities)
        qualifiers = data.get("qualifiers")
        if isinstance(qualifiers, dict):
            for name in qualifiers:
                if not schema.ID.match(name):
                    errors.append(UserError(p.path, *at(("qualifiers", name), key=True),
                                            f"qualifier name {name!r} must be a lower-case word (letters, digits, _)"))
        examples = data.get("examples", [])
        if isinstance(examples, list) and not any(isinstance(e, dict) and "text" in e for e in examples):
            line, col = at(("examples",), key=True) if "examples" in data else (1, 1)
            errors.append(UserError(p.path, line, col, f"rule {rule_id or p.path!r} has no positive example; add one "
                                                       "under 'examples' as 'text' with the claim marked [[like this]]"))
    return errors


def _unknown_entity(p: _Parsed, entities: dict[str, Entity]) -> list[UserError]:
    subject = p.located.data.get("subject")
    path: tuple = ("subject",)
    if isinstance(subject, dict):
        subject, path = subject.get("entity"), ("subject", "entity")
    if not isinstance(subject, str) or subject in entities:
        return []
    hint = did_you_mean(subject, entities) or "; list it in entities.yaml or give 'name' and 'aliases'"
    return [UserError(p.path, *p.located.position(path), f"unknown entity {subject!r} in 'subject'{hint}")]


def _build(p: _Parsed, entities: dict[str, Entity]) -> Rule:
    spec: schema.RuleFile = p.spec
    subject = _subject(spec.subject, entities)
    entities[subject.name] = subject
    examples = [ExampleCase(e, p.located.position(("examples", i))[0]) for i, e in enumerate(spec.examples)]
    return Rule(
        id=spec.id, description=spec.description, path=p.path, subject=subject,
        kinds=list(spec.claim.kinds), units=list(spec.claim.units), cues=spec.cues,
        qualifiers=spec.qualifiers.named(), period=spec.qualifiers.period, compare=spec.compare,
        references=list(spec.references), examples=examples,
    )


def _subject(spec: schema.Subject, entities: dict[str, Entity]) -> Entity:
    """The rule's subject: the named entity with the rule's extra aliases, or one defined inline."""
    base = entities.get(spec.entity or spec.name or "")
    aliases = (*(base.aliases if base else ()), *spec.aliases)
    descriptions = (*(base.descriptions if base else ()), *spec.descriptions.all())
    given = spec.model_fields_set
    return Entity(
        name=base.name if base else spec.name,
        kind=spec.kind if (base is None or "kind" in given) else base.kind,
        aliases=tuple(dict.fromkeys(aliases)), descriptions=tuple(dict.fromkeys(descriptions)),
        min_score=spec.min_score if (base is None or "min_score" in given) else base.min_score,
    )
