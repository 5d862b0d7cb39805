"""ANO910–ANO919: the parts of a PDF that the anonymisation check could not turn into trustworthy text."""

from __future__ import annotations

from generator.findings import REGISTRY

_SRC = "casereview (fail closed: docs/checking.md, 'PDF files')"

for _code, _name, _summary, _doc in (
    (
        "ANO910",
        "pdf-inspection-limit",
        "A PDF exceeds an inspection limit (size, pages, objects, revisions, decoded stream bytes, attachments, XMP).",
        "The PDF reader refuses to decode more than its limits (listed in docs/checking.md) so that a "
        "compression bomb cannot exhaust the machine. What lies beyond a limit is not read, so the file "
        "fails the check. Remove the oversized part (an attachment, an embedded file, old revisions: "
        "re-export or 'save as' a fresh copy) and check again.",
    ),
    (
        "ANO911",
        "pdf-font-without-unicode",
        "PDF text uses a font with no Unicode map, so its words cannot be read.",
        "The glyphs on the page cannot be turned back into letters (extractors print them as "
        "'(cid:NN)' or glyph numbers), so a name in them would be missed. casereview reads such a page "
        "with OCR when Tesseract is installed; otherwise the page fails. Re-export the PDF with "
        "embedded fonts that carry their Unicode map (any current word processor does).",
    ),
    (
        "ANO912",
        "pdf-picture-of-text",
        "A PDF page is a scan, or holds a picture that may contain text, and OCR could not read it.",
        "A scanned page or an image of a letter, genogram or chart shows words that are not text. "
        "casereview reads them with Tesseract OCR when it is installed (`check --ocr` insists on it); "
        "without OCR, or when OCR fails or times out, the page fails the check. Install Tesseract, or "
        "replace the picture with text, or remove it.",
    ),
    (
        "ANO913",
        "pdf-content-not-read",
        "Part of a PDF page (page content, a tiling pattern, an annotation appearance) could not be read.",
        "Text can be drawn inside tiling patterns, form XObjects and annotation appearances as well as "
        "in the page content. casereview reads each of them; when one cannot be decoded the page "
        "fails the check. Re-export or print the PDF to a new PDF and check again.",
    ),
    (
        "ANO914",
        "pdf-hidden-objects-not-read",
        "A PDF keeps an earlier revision or objects outside its cross-reference table that could not be read.",
        "Incremental updates leave earlier revisions in the file, and a PDF can carry objects that no "
        "page or cross-reference table refers to; both still hold whatever text was in them. "
        "casereview compares every earlier revision and reads every stray object; when one cannot be "
        "read the file fails. Save a fresh copy (not an incremental save) and check again.",
    ),
):
    REGISTRY.register(_code, _name, "error", _summary, doc=_doc, source=_SRC)
