"""Page text of a PDF with PDFium: visible text, text under filled shapes, invisible text, unreadable glyphs."""

from __future__ import annotations

import ctypes
from array import array
from dataclasses import dataclass, field
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as raw

COVER_FRACTION = 0.6  # a glyph counts as covered when a later shape covers 60 % of its box
WHITE = 247  # 0.97 of 255: a fill at least this light in every channel is white
MIN_OCR_PIXELS = (40, 16)  # images smaller than this cannot hold a readable word
MIN_OCR_AREA = 0.01  # ... nor can images covering less than 1 % of the page
COLUMN_GAP = 1.0  # a gap wider than the font size where no space glyph was drawn separates cells
OCR_LAYER_FRACTION = 0.1  # text over this share of a picture is taken as its OCR layer
MAX_FORM_DEPTH = 12
MAX_PAGE_OBJECTS = 200_000  # objects drawn by one page
MAX_PAGE_PAIRS = 50_000_000  # text objects x shapes compared on one page

Box = tuple[float, float, float, float]  # (left, bottom, right, top) in PDF user space


@dataclass(slots=True)
class _Obj:
    z: int
    kind: str  # "text" | "fill" | "white" | "image"
    box: Box
    handle: Any = None
    mode: int = 0  # text render mode
    mcid: int = -1  # marked-content id (tagged PDF)
    white: bool = False  # text filled white
    pixels: tuple[int, int] = (0, 0)


@dataclass
class PageText:
    """What one page shows and hides."""

    body: str = ""
    plain: str = ""  # all the text, covered and invisible glyphs included
    covered: str = ""
    hidden: str = ""
    # (message, code) of what could not be turned into text on this page
    problems: list[tuple[str, str]] = field(default_factory=list)
    ocr_boxes: list[Box] = field(default_factory=list)  # image-only regions to OCR (page space)
    image_only: bool = False  # the whole page is a picture
    unmapped: int = 0  # glyphs of fonts without a Unicode map


def _addr(handle: Any) -> int:
    """The address a PDFium handle points to (the same object gives the same number)."""
    return int.from_bytes(bytes(handle), "little")


def _mul(m: tuple[float, ...], n: tuple[float, ...]) -> tuple[float, ...]:
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2, e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


def _transform(box: Box, m: tuple[float, ...]) -> Box:
    a, b, c, d, e, f = m
    xs, ys = [], []
    for x, y in ((box[0], box[1]), (box[0], box[3]), (box[2], box[1]), (box[2], box[3])):
        xs.append(a * x + c * y + e)
        ys.append(b * x + d * y + f)
    return (min(xs), min(ys), max(xs), max(ys))


_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _objects(page: Any) -> list[_Obj]:
    """Every leaf object of a page in painting order, form XObjects flattened, boxes in page space."""
    out: list[_Obj] = []
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    fillmode, stroke = ctypes.c_int(), ctypes.c_int()
    matrix = raw.FS_MATRIX()

    get_type, get_bounds, get_fill = raw.FPDFPageObj_GetType, raw.FPDFPageObj_GetBounds, raw.FPDFPageObj_GetFillColor
    render_mode, mcid_of, draw_mode = raw.FPDFTextObj_GetTextRenderMode, raw.FPDFPageObj_GetMarkedContentID, raw.FPDFPath_GetDrawMode
    TEXT, PATH, IMAGE, SHADING, FORM = raw.FPDF_PAGEOBJ_TEXT, raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_IMAGE, raw.FPDF_PAGEOBJ_SHADING, raw.FPDF_PAGEOBJ_FORM

    def walk(parent: Any, count: Any, get: Any, m: tuple[float, ...], depth: int) -> None:
        for index in range(count(parent)):
            if len(out) > MAX_PAGE_OBJECTS:
                return
            obj = get(parent, index)
            kind = get_type(obj)
            if kind == FORM:
                if depth < MAX_FORM_DEPTH and raw.FPDFPageObj_GetMatrix(obj, matrix):
                    inner = _mul((matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f), m)
                    walk(obj, raw.FPDFFormObj_CountObjects, raw.FPDFFormObj_GetObject, inner, depth + 1)
                continue
            if kind == PATH and (not draw_mode(obj, fillmode, stroke) or fillmode.value == 0):
                continue  # lines and outlines hide nothing
            if not get_bounds(obj, left, bottom, right, top):
                continue
            box = (left.value, bottom.value, right.value, top.value)
            if m is not _IDENTITY:
                box = _transform(box, m)
            if kind == TEXT:
                white = bool(get_fill(obj, r, g, b, a)) and min(r.value, g.value, b.value) >= WHITE and a.value > 0
                out.append(_Obj(len(out), "text", box, obj, render_mode(obj), mcid_of(obj), white))
            elif kind == PATH:
                if not get_fill(obj, r, g, b, a) or a.value < 128:
                    continue
                out.append(_Obj(len(out), "white" if min(r.value, g.value, b.value) >= WHITE else "fill", box))
            elif kind == IMAGE:
                w, h = ctypes.c_uint(), ctypes.c_uint()
                raw.FPDFImageObj_GetImagePixelSize(obj, w, h)
                out.append(_Obj(len(out), "image", box, pixels=(w.value, h.value)))
            elif kind == SHADING:
                out.append(_Obj(len(out), "fill", box))

    walk(page, raw.FPDFPage_CountObjects, raw.FPDFPage_GetObject, _IDENTITY, 0)
    return out


def _area(box: Box) -> float:
    return max(0.0, box[2] - box[0]) * max(0.0, box[3] - box[1])


def _overlap(a: Box, b: Box) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def _units(textpage: Any, count: int) -> array:
    """The UTF-16 code units of the page text, one per character index."""
    buffer = (ctypes.c_ushort * (count + 1))()
    written = raw.FPDFText_GetText(textpage, 0, count, buffer)
    units = array("H", bytes(buffer)[: max(0, written - 1) * 2])
    if len(units) < count:
        units.extend([0x20] * (count - len(units)))
    return units


def _decode(units: array) -> str:
    text = units.tobytes().decode("utf-16-le", "replace").replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\x00", "").replace("\ufffe", "")


def read_page(page: pdfium.PdfPage, overlays: list[Box] | None = None, check_unicode: bool = True, tagged: bool = False) -> PageText:
    """Read one page: body without covered or invisible glyphs, which go to their own text.

    ``check_unicode``: look for glyphs PDFium could not map to Unicode (only needed when a font
    of the page has neither a /ToUnicode map nor a standard encoding). ``tagged``: the document
    has a structure tree, whose order of marked content is the reading order of the body.
    """
    result = PageText()
    objects = _objects(page.raw)
    texts = sum(1 for o in objects if o.kind == "text")
    if len(objects) > MAX_PAGE_OBJECTS or texts * (len(objects) - texts) > MAX_PAGE_PAIRS:
        result.problems.append((f"page draws {len(objects):,} objects, too many to compare for covered text (limit)", "ANO910"))
        return result
    order = _struct_order(page.raw) if tagged else []
    textpage = raw.FPDFText_LoadPage(page.raw)
    if not textpage:
        result.problems.append(("page text could not be read", "ANO913"))
        return result
    try:
        count = raw.FPDFText_CountChars(textpage)
        units = _units(textpage, count) if count > 0 else array("H")
        _column_breaks(textpage, units)
        unmapped = [i for i in range(count) if raw.FPDFText_HasUnicodeMapError(textpage, i)] if check_unicode else []
        result.unmapped = len(unmapped)
        _classify(result, textpage, units, objects, overlays or [], set(unmapped), order)
    finally:
        raw.FPDFText_ClosePage(textpage)
    _images(result, page, objects)
    return result


def _column_breaks(textpage: Any, units: array) -> None:
    """Turn the spaces PDFium inserts across a wide gap (between table cells or columns) into line
    breaks, as a reader sees them: "Owner  By  Status" headings are not one name."""
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    last = len(units) - 1
    for index, unit in enumerate(units):
        if unit != 0x20 or index == 0 or index == last or raw.FPDFText_IsGenerated(textpage, index) != 1:
            continue
        if not raw.FPDFText_GetCharBox(textpage, index - 1, left, right, bottom, top):
            continue
        end, low, high = right.value, bottom.value, top.value
        if not raw.FPDFText_GetCharBox(textpage, index + 1, left, right, bottom, top):
            continue
        size = max(raw.FPDFText_GetFontSize(textpage, index - 1), high - low, 1.0)
        if left.value - end > COLUMN_GAP * size:
            units[index] = 0x0A


def _struct_order(page: Any) -> list[int]:
    """The page's marked-content ids in the order of the structure tree (empty when untagged)."""
    tree = raw.FPDF_StructTree_GetForPage(page)
    if not tree:
        return []
    order: list[int] = []
    try:
        stack = [raw.FPDF_StructTree_GetChildAtIndex(tree, i) for i in reversed(range(raw.FPDF_StructTree_CountChildren(tree)))]
        steps = 0
        while stack and steps < 200_000:
            steps += 1
            element = stack.pop()
            if not element:
                continue
            kids = []
            for index in range(raw.FPDF_StructElement_CountChildren(element)):
                child = raw.FPDF_StructElement_GetChildAtIndex(element, index)
                if child:
                    kids.append(child)
                else:
                    mcid = raw.FPDF_StructElement_GetChildMarkedContentID(element, index)
                    if mcid >= 0:
                        if kids:  # an id after an element: read once the element is done
                            stack.append(_Mcid(mcid))
                        else:
                            order.append(mcid)
            stack.extend(reversed(kids))
            while stack and isinstance(stack[-1], _Mcid):
                order.append(stack.pop().value)
    finally:
        raw.FPDF_StructTree_Close(tree)
    return order


@dataclass
class _Mcid:
    value: int


def _classify(result: PageText, textpage: Any, units: array, objects: list[_Obj], overlays: list[Box], unmapped: set[int], order: list[int]) -> None:
    shapes = [o for o in objects if o.kind != "text"]
    shapes += [_Obj(len(objects) + i, "fill", box) for i, box in enumerate(overlays)]
    texts = [o for o in objects if o.kind == "text"]
    hidden_objs: list[_Obj] = []
    candidate_objs: list[_Obj] = []
    last_shape = max((sh.z for sh in shapes), default=-1)
    for obj in texts:
        invisible = obj.mode in (3, 7)
        if invisible or (obj.white and obj.mode in (0, 2, 4, 6)):
            area = _area(obj.box)
            under = [sh for sh in shapes if sh.z < obj.z and _overlap(obj.box, sh.box) >= COVER_FRACTION * area] if area > 0 else []
            # invisible glyphs over a picture are an OCR layer (they repeat what the scan shows);
            # white glyphs on a dark fill are visible
            if (invisible and (not under or under[-1].kind != "image")) or (not invisible and (not under or under[-1].kind == "white")):
                hidden_objs.append(obj)
                continue
        if obj.z < last_shape and any(sh.z > obj.z and _overlap(obj.box, sh.box) > 0 for sh in shapes):
            candidate_objs.append(obj)
    result.plain = _decode(units)
    rank = {mcid: index for index, mcid in enumerate(order)}
    reorder = False
    if rank:
        sequence = [rank[o.mcid] for o in texts if o.mcid in rank]
        reorder = any(b < a for a, b in zip(sequence, sequence[1:]))
    if not hidden_objs and not candidate_objs and not unmapped and not reorder:
        result.body = result.plain
        return
    hidden = {_addr(o.handle) for o in hidden_objs}
    candidates = {_addr(o.handle) for o in candidate_objs}
    z_of = {_addr(o.handle): o.z for o in candidate_objs}
    key_of = {_addr(o.handle): rank[o.mcid] for o in texts if o.mcid in rank} if reorder else {}
    runs: list[tuple[int, array]] = []  # (reading-order key, code units)
    key = -1
    covered: list[int] = []
    invisible: list[int] = []
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    for index, unit in enumerate(units):
        if index in unmapped:
            continue
        handle = raw.FPDFText_GetTextObject(textpage, index)
        addr = _addr(handle) if handle else 0
        if addr in hidden:
            invisible.append(index)
            continue
        if addr in candidates and raw.FPDFText_GetCharBox(textpage, index, left, right, bottom, top):
            box = (left.value, bottom.value, right.value, top.value)
            area = _area(box)
            z = z_of.get(addr, 0)
            if area > 0 and abs(raw.FPDFText_GetCharAngle(textpage, index)) < 0.05 and any(
                s.z > z and _overlap(box, s.box) >= COVER_FRACTION * area for s in shapes
            ):
                covered.append(index)
                continue
        if addr in key_of:
            key = key_of[addr]  # text outside the structure tree (artifacts) stays with what precedes it
        if not runs or runs[-1][0] != key:
            runs.append((key, array("H")))
        runs[-1][1].append(unit)
    if reorder:
        runs.sort(key=lambda run: run[0])
        pieces = [_decode(run) for _key, run in runs]
        result.body = "".join(piece if piece.endswith("\n") else piece + "\n" for piece in pieces if piece)
    else:
        result.body = "".join(_decode(run) for _key, run in runs)
    result.covered = _runs(units, covered)
    result.hidden = _runs(units, invisible)


def _runs(units: array, indexes: list[int]) -> str:
    """Characters at ``indexes`` joined into lines: a new line where the text breaks, else a space."""
    if not indexes:
        return ""
    out = array("H")
    previous = -2
    for index in indexes:
        if previous >= 0 and index != previous + 1:
            between = units[previous + 1 : index].tobytes().decode("utf-16-le", "replace")
            out.append(0x20 if between.strip() == "" and "\n" not in between and "\r" not in between else 0x0A)
        out.append(units[index])
        previous = index
    return _decode(out).strip() + "\n"


def _images(result: PageText, page: pdfium.PdfPage, objects: list[_Obj]) -> None:
    """Pictures that could hold words no text layer repeats: the page itself, or image regions."""
    x0, y0, x1, y1 = page.get_mediabox()
    page_area = max((x1 - x0) * (y1 - y0), 1.0)
    texts = [o for o in objects if o.kind == "text"]
    visible_text = any(True for o in texts) and result.body.strip() != ""
    regions = []
    for obj in objects:
        if obj.kind != "image":
            continue
        w, h = obj.pixels
        if min(w, h) < MIN_OCR_PIXELS[1] or max(w, h) < MIN_OCR_PIXELS[0] or _area(obj.box) < MIN_OCR_AREA * page_area:
            continue
        # text laid over much of the picture (a scanner's OCR layer) already reads it; a caption
        # or a stray word inside it does not
        over = sum(_overlap(t.box, obj.box) for t in texts if t.z > obj.z)
        if over >= OCR_LAYER_FRACTION * _area(obj.box):
            continue
        clipped = (max(obj.box[0], x0), max(obj.box[1], y0), min(obj.box[2], x1), min(obj.box[3], y1))
        if _area(clipped) > 0:
            regions.append(clipped)
    if regions and not visible_text:
        result.image_only = True
        result.ocr_boxes = [(x0, y0, x1, y1)]
    else:
        result.ocr_boxes = regions
