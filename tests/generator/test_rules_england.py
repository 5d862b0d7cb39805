"""England rules: timescales on the England and Wales calendar, notification, commissioning, publication."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.workdays import make_calendar
from tests.generator.fixtures.trees import D, findings_for, merged

LCSPR = ("england", "lcspr")
RAPID = ("england", "rapid-review")


def codes(found):
    return [f.code for f in found]


@pytest.mark.parametrize(
    "awareness, notification, expected",
    [
        # 6 weekdays later, across Scotland's summer bank holiday (5 Aug 2024), not an England one: late.
        ("2024-08-02", "2024-08-12", ["ENG201"]),
        # 6 weekdays later, across England's late summer bank holiday (26 Aug 2024): 5 working days, on time.
        ("2024-08-23", "2024-09-02", []),
        # Easter 2024: Good Friday and Easter Monday are England bank holidays.
        ("2024-03-27", "2024-04-05", []),
        ("2024-03-27", "2024-04-08", ["ENG201"]),
        ("2024-03-22", "2024-03-22", []),
    ],
)
def test_notification_within_5_working_days(tmp_path: Path, awareness, notification, expected) -> None:
    dates = {"incident": D(awareness), "awareness": D(awareness), "notification": D(notification), "rapid_review": None}
    found = findings_for(tmp_path, *RAPID, dates=merged(*RAPID, "dates", **dates))
    assert codes(found) == expected
    if expected:
        f = found[0]
        assert f.location.pointer == "/dates/notification" and f.location.path.endswith("review.yaml")
        assert "6 working days" in f.message and "England and Wales calendar" in f.message
        assert "Working Together to Safeguard Children 2023" in f.message


def test_the_same_dates_count_differently_on_each_nation_calendar() -> None:
    # 6 weekdays from Fri 2 Aug to Mon 12 Aug 2024; 5 Aug is a bank holiday in Scotland only.
    start, end = D("2024-08-02"), D("2024-08-12")
    assert make_calendar("ENG").working_days_between(start, end) == 6
    assert make_calendar("WLS").working_days_between(start, end) == 6
    assert make_calendar("SCT").working_days_between(start, end) == 5
    # 26 Aug 2024: England, Wales and Northern Ireland, not Scotland.
    start, end = D("2024-08-23"), D("2024-09-02")
    assert make_calendar("ENG").working_days_between(start, end) == 5
    assert make_calendar("NIR").working_days_between(start, end) == 5
    assert make_calendar("SCT").working_days_between(start, end) == 6


def test_board_closure_days_are_not_working_days(tmp_path: Path) -> None:
    dates = {"awareness": D("2024-08-02"), "incident": D("2024-08-02"), "notification": D("2024-08-12"),
             "rapid_review": None}
    found = findings_for(tmp_path, *RAPID, dates=merged(*RAPID, "dates", **dates), closure_days=[D("2024-08-07")])
    assert found == []


@pytest.mark.parametrize(
    "rapid_review, expected",
    [("2024-04-19", []), ("2024-04-22", ["ENG202"])],  # 15 working days after Wed 27 March 2024 (Easter)
)
def test_rapid_review_within_15_working_days(tmp_path: Path, rapid_review, expected) -> None:
    found = findings_for(tmp_path, *RAPID, dates=merged(*RAPID, "dates", rapid_review=D(rapid_review)))
    assert codes(found) == expected


@pytest.mark.parametrize(
    "publication, decision, expected",
    [
        ("2024-10-22", "publish", []),
        ("2024-10-23", "publish", ["ENG203"]),
        ("2024-12-01", "summary-only", ["ENG203"]),
    ],
)
def test_publication_within_6_months_of_decision(tmp_path: Path, publication, decision, expected) -> None:
    sent = {"sent_to_panel": D("2024-10-01"), "sent_to_secretary_of_state": D("2024-10-01"),
            "sent_to_ofsted": D("2024-10-01")}
    found = findings_for(tmp_path, *LCSPR, dates=merged(*LCSPR, "dates", publication=D(publication)),
                         publication={"decision": decision, **sent})
    assert codes(found) == expected


def test_not_published_has_no_publication_deadline_but_needs_justification(tmp_path: Path) -> None:
    found = findings_for(tmp_path, *LCSPR, publication={"decision": "not-published"})
    assert codes(found) == ["ENG104"]
    found = findings_for(tmp_path / "b", *LCSPR,
                         publication={"decision": "not-published", "justification": "Siblings would be identified."})
    assert found == []


@pytest.mark.parametrize(
    "pair, until, expected",
    [(LCSPR, "2025-10-01", []), (LCSPR, "2025-09-30", ["ENG204"]),
     (("england", "national-cspr"), "2027-09-30", ["ENG204"]), (("england", "national-cspr"), "2027-10-01", [])],
)
def test_published_report_stays_available(tmp_path: Path, pair, until, expected) -> None:
    sent = {"sent_to_panel": D("2024-09-01"), "sent_to_secretary_of_state": D("2024-09-01"),
            "sent_to_ofsted": D("2024-09-01")}
    found = findings_for(tmp_path, *pair, dates=merged(*pair, "dates", publication=D("2024-10-01")),
                         publication={"decision": "publish", "available_until": D(until), **sent})
    assert codes(found) == expected


@pytest.mark.parametrize(
    "sent, expected",
    [
        ({}, ["ENG105", "ENG105", "ENG106"]),
        ({"sent_to_panel": D("2024-09-01"), "sent_to_secretary_of_state": D("2024-09-01"),
          "sent_to_ofsted": D("2024-10-02")}, ["ENG106"]),
        ({"sent_to_panel": D("2024-09-01"), "sent_to_secretary_of_state": D("2024-09-01"),
          "sent_to_ofsted": D("2024-10-01")}, []),
    ],
)
def test_report_sent_before_publication(tmp_path: Path, sent, expected) -> None:
    found = findings_for(tmp_path, *LCSPR, dates=merged(*LCSPR, "dates", publication=D("2024-10-01")),
                         publication={"decision": "publish", **sent})
    assert codes(found) == expected
    # "must ... prior to publication": the Panel and the Secretary of State are errors; Ofsted a warning
    assert {f.code: f.severity.value for f in found} == {c: "error" if c == "ENG105" else "warning" for c in expected}


@pytest.mark.parametrize(
    "notification, expected",
    [
        ({"harm": "serious-harm", "abuse_or_neglect": "none"}, ["ENG101"]),
        ({"harm": "death", "abuse_or_neglect": "known"}, []),
    ],
)
def test_notification_criteria(tmp_path: Path, notification, expected) -> None:
    assert codes(findings_for(tmp_path, *RAPID, notification=notification)) == expected


@pytest.mark.parametrize(
    "notification, expected",
    [
        ({"harm": "death", "abuse_or_neglect": "none"}, ["ENG102", "ENG102"]),
        ({"harm": "death", "abuse_or_neglect": "none", "notified_secretary_of_state": D("2024-03-22"),
          "notified_ofsted": D("2024-03-22")}, []),
    ],
)
def test_looked_after_child_death_notified_to_secretary_of_state_and_ofsted(tmp_path: Path, notification,
                                                                             expected) -> None:
    child = {"pseudonym": "Child A", "looked_after": True}
    assert codes(findings_for(tmp_path, *RAPID, child=child, notification=notification)) == expected


@pytest.mark.parametrize(
    "commissioning, expected",
    [
        ({"reviewer": None}, ["ENG103"]),
        ({"dfe_informed": None, "ofsted_informed": None}, ["ENG103", "ENG103"]),
        ({}, []),
    ],
)
def test_commissioned_lcspr_names_reviewer_and_tells_panel_ofsted_dfe(tmp_path: Path, commissioning, expected) -> None:
    found = findings_for(tmp_path, *LCSPR, commissioning=merged(*LCSPR, "commissioning", **commissioning))
    assert codes(found) == expected
