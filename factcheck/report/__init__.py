"""Stage 5, write: report.md, report.json, report.html, claims.csv and the console summary."""
from __future__ import annotations

import os
from collections.abc import Sequence

from factcheck.report import to_csv, to_html, to_json, to_markdown
from factcheck.report.atomic import write_all_atomically
from factcheck.report.table import in_report_order, summary_table

__all__ = ["FILES", "ReportError", "summary_table", "write_reports"]

FILES = {"md": ("report.md", to_markdown.render), "json": ("report.json", to_json.render),
         "html": ("report.html", to_html.render), "csv": ("claims.csv", to_csv.render)}


class ReportError(Exception):
    """The output folder cannot be written (exit 2); the message is one line."""


def write_reports(result, out_dir: str, formats: Sequence[str]) -> list[str]:
    """Each chosen format written into out_dir, all or none; the paths written, relative as given.

    Every report is rendered before any file is touched, and each file is staged whole before the
    first is renamed into place: a renderer that fails, or a disk that fills up, leaves the
    previous reports as they were. Any OSError becomes a one-line ReportError."""
    unknown = [f for f in formats if f not in FILES]
    if unknown:
        raise ReportError(f"unknown report format {unknown[0]!r}; choose from {', '.join(FILES)}")
    ordered = in_report_order(result)
    files = [(os.path.join(out_dir, FILES[fmt][0]), FILES[fmt][1](ordered)) for fmt in dict.fromkeys(formats)]
    _prepare(out_dir)
    try:
        write_all_atomically(files)
    except OSError as e:
        name = os.path.basename(e.filename) if isinstance(e.filename, str) else "the reports"
        raise ReportError(f"cannot write {name} ({_reason(e)})") from None
    return [path for path, _ in files]


def _prepare(out_dir: str) -> None:
    if os.path.exists(out_dir) and not os.path.isdir(out_dir):
        raise ReportError("not a folder (a file of that name exists)")
    try:
        os.makedirs(out_dir, exist_ok=True)
    except (OSError, ValueError) as e:    # ValueError: a NUL byte in the path
        raise ReportError(f"cannot create the folder ({_reason(e)})") from None


def _reason(error: Exception) -> str:
    return (getattr(error, "strerror", None) or str(error) or type(error).__name__).rstrip(".")
