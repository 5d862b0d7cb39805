"""Text extraction from every part of a DOCX package, each channel its own TextPart; fails closed."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field, replace
from urllib.parse import unquote

from lxml import etree

from anonymise.extract.safexml import SafeZip, UnsafeInput, attr_local, localname, namespace, parse_xml
from anonymise.types import Extracted, ExtractProblem, TextPart

W_NS = {
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
}
MATH_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"
DRAWING_NS_PREFIX = ("http://schemas.openxmlformats.org/drawingml/", "http://purl.oclc.org/ooxml/drawingml/")
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
VML_NS = "urn:schemas-microsoft-com:vml"
_VML_SHAPES = {"shape", "rect", "roundrect", "oval", "group"}
_VML_COLOURS = {"white": "FFFFFF", "black": "000000"}
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# Parts that carry no user text worth checking (formatting, fonts, theme, ids).
_HARMLESS = [
    r"\[Content_Types\]\.xml",
    r"(.*/)?styles(WithEffects)?\.xml",
    r"(.*/)?fontTable\.xml",
    r"(.*/)?numbering\.xml",
    r"(.*/)?webSettings\.xml",
    r"(.*/)?theme/theme\d*\.xml",
    r"(.*/)?theme/_rels/theme\d*\.xml\.rels",
    r"(.*/)?fonts/[^/]+\.(odttf|ttf|otf|fntdata)",
    r"word/commentsIds\.xml",
    r"word/commentsExtended\.xml",
    r"word/commentsExtensible\.xml",
    r"word/glossary/settings\.xml",
    r"customXml/itemProps\d*\.xml",
    r"word/printerSettings/printerSettings\d*\.bin",
]
_HARMLESS_RE = re.compile("^(?:" + "|".join(_HARMLESS) + ")$", re.IGNORECASE)
_IMAGE_RE = re.compile(r"\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|wdp|ico)$", re.IGNORECASE)

_CORE_FIELDS = {
    "creator", "lastModifiedBy", "title", "subject", "keywords", "description", "category",
    "contentStatus", "identifier", "version", "language",
}
_CORE_SKIP = {"created", "modified", "lastPrinted", "revision", "language"}
_APP_FIELDS = {"Company", "Manager", "HyperlinkBase", "Template"}
_DEFAULT_SHAPE_NAME = re.compile(
    r"^(Picture|Image|Graphic|Text ?Box|Rectangle|Shape|Group|Chart|Diagram|Canvas|Drawing|Object|Oval|"
    r"Straight (Arrow )?Connector|Content Placeholder|Ink|Freeform|Rounded Rectangle|Table)\s*\d*$",
    re.IGNORECASE,
)
_FALSE = {"0", "false", "off", "none"}
_HIGHLIGHT = {
    "black": "000000", "blue": "0000FF", "cyan": "00FFFF", "green": "00FF00", "magenta": "FF00FF",
    "red": "FF0000", "yellow": "FFFF00", "white": "FFFFFF", "darkBlue": "000080", "darkCyan": "008080",
    "darkGreen": "008000", "darkMagenta": "800080", "darkRed": "800000", "darkYellow": "808000",
    "darkGray": "808080", "lightGray": "C0C0C0",
}


# --------------------------------------------------------------------------- run properties


@dataclass(frozen=True)
class RunProps:
    """The run properties that decide whether text can be seen."""

    vanish: bool | None = None
    color: str | None = None
    fill: str | None = None
    highlight: str | None = None
    size: int | None = None

    def over(self, other: RunProps) -> RunProps:
        """``other`` applied on top of these properties."""
        return RunProps(
            vanish=other.vanish if other.vanish is not None else self.vanish,
            color=other.color if other.color is not None else self.color,
            fill=other.fill if other.fill is not None else self.fill,
            highlight=other.highlight if other.highlight is not None else self.highlight,
            size=other.size if other.size is not None else self.size,
        )


def _wval(el: etree._Element) -> str | None:
    return attr_local(el, "val")


def _hex(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip().upper()
    if re.fullmatch(r"[0-9A-F]{6}", value):
        return value
    return None


def _on(el: etree._Element) -> bool:
    val = _wval(el)
    return val is None or val.lower() not in _FALSE


def read_rpr(rpr: etree._Element | None) -> RunProps:
    """The visibility-relevant properties of a ``w:rPr`` element."""
    if rpr is None:
        return RunProps()
    props: dict[str, object] = {}
    for child in rpr:
        name = localname(child)
        if name in ("vanish", "specVanish"):
            props["vanish"] = _on(child)
        elif name == "color":
            val = _wval(child)
            theme = (attr_local(child, "themeColor") or "").lower()
            if val and val.lower() == "auto":
                props["color"] = "AUTO"
            elif _hex(val):
                props["color"] = _hex(val)
            elif theme in ("background1", "light1"):
                props["color"] = "FFFFFF"
        elif name == "shd":
            fill = _hex(attr_local(child, "fill"))
            if fill:
                props["fill"] = fill
        elif name == "highlight":
            val = _wval(child) or ""
            if val in _HIGHLIGHT:
                props["highlight"] = _HIGHLIGHT[val]
        elif name == "sz":
            try:
                props["size"] = int(_wval(child) or "")
            except ValueError:
                pass
    return RunProps(**props)  # type: ignore[arg-type]


@dataclass
class Styles:
    """Character and paragraph styles, resolved through ``w:basedOn``."""

    defaults: RunProps = field(default_factory=RunProps)
    rpr: dict[str, RunProps] = field(default_factory=dict)
    based_on: dict[str, str] = field(default_factory=dict)
    para_fill: dict[str, str] = field(default_factory=dict)
    table_fills: dict[str, set[str]] = field(default_factory=dict)

    def resolve(self, style_id: str | None) -> RunProps:
        """The run properties a style gives, following its ``basedOn`` chain."""
        chain: list[str] = []
        current = style_id
        while current and current not in chain and len(chain) < 30:
            chain.append(current)
            current = self.based_on.get(current)
        props = RunProps()
        for sid in reversed(chain):
            props = props.over(self.rpr.get(sid, RunProps()))
        return props

    def fills_of_table(self, style_id: str | None) -> tuple[str, ...]:
        """Every cell shading a table style (or a style it is based on) can give."""
        fills: set[str] = set()
        seen: set[str] = set()
        current = style_id
        while current and current not in seen:
            seen.add(current)
            fills |= self.table_fills.get(current, set())
            current = self.based_on.get(current)
        return tuple(sorted(fills))

    def fill_of(self, style_id: str | None) -> str | None:
        """The paragraph shading a paragraph style gives."""
        seen: set[str] = set()
        current = style_id
        while current and current not in seen:
            seen.add(current)
            if current in self.para_fill:
                return self.para_fill[current]
            current = self.based_on.get(current)
        return None


def read_styles(root: etree._Element | None) -> Styles:
    """Read ``word/styles.xml`` into ``Styles``."""
    styles = Styles()
    if root is None:
        return styles
    for el in root.iter():
        name = localname(el)
        if name == "rPrDefault":
            for child in el:
                if localname(child) == "rPr":
                    styles.defaults = read_rpr(child)
        elif name == "style":
            sid = attr_local(el, "styleId")
            if not sid:
                continue
            if attr_local(el, "type") == "table":
                styles.table_fills[sid] = {
                    fill for shd in el.iter() if localname(shd) == "shd" and (fill := _hex(attr_local(shd, "fill")))
                }
            for child in el:
                cname = localname(child)
                if cname == "basedOn" and _wval(child):
                    styles.based_on[sid] = _wval(child) or ""
                elif cname == "rPr":
                    styles.rpr[sid] = read_rpr(child)
                elif cname == "pPr":
                    for pchild in child:
                        if localname(pchild) == "shd" and _hex(attr_local(pchild, "fill")):
                            styles.para_fill[sid] = _hex(attr_local(pchild, "fill")) or ""
    return styles


def _close(a: str, b: str) -> bool:
    """Whether two hex colours are indistinguishable to a reader."""
    da = [int(a[i:i + 2], 16) for i in (0, 2, 4)]
    db = [int(b[i:i + 2], 16) for i in (0, 2, 4)]
    return max(abs(x - y) for x, y in zip(da, db)) <= 24


# --------------------------------------------------------------------------- the walker


@dataclass(frozen=True)
class _Ctx:
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


class _Collector:
    """Text per channel, with a newline at the end of each paragraph that wrote to it."""

    def __init__(self) -> None:
        self.buffers: dict[str, list[str]] = {}
        self._stack: list[set[str]] = []

    def emit(self, channel: str, text: str) -> None:
        if not text:
            return
        self.buffers.setdefault(channel, []).append(text)
        for frame in self._stack:
            frame.add(channel)

    def open_paragraph(self) -> None:
        self._stack.append(set())

    def close_paragraph(self, base: str) -> None:
        touched = self._stack.pop()
        touched.add(base)
        for channel in sorted(touched):
            self.buffers.setdefault(channel, []).append("\n")

    def texts(self) -> dict[str, str]:
        return {ch: "".join(parts) for ch, parts in self.buffers.items()}


_SKIP_PROPS = {"pPr", "rPr", "sectPr", "tblPr", "trPr", "tcPr", "sdtPr", "tblGrid", "tblPrEx", "sdtEndPr",
               "rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "trPrChange", "tcPrChange", "numPr"}


class _Walker:
    """Walk a WordprocessingML part, sending each piece of text to its channel."""

    def __init__(self, styles: Styles, page_fill: str | None) -> None:
        self.styles = styles
        self.page_fill = page_fill or "FFFFFF"
        self.out = _Collector()
        self._fields: list[list[str] | None] = []  # open complex fields: instruction pieces until 'separate'

    def _run_channel(self, run: etree._Element, ctx: _Ctx) -> str:
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
                    rstyle = _wval(child)
        props = self.styles.defaults.over(self.styles.resolve(ctx.para_style)).over(self.styles.resolve(rstyle)).over(direct)
        if self._invisible(props, ctx):
            return "hidden"
        return "textbox" if ctx.textbox else ctx.base

    def _invisible(self, props: RunProps, ctx: _Ctx) -> bool:
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
        return all(_close(color, background) for background in candidates)

    def visit(self, el: etree._Element, ctx: _Ctx) -> None:
        if isinstance(el, etree._Comment) or isinstance(el, etree._ProcessingInstruction):
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
                ctx = replace(ctx, textbox=True, channel="revision" if ctx.deleted or ctx.inserted else "textbox")
            elif name == "tbl":
                tstyle = None
                tfill = None
                for child in el:
                    if localname(child) == "tblPr":
                        for grand in child:
                            if localname(grand) == "tblStyle":
                                tstyle = _wval(grand)
                            elif localname(grand) == "shd":
                                tfill = _hex(attr_local(grand, "fill"))
                ctx = replace(ctx, table_fills=self.styles.fills_of_table(tstyle), cell_fill=tfill or ctx.cell_fill)
            elif name == "tc":
                fill = None
                for child in el:
                    if localname(child) == "tcPr":
                        for grand in child:
                            if localname(grand) == "shd":
                                fill = _hex(attr_local(grand, "fill"))
                ctx = replace(ctx, cell_fill=fill or ctx.cell_fill)
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

    def _paragraph(self, p: etree._Element, ctx: _Ctx) -> None:
        style = None
        fill = None
        for child in p:
            if localname(child) == "pPr":
                for pchild in child:
                    pname = localname(pchild)
                    if pname == "pStyle":
                        style = _wval(pchild)
                    elif pname == "shd":
                        fill = _hex(attr_local(pchild, "fill"))
        fill = fill or self.styles.fill_of(style)
        pctx = replace(ctx, para_style=style, para_fill=fill or ctx.para_fill)
        self.out.open_paragraph()
        for child in p:
            self.visit(child, pctx)
        base = "revision" if ctx.deleted else ("textbox" if ctx.textbox else ctx.base)
        self.out.close_paragraph(base)

    def _alternate(self, el: etree._Element, ctx: _Ctx) -> None:
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
        colour = (attr_local(el, "fillcolor") or "white").strip().lstrip("#").split()[0]
        return _VML_COLOURS.get(colour.lower()) or _hex(colour) or "?"
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
                    return _hex(attr_local(clr, "val")) or "?"
                return "?"
            if pname in ("gradFill", "blipFill", "pattFill", "grpFill"):
                return "?"
    return "?"  # the fill comes from a theme style we do not resolve


def _plain(el: etree._Element) -> str:
    return " ".join("".join(t.text or "" for t in el.iter() if localname(t) in ("t", "delText")).split())


def _lines(values: list[str]) -> str:
    """Unique non-empty values, one per line, in first-seen order."""
    seen: dict[str, None] = {}
    for value in values:
        value = " ".join(value.split())
        if value:
            seen.setdefault(value, None)
    return "".join(v + "\n" for v in seen)


def _authors(root: etree._Element, comments: bool) -> tuple[list[str], list[str]]:
    """(comment authors and initials, revision authors) named anywhere in a part."""
    comment_authors: list[str] = []
    revision_authors: list[str] = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        author = attr_local(el, "author")
        initials = attr_local(el, "initials")
        if comments and localname(el) == "comment":
            comment_authors += [v for v in (author, initials) if v]
        elif author:
            revision_authors.append(author)
    return comment_authors, revision_authors


def _alt_texts(root: etree._Element) -> list[str]:
    out: list[str] = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        name = localname(el)
        if name in ("docPr", "cNvPr"):
            for attr in ("descr", "title"):
                value = attr_local(el, attr)
                if value:
                    out.append(value)
            shape_name = attr_local(el, "name")
            if shape_name and not _DEFAULT_SHAPE_NAME.match(shape_name.strip()):
                out.append(shape_name)
        elif name in ("shape", "rect", "roundrect", "oval", "imagedata", "group"):
            for attr in ("alt", "title"):
                value = attr_local(el, attr)
                if value:
                    out.append(value)
    return out


# Fields whose instructions hold only switches, bookmarks or formats: nothing a person wrote.
_PLAIN_FIELDS = {
    "PAGE", "NUMPAGES", "SECTIONPAGES", "SECTION", "TOC", "TOA", "PAGEREF", "REF", "NOTEREF", "SEQ",
    "STYLEREF", "DATE", "TIME", "CREATEDATE", "SAVEDATE", "PRINTDATE", "EDITTIME", "FORMTEXT",
    "FORMCHECKBOX", "FORMDROPDOWN", "SYMBOL", "LISTNUM", "AUTONUM", "AUTONUMLGL", "AUTONUMOUT",
    "BIBLIOGRAPHY", "INDEX", "NUMWORDS", "NUMCHARS", "REVNUM", "TITLE", "SUBJECT", "=", "IF", "GOTOBUTTON",
    "ADVANCE", "EQ", "BARCODE", "SHAPE", "EMBED", "CITATION",
}
_LINK_FIELDS = {"HYPERLINK", "INCLUDETEXT", "INCLUDEPICTURE", "LINK", "RD", "DDE", "DDEAUTO"}


def _field_codes(instructions: list[str]) -> tuple[list[str], list[str]]:
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


def _link_tips_and_bookmarks(root: etree._Element) -> tuple[list[str], list[str]]:
    """Hyperlink tooltips and user-named bookmarks (Word's own start with '_')."""
    tips: list[str] = []
    bookmarks: list[str] = []
    for el in root.iter():
        if not isinstance(el.tag, str) or namespace(el) not in W_NS:
            continue
        name = localname(el)
        if name == "hyperlink":
            tip = attr_local(el, "tooltip")
            if tip:
                tips.append(tip)
        elif name == "bookmarkStart":
            mark = attr_local(el, "name") or ""
            if mark and not mark.startswith("_"):
                bookmarks.append(mark.replace("_", " "))
    return tips, bookmarks


# --------------------------------------------------------------------------- parts


_WML_CHANNEL = [
    (re.compile(r"^word/document\d*\.xml$", re.I), "body"),
    (re.compile(r"^word/header\d*\.xml$", re.I), "header"),
    (re.compile(r"^word/footer\d*\.xml$", re.I), "footer"),
    (re.compile(r"^word/footnotes\.xml$", re.I), "footnote"),
    (re.compile(r"^word/endnotes\.xml$", re.I), "endnote"),
    (re.compile(r"^word/comments\.xml$", re.I), "comment"),
    # Building blocks and content-control placeholders: stored in the file, never shown.
    (re.compile(r"^word/glossary/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$", re.I), "metadata"),
]


class _Docx:
    def __init__(self, zf: SafeZip) -> None:
        self.zf = zf
        self.parts: list[TextPart] = []
        self.problems: list[ExtractProblem] = []
        self.styles = Styles()
        self.page_fill: str | None = None
        self._sizes = {e.name: e.size for e in zf.entries()}

    def add(self, part: str, channel: str, text: str, primary: str) -> None:
        if not text.strip():
            return
        name = part if channel == primary else f"{part}#{channel}"
        self.parts.append(TextPart(name, channel, text))

    def problem(self, part: str | None, message: str) -> None:
        self.problems.append(ExtractProblem(part, message))

    def run(self) -> None:
        names = self.zf.names()
        if not any(re.match(r"^word/document\d*\.xml$", n, re.I) for n in names):
            self.problem(None, "not a Word document: the package has no word/document.xml; save it as .docx")
            return
        if self.zf.has("word/styles.xml"):
            try:
                self.styles = read_styles(self.zf.read_xml("word/styles.xml"))
            except UnsafeInput as exc:
                self.problem(exc.part, exc.message)
        for name in names:
            if re.match(r"^word/document\d*\.xml$", name, re.I):
                self.page_fill = self._page_fill(name)
        for name in names:
            try:
                self._part(name)
            except UnsafeInput as exc:
                self.problem(exc.part or name, exc.message)

    def _page_fill(self, name: str) -> str | None:
        try:
            root = self.zf.read_xml(name)
        except UnsafeInput:
            return None  # reported when the part itself is read
        for child in root:
            if localname(child) == "background":
                return _hex(attr_local(child, "color"))
        return None

    def _part(self, name: str) -> None:
        for pattern, channel in _WML_CHANNEL:
            if pattern.match(name):
                self._wml(name, channel)
                return
        lower = name.lower()
        if lower.endswith(".rels"):
            self._rels(name)
        elif lower == "docprops/core.xml":
            self._core(name)
        elif lower == "docprops/app.xml":
            self._app(name)
        elif lower == "docprops/custom.xml":
            self._custom(name)
        elif lower == "word/settings.xml":
            self._settings(name)
        elif lower == "word/people.xml":
            self._people(name)
        elif re.match(r"^customxml/item\d*\.xml$", lower):
            root = self.zf.read_xml(name)
            self.add(name, "metadata", _lines([t for t in root.itertext()]), "metadata")
        elif re.match(r"^word/(charts|diagrams)/[^/]+\.xml$", lower):
            root = self.zf.read_xml(name)
            self.add(name, "textbox", _lines([t for t in root.itertext()]), "textbox")
        elif _HARMLESS_RE.match(name):
            return
        elif _IMAGE_RE.search(name):
            self._image(name)
        elif lower.endswith(".xml"):
            root = self.zf.read_xml(name)
            if any(t.strip() for t in root.itertext()):
                self.problem(name, "unknown part contains text that cannot be interpreted; remove it or export a clean copy")
        elif self._sizes.get(name):
            self.problem(name, "embedded object or unknown binary part cannot be inspected; remove it or export a clean copy")

    def _wml(self, name: str, primary: str) -> None:
        root = self.zf.read_xml(name)
        walker = _Walker(self.styles, self.page_fill)
        walker.visit(root, _Ctx(base=primary, channel=primary))
        texts = walker.out.texts()
        order = [primary, "textbox", "hidden", "revision"]
        for channel in order + sorted(set(texts) - set(order) - {"field"}):
            if channel in texts:
                self.add(name, channel, texts[channel], primary)
        comment_authors, revision_authors = _authors(root, comments=primary == "comment")
        self.add(name, "comment-author", _lines(comment_authors), primary)
        self.add(name, "revision-author", _lines(revision_authors), primary)
        self.add(name, "alt-text", _lines(_alt_texts(root)), primary)
        tooltips, bookmarks = _link_tips_and_bookmarks(root)
        fields = [f for f in texts.get("field", "").split("\x00")]
        field_hidden, field_links = _field_codes(fields)
        self.add(name, "hyperlink", _lines(tooltips + field_links), primary)
        self.add(name, "outline", _lines(bookmarks), primary)
        if field_hidden:
            # Field instructions that carry words (AUTHOR "x", XE "index entry") never print.
            hidden = next((i for i, p in enumerate(self.parts) if p.part == f"{name}#hidden"), None)
            text = _lines(field_hidden)
            if hidden is None:
                self.add(name, "hidden", text, primary)
            else:
                old = self.parts[hidden]
                self.parts[hidden] = TextPart(old.part, old.channel, old.text + text)

    def _rels(self, name: str) -> None:
        root = self.zf.read_xml(name)
        targets = []
        for el in root.iter():
            if localname(el) == "Relationship" and (attr_local(el, "TargetMode") or "").lower() == "external":
                target = attr_local(el, "Target") or ""
                targets.append(unquote(target))
        self.add(name, "hyperlink", _lines(targets), "hyperlink")

    def _core(self, name: str) -> None:
        root = self.zf.read_xml(name)
        lines = []
        for el in root.iter():
            if not isinstance(el.tag, str) or el is root:
                continue
            field_name = localname(el)
            if field_name in _CORE_SKIP:
                continue
            value = "".join(el.itertext()).strip()
            if value:
                lines.append(f"{field_name}: {value}")
        self.add(name, "metadata", _lines(lines), "metadata")

    def _app(self, name: str) -> None:
        root = self.zf.read_xml(name)
        lines = []
        for el in root:
            field_name = localname(el)
            if field_name in _APP_FIELDS:
                value = "".join(el.itertext()).strip()
                if value and not (field_name == "Template" and re.fullmatch(r"Normal(\.dot[mx]?)?", value, re.I)):
                    lines.append(f"{field_name}: {value}")
            elif field_name == "TitlesOfParts":
                lines += [f"TitlesOfParts: {t.strip()}" for t in el.itertext() if t.strip()]
        self.add(name, "metadata", _lines(lines), "metadata")

    def _custom(self, name: str) -> None:
        root = self.zf.read_xml(name)
        lines = []
        for prop in root:
            prop_name = attr_local(prop, "name") or ""
            value = " ".join(t.strip() for t in prop.itertext() if t.strip())
            lines.append(f"{prop_name}: {value}")
        self.add(name, "metadata", _lines(lines), "metadata")

    def _settings(self, name: str) -> None:
        root = self.zf.read_xml(name)
        lines = []
        for el in root.iter():
            if localname(el) == "docVar":
                lines.append(f"{attr_local(el, 'name') or ''}: {attr_local(el, 'val') or ''}")
        self.add(name, "metadata", _lines(lines), "metadata")

    def _people(self, name: str) -> None:
        root = self.zf.read_xml(name)
        values = []
        for el in root.iter():
            if not isinstance(el.tag, str):
                continue
            for attr in ("author", "userId"):
                value = attr_local(el, attr)
                if value:
                    values.append(value)
        self.add(name, "comment-author", _lines(values), "comment-author")

    def _image(self, name: str) -> None:
        """Image metadata (EXIF, PNG text, XMP) is a hidden channel; pixels are not inspected."""
        data = self.zf.read(name)
        lines = image_metadata(data, name)
        self.add(name, "metadata", _lines(lines), "metadata")


_EXIF_TEXT_TAGS = {270: "ImageDescription", 315: "Artist", 33432: "Copyright", 40091: "XPTitle", 40092: "XPComment",
                   40093: "XPAuthor", 40094: "XPKeywords", 40095: "XPSubject", 37510: "UserComment", 269: "DocumentName"}


def image_metadata(data: bytes, name: str) -> list[str]:
    """Text metadata of an image (EXIF text tags, PNG text chunks, XMP values); pixels are not decoded."""
    lines: list[str] = []
    xmp = re.search(rb"<x:xmpmeta.*?</x:xmpmeta>", data, re.S)
    if xmp:
        lines += xmp_values(parse_xml(xmp.group(0), name))
    if not name.lower().endswith((".png", ".jpg", ".jpeg", ".tif", ".tiff", ".gif")):
        return lines
    try:
        from PIL import Image

        with Image.open(io.BytesIO(data)) as im:
            for key, value in im.info.items():
                if isinstance(value, str) and key not in ("xmp", "icc_profile"):
                    lines.append(f"{key}: {value}")
            exif = im.getexif()
            for tag, label in _EXIF_TEXT_TAGS.items():
                value = exif.get(tag)
                if isinstance(value, bytes):
                    value = value.decode("utf-16-le" if tag >= 40091 else "latin-1", errors="ignore").strip("\x00")
                if value:
                    lines.append(f"{label}: {value}")
    except Exception as exc:  # a corrupt image is not something the check can vouch for
        raise UnsafeInput(name, f"image metadata could not be read: {exc}") from None
    return lines


_XMP_SKIP = {"CreateDate", "ModifyDate", "MetadataDate", "DocumentID", "InstanceID", "OriginalDocumentID",
             "about", "format", "PDFVersion", "Trapped", "part", "conformance", "when", "instanceID", "action",
             "softwareAgent", "changed", "Format", "NumberOfPages", "HasVisibleTransparency",
             "HasVisibleOverprint", "ColorMode", "ICCProfile", "Orientation", "XResolution",
             "YResolution", "ResolutionUnit", "ColorSpace", "PixelXDimension", "PixelYDimension",
             "xmptk", "amd", "rev", "ExifVersion", "lang"}


def xmp_values(root: etree._Element) -> list[str]:
    """Every text value and meaningful attribute value of an XMP packet, as ``name: value`` lines."""
    lines: list[str] = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        for key, value in el.attrib.items():
            local = key.rsplit("}", 1)[-1]
            if local not in _XMP_SKIP and str(value).strip():
                lines.append(f"{local}: {value}")
        text = (el.text or "").strip()
        if text:
            owner = el
            while localname(owner) in ("li", "Seq", "Bag", "Alt") and owner.getparent() is not None:
                owner = owner.getparent()
            if localname(owner) not in _XMP_SKIP:
                lines.append(f"{localname(owner)}: {text}")
    return lines


def extract_docx_bytes(data: bytes, name: str) -> Extracted:
    """Extract every part of a DOCX given as bytes; ``name`` is the file name (reported as a part)."""
    result = Extracted()
    if name:
        result.parts.append(TextPart("filename", "filename", name))
    if data.startswith(OLE_MAGIC):
        result.problems.append(ExtractProblem(None, "file is encrypted (password-protected) or a legacy .doc; save an unprotected .docx"))
        return result
    try:
        zf = SafeZip(data)
    except UnsafeInput as exc:
        result.problems.append(ExtractProblem(exc.part, exc.message))
        return result
    doc = _Docx(zf)
    doc.run()
    if any(n.lower() == "encryptedpackage" for n in zf.names()):
        doc.problem(None, "file is encrypted; save an unprotected .docx")
    result.parts += doc.parts
    result.problems += doc.problems
    return result

