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
    assert re.search(r"^\S*r/report\.md:\d+:1: error VAL101 section \"Why the events occurred as they did\" "
                     r"\{#analysis\} is missing \(required by ", out, re.M), out


@pytest.mark.parametrize(
    "make, expected_code, fragment",
    [
        (lambda root: write_review(root, b"\x00\x01\x02binary\xff"), 1, "VAL003"),
        (lambda root: write_review(root, "nation: england\ntype: lcspr\ndates:\n\tincident: 2024-01-01\n"), 1,
         "review.yaml:4:1: error VAL002 invalid YAML: a tab character"),
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
    assert re.search(r"report\.md: error VAL004 file is 50\.0 MB, above the 5 MB limit", out), out


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
    hits = re.findall(r"^(\S+report\.md):(\d+):1: error VAL102 section \"([^\"]+)\" \{#([a-z-]+)\}", out, re.M)
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


# --------------------------------------------------------------------------- broken copies of the samples
def _break_section(root: Path) -> None:
    path = root / "report.md"
    text = path.read_text(encoding="utf-8")
    start = text.index("\n## ", text.index("{#professional-decisions}"))
    end = text.index("\n## ", start + 1)
    path.write_text(text[:start] + text[end:], encoding="utf-8")


def _yaml_edit(root: Path, edit) -> None:
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    path = root / "review.yaml"
    data = yaml.load(path.read_text(encoding="utf-8"))
    edit(data)
    with open(path, "w", encoding="utf-8") as fh:
        yaml.dump(data, fh)


def _mark_overview_publishable(root: Path) -> None:
    path = root / "overview-report.md"
    path.write_text("---\npublishable: true\n---\n" + path.read_text(encoding="utf-8"), encoding="utf-8")


BROKEN = [
    ("england-lcspr", _break_section, "VAL101", "report.md", '"Why the events occurred as they did" {#analysis}'),
    ("england-lcspr", lambda r: _yaml_edit(r, lambda d: d["dates"].__setitem__("notification", d["dates"]["awareness"]
                                                                        .__class__(2025, 2, 12))),
     "ENG201", "review.yaml", "6 working days"),
    ("northern-ireland-cmr", _mark_overview_publishable, "NIR101", "overview-report.md", "never published"),
    ("northern-ireland-cmr", lambda r: (r / "executive-summary.md").unlink(), "NIR102", "executive-summary.md",
     "required document"),
    ("scotland-learning-review", lambda r: _yaml_edit(r, lambda d: d["recommendations"][0].pop("evidence")),
     "SCT102", "review.yaml", "cites no evidence"),
    ("scotland-learning-review", lambda r: (r / "terms-of-reference.md").unlink(), "SCT101",
     "terms-of-reference.md", "required document"),
    ("wales-susr", lambda r: _yaml_edit(r, lambda d: d.__setitem__("susr_type", "concise")), "WLS101",
     "review.yaml", "the review is extended"),
]


@pytest.mark.parametrize("sample, breaker, code, path, fragment", BROKEN,
                         ids=[f"{b[0]}-{b[2]}" for b in BROKEN])
def test_broken_copy_of_a_sample_gives_the_named_finding(capsys, tmp_path: Path, sample, breaker, code, path,
                                                         fragment) -> None:
    import shutil

    if not (SAMPLES / sample / "review.yaml").is_file():
        pytest.skip(f"sample {sample} not present")
    root = tmp_path / sample
    shutil.copytree(SAMPLES / sample, root)
    breaker(root)
    code_, out, _ = run_cli(capsys, "validate", str(root), "--format", "json")
    data = json.loads(out)
    hits = [f for f in data["findings"] if f["code"] == code]
    assert hits, out
    assert hits[0]["location"]["path"].endswith(path) and fragment in hits[0]["message"]
    assert hits[0]["severity"] == "error" and code_ == 1


@pytest.mark.parametrize(
    "text",
    [
        "# R\n\n## Learning" + " " * 1_000_000 + "x\n",
        "# R\n\n## Learning\n\n" + "<!--" * 100_000 + "\n",
        "# R\n\n## Learning\n\n" + "> " * 100_000 + "deep\n",
        "# R\n\n## Learning\n\n" + "- " * 100_000 + "deep\n",
        "# R\n\n" + "## Learning\n\nText TODO.\n\n" * 5_000,
        "# R\n\n## Learning\n\n" + "![" * 5_000 + "\n",
    ],
    ids=["long-heading", "unclosed-comments", "deep-quotes", "deep-lists", "many-sections", "brackets"],
)
def test_pathological_markdown_gives_findings_not_a_crash(capsys, tmp_path: Path, text: str) -> None:
    root = clean_review(tmp_path / "r", "england", "lcspr", docs={"report.md": text})
    code, out, err = run_cli(capsys, "validate", str(root))
    assert code == 1 and "Traceback" not in out + err and "internal error" not in err


# --------------------------------------------------------------------------- property: wrong types never crash
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from generator.commands.validate import run as validate_run  # noqa: E402
from generator.loader import load_review  # noqa: E402
from tests.generator.fixtures.trees import BASE, review_data  # noqa: E402

_JUNK = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 5) | st.sampled_from(["", "x", "2024-02-30", "2024-01-01", "R1"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.sampled_from(["id", "from", "to", "status", "due", "evidence", "recommendation", "weeks", "x"]),
        inner, max_size=3),
    max_leaves=8,
)
_KEYS = sorted({k for data in BASE.values() for k in data} | {"child", "closure_days", "timescales", "documents",
                                                              "extension_reason", "status"})


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pair=st.sampled_from(sorted(BASE)), key=st.sampled_from(_KEYS), junk=_JUNK)
def test_any_value_in_review_yaml_gives_findings_not_a_crash(tmp_path_factory, pair, key, junk) -> None:
    root = tmp_path_factory.mktemp("fuzz")
    data = review_data(*pair)
    data[key] = junk
    write_review(root, data, documents(*pair))
    review, _ = load_review(root)
    assert review is not None
    validate_run(root)  # must not raise
