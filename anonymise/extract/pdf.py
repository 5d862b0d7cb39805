"""Text extraction from every part of a PDF (pages, metadata, annotations, attachments, revisions...); fails closed."""

from __future__ import annotations

import bisect
import functools
import html
import io
import logging
import re
from collections.abc import Iterator
from typing import Any

import pikepdf

from anonymise.extract.docx import xmp_values
from anonymise.extract.safexml import UnsafeInput, parse_xml
from anonymise.types import Extracted, ExtractProblem, TextPart

MAX_PDF_BYTES = 200 * 1024 * 1024
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
MAX_PAGES = 2_000
MAX_DEPTH = 2
COVER_FRACTION = 0.6
LINE_MARGIN = 1.5  # lines closer than 1.5 line heights form one text box (pdfminer default 0.5)
TEXT_ATTACHMENT = re.compile(r"\.(txt|text|md|markdown|csv|tsv|json|xml|yaml|yml|html?|rtf|log|ics|vcf)$", re.I)
_INFO_SKIP = {"/CreationDate", "/ModDate", "/Trapped"}
_STARTXREF_EOF = re.compile(rb"startxref\s*\d+\s*%%EOF")
Box = tuple[float, ...]  # (x0, y0, x1, y1) in PDF points, pdfminer's page space
_VISIBLE = {"body", "header", "footer", "footnote", "endnote", "textbox", "alt-text"}

for _noisy in ("pdfminer", "pypdf", "pikepdf"):
    logging.getLogger(_noisy).setLevel(logging.ERROR)


def _s(value: Any) -> str:
    """A PDF object as readable text."""
    if isinstance(value, pikepdf.String):
        return str(value)
    if isinstance(value, pikepdf.Name):
        return str(value)[1:]
    if isinstance(value, pikepdf.Array):
        return " ".join(_s(v) for v in value)
    if isinstance(value, (int, float, bool)):
        return str(value)
    try:
        return str(value)
    except Exception:
        return ""


def _lines(values: list[str]) -> str:
    seen: dict[str, None] = {}
    for value in values:
        value = " ".join(value.split())
        if value:
            seen.setdefault(value, None)
    return "".join(v + "\n" for v in seen)


def _strip_markup(rich: str) -> str:
    return html.unescape(re.sub(r"<[^>]*>", " ", rich))


class _Pdf:
    def __init__(self, data: bytes, name: str, depth: int) -> None:
        self.data = data
        self.name = name
        self.depth = depth
        self.parts: list[TextPart] = []
        self.problems: list[ExtractProblem] = []
        self._attachment_names: list[str] = []
        self._appearances: dict[int, list[str]] = {}

    def add(self, part: str, channel: str, text: str) -> None:
        if text.strip():
            self.parts.append(TextPart(part, channel, text))

    def problem(self, part: str | None, message: str) -> None:
        self.problems.append(ExtractProblem(part, message))

    # ------------------------------------------------------------------ driver

    def run(self) -> None:
        try:
            pdf = pikepdf.open(io.BytesIO(self.data))
        except pikepdf.PasswordError:
            self.problem(None, "PDF is encrypted with a password; check an unencrypted copy")
            return
        except Exception as exc:
            self.problem(None, f"PDF could not be parsed: {exc}")
            return
        with pdf:
            if len(pdf.pages) > MAX_PAGES:
                self.problem(None, f"PDF has {len(pdf.pages)} pages (limit {MAX_PAGES})")
                return
            try:
                overlays = _annotation_overlays(pdf)
            except Exception as exc:
                self.problem("pdf:annotations", f"annotations could not be read: {exc}")
                overlays = {}
            self._pages_text(overlays, len(pdf.pages))
            for step in (self._info, self._xmp, self._annotations, self._attachments, self._outlines, self._forms, self._structure):
                try:
                    step(pdf)
                except UnsafeInput as exc:
                    self.problem(exc.part, exc.message)
                except Exception as exc:
                    self.problem(f"pdf:{step.__name__.strip('_')}", f"could not be read completely: {exc}")
        self._revisions()

    # ------------------------------------------------------------------ page text

    def _pages_text(self, overlays: dict[int, list[Box]], expected: int) -> None:
        from pdfminer.pdfdocument import PDFDocument
        from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
        from pdfminer.pdfpage import PDFPage
        from pdfminer.pdfparser import PDFParser

        try:
            document = PDFDocument(PDFParser(io.BytesIO(self.data)))
            manager = PDFResourceManager(caching=True)
            device = _Aggregator(manager, laparams=None)
            interpreter = PDFPageInterpreter(manager, device)
            pages = PDFPage.create_pages(document)
        except Exception as exc:
            self.problem(None, f"PDF page text could not be read: {exc}")
            return
        number = 0
        while True:
            try:
                page = next(pages)
            except StopIteration:
                break
            except Exception as exc:
                self.problem(f"pdf:page={number + 1}", f"page could not be read: {exc}")
                break
            number += 1
            part = f"pdf:page={number}"
            try:
                interpreter.process_page(page)
                body, covered, hidden = page_layout_text(device.get_result(), overlays.get(number, []))
            except Exception as exc:
                self.problem(part, f"page text could not be read: {exc}")
                continue
            self.add(part, "body", body)
            self.add(f"{part}#covered-text", "covered-text", covered)
            self.add(f"{part}#hidden", "hidden", hidden)
            try:
                self._appearances[number] = appearance_texts(page, interpreter, device)
            except Exception as exc:
                self.problem(f"{part}:annotations", f"annotation appearance could not be read: {exc}")
        if number != expected:
            self.problem(None, f"only {number} of {expected} pages could be read")

    # ------------------------------------------------------------------ metadata

    def _info(self, pdf: pikepdf.Pdf) -> None:
        lines = []
        for key, value in pdf.docinfo.items():
            if str(key) in _INFO_SKIP:
                continue
            lines.append(f"{str(key)[1:]}: {_s(value)}")
        self.add("pdf:info", "metadata", _lines(lines))

    def _xmp(self, pdf: pikepdf.Pdf) -> None:
        meta = pdf.Root.get("/Metadata")
        if meta is None:
            return
        if not isinstance(meta, pikepdf.Stream):
            return
        raw = meta.read_bytes()
        if not raw.strip():
            return
        self.add("pdf:xmp", "metadata", _lines(xmp_values(parse_xml(raw, "pdf:xmp"))))

    # ------------------------------------------------------------------ annotations

    def _annotations(self, pdf: pikepdf.Pdf) -> None:
        for number, page in enumerate(pdf.pages, start=1):
            annots = page.obj.get("/Annots")
            if not isinstance(annots, pikepdf.Array):
                continue
            notes: list[str] = list(self._appearances.get(number, []))
            links: list[str] = []
            for annot in annots:
                if not isinstance(annot, pikepdf.Dictionary):
                    continue
                subtype = _s(annot.get("/Subtype", ""))
                if subtype == "Widget":
                    continue  # form fields are read from the AcroForm
                if subtype == "Link":
                    action = annot.get("/A")
                    if isinstance(action, pikepdf.Dictionary):
                        for key in ("/URI", "/F", "/D"):
                            if key in action and not isinstance(action[key], (pikepdf.Dictionary, pikepdf.Array)):
                                links.append(_s(action[key]))
                    continue
                for key in ("/T", "/Contents", "/Subj", "/OverlayText", "/TU"):
                    if key in annot:
                        notes.append(_s(annot[key]))
                if "/RC" in annot:
                    rich = annot["/RC"]
                    notes.append(_strip_markup(rich.read_bytes().decode("utf-8", "replace") if isinstance(rich, pikepdf.Stream) else _s(rich)))
                if subtype == "FileAttachment" and "/FS" in annot:
                    self._file_spec(annot["/FS"], f"pdf:page={number}:annotations")
            self.add(f"pdf:page={number}:annotations", "annotation", _lines(notes))
            self.add(f"pdf:page={number}:links", "hyperlink", _lines(links))

    # ------------------------------------------------------------------ attachments

    def _attachments(self, pdf: pikepdf.Pdf) -> None:
        names = []
        for key, spec in pdf.attachments.items():
            names.append(str(key))
            self._file_spec(spec.obj, "pdf:attachments", key=str(key))
        self.add("pdf:attachments", "attachment", _lines(names + self._attachment_names))

    def _file_spec(self, spec: Any, where: str, key: str | None = None) -> None:
        if not isinstance(spec, pikepdf.Dictionary):
            self.problem(where, "attachment has an unreadable file specification")
            return
        filename = ""
        for k in ("/UF", "/F"):
            if k in spec and not isinstance(spec[k], (pikepdf.Dictionary, pikepdf.Array)):
                filename = _s(spec[k])
                break
        filename = filename or key or "attachment"
        self._attachment_names.append(filename)
        if "/Desc" in spec:
            self._attachment_names.append(_s(spec["/Desc"]))
        ef = spec.get("/EF")
        stream = None
        if isinstance(ef, pikepdf.Dictionary):
            stream = ef.get("/UF") or ef.get("/F")
        part = f"pdf:attachment={filename}"
        if not isinstance(stream, pikepdf.Stream):
            return
        params = stream.get("/Params")
        declared = params.get("/Size") if isinstance(params, pikepdf.Dictionary) else None
        if isinstance(declared, int) and int(declared) > MAX_ATTACHMENT_BYTES:
            self.problem(part, "attachment is too large to inspect")
            return
        try:
            content = stream.read_bytes()
        except Exception as exc:
            self.problem(part, f"attachment could not be read: {exc}")
            return
        if len(content) > MAX_ATTACHMENT_BYTES:
            self.problem(part, "attachment is too large to inspect")
            return
        self._attachment_content(filename, part, content)

    def _attachment_content(self, filename: str, part: str, content: bytes) -> None:
        from anonymise.extract.text import decode_text

        lower = filename.lower()
        if TEXT_ATTACHMENT.search(lower):
            inner = decode_text(content)
        elif lower.endswith((".pdf", ".docx", ".docm", ".dotx")) or content[:5] == b"%PDF-":
            if self.depth >= MAX_DEPTH:
                self.problem(part, "attachment is nested too deeply to inspect")
                return
            if lower.endswith(".pdf") or content[:5] == b"%PDF-":
                inner = extract_pdf_bytes(content, "", self.depth + 1)
            else:
                from anonymise.extract.docx import extract_docx_bytes

                inner = extract_docx_bytes(content, "")
        else:
            self.problem(part, "attachment is not a text, PDF or DOCX file and cannot be inspected; remove it")
            return
        # What a reader of the attachment would see is still hidden from a reader of this PDF.
        for text_part in inner.parts:
            channel = "attachment" if text_part.channel in _VISIBLE else text_part.channel
            self.add(f"{part}/{text_part.part}" if text_part.part else part, channel, text_part.text)
        for problem in inner.problems:
            self.problem(f"{part}/{problem.part}" if problem.part else part, problem.message)

    # ------------------------------------------------------------------ outlines and forms

    def _outlines(self, pdf: pikepdf.Pdf) -> None:
        titles: list[str] = []
        with pdf.open_outline() as outline:
            stack = list(reversed(outline.root))
            seen = 0
            while stack and seen < 100_000:
                item = stack.pop()
                seen += 1
                titles.append(item.title or "")
                stack.extend(reversed(list(item.children)))
        self.add("pdf:outlines", "outline", _lines(titles))

    def _forms(self, pdf: pikepdf.Pdf) -> None:
        acro = pdf.Root.get("/AcroForm")
        if not isinstance(acro, pikepdf.Dictionary):
            return
        lines: list[str] = []
        visited: set[tuple[int, int]] = set()

        def walk(field: Any, prefix: str) -> None:
            if not isinstance(field, pikepdf.Dictionary):
                return
            if field.is_indirect:
                if field.objgen in visited:
                    return
                visited.add(field.objgen)
            name = prefix
            if "/T" in field:
                name = f"{prefix}.{_s(field['/T'])}" if prefix else _s(field["/T"])
            values = [_s(field[k]) for k in ("/TU", "/TM", "/V", "/DV") if k in field and not isinstance(field[k], (pikepdf.Dictionary, pikepdf.Stream))]
            if "/Opt" in field:
                values.append(_s(field["/Opt"]))
            if name or values:
                lines.append(f"{name}: {' | '.join(v for v in values if v)}" if values else name)
            for kid in field.get("/Kids", []):
                walk(kid, name)

        for field in acro.get("/Fields", []):
            walk(field, "")
        xfa = acro.get("/XFA")
        if xfa is not None:
            streams = [xfa] if isinstance(xfa, pikepdf.Stream) else [x for x in xfa if isinstance(x, pikepdf.Stream)] if isinstance(xfa, pikepdf.Array) else []
            for stream in streams:
                raw = stream.read_bytes().strip()
                if raw:
                    root = parse_xml(raw, "pdf:forms")
                    lines += [t for t in root.itertext() if t.strip()]
        self.add("pdf:forms", "form-field", _lines(lines))

    def _structure(self, pdf: pikepdf.Pdf) -> None:
        """Alternate descriptions, actual text, expansions and titles in the tagged structure tree."""
        root = pdf.Root.get("/StructTreeRoot")
        if not isinstance(root, pikepdf.Dictionary):
            return
        values: list[str] = []
        stack: list[Any] = [root]
        seen: set[tuple[int, int]] = set()
        visited = 0
        while stack and visited < 500_000:
            node = stack.pop()
            visited += 1
            if isinstance(node, pikepdf.Array):
                stack.extend(reversed(list(node)))
                continue
            if not isinstance(node, pikepdf.Dictionary):
                continue
            if node.is_indirect:
                if node.objgen in seen:
                    continue
                seen.add(node.objgen)
            for key in ("/Alt", "/ActualText", "/E", "/T"):
                value = node.get(key)
                if isinstance(value, pikepdf.String):
                    values.append(_s(value))
            kids = node.get("/K")
            if isinstance(kids, (pikepdf.Array, pikepdf.Dictionary)):
                stack.append(kids)
        self.add("pdf:alt-text", "alt-text", _lines(values))

    # ------------------------------------------------------------------ incremental updates

    def _revisions(self) -> None:
        ends = [m.end() for m in _STARTXREF_EOF.finditer(self.data)]
        if len(ends) < 2:
            return
        linearized = b"/Linearized" in self.data[:2048]
        final = revision_lines(self.data)
        if final is None:
            self.problem("pdf:revision", "final revision could not be read for comparison with earlier revisions")
            return
        for number, end in enumerate(ends[:-1], start=1):
            earlier = revision_lines(self.data[:end])
            if earlier is None:
                if linearized and number == 1:
                    continue  # the first-page section of a linearized file is not a revision
                self.problem(f"pdf:revision={number}", "earlier revision left by an incremental update could not be read")
                continue
            gone = [line for line in earlier if line not in final]
            self.add(f"pdf:revision={number}", "earlier-revision", _lines(gone))


_APPEARANCE_SKIP = {"Link", "Widget", "Popup"}


def appearance_texts(page: Any, interpreter: Any, device: Any) -> list[str]:
    """Text drawn by annotation appearance streams (custom stamps, free text) of a pdfminer page."""
    from pdfminer.layout import LTChar
    from pdfminer.pdftypes import PDFStream, resolve1

    out: list[str] = []
    annots = resolve1(page.annots) if page.annots is not None else None
    if not isinstance(annots, list):
        return out
    for ref in annots[:10_000]:
        annot = resolve1(ref)
        if not isinstance(annot, dict):
            continue
        subtype = resolve1(annot.get("Subtype"))
        if getattr(subtype, "name", "") in _APPEARANCE_SKIP:
            continue
        ap = resolve1(annot.get("AP"))
        normal = resolve1(ap.get("N")) if isinstance(ap, dict) else None
        streams = [normal] if isinstance(normal, PDFStream) else [resolve1(v) for v in normal.values()] if isinstance(normal, dict) else []
        for stream in streams:
            if not isinstance(stream, PDFStream):
                continue
            identity = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
            device.begin_page(page, identity)
            interpreter.render_contents(resolve1(stream.get("Resources")) or {}, [stream], ctm=identity)
            device.end_page(page)
            chars = [item.get_text() for item, _parent in _flatten(device.get_result()) if isinstance(item, LTChar)]
            if "".join(chars).strip():
                out.append("".join(chars))
    return out


def _annotation_overlays(pdf: pikepdf.Pdf) -> dict[int, list[Box]]:
    """Per page, the boxes of annotations a viewer paints opaquely over the page (filled squares, stamps, redaction marks)."""
    out: dict[int, list[Box]] = {}
    for number, page in enumerate(pdf.pages, start=1):
        annots = page.obj.get("/Annots")
        if not isinstance(annots, pikepdf.Array):
            continue
        try:
            origin = [float(v) for v in page.mediabox][:2]
        except Exception:
            origin = [0.0, 0.0]
        for annot in annots:
            if not isinstance(annot, pikepdf.Dictionary):
                continue
            subtype = _s(annot.get("/Subtype", ""))
            filled = isinstance(annot.get("/IC"), pikepdf.Array) and len(annot["/IC"]) > 0
            if not (subtype == "Stamp" or (subtype in ("Square", "Redact", "Polygon") and filled)):
                continue
            try:
                x0, y0, x1, y1 = (float(v) for v in annot["/Rect"])
            except Exception:
                continue
            box = (min(x0, x1) - origin[0], min(y0, y1) - origin[1], max(x0, x1) - origin[0], max(y0, y1) - origin[1])
            out.setdefault(number, []).append(box)
    return out


def revision_lines(data: bytes) -> set[str] | list[str] | None:
    """The page text lines, Info values and annotation texts of the revision ending ``data``."""
    import pypdf

    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            return None
        out: list[str] = []
        for page in reader.pages:
            out += [" ".join(line.split()) for line in (page.extract_text() or "").splitlines()]
            for annot in page.get("/Annots") or []:
                annot = annot.get_object()
                for key in ("/T", "/Contents", "/Subj"):
                    if key in annot:
                        out.append(" ".join(str(annot[key]).split()))
        for key, value in (reader.metadata or {}).items():
            if key not in _INFO_SKIP:
                out.append(f"{key[1:]}: {' '.join(str(value).split())}")
    except Exception:
        return None
    return [line for line in dict.fromkeys(out) if line]


# ---------------------------------------------------------------------- page layout


@functools.lru_cache(maxsize=1)
def _aggregator_class() -> type:
    from pdfminer.converter import PDFPageAggregator

    class Aggregator(PDFPageAggregator):  # type: ignore[misc]
        """pdfminer's page aggregator, remembering each glyph's text render mode (3 = invisible)."""

        _mode = 0

        def render_string(self, textstate: Any, *args: Any, **kwargs: Any) -> None:
            self._mode = int(getattr(textstate, "render", 0) or 0)
            super().render_string(textstate, *args, **kwargs)

        def render_char(self, *args: Any, **kwargs: Any) -> float:
            advance = super().render_char(*args, **kwargs)
            objs = getattr(self.cur_item, "_objs", None)
            if objs:
                objs[-1].render_mode = self._mode
            return float(advance)

    return Aggregator


def _Aggregator(*args: Any, **kwargs: Any) -> Any:
    return _aggregator_class()(*args, **kwargs)


def _flatten(container: Any) -> Iterator[tuple[Any, Any]]:
    """(item, parent) in content-stream order, descending into form XObjects."""
    from pdfminer.layout import LTFigure

    for item in container:
        if isinstance(item, LTFigure):
            yield from _flatten(item)
        else:
            yield item, container


def _is_white(color: Any) -> bool:
    if isinstance(color, (int, float)):
        color = (color,)
    if not isinstance(color, (tuple, list)) or not color:
        return False
    try:
        values = [float(c) for c in color]
    except (TypeError, ValueError):
        return False
    if len(values) == 1 or len(values) == 3:
        return min(values) >= 0.97
    if len(values) == 4:
        return max(values) <= 0.03
    return False


def _rotated(char: Any) -> bool:
    a, b, c, d = (float(v) for v in tuple(char.matrix)[:4])
    return abs(b) > 0.05 * max(abs(a), abs(d), 1e-6) or abs(c) > 0.05 * max(abs(a), abs(d), 1e-6)


def _overlap(a: Box, b: Box) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    if w <= 0 or h <= 0:
        return 0.0
    return w * h


def page_layout_text(ltpage: Any, overlays: list[Box] | None = None) -> tuple[str, str, str]:
    """(visible text, text covered by a shape or image drawn later, white-on-white text) of a page.

    ``ltpage`` is a pdfminer page laid out with ``laparams=None`` (items in content-stream order).
    A character counts as covered when a filled path or an image drawn after it covers at least
    60 % of its box (``overlays`` are boxes a viewer paints over the whole page, such as filled
    square annotations); covered and invisible characters are removed before the visible text is laid
    out, so they appear only in their own channel.
    """
    from pdfminer.layout import LAParams, LTChar, LTCurve, LTImage, LTTextContainer

    flat = list(_flatten(ltpage))
    shapes: list[tuple[int, Box, str]] = []  # (stream position, box, "white" | "fill" | "image")
    for index, (item, _parent) in enumerate(flat):
        if isinstance(item, LTCurve) and getattr(item, "fill", False):
            white = _is_white(getattr(item, "non_stroking_color", None))
            shapes.append((index, tuple(item.bbox), "white" if white else "fill"))
        elif isinstance(item, LTImage):
            shapes.append((index, tuple(item.bbox), "image"))
    shapes += [(len(flat), box, "fill") for box in overlays or []]
    shape_index = [s[0] for s in shapes]
    covered: list[tuple[int, Any]] = []
    hidden: list[tuple[int, Any]] = []
    for index, (item, _parent) in enumerate(flat):
        if not isinstance(item, LTChar):
            continue
        box = tuple(item.bbox)
        area = (box[2] - box[0]) * (box[3] - box[1])
        if area <= 0 or _rotated(item):
            continue  # rotated glyphs are watermarks and stamps, not text someone tried to hide
        start = bisect.bisect_right(shape_index, index)
        if any(_overlap(box, s[1]) >= COVER_FRACTION * area for s in shapes[start:]):
            covered.append((index, item))
            continue
        under = [s for s in shapes[:start] if _overlap(box, s[1]) >= COVER_FRACTION * area]
        if getattr(item, "render_mode", 0) in (3, 7):
            # Invisible glyphs over a picture are an OCR layer (they repeat what the scan shows).
            if not under or under[-1][2] != "image":
                hidden.append((index, item))
        elif _is_white(getattr(item.graphicstate, "ncolor", None)):
            if not under or under[-1][2] == "white":
                hidden.append((index, item))
    removed = {id(item) for _i, item in covered + hidden}
    if removed:
        _remove(ltpage, removed)
    # a generous line margin keeps the lines of one table cell together (WeasyPrint tables)
    ltpage.analyze(LAParams(all_texts=True, line_margin=LINE_MARGIN))
    body = "".join(_texts(ltpage, LTTextContainer))
    return body, _runs(covered), _runs(hidden)


def _remove(container: Any, removed: set[int]) -> None:
    from pdfminer.layout import LTFigure

    container._objs = [o for o in container._objs if id(o) not in removed]
    for obj in container._objs:
        if isinstance(obj, LTFigure):
            _remove(obj, removed)


def _texts(container: Any, kind: type) -> Iterator[str]:
    from pdfminer.layout import LTFigure

    for obj in container:
        if isinstance(obj, kind):
            yield str(obj.get_text())  # type: ignore[attr-defined]
        elif isinstance(obj, LTFigure):
            yield from _texts(obj, kind)


def _runs(chars: list[tuple[int, Any]]) -> str:
    """Characters joined into lines: a new line where the stream order breaks or the line changes."""
    out: list[str] = []
    previous: tuple[int, Any] | None = None
    for index, char in chars:
        if previous is not None:
            p_index, p_char = previous
            same_line = abs(p_char.bbox[1] - char.bbox[1]) < 0.5 * max(char.height, 1)
            if index != p_index + 1 or not same_line:
                out.append("\n")
            elif char.bbox[0] - p_char.bbox[2] > 0.25 * max(char.width, 1) and not out[-1].endswith(" "):
                out.append(" ")
        out.append(char.get_text())
        previous = (index, char)
    if out:
        out.append("\n")
    return "".join(out)


def extract_pdf_bytes(data: bytes, name: str, depth: int = 0) -> Extracted:
    """Extract every text channel of a PDF given as bytes; ``name`` is the file name (a part of its own)."""
    result = Extracted()
    if name:
        result.parts.append(TextPart("filename", "filename", name))
    if len(data) > MAX_PDF_BYTES:
        result.problems.append(ExtractProblem(None, f"PDF is larger than {MAX_PDF_BYTES // (1024 * 1024)} MB"))
        return result
    if b"%PDF-" not in data[:1024]:
        result.problems.append(ExtractProblem(None, "not a PDF file (no %PDF- header)"))
        return result
    pdf = _Pdf(data, name, depth)
    try:
        pdf.run()
    except RecursionError:
        pdf.problem(None, "PDF is nested too deeply to inspect")
    result.parts += pdf.parts
    result.problems += pdf.problems
    return result

