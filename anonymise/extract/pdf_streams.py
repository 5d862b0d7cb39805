"""Text drawn by streams outside the page content (appearances, tiling patterns, orphan pages), read with PDFium."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Any

import pikepdf
import pypdfium2 as pdfium
import pypdfium2.raw as raw

from anonymise.extract.pdf_limits import inflate

# a string operand followed by a text-showing operator
SHOWS_TEXT = re.compile(rb"[)>\]]\s*(?:Tj|TJ|'|\")(?![A-Za-z])")
_PATTERN_KEYS = ("/PatternType", "/PaintType", "/TilingType", "/XStep", "/YStep", "/Matrix")  # not a form's


@dataclass
class StreamText:
    """The text one stream draws; ``unmapped`` counts glyphs of fonts without a Unicode map."""

    text: str
    unmapped: int


def _box(value: Any) -> list[float]:
    try:
        x0, y0, x1, y1 = (float(v) for v in value)
    except Exception:
        return [0.0, 0.0, 612.0, 792.0]
    x0, x1 = sorted((x0, x1))
    y0, y1 = sorted((y0, y1))
    if x1 - x0 < 1 or y1 - y0 < 1:
        return [0.0, 0.0, 612.0, 792.0]
    return [x0, y0, min(x1, x0 + 14_400), min(y1, y0 + 14_400)]


def _resources(out: pikepdf.Pdf, fonts: dict[str, Any]) -> pikepdf.Dictionary:
    copied = {}
    for name, font in fonts.items():
        try:
            copied[name] = out.copy_foreign(font)
        except Exception:
            continue
    return pikepdf.Dictionary({"/Font": pikepdf.Dictionary(copied)})


def stream_texts(items: list[tuple[Any, Any]]) -> list[StreamText | None]:
    """The text drawn by each ``(stream_or_page, fallback_resources)``: one PDF of one page per item.

    A form-like stream (appearance, tiling pattern) becomes a form XObject drawn on its page; a page
    dictionary is copied with its contents. ``fallback_resources`` (font name -> font, or None)
    supplies fonts to a bare content stream. None where the item could not be read.
    """
    if not items:
        return []
    out = pikepdf.new()
    made: list[bool] = []
    for item, fallback in items:
        try:
            if isinstance(item, pikepdf.Dictionary) and str(item.get("/Type", "")) == "/Page":
                out.pages.append(pikepdf.Page(item))
                page = out.pages[-1].obj
                for key in ("/Annots", "/B", "/StructParents"):
                    if key in page:
                        del page[key]
                if "/MediaBox" not in page:
                    page["/MediaBox"] = pikepdf.Array([0, 0, 612, 792])
                if "/Resources" not in page and fallback:
                    page["/Resources"] = _resources(out, fallback)
                made.append(True)
                continue
            inflate(item)  # refuses a stream over the limit before anything copies it
            form = out.copy_foreign(item if item.is_indirect else out.make_indirect(item))
            for key in _PATTERN_KEYS:
                if key in form:
                    del form[key]
            form["/Type"] = pikepdf.Name.XObject
            form["/Subtype"] = pikepdf.Name.Form
            bbox = _box(item.get("/BBox", [0, 0, 612, 792]))
            form["/BBox"] = pikepdf.Array(bbox)
            if "/Resources" not in form and fallback:
                form["/Resources"] = _resources(out, fallback)
            content = out.make_stream(b"q /X0 Do Q")
            page = pikepdf.Dictionary(
                {
                    "/Type": pikepdf.Name.Page,
                    "/MediaBox": pikepdf.Array(bbox),
                    "/Contents": content,
                    "/Resources": pikepdf.Dictionary({"/XObject": pikepdf.Dictionary({"/X0": form})}),
                }
            )
            out.pages.append(pikepdf.Page(out.make_indirect(page)))
            made.append(True)
        except Exception:
            made.append(False)
    if not any(made):
        return [None] * len(items)
    buffer = io.BytesIO()
    out.save(buffer)
    doc = pdfium.PdfDocument(buffer.getvalue())
    results: list[StreamText | None] = []
    index = 0
    try:
        for ok in made:
            if not ok:
                results.append(None)
                continue
            page = doc[index]
            index += 1
            textpage = page.get_textpage()
            count = raw.FPDFText_CountChars(textpage.raw)
            unmapped = sum(1 for i in range(count) if raw.FPDFText_HasUnicodeMapError(textpage.raw, i))
            text = textpage.get_text_range().replace("\r\n", "\n").replace("\r", "\n")
            results.append(StreamText(text, unmapped))
    finally:
        doc.close()
    return results
