"""What a PDF keeps outside its final revision: earlier revisions and objects no reader reaches."""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable
from typing import Any

import pikepdf
import pypdfium2 as pdfium

from anonymise.extract.pdf_limits import MAX_RAW_OBJECTS, MAX_REVISIONS, OverLimit, inflate, is_image
from anonymise.extract.pdf_streams import SHOWS_TEXT, stream_texts
from anonymise.extract.pdf_structure import INFO_SKIP, Sink, lines, s

_STARTXREF = re.compile(rb"startxref\s*(\d+)(?:\s*%%EOF)?")
_OBJ = re.compile(rb"(?<![0-9])(\d{1,10})\s+(\d{1,5})\s+obj\b")
_SKIP_TYPES = {"/ObjStm", "/XRef", "/Font", "/FontDescriptor", "/ExtGState", "/XObject", "/Pattern", "/Encoding", "/CMap"}


def norm(line: str) -> str:
    """A line compared across revisions: whitespace collapsed."""
    return " ".join(line.split())


def revision_ends(data: bytes) -> list[int]:
    """Where each revision ends: after every ``startxref N`` (with or without its ``%%EOF``)."""
    ends: list[int] = []
    for match in _STARTXREF.finditer(data):
        ends.append(match.end())
        if len(ends) > MAX_REVISIONS + 1:
            break
    return ends


def final_lines(texts: Iterable[str]) -> set[str]:
    """Lines the final revision shows anywhere (every extracted part and the plain page text)."""
    return {norm(line) for text in texts for line in text.splitlines()}


def revision_lines(data: bytes) -> list[str] | None:
    """The page text lines, Info values and annotation texts of the revision ending ``data``."""
    if b"%%EOF" not in data[-64:]:
        data = data + b"\n%%EOF\n"
    out: list[str] = []
    try:
        doc = pdfium.PdfDocument(data)
        try:
            for index in range(len(doc)):
                out += doc[index].get_textpage().get_text_range().splitlines()
        finally:
            doc.close()
        with pikepdf.open(io.BytesIO(data)) as pdf:
            for key, value in pdf.docinfo.items():
                if str(key) not in INFO_SKIP:
                    out.append(f"{str(key)[1:]}: {s(value)}")
            for page in pdf.pages:
                annots = page.obj.get("/Annots")
                if isinstance(annots, pikepdf.Array):
                    for annot in list(annots)[:10_000]:
                        if isinstance(annot, pikepdf.Dictionary):
                            out += [s(annot[k]) for k in ("/T", "/Contents", "/Subj") if k in annot]
    except Exception:
        return None
    return [line for line in dict.fromkeys(norm(x) for x in out) if line]


def revisions(data: bytes, out: Sink, known: Callable[[], set[str]]) -> list[int]:
    """Report lines of each earlier revision that the final one no longer shows; returns the revision ends."""
    ends = revision_ends(data)
    if len(ends) > MAX_REVISIONS + 1:
        out.problem("pdf:revision", f"PDF has more than {MAX_REVISIONS} incremental updates (limit)", "ANO910")
        return []
    earlier = [end for end in ends[:-1] if end < len(data)]
    linearized = b"/Linearized" in data[:2048]
    for number, end in enumerate(earlier, start=1):
        found = revision_lines(data[:end])
        if found is None:
            if linearized and number == 1:
                continue  # the first-page section of a linearized file is not a revision
            out.problem(f"pdf:revision={number}", "earlier revision left by an incremental update could not be read", "ANO914")
            continue
        final = known()
        gone = [line for line in found if line not in final]
        final.update(gone)  # reported once, not again as unreferenced objects
        out.add(f"pdf:revision={number}", "earlier-revision", lines(gone), ((0, f"revision {number}"),))
    return earlier


def _strings(obj: Any, limit: int = 2_000) -> list[str]:
    """String values inside one object (not following indirect references)."""
    found: list[str] = []
    stack = [obj]
    while stack and limit > 0:
        limit -= 1
        node = stack.pop()
        if isinstance(node, pikepdf.String):
            found.append(s(node))
        elif isinstance(node, pikepdf.Array):
            stack.extend(v for v in node if not getattr(v, "is_indirect", False))
        elif isinstance(node, (pikepdf.Dictionary, pikepdf.Stream)):
            stack.extend(v for k, v in node.items() if not getattr(v, "is_indirect", False))
    return found


_REF = re.compile(rb"(\d+) (\d+) R")
_STRING = re.compile(rb"\((?:[^()\\]|\\.)*\)|<[0-9a-fA-F\s]*>(?!>)")
_ALT_KEYS = re.compile(rb"/(?:Alt|ActualText|E|T)(?![A-Za-z0-9#_.-])")


class Graph:
    """One walk over every object reachable from the trailer: which objects those are, and the
    alternate descriptions, actual text, expansions and titles of tagged structure elements.

    Each object is unparsed by qpdf and its references read from that text (string literals
    removed first, so a string cannot pretend to refer to an object).
    """

    def __init__(self, pdf: pikepdf.Pdf, limit: int) -> None:
        self.reachable: set[tuple[int, int]] = set()
        self.alt: list[str] = []
        self.complete = True
        seen = self.reachable
        queue = self._refs(pdf.trailer.unparse(resolved=True))
        while queue:
            objgen = queue.pop()
            if objgen in seen:
                continue
            if len(seen) >= limit:
                self.complete = False
                break
            seen.add(objgen)
            try:
                obj = pdf.get_object(objgen)
                if obj is None or not isinstance(obj, pikepdf.Object):
                    continue
                holder = obj.stream_dict if isinstance(obj, pikepdf.Stream) else obj
                text = holder.unparse(resolved=True)
            except Exception:
                continue
            if b"/P" in text and _ALT_KEYS.search(text):
                self._alt(holder)
            queue += [ref for ref in self._refs(text) if ref not in seen]

    @staticmethod
    def _refs(text: bytes) -> list[tuple[int, int]]:
        return [(int(m[1]), int(m[2])) for m in _REF.finditer(_STRING.sub(b"", text))]

    def _alt(self, node: Any) -> None:
        if not isinstance(node, pikepdf.Dictionary) or "/S" not in node or "/P" not in node:
            return
        for key in ("/Alt", "/ActualText", "/E", "/T"):
            value = node.get(key)
            if isinstance(value, pikepdf.String):
                self.alt.append(s(value))


def _recovered(data: bytes) -> pikepdf.Pdf | None:
    """The file reopened with its cross-reference table rebuilt from a scan of every object."""
    broken = re.sub(rb"startxref\s*\d+", lambda m: b"startxref\n" + b"9" * (len(m.group(0)) - 10), data)
    try:
        return pikepdf.open(io.BytesIO(broken), attempt_recovery=True, suppress_warnings=True)
    except Exception:
        return None


def unreferenced(data: bytes, pdf: pikepdf.Pdf, out: Sink, known: Callable[[], set[str]], earlier_ends: list[int], reachable: set[tuple[int, int]]) -> None:
    """Text in objects that no cross-reference section lists, or that nothing in the file refers to."""
    table = pdf.get_xref_table()
    revision_end = max(earlier_ends, default=0)
    orphans: dict[tuple[int, int], str] = {}  # objgen -> "unlisted" | "unreferenced"
    count = 0
    for match in _OBJ.finditer(data):
        count += 1
        if count > MAX_RAW_OBJECTS:
            out.problem("pdf:unreferenced", f"PDF has more than {MAX_RAW_OBJECTS:,} objects (limit)", "ANO910")
            return
        objgen = (int(match.group(1)), int(match.group(2)))
        entry = table.get(objgen)
        if entry is not None and entry.type == 1 and abs(entry.offset - match.start()) <= 2:
            continue
        if match.start() < revision_end:
            continue  # an earlier version, compared with the final revision above
        if entry is None or entry.type == 0:
            orphans[objgen] = "unlisted"
    for objgen, entry in table.items():
        if entry.type in (1, 2) and objgen not in reachable and objgen not in orphans:
            orphans[objgen] = "unreferenced"
    if not orphans:
        return
    source: dict[str, pikepdf.Pdf | None] = {"unreferenced": pdf}
    if "unlisted" in orphans.values():
        source["unlisted"] = _recovered(data)
    texts: list[str] = []
    drawn: list[tuple[tuple[int, int], Any]] = []
    fonts = _all_fonts(pdf)
    try:
        for objgen, why in sorted(orphans.items()):
            holder = source.get(why)
            if holder is None:
                out.problem("pdf:unreferenced", "PDF holds objects outside its cross-reference table that could not be read", "ANO914")
                break
            try:
                obj = holder.get_object(objgen)
            except Exception:
                obj = None
            if obj is None or not isinstance(obj, (pikepdf.Dictionary, pikepdf.Stream, pikepdf.Array, pikepdf.String)):
                continue
            kind = str(obj.get("/Type", "")) if isinstance(obj, (pikepdf.Dictionary, pikepdf.Stream)) else ""
            if kind == "/Page":
                drawn.append((objgen, obj))
            if kind in _SKIP_TYPES:
                continue
            texts += _strings(obj)
            if isinstance(obj, pikepdf.Stream) and not is_image(obj):
                try:
                    content = inflate(obj)
                except OverLimit:
                    out.problem("pdf:unreferenced", f"object {objgen[0]} is larger than the limit", "ANO910")
                    continue
                except Exception:
                    continue
                if SHOWS_TEXT.search(content):
                    drawn.append((objgen, obj))
                elif content.lstrip()[:5] in (b"<?xpa", b"<x:xm", b"<rdf:", b"<?xml"):
                    texts.append(content.decode("utf-8", "replace"))
        if drawn:
            for (objgen, _obj), text in zip(drawn, stream_texts([(obj, fonts) for _g, obj in drawn])):
                if text is None or not text.text.strip():
                    out.problem("pdf:unreferenced", f"object {objgen[0]} draws text that no page shows and that could not be read", "ANO914")
                else:
                    texts.append(text.text)
    finally:
        recovered = source.get("unlisted")
        if recovered is not None:
            recovered.close()
    final = known()
    gone = [line for line in dict.fromkeys(norm(x) for t in texts for x in t.splitlines()) if line and line not in final]
    out.add("pdf:unreferenced", "earlier-revision", lines(gone), ((0, "objects no page refers to"),))


def _all_fonts(pdf: pikepdf.Pdf) -> dict[str, Any]:
    """Every page's fonts under one resource dictionary (for content streams that lost their page)."""
    fonts: dict[str, Any] = {}
    for page in list(pdf.pages)[:200]:
        resources = page.obj.get("/Resources")
        entries = resources.get("/Font") if isinstance(resources, pikepdf.Dictionary) else None
        if isinstance(entries, pikepdf.Dictionary):
            for name, font in entries.items():
                fonts.setdefault(name, font)
    return fonts
