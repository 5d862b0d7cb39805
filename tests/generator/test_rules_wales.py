"""Wales rules: concise/extended, timeline window, CPR vs SUSR, publication, action plan, Welsh parallel text."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.generator.fixtures.trees import D, documents, findings_for, merged

SUSR = ("wales", "susr")
CPR = ("wales", "cpr")


# duties of the second round (tests/generator/test_rules_duties.py): not what these tests are about
DUTY_CODES = {f"WLS1{n:02d}" for n in range(9, 22)} | {"WLS204", "WLS205"}
# Welsh twins of structured fields (WLS130): tested at the end of this file
DUTY_CODES |= {"WLS130"}


def codes(found):
    return [f.code for f in found if f.code not in DUTY_CODES]


def child(*periods):
    return {"pseudonym": "Child R", "looked_after": False,
            "register_or_care_history": [dict(p) for p in periods]}


REGISTER_3_MONTHS_BEFORE = {"status": "child-protection-register", "from": D("2024-06-01"), "to": D("2024-10-15")}
REGISTER_LONG_BEFORE = {"status": "child-protection-register", "from": D("2023-01-10"), "to": D("2024-05-02")}
CARE_ONGOING = {"status": "looked-after", "from": D("2024-12-01"), "to": None}


@pytest.mark.parametrize(
    "declared, history, expected",
    [
        ("concise", [REGISTER_3_MONTHS_BEFORE], ["WLS101"]),  # incident 2025-01-15: on the register 3 months before
        ("extended", [REGISTER_3_MONTHS_BEFORE], []),
        ("concise", [REGISTER_LONG_BEFORE], []),  # ended more than 6 months before the incident
        ("extended", [REGISTER_LONG_BEFORE], ["WLS101"]),
        ("concise", [CARE_ONGOING], ["WLS101"]),
        ("extended", [], ["WLS101"]),
        ("concise", [], []),
    ],
)
def test_concise_or_extended_matches_register_and_care(tmp_path: Path, declared, history, expected) -> None:
    found = findings_for(tmp_path, *SUSR, susr_type=declared, child=child(*history))
    assert codes(found) == expected
    if expected:
        assert found[0].location.pointer == "/susr_type"
        assert f"the review is {'extended' if declared == 'concise' else 'concise'}" in found[0].message


def test_looked_after_at_incident_means_extended(tmp_path: Path) -> None:
    c = {"pseudonym": "Child R", "looked_after": True}
    assert codes(findings_for(tmp_path, *SUSR, susr_type="concise", child=c)) == ["WLS101"]


@pytest.mark.parametrize(
    "start, reason, expected",
    [
        ("2024-01-15", None, []),  # exactly 12 months
        ("2023-12-01", None, ["WLS102"]),
        ("2023-12-01", "Neglect began in 2023 and current practice is unchanged.", []),
        ("2023-01-15", "Long history.", []),  # exactly 24 months
        ("2022-12-01", "Long history.", ["WLS103"]),
    ],
)
def test_timeline_window(tmp_path: Path, start, reason, expected) -> None:
    extra = {"extension_reason": reason} if reason else {}
    found = findings_for(tmp_path, *SUSR, dates=merged(*SUSR, "dates", timeline_start=D(start)), **extra)
    assert codes(found) == expected


@pytest.mark.parametrize(
    "pair, referral, expected",
    [(SUSR, "2024-10-01", []), (SUSR, "2024-09-30", ["WLS104"]), (CPR, "2024-09-30", []),
     (CPR, "2024-10-01", ["WLS104"])],
)
def test_cpr_or_susr_by_start_date(tmp_path: Path, pair, referral, expected) -> None:
    dates = merged(*pair, "dates", referral=D(referral), incident=D("2024-09-01"), timeline_start=D("2024-01-01"))
    assert codes(findings_for(tmp_path, *pair, dates=dates)) == expected


def test_started_date_takes_precedence(tmp_path: Path) -> None:
    dates = merged(*CPR, "dates", referral=D("2024-10-05"), started=D("2024-09-20"))
    assert codes(findings_for(tmp_path, *CPR, dates=dates)) == []


@pytest.mark.parametrize("decision, expected", [("not-published", ["WLS105"]), ("publish", [])])
def test_reviews_must_be_published(tmp_path: Path, decision, expected) -> None:
    assert codes(findings_for(tmp_path, *SUSR, publication={"decision": decision})) == expected


@pytest.mark.parametrize(
    "final_report, action_plan_final, expected",
    [("2025-06-02", "2025-06-30", []), ("2025-06-02", "2025-07-01", ["WLS202"])],
)
def test_action_plan_within_4_weeks_of_final_report(tmp_path: Path, final_report, action_plan_final, expected) -> None:
    dates = merged(*SUSR, "dates", final_report=D(final_report), action_plan_final=D(action_plan_final))
    assert codes(findings_for(tmp_path, *SUSR, dates=dates)) == expected


@pytest.mark.parametrize("publication, expected", [("2025-08-03", []), ("2025-08-04", ["WLS201"])])
def test_publication_usually_within_6_months_of_referral(tmp_path: Path, publication, expected) -> None:
    dates = merged(*SUSR, "dates", publication=D(publication))
    sent = {"decision": "publish", "submitted_to_welsh_government": D(publication)}
    found = findings_for(tmp_path, *SUSR, dates=dates, publication=sent)
    assert codes(found) == expected
    assert all(f.severity.value == "warning" for f in found)


@pytest.mark.parametrize("until, expected", [("2025-10-27", []), ("2025-10-26", ["WLS203"])])
def test_report_stays_published_12_weeks(tmp_path: Path, until, expected) -> None:
    dates = merged(*SUSR, "dates", publication=D("2025-08-04"))
    found = findings_for(tmp_path, *SUSR, dates=dates, publication={"decision": "publish", "available_until": D(until),
                                      "submitted_to_welsh_government": D("2025-08-04")})
    assert sorted(codes(found)) == sorted(expected + ["WLS201"])


def _welsh(ids: list[str]) -> str:
    titles = {"introduction": "Cyflwyniad", "summary": "Crynodeb", "learning": "Dysgu",
              "recommendations": "Argymhellion"}
    return "# Crynodeb gweithredol\n\n" + "".join(f"## {titles[i]} {{#{i}}}\n\nTestun.\n\n" for i in ids)


@pytest.mark.parametrize(
    "ids, expected",
    [
        (["introduction", "summary", "learning", "recommendations"], []),
        (["introduction", "summary", "recommendations"], ["WLS106"]),
        (["introduction", "learning", "summary", "recommendations"], ["WLS106"]),
    ],
)
def test_welsh_parallel_text_has_the_same_sections(tmp_path: Path, ids, expected) -> None:
    english = documents(*SUSR)  # report only; add an English executive summary
    es = ("# Executive summary\n\n## Introduction\n\nText.\n\n## Summary\n\nText.\n\n## Learning\n\nText.\n\n"
          "## Recommendations\n\nText.\n")
    docs = {**english, "executive-summary.md": es, "executive-summary.cy.md": _welsh(ids)}
    found = findings_for(tmp_path, *SUSR, docs=docs)
    assert codes(found) == expected
    if expected:
        assert found[0].location.path.endswith("executive-summary.cy.md")


def test_welsh_text_without_english_twin(tmp_path: Path) -> None:
    docs = {"executive-summary.cy.md": _welsh(["introduction", "summary", "learning", "recommendations"])}
    assert codes(findings_for(tmp_path, *SUSR, docs=docs)) == ["WLS106"]


@pytest.mark.parametrize("status, welsh, expected", [("final", False, ["WLS107"]), ("draft", False, []),
                                                     ("final", True, [])])
def test_final_review_has_welsh_text(tmp_path: Path, status, welsh, expected) -> None:
    docs = {}
    if welsh:
        text = documents(*SUSR)["report.md"]
        docs["report.cy.md"] = text  # same {#id}s
    assert codes(findings_for(tmp_path, *SUSR, docs=docs, status=status)) == expected


@pytest.mark.parametrize("submitted, expected", [(None, ["WLS108"]), (D("2025-07-01"), [])])
def test_published_report_submitted_to_welsh_government(tmp_path: Path, submitted, expected) -> None:
    dates = merged(*SUSR, "dates", publication=D("2025-07-01"))
    publication = {"decision": "publish", "submitted_to_welsh_government": submitted}
    assert codes(findings_for(tmp_path, *SUSR, dates=dates, publication=publication)) == expected


@pytest.mark.parametrize("welsh_body, expected", [("Testun.", []), ("<!-- guidance: later -->", ["WLS106"])])
def test_welsh_section_left_empty_while_english_is_written(tmp_path: Path, welsh_body, expected) -> None:
    docs = documents(*SUSR, welsh=True)
    docs["report.cy.md"] = docs["report.cy.md"].replace(
        "{#analysis}\n\nThis fictional section has content.", "{#analysis}\n\n" + welsh_body)
    found = findings_for(tmp_path, *SUSR, docs=docs)
    assert codes(found) == expected
    if expected:
        assert found[0].location.path.endswith("report.cy.md") and "{#analysis}" in found[0].message


def test_every_public_field_without_its_welsh_twin_is_wls130(tmp_path: Path) -> None:
    extra = {
        "board": "Example Regional Safeguarding Board", "board_cy": "Bwrdd Diogelu Rhanbarthol Enghreifftiol",
        "reviewers": [{"name": "Dr A", "role": "Lead reviewer"}],
        "child": {"pseudonym": "Child R", "pseudonym_cy": "Plentyn R"},
        "findings": [{"id": "F1", "text": "A finding", "text_cy": "Canfyddiad"}],
        "recommendations": [{"id": "R1", "text": "A recommendation"}],
        "action_plan": [{"id": "A1", "recommendation": "R1", "action": "Do it", "action_cy": "Ei wneud",
                         "owner": "Board", "progress": ""}],
        "glossary": [{"term": "SUSR", "definition": "Single unified safeguarding review", "term_cy": "ADUS"}],
    }
    found = [f for f in findings_for(tmp_path / "draft", *SUSR, **extra) if f.code == "WLS130"]
    where = sorted(f.message.split(" has no")[0] for f in found)
    assert where == ["action_plan.0.owner", "glossary.0.definition", "recommendations.0.text", "reviewers.0.role"]
    assert {f.severity.value if hasattr(f.severity, "value") else str(f.severity) for f in found} == {"warning"}
    final = [f for f in findings_for(tmp_path / "final", *SUSR, status="final", **extra) if f.code == "WLS130"]
    assert len(final) == 4
    assert {f.severity.value if hasattr(f.severity, "value") else str(f.severity) for f in final} == {"error"}
    assert all(f.location.line for f in final)


def test_wales_sample_has_every_welsh_twin() -> None:
    from generator.loader import load_review
    from generator.rules.wales import welsh_twin_gaps

    review, _ = load_review(Path(__file__).resolve().parents[2] / "samples" / "wales-susr")
    assert review is not None
    assert welsh_twin_gaps(review.data) == []
