"""Shared rules VAL1xx-VAL4xx: a positive and a negative row for each."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.findings import REGISTRY
from tests.generator.fixtures.trees import D, PAIRS, documents, findings_for, merged, review_data

LCSPR = ("england", "lcspr")


def report_without(section_id: str) -> str:
    text = documents(*LCSPR)["report.md"]
    return re.sub(r"## [^\n]*\{#" + section_id + r"\}\n\nThis fictional section has content.\n", "", text)


@pytest.mark.parametrize("pair", PAIRS, ids=lambda p: " ".join(p))
def test_clean_review_of_every_pair_has_no_findings(tmp_path: Path, pair) -> None:
    assert findings_for(tmp_path, *pair) == []


def test_removed_required_section_is_val101_naming_it(tmp_path: Path) -> None:
    found = findings_for(tmp_path, *LCSPR, docs={"report.md": report_without("analysis")})
    assert [f.code for f in found] == ["VAL101"]
    f = found[0]
    assert f.location.path.endswith("report.md") and f.location.line is not None
    assert 'section "Why the events occurred as they did" {#analysis} is missing' in f.message
    assert "required by Child Safeguarding Practice Review Panel practice guidance" in f.message
    assert f.severity.value == "error"


def test_each_missing_section_is_its_own_finding_at_the_last_heading(tmp_path: Path) -> None:
    text = "# Report\n\n## Learning {#learning}\n\nText.\n"
    found = findings_for(tmp_path, *LCSPR, docs={"report.md": text})
    assert [f.code for f in found] == ["VAL101"] * 9
    assert {f.location.line for f in found} == {3}


def test_heading_matched_by_title_counts(tmp_path: Path) -> None:
    text = documents(*LCSPR)["report.md"].replace(
        "## Why the events occurred as they did {#analysis}", "## 5. Analysis")
    assert findings_for(tmp_path, *LCSPR, docs={"report.md": text}) == []


def test_empty_section_is_val102_at_its_heading(tmp_path: Path) -> None:
    text = documents(*LCSPR)["report.md"].replace(
        "{#analysis}\n\nThis fictional section has content.", "{#analysis}\n\n<!-- guidance: later -->")
    found = findings_for(tmp_path, *LCSPR, docs={"report.md": text})
    assert [f.code for f in found] == ["VAL102"]
    line = text.splitlines().index("## Why the events occurred as they did {#analysis}") + 1
    assert found[0].location.line == line


@pytest.mark.parametrize("pair, filename", [(LCSPR, "report.md"), (("northern-ireland", "cmr"), "overview-report.md")])
def test_missing_required_document(tmp_path: Path, pair, filename) -> None:
    root = tmp_path / "review"
    from tests.generator.fixtures.trees import clean_review

    clean_review(root, *pair)
    (root / filename).unlink()
    from tests.generator.fixtures.trees import validate

    found = validate(root)
    assert [f.code for f in found] == ["VAL103"]
    assert found[0].location.path.endswith(filename)


@pytest.mark.parametrize(
    "overrides, expected",
    [
        ({"board": ""}, ["VAL104"]),
        ({"title": None}, ["VAL104"]),
        ({"reviewers": [{"name": None, "role": "Lead reviewer"}]}, ["VAL104"]),
        ({"board": "Southtown Partnership"}, []),
    ],
)
def test_required_metadata(tmp_path: Path, overrides, expected) -> None:
    assert [f.code for f in findings_for(tmp_path, *LCSPR, **overrides)] == expected


@pytest.mark.parametrize(
    "front, overrides, expected",
    [
        ("---\npublishable: true\n---\n", {}, ["VAL105"]),
        ("", {"documents": {"rapid-review": {"publishable": True}}}, ["VAL105"]),
        ("---\npublishable: false\n---\n", {}, []),
        ("", {}, []),
    ],
)
def test_never_publishable_rapid_review(tmp_path: Path, front, overrides, expected) -> None:
    rapid = front + documents("england", "rapid-review")["rapid-review.md"]
    assert [f.code for f in findings_for(tmp_path, *LCSPR, docs={"rapid-review.md": rapid}, **overrides)] == expected


@pytest.mark.parametrize(
    "dates, expected",
    [
        ({"notification": D("2024-03-21")}, ["VAL201"]),  # before awareness
        ({"timeline_start": D("2024-03-01"), "timeline_end": D("2023-03-01")}, ["VAL201"]),
        ({"timeline_start": D("2023-03-01"), "timeline_end": D("2024-03-01")}, []),
    ],
)
def test_date_order(tmp_path: Path, dates, expected) -> None:
    found = findings_for(tmp_path, *LCSPR, dates=merged(*LCSPR, "dates", **dates))
    assert [f.code for f in found] == expected


@pytest.mark.parametrize(
    "row, expected",
    [
        ({"status": "complete"}, ["VAL202"]),
        ({"completed": D("2025-01-10")}, ["VAL202"]),
        ({"status": "complete", "completed": D("2025-01-10")}, []),
    ],
)
def test_action_status_and_date(tmp_path: Path, row, expected) -> None:
    plan = review_data(*LCSPR)["action_plan"]
    plan[0].update(row)
    assert [f.code for f in findings_for(tmp_path, *LCSPR, action_plan=plan)] == expected


@pytest.mark.parametrize(
    "recs, plan_rec, expected",
    [
        ([{"id": "R1", "text": "x"}], "R9", ["VAL301", "VAL304"]),
        ([{"id": "R1", "text": "x"}, {"id": "R2", "text": "y"}], "R1", ["VAL304"]),
        ([{"id": "R1", "text": "x"}, {"id": "R1", "text": "y"}], "R1", ["VAL303"]),
        ([{"id": "R1", "text": "x"}, {"id": "R2", "text": "y"}], ["R1", "R2"], []),
    ],
)
def test_cross_references(tmp_path: Path, recs, plan_rec, expected) -> None:
    plan = review_data(*LCSPR)["action_plan"]
    plan[0]["recommendation"] = plan_rec
    found = findings_for(tmp_path, *LCSPR, recommendations=recs, action_plan=plan)
    assert sorted(f.code for f in found) == expected


@pytest.mark.parametrize(
    "evidence, expected",
    [(["F1", "F9"], ["VAL302"]), (["LP1"], [])],
)
def test_evidence_references(tmp_path: Path, evidence, expected) -> None:
    pair = ("scotland", "learning-review")
    recs = [{"id": "R1", "text": "x", "evidence": evidence}]
    assert [f.code for f in findings_for(tmp_path, *pair, recommendations=recs)] == expected


@pytest.mark.parametrize(
    "markdown, asset, expected",
    [
        ("![](assets/x.png)", True, ["VAL401"]),
        ("Text with ![ ](assets/x.png) inline.", True, ["VAL401"]),
        ("![Genogram of the family](assets/x.png)", True, []),
        ("![Genogram of the family](assets/missing.png)", False, ["VAL402"]),
        ("![Genogram](../outside.png)", False, ["VAL402"]),
    ],
)
def test_images(tmp_path: Path, markdown, asset, expected) -> None:
    text = documents(*LCSPR)["report.md"].replace(
        "{#learning}\n\nThis fictional section has content.", "{#learning}\n\nThis fictional section has content.\n\n" + markdown)
    docs = {"report.md": text}
    if asset:
        docs["assets/x.png"] = b"\x89PNG\r\n\x1a\n"
    found = findings_for(tmp_path, *LCSPR, docs=docs)
    assert [f.code for f in found] == expected
    if expected:
        line = text.splitlines().index(markdown) + 1
        assert found[0].location.line == line


@pytest.mark.parametrize(
    "sentence, expected",
    [("The agency will report back TBC.", ["VAL403"]), ("TODO: finish.", ["VAL403"]),
     ("We will [insert date] later.", ["VAL403"]), ("<!-- TODO: a note to self -->", []),
     ("Practitioners said the todo list was long.", [])],
)
def test_placeholders(tmp_path: Path, sentence, expected) -> None:
    text = documents(*LCSPR)["report.md"] + "\n" + sentence + "\n"
    assert [f.code for f in findings_for(tmp_path, *LCSPR, docs={"report.md": text})] == expected


def test_every_rule_is_documented_and_cites_a_source() -> None:
    import generator.rules  # noqa: F401

    rules = [r for r in REGISTRY if r.category in ("VAL", "ENG", "NIR", "SCT", "WLS")]
    assert len(rules) >= 40
    for rule in rules:
        assert rule.name and rule.summary and rule.doc and rule.source, rule.code


def test_docs_rules_md_is_in_sync() -> None:
    from generator.validate import rules_markdown
    from tests.conftest import REPO

    assert (REPO / "docs" / "rules.md").read_text(encoding="utf-8") == rules_markdown(), (
        "regenerate docs/rules.md (command at the top of the file)")


def test_unrecognised_heading_is_reported_at_its_line_with_the_closest_title(tmp_path: Path) -> None:
    from tests.generator.fixtures.trees import documents

    docs = documents("england", "lcspr")
    text = docs["report.md"]
    lines = text.splitlines()
    idx = next(i for i, line in enumerate(lines) if line.startswith("## Why the events occurred"))
    lines[idx] = "## Why events happened"
    docs["report.md"] = "\n".join(lines) + "\n"
    found = findings_for(tmp_path, "england", "lcspr", docs=docs)
    hit = next(f for f in found if f.code == "VAL107")
    assert hit.location.line == idx + 1
    assert '"Why the events occurred as they did" {#analysis}' in hit.message
    assert any(f.code == "VAL101" for f in found)
