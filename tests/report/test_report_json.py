"""report.json: the contract's fields, texts that match the documents, byte-identical output."""
import json

import pydantic_core
import pytest

from small_result import assert_golden, small_result

from factcheck.report import to_json


def test_report_json_matches_the_golden_file(result):
    assert_golden("report.json", to_json.render(result))


def test_report_json_keeps_the_contract(result):
    report = json.loads(to_json.render(result))
    texts = {d.doc: d.text for d in result.documents}

    assert report["version"] == 1
    assert [d["doc"] for d in report["documents"]] == ["articles/000_aufschub.txt", "articles/001_verbot.txt",
                                                       "articles/en_script.txt"]
    assert report["documents"][1] == {"doc": "articles/001_verbot.txt", "lang": "de", "date": "2020-08-03",
                                      "date_source": "front_matter", "claims": 2}
    for claim in report["claims"]:
        assert claim["text"] == texts[claim["doc"]][claim["start"]:claim["end"]]
    assert report["claims"][1]["qualifiers"] == {"scope": "US", "metric": "any"}
    assert report["claims"][1]["scale_word"] == "Millionen"
    assert [f["check"] for f in report["findings"]] == ["contradiction", "reference_mismatch", "updated"]
    assert set(report["findings"][0]) >= {"id", "severity", "check", "claim_type", "subject", "claims", "message"}
    assert report["skipped"] == [{"doc": "articles/scan.pdf", "reason": "not a text file (NUL byte at offset 12)"}]
    assert report["summary"]["findings"] == {"error": 1, "warning": 1, "info": 1}
    assert (report["summary"]["documents"], report["summary"]["claims"]) == (3, 6)


def test_report_json_is_the_same_bytes_for_the_same_input():
    first, second = to_json.render(small_result()), to_json.render(small_result())
    assert first == second
    assert first.endswith(b"}\n")


def test_report_json_keeps_umlauts_readable(result):
    text = to_json.render(result).decode("utf-8")
    assert "Händler." in text                                # UTF-8 as is ...
    assert "\\u00" not in text                               # ... nothing is \u-escaped


def test_claims_and_findings_are_written_as_pydantic_writes_the_models(result):
    odd = result.claims[0].model_copy(update={"value": float("inf"), "low": float("nan"), "high": -0.0,
                                              "text": "„1,2 Mrd.“ \U0001f600 \u2028", "qualifiers": {"z": "1", "a": "2"}})
    result.claims.append(odd)
    report = to_json.render(result)
    expected = [pydantic_core.to_json(result.claims, indent=1, inf_nan_mode="null"),
                pydantic_core.to_json(result.findings, indent=1, inf_nan_mode="null")]
    # the lists as they stand in the report, one level deeper
    for part in expected:
        assert part.replace(b"\n", b"\n ") in report
    assert json.loads(report)["claims"][-1]["value"] is None


def _whole(result) -> bytes:
    """The report as one pydantic call writes it: what render() must give, part by part."""
    head, rows, tail = to_json.report(result)
    return pydantic_core.to_json({**head, "claims": rows, **tail}, indent=1, inf_nan_mode="null") + b"\n"


@pytest.mark.parametrize("chunk", [1, 2, 5, 6, 1000])
def test_the_claims_written_a_chunk_at_a_time_are_the_bytes_of_one_call(monkeypatch, chunk):
    monkeypatch.setattr(to_json, "CHUNK", chunk)
    result = small_result()                                  # six claims: chunks of 1, 2, 5 (5+1), 6 and all
    assert to_json.render(result) == _whole(result)
    assert b"".join(to_json.render_parts(result)) == _whole(result)


def test_a_report_without_claims_or_documents_is_the_bytes_of_one_call():
    result = small_result()
    result.claims, result.findings, result.documents = [], [], []
    assert to_json.render(result) == _whole(result)
    assert json.loads(to_json.render(result))["claims"] == []
