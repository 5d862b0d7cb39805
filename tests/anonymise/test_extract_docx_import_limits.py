"""`casereview import` refuses hostile Word files with a clear message (exit 2), never an internal error."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from generator.cli import main
from tests.anonymise.fixtures_builders import base_docx, billion_laughs, lying_zip_bomb, paragraph_bomb, rezip, zip_bomb, zipcrypto_flagged

CASES: list[tuple[str, Callable[[], bytes], str]] = [
    ("ZipCrypto flag", lambda: zipcrypto_flagged(base_docx()), "encrypted"),
    ("lying header", lambda: lying_zip_bomb(), "header does not match"),
    ("zip bomb", lambda: zip_bomb(), "zip bomb"),
    ("paragraph bomb", lambda: paragraph_bomb(400_000), "paragraphs"),
    ("doctype", lambda: rezip(base_docx(), {"word/document.xml": billion_laughs()}), "DOCTYPE"),
    ("OLE (encrypted or .doc)", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2000, ".doc"),
]


@pytest.mark.parametrize(("case", "build", "message"), CASES, ids=[c[0] for c in CASES])
def test_import_refuses_hostile_docx_clearly(tmp_path: Path, capsys, case: str, build: Callable[[], bytes], message: str) -> None:
    draft = tmp_path / "draft.docx"
    draft.write_bytes(build())
    code = main(["import", str(draft), "--nation", "england", "--type", "lcspr", "--out", str(tmp_path / "out")])
    out, err = capsys.readouterr()
    assert code == 2, (case, out, err)
    assert message.lower() in (out + err).lower(), err
    assert "internal error" not in (out + err).lower() and "Traceback" not in err
    assert not (tmp_path / "out" / "review.yaml").exists()


def test_import_of_a_clean_docx_still_works(tmp_path: Path, capsys) -> None:
    draft = tmp_path / "draft.docx"
    draft.write_bytes(base_docx())
    code = main(["import", str(draft), "--nation", "england", "--type", "lcspr", "--out", str(tmp_path / "out")])
    assert code in (0, 1), capsys.readouterr()
    assert (tmp_path / "out" / "review.yaml").exists()
