"""Issue 8: a real-looking full name declared as a pseudonym is rejected by validate (VAL404), check (ANO170)
and build, at its line in review.yaml, without quoting it; roles, letters and single chosen names pass."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from anonymise.pseudonym_check import looks_like_real_name
from generator.cli import main
from tests.conftest import SAMPLES

SAMPLE = SAMPLES / "england-lcspr"
CHILD_LINE = 14  # "  pseudonym: Child A" under "child:" in the sample's review.yaml
MOTHER_LINE = 27  # "  - {pseudonym: Mother, role: ...}"


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CASEREVIEW_CACHE_DIR", str(tmp_path / "cache"))


def review_with(tmp_path: Path, child: str = "Child A", mother: str = "Mother") -> Path:
    root = tmp_path / "review"
    shutil.copytree(SAMPLE, root)
    lines = (root / "review.yaml").read_text(encoding="utf-8").splitlines(keepends=True)
    assert lines[CHILD_LINE - 1] == "  pseudonym: Child A\n"
    assert lines[MOTHER_LINE - 1].startswith("  - {pseudonym: Mother,")
    lines[CHILD_LINE - 1] = f"  pseudonym: {child}\n"
    lines[MOTHER_LINE - 1] = lines[MOTHER_LINE - 1].replace("pseudonym: Mother,", f"pseudonym: {mother},")
    (root / "review.yaml").write_text("".join(lines), encoding="utf-8")
    return root


def run_cli(capsys, *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out + err


@pytest.mark.parametrize(
    "name,real",
    [("Callum Brierley", True), ("Grace Brown", True), ("Mrs Brierley", True), ("Amara Jones", True),
     ("Baby Smith", True), ("Callum James Brierley", True),
     ("Holly", False), ("Child A", False), ("Mother", False), ("Sibling 1", False), ("Young Person J", False),
     ("Health Visitor 1", False), ("Mother's partner", False), ("Nursery Key Worker", False),
     ("Maternal grandmother", False), ("Young Carer", False), ("Mr X", False), ("Community Pharmacist", False),
     ("Guidance Teacher", False), ("Designated Teacher", False)],
)
def test_real_looking_names(name: str, real: bool) -> None:
    assert looks_like_real_name(name) is real


def test_validate_reports_the_pseudonym_at_its_line(capsys, tmp_path: Path) -> None:
    root = review_with(tmp_path, child="Callum Brierley", mother="Grace Brown")
    code, out = run_cli(capsys, "validate", str(root))
    assert code == 1
    assert f"review.yaml:{CHILD_LINE}:3: error VAL404 child.pseudonym looks like a real person's name" in out
    assert f"review.yaml:{MOTHER_LINE}:" in out and "VAL404 people.2.pseudonym" in out
    assert "Callum" not in out and "Brierley" not in out and "Grace Brown" not in out


@pytest.mark.parametrize("child", ["Holly", "Child A", "Sibling 1"])
def test_roles_letters_and_single_names_validate(capsys, tmp_path: Path, child: str) -> None:
    code, out = run_cli(capsys, "validate", str(review_with(tmp_path, child=child)))
    assert code == 0, out
    assert "VAL404" not in out


def test_check_does_not_allow_it_and_reports_it(capsys, tmp_path: Path) -> None:
    root = review_with(tmp_path, child="Callum Brierley")
    code, out = run_cli(capsys, "check", str(root), "--fast", "--no-cache")
    assert code == 1
    assert f"review.yaml:{CHILD_LINE}:1: error ANO170 child.pseudonym looks like a real person's name" in out
    assert "Callum" not in out and "Brierley" not in out


def test_check_allows_a_chosen_single_name(capsys, tmp_path: Path) -> None:
    code, out = run_cli(capsys, "check", str(review_with(tmp_path, child="Holly")), "--fast", "--no-cache")
    assert code == 0, out
    assert "ANO170" not in out


def test_check_with_key_reports_a_pseudonym_that_is_a_key_name(capsys, tmp_path: Path) -> None:
    root = review_with(tmp_path, child="Jayden")  # a single name, but the child's real first name
    key = tmp_path / "key.yaml"
    key.write_text("people:\n  - pseudonym: Child A\n    names: [Jayden Okafor]\n", encoding="utf-8")
    code, out = run_cli(capsys, "check", str(root), "--key", str(key), "--fast", "--no-cache")
    assert code == 1
    assert f"review.yaml:{CHILD_LINE}:1: error ANO170 child.pseudonym is a name listed in the key file" in out
    assert "Jayden" not in out


def test_build_refuses(capsys, tmp_path: Path) -> None:
    root = review_with(tmp_path, child="Callum Brierley")
    out_dir = tmp_path / "out"
    code, out = run_cli(capsys, "build", str(root), "--out", str(out_dir))
    assert code == 1
    assert f"review.yaml:{CHILD_LINE}:3: error VAL404" in out
    assert not out_dir.exists()
    assert "Callum" not in out and "Brierley" not in out


@pytest.mark.parametrize(
    "pseudonym,line",
    [("Callum Brierley", 5), ("Okafor", 5)],  # a real-looking name; a name of another key entry
)
def test_key_file_pseudonym_is_a_key_error(capsys, tmp_path: Path, pseudonym: str, line: int) -> None:
    key = tmp_path / "key.yaml"
    key.write_text("people:\n  - pseudonym: Child A\n    names: [Jayden Okafor]\n"
                   f"  - pseudonym: Mother\n    names: [Grace Adeyemi]\n  - pseudonym: {pseudonym}\n"
                   "    names: [Tom Brennan]\n", encoding="utf-8")
    (tmp_path / "r.md").write_text("Child A was seen.\n", encoding="utf-8")
    code, out = run_cli(capsys, "check", str(tmp_path / "r.md"), "--key", str(key), "--fast", "--no-cache")
    assert code == 2
    assert f"key.yaml:{line + 1}: people[2]: 'pseudonym'" in out
    for secret in (pseudonym, "Jayden", "Brennan"):
        assert secret not in out
