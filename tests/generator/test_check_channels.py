"""`casereview check` reports a name leaked through every DOCX and PDF channel, naming its part."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.cli import main
from tests.anonymise import test_extract_docx as docx_cases
from tests.anonymise import test_extract_pdf as pdf_cases
from tests.anonymise.fixtures_builders import base_docx

NAME = "Perpetua Quenby"
KEY = "people:\n  - pseudonym: Mother\n    names: [Perpetua Quenby]\n"


@pytest.fixture(autouse=True)
def _cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CASEREVIEW_CACHE_DIR", str(tmp_path / "cache"))


def _check(tmp_path: Path, name: str, data: bytes, capsys) -> tuple[int, dict, str]:
    key = tmp_path / "secure" / "key.yaml"
    key.parent.mkdir()
    key.write_text(KEY, "utf-8")
    path = tmp_path / name
    path.write_bytes(data)
    code = main(["check", "--fast", "--key", str(key), "--format", "json", str(path)])
    out, err = capsys.readouterr()
    return code, json.loads(out), out + err


CASES = [(f"docx: {c[0]}", c[1], c[2], "report.docx") for c in docx_cases.LEAKS] + [
    (f"pdf: {c[0]}", c[1], c[2], "report.pdf") for c in pdf_cases.LEAKS
]


@pytest.mark.parametrize(("case", "build", "part", "filename"), CASES, ids=[c[0] for c in CASES])
def test_leak_in_every_channel_fails_the_check_with_its_part(tmp_path, capsys, case, build, part, filename) -> None:
    code, report, raw = _check(tmp_path, filename, build(), capsys)
    assert code == 1, case
    parts = {f["location"]["part"] for f in report["findings"] if f["severity"] == "error"}
    assert part in parts, f"{case}: {sorted(p or '' for p in parts)}"
    assert "Quenby" not in raw and "quenby" not in raw.lower()


def test_clean_docx_and_pdf_pass(tmp_path, capsys) -> None:
    code, report, _ = _check(tmp_path, "clean.docx", base_docx(), capsys)
    assert code == 0, report["findings"]
    (tmp_path / "secure" / "key.yaml").unlink()
    (tmp_path / "secure").rmdir()
    code, report, _ = _check(tmp_path, "clean.pdf", pdf_cases.clean_pdf(), capsys)
    assert code == 0, report["findings"]
