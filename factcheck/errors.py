"""Errors in user input: one sentence, naming the file (and line and column where there is one)."""
from __future__ import annotations

import re
from dataclasses import dataclass

# What must never reach a terminal, a log or a report as it is: control characters (a line break
# forges a log line, ESC restyles a terminal), the bidi embeddings, overrides, isolates and marks
# (they make "txt.exe" read as "exe.txt"), the line and paragraph separators, and the lone
# surrogates that stand for the bytes of a file name that is not UTF-8.
_UNSAFE_IN_NAME = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e"
                             "\u2066-\u2069\ud800-\udfff]")


def shown_name(name: object) -> str:
    """A file name as factcheck shows it everywhere (stderr, tables, reports, claim ids): one line of
    valid UTF-8. A byte that is not UTF-8 (os.fsdecode made it a surrogate) is written as \\xfc,
    a control or bidi character as \\u001b; every other character is kept."""
    return _UNSAFE_IN_NAME.sub(_written_out, str(name))


def _written_out(m: re.Match) -> str:
    code = ord(m.group())
    if 0xDC80 <= code <= 0xDCFF:      # surrogateescape: the undecodable byte code - 0xDC00
        return f"\\x{code - 0xDC00:02x}"
    return f"\\u{code:04x}"


@dataclass(frozen=True, order=True)
class UserError:
    path: str
    line: int | None
    col: int | None
    message: str

    def __str__(self) -> str:
        where = shown_name(self.path)
        if self.line is not None:
            where += f":{self.line}"
            if self.col is not None:
                where += f":{self.col}"
        return f"{where}: error: {shown_name(self.message)}"


class ConfigError(Exception):
    """Usage or configuration errors (exit 2): bad rule files, unreadable paths, bad options."""

    def __init__(self, errors: list[UserError]):
        self.errors = sorted(errors, key=lambda e: (e.path, e.line or 0, e.col or 0, e.message))
        super().__init__("\n".join(str(e) for e in self.errors))
