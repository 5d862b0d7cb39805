"""Welsh rendering (--lang cy): parallel sources, Welsh furniture strings, RND101/RND104."""

from __future__ import annotations

import io
import zipfile

import page
import pypdf
import pytest

from generator.errors import RenderError
from generator.loader import load_review
from generator.render import render_review

from .conftest import png_bytes

REVIEW = """\
nation: wales
type: susr
susr_type: concise
title: "Single unified safeguarding review: Child W"
board: "Fictional Regional Safeguarding Board"
board_cy: "Bwrdd Diogelu Rhanbarthol Ffug"
classification: OFFICIAL-SENSITIVE
status: draft
language: cy
child: {pseudonym: Child W, pseudonym_cy: Plentyn W}
reviewers: [{name: "Dr Fictional Adolygydd", role: "Lead reviewer", role_cy: "Prif adolygydd"}]
dates: {incident: 2024-03-01, referral: 2024-03-20, final_report: 2024-09-02}
"""

EN = """\
# Single unified safeguarding review: Child W

## Introduction {#introduction}

First English paragraph.

Second English paragraph.

## Learning {#learning}

| Agency | Learning |
|---|---|
| Health | Share information |

Learning paragraph.
"""

CY = """\
# Adolygiad diogelu unedig sengl: Plentyn W

## Cyflwyniad {#introduction}

Paragraff Cymraeg cyntaf.

Ail baragraff Cymraeg.

## Dysgu {#learning}

| Asiantaeth | Dysgu |
|---|---|
| Iechyd | Rhannu gwybodaeth |

Paragraff dysgu.
"""


def _review(make_review, cy: str | None = CY, extra: dict | None = None):
    files: dict = {"review.yaml": REVIEW, "report.md": EN, "assets/x.png": png_bytes()}
    if cy is not None:
        files["report.cy.md"] = cy
    files.update(extra or {})
    review, findings = load_review(make_review(files))
    assert review is not None, findings
    return review


@pytest.mark.slow
def test_welsh_edition_uses_welsh_sources_and_strings(make_review) -> None:
    result = render_review(_review(make_review), to=("html", "pdf", "docx"), edition="draft", lang="cy")
    assert [f.code for f in result.findings if f.code.startswith("RND1")] == []
    files = {o.name: o.data for o in result.outputs}
    assert sorted(files) == ["report.cy.docx", "report.cy.html", "report.cy.pdf"]
    html = files["report.cy.html"].decode()
    assert '<html lang="cy"' in html and "Cynnwys" in html and "Paragraff Cymraeg cyntaf." in html
    assert "<title>Adolygiad diogelu unedig sengl: Plentyn W: Adroddiad</title>" in html
    assert "English paragraph" not in html
    pdf = files["report.cy.pdf"]
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert f"Tudalen 2 o {len(reader.pages)}" in text and "Tudalen 1 o" not in text and "DRAFFT" in text and "Cynnwys" in text
    assert "2 Medi 2024" in text
    assert str(reader.trailer["/Root"]["/Lang"]) == "cy"
    assert page.validate_pdf_bytes(pdf, profile="ua1").is_compliant
    with zipfile.ZipFile(io.BytesIO(files["report.cy.docx"])) as z:
        assert 'w:lang w:val="cy"' in z.read("word/styles.xml").decode()
        assert any("Tudalen " in z.read(n).decode() for n in z.namelist() if n.startswith("word/footer"))
        assert "<dc:language>cy</dc:language>" in z.read("docProps/core.xml").decode()


@pytest.mark.parametrize(
    ("welsh", "message"),
    [
        (CY.replace("Ail baragraff Cymraeg.\n", ""), "section 1 has 1 numbered paragraphs"),
        (CY.replace("## Dysgu {#learning}", "## Dysgu {#learning}\n\nParagraff ychwanegol."),
         "section 2 has 2 numbered paragraphs"),
        (CY[: CY.index("## Dysgu")], "has 1 sections but"),
        (CY.replace("| Iechyd | Rhannu gwybodaeth |\n", ""), "has tables [1x2] but"),
        (CY.replace("{#learning}", "{#analysis}"), "{#analysis}"),
    ],
)
def test_structure_differences_are_rnd101(make_review, welsh: str, message: str) -> None:
    result = render_review(_review(make_review, welsh), to=("html",), lang="cy")
    rnd101 = [f for f in result.findings if f.code == "RND101"]
    assert any(message in f.message for f in rnd101), [f.message for f in rnd101]
    assert all(f.location.path.endswith("report.cy.md") for f in rnd101)


def test_same_structure_has_no_rnd101(make_review) -> None:
    result = render_review(_review(make_review), to=("html",), lang="cy")
    assert [f for f in result.findings if f.code == "RND101"] == []


def test_no_welsh_sources_is_a_refusal(make_review) -> None:
    with pytest.raises(RenderError, match=r"no Welsh parallel texts"):
        render_review(_review(make_review, cy=None), to=("html",), lang="cy")


def test_english_document_without_welsh_twin_is_rnd104(make_review) -> None:
    summary = "# Executive summary\n\n## Introduction {#introduction}\n\nText.\n"
    review = _review(make_review, extra={"executive-summary.md": summary})
    result = render_review(review, to=("html",), lang="cy")
    assert [o.name for o in result.outputs] == ["report.cy.html"]
    assert [(f.code, f.location.path.split("/")[-1]) for f in result.findings if f.code == "RND104"] == [
        ("RND104", "executive-summary.md")
    ]


def test_missing_welsh_twins_are_one_rnd120_warning(make_review) -> None:
    review = _review(make_review, extra={"review.yaml": REVIEW.replace('board_cy: "Bwrdd Diogelu Rhanbarthol Ffug"\n', "")})
    result = render_review(review, to=("html",), lang="cy")
    rnd120 = [f for f in result.findings if f.code == "RND120"]
    assert len(rnd120) == 1 and "board" in rnd120[0].message and rnd120[0].location.path.endswith("review.yaml")
    assert [f for f in render_review(review, to=("html",), lang="en").findings if f.code == "RND120"] == []
