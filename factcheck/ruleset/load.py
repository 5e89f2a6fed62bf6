"""Read a rule folder: every file validated, every problem as file:line:col, then the RuleSet."""
from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from pydantic import BaseModel, ValidationError

from factcheck.errors import UserError
from factcheck.match.entities import Entity
from factcheck.match.phrases import is_regex
from factcheck.ruleset import schema
from factcheck.ruleset.messages import did_you_mean, errors_from
from factcheck.ruleset.rules import ExampleCase, Rule, RuleSet
from factcheck.ruleset.yamlpos import Located, YamlProblem, parse

SHIPPED = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "rules")
ENTITY_FILES = ("entities.yaml", "entities.yml")
RULE_SUFFIXES = (".yaml", ".yml")
# A rule file is a few KB; entities.yaml with 1,000 entities about 150 KB.
MAX_RULE_BYTES = 1024 * 1024
MAX_RULE_FILES = 1000
# Phrases (cues, qualifier and description phrases) of all files together: each costs ~10 KB of
# index. Each /regex/ phrase may use up to patterns.MAX_MEMORY (2 MiB) while it runs.
MAX_PHRASES = 10_000
MAX_REGEX_PHRASES = 100
MAX_ERRORS_PER_FILE = 50


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


def load(directory: str | Sequence[str] | None, defaults: bool | None = None
         ) -> tuple[RuleSet | None, list[UserError]]:
    """The RuleSet, or None and all problems of all files, sorted.

    defaults None (the `rules` commands): the one folder given (else ./rules, else the shipped rules),
    with the shipped entities. defaults True (`run`, `extract`): the shipped rules and entities, then
    each folder given (else ./rules when it exists) adds to them; a rule of a later folder replaces one
    with the same id. defaults False (`--no-default-rules`): only the folders given."""
    if defaults is None:
        folder = resolve_directory(directory if isinstance(directory, str) or directory is None
                                   else (list(directory) or [None])[-1])
        entities = {} if _same_folder(folder, SHIPPED) else shipped_entities()
        return _load_folders([folder], entities)
    given = [directory] if isinstance(directory, str) else list(directory or ())
    if not given and defaults and os.path.isdir("rules"):
        given = ["rules"]
    folders = ([SHIPPED] if defaults else []) + [f for f in given if not (defaults and _same_folder(f, SHIPPED))]
    return _load_folders(folders, {})


def _load_folders(folders: list[str], entities: dict[str, Entity]) -> tuple[RuleSet | None, list[UserError]]:
    errors: list[UserError] = []
    read: list[_Parsed] = []
    by_id: dict[str, _Parsed] = {}
    for folder in folders:
        parsed, problems = _read_folder(folder, entities, read)
        errors += problems
        by_id.update((p.spec.id, p) for p in parsed if p.spec is not None)
    errors += _too_many_phrases(read + list(by_id.values()))
    if errors:
        return None, _capped(sorted(errors, key=lambda e: (e.path, e.line or 0, e.col or 0, e.message)))
    rules = {rule_id: _build(p, entities) for rule_id, p in by_id.items()}
    return RuleSet(directory=folders[-1] if folders else "", rules=rules, entities=entities), []


def _read_folder(folder: str, entities: dict[str, Entity], read: list[_Parsed]
                 ) -> tuple[list[_Parsed], list[UserError]]:
    """One folder's entities (added to entities) and rule files, checked against the entities known so far."""
    if not folder or not os.path.isdir(folder):
        return [], [UserError(folder or "''", None, None, "no such rule folder")]
    names, errors = _rule_file_names(folder)
    for name in names:
        if name in ENTITY_FILES:
            errors += _read_entities(os.path.join(folder, name), entities, read)
    parsed: list[_Parsed] = []
    for name in names:
        if name not in ENTITY_FILES:
            rule, problems = _read(os.path.join(folder, name), schema.RuleFile, "rule")
            errors += problems
            if rule is not None:
                parsed.append(rule)
    errors += _cross_check(parsed, entities)
    return parsed, errors


def _capped(errors: list[UserError]) -> list[UserError]:
    """At most MAX_ERRORS_PER_FILE errors of each file, then one line, at the file's last error,
    saying how many more there are (errors_from leaves those it did not word without a message)."""
    kept: list[UserError] = []
    by_file: dict[str, list[UserError]] = {}
    for error in errors:
        by_file.setdefault(error.path, []).append(error)
    for path, found in by_file.items():
        shown = [e for e in found if e.message][:MAX_ERRORS_PER_FILE]
        kept += shown
        if len(found) > len(shown):
            last = max(found, key=lambda e: (e.line or 0, e.col or 0))
            kept.append(UserError(path, last.line, last.col, f"and {len(found) - len(shown):,} more errors in "
                                                             f"this file (only the first {len(shown)} are listed)"))
    return kept


def _rule_file_names(folder: str) -> tuple[list[str], list[UserError]]:
    """The names of the folder's rule files (*.yaml, *.yml, not hidden), sorted; at most MAX_RULE_FILES."""
    try:
        names = sorted(n for n in os.listdir(folder) if n.endswith(RULE_SUFFIXES) and not n.startswith("."))
    except OSError as e:
        return [], [UserError(folder, None, None, f"rule folder cannot be listed ({_reason(folder, e)})")]
    if len(names) > MAX_RULE_FILES:
        return [], [UserError(folder, None, None, f"{len(names):,} rule files; a rule folder may hold at most "
                                                  f"{MAX_RULE_FILES:,}")]
    return names, []


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
    text, error = _read_text(path)
    if error is not None:
        return None, [error]
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
        return _Parsed(path, located, None), errors + errors_from(e, located, path, model, MAX_ERRORS_PER_FILE)
    return _Parsed(path, located, spec), errors


def _read_text(path: str) -> tuple[str, None] | tuple[None, UserError]:
    """The text of a rule file, or why it is not read. Never blocks on a FIFO, never reads more than
    MAX_RULE_BYTES + 1, never follows a symbolic link out of the rule folder."""
    try:
        if os.path.islink(path) and not _inside(os.path.dirname(path), path):
            return None, UserError(path, None, None, f"symbolic link leading outside "
                                                     f"{os.path.dirname(path) or '.'!r} (not followed)")
        problem = _not_a_readable_file(os.stat(path))
        if problem is None:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
            with open(fd, "rb") as f:
                info = os.fstat(f.fileno())
                problem = _not_a_readable_file(info)                     # swapped since?
                raw = b"" if problem else _read_at_most(f, info.st_size, MAX_RULE_BYTES + 1)
    except OSError as e:
        return None, UserError(path, None, None, _reason(path, e))
    if problem is None and len(raw) > MAX_RULE_BYTES:
        problem = f"file too large (more than {MAX_RULE_BYTES:,} bytes, the limit for a rule file)"
    if problem is not None:
        return None, UserError(path, None, None, problem)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line_start = raw.rfind(b"\n", 0, e.start) + 1
        line, col = raw.count(b"\n", 0, e.start) + 1, len(raw[line_start:e.start].decode("utf-8", "replace")) + 1
        return None, UserError(path, line, col, f"not UTF-8 text (byte 0x{raw[e.start]:02x}); save the file as UTF-8")
    if "\r" in text:                        # Windows and old Mac line ends, as text mode reads them
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, None


def _read_at_most(f, size: int, limit: int) -> bytes:
    """The file's bytes, at most limit of them; asks for its size first (a 1 MiB buffer per read is slow)."""
    raw = f.read(min(size, limit - 1) + 1)
    if len(raw) > size:                     # it grew since: read on, up to the limit
        raw += f.read(limit - len(raw))
    return raw


def _not_a_readable_file(info: os.stat_result) -> str | None:
    if stat.S_ISDIR(info.st_mode):
        return "a folder, not a rule file (rename it or move it out of the rule folder)"
    if not stat.S_ISREG(info.st_mode):
        kind = ("a named pipe (FIFO)" if stat.S_ISFIFO(info.st_mode) else "a socket" if stat.S_ISSOCK(info.st_mode)
                else "a device" if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode) else "a special file")
        return f"not a regular file but {kind}"
    if info.st_size > MAX_RULE_BYTES:
        return f"file too large ({info.st_size:,} bytes; a rule file may have at most {MAX_RULE_BYTES:,})"
    return None


def _inside(folder: str, path: str) -> bool:
    real_folder, real = os.path.realpath(folder or "."), os.path.realpath(path)
    return real == real_folder or real.startswith(real_folder.rstrip(os.sep) + os.sep)


def _reason(path: str, error: OSError) -> str:
    """Why a path cannot be read, in words."""
    if error.errno == errno.ELOOP:
        return "symbolic link loop (it never reaches a file)"
    if error.errno == errno.ENOENT:
        if os.path.islink(path):
            return "broken symbolic link (its target does not exist)"
        return "vanished before it could be read (removed or renamed while factcheck ran)"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    return f"cannot be read ({error.strerror or error})"


def _read_entities(path: str, entities: dict[str, Entity], read: list[_Parsed] | None = None) -> list[UserError]:
    parsed, errors = _read(path, schema.EntitiesFile, "entities")
    if parsed is None:
        return errors
    if read is not None:
        read.append(parsed)
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


def _too_many_phrases(parsed: list[_Parsed]) -> list[UserError]:
    """An error at the first phrase beyond MAX_PHRASES, or /regex/ phrase beyond MAX_REGEX_PHRASES,
    counting the files in the order they are read."""
    phrases = patterns = 0
    for p in parsed:
        for path, items in _phrase_lists(p.located.data):
            for i, item in enumerate(items):
                phrases += 1
                patterns += isinstance(item, str) and is_regex(item)
                if phrases > MAX_PHRASES:
                    what = f"more than {MAX_PHRASES:,} phrases"
                elif patterns > MAX_REGEX_PHRASES:
                    what = f"more than {MAX_REGEX_PHRASES} regular-expression phrases"
                else:
                    continue
                return [UserError(p.path, *p.located.position(path + (i,)),
                                  f"{what} in the rule folder (the limit for all its files together)")]
    return []


def _phrase_lists(data: object) -> Iterator[tuple[tuple, list]]:
    """The de/en phrase lists of a rule or entities file, with their paths, in file order."""
    if not isinstance(data, dict):
        return
    places: list[tuple[tuple, object]] = [(("cues",), data.get("cues")),
                                          (("subject", "descriptions"), _get(data, "subject", "descriptions"))]
    qualifiers = data.get("qualifiers")
    for name, spec in qualifiers.items() if isinstance(qualifiers, dict) else ():
        values = spec.get("values") if isinstance(spec, dict) else None
        for value, phrases in values.items() if isinstance(values, dict) else ():
            places.append((("qualifiers", name, "values", value), phrases))
    entities = data.get("entities")
    for i, entity in enumerate(entities if isinstance(entities, list) else ()):
        places.append((("entities", i, "descriptions"), _get(entity, "descriptions")))
    for path, per_language in places:
        if isinstance(per_language, dict):
            for lang in ("de", "en"):
                if isinstance(per_language.get(lang), list):
                    yield path + (lang,), per_language[lang]


def _get(data: object, *keys: str) -> object:
    for key in keys:
        data = data.get(key) if isinstance(data, dict) else None
    return data


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
