#!/usr/bin/env python3
"""Throughput of factcheck, end to end and per stage, on a folder of articles.

    python benchmarks/bench.py ../shared/corpus/gnad              # 1,000 articles
    python benchmarks/bench.py ../shared/corpus/gnad --n 200 --repeat 5

End to end: `factcheck extract DIR --format jsonl` and `factcheck run DIR --format json`
as separate processes (start-up included), median of --repeat runs; with --jobs N they get
`--jobs N` (default: theirs, one worker process per processor for more than 64 articles;
`--jobs 1` times one process).
Per stage: load, extract, type, compare and report timed in this process (wall clock, or CPU time with
--cpu), so that the cost of each stage is visible as the corpus grows. Documents are extracted, then
typed, a batch at a time, as in `factcheck run`.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def corpus(source: str, n: int, work: str) -> tuple[str, int]:
    """The first n .txt files of source (sorted), copied to work; -> (folder, bytes)."""
    names = sorted(f for f in os.listdir(source) if f.endswith(".txt"))[:n]
    folder = os.path.join(work, f"corpus-{len(names)}")
    os.makedirs(folder, exist_ok=True)
    size = 0
    for name in names:
        shutil.copy(os.path.join(source, name), folder)
        size += os.path.getsize(os.path.join(folder, name))
    return folder, size


def timed_command(argv: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        times.append(time.perf_counter() - start)
        if done.returncode not in (0, 1):
            sys.exit(f"bench: {' '.join(argv)} exited {done.returncode}: {done.stderr.decode()[-500:]}")
    return statistics.median(times)


def stages(folder: str, clock=time.perf_counter) -> list[tuple[str, float]]:
    from factcheck import classify, compare, documents, pipeline, report
    from factcheck.extract import extract
    from factcheck.pipeline import Result
    # (a tree from before the pipeline froze and batched its documents is timed as it ran: without)
    keep_out_of_collection = getattr(pipeline, "keep_out_of_collection", lambda: None)
    from factcheck.ruleset import load_rules

    timings = []
    start = clock()
    ruleset = load_rules(None)
    timings.append(("rules", clock() - start))
    start = clock()
    loaded = documents.load([folder])
    timings.append(("load", clock() - start))
    # documents are extracted and typed in batches, as the pipeline does: typing reads the text index
    # (line starts, sentence bounds) that extracting the same document built; typed after all of them
    # were extracted, it would build most indexes a second time and count them to the type stage. What
    # a batch leaves is then frozen for the cycle collector, as in the pipeline (else a stage pays for
    # the collector walking all claims so far)
    batch_size = getattr(pipeline, "BATCH", 1)
    claims, extracting, typing = [], 0.0, 0.0
    keep_out_of_collection()
    for first in range(0, len(loaded.documents), batch_size):
        batch = loaded.documents[first:first + batch_size]
        start = clock()
        found = [extract(document) for document in batch]
        typed = clock()
        for document, claims_found in zip(batch, found):
            claims += classify.classify(claims_found, document, ruleset)
        extracting, typing = extracting + typed - start, typing + clock() - typed
        keep_out_of_collection()
    timings += [("extract", extracting), ("type", typing)]
    start = clock()
    findings = compare.compare(claims, {d.doc: d for d in loaded.documents}, ruleset)
    timings.append(("compare", clock() - start))
    start = clock()
    result = Result(documents=loaded.documents, skipped=loaded.skipped, claims=claims, findings=findings,
                    ruleset=ruleset)
    with tempfile.TemporaryDirectory() as out:
        report.write_reports(result, out, ("md", "json", "html", "csv"))
    timings.append(("report", clock() - start))
    return timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", help="folder of .txt articles, e.g. ../shared/corpus/gnad")
    parser.add_argument("--n", type=int, default=1000, help="articles (default: 1000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per command, median (default: 3)")
    parser.add_argument("--jobs", type=int, help="passed on to the end-to-end commands (default: theirs)")
    parser.add_argument("--cpu", action="store_true",
                        help="time the stages in CPU seconds of this process: steadier on a busy machine")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        folder, size = corpus(args.source, args.n, work)
        n = len(os.listdir(folder))
        mb = size / 1e6
        print(f"corpus: {n} articles, {mb:.2f} MB")
        jobs = ["--jobs", str(args.jobs)] if args.jobs else []
        for name, argv in (("extract", ["factcheck", "extract", folder, "--format", "jsonl"]),
                           ("run", ["factcheck", "run", folder, "--out", os.path.join(work, "out"),
                                    "--format", "json"])):
            seconds = timed_command(argv + jobs, args.repeat)
            print(f"{name:8} {seconds:7.2f} s  {n / seconds:8.0f} articles/s  {mb / seconds:6.2f} MB/s  (end to end)")
        for name, seconds in stages(folder, time.process_time if args.cpu else time.perf_counter):
            print(f"  {name:8} {seconds:7.3f} s  {n / max(seconds, 1e-9):9.0f} articles/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
