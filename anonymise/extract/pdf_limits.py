"""Inspection limits of the PDF reader and bounded stream decoding (a bomb is refused while it inflates)."""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from typing import Any

import pikepdf

# Every limit is checked while reading, before the expensive step, and a file over one fails the
# check with ANO910 naming the part (documented in docs/checking.md).
MAX_PDF_BYTES = 200 * 1024 * 1024  # the file itself
MAX_PAGES = 2_000
MAX_OBJECTS = 500_000  # entries in the final cross-reference table
MAX_REVISIONS = 32  # incremental updates compared with the final revision
MAX_STREAM_BYTES = 32 * 1024 * 1024  # one decoded stream (content, font, XMP, form, pattern)
MAX_TOTAL_BYTES = 256 * 1024 * 1024  # all decoded streams of the file together (images excepted)
MAX_ATTACHMENTS = 100
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024  # one decoded attachment
MAX_XMP_BYTES = 4 * 1024 * 1024  # the decoded XMP packet
MAX_IMAGE_PIXELS = 60_000_000  # an image rendered for OCR
MAX_RAW_OBJECTS = 200_000  # "N G obj" headers scanned in the raw bytes for unlisted objects
MAX_DEPTH = 2  # PDFs attached to PDFs
MAX_PAGE_SECONDS = 40  # reading page text; pages not reached by then fail the check

LIMIT_CODE = "ANO910"
_IMAGE_FILTERS = {"/DCTDecode", "/DCT", "/JPXDecode", "/JBIG2Decode", "/CCITTFaxDecode", "/CCF"}
_FLATE = {"/FlateDecode", "/Fl"}
_CHUNK = 1024 * 1024
# the most one input byte can become, for filters decoded by qpdf without a running limit
_RATIO = {"/RunLengthDecode": 128, "/RL": 128, "/LZWDecode": 2_730, "/LZW": 2_730, "/ASCIIHexDecode": 1, "/AHx": 1, "/ASCII85Decode": 1, "/A85": 1}


class OverLimit(Exception):
    """A stream or the file as a whole would exceed an inspection limit."""


def filters(stream: pikepdf.Stream) -> list[str]:
    """The stream's /Filter names in decoding order."""
    value = stream.get("/Filter")
    if value is None:
        return []
    if isinstance(value, pikepdf.Array):
        return [str(v) for v in value]
    return [str(value)]


def is_image(stream: pikepdf.Stream) -> bool:
    """An image XObject (or inline-image-like stream) that text extraction never decodes."""
    return str(stream.get("/Subtype", "")) == "/Image" or bool(set(filters(stream)) & _IMAGE_FILTERS)


def inflate(stream: pikepdf.Stream, limit: int = MAX_STREAM_BYTES) -> bytes:
    """The decoded bytes of ``stream``, decoding at most ``limit`` bytes (raises OverLimit beyond)."""
    names = filters(stream)
    raw = bytes(stream.read_raw_bytes())
    if not names:
        if len(raw) > limit:
            raise OverLimit(len(raw))
        return raw
    if names[0] in _FLATE and len(names) == 1 and "/DecodeParms" not in stream:
        return _inflate_flate(raw, limit)
    worst = len(raw)
    for name in names:
        if name in _FLATE:
            # bound the flate stage first, then let qpdf do the whole chain within that bound
            if name == names[0]:
                worst = len(_inflate_flate(raw, limit))
            else:
                worst *= 1_032
        else:
            worst *= _RATIO.get(name, 1)
    if worst > limit * 4:
        raise OverLimit(worst)
    data = bytes(stream.read_bytes())
    if len(data) > limit:
        raise OverLimit(len(data))
    return data


def _inflate_flate(raw: bytes, limit: int) -> bytes:
    decoder = zlib.decompressobj()
    out: list[bytes] = []
    size = 0
    data = raw
    while data:
        chunk = decoder.decompress(data, _CHUNK)
        size += len(chunk)
        if size > limit:
            raise OverLimit(size)
        out.append(chunk)
        data = decoder.unconsumed_tail
        if decoder.eof:
            break
    try:
        tail = decoder.flush()
    except zlib.error:
        tail = b""
    size += len(tail)
    if size > limit:
        raise OverLimit(size)
    out.append(tail)
    return b"".join(out)


@dataclass
class Census:
    """What a pass over every object of the final revision found: oversize streams and totals."""

    objects: int = 0
    decoded: int = 0
    oversize: set[tuple[int, int]] = field(default_factory=set)
    problem: str | None = None


def worst_case(stream: pikepdf.Stream) -> int | None:
    """The most ``stream`` can decode to, from its raw length and filters (None: no bound known)."""
    try:
        size = len(stream.read_raw_bytes())  # not /Length, which a hostile file can understate
    except Exception:
        return None
    for name in filters(stream):
        if name in _FLATE:
            size *= 1_032  # deflate's largest expansion
        elif name in _RATIO:
            size *= _RATIO[name]
        else:
            return None
    return size


def census(pdf: pikepdf.Pdf) -> Census:
    """Check every non-image stream against the limits: from its length and filters where that
    bounds it, else by decoding it once (nothing is kept)."""
    out = Census()
    table = pdf.get_xref_table()
    out.objects = len(table)
    if out.objects > MAX_OBJECTS:
        out.problem = f"PDF has {out.objects:,} objects (limit {MAX_OBJECTS:,})"
        return out
    streams = []
    bound = 0
    for objgen in table:
        try:
            obj = pdf.get_object(objgen)
        except Exception:
            continue
        if not isinstance(obj, pikepdf.Stream) or is_image(obj):
            continue
        worst = worst_case(obj)
        streams.append((objgen, obj, worst))
        bound = bound + worst if worst is not None and bound is not None else None  # type: ignore[operator]
    for objgen, obj, worst in streams:
        if bound is not None and bound <= MAX_TOTAL_BYTES and worst is not None and worst <= MAX_STREAM_BYTES:
            continue  # cannot exceed either limit, whatever it holds
        try:
            size = len(inflate(obj))
        except OverLimit:
            out.oversize.add(objgen)
            continue
        except Exception:
            continue  # an undecodable stream is reported by whoever needs its text
        out.decoded += size
        if out.decoded > MAX_TOTAL_BYTES:
            out.problem = f"PDF streams decode to more than {MAX_TOTAL_BYTES // 2**20} MB (limit)"
            return out
    return out


def reachable_streams(root: Any, limit: int = 100_000) -> set[tuple[int, int]]:
    """The indirect streams reachable from ``root`` (a page), not following /Parent, /P or /Annots."""
    seen: set[tuple[int, int]] = set()
    streams: set[tuple[int, int]] = set()
    stack = [root]
    steps = 0
    while stack and steps < limit:
        steps += 1
        node = stack.pop()
        if isinstance(node, (pikepdf.Dictionary, pikepdf.Stream)):
            if node.is_indirect:
                if node.objgen in seen:
                    continue
                seen.add(node.objgen)
                if isinstance(node, pikepdf.Stream):
                    streams.add(node.objgen)
            for key in node.keys():
                if key not in ("/Parent", "/P", "/Annots", "/StructParents", "/B"):
                    stack.append(node.get(key))
        elif isinstance(node, pikepdf.Array):
            stack.extend(node)
    return streams
