"""Errors in user input: one sentence, naming the file (and line and column where there is one)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class UserError:
    path: str
    line: int | None
    col: int | None
    message: str

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.col is not None:
                where += f":{self.col}"
        return f"{where}: error: {self.message}"


class ConfigError(Exception):
    """Usage or configuration errors (exit 2): bad rule files, unreadable paths, bad options."""

    def __init__(self, errors: list[UserError]):
        self.errors = sorted(errors, key=lambda e: (e.path, e.line or 0, e.col or 0, e.message))
        super().__init__("\n".join(str(e) for e in self.errors))
