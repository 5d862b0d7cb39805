"""XLSX and CSV extraction: every place a workbook can hold a name is its own part; hostile files fail closed."""

from __future__ import annotations

import io
import time
import zipfile
from collections.abc import Callable

import pytest

from anonymise.extract import extract_bytes
from anonymise.types import Extracted

NAME = "Jayden Okafor"
NHS = "943 476 5919"
HDR = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
REL = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
PKG_REL = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"'
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _rels(items: list[tuple[str, str, str]]) -> str:
    body = "".join(
        f'<Relationship Id="{rid}" Type="{RT}/{kind}" Target="{target}"'
        + (' TargetMode="External"' if target.startswith(("http", "mailto", "file")) else "")
        + "/>"
        for rid, kind, target in items
    )
    return f"{HDR}<Relationships {PKG_REL}>{body}</Relationships>"


def sheet_xml(rows: str = "", extra: str = "", cols: str = "") -> str:
    return f"{HDR}<worksheet {MAIN} {REL}>{cols}<sheetData>{rows}</sheetData>{extra}</worksheet>"


def cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def xlsx(
    sheets: list[tuple[str, str, str]] | None = None,
    strings: list[str] | None = None,
    extra_parts: dict[str, str | bytes] | None = None,
    sheet_rels: dict[int, list[tuple[str, str, str]]] | None = None,
    workbook_extra: str = "",
) -> bytes:
    """A minimal XLSX: ``sheets`` are (name, state, worksheet XML); parts may be added or replaced."""
    sheets = sheets if sheets is not None else [("Actions", "visible", sheet_xml(f'<row r="1">{cell("A1", "Action 1")}</row>'))]
    entries = "".join(
        f'<sheet name="{name}" sheetId="{i}" r:id="rId{i}"' + (f' state="{state}"' if state != "visible" else "") + "/>"
        for i, (name, state, _) in enumerate(sheets, 1)
    )
    parts: dict[str, str | bytes] = {
        "[Content_Types].xml": f'{HDR}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        "_rels/.rels": _rels([("rId1", "officeDocument", "xl/workbook.xml")]),
        "xl/workbook.xml": f"{HDR}<workbook {MAIN} {REL}><sheets>{entries}</sheets>{workbook_extra}</workbook>",
        "xl/_rels/workbook.xml.rels": _rels(
            [(f"rId{i}", "worksheet", f"worksheets/sheet{i}.xml") for i in range(1, len(sheets) + 1)]
            + [("rIdS", "sharedStrings", "sharedStrings.xml")]
        ),
    }
    for i, (_, _, xml) in enumerate(sheets, 1):
        parts[f"xl/worksheets/sheet{i}.xml"] = xml
    for i, rels in (sheet_rels or {}).items():
        parts[f"xl/worksheets/_rels/sheet{i}.xml.rels"] = _rels(rels)
    if strings is not None:
        items = "".join(f"<si><t>{s}</t></si>" for s in strings)
        parts["xl/sharedStrings.xml"] = f'{HDR}<sst {MAIN} count="{len(strings)}">{items}</sst>'
    parts.update(extra_parts or {})
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return buf.getvalue()


# cellXfs: 0 plain, 1 number format ";;;" (shows nothing), 2 white font on no fill, 3 white font on black fill
STYLES = (
    f'{HDR}<styleSheet {MAIN}><numFmts count="1"><numFmt numFmtId="164" formatCode=";;;"/></numFmts>'
    '<fonts count="2"><font><sz val="11"/></font><font><color rgb="FFFFFFFF"/></font></fonts>'
    '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="FF000000"/></patternFill></fill></fills>'
    '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0"/><xf numFmtId="164" fontId="0" fillId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0"/><xf numFmtId="0" fontId="1" fillId="2"/></cellXfs></styleSheet>'
)


def _where(ex: Extracted, needle: str = NAME) -> set[tuple[str | None, str]]:
    return {(p.part, p.channel) for p in ex.parts if needle.lower() in p.text.lower()}


def _anchor(ex: Extracted, part: str, needle: str = NAME) -> str:
    p = next(p for p in ex.parts if p.part == part)
    offset = p.text.index(needle)
    return [label for start, label in p.anchors if start <= offset][-1]


LEAKS: list[tuple[str, Callable[[], bytes], str, str]] = [
    ("cell (inline string)", lambda: xlsx([("Actions", "visible", sheet_xml(f'<row r="7">{cell("B7", NAME)}</row>'))]),
     "xl/worksheets/sheet1.xml", "body"),
    ("cell (shared string)", lambda: xlsx([("Actions", "visible", sheet_xml('<row r="2"><c r="C2" t="s"><v>0</v></c></row>'))], strings=[NAME]),
     "xl/worksheets/sheet1.xml", "body"),
    ("sheet name", lambda: xlsx([(NAME, "visible", sheet_xml())]), "xl/workbook.xml", "body"),
    ("hidden sheet", lambda: xlsx([("Actions", "visible", sheet_xml()), ("Notes", "veryHidden", sheet_xml(f'<row r="1">{cell("A1", NAME)}</row>'))]),
     "xl/worksheets/sheet2.xml#hidden", "hidden"),
    ("hidden sheet name", lambda: xlsx([("Actions", "visible", sheet_xml()), (NAME, "hidden", sheet_xml())]), "xl/workbook.xml#hidden", "hidden"),
    ("hidden row", lambda: xlsx([("Actions", "visible", sheet_xml(f'<row r="3" hidden="1">{cell("A3", NAME)}</row>'))]),
     "xl/worksheets/sheet1.xml#hidden", "hidden"),
    ("hidden column", lambda: xlsx([("Actions", "visible", sheet_xml(f'<row r="3">{cell("D3", NAME)}</row>', cols='<cols><col min="3" max="5" hidden="1"/></cols>'))]),
     "xl/worksheets/sheet1.xml#hidden", "hidden"),
    ("formula text", lambda: xlsx([("Actions", "visible", sheet_xml(f'<row r="1"><c r="A1" t="str"><f>"{NAME}"&amp;""</f><v>x</v></c></row>'))]),
     "xl/worksheets/sheet1.xml#hidden", "hidden"),
    ("number format ;;;", lambda: xlsx([("Actions", "visible", sheet_xml(f'<row r="1"><c r="A1" s="1" t="inlineStr"><is><t>{NAME}</t></is></c></row>'))],
                                        extra_parts={"xl/styles.xml": STYLES}),
     "xl/worksheets/sheet1.xml#hidden", "hidden"),
    ("white text", lambda: xlsx([("Actions", "visible", sheet_xml(f'<row r="1"><c r="A1" s="2" t="inlineStr"><is><t>{NAME}</t></is></c></row>'))],
                                extra_parts={"xl/styles.xml": STYLES}),
     "xl/worksheets/sheet1.xml#hidden", "hidden"),
    ("unused shared string", lambda: xlsx(strings=["Action", NAME]), "xl/sharedStrings.xml#hidden", "hidden"),
    ("defined name", lambda: xlsx(workbook_extra=f'<definedNames><definedName name="{NAME.replace(" ", "_")}">Actions!$A$1</definedName></definedNames>'),
     "xl/workbook.xml#outline", "outline"),
    ("write-reservation user", lambda: xlsx(workbook_extra=f'<fileSharing userName="{NAME}"/>'), "xl/workbook.xml#metadata", "metadata"),
    ("header", lambda: xlsx([("Actions", "visible", sheet_xml(extra=f"<headerFooter><oddHeader>&amp;L{NAME}&amp;RPage &amp;P</oddHeader></headerFooter>"))]),
     "xl/worksheets/sheet1.xml#header", "header"),
    ("footer", lambda: xlsx([("Actions", "visible", sheet_xml(extra=f"<headerFooter><oddFooter>&amp;C{NAME}</oddFooter></headerFooter>"))]),
     "xl/worksheets/sheet1.xml#footer", "footer"),
    ("data validation list", lambda: xlsx([("Actions", "visible", sheet_xml(extra=f'<dataValidations count="1"><dataValidation type="list" sqref="C2:C9"><formula1>"Mother,{NAME}"</formula1></dataValidation></dataValidations>'))]),
     "xl/worksheets/sheet1.xml#form-field", "form-field"),
    ("data validation prompt", lambda: xlsx([("Actions", "visible", sheet_xml(extra=f'<dataValidations count="1"><dataValidation sqref="A1" prompt="Ask {NAME}"/></dataValidations>'))]),
     "xl/worksheets/sheet1.xml#form-field", "form-field"),
    ("comment", lambda: xlsx(sheet_rels={1: [("rId1", "comments", "../comments1.xml")]}, extra_parts={
        "xl/comments1.xml": f'{HDR}<comments {MAIN}><authors><author>Reviewer</author></authors><commentList><comment ref="B7" authorId="0"><text><r><t>Ask {NAME}</t></r></text></comment></commentList></comments>'}),
     "xl/comments1.xml", "comment"),
    ("comment author", lambda: xlsx(extra_parts={
        "xl/comments1.xml": f'{HDR}<comments {MAIN}><authors><author>{NAME}</author></authors><commentList/></comments>'}),
     "xl/comments1.xml#comment-author", "comment-author"),
    ("threaded comment", lambda: xlsx(extra_parts={
        "xl/threadedComments/threadedComment1.xml": f'{HDR}<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="A1" id="{{1}}"><text>{NAME} again</text></threadedComment></ThreadedComments>'}),
     "xl/threadedComments/threadedComment1.xml", "comment"),
    ("person", lambda: xlsx(extra_parts={
        "xl/persons/person.xml": f'{HDR}<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><person displayName="{NAME}" id="{{1}}"/></personList>'}),
     "xl/persons/person.xml", "comment-author"),
    ("core property", lambda: xlsx(extra_parts={
        "docProps/core.xml": f'{HDR}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>{NAME}</dc:creator></cp:coreProperties>'}),
     "docProps/core.xml", "metadata"),
    ("app property", lambda: xlsx(extra_parts={
        "docProps/app.xml": f'{HDR}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Manager>{NAME}</Manager></Properties>'}),
     "docProps/app.xml", "metadata"),
    ("drawing text box", lambda: xlsx(extra_parts={
        "xl/drawings/drawing1.xml": f'{HDR}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:t>{NAME}</a:t></xdr:wsDr>'}),
     "xl/drawings/drawing1.xml", "textbox"),
    ("pivot cache", lambda: xlsx(extra_parts={
        "xl/pivotCache/pivotCacheDefinition1.xml": f'{HDR}<pivotCacheDefinition {MAIN}><cacheFields><cacheField name="Child"><sharedItems><s v="{NAME}"/></sharedItems></cacheField></cacheFields></pivotCacheDefinition>'}),
     "xl/pivotCache/pivotCacheDefinition1.xml", "hidden"),
    ("external link target", lambda: xlsx(sheet_rels={1: [("rId1", "hyperlink", f"mailto:{NAME.replace(' ', '%20')}@example.org")]}),
     "xl/worksheets/_rels/sheet1.xml.rels", "hyperlink"),
]


@pytest.mark.parametrize(("case", "build", "part", "channel"), LEAKS, ids=[c[0] for c in LEAKS])
def test_every_xlsx_leak_is_its_own_part(case: str, build: Callable[[], bytes], part: str, channel: str) -> None:
    ex = extract_bytes(build(), "plan.xlsx")
    assert (part, channel) in _where(ex), (case, _where(ex), ex.problems)


def test_cell_anchor_names_sheet_and_cell() -> None:
    ex = extract_bytes(xlsx([("Actions", "visible", sheet_xml(f'<row r="7">{cell("A7", "Owner")}{cell("B7", NAME)}</row>'))]), "plan.xlsx")
    assert _anchor(ex, "xl/worksheets/sheet1.xml") == 'sheet "Actions", cell B7'


def test_comment_anchor_names_sheet_and_cell() -> None:
    data = xlsx(sheet_rels={1: [("rId1", "comments", "../comments1.xml")]}, extra_parts={
        "xl/comments1.xml": f'{HDR}<comments {MAIN}><authors><author>R</author></authors><commentList><comment ref="B7" authorId="0"><text><t>{NAME}</t></text></comment></commentList></comments>'})
    assert _anchor(extract_bytes(data, "plan.xlsx"), "xl/comments1.xml") == 'sheet "Actions", comment on cell B7'


def test_white_text_on_a_dark_fill_is_visible() -> None:
    data = xlsx([("Actions", "visible", sheet_xml(f'<row r="1"><c r="A1" s="3" t="inlineStr"><is><t>{NAME}</t></is></c></row>'))],
                extra_parts={"xl/styles.xml": STYLES})
    assert _where(extract_bytes(data, "plan.xlsx")) == {("xl/worksheets/sheet1.xml", "body")}


def test_numbers_are_read() -> None:
    ex = extract_bytes(xlsx([("Actions", "visible", sheet_xml('<row r="1"><c r="A1"><v>9434765919</v></c></row>'))]), "plan.xlsx")
    assert "9434765919" in "".join(p.text for p in ex.parts if p.channel == "body")


def test_clean_workbook_has_no_problem_and_only_visible_text() -> None:
    ex = extract_bytes(xlsx([("Actions", "visible", sheet_xml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'))], strings=["Action 1"]), "plan.xlsx")
    assert ex.problems == []
    assert {p.channel for p in ex.parts} <= {"filename", "body"}


@pytest.mark.parametrize("name", ["plan.xlsm", "plan.xlsx"])
def test_macros_are_refused_but_cells_still_read(name: str) -> None:
    data = xlsx([("Actions", "visible", sheet_xml(f'<row r="1">{cell("A1", NAME)}</row>'))], extra_parts={"xl/vbaProject.bin": b"\x00" * 64})
    ex = extract_bytes(data, name)
    assert [p.code for p in ex.problems] == ["ANO924"]
    assert ("xl/worksheets/sheet1.xml", "body") in _where(ex)


def test_unknown_part_with_text_and_embedded_object_fail_closed() -> None:
    data = xlsx(extra_parts={"xl/mystery.xml": f"{HDR}<x>{NAME}</x>", "xl/embeddings/oleObject1.bin": b"\x01" * 100})
    parts = {p.part for p in extract_bytes(data, "plan.xlsx").problems}
    assert {"xl/mystery.xml", "xl/embeddings/oleObject1.bin"} <= parts


def test_not_a_workbook_and_legacy_xls() -> None:
    assert extract_bytes(b"PK\x03\x04 broken", "plan.xlsx").problems
    assert "legacy" in extract_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "plan.xlsx").problems[0].message


def test_entity_declarations_are_refused() -> None:
    bomb = f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "{NAME}">]><sst {MAIN}><si><t>&a;</t></si></sst>'
    ex = extract_bytes(xlsx(extra_parts={"xl/sharedStrings.xml": bomb}), "plan.xlsx")
    assert any(p.part == "xl/sharedStrings.xml" for p in ex.problems)


def test_zip_bomb_ends_in_a_finding_quickly() -> None:
    # One member that inflates to 60 MB of zeros (over the 40 MB per-part limit), ~60 KB on disk.
    base = xlsx()
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as src, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            out.writestr(item, src.read(item))
        out.writestr("xl/sharedStrings.xml", b"\x00" * (60 * 1024 * 1024))
    start = time.perf_counter()
    ex = extract_bytes(buf.getvalue(), "plan.xlsx")
    assert any("zip bomb" in p.message or "limit" in p.message for p in ex.problems), ex.problems
    assert time.perf_counter() - start < 30  # a hang guard, not a speed target


def test_huge_shared_strings_end_in_a_finding(monkeypatch) -> None:
    # A string bomb: more shared strings than the limit (lowered here to keep the test fast).
    from anonymise.extract import sheet

    monkeypatch.setattr(sheet, "MAX_STRINGS", 50_000)
    items = "<si><t>x</t></si>" * 60_000
    data = xlsx(extra_parts={"xl/sharedStrings.xml": f"{HDR}<sst {MAIN}>{items}</sst>"})
    ex = extract_bytes(data, "plan.xlsx")
    assert [(p.part, "shared strings" in p.message) for p in ex.problems] == [("xl/sharedStrings.xml", True)]


def test_cell_bomb_ends_in_a_finding(monkeypatch) -> None:
    from anonymise.extract import sheet

    monkeypatch.setattr(sheet, "MAX_CELLS", 10_000)
    rows = "".join(f'<row r="{r}"><c r="A{r}"><v>1</v></c><c r="B{r}"><v>2</v></c></row>' for r in range(1, 6_000))
    ex = extract_bytes(xlsx([("Actions", "visible", sheet_xml(rows))]), "plan.xlsx")
    assert any("cells" in p.message for p in ex.problems)


# ---------------------------------------------------------------------------- CSV


def test_csv_cells_with_row_and_column_anchors() -> None:
    data = f"Action,Owner,NHS\n1,{NAME},{NHS}\n".encode()
    ex = extract_bytes(data, "plan.csv")
    part = next(p for p in ex.parts if p.part == "csv")
    assert part.channel == "body" and NAME in part.text and NHS in part.text
    assert _anchor(ex, "csv") == "row 2, column B"
    assert _anchor(ex, "csv", NHS) == "row 2, column C"


def test_csv_semicolon_and_windows_1252() -> None:
    data = f"Action;Owner\n1;Zoë {NAME}\n".encode("cp1252")
    part = next(p for p in extract_bytes(data, "plan.csv").parts if p.part == "csv")
    assert f"Zoë {NAME}" in part.text


def test_csv_multiline_cell_and_tsv() -> None:
    ex = extract_bytes(f'a,"line one\n{NAME}"\n'.encode(), "plan.csv")
    assert NAME in next(p for p in ex.parts if p.part == "csv").text
    ex = extract_bytes(f"a\t{NAME}\n".encode(), "plan.tsv")
    assert _anchor(ex, "csv") == "row 1, column B"


def test_csv_hostile_inputs_fail_closed() -> None:
    assert extract_bytes(b"a,b\x00c\n", "plan.csv").problems
    huge_field = b'"' + b"x" * 200_000 + b'"\n'
    ex = extract_bytes(huge_field, "plan.csv")
    assert ex.problems and ex.problems[0].part == "csv"
    assert extract_bytes(b"a" * (21 * 1024 * 1024), "plan.csv").problems
