"""``casereview new``: every NATION TYPE scaffolds every required section; validate then lists each one."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator import schema as schemas
from generator.cli import main
from generator.commands.new import run, scaffold_files
from generator.errors import UserError
from generator.loader import load_review


@pytest.mark.parametrize("pair", schemas.review_types(), ids=lambda p: " ".join(p))
def test_new_then_validate_lists_every_required_section(capsys, tmp_path: Path, pair) -> None:
    target = tmp_path / "x"
    assert main(["new", *pair, str(target)]) == 0
    capsys.readouterr()
    assert main(["validate", str(target)]) == 1
    out = capsys.readouterr().out
    for doc in schemas.documents(*pair):
        if not doc.required:
            assert not (target / doc.filename).exists() or "*" in doc.filename
            continue
        text = (target / doc.filename).read_text(encoding="utf-8")
        lines = text.splitlines()
        for sec in doc.required_sections:
            heading = f"## {sec.title} {{#{sec.id}}}"
            line = lines.index(heading) + 1
            assert f"<!-- guidance: {sec.guidance}" in lines[line + 1]
            pattern = rf"^\S*{re.escape(doc.filename)}:{line}:1: VAL102 section \"{re.escape(sec.title)}\" \{{#{sec.id}\}}"
            assert re.search(pattern, out, re.M), (pattern, out)


@pytest.mark.parametrize("pair", schemas.review_types(), ids=lambda p: " ".join(p))
def test_scaffold_review_yaml_loads_without_schema_findings(tmp_path: Path, pair) -> None:
    run(*pair, tmp_path / "x")
    text = (tmp_path / "x" / "review.yaml").read_text(encoding="utf-8")
    # never a path of this machine: a colleague who clones the reviews gets the same line
    first = text.splitlines()[0]
    assert first == f"# yaml-language-server: $schema={schemas.review_schema()['$id']}"
    assert "file://" not in text and str(Path.cwd()) not in text and "/work/" not in first
    assert text.rstrip().endswith("closure_days: []        # board closure days, excluded from working days")
    review, findings = load_review(tmp_path / "x")
    assert findings == []
    assert review is not None and (review.nation, review.type) == pair
    assert (tmp_path / "x" / "assets").is_dir()


def test_scaffold_includes_nation_specific_metadata() -> None:
    wales = scaffold_files("wales", "susr")["review.yaml"]
    assert "susr_type:" in wales and "register_or_care_history:" in wales and "extension_reason:" in wales
    scot = scaffold_files("scotland", "learning-review")["review.yaml"]
    assert "family_views:" in scot and "learning_points:" in scot
    eng = scaffold_files("england", "lcspr")["review.yaml"]
    assert "dfe_informed:" in eng and "susr_type" not in eng


def test_existing_empty_folder_is_fine(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    assert run("northern-ireland", "cmr", tmp_path / "x") == tmp_path / "x"
    assert (tmp_path / "x" / "overview-report.md").is_file()


def test_refuses_a_non_empty_folder(capsys, tmp_path: Path) -> None:
    target = tmp_path / "x"
    target.mkdir()
    (target / "notes.txt").write_text("keep me")
    with pytest.raises(UserError, match="not empty"):
        run("england", "lcspr", target)
    assert main(["new", "england", "lcspr", str(target)]) == 2
    assert "not empty" in capsys.readouterr().err
    assert sorted(p.name for p in target.iterdir()) == ["notes.txt"]


@pytest.mark.parametrize("pair", [("england", "cmr"), ("mars", "lcspr"), ("wales", "SUSR")])
def test_unknown_pair_lists_the_valid_ones(capsys, tmp_path: Path, pair) -> None:
    assert main(["new", *pair, str(tmp_path / "x")]) == 2
    err = capsys.readouterr().err
    assert "valid NATION TYPE pairs: england rapid-review, england lcspr" in err and "wales cpr" in err
    assert not (tmp_path / "x").exists()


@pytest.mark.parametrize("pair", schemas.review_types(), ids=lambda p: " ".join(p))
def test_scaffold_lists_the_regimes_duties_and_routes(pair) -> None:
    text = scaffold_files(*pair)["review.yaml"]
    nation = schemas.nation(pair[0])
    for duty in nation.duties:
        if pair[1] in duty.types:
            assert duty.pointer.rsplit("/", 1)[-1] + ":" in text, duty.id
            assert duty.quote in text  # the guidance comment quotes the source
    crit_types = nation.criteria.get("types") or [pair[1]]
    if nation.routes and pair[1] in crit_types:
        assert "criteria:" in text
        for route in nation.routes:
            assert route.id in text


@pytest.mark.parametrize("pair", schemas.review_types(), ids=lambda p: " ".join(p))
def test_scaffold_guidance_raises_no_check_finding(capsys, tmp_path: Path, pair) -> None:
    target = tmp_path / "x"
    run(*pair, target)
    code = main(["check", str(target), "--fail-on", "warning"])
    out = capsys.readouterr().out
    assert code == 0, out
