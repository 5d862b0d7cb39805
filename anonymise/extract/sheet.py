"""Text extraction from spreadsheets: every part of an XLSX package (cells, hidden sheets, comments...) and CSV."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from urllib.parse import unquote

from lxml import etree

from anonymise.extract.package import PackageText, app_properties, core_properties, unique_lines
from anonymise.extract.safexml import (
    CODE_EMBEDDED,
    CODE_ENCRYPTED,
    CODE_MACROS,
    CODE_UNKNOWN_PART,
    CODE_UNSAFE_XML,
    CODE_XML_LIMIT,
    Budget,
    SafeZip,
    UnsafeInput,
    attr_local,
    localname,
    parse_xml,
)
from anonymise.types import Extracted, ExtractProblem, TextPart

MAX_CSV_BYTES = 20 * 1024 * 1024
MAX_CELLS = 2_000_000
MAX_STRINGS = 1_000_000
CELL_SEPARATOR = " | "

_HARMLESS = re.compile(
    r"^(?:\[Content_Types\]\.xml|xl/styles\.xml|xl/theme/theme\d*\.xml|xl/calcChain\.xml|xl/metadata\.xml"
    r"|xl/printerSettings/printerSettings\d*\.bin|xl/charts/(?:style|colors)\d*\.xml|customXml/itemProps\d*\.xml"
    r"|xl/worksheets/_rels/.*|xl/chartsheets/sheet\d*\.xml|docProps/thumbnail\.(?:jpe?g|png|emf|wmf))$",
    re.IGNORECASE,
)
_IMAGE = re.compile(r"\.(png|jpe?g|gif|tiff?|webp)$", re.IGNORECASE)
_OPAQUE_IMAGE = re.compile(r"\.(emf|wmf|bmp|svg|ico)$", re.IGNORECASE)
_MACRO_PART = re.compile(r"(^|/)(vbaProject\.bin|vbaData\.xml)$|^xl/macrosheets/", re.IGNORECASE)
# Header/footer codes (&L &C &R, &P page, &"font,style", &12 size, &K colour...): not text.
_HF_CODES = re.compile(r'&(?:"[^"]*"|\d+|K[0-9A-Fa-f]{6}|K\d{2}[+-]\d{3}|[LCRPNDTZFAGHBIUESXYO])')
_HF_TAGS = {"oddHeader": "header", "evenHeader": "header", "firstHeader": "header",
            "oddFooter": "footer", "evenFooter": "footer", "firstFooter": "footer"}
# Attributes in pivot caches, tables, connections and external links that hold names or values.
_VALUE_ATTRS = {"v", "name", "caption", "sheet", "displayName", "uniqueName", "description", "totalsRowLabel",
                "connection", "command", "sourceFile", "odcFile", "userName", "sheetName", "val"}
_SKIP_DEFINED = re.compile(r"^_xlnm\.|^_FilterDatabase$", re.IGNORECASE)


def _col_index(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + (ord(ch) - 64)
    return n


def _col_letters(n: int) -> str:
    out = ""
    while n > 0:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


_REF = re.compile(r"^([A-Za-z]{1,3})(\d+)$")


@dataclass
class _Buf:
    """Text of one channel of one part, with (offset, label) anchors."""

    chunks: list[str] = field(default_factory=list)
    size: int = 0
    anchors: list[tuple[int, str]] = field(default_factory=list)

    def add(self, text: str, label: str | None = None) -> None:
        if not text:
            return
        if label is not None and (not self.anchors or self.anchors[-1][1] != label):
            self.anchors.append((self.size, label))
        self.chunks.append(text)
        self.size += len(text)

    def cell(self, text: str, label: str) -> None:
        """A cell of a row: cells are separated by " | " (tabs would hide names from the detectors)."""
        if self.chunks and not self.chunks[-1].endswith("\n"):
            self.add(CELL_SEPARATOR)
        self.add(text, label)

    def end_line(self) -> None:
        if self.chunks and not self.chunks[-1].endswith("\n"):
            self.add("\n")

    def text(self) -> str:
        return "".join(self.chunks)


def _string_item(si: etree._Element) -> str:
    """The text of a shared string item (runs included, phonetic guides left out)."""
    parts: list[str] = []
    for el in si.iter():
        if localname(el) == "t":
            parent = el.getparent()
            if parent is not None and localname(parent) == "rPh":
                continue
            parts.append(el.text or "")
    return "".join(parts)


class _Xlsx(PackageText):
    def __init__(self, zf: SafeZip) -> None:
        super().__init__(zf, Budget())  # element and nesting limits over all XML parts, as for DOCX
        self.strings: list[str] = []
        self.used_strings: set[int] = set()
        self.sheet_names: dict[str, str] = {}  # sheet part -> sheet name
        self.owner: dict[str, str] = {}  # comments/drawing part -> sheet name
        self.cells = 0
        self.done: set[str] = set()
        self.sizes = {e.name: e.size for e in zf.entries()}
        self.hiding_styles: set[int] = set()  # cellXfs indices whose values a reader cannot see

    def read_xml(self, name: str) -> etree._Element:
        self.done.add(name)
        return self.xml(name)

    # ------------------------------------------------------------------ package

    def run(self) -> None:
        names = self.zf.names()
        workbook = self._workbook_part(names)
        if workbook is None:
            self.problem(None, "not an Excel workbook: the package has no xl/workbook.xml; save it as .xlsx")
            return
        macros = [n for n in names if _MACRO_PART.search(n)]
        if macros:
            self.problem(macros[0], "macro-enabled workbook is refused: macros can hold and hide anything; save it as a macro-free .xlsx", CODE_MACROS)
            self.done.update(macros)
        if self.zf.has("xl/sharedStrings.xml"):
            self._guard("xl/sharedStrings.xml", self._shared_strings)
        if self.zf.has("xl/styles.xml"):
            self._guard("xl/styles.xml", self._styles)
        sheets = self._guard(workbook, self._workbook) or []
        for part, sheet_name, state in sheets:
            self._guard(part, lambda p, s=sheet_name, st=state: self._sheet(p, s, st))
        for name in names:
            if name not in self.done:
                self._guard(name, self._part)
        unused = [s for i, s in enumerate(self.strings) if i not in self.used_strings]
        # Strings no cell uses any more (deleted cells) still travel with the file.
        self.add("xl/sharedStrings.xml", "hidden", unique_lines(unused), "body")

    def _guard(self, name: str, read):  # type: ignore[no-untyped-def]
        try:
            return read(name)
        except UnsafeInput as exc:
            self.problem(exc.part or name, exc.message, getattr(exc, "code", None))
        return None

    def _workbook_part(self, names: list[str]) -> str | None:
        if self.zf.has("_rels/.rels"):
            try:
                root = self.read_xml("_rels/.rels")
            except UnsafeInput as exc:
                self.problem(exc.part, exc.message)
                root = None
            if root is not None:
                self._rels_targets("_rels/.rels", root)
                for rel in root:
                    if (attr_local(rel, "Type") or "").endswith("/officeDocument"):
                        target = (attr_local(rel, "Target") or "").lstrip("/")
                        if self.zf.has(target):
                            return target
        return "xl/workbook.xml" if self.zf.has("xl/workbook.xml") else None

    def _rels(self, part: str) -> dict[str, str]:
        """Relationship id -> package path for the relationships of ``part``."""
        folder, _, base = part.rpartition("/")
        rels_name = f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels"
        if not self.zf.has(rels_name):
            return {}
        root = self.read_xml(rels_name)
        self._rels_targets(rels_name, root)
        out: dict[str, str] = {}
        for rel in root:
            if (attr_local(rel, "TargetMode") or "").lower() == "external":
                continue
            target = attr_local(rel, "Target") or ""
            path = target.lstrip("/") if target.startswith("/") else _join(folder, target)
            out[attr_local(rel, "Id") or ""] = path
        return out

    def _rels_targets(self, name: str, root: etree._Element) -> None:
        targets = [unquote(attr_local(rel, "Target") or "") for rel in root
                   if (attr_local(rel, "TargetMode") or "").lower() == "external"]
        self.add(name, "hyperlink", unique_lines(targets), "hyperlink")

    # ------------------------------------------------------------------ workbook

    def _shared_strings(self, name: str) -> None:
        """Stream the shared strings (they can be most of a workbook), at most MAX_STRINGS of them."""
        data = self.zf.read(name)
        self.done.add(name)
        head = data[:65536].replace(b"\x00", b"")
        if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
            raise UnsafeInput(name, "XML with a DOCTYPE or entity declarations is refused (possible entity-expansion attack)", CODE_UNSAFE_XML)
        events = etree.iterparse(io.BytesIO(data), events=("end",), tag="{*}si", resolve_entities=False,
                                 no_network=True, load_dtd=False, huge_tree=False)
        strings = self.strings
        try:
            for _, el in events:
                if len(el) == 1 and not len(el[0]):
                    strings.append(el[0].text or "")
                else:
                    strings.append(_string_item(el))
                el.clear()
                parent = el.getparent()
                if parent is not None:
                    del parent[:-1]  # drop items already read: memory stays flat
                if len(strings) > MAX_STRINGS:
                    raise UnsafeInput(name, f"workbook has more than {MAX_STRINGS:,} shared strings; the rest cannot be inspected", CODE_XML_LIMIT)
        except etree.XMLSyntaxError as exc:
            raise UnsafeInput(name, f"XML is not well formed: {exc}", CODE_UNSAFE_XML) from None

    def _styles(self, name: str) -> None:
        """Cell formats that hide a value: number format ``;;;`` or white text on no (or a white) fill."""
        root = self.read_xml(name)
        formats: dict[str, str] = {}
        fonts: list[bool] = []  # font index -> its colour is white
        fills: list[bool] = []  # fill index -> no fill or a white one
        xfs: list[etree._Element] = []
        for el in root:
            tag = localname(el)
            if tag == "numFmts":
                formats = {attr_local(f, "numFmtId") or "": attr_local(f, "formatCode") or "" for f in el}
            elif tag == "fonts":
                fonts = [any(localname(c) == "color" and _white(c) for c in font) for font in el]
            elif tag == "fills":
                fills = [_blank_fill(fill) for fill in el]
            elif tag == "cellXfs":
                xfs = [xf for xf in el if localname(xf) == "xf"]
        for index, xf in enumerate(xfs):
            code = formats.get(attr_local(xf, "numFmtId") or "", "")
            font, fill = _int(attr_local(xf, "fontId")), _int(attr_local(xf, "fillId"))
            invisible_format = bool(code) and all(not section.strip() for section in _format_sections(code))
            white_text = 0 <= font < len(fonts) and fonts[font] and (fill >= len(fills) or fill < 0 or fills[fill])
            if invisible_format or white_text:
                self.hiding_styles.add(index)

    def _workbook(self, name: str) -> list[tuple[str, str, str]]:
        root = self.read_xml(name)
        rels = self._rels(name)
        visible: list[str] = []
        hidden: list[str] = []
        defined: list[str] = []
        meta: list[str] = []
        sheets: list[tuple[str, str, str]] = []
        for el in root.iter():
            tag = localname(el)
            if tag == "sheet":
                sheet_name = attr_local(el, "name") or ""
                state = attr_local(el, "state") or "visible"
                (visible if state == "visible" else hidden).append(sheet_name)
                target = rels.get(attr_local(el, "id") or "")
                if target and self.zf.has(target):
                    sheets.append((target, sheet_name, state))
                    self.sheet_names[target] = sheet_name
            elif tag == "definedName":
                defined_name = attr_local(el, "name") or ""
                if not _SKIP_DEFINED.match(defined_name):
                    defined.append(defined_name.replace("_", " "))
                    value = el.text or ""
                    if '"' in value:
                        defined.append(value)
            elif tag == "fileSharing" and attr_local(el, "userName"):
                meta.append(f"write-reservation user: {attr_local(el, 'userName')}")
        self.add(name, "body", unique_lines(visible), "body")
        self.add(name, "hidden", unique_lines(hidden), "body")
        self.add(name, "outline", unique_lines(defined), "body")
        self.add(name, "metadata", unique_lines(meta), "body")
        return sheets

    # ------------------------------------------------------------------ worksheets

    def _cell_text(self, cell: etree._Element) -> tuple[str, str]:
        """(shown value, formula text holding words) of a ``c`` element."""
        kind = attr_local(cell, "t") or "n"
        value = ""
        formula = ""
        for child in cell:
            tag = localname(child)
            if tag == "v":
                raw = child.text or ""
                if kind == "s":
                    try:
                        index = int(raw)
                        value = self.strings[index]
                        self.used_strings.add(index)
                    except (ValueError, IndexError):
                        raise UnsafeInput(None, f"cell {attr_local(cell, 'r') or '?'} refers to a shared string that does not exist") from None
                elif kind != "b":
                    value = raw
            elif tag == "is":
                value = _string_item(child)
            elif tag == "f" and '"' in (child.text or ""):
                formula = "=" + (child.text or "")
        return value, formula

    def _sheet(self, name: str, sheet: str, state: str) -> None:
        root = self.read_xml(name)
        hidden_cols: set[int] = set()
        body = _Buf()
        hidden = _Buf()
        extra: dict[str, list[str]] = {"header": [], "footer": [], "form-field": [], "hyperlink": []}
        extra_anchors: dict[str, list[tuple[int, str]]] = {k: [] for k in extra}
        sheet_hidden = state != "visible"
        where = f'sheet "{sheet}"'
        for el in root.iter():
            tag = localname(el)
            if tag == "col" and (attr_local(el, "hidden") or "0") in ("1", "true"):
                try:
                    lo, hi = int(attr_local(el, "min") or 0), int(attr_local(el, "max") or 0)
                except ValueError:
                    continue
                hidden_cols.update(range(lo, min(hi, lo + 16384) + 1))
            elif tag == "row":
                row_hidden = (attr_local(el, "hidden") or "0") in ("1", "true")
                for cell in el:
                    if localname(cell) != "c":
                        continue
                    self.cells += 1
                    if self.cells > MAX_CELLS:
                        raise UnsafeInput(name, f"workbook has more than {MAX_CELLS:,} cells; the rest cannot be inspected", CODE_XML_LIMIT)
                    ref = attr_local(cell, "r") or ""
                    value, formula = self._cell_text(cell)
                    found = _REF.match(ref)
                    col = _col_index(found.group(1)) if found else 0
                    label = f"{where}, cell {ref}" if ref else where
                    if not (value.strip() or formula):
                        continue
                    styled_away = _int(attr_local(cell, "s")) in self.hiding_styles
                    target = hidden if (sheet_hidden or row_hidden or col in hidden_cols or styled_away) else body
                    if value.strip():
                        target.cell(" ".join(value.split()), label)
                    if formula:
                        hidden.add(formula + "\n", f"{where}, formula in cell {ref}")
                body.end_line()
                hidden.end_line()
            elif tag in _HF_TAGS and el.text:
                channel = _HF_TAGS[tag]
                extra_anchors[channel].append((sum(len(x) for x in extra[channel]), f"{where}, {tag}"))
                extra[channel].append(" ".join(_HF_CODES.sub(" ", el.text).replace("&&", "&").split()) + "\n")
            elif tag == "dataValidation":
                texts = [attr_local(el, a) or "" for a in ("promptTitle", "prompt", "errorTitle", "error")]
                texts += [c.text or "" for c in el.iter() if localname(c) in ("formula1", "formula2", "f")]
                cells = attr_local(el, "sqref") or "".join(c.text or "" for c in el if localname(c) == "sqref")
                extra_anchors["form-field"].append((sum(len(x) for x in extra["form-field"]), f"{where}, data validation {cells}".strip()))
                extra["form-field"].append(unique_lines(texts))
            elif tag == "hyperlink":
                texts = [attr_local(el, a) or "" for a in ("display", "tooltip", "location")]
                extra_anchors["hyperlink"].append((sum(len(x) for x in extra["hyperlink"]), f"{where}, link in {attr_local(el, 'ref') or '?'}"))
                extra["hyperlink"].append(unique_lines(texts))
        self.add(name, "body", body.text(), "body", body.anchors)
        self.add(name, "hidden", hidden.text(), "body", hidden.anchors)
        for channel, chunks in extra.items():
            self.add(name, channel, "".join(chunks), "body", extra_anchors[channel])
        for rel_target in self._rels(name).values():
            self.owner[rel_target] = sheet

    # ------------------------------------------------------------------ other parts

    def _part(self, name: str) -> None:
        lower = name.lower()
        self.done.add(name)
        if lower.endswith(".rels"):
            self._rels_targets(name, self.read_xml(name))
        elif _HARMLESS.match(name):
            return
        elif re.match(r"^xl/worksheets/sheet\d*\.xml$", lower):
            # A worksheet the workbook does not list: no one sees it, but it travels with the file.
            self._sheet(name, name.rsplit("/", 1)[-1], "unlisted")
        elif re.match(r"^xl/comments\d*\.xml$", lower):
            self._comments(name)
        elif lower.startswith("xl/threadedcomments/"):
            self._threaded(name)
        elif lower.startswith("xl/persons/"):
            root = self.read_xml(name)
            values = [attr_local(el, a) or "" for el in root.iter() for a in ("displayName", "userId")]
            self.add(name, "comment-author", unique_lines(values), "comment-author")
        elif lower == "docprops/core.xml":
            self._core(name)
        elif lower == "docprops/app.xml":
            self._app(name)
        elif lower == "docprops/custom.xml":
            root = self.read_xml(name)
            lines = [f"{attr_local(p, 'name') or ''}: {' '.join(t.strip() for t in p.itertext() if t.strip())}" for p in root]
            self.add(name, "metadata", unique_lines(lines), "metadata")
        elif lower.startswith("xl/drawings/") and lower.endswith(".vml"):
            self._vml(name)
        elif lower.startswith(("xl/drawings/", "xl/charts/")) and lower.endswith(".xml"):
            root = self.read_xml(name)
            texts = [t for t in root.itertext()]
            alts = [attr_local(el, a) or "" for el in root.iter() if localname(el) == "cNvPr" for a in ("descr", "title")]
            label = self._owned(name)
            self.add(name, "textbox", unique_lines(texts), "textbox", [(0, label)] if label else ())
            self.add(name, "alt-text", unique_lines(alts), "textbox", [(0, label)] if label else ())
        elif lower.startswith(("xl/pivotcache/", "xl/externallinks/")) and lower.endswith(".xml"):
            self.add(name, "hidden", unique_lines(_values(self.read_xml(name))), "hidden")
        elif lower.startswith(("xl/pivottables/", "xl/tables/", "xl/querytables/", "customxml/", "xl/slicers/",
                               "xl/slicercaches/", "xl/timelines/", "xl/timelinecaches/")) or lower == "xl/connections.xml":
            if lower.endswith(".xml"):
                self.add(name, "metadata", unique_lines(_values(self.read_xml(name))), "metadata")
        elif _IMAGE.search(name):
            from anonymise.extract.image import metadata_parts

            found = metadata_parts(self.zf.read(name), name, prefix=name)
            self.parts += found.parts
            self.problems += found.problems
        elif _OPAQUE_IMAGE.search(name):
            return  # vector and bitmap formats without text metadata
        elif lower.endswith(".xml"):
            root = self.read_xml(name)
            if any(t.strip() for t in root.itertext()):
                self.problem(name, "unknown part contains text that cannot be interpreted; remove it or export a clean copy", CODE_UNKNOWN_PART)
        elif self.sizes.get(name):
            self.problem(name, "embedded object or unknown binary part cannot be inspected; remove it or export a clean copy", CODE_EMBEDDED)

    def _owned(self, name: str) -> str | None:
        sheet = self.owner.get(name)
        return f'sheet "{sheet}"' if sheet else None

    def _comments(self, name: str) -> None:
        root = self.read_xml(name)
        sheet = self.owner.get(name)
        authors = [a.text or "" for a in root.iter() if localname(a) == "author"]
        self.add(name, "comment-author", unique_lines(authors), "comment")
        buf = _Buf()
        for comment in root.iter():
            if localname(comment) != "comment":
                continue
            ref = attr_local(comment, "ref") or "?"
            text = " ".join("".join(t.text or "" for t in comment.iter() if localname(t) == "t").split())
            buf.add(text + "\n", f'sheet "{sheet}", comment on cell {ref}' if sheet else f"comment on cell {ref}")
        self.add(name, "comment", buf.text(), "comment", buf.anchors)

    def _threaded(self, name: str) -> None:
        root = self.read_xml(name)
        sheet = self.owner.get(name)
        buf = _Buf()
        for comment in root.iter():
            if localname(comment) != "threadedComment":
                continue
            ref = attr_local(comment, "ref") or "?"
            text = " ".join("".join(t.text or "" for t in comment.iter() if localname(t) == "text").split())
            buf.add(text + "\n", f'sheet "{sheet}", comment on cell {ref}' if sheet else f"comment on cell {ref}")
        self.add(name, "comment", buf.text(), "comment", buf.anchors)

    def _vml(self, name: str) -> None:
        data = self.zf.read(name)
        self.done.add(name)
        try:
            root = parse_xml(data, name)
        except UnsafeInput:
            # Excel's legacy VML is often not well-formed (bare <br>): read it leniently, still
            # without DTDs, entities or network.
            if b"<!DOCTYPE" in data[:65536] or b"<!ENTITY" in data[:65536]:
                raise
            parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
            root = etree.fromstring(data, parser=parser)
            if root is None:
                raise UnsafeInput(name, "VML drawing could not be read") from None
        texts = [t for t in root.itertext()]
        self.add(name, "textbox", unique_lines(texts), "textbox")

    def _core(self, name: str) -> None:
        self.add(name, "metadata", core_properties(self.read_xml(name)), "metadata")

    def _app(self, name: str) -> None:
        self.add(name, "metadata", app_properties(self.read_xml(name)), "metadata")


def _int(value: str | None) -> int:
    try:
        return int(value or "0")
    except ValueError:
        return -1


def _white(color: etree._Element) -> bool:
    """A spreadsheet colour that is white: rgb FFFFFF (any alpha), or theme 0 (Background 1) untinted."""
    rgb = (attr_local(color, "rgb") or "").upper()
    if rgb:
        return rgb[-6:] == "FFFFFF"
    try:
        tint = float(attr_local(color, "tint") or 0)
    except ValueError:
        tint = 0.0
    return attr_local(color, "theme") == "0" and tint >= 0


def _blank_fill(fill: etree._Element) -> bool:
    """A fill that leaves the (white) sheet showing: none, or a solid white pattern."""
    for pattern in fill.iter():
        if localname(pattern) == "patternFill":
            kind = attr_local(pattern, "patternType") or "none"
            if kind == "none":
                return True
            colours = [c for c in pattern if localname(c) == "fgColor"]
            return kind == "solid" and bool(colours) and _white(colours[0])
        if localname(pattern) == "gradientFill":
            return False
    return True


def _format_sections(code: str) -> list[str]:
    """The sections of a number format code, without quoted text; ``;;;`` gives four empty ones."""
    return re.sub(r'"[^"]*"', "x", code).split(";")


def _join(folder: str, target: str) -> str:
    parts = (folder.split("/") if folder else []) + target.split("/")
    out: list[str] = []
    for piece in parts:
        if piece == "..":
            if out:
                out.pop()
        elif piece and piece != ".":
            out.append(piece)
    return "/".join(out)


def _values(root: etree._Element) -> list[str]:
    """Text and value-holding attributes of a part (pivot caches, tables, connections, links)."""
    out: list[str] = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.text and el.text.strip():
            out.append(el.text)
        for key, value in el.attrib.items():
            if str(key).rsplit("}", 1)[-1] in _VALUE_ATTRS and str(value).strip():
                out.append(str(value))
    return out


def extract_xlsx_bytes(data: bytes, name: str) -> Extracted:
    """Extract every part of an XLSX workbook given as bytes; ``name`` is the file name."""
    result = Extracted(parts=[TextPart("filename", "filename", name)] if name else [])
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        result.problems.append(ExtractProblem(None, "file is encrypted (password-protected) or a legacy .xls; save an unprotected .xlsx", CODE_ENCRYPTED))
        return result
    try:
        zf = SafeZip(data)
    except UnsafeInput as exc:
        result.problems.append(ExtractProblem(exc.part, exc.message, getattr(exc, "code", "ANO901")))
        return result
    book = _Xlsx(zf)
    book.run()
    if name.lower().endswith((".xlsm", ".xltm")) and not any(p.code == CODE_MACROS for p in book.problems):
        book.problem(None, "macro-enabled workbook (.xlsm) is refused: save it as a macro-free .xlsx", CODE_MACROS)
    result.parts += book.parts
    result.problems += book.problems
    return result


# ---------------------------------------------------------------------------- CSV


def _decode_csv(data: bytes) -> str | None:
    for encoding in ("utf-8-sig", "utf-16") if data.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def extract_csv_bytes(data: bytes, name: str) -> Extracted:
    """Extract a CSV/TSV file: one ``csv`` part, one row a line, cells separated by " | ", each anchored.

    UTF-8 (with or without BOM) is read as such; other bytes are read as Windows-1252, which is
    what Excel writes for "CSV (Comma delimited)".
    """
    result = Extracted(parts=[TextPart("filename", "filename", name)] if name else [])
    if len(data) > MAX_CSV_BYTES:
        result.problems.append(ExtractProblem(None, f"file is larger than {MAX_CSV_BYTES // (1024 * 1024)} MB; split it or check it another way"))
        return result
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        result.problems.append(ExtractProblem(None, "file looks binary (contains NUL bytes), not CSV text"))
        return result
    text = _decode_csv(data)
    if text is None:
        result.problems.append(ExtractProblem(None, "file is neither UTF-8 nor Windows-1252 text; save it as CSV UTF-8"))
        return result
    if name.lower().endswith(".tsv"):
        dialect: type[csv.Dialect] | csv.Dialect = csv.excel_tab
    else:
        try:
            dialect = csv.Sniffer().sniff(text[:65536], delimiters=",;\t|")
        except csv.Error:
            dialect = csv.excel
    buf = _Buf()
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        for row_number, row in enumerate(reader, 1):
            for col_number, value in enumerate(row, 1):
                if value.strip():
                    buf.cell(" ".join(value.split()), f"row {row_number}, column {_col_letters(col_number)}")
            buf.end_line()
    except csv.Error as exc:
        result.problems.append(ExtractProblem("csv", f"the file is not valid CSV at line {reader.line_num}: {exc}; the rest cannot be inspected"))
    if buf.text().strip():
        result.parts.append(TextPart("csv", "body", buf.text(), tuple(buf.anchors)))
    return result
