"""Statutory duties, review criteria and guidance editions kept as data (schemas/nations/*.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import schema as schemas
from generator.findings import REGISTRY
from tests.generator.fixtures.trees import D, findings_for, merged

LCSPR = ("england", "lcspr")
NATIONAL = ("england", "national-cspr")
CMR = ("northern-ireland", "cmr")
SCOT = ("scotland", "learning-review")
SUSR = ("wales", "susr")


def by_code(found, *codes):
    return [(f.code, f.severity.value) for f in found if f.code in codes]


# --- the first list of the issue: judged as the source says, at the severity its wording implies ---

@pytest.mark.parametrize("pair, code", [(CMR, "NIR104"), (SCOT, "SCT107"), (SUSR, "WLS109")])
@pytest.mark.parametrize("plan", [None, []])
@pytest.mark.parametrize("status, severity", [("draft", "warning"), ("final", "error"), ("published", "error")])
def test_every_regime_but_england_requires_an_action_plan(tmp_path: Path, pair, code, plan, status, severity) -> None:
    found = findings_for(tmp_path, *pair, action_plan=plan, recommendations=None, status=status)
    hits = by_code(found, code)
    assert hits == [(code, severity)]
    assert next(f for f in found if f.code == code).location.path.endswith("review.yaml")


@pytest.mark.parametrize("pair, code", [(CMR, "NIR104"), (SCOT, "SCT107"), (SUSR, "WLS109")])
def test_an_action_plan_with_rows_is_enough(tmp_path: Path, pair, code) -> None:
    assert by_code(findings_for(tmp_path, *pair, status="final"), code) == []


def test_lcspr_not_sent_to_panel_before_publication_is_an_error(tmp_path: Path) -> None:
    found = findings_for(tmp_path, *LCSPR, dates=merged(*LCSPR, "dates", publication=D("2024-10-01")),
                         publication={"decision": "publish", "sent_to_panel": D("2024-10-02"),
                                      "sent_to_secretary_of_state": D("2024-09-20"),
                                      "sent_to_ofsted": D("2024-09-20")})
    assert by_code(found, "ENG105", "ENG106") == [("ENG105", "error")]
    assert "after dates.publication" in next(f for f in found if f.code == "ENG105").message


def test_national_review_is_not_told_to_send_itself_to_the_panel(tmp_path: Path) -> None:
    found = findings_for(tmp_path, *NATIONAL, dates=merged(*NATIONAL, "dates", publication=D("2024-10-01")),
                         publication={"decision": "publish"})
    messages = [f.message for f in found if f.code == "ENG105"]
    assert len(messages) == 1 and "secretary_of_state" in messages[0]
    assert not any("sent_to_panel" in f.message for f in found)


@pytest.mark.parametrize("status, expected", [("draft", []), ("final", [("WLS107", "warning")]),
                                              ("published", [("WLS107", "error")])])
def test_published_welsh_review_without_welsh_edition_is_an_error(tmp_path: Path, status, expected) -> None:
    assert by_code(findings_for(tmp_path, *SUSR, status=status), "WLS107") == expected


@pytest.mark.parametrize("status, severity", [("draft", "warning"), ("final", "error"), ("published", "error")])
def test_placeholders_are_errors_once_final(tmp_path: Path, status, severity) -> None:
    from tests.generator.fixtures.trees import documents

    docs = documents(*LCSPR)
    docs["report.md"] = docs["report.md"].replace("This fictional section has content.", "Findings TBC.", 1)
    found = findings_for(tmp_path, *LCSPR, docs=docs, status=status)
    assert ("VAL403", severity) in by_code(found, "VAL403")


# --- criteria and routes ---

@pytest.mark.parametrize("pair, code", [(("england", "rapid-review"), "ENG110"), (CMR, "NIR110"),
                                        (SCOT, "SCT110"), (SUSR, "WLS120")])
def test_route_must_be_recorded(tmp_path: Path, pair, code) -> None:
    found = findings_for(tmp_path, *pair, criteria=None)
    hits = [f for f in found if f.code == code]
    assert len(hits) == 1 and hits[0].location.pointer == "/criteria/route"
    for route in schemas.nation(pair[0]).routes:
        assert route.id in hits[0].message


@pytest.mark.parametrize(
    "pair, criteria, child, expected",
    [
        (CMR, {"route": "harm-register", "harm": "significant-harm"}, None, ["NIR111"]),  # no register recorded
        (CMR, {"route": "harm-register", "harm": "significant-harm"},
         {"pseudonym": "Child A", "looked_after": False,
          "register_or_care_history": [{"status": "child-protection-register", "from": D("2023-01-01")}]}, []),
        (CMR, {"route": "harm-register", "harm": "significant-harm", "sibling_register_or_care": True}, None, []),
        (CMR, {"route": "harm-in-care", "harm": "death"}, None, ["NIR111"]),  # looked_after is false
        (CMR, {"route": "agency-effectiveness"}, None, []),
        (SUSR, {"route": "died", "harm": "death", "abuse_or_neglect": "none"}, None, ["WLS121"]),
        (SUSR, {"route": "died", "harm": "serious-permanent-impairment", "abuse_or_neglect": "known"}, None,
         ["WLS121"]),
        (SCOT, {"route": "death-suicide", "harm": "significant-harm"}, None, ["SCT111"]),
        (("england", "lcspr"), {"route": "looked-after-death", "harm": "death"}, None, ["ENG111"]),
    ],
)
def test_route_agrees_with_the_facts(tmp_path: Path, pair, criteria, child, expected) -> None:
    overrides = {"criteria": criteria}
    if child is not None:
        overrides["child"] = child
    found = findings_for(tmp_path, *pair, **overrides)
    assert [f.code for f in found if f.code[-3:] in ("110", "111", "120", "121")] == expected


def test_route_from_a_later_edition_is_refused_for_an_earlier_review(tmp_path: Path) -> None:
    early = findings_for(tmp_path / "a", *SCOT, criteria={"route": "care-and-risk-management"},
                         dates={"decision": D("2022-05-01")})
    assert [f.code for f in early if f.code == "SCT111"] == ["SCT111"]
    assert "not in force" in next(f for f in early if f.code == "SCT111").message
    late = findings_for(tmp_path / "b", *SCOT, criteria={"route": "care-and-risk-management"},
                        dates={"decision": D("2025-05-01")})
    assert [f.code for f in late if f.code == "SCT111"] == []


def test_schema_offers_exactly_each_regimes_routes() -> None:
    review_schema = schemas.review_schema()
    for clause in review_schema["allOf"]:
        nation = clause["if"]["properties"]["nation"]["const"]
        offered = clause["then"]["properties"]["criteria"]["properties"]["route"]["enum"]
        assert offered == [r.id for r in schemas.nation(nation).routes] + [None]


def test_schema_rejects_another_regimes_route(tmp_path: Path) -> None:
    found = findings_for(tmp_path, *SUSR, criteria={"route": "harm-register"})
    assert any(f.code.startswith("VAL0") and "criteria" in (f.location.pointer or "") for f in found)


# --- the second list: every duty is a field, rule or milestone with its source quote ---

PUBLISHED_SUSR = {"status": "published", "dates": merged(*SUSR, "dates", final_report=D("2025-06-02"),
                                                           action_plan_final=D("2025-06-20"),
                                                           publication=D("2025-07-01"))}


@pytest.mark.parametrize(
    "code, present",
    [
        ("WLS110", {"action_plan_record": {"approved_by_board": D("2025-06-25")}}),
        ("WLS111", {"action_plan_record": {"submitted_to_welsh_government": D("2025-06-26")}}),
        ("WLS112", {"action_plan_record": {"hub_progress_reports": [D("2025-12-01")]}}),
        ("WLS113", {"action_plan_record": {"board_audits": [D("2026-01-10")]}}),
        ("WLS115", {"publication": {"decision": "publish", "shared_with_regional_partnerships": "not-relevant"}}),
        ("WLS116", {"board_decision": {"reviewers": 1}}),
        ("WLS117", {"learning_event": {"date": D("2025-04-01"), "led_by_independent_reviewer": True}}),
    ],
)
def test_wales_duties_are_recorded_once_published(tmp_path: Path, code, present) -> None:
    missing = findings_for(tmp_path / "a", *SUSR, **PUBLISHED_SUSR)
    assert code in [f.code for f in missing]
    rule = REGISTRY.get(code)
    assert rule.source and "“" in rule.doc  # the source and its quoted words
    done = findings_for(tmp_path / "b", *SUSR, **PUBLISHED_SUSR, **present)
    assert code not in [f.code for f in done]


def test_reviewer_count_must_match_the_boards_decision(tmp_path: Path) -> None:
    found = findings_for(tmp_path, *SUSR, **PUBLISHED_SUSR, board_decision={"reviewers": 2})
    hit = next(f for f in found if f.code == "WLS116")
    assert "is 2 but reviewers lists 1" in hit.message


def test_learning_event_not_led_independently(tmp_path: Path) -> None:
    found = findings_for(tmp_path, *SUSR, **PUBLISHED_SUSR,
                         learning_event={"date": D("2025-04-01"), "led_by_independent_reviewer": False})
    assert [f.location.pointer for f in found if f.code == "WLS117"] == ["/learning_event/led_by_independent_reviewer"]


def test_impact_report_is_due_once_every_action_is_complete(tmp_path: Path) -> None:
    open_plan = findings_for(tmp_path / "a", *SUSR, **PUBLISHED_SUSR)
    assert "WLS114" not in [f.code for f in open_plan]
    done_plan = [{"id": "A1", "recommendation": "R1", "action": "Add storage checks.", "owner": "Team",
                  "due": D("2025-09-30"), "status": "complete", "completed": D("2025-09-01")}]
    complete = findings_for(tmp_path / "b", *SUSR, **PUBLISHED_SUSR, action_plan=done_plan)
    assert "WLS114" in [f.code for f in complete]


def test_wales_action_plan_approval_is_a_milestone(tmp_path: Path) -> None:
    late = findings_for(tmp_path, *SUSR, **PUBLISHED_SUSR,
                        action_plan_record={"approved_by_board": D("2025-07-15"),
                                            "submitted_to_welsh_government": D("2025-06-27")})
    assert [f.code for f in late if f.code in ("WLS204", "WLS205")] == ["WLS204"]


@pytest.mark.parametrize(
    "pair, code, status, present",
    [
        (LCSPR, "ENG107", "published", {"action_plan_record": {"audits": [D("2025-06-01")]}}),
        (CMR, "NIR105", "published", {"learning_shared": {"local": D("2025-01-01"), "national": D("2025-02-01")}}),
        (SCOT, "SCT109", "published", {"learning_shared": {"local": D("2025-01-01"), "national": D("2025-02-01")}}),
    ],
)
def test_sharing_and_audit_duties(tmp_path: Path, pair, code, status, present) -> None:
    assert code in [f.code for f in findings_for(tmp_path / "a", *pair, status=status)]
    assert code not in [f.code for f in findings_for(tmp_path / "b", *pair, status=status, **present)]
    assert code not in [f.code for f in findings_for(tmp_path / "c", *pair, status="draft")]


def test_scotland_icr_recommendation_precedes_the_decision(tmp_path: Path) -> None:
    dates = {"decision": D("2025-05-20")}
    assert "SCT108" in [f.code for f in findings_for(tmp_path / "a", *SCOT, dates=dates)]
    late = findings_for(tmp_path / "b", *SCOT, dates=dates, initial_case_review={"recommended": D("2025-05-21")})
    assert "after dates.decision" in next(f for f in late if f.code == "SCT108").message
    ok = findings_for(tmp_path / "c", *SCOT, dates=dates, initial_case_review={"recommended": D("2025-05-09")})
    assert "SCT108" not in [f.code for f in ok]


def test_intimate_details_are_a_content_warning_not_an_identifier(tmp_path: Path) -> None:
    from tests.generator.fixtures.trees import documents

    docs = documents(*LCSPR)
    docs["report.md"] = docs["report.md"].replace(
        "This fictional section has content.", "Mother's sexual history was discussed at length.", 1)
    found = findings_for(tmp_path, *LCSPR, docs=docs)
    hits = [f for f in found if f.code == "ENG108"]
    assert len(hits) == 1 and hits[0].severity.value == "warning" and hits[0].location.line
    docs["report.md"] = docs["report.md"].replace("Mother's sexual history", "<!-- sexual history -->")
    assert "ENG108" not in [f.code for f in findings_for(tmp_path / "b", *LCSPR, docs=docs)]


# --- guidance editions ---

def test_every_duty_milestone_and_route_names_an_edition_that_exists() -> None:
    for nation_id in schemas.NATIONS:
        nat = schemas.nation(nation_id)
        for d in nat.duties:
            assert d.edition in nat.editions and d.quote and d.source, (nation_id, d.id)
            assert REGISTRY.get(d.code).severity.value == {"must": "error", "should": "warning", "may": "note"}[d.wording]
        for m in nat.milestones:
            assert not m.edition or m.edition in nat.editions, (nation_id, m.id)
        for r in nat.routes:
            assert not r.edition or r.edition in nat.editions


def test_rules_md_shows_quote_and_edition() -> None:
    from generator.validate import rules_markdown

    text = rules_markdown()
    assert "Working Together to Safeguard Children 2023 (in force from 2023-12-15)" in text
    assert "“progress is reported to the SUSR co-ordination hub and audited by the board”" in text


def test_every_nation_rule_has_its_sources_words_and_severity_follows_them() -> None:
    import generator.rules  # noqa: F401
    from generator.validate import rule_provenance

    provenance = rule_provenance()
    nation_rules = [r for r in REGISTRY if r.category in ("ENG", "NIR", "SCT", "WLS")]
    milestone_codes = {m.code for n in schemas.NATIONS for m in schemas.nation(n).milestones}
    for rule in nation_rules:
        if rule.code in milestone_codes:
            continue  # timescales: a period, not a wording; their severity is in the data
        prov = provenance.get(rule.code)
        assert prov and prov["quote"] and prov["edition"], rule.code
        expected = {"must": "error", "should": "warning", "may": "note"}[prov["wording"]]
        assert rule.severity.value == expected, (rule.code, prov["wording"], rule.severity.value)
