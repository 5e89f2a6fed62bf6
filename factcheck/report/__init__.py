"""Stage 5, write: report.md, report.json, report.html, claims.csv and the console summary."""
from __future__ import annotations

import os
from collections.abc import Sequence

from factcheck.report import to_csv, to_html, to_json, to_markdown
from factcheck.report import atomic
from factcheck.report.table import in_report_order, summary_table

__all__ = ["FILES", "ReportError", "check_out_folder", "summary_table", "write_reports"]

FILES = {"md": ("report.md", to_markdown.render_parts), "json": ("report.json", to_json.render_parts),
         "html": ("report.html", to_html.render), "csv": ("claims.csv", to_csv.render)}


class ReportError(Exception):
    """The output folder cannot be written (exit 2); the message is one line."""


def write_reports(result, out_dir: str, formats: Sequence[str]) -> list[str]:
    """Each chosen format written into out_dir as one unit; the paths written, relative as given.

    Every report is rendered before any file is touched, and all of them are written into a new
    folder that then takes out_dir's place in one step (atomic.write_folder): a renderer that fails,
    a disk that fills up or a kill leaves the previous reports as they were, and two runs on one
    folder leave one run's reports. Any OSError becomes a one-line ReportError."""
    unknown = [f for f in formats if f not in FILES]
    if unknown:
        raise ReportError(f"unknown report format {unknown[0]!r}; choose from {', '.join(FILES)}")
    ordered = in_report_order(result)
    files = [(FILES[fmt][0], FILES[fmt][1](ordered)) for fmt in dict.fromkeys(formats)]
    _prepare(out_dir)
    try:
        atomic.write_folder(out_dir, files)
    except OSError as e:
        name = os.path.basename(e.filename) if isinstance(e.filename, str) else "the reports"
        raise ReportError(f"cannot write {name} ({_reason(e)})") from None
    return [os.path.join(out_dir, name) for name, _ in files]


def check_out_folder(out_dir: str, paths: Sequence[str]) -> None:
    """ReportError for an --out that must not be written: a file-system root or the home folder (the
    reports would land among the system's or the user's files), or a folder given to check (its
    articles would be left out of the walk as reports, and nothing checked)."""
    real = os.path.realpath(out_dir)
    if os.path.dirname(real) == real:
        raise ReportError("refusing to write reports into the root of a file system; choose a folder for them")
    if real == os.path.realpath(os.path.expanduser("~")):
        raise ReportError("refusing to write reports into the home folder; choose a folder for them")
    for path in paths:
        if os.path.isdir(path) and os.path.realpath(path) == real:
            raise ReportError(f"is the folder being checked ({path}); its articles would be skipped "
                              "as reports: choose another --out")


def _prepare(out_dir: str) -> None:
    if os.path.exists(out_dir) and not os.path.isdir(out_dir):
        raise ReportError("not a folder (a file of that name exists)")
    try:
        os.makedirs(out_dir, exist_ok=True)
    except (OSError, ValueError) as e:    # ValueError: a NUL byte in the path
        raise ReportError(f"cannot create the folder ({_reason(e)})") from None


def _reason(error: Exception) -> str:
    return (getattr(error, "strerror", None) or str(error) or type(error).__name__).rstrip(".")
