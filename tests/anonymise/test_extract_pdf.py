"""PDF extraction: every channel that can leak a name is its own part; hostile files fail closed."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import pikepdf
import pytest

from anonymise.extract import extract
from anonymise.types import Extracted
from tests.anonymise.fixtures_builders import NAME, add_annotation, add_page_text, html_pdf, incremental_update, pike_edit

PIXEL = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
CLEAN_HTML = "<h2>Circumstances</h2><p>Child A lived with Mother and Sibling 1.</p><p>Health Visitor 1 visited.</p>"


@lru_cache(maxsize=None)
def clean_pdf() -> bytes:
    """One WeasyPrint PDF shared by the tests (rendering is the slow part)."""
    return html_pdf(CLEAN_HTML)


@lru_cache(maxsize=None)
def leaky_body_pdf() -> bytes:
    return html_pdf(f"<p>{NAME} lived with Mother.</p>")


def boxed_pdf(colour: str) -> bytes:
    """The name with a filled box drawn over it (a "redaction" that leaves the text in the file)."""
    box = f'<span style="position:absolute; left:0; top:0; right:0; bottom:0; background:{colour}"></span>'
    return html_pdf(f'<p>Seen by <span style="position:relative">{NAME}{box}</span> today.</p>')


def _names(ex: Extracted, needle: str = NAME) -> set[tuple[str | None, str]]:
    return {(p.part, p.channel) for p in ex.parts if needle.lower() in " ".join(p.text.split()).lower()}


def _body_text(ex: Extracted) -> str:
    return "".join(p.text for p in ex.parts if p.channel == "body")


def _write(tmp_path: Path, data: bytes, name: str = "report.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _xmp(pdf: pikepdf.Pdf) -> None:
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        meta["dc:creator"] = [NAME]


def _info(pdf: pikepdf.Pdf) -> None:
    pdf.docinfo["/Author"] = NAME


def _outline(pdf: pikepdf.Pdf) -> None:
    with pdf.open_outline() as outline:
        outline.root.append(pikepdf.OutlineItem("Circumstances", 0))
        outline.root[0].children.append(pikepdf.OutlineItem(f"Interview with {NAME}", 0))


def _attach_text(pdf: pikepdf.Pdf) -> None:
    pdf.attachments["notes.txt"] = pikepdf.AttachedFileSpec(pdf, f"Notes: {NAME} attended.".encode(), filename="notes.txt")


def _attach_named(pdf: pikepdf.Pdf) -> None:
    pdf.attachments["q.txt"] = pikepdf.AttachedFileSpec(pdf, b"nothing here", filename="perpetua-quenby.txt")


def _attach_pdf(pdf: pikepdf.Pdf) -> None:
    pdf.attachments["inner.pdf"] = pikepdf.AttachedFileSpec(pdf, leaky_body_pdf(), filename="inner.pdf")


def _stamp(pdf: pikepdf.Pdf) -> None:
    font = pikepdf.Dictionary({"/Type": pikepdf.Name.Font, "/Subtype": pikepdf.Name.Type1, "/BaseFont": pikepdf.Name.Helvetica})
    appearance = pdf.make_stream(
        f"BT /FHelv 14 Tf 5 5 Td (Approved by {NAME}) Tj ET".encode("latin-1"),
        {"/Type": pikepdf.Name.XObject, "/Subtype": pikepdf.Name.Form, "/BBox": pikepdf.Array([0, 0, 300, 30]),
         "/Resources": pikepdf.Dictionary({"/Font": pikepdf.Dictionary({"/FHelv": font})})},
    )
    add_annotation(pdf, Subtype="/Stamp", Name="/Approved", AP=pikepdf.Dictionary({"/N": appearance}))


def _form(pdf: pikepdf.Pdf) -> None:
    page = pdf.pages[0]
    field = pdf.make_indirect(pikepdf.Dictionary({
        "/Type": pikepdf.Name.Annot, "/Subtype": pikepdf.Name.Widget, "/FT": pikepdf.Name.Tx,
        "/T": pikepdf.String("child_name"), "/V": pikepdf.String(NAME),
        "/Rect": pikepdf.Array([72, 600, 300, 620]), "/P": page.obj,
    }))
    pdf.Root["/AcroForm"] = pikepdf.Dictionary({"/Fields": pikepdf.Array([field])})
    page.obj["/Annots"] = pikepdf.Array([field])


LEAKS: list[tuple[str, Callable[[], bytes], str, str]] = [
    ("page text", leaky_body_pdf, "pdf:page=1", "body"),
    ("page 2 text", lambda: html_pdf(f'<p>Page one.</p><p style="page-break-before: always">{NAME} on page two.</p>'), "pdf:page=2", "body"),
    ("info author", lambda: pike_edit(clean_pdf(), _info), "pdf:info", "metadata"),
    ("html title in info", lambda: html_pdf(CLEAN_HTML, title=f"Review of {NAME}"), "pdf:info", "metadata"),
    ("xmp creator", lambda: pike_edit(clean_pdf(), _xmp), "pdf:xmp", "metadata"),
    ("sticky note contents", lambda: pike_edit(clean_pdf(), lambda p: add_annotation(p, Subtype="/Text", Contents=pikepdf.String(f"Ask {NAME}"))), "pdf:page=1:annotations", "annotation"),
    ("annotation author", lambda: pike_edit(clean_pdf(), lambda p: add_annotation(p, Subtype="/Text", Contents=pikepdf.String("Check"), T=pikepdf.String(NAME))), "pdf:page=1:annotations", "annotation"),
    ("free text", lambda: pike_edit(clean_pdf(), lambda p: add_annotation(p, Subtype="/FreeText", Contents=pikepdf.String(NAME), DA=pikepdf.String("/Helv 10 Tf 0 g"))), "pdf:page=1:annotations", "annotation"),
    ("popup rich text", lambda: pike_edit(clean_pdf(), lambda p: add_annotation(p, Subtype="/Popup", RC=pikepdf.String(f"<body><p>{NAME}</p></body>"))), "pdf:page=1:annotations", "annotation"),
    ("custom stamp appearance", lambda: pike_edit(clean_pdf(), _stamp), "pdf:page=1:annotations", "annotation"),
    ("link target", lambda: pike_edit(clean_pdf(), lambda p: add_annotation(p, Subtype="/Link", A=pikepdf.Dictionary({"/S": pikepdf.Name.URI, "/URI": pikepdf.String("mailto:Perpetua.Quenby@example.org")}))), "pdf:page=1:links", "hyperlink"),
    ("attachment text", lambda: pike_edit(clean_pdf(), _attach_text), "pdf:attachment=notes.txt", "attachment"),
    ("attachment name", lambda: pike_edit(clean_pdf(), _attach_named), "pdf:attachments", "attachment"),
    ("attached pdf", lambda: pike_edit(clean_pdf(), _attach_pdf), "pdf:attachment=inner.pdf/pdf:page=1", "attachment"),
    ("figure alt text (PDF/UA)", lambda: html_pdf(f'<p>Genogram</p><img alt="Photo of {NAME}" src="{PIXEL}">', variant="pdf/ua-1"), "pdf:alt-text", "alt-text"),
    ("outline", lambda: pike_edit(clean_pdf(), _outline), "pdf:outlines", "outline"),
    ("form field", lambda: pike_edit(clean_pdf(), _form), "pdf:forms", "form-field"),
    ("earlier revision page text", lambda: incremental_update(leaky_body_pdf()), "pdf:revision=1", "earlier-revision"),
    ("earlier revision info", lambda: incremental_update(pike_edit(clean_pdf(), _info), blank_page=False, info={"/Author": "Board"}), "pdf:revision=1", "earlier-revision"),
    ("black box over text", lambda: boxed_pdf('black'), "pdf:page=1#covered-text", "covered-text"),
    ("white box over text", lambda: boxed_pdf('white'), "pdf:page=1#covered-text", "covered-text"),
    ("filled square annotation over text", lambda: pike_edit(leaky_body_pdf(), lambda p: add_annotation(p, Subtype="/Square", Rect=pikepdf.Array([0, 0, 600, 850]), IC=pikepdf.Array([0, 0, 0]))), "pdf:page=1#covered-text", "covered-text"),
    ("invisible text (render mode 3)", lambda: pike_edit(clean_pdf(), lambda p: add_page_text(p, NAME, render_mode=3)), "pdf:page=1#hidden", "hidden"),
    ("white text", lambda: html_pdf(f'<p>Seen by <span style="color:white">{NAME}</span> today</p>'), "pdf:page=1#hidden", "hidden"),
]


@pytest.mark.parametrize(("case", "build", "part", "channel"), LEAKS, ids=[c[0] for c in LEAKS])
def test_each_channel_leak_is_found_in_its_own_part(tmp_path: Path, case: str, build: Callable[[], bytes], part: str, channel: str) -> None:
    ex = extract(_write(tmp_path, build()))
    assert ex.problems == []
    found = _names(ex) | _names(ex, "Perpetua.Quenby") | _names(ex, "perpetua-quenby")
    assert (part, channel) in found, f"{case}: {found} / {[(p.part, p.channel, p.text[:60]) for p in ex.parts]}"
    if channel != "body":
        assert "quenby" not in _body_text(ex).lower()


def test_clean_pdf_has_only_page_text_and_metadata(tmp_path: Path) -> None:
    ex = extract(_write(tmp_path, clean_pdf()))
    assert ex.problems == []
    assert {p.channel for p in ex.parts} <= {"filename", "body", "metadata", "outline"}
    assert _names(ex) == set()
    assert [p.text for p in ex.parts if p.channel == "outline"] == ["Circumstances\n"]  # WeasyPrint bookmarks headings
    page = next(p for p in ex.parts if p.part == "pdf:page=1")
    assert "Child A lived with Mother and Sibling 1." in page.text


def test_covered_text_is_split_from_the_visible_text(tmp_path: Path) -> None:
    ex = extract(_write(tmp_path, boxed_pdf("black")))
    page = next(p for p in ex.parts if p.part == "pdf:page=1")
    assert " ".join(page.text.split()) == "Seen by today."
    covered = next(p for p in ex.parts if p.channel == "covered-text")
    assert covered.text == NAME + "\n"


def test_text_over_a_dark_banner_is_visible(tmp_path: Path) -> None:
    data = html_pdf(f'<div style="background:#102040; color:white; padding:8px">{NAME}</div>')
    ex = extract(_write(tmp_path, data))
    assert _names(ex) == {("pdf:page=1", "body")}


def test_rotated_watermark_under_an_image_is_not_covered_text(tmp_path: Path) -> None:
    watermark = '<div style="position:absolute; top:200px; left:100px; transform:rotate(-45deg); font-size:90pt; color:#ddd">DRAFT</div>'
    data = html_pdf(f'{watermark}<p>Child A</p><img style="display:block; width:400px; height:300px" alt="diagram" src="{PIXEL}">')
    ex = extract(_write(tmp_path, data))
    assert not [p for p in ex.parts if p.channel == "covered-text"]


def test_invisible_ocr_layer_over_a_scan_is_page_text(tmp_path: Path) -> None:
    ex = extract(_write(tmp_path, pike_edit(clean_pdf(), lambda p: add_page_text(p, NAME, render_mode=3, image_under=True))))
    assert _names(ex) == {("pdf:page=1", "body")}


def test_visible_type1_text_is_page_text(tmp_path: Path) -> None:
    ex = extract(_write(tmp_path, pike_edit(clean_pdf(), lambda p: add_page_text(p, NAME))))
    assert _names(ex) == {("pdf:page=1", "body")}


def test_underline_and_strikethrough_do_not_count_as_covering(tmp_path: Path) -> None:
    data = html_pdf(f'<p><u>{NAME}</u> and <s>Child A</s></p>')
    ex = extract(_write(tmp_path, data))
    assert {p.channel for p in ex.parts} <= {"filename", "body", "metadata"}


def test_filename_is_a_part(tmp_path: Path) -> None:
    ex = extract(_write(tmp_path, clean_pdf(), "perpetua-quenby-review.pdf"))
    assert ("filename", "filename") in _names(ex, "quenby")


def test_single_revision_reports_no_earlier_revision(tmp_path: Path) -> None:
    ex = extract(_write(tmp_path, leaky_body_pdf()))
    assert not [p for p in ex.parts if p.channel == "earlier-revision"]


def test_incremental_update_that_changes_nothing_reports_nothing(tmp_path: Path) -> None:
    data = incremental_update(clean_pdf(), blank_page=False, info={"/Subject": "Learning review"})
    ex = extract(_write(tmp_path, data))
    assert not [p for p in ex.parts if p.channel == "earlier-revision"]
    assert ex.problems == []


# --------------------------------------------------------------------------- fail closed


def _encrypted() -> bytes:
    return pike_edit(clean_pdf(), lambda p: None, encryption=pikepdf.Encryption(user="secret", owner="owner"))


PROBLEMS: list[tuple[str, Callable[[], bytes], str]] = [
    ("encrypted", _encrypted, "encrypted"),
    ("random bytes", lambda: bytes((i * 37) % 256 for i in range(5000)), "not a PDF"),
    ("header then garbage", lambda: b"%PDF-1.7\n" + bytes((i * 91) % 256 for i in range(5000)), "PDF"),
    ("binary attachment", lambda: pike_edit(clean_pdf(), lambda p: p.attachments.__setitem__("photo.png", pikepdf.AttachedFileSpec(p, b"\x89PNG\r\n\x1a\nxxxx", filename="photo.png"))), "cannot be inspected"),
    ("xmp with entities", lambda: pike_edit(clean_pdf(), lambda p: p.Root.__setitem__("/Metadata", p.make_stream(b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><x>&b;</x>')), fix_metadata_version=False), "entity"),
]


@pytest.mark.parametrize(("case", "build", "message"), PROBLEMS, ids=[c[0] for c in PROBLEMS])
def test_hostile_or_unreadable_pdfs_fail_closed(tmp_path: Path, case: str, build: Callable[[], bytes], message: str) -> None:
    path = _write(tmp_path, build())
    ex = extract(path)
    assert ex.problems, case
    assert any(message.lower() in p.message.lower() for p in ex.problems), [p.message for p in ex.problems]


def _self_drawing_form(pdf: pikepdf.Pdf) -> None:
    form = pdf.make_stream(b"/X0 Do", {"/Type": pikepdf.Name.XObject, "/Subtype": pikepdf.Name.Form, "/BBox": pikepdf.Array([0, 0, 100, 100])})
    form["/Resources"] = pikepdf.Dictionary({"/XObject": pikepdf.Dictionary({"/X0": form})})
    page = pdf.pages[0].obj
    page["/Resources"] = pikepdf.Dictionary({"/XObject": pikepdf.Dictionary({"/X0": form})})
    page["/Contents"] = pdf.make_stream(b"/X0 Do")


def _outline_loop(pdf: pikepdf.Pdf) -> None:
    item = pdf.make_indirect(pikepdf.Dictionary({"/Title": pikepdf.String("Circumstances")}))
    item["/Next"] = item
    item["/First"] = item
    pdf.Root["/Outlines"] = pikepdf.Dictionary({"/First": item, "/Last": item})


@pytest.mark.parametrize("edit", [_self_drawing_form, _outline_loop], ids=["form draws itself", "outline loop"])
def test_reference_loops_terminate(tmp_path: Path, edit: Callable[[pikepdf.Pdf], None]) -> None:
    ex = extract(_write(tmp_path, pike_edit(clean_pdf(), edit)))
    assert isinstance(ex, Extracted)


def test_truncated_pdf_never_crashes(tmp_path: Path) -> None:
    data = leaky_body_pdf()
    for cut in (len(data) // 4, len(data) // 2, len(data) - 40):
        ex = extract(_write(tmp_path, data[:cut]))
        assert isinstance(ex, Extracted)


def test_corrupted_pdfs_never_raise() -> None:
    import random

    from anonymise.extract import extract_bytes

    rng = random.Random(7)
    data = clean_pdf()
    for _ in range(40):
        mutated = bytearray(data)
        for _ in range(rng.choice([1, 5, 40])):
            mutated[rng.randrange(len(mutated))] = rng.randrange(256)
        if rng.random() < 0.3:
            mutated = mutated[: rng.randrange(len(mutated))]
        assert isinstance(extract_bytes(bytes(mutated), "x.pdf"), Extracted)


# --------------------------------------------------------------------------- reading order


def test_tagged_pdf_is_read_in_structure_order() -> None:
    from anonymise.extract import extract_bytes
    from tests.anonymise.fixtures_builders import tagged_pdf

    data = tagged_pdf(["Name:", "Address:", NAME, "12 Acacia Road"], [0, 2, 1, 3])
    body = next(p.text for p in extract_bytes(data, "x.pdf", ocr=False).parts if p.part == "pdf:page=1")
    assert body.split("\n")[:4] == ["Name:", NAME, "Address:", "12 Acacia Road"]


def test_untagged_or_ordered_pdf_keeps_content_order() -> None:
    from anonymise.extract import extract_bytes
    from tests.anonymise.fixtures_builders import tagged_pdf

    data = tagged_pdf(["Name:", "Address:"], [0, 1])
    body = next(p.text for p in extract_bytes(data, "x.pdf", ocr=False).parts if p.part == "pdf:page=1")
    assert body.split() == ["Name:", "Address:"]


def test_table_cells_on_one_row_are_separate_lines(tmp_path: Path) -> None:
    """Header cells far apart on one baseline are not one phrase ("Owner By Status" is no name)."""
    row = "".join(f'<th style="width:200px; text-align:left">{w}</th>' for w in ("Perchennog", "Erbyn", "Statws"))
    ex = extract(_write(tmp_path, html_pdf(f"<table><tr>{row}</tr><tr><td>Board</td><td>2026</td><td>Done</td></tr></table><p>Seen by {NAME} today.</p>")))
    lines = next(p.text for p in ex.parts if p.part == "pdf:page=1").split("\n")
    assert "Perchennog" in lines and "Erbyn" in lines and "Statws" in lines
    assert f"Seen by {NAME} today." in lines  # ordinary word spaces stay spaces
