"""YAML -> plain data plus the line and column of every key and value (safe loading only)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import yaml

# libyaml when it is there: composing 200 rule files with the pure-Python parser takes ~0.5 s.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_constructor = yaml.constructor.SafeConstructor()

Path = tuple[str | int, ...]
Position = tuple[int, int]


@dataclass
class Located:
    """Data from one YAML file, with 1-based positions of values and of mapping keys by path."""

    data: Any
    values: dict[Path, Position] = field(default_factory=dict)
    keys: dict[Path, Position] = field(default_factory=dict)
    quoted: set[Path] = field(default_factory=set)
    problems: list[tuple[Position, str]] = field(default_factory=list)

    def position(self, path: Path, key: bool = False) -> Position:
        """The position of the value (or key) at path, else of its nearest ancestor."""
        table = self.keys if key else self.values
        while path:
            if path in table:
                return table[path]
            if key and path in self.values:
                return self.values[path]
            path = path[:-1]
            table = self.values
        return self.values.get((), (1, 1))


class YamlProblem(Exception):
    """The text is not valid YAML; line and column point at the problem."""

    def __init__(self, line: int, col: int, message: str):
        super().__init__(message)
        self.line, self.col, self.message = line, col, message


def parse(text: str) -> Located:
    """Compose the YAML text (one document) and convert it, recording every position."""
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        problem = e.problem or e.context or "cannot be read"
        where = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        if e.context and e.context_mark and e.problem_mark and e.context_mark.line != e.problem_mark.line:
            problem += f" ({e.context} at line {e.context_mark.line + 1}, column {e.context_mark.column + 1})"
        raise YamlProblem(*where, f"invalid YAML: {problem}") from None
    except yaml.YAMLError as e:
        raise YamlProblem(1, 1, f"invalid YAML: {e}") from None
    located = Located(data=None)
    if node is not None:
        located.data = _convert(node, (), located)
    return located


def _mark(node: yaml.Node) -> Position:
    return node.start_mark.line + 1, node.start_mark.column + 1


_STR_TAG = "tag:yaml.org,2002:str"


def _convert(node: yaml.Node, path: Path, located: Located) -> Any:
    mark = node.start_mark
    located.values[path] = (mark.line + 1, mark.column + 1)
    if isinstance(node, yaml.ScalarNode):
        if node.tag == _STR_TAG:                # most values: no construction needed
            if node.style in ("'", '"'):
                located.quoted.add(path)
            return node.value
        return _scalar(node, located)
    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        keys = located.keys
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                located.problems.append((_mark(key_node), "a key must be a plain word, not a list or mapping"))
                continue
            # the key as written: YAML 1.1 would turn `no:` and `on:` into booleans
            key = key_node.value
            if key in result:
                located.problems.append((_mark(key_node), f"duplicate key {key!r}"))
                continue
            key_path = path + (key,)
            keys[key_path] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            result[key] = _convert(value_node, key_path, located)
        return result
    return [_convert(item, path + (i,), located) for i, item in enumerate(node.value)]


def _scalar(node: yaml.ScalarNode, located: Located) -> Any:
    build = _constructor.yaml_constructors.get(node.tag)
    if build is None:
        located.problems.append((_mark(node), f"unsupported YAML tag {node.tag!r}"))
        return node.value
    value = build(_constructor, node)
    if isinstance(value, (dt.date, dt.datetime)):
        # `date: 2014-08-25` is a YAML timestamp; rules want the ISO text
        return node.value
    return value
