"""PDF rendering: PDF/UA-1 (page-validation ua1) for every sample, text, markings, metadata, tags."""

from __future__ import annotations

import hashlib
import io
import re

import docx
import page
import pikepdf
import pypdf
import pytest

from generator.render import render_review

from .conftest import SAMPLES

pytestmark = pytest.mark.slow


def _pdfs(sample_renders, edition: str | None = None):
    for (sample, ed), files in sorted(sample_renders.items()):
        if edition and ed != edition:
            continue
        for name, data in sorted(files.items()):
            if name.endswith(".pdf"):
                yield f"{sample}/{ed}/{name}", data, files.get(name[:-4] + ".docx")


_TEXT: dict[bytes, list[str]] = {}


def page_texts(data: bytes) -> list[str]:
    """Extracted text of each page (cached: extraction is the slow part of these tests)."""
    key = hashlib.sha256(data).digest()
    if key not in _TEXT:
        _TEXT[key] = [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages]
    return _TEXT[key]


def pdf_paragraph_numbers(data: bytes) -> list[str]:
    """Numbers at the start of extracted lines (``2.3  text``) — how a reader sees them."""
    numbers = []
    for text in page_texts(data):
        for line in text.splitlines():
            # the number box starts the line and ends with one space (no stray space before the text)
            match = re.match(r"^(\d{1,2}\.\d{1,3}) (?! )\S", line)
            if match:
                numbers.append(match.group(1))
    return numbers


from .conftest import docx_paragraph_numbers  # noqa: E402  (Word numbering, computed)


def test_samples_rendered(sample_renders) -> None:
    assert sample_renders, "no samples found to render"
    assert any(ed == "public" for _, ed in sample_renders)


def test_every_sample_pdf_passes_pdf_ua1(sample_renders) -> None:
    failures = {}
    for name, data, _ in _pdfs(sample_renders):
        report = page.validate_pdf_bytes(data, profile="ua1")
        if not report.is_compliant or report.rules.failed:
            failures[name] = [(f.rule_id, f.message) for f in report.failures]
    assert failures == {}


def test_paragraph_numbers_are_the_same_in_docx_and_pdf(sample_renders) -> None:
    checked = 0
    for name, pdf, docx_data in _pdfs(sample_renders):
        assert docx_data is not None, name
        from_docx = docx_paragraph_numbers(docx_data)
        assert pdf_paragraph_numbers(pdf) == from_docx, name
        checked += len(from_docx)
    assert checked > 20


def test_draft_pages_are_marked_and_public_pages_are_not(sample_renders) -> None:
    for name, data, _ in _pdfs(sample_renders, "draft"):
        pages = page_texts(data)
        total = len(pages)
        welsh = ".cy." in name
        for n, text in enumerate(pages, start=1):
            assert text.count("OFFICIAL-SENSITIVE") >= 2, (name, n)  # top and bottom
            assert ("DRAFFT" if welsh else "DRAFT") in text, (name, n)  # the watermark
            number = f"Tudalen {n} o {total}" if welsh else f"Page {n} of {total}"
            # the cover carries no page number; every other page does
            assert (number in text) == (n > 1), (name, n)
    for name, data, _ in _pdfs(sample_renders, "public"):
        sample = SAMPLES / name.split("/")[0]
        source = " ".join(p.read_text("utf-8") for p in sample.glob("*.md"))
        if "OFFICIAL-SENSITIVE" in source or "DRAFT" in source:
            continue  # the words are part of this sample's own text
        pages = page_texts(data)
        text = "\n".join(pages)
        assert "OFFICIAL-SENSITIVE" not in text and "DRAFT" not in text and "DRAFFT" not in text, name
        assert (f"Tudalen 2 o {len(pages)}" if ".cy." in name else f"Page 2 of {len(pages)}") in text
        assert "Page 1 of" not in pages[0] and "Tudalen 1 o" not in pages[0], name


def test_metadata_language_and_tags(sample_renders) -> None:
    for name, data, _ in _pdfs(sample_renders):
        with pikepdf.open(io.BytesIO(data)) as pdf:
            root = pdf.Root
            assert str(root.Lang) == ("cy" if ".cy." in name else "en-GB"), name
            assert bool(root.MarkInfo.Marked), name
            assert "/StructTreeRoot" in root, name
            info = pdf.docinfo
            assert "/Title" in info and "/Author" not in info and "/Producer" not in info, name
            xmp = bytes(root.Metadata.read_bytes())
            assert b'pdfuaid:part="1"' in xmp and b"WeasyPrint" not in xmp, name
            assert len(pdf.pages) >= 3, name


def structure_tags(data: bytes) -> dict[str, int]:
    """Counts of structure element types (/H1, /P, /Table, /TH, /Figure...) in the tag tree."""
    counts: dict[str, int] = {}
    with pikepdf.open(io.BytesIO(data)) as pdf:
        stack = [pdf.Root.StructTreeRoot]
        while stack:
            node = stack.pop()
            if isinstance(node, pikepdf.Dictionary):
                if "/S" in node:
                    counts[str(node.S)] = counts.get(str(node.S), 0) + 1
                    if str(node.S) == "/Figure":
                        assert str(node.get("/Alt", "")).strip(), "figure without /Alt"
                kids = node.get("/K")
                if isinstance(kids, pikepdf.Array):
                    stack.extend(k for k in kids if isinstance(k, pikepdf.Dictionary))
                elif isinstance(kids, pikepdf.Dictionary):
                    stack.append(kids)
    return counts


def test_pdf_rebuild_is_byte_identical_and_text_is_literal(small_review) -> None:
    first = render_review(small_review, to=("pdf",), edition="draft").outputs[0].data
    second = render_review(small_review, to=("pdf",), edition="draft").outputs[0].data
    assert first == second
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(first)).pages)
    assert "{{ 7*7 }}" in text and "<script>alert(1)</script>" in text
    assert pdf_paragraph_numbers(first) == ["1.1", "1.2", "2.1", "2.2", "2.3"]
    public = render_review(small_review, to=("pdf",), edition="public").outputs[0].data
    public_text = "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(public)).pages)
    assert "OFFICIAL-SENSITIVE" not in public_text and "DRAFT" not in public_text
    reader = pypdf.PdfReader(io.BytesIO(first))
    assert reader.metadata.title == "Local child safeguarding practice review: Child Z: Report"
    assert reader.metadata["/CreationDate"].startswith("D:20240630")
    assert page.validate_pdf_bytes(first, profile="ua1").is_compliant
    tags = structure_tags(first)
    assert tags.get("/H1") == 1 and tags.get("/H2", 0) >= 4 and tags.get("/H3") == 2
    assert tags.get("/Table") == 4 and tags.get("/TH", 0) >= 13 and tags.get("/Figure") == 1
    assert tags.get("/L", 0) >= 3 and tags.get("/BlockQuote", 0) + tags.get("/P", 0) > 5
