"""Reporters: text, JSON (against the shipped schema), SARIF 2.1.0 (against the official schema), GitHub."""

from __future__ import annotations

import json

import pytest

import generator.rules  # noqa: F401
from generator.findings import REGISTRY, Finding, Location, Severity, exit_code, select
from generator.reporters import render_report


def _findings() -> list[Finding]:
    return [
        REGISTRY.finding(
            "ANO101",
            "possible personal name",
            Location("report.md", 12, 5, 12, 18, 431, 444),
            entity_type="PERSON",
            score=0.85,
            evidence="J***** O*****",
        ),
        REGISTRY.finding(
            "ANO201",
            "exact date (a quasi-identifier)",
            Location("report.docx", 3, 1, 3, 17, 40, 56, part="word/comments.xml"),
            entity_type="DATE",
            score=0.6,
            evidence="** F******* ****",
        ),
        Finding(
            "ANO101",
            "person-name",
            Severity.ERROR,
            "possible personal name",
            Location("report.md", 20, 1),
            suppressed="public figure",
        ),
    ]


def test_text_format_is_path_line_col_severity_code_message() -> None:
    out = render_report("text", _findings(), files=2)
    lines = out.splitlines()
    assert lines[0] == "report.docx[word/comments.xml]:3:1: warning ANO201 exact date (a quasi-identifier) [** F******* ****]"
    assert lines[1] == "report.md:12:5: error ANO101 possible personal name [J***** O*****]"
    assert "(suppressed: public figure)" in lines[2]
    assert lines[-1] == "2 files checked: 1 error(s), 1 warning(s), 0 note(s), 1 suppressed"


def test_json_matches_shipped_schema_and_spec_shape(report_validator) -> None:
    data = json.loads(render_report("json", _findings(), files=2))
    report_validator.validate(data)
    assert data["version"] == 1
    assert data["tool"]["name"] == "casereview"
    first = [f for f in data["findings"] if f["location"]["path"] == "report.md"][0]
    assert first["location"] == {
        "path": "report.md", "line": 12, "column": 5, "end_line": 12, "end_column": 18,
        "start": 431, "end": 444, "part": None, "pointer": None,
    }
    assert data["summary"] == {"files": 2, "findings": 2, "suppressed": 1, "by_code": {"ANO101": 1, "ANO201": 1}}


def test_json_schema_rejects_a_bad_report(report_validator) -> None:
    data = json.loads(render_report("json", _findings(), files=2))
    data["findings"][0]["code"] = "bad"
    assert list(report_validator.iter_errors(data))


def test_sarif_validates_against_sarif_2_1_0(sarif_validator) -> None:
    data = json.loads(render_report("sarif", _findings(), files=2))
    errors = list(sarif_validator.iter_errors(data))
    assert errors == []
    run = data["runs"][0]
    ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert "ANO101" in ids and ids == sorted(ids)
    assert {r["ruleId"] for r in run["results"]} == {"ANO101", "ANO201"}
    suppressed = [r for r in run["results"] if "suppressions" in r]
    assert suppressed[0]["suppressions"][0]["justification"] == "public figure"
    docx = [r for r in run["results"] if r["ruleId"] == "ANO201"][0]
    assert docx["locations"][0]["logicalLocations"][0]["name"] == "word/comments.xml"


def test_github_annotations_escape_and_skip_suppressed() -> None:
    out = render_report("github", _findings(), files=2)
    lines = out.splitlines()
    assert len(lines) == 2
    assert lines[1].startswith("::error file=report.md,line=12,col=5,endLine=12,title=ANO101 person-name::")
    assert lines[0].startswith("::warning file=report.docx,line=3")


@pytest.mark.parametrize(
    "fail_on,expected", [("error", 1), ("warning", 1), ("never", 0)]
)
def test_exit_code_by_fail_on(fail_on: str, expected: int) -> None:
    assert exit_code(_findings(), fail_on) == expected


def test_exit_code_ignores_suppressed_and_below_threshold() -> None:
    warn_only = [f for f in _findings() if f.severity is Severity.WARNING]
    assert exit_code(warn_only, "error") == 0
    assert exit_code(warn_only, "warning") == 1
    assert exit_code([_findings()[2]], "error") == 0


@pytest.mark.parametrize(
    "sel,ign,codes",
    [
        (["ANO1"], None, ["ANO101", "ANO101"]),
        (None, ["ANO2"], ["ANO101", "ANO101"]),
        (["ANO"], ["ANO101"], ["ANO201"]),
        (["VAL"], None, []),
    ],
)
def test_select_and_ignore_by_prefix(sel, ign, codes) -> None:
    assert [f.code for f in select(_findings(), sel, ign)] == codes


def test_every_rule_has_name_summary_and_doc() -> None:
    for rule in REGISTRY:
        assert rule.name and rule.summary and rule.doc, rule.code
        assert len(rule.code) == 6
