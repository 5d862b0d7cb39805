"""DOCX rendering: golden normalised XML, styles, fields, markings, metadata, determinism."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from generator.render import render_review

GOLDEN = Path(__file__).parent / "golden"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx(review, edition: str = "draft", lang: str = "en") -> bytes:
    return render_review(review, to=("docx",), edition=edition, lang=lang).outputs[0].data


@pytest.fixture(scope="module")
def draft(small_review) -> bytes:
    return _docx(small_review, "draft")


@pytest.fixture(scope="module")
def public(small_review) -> bytes:
    return _docx(small_review, "public")


def _part(data: bytes, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read(name).decode("utf-8")


def normalised_xml(data: bytes, parts: tuple[str, ...] = ("word/document.xml", "word/header1.xml",
                                                          "word/header2.xml", "word/footer1.xml",
                                                          "word/footer2.xml", "word/footnotes.xml",
                                                          "word/numbering.xml", "docProps/core.xml")) -> str:
    """Pretty-printed XML of the parts that carry content (the golden-file form of a DOCX)."""
    out = []
    for name in parts:
        root = etree.fromstring(_part(data, name).encode("utf-8"))
        out.append(f"<!-- {name} -->\n" + etree.tostring(root, pretty_print=True, encoding="unicode"))
    return "\n".join(out)


def test_golden_normalised_xml(draft: bytes) -> None:
    text = normalised_xml(draft)
    path = GOLDEN / "small-report.draft.docx.xml"
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def test_rebuild_is_byte_identical(small_review, draft: bytes) -> None:
    assert _docx(small_review, "draft") == draft


def test_no_personal_or_tool_metadata(draft: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(draft)) as z:
        names = z.namelist()
        blob = b"".join(z.read(n) for n in names)
        stamps = {i.date_time for i in z.infolist()}
    assert b"python-docx" not in blob and b"Microsoft Macintosh Word" not in blob
    assert "docProps/thumbnail.jpeg" not in names
    assert stamps == {(2024, 6, 30, 0, 0, 0)}  # the review's final report date
    doc = docx.Document(io.BytesIO(draft))
    props = doc.core_properties
    assert props.author == "" and props.last_modified_by == "" and props.comments == ""
    assert props.created.date().isoformat() == "2024-06-30" == props.modified.date().isoformat()
    assert props.title == "Local child safeguarding practice review: Child Z: Report"
    assert props.language == "en-GB"


def test_headings_are_real_styles_without_skipped_levels(draft: bytes) -> None:
    doc = docx.Document(io.BytesIO(draft))
    levels = [int(p.style.name.split()[-1]) for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert levels[0] == 1
    assert all(b <= a + 1 for a, b in zip(levels, levels[1:])), levels
    heads = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert heads == ["Child Z's perspective", "Scope and method", "A subsection",
                     "Deep heading that must not skip levels", "Action plan", "Chronology", "Glossary"]


def test_numbered_paragraphs_use_word_numbering(draft: bytes) -> None:
    from .conftest import docx_paragraph_numbers

    assert docx_paragraph_numbers(draft) == ["1.1", "1.2", "2.1", "2.2", "2.3"]
    doc = docx.Document(io.BytesIO(draft))
    numbered = [p for p in doc.paragraphs if p.style.name == "Numbered Paragraph"]
    assert numbered[0].text.startswith("First paragraph")  # the number is Word's, not typed text
    numbering = _part(draft, "word/numbering.xml")
    assert '<w:lvlText w:val="%1.%2"/>' in numbering


def test_lists_use_word_numbering(draft: bytes) -> None:
    doc = docx.Document(io.BytesIO(draft))
    items = [p for p in doc.paragraphs if p.style.name == "List Bullet"]
    assert [p.text for p in items] == ["a list item", "another item"]
    assert all(p._p.find(f"{W}pPr/{W}numPr/{W}numId") is not None for p in items)
    assert '<w:numFmt w:val="bullet"/>' in _part(draft, "word/numbering.xml")


def test_footnotes_are_real_word_footnotes(draft: bytes) -> None:
    document, notes = _part(draft, "word/document.xml"), _part(draft, "word/footnotes.xml")
    assert '<w:footnoteReference w:id="1"/>' in document
    assert "A footnote with" not in document  # not repeated as body text
    assert 'w:id="1"' in notes and "A footnote with" in notes and "<w:i/>" in notes and "<w:footnoteRef/>" in notes
    types = _part(draft, "[Content_Types].xml")
    assert 'PartName="/word/footnotes.xml"' in types and "footnotes+xml" in types


def _grid(table) -> list[int]:
    return [int(c.get(f"{W}w")) for c in table._tbl.tblGrid.findall(f"{W}gridCol")]


def test_tables_repeat_marked_header_rows_and_size_columns_from_content(draft: bytes) -> None:
    doc = docx.Document(io.BytesIO(draft))
    cover, *tables = doc.tables  # the cover's label/value table, then the report's tables
    assert cover.rows[0].cells[0].text == "Child" and len(tables) == 4
    for table in tables:
        widths = _grid(table)
        assert len(set(widths)) > 1, widths  # widths from content, never all equal by default
        assert 9500 <= sum(widths) <= 9700  # 17 cm of text width, in twentieths of a point
        first = table.rows[0]._tr
        assert first.find(f"{W}trPr/{W}tblHeader") is not None
        assert all(r._tr.find(f"{W}trPr/{W}tblHeader") is None for r in table.rows[1:])
    plan = tables[1]
    assert [c.text for c in plan.rows[0].cells] == ["Ref", "Recommendation", "Action", "Owner", "Due", "Status"]
    assert plan.rows[1].cells[4].text == "30 September 2024" and plan.rows[1].cells[5].text == "In progress"


def _default_footer(data: bytes) -> str:
    from lxml import etree

    doc = docx.Document(io.BytesIO(data))
    return etree.tostring(doc.sections[0].footer._element, encoding="unicode")


def test_fields_toc_and_page_x_of_y(draft: bytes) -> None:
    document, footer = _part(draft, "word/document.xml"), _default_footer(draft)
    doc = docx.Document(io.BytesIO(draft))
    cover_footer = etree.tostring(doc.sections[0].first_page_footer._element, encoding="unicode")
    assert " PAGE " not in cover_footer and doc.sections[0].different_first_page_header_footer
    assert 'TOC \\o "1-2" \\h \\z \\u' in document
    doc = docx.Document(io.BytesIO(draft))
    toc = [p.text for p in doc.paragraphs if re.fullmatch(r"TOC \d", p.style.name)]
    assert toc[:2] == ["Child Z's perspective", "Scope and method"] and "Glossary" in toc
    assert " PAGE " in footer and " NUMPAGES " in footer
    assert re.search(r"Page .*PAGE.* of .*NUMPAGES", re.sub(r"<[^>]+>", "", footer).replace("\n", ""))


def test_draft_markings_and_public_has_none(draft: bytes, public: bytes) -> None:
    header, footer = _part(draft, "word/header1.xml"), _default_footer(draft)
    assert "OFFICIAL-SENSITIVE" in header and "OFFICIAL-SENSITIVE" in footer
    assert 'string="DRAFT"' in header  # the watermark text path
    for name in ("word/header1.xml", "word/header2.xml", "word/footer1.xml", "word/footer2.xml",
                 "word/document.xml"):
        text = _part(public, name)
        assert "OFFICIAL-SENSITIVE" not in text and "DRAFT" not in text


def test_language_images_links_and_literal_text(draft: bytes) -> None:
    styles = _part(draft, "word/styles.xml")
    assert 'w:lang w:val="en-GB"' in styles
    document = _part(draft, "word/document.xml")
    assert 'descr="A family diagram showing two adults and one child"' in document
    assert "{{ 7*7 }}" in document and "&lt;script&gt;alert(1)&lt;/script&gt;" in document
    rels = _part(draft, "word/_rels/document.xml.rels")
    assert 'Target="https://example.org/guidance" TargetMode="External"' in rels
    assert "<w:hyperlink" in document


def test_reference_docx_brands_the_output(make_review) -> None:
    from docx.shared import RGBColor

    from generator.loader import load_review

    from .conftest import small_review_files

    ref = docx.Document()
    ref.styles["Heading 1"].font.color.rgb = RGBColor(0x12, 0x34, 0x56)
    ref.add_paragraph("template body text that must not appear")
    buf = io.BytesIO()
    ref.save(buf)
    files = small_review_files()
    files["assets/reference.docx"] = buf.getvalue()
    review, _ = load_review(make_review(files))
    first = _docx(review)
    assert first == _docx(review)
    assert 'w:color w:val="123456"' in _part(first, "word/styles.xml")
    assert "template body text" not in _part(first, "word/document.xml")
    assert "python-docx" not in _part(first, "docProps/core.xml")


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("libreoffice") is None, reason="LibreOffice (libreoffice-writer-nogui) missing")
def test_libreoffice_converts_every_docx(draft: bytes, public: bytes, sample_renders, tmp_path: Path) -> None:
    sources = {"small-draft.docx": draft, "small-public.docx": public}
    for (sample, edition), files in sample_renders.items():
        for name, data in files.items():
            # public editions are the same documents without markings: converting drafts suffices
            if name.endswith(".docx") and edition == "draft":
                sources[f"{sample}-{edition}-{name}"] = data
    for name, data in sources.items():
        (tmp_path / name).write_bytes(data)
    proc = subprocess.run(
        ["libreoffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path / "pdf"), *[str(tmp_path / n) for n in sorted(sources)]],
        capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    for name in sources:
        converted = tmp_path / "pdf" / (name[:-5] + ".pdf")
        assert converted.is_file() and converted.stat().st_size > 1000, name


def test_reference_docx_option_brands_fonts_and_colours(small_review_dir: Path, tmp_path: Path) -> None:
    """The worked example of docs/rendering.md: copy the house style, change it, pass --reference-docx."""
    from docx.shared import RGBColor
    from typer.testing import CliRunner

    from generator.cli import app
    from generator.render import reference

    board = docx.Document(str(reference.path()))
    board.styles["Normal"].font.name = "DejaVu Serif"
    board.styles["Heading 1"].font.color.rgb = RGBColor(0x6A, 0x1B, 0x9A)
    board.save(str(tmp_path / "board-styles.docx"))
    result = CliRunner().invoke(app, ["render", str(small_review_dir), "--out", str(tmp_path / "out"), "--to", "docx",
                                      "--reference-docx", str(tmp_path / "board-styles.docx")])
    assert result.exit_code == 0, result.output
    styles = _part((tmp_path / "out" / "report.docx").read_bytes(), "word/styles.xml")
    assert 'w:ascii="DejaVu Serif"' in styles and 'w:val="6A1B9A"' in styles
    # a bare python-docx reference lacks the house styles: they are added, the render still works
    docx.Document().save(str(tmp_path / "bare.docx"))
    bare = CliRunner().invoke(app, ["render", str(small_review_dir), "--out", str(tmp_path / "bare"), "--to", "docx",
                                    "--reference-docx", str(tmp_path / "bare.docx")])
    assert bare.exit_code == 0, bare.output
    missing = CliRunner().invoke(app, ["render", str(small_review_dir), "--out", str(tmp_path / "x"),
                                       "--reference-docx", str(tmp_path / "nope.docx")])
    assert missing.exit_code != 0 and "no such file" in str(missing.exception or missing.output)
