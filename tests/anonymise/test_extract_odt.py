"""OpenDocument text extraction: each channel that can leak a name is its own part; hostile files fail closed."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from anonymise.extract import extract, extract_bytes
from anonymise.types import Extracted
from tests.anonymise.fixtures_builders import NAME, ODT_BODY, odt, tiny_png, zipcrypto_flagged

WHITE = '<style:style style:name="W" style:family="text"><style:text-properties fo:color="#ffffff"/></style:style>'
HIDE = '<style:style style:name="H" style:family="text"><style:text-properties text:display="none"/></style:style>'
INSERTED = (
    '<text:tracked-changes><text:changed-region text:id="ct1"><text:insertion><office:change-info>'
    "<dc:creator>Reviewer</dc:creator><dc:date>2024-01-01T00:00:00</dc:date></office:change-info></text:insertion>"
    "</text:changed-region></text:tracked-changes>"
)
DELETED = (
    '<text:tracked-changes><text:changed-region text:id="ct2"><text:deletion><office:change-info>'
    f"<dc:creator>Reviewer</dc:creator></office:change-info><text:p>{NAME}</text:p></text:deletion>"
    "</text:changed-region></text:tracked-changes>"
)


def _p(inner: str) -> str:
    return f"<text:p>{inner}</text:p>"


def _with(fragment: str, **kwargs: str) -> Callable[[], bytes]:
    return lambda: odt(body=fragment + ODT_BODY, **kwargs)


LEAKS: list[tuple[str, Callable[[], bytes], str, str]] = [
    ("body", _with(_p(f"{NAME} lived with Mother.")), "content.xml", "body"),
    ("heading", _with(f'<text:h text:outline-level="1">{NAME}</text:h>'), "content.xml", "body"),
    ("table cell", lambda: odt(body=ODT_BODY.replace("Home visit", NAME)), "content.xml", "body"),
    ("list item", _with(f"<text:list><text:list-item>{_p(NAME)}</text:list-item></text:list>"), "content.xml", "body"),
    ("header", lambda: odt(header=_p(NAME)), "styles.xml", "header"),
    ("footer", lambda: odt(footer=_p(f"Page 1 - {NAME}")), "styles.xml#footer", "footer"),
    ("footnote", _with(_p(f'Seen<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body>{_p("Told by " + NAME)}</text:note-body></text:note>.')), "content.xml#footnote", "footnote"),
    ("endnote", _with(_p(f'Seen<text:note text:note-class="endnote"><text:note-citation>i</text:note-citation><text:note-body>{_p("Told by " + NAME)}</text:note-body></text:note>.')), "content.xml#endnote", "endnote"),
    ("comment text", _with(_p(f"Mother attended<office:annotation><dc:creator>Reviewer</dc:creator>{_p('Ask ' + NAME)}</office:annotation>.")), "content.xml#comment", "comment"),
    ("comment author", _with(_p(f"Mother attended<office:annotation><dc:creator>{NAME}</dc:creator>{_p('check')}</office:annotation>.")), "content.xml#comment-author", "comment-author"),
    ("tracked insertion", _with(INSERTED + _p(f'Seen by <text:change-start text:change-id="ct1"/>{NAME}<text:change-end text:change-id="ct1"/> today.')), "content.xml#revision", "revision"),
    ("tracked deletion", _with(DELETED + _p('Seen by <text:change text:change-id="ct2"/>the GP.')), "content.xml#revision", "revision"),
    ("revision author", _with(INSERTED.replace("Reviewer", NAME) + _p("Seen.")), "content.xml#revision-author", "revision-author"),
    ("display none", lambda: odt(body=_p(f'Seen by <text:span text:style-name="H">{NAME}</text:span>') + ODT_BODY, auto_styles=HIDE), "content.xml#hidden", "hidden"),
    ("white text", lambda: odt(body=_p(f'Seen by <text:span text:style-name="W">{NAME}</text:span>') + ODT_BODY, auto_styles=WHITE), "content.xml#hidden", "hidden"),
    ("hidden text field", _with(_p(f'Seen<text:hidden-text text:condition="ooow:1" text:string-value="{NAME}" text:is-hidden="true"/>.')), "content.xml#hidden", "hidden"),
    ("hidden section", _with(f'<text:section text:name="Section1" text:display="none">{_p(NAME)}</text:section>'), "content.xml#hidden", "hidden"),
    ("xml comment", _with(f"<!-- {NAME} -->"), "content.xml#hidden", "hidden"),
    ("text box", _with(_p(f'<draw:frame draw:name="Frame1"><draw:text-box>{_p(NAME)}</draw:text-box></draw:frame>')), "content.xml#textbox", "textbox"),
    ("alt text", _with(_p(f'<draw:frame draw:name="Image1"><draw:image xlink:href="Pictures/a.png"/><svg:title>Photo</svg:title><svg:desc>Photo of {NAME}</svg:desc></draw:frame>')), "content.xml#alt-text", "alt-text"),
    ("frame name", _with(_p(f'<draw:frame draw:name="{NAME}"><draw:image xlink:href="Pictures/a.png"/></draw:frame>')), "content.xml#alt-text", "alt-text"),
    ("hyperlink", _with(_p('<text:a xlink:type="simple" xlink:href="mailto:Perpetua.Quenby@example.org">email the board</text:a>')), "content.xml#hyperlink", "hyperlink"),
    ("bookmark", _with(_p('<text:bookmark text:name="Perpetua_Quenby"/>Chronology')), "content.xml#outline", "outline"),
    ("user field", _with(f'<text:user-field-decls><text:user-field-decl office:value-type="string" office:string-value="{NAME}" text:name="child"/></text:user-field-decls>'), "content.xml#form-field", "form-field"),
    ("form control", _with(f'<office:forms><form:form form:name="F"><form:text form:name="who" form:current-value="{NAME}"/></form:form></office:forms>'), "content.xml#form-field", "form-field"),
    ("meta creator", lambda: odt(meta=f"<dc:creator>{NAME}</dc:creator>"), "meta.xml", "metadata"),
    ("meta initial creator", lambda: odt(meta=f"<meta:initial-creator>{NAME}</meta:initial-creator>"), "meta.xml", "metadata"),
    ("meta title", lambda: odt(meta=f"<dc:title>{NAME}</dc:title>"), "meta.xml", "metadata"),
    ("meta user-defined field", lambda: odt(meta=f'<meta:user-defined meta:name="Child">{NAME}</meta:user-defined>'), "meta.xml", "metadata"),
    ("settings", lambda: odt(settings=f'<config:config-item config:name="PrinterName" config:type="string">{NAME} office</config:config-item>'), "settings.xml", "metadata"),
    ("list number text", lambda: odt(styles=f'<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-prefix="{NAME} " style:num-format="1"/></text:list-style>'), "styles.xml#list-numbers", "body"),
    ("image metadata", lambda: odt(body=ODT_BODY, extra={"Pictures/a.png": tiny_png({"Author": NAME})}), "Pictures/a.png", "metadata"),
]


def _names(ex: Extracted, needle: str = NAME) -> set[tuple[str | None, str]]:
    return {(p.part, p.channel) for p in ex.parts if needle.lower() in p.text.lower()}


def _body(ex: Extracted) -> str:
    return "".join(p.text for p in ex.parts if p.channel == "body")


@pytest.mark.parametrize(("case", "build", "part", "channel"), LEAKS, ids=[c[0] for c in LEAKS])
def test_each_odt_channel_leak_is_found_in_its_own_part(case: str, build: Callable[[], bytes], part: str, channel: str) -> None:
    ex = extract_bytes(build(), "report.odt")
    assert ex.problems == [], ex.problems
    found = _names(ex) | _names(ex, "Perpetua.Quenby")
    assert (part, channel) in found, f"{case}: {found} / {[(p.part, p.channel) for p in ex.parts]}"
    if channel != "body":
        assert "quenby" not in _body(ex).lower()
    names = [p.part for p in ex.parts]
    assert len(names) == len(set(names))


def test_clean_odt_has_visible_text_in_order_with_anchors() -> None:
    ex = extract_bytes(odt(), "clean.odt")
    assert ex.problems == []
    body = next(p for p in ex.parts if p.part == "content.xml")
    assert body.text == "Circumstances\nChild A lived with Mother and Sibling 1.\nHealth Visitor 1\nHome visit\n"
    assert body.anchors[0] == (0, "paragraph 1 “Circumstances”")
    assert (14, "paragraph 2 “Child A lived with Mother…”") in body.anchors
    assert (body.text.index("Home visit"), "table 1, row 1, cell 2") in body.anchors
    assert _names(ex) == set()


def test_inserted_text_is_not_in_the_visible_body() -> None:
    ex = extract_bytes(odt(body=INSERTED + _p(f'Seen by <text:change-start text:change-id="ct1"/>{NAME}<text:change-end text:change-id="ct1"/> today.')), "r.odt")
    body = next(p for p in ex.parts if p.part == "content.xml").text
    assert body.startswith("Seen by  today.\n")


def _manifest_encrypted(data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            payload = src.read(info.filename)
            if info.filename == "META-INF/manifest.xml":
                payload = payload.replace(b"/></manifest:manifest>", b'><manifest:encryption-data manifest:checksum="x"/></manifest:file-entry></manifest:manifest>')
            dst.writestr(info, payload)
    return out.getvalue()


PROBLEMS: list[tuple[str, Callable[[], bytes], str, str]] = [
    ("encrypted (manifest)", lambda: _manifest_encrypted(odt()), "encrypted", "ANO925"),
    ("ZipCrypto flag", lambda: zipcrypto_flagged(odt(), "content.xml"), "encrypted", "ANO925"),
    ("macros", lambda: odt(extra={"Basic/Standard/Module1.xml": b"<x/>"}), "macros", "ANO924"),
    ("unknown part", lambda: odt(extra={"mystery.xml": b"<m>x</m>"}), "unknown part", "ANO922"),
    ("embedded object", lambda: odt(extra={"Object 1/blob.bin": b"\x01\x02"}), "embedded", "ANO923"),
    ("saved versions", lambda: odt(extra={"Versions/Version1": b"PK"}), "versions", "ANO923"),
    ("doctype", lambda: odt(extra={"content.xml": b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>'}), "DOCTYPE", "ANO926"),
    ("paragraph bomb", lambda: odt(body="<text:p/>" * 60_000), "paragraphs", "ANO921"),
    ("nesting", lambda: odt(body="<text:span>" * 300 + "</text:span>" * 300), "nested", "ANO921"),
    ("not an odt", lambda: _without(odt(), "content.xml"), "no content.xml", "ANO901"),
]


def _without(data: bytes, member: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            if info.filename != member:
                dst.writestr(info, src.read(info.filename))
    return out.getvalue()


@pytest.mark.parametrize(("case", "build", "message", "code"), PROBLEMS, ids=[c[0] for c in PROBLEMS])
def test_hostile_odt_fails_closed_with_its_code(case: str, build: Callable[[], bytes], message: str, code: str) -> None:
    ex = extract_bytes(build(), "report.odt")
    assert any(message.lower() in p.message.lower() and p.code == code for p in ex.problems), ex.problems


def test_odt_with_a_name_and_an_nhs_number_fails_check(tmp_path: Path, capsys, monkeypatch) -> None:
    from generator.cli import main

    monkeypatch.setenv("CASEREVIEW_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "report.odt"
    path.write_bytes(odt(body=_p(f"{NAME} (NHS number 943 476 5919) was seen at home.") + ODT_BODY))
    code = main(["check", "--fast", "--format", "json", str(path)])
    out, err = capsys.readouterr()
    assert code == 1
    found = {f["entity_type"] for f in json.loads(out)["findings"]}
    assert "NHS_NUMBER" in found
    assert "5919" not in out + err


def test_odt_by_magic_bytes_and_missing_file() -> None:
    assert _names(extract_bytes(odt(body=_p(NAME)), "noext"))  # dispatched on the mimetype member
    assert extract(Path("/nonexistent/report.odt")).problems


@pytest.mark.parametrize(("case", "build", "part", "channel"), LEAKS, ids=[c[0] for c in LEAKS])
def test_odt_leak_in_every_channel_fails_the_check_with_its_part(tmp_path: Path, capsys, monkeypatch, case, build, part, channel) -> None:
    from generator.cli import main

    monkeypatch.setenv("CASEREVIEW_CACHE_DIR", str(tmp_path / "cache"))
    key = tmp_path / "secure" / "key.yaml"
    key.parent.mkdir()
    key.write_text("people:\n  - pseudonym: Mother\n    names: [Perpetua Quenby]\n", "utf-8")
    path = tmp_path / "report.odt"
    path.write_bytes(build())
    code = main(["check", "--fast", "--key", str(key), "--format", "json", str(path)])
    out, err = capsys.readouterr()
    assert code == 1, case
    parts = {f["location"]["part"] for f in json.loads(out)["findings"] if f["severity"] == "error"}
    assert part in parts, f"{case}: {sorted(p or '' for p in parts)}"
    assert "quenby" not in (out + err).lower()


def test_clean_odt_passes_the_check(tmp_path: Path, capsys, monkeypatch) -> None:
    from generator.cli import main

    monkeypatch.setenv("CASEREVIEW_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "clean.odt"
    path.write_bytes(odt())
    code = main(["check", "--fast", "--format", "json", str(path)])
    assert code == 0, capsys.readouterr().out
