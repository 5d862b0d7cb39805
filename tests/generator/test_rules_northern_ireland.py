"""Northern Ireland rules: overview report never publishable, executive summary exists and is publishable."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.generator.fixtures.trees import D, clean_review, documents, findings_for, merged, validate

CMR = ("northern-ireland", "cmr")


def codes(found):
    return [f.code for f in found]


@pytest.mark.parametrize(
    "front, overrides, expected",
    [
        ("---\npublishable: true\n---\n", {}, ["NIR101"]),
        ("", {"documents": {"overview-report": {"publishable": True, "classification": "HIGHLY CONFIDENTIAL"}}},
         ["NIR101"]),
        ("---\npublishable: false\nclassification: HIGHLY CONFIDENTIAL\n---\n", {}, []),
    ],
)
def test_overview_report_is_never_publishable(tmp_path: Path, front, overrides, expected) -> None:
    docs = {"overview-report.md": front + documents(*CMR)["overview-report.md"]}
    found = findings_for(tmp_path, *CMR, docs=docs, **overrides)
    assert codes(found) == expected
    if front and expected:
        assert found[0].location.path.endswith("overview-report.md") and found[0].location.line == 2


def test_agency_reports_are_never_publishable(tmp_path: Path) -> None:
    iar = "---\npublishable: true\n---\n# Individual agency report: police\n\n## Agency involvement\n\nText.\n"
    assert codes(findings_for(tmp_path, *CMR, docs={"agency-report-police.md": iar})) == ["VAL105"]
    assert findings_for(tmp_path / "b", *CMR, docs={"agency-report-police.md": iar.split("---\n", 2)[2]}) == []


def test_executive_summary_must_exist(tmp_path: Path) -> None:
    root = clean_review(tmp_path / "r", *CMR)
    (root / "executive-summary.md").unlink()
    found = validate(root)
    assert codes(found) == ["NIR102"]
    assert found[0].location.path.endswith("executive-summary.md")


@pytest.mark.parametrize(
    "overrides, expected",
    [({"documents": {"executive-summary": {"publishable": False}}}, ["NIR103"]),
     ({"documents": {"executive-summary": {"publishable": True}}}, [])],
)
def test_executive_summary_is_publishable(tmp_path: Path, overrides, expected) -> None:
    assert codes(findings_for(tmp_path, *CMR, **overrides)) == expected


@pytest.mark.parametrize(
    "action_plan_final, timescales, expected",
    [("2024-08-26", None, []), ("2024-08-27", None, ["NIR201"]),
     ("2024-08-27", {"action-plan": {"weeks": 13}}, [])],
)
def test_board_configured_action_plan_timescale(tmp_path: Path, action_plan_final, timescales, expected) -> None:
    extra = {"timescales": timescales} if timescales else {}
    found = findings_for(tmp_path, *CMR, dates=merged(*CMR, "dates", action_plan_final=D(action_plan_final)), **extra)
    assert codes(found) == expected
    if expected:
        assert found[0].severity.value == "warning"
