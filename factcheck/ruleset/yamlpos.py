"""YAML -> plain data plus the line and column of every key and value (safe, bounded loading)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

# libyaml when it is there: parsing 200 rule files with the pure-Python parser takes ~0.5 s.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_constructor = yaml.constructor.SafeConstructor()
_resolver = yaml.resolver.Resolver()

# Rule files nest about 7 levels (qualifiers > scope > values > US > de > phrase). libyaml's own
# composer recurses in C and crashes the process on ~100,000 levels, so the events are read here.
MAX_DEPTH = 20
# Values in one file, counting each alias as a copy of what it names: a "billion laughs" file of
# a few hundred bytes would otherwise validate as 10^9 values.
MAX_VALUES = 100_000

Path = tuple[str | int, ...]
Position = tuple[int, int]

_CORE = "tag:yaml.org,2002:"
_STR_TAG = _CORE + "str"
_SCALAR_TAGS = frozenset(_CORE + t for t in ("str", "int", "float", "bool", "null", "timestamp"))
_SEQ_TAGS = frozenset((None, "!", _CORE + "seq"))
_MAP_TAGS = frozenset((None, "!", _CORE + "map"))
# plain scalars starting otherwise are text: no need to ask the resolver
_RESOLVED_FIRST = frozenset(_resolver.yaml_implicit_resolvers)
_PLAIN_DATA = "rule files hold only text, numbers, true/false, lists and mappings"


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
    """The text is not valid YAML, or not plain bounded data; line and column point at the problem."""

    def __init__(self, line: int, col: int, message: str):
        super().__init__(message)
        self.line, self.col, self.message = line, col, message


def parse(text: str) -> Located:
    """Read the YAML text (one document) into plain data, recording every position."""
    try:
        return _compose(text)
    except yaml.reader.ReaderError as e:              # a character YAML does not allow in text
        index = e.position
        if _Loader is not yaml.SafeLoader:            # libyaml counts the bytes of the UTF-8 text
            index = len(text.encode("utf-8", "surrogatepass")[:index].decode("utf-8", "ignore"))
        raise YamlProblem(*line_and_column(text, index), _character_problem(chr(e.character))) from None
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        problem = e.problem or e.context or "cannot be read"
        where = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        if _character_at(text, *where) == "\t":
            problem = "a tab character; YAML indents with spaces only"
        elif e.context and e.context_mark and e.problem_mark and e.context_mark.line != e.problem_mark.line:
            problem += f" ({e.context} at line {e.context_mark.line + 1}, column {e.context_mark.column + 1})"
        raise YamlProblem(*where, f"invalid YAML: {problem}") from None
    except yaml.YAMLError as e:
        raise YamlProblem(1, 1, f"invalid YAML: {e}") from None


def _compose(text: str) -> Located:
    try:
        return _Composer().compose(text, _Loader)
    except yaml.MarkedYAMLError as e:
        # libyaml (as bundled with PyYAML 6.0.4) stops at 1,000 levels before handing over the events that
        # would reach MAX_DEPTH: the pure-Python parser finds where the file first nests too deep.
        if _Loader is yaml.SafeLoader or "maximum nesting depth" not in str(e.problem):
            raise
        return _Composer().compose(text, yaml.SafeLoader)


def line_and_column(text: str, index: int) -> Position:
    """The 1-based line and column of a character offset."""
    line_start = text.rfind("\n", 0, index) + 1
    return text.count("\n", 0, index) + 1, index - line_start + 1


def _character_at(text: str, line: int, col: int) -> str:
    lines = text.split("\n", line)
    return lines[line - 1][col - 1:col] if len(lines) >= line else ""


def _character_problem(char: str) -> str:
    if char == "\x00":
        return "a NUL byte; a rule file must be text, not binary data"
    kind = "control character" if ord(char) < 0xA0 else "character"
    return f"{kind} U+{ord(char):04X} is not allowed in YAML; remove it"


def _mark(event: yaml.Event) -> Position:
    return event.start_mark.line + 1, event.start_mark.column + 1


def short_tag(tag: str) -> str:
    """'tag:yaml.org,2002:python/name:os.system' as written: '!!python/name:os.system'."""
    return "!!" + tag[len(_CORE):] if tag.startswith(_CORE) else tag


_SKIP = object()         # a mapping whose next value is dropped (its key is a duplicate, or a list)
_KEY = object()          # a mapping waiting for its next key
_IN_KEY = object()       # a mapping whose key being read is a list or mapping


class _Frame:
    """A list or mapping being read: where it is, its anchor, how many values it holds so far."""

    __slots__ = ("container", "path", "anchor", "size", "key")

    def __init__(self, container: dict | list, path: Path | None, anchor: str | None):
        self.container = container
        self.path = path                # None: positions inside are not recorded
        self.anchor = anchor
        self.size = 1
        self.key: Any = _KEY            # mappings: the key whose value comes next


class _Composer:
    """Builds dicts, lists and scalars from parser events with an explicit stack (no recursion)."""

    def __init__(self) -> None:
        self.located = Located(data=None)
        self.stack: list[_Frame] = []
        self.anchors: dict[str, tuple[Any, int]] = {}       # name -> (value, number of values)
        self.open_anchors: set[str] = set()
        self.count = 0
        self.documents = 0

    def compose(self, text: str, loader_class: type) -> Located:
        loader = loader_class(text)
        try:
            self._read(loader.get_event)
        finally:
            loader.dispose()
        return self.located

    def _read(self, next_event) -> None:
        scalar, start_map, start_seq = yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent
        end_map, end_seq, stream_end = yaml.MappingEndEvent, yaml.SequenceEndEvent, yaml.StreamEndEvent
        while True:
            event = next_event()
            kind = type(event)
            if kind is scalar:
                self._scalar(event)
            elif kind is start_map or kind is start_seq:
                self._start(event, {} if kind is start_map else [])
            elif kind is end_map or kind is end_seq:
                self._end()
            elif kind is yaml.AliasEvent:
                self._alias(event)
            elif kind is yaml.DocumentStartEvent:
                self.documents += 1
                if self.documents > 1:
                    raise YamlProblem(*_mark(event), "a rule file holds one YAML document; a second one "
                                                     "starts here (remove the '---')")
            elif kind is stream_end or event is None:
                return

    def _child_path(self) -> Path | None:
        """Where the next value goes: the root, the next list item, or under the pending key."""
        if not self.stack:
            return ()
        top = self.stack[-1]
        if top.path is None:
            return None
        if isinstance(top.container, list):
            return top.path + (len(top.container),)
        if top.key is _KEY or top.key is _SKIP or top.key is _IN_KEY:
            return None
        return top.path + (top.key,)

    def _count(self, event: yaml.Event, size: int) -> None:
        self.count += size
        if self.count > MAX_VALUES:
            if type(event) is yaml.AliasEvent:
                raise YamlProblem(*_mark(event), f"aliases expand this file to more than {MAX_VALUES:,} values "
                                                 "(the limit per rule file; each alias counts as a copy)")
            raise YamlProblem(*_mark(event), f"more than {MAX_VALUES:,} values in one file (the limit per rule file)")

    def _scalar(self, event: yaml.ScalarEvent) -> None:
        # the hot path: most events are scalars, so the work of _key and _add is done here inline
        self.count += 1
        if self.count > MAX_VALUES:
            self._count(event, 0)
        if event.tag is not None:
            self._check_tag(event, _SCALAR_TAGS)
        if not self.stack:
            self.located.values[()] = _mark(event)
            self.located.data = self._value_of(event)
            return
        top = self.stack[-1]
        container, key, path = top.container, top.key, top.path
        is_list = type(container) is list
        if key is _KEY and not is_list:
            self._key(event.value, event)
            return
        value = event.value
        if event.tag is not None or (event.implicit[0] and value[:1] in _RESOLVED_FIRST):
            value = self._value_of(event)
        if event.anchor is not None:
            self.anchors[event.anchor] = (value, 1)
        if not is_list and key is _SKIP:                # the value of a duplicate key: dropped
            top.key = _KEY
            return
        if path is not None:
            path = path + ((len(container),) if is_list else (key,))
            mark = event.start_mark
            self.located.values[path] = (mark.line + 1, mark.column + 1)
            if (event.style == "'" or event.style == '"') and type(value) is str:
                self.located.quoted.add(path)
        if is_list:
            container.append(value)
            top.size += 1
        else:
            container[key] = value
            top.size += 2
            top.key = _KEY

    def _value_of(self, event: yaml.ScalarEvent) -> Any:
        tag = event.tag
        if tag is None or tag == "!":
            if not event.implicit[0]:                   # quoted or block text: always text
                return event.value
            tag = _resolver.resolve(yaml.ScalarNode, event.value, event.implicit)
        else:
            self._check_tag(event, _SCALAR_TAGS)
        if tag == _STR_TAG:
            return event.value
        if tag == _CORE + "timestamp":
            return event.value                          # `date: 2014-08-25`: rules want the ISO text
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        try:
            return _constructor.yaml_constructors[tag](_constructor, node)
        except (ValueError, KeyError, TypeError, yaml.YAMLError):
            shown = event.value if len(event.value) <= 40 else event.value[:40] + "..."
            raise YamlProblem(*_mark(event), f"{shown!r} is not a valid {short_tag(tag)}") from None

    def _check_tag(self, event: yaml.Event, allowed: frozenset) -> None:
        tag = event.tag
        if tag is not None and tag != "!" and tag not in allowed:
            raise YamlProblem(*_mark(event), f"unsupported YAML tag {short_tag(tag)!r}; {_PLAIN_DATA}")

    def _key(self, key: Any, event: yaml.Event) -> None:
        """The next key of the mapping on top: as written (YAML 1.1 would make `no:` a boolean)."""
        top = self.stack[-1]
        if not isinstance(key, str):
            self.located.problems.append((_mark(event), "a key must be a plain word, not a list or mapping"))
            top.key = _SKIP
            return
        if key in top.container:
            self.located.problems.append((_mark(event), f"duplicate key {key!r}"))
            top.key = _SKIP
            return
        top.key = key
        if top.path is not None:
            mark = event.start_mark
            self.located.keys[top.path + (key,)] = (mark.line + 1, mark.column + 1)

    def _start(self, event: yaml.CollectionStartEvent, container: dict | list) -> None:
        if event.tag is not None:
            self._check_tag(event, _MAP_TAGS if isinstance(container, dict) else _SEQ_TAGS)
        self._count(event, 1)
        if len(self.stack) >= MAX_DEPTH:
            raise YamlProblem(*_mark(event), f"nested deeper than {MAX_DEPTH} levels (the limit for rule files)")
        if self.stack and isinstance(self.stack[-1].container, dict) and self.stack[-1].key is _KEY:
            self.located.problems.append((_mark(event), "a key must be a plain word, not a list or mapping"))
            self.stack[-1].key = _IN_KEY
            path = None
        else:
            path = self._child_path()
        if path is not None:
            self.located.values[path] = _mark(event)
        if event.anchor is not None:
            self.open_anchors.add(event.anchor)
        self.stack.append(_Frame(container, path, event.anchor))

    def _end(self) -> None:
        frame = self.stack.pop()
        if frame.anchor is not None:
            self.anchors[frame.anchor] = (frame.container, frame.size)
            self.open_anchors.discard(frame.anchor)
        self._add(frame.container, frame.size)

    def _alias(self, event: yaml.AliasEvent) -> None:
        name = event.anchor
        if name in self.open_anchors:
            raise YamlProblem(*_mark(event), f"alias *{name} refers to a value that contains it")
        if name not in self.anchors:
            raise YamlProblem(*_mark(event), f"alias *{name} names no anchor (&{name}) before it")
        value, size = self.anchors[name]
        self._count(event, size)
        if self.stack and isinstance(self.stack[-1].container, dict) and self.stack[-1].key is _KEY:
            self._key(value, event)
            return
        path = self._child_path()
        if path is not None:
            self.located.values[path] = _mark(event)
        self._add(value, size)

    def _add(self, value: Any, size: int) -> None:
        """Put a finished value where it belongs: the root, a list, or under its mapping's key."""
        if not self.stack:
            self.located.data = value
            return
        top = self.stack[-1]
        if isinstance(top.container, list):
            top.container.append(value)
            top.size += size
            return
        if top.key is _IN_KEY:                  # a list or mapping used as a key: reported, skipped
            top.key = _SKIP
            return
        if top.key is not _SKIP:
            top.container[top.key] = value
            top.size += size + 1
        top.key = _KEY
