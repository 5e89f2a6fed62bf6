"""Pydantic validation errors -> one sentence each, at the line and column of the YAML node."""
from __future__ import annotations

import difflib
import types
import typing
from collections.abc import Iterable, Sequence
from typing import Any

from pydantic import BaseModel, ValidationError

from factcheck.errors import UserError
from factcheck.ruleset.yamlpos import Located, Path

_WHAT = {
    "string_type": "text", "int_type": "a whole number", "int_parsing": "a whole number",
    "int_from_float": "a whole number", "float_type": "a number", "float_parsing": "a number",
    "bool_type": "true or false", "bool_parsing": "true or false", "list_type": "a list",
    "dict_type": "a mapping (key: value)", "model_type": "a mapping (key: value)",
    "model_attributes_type": "a mapping (key: value)", "finite_number": "a finite number",
}

# keys that take a short form too (`subject: TikTok`, `severity: warning`)
_EITHER = {"subject": "an entity name or a mapping (key: value)",
           "severity": "a severity or a mapping of check id to severity"}


def did_you_mean(word: str, choices: Iterable[str], list_them: bool = False) -> str:
    """'; did you mean 'x'?' for the closest choice; else the choices when asked and few, else ''."""
    choices = sorted(set(choices))
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    if close:
        return f"; did you mean {close[0]!r}?"
    if list_them and 0 < len(choices) <= 12:
        return f"; expected one of {', '.join(choices)}"
    return ""


def describe(value: Any) -> str:
    """How a wrong value reads in a message: 'got 15', "got 'high'", 'got a list'."""
    if value is None:
        return "got nothing"
    if isinstance(value, bool):
        return f"got {str(value).lower()} (quote it to keep it as text)"
    if isinstance(value, (int, float)):
        return f"got {value}"
    if isinstance(value, str):
        return f"got {value!r}"
    if isinstance(value, list):
        return "got a list"
    if isinstance(value, dict):
        return "got a mapping"
    return f"got {type(value).__name__}"


def errors_from(exc: ValidationError, located: Located, path: str, model: type[BaseModel],
                limit: int | None = None) -> list[UserError]:
    """One UserError per pydantic error, positioned on the offending key or value. Beyond the first
    `limit` (by position) only the position is worked out; their message is left empty."""
    placed = []
    for error in exc.errors(include_url=False):
        data_path, on_key = _data_path(located.data, error["loc"])
        if error["type"] == "extra_forbidden":
            on_key = True
        placed.append((located.position(data_path, key=on_key), data_path, error))
    if limit is not None and len(placed) > limit:
        placed.sort(key=lambda item: item[0])
    return [UserError(path, line, col, _message(error, data_path, model) if limit is None or i < limit else "")
            for i, ((line, col), data_path, error) in enumerate(placed)]


def _data_path(data: Any, loc: Sequence[str | int]) -> tuple[Path, bool]:
    """The loc of an error as a path through the YAML data; union tags and the like are skipped."""
    path: list[str | int] = []
    current = data
    on_key = False
    for part in loc:
        if part == "[key]":
            on_key = True
            continue
        if isinstance(current, dict) and part in current:
            current = current[part]
            path.append(part)
        elif isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current):
            current = current[part]
            path.append(part)
        elif isinstance(current, dict) and isinstance(part, str) and part not in current and part == loc[-1]:
            path.append(part)            # a missing or unknown key: position of its mapping / key
    return tuple(path), on_key


def _field(path: Path) -> str:
    names = [p for p in path if isinstance(p, str)]
    return names[-1] if names else "the rule"


def _where(path: Path) -> str:
    names = [p for p in path if isinstance(p, str)]
    return f" in {names[-1]!r}" if names else ""


def _message(error: dict, path: Path, model: type[BaseModel]) -> str:
    kind, loc, value = error["type"], error["loc"], error.get("input")
    ctx = error.get("ctx") or {}
    if kind == "extra_forbidden":
        key = str(loc[-1])
        allowed = allowed_keys(model, loc[:-1])
        hint = did_you_mean(key, allowed)
        home = _home_of(key, model, loc[:-1])
        if not hint and home:
            hint = f"; it belongs under {home!r}"
        return f"unknown key {key!r}{_where(path[:-1])}{hint or did_you_mean(key, allowed, True)}"
    if kind == "missing":
        key = str(loc[-1])
        return f"missing key {key!r}{_where(path[:-1])}"
    field = _field(path)
    if "[key]" in loc:
        return f"unknown key {value!r}{_where(path[:-1])}{did_you_mean(str(value), _literal_choices(ctx.get('expected', '')), True)}"
    item = f"each item of {field!r}" if path and isinstance(path[-1], int) else repr(field)
    if kind in ("literal_error", "enum"):
        choices = _literal_choices(ctx.get("expected", ""))
        return (f"{item} must be one of {', '.join(choices)}, {describe(value)}"
                f"{did_you_mean(str(value), choices)}")
    if kind in _WHAT:
        what = _WHAT[kind]
        if what.startswith("a mapping") and field in _EITHER:
            what = _EITHER[field]
        return f"{item} must be {what}, {describe(value)}"
    if kind == "string_too_long":
        return f"{item} may have at most {ctx.get('max_length', 0):,} characters, got {len(value):,}"
    if kind in ("too_short", "too_long"):
        limit = ctx.get("min_length" if kind == "too_short" else "max_length")
        word = "at least" if kind == "too_short" else "at most"
        return f"{item} needs {word} {limit} item{'s' if limit != 1 else ''}"
    message = str(error.get("msg", "")).removeprefix("Value error, ")
    if kind in ("empty_phrase", "empty_name"):
        return f"{message} ({field!r})"
    if kind.startswith(("range", "invalid_regex", "unsupported_regex", "iso_date", "rule_id", "subject_source",
                        "example_", "reference_value")):
        return message
    return f"{item}: {message[:1].lower()}{message[1:]}"


def _literal_choices(expected: str) -> list[str]:
    return [part.strip(" '") for part in expected.replace(" or ", ", ").split(",") if part.strip(" '")]


def allowed_keys(model: type[BaseModel], loc: Sequence[str | int]) -> list[str]:
    """The keys the model accepts at loc (for 'did you mean')."""
    current: Any = model
    for part in loc:
        current = _unwrap(current)
        if isinstance(current, type) and issubclass(current, BaseModel):
            fields = {f.alias or name: f for name, f in current.model_fields.items()}
            if part in fields:
                current = fields[part].annotation
            else:
                extra = typing.get_type_hints(current).get("__pydantic_extra__")
                current = typing.get_args(extra)[1] if extra else None
        elif typing.get_origin(current) is list and isinstance(part, int):
            current = typing.get_args(current)[0]
        elif typing.get_origin(current) is dict:
            current = typing.get_args(current)[1]
        else:
            return []
    current = _unwrap(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return [f.alias or name for name, f in current.model_fields.items()]
    return []


def _home_of(key: str, model: type[BaseModel], loc: Sequence[str | int]) -> str | None:
    """The key one level down where an unknown key belongs ('tolerance' -> 'compare')."""
    for child in allowed_keys(model, loc):
        if key in allowed_keys(model, (*loc, child)):
            return child
    return None


def _unwrap(annotation: Any) -> Any:
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(args) != 1:
                return annotation
            annotation = args[0]
        else:
            return annotation
