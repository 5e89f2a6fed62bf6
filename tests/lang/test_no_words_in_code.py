"""Language words live in factcheck/lang/<code>/*.yaml, never in Python: a new language is a data folder.

Scans every string literal of the package (docstrings and comments are prose, not vocabulary) for the
months, weekdays, number words, scale words and hedges of German and English. Only each language's
morphology module may spell words out, where the language needs code (compound numerals).
"""
import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "factcheck"
ALLOWED = {"lang/de/morphology.py", "lang/en/morphology.py"}
# "may", "march", "second" and "one" are left out (English prose uses them in messages), and "ten"
# (German "-ten" is an ordinal and inflection ending: "am 3ten", "erweiterten")
WORDS = set("""
januar jänner februar märz april juni juli august september oktober november dezember
january february june july october december
montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag
monday tuesday wednesday thursday friday saturday sunday
zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig hundert tausend
three four five six seven eight nine eleven twelve twenty thirty hundred thousand
million millionen milliarde milliarden billion billionen billiarde mio mrd trillion
rund etwa circa ungefähr knapp beinahe nahezu roughly approximately nearly
""".split())
_WORD = re.compile(r"[a-zäöüß]+")


def _literals(tree: ast.AST):
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = getattr(node, "body", [])
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                docstrings.add(id(body[0].value))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            yield node


def test_no_language_words_in_python_source():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative in ALLOWED:
            continue
        for node in _literals(ast.parse(path.read_text(encoding="utf-8"))):
            words = set(_WORD.findall(node.value.lower())) & WORDS
            if words:
                found.append(f"{relative}:{node.lineno}: {', '.join(sorted(words))}")
    assert not found, "language words in code (move them to factcheck/lang/):\n" + "\n".join(found)
