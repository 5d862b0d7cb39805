"""`casereview anonymise`: a pseudonymised copy, never the key, a log without identifiers, idempotent."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from generator.cli import main
from generator.commands.anonymise import LOG_NAME, run
from generator.errors import UserError

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "samples" / "england-lcspr-draft"

KEY = """\
people:
  - pseudonym: Child A
    names: [Jayden Okafor]
    dates_of_birth: [2019-03-03]
  - pseudonym: Mother
    names: [Grace Okafor]
places:
  - pseudonym: the family home
    names: ["14 Elm Close, Cardiff CF10 1AA"]
settings:
  - pseudonym: the primary school
    names: ["St Bride's Primary School"]
identifiers: ["943 476 5919"]
public: ["Dr Ann Reviewer"]
"""
SECRETS = ["Jayden", "Okafor", "Grace", "Elm Close", "CF10", "Bride", "943 476", "9434765919", "2019-03-03"]

FILES = {
    "review.yaml": (
        "# Review of Jayden Okafor\nnation: england\ntype: lcspr\ntitle: 'LCSPR: St Bride''s pupil'\n"
        "dates: {incident: 2023-05-01}\nreviewers: [{name: Dr Ann Reviewer, role: lead}]\n"
        "chronology:\n  - {date: 2023-01-02, agency: School, event: \"Grace Okafor phoned St Brides.\"}\n"
    ),
    "report.md": (
        "# Review\n\n## Background {#circumstances}\n\n"
        "Jayden lived with Mrs Okafor at 14 Elm Close, Cardiff CF10 1AA. Jayden's school was\n"
        "St Bride's Primary School. 14 Elm Close was cold.\n\nNHS 943-476-5919. Dr Ann Reviewer wrote this.\n"
    ),
    "notes/jayden-notes.txt": "Jayden, born on 03/03/2019, was seen by J.O.'s teacher.\n",
    "assets/diagram.png": "PNGDATA",
    "assets/jayden-okafor.png": "PNGDATA",
    "links.md": "![Jayden Okafor](assets/jayden-okafor.png)\n",
}


def make_review(root: Path, files: dict[str, str] = FILES, key: str = KEY) -> tuple[Path, Path]:
    review = root / "review"
    for rel, text in files.items():
        p = review / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    (review / "key.yaml").write_text(key, encoding="utf-8")
    return review, review / "key.yaml"


def tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def all_text(folder: Path) -> str:
    return "\n".join(p.relative_to(folder).as_posix() + "\n" + p.read_bytes().decode("utf-8", "replace")
                     for p in sorted(folder.rglob("*")) if p.is_file())


def test_pseudonymised_copy(tmp_path: Path) -> None:
    review, key = make_review(tmp_path)
    before = tree(review)
    out = tmp_path / "out"
    findings, files = run(review, key, out)
    assert files == 6
    assert tree(review) == before  # the input is never modified
    assert sorted(tree(out)) == [
        LOG_NAME, "assets/child-a.png", "assets/diagram.png", "links.md", "notes/child-a-notes.txt", "report.md",
        "review.yaml"]
    assert (out / "links.md").read_text() == "![Child A](assets/child-a.png)\n"
    report = (out / "report.md").read_text(encoding="utf-8")
    assert "Child A lived with Mother at the family home. Child A's school was\nthe primary school." in report
    assert "The family home was cold." in report
    assert "NHS [identifier removed]. Dr Ann Reviewer wrote this." in report
    assert (out / "notes/child-a-notes.txt").read_text() == "Child A, aged 4 years at the time of the incident, was seen by Child A's teacher.\n"
    yaml_out = (out / "review.yaml").read_text(encoding="utf-8")
    assert yaml_out.startswith("# Review of Child A\n") and "title: 'LCSPR: the primary school pupil'" in yaml_out
    assert 'event: "Mother phoned the primary school."' in yaml_out
    text = all_text(out)
    for secret in SECRETS:
        assert secret not in text, secret
    assert [f.code for f in findings] == ["ANO164"]  # only: the key file was left out


def test_log_counts_and_places_without_identifiers(tmp_path: Path) -> None:
    review, key = make_review(tmp_path)
    run(review, key, tmp_path / "out")
    raw = (tmp_path / "out" / LOG_NAME).read_text(encoding="utf-8")
    log = json.loads(raw)
    assert log["tool"] == "casereview anonymise" and log["age_reference"] == "2023-05-01"
    assert log["pseudonyms"]["Child A"]["count"] == 8  # 7 names + 1 date of birth
    assert "report.md:5:1" in log["pseudonyms"]["Child A"]["locations"]
    assert log["pseudonyms"]["Mother"]["count"] == 2
    assert log["not_copied"] == [{"path": "key.yaml", "reason": "key file"}]
    for secret in SECRETS:
        assert secret not in raw


def test_running_on_its_own_output_changes_nothing(tmp_path: Path) -> None:
    review, key = make_review(tmp_path)
    run(review, key, tmp_path / "out")
    findings, _ = run(tmp_path / "out", key, tmp_path / "out2")
    first, second = tree(tmp_path / "out"), tree(tmp_path / "out2")
    first.pop(LOG_NAME), second.pop(LOG_NAME)
    assert first == second
    assert json.loads((tmp_path / "out2" / LOG_NAME).read_text())["replacements"] == 0
    assert findings == []


def test_key_is_never_copied_under_any_name(tmp_path: Path) -> None:
    review, key = make_review(tmp_path, {**FILES, "backup/secret-copy.md": KEY})
    outside_key = tmp_path / "elsewhere.yaml"
    shutil.copy(key, outside_key)
    findings, _ = run(review, outside_key, tmp_path / "out")
    assert not (tmp_path / "out" / "key.yaml").exists()
    assert not (tmp_path / "out" / "backup").exists()
    assert sorted(f.location.path for f in findings if f.code == "ANO164") == [
        str(review / "backup/secret-copy.md"), str(review / "key.yaml")]


def test_ambiguous_form_is_an_error_finding_with_a_line(tmp_path: Path) -> None:
    review, key = make_review(tmp_path, {"report.md": "# R\n\nIt was said.\nOkafor said no.\n"})
    findings, _ = run(review, key, tmp_path / "out")
    (f,) = [f for f in findings if f.code == "ANO160"]
    assert (f.location.path, f.location.line, f.location.column) == (str(review / "report.md"), 4, 1)
    assert f.severity.value == "error" and "Child A or Mother" in f.message and "Okafor" not in f.message
    log = json.loads((tmp_path / "out" / LOG_NAME).read_text())
    assert log["problems"][0]["line"] == 4 and "Okafor" not in json.dumps(log)


def test_unreadable_and_unsupported_files_are_not_copied(tmp_path: Path) -> None:
    review, key = make_review(tmp_path, {"report.md": "Jayden\n"})
    (review / "latin1.md").write_bytes(b"Jay\xe9den\n")
    (review / "draft.docx").write_bytes(b"PK")
    (review / ".hidden.md").write_text("Jayden")
    (review / ".git").mkdir()
    (review / ".git" / "config").write_text("x")
    (review / "link.md").symlink_to(review / "report.md")
    findings, _ = run(review, key, tmp_path / "out")
    codes = sorted((f.code, Path(f.location.path).name) for f in findings)
    assert codes == [("ANO163", "draft.docx"), ("ANO163", "link.md"), ("ANO164", "key.yaml"),
                     ("ANO165", "latin1.md")]
    log = json.loads((tmp_path / "out" / LOG_NAME).read_text())
    assert {n["path"] for n in log["not_copied"]} == {".git", ".hidden.md", "draft.docx", "link.md", "key.yaml",
                                                      "latin1.md"}
    assert sorted(tree(tmp_path / "out")) == [LOG_NAME, "report.md"]


def test_near_match_is_a_note(tmp_path: Path) -> None:
    review, key = make_review(tmp_path, {"report.md": "Jaydne was seen.\n"})
    findings, _ = run(review, key, tmp_path / "out")
    assert [f.code for f in findings if f.code == "ANO161"] == ["ANO161"]
    assert (tmp_path / "out" / "report.md").read_text() == "Child A was seen.\n"


@pytest.mark.parametrize("where", ["review", "review/sub"])
def test_out_inside_the_review_is_refused(tmp_path: Path, where: str) -> None:
    review, key = make_review(tmp_path)
    with pytest.raises(UserError, match="outside the review"):
        run(review, key, tmp_path / where)


def test_out_holding_the_review_or_key_is_refused(tmp_path: Path) -> None:
    review, key = make_review(tmp_path / "prev")
    (tmp_path / "prev" / LOG_NAME).write_text(json.dumps({"tool": "casereview anonymise"}))
    with pytest.raises(UserError, match="contains the review"):
        run(review, key, tmp_path / "prev")
    assert tree(review)


def test_foreign_non_empty_out_is_refused_but_a_previous_run_is_replaced(tmp_path: Path) -> None:
    review, key = make_review(tmp_path)
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "precious.txt").write_text("keep me")
    with pytest.raises(UserError, match="not empty"):
        run(review, key, foreign)
    assert (foreign / "precious.txt").read_text() == "keep me"
    out = tmp_path / "out"
    run(review, key, out)
    (out / "stale.md").write_text("old")
    run(review, key, out)
    assert not (out / "stale.md").exists() and (out / "report.md").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no staging left behind
    empty = tmp_path / "empty"
    empty.mkdir()
    run(review, key, empty)
    assert (empty / "report.md").exists()


def test_bad_key_is_a_user_error_naming_the_line_only(tmp_path: Path) -> None:
    review, key = make_review(tmp_path, key="people:\n  - names: [Zebedee Quartermaine]\n")
    with pytest.raises(UserError) as info:
        run(review, key, tmp_path / "out")
    assert f"{key}:2:" in str(info.value) and "Zebedee" not in str(info.value)
    assert not (tmp_path / "out").exists()


def test_cli_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    review, key = make_review(tmp_path)
    assert main(["anonymise", str(review), "--key", str(key), "--out", str(tmp_path / "out")]) == 0
    text = capsys.readouterr().out
    assert "ANO164" in text and "Jayden" not in text
    review2, key2 = make_review(tmp_path / "b", {"report.md": "Okafor said.\n"})
    rc = main(["anonymise", str(review2), "--key", str(key2), "--out", str(tmp_path / "out2"), "--format", "json"])
    assert rc == 1
    report = json.loads(capsys.readouterr().out)
    assert sorted(f["code"] for f in report["findings"]) == ["ANO160", "ANO164"]
    assert main(["anonymise", str(review), "--key", str(tmp_path / "nokey.yaml"), "--out", str(tmp_path / "o3")]) == 2
    assert main(["anonymise", str(review), "--key", str(key), "--out", str(review / "x")]) == 2


@pytest.mark.skipif(not (SAMPLE / "key.yaml").exists(), reason="sample draft not present")
def test_sample_draft_end_to_end(tmp_path: Path) -> None:
    from anonymise.keyfile import load_key
    from anonymise.keymatch import KeyMatcher

    review = tmp_path / "draft"
    shutil.copytree(SAMPLE, review)
    findings, files = run(review, review / "key.yaml", tmp_path / "out")
    assert [f.code for f in findings if f.severity.value == "error"] == []
    matcher = KeyMatcher(load_key(SAMPLE / "key.yaml"))
    for p in (tmp_path / "out").rglob("*"):
        if p.suffix in {".md", ".yaml"}:
            assert matcher.find(p.read_text(encoding="utf-8")) == [], p.name
    assert not (tmp_path / "out" / "key.yaml").exists()


def test_identifier_left_in_the_copy_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from anonymise.pseudonymise import PseudonymisedText
    from generator.commands import anonymise as cmd

    monkeypatch.setattr(cmd, "pseudonymise_text", lambda text, key, **kw: PseudonymisedText(text))
    review, key = make_review(tmp_path, {"notes.txt": "Seen: Jayden.\n"})
    findings, _ = run(review, key, tmp_path / "out")
    (f,) = [f for f in findings if f.code == "ANO162"]
    assert (f.location.line, f.location.column, f.severity.value) == (1, 7, "error")
    assert "Jayden" not in f.message


def test_name_clash_after_renaming_is_reported(tmp_path: Path) -> None:
    review, key = make_review(tmp_path, {"child-a.md": "one\n", "jayden.md": "two\n"})
    findings, _ = run(review, key, tmp_path / "out")
    assert [(f.code, Path(f.location.path).name) for f in findings if f.code == "ANO160"] == [("ANO160", "jayden.md")]
    assert (tmp_path / "out" / "child-a.md").read_text() == "one\n"


def test_welsh_parallel_text_gets_welsh_pseudonyms(tmp_path: Path) -> None:
    key = KEY.replace("  - pseudonym: Child A\n", "  - pseudonym: Child A\n    pseudonym_cy: Plentyn A\n")
    review, key_path = make_review(tmp_path, {"report.md": "Jayden.\n", "report.cy.md": "Jayden.\n"}, key=key)
    run(review, key_path, tmp_path / "out")
    assert (tmp_path / "out" / "report.md").read_text() == "Child A.\n"
    assert (tmp_path / "out" / "report.cy.md").read_text() == "Plentyn A.\n"


def test_cli_dob_option_chooses_age_statement_or_removal(tmp_path) -> None:
    from generator.cli import main
    from tests.conftest import SAMPLES

    draft = SAMPLES / "england-lcspr-draft"
    results = {}
    for style in ("age", "remove"):
        out = tmp_path / style
        code = main(["anonymise", str(draft), "--key", str(draft / "key.yaml"), "--out", str(out), "--dob", style])
        assert code == 0
        results[style] = (out / "rapid-review.md").read_text("utf-8")
    assert "aged 7 months at the time of the incident" in results["age"]
    assert "aged 7 months at the time of the incident" not in results["remove"]
    assert "2024" not in results["remove"].split("\n")[4]
