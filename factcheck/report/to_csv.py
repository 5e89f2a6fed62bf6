"""claims.csv: every claim, one row, the contract's columns; safe to open in a spreadsheet."""
from __future__ import annotations

import csv
import io
import json
from operator import attrgetter

from factcheck.report.table import group_names

COLUMNS = ("id", "doc", "start", "end", "line", "col", "text", "sentence", "kind", "value", "low", "high",
           "approx", "unit", "timex", "timex_mod", "subject", "claim_type", "qualifiers", "scale_word", "lang",
           "group")
_ATTRIBUTES = attrgetter(*COLUMNS[:COLUMNS.index("qualifiers")])      # read straight from the claim
# A spreadsheet runs a text cell that starts with one of these as a formula or a DDE call (CSV
# injection): = + - @, a tab, a line break, and the full-width forms that some locales of Excel
# read as the same signs.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def render(result) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(row(claim, name) for claim, name in zip(result.claims, group_names(result)))
    return buffer.getvalue()


def row(claim, group: str | None) -> list:
    """One claim's cells: None as an empty cell, numbers as numbers, every text cell neutralized."""
    values = [*_ATTRIBUTES(claim),
              json.dumps(claim.qualifiers, ensure_ascii=False, sort_keys=True) if claim.qualifiers else "{}",
              claim.scale_word, claim.lang, group]
    # cell() written out: this runs for every cell of every claim
    return ["'" + value if isinstance(value, str) and value.startswith(_FORMULA_START) else value
            for value in values]


def cell(value: object) -> object:
    """Text that a spreadsheet would run gets a quote in front; numbers stay numbers (-5.0 is a value)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value
