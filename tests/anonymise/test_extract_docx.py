"""DOCX extraction: every channel that can leak a name is its own part; hostile packages fail closed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from anonymise.extract import extract
from anonymise.types import Extracted
from tests.anonymise.fixtures_builders import (
    NAME,
    W_DECL,
    base_docx,
    billion_laughs,
    docx_with_comment,
    docx_with_picture,
    in_body,
    lying_zip_bomb,
    many_entries,
    notes_part,
    para,
    rezip,
    run,
    tiny_png,
    write_docx,
    zip_bomb,
)

VISIBLE_CLEAN = {"filename", "body", "header", "footer", "metadata"}
HDR = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
VML = 'xmlns:v="urn:schemas-microsoft-com:vml"'


def _names(ex: Extracted, needle: str = NAME) -> set[tuple[str | None, str]]:
    return {(p.part, p.channel) for p in ex.parts if needle.lower() in p.text.lower()}


def _body_text(ex: Extracted) -> str:
    return "".join(p.text for p in ex.parts if p.channel == "body")


def _header_with(text: str) -> Callable[[bytes], bytes]:
    return lambda xml: xml.replace(b"OFFICIAL-SENSITIVE", text.encode())


def _footer() -> bytes:
    return f'{HDR}<w:ftr {W_DECL}>{para(run("Page 1 - " + NAME))}</w:ftr>'.encode()


def _core_edit(field: str) -> bytes:
    return base_docx(**{field: NAME})


LEAKS: list[tuple[str, Callable[[], bytes], str, str]] = [
    ("body", lambda: base_docx(body=f"{NAME} lived with Mother."), "word/document.xml", "body"),
    ("table", lambda: rezip(base_docx(), {"word/document.xml": lambda x: x.replace(b"Home visit", NAME.encode())}), "word/document.xml", "body"),
    ("header", lambda: rezip(base_docx(), {"word/header1.xml": _header_with(NAME)}), "word/header1.xml", "header"),
    ("footer", lambda: rezip(base_docx(), {"word/footer1.xml": _footer()}), "word/footer1.xml", "footer"),
    ("footnote", lambda: rezip(base_docx(), {"word/footnotes.xml": notes_part("footnotes", f"Told by {NAME}.")}), "word/footnotes.xml", "footnote"),
    ("endnote", lambda: rezip(base_docx(), {"word/endnotes.xml": notes_part("endnotes", f"Told by {NAME}.")}), "word/endnotes.xml", "endnote"),
    ("comment text", lambda: docx_with_comment(f"Ask {NAME} about this", "Reviewer", "R"), "word/comments.xml", "comment"),
    ("comment author", lambda: docx_with_comment("Check dates", NAME, "R"), "word/comments.xml#comment-author", "comment-author"),
    ("people.xml", lambda: rezip(base_docx(), {"word/people.xml": f'{HDR}<w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"><w15:person w15:author="{NAME}"><w15:presenceInfo w15:providerId="None" w15:userId="{NAME}"/></w15:person></w15:people>'.encode()}), "word/people.xml", "comment-author"),
    ("tracked insertion", lambda: rezip(base_docx(), {"word/document.xml": in_body(para(f'<w:ins w:id="7" w:author="Reviewer" w:date="2024-01-01T00:00:00Z">{run(NAME)}</w:ins>'))}), "word/document.xml#revision", "revision"),
    ("tracked deletion", lambda: rezip(base_docx(), {"word/document.xml": in_body(para(run("Seen by ") + f'<w:del w:id="8" w:author="Reviewer" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>{NAME}</w:delText></w:r></w:del>' + run("the GP.")))}), "word/document.xml#revision", "revision"),
    ("revision author", lambda: rezip(base_docx(), {"word/document.xml": in_body(para(f'<w:ins w:id="9" w:author="{NAME}" w:date="2024-01-01T00:00:00Z">{run("the GP")}</w:ins>'))}), "word/document.xml#revision-author", "revision-author"),
    ("vanish", lambda: rezip(base_docx(), {"word/document.xml": in_body(para(run("Seen by ") + run(NAME, "<w:vanish/>")))}), "word/document.xml#hidden", "hidden"),
    ("white text", lambda: rezip(base_docx(), {"word/document.xml": in_body(para(run("Seen by ") + run(NAME, '<w:color w:val="FFFFFF"/>')))}), "word/document.xml#hidden", "hidden"),
    ("text matches shading", lambda: rezip(base_docx(), {"word/document.xml": in_body(para(run(NAME, '<w:color w:val="000000"/><w:shd w:val="clear" w:color="auto" w:fill="000000"/>')))}), "word/document.xml#hidden", "hidden"),
    ("text matches highlight", lambda: rezip(base_docx(), {"word/document.xml": in_body(para(run(NAME, '<w:color w:val="FFFF00"/><w:highlight w:val="yellow"/>')))}), "word/document.xml#hidden", "hidden"),
    ("1pt text", lambda: rezip(base_docx(), {"word/document.xml": in_body(para(run(NAME, '<w:sz w:val="2"/>')))}), "word/document.xml#hidden", "hidden"),
    ("field code", lambda: rezip(base_docx(), {"word/document.xml": in_body(para(f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> AUTHOR "{NAME}" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'))}), "word/document.xml#hidden", "hidden"),
    ("field code split over runs", lambda: rezip(base_docx(), {"word/document.xml": in_body(para('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> XE "Perpetua</w:instrText></w:r><w:r><w:instrText xml:space="preserve"> Quenby" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'))}), "word/document.xml#hidden", "hidden"),
    ("hyperlink field", lambda: rezip(base_docx(), {"word/document.xml": in_body(para('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "mailto:Perpetua.Quenby@example.org" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run("email the board") + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'))}), "word/document.xml#hyperlink", "hyperlink"),
    ("xml comment", lambda: rezip(base_docx(), {"word/document.xml": in_body(f"<!-- {NAME} -->")}), "word/document.xml#hidden", "hidden"),
    ("text box (VML)", lambda: rezip(base_docx(), {"word/document.xml": in_body(para(f'<w:r><w:pict><v:shape><v:textbox><w:txbxContent>{para(run(NAME))}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'), VML)}), "word/document.xml#textbox", "textbox"),
    ("hyperlink tooltip", lambda: rezip(base_docx(), {"word/document.xml": in_body(para(f'<w:hyperlink w:anchor="x" w:tooltip="{NAME}">{run("see below")}</w:hyperlink>'))}), "word/document.xml#hyperlink", "hyperlink"),
    ("bookmark name", lambda: rezip(base_docx(), {"word/document.xml": in_body(para('<w:bookmarkStart w:id="3" w:name="Perpetua_Quenby"/>' + run("Chronology") + '<w:bookmarkEnd w:id="3"/>'))}), "word/document.xml#outline", "outline"),
    ("watermark WordArt", lambda: rezip(base_docx(), {"word/header1.xml": lambda x: x.replace(b"<w:t>OFFICIAL-SENSITIVE</w:t>", f'<w:pict><v:shape {VML}><v:textpath string="{NAME}"/></v:shape></w:pict>'.encode())}), "word/header1.xml#textbox", "textbox"),
    ("alt text", lambda: docx_with_picture(descr=f"Photo of {NAME}"), "word/document.xml#alt-text", "alt-text"),
    ("image metadata", lambda: docx_with_picture(png=tiny_png({"Author": NAME})), "word/media/image1.png", "metadata"),
    ("hyperlink target", lambda: rezip(base_docx(), {"word/_rels/document.xml.rels": lambda x: x.replace(b"</Relationships>", b'<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="mailto:Perpetua.Quenby%40example.org" TargetMode="External"/></Relationships>')}), "word/_rels/document.xml.rels", "hyperlink"),
    ("core author", lambda: _core_edit("author"), "docProps/core.xml", "metadata"),
    ("core last modified by", lambda: _core_edit("last_modified_by"), "docProps/core.xml", "metadata"),
    ("core title", lambda: _core_edit("title"), "docProps/core.xml", "metadata"),
    ("core subject", lambda: _core_edit("subject"), "docProps/core.xml", "metadata"),
    ("core keywords", lambda: _core_edit("keywords"), "docProps/core.xml", "metadata"),
    ("core description", lambda: _core_edit("comments"), "docProps/core.xml", "metadata"),
    ("core category", lambda: _core_edit("category"), "docProps/core.xml", "metadata"),
    ("app company", lambda: rezip(base_docx(), {"docProps/app.xml": lambda x: x.replace(b"</Properties>", f"<Company>{NAME} Ltd</Company></Properties>".encode())}), "docProps/app.xml", "metadata"),
    ("app manager", lambda: rezip(base_docx(), {"docProps/app.xml": lambda x: x.replace(b"</Properties>", f"<Manager>{NAME}</Manager></Properties>".encode())}), "docProps/app.xml", "metadata"),
    ("custom property", lambda: rezip(base_docx(), {"docProps/custom.xml": f'{HDR}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="2" name="ChildName"><vt:lpwstr>{NAME}</vt:lpwstr></property></Properties>'.encode()}), "docProps/custom.xml", "metadata"),
    ("document variable", lambda: rezip(base_docx(), {"word/settings.xml": lambda x: x.replace(b"</w:settings>", f'<w:docVars><w:docVar w:name="child" w:val="{NAME}"/></w:docVars></w:settings>'.encode())}), "word/settings.xml", "metadata"),
    ("glossary document", lambda: rezip(base_docx(), {"word/glossary/document.xml": f'{HDR}<w:glossaryDocument {W_DECL}><w:docParts><w:docPart><w:docPartBody>{para(run(NAME))}</w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>'.encode()}), "word/glossary/document.xml", "metadata"),
    ("custom XML item", lambda: rezip(base_docx(), {"customXml/item2.xml": f"{HDR}<b:Sources xmlns:b=\"http://schemas.openxmlformats.org/officeDocument/2006/bibliography\"><b:Source><b:Author>{NAME}</b:Author></b:Source></b:Sources>".encode()}), "customXml/item2.xml", "metadata"),
]


NUMBERING = (
    f'{HDR}<w:numbering {W_DECL}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
    f'<w:numFmt w:val="decimal"/><w:lvlText w:val="{NAME} %1."/></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
)


def _sdt(props: str, content: str = run("Child A")) -> Callable[[bytes], bytes]:
    return in_body(f"<w:sdt><w:sdtPr>{props}</w:sdtPr><w:sdtContent>{para(content)}</w:sdtContent></w:sdt>")


def _ffdata(props: str) -> Callable[[bytes], bytes]:
    return in_body(para(f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Text1"/>{props}</w:ffData></w:fldChar></w:r>'
                        '<w:r><w:instrText> FORMTEXT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                        + run("Child A") + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'))


HOSTILE_LEAKS: list[tuple[str, Callable[[], bytes], str, str]] = [
    ("list number text", lambda: rezip(base_docx(), {"word/numbering.xml": NUMBERING.encode()}), "word/numbering.xml", "body"),
    ("content-control title", lambda: rezip(base_docx(), {"word/document.xml": _sdt(f'<w:alias w:val="{NAME}"/>')}), "word/document.xml#form-field", "form-field"),
    ("content-control tag", lambda: rezip(base_docx(), {"word/document.xml": _sdt(f'<w:tag w:val="{NAME}"/>')}), "word/document.xml#form-field", "form-field"),
    ("drop-down list item", lambda: rezip(base_docx(), {"word/document.xml": _sdt(f'<w:dropDownList><w:listItem w:displayText="{NAME}" w:value="x"/></w:dropDownList>')}), "word/document.xml#form-field", "form-field"),
    ("combo box value", lambda: rezip(base_docx(), {"word/document.xml": _sdt(f'<w:comboBox><w:listItem w:displayText="Mother" w:value="{NAME}"/></w:comboBox>')}), "word/document.xml#form-field", "form-field"),
    ("placeholder doc part", lambda: rezip(base_docx(), {"word/document.xml": _sdt(f'<w:placeholder><w:docPart w:val="{NAME}"/></w:placeholder><w:showingPlcHdr/>')}), "word/document.xml#form-field", "form-field"),
    ("data binding", lambda: rezip(base_docx(), {"word/document.xml": _sdt(f"<w:dataBinding w:xpath=\"/root/{NAME.replace(' ', '_')}[1]\" w:storeItemID=\"{{0}}\"/>")}), "word/document.xml#form-field", "form-field"),
    ("w15 repeating section title", lambda: rezip(base_docx(), {"word/document.xml": _sdt(f'<w15:repeatingSection xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"><w15:sectionTitle w15:val="{NAME}"/></w15:repeatingSection>')}), "word/document.xml#form-field", "form-field"),
    ("legacy form help text", lambda: rezip(base_docx(), {"word/document.xml": _ffdata(f'<w:helpText w:type="text" w:val="Ask {NAME}"/>')}), "word/document.xml#form-field", "form-field"),
    ("legacy form default", lambda: rezip(base_docx(), {"word/document.xml": _ffdata(f'<w:textInput><w:default w:val="{NAME}"/></w:textInput>')}), "word/document.xml#form-field", "form-field"),
    ("table alt text", lambda: rezip(base_docx(), {"word/document.xml": lambda x: x.replace(b"<w:tblPr>", f'<w:tblPr><w:tblCaption w:val="{NAME}"/>'.encode(), 1)}), "word/document.xml#alt-text", "alt-text"),
    ("smart tag", lambda: rezip(base_docx(), {"word/document.xml": in_body(para(f'<w:smartTag w:uri="urn:x" w:element="PersonName"><w:smartTagPr><w:attr w:name="FullName" w:val="{NAME}"/></w:smartTagPr>{run("Mother")}</w:smartTag>'))}), "word/document.xml#metadata", "metadata"),
    ("sensitivity label", lambda: rezip(base_docx(), {"docMetadata/LabelInfo.xml": f'{HDR}<clbl:labelList xmlns:clbl="http://schemas.microsoft.com/office/2020/mipLabelMetadata"><clbl:label id="{{3f2504e0-4f89-11d3-9a0c-0305e82c3301}}" enabled="1" method="Standard" siteId="{{3f2504e0-4f89-11d3-9a0c-0305e82c3302}}" removed="0" contentBits="0" name="{NAME}"/></clbl:labelList>'.encode()}), "docMetadata/LabelInfo.xml", "metadata"),
    ("user style name", lambda: rezip(base_docx(), {"word/styles.xml": lambda x: x.replace(b"</w:styles>", f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="PQ"><w:name w:val="{NAME}"/></w:style></w:styles>'.encode())}), "word/styles.xml", "metadata"),
]


# the check must fail on these too (tests/generator/test_check_channels.py runs every case of LEAKS)
LEAKS.extend(case for case in HOSTILE_LEAKS if case[0] != "data binding")


@pytest.mark.parametrize(("case", "build", "part", "channel"), LEAKS, ids=[c[0] for c in LEAKS])
def test_each_channel_leak_is_found_in_its_own_part(tmp_path: Path, case: str, build: Callable[[], bytes], part: str, channel: str) -> None:
    ex = extract(write_docx(tmp_path, build()))
    assert ex.problems == []
    found = _names(ex, NAME) | _names(ex, "Perpetua.Quenby")
    assert (part, channel) in found, f"{case}: {found} / {[(p.part, p.channel) for p in ex.parts]}"
    if channel != "body":
        assert "quenby" not in _body_text(ex).lower()


def test_part_names_are_unique_so_offsets_are_unambiguous(tmp_path: Path) -> None:
    data = rezip(base_docx(), {"word/document.xml": in_body(para(run("a ") + run(NAME, "<w:vanish/>") + f'<w:del w:id="1" w:author="X"><w:r><w:delText>{NAME}</w:delText></w:r></w:del>'))})
    ex = extract(write_docx(tmp_path, data))
    names = [p.part for p in ex.parts]
    assert len(names) == len(set(names))


def test_clean_document_has_only_visible_and_metadata_parts(tmp_path: Path) -> None:
    ex = extract(write_docx(tmp_path, base_docx()))
    assert ex.problems == []
    assert {p.channel for p in ex.parts} <= VISIBLE_CLEAN
    assert _names(ex) == set()
    body = next(p for p in ex.parts if p.part == "word/document.xml")
    assert body.channel == "body"
    assert body.text.splitlines()[:2] == ["Circumstances", "Child A lived with Mother and Sibling 1."]
    assert "Health Visitor 1\nHome visit\n" in body.text


def test_deleted_text_is_not_in_the_visible_body_and_offsets_are_readable(tmp_path: Path) -> None:
    data = rezip(base_docx(), {"word/document.xml": in_body(para(run("Seen by ") + f'<w:del w:id="8" w:author="R"><w:r><w:delText>{NAME}</w:delText></w:r></w:del>' + run("the GP.")))})
    ex = extract(write_docx(tmp_path, data))
    body = next(p for p in ex.parts if p.part == "word/document.xml").text
    assert "Seen by the GP.\n" in body
    revision = next(p for p in ex.parts if p.channel == "revision")
    start = revision.text.index(NAME)
    assert revision.text[start:start + len(NAME)] == NAME


def test_textbox_alternate_content_fallback_is_not_duplicated(tmp_path: Path) -> None:
    wps = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' + VML
    box = f"<w:txbxContent>{para(run(NAME))}</w:txbxContent>"
    fragment = para(f'<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>{box}</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    ex = extract(write_docx(tmp_path, rezip(base_docx(), {"word/document.xml": in_body(fragment, wps)})))
    textbox = next(p for p in ex.parts if p.channel == "textbox")
    assert textbox.text.count(NAME) == 1
    assert NAME not in _body_text(ex)


def test_fallback_that_differs_from_choice_is_extracted(tmp_path: Path) -> None:
    wps = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' + VML
    fragment = para(f'<w:r><mc:AlternateContent><mc:Choice Requires="wps">{run("Child A")}</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{para(run(NAME))}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    ex = extract(write_docx(tmp_path, rezip(base_docx(), {"word/document.xml": in_body(fragment, wps)})))
    assert ("word/document.xml#textbox", "textbox") in _names(ex)


def test_hidden_character_style_is_hidden(tmp_path: Path) -> None:
    style = b'<w:style w:type="character" w:styleId="Secret"><w:name w:val="Secret"/><w:rPr><w:vanish/></w:rPr></w:style></w:styles>'
    data = rezip(base_docx(), {
        "word/styles.xml": lambda x: x.replace(b"</w:styles>", style),
        "word/document.xml": in_body(para(run(NAME, '<w:rStyle w:val="Secret"/>'))),
    })
    ex = extract(write_docx(tmp_path, data))
    assert ("word/document.xml#hidden", "hidden") in _names(ex)
    assert NAME not in _body_text(ex)


def test_dark_text_on_default_page_is_visible(tmp_path: Path) -> None:
    data = rezip(base_docx(), {"word/document.xml": in_body(para(run(NAME, '<w:color w:val="1F3864"/>')))})
    ex = extract(write_docx(tmp_path, data))
    assert _names(ex) == {("word/document.xml", "body")}


def test_filename_is_a_part(tmp_path: Path) -> None:
    ex = extract(write_docx(tmp_path, base_docx(), "perpetua-quenby-review.docx"))
    assert ("filename", "filename") in _names(ex, "quenby")


# --------------------------------------------------------------------------- fail closed

PROBLEMS: list[tuple[str, Callable[[], bytes], str]] = [
    ("billion laughs in body", lambda: rezip(base_docx(), {"word/document.xml": billion_laughs()}), "entity"),
    ("billion laughs in comments", lambda: rezip(base_docx(), {"word/comments.xml": billion_laughs("w:comments")}), "entity"),
    ("external entity", lambda: rezip(base_docx(), {"docProps/core.xml": b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>'}), "entity"),
    ("deeply nested xml", lambda: rezip(base_docx(), {"word/document.xml": f'<w:document {W_DECL}><w:body>'.encode() + b"<w:sdt>" * 5000 + b"</w:sdt>" * 5000 + b"</w:body></w:document>"}), "nested"),
    ("malformed xml", lambda: rezip(base_docx(), {"word/document.xml": b"<w:document><w:body>"}), "well formed"),
    ("zip bomb", lambda: zip_bomb(), "zip bomb"),
    ("zip bomb with lying sizes", lambda: lying_zip_bomb(), "could not be read"),
    ("too many entries", lambda: many_entries(6000), "entries"),
    ("truncated zip", lambda: base_docx()[: len(base_docx()) // 2], "ZIP"),
    ("random bytes", lambda: bytes(range(256)) * 40, "ZIP"),
    ("encrypted (OLE)", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2000, "encrypted"),
    ("not a word package", lambda: rezip(base_docx(), {"word/document.xml": None}), "no word/document.xml"),
    ("embedded object", lambda: rezip(base_docx(), {"word/embeddings/oleObject1.bin": b"\x01\x02secret"}), "embedded"),
    ("unknown part with text", lambda: rezip(base_docx(), {"word/mystery.xml": f"<m>{NAME}</m>".encode()}), "unknown part"),
    ("alt chunk", lambda: rezip(base_docx(), {"word/afchunk.mht": f"MIME {NAME}".encode()}), "embedded"),
]


@pytest.mark.parametrize(("case", "build", "message"), PROBLEMS, ids=[c[0] for c in PROBLEMS])
def test_hostile_or_unreadable_packages_fail_closed(tmp_path: Path, case: str, build: Callable[[], bytes], message: str) -> None:
    path = write_docx(tmp_path, build())
    ex = extract(path)
    assert ex.problems, case
    assert any(message.lower() in p.message.lower() for p in ex.problems), [p.message for p in ex.problems]
    assert all("lol" * 50 not in p.text for p in ex.parts)


def test_missing_file_is_a_problem_not_an_exception(tmp_path: Path) -> None:
    ex = extract(tmp_path / "missing.docx")
    assert ex.problems and ex.parts == []


def _fields(*instructions: str) -> str:
    return "".join(
        para(f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {i} </w:instrText></w:r>'
             f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{run("1")}<w:r><w:fldChar w:fldCharType="end"/></w:r>')
        for i in instructions
    )


def test_ordinary_fields_are_not_hidden_text(tmp_path: Path) -> None:
    data = rezip(base_docx(), {"word/document.xml": in_body(_fields('PAGE \\* MERGEFORMAT', 'TOC \\o "1-3" \\h \\z \\u', 'PAGEREF _Toc123 \\h', 'SEQ Table \\* ARABIC'))})
    ex = extract(write_docx(tmp_path, data))
    assert {p.channel for p in ex.parts} <= VISIBLE_CLEAN


TABLE_STYLE = (
    b'<w:style w:type="table" w:styleId="DarkHeader"><w:name w:val="Dark Header"/>'
    b'<w:tblStylePr w:type="firstRow"><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="1F3864"/></w:tcPr></w:tblStylePr></w:style></w:styles>'
)


def test_white_text_in_a_dark_table_style_header_is_visible(tmp_path: Path) -> None:
    table = (
        '<w:tbl><w:tblPr><w:tblStyle w:val="DarkHeader"/><w:tblLook w:firstRow="1"/></w:tblPr>'
        f'<w:tr><w:tc>{para(run(NAME, chr(60) + "w:color w:val=" + chr(34) + "FFFFFF" + chr(34) + "/>"))}</w:tc></w:tr></w:tbl>'
    )
    data = rezip(base_docx(), {"word/styles.xml": lambda x: x.replace(b"</w:styles>", TABLE_STYLE), "word/document.xml": in_body(table)})
    ex = extract(write_docx(tmp_path, data))
    assert _names(ex) == {("word/document.xml", "body")}


def test_white_text_in_a_plain_table_is_hidden(tmp_path: Path) -> None:
    table = f'<w:tbl><w:tblPr/><w:tr><w:tc>{para(run(NAME, chr(60) + "w:color w:val=" + chr(34) + "FFFFFF" + chr(34) + "/>"))}</w:tc></w:tr></w:tbl>'
    ex = extract(write_docx(tmp_path, rezip(base_docx(), {"word/document.xml": in_body(table)})))
    assert _names(ex) == {("word/document.xml#hidden", "hidden")}


@pytest.mark.parametrize(
    ("fill", "channel"),
    [('fillcolor="#1F3864"', "textbox"), ('fillcolor="white"', "hidden"), ('filled="f"', "hidden"), ("", "hidden")],
)
def test_white_text_in_a_text_box_depends_on_the_box_fill(tmp_path: Path, fill: str, channel: str) -> None:
    white = '<w:color w:val="FFFFFF"/>'
    fragment = para(f'<w:r><w:pict><v:shape {fill}><v:textbox><w:txbxContent>{para(run(NAME, white))}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    ex = extract(write_docx(tmp_path, rezip(base_docx(), {"word/document.xml": in_body(fragment, VML)})))
    assert {c for _p, c in _names(ex)} == {channel}


def test_corrupted_packages_never_raise() -> None:
    import random

    from anonymise.extract import extract_bytes

    rng = random.Random(7)
    data = docx_with_comment("note", "Reviewer", "R")
    for _ in range(40):
        mutated = bytearray(data)
        for _ in range(rng.choice([1, 5, 40])):
            mutated[rng.randrange(len(mutated))] = rng.randrange(256)
        if rng.random() < 0.3:
            mutated = mutated[: rng.randrange(len(mutated))]
        assert isinstance(extract_bytes(bytes(mutated), "x.docx"), Extracted)


# --------------------------------------------------------------------------- issue 9: hostile Word files

from anonymise.extract import extract_bytes  # noqa: E402
from tests.anonymise.fixtures_builders import paragraph_bomb, zipcrypto_flagged  # noqa: E402

@pytest.mark.parametrize(("case", "build", "part", "channel"), HOSTILE_LEAKS, ids=[c[0] for c in HOSTILE_LEAKS])
def test_numbering_and_content_controls_are_read(tmp_path: Path, case: str, build: Callable[[], bytes], part: str, channel: str) -> None:
    ex = extract(write_docx(tmp_path, build()))
    assert ex.problems == []
    found = _names(ex) | _names(ex, NAME.replace(" ", "_"))
    assert (part, channel) in found, f"{case}: {found}"
    assert "quenby" not in _body_text(ex).lower() or channel == "body"


HOSTILE: list[tuple[str, Callable[[], bytes], str, str]] = [
    ("paragraph bomb", lambda: paragraph_bomb(400_000), "paragraphs", "ANO921"),
    ("run bomb", lambda: rezip(base_docx(), {"word/document.xml": in_body(para("<w:r/>" * 1_100_000))}), "elements", "ANO921"),
    ("nesting", lambda: rezip(base_docx(), {"word/document.xml": in_body("<w:sdt><w:sdtContent>" * 120 + "</w:sdtContent></w:sdt>" * 120)}), "nested", "ANO921"),
    ("lying header", lambda: lying_zip_bomb(), "header does not match", "ANO920"),
    ("zip bomb", lambda: zip_bomb(), "zip bomb", "ANO920"),
    ("ZipCrypto flag", lambda: zipcrypto_flagged(base_docx()), "encrypted", "ANO925"),
    ("macros", lambda: rezip(base_docx(), {"word/vbaProject.bin": b"\x01macro"}), "macro", "ANO924"),
    ("unknown empty xml part", lambda: rezip(base_docx(), {"word/webextensions/taskpanes.xml": b"<t/>"}), "unknown part", "ANO922"),
    ("embedded binary", lambda: rezip(base_docx(), {"word/embeddings/Microsoft_Excel_Worksheet.xlsx": b"PK\x03\x04"}), "embedded", "ANO923"),
    ("doctype", lambda: rezip(base_docx(), {"docProps/app.xml": billion_laughs("Properties")}), "DOCTYPE", "ANO926"),
]


@pytest.mark.parametrize(("case", "build", "message", "code"), HOSTILE, ids=[c[0] for c in HOSTILE])
def test_hostile_word_files_are_refused_with_their_code(case: str, build: Callable[[], bytes], message: str, code: str) -> None:
    ex = extract_bytes(build(), "report.docx")
    assert any(message.lower() in p.message.lower() and p.code == code for p in ex.problems), ex.problems


def test_anchors_label_paragraphs_cells_and_comments(tmp_path: Path) -> None:
    ex = extract(write_docx(tmp_path, base_docx()))
    body = next(p for p in ex.parts if p.part == "word/document.xml")

    def label(offset: int) -> str:
        return [lab for start, lab in body.anchors if start <= offset][-1]

    assert list(body.anchors) == sorted(body.anchors)
    assert label(body.text.index("Circumstances")) == "paragraph 1 “Circumstances”"
    assert label(body.text.index("Sibling 1")) == "paragraph 2 “Child A lived with Mother…”"
    assert label(body.text.index("Home visit") + 3) == "table 1, row 1, cell 2"
    comments = next(p for p in extract(write_docx(tmp_path, docx_with_comment("Check the dates", "R", "R"), "c.docx")).parts if p.channel == "comment")
    assert comments.anchors == ((0, "comment 1"),)


def test_hidden_run_is_anchored_to_its_visible_paragraph(tmp_path: Path) -> None:
    data = rezip(base_docx(), {"word/document.xml": in_body(para(run("Seen at home by the GP ") + run(NAME, "<w:vanish/>")))})
    hidden = next(p for p in extract(write_docx(tmp_path, data)).parts if p.channel == "hidden")
    assert hidden.anchors == ((0, "paragraph 3 “Seen at home by the…”"),)
