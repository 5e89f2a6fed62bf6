#!/usr/bin/env python3
"""Long fuzz run of load + extract (+ type), and a time-versus-size check for hostile inputs.

Not part of the test suite (tests/test_fuzz.py keeps a short run there). Each input is the bytes of
a file, and for half of the inputs the bytes of its name too (as the file system gives them, not
necessarily UTF-8): decoded and read as `factcheck run` reads it (documents.document_from_bytes), its
claims extracted and typed with the shipped rules, compared with a fixed second article, and all four
reports rendered, then checked: no exception, `text == document[start:end]`, `start < end`, values
finite, `low <= value <= high`, every reason for skipping a single line, the file name shown as one
line of UTF-8 without control or bidi characters, report.json and claims.csv parse, no raw control
character in report.md or report.html, no HTML or cut table row in report.md.

    pip install atheris                                   # coverage-guided (libFuzzer); else --engine hypothesis
    python benchmarks/fuzz_extract.py --runs 500000 --work /tmp/fuzz-a -seed=1
    nohup python benchmarks/fuzz_extract.py --runs 500000 --work /tmp/fuzz-b -seed=2 > /tmp/fuzz-b.log 2>&1 &
    python benchmarks/fuzz_extract.py --engine hypothesis --runs 100000
    python benchmarks/fuzz_extract.py --scaling            # seconds for 100 KB and 1 MB of each hostile pattern

An input that raises or breaks a property is saved as WORK/crash-<hash> (with WORK/crash-<hash>.txt
holding the traceback) and the run goes on; one line per new kind of failure is printed, and a line of
progress every --every inputs. Inputs slower than --slow seconds are saved as WORK/slow-<hash>.
Options after ours (-seed=1, -max_len=8192 ...) go to libFuzzer.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import math
import os
import re
import sys
import time
import traceback
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FRAGMENTS = ["11.600", "1,2", "2.080.000", "1 234 567", "1\u202f234", "rund", "knapp", "über", "mehr als", "bis zu",
             "Millionen", "Mrd.", "Billionen", "billion", "Dollar", "Euro", "$", "€", "%", "Prozent", "Nutzer",
             "Filialen", "4.", "Dezember", "Mitte", "September", "2020", "24.08.2020", "vor sechs Jahren", "seit",
             "acht", "Jahren", "eine", "halbe", "zweiundzwanzig", "Komma", "und", "–", "14:30 Uhr",
             "(red, 26.7.2023)", "Veröffentlicht: 24.08.2020", "date 2021-05", "---\ndate: 2020-08-24\n---\n",
             "Q3 2021", "1990er Jahre", "vom 14.10. bis zum 15.10.2018", "zwischen 5 und 10 Prozent", "½", "$970m"]

FRAGMENTS_TEXT = " ".join(FRAGMENTS)
# file names as unzipped archives and hostile pull requests bring them
NAMES = [b"M\xfcller.txt", b"x\n::error file=README.md,line=1::FORGED\n.txt", b"a\x1b[31m.txt", b"\xe2\x80\xaetxt.exe",
         b"<b id=pwned>a.txt", b"=cmd|' /C calc'!A0.txt", b"a|b`c*d_e_~~f~~.txt", b"https://evil.example/x.txt",
         b"a@b.example.txt", b"\xff\xfe.txt", b"dir/sub/\xc3.txt", b"\\x41.txt", b"# heading.md"]
OTHER = ("Walmart hat 11.500 Filialen. TikTok hat rund 100 Millionen Nutzer in den USA. "
         "Der Umsatz stieg um 5 Prozent auf 1,2 Milliarden Euro.\n")


class Target:
    """One fuzz input -> load, extract, type, check; failures are saved and counted, never raised."""

    def __init__(self, work: Path, slow: float, every: int):
        from factcheck import classify, documents
        from factcheck.extract import extract
        from factcheck.ruleset import load_rules

        from factcheck.compare import compare
        from factcheck.errors import shown_name
        from factcheck.model import Skipped
        from factcheck.report.table import in_report_order

        self.documents, self.extract, self.classify = documents, extract, classify
        self.compare, self.shown_name = compare, shown_name
        self.Skipped, self.in_report_order = Skipped, in_report_order
        self.ruleset = load_rules(None)
        # a second article to compare with, so that findings, groups and both sides of a table are rendered
        self.other = documents.document_from_bytes("other.txt", OTHER.encode(), "de")
        self.other_claims = classify.classify(extract(self.other, date(2020, 8, 24)), self.other, self.ruleset)
        self.work, self.slow, self.every = work, slow, every
        self.count, self.started = 0, time.monotonic()
        self.failures: dict[str, int] = {}
        self.slowest = (0.0, b"")

    def __call__(self, data: bytes) -> None:
        self.count += 1
        started = time.perf_counter()
        try:
            check_one(self, data)
        except Exception:
            self.record_failure(data, traceback.format_exc())
        took = time.perf_counter() - started
        if took > self.slowest[0]:
            self.slowest = (took, data)
            if took > self.slow:
                self.save("slow", data, f"{took:.2f} s for {len(data)} bytes\n")
        if self.count % self.every == 0:
            self.progress()

    def record_failure(self, data: bytes, trace: str) -> None:
        last = trace.strip().splitlines()
        frames = [line for line in last if line.strip().startswith('File "') and "factcheck" in line]
        signature = f"{last[-1].split(':')[0]} at {frames[-1].strip() if frames else '?'}"
        if signature not in self.failures:
            path = self.save("crash", data, trace)
            print(f"NEW FAILURE #{len(self.failures) + 1} after {self.count:,} inputs: {signature}\n"
                  f"  input {data[:200]!r} saved as {path}", flush=True)
        self.failures[signature] = self.failures.get(signature, 0) + 1

    def save(self, prefix: str, data: bytes, note: str) -> Path:
        path = self.work / f"{prefix}-{hashlib.sha1(data).hexdigest()[:16]}"
        path.write_bytes(data)
        path.with_suffix(".txt").write_text(note)
        return path

    def progress(self) -> None:
        elapsed = time.monotonic() - self.started
        print(f"{self.count:,} inputs in {elapsed:,.0f} s ({self.count / max(elapsed, 1e-9):,.0f}/s), "
              f"{len(self.failures)} kinds of failure ({sum(self.failures.values())} inputs), "
              f"slowest {self.slowest[0]:.3f} s", flush=True)


def check_one(target: Target, data: bytes) -> None:
    """The first byte picks language and reference date and whether a file name comes next (its length in
    the second byte, then its bytes as the file system would give them); the rest is the file."""
    head, raw = (data[0], data[1:]) if data else (0, b"")
    lang = ("de", "en", "auto")[head % 3]
    ref = date(2020, 8, 24) if head & 4 else None
    name = "fuzz.txt"
    if head & 8 and raw:
        name_bytes, raw = raw[1:1 + raw[0]], raw[1 + raw[0]:]
        name = os.fsdecode(name_bytes.replace(b"\x00", b"")) or "fuzz.txt"
    shown = target.shown_name(name)
    assert_one_safe_line(shown, name)
    try:
        document = target.documents.document_from_bytes(shown, raw, lang)
    except target.documents.NotAnArticle as reason:
        assert str(reason) and "\n" not in str(reason), f"reason is not one line: {reason!r}"
        render_reports(target, [], [], [target.Skipped(doc=shown, reason=str(reason))], shown)
        return
    assert "\ufffd" not in document.text or "\ufffd".encode() in raw, "decoding made a replacement character"
    claims = target.extract(document, ref)
    for claim in claims:
        assert claim.text == document.text[claim.start:claim.end], claim
        assert 0 <= claim.start < claim.end <= len(document.text), claim
        for number in (claim.value, claim.low, claim.high):
            assert number is None or math.isfinite(number), claim
        if claim.value is not None:
            assert claim.low is None or claim.low <= claim.value, claim
            assert claim.high is None or claim.value <= claim.high, claim
        claim.model_dump_json()
    typed = target.classify.classify(claims, document, target.ruleset)
    render_reports(target, [document, target.other], typed + target.other_claims, [], shown)


def assert_one_safe_line(shown: str, name: str) -> None:
    """A shown file name is one line of valid UTF-8 with no control or bidi character."""
    shown.encode("utf-8")
    bad = re.search("[\\x00-\\x1f\\x7f-\\x9f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]", shown)
    assert bad is None, f"{name!r} is shown with {bad.group()!r}"


def render_reports(target: Target, documents: list, claims: list, skipped: list, shown: str) -> None:
    """All four reports of a run over this document and a fixed one, rendered in memory and checked:
    JSON that parses and names the file as shown, CSV that parses, no raw control character anywhere,
    and in report.md no line break or table cell that the file name or the text added."""
    from factcheck.pipeline import Result
    from factcheck.report import FILES

    result = Result(documents=documents, claims=claims, skipped=skipped, ruleset=target.ruleset)
    result.findings = target.compare(claims, {d.doc: d for d in documents}, target.ruleset)
    ordered = target.in_report_order(result)
    rendered = {fmt: FILES[fmt][1](ordered) for fmt in ("md", "json", "html", "csv")}
    report = json.loads(rendered["json"])
    named = [d["doc"] for d in report["documents"]] + [s["doc"] for s in report["skipped"]]
    assert shown in named, f"report.json does not name {shown!r}"
    list(csv.reader(io.StringIO(rendered["csv"])))
    for fmt in ("md", "html"):
        bad = re.search("[\\x00-\\x08\\x0b-\\x1f\\x7f\\u202a-\\u202e\\u2066-\\u2069]", rendered[fmt])
        assert bad is None, f"report.{fmt} holds {bad.group()!r}"
    table_rows = [line for line in rendered["md"].splitlines() if line.startswith("|")]
    assert all(line.endswith("|") for line in table_rows), "a report.md table row was cut"
    assert "<" not in rendered["md"].replace("<!-- -->", ""), "report.md holds HTML"


def seed_corpus(folder: Path) -> None:
    """Sentences of the seed and test articles, and the fragments, one file each: where fuzzing starts."""
    folder.mkdir(parents=True, exist_ok=True)
    if any(folder.iterdir()):
        return
    texts = list(FRAGMENTS)
    for path in sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "data").glob("**/*.txt")):
        texts += [s for s in re.split(r"(?<=[.!?])\s+|\n+", path.read_text()) if s.strip()]
    for i, text in enumerate(texts):
        (folder / f"seed-{i:04d}").write_bytes(bytes([i % 8]) + text.encode())
    for i, name in enumerate(NAMES):
        (folder / f"name-{i:04d}").write_bytes(bytes([8 | i % 8, len(name)]) + name + texts[i].encode())


def run_atheris(target: Target, runs: int, work: Path, libfuzzer_args: list[str]) -> None:
    import atheris

    corpus = work / "corpus"
    seed_corpus(corpus)
    argv = [sys.argv[0], f"-runs={runs}", "-max_len=4096", "-timeout=30", "-rss_limit_mb=4096",
            *libfuzzer_args, str(corpus)]
    atheris.Setup(argv, target)
    atheris.Fuzz()


def run_hypothesis(target: Target, runs: int) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    news = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=60).map(" ".join)
    inputs = st.one_of(st.binary(max_size=2000), st.tuples(st.integers(0, 255), news).map(
        lambda pair: bytes([pair[0]]) + pair[1].encode("utf-8", "surrogatepass")))

    @settings(max_examples=runs, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(inputs)
    def fuzz(data: bytes) -> None:
        target(data)

    fuzz()


# name -> (prefix, unit repeated to the size, suffix)
HOSTILE = {
    "digits and dots": ("", "1.", ""), "number words": ("", "zwei ", ""), "German thousands": ("", "11.600 ", ""),
    "dashes": ("", "- - - 1 ", ""), "spaces": ("1", " ", "1"), "digits": ("", "1", ""), "newlines": ("", "\n", ""),
    "zero groups": ("", "0 ", ""), "plus groups": ("", "+1 ", ""), "dates": ("", "24.08.2020 ", ""),
    "durations": ("", "seit 5 Jahren ", ""), "day ranges": ("", "13. - ", ""), "scale words": ("", "1 Million ", ""),
    "percent": ("", "1% ", ""), "money": ("", "$1 ", ""), "at sign, then one long word": ("@", "a", ""),
    "one long word, then at sign": ("", "a", "@"), "prose without full stops": ("", "Walmart hat 11.600 Filialen und ", ""),
    "prose": ("", "Walmart hat 11.600 Filialen. ", ""),
}


def scaling(sizes: tuple[int, ...], cap: float) -> None:
    """Seconds to extract each hostile pattern at each size; a ratio far above the size ratio is super-linear.

    Each measurement runs in a child process that is killed after cap seconds: a regular expression
    stuck in one C call does not see an alarm, so a hard kill is the only dependable cap.
    """
    from factcheck.extract import extract
    from factcheck.model import Document

    for lang in ("de", "en"):                # the children inherit loaded lexicons and compiled patterns
        extract(Document(doc="x.txt", text=FRAGMENTS_TEXT, lang=lang), date(2020, 1, 1))
    print(f"{'pattern':28s}" + "".join(f"{n:>12,}" for n in sizes) + "   ratio  claims")
    for name, (prefix, unit, suffix) in HOSTILE.items():
        cells, times, claims = [], [], 0
        for n in sizes:
            measured = _measure_in_child(prefix + (unit * (n // len(unit) + 1))[:n] + suffix, cap)
            if measured is None:
                cells.append(f"{'>' + format(cap, 'g')}s".rjust(12))
                break
            seconds, claims = measured
            times.append(seconds)
            cells.append(f"{seconds:11.2f}s")
        ratio = f"x{times[-1] / max(times[0], 1e-6):5.1f}" if len(times) == len(sizes) else "     -"
        print(f"{name:28s}" + "".join(cells).ljust(12 * len(sizes)) + f"  {ratio}  {claims:,}", flush=True)


def _measure_in_child(text: str, cap: float) -> tuple[float, int] | None:
    """(seconds, claims) of extracting text in a forked process, or None when it ran past cap."""
    import multiprocessing

    def measure(connection) -> None:
        from factcheck.extract import extract
        from factcheck.model import Document

        started = time.perf_counter()
        claims = len(extract(Document(doc="x.txt", text=text, lang="de"), date(2020, 1, 1)))
        connection.send((time.perf_counter() - started, claims))

    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=measure, args=(sender,))
    child.start()
    ready = receiver.poll(cap)
    result = receiver.recv() if ready else None
    child.kill()
    child.join()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", choices=("atheris", "hypothesis"), default="atheris")
    parser.add_argument("--runs", type=int, default=1_000_000, help="inputs to try (default 1,000,000)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/factcheck-fuzz"),
                        help="corpus, crashes and slow inputs go here")
    parser.add_argument("--slow", type=float, default=1.0, help="save inputs slower than this (seconds)")
    parser.add_argument("--every", type=int, default=50_000, help="print progress every N inputs")
    parser.add_argument("--scaling", nargs="*", type=int, metavar="SIZE",
                        help="time the hostile patterns at these sizes instead (default 100000 1000000)")
    parser.add_argument("--cap", type=float, default=120.0, help="--scaling: give up on a pattern after this (s)")
    args, libfuzzer_args = parser.parse_known_args()
    if args.scaling is not None:
        scaling(tuple(args.scaling) or (100_000, 1_000_000), args.cap)
        return
    args.work.mkdir(parents=True, exist_ok=True)
    if args.engine == "atheris":
        import atheris

        with atheris.instrument_imports(include=["factcheck"]):
            target = Target(args.work, args.slow, args.every)
        run_atheris(target, args.runs, args.work, libfuzzer_args)
    else:
        target = Target(args.work, args.slow, args.every)
        run_hypothesis(target, args.runs)
        target.progress()


if __name__ == "__main__":
    main()
