"""Publication-grade editions: every published review.yaml field in every format, cross-references,
English marked in Welsh editions, axe-core and reflow in a real browser, and page layout seen as pictures."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pikepdf
import pypdf
import pytest
from lxml import etree, html as lxml_html

from generator.loader import load_review
from generator.render import render_review
from generator.render.context import APPENDICES

from .conftest import SAMPLES, png_bytes

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}


def squash(text: str) -> str:
    """Text compared across formats: no whitespace (line wrapping differs), ligatures spelt out."""
    for lig, plain in LIGATURES.items():
        text = text.replace(lig, plain)
    return re.sub(r"\s+", "", text)


def docx_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    return "".join(t.text or "" for t in root.iter(f"{W}t"))


def pdf_text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)


def html_text(data: bytes) -> str:
    tree = lxml_html.fromstring(data)
    for style in tree.iter("style", "title"):
        style.getparent().remove(style)
    return tree.text_content()


def _twin(row: dict[str, Any], key: str, lang: str) -> str:
    if lang == "cy" and str(row.get(f"{key}_cy") or "").strip():
        return str(row[f"{key}_cy"])
    return str(row.get(key) or "")


def published_texts(data: dict[str, Any], stems: set[str], lang: str) -> list[str]:
    """Every review.yaml text the rendered documents (by file stem) may publish, in ``lang``."""
    keys = {stem.removesuffix(".cy") for stem in stems}
    parts = set().union(*(APPENDICES.get(k, ("glossary",)) for k in keys))
    texts = [_twin(data, "board", lang)]
    texts += [str(r.get("name") or "") for r in data.get("reviewers") or []]
    texts += [_twin(r, "role", lang) for r in data.get("reviewers") or []]
    if "points" in parts:
        for key in ("findings", "learning_points", "recommendations"):
            for row in data.get(key) or []:
                texts += [str(row["id"]), _twin(row, "text", lang), _twin(row, "to", lang)]
                texts += [str(e) for e in row.get("evidence") or []]
    if "action_plan" in parts:
        for row in data.get("action_plan") or []:
            texts += [_twin(row, k, lang) for k in ("action", "owner", "progress")]
            rec = row.get("recommendation")
            texts += [str(r) for r in (rec if isinstance(rec, list) else [rec] if rec else [])]
    if "chronology" in parts:
        for row in data.get("chronology") or []:
            texts += [_twin(row, k, lang) for k in ("agency", "event")]
    if "glossary" in parts:
        for row in data.get("glossary") or []:
            texts += [_twin(row, k, lang) for k in ("term", "definition")]
    return [t for t in texts if t.strip()]


@pytest.mark.slow
def test_every_published_review_yaml_text_is_in_docx_pdf_and_html(sample_renders) -> None:
    checked = 0
    for (sample, edition), files in sorted(sample_renders.items()):
        review, _ = load_review(SAMPLES / sample)
        assert review is not None
        for lang in ("en", "cy"):
            names = [n for n in files if (".cy." in n) == (lang == "cy")]
            if not names:
                continue
            stems = {n.rsplit(".", 1)[0] for n in names}
            wanted = published_texts(review.data, stems, lang)
            for fmt, extract in (("docx", docx_text), ("pdf", pdf_text), ("html", html_text)):
                text = squash("".join(extract(files[n]) for n in names if n.endswith("." + fmt)))
                missing = [t for t in wanted if squash(t) not in text]
                assert missing == [], (sample, edition, lang, fmt, missing[:3])
                checked += len(wanted)
    assert checked > 500


@pytest.mark.slow
def test_action_plan_links_each_recommendation_and_text_cross_references_link(sample_renders) -> None:
    files = sample_renders[("england-lcspr", "public")]
    html = files["report.html"].decode()
    assert '<tr id="point-R1"><th scope="row" class="col-id">R1</th>' in html
    plan = html[html.index('<table class="action-plan">'):]
    assert '<td><a href="#point-R1">R1</a></td>' in plan
    assert '<a href="#point-F1">F1</a>' in html  # a recommendation's evidence
    with zipfile.ZipFile(io.BytesIO(files["report.docx"])) as z:
        document = z.read("word/document.xml").decode()
    assert 'w:name="point_R1"' in document and 'w:anchor="point_R1"' in document
    assert 'w:name="para_1_1"' in document
    # the PDF keeps them as internal links (GoTo / named destinations), not plain text
    with pikepdf.open(io.BytesIO(files["report.pdf"])) as pdf:
        links = [a for page in pdf.pages for a in page.get("/Annots", []) if a.get("/Subtype") == "/Link"]
        internal = [a for a in links if "/Dest" in a or ("/A" in a and a.A.get("/S") == "/GoTo")]
    assert len(internal) > 20


def test_running_text_cross_references_become_links(make_review) -> None:
    from .conftest import small_review_files

    files = small_review_files()
    files["review.yaml"] += 'recommendations:\n  - {id: R1, text: "Refresh the protocol"}\n'
    files["report.md"] = files["report.md"].replace(
        "Scope paragraph.", "Scope paragraph, see R1 and paragraph 1.2; R9 is not a recommendation.")
    review, _ = load_review(make_review(files))
    result = render_review(review, to=("html", "docx"))
    html = next(o.data for o in result.outputs if o.name.endswith(".html")).decode()
    assert 'see <a href="#point-R1">R1</a> and paragraph <a href="#para-1-2">1.2</a>; R9 is' in html
    docx_data = next(o.data for o in result.outputs if o.name.endswith(".docx"))
    with zipfile.ZipFile(io.BytesIO(docx_data)) as z:
        document = z.read("word/document.xml").decode()
    assert 'w:anchor="point_R1"' in document and 'w:anchor="para_1_2"' in document


# --------------------------------------------------------------------------- Welsh edition
ENGLISH_WORDS = re.compile(r"\b(the|and|of|with|was|were|should|for|this|that|from)\b", re.I)


@pytest.mark.slow
def test_welsh_public_edition_has_no_english_outside_marked_elements(sample_renders) -> None:
    files = sample_renders[("wales-susr", "public")]
    for name in ("report.cy.html", "executive-summary.cy.html"):
        tree = lxml_html.fromstring(files[name])
        for el in tree.xpath('//*[@lang="en" or @lang="en-GB"]|//style|//title'):
            el.getparent().remove(el)
        text = tree.text_content()
        english = sorted({m.group(0).lower() for m in ENGLISH_WORDS.finditer(text)})
        assert english == [], (name, english, text[max(0, text.lower().find(" the ") - 80):][:200])


REVIEW = """\
nation: wales
type: susr
susr_type: concise
title: "Single unified safeguarding review: Child W"
board: "Example Regional Safeguarding Board"
classification: OFFICIAL-SENSITIVE
status: draft
language: cy
child: {pseudonym: Child W, pseudonym_cy: Plentyn W}
reviewers: [{name: "Dr Fictional", role: "Lead reviewer", role_cy: "Prif adolygydd"}]
dates: {incident: 2024-03-01, referral: 2024-03-20, final_report: 2024-09-02}
recommendations:
  - {id: R1, text: "Agree a safe storage protocol", text_cy: "Cytuno ar brotocol storio diogel"}
  - {id: R2, text: "Train every health visitor"}
glossary:
  - {term: "SUSR", definition: "Single unified safeguarding review", term_cy: "ADUS"}
"""
EN = "# Single unified safeguarding review: Child W\n\n## Introduction {#introduction}\n\nEnglish text.\n"
CY = "# Adolygiad diogelu unedig sengl: Plentyn W\n\n## Cyflwyniad {#introduction}\n\nTestun Cymraeg.\n"


@pytest.mark.slow
def test_english_left_in_a_welsh_edition_is_marked_english_in_every_format(make_review) -> None:
    review, _ = load_review(make_review({"review.yaml": REVIEW, "report.md": EN, "report.cy.md": CY,
                                         "assets/x.png": png_bytes()}))
    result = render_review(review, to=("html", "docx", "pdf"), edition="public", lang="cy")
    out = {o.name: o.data for o in result.outputs}
    html = out["report.cy.html"].decode()
    assert '<span lang="en">Example Regional Safeguarding Board</span>' in html
    assert '<span lang="en">Train every health visitor</span>' in html
    assert '<span lang="en">Single unified safeguarding review</span>' in html
    assert "Cytuno ar brotocol storio diogel" in html and "Agree a safe storage" not in html
    assert "Plentyn W" in html and "Prif adolygydd" in html
    with zipfile.ZipFile(io.BytesIO(out["report.cy.docx"])) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    english_runs = [r for r in root.iter(f"{W}r")
                    if r.find(f"{W}rPr/{W}lang") is not None and r.find(f"{W}rPr/{W}lang").get(f"{W}val") == "en-GB"]
    assert {"".join(t.text for t in r.iter(f"{W}t")) for r in english_runs} >= {
        "Train every health visitor", "Single unified safeguarding review"}
    langs = []
    with pikepdf.open(io.BytesIO(out["report.cy.pdf"])) as pdf:
        assert str(pdf.Root.Lang) == "cy"
        stack = [pdf.Root.StructTreeRoot]
        while stack:
            node = stack.pop()
            if isinstance(node, pikepdf.Dictionary):
                if "/Lang" in node:
                    langs.append(str(node.Lang))
                kids = node.get("/K")
                if isinstance(kids, pikepdf.Array):
                    stack.extend(k for k in kids if isinstance(k, pikepdf.Dictionary))
                elif isinstance(kids, pikepdf.Dictionary):
                    stack.append(kids)
    assert langs.count("en") >= 3
    import page

    assert page.validate_pdf_bytes(out["report.cy.pdf"], profile="ua1").is_compliant


# --------------------------------------------------------------------------- browser
@pytest.mark.slow
def test_every_html_edition_passes_axe_and_reflows_at_320px(sample_renders, tmp_path: Path) -> None:
    from tests import a11y

    a11y.require()
    paths = []
    for (sample, edition), files in sorted(sample_renders.items()):
        for name, data in files.items():
            if name.endswith(".html"):
                path = tmp_path / sample / edition / name
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
                paths.append(path)
    assert len(paths) >= 15
    result = a11y.check(paths)
    assert a11y.problems(result) == []


# --------------------------------------------------------------------------- pictures of pages
def page_images(pdf: bytes, tmp: Path, stem: str, dpi: int = 30) -> list[Any]:
    from PIL import Image

    (tmp / f"{stem}.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(tmp / f"{stem}.pdf"), str(tmp / stem)],
                   check=True, timeout=120)
    return [Image.open(p).convert("L") for p in sorted(tmp.glob(f"{stem}-*.png"))]


def layout_facts(images: list[Any], dpi: int = 30, top_mm: float = 25, bottom_mm: float = 22) -> list[dict]:
    """Per page: how full the text area is (0-1, by the lowest ink) and ink within 4 mm of an edge."""
    facts = []
    mm = dpi / 25.4
    for im in images:
        w, h = im.size
        px = im.load()
        top, bottom = int(top_mm * mm), int(h - bottom_mm * mm)
        rows = [y for y in range(top, bottom) if any(px[x, y] < 160 for x in range(0, w, 1))]
        fill = ((rows[-1] - top) / (bottom - top)) if rows else 0.0
        edge = int(4 * mm)
        at_edge = any(px[x, y] < 160 for y in range(h) for x in list(range(edge)) + list(range(w - edge, w)))
        facts.append({"fill": fill, "edge": at_edge})
    return facts


def assert_layout(name: str, images: list[Any], page_texts: list[str], welsh: bool) -> None:
    facts = layout_facts(images)
    assert len(facts) >= 2, name
    for n, f in enumerate(facts[:-1], start=1):  # the last page of the document may be short
        assert f["fill"] >= 0.2, (name, n, f)
    assert not any(f["edge"] for f in facts), (name, [n for n, f in enumerate(facts, 1) if f["edge"]])
    first = page_texts[0]
    assert ("Tudalen 1 o" if welsh else "Page 1 of") not in first, name  # no page number on the cover
    assert re.search(r"(Page|Tudalen) 2 (of|o) \d", page_texts[1]), name


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils (pdftoppm) missing")
def test_pdf_pages_look_right(sample_renders, tmp_path: Path) -> None:
    for (sample, edition), files in sorted(sample_renders.items()):
        if edition != "public":
            continue
        for name, data in sorted(files.items()):
            if name.endswith(".pdf"):
                stem = f"{sample}-{name[:-4]}"
                texts = [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages]
                assert_layout(stem, page_images(data, tmp_path, stem), texts, ".cy." in name)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("libreoffice") is None or shutil.which("pdftoppm") is None,
                    reason="LibreOffice or pdftoppm missing")
def test_docx_converted_by_libreoffice_looks_right(sample_renders, tmp_path: Path) -> None:
    sources = {}
    for (sample, edition), files in sorted(sample_renders.items()):
        if edition == "public":
            for name, data in files.items():
                if name.endswith(".docx") and name.startswith(("report", "executive-summary")):
                    sources[f"{sample}-{name}"] = data
    for name, data in sources.items():
        (tmp_path / name).write_bytes(data)
    proc = subprocess.run(
        ["libreoffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path / "pdf"), *[str(tmp_path / n) for n in sorted(sources)]],
        capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    for name in sorted(sources):
        pdf = (tmp_path / "pdf" / (name[:-5] + ".pdf")).read_bytes()
        texts = [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]
        assert_layout(name, page_images(pdf, tmp_path, name[:-5]), texts, ".cy." in name)
        # Word numbering survives: LibreOffice prints the paragraph numbers itself
        assert re.search(r"(?m)^\s*1\.1\b", "\n".join(texts)), name


# --------------------------------------------------------------------------- house style
def test_shipped_reference_docx_is_the_house_style_build() -> None:
    from generator.render import reference

    assert reference.path().read_bytes() == reference.build(), "run python -m generator.render.reference"
    import docx

    doc = docx.Document(str(reference.path()))
    names = {s.name for s in doc.styles}
    assert {"Normal", "Title", "Heading 1", "Heading 2", "Heading 3", "Caption", "List Bullet", "List Number",
            "TOC 1", "TOC 2", "Numbered Paragraph", "Review Table"} <= names
    assert doc.styles["Normal"].font.name == "Liberation Sans"
    with zipfile.ZipFile(str(reference.path())) as z:
        styles = z.read("word/styles.xml").decode()
    assert "asciiTheme" not in styles  # theme fonts (Cambria) would override the house font


@pytest.mark.slow
def test_pdf_embeds_liberation_sans(sample_renders) -> None:
    data = sample_renders[("england-lcspr", "public")]["report.pdf"]
    with pikepdf.open(io.BytesIO(data)) as pdf:
        fonts = {str(f.get("/BaseFont")) for page in pdf.pages for f in page.Resources.get("/Font", {}).values()}
    assert any(re.search(r"Liberation-?Sans", f) for f in fonts), fonts
    assert not any("DejaVu" in f for f in fonts), fonts
