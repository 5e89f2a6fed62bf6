"""Language words live in factcheck/lang/<code>/*.yaml, never in Python: a new language is a data folder.

Scans every string literal of the package (docstrings and comments are prose, not vocabulary) for the
months, weekdays, number words, scale words and hedges of German and English. Only each language's
morphology module may spell words out, where the language needs code (compound numerals).
"""
import ast
import re
from pathlib import Path

# tests/lang/ -> the repository
PACKAGE = Path(__file__).resolve().parents[2] / "factcheck"
ALLOWED = {"lang/de/morphology.py", "lang/en/morphology.py"}
# "may", "march", "second" and "one" are left out (English prose uses them in messages), and "ten"
# (German "-ten" is an ordinal and inflection ending: "am 3ten", "erweiterten"); so are "fall" (a verb),
# the English part words ("early", "mid", "late", "end", "start") and unit words ("day", "week", "month",
# "quarter", "half", "year", "decade", "season"), which name TIMEX3 units, modifiers and fields in code,
# and German "tag" (a YAML tag in the rule loader)
WORDS = set("""
januar jänner februar märz april juni juli august september oktober november dezember
january february june july october december
montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag
monday tuesday wednesday thursday friday saturday sunday
zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig hundert tausend
three four five six seven eight nine eleven twelve twenty thirty hundred thousand
million millionen milliarde milliarden billion billionen billiarde mio mrd trillion
rund etwa circa ungefähr knapp beinahe nahezu roughly approximately nearly
frühjahr frühjahrs frühling frühlings sommer sommers herbst herbstes herbsts winter winters saison spring summer autumn
quartal quartals halbjahr halbjahres jahreshälfte
anfang beginn mitte ende
woche wochen wochenende wochenendes monat monats monate monaten jahr jahre jahren jahres jahrs
jahrzehnt jahrzehnts jahrzehnte jahrzehnten tage tagen stunde stunden
vorjahr vorjahres vormonat vormonats vorwoche heuer jahresende jahresanfang jahresbeginn jahresmitte
monatsende monatsanfang monatsmitte
letzten vergangenen nächsten kommenden übernächsten vorletzten
wenige wenigen einige einigen mehrere mehreren etliche zahlreiche
innerhalb binnen ganzen ganzes halbes halben halbe zusätzliche viertelstunde uhr
heute gestern übermorgen vorgestern
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


def test_the_scan_reads_the_package():
    """The scan must find the modules (a wrong folder would make it pass on nothing)."""
    assert (PACKAGE / "extract" / "dates.py").is_file()


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
