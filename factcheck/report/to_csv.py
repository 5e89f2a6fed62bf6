"""claims.csv: every claim, one row, the contract's columns; safe to open in a spreadsheet."""
from __future__ import annotations

import csv
import io
import json

from factcheck.compare.groups import group_name

COLUMNS = ("id", "doc", "start", "end", "line", "col", "text", "sentence", "kind", "value", "low", "high",
           "approx", "unit", "timex", "timex_mod", "subject", "claim_type", "qualifiers", "scale_word", "lang",
           "group")
_ATTRIBUTES = COLUMNS[:COLUMNS.index("qualifiers")]      # read straight from the claim
# A spreadsheet runs a text cell that starts with one of these as a formula (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Columns that hold text from the article, a path or a rule; the others are numbers, ids, enums,
# TIMEX3 values or JSON, which never start with a formula character.
_FREE_TEXT = tuple(COLUMNS.index(c) for c in ("doc", "text", "sentence", "unit", "subject", "claim_type",
                                              "scale_word"))


def render(result) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(row(claim) for claim in result.claims)
    return buffer.getvalue()


def row(claim) -> list:
    """One claim's cells: None as an empty cell, numbers as numbers, free text neutralized."""
    values = [getattr(claim, column) for column in _ATTRIBUTES]
    values += [json.dumps(claim.qualifiers, ensure_ascii=False, sort_keys=True) if claim.qualifiers else "{}",
               claim.scale_word, claim.lang, group_name(claim)]
    for i in _FREE_TEXT:
        values[i] = cell(values[i])
    return values


def cell(value: object) -> object:
    """Text that a spreadsheet would run gets a quote in front; numbers stay numbers (-5.0 is a value)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value
