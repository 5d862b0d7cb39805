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
_NO_STRINGS = {"/Font", "/FontDescriptor", "/ExtGState", "/Encoding", "/CMap"}  # names, not words
_GAP_NOISE = re.compile(
    rb"xref\s+(?:\d+\s+\d+\s+(?:\d{10}\s+\d{5}\s+[nf]\s*)*)+|trailer\s*<<.*?>>(?=\s*(?:startxref|$|\d+\s+\d+\s+obj))"
    rb"|startxref\s*\d*|%%EOF|%PDF-\d\.\d|%[\x80-\xff]{2,}",
    re.S,
)
_WORDS = re.compile(rb"[A-Za-z\x80-\xff][\x20-\x7e\x80-\xff]{3,}")


def norm(line: str) -> str:
    """A line compared across revisions: whitespace collapsed."""
    return " ".join(line.split())


def xref_offsets(data: bytes, pdf: pikepdf.Pdf) -> tuple[int | None, list[int]]:
    """(final xref offset, earlier xref offsets newest first): every ``startxref N`` in the bytes
    (with or without its ``%%EOF``) and every /Prev link of the final trailer's chain."""
    found = [int(m.group(1)) for m in _STARTXREF.finditer(data)]
    if not found:
        return None, []
    final = found[-1]
    earlier: list[int] = []
    prev = pdf.trailer.get("/Prev")
    steps = 0
    while isinstance(prev, int) and 0 <= int(prev) < len(data) and int(prev) not in earlier and steps <= MAX_REVISIONS:
        steps += 1
        earlier.append(int(prev))
        try:
            with pikepdf.open(io.BytesIO(view(data, int(prev))), suppress_warnings=True) as older:
                prev = older.trailer.get("/Prev")
        except Exception:
            break
    for offset in reversed(found[:-1]):
        if offset != final and offset not in earlier and 0 <= offset < len(data):
            earlier.append(offset)
    return final, earlier


def view(data: bytes, xref: int) -> bytes:
    """The file as a reader sees it when its last ``startxref`` names ``xref``: that revision."""
    return data + b"\nstartxref\n%d\n%%%%EOF\n" % xref


def final_lines(texts: Iterable[str]) -> set[str]:
    """Lines the final revision shows anywhere (every extracted part and the plain page text),
    and the values of ``key: value`` lines (metadata, form fields) on their own."""
    known = {norm(line) for text in texts for line in text.splitlines()}
    known |= {line.split(": ", 1)[1] for line in known if ": " in line}
    return known


def revision_lines(data: bytes, accounted: set[tuple[int, int, int]]) -> list[str] | None:
    """The page text lines, Info values and annotation texts of a revision view; adds the
    (number, generation, offset) of each object it lists to ``accounted``."""
    out: list[str] = []
    try:
        doc = pdfium.PdfDocument(data)
        try:
            for index in range(len(doc)):
                out += doc[index].get_textpage().get_text_range().splitlines()
        finally:
            doc.close()
        with pikepdf.open(io.BytesIO(data), suppress_warnings=True) as pdf:
            for objgen, entry in pdf.get_xref_table().items():
                if entry.type == 1:
                    accounted.add((objgen[0], objgen[1], entry.offset))
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


def revisions(data: bytes, pdf: pikepdf.Pdf, out: Sink, known: Callable[[], set[str]]) -> set[tuple[int, int, int]] | None:
    """Report lines of each earlier revision that the final one no longer shows.

    Returns the (number, generation, offset) of every object some earlier revision lists, or None
    when there are more revisions than the limit (the file then fails closed as a whole).
    """
    accounted: set[tuple[int, int, int]] = set()
    final, earlier = xref_offsets(data, pdf)
    if len(earlier) > MAX_REVISIONS:
        out.problem("pdf:revision", f"PDF has {len(earlier)} earlier revisions (limit {MAX_REVISIONS})", "ANO910")
        return None
    linearized = b"/Linearized" in data[:2048]
    for number, offset in enumerate(reversed(earlier), start=1):
        found = revision_lines(view(data, offset), accounted)
        if found is None:
            if linearized:
                continue  # the first-page section of a linearized file is not a revision
            out.problem(f"pdf:revision={number}", "earlier revision left by an incremental update could not be read", "ANO914")
            continue
        final_lines_ = known()
        gone = [line for line in found if line not in final_lines_]
        final_lines_.update(gone)  # reported once, not again as unreferenced objects
        out.add(f"pdf:revision={number}", "earlier-revision", lines(gone), ((0, f"revision {number}"),))
    return accounted


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


def _synthetic(data: bytes, final: int, root: tuple[int, int], size: int, objects: list[tuple[int, int, int]]) -> bytes:
    """The file with one more update that lists ``objects`` (number, generation, offset) at the
    offsets where they were found, chained by /Prev to the final revision, so each can be read."""
    start = len(data) + 1
    rows = [b"xref\n0 1\n0000000000 65535 f \n"]
    for number, generation, offset in sorted(objects):
        rows.append(b"%d 1\n%010d %05d n \n" % (number, offset, generation))
    highest = max([size] + [n + 1 for n, _g, _o in objects])
    rows.append(b"trailer\n<< /Size %d /Root %d %d R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (highest, root[0], root[1], final, start))
    return data + b"\n" + b"".join(rows)


def unreferenced(data: bytes, pdf: pikepdf.Pdf, out: Sink, known: Callable[[], set[str]], accounted: set[tuple[int, int, int]], reachable: set[tuple[int, int]]) -> None:
    """Text in objects that no cross-reference section lists, or that nothing in the file refers to."""
    table = pdf.get_xref_table()
    final = {(og[0], og[1], e.offset) for og, e in table.items() if e.type == 1}
    stray: list[tuple[int, int, int]] = []  # found in the bytes, listed by no revision
    count = 0
    for match in _OBJ.finditer(data):
        count += 1
        if count > MAX_RAW_OBJECTS:
            out.problem("pdf:unreferenced", f"PDF has more than {MAX_RAW_OBJECTS:,} objects (limit)", "ANO910")
            return
        found = (int(match.group(1)), int(match.group(2)), match.start())
        if not any((found[0], found[1], found[2] + d) in final or (found[0], found[1], found[2] + d) in accounted for d in (0, -1, 1, -2, 2)):
            stray.append(found)
    structural = {e.obj_stream_number for e in table.values() if e.type == 2}
    listed = [og for og, e in table.items() if e.type in (1, 2) and og not in reachable and og[0] not in structural and not _is_xref_stream(pdf, og)]
    texts: list[str] = _gap_text(data)
    for number in {e.obj_stream_number for e in table.values() if e.type == 2}:
        stream = pdf.get_object((number, 0))
        if isinstance(stream, pikepdf.Stream):
            try:
                texts.extend(_objstm_strings(stream, inflate(stream), (number, table)))
            except OverLimit:
                out.problem("pdf:unreferenced", f"object stream {number} is larger than the limit", "ANO910")
    if not stray and not listed and not texts:
        return
    drawn: list[tuple[tuple[int, int], Any]] = []
    fonts = _all_fonts(pdf)

    def read(holder: pikepdf.Pdf, objgen: tuple[int, int]) -> None:
        try:
            obj = holder.get_object(objgen)
        except Exception:
            obj = None
        if obj is None or not isinstance(obj, (pikepdf.Dictionary, pikepdf.Stream, pikepdf.Array, pikepdf.String)):
            return
        kind = str(obj.get("/Type", "")) if isinstance(obj, (pikepdf.Dictionary, pikepdf.Stream)) else ""
        if kind == "/Page":
            drawn.append((objgen, obj))
        if kind == "/XRef":
            return
        if kind not in _NO_STRINGS:
            texts.extend(_strings(obj))
        if isinstance(obj, pikepdf.Stream) and not is_image(obj):
            try:
                content = inflate(obj)
            except OverLimit:
                out.problem("pdf:unreferenced", f"object {objgen[0]} is larger than the limit", "ANO910")
                return
            except Exception:
                return
            if kind == "/ObjStm":
                texts.extend(_objstm_strings(obj, content, None))
            elif SHOWS_TEXT.search(content):
                drawn.append((objgen, obj))
            elif content.lstrip()[:5] in (b"<?xpa", b"<x:xm", b"<rdf:", b"<?xml"):
                texts.append(content.decode("utf-8", "replace"))

    def texts_of_drawn() -> None:
        if drawn:
            for (objgen, _obj), text in zip(drawn, stream_texts([(obj, fonts) for _g, obj in drawn])):
                if text is None or not text.text.strip():
                    out.problem("pdf:unreferenced", f"object {objgen[0]} draws text that no page shows and that could not be read", "ANO914")
                else:
                    texts.append(text.text)
            drawn.clear()

    for objgen in listed:
        read(pdf, objgen)
    texts_of_drawn()
    rounds = 0
    last_xref = _last_xref(data)
    root = pdf.Root.objgen if pdf.Root.is_indirect else None
    while stray:
        rounds += 1
        batch: dict[tuple[int, int], tuple[int, int, int]] = {}
        rest = []
        for item in stray:
            if (item[0], item[1]) in batch:
                rest.append(item)
            else:
                batch[(item[0], item[1])] = item
        stray = rest
        if rounds > 8 or last_xref is None or root is None:
            out.problem("pdf:unreferenced", "PDF holds objects outside its cross-reference table that could not be read", "ANO914")
            break
        try:
            with pikepdf.open(io.BytesIO(_synthetic(data, last_xref, root, int(pdf.trailer.get("/Size", 0)), list(batch.values()))), suppress_warnings=True) as holder:
                for objgen in batch:
                    read(holder, objgen)
                texts_of_drawn()
        except Exception:
            out.problem("pdf:unreferenced", "PDF holds objects outside its cross-reference table that could not be read", "ANO914")
            break
    final_lines_ = known()
    gone = [line for line in dict.fromkeys(norm(x) for t in texts for x in t.splitlines()) if line and line not in final_lines_]
    out.add("pdf:unreferenced", "earlier-revision", lines(gone), ((0, "objects no page refers to"),))


def _objstm_strings(stream: Any, content: bytes, listed: tuple[int, dict[tuple[int, int], Any]] | None) -> list[str]:
    """Strings of the objects an object stream holds; with ``listed`` = (its number, the xref
    table), only of those the table does not list as stored in it."""
    try:
        count, first = int(stream.get("/N", 0)), int(stream.get("/First", 0))
        header = content[:first].split()
        pairs = [(int(header[2 * i]), int(header[2 * i + 1])) for i in range(min(count, len(header) // 2, 100_000))]
    except Exception:
        return []
    found: list[str] = []
    for index, (number, offset) in enumerate(pairs):
        if listed is not None:
            entry = listed[1].get((number, 0))
            if entry is not None and entry.type == 2 and entry.obj_stream_number == listed[0]:
                continue
        end = first + pairs[index + 1][1] if index + 1 < len(pairs) else len(content)
        try:
            found.extend(_strings(pikepdf.Object.parse(_REF.sub(b"null", content[first + offset : end]))))
        except Exception:
            found.extend(m.group(0).decode("latin-1") for m in _WORDS.finditer(content[first + offset : end]))
    return found


def _gap_text(data: bytes) -> list[str]:
    """Words in the bytes outside every object: comments and junk between revisions."""
    spans: list[tuple[int, int]] = []
    position = 0
    for match in _OBJ.finditer(data):
        if match.start() < position:
            continue
        end = data.find(b"endobj", match.end())
        stream = data.find(b"stream", match.end(), end if end >= 0 else len(data))
        if stream >= 0:
            endstream = data.find(b"endstream", stream)
            end = data.find(b"endobj", endstream) if endstream >= 0 else -1
        if end < 0:
            break
        spans.append((match.start(), end + 6))
        position = end + 6
    gaps = []
    previous = 0
    for start, end in spans:
        gaps.append(data[previous:start])
        previous = end
    gaps.append(data[previous:])
    rest = _GAP_NOISE.sub(b" ", b"\n".join(gaps))
    return [m.group(0).decode("latin-1").strip() for m in _WORDS.finditer(rest) if re.search(rb"[A-Za-z]{3}", m.group(0))]


def _is_xref_stream(pdf: pikepdf.Pdf, objgen: tuple[int, int]) -> bool:
    try:
        obj = pdf.get_object(objgen)
    except Exception:
        return False
    return isinstance(obj, pikepdf.Stream) and str(obj.get("/Type", "")) in ("/XRef", "/ObjStm")


def _last_xref(data: bytes) -> int | None:
    found = None
    for match in _STARTXREF.finditer(data):
        found = int(match.group(1))
    return found


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
