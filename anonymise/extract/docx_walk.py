"""One walk over a WordprocessingML part: text per channel, with paragraph/cell/comment anchors."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from lxml import etree

from anonymise.extract.docx_styles import RunProps, Styles, close_colours, hex_colour, read_rpr, wval
from anonymise.extract.safexml import attr_local, localname, namespace

W_NS = {
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
}
W_PARAGRAPH_TAGS = frozenset(f"{{{ns}}}p" for ns in W_NS)
MATH_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"
DRAWING_NS_PREFIX = ("http://schemas.openxmlformats.org/drawingml/", "http://purl.oclc.org/ooxml/drawingml/")
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
VML_NS = "urn:schemas-microsoft-com:vml"
_VML_SHAPES = {"shape", "rect", "roundrect", "oval", "group"}
_VML_COLOURS = {"white": "FFFFFF", "black": "000000"}
SNIPPET_WORDS = 5

_DEFAULT_SHAPE_NAME = re.compile(
    r"^(Picture|Image|Graphic|Text ?Box|Rectangle|Shape|Group|Chart|Diagram|Canvas|Drawing|Object|Oval|"
    r"Straight (Arrow )?Connector|Content Placeholder|Ink|Freeform|Rounded Rectangle|Table)\s*\d*$",
    re.IGNORECASE,
)


def snippet(text: str, words: int = SNIPPET_WORDS) -> str:
    """The first ``words`` words of ``text`` (an ellipsis when there are more)."""
    parts = text.split()
    if not parts:
        return ""
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def paragraph_label(number: int, text: str) -> str:
    """``paragraph 3 “Child A lived with Mother…”``."""
    first = snippet(text)
    return f"paragraph {number} “{first}”" if first else f"paragraph {number}"


# --------------------------------------------------------------------------- collecting text


class Collector:
    """Text per channel, a newline after each paragraph that wrote to it, and anchors per channel.

    A paragraph's anchor label is ``where`` (a table cell, a comment, a note) when given; otherwise
    it is the paragraph's number among the paragraphs with visible text, and its first words.
    """

    def __init__(self) -> None:
        self.buffers: dict[str, list[str]] = {}
        self.sizes: dict[str, int] = {}
        self.anchors: dict[str, list[tuple[int, str]]] = {}
        self.paragraphs = 0  # paragraphs with visible text so far (outside tables, notes, comments)
        self._stack: list[dict[str, tuple[int, int]]] = []  # channel -> (offset, piece index) at first write

    def emit(self, channel: str, text: str) -> None:
        if not text:
            return
        buffer = self.buffers.setdefault(channel, [])
        size = self.sizes.get(channel, 0)
        for frame in self._stack:
            if channel not in frame:
                frame[channel] = (size, len(buffer))
        buffer.append(text)
        self.sizes[channel] = size + len(text)

    def open_paragraph(self) -> None:
        self._stack.append({})

    def close_paragraph(self, base: str, where: str | None) -> None:
        touched = self._stack.pop()
        visible = ""
        if base in touched:
            visible = "".join(self.buffers[base][touched[base][1]:])
        if where is not None:
            label = where
        elif visible.strip():
            self.paragraphs += 1
            label = paragraph_label(self.paragraphs, visible)
        elif touched:
            label = f"after paragraph {self.paragraphs}" if self.paragraphs else "before paragraph 1"
        else:
            label = ""
        if base not in touched:
            touched[base] = (self.sizes.get(base, 0), len(self.buffers.get(base, ())))
        for channel in sorted(touched):
            if label and (channel != base or visible.strip() or where is not None):
                self.anchors.setdefault(channel, []).append((touched[channel][0], label))
            self.buffers.setdefault(channel, []).append("\n")
            self.sizes[channel] = self.sizes.get(channel, 0) + 1

    def texts(self) -> dict[str, str]:
        return {ch: "".join(parts) for ch, parts in self.buffers.items()}

    def anchors_of(self, channel: str) -> tuple[tuple[int, str], ...]:
        """Sorted anchors of a channel; where two start at one offset the inner (first closed) wins."""
        best: dict[int, str] = {}
        for offset, label in self.anchors.get(channel, []):
            best.setdefault(offset, label)
        return tuple(sorted(best.items()))


# --------------------------------------------------------------------------- the walker


@dataclass(frozen=True)
class Ctx:
    """What decides where a piece of text goes while walking."""

    base: str
    channel: str
    deleted: bool = False
    inserted: bool = False
    textbox: bool = False
    para_style: str | None = None
    para_fill: str | None = None
    cell_fill: str | None = None
    shape_fill: str | None = None  # "?" when a shape's fill cannot be told (theme colour, gradient, picture)
    table_fills: tuple[str, ...] = ()
    where: str | None = None  # the anchor label of a table cell, comment or note


_SKIP_PROPS = {"pPr", "rPr", "sectPr", "tblPr", "trPr", "tcPr", "sdtPr", "tblGrid", "tblPrEx", "sdtEndPr",
               "rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "trPrChange", "tcPrChange", "numPr"}
_NOTE_SEPARATORS = {"separator", "continuationSeparator", "continuationNotice"}


class Walker:
    """Walk a WordprocessingML part, sending each piece of text to its channel."""

    def __init__(self, styles: Styles, page_fill: str | None) -> None:
        self.styles = styles
        self.page_fill = page_fill or "FFFFFF"
        self.out = Collector()
        self._fields: list[list[str] | None] = []  # open complex fields: instruction pieces until 'separate'
        self._tables: list[list[int]] = []  # open tables: [table number, row, cell]
        self._table_count = 0
        self._counts: dict[str, int] = {}  # comments, footnotes, endnotes seen

    def _run_channel(self, run: etree._Element, ctx: Ctx) -> str:
        if ctx.deleted or ctx.inserted:
            return "revision"
        rpr = None
        for child in run:
            if localname(child) == "rPr":
                rpr = child
                break
        direct = read_rpr(rpr)
        rstyle = None
        if rpr is not None:
            for child in rpr:
                if localname(child) == "rStyle":
                    rstyle = wval(child)
        props = self.styles.defaults.over(self.styles.resolve(ctx.para_style)).over(self.styles.resolve(rstyle)).over(direct)
        if self._invisible(props, ctx):
            return "hidden"
        return "textbox" if ctx.textbox else ctx.base

    def _invisible(self, props: RunProps, ctx: Ctx) -> bool:
        if props.vanish:
            return True
        if props.size is not None and props.size <= 2:
            return True
        color = props.color
        if color is None or color == "AUTO":
            return False
        explicit = props.highlight or props.fill or ctx.para_fill or ctx.cell_fill or ctx.shape_fill
        if explicit == "?":
            return False
        # A table style may shade cells (e.g. a dark header row): white text is hidden only if
        # it would be unreadable on every background the table can give it.
        candidates = [explicit] if explicit else [self.page_fill, *ctx.table_fills]
        return all(close_colours(color, background) for background in candidates)

    def visit(self, el: etree._Element, ctx: Ctx) -> None:
        if isinstance(el, (etree._Comment, etree._ProcessingInstruction)):
            text = (el.text or "").strip()
            if text:
                self.out.emit("hidden", text + "\n")
            return
        if not isinstance(el.tag, str):
            return
        name = localname(el)
        ns = namespace(el)
        if ns in W_NS:
            if name in _SKIP_PROPS:
                return
            if name == "p":
                self._paragraph(el, ctx)
                return
            if name == "r":
                ctx = replace(ctx, channel=self._run_channel(el, ctx))
            elif name in ("del", "moveFrom"):
                ctx = replace(ctx, deleted=True, channel="revision")
            elif name in ("ins", "moveTo"):
                ctx = replace(ctx, inserted=True, channel="revision")
            elif name == "txbxContent":
                ctx = replace(ctx, textbox=True, channel="revision" if ctx.deleted or ctx.inserted else "textbox",
                              where=f"text box in paragraph {self.out.paragraphs + 1}" if ctx.where is None else ctx.where)
            elif name == "tbl":
                self._table(el, ctx)
                return
            elif name == "tr" and self._tables:
                self._tables[-1][1] += 1
                self._tables[-1][2] = 0
            elif name == "tc":
                fill = None
                for child in el:
                    if localname(child) == "tcPr":
                        for grand in child:
                            if localname(grand) == "shd":
                                fill = hex_colour(attr_local(grand, "fill"))
                where = ctx.where
                if self._tables:
                    table = self._tables[-1]
                    table[2] += 1
                    where = f"table {table[0]}, row {max(table[1], 1)}, cell {table[2]}"
                ctx = replace(ctx, cell_fill=fill or ctx.cell_fill, where=where)
            elif name in ("comment", "footnote", "endnote"):
                if (attr_local(el, "type") or "") in _NOTE_SEPARATORS:
                    return
                number = self._counts[name] = self._counts.get(name, 0) + 1
                ctx = replace(ctx, where=f"{name} {number}")
            elif name in ("t", "delText"):
                self.out.emit(ctx.channel, el.text or "")
                return
            elif name in ("instrText", "delInstrText"):
                if ctx.deleted:
                    self.out.emit("revision", (el.text or "") + " ")
                elif self._fields and self._fields[-1] is not None:
                    self._fields[-1].append(el.text or "")
                else:
                    self.out.emit("field", (el.text or "") + "\x00")
                return
            elif name == "fldChar":
                self._fld_char(el)
                return
            elif name == "tab":
                self.out.emit(ctx.channel, "\t")
                return
            elif name in ("br", "cr"):
                self.out.emit(ctx.channel, "\n")
                return
            elif name == "noBreakHyphen":
                self.out.emit(ctx.channel, "-")
                return
            elif name == "fldSimple":
                instr = attr_local(el, "instr")
                if instr:
                    self.out.emit("field", instr + "\x00")
        elif ns == MATH_NS and name == "t":
            self.out.emit(ctx.channel, el.text or "")
            return
        elif ns.startswith(DRAWING_NS_PREFIX) and name == "t":
            self.out.emit("revision" if ctx.deleted or ctx.inserted else "textbox", el.text or "")
            return
        elif ns == MC_NS and name == "AlternateContent":
            self._alternate(el, ctx)
            return
        elif ns == VML_NS and name == "textpath":
            # WordArt, including the usual header watermark: printed, so a text box.
            self.out.emit("revision" if ctx.deleted or ctx.inserted else "textbox", (attr_local(el, "string") or "") + "\n")
            return
        elif name == "wsp" or (ns == VML_NS and name in _VML_SHAPES):
            # Inside a shape, the shape's fill is the background, not the paragraph around it.
            ctx = replace(ctx, shape_fill=_shape_fill(el), para_fill=None, cell_fill=None, table_fills=())
        for child in el:
            self.visit(child, ctx)

    def _fld_char(self, el: etree._Element) -> None:
        kind = attr_local(el, "fldCharType")
        if kind == "begin":
            self._fields.append([])
        elif kind in ("separate", "end") and self._fields:
            pieces = self._fields[-1]
            if pieces is not None:
                self.out.emit("field", "".join(pieces) + "\x00")
                self._fields[-1] = None
            if kind == "end":
                self._fields.pop()

    def _table(self, el: etree._Element, ctx: Ctx) -> None:
        tstyle = None
        tfill = None
        for child in el:
            if localname(child) == "tblPr":
                for grand in child:
                    if localname(grand) == "tblStyle":
                        tstyle = wval(grand)
                    elif localname(grand) == "shd":
                        tfill = hex_colour(attr_local(grand, "fill"))
        ctx = replace(ctx, table_fills=self.styles.fills_of_table(tstyle), cell_fill=tfill or ctx.cell_fill)
        self._table_count += 1
        self._tables.append([self._table_count, 0, 0])
        try:
            for child in el:
                self.visit(child, ctx)
        finally:
            self._tables.pop()

    def _paragraph(self, p: etree._Element, ctx: Ctx) -> None:
        style = None
        fill = None
        for child in p:
            if localname(child) == "pPr":
                for pchild in child:
                    pname = localname(pchild)
                    if pname == "pStyle":
                        style = wval(pchild)
                    elif pname == "shd":
                        fill = hex_colour(attr_local(pchild, "fill"))
        fill = fill or self.styles.fill_of(style)
        pctx = replace(ctx, para_style=style, para_fill=fill or ctx.para_fill)
        self.out.open_paragraph()
        for child in p:
            self.visit(child, pctx)
        base = "revision" if ctx.deleted else ("textbox" if ctx.textbox else ctx.base)
        self.out.close_paragraph(base, ctx.where)

    def _alternate(self, el: etree._Element, ctx: Ctx) -> None:
        choices = [c for c in el if localname(c) == "Choice"]
        fallbacks = [c for c in el if localname(c) == "Fallback"]
        first = choices[:1]
        for choice in first:
            for child in choice:
                self.visit(child, ctx)
        chosen_text = _plain(first[0]) if first else None
        # A fallback normally repeats the choice; visit it only when it says something else.
        for alt in choices[1:] + fallbacks:
            if chosen_text is None or _plain(alt) != chosen_text:
                for child in alt:
                    self.visit(child, ctx)


def _shape_fill(el: etree._Element) -> str | None:
    """The fill behind a text box: a hex colour, None (no fill: the page shows) or "?" (unknown)."""
    if namespace(el) == VML_NS:
        if (attr_local(el, "filled") or "t").lower() in ("f", "false"):
            return None
        colour = ((attr_local(el, "fillcolor") or "white").strip().lstrip("#").split() or ["?"])[0]
        return _VML_COLOURS.get(colour.lower()) or hex_colour(colour) or "?"
    for child in el:
        if localname(child) != "spPr":
            continue
        for prop in child:
            pname = localname(prop)
            if pname == "noFill":
                return None
            if pname == "solidFill":
                clr = next(iter(prop), None)
                if clr is not None and localname(clr) == "srgbClr" and len(clr) == 0:
                    return hex_colour(attr_local(clr, "val")) or "?"
                return "?"
            if pname in ("gradFill", "blipFill", "pattFill", "grpFill"):
                return "?"
    return "?"  # the fill comes from a theme style we do not resolve


def _plain(el: etree._Element) -> str:
    return " ".join("".join(t.text or "" for t in el.iter() if localname(t) in ("t", "delText")).split())


# --------------------------------------------------------------------------- attribute channels


@dataclass
class AttributeText:
    """Words held in attributes of a part (never in its running text), by channel."""

    comment_authors: list[str]
    revision_authors: list[str]
    alt_texts: list[str]
    tooltips: list[str]
    bookmarks: list[str]
    form_fields: list[str]  # content controls (sdt) and legacy form fields (ffData)
    metadata: list[str]  # smart tags, custom XML element names, editing permissions


# attribute values in content-control and form-field properties that are settings, not words
_SETTING_VALUE = re.compile(r"^([\d\W_]*|true|false|on|off|[0-9A-Fa-f]{6}|auto|none|text|richText|date|hidden|"
                            r"boundingBox|tags|dateTime|regular|number|currentDate|currentTime|calculated|"
                            r"upper|lower|firstCapital|title|\{[0-9A-Fa-f-]+\})$")
_CONTROL_PROPS = {"sdtPr", "ffData"}
# Word's own building-block galleries (a table of contents, cover page...): not words a user typed
_BUILT_IN_GALLERY = re.compile(r"^(Table of Contents|Bibliograph(y|ies)|Cover Pages|Page Numbers.*|Watermarks|Headers|"
                               r"Footers|Text Boxes|Equations|Quick Parts|AutoText|Tables|Placeholder|Default|General)$")


def _control_words(props: etree._Element) -> list[str]:
    """Every word-like attribute value in a content control's (sdtPr) or form field's (ffData) properties:
    its title (alias), tag, list items, placeholder, data binding, default and help text."""
    words: list[str] = []
    for el in props.iter():
        if not isinstance(el.tag, str) or localname(el) in ("rPr", "rStyle", "color", "id", "lock"):
            continue
        for key, value in el.attrib.items():
            local = key.rsplit("}", 1)[-1]
            if localname(el) in ("docPartGallery", "docPartCategory") and _BUILT_IN_GALLERY.match(str(value)):
                continue
            if local not in ("id", "storeItemID") and not _SETTING_VALUE.match(str(value).strip()):
                words.append(f"{local if local != 'val' else localname(el)}: {value}")
        if el.text and el.text.strip():
            words.append(el.text.strip())
    return words


def attribute_text(root: etree._Element, comments: bool) -> AttributeText:
    """One pass over every element of a part, collecting the words it holds in attributes."""
    out = AttributeText([], [], [], [], [], [], [])
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        name = localname(el)
        author = attr_local(el, "author") if el.attrib else None
        if comments and name == "comment":
            initials = attr_local(el, "initials")
            out.comment_authors += [v for v in (author, initials) if v]
        elif author:
            out.revision_authors.append(author)
        if name in _CONTROL_PROPS:
            out.form_fields += _control_words(el)
        if not el.attrib:
            continue
        if name in ("docPr", "cNvPr"):
            for attr in ("descr", "title"):
                value = attr_local(el, attr)
                if value:
                    out.alt_texts.append(value)
            shape_name = attr_local(el, "name")
            if shape_name and not _DEFAULT_SHAPE_NAME.match(shape_name.strip()):
                out.alt_texts.append(shape_name)
        elif name in ("shape", "rect", "roundrect", "oval", "imagedata", "group"):
            for attr in ("alt", "title"):
                value = attr_local(el, attr)
                if value:
                    out.alt_texts.append(value)
        if namespace(el) not in W_NS:
            continue
        if name == "hyperlink":
            tip = attr_local(el, "tooltip")
            if tip:
                out.tooltips.append(tip)
        elif name == "bookmarkStart":
            mark = attr_local(el, "name") or ""
            if mark and not mark.startswith("_"):
                out.bookmarks.append(mark.replace("_", " "))
        elif name in ("tblCaption", "tblDescription"):
            out.alt_texts.append(wval(el) or "")
        elif name == "permStart":
            out.metadata.append(attr_local(el, "ed") or "")
        elif name in ("smartTag", "customXml"):
            out.metadata.append(attr_local(el, "element") or "")
        elif name == "attr":
            out.metadata += [attr_local(el, "name") or "", attr_local(el, "val") or ""]
    return out


# --------------------------------------------------------------------------- field codes

# Fields whose instructions hold only switches, bookmarks or formats: nothing a person wrote.
_PLAIN_FIELDS = {
    "PAGE", "NUMPAGES", "SECTIONPAGES", "SECTION", "TOC", "TOA", "PAGEREF", "REF", "NOTEREF", "SEQ",
    "STYLEREF", "DATE", "TIME", "CREATEDATE", "SAVEDATE", "PRINTDATE", "EDITTIME", "FORMTEXT",
    "FORMCHECKBOX", "FORMDROPDOWN", "SYMBOL", "LISTNUM", "AUTONUM", "AUTONUMLGL", "AUTONUMOUT",
    "BIBLIOGRAPHY", "INDEX", "NUMWORDS", "NUMCHARS", "REVNUM", "TITLE", "SUBJECT", "=", "IF", "GOTOBUTTON",
    "ADVANCE", "EQ", "BARCODE", "SHAPE", "EMBED", "CITATION",
}
_LINK_FIELDS = {"HYPERLINK", "INCLUDETEXT", "INCLUDEPICTURE", "LINK", "RD", "DDE", "DDEAUTO"}


def field_codes(instructions: list[str]) -> tuple[list[str], list[str]]:
    """(instructions that hold hidden words, link targets) from field instructions."""
    hidden: list[str] = []
    links: list[str] = []
    for instr in instructions:
        words = instr.split()
        if not words:
            continue
        keyword = words[0].upper().lstrip("\\")
        if keyword in _LINK_FIELDS:
            quoted = re.findall(r'"([^"]*)"', instr)
            links += quoted or words[1:2]
        elif keyword not in _PLAIN_FIELDS:
            hidden.append(" ".join(words))
    return hidden, links
