"""The stages in order: load -> extract -> type -> compare; the CLI and the reports read its Result."""
from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date

from factcheck import classify, compare, documents
from factcheck.extract import extract
from factcheck.model import Claim, Document, Finding, Skipped
from factcheck.ruleset import RuleSet, load_rules


@dataclass(frozen=True)
class Options:
    rules_dir: str | None = None
    ref_date: date | None = None
    lang: str = "auto"
    jobs: int = 1


@dataclass
class Result:
    documents: list[Document] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    ruleset: RuleSet | None = None


def extract_claims(paths: Sequence[str], options: Options) -> Result:
    """Stages 1-3: every document loaded, its claims extracted and typed."""
    ruleset = load_rules(options.rules_dir)
    loaded = documents.load(paths, options.lang)
    per_document = _map(_extract_one, [(d, options.ref_date) for d in loaded.documents], options.jobs)
    typed: list[Claim] = []
    for document, claims in zip(loaded.documents, per_document):
        typed.extend(classify.classify(claims, document, ruleset))
    return Result(documents=loaded.documents, skipped=loaded.skipped, claims=typed, ruleset=ruleset)


def run(paths: Sequence[str], options: Options) -> Result:
    """All stages: claims, then the findings across documents."""
    result = extract_claims(paths, options)
    by_doc = {d.doc: d for d in result.documents}
    result.findings = compare.compare(result.claims, by_doc, result.ruleset)
    return result


def _extract_one(job: tuple[Document, date | None]) -> list[Claim]:
    document, ref_date = job
    return extract(document, ref_date)


def _map(function, jobs: list, workers: int) -> list:
    """In this process, or spread over worker processes; results keep the order of the jobs."""
    workers = max(1, min(workers, os.cpu_count() or 1, len(jobs)))
    if workers == 1:
        return [function(job) for job in jobs]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(function, jobs, chunksize=max(1, len(jobs) // (workers * 8))))
