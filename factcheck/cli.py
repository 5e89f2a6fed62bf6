"""Command line: arguments, output, exit codes 0/1/2. The only module that prints.

The reports and tabulate are imported where they are used: `factcheck extract --format jsonl`
needs neither, and start-up is part of every run's cost.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
from datetime import date

from typing import TYPE_CHECKING

from factcheck import __version__
from factcheck.errors import ConfigError, shown_name

if TYPE_CHECKING:
    from factcheck.pipeline import Options, Result

# The stages are imported by the commands that run them: `--version`, `--help` and a usage error
# start no regex engine and read no language data.

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
EXIT_BROKEN_PIPE = 128 + 13          # as a shell reports a process that SIGPIPE ended
CLAIM_COLUMNS = ("doc", "line", "col", "kind", "text", "value", "low", "high", "approx", "unit",
                 "timex", "timex_mod", "subject", "claim_type", "qualifiers")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:        # usage errors exit 2 with one line, no traceback
        self.print_usage(sys.stderr)
        print(f"factcheck: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from None


def _language_code(text: str) -> str:
    """'auto' or a code factcheck.lang knows: the shipped folders and those FACTCHECK_LANG_DIRS adds."""
    if text == "auto":
        return text
    from factcheck import lang      # the language data is read only when a code is given
    if text not in lang.codes():
        raise argparse.ArgumentTypeError(f"unknown language {text!r} (known: {', '.join(lang.codes())}, auto)")
    return text


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="factcheck", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
        p.add_argument("--ref-date", type=_iso_date, metavar="YYYY-MM-DD",
                       help="anchor for relative dates in documents with no publication date")
        p.add_argument("--lang", type=_language_code, default="auto", metavar="CODE",
                       help="de, en, another language folder's code, or auto (default: detect)")
        p.add_argument("--rules", metavar="DIR", action="append",
                       help="a rule folder that adds to the shipped rules; repeatable (default: ./rules if it exists)")
        p.add_argument("--no-default-rules", action="store_true",
                       help="leave out the shipped rules and entities: only the --rules folders")
        p.add_argument("--jobs", type=_positive_int, default=None, metavar="N",
                       help="read the articles with N worker processes (default: one per processor "
                            "for more than 64 articles)")

    run = commands.add_parser("run", help="extract, compare across documents, write the reports")
    common(run)
    run.add_argument("--out", default="reports", metavar="DIR", help="report folder (default: reports/)")
    run.add_argument("--format", type=_formats, default=REPORT_FORMATS, metavar="LIST",
                     help="comma-separated: md,json,html,csv (default: md,json,html,csv)")
    run.add_argument("--fail-on", choices=("error", "warning", "info", "never"), default="error",
                     help="exit 1 when a finding has this severity or a higher one (default: error)")

    extract = commands.add_parser("extract", help="print the claims of the articles")
    common(extract)
    extract.add_argument("--format", choices=("jsonl", "table", "csv"), default="table")

    rules = commands.add_parser("rules", help="validate, test or list rule files")
    rules_commands = rules.add_subparsers(dest="rules_command", required=True, parser_class=_Parser)
    for name, text in (("check", "validate the rule files"), ("test", "run the examples inside the rules"),
                       ("list", "list the claim types")):
        sub = rules_commands.add_parser(name, help=text)
        sub.add_argument("directory", nargs="?", metavar="DIR", help="rule folder (default: ./rules)")
    return parser


REPORT_FORMATS = ("md", "json", "html", "csv")


def _formats(text: str) -> tuple[str, ...]:
    chosen = tuple(dict.fromkeys(f.strip() for f in text.split(",") if f.strip()))
    unknown = [f for f in chosen if f not in REPORT_FORMATS]
    if unknown or not chosen:
        raise argparse.ArgumentTypeError(f"unknown format {', '.join(unknown) or text!r}; "
                                         f"choose from {','.join(REPORT_FORMATS)}")
    return chosen


def _positive_int(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return int(text)


def main(argv: list[str] | None = None) -> int:
    _never_fail_to_print()
    args = build_parser().parse_args(argv)
    from factcheck.documents import UnreadablePath
    try:
        if args.command == "extract":
            return cmd_extract(args)
        if args.command == "run":
            return cmd_run(args)
        if args.command == "rules":
            return cmd_rules(args)
    except ConfigError as e:
        print(e, file=sys.stderr)
        return EXIT_USAGE
    except UnreadablePath as e:
        print(e, file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader left (`factcheck extract ... | head`): no traceback, and none at exit either
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    return EXIT_USAGE


def _never_fail_to_print() -> None:
    """A console that cannot show a character (LC_ALL=C, ISO-8859-1) gets \\xfc for it, never a crash."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")


def _options(args: argparse.Namespace) -> Options:
    from factcheck.pipeline import Options
    return Options(rules_dir=args.rules, default_rules=not args.no_default_rules,
                   ref_date=args.ref_date, lang=args.lang,
                   jobs=getattr(args, "jobs", None), out=getattr(args, "out", None))


def _print_skipped(result: Result) -> None:
    """One line per skipped file: the name and the reason as shown_name shows them, so none adds a line."""
    read = len(result.documents)
    for skipped in result.skipped:
        print(f"{shown_name(skipped.doc)}: warning: {shown_name(skipped.reason)}; skipped, the other {read} "
              f"{'files were' if read != 1 else 'file was'} checked", file=sys.stderr)


def _nothing_checked(result: Result) -> bool:
    """No document was read although paths were given: not a success (exit 2), said in one line."""
    if result.documents:
        return False
    if result.skipped:
        print(f"factcheck: error: no document was checked: all {_plural(len(result.skipped), 'file')} "
              "were skipped (see above)", file=sys.stderr)
    else:
        print("factcheck: error: no document was checked: no .txt or .md files found in the given paths",
              file=sys.stderr)
    return True


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def cmd_extract(args: argparse.Namespace) -> int:
    from factcheck.pipeline import extract_claims
    result = extract_claims(args.paths, _options(args))
    _print_skipped(result)
    if _nothing_checked(result):
        return EXIT_USAGE
    out = sys.stdout
    if args.format == "jsonl":
        for claim in result.claims:
            out.write(claim.model_dump_json() + "\n")
    elif args.format == "csv":
        out.write(claims_csv(result))
    else:
        out.write(claims_table(result) + "\n\n" + documents_table(result) + "\n")
    return EXIT_OK


def _cell(value: object) -> object:
    from factcheck.report.table import visible
    if isinstance(value, dict):
        return visible(", ".join(f"{k}={v}" for k, v in sorted(value.items())))
    if isinstance(value, str):
        return visible(value)         # file names and article text must not send terminal escapes
    return "" if value is None else value


def claims_table(result: Result) -> str:
    from tabulate import tabulate
    rows = [[_cell(getattr(c, k)) for k in CLAIM_COLUMNS] for c in result.claims]
    return tabulate(rows, headers=CLAIM_COLUMNS, tablefmt="simple", disable_numparse=True)


def documents_table(result: Result) -> str:
    """One row per document: language, publication date and where it was found, claim count."""
    from tabulate import tabulate
    counts: dict[str, int] = {}
    for claim in result.claims:
        counts[claim.doc] = counts.get(claim.doc, 0) + 1
    rows = [[_cell(d.doc), d.lang, d.date or "", d.date_source or "", counts.get(d.doc, 0)] for d in result.documents]
    return tabulate(rows, headers=("doc", "lang", "date", "date_source", "claims"), tablefmt="simple",
                    disable_numparse=True)


def claims_csv(result: Result) -> str:
    from factcheck.report.to_csv import cell as csv_cell
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CLAIM_COLUMNS)
    for c in result.claims:
        writer.writerow([csv_cell(json.dumps(c.qualifiers, sort_keys=True, ensure_ascii=False)) if k == "qualifiers"
                         else csv_cell(getattr(c, k)) for k in CLAIM_COLUMNS])
    return buffer.getvalue()


def cmd_run(args: argparse.Namespace) -> int:
    from factcheck import report
    from factcheck.pipeline import run
    try:
        report.check_out_folder(args.out, args.paths)
    except report.ReportError as e:
        print(shown_name(f"{args.out}: error: {e}"), file=sys.stderr)
        return EXIT_USAGE
    result = run(args.paths, _options(args))
    _print_skipped(result)
    try:
        # written even when nothing was checked: the reports on disk must never be an older run's
        written = report.write_reports(result, args.out, args.format)
    except report.ReportError as e:
        print(shown_name(f"{args.out}: error: {e}"), file=sys.stderr)
        return EXIT_USAGE
    print(report.summary_table(result))
    print(f"reports: {', '.join(map(shown_name, written))}")
    if _nothing_checked(result):
        return EXIT_USAGE
    return EXIT_FINDINGS if _fails(result, args.fail_on) else EXIT_OK


def _fails(result: Result, fail_on: str) -> bool:
    if fail_on == "never":
        return False
    from factcheck.model import SEVERITY_RANK
    return any(SEVERITY_RANK[f.severity] >= SEVERITY_RANK[fail_on] for f in result.findings)


def cmd_rules(args: argparse.Namespace) -> int:
    from factcheck import ruleset
    directory = args.directory
    if args.rules_command == "check":
        errors = ruleset.check_directory(directory)
        for error in errors:
            print(error, file=sys.stderr)
        if errors:
            return EXIT_USAGE
        print(f"{shown_name(ruleset.resolve_directory(directory))}: all rule files are valid")
        return EXIT_OK
    if args.rules_command == "list":
        from tabulate import tabulate
        rows = [{key: _cell(value) for key, value in row.items()} for row in ruleset.describe(directory)]
        print(tabulate(rows, headers="keys", tablefmt="simple", disable_numparse=True))
        return EXIT_OK
    from factcheck import ruletest   # imports the extractors; only this command needs them

    outcomes = ruletest.test_directory(directory)
    for outcome in outcomes:
        for line in outcome.lines:
            print(shown_name(line))
    failed = sum(o.failed for o in outcomes)
    print(f"{len(outcomes) - failed} rule(s) passed, {failed} failed")
    return EXIT_FINDINGS if failed else EXIT_OK
