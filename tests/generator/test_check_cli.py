"""`casereview check` end to end: exit codes, masking, formats, suppressions, baselines, cache, fail-closed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.cli import main
from generator.commands import check as check_mod
from tests.anonymise.fixtures_builders import base_docx, docx_with_comment

LEAKY = (
    "# Report\n\n## Background\n\n"
    "Child A lived with Mother at 14 Elm Close, Cardiff CF10 1AA. Her NHS number is 943 476 5919.\n\n"
    "Mother's phone was 07700 900417.\n"
)
CLEAN = (
    "# Report\n\n## Background\n\n"
    "Child A lived with Mother and Sibling 1 in Cardiff. In February 2022 the Health Visitor visited.\n"
)
RAW_IDENTIFIERS = ["Elm Close", "CF10 1AA", "943 476 5919", "07700 900417"]


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CASEREVIEW_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("CASEREVIEW_BASELINE_KEY", raising=False)


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path


def test_clean_file_passes(capsys, tmp_path) -> None:
    path = write(tmp_path, "clean.md", CLEAN)
    code, out, _ = run_cli(capsys, "check", "--fast", str(path))
    assert code == 0, out
    assert "0 error(s)" in out


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
def test_leaks_fail_and_no_raw_identifier_is_printed(capsys, tmp_path, fmt: str) -> None:
    path = write(tmp_path, "leaky.md", LEAKY)
    code, out, err = run_cli(capsys, "check", "--fast", "--format", fmt, str(path))
    assert code == 1
    for raw in RAW_IDENTIFIERS:
        assert raw not in out and raw not in err
    codes = {"ANO103", "ANO104", "ANO106", "ANO111"}
    assert all(c in out for c in codes), out


def test_json_report_has_spec_shape(capsys, tmp_path, report_validator) -> None:
    path = write(tmp_path, "leaky.md", LEAKY)
    code, out, _ = run_cli(capsys, "check", "--fast", "--format", "json", str(path))
    data = json.loads(out)
    report_validator.validate(data)
    nhs = next(f for f in data["findings"] if f["code"] == "ANO106")
    assert nhs["entity_type"] == "NHS_NUMBER" and nhs["severity"] == "error"
    loc = nhs["location"]
    assert LEAKY[loc["start"] : loc["end"]] == "943 476 5919"
    assert (loc["line"], loc["column"]) == (5, LEAKY.splitlines()[4].index("943") + 1)
    assert nhs["evidence"] == "*** *** ****"


def test_sarif_is_valid(capsys, tmp_path, sarif_validator) -> None:
    path = write(tmp_path, "leaky.md", LEAKY)
    _, out, _ = run_cli(capsys, "check", "--fast", "--format", "sarif", str(path))
    assert list(sarif_validator.iter_errors(json.loads(out))) == []


def test_show_evidence_prints_the_identifier(capsys, tmp_path) -> None:
    path = write(tmp_path, "leaky.md", LEAKY)
    _, out, _ = run_cli(capsys, "check", "--fast", "--show-evidence", str(path))
    assert "943 476 5919" in out


def test_fail_on_never_and_select_ignore(capsys, tmp_path) -> None:
    path = write(tmp_path, "leaky.md", LEAKY)
    assert run_cli(capsys, "check", "--fast", "--fail-on", "never", str(path))[0] == 0
    code, out, _ = run_cli(capsys, "check", "--fast", "--select", "ANO106", str(path))
    assert code == 1 and "ANO106" in out and "ANO104" not in out
    code, out, _ = run_cli(capsys, "check", "--fast", "--ignore", "ANO1", str(path))
    assert code == 0


def test_suppression_with_reason_is_listed_and_does_not_fail(capsys, tmp_path) -> None:
    text = (
        "Child A was seen.\n"
        '<!-- casereview: allow ANO111 reason="the public switchboard of the trust" -->\n'
        "Call 07700 900417 for the switchboard.\n"
    )
    path = write(tmp_path, "s.md", text)
    code, out, _ = run_cli(capsys, "check", "--fast", str(path))
    assert code == 0, out
    assert "suppressed: the public switchboard of the trust" in out


def test_key_file_matches_are_found_and_never_suppressed(capsys, tmp_path) -> None:
    key = write(tmp_path, "secure/key.yaml", "people:\n  - pseudonym: Child A\n    names: [Jayden Okafor]\n")
    text = '<!-- casereview: allow ANO reason="trying to hide it" -->\nJayden was seen by the GP.\n'
    path = write(tmp_path, "review/report.md", text)
    code, out, err = run_cli(capsys, "check", "--fast", "--key", str(key), str(path))
    assert code == 1
    assert "ANO150" in out and "Jayden" not in out + err
    assert 'replace with "Child A"' in out


def test_key_file_inside_a_folder_is_never_checked(capsys, tmp_path) -> None:
    write(tmp_path, "r/key.yaml", "people:\n  - pseudonym: Child A\n    names: [Jayden Okafor]\n")
    write(tmp_path, "r/report.md", CLEAN)
    code, out, _ = run_cli(capsys, "check", "--fast", str(tmp_path / "r"))
    assert code == 0, out
    assert "1 file checked" in out


def test_broken_key_file_is_a_usage_error_without_content(capsys, tmp_path) -> None:
    key = write(tmp_path, "key.yaml", "people:\n  - pseudonym: Child A\n    names: Jayden Okafor: [\n")
    path = write(tmp_path, "r.md", CLEAN)
    code, out, err = run_cli(capsys, "check", "--fast", "--key", str(key), str(path))
    assert code == 2
    assert "Jayden" not in out + err and "Traceback" not in err
    assert str(key) in err


def test_missing_path_is_a_usage_error(capsys, tmp_path) -> None:
    code, _, err = run_cli(capsys, "check", str(tmp_path / "nope"))
    assert code == 2 and "no such file or folder" in err


def test_corrupt_docx_fails_closed(capsys, tmp_path) -> None:
    path = tmp_path / "final.docx"
    path.write_bytes(b"PK\x03\x04 this is not really a zip file")
    code, out, _ = run_cli(capsys, "check", "--fast", str(path))
    assert code == 1 and "ANO901" in out


def test_docx_comment_and_author_are_reported_with_part(capsys, tmp_path) -> None:
    path = tmp_path / "final.docx"
    path.write_bytes(docx_with_comment("Ring her on 07700 900417", "Perpetua Quenby", "PQ"))
    code, out, _ = run_cli(capsys, "check", "--fast", "--format", "json", str(path))
    data = json.loads(out)
    by_code = {f["code"]: f for f in data["findings"]}
    assert code == 1
    assert by_code["ANO301"]["location"]["part"].startswith("word/comments.xml")
    assert by_code["ANO305"]["entity_type"] == "METADATA"
    assert "ANO311" in by_code  # comments present at all
    assert "Perpetua" not in out and "900417" not in out


def test_clean_docx_passes(capsys, tmp_path) -> None:
    path = tmp_path / "clean.docx"
    path.write_bytes(base_docx())
    code, out, _ = run_cli(capsys, "check", "--fast", str(path))
    assert code == 0, out


def test_baseline_accepts_known_findings_but_not_new_ones(capsys, tmp_path) -> None:
    path = write(tmp_path, "leaky.md", LEAKY)
    base = tmp_path / "baseline.json"
    code, _, err = run_cli(capsys, "check", "--fast", "--write-baseline", str(base), str(path))
    assert code == 0 and base.is_file()
    for raw in RAW_IDENTIFIERS:
        assert raw not in base.read_text()
    # moving lines does not matter
    path.write_text("\n\n\n" + LEAKY, "utf-8")
    code, out, _ = run_cli(capsys, "check", "--fast", "--baseline", str(base), str(path))
    assert code == 0, out
    # a new identifier is reported
    path.write_text(LEAKY + "\nAlso CF11 9XR.\n", "utf-8")
    code, out, _ = run_cli(capsys, "check", "--fast", "--baseline", str(base), str(path))
    assert code == 1 and out.count("ANO104") == 1


class _CountingEngine:
    def __init__(self, inner):
        self.inner = inner
        self.texts = 0

    def analyze_many(self, texts, *, allow=()):
        self.texts += len(texts)
        return self.inner.analyze_many(texts, allow=allow)


def test_unchanged_files_are_served_from_the_cache(capsys, tmp_path, monkeypatch) -> None:
    from anonymise.engine import Engine

    counting = _CountingEngine(Engine(fast=True))
    monkeypatch.setattr(check_mod, "get_engine", lambda model, fast: counting)
    a = write(tmp_path, "a.md", LEAKY)
    b = write(tmp_path, "b.md", CLEAN)
    first = run_cli(capsys, "check", "--fast", "-j1", str(a), str(b))
    assert counting.texts == 2
    second = run_cli(capsys, "check", "--fast", "-j1", str(a), str(b))
    assert counting.texts == 2, "nothing changed, nothing re-analysed"
    assert first == second
    b.write_text(CLEAN + "\nMore text.\n", "utf-8")
    run_cli(capsys, "check", "--fast", "-j1", str(a), str(b))
    assert counting.texts == 3
    run_cli(capsys, "check", "--fast", "-j1", "--no-cache", str(a), str(b))
    assert counting.texts == 5


def test_cache_holds_no_identifier(capsys, tmp_path) -> None:
    path = write(tmp_path, "leaky.md", LEAKY)
    run_cli(capsys, "check", "--fast", str(path))
    blobs = "".join(p.read_text() for p in (tmp_path / "cache").rglob("*.json"))
    assert blobs and all(raw not in blobs for raw in RAW_IDENTIFIERS)


def test_review_pseudonyms_and_reviewers_are_allowed(capsys, tmp_path) -> None:
    write(
        tmp_path,
        "r/review.yaml",
        "nation: england\ntype: lcspr\nreviewers:\n  - {name: Dr Ann Reviewer, role: lead reviewer}\n",
    )
    write(tmp_path, "r/report.md", "The review was led by Dr Ann Reviewer with Child A's family.\n")
    code, out, _ = run_cli(capsys, "check", "--fast", str(tmp_path / "r" / "report.md"))
    assert code == 0, out


@pytest.mark.slow
def test_full_check_of_every_clean_sample_passes(capsys) -> None:
    from tests.conftest import SAMPLES

    clean = [p for p in sorted(SAMPLES.iterdir()) if (p / "review.yaml").is_file() and not p.name.endswith("-draft")]
    for sample in clean:
        code, out, _ = run_cli(capsys, "check", str(sample), "--key", str(sample / "key.yaml"))
        assert code == 0, f"{sample.name}:\n{out}"
