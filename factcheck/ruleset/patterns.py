"""Rule patterns (/.../ phrases): Python's syntax, run on RE2, so matching time is linear in the text.

A pattern is parsed by Python's own parser (its syntax, its error messages and positions) and
written out for RE2 with Python's meaning: \\w, \\d and \\s are Unicode classes as in Python
(RE2's own are ASCII only). What needs backtracking (backreferences, look-ahead and look-behind,
conditionals, atomic groups, possessive repeats) and what RE2 cannot say (a Unicode \\b) is
refused with the construct and its position in the pattern.
"""
from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from re import _constants as sre
from re import _parser

MAX_PATTERN_CHARS = 1000
MAX_REPEAT = 1000                 # RE2's limit for a{n,m}
# What one RE2 search may cost, bounded up front: the time budget stops a document only between two
# C calls, and a search whose repeats make RE2's DFA give up runs its NFA, in time proportional to the
# text times the positions the repeats write out: a[\w\W]{99} (100 positions) takes about 1.3 s on
# 1 MB of "a" and "b" (2026 laptop), a[\w\W]{999} ten times that. So the repeats of one pattern may
# write out at most this many positions ({m,n} counts n copies of its part, * and + one).
MAX_REPEAT_POSITIONS = 100
MAX_MEMORY = 2 << 20              # bytes RE2 may use per pattern (program and DFA cache): \w{100} fits

_IGNORECASE, _MULTILINE, _DOTALL, _ASCII = sre.SRE_FLAG_IGNORECASE, sre.SRE_FLAG_MULTILINE, \
    sre.SRE_FLAG_DOTALL, sre.SRE_FLAG_ASCII

# The sets \w, \d, \s are made of, as RE2 class items. Python's Unicode \w is exactly letters,
# numbers and "_"; \s is what str.isspace() accepts (tests/ruleset/test_hostile_rules.py checks both).
_UNICODE_SPACE = (r"\x{9}-\x{d}\x{1c}-\x{20}\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}"
                  r"\x{202f}\x{205f}\x{3000}")
_ATOMS = {"letter": r"\p{L}", "digit": r"\p{Nd}", "other_number": r"\p{Nl}\p{No}", "_": "_",
          "space": _UNICODE_SPACE,
          "ascii_letter": "A-Za-z", "ascii_digit": "0-9", "ascii_space": r"\x{9}-\x{d}\x{20}"}
_UNICODE_CATEGORIES = {
    sre.CATEGORY_WORD: (True, frozenset({"letter", "digit", "other_number", "_"})),
    sre.CATEGORY_DIGIT: (True, frozenset({"digit"})),
    sre.CATEGORY_SPACE: (True, frozenset({"space"})),
}
_ASCII_CATEGORIES = {
    sre.CATEGORY_WORD: (True, frozenset({"ascii_letter", "ascii_digit", "_"})),
    sre.CATEGORY_DIGIT: (True, frozenset({"ascii_digit"})),
    sre.CATEGORY_SPACE: (True, frozenset({"ascii_space"})),
}
for _table in (_UNICODE_CATEGORIES, _ASCII_CATEGORIES):
    for _positive, _negative in ((sre.CATEGORY_WORD, sre.CATEGORY_NOT_WORD),
                                 (sre.CATEGORY_DIGIT, sre.CATEGORY_NOT_DIGIT),
                                 (sre.CATEGORY_SPACE, sre.CATEGORY_NOT_SPACE)):
        _table[_negative] = (False, _table[_positive][1])

# What each refused construct is called, and how to find it in the pattern's text.
_REFUSED = {
    "backreference": ("a backreference", r"\\[1-9]|\(\?P="),
    "lookahead": ("a look-ahead", r"\(\?[=!]"),
    "lookbehind": ("a look-behind", r"\(\?<[=!]"),
    "conditional": ("a conditional group", r"\(\?\("),
    "atomic": ("an atomic group", r"\(\?>"),
    "possessive": ("a possessive repeat", r"(?:[*+?]|\})\+"),
    "boundary": ("a word boundary", r"\\[bB]"),
}
_WHY = {
    "boundary": ("RE2 knows only ASCII word boundaries, which would cut words such as 'Übernahme'; "
                 "plain phrases (without slashes) match whole words, or start the pattern with (?a) "
                 "for ASCII word boundaries"),
}
# "(?:a*?)*", ".(?i:(?:a*)*?)*": Python ends a repeat at its first empty round, RE2 tries on as Perl does
_EMPTY_ROUNDS = ("a repeated part that can match empty text, such as (?:a*)*: Python and the linear-time engine "
                 "repeat it differently; make the repeated part match at least one character")
_NEEDS_BACKTRACKING = ("rule patterns run on RE2, a linear-time engine without backreferences, "
                       "look-around, conditionals, atomic groups or possessive repeats")
# Ignoring case, Python lets i, I, İ and ı match each other (İ lower-cases to i); RE2's case folding
# keeps İ and ı apart. The one difference among all cased characters, so they are listed explicitly.
_TURKIC_I = (0x49, 0x69, 0x130, 0x131)
# A lone surrogate in UTF-8 (surrogatepass): not UTF-8 that RE2 reads, so such text takes finditer's way
_SURROGATE_UTF8 = re.compile(rb"\xed[\xa0-\xbf]")


class PatternError(re.error):
    """A valid Python pattern that rule files do not accept; the message names the construct."""


class LinearPattern:
    """A compiled rule pattern: finditer and search as on re.Pattern, in time linear in the text."""

    __slots__ = ("pattern", "engine_pattern", "_compiled")

    def __init__(self, pattern: str, engine_pattern: str, compiled) -> None:
        self.pattern, self.engine_pattern, self._compiled = pattern, engine_pattern, compiled

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator:
        """The non-overlapping matches in text[pos:endpos], each with start() and end()."""
        matches = self._compiled.finditer(text, pos, endpos)
        try:
            first = next(matches, None)
        except UnicodeEncodeError:
            # RE2 reads UTF-8, which has no lone surrogates: one U+FFFD each keeps every offset
            matches = self._compiled.finditer(re.sub("[\ud800-\udfff]", "\ufffd", text), pos, endpos)
            first = next(matches, None)
        return iter(()) if first is None else itertools.chain((first,), matches)

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        """The first match in text[pos:endpos], or None."""
        return next(self.finditer(text, pos, endpos), None)

    def spans(self, text: str, utf8: bytes, pos: int, endpos: int) -> list[tuple[int, int]]:
        """(start, end) of each match in text[pos:endpos], as finditer finds them, read from the
        text's UTF-8 form (surrogates passed) that the caller encoded once for all its patterns."""
        if b"\xed" in utf8 and _SURROGATE_UTF8.search(utf8):
            return [m.span() for m in self.finditer(text, pos, endpos)]
        byte_pos = len(text[:pos].encode("utf-8"))
        byte_end = len(utf8) - len(text[endpos:].encode("utf-8"))
        found = []
        char, byte = 0, 0                    # the last offset converted, in both units
        for m in self._compiled.finditer(utf8, byte_pos, byte_end):
            start, end = m.span()
            char += len(utf8[byte:start].decode("utf-8"))
            begin = char
            char += len(utf8[start:end].decode("utf-8"))
            byte = end
            found.append((begin, char))
        return found

    def __repr__(self) -> str:
        return f"LinearPattern({self.pattern!r})"


def compile_regex(phrase: str) -> LinearPattern:
    """The pattern of a /.../ phrase of a rule file; re.error or PatternError for a bad one."""
    return compile_pattern(phrase[1:-1])


@functools.lru_cache(maxsize=512)
def compile_pattern(pattern: str) -> LinearPattern:
    """A Python-syntax pattern compiled for RE2; re.error for bad syntax, PatternError for the rest."""
    engine_pattern = translate(pattern)
    engine = _engine()
    options = engine.Options()
    options.max_mem = MAX_MEMORY
    options.log_errors = False
    try:
        compiled = engine.compile(engine_pattern, options)
    except engine.error as e:
        reason = e.args[0].decode("utf-8", "replace") if e.args and isinstance(e.args[0], bytes) else str(e)
        raise PatternError(f"the linear-time engine cannot compile it ({reason})") from None
    return LinearPattern(pattern, engine_pattern, compiled)


def translate(pattern: str) -> str:
    """The RE2 pattern that matches what the Python pattern matches; errors as compile_pattern."""
    if len(pattern) > MAX_PATTERN_CHARS:
        raise PatternError(f"longer than {MAX_PATTERN_CHARS:,} characters")
    try:
        parsed = _parser.parse(pattern)
        flags = parsed.state.flags
        body = _Writer(pattern).sequence(parsed, flags)
    except RecursionError:
        raise PatternError("groups nested too deeply") from None
    if parsed.getwidth()[0] == 0:
        raise PatternError("it can match empty text; a phrase must match at least one character")
    positions = _repeat_positions(parsed)
    if positions > MAX_REPEAT_POSITIONS:
        raise PatternError(f"its repeats write out {positions:,} positions ({{m,n}} counts n copies of what it "
                           f"repeats); at most {MAX_REPEAT_POSITIONS:,}, so that one search over a long article "
                           "stays within the time budget")
    return f"(?i){body}" if _unicode_case(flags) else body


def _repeat_positions(items, inside_repeat: bool = False) -> int:
    """The positions the repeats of a parsed pattern write out: {m,n} is n copies of its part (m+1 when
    unbounded), counted through nesting; outside a repeat nothing counts."""
    total = 0
    for op, av in items:
        if op is sre.MAX_REPEAT or op is sre.MIN_REPEAT or op is getattr(sre, "POSSESSIVE_REPEAT", None):
            low, high, body = av
            copies = low + 1 if high is sre.MAXREPEAT else high
            total += max(copies, 1) * max(_repeat_positions(body, True), 1)
        elif op is sre.SUBPATTERN:
            total += _repeat_positions(av[3], inside_repeat)
        elif op is sre.BRANCH:
            total += sum(_repeat_positions(branch, inside_repeat) for branch in av[1])
        elif inside_repeat:
            total += 1
    return total


def _engine():
    try:
        import re2
    except ImportError:
        raise PatternError("regular-expression phrases need the google-re2 package "
                           "(pip install google-re2)") from None
    return re2


def _unicode_case(flags: int) -> bool:
    return bool(flags & _IGNORECASE) and not flags & _ASCII


def _ascii_case(flags: int) -> bool:
    return bool(flags & _IGNORECASE) and bool(flags & _ASCII)


def _char(code: int) -> str:
    char = chr(code)
    return char if char.isascii() and char.isalnum() else f"\\x{{{code:x}}}"


class _Writer:
    """Writes a parsed Python pattern in RE2 syntax; the RE2 case mode always follows _unicode_case."""

    def __init__(self, source: str):
        self.source = source

    def sequence(self, items, flags: int) -> str:
        return "".join(self.item(op, av, flags) for op, av in items)

    def item(self, op, av, flags: int) -> str:
        if op is sre.LITERAL:
            return self.literal(av, flags)
        if op is sre.NOT_LITERAL:
            return self.char_class([(sre.NEGATE, None), (sre.LITERAL, av)], flags)
        if op is sre.IN:
            return self.char_class(av, flags)
        if op is sre.ANY:
            return "(?s:.)" if flags & _DOTALL else "[^\\n]"
        if op is sre.AT:
            return self.anchor(av, flags)
        if op is sre.BRANCH:
            return "(?:" + "|".join(self.sequence(branch, flags) for branch in av[1]) + ")"
        if op is sre.SUBPATTERN:
            _group, add, remove, body = av
            inner = (flags | add) & ~remove
            text = self.sequence(body, inner)
            if _unicode_case(inner) != _unicode_case(flags):
                return ("(?i:" if _unicode_case(inner) else "(?-i:") + text + ")"
            return "(?:" + text + ")"
        if op is sre.MAX_REPEAT or op is sre.MIN_REPEAT:
            return self.repeat(av, flags, lazy=op is sre.MIN_REPEAT)
        refused = {sre.GROUPREF: "backreference", sre.GROUPREF_EXISTS: "conditional",
                   sre.ATOMIC_GROUP: "atomic", sre.POSSESSIVE_REPEAT: "possessive"}.get(op)
        if op is sre.ASSERT or op is sre.ASSERT_NOT:
            refused = "lookbehind" if av[0] < 0 else "lookahead"
        raise self.refuse(refused or str(op).lower())

    def literal(self, code: int, flags: int) -> str:
        char = chr(code)
        if _ascii_case(flags) and char.isascii() and char.isalpha():
            return f"[{char.lower()}{char.upper()}]"
        if code in _TURKIC_I and _unicode_case(flags):
            return "[" + "".join(map(_char, _TURKIC_I)) + "]"
        return _char(code)

    def repeat(self, av, flags: int, lazy: bool) -> str:
        low, high, body = av
        for count in (low, high):
            if count is not sre.MAXREPEAT and count > MAX_REPEAT:
                raise PatternError(f"a repeat count of {count:,} (at most {MAX_REPEAT:,})")
        if (high is sre.MAXREPEAT or high > 1) and body.getwidth()[0] == 0:
            raise PatternError(_EMPTY_ROUNDS)
        if high is sre.MAXREPEAT:
            suffix = {0: "*", 1: "+"}.get(low, f"{{{low},}}")
        elif (low, high) == (0, 1):
            suffix = "?"
        else:
            suffix = f"{{{low}}}" if low == high else f"{{{low},{high}}}"
        return "(?:" + self.sequence(body, flags) + ")" + suffix + ("?" if lazy else "")

    def anchor(self, at, flags: int) -> str:
        if at is sre.AT_BEGINNING:
            return "(?m:^)" if flags & _MULTILINE else r"\A"
        if at is sre.AT_BEGINNING_STRING:
            return r"\A"
        if at is sre.AT_END:
            # Python's $ also matches before a final line break; RE2 cannot look ahead for it
            return "(?m:$)" if flags & _MULTILINE else r"\z"
        if at is sre.AT_END_STRING:
            return r"\z"
        if at is sre.AT_BOUNDARY or at is sre.AT_NON_BOUNDARY:
            if flags & _ASCII:
                return r"\b" if at is sre.AT_BOUNDARY else r"\B"
            raise self.refuse("boundary")
        raise self.refuse(str(at).lower())

    def char_class(self, items, flags: int) -> str:
        """[...] with Python's \\w, \\d and \\s; a class that subtracts such a set from another is
        refused unless it reduces to whole sets ([^\\W\\d_] is letters and other numbers)."""
        negate = bool(items) and items[0][0] is sre.NEGATE
        categories = _ASCII_CATEGORIES if flags & _ASCII else _UNICODE_CATEGORIES
        ranges: list[tuple[int, int]] = []
        atoms: set[str] = set()
        negated_sets: list[frozenset[str]] = []
        for op, av in items[negate:]:
            if op is sre.LITERAL:
                ranges.append((av, av))
            elif op is sre.RANGE:
                ranges.append(av)
            elif op is sre.CATEGORY:
                positive, members = categories[av]
                if positive:
                    atoms |= members
                else:
                    negated_sets.append(members)
            else:
                raise self.refuse(str(op).lower())
        if _ascii_case(flags):
            ranges = _with_ascii_case(ranges)
        elif _unicode_case(flags) and any(low <= i <= high for i in _TURKIC_I for low, high in ranges):
            ranges = ranges + [(i, i) for i in _TURKIC_I]
        if not negated_sets:
            body = _class_body(ranges, atoms)
            return f"[^{body}]" if negate else f"[{body}]"
        if not negate:
            parts = [f"[{_class_body(ranges, atoms)}]"] if ranges or atoms else []
            parts += [f"[^{_class_body([], members)}]" for members in negated_sets]
            return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        # [^\W...]: the intersection of the complemented sets, less what else is listed
        keep = set(frozenset.intersection(*negated_sets)) - atoms
        for low, high in ranges:
            if (low, high) == (0x5F, 0x5F):
                keep.discard("_")
            elif _overlaps(low, high, keep):
                raise PatternError("a class such as [^\\W...] that also lists single characters; "
                                   "list the characters you want instead")
        return f"[{_class_body([], keep)}]" if keep else r"[^\x{0}-\x{10ffff}]"

    def refuse(self, construct: str) -> PatternError:
        name, finder = _REFUSED.get(construct, (construct, None))
        found = re.search(finder, self.source) if finder else None
        where = f" ('{found.group()}' at position {found.start()})" if found else ""
        return PatternError(f"{name}{where}; {_WHY.get(construct, _NEEDS_BACKTRACKING)}")


def _class_body(ranges: list[tuple[int, int]], atoms) -> str:
    parts = [_char(low) if low == high else f"{_char(low)}-{_char(high)}" for low, high in ranges]
    parts += [_ATOMS[atom] for atom in sorted(atoms)]
    return "".join(parts)


def _with_ascii_case(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ranges plus their other-case ASCII letters (what (?ai) means in Python)."""
    extra = []
    for low, high in ranges:
        for first, last, shift in ((0x41, 0x5A, 0x20), (0x61, 0x7A, -0x20)):
            a, b = max(low, first), min(high, last)
            if a <= b:
                extra.append((a + shift, b + shift))
    return ranges + extra


_ATOM_TEST = {
    "letter": lambda c: c.isalpha(), "digit": lambda c: c.isdecimal(),
    "other_number": lambda c: c.isnumeric() and not c.isdecimal() and not c.isalpha(), "_": lambda c: c == "_",
    "space": str.isspace, "ascii_letter": lambda c: c.isascii() and c.isalpha(),
    "ascii_digit": lambda c: "0" <= c <= "9", "ascii_space": lambda c: c in " \t\n\r\f\v",
}


def _overlaps(low: int, high: int, atoms: set[str]) -> bool:
    """Whether a character of low..high is in one of the atoms (a wide range counts as overlapping)."""
    if high - low > 0x3000:
        return bool(atoms)
    return any(_ATOM_TEST[atom](chr(code)) for code in range(low, high + 1) for atom in atoms)
