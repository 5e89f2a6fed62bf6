"""The stages in order: load -> extract -> type -> compare; the CLI and the reports read its Result."""
from __future__ import annotations

import gc
import os
from collections.abc import Iterable, Sequence
from itertools import islice
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
    jobs: int = 1
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
    result = Result(skipped=skipped, ruleset=ruleset)
    keep_out_of_collection()         # the modules, language data and rules: the same for the whole run
    outcomes = iter(_map(_read_and_extract, jobs, options.jobs))
    # a batch of documents is extracted, then the batch is typed: each stage finds its regexes and
    # tables still in the processor's caches (10-15 % less time for both than one document after the
    # other on gnad); the text index keeps as many texts as a batch holds
    while batch := list(islice(outcomes, BATCH)):
        for outcome in batch:
            _type_and_keep(outcome, result, ruleset, seconds)
        keep_out_of_collection()
    result.skipped.sort(key=lambda s: documents.path_order(s.doc))
    return result


BATCH = text.KEPT


def _type_and_keep(outcome: tuple[Document, list[Claim]] | Skipped, result: Result, ruleset: RuleSet,
                   seconds: float | None) -> None:
    """A document's claims typed and added to the result, or the reason it was skipped."""
    if isinstance(outcome, Skipped):
        result.skipped.append(outcome)
        return
    document, claims = outcome
    typed = _classify(document, claims, ruleset, seconds)
    if isinstance(typed, Skipped):
        result.skipped.append(typed)
        return
    result.documents.append(document)
    result.claims.extend(typed)


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


def _map(function, jobs: list, workers: int) -> Iterable:
    """In this process, or spread over worker processes; results keep the order of the jobs."""
    workers = max(1, min(workers, os.cpu_count() or 1, len(jobs)))
    if workers == 1:
        # one at a time, as extract_claims takes them: a batch is typed while its text indexes are at hand
        return (function(job) for job in jobs)
    # imported here: a run in one process, the usual case, need not start up the process pool
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool
    try:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            return list(pool.map(function, jobs, chunksize=max(1, len(jobs) // (workers * 8))))
    except BrokenProcessPool:
        # a worker was killed from outside (the out-of-memory killer?): finish here, budget and all
        return [function(job) for job in jobs]
