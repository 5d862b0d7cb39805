"""Scotland rules: terms of reference, evidence for every proposal, the COG's publication decision, action plan."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.generator.fixtures.trees import clean_review, findings_for, merged, review_data, validate

LR = ("scotland", "learning-review")


def codes(found):
    return [f.code for f in found]


def test_terms_of_reference_are_mandatory(tmp_path: Path) -> None:
    root = clean_review(tmp_path / "r", *LR)
    (root / "terms-of-reference.md").unlink()
    found = validate(root)
    assert codes(found) == ["SCT101"]
    assert "terms-of-reference.md" in found[0].message


@pytest.mark.parametrize(
    "recommendation, expected",
    [
        ({"id": "R1", "text": "Train staff."}, ["SCT102"]),
        ({"id": "R1", "text": "Train staff.", "evidence": []}, ["SCT102"]),
        ({"id": "R1", "text": "Train staff.", "evidence": None}, ["SCT102"]),
        ({"id": "R1", "text": "Train staff.", "evidence": ["F1"]}, []),
    ],
)
def test_every_improvement_proposal_cites_evidence(tmp_path: Path, recommendation, expected) -> None:
    found = findings_for(tmp_path, *LR, recommendations=[recommendation])
    assert codes(found) == expected
    if expected:
        assert "R1" in found[0].message and found[0].location.pointer.startswith("/recommendations/0")


@pytest.mark.parametrize(
    "decided_by, expected",
    [
        ("Northtown Child Protection Committee", ["SCT103"]),
        (None, ["SCT103"]),
        ("Northtown Chief Officers' Group", []),
        ("the COG", []),
        ("Chief Officers Group", []),
    ],
)
def test_publication_decided_by_the_cog(tmp_path: Path, decided_by, expected) -> None:
    publication = merged(*LR, "publication", decided_by=decided_by)
    assert codes(findings_for(tmp_path, *LR, publication=publication)) == expected


@pytest.mark.parametrize(
    "considerations, expected",
    [
        ({"confidentiality": "Identities removed."}, ["SCT104", "SCT104"]),
        ({"confidentiality": "x", "family_views": "y", "anonymisation": ""}, ["SCT104"]),
        ({"confidentiality": "x", "family_views": "y", "anonymisation": "z"}, []),
    ],
)
def test_publication_records_three_considerations(tmp_path: Path, considerations, expected) -> None:
    publication = merged(*LR, "publication", considerations=considerations)
    assert codes(findings_for(tmp_path, *LR, publication=publication)) == expected


def test_no_publication_decision_yet_is_not_a_finding(tmp_path: Path) -> None:
    assert findings_for(tmp_path, *LR, publication=None) == []


@pytest.mark.parametrize(
    "changes, expected",
    [({"owner": None}, ["SCT105"]), ({"due": None, "action": ""}, ["SCT105"]), ({}, [])],
)
def test_action_plan_says_who_what_by_when(tmp_path: Path, changes, expected) -> None:
    plan = review_data(*LR)["action_plan"]
    for k, v in changes.items():
        plan[0][k] = v
    found = findings_for(tmp_path, *LR, action_plan=plan)
    assert codes(found) == expected


@pytest.mark.parametrize(
    "recommended_by, expected",
    [(None, ["SCT106"]), ("Northtown Chief Officers Group", ["SCT106"]), ("the CPC", []),
     ("Northtown Child Protection Committee", [])],
)
def test_publication_recommended_by_the_cpc(tmp_path: Path, recommended_by, expected) -> None:
    publication = merged(*LR, "publication", recommended_by=recommended_by)
    assert codes(findings_for(tmp_path, *LR, publication=publication)) == expected
