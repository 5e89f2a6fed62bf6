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
    done = subprocess.run([str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom",
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
