"""``casereview validate`` end to end: exit codes, text/JSON/SARIF output, garbage input, the samples."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from generator.cli import main
from tests.conftest import SAMPLES
from tests.generator.fixtures.trees import clean_review, documents, write_review


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


SAMPLE_DIRS = sorted(p for p in SAMPLES.iterdir() if (p / "review.yaml").is_file()) if SAMPLES.is_dir() else []
CLEAN_SAMPLES = [p for p in SAMPLE_DIRS if not p.name.endswith(("-draft", "-broken"))]


@pytest.mark.parametrize("sample", CLEAN_SAMPLES, ids=lambda p: p.name)
def test_every_sample_validates_clean(capsys, sample: Path) -> None:
    code, out, err = run_cli(capsys, "validate", str(sample))
    assert code == 0, out + err
    assert " 0 error(s)" in out


def test_clean_review_exits_0(capsys, tmp_path: Path) -> None:
    root = clean_review(tmp_path / "r", "england", "lcspr")
    code, out, _ = run_cli(capsys, "validate", str(root))
    assert code == 0
    assert out.splitlines()[-1] == "2 files checked: 0 error(s), 0 warning(s), 0 note(s)"


def test_removed_section_exits_1_with_file_line_code_message(capsys, tmp_path: Path) -> None:
    text = re.sub(r"## [^\n]*\{#analysis\}\n\nThis fictional section has content.\n", "",
                  documents("england", "lcspr")["report.md"])
    root = clean_review(tmp_path / "r", "england", "lcspr", docs={"report.md": text})
    code, out, _ = run_cli(capsys, "validate", str(root))
    assert code == 1
    assert re.search(r"^\S*r/report\.md:\d+:1: VAL101 section \"Why the events occurred as they did\" "
                     r"\{#analysis\} is missing \(required by ", out, re.M), out


@pytest.mark.parametrize(
    "make, expected_code, fragment",
    [
        (lambda root: write_review(root, b"\x00\x01\x02binary\xff"), 1, "VAL003"),
        (lambda root: write_review(root, "nation: england\ntype: lcspr\ndates:\n\tincident: 2024-01-01\n"), 1,
         "review.yaml:4:1: VAL002 invalid YAML: a tab character"),
        (lambda root: write_review(root, "nation: england\ntype: lcspr\nxxxxxxxx: 1\n", {"report.md": "# r\n"}), 1,
         "VAL006"),
        (lambda root: root.mkdir(), 1, "VAL001"),
        (lambda root: None, 2, "does not exist"),
    ],
    ids=["binary", "tabs", "unknown-key", "no-review-yaml", "missing-folder"],
)
def test_garbage_gives_a_clear_message_and_exit_1_or_2(capsys, tmp_path: Path, make, expected_code,
                                                        fragment) -> None:
    root = tmp_path / "r"
    make(root)
    code, out, err = run_cli(capsys, "validate", str(root))
    assert code == expected_code
    assert fragment in out + err
    assert "Traceback" not in out + err and "internal error" not in err


def test_fifty_megabyte_file(capsys, tmp_path: Path) -> None:
    root = clean_review(tmp_path / "r", "england", "lcspr")
    with open(root / "report.md", "r+b") as fh:
        fh.truncate(50 * 1024 * 1024)
    code, out, err = run_cli(capsys, "validate", str(root))
    assert code == 1
    assert re.search(r"report\.md: VAL004 file is 50\.0 MB, above the 5 MB limit", out), out


def test_select_ignore_and_fail_on(capsys, tmp_path: Path) -> None:
    root = clean_review(tmp_path / "r", "england", "lcspr", board="")
    assert run_cli(capsys, "validate", str(root))[0] == 1
    assert run_cli(capsys, "validate", str(root), "--ignore", "VAL1")[0] == 0
    assert run_cli(capsys, "validate", str(root), "--fail-on", "never")[0] == 0
    code, out, _ = run_cli(capsys, "validate", str(root), "--select", "ENG")
    assert code == 0 and "VAL104" not in out


def test_json_output_validates_against_shipped_schema(capsys, tmp_path: Path, report_validator) -> None:
    root = clean_review(tmp_path / "r", "england", "lcspr", board="", dates={"incident": "2024-02-30"})
    code, out, _ = run_cli(capsys, "validate", str(root), "--format", "json")
    assert code == 1
    data = json.loads(out)
    report_validator.validate(data)
    codes = {f["code"] for f in data["findings"]}
    assert {"VAL104", "VAL007"} <= codes
    bad = next(f for f in data["findings"] if f["code"] == "VAL007")
    assert bad["location"]["pointer"] == "/dates/incident" and bad["location"]["line"]


def test_sarif_output_validates_against_sarif_2_1_0(capsys, tmp_path: Path, sarif_validator) -> None:
    text = documents("england", "lcspr")["report.md"] + "\n![](assets/x.png)\n"
    root = clean_review(tmp_path / "r", "england", "lcspr", docs={"report.md": text}, board="")
    code, out, _ = run_cli(capsys, "validate", str(root), "--format", "sarif")
    assert code == 1
    data = json.loads(out)
    assert list(sarif_validator.iter_errors(data)) == []
    run = data["runs"][0]
    ids = {r["id"] for r in run["tool"]["driver"]["rules"]}
    assert {"VAL101", "ENG201", "NIR101", "SCT102", "WLS101"} <= ids
    assert {r["ruleId"] for r in run["results"]} >= {"VAL104", "VAL401", "VAL402"}


def test_new_then_validate_lists_each_missing_cspr_section(capsys, tmp_path: Path) -> None:
    target = tmp_path / "x"
    assert run_cli(capsys, "new", "england", "lcspr", str(target))[0] == 0
    code, out, _ = run_cli(capsys, "validate", str(target))
    assert code == 1
    hits = re.findall(r"^(\S+report\.md):(\d+):1: VAL102 section \"([^\"]+)\" \{#([a-z-]+)\}", out, re.M)
    assert [h[3] for h in hits] == ["child-perspective", "scope-and-method", "circumstances",
                                    "professional-decisions", "analysis", "multi-agency-working",
                                    "practice-features", "doing-differently", "learning", "recommendations"]
    assert len({h[1] for h in hits}) == 10


def test_suppression_with_reason_is_listed_not_counted(capsys, tmp_path: Path) -> None:
    text = documents("england", "lcspr")["report.md"] + (
        "\n<!-- casereview: allow VAL403 reason=\"quoting the agency's own form\" -->\n"
        "The form said TBC.\n\nAnother TBC.\n\n<!-- casereview: allow VAL4 -->\n")
    root = clean_review(tmp_path / "r", "england", "lcspr", docs={"report.md": text})
    code, out, _ = run_cli(capsys, "validate", str(root), "--fail-on", "warning")
    assert code == 1  # the second TBC is not covered
    assert "(suppressed: quoting the agency's own form)" in out
    assert "VAL013" in out  # no reason given
    assert out.splitlines()[-1] == "2 files checked: 0 error(s), 2 warning(s), 0 note(s), 1 suppressed"
