"""Text extraction from every part of a checked file (.md/.txt/.yaml, .docx, .odt, .pdf), failing closed.

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
"""

from __future__ import annotations

from pathlib import Path

from anonymise.types import Extracted, ExtractProblem

TEXT_SUFFIXES = {".md", ".markdown", ".txt", ".text", ".yaml", ".yml"}
DOCX_SUFFIXES = {".docx", ".docm", ".dotx", ".dotm"}
PDF_SUFFIXES = {".pdf"}
ODT_SUFFIXES = {".odt", ".ott"}

__all__ = ["extract", "extract_bytes", "TEXT_SUFFIXES", "DOCX_SUFFIXES", "PDF_SUFFIXES", "ODT_SUFFIXES"]


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
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"\xd0\xcf\x11\xe0"):
        return "docx"
    return None


def extract_bytes(data: bytes, name: str, ocr: str | bool = "auto") -> Extracted:
    """Extract a file given as bytes; ``name`` (the file name) picks the format, then magic bytes.

    ``ocr`` (PDF): "auto" reads pictures of text with Tesseract when installed, True requires it,
    False never OCRs (such a page then fails closed).
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
    return Extracted(problems=[ExtractProblem(None, f"unsupported file type {Path(name).suffix or '(no suffix)'}: cannot check it; convert it to .md, .docx, .odt or .pdf")])


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
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Extracted(problems=[ExtractProblem(None, f"file could not be read: {exc.strerror or exc}")])
    try:
        return extract_bytes(data, path.name, ocr=ocr)
    except RecursionError:
        return Extracted(problems=[ExtractProblem(None, "file is nested too deeply to inspect")])
