"""`casereview render` end to end: exit codes, messages, atomic output, refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main

from .conftest import REPORT_MD, SAMPLES, small_review_files

RAPID = """\
nation: england
type: rapid-review
title: "Rapid review: Child Q"
board: "Fictional Safeguarding Children Partnership"
classification: OFFICIAL-SENSITIVE
status: draft
child: {pseudonym: Child Q}
dates: {incident: 2024-01-02, awareness: 2024-01-03, notification: 2024-01-05}
"""
RAPID_MD = "# Rapid review\n\n## Facts {#facts}\n\nThe facts.\n\n## Next steps {#next-steps}\n\nNext.\n"


def test_render_html_writes_files_and_lists_them(make_review, tmp_path: Path, capsys) -> None:
    review = make_review()
    out = tmp_path / "out"
    assert main(["render", str(review), "--out", str(out), "--to", "html,docx"]) == 0
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [f"wrote {out / 'report.docx'}", f"wrote {out / 'report.html'}"]
    assert sorted(p.name for p in out.iterdir()) == ["report.docx", "report.html"]


def test_public_rapid_review_is_refused_naming_document_and_rule(make_review, tmp_path: Path, capsys) -> None:
    review = make_review({"review.yaml": RAPID, "rapid-review.md": RAPID_MD})
    out = tmp_path / "out"
    code = main(["render", str(review), "--out", str(out), "--edition", "public", "--to", "html"])
    err = capsys.readouterr().err
    assert code == 1
    assert "RND001" in err and "rapid-review.md" in err and "never be published" in err
    assert not out.exists() or not any(out.iterdir())


def test_public_edition_skips_unpublishable_documents(make_review, tmp_path: Path, capsys) -> None:
    files = small_review_files()
    files["rapid-review.md"] = RAPID_MD
    out = tmp_path / "out"
    assert main(["render", str(make_review(files)), "--out", str(out), "--edition", "public", "--to", "html"]) == 0
    assert [p.name for p in out.iterdir()] == ["report.html"]
    assert "RND001" in capsys.readouterr().err


def test_not_published_decision_refuses_public_edition(make_review, tmp_path: Path, capsys) -> None:
    files = small_review_files()
    files["review.yaml"] += "publication: {decision: not-published, decided_by: Partnership, justification: x}\n"
    code = main(["render", str(make_review(files)), "--out", str(tmp_path / "o"), "--edition", "public"])
    assert code == 1 and "not-published" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--to", "docx,odt"], "unknown format odt"),
        (["--to", ","], "unknown format"),
    ],
)
def test_bad_options_exit_2(make_review, tmp_path: Path, capsys, args: list[str], message: str) -> None:
    code = main(["render", str(make_review()), "--out", str(tmp_path / "o"), *args])
    assert code == 2 and message in capsys.readouterr().err


def test_missing_review_exits_2(tmp_path: Path, capsys) -> None:
    assert main(["render", str(tmp_path / "nope"), "--out", str(tmp_path / "o")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_out_inside_review_is_refused(make_review, capsys) -> None:
    review = make_review()
    assert main(["render", str(review), "--out", str(review / "out"), "--to", "html"]) == 2
    assert "inside the review folder" in capsys.readouterr().err


def test_failed_render_keeps_previous_output(make_review, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "report.html").write_text("previous good render")
    files = small_review_files(report=REPORT_MD.replace("](assets/diagram.png)", "](/etc/passwd)"))
    code = main(["render", str(make_review(files)), "--out", str(out), "--to", "html"])
    assert code == 1 and "RND103" in capsys.readouterr().err
    assert (out / "report.html").read_text() == "previous good render"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "review"]  # no temporary leftovers


def test_key_file_is_never_rendered(make_review, tmp_path: Path) -> None:
    files = small_review_files()
    files["key.yaml"] = "people:\n  - pseudonym: Child Z\n    names: [Zebedee Fictionalname]\n"
    out = tmp_path / "out"
    assert main(["render", str(make_review(files)), "--out", str(out), "--to", "html,docx"]) == 0
    for path in out.iterdir():
        assert b"Zebedee" not in path.read_bytes() and "key" not in path.name


@pytest.mark.slow
def test_every_sample_renders_html_in_both_editions(tmp_path: Path) -> None:
    for sample in sorted(p for p in SAMPLES.iterdir() if (p / "review.yaml").is_file()):
        for edition in ("draft", "public"):
            out = tmp_path / sample.name / edition
            assert main(["render", str(sample), "--out", str(out), "--to", "html", "--edition", edition]) == 0
            assert list(out.glob("*.html")), (sample.name, edition)
