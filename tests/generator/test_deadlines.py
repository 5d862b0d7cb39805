"""``casereview deadlines``: milestones with due/done/status/working days left, open actions, text/JSON/ics."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.cli import main
from generator.commands.deadlines import run
from generator.errors import UserError
from tests.generator.fixtures.trees import D, clean_review, merged, review_data, write_review

RAPID = ("england", "rapid-review")
LCSPR = ("england", "lcspr")


def data(root: Path, today: str) -> dict:
    return json.loads(run(root, "json", today))


def by_id(report: dict) -> dict:
    return {m["id"]: m for m in report["milestones"]}


def test_statuses_done_due_overdue_and_working_days_left(tmp_path: Path) -> None:
    # awareness Fri 22 Mar 2024 -> notification due Tue 2 Apr (Good Friday, Easter Monday skipped)
    dates = {"incident": D("2024-03-20"), "awareness": D("2024-03-22"), "notification": None, "rapid_review": None}
    root = clean_review(tmp_path / "r", *RAPID, dates=dates)
    early = by_id(data(root, "2024-03-26"))
    assert early["notification"]["due"] == "2024-04-02"
    assert early["notification"]["status"] == "due"
    assert early["notification"]["working_days_left"] == 3  # 27, 28 Mar, 2 Apr
    assert early["rapid-review"]["status"] == "unscheduled" and early["rapid-review"]["due"] is None
    late = by_id(data(root, "2024-04-03"))
    assert late["notification"]["status"] == "overdue" and late["notification"]["working_days_left"] == -1
    assert "Working Together" in late["notification"]["source"]


def test_done_and_late(tmp_path: Path) -> None:
    dates = merged(*RAPID, "dates", notification=D("2024-04-03"))
    root = clean_review(tmp_path / "r", *RAPID, dates=dates)
    report = by_id(data(root, "2024-06-01"))
    assert report["notification"]["status"] == "late" and report["notification"]["done"] == "2024-04-03"
    assert report["rapid-review"]["status"] == "done"


def test_not_published_skips_the_publication_milestone(tmp_path: Path) -> None:
    root = clean_review(tmp_path / "r", *LCSPR, publication={"decision": "not-published", "justification": "x"})
    assert "publication" not in by_id(data(root, "2024-06-01"))
    root = clean_review(tmp_path / "s", *LCSPR)
    assert by_id(data(root, "2024-06-01"))["publication"]["due"] == "2024-10-22"


@pytest.mark.parametrize(
    "row, today, listed, status",
    [
        ({"due": D("2025-03-31"), "status": "in-progress"}, "2025-04-01", True, "overdue"),
        ({"due": D("2025-03-31"), "status": "in-progress"}, "2025-03-31", True, "due"),
        ({"due": D("2025-03-31"), "status": "complete", "completed": D("2025-03-01")}, "2025-04-01", False, None),
        ({"due": None, "status": "not-started"}, "2025-04-01", True, "unscheduled"),
    ],
)
def test_action_plan_items(tmp_path: Path, row, today, listed, status) -> None:
    plan = review_data(*LCSPR)["action_plan"]
    plan[0].update(row)
    root = clean_review(tmp_path / "r", *LCSPR, action_plan=plan)
    actions = data(root, today)["actions"]
    assert bool(actions) == listed
    if listed:
        assert actions[0]["id"] == "A1" and actions[0]["status"] == status


def test_text_lists_milestones_and_actions(tmp_path: Path) -> None:
    root = clean_review(tmp_path / "r", *LCSPR)
    text = run(root, "text", "2025-04-01").decode()
    assert "as of 2025-04-01; working days on the England and Wales bank holidays" in text
    assert "ENG201" in text and "ENG203" in text and "overdue" in text
    assert "A1 [R1]: overdue 2025-03-31" in text


def test_ics_is_deterministic_parseable_and_without_people(tmp_path: Path) -> None:
    from icalendar import Calendar

    root = clean_review(tmp_path / "r", *LCSPR)
    one = run(root, "ics", "2025-04-01")
    assert one == run(root, "ics", "2025-04-01")
    cal = Calendar.from_ical(one)
    events = [c for c in cal.walk("VEVENT")]
    assert len(events) >= 4
    assert len({str(e["uid"]) for e in events}) == len(events)
    assert all(str(e["uid"]).endswith("@casereview") for e in events)
    assert b"Dr Ann Reviewer" not in one and b"Mother" not in one


def test_wales_closure_days_change_nothing_for_calendar_months(tmp_path: Path) -> None:
    root = clean_review(tmp_path / "r", "wales", "susr", closure_days=[D("2025-06-02")])
    report = data(root, "2025-03-01")
    assert report["calendar"] == "England and Wales bank holidays + board closure days"
    assert by_id(report)["publication"]["due"] == "2025-08-03"


def test_cli_formats_and_errors(capsys, tmp_path: Path) -> None:
    root = clean_review(tmp_path / "r", *LCSPR)
    assert main(["deadlines", str(root), "--today", "2025-04-01", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["version"] == 1
    out_file = tmp_path / "d.ics"
    assert main(["deadlines", str(root), "--today", "2025-04-01", "-f", "ics", "-o", str(out_file)]) == 0
    assert out_file.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert main(["deadlines", str(root), "--today", "April"]) == 2
    assert "--today 'April' is not a date" in capsys.readouterr().err
    broken = write_review(tmp_path / "b", "nation: england\ntype: lcspr\n\tx: 1\n")
    assert main(["deadlines", str(broken)]) == 2
    assert "run `casereview validate" in capsys.readouterr().err


def test_unreadable_review_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError):
        run(tmp_path / "missing", "text", None)


@pytest.mark.parametrize("pair", [RAPID, LCSPR, ("northern-ireland", "cmr"), ("scotland", "learning-review"),
                                  ("wales", "susr"), ("wales", "cpr")], ids=lambda p: " ".join(p))
def test_json_matches_shipped_schema(tmp_path: Path, pair) -> None:
    from jsonschema import Draft202012Validator, FormatChecker

    from generator.resources import schemas_dir

    schema = json.loads((schemas_dir() / "deadlines.schema.json").read_text(encoding="utf-8"))
    report = data(clean_review(tmp_path / "r", *pair), "2025-04-01")
    assert list(Draft202012Validator(schema, format_checker=FormatChecker()).iter_errors(report)) == []


def test_minimum_period_still_running_is_not_done(tmp_path: Path, capsys) -> None:
    dates = merged(*LCSPR, "dates", publication=D("2024-10-01"))
    sent = {"sent_to_panel": D("2024-09-01"), "sent_to_secretary_of_state": D("2024-09-01"),
            "sent_to_ofsted": D("2024-09-01")}
    root = clean_review(tmp_path / "r", *LCSPR, dates=dates,
                        publication={"decision": "publish", "available_until": D("2026-10-01"), **sent})
    during = by_id(data(root, "2025-06-01"))["availability-local"]
    assert during["status"] == "running" and during["done"] == "2026-10-01"
    assert by_id(data(root, "2026-10-02"))["availability-local"]["status"] == "done"
    assert "running until 2026-10-01" in run(root, "text", "2025-06-01").decode()


def test_duties_without_timescale_are_listed(tmp_path: Path) -> None:
    root = clean_review(tmp_path / "r", "wales", "susr", status="published",
                        action_plan_record={"approved_by_board": D("2025-06-25")})
    report = data(root, "2025-09-01")
    duties = {d["id"]: d for d in report["duties"]}
    assert duties["action-plan-approved"]["status"] == "done" and duties["action-plan-approved"]["date"] == "2025-06-25"
    assert duties["board-audits"]["status"] == "missing" and duties["board-audits"]["wording"] == "should"
    assert duties["impact-report"]["status"] == "not-yet"  # actions are not complete
    text = run(root, "text", "2025-09-01").decode()
    assert "WLS113 missing: The board audits the action plan's progress" in text
    ics = run(root, "ics", "2025-09-01").decode()
    assert "WLS110 The board approves the action plan (done)" in ics
