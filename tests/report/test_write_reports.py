"""write_reports: the chosen formats, written atomically; a clear ReportError when the folder is unusable."""
import os
import subprocess
import sys

import pytest
from small_result import small_result

from factcheck import report
from factcheck.report import ReportError, summary_table, write_reports


def test_writes_the_chosen_formats_and_returns_their_paths(tmp_path):
    out = str(tmp_path / "reports")

    written = write_reports(small_result(), out, ("md", "json", "html", "csv"))

    assert written == [os.path.join(out, name) for name in ("report.md", "report.json", "report.html", "claims.csv")]
    assert sorted(os.listdir(out)) == ["claims.csv", "report.html", "report.json", "report.md"]


def test_only_the_chosen_formats_are_written(tmp_path):
    written = write_reports(small_result(), str(tmp_path), ("json",))
    assert written == [str(tmp_path / "report.json")]
    assert os.listdir(tmp_path) == ["report.json"]


def test_two_runs_give_byte_identical_files(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    write_reports(small_result(), str(first), ("md", "json", "html", "csv"))
    write_reports(small_result(), str(second), ("md", "json", "html", "csv"))
    for name in os.listdir(first):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_a_file_in_place_of_the_folder_is_a_report_error(tmp_path):
    blocker = tmp_path / "reports"
    blocker.write_text("not a folder")

    with pytest.raises(ReportError, match="not a folder"):
        write_reports(small_result(), str(blocker), ("md",))


def test_a_folder_that_cannot_be_created_is_a_report_error(tmp_path):
    (tmp_path / "file").write_text("x")

    with pytest.raises(ReportError, match="cannot create the folder"):
        write_reports(small_result(), str(tmp_path / "file" / "reports"), ("md",))


def test_a_crash_while_rendering_leaves_the_old_report_whole(tmp_path, monkeypatch):
    write_reports(small_result(), str(tmp_path), ("json",))
    before = (tmp_path / "report.json").read_bytes()

    def crash(_result):
        raise RuntimeError("renderer crashed")

    monkeypatch.setitem(report.FILES, "json", ("report.json", crash))
    with pytest.raises(RuntimeError):
        write_reports(small_result(), str(tmp_path), ("json",))

    assert (tmp_path / "report.json").read_bytes() == before
    assert os.listdir(tmp_path) == ["report.json"]


def test_a_crash_while_writing_leaves_no_temporary_file(tmp_path, monkeypatch):
    def fail(fd):
        raise OSError(28, "No space left on device")

    out = tmp_path / "reports"
    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(ReportError, match=r"cannot write report.md \(No space left on device\)"):
        write_reports(small_result(), str(out), ("md",))
    assert os.listdir(out) == []
    assert os.listdir(tmp_path) == ["reports"]          # no staging folder left beside it


def test_summary_table_counts_by_check_and_lists_the_findings():
    table = summary_table(small_result())
    lines = table.splitlines()

    assert lines[0] == "3 documents, 1 skipped, 6 claims; findings: 1 error, 1 warning, 1 info"
    assert any(line.split()[:4] == ["contradiction", "1", "0", "0"] for line in lines)
    assert any(line.startswith("info") and "updated" in line and "Mitte September" in line for line in lines)


class _FullDisk:
    """A file object that takes half of what it is given, then fails as a full disk does."""

    def __init__(self, real):
        self.real = real

    def write(self, data):
        self.real.write(data[:len(data) // 2])
        raise OSError(28, "No space left on device")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.real.close()
        return False


def test_a_disk_that_fills_up_mid_write_leaves_every_old_report_whole(tmp_path, monkeypatch):
    write_reports(small_result(), str(tmp_path), ("md", "html"))
    before = {name: (tmp_path / name).read_bytes() for name in ("report.md", "report.html")}
    real_fdopen = os.fdopen
    opened = []

    def fdopen(fd, mode):
        opened.append(fd)
        f = real_fdopen(fd, mode)
        return _FullDisk(f) if len(opened) == 2 else f      # report.md is staged, report.html fails half-way

    monkeypatch.setattr(os, "fdopen", fdopen)
    with pytest.raises(ReportError, match=r"^cannot write report.html \(No space left on device\)$"):
        write_reports(small_result(), str(tmp_path), ("md", "html"))

    assert {name: (tmp_path / name).read_bytes() for name in before} == before
    assert sorted(os.listdir(tmp_path)) == ["report.html", "report.md"]      # no temporary file left


def test_a_renderer_that_fails_changes_none_of_the_reports(tmp_path, monkeypatch):
    write_reports(small_result(), str(tmp_path), ("md", "json"))
    before = {name: (tmp_path / name).read_bytes() for name in ("report.md", "report.json")}

    def crash(_result):
        raise RuntimeError("renderer crashed")

    monkeypatch.setitem(report.FILES, "json", ("report.json", crash))
    changed = small_result()
    changed.findings = []
    with pytest.raises(RuntimeError):
        write_reports(changed, str(tmp_path), ("md", "json"))      # md comes first, and is not replaced either

    assert {name: (tmp_path / name).read_bytes() for name in before} == before


def test_a_folder_in_place_of_a_report_file_is_a_report_error_and_nothing_is_written(tmp_path):
    (tmp_path / "report.md").mkdir()

    with pytest.raises(ReportError, match=r"^cannot write report.md \(Is a directory\)$"):
        write_reports(small_result(), str(tmp_path), ("md", "json"))
    assert sorted(os.listdir(tmp_path)) == ["report.md"]


def test_a_symbolic_link_in_place_of_a_report_is_replaced_not_written_through(tmp_path):
    target = tmp_path / "elsewhere.txt"
    target.write_text("keep me")
    out = tmp_path / "reports"
    out.mkdir()
    (out / "report.md").symlink_to(target)

    write_reports(small_result(), str(out), ("md",))

    assert target.read_text() == "keep me"
    assert not (out / "report.md").is_symlink()
    assert (out / "report.md").read_text(encoding="utf-8").startswith("# factcheck report\n")


def test_reports_list_documents_and_claims_by_path_whatever_order_they_came_in(tmp_path):
    shuffled = small_result()
    shuffled.documents.reverse()
    shuffled.claims.reverse()
    write_reports(small_result(), str(tmp_path / "a"), ("md", "json", "html", "csv"))
    write_reports(shuffled, str(tmp_path / "b"), ("md", "json", "html", "csv"))

    for name in ("report.md", "report.json", "report.html", "claims.csv"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_loading_comparing_and_reporting_import_no_heavy_library_until_used():
    code = ("import sys, factcheck.documents, factcheck.compare, factcheck.report; "
            "print(sorted(m for m in ('tabulate', 'wcwidth', 'yaml', 'dateparser') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
