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


# --------------------------------------------------------------------------- hostile PDF (pikepdf/PIL only)

ADDRESS = "12 Acacia Road, Northtown NT1 4QB"  # fictional


def _helvetica() -> object:
    import pikepdf

    return pikepdf.Dictionary({"/Type": pikepdf.Name.Font, "/Subtype": pikepdf.Name.Type1, "/BaseFont": pikepdf.Name.Helvetica, "/Encoding": pikepdf.Name.WinAnsiEncoding})


def _show(text: str, x: int = 72, y: int = 700, size: int = 12) -> bytes:
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return f"BT /F1 {size} Tf {x} {y} Td ({escaped}) Tj ET".encode("latin-1")


def simple_pdf(text: str = "Child A lived with Mother.", pages: int = 1, **save: object) -> bytes:
    """A small uncompressed pikepdf PDF whose pages show ``text`` in Helvetica (easy to edit as bytes)."""
    import pikepdf

    pdf = pikepdf.new()
    for _ in range(pages):
        page = pdf.add_blank_page(page_size=(612, 792))
        page.obj["/Resources"] = pikepdf.Dictionary({"/Font": pikepdf.Dictionary({"/F1": _helvetica()})})
        page.obj["/Contents"] = pdf.make_stream(_show(text))
    out = io.BytesIO()
    options: dict[str, object] = {"object_stream_mode": pikepdf.ObjectStreamMode.disable, "compress_streams": False}
    options.update(save)
    pdf.save(out, **options)  # type: ignore[arg-type]
    return out.getvalue()


def text_png(text: str, size: tuple[int, int] = (1400, 220), font_size: int = 64) -> bytes:
    """A PNG picture of ``text`` (black on white, DejaVu Sans): what a scanner makes of a typed line."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", font_size)
    except OSError:
        font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", font_size)
    draw.text((40, (size[1] - font_size) // 2), text, fill=0, font=font)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _image_xobject(pdf: object, png: bytes) -> object:
    import zlib

    import pikepdf
    from PIL import Image

    assert isinstance(pdf, pikepdf.Pdf)
    image = Image.open(io.BytesIO(png)).convert("L")
    stream = pikepdf.Stream(pdf, b"")
    stream.write(zlib.compress(image.tobytes()), filter=pikepdf.Name.FlateDecode)
    for key, value in {"/Type": pikepdf.Name.XObject, "/Subtype": pikepdf.Name.Image, "/Width": image.width, "/Height": image.height,
                       "/ColorSpace": pikepdf.Name.DeviceGray, "/BitsPerComponent": 8}.items():
        stream[key] = value
    return stream


def scanned_pdf(text: str = f"{NAME} lives at {ADDRESS}", with_text: str = "") -> bytes:
    """A page that is a picture of ``text`` (a scan, no text layer); ``with_text`` adds typed text above it."""
    import pikepdf

    pdf = pikepdf.new()
    page = pdf.add_blank_page(page_size=(612, 792))
    page.obj["/Resources"] = pikepdf.Dictionary({"/XObject": pikepdf.Dictionary({"/Im0": _image_xobject(pdf, text_png(text))}),
                                                 "/Font": pikepdf.Dictionary({"/F1": _helvetica()})})
    ops = b"q 500 0 0 78 56 500 cm /Im0 Do Q"
    if with_text:
        ops = _show(with_text, y=720) + b"\n" + ops
    page.obj["/Contents"] = pdf.make_stream(ops)
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def no_tounicode_pdf() -> bytes:
    """A WeasyPrint PDF naming ``NAME`` whose fonts lost their /ToUnicode maps (text reads as glyph ids)."""

    def strip(pdf: object) -> None:
        import pikepdf

        assert isinstance(pdf, pikepdf.Pdf)
        for page in pdf.pages:
            for font in page.obj.Resources.Font.values():
                if "/ToUnicode" in font:
                    del font["/ToUnicode"]

    return pike_edit(html_pdf(f"<p>{NAME} lives at {ADDRESS}.</p>"), strip)


def tiling_pattern_pdf(text: str = NAME) -> bytes:
    """A page whose only text is drawn inside a tiling pattern that fills a rectangle."""
    import pikepdf

    pdf = pikepdf.new()
    page = pdf.add_blank_page(page_size=(612, 792))
    pattern = pdf.make_stream(_show(text, x=5, y=20, size=14))
    for key, value in {"/Type": pikepdf.Name.Pattern, "/PatternType": 1, "/PaintType": 1, "/TilingType": 1,
                       "/BBox": pikepdf.Array([0, 0, 400, 40]), "/XStep": 400, "/YStep": 40,
                       "/Resources": pikepdf.Dictionary({"/Font": pikepdf.Dictionary({"/F1": _helvetica()})})}.items():
        pattern[key] = value
    page.obj["/Resources"] = pikepdf.Dictionary({"/Pattern": pikepdf.Dictionary({"/P0": pattern})})
    page.obj["/Contents"] = pdf.make_stream(b"/Pattern cs /P0 scn 72 600 400 40 re f")
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def _insert_before_xref(data: bytes, insert: bytes) -> bytes:
    """Insert raw bytes just before the final classic xref table, fixing ``startxref``."""
    import re

    xref = data.rindex(b"\nxref") + 1
    match = list(re.finditer(rb"startxref\s+(\d+)", data))[-1]
    assert int(match.group(1)) == xref
    fixed = data[: match.start(1)] + str(xref + len(insert)).encode() + data[match.end(1):]
    return fixed[:xref] + insert + fixed[xref:]


def unlisted_object_pdf(kind: str = "content") -> bytes:
    """A clean PDF with one object no xref section lists: a content stream or a string naming ``NAME``."""
    body = _show(f"{NAME} lives at {ADDRESS}")
    if kind == "content":
        obj = b"90 0 obj\n<< /Length %d >>\nstream\n" % len(body) + body + b"\nendstream\nendobj\n"
    else:
        obj = f"91 0 obj\n({NAME} lives at {ADDRESS})\nendobj\n".encode("latin-1")
    return _insert_before_xref(simple_pdf(), obj)


def unreferenced_page_pdf() -> bytes:
    """A PDF whose second page was dropped from the page tree but is still listed in the xref."""
    import pikepdf

    pdf = pikepdf.open(io.BytesIO(simple_pdf()))
    page = pdf.make_indirect(pikepdf.Dictionary({"/Type": pikepdf.Name.Page, "/MediaBox": pikepdf.Array([0, 0, 612, 792]),
                                                 "/Resources": pikepdf.Dictionary({"/Font": pikepdf.Dictionary({"/F1": _helvetica()})}),
                                                 "/Contents": pdf.make_stream(_show(f"Interview with {NAME}"))}))
    pdf.Root["/Orphan"] = page
    out = io.BytesIO()
    pdf.save(out, object_stream_mode=pikepdf.ObjectStreamMode.disable, compress_streams=False)
    import re

    # unlink the page from the catalog, keeping every byte offset (and so the xref) valid
    return re.sub(rb"/Orphan \d+ 0 R", lambda m: b" " * len(m.group(0)), out.getvalue(), count=1)


def overwritten_object_pdf() -> bytes:
    """An update that rewrites the page's content stream under the same object number, and the
    first revision's ``startxref``/``%%EOF`` removed: the old text is only in bytes no marker ends."""
    import pikepdf

    data = simple_pdf(f"{NAME} lives at {ADDRESS}")
    with pikepdf.open(io.BytesIO(data)) as pdf:
        number, generation = pdf.pages[0].obj["/Contents"].objgen
        size = int(pdf.trailer["/Size"])
        root = pdf.Root.objgen
    prev = int(data[data.rindex(b"startxref") + 9 :].split()[0])
    cut = data.rindex(b"startxref")
    data = data[:cut] + b" " * (len(data) - cut)  # the first revision no longer says where it ends
    body = b"BT /F1 12 Tf 72 700 Td (Child A) Tj ET"
    offset = len(data)
    update = b"%d %d obj\n<< /Length %d >>\nstream\n" % (number, generation, len(body)) + body + b"\nendstream\nendobj\n"
    xref = offset + len(update)
    update += b"xref\n0 1\n0000000000 65535 f \n%d 1\n%010d %05d n \n" % (number, offset, generation)
    update += b"trailer\n<< /Size %d /Root %d %d R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (size, root[0], root[1], prev, xref)
    return data + update


def revision_without_eof_pdf(strip_startxref: bool = False) -> bytes:
    """An incremental update that blanks the page, with the first revision's ``%%EOF`` removed."""
    data = incremental_update(simple_pdf(f"{NAME} lives at {ADDRESS}"))
    first = data.index(b"%%EOF")
    data = data[:first] + b"%%XXX" + data[first + 5:]
    if strip_startxref:
        start = data.index(b"startxref")
        data = data[:start] + b"startxxxx" + data[start + 9:]
    return data


def script_pdf(where: str) -> bytes:
    """Actions carrying a name and address: open-action JavaScript, a Launch action, named JavaScript."""
    import pikepdf

    def edit(pdf: pikepdf.Pdf) -> None:
        js = f"app.alert('Visit {NAME} at {ADDRESS}');"
        if where == "openaction":
            pdf.Root["/OpenAction"] = pikepdf.Dictionary({"/S": pikepdf.Name.JavaScript, "/JS": pikepdf.String(js)})
        elif where == "launch":
            action = pikepdf.Dictionary({"/S": pikepdf.Name.Launch, "/F": pikepdf.String(f"notes-{NAME}.txt"),
                                         "/Win": pikepdf.Dictionary({"/F": pikepdf.String("notepad.exe"), "/P": pikepdf.String(f"{NAME} {ADDRESS}")})})
            add_annotation(pdf, Subtype="/Link", A=action)
        elif where == "named":
            script = pdf.make_indirect(pikepdf.Dictionary({"/S": pikepdf.Name.JavaScript, "/JS": pdf.make_stream(js.encode())}))
            pdf.Root["/Names"] = pikepdf.Dictionary({"/JavaScript": pikepdf.Dictionary({"/Names": pikepdf.Array([pikepdf.String("init"), script])})})
        elif where == "page-aa":
            pdf.pages[0].obj["/AA"] = pikepdf.Dictionary({"/O": pikepdf.Dictionary({"/S": pikepdf.Name.JavaScript, "/JS": pikepdf.String(js)})})

    return pike_edit(simple_pdf(), edit)


def _deflate_zeros(size: int, chunk: bytes = b" " * (1 << 20)) -> bytes:
    import zlib

    encoder = zlib.compressobj(9)
    parts = [encoder.compress(chunk) for _ in range(size // len(chunk))]
    parts.append(encoder.flush())
    return b"".join(parts)


def bomb_pdf(where: str, inflated: int = 64 * 1024 * 1024) -> bytes:
    """A PDF with one flate stream that inflates to ``inflated`` bytes: page content, attachment or XMP."""
    import pikepdf

    blob = _deflate_zeros(inflated)
    pdf = pikepdf.open(io.BytesIO(simple_pdf()))
    stream = pikepdf.Stream(pdf, b"")
    stream.write(blob, filter=pikepdf.Name.FlateDecode)
    if where == "content":
        pdf.pages[0].obj["/Contents"] = pikepdf.Array([pdf.make_stream(_show(NAME)), pdf.make_indirect(stream)])
    elif where == "attachment":
        stream["/Type"] = pikepdf.Name.EmbeddedFile
        spec = pikepdf.Dictionary({"/Type": pikepdf.Name.Filespec, "/F": pikepdf.String("notes.txt"), "/UF": pikepdf.String("notes.txt"),
                                   "/EF": pikepdf.Dictionary({"/F": pdf.make_indirect(stream)})})
        pdf.Root["/Names"] = pikepdf.Dictionary({"/EmbeddedFiles": pikepdf.Dictionary({"/Names": pikepdf.Array([pikepdf.String("notes.txt"), spec])})})
    elif where == "xmp":
        # no /Type /Metadata: qpdf would store a metadata stream uncompressed
        stream["/Subtype"] = pikepdf.Name.XML
        pdf.Root["/Metadata"] = pdf.make_indirect(stream)
    out = io.BytesIO()
    pdf.save(out, compress_streams=False, stream_decode_level=pikepdf.StreamDecodeLevel.none, fix_metadata_version=False)
    return out.getvalue()


def many_eof_pdf(markers: int = 1_000, text: str = "Child A lived with Mother.") -> bytes:
    """A small PDF followed by ``markers`` copies of ``startxref N %%EOF`` (each looks like a revision)."""
    import re

    data = simple_pdf(text)
    offset = int(list(re.finditer(rb"startxref\s+(\d+)", data))[-1].group(1))
    return data + (b"\nstartxref\n%d\n%%%%EOF\n" % offset) * markers


def many_updates_pdf(updates: int) -> bytes:
    """``updates`` real incremental updates, each changing the Info dictionary."""
    data = simple_pdf()
    for index in range(updates):
        data = incremental_update(data, blank_page=False, info={"/Subject": f"update {index}"})
    return data


def tagged_pdf(lines: list[str], reading_order: list[int]) -> bytes:
    """A tagged PDF drawing ``lines`` top to bottom (marked content 0, 1, ...) whose structure
    tree reads them in ``reading_order`` (e.g. a two-column layout drawn row by row)."""
    import pikepdf

    pdf = pikepdf.new()
    page = pdf.add_blank_page(page_size=(612, 792))
    page.obj["/Resources"] = pikepdf.Dictionary({"/Font": pikepdf.Dictionary({"/F1": _helvetica()})})
    ops = b""
    for mcid, text in enumerate(lines):
        ops += b"/P <</MCID %d>> BDC " % mcid + _show(text, y=700 - 40 * mcid) + b" EMC\n"
    page.obj["/Contents"] = pdf.make_stream(ops)
    page.obj["/StructParents"] = 0
    root = pdf.make_indirect(pikepdf.Dictionary({"/Type": pikepdf.Name.StructTreeRoot}))
    document = pdf.make_indirect(pikepdf.Dictionary({"/Type": pikepdf.Name.StructElem, "/S": pikepdf.Name.Document, "/P": root}))
    elements = {}
    for mcid in reading_order:
        elements[mcid] = pdf.make_indirect(pikepdf.Dictionary({"/Type": pikepdf.Name.StructElem, "/S": pikepdf.Name.P, "/P": document, "/Pg": page.obj, "/K": mcid}))
    document["/K"] = pikepdf.Array([elements[m] for m in reading_order])
    root["/K"] = document
    root["/ParentTree"] = pikepdf.Dictionary({"/Nums": pikepdf.Array([0, pikepdf.Array([elements[m] for m in range(len(lines))])])})
    pdf.Root["/StructTreeRoot"] = root
    pdf.Root["/MarkInfo"] = pikepdf.Dictionary({"/Marked": True})
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def gap_text_pdf(where: str = "comment") -> bytes:
    """Words outside every object: a comment before the xref, or junk between two revisions."""
    if where == "comment":
        return _insert_before_xref(simple_pdf(), f"% {NAME}, {ADDRESS}\n".encode("latin-1"))
    junk = f"{NAME} {ADDRESS}\n".encode("latin-1")
    return incremental_update(simple_pdf() + junk, blank_page=False, info={"/Subject": "Learning review"})


def stray_object_stream_pdf() -> bytes:
    """An object stream no xref lists, holding a string that names ``NAME``."""
    inner = f"({NAME} lives at {ADDRESS})".encode("latin-1")
    header = b"96 0 "
    body = header + inner
    obj = b"95 0 obj\n<< /Type /ObjStm /N 1 /First %d /Length %d >>\nstream\n" % (len(header), len(body)) + body + b"\nendstream\nendobj\n"
    return _insert_before_xref(simple_pdf(), obj)


def stray_form_pdf() -> bytes:
    """A form XObject no page draws and no xref lists, drawing ``NAME``."""
    body = _show(f"{NAME} lives at {ADDRESS}", x=5, y=20)
    obj = (b"97 0 obj\n<< /Type /XObject /Subtype /Form /BBox [0 0 500 50] /Resources << /Font << /F1 << /Type /Font "
           b"/Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >> >> >> /Length %d >>\nstream\n" % len(body) + body + b"\nendstream\nendobj\n")
    return _insert_before_xref(simple_pdf(), obj)


def orphan_widget_pdf() -> bytes:
    """A text-field widget on the page whose AcroForm does not list it, holding ``NAME``."""
    import pikepdf

    import warnings

    def edit(pdf: pikepdf.Pdf) -> None:
        add_annotation(pdf, Subtype="/Widget", FT="/Tx", T=pikepdf.String("child"), V=pikepdf.String(NAME))
        pdf.Root["/AcroForm"] = pikepdf.Dictionary({"/Fields": pikepdf.Array()})

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pikepdf warns about exactly the widget this builds
        return pike_edit(simple_pdf(), edit)


def captioned_scan_pdf() -> bytes:
    """A scanned letter with a one-word caption drawn over its corner (not an OCR layer)."""
    import pikepdf

    pdf = pikepdf.new()
    page = pdf.add_blank_page(page_size=(612, 792))
    page.obj["/Resources"] = pikepdf.Dictionary({"/XObject": pikepdf.Dictionary({"/Im0": _image_xobject(pdf, text_png(f"{NAME} lives at {ADDRESS}"))}),
                                                 "/Font": pikepdf.Dictionary({"/F1": _helvetica()})})
    page.obj["/Contents"] = pdf.make_stream(b"q 500 0 0 78 56 500 cm /Im0 Do Q " + _show("Letter", x=60, y=505, size=8))
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def many_objects_pdf(shapes: int = 1_000_000) -> bytes:
    """One page drawing ``shapes`` tiny filled squares over its text (a parser and comparison bomb)."""
    import zlib

    import pikepdf

    pdf = pikepdf.open(io.BytesIO(simple_pdf(f"{NAME} lives at {ADDRESS}")))
    ops = b"".join(b"%d %d 1 1 re f\n" % (i % 600, (i // 600) % 780) for i in range(shapes))
    stream = pikepdf.Stream(pdf, b"")
    stream.write(zlib.compress(ops, 9), filter=pikepdf.Name.FlateDecode)
    pdf.pages[0].obj["/Contents"] = pikepdf.Array([pdf.pages[0].obj["/Contents"], pdf.make_indirect(stream)])
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def undrawn_form_pdf() -> bytes:
    """A page listing a form XObject that draws ``NAME`` among its resources but never drawing it."""
    import pikepdf

    def edit(pdf: pikepdf.Pdf) -> None:
        form = pdf.make_stream(_show(f"{NAME} lives at {ADDRESS}", x=5, y=20))
        form["/Type"] = pikepdf.Name.XObject
        form["/Subtype"] = pikepdf.Name.Form
        form["/BBox"] = pikepdf.Array([0, 0, 500, 50])
        form["/Resources"] = pikepdf.Dictionary({"/Font": pikepdf.Dictionary({"/F1": _helvetica()})})
        pdf.pages[0].obj.Resources["/XObject"] = pikepdf.Dictionary({"/Fx0": form})

    return pike_edit(simple_pdf(), edit)
