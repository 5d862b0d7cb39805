"""Text extraction from every part of a PDF (pages, metadata, annotations, attachments, revisions...); fails closed."""

from __future__ import annotations

import io
import logging
import time
from typing import Any

import pikepdf
import pypdfium2 as pdfium
import pypdfium2.raw as raw

from anonymise.extract import pdf_hidden, pdf_structure
from anonymise.extract.pdf_limits import LIMIT_CODE, MAX_PAGE_SECONDS, MAX_PAGES, MAX_PDF_BYTES, MAX_STREAM_BYTES, census, reachable_streams
from anonymise.extract.pdf_pages import Box, PageText, read_page
from anonymise.extract.safexml import UnsafeInput
from anonymise.types import Extracted, ExtractProblem, TextPart

for _noisy in ("pypdf", "pikepdf"):
    logging.getLogger(_noisy).setLevel(logging.ERROR)

OcrMode = str | bool  # "auto" (use Tesseract when installed), True (required), False (never)


class _Pdf:
    def __init__(self, data: bytes, name: str, depth: int, ocr: OcrMode) -> None:
        self.data = data
        self.name = name
        self.depth = depth
        self.ocr = ocr
        self.parts: list[TextPart] = []
        self.problems: list[ExtractProblem] = []
        self._attachment_names: list[str] = []
        self._plain: list[str] = []  # each page's text before covered and invisible glyphs were split off

    def add(self, part: str, channel: str, text: str, anchors: tuple[tuple[int, str], ...] = ()) -> None:
        if text.strip():
            self.parts.append(TextPart(part, channel, text, anchors))

    def problem(self, part: str | None, message: str, code: str = "ANO901") -> None:
        self.problems.append(ExtractProblem(part, message, code))

    # ------------------------------------------------------------------ driver

    def run(self) -> None:
        try:
            pdf = pikepdf.open(io.BytesIO(self.data), suppress_warnings=True)
        except pikepdf.PasswordError:
            self.problem(None, "PDF is encrypted with a password; check an unencrypted copy")
            return
        except Exception as exc:
            self.problem(None, f"PDF could not be parsed: {exc}")
            return
        with pdf:
            pages = len(pdf.pages)
            if pages > MAX_PAGES:
                self.problem(None, f"PDF has {pages:,} pages (limit {MAX_PAGES:,})", LIMIT_CODE)
                return
            found = census(pdf)
            if found.problem:
                self.problem(None, found.problem, LIMIT_CODE)
                return
            skip = self._oversize_pages(pdf, found.oversize)
            if found.oversize:
                self.problem(None, f"PDF has {len(found.oversize)} stream(s) that decode to more than the per-stream limit ({MAX_STREAM_BYTES // 2**20} MB)", LIMIT_CODE)
            try:
                overlays = pdf_structure.annotation_overlays(pdf)
            except Exception as exc:
                self.problem("pdf:annotations", f"annotations could not be read: {exc}")
                overlays = {}
            try:
                resources = pdf_structure.Resources(pdf, self, skip)
            except Exception as exc:
                self.problem(None, f"page resources could not be read: {exc}", "ANO913")
                return
            self._pages(_without(self.data, found.oversize), pages, overlays, skip, resources.unmapped_pages)
            steps = (
                ("info", lambda: pdf_structure.info(pdf, self)),
                ("xmp", lambda: pdf_structure.xmp(pdf, self)),
                ("annotations", lambda: pdf_structure.annotations(pdf, self)),
                ("attachments", lambda: pdf_structure.attachments(pdf, self, self._attachment_names)),
                ("outlines", lambda: pdf_structure.outlines(pdf, self)),
                ("forms", lambda: pdf_structure.forms(pdf, self)),
                ("actions", lambda: pdf_structure.actions(pdf, self)),
                ("patterns", lambda: pdf_structure.patterns(resources.patterns, self)),
                ("undrawn-forms", lambda: pdf_structure.undrawn(resources.undrawn, self)),
            )
            for name, step in steps:
                self._step(f"pdf:{name}", step)
            cache: dict[str, set[str]] = {}

            def known() -> set[str]:
                if "lines" not in cache:
                    cache["lines"] = pdf_hidden.final_lines([p.text for p in self.parts] + self._plain)
                return cache["lines"]

            graph = pdf_hidden.Graph(pdf, found.objects + 10_000)
            if not graph.complete:
                self.problem(None, "PDF object graph is too large to inspect completely", LIMIT_CODE)
            self.add("pdf:alt-text", "alt-text", pdf_structure.lines(graph.alt))
            if found.oversize:
                return  # earlier revisions and stray objects would be read from the unsanitised bytes
            accounted = self._step("pdf:revision", lambda: pdf_hidden.revisions(self.data, pdf, self, known))
            if accounted is not None:
                self._step("pdf:unreferenced", lambda: pdf_hidden.unreferenced(self.data, pdf, self, known, accounted, graph.reachable))

    def _step(self, part: str, step: Any) -> Any:
        try:
            return step()
        except UnsafeInput as exc:
            self.problem(exc.part, exc.message, getattr(exc, "code", "ANO901"))
        except RecursionError:
            self.problem(part, "nested too deeply to inspect", LIMIT_CODE)
        except Exception as exc:
            self.problem(part, f"could not be read completely: {exc}")
        return None

    def _oversize_pages(self, pdf: pikepdf.Pdf, oversize: set[tuple[int, int]]) -> set[int]:
        """Pages drawing a stream over the limit: never handed to PDFium, each one an ANO910."""
        if not oversize:
            return set()
        skip: set[int] = set()
        for number, page in enumerate(pdf.pages, start=1):
            if reachable_streams(page.obj) & oversize:
                skip.add(number)
                self.problem(f"pdf:page={number}", "page content decodes to more than the per-stream limit; it was not read", LIMIT_CODE)
        return skip

    # ------------------------------------------------------------------ page text

    def _pages(self, data: bytes, expected: int, overlays: dict[int, list[Box]], skip: set[int], unmapped_fonts: set[int]) -> None:
        try:
            doc = pdfium.PdfDocument(data)
        except Exception as exc:
            self.problem(None, f"PDF page text could not be read: {exc}")
            return
        try:
            tagged = bool(raw.FPDFCatalog_IsTagged(doc.raw))
            if len(doc) != expected:
                self.problem(None, f"only {min(len(doc), expected)} of {expected} pages could be read")
            ocr_jobs: list[tuple[int, list[Box], str]] = []
            started = time.monotonic()
            for index in range(min(len(doc), expected)):
                number = index + 1
                if number in skip:
                    continue
                part = f"pdf:page={number}"
                if time.monotonic() - started > MAX_PAGE_SECONDS:
                    self.problem(part, f"pages from here on were not read: reading took longer than {MAX_PAGE_SECONDS} s (limit)", LIMIT_CODE)
                    break
                try:
                    page = doc[index]
                except Exception as exc:
                    self.problem(part, f"page could not be read: {exc}", "ANO913")
                    continue
                try:
                    result = read_page(page, overlays.get(number, []), number in unmapped_fonts, tagged)
                    mediabox = tuple(page.get_mediabox())
                except Exception as exc:
                    self.problem(part, f"page text could not be read: {exc}", "ANO913")
                    continue
                finally:
                    page.close()
                self._page_parts(number, result)
                if result.unmapped:
                    ocr_jobs.append((number, [mediabox], "font"))  # read the page from its picture
                elif result.ocr_boxes:
                    ocr_jobs.append((number, result.ocr_boxes, "scan" if result.image_only else "picture"))
            if ocr_jobs:
                self._ocr(doc, ocr_jobs)
        finally:
            doc.close()

    def _page_parts(self, number: int, result: PageText) -> None:
        part = f"pdf:page={number}"
        anchor = ((0, f"page {number}"),)
        self.add(part, "body", result.body, anchor)
        self._plain.append(result.plain)
        self.add(f"{part}#covered-text", "covered-text", result.covered, anchor)
        self.add(f"{part}#hidden", "hidden", result.hidden, anchor)
        for message, code in result.problems:
            self.problem(part, message, code)

    def _ocr(self, doc: Any, jobs: list[tuple[int, list[Box], str]]) -> None:
        """OCR image-only pages, pictures and pages in fonts without a Unicode map; fail each page otherwise."""
        from anonymise.extract import pdf_ocr

        what = {
            "font": ("page text uses a font without a Unicode map, so it reads as glyph numbers", "ANO911"),
            "scan": ("page is a picture (a scan) with no text layer", "ANO912"),
            "picture": ("page has a picture that may hold text", "ANO912"),
        }

        def fail(number: int, kind: str, why: str) -> None:
            message, code = what[kind]
            self.problem(f"pdf:page={number}", f"{message}; {why}", code)

        images: list[Any] = []
        owners: list[tuple[int, str]] = []
        for number, boxes, kind in jobs:
            if len(images) >= pdf_ocr.MAX_OCR_IMAGES:
                fail(number, kind, f"more than {pdf_ocr.MAX_OCR_IMAGES} pictures to OCR in one file (limit)")
                continue
            try:
                crops = _crops(doc[number - 1], boxes)
            except Exception as exc:
                fail(number, kind, f"it could not be rendered for OCR ({exc})")
                continue
            for crop in crops:
                if kind == "font" or pdf_ocr.may_hold_text(crop):
                    images.append(crop)
                    owners.append((number, kind))
        if not images:
            return
        use = self.ocr is True or (self.ocr == "auto" and pdf_ocr.available())
        if not use:
            for number, kind in dict.fromkeys(owners):
                fail(number, kind, "install Tesseract (it is then used automatically) to read it, or remove it" if self.ocr == "auto" else "OCR is turned off")
            return
        try:
            texts = pdf_ocr.ocr_images(images)
        except pdf_ocr.OcrFailed as exc:
            for number, kind in dict.fromkeys(owners):
                fail(number, kind, f"OCR failed: {exc}")
            return
        by_page: dict[int, list[str]] = {}
        for (number, _whole), text in zip(owners, texts):
            by_page.setdefault(number, []).append(text)
        for number, texts_ in by_page.items():
            text = "\n".join(t.strip() for t in texts_ if t.strip())
            self.add(f"pdf:page={number}#ocr", "body", text + "\n" if text else "", ((0, f"page {number}, text read from a picture"),))


def _without(data: bytes, oversize: set[tuple[int, int]]) -> bytes:
    """The file with every stream over the limit emptied, for PDFium (which decodes some at load)."""
    if not oversize:
        return data
    with pikepdf.open(io.BytesIO(data), suppress_warnings=True) as pdf:
        for objgen in oversize:
            stream = pdf.get_object(objgen)
            if isinstance(stream, pikepdf.Stream):
                stream.write(b"")
        out = io.BytesIO()
        pdf.save(out, stream_decode_level=pikepdf.StreamDecodeLevel.none, fix_metadata_version=False, compress_streams=False)
    return out.getvalue()


def _crops(page: Any, boxes: list[Box]) -> list[Any]:
    """Each box of the page rendered in grey for OCR (numpy arrays; boxes in PDF points)."""
    from anonymise.extract.pdf_limits import MAX_IMAGE_PIXELS
    from anonymise.extract.pdf_ocr import OCR_DPI

    x0, y0, x1, y1 = page.get_mediabox()
    crops = []
    for left, bottom, right, top in boxes:
        width, height = max(right - left, 1.0), max(top - bottom, 1.0)
        scale = OCR_DPI / 72
        if width * height * scale * scale > MAX_IMAGE_PIXELS:
            scale = (MAX_IMAGE_PIXELS / (width * height)) ** 0.5
        # crop: what to cut from each side (left, bottom, right, top), a point inside the edge so
        # that the page around the picture does not count as its contrast
        inset = 0.0 if (left, bottom, right, top) == (x0, y0, x1, y1) else 1.0
        crop = (left - x0 + inset, bottom - y0 + inset, x1 - right + inset, y1 - top + inset)
        bitmap = page.render(scale=scale, crop=tuple(max(0.0, c) for c in crop), may_draw_forms=True, grayscale=True)
        crops.append(bitmap.to_numpy().copy())
        bitmap.close()
    return crops


def extract_pdf_bytes(data: bytes, name: str, depth: int = 0, ocr: OcrMode = "auto") -> Extracted:
    """Extract every text channel of a PDF given as bytes; ``name`` is the file name (a part of its own).

    ``ocr``: "auto" reads pictures of text with Tesseract when it is installed, True requires it,
    False never uses it (a page that only a picture shows then fails the check, ANO912).
    """
    result = Extracted()
    if name:
        result.parts.append(filename_part(name))
    if len(data) > MAX_PDF_BYTES:
        result.problems.append(ExtractProblem(None, f"PDF is larger than {MAX_PDF_BYTES // (1024 * 1024)} MB (limit)", LIMIT_CODE))
        return result
    if b"%PDF-" not in data[:1024]:
        result.problems.append(ExtractProblem(None, "not a PDF file (no %PDF- header)"))
        return result
    pdf = _Pdf(data, name, depth, ocr)
    try:
        pdf.run()
    except RecursionError:
        pdf.problem(None, "PDF is nested too deeply to inspect", LIMIT_CODE)
    result.parts += pdf.parts
    result.problems += pdf.problems
    return result


def filename_part(name: str) -> TextPart:
    """The file name as a part, separators read as spaces and words capitalised so names in it are found.

    ``cspr-final-perpetua-quenby.pdf`` is analysed as ``Cspr Final Perpetua Quenby    `` (same length,
    so offsets still point into the name); the anchor quotes nothing.
    """
    import re

    stem_end = name.rfind(".") if "." in name[1:] else len(name)
    text = name[:stem_end] + " " * (len(name) - stem_end)
    text = re.sub(r"[_\-.+~]", " ", text)
    text = re.sub(r"[^\W\d_]+", lambda m: m.group(0) if m.group(0).lower() in _FILENAME_WORDS
                  else m.group(0)[:1].upper() + m.group(0)[1:], text)
    return TextPart("filename", "filename", text, ((0, "file name"),))


# document words of file names stay lower case: "lcspr-child-a-final" is not read as a name "Final"
_FILENAME_WORDS = frozenset(
    "final draft report review version summary executive public published redacted edition english welsh "
    "cymraeg child young person baby lcspr cspr cmr susr cpr rapid overview action plan appendix annex "
    "learning local national practice safeguarding case management unified single copy web print cy en".split()
)
