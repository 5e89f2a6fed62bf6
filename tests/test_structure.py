"""The architecture holds: no import loops, stages only import backwards, modules and classes stay small."""
import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "factcheck"
MAX_MODULE_LINES = 400
MAX_CLASS_LINES = 200


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def _imports(name: str, path: Path, known: set[str]) -> set[str]:
    """The factcheck modules one module imports at any level (lazy imports count too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets = set()
    for node in _runtime_nodes(tree):
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else []))
            targets.add(base)
            targets.update(f"{base}.{alias.name}" for alias in node.names)
    return {t for t in targets if t in known and t != name}


def _runtime_nodes(tree: ast.AST):
    """Every node but those under `if TYPE_CHECKING:`: an import for type hints alone loads nothing."""
    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and getattr(child.test, "id", getattr(child.test, "attr", "")) == "TYPE_CHECKING":
                stack.extend(child.orelse)
                continue
            stack.append(child)


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    known = set(modules)
    return {name: _imports(name, path, known) for name, path in modules.items()}


def _part(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def test_no_import_cycles_between_modules():
    graph = _graph()
    # a package's __init__ re-exporting its own modules is not a loop between parts
    edges = {m: {t for t in targets if not t.startswith(m + ".")} for m, targets in graph.items()}
    state: dict[str, int] = {}
    cycle: list[str] = []

    def visit(node, stack):
        state[node] = 1
        for target in sorted(edges[node]):
            if state.get(target) == 1:
                cycle.extend(stack[stack.index(target):] + [target])
                return True
            if state.get(target) is None and visit(target, stack + [target]):
                return True
        state[node] = 2
        return False

    for module in sorted(edges):
        if state.get(module) is None and visit(module, [module]):
            break
    assert not cycle, " -> ".join(cycle)


@pytest.mark.parametrize("importer, forbidden", [
    ("report", "compare"), ("report", "pipeline"), ("ruleset", "extract"), ("ruleset", "classify"),
    ("ruleset", "compare"), ("extract", "compare"), ("extract", "classify"), ("extract", "report"),
    ("extract", "ruleset"), ("compare", "report"), ("compare", "cli"), ("extract", "cli"),
    ("documents", "extract"), ("lang", "extract"), ("lang", "classify"), ("lang", "compare"),
    ("model", "pipeline"), ("match", "ruleset"), ("match", "classify"), ("compare", "classify"),
    ("classify", "compare"), ("pipeline", "cli"), ("pipeline", "report"),
])
def test_stage_never_imports(importer, forbidden):
    offenders = sorted(f"{m} imports {t}" for m, targets in _graph().items() if _part(m) == importer
                       for t in targets if _part(t) == forbidden)
    assert not offenders, offenders


def test_every_module_imports_alone():
    names = [n for n in _modules() if not n.endswith("__main__")]
    code = "import importlib, sys\nfor n in sys.argv[1:]:\n    importlib.import_module(n)\n"
    for name in names:
        done = subprocess.run([sys.executable, "-c", code, name], capture_output=True, text=True)
        assert done.returncode == 0, f"{name}: {done.stderr.strip().splitlines()[-1:]}"


def test_no_module_over_400_lines():
    long = sorted(f"{p.relative_to(PACKAGE.parent)}: {n}" for p in PACKAGE.rglob("*.py")
                  if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES)
    assert not long, long


def test_no_class_over_200_lines():
    long = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and node.end_lineno - node.lineno + 1 > MAX_CLASS_LINES:
                long.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno} {node.name}")
    assert not long, long
