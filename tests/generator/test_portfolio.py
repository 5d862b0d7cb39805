"""``casereview portfolio``: many reviews at once — JSON (with schema), CSV, XLSX, ICS and an accessible dashboard."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import jsonschema
import pytest

from generator.cli import main
from generator.resources import schemas_dir
from tests import a11y

pytestmark = pytest.mark.slow
TODAY = "2026-12-04"


def run_portfolio(capsys, *args: str) -> int:
    code = main(["portfolio", *args, "--today", TODAY, "--jobs", "1"])
    capsys.readouterr()
    return code


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("portfolio") / "out"
    assert main(["portfolio", "samples", "--out", str(out), "--today", TODAY, "--jobs", "1"]) == 0
    return out


def test_every_output_is_written(built: Path) -> None:
    assert sorted(p.name for p in built.iterdir()) == [
        "actions.csv", "index.html", "milestones.csv", "portfolio.ics", "portfolio.json", "portfolio.xlsx"]


def test_json_follows_its_schema_and_lists_every_review(built: Path) -> None:
    data = json.loads((built / "portfolio.json").read_text(encoding="utf-8"))
    schema = json.loads((schemas_dir() / "portfolio.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(data)
    samples = sorted(p.name for p in Path("samples").iterdir() if (p / "review.yaml").is_file())
    assert [Path(r["path"]).name for r in data["reviews"]] == samples
    from ruamel.yaml import YAML

    expected = sum(len(YAML(typ="safe").load((Path("samples") / s / "review.yaml").read_text("utf-8")).get("action_plan") or [])
                   for s in samples)
    assert data["summary"]["actions"] == len(data["actions"]) == expected
    assert data["summary"]["actions_overdue"] == sum(a["overdue"] for a in data["actions"]) > 0
    wales = next(r for r in data["reviews"] if r["nation"] == "wales")
    assert wales["themes"] and all(e["paragraph"] for t in wales["themes"] for e in t["evidence"])
    assert data["themes"]["totals"] and set(data["themes"]["by_year"]) >= {"2025"}


def test_action_rows_say_which_folder_they_come_from(built: Path) -> None:
    # the draft and the publishable folders of one review share a title: each action row names its folder
    import re
    html = (built / "index.html").read_text(encoding="utf-8")
    table = html[html.index('id="overdue-table-caption"'):]
    table = table[: table.index("</table>")]
    folders = set(re.findall(r'<span class="muted">(samples/[\w-]+)</span>', table))
    assert {"samples/england-lcspr", "samples/england-lcspr-draft"} <= folders


def test_csv_xlsx_and_ics_hold_the_same_rows(built: Path) -> None:
    data = json.loads((built / "portfolio.json").read_text(encoding="utf-8"))
    with open(built / "actions.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(data["actions"]) and rows[0]["review"] == data["actions"][0]["review"]
    from openpyxl import load_workbook

    wb = load_workbook(built / "portfolio.xlsx")
    assert wb.sheetnames == ["Actions", "Milestones", "Reviews", "Themes"]
    assert wb["Actions"].max_row == len(data["actions"]) + 1
    assert wb.properties.lastModifiedBy in (None, "") and wb.properties.creator == "casereview"
    from icalendar import Calendar

    cal = Calendar.from_ical((built / "portfolio.ics").read_bytes())
    events = [c for c in cal.walk("VEVENT")]
    open_actions = [a for a in data["actions"] if a["due"] and a["status"] != "complete"]
    assert len(events) >= len(open_actions) > 0


def test_outputs_are_deterministic(tmp_path: Path, capsys, built: Path) -> None:
    again = tmp_path / "again"
    assert run_portfolio(capsys, "samples", "--out", str(again)) == 0
    for name in ("portfolio.json", "portfolio.xlsx", "portfolio.ics", "index.html", "actions.csv"):
        assert (again / name).read_bytes() == (built / name).read_bytes(), name


def test_dashboard_is_accessible_in_a_real_browser(built: Path) -> None:
    result = a11y.check([built / "index.html"])
    assert a11y.problems(result) == []
    html = (built / "index.html").read_text(encoding="utf-8")
    assert html.count("<svg") == 2 and html.count("<title id=\"chart-") == 2 and "<desc id=\"chart-" in html
    import re

    assert not re.search(r'(href|src)="https?:', html) and "@import" not in html  # nothing fetched
    assert 'href="#theme-' in html  # each theme links to its evidence


def test_since_shows_what_changed(tmp_path: Path, capsys) -> None:
    reviews = tmp_path / "reviews"
    shutil.copytree("samples/wales-susr", reviews / "wales-susr")
    first = tmp_path / "q1"
    assert run_portfolio(capsys, str(reviews), "--out", str(first)) == 0
    yaml_path = reviews / "wales-susr" / "review.yaml"
    text = yaml_path.read_text(encoding="utf-8")
    data = json.loads((first / "portfolio.json").read_text(encoding="utf-8"))
    target = next(a for a in data["actions"] if a["status"] != "complete")
    marker = f"id: {target['id']}"
    head, tail = text.split(marker, 1)
    status_line = next(line for line in tail.splitlines() if "status:" in line)
    yaml_path.write_text(head + marker + tail.replace(status_line, status_line.split("status:")[0] + "status: complete", 1),
                         encoding="utf-8")
    second = tmp_path / "q2"
    assert run_portfolio(capsys, str(reviews), "--out", str(second), "--since", str(first / "portfolio.json")) == 0
    changes = json.loads((second / "portfolio.json").read_text(encoding="utf-8"))["changes"]
    assert {"review": target["review"], "id": target["id"], "to": "complete"}.items() <= next(
        c for c in changes["actions_changed"] if c["id"] == target["id"]).items()
    assert "Changes since 2026-12-04" in (second / "index.html").read_text(encoding="utf-8")


def test_a_review_that_fails_validation_is_listed_not_dropped(tmp_path: Path, capsys) -> None:
    reviews = tmp_path / "reviews"
    shutil.copytree("samples/northern-ireland-cmr", reviews / "good")
    (reviews / "broken").mkdir()
    (reviews / "broken" / "review.yaml").write_text("nation: wales\ntype: [oops\n", encoding="utf-8")
    out = tmp_path / "out"
    assert run_portfolio(capsys, str(reviews), "--out", str(out)) == 0
    data = json.loads((out / "portfolio.json").read_text(encoding="utf-8"))
    broken = next(r for r in data["reviews"] if r["path"].endswith("broken"))
    assert broken["valid"] is False and broken["findings"] and broken["findings"][0]["code"].startswith("VAL")
    assert data["summary"]["reviews_with_errors"] == 1
    assert "broken" in (out / "index.html").read_text(encoding="utf-8")


def test_merge_joins_portfolios_and_refuses_overlaps(tmp_path: Path, capsys) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    assert run_portfolio(capsys, "samples/wales-susr", "--out", str(a)) == 0
    assert run_portfolio(capsys, "samples/scotland-learning-review", "samples/northern-ireland-cmr", "--out", str(b)) == 0
    merged = tmp_path / "m"
    assert run_portfolio(capsys, "--merge", str(a / "portfolio.json"), str(b / "portfolio.json"), "--out", str(merged)) == 0
    data = json.loads((merged / "portfolio.json").read_text(encoding="utf-8"))
    assert len(data["reviews"]) == 3 and len(data["sources"]) == 2
    assert main(["portfolio", "--merge", str(a / "portfolio.json"), str(a / "portfolio.json"), "--out",
                 str(tmp_path / "x")]) == 2
    assert "is in both" in capsys.readouterr().err
    assert main(["portfolio", str(a / "portfolio.json"), "--out", str(tmp_path / "y")]) == 2
    assert "--merge" in capsys.readouterr().err


def test_jobs_give_the_same_portfolio(tmp_path: Path, capsys) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    assert main(["portfolio", "samples", "--out", str(one), "--today", TODAY, "--jobs", "1"]) == 0
    assert main(["portfolio", "samples", "--out", str(two), "--today", TODAY, "--jobs", "2"]) == 0
    capsys.readouterr()
    assert (one / "portfolio.json").read_bytes() == (two / "portfolio.json").read_bytes()


def test_no_reviews_is_a_clear_error(tmp_path: Path, capsys) -> None:
    (tmp_path / "empty").mkdir()
    assert main(["portfolio", str(tmp_path / "empty"), "--out", str(tmp_path / "o")]) == 2
    assert "no review folders" in capsys.readouterr().err


def test_findings_are_validates_with_source_suppressions_honoured(tmp_path: Path, capsys) -> None:
    review = tmp_path / "reviews" / "lcspr"
    shutil.copytree("samples/england-lcspr", review)
    with (review / "report.md").open("a", encoding="utf-8") as fh:
        fh.write("\nMother described a miscarriage in the year before Child A was born.\n"
                 '\n<!-- casereview: allow ENG108 reason="the loss shaped how Mother engaged with midwifery" -->\n'
                 "Mother later spoke of the miscarriage again.\n")
    out = tmp_path / "out"
    assert run_portfolio(capsys, str(review.parent), "--out", str(out)) == 0
    entry = json.loads((out / "portfolio.json").read_text(encoding="utf-8"))["reviews"][0]
    eng108 = [f for f in entry["findings"] if f["code"] == "ENG108"]
    lines = (review / "report.md").read_text(encoding="utf-8").splitlines()
    first = next(i for i, line in enumerate(lines, 1) if "described a miscarriage" in line)
    assert [f["location"].split(":")[1] for f in eng108] == [str(first)]  # the suppressed mention is not listed
    assert entry["valid"] is True
