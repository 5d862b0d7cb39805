"""Text extraction from every part of a checked file (.md/.txt/.yaml, .docx, .odt, .pdf, .html, .xlsx/.csv, images), failing closed.

``extract(path)`` returns an ``Extracted``: one ``TextPart`` per (part, channel) and an
``ExtractProblem`` for anything that could not be read completely (the check fails closed on it).

Part names are unique within one file, so ``start``/``end`` offsets are always into one text:
the part's main channel keeps the plain part name (``word/document.xml``, ``word/comments.xml``,
``pdf:page=3``, ``pdf:info``), and any other channel found in the same part gets ``#channel``
appended (``word/document.xml#hidden``, ``word/document.xml#revision``,
``word/comments.xml#comment-author``, ``pdf:page=3#covered-text``). Every DOCX and PDF also has a
``filename`` part (channel ``filename``) holding the file name.

Where each channel comes from (channels as in ``anonymise.types.TextPart``):

DOCX (every part is read or refused: an unknown part (ANO922), an embedded object (ANO923), macros
(ANO924), encryption (ANO925), unsafe XML (ANO926) or a spent budget (ANO920/ANO921) is an
ExtractProblem; body-like parts carry paragraph/table-cell/comment anchors)
  body            word/document.xml, tables included (deleted, inserted and hidden runs excluded)
  header/footer   word/header*.xml, word/footer*.xml
  footnote/endnote word/footnotes.xml, word/endnotes.xml
  comment         word/comments.xml
  comment-author  word/comments.xml#comment-author (author, initials), word/people.xml
  revision        <part>#revision: w:ins, w:del/w:delText, w:moveFrom/w:moveTo text
  revision-author <part>#revision-author: every w:author outside comments
  hidden          <part>#hidden: w:vanish (direct or by style), text coloured like its background
                  (white on the page, shading, highlight, table/shape fill), 1pt text, field
                  instructions that hold words (AUTHOR, XE, MERGEFIELD...), XML comments
  textbox         <part>#textbox: w:txbxContent (wps/VML), DrawingML text, WordArt;
                  word/charts/*.xml and word/diagrams/*.xml
  alt-text        <part>#alt-text: wp:docPr / pic:cNvPr descr, title, non-default names; VML alt
  hyperlink       external targets in every *.rels part (mailto: decoded); <part>#hyperlink:
                  hyperlink tooltips, HYPERLINK/INCLUDE field targets
  outline         <part>#outline: user-named bookmarks
  metadata        docProps/core.xml, app.xml (Company, Manager, Template...), custom.xml;
                  word/settings.xml (w:docVars, mail merge); customXml/item*.xml; word/glossary/document.xml;
                  user style names (word/styles.xml), theme names; <part>#metadata: smart tags,
                  editing permissions; word/media/* and docProps/thumbnail.* (EXIF, PNG text, XMP)
  form-field      <part>#form-field: content controls (alias, tag, list items, placeholder,
                  data binding) and legacy form fields (name, default, help/status text)
  body (lists)    word/numbering.xml: list-number text a user typed (w:lvlText)
ODT (anonymise/extract/odt.py; same channels, part names content.xml, styles.xml, meta.xml...)
  body            content.xml; styles.xml#list-numbers (list-number prefixes a user typed)
  header/footer   styles.xml (headers), styles.xml#footer (master pages)
  footnote/endnote content.xml#footnote, content.xml#endnote
  comment         content.xml#comment (office:annotation); authors in #comment-author
  revision        content.xml#revision (text:tracked-changes, inserted regions); #revision-author
  hidden          content.xml#hidden (text:display="none", hidden sections, hidden-text fields,
                  text coloured like its background, 1pt text, index marks, XML comments)
  textbox, alt-text, hyperlink, outline, form-field   as for DOCX (frames, svg:title/desc, text:a,
                  bookmarks, user fields and form controls)
  metadata        meta.xml (incl. meta:user-defined), settings.xml, Pictures/*, Object N/
PDF (pages read with PDFium, structure with pikepdf; see anonymise/extract/pdf.py)
  body            pdf:page=N: PDFium text in the structure tree's reading order when the PDF is
                  tagged, content order otherwise; covered and invisible glyphs removed.
                  pdf:page=N#pattern: text drawn inside tiling patterns. pdf:page=N#ocr: text
                  Tesseract read from a scanned page, a picture that may hold words, or a page
                  whose font has no Unicode map (ocr="auto" when installed, True required)
  covered-text    pdf:page=N#covered-text: glyphs >= 60 % under a filled path, shading or image
                  drawn later, or under a filled Square/Redact/Polygon or Stamp annotation
  hidden          pdf:page=N#hidden: invisible (render mode 3/7, unless over a picture: an OCR
                  layer) and white glyphs not on a non-white fill; pdf:page=N#hidden-form: text
                  of form XObjects the page lists but never draws
  metadata        pdf:info (Info dictionary, dates left out), pdf:xmp (every XMP value)
  annotation      pdf:page=N:annotations (T, Contents, Subj, RC, OverlayText of non-link annots,
                  text drawn by their appearance streams)
  hyperlink       pdf:page=N:links (link and annotation action targets: URI, file, Launch
                  parameters, JavaScript), pdf:actions (OpenAction, document and page additional
                  actions, named JavaScript), pdf:forms#hyperlink, pdf:outlines#hyperlink
  attachment      pdf:attachments (names, descriptions), pdf:attachment=NAME (text attachments;
                  attached PDF/DOCX extracted recursively as pdf:attachment=NAME/<part>)
  outline         pdf:outlines
  form-field      pdf:forms (qualified field names, TU, V, DV, options, rich values, XFA text)
  alt-text        pdf:alt-text (structure elements' /Alt, /ActualText, /E, /T)
  earlier-revision pdf:revision=N: lines of revision N (every earlier xref section, found by
                  ``startxref`` and the /Prev chain, with or without %%EOF) not in the final one;
                  pdf:unreferenced: text of objects no xref section lists or nothing refers to
                  (object streams included) and words in the bytes outside every object
  Problems carry ANO910 (a limit of pdf_limits.py exceeded), ANO911 (font without a Unicode map,
  no OCR), ANO912 (scan or picture of text, no OCR or OCR failed), ANO913 (page content,
  pattern or appearance unreadable), ANO914 (earlier revision or stray objects unreadable).
HTML / XHTML (anonymise.extract.html)
  body            html:body (text a browser shows; anchors name the element path and heading)
  alt-text        html:body#alt-text: alt, title, aria-label, placeholder and similar attributes
  hyperlink       html:body#hyperlink: href, src, action, cite... targets (mailto: decoded)
  form-field      html:body#form-field: input and option values
  hidden          html:body#hidden: hidden elements (hidden, aria-hidden, display:none,
                  visibility:hidden, <template>, <noscript>), data-* and other attributes;
                  html:comments (<!-- -->); html:script (<script>, <style> text)
  metadata        html:head (<title>, <meta> values); html:image=N (metadata of data: images)
XLSX (anonymise.extract.sheet; any part with text is read, unknown ones are an ExtractProblem)
  body            xl/worksheets/sheetN.xml (cell values; anchors: sheet "Actions", cell B7);
                  xl/workbook.xml (names of visible sheets)
  hidden          <sheet>#hidden: hidden sheets, rows and columns, formulas holding text;
                  xl/workbook.xml#hidden (hidden sheet names); xl/sharedStrings.xml#hidden
                  (strings no cell uses); pivot caches, external-link caches
  header/footer   <sheet>#header, <sheet>#footer
  comment         xl/commentsN.xml, xl/threadedComments/*.xml; comment-author: their authors,
                  xl/persons/person.xml
  form-field      <sheet>#form-field: data validation lists, prompts and error messages
  outline         xl/workbook.xml#outline: defined names
  textbox/alt-text xl/drawings/*.xml, xl/charts/*.xml
  hyperlink       *.rels external targets, <sheet>#hyperlink (tooltips, display text)
  metadata        docProps/*.xml, customXml, connections, tables, xl/workbook.xml#metadata
                  (write-reservation user); xl/media/* (image metadata)
CSV / TSV (anonymise.extract.sheet)
  body            csv (cells tab-separated, one row a line; anchors: row 7, column B)
Images .png .jpg .jpeg .tif .tiff .gif .webp (anonymise.extract.image)
  metadata        image:exif, image:xmp, image:iptc, image:text (PNG text chunks, comments);
                  GPS coordinates are an ExtractProblem with code ANO932 (a location)
  body            image:ocr: text Tesseract reads in the pixels, only with ocr=True
"""

from __future__ import annotations

from pathlib import Path

from anonymise.types import Extracted, ExtractProblem

TEXT_SUFFIXES = {".md", ".markdown", ".txt", ".text", ".yaml", ".yml"}
DOCX_SUFFIXES = {".docx", ".docm", ".dotx", ".dotm"}
PDF_SUFFIXES = {".pdf"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".xht"}
XLSX_SUFFIXES = {".xlsx", ".xlsm", ".xltx", ".xltm"}
CSV_SUFFIXES = {".csv", ".tsv"}
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".jpe", ".tif", ".tiff", ".gif", ".webp"}
ODT_SUFFIXES = {".odt", ".ott"}

__all__ = [
    "extract", "extract_bytes", "TEXT_SUFFIXES", "DOCX_SUFFIXES", "PDF_SUFFIXES", "ODT_SUFFIXES",
    "HTML_SUFFIXES", "XLSX_SUFFIXES", "CSV_SUFFIXES", "IMAGE_SUFFIXES",
]


def _kind(name: str, head: bytes) -> str | None:
    suffix = Path(name).suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in DOCX_SUFFIXES:
        return "docx"
    if suffix in PDF_SUFFIXES:
        return "pdf"
    if suffix in ODT_SUFFIXES or (head.startswith(b"PK\x03\x04") and b"mimetypeapplication/vnd.oasis.opendocument.text" in head[:200]):
        return "odt"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in XLSX_SUFFIXES:
        return "xlsx"
    if suffix in CSV_SUFFIXES:
        return "csv"
    if suffix in IMAGE_SUFFIXES:
        return "image"
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"\xd0\xcf\x11\xe0"):
        return "docx"
    return None


def extract_bytes(data: bytes, name: str, ocr: str | bool = "auto") -> Extracted:
    """Extract a file given as bytes; ``name`` (the file name) picks the format, then magic bytes.

    ``ocr`` (PDF): "auto" reads pictures of text with Tesseract when installed, True requires it,
    False never OCRs (such a page then fails closed).
    For images, only ``ocr=True`` reads the pixels ("auto" leaves them unread).
    """
    kind = _kind(name, data[:1024])
    if kind == "text":
        from anonymise.extract.text import decode_text

        return decode_text(data)
    if kind == "docx":
        from anonymise.extract.docx import extract_docx_bytes

        return extract_docx_bytes(data, name)
    if kind == "odt":
        from anonymise.extract.odt import extract_odt_bytes

        return extract_odt_bytes(data, name)
    if kind == "pdf":
        from anonymise.extract.pdf import extract_pdf_bytes

        return extract_pdf_bytes(data, name, ocr=ocr)
    if kind == "html":
        from anonymise.extract.html import extract_html_bytes

        return extract_html_bytes(data, name)
    if kind == "xlsx":
        from anonymise.extract.sheet import extract_xlsx_bytes

        return extract_xlsx_bytes(data, name)
    if kind == "csv":
        from anonymise.extract.sheet import extract_csv_bytes

        return extract_csv_bytes(data, name)
    if kind == "image":
        from anonymise.extract.image import extract_image_bytes

        return extract_image_bytes(data, name, ocr=ocr is True)
    return Extracted(problems=[ExtractProblem(None, f"unsupported file type {Path(name).suffix or '(no suffix)'}: cannot check it; convert it to .md, .docx, .odt or .pdf")])


# Files of these kinds larger than this are refused before they are read into memory (each reader
# has its own, smaller limits on what it inflates or parses).
_MAX_FILE_BYTES = {"html": 40 * 1024 * 1024, "csv": 20 * 1024 * 1024, "image": 100 * 1024 * 1024,
                   "xlsx": 200 * 1024 * 1024}


def _too_big(path: Path) -> Extracted | None:
    limit = _MAX_FILE_BYTES.get(_kind(path.name, b"") or "")
    try:
        size = path.stat().st_size
    except OSError:
        return None  # reported when the file is read
    if limit is not None and size > limit:
        return Extracted(problems=[ExtractProblem(None, f"file is larger than {limit // (1024 * 1024)} MB; it cannot be inspected")])
    return None


def extract(path: Path, ocr: str | bool = "auto") -> Extracted:
    """Extract every text part of the file at ``path`` (dispatching on suffix, then magic bytes).

    Never raises for problems in the file: an unreadable, encrypted, hostile or unknown file gives
    an ``ExtractProblem`` instead.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        from anonymise.extract.text import extract_text_file

        return extract_text_file(path)
    too_big = _too_big(path)
    if too_big is not None:
        return too_big
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Extracted(problems=[ExtractProblem(None, f"file could not be read: {exc.strerror or exc}")])
    try:
        return extract_bytes(data, path.name, ocr=ocr)
    except RecursionError:
        return Extracted(problems=[ExtractProblem(None, "file is nested too deeply to inspect")])
