"""Stage 5, write: report.md, report.json, report.html, claims.csv and the console summary."""
from __future__ import annotations

import os
from collections.abc import Sequence

from factcheck.report import to_csv, to_html, to_json, to_markdown
from factcheck.report.atomic import write_atomically
from factcheck.report.table import summary_table

__all__ = ["FILES", "ReportError", "summary_table", "write_reports"]

FILES = {"md": ("report.md", to_markdown.render), "json": ("report.json", to_json.render),
         "html": ("report.html", to_html.render), "csv": ("claims.csv", to_csv.render)}


class ReportError(Exception):
    """The output folder cannot be written (exit 2); the message is one line."""


def write_reports(result, out_dir: str, formats: Sequence[str]) -> list[str]:
    """Each chosen format written atomically into out_dir; the paths written, relative as given."""
    unknown = [f for f in formats if f not in FILES]
    if unknown:
        raise ReportError(f"unknown report format {unknown[0]!r}; choose from {', '.join(FILES)}")
    _prepare(out_dir)
    written: list[str] = []
    for fmt in dict.fromkeys(formats):
        name, render = FILES[fmt]
        path = os.path.join(out_dir, name)
        try:
            write_atomically(path, render(result))
        except OSError as e:
            raise ReportError(f"cannot write {name} ({e.strerror or e})") from None
        written.append(path)
    return written


def _prepare(out_dir: str) -> None:
    if os.path.exists(out_dir) and not os.path.isdir(out_dir):
        raise ReportError("not a folder (a file of that name exists)")
    try:
        os.makedirs(out_dir, exist_ok=True)
    except OSError as e:
        raise ReportError(f"cannot create the folder ({e.strerror or e})") from None
