"""The reports of one run are one unit: a kill between two file writes, or two runs on one --out, never
leave report.md from one run beside report.json from another (issue 11)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REPORTS = ("report.md", "report.json", "report.html", "claims.csv")
# Hang protection only
TIMEOUT = 120
# A run of the real CLI with a hook between two file writes: kill this process, or pause it.
RUN_WITH_HOOK = """
import os, signal, sys, time
from factcheck import cli
from factcheck.report import atomic
action, when = sys.argv[1], sys.argv[2]
def hook(path):
    if os.path.basename(path) == when:
        if action == "kill":
            os.kill(os.getpid(), signal.SIGKILL)
        time.sleep(float(action))
atomic.between_writes = hook
sys.exit(cli.main(sys.argv[3:]))
"""


def run(cwd: Path, *args: str, hook: tuple[str, str] = ("0", "none")) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", RUN_WITH_HOOK, *hook, *args], cwd=cwd,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})


def finish(process: subprocess.Popen) -> int:
    process.wait(TIMEOUT)
    return process.returncode


def articles(folder: Path, users: int) -> None:
    folder.mkdir(exist_ok=True)
    for name, figure in (("a.txt", users), ("b.txt", users // 2)):
        (folder / name).write_text(f"Mit rund {figure} Millionen Nutzern allein in den USA ist TikTok eine "
                                   "Goldgrube.\n", encoding="utf-8")


def snapshot(out: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(out.iterdir())}


def figures_in_each_report(out: Path) -> set[tuple[str, ...]]:
    """The user figures each report names: one run's reports all name the same ones."""
    found = set()
    for name in REPORTS:
        text = (out / name).read_text(encoding="utf-8")
        found.add(tuple(f for f in ("100 Millionen", "50 Millionen", "80 Millionen", "40 Millionen") if f in text))
    return found


@pytest.fixture
def place(tmp_path: Path) -> Path:
    articles(tmp_path / "first", 100)
    articles(tmp_path / "second", 80)
    return tmp_path


def test_a_kill_between_two_writes_leaves_the_previous_run_whole(place):
    assert finish(run(place, "run", "first", "--out", "reports")) == 0
    before = snapshot(place / "reports")

    killed = run(place, "run", "second", "--out", "reports", hook=("kill", "report.json"))
    assert finish(killed) == -9

    assert snapshot(place / "reports") == before
    # the next run finishes the job, and clears what the killed one left beside the folder
    assert finish(run(place, "run", "second", "--out", "reports")) == 0
    assert figures_in_each_report(place / "reports") == {("80 Millionen", "40 Millionen")}
    assert sorted(os.listdir(place)) == ["first", "reports", "second"]


def test_two_runs_on_one_out_leave_one_runs_reports(place):
    slow = run(place, "run", "first", "--out", "reports", hook=("0.3", "report.md"))
    fast = run(place, "run", "second", "--out", "reports", hook=("0.1", "report.json"))
    assert (finish(slow), finish(fast)) == (0, 0)
    assert len(figures_in_each_report(place / "reports")) == 1
    assert sorted(os.listdir(place / "reports")) == sorted(REPORTS)


def test_other_files_in_the_out_folder_are_kept(place):
    out = place / "reports"
    out.mkdir()
    (out / "README").write_text("kept\n")
    inode = (out / "README").stat().st_ino
    assert finish(run(place, "run", "first", "--out", "reports")) == 0
    assert (out / "README").read_text() == "kept\n" and (out / "README").stat().st_ino == inode
    assert sorted(os.listdir(out)) == sorted(REPORTS + ("README",))


def test_a_link_to_the_out_folder_stays_a_link(place):
    (place / "real").mkdir()
    (place / "reports").symlink_to("real")
    assert finish(run(place, "run", "first", "--out", "reports")) == 0
    assert (place / "reports").is_symlink()
    assert sorted(os.listdir(place / "real")) == sorted(REPORTS)


def test_the_current_folder_as_out_is_written_file_by_file(place):
    out = place / "here"
    out.mkdir()
    assert finish(run(out, "run", "../first", "--out", ".")) == 0
    assert sorted(os.listdir(out)) == sorted(REPORTS)
    assert json.loads((out / "report.json").read_text())["summary"]["documents"] == 2


def test_without_the_exchange_the_reports_are_still_written_whole(place, monkeypatch):
    import errno

    from small_result import small_result

    from factcheck.report import atomic, write_reports

    def no_exchange(a, b):
        raise OSError(errno.ENOSYS, "renameat2 is not available", b)

    out = place / "reports"
    write_reports(small_result(), str(out), ("md", "json"))
    monkeypatch.setattr(atomic, "_exchange", no_exchange)
    (out / "report.md").write_text("old\n")
    write_reports(small_result(), str(out), ("md", "json"))
    assert (out / "report.md").read_text().startswith("# factcheck report")
    assert sorted(os.listdir(out)) == ["report.json", "report.md"]
    assert sorted(os.listdir(place)) == ["first", "reports", "second"]
