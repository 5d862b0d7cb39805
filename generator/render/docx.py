"""DOCX rendering with python-docx, walking markdown-it tokens (not converting HTML); deterministic."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path
from functools import cache
from typing import Any

from docx import Document as new_document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Emu, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph
from markdown_it.token import Token

from generator.errors import RenderError
from generator.render import markdown as md
from generator.render.context import RenderContext, Text
from generator.render.html import split_xrefs, xref_targets
from generator.render.strings import page_of

NUMBERED_STYLE = "Numbered Paragraph"
TABLE_STYLE = "Review Table"
TEXT_WIDTH_CM = 17.0
# Approximate advance of one character of 9.5 pt Liberation Sans (bold headers a little wider), in cm.
_CHAR_CM = 0.19
_CELL_PAD_CM = 0.6  # the table style's cell margin plus a little air
# Numbering definitions casereview adds (ids well above anything a reference DOCX uses).
_ABS_PARAGRAPH, _ABS_BULLET, _ABS_ORDERED = 7101, 7102, 7103
_REQUIRED_STYLES = ("Title", "Heading 1", "Heading 2", "Heading 3", "Quote", "List Bullet", "List Number",
                    "List Continue", "List Continue 2", "List Continue 3", "Header", "Footer")
MAX_IMAGE_WIDTH = Cm(15.5)
# docx heading level = HTML level - 1 (HTML h1 is the title page; ## sections are Heading 1).
_HEADING = {2: "Heading 1", 3: "Heading 2", 4: "Heading 3"}


def render_docx(ctx: RenderContext, *, reference: Path | bytes | None = None) -> bytes:
    """Render one document to DOCX bytes (byte-identical for the same input and reference DOCX).

    ``reference`` is an organisation's reference DOCX whose styles, fonts, page setup and theme
    are used (its body text is discarded).
    """
    try:
        source = io.BytesIO(reference) if isinstance(reference, bytes) else str(reference) if reference else None
        doc = new_document(source) if source is not None else new_document()
    except Exception as exc:  # python-docx raises several types for a bad package
        raise RenderError(f"cannot open the reference DOCX: {type(exc).__name__}: {exc}") from exc
    _clear_body(doc)
    _setup(doc, ctx)
    builder = _Builder(doc, ctx)
    builder.title_page()
    builder.contents()
    builder.body()
    builder.appendices()
    _metadata(doc, ctx)
    raw = io.BytesIO()
    doc.save(raw)
    return _normalise_package(raw.getvalue(), ctx.date)


# --------------------------------------------------------------------------- document setup
def _clear_body(doc: DocxDocument) -> None:
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _setup(doc: DocxDocument, ctx: RenderContext) -> None:
    styles = doc.styles
    # Document language (spelling, screen readers): docDefaults and the Normal style.
    rpr_default = styles.element.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr"))
    if rpr_default is not None:
        _set_lang(rpr_default, ctx.lang_tag)
    _set_lang(styles["Normal"].element.get_or_add_rPr(), ctx.lang_tag)
    if NUMBERED_STYLE not in [s.name for s in styles]:
        style = styles.add_style(NUMBERED_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        fmt = style.paragraph_format
        fmt.left_indent = Cm(1.25)
        fmt.first_line_indent = Cm(-1.25)
        fmt.space_after = Pt(6)
        fmt.tab_stops.add_tab_stop(Cm(1.25))
    have = {s.name for s in styles}
    for name in _REQUIRED_STYLES:  # a board's reference DOCX may lack some: add plain ones
        if name not in have:
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = styles["Normal"]
            if name.startswith(("Heading", "Title")):
                style.font.bold = True
                style.paragraph_format.keep_with_next = True
    for name in ("TOC 1", "TOC 2"):
        if name not in [s.name for s in styles]:
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = styles["Normal"]
            style.paragraph_format.left_indent = Cm(0 if name == "TOC 1" else 0.6)
            style.paragraph_format.space_after = Pt(3)
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.0)
    section.top_margin, section.bottom_margin = Cm(2.4), Cm(2.2)
    section.different_first_page_header_footer = True  # the cover carries no running header or page number
    _header_footer(section, ctx)


def _set_lang(rpr: Any, tag: str) -> None:
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = parse_xml(f"<w:lang {nsdecls('w')}/>")
        rpr.append(lang)
    lang.set(qn("w:val"), tag)


def _header_footer(section: Any, ctx: RenderContext) -> None:
    header = section.header
    header.is_linked_to_previous = False
    hp = header.paragraphs[0]
    hp.text = ""
    hp.style = "Header" if "Header" in _names_of(header) else None
    _add_text(hp, Text(ctx.short_title), size=Pt(8.5))
    cover_header = section.first_page_header
    cover_header.is_linked_to_previous = False
    cover_header.paragraphs[0].text = ""
    cover_footer = section.first_page_footer
    cover_footer.is_linked_to_previous = False
    cover_footer.paragraphs[0].text = ""
    if ctx.draft:
        for where in (header, cover_header):
            mark = where.add_paragraph() if where is header else where.paragraphs[0]
            mark.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = _add_text(mark, ctx.classification_text)[0]
            run.bold = True
            run.font.size = Pt(9)
            mark.add_run()._r.append(_watermark(str(ctx.strings["draft"])))
        cp = cover_footer.paragraphs[0]
        cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = _add_text(cp, ctx.classification_text)[0]
        run.bold = True
        run.font.size = Pt(9)
    footer = section.footer
    footer.is_linked_to_previous = False
    fp = footer.paragraphs[0]
    fp.text = ""
    if ctx.draft:
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = _add_text(fp, ctx.classification_text)[0]
        run.bold = True
        run.font.size = Pt(9)
        fp = footer.add_paragraph()
    # board name and page number in two cells, so a long board name wraps instead of running on
    grid = footer.add_table(1, 2, Cm(TEXT_WIDTH_CM))
    _set_widths(grid, [TEXT_WIDTH_CM * 0.68, TEXT_WIDTH_CM * 0.32])
    _no_borders(grid)
    left, right = grid.rows[0].cells
    if ctx.board:
        _add_text(left.paragraphs[0], ctx.board, size=Pt(8.5))
    if not ctx.draft:  # the footer's own first paragraph closes the footer, after the table
        fp._p.getparent().append(fp._p)
        fp.paragraph_format.space_after = Pt(0)
    fp = right.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    template = page_of(ctx.lang, "\x00", "\x01")
    before, rest = template.split("\x00")
    middle, after = rest.split("\x01")
    for text, field in ((before, "PAGE"), (middle, "NUMPAGES"), (after, None)):
        if text:
            fp.add_run(text).font.size = Pt(8.5)
        if field:
            _field(fp, field, "1", size=Pt(8.5))


def _field(paragraph: Paragraph, instr: str, placeholder: str, size: Any = None) -> None:
    """A complex field (PAGE, NUMPAGES, TOC...) with a pre-filled result."""
    for kind in ("begin", "instr", "separate", "text", "end"):
        run = paragraph.add_run()
        if size is not None:
            run.font.size = size
        if kind == "instr":
            el = parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> {instr} </w:instrText>')
        elif kind == "text":
            run.text = placeholder
            continue
        else:
            el = parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="{kind}"/>')
        run._r.append(el)


def _watermark(text: str) -> Any:
    """A Word-style diagonal text watermark (VML text path) for the header of a draft."""
    safe = text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
    xml = (
        f'<w:pict {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word">'
        '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
        'path="m@7,l@8,m@5,21600l@6,21600e">'
        '<v:path textpathok="t" o:connecttype="custom"/>'
        '<v:textpath on="t" fitshape="t"/>'
        '<o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>'
        '<v:shape id="CaseReviewDraftWatermark" o:spid="_x0000_s1025" type="#_x0000_t136" '
        'style="position:absolute;margin-left:0;margin-top:0;width:415pt;height:138pt;rotation:315;'
        "z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;"
        'mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" '
        'fillcolor="#d9d9d9" stroked="f">'
        '<v:fill opacity=".5"/>'
        f'<v:textpath style="font-family:&quot;DejaVu Sans&quot;;font-size:1pt" string="{safe}"/>'
        '<w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict>'
    )
    return parse_xml(xml)


def _metadata(doc: DocxDocument, ctx: RenderContext) -> None:
    """Core properties: title and language; no author, editor, tool name; dates from the review."""
    when = dt.datetime.combine(ctx.date, dt.time(0, 0))
    props = doc.core_properties
    props.title = ctx.full_title
    props.subject = ""
    props.author = ""
    props.last_modified_by = ""
    props.comments = ""
    props.keywords = ""
    props.category = ""
    props.content_status = ""
    props.identifier = ""
    props.version = ""
    props.language = ctx.lang_tag
    props.revision = 1
    props.created = when
    props.modified = when
    props.last_printed = when


_APP_XML = (
    b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    b'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    b"<TotalTime>0</TotalTime><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
    b"<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
    b"<HyperlinksChanged>false</HyperlinksChanged></Properties>"
)
_DROP = {"docProps/thumbnail.jpeg", "docProps/custom.xml"}


def _normalise_package(data: bytes, date: dt.date) -> bytes:
    """Rewrite the zip: fixed timestamps and order, no thumbnail, app.xml without tool names."""
    stamp = (max(date.year, 1980), date.month, date.day, 0, 0, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        names = src.namelist()
        order = sorted(names, key=lambda n: (n != "[Content_Types].xml", n))
        for name in order:
            if name in _DROP:
                continue
            content = src.read(name)
            if name == "docProps/app.xml":
                content = _APP_XML
            elif name == "_rels/.rels":
                content = re.sub(rb"<Relationship [^>]*(?:thumbnail|custom-properties)[^>]*/>", b"", content)
            elif name == "[Content_Types].xml":
                content = re.sub(rb'<Override PartName="/docProps/(?:thumbnail\.jpeg|custom\.xml)"[^>]*/>', b"", content)
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            info.create_system = 0
            dst.writestr(info, content)
    return out.getvalue()


# --------------------------------------------------------------------------- content
class _Builder:
    """Writes one document's paragraphs, tables and pictures into a python-docx Document."""

    def __init__(self, doc: DocxDocument, ctx: RenderContext) -> None:
        self.doc = doc
        self.ctx = ctx
        self.s = ctx.strings
        self.numbering = _Numbering(doc)
        self.list_num_ids: list[int] = []
        self.bookmark_id = 0
        self.xrefs = xref_targets(ctx)

    # -- furniture
    def title_page(self) -> None:
        ctx, doc = self.ctx, self.doc
        if ctx.board:
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(60)
            p.paragraph_format.space_after = Pt(18)
            for run in _add_text(p, ctx.board):
                run.bold = True
        doc.add_paragraph(ctx.review_title, style="Title")
        if ctx.show_doc_title:
            doc.add_paragraph(ctx.doc_title, style="Subtitle" if "Subtitle" in _names(doc) else None)
        rows: list[tuple[str, list[Text]]] = []
        if ctx.pseudonym:
            rows.append((self.s["child"], [ctx.pseudonym]))
        rows.append((self.s["review_type"], [Text(ctx.review_type)]))
        rows.append((self.s["date"], [Text(ctx.date_text)]))
        if ctx.reviewers:
            rows.append((self.s["reviewers"], [
                Text(f"{name}, {role}", role.lang) if role else Text(name) for name, role in ctx.reviewers]))
        if ctx.draft:
            rows.append((self.s["classification"], [ctx.classification_text]))
        doc.add_paragraph().paragraph_format.space_after = Pt(36)
        # label/value pairs in a borderless two-column table: long (Welsh) labels wrap in their cell
        table = doc.add_table(len(rows), 2)
        labels = [str(label) for label, _ in rows]
        _set_widths(table, _column_widths([labels, [" ".join(map(str, v)) for _, v in rows]], TEXT_WIDTH_CM,
                                          cap_first=6.0, header=False, bold_first_column=True,
                                          size_pt=11))
        _no_borders(table)
        for row, (label, values) in zip(table.rows, rows):
            lcell, vcell = row.cells
            lcell.paragraphs[0].add_run(str(label)).bold = True
            para = vcell.paragraphs[0]
            for k, value in enumerate(values):
                if k:
                    para = vcell.add_paragraph()
                _add_text(para, value)
        self._page_break()

    def contents(self) -> None:
        doc = self.doc
        doc.add_paragraph(str(self.s["contents"]), style="TOC Heading" if "TOC Heading" in _names(doc) else None)
        entries: list[tuple[int, str]] = [
            (1 if h.level == 2 else 2, h.text) for h in self.ctx.parsed.headings if h.level == 2
        ]
        for key, flag in (("review_points", self.ctx.points), ("action_plan", self.ctx.action_plan),
                          ("chronology", self.ctx.chronology), ("glossary", self.ctx.glossary)):
            if flag:
                entries.append((1, str(self.s[key])))
        first = doc.add_paragraph(style="TOC 1")
        runs_begin = [("begin", None), ("instr", 'TOC \\o "1-2" \\h \\z \\u'), ("separate", None)]
        for kind, instr in runs_begin:
            run = first.add_run()
            if kind == "instr":
                run._r.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> {instr} </w:instrText>'))
            else:
                run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="{kind}"/>'))
        para = first
        for i, (level, text) in enumerate(entries):
            if i > 0:
                para = doc.add_paragraph(style=f"TOC {level}")
            para.add_run(text)
        if not entries:
            para.add_run(str(self.s["contents_update_note"]))
        end = para.add_run()
        end._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))
        # the report follows on the same page: no forced break that would leave the contents page empty

    def _page_break(self) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # -- body
    def body(self) -> None:
        tokens = self.ctx.parsed.tokens
        numbers = self.ctx.parsed.numbers
        lists: list[str] = []  # "bullet" / "ordered" stack
        counters: list[int] = []
        item_first = False
        quote = 0
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            t = tok.type
            if t == "heading_open":
                level = int(tok.tag[1])
                p = self.doc.add_paragraph(style=_HEADING.get(level, "Heading 3"))
                self.inline(p, tokens[i + 1])
                i += 3
                continue
            if t in ("bullet_list_open", "ordered_list_open"):
                lists.append("bullet" if t == "bullet_list_open" else "ordered")
                start = tok.attrGet("start")
                counters.append(int(start) - 1 if start else 0)
                if t == "ordered_list_open":
                    self.list_num_ids.append(self.numbering.ordered(int(start) if start else 1, len(lists) - 1))
            elif t in ("bullet_list_close", "ordered_list_close"):
                if lists.pop() == "ordered":
                    self.list_num_ids.pop()
                counters.pop()
            elif t == "list_item_open":
                item_first = True
                counters[-1] += 1
            elif t == "blockquote_open":
                quote += 1
            elif t == "blockquote_close":
                quote -= 1
            elif t == "paragraph_open":
                inline = tokens[i + 1]
                p = self._paragraph_for(i, numbers, lists, counters, item_first, quote)
                item_first = False
                self.inline(p, inline)
                i += 3
                continue
            elif t in ("fence", "code_block"):
                p = self.doc.add_paragraph()
                run = p.add_run(tok.content.rstrip("\n"))
                run.font.name = "DejaVu Sans Mono"
            elif t == "table_open":
                i = self._markdown_table(tokens, i)
                continue
            elif t == "footnote_block_open":
                end = i
                while tokens[end].type != "footnote_block_close":
                    end += 1
                self._footnotes(tokens[i + 1:end])
                i = end + 1
                continue
            i += 1

    def _paragraph_for(self, idx: int, numbers: dict[int, str], lists: list[str], counters: list[int],
                       item_first: bool, quote: int) -> Paragraph:
        doc = self.doc
        if lists:
            kind = lists[-1]
            depth = min(len(lists), 3)
            if not item_first:
                p = doc.add_paragraph(style=_list_style("List Continue", len(lists)))
                p.paragraph_format.left_indent = Cm(0.75 * depth)
                return p
            p = doc.add_paragraph(style="List Bullet" if kind == "bullet" else "List Number")
            num_id = self.numbering.bullets() if kind == "bullet" else self.list_num_ids[-1]
            _set_num(p, num_id, depth - 1)
            return p
        if quote:
            return doc.add_paragraph(style="Quote")
        number = numbers.get(idx)
        if number:
            p = doc.add_paragraph(style=NUMBERED_STYLE)
            _set_num(p, self.numbering.paragraph(number), 1)
            self.bookmark(p, "para-" + number.replace(".", "-"))
            return p
        return doc.add_paragraph()

    def bookmark(self, paragraph: Paragraph, anchor: str) -> None:
        """A Word bookmark named after an HTML anchor (``para-3-2`` -> ``para_3_2``) around the paragraph."""
        self.bookmark_id += 1
        name = _bookmark_name(anchor)
        paragraph._p.insert(1 if paragraph._p.pPr is not None else 0, parse_xml(
            f'<w:bookmarkStart {nsdecls("w")} w:id="{self.bookmark_id}" w:name="{name}"/>'))
        paragraph._p.append(parse_xml(f'<w:bookmarkEnd {nsdecls("w")} w:id="{self.bookmark_id}"/>'))

    def inline(self, paragraph: Paragraph, inline: Token) -> None:
        """Add an inline token's runs: emphasis, strong, strike, code, links, images, note refs."""
        bold = italic = strike = 0
        link: Any = None
        for child in inline.children or []:
            t = child.type
            if t == "strong_open":
                bold += 1
            elif t == "strong_close":
                bold -= 1
            elif t == "em_open":
                italic += 1
            elif t == "em_close":
                italic -= 1
            elif t == "s_open":
                strike += 1
            elif t == "s_close":
                strike -= 1
            elif t == "link_open":
                href = str(child.attrGet("href") or "")
                link = _hyperlink(paragraph, href) if re.match(r"(?i)^(https?|mailto):", href) else None
            elif t == "link_close":
                link = None
            elif t == "text" and link is None and self.xrefs and split_xrefs(child.content, self.xrefs) != [
                    (child.content, None)]:
                for piece, anchor in split_xrefs(child.content, self.xrefs):
                    holder = _internal_link(paragraph, anchor) if anchor else None
                    run = paragraph.add_run(piece)
                    run.bold = bool(bold) or None
                    run.italic = bool(italic) or None
                    if holder is not None:
                        _link_look(run)
                        holder.append(run._r)
            elif t in ("text", "code_inline", "softbreak", "hardbreak"):
                text = " " if t == "softbreak" else child.content
                run = paragraph.add_run("" if t == "hardbreak" else text)
                if t == "hardbreak":
                    run.add_break()
                if bold:
                    run.bold = True
                if italic:
                    run.italic = True
                if strike:
                    run.font.strike = True
                if t == "code_inline":
                    run.font.name = "DejaVu Sans Mono"
                if link is not None:
                    _link_look(run)
                    link.append(run._r)
            elif t == "image":
                self._image(paragraph, child)
            elif t == "footnote_ref":
                self._footnote_reference(paragraph, child)

    # -- footnotes (real Word footnotes in word/footnotes.xml)
    def _footnote_reference(self, paragraph: Paragraph, token: Token) -> None:
        number = int(token.meta["id"]) + 1
        run = paragraph.add_run()
        run.font.superscript = True
        if token.meta.get("subId", 0) > 0:  # a second reference to the same note: show its number
            run.text = str(number)
            return
        run._r.append(parse_xml(f'<w:footnoteReference {nsdecls("w")} w:id="{number}"/>'))

    def _footnotes(self, tokens: list[Token]) -> None:
        """Write the Markdown footnotes (tokens between footnote_block_open/close) as Word footnotes."""
        part, root = _footnotes_part(self.doc)
        holder = _PartHolder(part)
        note: Any = None
        first = True
        for i, tok in enumerate(tokens):
            if tok.type == "footnote_open":
                note = parse_xml(f'<w:footnote {nsdecls("w")} w:id="{int(tok.meta["id"]) + 1}"/>')
                root.append(note)
                first = True
            elif tok.type == "paragraph_open" and note is not None:
                p_el = parse_xml(f'<w:p {nsdecls("w")}><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>')
                note.append(p_el)
                para = Paragraph(p_el, holder)  # type: ignore[arg-type]
                if first:
                    mark = para.add_run()
                    mark.font.superscript = True
                    mark._r.append(parse_xml(f'<w:footnoteRef {nsdecls("w")}/>'))
                    para.add_run(" ")
                    first = False
                self.inline(para, tokens[i + 1])
                for run in para.runs:
                    run.font.size = Pt(9)
        part._blob = _xml_bytes(root)

    def _image(self, paragraph: Paragraph, token: Token) -> None:
        src = str(token.attrGet("src") or "")
        alt = md.image_alt(token)
        image = self.ctx.images.get(src)
        if image is None:
            paragraph.add_run(f"[{self.s['image_missing']}: {alt}]").italic = True
            return
        run = paragraph.add_run()
        try:
            shape = run.add_picture(io.BytesIO(image.data))
        except Exception as exc:  # python-docx raises several types for unreadable images
            raise RenderError(f"{src}: the image cannot be read ({exc}); replace the file in assets/") from exc
        if shape.width > MAX_IMAGE_WIDTH:
            ratio = MAX_IMAGE_WIDTH / shape.width
            shape.width = MAX_IMAGE_WIDTH
            shape.height = Emu(int(shape.height * ratio))
        doc_pr = shape._inline.docPr
        doc_pr.set("descr", alt)
        doc_pr.set("title", alt)
        doc_pr.set("name", f"Picture {doc_pr.get('id')}")

    def _markdown_table(self, tokens: list[Token], i: int) -> int:
        rows: list[tuple[bool, list[Token]]] = []
        header = False
        while tokens[i].type != "table_close":
            t = tokens[i].type
            if t == "thead_open":
                header = True
            elif t == "thead_close":
                header = False
            elif t == "tr_open":
                rows.append((header, []))
            elif t in ("th_open", "td_open"):
                rows[-1][1].append(tokens[i + 1])
            i += 1
        if rows:
            ncols = max(len(r[1]) for r in rows)
            table = self._table(len(rows), ncols, sum(1 for r in rows if r[0]))
            columns = [[md.plain_text(cells[c]) if c < len(cells) else "" for _, cells in rows] for c in range(ncols)]
            _set_widths(table, _column_widths(columns, TEXT_WIDTH_CM))
            for row, (is_head, cells) in zip(table.rows, rows):
                row_cells = row.cells  # table.cell(r, c) recomputes the grid: quadratic
                for c, cell_inline in enumerate(cells):
                    p = row_cells[c].paragraphs[0]
                    self.inline(p, cell_inline)
                    if is_head:
                        for run in p.runs:
                            run.bold = True
        return i + 1

    def _table(self, rows: int, cols: int, header_rows: int) -> Table:
        table = self.doc.add_table(rows=rows, cols=cols)
        names = _names(self.doc)
        if TABLE_STYLE in names:
            table.style = self.doc.styles[TABLE_STYLE]
        elif "Table Grid" in names:
            table.style = self.doc.styles["Table Grid"]
        for r in range(header_rows):
            tr_pr = table.rows[r]._tr.get_or_add_trPr()
            tr_pr.append(parse_xml(f'<w:tblHeader {nsdecls("w")} w:val="true"/>'))
        for row in table.rows[header_rows:]:
            row._tr.get_or_add_trPr().append(parse_xml(f'<w:cantSplit {nsdecls("w")} w:val="true"/>'))
        return table

    def _data_table(self, header: list[str], rows: list[list[Any]], bookmarks: list[str] | None = None) -> None:
        """A table of review.yaml data. A cell is text, a Text, or a list of paragraphs, each a list of
        pieces: Text, str, or ("link", text, anchor) for a cross-reference."""
        table = self._table(len(rows) + 1, len(header), 1)
        all_rows = table.rows
        columns = [[str(h)] + [_cell_plain(r[c]) for r in rows] for c, h in enumerate(header)]
        _set_widths(table, _column_widths(columns, TEXT_WIDTH_CM))
        for cell, text in zip(all_rows[0].cells, header):
            cell.paragraphs[0].add_run(str(text)).bold = True
        for n, (row, values) in enumerate(zip(all_rows[1:], rows)):
            for c, (cell, value) in enumerate(zip(row.cells, values)):
                self._cell(cell, value)
                if c == 0 and bookmarks:
                    self.bookmark(cell.paragraphs[0], bookmarks[n])
        self.doc.add_paragraph()

    def _cell(self, cell: Any, value: Any) -> None:
        paragraphs = value if isinstance(value, list) else [[value]]
        para = cell.paragraphs[0]
        for k, pieces in enumerate(paragraphs):
            if k:
                para = cell.add_paragraph()
            for piece in pieces:
                if isinstance(piece, tuple):
                    _, text, anchor = piece
                    holder = _internal_link(para, anchor)
                    run = para.add_run(text)
                    _link_look(run)
                    holder.append(run._r)
                else:
                    _add_text(para, piece if isinstance(piece, Text) else Text(str(piece)))

    def _refs(self, ids: list[str]) -> list[Any]:
        """Ids as cross-reference links where the document prints their target, else as text."""
        pieces: list[Any] = []
        for k, ident in enumerate(ids):
            if k:
                pieces.append(", ")
            anchor = self.ctx.point_ids.get(ident)
            pieces.append(("link", ident, anchor) if anchor else ident)
        return [pieces]

    def appendices(self) -> None:
        s, ctx = self.s, self.ctx
        if ctx.points:
            self.doc.add_paragraph(str(s["review_points"]), style="Heading 1")
            heads = {"findings": "finding", "learning_points": "learning_point"}
            for key, rows in ctx.points.items():
                self.doc.add_paragraph(str(s[key]), style="Heading 2")
                header = [s["point_id"], s[heads.get(key, "recommendation")]]
                has_to = any(r["to"] for r in rows)
                has_evidence = any(r["evidence"] for r in rows)
                if has_to:
                    header.append(s["recommendation_for"])
                if has_evidence:
                    header.append(s["evidence"])
                data = []
                for r in rows:
                    values: list[Any] = [r["id"], r["text"]]
                    if has_to:
                        values.append(r["to"])
                    if has_evidence:
                        values.append(self._refs(r["evidence"]))
                    data.append(values)
                self._data_table(header, data, bookmarks=[r["anchor"] for r in rows])
        if ctx.action_plan:
            self.doc.add_paragraph(str(s["action_plan"]), style="Heading 1")
            plan = []
            for r in ctx.action_plan:
                action: list[list[Any]] = [[r["action"]]]
                if r["progress"]:
                    action.append([f"{s['progress']}: ", r["progress"]])
                plan.append([r["id"], self._refs(r["recommendation"]), action, r["owner"], r["due"], r["status"]])
            self._data_table(
                [s["action_id"], s["recommendation"], s["action"], s["owner"], s["due"], s["status"]], plan)
        if ctx.chronology:
            self.doc.add_paragraph(str(s["chronology"]), style="Heading 1")
            self._data_table([s["event_date"], s["agency"], s["event"]],
                             [[r["date"], r["agency"], r["event"]] for r in ctx.chronology])
        if ctx.glossary:
            self.doc.add_paragraph(str(s["glossary"]), style="Heading 1")
            self._data_table([s["term"], s["definition"]],
                             [[r["term"], r["definition"]] for r in ctx.glossary])


_CT_FOOTNOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
_FOOTNOTES_XML = (
    f'<w:footnotes {nsdecls("w", "r")}>'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
    'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    "</w:footnotes>"
)


class _PartHolder:
    """The ``parent`` python-docx paragraphs need: something with a ``part`` (for hyperlinks)."""

    def __init__(self, part: Part) -> None:
        self.part = part


def _xml_bytes(element: Any) -> bytes:
    from lxml import etree

    return etree.tostring(element, xml_declaration=True, encoding="UTF-8", standalone=True)


def _footnotes_part(doc: DocxDocument) -> tuple[Part, Any]:
    """The document's footnotes part (a reference DOCX may have one) and its parsed root element.

    Footnotes the reference document already holds (ids > 0) are dropped with its body text.
    """
    for rel in doc.part.rels.values():
        if rel.reltype == RT.FOOTNOTES and not rel.is_external:
            part = rel.target_part
            root = parse_xml(part.blob)
            for note in root.findall(qn("w:footnote")):
                if int(note.get(qn("w:id"), "0")) > 0:
                    root.remove(note)
            return part, root
    part = Part(PackURI("/word/footnotes.xml"), _CT_FOOTNOTES, b"", doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    return part, parse_xml(_FOOTNOTES_XML)


def _names(doc: DocxDocument) -> set[str]:
    return {s.name for s in doc.styles}


def _list_style(base: str, depth: int) -> str:
    return base if depth <= 1 else f"{base} {min(depth, 3)}"


def _hyperlink(paragraph: Paragraph, url: str) -> Any:
    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = parse_xml(f'<w:hyperlink {nsdecls("w", "r")} r:id="{r_id}"/>')
    paragraph._p.append(link)
    return link


# --------------------------------------------------------------------------- helpers
def _names_of(part: Any) -> set[str]:
    try:
        return {s.name for s in part.part.document.styles}
    except Exception:  # a header part without access to the styles
        return set()


def _add_text(paragraph: Paragraph, value: Any, size: Any = None) -> list[Any]:
    """Add ``value`` (a Text or str) as a run; English text in a Welsh edition gets ``w:lang`` en-GB."""
    text = value if isinstance(value, Text) else Text(str(value))
    run = paragraph.add_run(text.text)
    if size is not None:
        run.font.size = size
    if text.lang:
        _set_lang(run._r.get_or_add_rPr(), "en-GB" if text.lang == "en" else text.lang)
    return [run]


def _cell_plain(value: Any) -> str:
    if isinstance(value, list):
        return " ".join(_cell_plain(p) for p in value)
    if isinstance(value, tuple):
        return str(value[1])
    return str(value)


_FONT_FILES = {False: "LiberationSans-Regular.ttf", True: "LiberationSans-Bold.ttf"}
_FONT_DIRS = ("/usr/share/fonts/truetype/liberation2", "/usr/share/fonts/truetype/liberation")
_TABLE_PT = 9.5


@cache
def _advances(bold: bool) -> tuple[dict[str, float], float] | None:
    """Character advance widths (em) of Liberation Sans, or None when the font is not installed."""
    for folder in _FONT_DIRS:
        path = Path(folder) / _FONT_FILES[bold]
        if path.is_file():
            from fontTools.ttLib import TTFont

            font = TTFont(str(path), lazy=True)
            units = font["head"].unitsPerEm
            hmtx = font["hmtx"]
            widths = {chr(code): hmtx[name][0] / units for code, name in font.getBestCmap().items()}
            return widths, widths.get("n", 0.55)
    return None


def _text_cm(text: str, bold: bool = False, size_pt: float = _TABLE_PT) -> float:
    """Width of ``text`` set in Liberation Sans (9.5 pt table text), in cm (an estimate without the font)."""
    metrics = _advances(bold)
    if metrics is None:
        return len(text) * _CHAR_CM * (1.08 if bold else 1.0) * size_pt / _TABLE_PT
    widths, default = metrics
    em = sum(widths.get(ch, default) for ch in text)
    return em * size_pt / 72 * 2.54 * 1.03  # LibreOffice and Word set text a little wider


def _column_widths(columns: list[list[str]], total: float, cap_first: float | None = None,
                   header: bool = True, bold_first_column: bool = False, size_pt: float = _TABLE_PT) -> list[float]:
    """Column widths (cm) from content: never narrower than the longest word, the rest by text length.

    ``columns`` holds each column's cell texts, the header (bold) first when ``header``.
    """
    mins, wants = [], []
    for n, cells in enumerate(columns):
        measured = [(str(c), (header and k == 0) or (bold_first_column and n == 0)) for k, c in enumerate(cells)]
        longest = max((_text_cm(w, bold, size_pt) for c, bold in measured for w in c.split()), default=0.0)
        mins.append(longest + _CELL_PAD_CM)
        wants.append(max((_text_cm(c, bold, size_pt) for c, bold in measured), default=0.0) + _CELL_PAD_CM)
    if cap_first is not None:
        wants[0] = min(wants[0], max(mins[0], cap_first))
    if sum(wants) <= total:
        extra = total - sum(wants)
        # the first column of a label/value table stays as narrow as its labels
        grow = [0.0] + wants[1:] if cap_first is not None else wants
        return [w + extra * g / sum(grow) for w, g in zip(wants, grow)]
    if sum(mins) >= total:
        return [total * m / sum(mins) for m in mins]
    # share the spare width by how much each column would like beyond its longest word (square
    # root-ish: a long prose column does not starve a short one into two-word lines)
    spare = total - sum(mins)
    slack = [max(w - m, 0.0) ** 0.75 for w, m in zip(wants, mins)]
    widths = [m + spare * sl / sum(slack) for m, sl in zip(mins, slack)]
    # a column never gets more than it wants; give the excess to the others
    for _ in range(3):
        over = sum(max(w - want, 0.0) for w, want in zip(widths, wants))
        if over <= 0.01:
            break
        widths = [min(w, want) for w, want in zip(widths, wants)]
        open_ = [k for k, (w, want) in enumerate(zip(widths, wants)) if w < want]
        for k in open_:
            widths[k] += over / len(open_)
    return widths


def _set_widths(table: Table, widths_cm: list[float]) -> None:
    """Fixed layout with the given column widths (gridCol and every cell's tcW, for Word and LibreOffice)."""
    tbl = table._tbl
    tbl_pr = tbl.tblPr
    for tag in ("w:tblLayout", "w:tblW"):
        old = tbl_pr.find(qn(tag))
        if old is not None:
            tbl_pr.remove(old)
    total = sum(int(Cm(w).twips) for w in widths_cm)
    tbl_pr.append(parse_xml(f'<w:tblW {nsdecls("w")} w:w="{total}" w:type="dxa"/>'))
    tbl_pr.append(parse_xml(f'<w:tblLayout {nsdecls("w")} w:type="fixed"/>'))
    table.autofit = False
    grid = tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths_cm):
        col.set(qn("w:w"), str(int(Cm(width).twips)))
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm):
            cell.width = Cm(width)


def _no_borders(table: Table) -> None:
    borders = "".join(f'<w:{side} w:val="nil"/>' for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    table._tbl.tblPr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>{borders}</w:tblBorders>'))


def _bookmark_name(anchor: str) -> str:
    return re.sub(r"[^A-Za-z0-9_]", "_", anchor)[:40]


def _internal_link(paragraph: Paragraph, anchor: str) -> Any:
    link = parse_xml(f'<w:hyperlink {nsdecls("w")} w:anchor="{_bookmark_name(anchor)}" w:history="1"/>')
    paragraph._p.append(link)
    return link


def _link_look(run: Any) -> None:
    run.font.color.rgb = RGBColor(0x1D, 0x4F, 0x91)
    run.font.underline = True


def _set_num(paragraph: Paragraph, num_id: int, level: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.insert_element_before(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'),
        "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku",
        "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
        "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
        "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
        "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


def _level(ilvl: int, fmt: str, text: str, indent_cm: float, hanging_cm: float, bold: bool = False,
           start: int = 1) -> str:
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{int(Cm(indent_cm).twips)}" w:hanging="{int(Cm(hanging_cm).twips)}"/></w:pPr>'
            f'{rpr}</w:lvl>')


class _Numbering:
    """Real Word numbering (word/numbering.xml) for numbered paragraphs and Markdown lists.

    Paragraph ``S.P``: one ``w:num`` per run of consecutive paragraphs, its level 0 started at the
    section number S (never shown alone) and level 1 (``%1.%2``) at P, so Word and LibreOffice count
    3.1, 3.2... themselves and a paragraph added in Word is numbered too.
    """

    def __init__(self, doc: DocxDocument) -> None:
        self.root = doc.part.numbering_part.element
        self.next_id = 7100
        self._bullets: int | None = None
        self._last: tuple[str, int] | None = None
        self._abstract(_ABS_PARAGRAPH, _level(0, "decimal", "%1", 1.3, 1.3, True)
                       + _level(1, "decimal", "%1.%2", 1.3, 1.3, True))
        self._abstract(_ABS_BULLET, "".join(
            _level(i, "bullet", "•", 0.75 * (i + 1), 0.5) for i in range(3)))
        self._abstract(_ABS_ORDERED, "".join(
            _level(i, ("decimal", "lowerLetter", "lowerRoman")[i], f"%{i + 1}.", 0.75 * (i + 1), 0.6)
            for i in range(3)))

    def _abstract(self, ident: int, levels: str) -> None:
        xml = (f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{ident}">'
               f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>')
        first_num = self.root.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(parse_xml(xml))
        else:
            self.root.append(parse_xml(xml))

    def _num(self, abstract: int, overrides: dict[int, int]) -> int:
        self.next_id += 1
        body = "".join(f'<w:lvlOverride w:ilvl="{lvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
                       for lvl, start in sorted(overrides.items()))
        self.root.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{self.next_id}">'
                                   f'<w:abstractNumId w:val="{abstract}"/>{body}</w:num>'))
        return self.next_id

    def paragraph(self, number: str) -> int:
        section, _, para = number.partition(".")
        s, p = int(section), int(para)
        if self._last and self._last[0] == section and self._last[1] == p - 1:
            self._last = (section, p)
            return self._current
        self._current = self._num(_ABS_PARAGRAPH, {0: s, 1: p})
        self._last = (section, p)
        return self._current

    def bullets(self) -> int:
        if self._bullets is None:
            self._bullets = self._num(_ABS_BULLET, {})
        return self._bullets

    def ordered(self, start: int, level: int) -> int:
        return self._num(_ABS_ORDERED, {level: start})
