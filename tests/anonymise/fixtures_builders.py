"""Builders of leaky and hostile DOCX/ODT/PDF fixtures, made in tmp_path at test time (all names fictional)."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

NAME = "Perpetua Quenby"  # fictional; must never be extracted into a body part by a leak builder
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_DECL = f'xmlns:w="{W}"'


# --------------------------------------------------------------------------- DOCX


def base_docx(body: str = "Child A lived with Mother and Sibling 1.", **core: str) -> bytes:
    """A small clean DOCX (python-docx) with a body paragraph, a table and a header."""
    from docx import Document

    doc = Document()
    doc.add_heading("Circumstances", level=2)
    doc.add_paragraph(body)
    table = doc.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Health Visitor 1"
    table.cell(0, 1).text = "Home visit"
    doc.sections[0].header.paragraphs[0].text = "OFFICIAL-SENSITIVE"
    props = doc.core_properties
    props.author = ""
    props.comments = ""
    props.last_modified_by = ""
    for key, value in core.items():
        setattr(props, key, value)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def rezip(data: bytes, changes: dict[str, bytes | Callable[[bytes], bytes] | None]) -> bytes:
    """Copy a ZIP, replacing (bytes), transforming (callable), deleting (None) or adding members."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        names = src.namelist()
        for name in names:
            original = src.read(name)
            change = changes.get(name, original)
            if callable(change):
                change = change(original)
            if change is not None:
                dst.writestr(name, change)
        for name, change in changes.items():
            if name not in names and isinstance(change, bytes):
                dst.writestr(name, change)
    return out.getvalue()


def in_body(xml_fragment: str, extra_ns: str = "") -> Callable[[bytes], bytes]:
    """A transform adding ``xml_fragment`` (WordprocessingML) just before ``<w:sectPr``."""

    def transform(xml: bytes) -> bytes:
        text = xml.decode("utf-8")
        for decl in extra_ns.split():
            prefix = decl.split("=", 1)[0]
            if prefix + "=" not in text.split(">", 2)[1]:
                text = text.replace("<w:document ", f"<w:document {decl} ", 1)
        index = text.rindex("<w:sectPr")
        return (text[:index] + xml_fragment + text[index:]).encode("utf-8")

    return transform


def para(inner: str) -> str:
    """A paragraph around run XML."""
    return f"<w:p>{inner}</w:p>"


def run(text: str, rpr: str = "") -> str:
    """A run with optional run properties."""
    props = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'


def notes_part(kind: str, text: str) -> bytes:
    """A footnotes.xml / endnotes.xml part with separators and one note."""
    tag = kind[:-1]  # footnote / endnote
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:{kind} {W_DECL}>'
        f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{tag}>'
        f'<w:{tag} w:id="1">{para(run(text))}</w:{tag}>'
        f"</w:{kind}>"
    ).encode()


def write_docx(tmp_path: Path, data: bytes, filename: str = "report.docx") -> Path:
    """Write DOCX bytes to ``tmp_path/filename``."""
    path = tmp_path / filename
    path.write_bytes(data)
    return path


def tiny_png(text_chunks: dict[str, str] | None = None) -> bytes:
    """A 2x2 PNG, optionally with tEXt metadata chunks."""
    from PIL import Image, PngImagePlugin

    info = PngImagePlugin.PngInfo()
    for key, value in (text_chunks or {}).items():
        info.add_text(key, value)
    out = io.BytesIO()
    Image.new("RGB", (2, 2), (200, 200, 200)).save(out, "PNG", pnginfo=info)
    return out.getvalue()


def docx_with_picture(descr: str = "", png: bytes | None = None) -> bytes:
    """A DOCX with one inline picture whose alt text (``wp:docPr descr``) is ``descr``."""
    from docx import Document

    doc = Document()
    doc.add_paragraph("Genogram of the family (pseudonymised).")
    doc.add_picture(io.BytesIO(png or tiny_png()))
    out = io.BytesIO()
    doc.save(out)
    data = out.getvalue()
    if descr:
        data = rezip(data, {"word/document.xml": lambda x: re.sub(rb"(<wp:docPr [^>]*?)(/?>)", lambda m: m.group(1) + f' descr="{descr}"'.encode() + m.group(2), x, count=1)})
    return data


def docx_with_comment(text: str, author: str, initials: str) -> bytes:
    """A DOCX with one comment (python-docx comments API)."""
    from docx import Document

    doc = Document()
    paragraph = doc.add_paragraph("Mother attended the meeting.")
    doc.add_comment(paragraph.runs, text=text, author=author, initials=initials)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def billion_laughs(root: str = "w:document") -> bytes:
    """An XML part with nested entity declarations (entity-expansion attack)."""
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)
    )
    return (
        f'<?xml version="1.0"?><!DOCTYPE {root} [{entities}]>'
        f'<{root} {W_DECL}><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></{root}>'
    ).encode()


def zip_bomb(inflated_bytes: int = 60 * 1024 * 1024) -> bytes:
    """A DOCX-shaped ZIP whose document part inflates to ``inflated_bytes``."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", b"<Types/>")
        with zf.open("word/document.xml", "w") as fh:
            chunk = b" " * (1024 * 1024)
            for _ in range(inflated_bytes // len(chunk)):
                fh.write(chunk)
    return out.getvalue()


def lying_zip_bomb(inflated_bytes: int = 60 * 1024 * 1024, claimed: int = 1000) -> bytes:
    """A zip bomb whose headers claim the big member inflates to only ``claimed`` bytes."""
    import struct

    data = bytearray(zip_bomb(inflated_bytes))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = zf.getinfo("word/document.xml")
        local = info.header_offset
    struct.pack_into("<I", data, local + 22, claimed)
    central = data.rfind(b"PK\x01\x02")
    while central != -1:
        name_len = struct.unpack_from("<H", data, central + 28)[0]
        if bytes(data[central + 46 : central + 46 + name_len]) == b"word/document.xml":
            struct.pack_into("<I", data, central + 24, claimed)
        central = data.rfind(b"PK\x01\x02", 0, central)
    return bytes(data)


def many_entries(count: int) -> bytes:
    """A ZIP with ``count`` tiny members."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as zf:
        for i in range(count):
            zf.writestr(f"word/x{i}.xml", b"")
    return out.getvalue()


def paragraph_bomb(paragraphs: int = 400_000, text: str = "") -> bytes:
    """A small DOCX whose body has ``paragraphs`` paragraphs (deflates to a few hundred KB at most)."""
    one = f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" if text else "<w:p/>"
    body = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W_DECL}><w:body>'.encode()
    body += one.encode() * paragraphs + b"<w:sectPr/></w:body></w:document>"
    return rezip(base_docx(), {"word/document.xml": body})


def zipcrypto_flagged(data: bytes, member: str = "word/document.xml") -> bytes:
    """``data`` with the "encrypted" flag bit set on ``member`` (as a ZipCrypto archive has it)."""
    import struct

    out = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        local = zf.getinfo(member).header_offset
    struct.pack_into("<H", out, local + 6, struct.unpack_from("<H", out, local + 6)[0] | 1)
    central = out.rfind(b"PK\x01\x02")
    while central != -1:
        name_len = struct.unpack_from("<H", out, central + 28)[0]
        if bytes(out[central + 46 : central + 46 + name_len]) == member.encode():
            struct.pack_into("<H", out, central + 8, struct.unpack_from("<H", out, central + 8)[0] | 1)
        central = out.rfind(b"PK\x01\x02", 0, central)
    return bytes(out)


# --------------------------------------------------------------------------- ODT

ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:form="urn:oasis:names:tc:opendocument:xmlns:form:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3"'
)
ODT_BODY = (
    '<text:h text:outline-level="2">Circumstances</text:h>'
    "<text:p>Child A lived with Mother and Sibling 1.</text:p>"
    '<table:table table:name="Table1"><table:table-column/><table:table-column/>'
    "<table:table-row><table:table-cell><text:p>Health Visitor 1</text:p></table:table-cell>"
    "<table:table-cell><text:p>Home visit</text:p></table:table-cell></table:table-row></table:table>"
)


def odt(
    body: str = ODT_BODY,
    auto_styles: str = "",
    header: str = "<text:p>OFFICIAL-SENSITIVE</text:p>",
    footer: str = "",
    meta: str = "<dc:title>Review</dc:title>",
    settings: str = "",
    extra: dict[str, bytes] | None = None,
    styles: str = "",
) -> bytes:
    """A small OpenDocument text written by hand (mimetype first and stored, as ODF requires)."""
    decl = '<?xml version="1.0" encoding="UTF-8"?>'
    content = (
        f"{decl}<office:document-content {ODF_NS}><office:automatic-styles>{auto_styles}</office:automatic-styles>"
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    footer_xml = f"<style:footer>{footer}</style:footer>" if footer else ""
    styles_xml = (
        f"{decl}<office:document-styles {ODF_NS}><office:styles>{styles}</office:styles><office:master-styles>"
        f'<style:master-page style:name="Standard"><style:header>{header}</style:header>{footer_xml}</style:master-page>'
        "</office:master-styles></office:document-styles>"
    )
    meta_xml = f"{decl}<office:document-meta {ODF_NS}><office:meta>{meta}</office:meta></office:document-meta>"
    settings_xml = (
        f"{decl}<office:document-settings {ODF_NS}><office:settings><config:config-item-set config:name=\"ooo:configuration-settings\">"
        f"{settings}</config:config-item-set></office:settings></office:document-settings>"
    )
    manifest = (
        f'{decl}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        "</manifest:manifest>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), b"application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        for name, data in {
            "content.xml": content.encode(),
            "styles.xml": styles_xml.encode(),
            "meta.xml": meta_xml.encode(),
            "settings.xml": settings_xml.encode(),
            "META-INF/manifest.xml": manifest.encode(),
            **(extra or {}),
        }.items():
            zf.writestr(name, data)
    return out.getvalue()


# --------------------------------------------------------------------------- PDF


def html_pdf(body_html: str, title: str = "", variant: str | None = None) -> bytes:
    """A PDF made by WeasyPrint from an HTML body (no network: only inline content)."""
    import weasyprint

    head = f"<title>{title}</title>" if title else ""
    html = f"<html><head>{head}<style>body{{font-family: sans-serif; font-size: 12pt}}</style></head><body>{body_html}</body></html>"
    return weasyprint.HTML(string=html, base_url=None).write_pdf(pdf_variant=variant)


def pike_edit(data: bytes, edit: Callable[..., None], **save: object) -> bytes:
    """Open PDF bytes with pikepdf, apply ``edit(pdf)`` and save (full rewrite)."""
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        edit(pdf)
        out = io.BytesIO()
        pdf.save(out, **save)  # type: ignore[arg-type]
    return out.getvalue()


def add_annotation(pdf: object, **entries: object) -> None:
    """Append an annotation dictionary (keys without the slash) to page 1."""
    import pikepdf

    assert isinstance(pdf, pikepdf.Pdf)
    values: dict[str, object] = {"/Type": pikepdf.Name.Annot, "/Rect": pikepdf.Array([72, 72, 144, 144])}
    for key, value in entries.items():
        values["/" + key] = pikepdf.Name("/" + value[1:]) if isinstance(value, str) and value.startswith("/") else value
    annot = pdf.make_indirect(pikepdf.Dictionary(values))
    page = pdf.pages[0].obj
    if "/Annots" not in page:
        page["/Annots"] = pikepdf.Array()
    page["/Annots"].append(annot)


def incremental_update(data: bytes, blank_page: bool = True, info: dict[str, str] | None = None) -> bytes:
    """Append an incremental update (pypdf) that blanks page 1 and/or changes the Info dictionary."""
    import pypdf
    from pypdf.generic import DecodedStreamObject, NameObject

    writer = pypdf.PdfWriter(io.BytesIO(data), incremental=True)
    if blank_page:
        stream = DecodedStreamObject()
        stream.set_data(b"")
        writer.pages[0][NameObject("/Contents")] = writer._add_object(stream)
    if info:
        writer.add_metadata(info)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def add_page_text(pdf: object, text: str, render_mode: int = 0, image_under: bool = False) -> None:
    """Append text drawn in Helvetica at (72, 300) on page 1 with a text render mode (3 = invisible)."""
    import pikepdf

    assert isinstance(pdf, pikepdf.Pdf)
    page = pdf.pages[0]
    resources = page.obj.get("/Resources")
    if not isinstance(resources, pikepdf.Dictionary):
        resources = page.obj["/Resources"] = pikepdf.Dictionary()
    if "/Font" not in resources:
        resources["/Font"] = pikepdf.Dictionary()
    resources["/Font"]["/FHelv"] = pikepdf.Dictionary({"/Type": pikepdf.Name.Font, "/Subtype": pikepdf.Name.Type1, "/BaseFont": pikepdf.Name.Helvetica})
    ops = b""
    if image_under:
        image = pikepdf.Stream(pdf, b"\x80\x80\x80", {"/Type": pikepdf.Name.XObject, "/Subtype": pikepdf.Name.Image, "/Width": 1, "/Height": 1, "/ColorSpace": pikepdf.Name.DeviceRGB, "/BitsPerComponent": 8})
        if "/XObject" not in resources:
            resources["/XObject"] = pikepdf.Dictionary()
        resources["/XObject"]["/IScan"] = image
        ops += b"q 300 0 0 40 60 290 cm /IScan Do Q "
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops += f"BT /FHelv 12 Tf {render_mode} Tr 72 300 Td ({escaped}) Tj ET".encode("latin-1")
    page.contents_add(pdf.make_stream(ops), prepend=False)
