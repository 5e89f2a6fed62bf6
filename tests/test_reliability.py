"""Issue 11: no file name, setting or console can turn a run into "nothing checked, exit 0", a traceback or
a forged log line. Each test runs the real CLI the way the issue's reproducer does."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import cmarkgfm
import pytest

from factcheck import cli

ROOT = Path(__file__).resolve().parents[1]
STORES = "Walmart hat 11.600 Filialen in den USA.\n"
FEWER_STORES = "Walmart hat 10.500 Filialen in den USA.\n"
USERS = "Mit rund {} Millionen Nutzern allein in den USA ist TikTok eine Goldgrube.\n"
# Hang protection only
TIMEOUT = 120


def factcheck(cwd: Path, *args: str | bytes, env: dict | None = None) -> subprocess.CompletedProcess:
    """`python -m factcheck ARGS` in cwd, as a user runs it; output as bytes (a name need not be UTF-8)."""
    environment = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run([sys.executable, "-m", "factcheck", *args], cwd=cwd, capture_output=True,
                          timeout=TIMEOUT, env=environment)


def run_in(path: Path, monkeypatch, *args: str) -> int:
    monkeypatch.chdir(path)
    return cli.main(list(args))


# 1. A file name that is not UTF-8 ------------------------------------------------------------------

def test_a_file_name_that_is_not_utf8_is_read_and_shown_escaped_in_every_report(tmp_path, monkeypatch, capsys):
    (tmp_path / "a").mkdir()
    Path(os.fsdecode(tmp_path / "a" / os.fsdecode(b"M\xfcller.txt"))).write_text(STORES, encoding="utf-8")
    (tmp_path / "a" / "b.txt").write_text(FEWER_STORES, encoding="utf-8")

    code = run_in(tmp_path, monkeypatch, "run", "a", "--out", "r")

    err = capsys.readouterr().err
    assert code in (0, 1) and "Traceback" not in err
    shown = "a/M\\xfcller.txt"
    report = json.loads((tmp_path / "r" / "report.json").read_text(encoding="utf-8"))
    assert [d["doc"] for d in report["documents"]] == [shown, "a/b.txt"]
    claim = next(c for c in report["claims"] if c["doc"] == shown)
    assert (claim["text"], claim["value"]) == ("11.600 Filialen", 11600.0)
    for name in ("report.html", "claims.csv"):
        assert shown in (tmp_path / "r" / name).read_text(encoding="utf-8"), name
    # report.md escapes the backslash, so that GitHub shows it: the rendered page holds the same name
    assert shown in cmarkgfm.github_flavored_markdown_to_html((tmp_path / "r" / "report.md").read_text())
    # the id is made from the shown name, so it is the same on every run and every machine
    assert cli.main(["extract", "a", "--format", "jsonl"]) == 0
    ids = [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()]
    assert claim["id"] in ids


# 2. Setups that check nothing ---------------------------------------------------------------------

@pytest.fixture
def arts(tmp_path: Path) -> Path:
    folder = tmp_path / "arts"
    folder.mkdir()
    (folder / "a.txt").write_text(STORES, encoding="utf-8")
    (folder / "b.txt").write_text(FEWER_STORES, encoding="utf-8")
    return folder


def test_out_folder_that_is_the_folder_checked_is_exit_2(arts, monkeypatch, capsys):
    assert run_in(arts.parent, monkeypatch, "run", "arts", "--out", "arts") == 2
    assert capsys.readouterr().err == ("arts: error: is the folder being checked (arts); its articles would be "
                                       "skipped as reports: choose another --out\n")
    assert run_in(arts, monkeypatch, "run", ".", "--out", ".") == 2
    assert capsys.readouterr().err == (".: error: is the folder being checked (.); its articles would be skipped "
                                       "as reports: choose another --out\n")
    assert sorted(os.listdir(arts)) == ["a.txt", "b.txt"]


def test_a_run_where_every_file_is_skipped_is_exit_2(tmp_path, monkeypatch, capsys):
    (tmp_path / "arts").mkdir()
    (tmp_path / "arts" / "a.txt").write_bytes(b"")
    (tmp_path / "arts" / "b.txt").write_bytes(b"   \n")

    assert run_in(tmp_path, monkeypatch, "run", "arts", "--out", "r") == 2

    err = capsys.readouterr().err.splitlines()
    assert err[-1] == "factcheck: error: no document was checked: all 2 files were skipped (see above)"
    # the reports say so too: a stale report of an earlier run must not stay behind
    assert json.loads((tmp_path / "r" / "report.json").read_text())["summary"]["skipped"] == 2


def test_a_run_where_every_document_hits_an_internal_error_is_exit_2(arts, monkeypatch, capsys):
    def broken(*args, **kwargs):
        raise ValueError("a bug")

    monkeypatch.setattr("factcheck.pipeline.extract", broken)
    assert run_in(arts.parent, monkeypatch, "run", "arts", "--out", "r") == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0] == ("arts/a.txt: warning: internal error while extracting (ValueError: a bug); please report it; "
                      "skipped, the other 0 files were checked")
    assert err[-1] == "factcheck: error: no document was checked: all 2 files were skipped (see above)"


@pytest.mark.parametrize("content, message", [
    (None, "cannot be read (No such file or directory)"),
    ("about: abc\n", "about: expected a share between 0 and 1 (0.05 is 5 %), got 'abc'"),
    ("about: -5\n", "about: expected a share between 0 and 1 (0.05 is 5 %), got -5"),
    ("about: .nan\n", "about: expected a share between 0 and 1 (0.05 is 5 %), got nan"),
    ("aboot: 0.05\n", "unknown key 'aboot'; the keys are about, almost, just_over, rounding_cap"),
    ("about: [0.05\n", None),
])
def test_a_bad_approx_file_is_exit_2_with_one_line(arts, monkeypatch, capsys, content, message):
    override = arts.parent / "approx.yaml"
    if content is not None:
        override.write_text(content, encoding="utf-8")
    monkeypatch.setenv("FACTCHECK_APPROX", str(override))

    assert run_in(arts.parent, monkeypatch, "run", "arts", "--out", "r") == 2

    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"{override}: error: ")
    assert err.endswith(" (the file FACTCHECK_APPROX names)\n")
    if message:
        assert f": error: {message} (the file" in err
    assert not (arts.parent / "r").exists()


def test_a_good_approx_file_is_used(arts, monkeypatch, capsys):
    (arts.parent / "approx.yaml").write_text("about: 0.1\n", encoding="utf-8")
    monkeypatch.setenv("FACTCHECK_APPROX", str(arts.parent / "approx.yaml"))
    assert run_in(arts.parent, monkeypatch, "extract", "arts", "--format", "jsonl") == 0


@pytest.mark.parametrize("seconds", ["1e10", "inf", "-1", "zehn"])
def test_a_time_budget_that_cannot_be_kept_is_exit_2(arts, monkeypatch, capsys, seconds):
    monkeypatch.setenv("FACTCHECK_DOC_SECONDS", seconds)
    assert run_in(arts.parent, monkeypatch, "run", "arts", "--out", "r") == 2
    assert capsys.readouterr().err == (
        "FACTCHECK_DOC_SECONDS: error: expected a number of seconds per document up to 1,000,000 (0 turns the "
        f"limit off), got '{seconds}'\n")


# 4 and 5. Log-line forging and terminal escapes ----------------------------------------------------

FORGED = "x\n::error file=README.md,line=1::FORGED\n.txt"


def test_a_file_name_cannot_forge_a_log_line(arts, monkeypatch, capsys):
    (arts / FORGED).write_bytes(b"")
    assert run_in(arts.parent, monkeypatch, "run", "arts", "--out", "r") == 0
    err = capsys.readouterr().err
    assert err == ("arts/x\\u000a::error file=README.md,line=1::FORGED\\u000a.txt: warning: empty file (0 bytes); "
                   "skipped, the other 2 files were checked\n")
    assert "\\u000a::error" in (arts.parent / "r" / "report.md").read_text()


def test_a_rule_file_name_cannot_forge_a_log_line_or_send_escapes(tmp_path, monkeypatch, capsys):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "x\n::error file=README.md::FORGED\n\x1b[2J\u202e.yaml").write_text("id: [\n", encoding="utf-8")
    assert run_in(tmp_path, monkeypatch, "rules", "check", "rules") == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("rules/x\\u000a::error file=README.md::FORGED\\u000a"
                                                   "\\u001b[2J\\u202e.yaml:2:1: error: ")
    assert "\x1b" not in err and "\u202e" not in err


def test_the_documents_table_sends_no_terminal_escape(arts, monkeypatch, capsys):
    (arts / "c\x1b[31m\u202etxt.exe.txt").write_text(STORES, encoding="utf-8")
    assert run_in(arts.parent, monkeypatch, "extract", "arts", "--format", "table") == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\u202e" not in out
    assert out.count("arts/c\\u001b[31m\\u202etxt.exe.txt") == 2       # the claims table and the documents table


# 7. A console that is not UTF-8 ---------------------------------------------------------------------

def test_a_console_that_cannot_show_a_character_gets_it_escaped(tmp_path):
    (tmp_path / "arts").mkdir()
    # dated, so that the two figures share a time and the run reports them side by side
    dated = "---\ndate: 2024-05-02\n---\n" + USERS
    (tmp_path / "arts" / "a.txt").write_text(dated.format("100"), encoding="utf-8")
    (tmp_path / "arts" / "Łódź.txt").write_text(dated.format("50"), encoding="utf-8")
    result = factcheck(tmp_path, "run", "arts", "--out", "r", env={"PYTHONIOENCODING": "iso-8859-1"})
    assert (result.returncode, result.stderr) == (0, b"")
    # the summary names both sources of the contradiction; Ł and ź are not in ISO-8859-1, ó is
    assert "rund 50 Millionen Nutzern (arts/\\u0141\xf3d\\u017a.txt:4)".encode("iso-8859-1") in result.stdout


# The output folder -------------------------------------------------------------------------------

def test_home_folder_is_refused_as_out(arts, monkeypatch, capsys):
    monkeypatch.setenv("HOME", str(arts.parent))
    assert run_in(arts.parent, monkeypatch, "run", "arts", "--out", str(arts.parent)) == 2
    assert capsys.readouterr().err.endswith(": error: refusing to write reports into the home folder; choose a "
                                            "folder for them\n")
    assert not (arts.parent / "report.md").exists()


def test_file_system_root_is_refused_as_out():
    from factcheck.report import ReportError, check_out_folder
    with pytest.raises(ReportError, match="refusing to write reports into the root of a file system"):
        check_out_folder("/", ["arts"])
    with pytest.raises(ReportError, match="root of a file system"):
        check_out_folder("/tmp/..", ["arts"])
    check_out_folder("/tmp/reports", ["arts"])


def test_reports_honour_the_umask(arts):
    script = ("import os, sys; os.umask(0o077); from factcheck import cli; "
              "sys.exit(cli.main(['run', 'arts', '--out', 'r']))")
    result = subprocess.run([sys.executable, "-c", script], cwd=arts.parent, capture_output=True, timeout=TIMEOUT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr
    modes = {name: (arts.parent / "r" / name).stat().st_mode & 0o777 for name in os.listdir(arts.parent / "r")}
    assert modes == {"report.md": 0o600, "report.json": 0o600, "report.html": 0o600, "claims.csv": 0o600}
    assert (arts.parent / "r").stat().st_mode & 0o777 == 0o700


def test_a_reader_that_leaves_early_gets_no_traceback(tmp_path):
    (tmp_path / "arts").mkdir()
    for i in range(400):
        (tmp_path / "arts" / f"{i:03d}.txt").write_text(USERS.format(i + 10), encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "factcheck", "extract", "arts", "--format", "jsonl"],
                               cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env={**os.environ, "PYTHONPATH": str(ROOT)})
    first = process.stdout.readline()
    process.stdout.close()                       # as `| head -1` does
    err = process.stderr.read()
    assert process.wait(TIMEOUT) == 141
    assert json.loads(first)["value"] == 10_000_000.0
    assert err == b""
