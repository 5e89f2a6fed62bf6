"""Reports render what compare decided: they read the contract (model), never the compare stage."""
from __future__ import annotations

import ast
import pathlib

import factcheck.report

REPORT_DIR = pathlib.Path(factcheck.report.__file__).parent


def _imported_modules(path: pathlib.Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def test_no_report_module_imports_compare():
    offenders = {path.name: sorted(m for m in _imported_modules(path) if m.startswith("factcheck.compare"))
                 for path in sorted(REPORT_DIR.glob("*.py"))}
    assert {name: mods for name, mods in offenders.items() if mods} == {}


def test_reports_count_the_checks_in_the_contracts_order():
    from factcheck.compare import CHECKS
    from factcheck.model import CHECK_IDS, Result
    from factcheck.report.table import summary

    assert tuple(check.ID for check in CHECKS) == CHECK_IDS
    assert list(summary(Result())["checks"]) == list(CHECK_IDS)
