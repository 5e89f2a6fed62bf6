"""write_reports: the chosen formats, written atomically; a clear ReportError when the folder is unusable."""
import os

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
    def fail(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(ReportError, match=r"cannot write report.md \(No space left on device\)"):
        write_reports(small_result(), str(tmp_path), ("md",))
    assert os.listdir(tmp_path) == []


def test_summary_table_counts_by_check_and_lists_the_findings():
    table = summary_table(small_result())
    lines = table.splitlines()

    assert lines[0] == "3 documents, 1 skipped, 6 claims; findings: 1 error, 1 warning, 1 info"
    assert any(line.split()[:4] == ["contradiction", "1", "0", "0"] for line in lines)
    assert any(line.startswith("info") and "updated" in line and "Mitte September" in line for line in lines)
