"""Text extraction from every part of an OpenDocument text file (.odt/.ott), channel by channel; fails closed.

Same channels, safe XML and budgets as the DOCX reader: body (content.xml), headers and footers
(master pages in styles.xml), footnotes/endnotes, annotations (comments) and their authors, tracked
changes and their authors, hidden text/paragraphs/sections, frames and text boxes, alt text
(svg:title/svg:desc, frame names), hyperlinks, bookmarks, form controls, user fields, meta.xml
(including user-defined fields), settings.xml, image metadata, the file name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from lxml import etree

from anonymise.extract.docx_media import image_metadata
from anonymise.extract.docx_walk import Collector
from anonymise.extract.package import PackageText, unique_lines
from anonymise.extract.safexml import (
    CODE_EMBEDDED,
    CODE_ENCRYPTED,
    CODE_MACROS,
    CODE_UNKNOWN_PART,
    CODE_XML_LIMIT,
    Budget,
    SafeZip,
    UnsafeInput,
    localname,
    namespace,
)
from anonymise.types import Extracted, ExtractProblem, TextPart

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
FORM = "urn:oasis:names:tc:opendocument:xmlns:form:1.0"
DC = "http://purl.org/dc/elements/1.1/"
META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
CONFIG = "urn:oasis:names:tc:opendocument:xmlns:config:1.0"
XLINK = "http://www.w3.org/1999/xlink"
ODT_PARAGRAPH_TAGS = frozenset({f"{{{TEXT}}}p", f"{{{TEXT}}}h"})
ODT_MIMETYPES = {"application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text-template",
                 "application/vnd.oasis.opendocument.text-master"}

_DEFAULT_NAME = re.compile(r"^(Image|Frame|Shape|Object|graphics|Table|Section|Text ?Frame|Picture|Drawing|"
                           r"Form|Control|Chart|Formula|Group|Rectangle|Ellipse)\s*\d*$", re.IGNORECASE)
_DEFAULT_SEQUENCES = {"Illustration", "Table", "Text", "Drawing", "Figure"}
_HEADER_FOOTER = {"header": "header", "header-left": "header", "header-first": "header",
                  "footer": "footer", "footer-left": "footer", "footer-first": "footer"}
_CONFIG_SKIP = {"ViewId", "PrinterSetup", "PrinterPaperFromSetup", "ForbiddenCharacters", "RsidRoot",
                "Rsid", "ApplyUserData", "CurrentDatabaseCommandType"}
_META_SKIP = {"creation-date", "date", "editing-duration", "editing-cycles", "document-statistic",
              "print-date", "generator", "language"}
# form-control attributes a user types: name, label, value, help text...
_FORM_ATTRS = {"name", "label", "value", "current-value", "title", "default-value", "string-value",
               "help-message", "help-text", "text", "option", "list-source", "command", "data-field"}


@dataclass(frozen=True)
class _Look:
    """The visibility-relevant text properties of an ODF style."""

    hidden: bool | None = None
    color: str | None = None
    background: str | None = None
    small: bool | None = None

    def over(self, other: _Look) -> _Look:
        return _Look(*(b if b is not None else a for a, b in zip(
            (self.hidden, self.color, self.background, self.small),
            (other.hidden, other.color, other.background, other.small))))


def _colour(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip().lstrip("#").upper()
    if re.fullmatch(r"[0-9A-F]{6}", value):
        return value
    return "TRANSPARENT" if value == "TRANSPARENT" else None


def _tiny(size: str | None) -> bool | None:
    if not size:
        return None
    m = re.fullmatch(r"\s*([\d.]+)\s*pt\s*", size)
    if not m:
        return None
    try:
        return float(m.group(1)) <= 1.0
    except ValueError:
        return None


class _Styles:
    """ODF styles by name (automatic and common), resolved through ``style:parent-style-name``."""

    def __init__(self) -> None:
        self.looks: dict[str, _Look] = {}
        self.parents: dict[str, str] = {}
        self.list_text: list[str] = []  # list/outline number prefixes and suffixes a user typed

    def read(self, root: etree._Element) -> None:
        for el in root.iter():
            if not isinstance(el.tag, str):
                continue
            name = localname(el)
            if name == "style" and namespace(el) == STYLE:
                sname = el.get(f"{{{STYLE}}}name")
                if not sname:
                    continue
                parent = el.get(f"{{{STYLE}}}parent-style-name")
                if parent:
                    self.parents[sname] = parent
                look = _Look()
                for props in el:
                    if localname(props) in ("text-properties", "paragraph-properties"):
                        look = look.over(_Look(
                            hidden=(props.get(f"{{{TEXT}}}display") == "none") or None,
                            color=_colour(props.get(f"{{{FO}}}color")),
                            background=_colour(props.get(f"{{{FO}}}background-color")),
                            small=_tiny(props.get(f"{{{FO}}}font-size")),
                        ))
                self.looks[sname] = look
            elif name.startswith("list-level-style") or name == "outline-level-style":
                for attr in ("num-prefix", "num-suffix"):
                    value = el.get(f"{{{STYLE}}}{attr}")
                    if value and re.search(r"\w{2,}", value):
                        self.list_text.append(value)

    def resolve(self, name: str | None) -> _Look:
        chain: list[str] = []
        while name and name not in chain and len(chain) < 30:
            chain.append(name)
            name = self.parents.get(name)
        look = _Look()
        for sname in reversed(chain):
            look = look.over(self.looks.get(sname, _Look()))
        return look


def _close(a: str, b: str) -> bool:
    return max(abs(int(a[i:i + 2], 16) - int(b[i:i + 2], 16)) for i in (0, 2, 4)) <= 24


@dataclass(frozen=True)
class _Ctx:
    base: str
    channel: str
    look: _Look = _Look()
    where: str | None = None
    textbox: bool = False
    fit: bool = False  # text fitted to a shape (WordArt, watermark): its font size says nothing


class _Walker:
    """Walk content.xml (or a header/footer of styles.xml), sending each piece of text to its channel."""

    def __init__(self, styles: _Styles) -> None:
        self.styles = styles
        self.out = Collector()
        self.attrs: dict[str, list[str]] = {}
        self._insertions: set[str] = set()  # ids of tracked insertions
        self._open_insertions: set[str] = set()
        self._tables: list[list[int]] = []
        self._table_count = 0
        self._counts: dict[str, int] = {}

    def note(self, channel: str, value: str | None) -> None:
        if value and value.strip():
            self.attrs.setdefault(channel, []).append(value)

    def _channel(self, ctx: _Ctx) -> str:
        if self._open_insertions and ctx.channel not in ("comment", "revision"):
            return "revision"
        look = ctx.look
        if look.hidden or (look.small and not ctx.fit):
            return "hidden"
        if look.color and look.color != "TRANSPARENT":
            background = look.background if look.background not in (None, "TRANSPARENT") else "FFFFFF"
            if _close(look.color, background):
                return "hidden"
        return ctx.channel

    def _styled(self, el: etree._Element, ctx: _Ctx) -> _Ctx:
        style = el.get(f"{{{TEXT}}}style-name") or el.get(f"{{{TABLE}}}style-name") or el.get(f"{{{DRAW}}}style-name")
        if not style:
            return ctx
        return replace(ctx, look=ctx.look.over(self.styles.resolve(style)))

    def text(self, value: str | None, ctx: _Ctx) -> None:
        if value:
            self.out.emit(self._channel(ctx), value)

    def visit(self, el: etree._Element, ctx: _Ctx) -> None:
        if isinstance(el, (etree._Comment, etree._ProcessingInstruction)):
            if (el.text or "").strip():
                self.out.emit("hidden", el.text.strip() + "\n")
            return
        if not isinstance(el.tag, str):
            return
        ns, name = namespace(el), localname(el)
        skip_text = False
        if ns == TEXT:
            if name in ("p", "h"):
                self._paragraph(el, ctx)
                return
            if name == "span":
                ctx = self._styled(el, ctx)
            elif name == "s":
                count = el.get(f"{{{TEXT}}}c") or "1"
                self.text(" " * (min(int(count), 100) if count.isdigit() else 1), ctx)
            elif name == "tab":
                self.text("\t", ctx)
            elif name == "line-break":
                self.text("\n", ctx)
            elif name == "a":
                self.note("hyperlink", el.get(f"{{{XLINK}}}href"))
                self.note("hyperlink", el.get(f"{{{OFFICE}}}title"))
                ctx = self._styled(el, ctx)
            elif name in ("bookmark", "bookmark-start", "reference-mark", "reference-mark-start"):
                mark = el.get(f"{{{TEXT}}}name") or ""
                if mark and not mark.startswith("_"):
                    self.note("outline", mark.replace("_", " "))
            elif name == "tracked-changes":
                ctx = replace(ctx, channel="revision")
            elif name == "changed-region":
                cid = el.get(f"{{{TEXT}}}id") or el.get("{http://www.w3.org/XML/1998/namespace}id") or ""
                if any(localname(c) == "insertion" for c in el):
                    self._insertions.add(cid)
                ctx = replace(ctx, channel="revision")
            elif name == "change-start":
                cid = el.get(f"{{{TEXT}}}change-id") or ""
                if cid in self._insertions:
                    self._open_insertions.add(cid)
            elif name == "change-end":
                self._open_insertions.discard(el.get(f"{{{TEXT}}}change-id") or "")
            elif name == "note":
                kind = el.get(f"{{{TEXT}}}note-class") or "footnote"
                kind = "endnote" if kind == "endnote" else "footnote"
                number = self._counts[kind] = self._counts.get(kind, 0) + 1
                ctx = replace(ctx, channel=kind, base=kind, where=f"{kind} {number}", look=_Look())
            elif name == "note-citation":
                return  # the note's number, already printed in the body as the mark
            elif name == "hidden-text":
                self.out.emit("hidden", (el.get(f"{{{TEXT}}}string-value") or "") + "\n")
                return
            elif name == "hidden-paragraph":
                self.out.emit("hidden", (el.get(f"{{{TEXT}}}condition") or "") + "\n")
            elif name == "conditional-text":
                for attr in ("condition", "string-value-if-true", "string-value-if-false"):
                    self.out.emit("hidden", (el.get(f"{{{TEXT}}}{attr}") or "") + "\n")
            elif name == "section":
                section = el.get(f"{{{TEXT}}}name") or ""
                if section and not _DEFAULT_NAME.match(section):
                    self.note("outline", section)
                if el.get(f"{{{TEXT}}}display") in ("none", "condition"):
                    ctx = replace(ctx, look=ctx.look.over(_Look(hidden=True)))
                ctx = self._styled(el, ctx)
            elif name in ("alphabetical-index-mark", "alphabetical-index-mark-start", "toc-mark", "toc-mark-start",
                          "user-index-mark", "user-index-mark-start", "bibliography-mark"):
                for key, value in el.attrib.items():
                    if localname_of(key) not in ("id", "outline-level", "index-name", "bibliography-type"):
                        self.out.emit("hidden", f"{value}\n")
            elif name == "sequence-decl" and (el.get(f"{{{TEXT}}}name") or "") in _DEFAULT_SEQUENCES:
                pass
            elif name in ("user-field-decl", "variable-decl", "variable-set", "user-defined", "placeholder",
                          "drop-down", "text-input", "database-display", "sequence-decl"):
                for key, value in el.attrib.items():
                    if localname_of(key) in ("name", "description", "string-value", "formula", "value", "table-name",
                                             "database-name", "column-name", "title", "label"):
                        self.note("form-field", f"{localname_of(key)}: {value}")
            elif name == "label" and el.getparent() is not None and localname(el.getparent()) == "drop-down":
                self.note("form-field", el.get(f"{{{TEXT}}}value"))
            elif name == "script":
                self.out.emit("hidden", "".join(el.itertext()) + "\n")
                return
        elif ns == OFFICE:
            if name == "annotation":
                number = self._counts["comment"] = self._counts.get("comment", 0) + 1
                ctx = replace(ctx, channel="comment", base="comment", where=f"comment {number}", look=_Look())
            elif name == "annotation-end":
                return
            elif name == "change-info":
                ctx = replace(ctx, channel="revision", base="revision")
        elif ns == DC and name in ("creator", "date"):
            if name == "creator":
                parent = el.getparent()
                owner = localname(parent) if parent is not None else ""
                self.note("comment-author" if owner == "annotation" else "revision-author", "".join(el.itertext()))
            return
        elif ns == META and name == "creator-initials":
            self.note("comment-author", "".join(el.itertext()))
            return
        elif ns == TABLE:
            if name == "table":
                tname = el.get(f"{{{TABLE}}}name") or ""
                if tname and not _DEFAULT_NAME.match(tname):
                    self.note("alt-text", tname)
                self._table_count += 1
                self._tables.append([self._table_count, 0, 0])
                try:
                    for child in el:
                        self.visit(child, ctx)
                finally:
                    self._tables.pop()
                return
            if name == "table-row" and self._tables:
                self._tables[-1][1] += 1
                self._tables[-1][2] = 0
            elif name in ("table-cell", "covered-table-cell") and self._tables:
                table = self._tables[-1]
                table[2] += 1
                ctx = replace(self._styled(el, ctx), where=f"table {table[0]}, row {max(table[1], 1)}, cell {table[2]}")
        elif ns == DRAW:
            if name in ("frame", "custom-shape", "rect", "ellipse", "polygon", "path", "line", "g", "control",
                        "image", "object", "text-box", "caption", "a"):
                shape = el.get(f"{{{DRAW}}}name") or ""
                if shape and not _DEFAULT_NAME.match(shape):
                    self.note("alt-text", shape)
                self.note("hyperlink", el.get(f"{{{XLINK}}}href") if name == "a" else None)
                if name == "text-box" or name in ("custom-shape", "rect", "ellipse", "polygon", "path"):
                    where = ctx.where or f"text box in paragraph {self.out.paragraphs + 1}"
                    channel = "revision" if ctx.channel == "revision" else ("textbox" if ctx.channel == ctx.base else ctx.channel)
                    fit = any(localname(c) == "enhanced-geometry" and c.get(f"{{{DRAW}}}text-path") == "true" for c in el)
                    ctx = replace(ctx, channel=channel, textbox=True, where=where, fit=fit or ctx.fit)
                if name in ("image", "object") and el.get(f"{{{XLINK}}}href", "").startswith(("http:", "https:", "file:", "ftp:", "mailto:")):
                    self.note("hyperlink", el.get(f"{{{XLINK}}}href"))
        elif ns == SVG and name in ("title", "desc"):
            self.note("alt-text", "".join(el.itertext()))
            return
        elif ns == FORM:
            for key, value in el.attrib.items():
                if localname_of(key) in _FORM_ATTRS:
                    self.note("form-field", f"{localname_of(key)}: {value}")
        elif ns in (STYLE, FO) or name in ("automatic-styles", "font-face-decls", "styles"):
            skip_text = name in ("automatic-styles", "font-face-decls", "styles", "style", "page-layout")
        if skip_text:
            return
        if el.text:
            if ns == TEXT:
                self.text(el.text, ctx)
            elif el.text.strip() and ns not in (OFFICE, TABLE, DRAW):
                self.out.emit("hidden", el.text.strip() + "\n")  # words in an element that shows none
        for child in el:
            self.visit(child, ctx)
            if child.tail and ns == TEXT:
                self.text(child.tail, ctx)

    def _paragraph(self, p: etree._Element, ctx: _Ctx) -> None:
        pctx = self._styled(p, ctx)
        base = pctx.channel if pctx.channel in ("revision", "comment", "footnote", "endnote", "textbox") else pctx.base
        self.out.open_paragraph()
        if p.text:
            self.text(p.text, pctx)
        for child in p:
            self.visit(child, pctx)
            if child.tail:
                self.text(child.tail, pctx)
        self.out.close_paragraph(base, ctx.where)


def localname_of(key: str) -> str:
    return key.rsplit("}", 1)[-1]


_HARMLESS = re.compile(r"^(mimetype|layout-cache|Configurations2/.*|META-INF/manifest\.xml)$", re.IGNORECASE)
_IMAGE_RE = re.compile(r"\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|svm|webp)$", re.IGNORECASE)


class _Odt(PackageText):
    def __init__(self, zf: SafeZip) -> None:
        super().__init__(zf, Budget(paragraph_tags=ODT_PARAGRAPH_TAGS))
        self.styles = _Styles()

    def run(self) -> None:
        names = self.zf.names()
        if "content.xml" not in names:
            self.problem(None, "not an OpenDocument text: the package has no content.xml; save it as .odt")
            return
        if self.zf.has("META-INF/manifest.xml"):
            manifest = self.zf.read_xml("META-INF/manifest.xml", self.budget)
            if any(localname(el) == "encryption-data" for el in manifest.iter()):
                self.problem(None, "file is encrypted (password-protected); save an unprotected copy", CODE_ENCRYPTED)
                return
        macros = [n for n in names if re.match(r"^(Basic|Scripts)/", n)]
        if macros:
            self.problem(macros[0], "document with macros is refused: macros can hold and hide anything; save it without macros", CODE_MACROS)
            return
        for name in ("styles.xml", "content.xml"):
            if self.zf.has(name):
                root = self.zf.read_xml(name, self.budget)
                self.keep(name, root)
                self.styles.read(root)
        for name in names:
            try:
                self._part(name)
            except UnsafeInput as exc:
                self.problem(exc.part or name, exc.message, exc.code)
                if exc.code == CODE_XML_LIMIT:
                    return

    def _part(self, name: str) -> None:
        lower = name.lower()
        if name == "content.xml":
            self._story(name, self.xml(name), "body")
        elif name == "styles.xml":
            self._master_pages(name, self.xml(name))
        elif name == "meta.xml" or re.match(r"^object \d+/meta\.xml$", lower):
            self._meta(name)
        elif name == "settings.xml" or re.match(r"^object \d+/settings\.xml$", lower):
            self._settings(name)
        elif name == "manifest.rdf" or re.match(r"^meta-inf/(document|macro)?signatures\.xml$", lower):
            root = self.xml(name)
            words = [t for t in root.itertext()] + [
                str(v) for el in root.iter() if isinstance(el.tag, str) for v in el.attrib.values()
                if not str(v).startswith(("http:", "https:", "urn:")) and re.search(r"[A-Za-z]{2}", str(v))
            ]
            self.add(name, "metadata", unique_lines(words), "metadata")
        elif re.match(r"^object \d+/(content|styles)\.xml$", lower):
            # an embedded chart or formula: its words are printed in the frame
            self.add(name, "textbox", unique_lines([t for t in self.xml(name).itertext()]), "textbox")
        elif lower.startswith("versions/"):
            self.problem(name, "earlier versions are saved inside the file (File > Versions); delete them and save again",
                         CODE_EMBEDDED)
        elif _HARMLESS.match(name):
            return
        elif _IMAGE_RE.search(name) or lower.startswith(("pictures/", "thumbnails/", "objectreplacements/")):
            self.add(name, "metadata", unique_lines(image_metadata(self.zf.read(name), name)), "metadata")
        elif lower.endswith(".xml"):
            self.xml(name)
            self.problem(name, "unknown part: the checker does not know this kind of part, so it cannot vouch for it; "
                         "remove it or save a clean copy as .odt", CODE_UNKNOWN_PART)
        else:
            self.problem(name, "embedded object or unknown binary part cannot be inspected; remove it or export a clean copy",
                         CODE_EMBEDDED)

    def _story(self, name: str, root: etree._Element, primary: str, walker: _Walker | None = None) -> _Walker:
        walker = walker or _Walker(self.styles)
        body = next((el for el in root.iter(f"{{{OFFICE}}}body")), None)
        for child in root:
            if child is body or localname(child) in ("automatic-styles", "font-face-decls", "styles", "master-styles", "scripts"):
                continue
            walker.visit(child, _Ctx(base=primary, channel=primary))  # e.g. office:forms outside the body
        if body is not None:
            walker.visit(body, _Ctx(base=primary, channel=primary))
        scripts = [el for el in root.iter(f"{{{OFFICE}}}script") if len(el) or (el.text or "").strip()]
        if scripts:
            self.problem(name, "document with macros is refused: macros can hold and hide anything; save it without macros", CODE_MACROS)
        self._emit(name, primary, walker)
        return walker

    def _emit(self, name: str, primary: str, walker: _Walker) -> None:
        texts = walker.out.texts()
        order = [primary, "footnote", "endnote", "textbox", "comment", "hidden", "revision"]
        for channel in order + sorted(set(texts) - set(order)):
            if channel in texts:
                self.add(name, channel, texts[channel], primary, walker.out.anchors_of(channel))
        for channel in ("comment-author", "revision-author", "alt-text", "hyperlink", "outline", "form-field"):
            self.add(name, channel, unique_lines(walker.attrs.get(channel, [])), primary)

    def _master_pages(self, name: str, root: etree._Element) -> None:
        """Headers and footers of every master page (styles.xml), and list-number text of styles."""
        walker = _Walker(self.styles)
        for master in root.iter(f"{{{STYLE}}}master-page"):
            page = master.get(f"{{{STYLE}}}display-name") or master.get(f"{{{STYLE}}}name") or ""
            for region in master:
                channel = _HEADER_FOOTER.get(localname(region))
                if channel is not None:
                    where = f"{localname(region)} of page style “{page}”"
                    walker.visit(region, _Ctx(base=channel, channel=channel, where=where))
        self._emit(name, "header", walker)
        self.add(f"{name}#list-numbers", "body", unique_lines(self.styles.list_text), "body")

    def _meta(self, name: str) -> None:
        root = self.xml(name)
        lines = []
        for el in root.iter():
            if not isinstance(el.tag, str) or len(el):
                if isinstance(el.tag, str) and localname(el) == "template":
                    lines.append(f"template: {el.get(f'{{{XLINK}}}title') or ''} {el.get(f'{{{XLINK}}}href') or ''}")
                continue
            field_name = localname(el)
            if field_name in _META_SKIP:
                continue
            if field_name == "user-defined":
                lines.append(f"{el.get(f'{{{META}}}name') or ''}: {''.join(el.itertext())}")
            elif field_name in ("template", "auto-reload", "hyperlink-behaviour"):
                lines.append(f"{field_name}: {el.get(f'{{{XLINK}}}title') or ''} {el.get(f'{{{XLINK}}}href') or ''}")
            else:
                value = "".join(el.itertext()).strip()
                if value:
                    lines.append(f"{field_name}: {value}")
        self.add(name, "metadata", unique_lines(lines), "metadata")

    def _settings(self, name: str) -> None:
        root = self.xml(name)
        lines = []
        for el in root.iter(f"{{{CONFIG}}}config-item"):
            item = el.get(f"{{{CONFIG}}}name") or ""
            if el.get(f"{{{CONFIG}}}type") == "string" and item not in _CONFIG_SKIP and (el.text or "").strip():
                lines.append(f"{item}: {el.text}")
        self.add(name, "metadata", unique_lines(lines), "metadata")


def extract_odt_bytes(data: bytes, name: str) -> Extracted:
    """Extract every part of an OpenDocument text given as bytes; ``name`` is the file name (a part too)."""
    result = Extracted()
    if name:
        result.parts.append(TextPart("filename", "filename", name))
    try:
        zf = SafeZip(data, kind="OpenDocument (.odt)")
    except UnsafeInput as exc:
        result.problems.append(ExtractProblem(exc.part, exc.message, exc.code))
        return result
    doc = _Odt(zf)
    try:
        if zf.has("mimetype"):
            mimetype = zf.read("mimetype").decode("ascii", "replace").strip()
            if mimetype not in ODT_MIMETYPES:
                doc.problem("mimetype", f"not an OpenDocument text ({mimetype[:80]}); only .odt documents can be checked")
                result.problems += doc.problems
                return result
        doc.run()
    except UnsafeInput as exc:
        doc.problem(exc.part, exc.message, exc.code)
    result.parts += doc.parts
    result.problems += doc.problems
    return result
