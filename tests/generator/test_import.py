"""casereview import: Word drafts (python-docx and LibreOffice) become review folders; problems are findings."""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import struct
import subprocess
import zipfile
import zlib
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches

from generator import schema as schemas
from generator.cli import main
from generator.commands import importer
from generator.errors import UserError
from generator.importer import markdown as md
from generator.importer.reader import Numbering, read_docx
from generator.importer.sections import match_heading
from generator.importer.tables import classify, header_fields, normalise_status, parse_date, recognise

ENGLAND_SECTIONS = [  # (heading as a reviewer might type it, section id)
    ("The child's perspective and family context", "child-perspective"),
    ("Scope, terms of reference and method", "scope-and-method"),
    ("Background", "circumstances"),
    ("Why professionals made the decisions they did", "professional-decisions"),
    ("Why the events occurred as they did", "analysis"),
    ("How agencies worked together", "multi-agency-working"),
    ("Whether shortcomings are features of wider practice", "practice-features"),
    ("What needs to be done differently", "doing-differently"),
    ("Learning", "learning"),
    ("Recommendations", "recommendations"),
]


def png(rgb: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    """A valid 1x1 PNG."""

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    raw = b"\x00" + bytes(rgb)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def set_alt(document: docx.document.Document, alt: str) -> None:
    """Give the last inserted picture its alt text (Word's wp:docPr descr)."""
    doc_prs = list(document.element.body.iter(qn("wp:docPr")))
    doc_prs[-1].set("descr", alt)


def add_table(document: docx.document.Document, rows: list[list[str]]) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text


def lcspr_draft(path: Path, headings: list[str] | None = None) -> Path:
    """A fictional LCSPR draft using Word heading styles, numbering, a table and a picture."""
    document = docx.Document()
    document.add_paragraph("Local child safeguarding practice review: Child A", style="Title")
    for heading in headings if headings is not None else [h for h, _ in ENGLAND_SECTIONS]:
        document.add_heading(heading, 1)
        p = document.add_paragraph(f"Text about {heading.lower()} for Child A, ")
        p.add_run("in bold").bold = True
        p.add_run(" and plain.")
        if heading == "Background":
            document.add_paragraph("The first numbered point.", style="List Number")
            document.add_paragraph("The second numbered point.", style="List Number")
            document.add_paragraph("A bullet point.", style="List Bullet")
            document.add_picture(io.BytesIO(png()), width=Inches(1))
            set_alt(document, "Family diagram showing Child A, Mother and Child B")
        if heading == "Recommendations":
            add_table(document, [
                ["Rec", "Action", "Lead agency", "Timescale", "Status"],
                ["1", "Relaunch the bruising protocol", "Partnership", "31/10/2025", "Complete"],
                ["Recommendation 2", "Audit the protocol", "ICB", "30 June 2026", "On track"],
            ])
    document.save(str(path))
    return path


def codes(findings: list) -> list[str]:
    return sorted(f.code for f in findings)


def import_and_validate(draft: Path, out: Path, nation: str = "england", review_type: str = "lcspr"):
    from generator.commands import validate

    findings, files = importer.run(draft, nation, review_type, out)
    assert files == 1
    validated, _ = validate.run(out)
    return findings, validated


# --------------------------------------------------------------------------- the whole import
def test_python_docx_draft_becomes_review(tmp_path: Path) -> None:
    draft = lcspr_draft(tmp_path / "draft.docx")
    before = draft.read_bytes()
    out = tmp_path / "review"
    findings, validated = import_and_validate(draft, out)
    assert codes(findings) == []
    assert draft.read_bytes() == before  # the draft is never modified
    assert sorted(p.name for p in out.iterdir()) == ["assets", "report.md", "review.yaml"]
    report = (out / "report.md").read_text("utf-8")
    assert report.startswith("# Local child safeguarding practice review: Child A\n")
    for heading, section_id in ENGLAND_SECTIONS:
        assert f"## {heading} {{#{section_id}}}\n" in report
    assert "Text about background for Child A, **in bold** and plain." in report
    # Word numbering (List Number) -> plain paragraphs, numbered S.P by the renderer; bullets stay a list
    assert "\n\nThe first numbered point.\n\nThe second numbered point.\n\n- A bullet point.\n" in report
    assert "![Family diagram showing Child A, Mother and Child B](assets/image-1.png)" in report
    assert (out / "assets" / "image-1.png").read_bytes() == png()
    # the action plan left the text for review.yaml
    assert "Relaunch" not in report
    yaml_text = (out / "review.yaml").read_text("utf-8")
    assert yaml_text.startswith("# yaml-language-server: $schema=")
    assert (out / yaml_text.splitlines()[0].split("$schema=")[1]).resolve().name == "review.schema.json"
    from generator.loader import load_review

    review, load_findings = load_review(out)
    assert review is not None and load_findings == []
    assert review.data["action_plan"] == [
        {"id": "A1", "recommendation": "R1", "action": "Relaunch the bruising protocol",
         "owner": "Partnership", "due": dt.date(2025, 10, 31), "status": "complete"},
        {"id": "A2", "recommendation": "R2", "action": "Audit the protocol", "owner": "ICB",
         "due": dt.date(2026, 6, 30), "status": "in-progress"},
    ]
    assert review.data["title"] == "Local child safeguarding practice review: Child A"
    # required metadata the draft cannot supply: commented placeholders, and validate asks for each
    for line in ("# board: ''", "# dates:", "#   decision: YYYY-MM-DD", "# commissioning:",
                 "#   panel_informed: YYYY-MM-DD"):
        assert line in yaml_text.splitlines()
    asked = {f.message.split(" ")[0] for f in validated if f.code == "VAL104"}
    assert {"board", "guidance.edition", "dates.decision"} <= asked
    assert not [f for f in validated if f.code in ("VAL101", "VAL102", "VAL103", "VAL005", "VAL006", "VAL007")]
    # the loader numbers the imported paragraphs: Background (section 3) has three numbered paragraphs
    background = review.documents[0].section("circumstances")
    assert [p.number for p in background.paragraphs] == ["3.1", "3.2", "3.3"]


def test_rendered_sample_imports_back(tmp_path: Path) -> None:
    """casereview's own DOCX of the England sample imports back to the same structure and data."""
    from generator.loader import load_review

    sample = Path(__file__).resolve().parents[2] / "samples" / "england-lcspr"
    assert main(["render", str(sample), "--out", str(tmp_path / "docx"), "--to", "docx"]) == 0
    findings, validated = import_and_validate(tmp_path / "docx" / "report.docx", tmp_path / "review")
    original, _ = load_review(sample)
    back, load_findings = load_review(tmp_path / "review")
    assert load_findings == []
    before = next(d for d in original.documents if d.key == "report" and d.lang == "en")
    after = back.documents[0]
    assert [s.id for s in after.sections if s.id] == [s.id for s in before.sections if s.id]
    # typed paragraph numbers ("1.1") are removed and the same paragraphs are numbered again
    for a, b in zip([s for s in after.sections if s.id], [s for s in before.sections if s.id]):
        assert [p.number for p in a.paragraphs] == [p.number for p in b.paragraphs], a.id
    data = back.data
    assert [(r["date"], r["agency"]) for r in data["chronology"]] == [
        (r["date"], r["agency"]) for r in original.data["chronology"]]
    assert data["glossary"] == original.data["glossary"]
    assert [r["id"] for r in data["recommendations"]] == [r["id"] for r in original.data["recommendations"]]
    assert [(a["id"], a["recommendation"], a["owner"], a["due"], a["status"]) for a in data["action_plan"]] == [
        (a["id"], a["recommendation"], a["owner"], a["due"], a["status"]) for a in original.data["action_plan"]]
    assert not [f for f in validated if f.code in ("VAL101", "VAL102", "VAL301", "VAL005", "VAL007")]


@pytest.mark.parametrize("missing", [
    ["analysis"],
    ["child-perspective", "learning", "recommendations"],
    ["scope-and-method", "circumstances", "professional-decisions", "multi-agency-working"],
])
def test_missing_sections_are_exactly_what_validate_names(tmp_path: Path, missing: list[str]) -> None:
    headings = [h for h, sid in ENGLAND_SECTIONS if sid not in missing]
    draft = lcspr_draft(tmp_path / "draft.docx", headings)
    _, validated = import_and_validate(draft, tmp_path / "review")
    named = sorted(
        f.message.split("{#")[1].split("}")[0]
        for f in validated
        if f.code in ("VAL101", "VAL102")
    )
    assert named == sorted(missing)
    assert all(f.code == "VAL101" for f in validated if f.code.startswith("VAL10") and f.code != "VAL104")


DOCUMENT_CASES = [
    (nation, review_type, doc.key)
    for nation, review_type in schemas.review_types()
    for doc in schemas.documents(nation, review_type)
    if "*" not in doc.filename and doc.required_sections
]


@pytest.mark.parametrize("nation, review_type, key", DOCUMENT_CASES)
def test_every_document_type_imports_with_its_sections(
    tmp_path: Path, nation: str, review_type: str, key: str
) -> None:
    spec = next(d for d in schemas.documents(nation, review_type) if d.key == key)
    document = docx.Document()
    document.add_paragraph(spec.title, style="Title")
    for section in spec.required_sections:
        document.add_heading(section.title, 1)
        document.add_paragraph(f"Fictional text for {section.title.lower()}.")
    document.save(str(tmp_path / "draft.docx"))
    findings, validated = import_and_validate(tmp_path / "draft.docx", tmp_path / "review", nation, review_type)
    assert findings == []
    assert sorted(p.name for p in (tmp_path / "review").glob("*.md")) == [spec.filename]
    text = (tmp_path / "review" / spec.filename).read_text("utf-8")
    assert [line.rsplit("{#", 1)[1][:-1] for line in text.splitlines() if line.startswith("## ")] == [
        s.id for s in spec.required_sections]
    assert not [f for f in validated if f.code in ("VAL101", "VAL102") and f.location.path.endswith(spec.filename)]


def test_northern_ireland_draft_splits_into_documents(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Overview report", 1)
    for title in ["Introduction", "Terms of reference", "Methodology", "Family involvement", "Background",
                  "Analysis", "Lessons learned", "Recommendations"]:
        document.add_heading(title, 2)
        document.add_paragraph(f"Overview text: {title}.")
    document.add_heading("Executive summary", 1)
    for title in ["Introduction", "Case summary", "Recommendations"]:
        document.add_heading(title, 2)
        document.add_paragraph(f"Summary text: {title}.")
    document.save(str(tmp_path / "cmr.docx"))
    findings, validated = import_and_validate(tmp_path / "cmr.docx", tmp_path / "review", "northern-ireland", "cmr")
    assert codes(findings) == []
    overview = (tmp_path / "review" / "overview-report.md").read_text("utf-8")
    summary = (tmp_path / "review" / "executive-summary.md").read_text("utf-8")
    assert overview.startswith("# Overview report\n") and "## Lessons learned {#lessons-learned}" in overview
    assert "Summary text" not in overview
    assert summary.startswith("# Executive summary\n") and "## Case summary {#case-summary}" in summary
    missing = [f for f in validated if f.code in ("VAL101", "VAL103", "NIR101", "NIR102", "NIR103")]
    assert len(missing) == 1 and "{#learning}" in missing[0].message
    assert missing[0].location.path.endswith("executive-summary.md")


# --------------------------------------------------------------------------- findings
def _paragraph_with(document: docx.document.Document, xml_runs: str) -> None:
    p = document.add_paragraph()
    for child in parse_xml(f"<w:p {nsdecls('w')}>{xml_runs}</w:p>"):
        p._p.append(child)


def test_tracked_changes_keep_original_text_and_are_reported(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Background", 1)
    document.add_paragraph("Untouched paragraph.")
    _paragraph_with(document, (
        '<w:r><w:t xml:space="preserve">The family lived in </w:t></w:r>'
        '<w:del w:id="1" w:author="Reviewer Smith" w:date="2025-01-01T00:00:00Z">'
        '<w:r><w:delText>Northtown</w:delText></w:r></w:del>'
        '<w:ins w:id="2" w:author="Reviewer Smith" w:date="2025-01-01T00:00:00Z">'
        '<w:r><w:t>Jaydenville</w:t></w:r></w:ins>'
        '<w:r><w:t xml:space="preserve"> for two years.</w:t></w:r>'))
    document.save(str(tmp_path / "d.docx"))
    findings, _ = importer.run(tmp_path / "d.docx", "england", "lcspr", tmp_path / "out")
    report = (tmp_path / "out" / "report.md").read_text("utf-8")
    assert "The family lived in Northtown for two years." in report
    assert "Jaydenville" not in report
    changes = [f for f in findings if f.code == "VAL050"]
    assert [(f.location.part, f.location.line, f.location.column) for f in changes] == [
        ("word/document.xml", 3, 21), ("word/document.xml", 3, 30)]
    assert "deletion of 9 characters" in changes[0].message and "insertion of 11" in changes[1].message
    for f in findings:
        assert "Jaydenville" not in f.message and "Smith" not in f.message and "Northtown" not in f.message


def test_tracked_paragraph_breaks_and_rows(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Background", 1)
    p = document.add_paragraph("First half.")
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:rPr {nsdecls("w")}><w:ins w:id="5" w:author="A" w:date="2025-01-01T00:00:00Z"/></w:rPr>'))
    document.add_paragraph("Second half.")
    add_table(document, [["Term", "Meaning"], ["MASH", "Multi-Agency Safeguarding Hub"], ["GP", "Doctor"]])
    row = document.tables[0].rows[2]._tr
    row.get_or_add_trPr().append(parse_xml(
        f'<w:ins {nsdecls("w")} w:id="6" w:author="A" w:date="2025-01-01T00:00:00Z"/>'))
    document.save(str(tmp_path / "p.docx"))
    findings, _ = importer.run(tmp_path / "p.docx", "england", "lcspr", tmp_path / "out")
    assert [(f.code, f.location.line, f.location.column) for f in findings] == [
        ("VAL050", 2, 12), ("VAL050", 8, 1)]
    assert "paragraph break inserted" in findings[0].message and "table row" in findings[1].message
    from generator.loader import load_review

    review, _ = load_review(tmp_path / "out")
    assert review.data["glossary"] == [{"term": "MASH", "definition": "Multi-Agency Safeguarding Hub"}]


def test_comments_are_reported_never_quoted(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Learning", 1)
    p = document.add_paragraph("A paragraph with a comment.")
    document.add_comment(p.runs[0], text="Ask Jayden Okafor's aunt", author="Ann Reviewer", initials="AR")
    document.save(str(tmp_path / "c.docx"))
    findings, _ = importer.run(tmp_path / "c.docx", "england", "lcspr", tmp_path / "out")
    comments = [f for f in findings if f.code == "VAL051"]
    assert len(comments) == 1
    assert (comments[0].location.part, comments[0].location.line) == ("word/document.xml", 2)
    assert "24 characters" in comments[0].message
    everything = json.dumps([f.to_dict() for f in findings]) + "".join(
        p.read_text("utf-8") for p in (tmp_path / "out").glob("*.*") if p.suffix in (".md", ".yaml"))
    for word in ("Jayden", "Okafor", "aunt", "Ann Reviewer"):
        assert word not in everything


def test_unmatched_heading_kept_as_section_and_reported(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Background", 1)
    document.add_paragraph("Context.")
    document.add_heading("Jayden's favourite things", 1)
    document.add_paragraph("Music.")
    document.add_heading("Background and context", 1)  # the same section again
    document.add_paragraph("More context.")
    document.save(str(tmp_path / "u.docx"))
    findings, _ = importer.run(tmp_path / "u.docx", "england", "lcspr", tmp_path / "out")
    report = (tmp_path / "out" / "report.md").read_text("utf-8")
    assert "## Jayden's favourite things\n\nMusic." in report
    unmatched = [f for f in findings if f.code == "VAL052"]
    assert [f.location.line for f in unmatched] == [3, 5]
    assert "Jayden" not in unmatched[0].message and unmatched[0].evidence == "J*****'s f******** t*****"
    assert "'circumstances'" in unmatched[1].message


def test_images_without_alt_text_and_linked_images(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Background", 1)
    document.add_picture(io.BytesIO(png((1, 2, 3))), width=Inches(1))
    document.add_picture(io.BytesIO(png((1, 2, 3))), width=Inches(1))  # the same picture twice
    set_alt(document, "A diagram")
    document.save(str(tmp_path / "i.docx"))
    findings, _ = importer.run(tmp_path / "i.docx", "england", "lcspr", tmp_path / "out")
    report = (tmp_path / "out" / "report.md").read_text("utf-8")
    assert "![](assets/image-1.png)\n\n![A diagram](assets/image-1.png)" in report
    assert [p.name for p in (tmp_path / "out" / "assets").iterdir()] == ["image-1.png"]
    assert [(f.code, f.location.line) for f in findings] == [("VAL054", 2)]


def _bmp() -> bytes:
    """A valid 1x1 24-bit BMP."""
    pixels = b"\x00\x00\xff\x00"
    header = struct.pack("<IiiHHIIiiII", 40, 1, 1, 1, 24, 0, len(pixels), 2835, 2835, 0, 0)
    return b"BM" + struct.pack("<IHHI", 14 + len(header) + len(pixels), 0, 0, 14 + len(header)) + header + pixels


def test_image_formats_the_renderers_refuse_are_reported(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Background", 1)
    document.add_picture(io.BytesIO(_bmp()))
    set_alt(document, "A blue dot")
    document.save(str(tmp_path / "i.docx"))
    findings, _ = importer.run(tmp_path / "i.docx", "england", "lcspr", tmp_path / "out")
    assert [(f.code, f.location.line) for f in findings] == [("VAL059", 2)]
    assert (tmp_path / "out" / "assets" / "image-1.bmp").read_bytes() == _bmp()


def test_sections_one_level_down(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Review of practice: Child A", 1)
    for title in ["Background", "Analysis", "Learning"]:
        document.add_heading(title, 2)
        document.add_paragraph(f"{title} text.")
    document.add_heading("Appendix A: chronology", 1)
    add_table(document, [["Date", "Agency", "Event"], ["14/02/2023", "Police", "Attended the home"]])
    document.save(str(tmp_path / "l.docx"))
    findings, _ = importer.run(tmp_path / "l.docx", "england", "lcspr", tmp_path / "out")
    assert findings == []
    report = (tmp_path / "out" / "report.md").read_text("utf-8")
    assert report == ("# Review of practice: Child A\n\n## Background {#circumstances}\n\nBackground text.\n\n"
                      "## Analysis {#analysis}\n\nAnalysis text.\n\n## Learning {#learning}\n\nLearning text.\n")


def test_welsh_draft_becomes_welsh_parallel_text(tmp_path: Path) -> None:
    document = docx.Document()
    for title in ["Cyflwyniad", "Cefndir", "Dadansoddiad", "Dysgu", "Argymhellion"]:
        document.add_heading(title, 1)
        document.add_paragraph(f"Testun {title}.")
    document.save(str(tmp_path / "cy.docx"))
    findings, validated = import_and_validate(tmp_path / "cy.docx", tmp_path / "out", "wales", "susr")
    assert findings == []
    assert sorted(p.name for p in (tmp_path / "out").glob("*.md")) == ["report.cy.md"]
    text = (tmp_path / "out" / "report.cy.md").read_text("utf-8")
    assert text.startswith("# Adroddiad adolygiad diogelu unedig sengl\n\n## Cyflwyniad {#introduction}\n")
    assert "language: cy" in (tmp_path / "out" / "review.yaml").read_text("utf-8")
    assert any(f.code in ("VAL103",) or "report.md" in f.message for f in validated)


def test_draft_without_headings(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Just some text.")
    document.save(str(tmp_path / "n.docx"))
    findings, validated = import_and_validate(tmp_path / "n.docx", tmp_path / "out")
    assert [(f.code, f.location.line) for f in findings] == [("VAL057", None)]
    assert (tmp_path / "out" / "report.md").read_text("utf-8") == (
        "# Local child safeguarding practice review\n\nJust some text.\n")
    assert len([f for f in validated if f.code == "VAL101"]) == 10


def test_explicit_ids_in_headings(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("What we saw {#circumstances}", 1)
    document.add_paragraph("Text.")
    document.add_heading("Something else {#no-such-section}", 1)
    document.add_paragraph("More.")
    document.save(str(tmp_path / "h.docx"))
    findings, _ = importer.run(tmp_path / "h.docx", "england", "lcspr", tmp_path / "out")
    report = (tmp_path / "out" / "report.md").read_text("utf-8")
    assert "## What we saw {#circumstances}\n" in report
    assert "## Something else\n" in report
    assert [(f.code, f.location.line) for f in findings] == [("VAL052", 3)]


def test_tables_not_recognised_and_bad_dates(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Background", 1)
    add_table(document, [["Episode", "When"], ["Booking", "November 2023"]])
    document.add_heading("Chronology", 1)
    add_table(document, [["Date", "Agency", "What happened", "Source"],
                         ["14/02/2023", "Police", "Attended the home", "Police log"],
                         ["Spring 2023", "GP", "Saw Mother", ""]])
    document.save(str(tmp_path / "t.docx"))
    findings, _ = importer.run(tmp_path / "t.docx", "england", "lcspr", tmp_path / "out")
    assert codes(findings) == ["VAL053", "VAL055"]
    report = (tmp_path / "out" / "report.md").read_text("utf-8")
    assert "| Episode | When |\n| --- | --- |\n| Booking | November 2023 |" in report
    assert "Chronology" not in report  # a section holding only the chronology moved to review.yaml
    from generator.loader import load_review

    review, _ = load_review(tmp_path / "out")
    assert review.data["chronology"][0]["event"] == "Attended the home; Source: Police log"
    assert review.data["chronology"][1]["date"] == "Spring 2023"


def test_text_boxes_follow_their_paragraph(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Learning", 1)
    _paragraph_with(document, (
        '<w:r><w:t>Before the box.</w:t></w:r><w:r><w:pict>'
        '<v:shape xmlns:v="urn:schemas-microsoft-com:vml" style="width:100pt;height:50pt"><v:textbox>'
        '<w:txbxContent><w:p><w:r><w:t>Text in a box.</w:t></w:r></w:p></w:txbxContent>'
        '</v:textbox></v:shape></w:pict></w:r>'))
    document.add_paragraph("After the box.")
    document.save(str(tmp_path / "b.docx"))
    importer.run(tmp_path / "b.docx", "england", "lcspr", tmp_path / "out")
    report = (tmp_path / "out" / "report.md").read_text("utf-8")
    assert "## Learning {#learning}\n\nBefore the box.\n\nText in a box.\n\nAfter the box.\n" in report


def test_footnotes_become_markdown_footnotes(tmp_path: Path) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    document = docx.Document()
    document.add_heading("Scope and method", 1)
    _paragraph_with(document, '<w:r><w:t>The review used a systems approach.</w:t></w:r>'
                              '<w:r><w:footnoteReference w:id="2"/></w:r>')
    notes = (f'<w:footnotes {nsdecls("w")}>'
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             '<w:footnote w:id="2"><w:p><w:r><w:t>See the Panel practice guidance.</w:t></w:r></w:p></w:footnote>'
             '</w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                notes.encode("utf-8"), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)
    document.save(str(tmp_path / "f.docx"))
    findings, _ = importer.run(tmp_path / "f.docx", "england", "lcspr", tmp_path / "out")
    assert findings == []
    report = (tmp_path / "out" / "report.md").read_text("utf-8")
    assert "The review used a systems approach.[^fn2]" in report
    assert report.endswith("\n\n[^fn2]: See the Panel practice guidance.\n")


# --------------------------------------------------------------------------- Word numbering
def _numbering(document: docx.document.Document, levels: list[tuple[str, str]]) -> str:
    """Add a multi-level list definition; return its numId."""
    root = document.part.numbering_part.element
    abstract_id = str(90 + len(root.findall(qn("w:abstractNum"))))
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate(levels))
    abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">{lvls}</w:abstractNum>')
    first_num = root.find(qn("w:num"))
    first_num.addprevious(abstract)
    num_id = str(900 + len(root.findall(qn("w:num"))))
    root.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'))
    return num_id


def _numbered(document: docx.document.Document, text: str, num_id: str, level: int) -> None:
    p = document.add_paragraph(text)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def test_word_numbering_becomes_numbered_paragraphs(tmp_path: Path) -> None:
    document = docx.Document()
    paras = _numbering(document, [("decimal", "%1."), ("decimal", "%1.%2"), ("lowerLetter", "(%3)")])
    document.add_heading("Analysis", 1)
    _numbered(document, "Numbered paragraph one.", paras, 0)
    _numbered(document, "Sub-numbered paragraph.", paras, 1)
    _numbered(document, "Point a.", paras, 2)
    _numbered(document, "Point b.", paras, 2)
    _numbered(document, "Numbered paragraph two.", paras, 0)
    document.save(str(tmp_path / "n.docx"))
    importer.run(tmp_path / "n.docx", "england", "lcspr", tmp_path / "out")
    report = (tmp_path / "out" / "report.md").read_text("utf-8")
    assert ("## Analysis {#analysis}\n\nNumbered paragraph one.\n\nSub-numbered paragraph.\n\n"
            "1. Point a.\n1. Point b.\n\nNumbered paragraph two.\n") in report
    from generator.loader import load_review

    review, _ = load_review(tmp_path / "out")
    assert [p.number for p in review.documents[0].section("analysis").paragraphs] == ["1.1", "1.2", "1.3"]


@pytest.mark.parametrize("numbering, paragraph", [
    (Numbering("1", 0, "decimal", "%1."), True),
    (Numbering("1", 1, "decimal", "%1.%2"), True),
    (Numbering("1", 2, "decimal", "%1.%2.%3"), True),
    (Numbering("1", 0, "bullet", "\u2022"), False),
    (Numbering("1", 1, "lowerLetter", "(%2)"), False),
    (Numbering("1", 1, "lowerRoman", "%2."), False),
    (Numbering("1", 0, "upperLetter", "%1."), False),
    (Numbering("1", 1, "none", ""), True),
])
def test_paragraph_numbering_table(numbering: Numbering, paragraph: bool) -> None:
    assert numbering.is_paragraph_numbering is paragraph


# --------------------------------------------------------------------------- tables and dates
@pytest.mark.parametrize("header, kind", [
    (["Rec", "Action", "Lead agency", "Timescale", "Status"], "action_plan"),
    (["No.", "Recommendation", "Actions required", "Owner", "Target date", "RAG", "Progress update"], "action_plan"),
    (["Recommendation", "Lead", "By when"], "action_plan"),
    (["Date", "Agency", "Event"], "chronology"),
    (["Date", "Organisation", "What happened"], "chronology"),
    (["Date", "Description"], "chronology"),
    (["No", "Recommendation"], "recommendations"),
    (["Episode", "When", "Agencies", "What happened"], None),
    (["Term", "Meaning"], "glossary"),
    (["Abbreviation", "Definition"], "glossary"),
    (["Name", "Role"], None),
    (["Action"], None),
    (["Date"], None),
])
def test_table_kinds(header: list[str], kind: str | None) -> None:
    assert classify(header_fields(header)) == kind


@pytest.mark.parametrize("text, iso", [
    ("2025-01-31", "2025-01-31"), ("31/01/2025", "2025-01-31"), ("31/01/25", "2025-01-31"),
    ("3.2.2024", "2024-02-03"), ("31 January 2025", "2025-01-31"), ("31st Jan 2025", "2025-01-31"),
    ("1 Sept 2024", "2024-09-01"), ("Friday 31 January 2025", "2025-01-31"), ("31-Jan-2025", "2025-01-31"),
    ("January 2025", None), ("Spring 2023", None), ("31/02/2025", None), ("TBC", None), ("", None),
    ("01/31/2025", None),
])
def test_parse_date(text: str, iso: str | None) -> None:
    parsed = parse_date(text)
    assert (parsed.isoformat() if parsed else None) == iso


@pytest.mark.parametrize("text, status", [
    ("Complete", "complete"), ("Completed", "complete"), ("In progress", "in-progress"),
    ("On track", "in-progress"), ("Not yet started", "not-started"), ("Green", None), ("", None),
])
def test_status(text: str, status: str | None) -> None:
    assert normalise_status(text) == status


def test_action_plan_with_recommendation_text_creates_recommendations() -> None:
    found = recognise([
        ["Recommendation", "Action", "Owner", "Due"],
        ["Relaunch the protocol.", "Write guide", "LSCP", "March 2026"],
        ["Relaunch the protocol.", "Audit", "ICB", "2026-06-30"],
        ["Share notifications.", "New process", "Police", "1/4/2026"],
    ])
    assert found is not None and found.kind == "action_plan"
    assert found.recommendations == [{"id": "R1", "text": "Relaunch the protocol."},
                                     {"id": "R2", "text": "Share notifications."}]
    assert [r["recommendation"] for r in found.rows] == ["R1", "R1", "R2"]
    assert [r["id"] for r in found.rows] == ["A1", "A2", "A3"]
    assert [(p.kind, p.row, p.field) for p in found.problems] == [("date", 1, "due")]


# --------------------------------------------------------------------------- headings
@pytest.mark.parametrize("heading, section_id", ENGLAND_SECTIONS + [
    ("Voice of the child", "child-perspective"),
    ("Methodology", "scope-and-method"),
    ("Analysis of practice", "analysis"),
    ("Recommendation", "recommendations"),
    ("Jayden's favourite things", None),
    ("Random musings", None),
    ("Conclusion", None),
])
def test_heading_matching(heading: str, section_id: str | None) -> None:
    doc = schemas.document_for_file("england", "lcspr", "report.md")
    found = match_heading(doc, heading, set())
    assert (found.id if found else None) == section_id


# --------------------------------------------------------------------------- Markdown escaping
@pytest.mark.parametrize("text, expected", [
    ("a * b _c_", r"a \* b \_c\_"),
    ("[link](x)", r"\[link\](x)"),
    ("Title {#id}", r"Title {\#id}"),
    ("a | b", r"a \| b"),
])
def test_escape(text: str, expected: str) -> None:
    assert md.escape(text) == expected


@pytest.mark.parametrize("url, expected", [
    ("https://www.gov.uk/guidance", "https://www.gov.uk/guidance"),
    ("https://example.org/a b<c>", "https://example.org/a%20b%3Cc%3E"),
    ("mailto:board@example.org", "mailto:board@example.org"),
    ("javascript:alert(1)", None),
    ("file:///etc/passwd", None),
    ("report.docx", None),
])
def test_safe_link(url: str, expected: str | None) -> None:
    assert md.safe_link(url) == expected
    text = md.inline_markdown([("the guidance", False, False, url, False)])
    assert text == (f"[the guidance](<{expected}>)" if expected else "the guidance")


@pytest.mark.parametrize("text, expected", [
    ("# not a heading", r"\# not a heading"),
    ("- not a list", r"\- not a list"),
    ("1. not a list", r"1\. not a list"),
    ("> not a quote", r"\> not a quote"),
    ("2024 was a year", "2024 was a year"),
])
def test_paragraph_start_escaped(text: str, expected: str) -> None:
    assert md.paragraph(text) == expected


# --------------------------------------------------------------------------- CLI and errors
def test_cli_import_json_and_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = lcspr_draft(tmp_path / "draft.docx", ["Background"])
    assert main(["import", str(draft), "--nation", "england", "--type", "lcspr",
                 "--out", str(tmp_path / "r"), "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["findings"] == []
    assert "next: casereview validate" in captured.err
    # a non-empty output folder is refused, and nothing in it changes
    before = sorted(p.name for p in (tmp_path / "r").iterdir())
    assert main(["import", str(draft), "--nation", "england", "--type", "lcspr", "--out", str(tmp_path / "r")]) == 2
    assert "not empty" in capsys.readouterr().err
    assert sorted(p.name for p in (tmp_path / "r").iterdir()) == before
    assert main(["import", str(draft), "--nation", "england", "--type", "cmr", "--out", str(tmp_path / "x")]) == 2
    assert "not a review type" in capsys.readouterr().err
    (tmp_path / "notes.docx").write_text("plain text", "utf-8")
    assert main(["import", str(tmp_path / "notes.docx"), "--nation", "england", "--type", "lcspr",
                 "--out", str(tmp_path / "y")]) == 2
    assert "not a .docx" in capsys.readouterr().err
    assert not (tmp_path / "x").exists() and not (tmp_path / "y").exists()


def test_failure_leaves_no_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    draft = lcspr_draft(tmp_path / "draft.docx", ["Background"])

    def broken(*args: object) -> str:
        raise RuntimeError("disk full")

    monkeypatch.setattr("generator.importer.writer.review_yaml", broken)
    monkeypatch.setattr(importer, "review_yaml", broken)
    with pytest.raises(RuntimeError):
        importer.run(draft, "england", "lcspr", tmp_path / "out")
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_reader_rejects_non_docx(tmp_path: Path) -> None:
    with pytest.raises(UserError):
        read_docx(tmp_path / "missing.docx")


# --------------------------------------------------------------------------- LibreOffice
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _libreoffice(src: Path, outdir: Path, profile: Path, infilter: str | None = None) -> Path:
    cmd = [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", "docx:MS Word 2007 XML", "--outdir", str(outdir), str(src)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=180)
    return outdir / (src.stem + ".docx")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_written_draft(tmp_path: Path) -> None:
    (tmp_path / "src").mkdir()
    source = lcspr_draft(tmp_path / "src" / "draft.docx",
                         [h for h, sid in ENGLAND_SECTIONS if sid != "practice-features"])
    document = docx.Document(str(source))
    document.add_comment(document.paragraphs[2].runs[0], text="Check with Ann", author="Ann")
    document.save(str(source))
    converted = _libreoffice(source, tmp_path / "lo", tmp_path / "lo-profile")
    assert b"LibreOffice" in zipfile.ZipFile(converted).read("docProps/app.xml")
    findings, validated = import_and_validate(converted, tmp_path / "review")
    assert codes(findings) == ["VAL051"]
    report = (tmp_path / "review" / "report.md").read_text("utf-8")
    assert "\n\nThe first numbered point.\n\nThe second numbered point.\n\n- A bullet point.\n" in report
    assert "![Family diagram showing Child A, Mother and Child B](assets/image-1.png)" in report
    assert "Text about learning for Child A, **in bold** and plain." in report
    missing = [f.message for f in validated if f.code in ("VAL101", "VAL102")]
    assert len(missing) == 1 and "{#practice-features}" in missing[0]
    from generator.loader import load_review

    review, _ = load_review(tmp_path / "review")
    assert [a["status"] for a in review.data["action_plan"]] == ["complete", "in-progress"]


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_html_draft(tmp_path: Path) -> None:
    html = tmp_path / "draft.html"
    html.write_text(
        "<html><head><meta charset='utf-8'><title>Draft</title></head><body>"
        "<h1>Background</h1><p>Child B lived with <i>Mother</i>.</p>"
        "<ol><li>First numbered</li><li>Second numbered</li></ol><ul><li>A bullet</li></ul>"
        "<p><img src='pic.png' alt='A linked picture' width='20' height='20'></p>"
        "<h1>Chronology</h1><table border='1'><tr><th>Date</th><th>Agency</th><th>Event</th></tr>"
        "<tr><td>14/02/2023</td><td>Police</td><td>Attended the home</td></tr></table>"
        "</body></html>", "utf-8")
    (tmp_path / "pic.png").write_bytes(png())
    converted = _libreoffice(html, tmp_path / "lo", tmp_path / "lo-profile", "HTML (StarWriter)")
    findings, _ = importer.run(converted, "england", "lcspr", tmp_path / "review")
    assert codes(findings) == ["VAL058"]  # LibreOffice links, rather than embeds, an HTML picture
    report = (tmp_path / "review" / "report.md").read_text("utf-8")
    assert ("## Background {#circumstances}\n\nChild B lived with *Mother*.\n\nFirst numbered\n\n"
            "Second numbered\n\n- A bullet\n") in report
    from generator.loader import load_review

    review, _ = load_review(tmp_path / "review")
    assert review.data["chronology"] == [
        {"date": dt.date(2023, 2, 14), "agency": "Police", "event": "Attended the home"}]


# --------------------------------------------------------------------------- escaping property
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


def _rendered_text(markdown_text: str) -> str:
    from generator.numbering import parser

    tokens = parser().parse(markdown_text)
    out = []
    for tok in tokens:
        if tok.type == "inline":
            for child in tok.children or []:
                if child.type in ("text", "code_inline"):
                    out.append(child.content)
                elif child.type in ("softbreak", "hardbreak"):
                    out.append(" ")
                elif child.type not in ("text",):
                    out.append(f"<{child.type}>")
        elif tok.type not in ("paragraph_open", "paragraph_close"):
            out.append(f"<{tok.type}>")
    return "".join(out)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab 1.#*_-+>|[](){}<>`\\!:=~&;")), min_size=1, max_size=30))
def test_escaped_text_reads_back_as_itself(text: str) -> None:
    """Any draft text, escaped as a paragraph, renders as exactly that text (no emphasis, links, lists)."""
    plain = " ".join(text.split())
    if not plain:
        return
    assert _rendered_text(md.paragraph(md.escape(plain))) == plain


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.text(alphabet=st.sampled_from(list("ab .,*_(")), min_size=1, max_size=6),
                          st.booleans(), st.booleans()), min_size=1, max_size=5))
def test_formatted_runs_read_back_as_their_text(runs: list[tuple[str, bool, bool]]) -> None:
    """Bold/italic runs never leave stray asterisks: the text reads back exactly, minus markers."""
    expected = " ".join("".join(t for t, _, _ in runs).split())
    if not expected:
        return
    text = md.inline_markdown([(t, b, i, None, False) for t, b, i in runs])
    rendered = _rendered_text(md.paragraph(text))
    for marker in ("<strong_open>", "<strong_close>", "<em_open>", "<em_close>"):
        rendered = rendered.replace(marker, "")
    assert " ".join(rendered.split()) == expected
