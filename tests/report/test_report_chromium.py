"""report.html rendered by headless Chromium: the findings are in the DOM, a script in an article is text."""
import re
import subprocess
from pathlib import Path

import pytest

from factcheck.report import to_html

CHROMIUM = Path("/usr/bin/chromium")

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is missing (Debian package "
                                                               "'chromium'); the HTML is checked without a browser")


def dump_dom(page: Path) -> str:
    """The DOM after the page's script ran, from a browser with its own profile and no network chatter."""
    done = subprocess.run([str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu",
                           "--disable-background-networking", "--disable-component-update", "--disable-sync",
                           "--no-first-run", f"--user-data-dir={page.parent / 'profile'}", "--dump-dom",
                           page.as_uri()], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_chromium_renders_the_findings_and_shows_the_script_as_text(result, tmp_path):
    page = tmp_path / "report.html"
    page.write_text(to_html.render(result), encoding="utf-8")

    dom = dump_dom(page)

    assert len(re.findall(r'<article class="finding (?:error|warning|info)"', dom)) == 3
    assert "<mark>4. Dezember</mark>" in dom
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom      # a text node ...
    assert len(re.findall(r"<script\b", dom)) == 1              # ... and only the filter is a script element
    assert len(re.findall(r'<div class="sides">\n<blockquote class="claim">.*?</blockquote>\n'
                          r'<blockquote class="claim">', dom)) == 2     # two findings compare two sources


def test_chromium_lays_the_two_sources_of_a_finding_side_by_side(result, tmp_path):
    page = tmp_path / "report.html"
    # a script appended for this test only reports where the browser placed the two quotes
    probe = ("<script>var q=document.querySelectorAll('#findings .finding.error blockquote');"
             "document.title=[q[0].getBoundingClientRect().top===q[1].getBoundingClientRect().top,"
             "q[0].getBoundingClientRect().right<=q[1].getBoundingClientRect().left].join(',');</script>")
    html = to_html.render(result)
    html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>\n', "", html).replace("</body>", probe + "</body>")
    page.write_text(html, encoding="utf-8")

    dom = dump_dom(page)

    assert "<title>true,true</title>" in dom
