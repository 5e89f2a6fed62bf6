"""Determinism: the same articles give byte-identical reports whatever the order on the command line, the order
the files were created in, their mtimes, the hash seed or the number of worker processes."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
RULES = ROOT / "rules"
REPORTS = ("report.md", "report.json", "report.html", "claims.csv")
# Two of the seeds go one folder down, so that the walk of nested folders is ordered too.
LAYOUT = {seed.name: (f"more/{seed.name}" if i % 2 else seed.name) for i, seed in enumerate(SEEDS)}


def make_folder(folder: Path, names: list[str], first_mtime: int) -> None:
    """The seeds copied in the given order, each with its own mtime (one hour apart from the last)."""
    for i, name in enumerate(names):
        target = folder / LAYOUT[name]
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / "seeds" / name, target)
        os.utime(target, (first_mtime + 3600 * i, first_mtime + 3600 * i))


def start(cwd: Path, args: list[str], out: Path, hash_seed: int) -> subprocess.Popen:
    command = [sys.executable, "-m", "factcheck", "run", *args, "--rules", str(RULES), "--out", str(out),
               "--fail-on", "never"]
    env = dict(os.environ, PYTHONHASHSEED=str(hash_seed))
    return subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict[str, Path]:
    """Five runs, started together: each differs from "forward" in one way only (except "backward")."""
    base = tmp_path_factory.mktemp("determinism")
    names = [seed.name for seed in SEEDS]
    forward, backward = base / "forward", base / "backward"
    make_folder(forward, names, first_mtime=1_600_000_000)
    make_folder(backward, names[::-1], first_mtime=1_700_000_000)       # other creation order, other mtimes
    # a folder and files, out of order; "./" as the walk of "." spells them (doc is the path as given)
    shuffled = [f"./{LAYOUT[n]}" for n in names if "/" not in LAYOUT[n]][::-1]
    shuffled.insert(1, "./more")
    jobs = {
        "forward": start(forward, ["."], base / "out_forward", hash_seed=1),
        "backward": start(backward, ["."], base / "out_backward", hash_seed=2),
        "hash_seed": start(forward, ["."], base / "out_hash_seed", hash_seed=3),
        "arguments": start(forward, shuffled, base / "out_arguments", hash_seed=1),
        "two_jobs": start(forward, [".", "--jobs", "2"], base / "out_two_jobs", hash_seed=1),
    }
    for name, job in jobs.items():
        _, err = job.communicate(timeout=120)
        assert job.returncode == 0, f"{name}: {err}"
    return {name: base / f"out_{name}" for name in jobs}


def assert_same_reports(a: Path, b: Path) -> None:
    for name in REPORTS:
        assert (a / name).read_bytes() == (b / name).read_bytes(), f"{name} differs between {a.name} and {b.name}"


def test_the_runs_have_something_to_compare(runs):
    report = json.loads((runs["forward"] / "report.json").read_text(encoding="utf-8"))

    assert [d["doc"] for d in report["documents"]] == sorted(
        (f"./{LAYOUT[s.name]}" for s in SEEDS), key=lambda p: tuple(p.split("/")))
    assert len(report["claims"]) > 10 and report["findings"]


def test_files_created_in_the_opposite_order_with_other_mtimes_give_identical_reports(runs):
    assert_same_reports(runs["forward"], runs["backward"])


def test_another_hash_seed_gives_identical_reports(runs):
    assert_same_reports(runs["forward"], runs["hash_seed"])


def test_the_files_named_in_another_order_give_identical_reports(runs):
    assert_same_reports(runs["forward"], runs["arguments"])


def test_two_worker_processes_give_the_reports_of_one(runs):
    assert_same_reports(runs["forward"], runs["two_jobs"])


def test_reports_hold_no_absolute_path_and_no_date_of_the_run(runs):
    for name in REPORTS:
        text = (runs["forward"] / name).read_text(encoding="utf-8")
        assert str(runs["forward"].parent) not in text and str(ROOT) not in text, name
        assert date.today().isoformat() not in text, name          # the seeds are from 2020 to 2023
