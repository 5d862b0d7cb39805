"""Text extraction from every part of a checked file (.md/.txt/.yaml, .docx, .pdf), failing closed.

``extract(path)`` returns an ``Extracted``: one ``TextPart`` per (part, channel) and an
``ExtractProblem`` for anything that could not be read completely (the check fails closed on it).

Part names are unique within one file, so ``start``/``end`` offsets are always into one text:
the part's main channel keeps the plain part name (``word/document.xml``, ``word/comments.xml``,
``pdf:page=3``, ``pdf:info``), and any other channel found in the same part gets ``#channel``
appended (``word/document.xml#hidden``, ``word/document.xml#revision``,
``word/comments.xml#comment-author``, ``pdf:page=3#covered-text``). Every DOCX and PDF also has a
``filename`` part (channel ``filename``) holding the file name.
"""

from __future__ import annotations

from pathlib import Path

from anonymise.types import Extracted, ExtractProblem

TEXT_SUFFIXES = {".md", ".markdown", ".txt", ".text", ".yaml", ".yml"}
DOCX_SUFFIXES = {".docx", ".docm", ".dotx", ".dotm"}
PDF_SUFFIXES = {".pdf"}

__all__ = ["extract", "extract_bytes", "TEXT_SUFFIXES", "DOCX_SUFFIXES", "PDF_SUFFIXES"]


def _kind(name: str, head: bytes) -> str | None:
    suffix = Path(name).suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in DOCX_SUFFIXES:
        return "docx"
    if suffix in PDF_SUFFIXES:
        return "pdf"
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"\xd0\xcf\x11\xe0"):
        return "docx"
    return None


def extract_bytes(data: bytes, name: str) -> Extracted:
    """Extract a file given as bytes; ``name`` (the file name) picks the format, then magic bytes."""
    kind = _kind(name, data[:1024])
    if kind == "text":
        from anonymise.extract.text import decode_text

        return decode_text(data)
    if kind == "docx":
        from anonymise.extract.docx import extract_docx_bytes

        return extract_docx_bytes(data, name)
    if kind == "pdf":
        from anonymise.extract.pdf import extract_pdf_bytes

        return extract_pdf_bytes(data, name)
    return Extracted(problems=[ExtractProblem(None, f"unsupported file type {Path(name).suffix or '(no suffix)'}: cannot check it; convert it to .md, .docx or .pdf")])


def extract(path: Path) -> Extracted:
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
        return extract_bytes(data, path.name)
    except RecursionError:
        return Extracted(problems=[ExtractProblem(None, "file is nested too deeply to inspect")])
