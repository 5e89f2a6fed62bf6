"""The stages in order: load -> extract -> type -> compare; the CLI and the reports read its Result."""
from __future__ import annotations

import gc
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from factcheck import budget, classify, compare, documents, settings, text
from factcheck.extract import extract
from factcheck.errors import shown_name
from factcheck.model import Claim, Document, Result, Skipped
from factcheck.ruleset import RuleSet, load_rules


@dataclass(frozen=True)
class Options:
    rules_dir: str | Sequence[str] | None = None   # folders that add to the shipped rules (None: ./rules if any)
    default_rules: bool = True                      # False: without the shipped rules and entities
    ref_date: date | None = None
    lang: str = "auto"
    jobs: int | None = None                       # worker processes; None: see workers()
    doc_seconds: float | None = None      # time budget per document; None: FACTCHECK_DOC_SECONDS, else 10 s
    out: str | None = None                # the report folder: never read as articles (`factcheck run .`)


__all__ = ["Options", "Result", "extract_claims", "run"]     # Result lives in model; kept importable here


def extract_claims(paths: Sequence[str], options: Options) -> Result:
    """Stages 1-3: every document loaded, its claims extracted and typed; the others skipped with a reason."""
    seconds = options.doc_seconds if options.doc_seconds is not None else budget.seconds_from_env()
    settings.check_environment()
    ruleset = load_rules(options.rules_dir, defaults=options.default_rules)
    found, skipped = documents.find_articles(paths, exclude=[options.out] if options.out else [])
    jobs = [_Job(path, options.lang, options.ref_date, seconds) for path in found]
    processes = workers(options.jobs, len(jobs))
    result = Result(skipped=skipped, ruleset=ruleset)
    keep_out_of_collection()         # the modules, language data and rules: the same for the whole run
    for outcomes in _map_batches(batched(jobs, processes), ruleset, processes):
        for outcome in outcomes:
            _keep(outcome, result)
        keep_out_of_collection()
    result.skipped.sort(key=lambda s: documents.path_order(s.doc))
    return result


# A batch of documents is extracted, then the batch is typed: each stage finds its regexes and tables
# still in the processor's caches (10-15 % less time for both than one document after the other on
# gnad); the text index keeps as many texts as a batch holds. A worker process is given a batch at a time.
BATCH = text.KEPT

Outcome = tuple[Document, list[Claim]] | Skipped


def workers(asked: int | None, files: int) -> int:
    """How many processes read the files: as asked, at most one per file; by default one per processor
    this process may use, up to DEFAULT_WORKERS (each holds its own caches, some 100 MB), and only when
    there is more than a batch to read (starting the workers costs more than a small folder takes)."""
    if asked:
        return max(1, min(asked, files))
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(usable, DEFAULT_WORKERS, -(-files // BATCH)))


DEFAULT_WORKERS = 8


def batched(jobs: list[_Job], processes: int) -> list[list[_Job]]:
    """Batches of BATCH files; smaller when that gives each process at least one."""
    size = max(1, min(BATCH, -(-len(jobs) // processes)))
    return [jobs[first:first + size] for first in range(0, len(jobs), size)]


def _keep(outcome: Outcome, result: Result) -> None:
    if isinstance(outcome, Skipped):
        result.skipped.append(outcome)
    else:
        result.documents.append(outcome[0])
        result.claims.extend(outcome[1])


def keep_out_of_collection() -> None:
    """What the documents read so far left behind lives to the end of the run: the cycle collector
    leaves it alone from now on (gc.freeze). Else each of its full collections walks every claim and
    document read so far again, a cost that grows with the corpus (a third of a second for gnad's 1,028
    articles); garbage cycles of one document are still collected while it is read."""
    gc.freeze()


def run(paths: Sequence[str], options: Options) -> Result:
    """All stages: claims, then the findings across documents."""
    result = extract_claims(paths, options)
    by_doc = {d.doc: d for d in result.documents}
    result.findings = compare.compare(result.claims, by_doc, result.ruleset)
    keep_out_of_collection()         # the findings and what compare keeps: the reports only read them
    return result


@dataclass(frozen=True)
class _Job:
    path: str
    lang: str
    ref_date: date | None
    seconds: float | None


def _read_and_extract(job: _Job) -> tuple[Document, list[Claim]] | Skipped:
    """One file -> its Document and claims, or Skipped with the reason; no file can stop the others."""
    try:
        with budget.TimeLimit(job.seconds):
            document = documents.read_document(job.path, job.lang)
            return document, extract(document, job.ref_date)
    except (documents.NotAnArticle, budget.OverBudget) as e:
        return Skipped(doc=shown_name(job.path), reason=str(e))
    except Exception as e:          # a bug must cost one document, not the report for all of them
        return Skipped(doc=shown_name(job.path),
                       reason=f"internal error while extracting ({_describe(e)}); please report it")


def _classify(document: Document, claims: list[Claim], ruleset: RuleSet, seconds: float | None
              ) -> list[Claim] | Skipped:
    """Stage 3 for one document, under the same time budget: a slow rule pattern cannot hang the run."""
    try:
        with budget.TimeLimit(seconds, "typing its claims with the rules"):
            return classify.classify(claims, document, ruleset)
    except budget.OverBudget as e:
        return Skipped(doc=document.doc, reason=str(e))
    except Exception as e:          # as in _read_and_extract
        return Skipped(doc=document.doc, reason=f"internal error while typing its claims ({_describe(e)}); "
                                                "please report it")


def _describe(error: Exception) -> str:
    """'ValueError: message' on one line, at most 200 characters."""
    return " ".join(f"{type(error).__name__}: {error}".split())[:200].rstrip(": ")


def _read_batch(jobs: list[_Job], ruleset: RuleSet) -> list[Outcome]:
    """Stages 1-3 for a batch of files: each read and extracted, then each typed."""
    extracted = [_read_and_extract(job) for job in jobs]
    return [_typed(outcome, ruleset, job.seconds) for outcome, job in zip(extracted, jobs)]


def _typed(outcome: Outcome, ruleset: RuleSet, seconds: float | None) -> Outcome:
    if isinstance(outcome, Skipped):
        return outcome
    document, claims = outcome
    typed = _classify(document, claims, ruleset, seconds)
    return typed if isinstance(typed, Skipped) else (document, typed)


def _map_batches(batches: list[list[_Job]], ruleset: RuleSet, workers: int) -> Iterator[list[Outcome]]:
    """Each batch's outcomes, in the order of the batches: in this process, or from worker processes."""
    if workers == 1:
        return (_read_batch(batch, ruleset) for batch in batches)
    return _from_workers(batches, ruleset, workers)


def _from_workers(batches: list[list[_Job]], ruleset: RuleSet, workers: int) -> Iterator[list[Outcome]]:
    # imported here: a run in one process need not start up the process pool
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool
    done = 0
    try:
        # the rules go to each worker once, when it starts, not with every batch
        with ProcessPoolExecutor(max_workers=workers, initializer=_worker_rules, initargs=(ruleset,)) as pool:
            for outcomes in pool.map(_read_batch_in_worker, batches):
                yield outcomes
                done += 1
    except BrokenProcessPool:
        # a worker was killed from outside (the out-of-memory killer?): the rest is read here, budget and all
        yield from (_read_batch(batch, ruleset) for batch in batches[done:])


_WORKER_RULES: list[RuleSet] = []


def _worker_rules(ruleset: RuleSet) -> None:
    _WORKER_RULES.append(ruleset)


def _read_batch_in_worker(jobs: list[_Job]) -> list[Outcome]:
    return _read_batch(jobs, _WORKER_RULES[0])
