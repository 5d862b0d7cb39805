"""Plain-text extraction and the format dispatch of ``anonymise.extract.extract``."""

from __future__ import annotations

from pathlib import Path

import pytest

from anonymise.extract import extract, extract_bytes
from anonymise.extract.text import MAX_TEXT_BYTES, decode_text
from anonymise.types import TextPart
from tests.anonymise.fixtures_builders import NAME, base_docx, html_pdf

GOOD = [
    ("report.md", "## Circumstances {#circumstances}\n\nChild A lived with Mother.\n".encode()),
    ("notes.txt", "Health Visitor 1 visited.\r\nNo concerns.\r\n".encode()),
    ("review.yaml", "nation: wales\ntitle: \"Adolygiad: Plentyn A\"\n".encode()),
    ("key.yml", "people:\n  - name: Siân Ó Dálaigh\n".encode()),
]


@pytest.mark.parametrize(("name", "data"), GOOD, ids=[g[0] for g in GOOD])
def test_utf8_text_is_one_body_part_with_the_exact_text(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    ex = extract(path)
    assert ex.problems == []
    assert ex.parts == [TextPart(None, "body", data.decode("utf-8"))]


def test_bom_is_dropped_so_offsets_count_characters_of_the_text(tmp_path: Path) -> None:
    path = tmp_path / "report.md"
    path.write_bytes("\ufeffChild A".encode("utf-8"))
    ex = extract(path)
    assert ex.parts[0].text == "Child A"


BAD = [
    ("latin-1", "Siân".encode("latin-1"), "not valid UTF-8"),
    ("utf-16", "Child A".encode("utf-16"), "binary"),
    ("binary with NUL", b"abc\x00def", "binary"),
    ("truncated multibyte", "Siân".encode("utf-8")[:-2], "not valid UTF-8"),
]


@pytest.mark.parametrize(("case", "data", "message"), BAD, ids=[b[0] for b in BAD])
def test_undecodable_text_is_a_problem(tmp_path: Path, case: str, data: bytes, message: str) -> None:
    path = tmp_path / "report.md"
    path.write_bytes(data)
    ex = extract(path)
    assert ex.parts == []
    assert len(ex.problems) == 1 and message in ex.problems[0].message


def test_invalid_utf8_problem_names_the_line() -> None:
    ex = decode_text(b"line one\nline two \xff\n")
    assert "line 2" in ex.problems[0].message


def test_file_over_20_mb_is_a_problem_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(MAX_TEXT_BYTES + 1)
    ex = extract(path)
    assert ex.parts == [] and "larger than 20 MB" in ex.problems[0].message


def test_missing_text_file_is_a_problem(tmp_path: Path) -> None:
    ex = extract(tmp_path / "absent.md")
    assert ex.parts == [] and "could not be read" in ex.problems[0].message


def test_unknown_suffix_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "notes.rtf"
    path.write_bytes(b"{\\rtf1 " + NAME.encode() + b"}")
    ex = extract(path)
    assert ex.parts == [] and "unsupported file type .rtf" in ex.problems[0].message


@pytest.mark.parametrize(("name", "kind"), [("report", "docx"), ("report.bin", "docx"), ("export", "pdf")])
def test_dispatch_falls_back_to_magic_bytes(name: str, kind: str) -> None:
    data = base_docx() if kind == "docx" else html_pdf("<p>Child A</p>")
    ex = extract_bytes(data, name)
    expected = "word/document.xml" if kind == "docx" else "pdf:page=1"
    assert expected in {p.part for p in ex.parts}


def test_pdf_with_docx_suffix_is_read_as_what_the_suffix_says() -> None:
    ex = extract_bytes(html_pdf("<p>Child A</p>"), "report.docx")
    assert ex.problems, "a PDF renamed .docx must not pass silently"
