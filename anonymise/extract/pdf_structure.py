"""PDF channels outside the page text, read with pikepdf: metadata, annotations, attachments, forms, actions."""

from __future__ import annotations

import html
import re
from typing import Any, Protocol

import pikepdf

from anonymise.extract.docx import xmp_values
from anonymise.extract.pdf_limits import MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, MAX_DEPTH, MAX_XMP_BYTES, OverLimit, inflate
from anonymise.extract.pdf_streams import SHOWS_TEXT, stream_texts
from anonymise.extract.safexml import parse_xml

TEXT_ATTACHMENT = re.compile(r"\.(txt|text|md|markdown|csv|tsv|json|xml|yaml|yml|html?|rtf|log|ics|vcf)$", re.I)
INFO_SKIP = {"/CreationDate", "/ModDate", "/Trapped"}
VISIBLE = {"body", "header", "footer", "footnote", "endnote", "textbox", "alt-text"}
_APPEARANCE_SKIP = {"Popup"}
_WALK_LIMIT = 200_000
Box = tuple[float, float, float, float]


class Sink(Protocol):
    """Where a reader puts what it found (the PDF being extracted)."""

    depth: int
    ocr: str | bool

    def add(self, part: str, channel: str, text: str, anchors: tuple[tuple[int, str], ...] = ()) -> None: ...

    def problem(self, part: str | None, message: str, code: str = "ANO901") -> None: ...


def s(value: Any) -> str:
    """A PDF object as readable text."""
    if isinstance(value, pikepdf.String):
        return str(value)
    if isinstance(value, pikepdf.Name):
        return str(value)[1:]
    if isinstance(value, pikepdf.Array):
        return " ".join(s(v) for v in value)
    if isinstance(value, (int, float, bool)):
        return str(value)
    try:
        return str(value)
    except Exception:
        return ""


def lines(values: list[str]) -> str:
    """Distinct non-blank values, one a line, whitespace collapsed."""
    seen: dict[str, None] = {}
    for value in values:
        value = " ".join(value.split())
        if value:
            seen.setdefault(value, None)
    return "".join(v + "\n" for v in seen)


def strip_markup(rich: str) -> str:
    """Rich text (XHTML) as plain text."""
    return html.unescape(re.sub(r"<[^>]*>", " ", rich))


# ---------------------------------------------------------------------- metadata


def info(pdf: pikepdf.Pdf, out: Sink) -> None:
    """The Info dictionary (dates left out)."""
    values = [f"{str(key)[1:]}: {s(value)}" for key, value in pdf.docinfo.items() if str(key) not in INFO_SKIP]
    out.add("pdf:info", "metadata", lines(values))


def xmp(pdf: pikepdf.Pdf, out: Sink) -> None:
    """Every value of the XMP packet (decoded under MAX_XMP_BYTES)."""
    meta = pdf.Root.get("/Metadata")
    if not isinstance(meta, pikepdf.Stream):
        return
    try:
        data = inflate(meta, MAX_XMP_BYTES)
    except OverLimit:
        out.problem("pdf:xmp", f"XMP metadata decodes to more than {MAX_XMP_BYTES // 2**20} MB (limit)", "ANO910")
        return
    if data.strip():
        out.add("pdf:xmp", "metadata", lines(xmp_values(parse_xml(data, "pdf:xmp"))))


# ---------------------------------------------------------------------- annotations


def annotation_overlays(pdf: pikepdf.Pdf) -> dict[int, list[Box]]:
    """Per page, the boxes of annotations a viewer paints opaquely over the page (filled squares, stamps, redaction marks)."""
    out: dict[int, list[Box]] = {}
    for number, page in enumerate(pdf.pages, start=1):
        annots = page.obj.get("/Annots")
        if not isinstance(annots, pikepdf.Array):
            continue
        for annot in annots:
            if not isinstance(annot, pikepdf.Dictionary):
                continue
            subtype = s(annot.get("/Subtype", ""))
            filled = isinstance(annot.get("/IC"), pikepdf.Array) and len(annot["/IC"]) > 0
            if not (subtype == "Stamp" or (subtype in ("Square", "Redact", "Polygon") and filled)):
                continue
            try:
                x0, y0, x1, y1 = (float(v) for v in annot["/Rect"])
            except Exception:
                continue
            out.setdefault(number, []).append((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)))
    return out


def annotations(pdf: pikepdf.Pdf, out: Sink) -> None:
    """Notes, authors, rich text, link targets and appearance-stream text of every page's annotations."""
    notes: dict[int, list[str]] = {}
    links: dict[int, list[str]] = {}
    appearances: list[tuple[int, Any]] = []
    for number, page in enumerate(pdf.pages, start=1):
        annots = page.obj.get("/Annots")
        if not isinstance(annots, pikepdf.Array):
            continue
        page_notes = notes.setdefault(number, [])
        page_links = links.setdefault(number, [])
        for annot in list(annots)[:10_000]:
            if not isinstance(annot, pikepdf.Dictionary):
                continue
            subtype = s(annot.get("/Subtype", ""))
            page_links += action_strings(annot.get("/A"))
            aa = annot.get("/AA")
            if isinstance(aa, pikepdf.Dictionary):
                for value in aa.values():
                    page_links += action_strings(value)
            # a widget's own values too: one the AcroForm does not list is read nowhere else
            keys = ("/T", "/TU", "/V", "/DV", "/Contents") if subtype == "Widget" else ("/Contents",) if subtype == "Link" else ("/T", "/Contents", "/Subj", "/OverlayText", "/TU")
            for key in keys:
                if key in annot and not isinstance(annot[key], (pikepdf.Dictionary, pikepdf.Stream, pikepdf.Array)):
                    page_notes.append(s(annot[key]))
            if "/RC" in annot:
                rich = annot["/RC"]
                try:
                    page_notes.append(strip_markup(inflate(rich).decode("utf-8", "replace") if isinstance(rich, pikepdf.Stream) else s(rich)))
                except OverLimit:
                    out.problem(f"pdf:page={number}:annotations", "annotation rich text is larger than the limit", "ANO910")
            if subtype == "FileAttachment" and "/FS" in annot:
                file_spec(annot["/FS"], f"pdf:page={number}:annotations", out)
            if subtype not in _APPEARANCE_SKIP:
                ap = annot.get("/AP")
                normal = ap.get("/N") if isinstance(ap, pikepdf.Dictionary) else None
                if isinstance(normal, pikepdf.Stream):
                    appearances.append((number, normal))
                elif isinstance(normal, pikepdf.Dictionary):
                    appearances += [(number, v) for v in list(normal.values())[:20] if isinstance(v, pikepdf.Stream)]
    if appearances:
        texts = stream_texts([(stream, None) for _n, stream in appearances])
        for (number, _stream), text in zip(appearances, texts):
            if text is None:
                out.problem(f"pdf:page={number}:annotations", "annotation appearance could not be read", "ANO913")
                continue
            if text.unmapped:
                out.problem(f"pdf:page={number}:annotations", "annotation appearance uses a font without a Unicode map, so its text cannot be read", "ANO911")
            notes.setdefault(number, []).append(text.text)
    for number in sorted(set(notes) | set(links)):
        out.add(f"pdf:page={number}:annotations", "annotation", lines(notes.get(number, [])))
        out.add(f"pdf:page={number}:links", "hyperlink", lines(links.get(number, [])))


def action_strings(action: Any, limit: int = 100) -> list[str]:
    """Targets and scripts of an action and its /Next chain: URI, file, launch parameters, JavaScript."""
    found: list[str] = []
    seen: set[tuple[int, int]] = set()
    stack = [action]
    while stack and limit > 0:
        limit -= 1
        node = stack.pop()
        if isinstance(node, pikepdf.Array):
            stack.extend(list(node)[:100])
            continue
        if not isinstance(node, pikepdf.Dictionary):
            continue
        if node.is_indirect:
            if node.objgen in seen:
                continue
            seen.add(node.objgen)
        for key in ("/URI", "/F", "/D", "/JS", "/Win", "/Mac", "/Unix", "/P", "/N", "/Dest"):
            value = node.get(key)
            if value is None:
                continue
            if isinstance(value, pikepdf.Stream):
                try:
                    found.append(inflate(value).decode("utf-8", "replace") if key == "/JS" else "")
                except OverLimit:
                    found.append("")
            elif isinstance(value, pikepdf.Dictionary):
                stack.append(value)  # a file specification or launch parameters
            elif isinstance(value, (pikepdf.String, pikepdf.Name)) and key != "/N":
                found.append(s(value))
        for key in ("/UF", "/DOS"):
            if isinstance(node.get(key), pikepdf.String):
                found.append(s(node[key]))
        nxt = node.get("/Next")
        if nxt is not None:
            stack.append(nxt)
    return [f for f in found if f.strip()]


def actions(pdf: pikepdf.Pdf, out: Sink) -> None:
    """Document-level actions and scripts: OpenAction, additional actions, named JavaScript."""
    values: list[str] = []
    root = pdf.Root
    values += action_strings(root.get("/OpenAction"))
    for holder in (root, *[p.obj for p in pdf.pages]):
        aa = holder.get("/AA")
        if isinstance(aa, pikepdf.Dictionary):
            for value in aa.values():
                values += action_strings(value)
    names = root.get("/Names")
    if isinstance(names, pikepdf.Dictionary):
        js = names.get("/JavaScript")
        if isinstance(js, pikepdf.Dictionary):
            try:
                tree = pikepdf.NameTree(js)
                for key, value in list(tree.items())[:10_000]:
                    values.append(str(key))
                    values += action_strings(value)
            except Exception as exc:
                out.problem("pdf:actions", f"named JavaScript could not be read: {exc}", "ANO913")
    out.add("pdf:actions", "hyperlink", lines(values))


# ---------------------------------------------------------------------- attachments


def attachments(pdf: pikepdf.Pdf, out: Sink, names: list[str]) -> None:
    """Embedded files: names, descriptions and (text, PDF, DOCX) content."""
    items = list(pdf.attachments.items())
    if len(items) > MAX_ATTACHMENTS:
        out.problem("pdf:attachments", f"PDF has {len(items)} attachments (limit {MAX_ATTACHMENTS})", "ANO910")
        items = items[:MAX_ATTACHMENTS]
    for key, spec in items:
        names.append(str(key))
        file_spec(spec.obj, "pdf:attachments", out, key=str(key), names=names)
    out.add("pdf:attachments", "attachment", lines(names))


def file_spec(spec: Any, where: str, out: Sink, key: str | None = None, names: list[str] | None = None) -> None:
    """One file specification: its name and description (to ``names``) and its content."""
    names = names if names is not None else []
    if not isinstance(spec, pikepdf.Dictionary):
        out.problem(where, "attachment has an unreadable file specification")
        return
    filename = ""
    for k in ("/UF", "/F"):
        if k in spec and not isinstance(spec[k], (pikepdf.Dictionary, pikepdf.Array)):
            filename = s(spec[k])
            break
    filename = filename or key or "attachment"
    names.append(filename)
    if "/Desc" in spec:
        names.append(s(spec["/Desc"]))
    if where != "pdf:attachments":
        out.add(f"{where}#attachment", "attachment", lines([filename, s(spec.get("/Desc", ""))]))
    ef = spec.get("/EF")
    stream = None
    if isinstance(ef, pikepdf.Dictionary):
        stream = ef.get("/UF") or ef.get("/F")
    part = f"pdf:attachment={filename}"
    if not isinstance(stream, pikepdf.Stream):
        return
    try:
        content = inflate(stream, MAX_ATTACHMENT_BYTES)
    except OverLimit:
        out.problem(part, f"attachment decodes to more than {MAX_ATTACHMENT_BYTES // 2**20} MB (limit); remove it", "ANO910")
        return
    except Exception as exc:
        out.problem(part, f"attachment could not be read: {exc}")
        return
    attachment_content(filename, part, content, out)


def attachment_content(filename: str, part: str, content: bytes, out: Sink) -> None:
    """Text attachments as text; PDF and DOCX attachments extracted recursively; anything else fails."""
    from anonymise.extract.text import decode_text

    lower = filename.lower()
    if TEXT_ATTACHMENT.search(lower):
        inner = decode_text(content)
    elif lower.endswith((".pdf", ".docx", ".docm", ".dotx")) or content[:5] == b"%PDF-":
        if out.depth >= MAX_DEPTH:
            out.problem(part, "attachment is nested too deeply to inspect", "ANO910")
            return
        if lower.endswith(".pdf") or content[:5] == b"%PDF-":
            from anonymise.extract.pdf import extract_pdf_bytes

            inner = extract_pdf_bytes(content, "", out.depth + 1, ocr=out.ocr)
        else:
            from anonymise.extract.docx import extract_docx_bytes

            inner = extract_docx_bytes(content, "")
    else:
        out.problem(part, "attachment is not a text, PDF or DOCX file and cannot be inspected; remove it")
        return
    # What a reader of the attachment would see is still hidden from a reader of this PDF.
    for text_part in inner.parts:
        channel = "attachment" if text_part.channel in VISIBLE else text_part.channel
        out.add(f"{part}/{text_part.part}" if text_part.part else part, channel, text_part.text)
    for problem in inner.problems:
        out.problem(f"{part}/{problem.part}" if problem.part else part, problem.message, problem.code)


# ---------------------------------------------------------------------- outlines and forms


def outlines(pdf: pikepdf.Pdf, out: Sink) -> None:
    """Bookmark titles (and their actions)."""
    titles: list[str] = []
    targets: list[str] = []
    with pdf.open_outline() as outline:
        stack = list(reversed(outline.root))
        seen = 0
        while stack and seen < 100_000:
            item = stack.pop()
            seen += 1
            titles.append(item.title or "")
            if item.action is not None:
                targets += action_strings(item.action)
            stack.extend(reversed(list(item.children)))
    out.add("pdf:outlines", "outline", lines(titles))
    out.add("pdf:outlines#hyperlink", "hyperlink", lines(targets))


def forms(pdf: pikepdf.Pdf, out: Sink) -> None:
    """Form fields (qualified names, tooltips, values, options, actions) and XFA text."""
    acro = pdf.Root.get("/AcroForm")
    if not isinstance(acro, pikepdf.Dictionary):
        return
    found: list[str] = []
    targets: list[str] = []
    visited: set[tuple[int, int]] = set()
    stack: list[tuple[Any, str]] = [(f, "") for f in reversed(list(acro.get("/Fields", [])))]
    steps = 0
    while stack and steps < _WALK_LIMIT:
        steps += 1
        field, prefix = stack.pop()
        if not isinstance(field, pikepdf.Dictionary):
            continue
        if field.is_indirect:
            if field.objgen in visited:
                continue
            visited.add(field.objgen)
        name = prefix
        if "/T" in field:
            name = f"{prefix}.{s(field['/T'])}" if prefix else s(field["/T"])
        values = [s(field[k]) for k in ("/TU", "/TM", "/V", "/DV") if k in field and not isinstance(field[k], (pikepdf.Dictionary, pikepdf.Stream))]
        for k in ("/V", "/RV"):
            if isinstance(field.get(k), pikepdf.Stream):
                try:
                    values.append(strip_markup(inflate(field[k]).decode("utf-8", "replace")))
                except OverLimit:
                    out.problem("pdf:forms", "form field value is larger than the limit", "ANO910")
        if "/Opt" in field:
            values.append(s(field["/Opt"]))
        if name or values:
            found.append(f"{name}: {' | '.join(v for v in values if v)}" if values else name)
        targets += action_strings(field.get("/A"))
        aa = field.get("/AA")
        if isinstance(aa, pikepdf.Dictionary):
            for value in aa.values():
                targets += action_strings(value)
        stack.extend((kid, name) for kid in reversed(list(field.get("/Kids", []))))
    xfa = acro.get("/XFA")
    if xfa is not None:
        streams = [xfa] if isinstance(xfa, pikepdf.Stream) else [x for x in xfa if isinstance(x, pikepdf.Stream)] if isinstance(xfa, pikepdf.Array) else []
        for stream in streams:
            try:
                data = inflate(stream).strip()
            except OverLimit:
                out.problem("pdf:forms", "XFA form is larger than the limit", "ANO910")
                continue
            if data:
                root = parse_xml(data, "pdf:forms")
                found += [t for t in root.itertext() if t.strip()]
    out.add("pdf:forms", "form-field", lines(found))
    out.add("pdf:forms#hyperlink", "hyperlink", lines(targets))


# ---------------------------------------------------------------------- resources: fonts and patterns

_STANDARD_ENCODINGS = {"/WinAnsiEncoding", "/MacRomanEncoding", "/StandardEncoding", "/PDFDocEncoding"}
_STANDARD_14 = {
    "/Helvetica", "/Helvetica-Bold", "/Helvetica-Oblique", "/Helvetica-BoldOblique", "/Times-Roman", "/Times-Bold",
    "/Times-Italic", "/Times-BoldItalic", "/Courier", "/Courier-Bold", "/Courier-Oblique", "/Courier-BoldOblique",
    "/Symbol", "/ZapfDingbats", "/Arial", "/ArialMT", "/TimesNewRoman", "/TimesNewRomanPSMT",
}


def font_may_be_unmapped(font: Any) -> bool:
    """A font whose glyphs PDFium may not map to Unicode: no /ToUnicode and no standard encoding."""
    if not isinstance(font, pikepdf.Dictionary) or "/ToUnicode" in font:
        return False
    subtype = str(font.get("/Subtype", ""))
    if subtype == "/Type0":
        encoding = font.get("/Encoding")
        # predefined Unicode CMaps (UniGB-UCS2-H, UniJIS-UTF16-H...) map by themselves
        return not (isinstance(encoding, pikepdf.Name) and str(encoding).startswith("/Uni"))
    encoding = font.get("/Encoding")
    if isinstance(encoding, pikepdf.Name) and str(encoding) in _STANDARD_ENCODINGS:
        return False
    if encoding is None and str(font.get("/BaseFont", "")).split("+")[-1] in {n[1:] for n in _STANDARD_14} | _STANDARD_14:
        return False
    if isinstance(encoding, pikepdf.Dictionary) and "/Differences" not in encoding:
        return False
    return True


_DRAWS = re.compile(rb"/([^\s/\[\]()<>{}%]+)\s*Do(?![A-Za-z])")


class Resources:
    """Per page: whether it uses a font that may lack a Unicode map, the tiling patterns that draw
    text, and the form XObjects holding text that the page lists but never draws."""

    def __init__(self, pdf: pikepdf.Pdf, out: Sink, skip: set[int]) -> None:
        self.unmapped_pages: set[int] = set()
        self.patterns: list[tuple[int, Any]] = []
        self.undrawn: list[tuple[int, Any]] = []
        memo: dict[tuple[int, int], tuple[bool, list[Any]]] = {}
        self._steps = 0
        self._out = out
        visited: set[tuple[int, int]] = set()
        for number, page in enumerate(pdf.pages, start=1):
            if number in skip:
                continue
            try:
                contents = page.obj.get("/Contents")
                streams = [contents] if isinstance(contents, pikepdf.Stream) else list(contents) if isinstance(contents, pikepdf.Array) else []
                content = b"\n".join(inflate(c) for c in streams if isinstance(c, pikepdf.Stream))
            except Exception:  # over the limit (the census reports it) or undecodable (the page reader does)
                content = b""
            self._undrawn(page.obj.get("/Resources"), content, number, 0, visited)
            unmapped, patterns = self._scan(page.obj.get("/Resources"), memo, number, 0)
            if unmapped:
                self.unmapped_pages.add(number)
            seen: set[tuple[int, int]] = set()
            for pattern in patterns:
                if pattern.objgen not in seen:
                    seen.add(pattern.objgen)
                    self.patterns.append((number, pattern))

    def _undrawn(self, resources: Any, content: bytes, number: int, depth: int, visited: set[tuple[int, int]]) -> None:
        """Forms with text in ``resources`` that ``content`` never draws; descend into drawn ones."""
        entries = resources.get("/XObject") if isinstance(resources, pikepdf.Dictionary) else None
        if not isinstance(entries, pikepdf.Dictionary) or depth > 12 or self._steps > 200_000:
            return
        drawn = {m.group(1).decode("latin-1") for m in _DRAWS.finditer(content)}
        for name, form in list(entries.items())[:1_000]:
            self._steps += 1
            if not isinstance(form, pikepdf.Stream) or str(form.get("/Subtype", "")) != "/Form" or form.objgen in visited:
                continue
            try:
                data = inflate(form)
            except Exception:
                continue  # over the limit (the census reports it) or undecodable
            if str(name)[1:] not in drawn:
                if SHOWS_TEXT.search(data):
                    self.undrawn.append((number, form))
                continue
            visited.add(form.objgen)
            self._undrawn(form.get("/Resources"), data, number, depth + 1, visited)

    def _scan(self, resources: Any, memo: dict[tuple[int, int], tuple[bool, list[Any]]], number: int, depth: int) -> tuple[bool, list[Any]]:
        if not isinstance(resources, pikepdf.Dictionary) or depth > 12 or self._steps > 200_000:
            return False, []
        key = resources.objgen if resources.is_indirect else None
        if key is not None:
            if key in memo:
                return memo[key]
            memo[key] = (False, [])  # a resource loop reads as empty
        self._steps += 1
        unmapped = False
        patterns: list[Any] = []
        fonts = resources.get("/Font")
        if isinstance(fonts, pikepdf.Dictionary):
            for font in list(fonts.values())[:1_000]:
                if font_may_be_unmapped(font):
                    unmapped = True
                if isinstance(font, pikepdf.Dictionary) and str(font.get("/Subtype", "")) == "/Type3":
                    inner, found = self._scan(font.get("/Resources"), memo, number, depth + 1)
                    unmapped |= inner
                    patterns += found
        for group in ("/Pattern", "/XObject"):
            entries = resources.get(group)
            if not isinstance(entries, pikepdf.Dictionary):
                continue
            for value in list(entries.values())[:1_000]:
                if not isinstance(value, pikepdf.Stream):
                    continue
                self._steps += 1
                if group == "/Pattern" and int(value.get("/PatternType", 0)) == 1:
                    try:
                        data = inflate(value)
                    except OverLimit:
                        self._out.problem(f"pdf:page={number}", "a tiling pattern is larger than the limit", "ANO910")
                        continue
                    except Exception:
                        self._out.problem(f"pdf:page={number}", "a tiling pattern could not be decoded", "ANO913")
                        continue
                    if SHOWS_TEXT.search(data):
                        patterns.append(value)
                if group == "/Pattern" or str(value.get("/Subtype", "")) == "/Form":
                    inner, found = self._scan(value.get("/Resources"), memo, number, depth + 1)
                    unmapped |= inner
                    patterns += found
        if key is not None:
            memo[key] = (unmapped, patterns)
        return unmapped, patterns


def undrawn(found: list[tuple[int, Any]], out: Sink) -> None:
    """Text of form XObjects a page lists among its resources but never draws (no reader sees it)."""
    if not found:
        return
    by_page: dict[int, list[str]] = {}
    for (number, _form), text in zip(found, stream_texts([(form, None) for _n, form in found])):
        if text is None or not text.text.strip():
            out.problem(f"pdf:page={number}", "page lists a form with text that it never draws, and the form could not be read", "ANO913")
            continue
        by_page.setdefault(number, []).append(text.text)
    for number, texts_ in by_page.items():
        out.add(f"pdf:page={number}#hidden-form", "hidden", lines(texts_), ((0, f"page {number}, form never drawn"),))


def patterns(found: list[tuple[int, Any]], out: Sink) -> None:
    """Text drawn inside tiling patterns (PDFium paints them but does not read their text)."""
    if not found:
        return
    texts = stream_texts([(stream, None) for _n, stream in found])
    by_page: dict[int, list[str]] = {}
    for (number, _stream), text in zip(found, texts):
        if text is None or (not text.text.strip()):
            out.problem(f"pdf:page={number}", "page draws text inside a tiling pattern that could not be read", "ANO913")
            continue
        if text.unmapped:
            out.problem(f"pdf:page={number}", "text inside a tiling pattern uses a font without a Unicode map, so it cannot be read", "ANO911")
        by_page.setdefault(number, []).append(text.text)
    for number, texts_ in by_page.items():
        out.add(f"pdf:page={number}#pattern", "body", lines(texts_), ((0, f"page {number}, tiling pattern"),))
