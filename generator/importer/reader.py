"""Read a Word draft: the body in document order as paragraphs, tables and images, plus revisions.

The reader keeps the text as it was BEFORE any tracked change: deleted and moved-away text is kept,
inserted and moved-in text is left out, and every change is recorded as a :class:`Revision` so the
importer can report it. Comments are never imported; their anchors are recorded as :class:`Comment`.

Every paragraph carries ``index``: the 1-based position of its ``w:p`` element among all the ``w:p``
elements of ``word/document.xml`` in document order (paragraphs inside tables and text boxes
included). Import findings use it as their line number in the part ``word/document.xml``.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Union

from lxml import etree

from generator.errors import UserError

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
V = "urn:schemas-microsoft-com:vml"
M = "http://schemas.openxmlformats.org/officeDocument/2006/math"

RT_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
RT_ENDNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes"

DOCUMENT_PART = "word/document.xml"

_BULLET_FORMATS = {"bullet"}


def w(tag: str) -> str:
    """Clark name of a WordprocessingML tag: ``w("p")`` -> ``{...main}p``."""
    return f"{{{W}}}{tag}"


@dataclass(frozen=True)
class Numbering:
    """Word list numbering on a paragraph: list id, level, format (decimal, bullet...) and level text."""

    num_id: str
    level: int
    fmt: str
    text: str  # lvlText, e.g. "%1.%2." or a bullet character

    @property
    def is_bullet(self) -> bool:
        return self.fmt in _BULLET_FORMATS

    @property
    def is_paragraph_numbering(self) -> bool:
        """Numbering that numbers body paragraphs (1., 2., or multi-level 1.1, 1.2) rather than a list.

        Level 0 with a numeric format, or a deeper level whose text joins several level numbers with
        dots ("%1.%2"), is paragraph numbering; lettered or roman sub-levels ("(a)", "i.") are lists.
        """
        if self.fmt == "none":
            return True  # a list level that shows no number: indentation only, a plain paragraph
        if self.is_bullet:
            return False
        if self.level == 0:
            return self.fmt in {"decimal", "decimalZero"}
        return self.text.count("%") >= 2 and "." in self.text


@dataclass
class Image:
    """An image in the body: its bytes, a file extension, and its alt text (``wp:docPr`` descr)."""

    blob: bytes
    ext: str
    alt: str | None
    para_index: int

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.blob).hexdigest()


@dataclass
class Paragraph:
    """A body paragraph: Markdown inline text, plain text, style, heading level and numbering."""

    index: int
    markdown: str
    plain: str
    style: str
    heading_level: int | None = None  # 0 = Title style, 1.. = outline level + 1; None = body text
    numbering: Numbering | None = None
    images: list[Image] = field(default_factory=list)
    toc: bool = False  # a table-of-contents entry (skipped by the importer)


@dataclass
class Table:
    """A table: rows of cells as plain text and as Markdown inline text (merged cells repeated once)."""

    index: int  # index of the table's first paragraph
    rows: list[list[str]]
    markdown_rows: list[list[str]]
    images: list[Image] = field(default_factory=list)


Block = Union[Paragraph, Table]


@dataclass(frozen=True)
class Revision:
    """A tracked change: kind, paragraph index, 1-based column in the kept text, length in characters."""

    kind: str  # insertion | deletion | move-from | move-to | row-insertion | row-deletion |
    # break-insertion | break-deletion (paragraph marks) | formatting
    para_index: int
    column: int
    length: int


@dataclass(frozen=True)
class Comment:
    """A comment anchored at a paragraph (its text is never read into the review)."""

    comment_id: str
    para_index: int | None  # None when the comment has no anchor in the body
    length: int  # characters in the comment text (for the report; the text itself is not kept)


@dataclass
class Draft:
    """Everything the importer needs from a DOCX file."""

    blocks: list[Block]
    revisions: list[Revision]
    comments: list[Comment]
    notes: dict[str, str]  # Markdown footnote label -> plain note text
    core_title: str | None = None
    linked_images: list[int] = field(default_factory=list)  # paragraphs with linked (not embedded) images


# --------------------------------------------------------------------------- entry point
def read_docx(path: Path) -> Draft:
    """Read ``path`` (a .docx) into a :class:`Draft`; raise UserError when it is not a Word file."""
    import docx  # python-docx
    from docx.opc.exceptions import PackageNotFoundError

    path = Path(path)
    if not path.is_file():
        raise UserError(f"{path}: no such file; give the Word draft (.docx) to import")
    if not zipfile.is_zipfile(path):
        raise UserError(f"{path}: not a .docx file (not a ZIP package: an older .doc, an encrypted "
                        "or password-protected file, or another format); save the draft as Word .docx")
    data = _checked_package(path)
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, etree.XMLSyntaxError, zipfile.BadZipFile, RuntimeError,
            NotImplementedError, EOFError, OSError) as exc:
        raise UserError(f"{path}: cannot be read as a Word document ({exc.__class__.__name__}); "
                        "open it in Word and save it again as .docx") from exc
    return _Reader(document).read()


def _checked_package(path: Path) -> bytes:
    """The file's bytes once every member inflates within the checker's limits and every XML part
    parses safely within its structure budget (the same limits as ``casereview check``)."""
    from anonymise.extract.docx_walk import W_PARAGRAPH_TAGS
    from anonymise.extract.safexml import MAX_TOTAL_BYTES, Budget, SafeZip, UnsafeInput

    if path.stat().st_size > MAX_TOTAL_BYTES:
        raise UserError(f"{path}: the file is larger than {MAX_TOTAL_BYTES // 1048576} MB; compress its pictures in Word")
    data = path.read_bytes()
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise UserError(f"{path}: the file is encrypted (password-protected) or an older .doc; "
                        "remove the password and save it as Word .docx")
    try:
        package = SafeZip(data)
        budget = Budget(paragraph_tags=W_PARAGRAPH_TAGS)
        for name in package.names():
            if name.lower().endswith((".xml", ".rels")):
                package.read_xml(name, budget)
            else:
                for _chunk in package.chunks(name):
                    pass
    except UnsafeInput as exc:
        where = f" (part {exc.part})" if exc.part else ""
        raise UserError(f"{path}: cannot be imported{where}: {exc.message} [{exc.code}]; open it in Word and save "
                        "it again as .docx") from None
    return data


class _Reader:
    """One pass over a python-docx Document."""

    def __init__(self, document: Any) -> None:
        self.document = document
        self.part = document.part
        self.body = document.element.body
        self.p_index = {p: i for i, p in enumerate(self.body.iter(w("p")), 1)}
        self.revisions: list[Revision] = []
        self.comment_anchor: dict[str, int] = {}
        self.linked_images: list[int] = []
        self.notes: dict[str, str] = {}
        self._note_texts = {
            "": self._load_notes(RT_FOOTNOTES, "footnote"),
            "e": self._load_notes(RT_ENDNOTES, "endnote"),
        }
        self._numbering = self._load_numbering()
        self._styles = self._load_styles()

    # ------------------------------------------------------------------ body
    def read(self) -> Draft:
        blocks = list(self._blocks(self.body))
        comments = self._comments()
        title = None
        try:
            title = (self.document.core_properties.title or "").strip() or None
        except Exception:  # a broken core.xml is not worth stopping an import for
            title = None
        return Draft(blocks, self.revisions, comments, self.notes, title, self.linked_images)

    def _blocks(self, container: Any) -> Iterator[Block]:
        for child in container.iterchildren():
            if child.tag == w("p"):
                paragraph, boxes = self._paragraph(child)
                yield paragraph
                for box in boxes:  # text boxes follow the paragraph they are anchored in
                    yield from self._blocks(box)
            elif child.tag == w("tbl"):
                yield self._table(child)
            elif child.tag == w("sdt"):
                content = child.find(w("sdtContent"))
                if content is not None:
                    gallery = child.find(f"{w('sdtPr')}/{w('docPartObj')}/{w('docPartGallery')}")
                    is_toc = gallery is not None and "Table of Contents" in (gallery.get(w("val")) or "")
                    for block in self._blocks(content):
                        if is_toc and isinstance(block, Paragraph):
                            block.toc = True
                        yield block
            elif child.tag in (w("customXml"), w("ins"), w("moveTo")):
                yield from self._blocks(child)

    def _paragraph(self, p: Any) -> tuple[Paragraph, list[Any]]:
        index = self.p_index.get(p, 0)
        ppr = p.find(w("pPr"))
        style_id = None
        if ppr is not None:
            ps = ppr.find(w("pStyle"))
            if ps is not None:
                style_id = ps.get(w("val"))
        style_name, style_chain = self._style(style_id)
        collector = _Inline(self, index)
        collector.walk(p)
        markdown = collector.markdown().strip()
        plain = collector.plain().strip()
        heading = self._heading_level(ppr, style_name, style_chain)
        numbering = self._paragraph_numbering(ppr, style_chain)
        mark = ppr.find(w("rPr")) if ppr is not None else None
        if mark is not None and plain:
            # a tracked paragraph break: paragraphs stay apart as Word shows them; reported
            if mark.find(w("ins")) is not None:
                self.revisions.append(Revision("break-insertion", index, len(collector.plain()) + 1, 0))
            elif mark.find(w("del")) is not None:
                self.revisions.append(Revision("break-deletion", index, len(collector.plain()) + 1, 0))
        toc = style_name.lower().startswith("toc") or style_name.lower() == "contents heading"
        paragraph = Paragraph(index, markdown, plain, style_name, heading, numbering, collector.images, toc)
        return paragraph, collector.textboxes

    def _table(self, tbl: Any) -> Table:
        rows: list[list[str]] = []
        md_rows: list[list[str]] = []
        images: list[Image] = []
        first_index = 0
        for tr in tbl.iterchildren(w("tr")):
            trpr = tr.find(w("trPr"))
            row_p = next(iter(tr.iter(w("p"))), None)
            row_index = self.p_index.get(row_p, 0) if row_p is not None else 0
            first_index = first_index or row_index
            if trpr is not None and trpr.find(w("ins")) is not None:
                self.revisions.append(Revision("row-insertion", row_index, 1, 0))
                continue  # the row did not exist before the change: leave it out
            if trpr is not None and trpr.find(w("del")) is not None:
                self.revisions.append(Revision("row-deletion", row_index, 1, 0))
            cells: list[str] = []
            md_cells: list[str] = []
            for tc in tr.iterchildren(w("tc")):
                tcpr = tc.find(w("tcPr"))
                vmerge = tcpr.find(w("vMerge")) if tcpr is not None else None
                span = 1
                if tcpr is not None and tcpr.find(w("gridSpan")) is not None:
                    span = int(tcpr.find(w("gridSpan")).get(w("val")) or 1)
                if vmerge is not None and vmerge.get(w("val")) in (None, "continue"):
                    text = md = ""
                    # a vertically merged continuation repeats the cell above
                    if rows and len(cells) < len(rows[-1]):
                        text = rows[-1][len(cells)]
                        md = md_rows[-1][len(md_cells)]
                else:
                    texts, mds = [], []
                    for block in self._blocks(tc):
                        if isinstance(block, Paragraph):
                            images.extend(block.images)
                            if block.plain:
                                texts.append(block.plain)
                                mds.append(block.markdown)
                        else:
                            images.extend(block.images)
                            texts.extend(" ".join(r) for r in block.rows)
                            mds.extend(" ".join(r) for r in block.markdown_rows)
                    text, md = " ".join(texts), " ".join(mds)
                cells.extend([text] + [""] * (span - 1))
                md_cells.extend([md] + [""] * (span - 1))
            rows.append(cells)
            md_rows.append(md_cells)
        return Table(first_index, rows, md_rows, images)

    # ------------------------------------------------------------------ styles and numbering
    def _load_styles(self) -> dict[str, Any]:
        styles: dict[str, Any] = {}
        try:
            root = self.document.styles.element
        except Exception:
            return styles
        for st in root.iterchildren(w("style")):
            sid = st.get(w("styleId"))
            if sid:
                styles[sid] = st
        return styles

    def _style(self, style_id: str | None) -> tuple[str, list[Any]]:
        """The style's name and its chain (the style, then what it is based on)."""
        chain: list[Any] = []
        sid = style_id
        if sid is None:
            sid = next(
                (k for k, st in self._styles.items()
                 if st.get(w("type")) == "paragraph" and st.get(w("default")) in ("1", "true")),
                None,
            )
        seen: set[str] = set()
        while sid and sid in self._styles and sid not in seen:
            seen.add(sid)
            st = self._styles[sid]
            chain.append(st)
            based = st.find(w("basedOn"))
            sid = based.get(w("val")) if based is not None else None
        name = style_id or "Normal"
        if chain:
            n = chain[0].find(w("name"))
            if n is not None and n.get(w("val")):
                name = n.get(w("val"))
        return name, chain

    def _heading_level(self, ppr: Any, style_name: str, chain: list[Any]) -> int | None:
        lowered = style_name.lower()
        if lowered == "title":
            return 0
        if lowered.startswith("heading ") and lowered[8:].strip().isdigit():
            return int(lowered[8:].strip())
        for el in [ppr] + [st.find(w("pPr")) for st in chain]:
            if el is None:
                continue
            ol = el.find(w("outlineLvl"))
            if ol is not None:
                val = int(ol.get(w("val")) or 9)
                return val + 1 if val < 9 else None
        return None

    def _load_numbering(self) -> dict[tuple[str, int], tuple[str, str]]:
        """(numId, level) -> (numFmt, lvlText), with level overrides applied."""
        out: dict[tuple[str, int], tuple[str, str]] = {}
        try:
            root = self.part.numbering_part.element
        except Exception:
            return out
        abstract: dict[str, dict[int, tuple[str, str]]] = {}
        for an in root.iterchildren(w("abstractNum")):
            abstract[an.get(w("abstractNumId"))] = _levels(an)
        for num in root.iterchildren(w("num")):
            num_id = num.get(w("numId"))
            ref = num.find(w("abstractNumId"))
            levels = dict(abstract.get(ref.get(w("val")) if ref is not None else "", {}))
            for override in num.iterchildren(w("lvlOverride")):
                lvl = override.find(w("lvl"))
                if lvl is not None:
                    levels.update(_levels_of([lvl]))
            for level, spec in levels.items():
                out[(num_id, level)] = spec
        return out

    def _paragraph_numbering(self, ppr: Any, chain: list[Any]) -> Numbering | None:
        num_id = None
        level = None
        for el in [ppr] + [st.find(w("pPr")) for st in chain]:
            if el is None:
                continue
            numpr = el.find(w("numPr"))
            if numpr is None:
                continue
            nid = numpr.find(w("numId"))
            ilvl = numpr.find(w("ilvl"))
            if num_id is None and nid is not None:
                num_id = nid.get(w("val"))
            if level is None and ilvl is not None:
                level = int(ilvl.get(w("val")) or 0)
        if num_id is None or num_id == "0":
            return None
        level = level or 0
        fmt, text = self._numbering.get((num_id, level), ("decimal", f"%{level + 1}."))
        return Numbering(num_id, level, fmt, text)

    # ------------------------------------------------------------------ notes, comments, images
    def _load_notes(self, reltype: str, tag: str) -> dict[str, Any]:
        for rel in self.part.rels.values():
            if rel.reltype == reltype and not rel.is_external:
                try:
                    root = etree.fromstring(rel.target_part.blob, _parser())
                except etree.XMLSyntaxError:
                    return {}
                return {
                    n.get(w("id")): n
                    for n in root.iterchildren(w(tag))
                    if n.get(w("type")) in (None, "normal")
                }
        return {}

    def note_label(self, prefix: str, note_id: str) -> str | None:
        """Register a footnote/endnote reference and return its Markdown label (``fn3``/``en1``)."""
        element = self._note_texts[prefix].get(note_id)
        if element is None:
            return None
        label = ("en" if prefix else "fn") + note_id
        if label not in self.notes:
            texts = []
            for p in element.iter(w("p")):
                inline = _Inline(self, 0, record=False)
                inline.walk(p)
                if inline.plain().strip():
                    texts.append(inline.markdown().strip())
            self.notes[label] = " ".join(texts)
        return label

    def _comments(self) -> list[Comment]:
        lengths: dict[str, int] = {}
        try:
            for rel in self.part.rels.values():
                if rel.reltype.endswith("/comments") and not rel.is_external:
                    root = etree.fromstring(rel.target_part.blob, _parser())
                    for c in root.iterchildren(w("comment")):
                        lengths[c.get(w("id"))] = sum(len(t.text or "") for t in c.iter(w("t")))
        except etree.XMLSyntaxError:
            pass
        ids = list(dict.fromkeys(list(self.comment_anchor) + list(lengths)))
        return [Comment(cid, self.comment_anchor.get(cid), lengths.get(cid, 0)) for cid in ids]

    def image(self, r_id: str | None, alt: str | None, para_index: int) -> Image | None:
        """The image part behind relationship ``r_id``, or None when it is missing or external."""
        if not r_id:
            return None
        rel = self.part.rels.get(r_id)
        if rel is None or rel.is_external:
            self.linked_images.append(para_index)
            return None
        target = rel.target_part
        ext = str(target.partname).rsplit(".", 1)[-1].lower()
        if ext == "jpeg":
            ext = "jpg"
        return Image(target.blob, ext, alt, para_index)


def _levels(abstract_num: Any) -> dict[int, tuple[str, str]]:
    return _levels_of(abstract_num.iterchildren(w("lvl")))


def _levels_of(lvls: Any) -> dict[int, tuple[str, str]]:
    out: dict[int, tuple[str, str]] = {}
    for lvl in lvls:
        ilvl = int(lvl.get(w("ilvl")) or 0)
        fmt = lvl.find(w("numFmt"))
        text = lvl.find(w("lvlText"))
        out[ilvl] = (
            fmt.get(w("val")) if fmt is not None else "decimal",
            text.get(w("val")) if text is not None else "",
        )
    return out


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


def _on(el: Any) -> bool:
    """A WordprocessingML toggle property (``<w:b/>``, ``<w:b w:val="0"/>``)."""
    if el is None:
        return False
    return el.get(w("val")) not in ("0", "false", "off")


@dataclass
class _Segment:
    text: str
    bold: bool = False
    italic: bool = False
    link: str | None = None
    raw: bool = False  # already Markdown (footnote references)


class _Inline:
    """Collect the kept text of one paragraph as segments, recording revisions, comments, images."""

    def __init__(self, reader: _Reader, index: int, record: bool = True) -> None:
        self.reader = reader
        self.index = index
        self.record = record
        self.segments: list[_Segment] = []
        self.images: list[Image] = []
        self.textboxes: list[Any] = []  # w:txbxContent elements met in this paragraph
        self._length = 0

    def _revision(self, kind: str, length: int) -> None:
        if self.record:
            self.reader.revisions.append(Revision(kind, self.index, self._length + 1, length))

    def walk(self, el: Any, link: str | None = None) -> None:
        for child in el.iterchildren():
            tag = child.tag
            if tag == w("r"):
                self._run(child, link)
            elif tag in (w("ins"), w("moveTo")):
                length = sum(len(t.text or "") for t in child.iter(w("t")))
                self._revision("insertion" if tag == w("ins") else "move-to", length)
                # inserted text is not kept, but images and notes inside it are skipped too
            elif tag in (w("del"), w("moveFrom")):
                length = sum(len(t.text or "") for t in child.iter(w("delText"), w("t")))
                self._revision("deletion" if tag == w("del") else "move-from", length)
                self.walk(child, link)
            elif tag == w("hyperlink"):
                target = None
                rid = child.get(f"{{{R}}}id")
                if rid and rid in self.reader.part.rels and self.reader.part.rels[rid].is_external:
                    target = self.reader.part.rels[rid].target_ref
                self.walk(child, target or link)
            elif tag in (w("smartTag"), w("customXml"), w("fldSimple"), w("dir"), w("bdo")):
                self.walk(child, link)
            elif tag == w("sdt"):
                content = child.find(w("sdtContent"))
                if content is not None:
                    self.walk(content, link)
            elif tag == w("commentRangeStart"):
                if self.record:
                    self.reader.comment_anchor.setdefault(child.get(w("id")), self.index)
            elif tag == w("pPr"):
                if self.record and child.find(w("pPrChange")) is not None:
                    self._revision("formatting", 0)
            elif tag in (f"{{{M}}}oMath", f"{{{M}}}oMathPara"):
                text = "".join(t.text or "" for t in child.iter(f"{{{M}}}t"))
                self._add(_Segment(text, link=link))

    def _run(self, r: Any, link: str | None) -> None:
        rpr = r.find(w("rPr"))
        bold = italic = False
        if rpr is not None:
            bold = _on(rpr.find(w("b")))
            italic = _on(rpr.find(w("i")))
            if rpr.find(w("vanish")) is not None and _on(rpr.find(w("vanish"))):
                return  # hidden text is not part of the draft a reader sees
            if self.record and rpr.find(w("rPrChange")) is not None:
                self._revision("formatting", 0)
        for child in r.iterchildren():
            tag = child.tag
            if tag in (w("t"), w("delText")):
                self._add(_Segment(child.text or "", bold, italic, link))
            elif tag in (w("tab"), w("ptab")):
                self._add(_Segment(" ", bold, italic, link))
            elif tag in (w("br"), w("cr")):
                if child.get(w("type")) not in ("page", "column"):
                    self._add(_Segment(" ", bold, italic, link))
            elif tag == w("noBreakHyphen"):
                self._add(_Segment("-", bold, italic, link))
            elif tag == w("sym"):
                self._add(_Segment(" ", bold, italic, link))
            elif tag == w("commentReference"):
                if self.record:
                    self.reader.comment_anchor.setdefault(child.get(w("id")), self.index)
            elif tag in (w("footnoteReference"), w("endnoteReference")):
                prefix = "" if tag == w("footnoteReference") else "e"
                label = self.reader.note_label(prefix, child.get(w("id")) or "")
                if label:
                    self._add(_Segment(f"[^{label}]", raw=True))
            elif tag == w("drawing"):
                self._drawing(child)
            elif tag in (w("pict"), w("object")):
                self._vml(child)
            elif tag == f"{{http://schemas.openxmlformats.org/markup-compatibility/2006}}AlternateContent":
                fallback = child.find("{http://schemas.openxmlformats.org/markup-compatibility/2006}Choice")
                if fallback is not None:
                    for d in fallback.iter(w("drawing")):
                        self._drawing(d)

    def _drawing(self, drawing: Any) -> None:
        self.textboxes.extend(drawing.iter(w("txbxContent")))
        doc_pr = next(drawing.iter(f"{{{WP}}}docPr"), None)
        alt = None
        if doc_pr is not None:
            alt = (doc_pr.get("descr") or doc_pr.get("title") or "").strip() or None
        for blip in drawing.iter(f"{{{A}}}blip"):
            r_id = blip.get(f"{{{R}}}embed") or blip.get(f"{{{R}}}link")
            image = self.reader.image(r_id, alt, self.index)
            if image is not None:
                self.images.append(image)
            break

    def _vml(self, pict: Any) -> None:
        self.textboxes.extend(pict.iter(w("txbxContent")))
        shape = next(pict.iter(f"{{{V}}}shape"), None)
        alt = (shape.get("alt") or "").strip() or None if shape is not None else None
        for data in pict.iter(f"{{{V}}}imagedata"):
            image = self.reader.image(data.get(f"{{{R}}}id"), alt, self.index)
            if image is not None:
                self.images.append(image)
            break

    def _add(self, seg: _Segment) -> None:
        if not seg.text:
            return
        self._length += len(seg.text) if not seg.raw else 0
        self.segments.append(seg)

    def plain(self) -> str:
        return "".join(s.text for s in self.segments if not s.raw)

    def markdown(self) -> str:
        from generator.importer.markdown import inline_markdown

        return inline_markdown(
            [(s.text, s.bold, s.italic, s.link, s.raw) for s in self.segments]
        )
