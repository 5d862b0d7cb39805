"""Text metadata of images (EXIF, GPS, XMP, IPTC, PNG text chunks, comments) with Pillow; pixels are never read."""

from __future__ import annotations

import io
import struct
import warnings
from dataclasses import dataclass, field
from typing import Any

from anonymise.extract.docx_media import xmp_values
from anonymise.extract.safexml import UnsafeInput, parse_xml
from anonymise.types import Extracted, ExtractProblem, TextPart

MAX_IMAGE_BYTES = 100 * 1024 * 1024
# Pillow's own decompression-bomb limit is 89 million pixels (a warning) and twice that (an error);
# the check never decodes pixels, but a declared size this large is refused as a likely bomb.
MAX_PIXELS = 89_478_485
MAX_XMP_BYTES = 4 * 1024 * 1024
CODE_GPS = "ANO932"
OCR_SECONDS = 60

# EXIF tags that hold words a person wrote or that name a person or device owner (IFD0 and Exif IFD).
_EXIF_TEXT_TAGS = {
    269: "DocumentName", 270: "ImageDescription", 285: "PageName", 315: "Artist", 316: "HostComputer",
    33432: "Copyright", 37510: "UserComment", 40091: "XPTitle", 40092: "XPComment", 40093: "XPAuthor",
    40094: "XPKeywords", 40095: "XPSubject", 42016: "ImageUniqueID", 42032: "CameraOwnerName",
    42033: "BodySerialNumber", 42037: "LensSerialNumber", 37395: "ImageHistory", 50708: "UniqueCameraModel",
}
_EXIF_IFD = 0x8769
_GPS_IFD = 0x8825
_GPS_TEXT_TAGS = {27: "GPSProcessingMethod", 28: "GPSAreaInformation", 18: "GPSMapDatum"}
# IPTC IIM record 2 datasets that hold no person-written text (dates, times, codes).
_IPTC_SKIP = {0, 10, 30, 35, 37, 38, 47, 55, 60, 62, 63, 70, 75, 130, 131, 150, 151, 152, 154, 200, 201, 202}
_PNG_TEXT_CHUNKS = {b"tEXt", b"zTXt", b"iTXt"}
_PIXEL_CHUNKS = {b"IDAT", b"fdAT"}


@dataclass
class ImageMetadata:
    """Metadata found in one image: text per kind ("exif", "xmp", "iptc", "text") and GPS presence."""

    lines: dict[str, list[str]] = field(default_factory=dict)
    gps: list[str] = field(default_factory=list)  # which GPS fields are set (never their values)

    def add(self, kind: str, label: str, value: Any) -> None:
        if isinstance(value, bytes):
            value = _decode(value)
        if isinstance(value, (tuple, list)):
            value = " ".join(str(v) for v in value)
        text = " ".join(str(value).replace("\x00", " ").split())
        if text:
            self.lines.setdefault(kind, []).append(f"{label}: {text}")


def _decode(value: bytes) -> str:
    if value.startswith((b"ASCII\x00\x00\x00", b"UNICODE\x00", b"JIS\x00\x00\x00\x00\x00", b"\x00" * 8)):
        head, value = value[:8], value[8:]  # EXIF UserComment character-code prefix
        if head.startswith(b"UNICODE"):
            return value.decode("utf-16-be" if value[:1] == b"\x00" else "utf-16-le", errors="replace")
    if len(value) > 1 and value[1::2].count(0) > len(value) // 4:
        return value.decode("utf-16-le", errors="replace")  # XP* tags are UTF-16LE
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return value.decode("latin-1")


def read_metadata(data: bytes, name: str) -> ImageMetadata:
    """Every text metadata value of an image; raise ``UnsafeInput`` when it cannot be read completely.

    Pixels are never decoded: EXIF (with GPS), XMP, IPTC, PNG text chunks anywhere in the file
    (Pillow reads only those before the pixel data when it opens a PNG) and JPEG/GIF comments.
    """
    if len(data) > MAX_IMAGE_BYTES:
        raise UnsafeInput(None, f"image is larger than {MAX_IMAGE_BYTES // (1024 * 1024)} MB")
    from PIL import Image, IptcImagePlugin

    meta = ImageMetadata()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(data))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise UnsafeInput(None, f"image declares too many pixels (possible decompression bomb): {exc}") from None
    except Exception as exc:
        raise UnsafeInput(None, f"not a readable image: {type(exc).__name__}: {exc}") from None
    with im:
        try:
            if im.width * im.height > MAX_PIXELS:
                raise UnsafeInput(None, f"image declares {im.width}x{im.height} pixels (possible decompression bomb)")
            if im.format == "PNG":
                info = _png_chunks(data, meta)
                exif = Image.Exif()
                if info.get("exif"):
                    exif.load(info["exif"])
                _exif(exif, meta)
                xmp = info.get("xmp")
            else:
                # getexif() on a PNG may decode the pixels to find a late eXIf chunk: never here.
                _exif(im.getexif(), meta)
                xmp = im.info.get("xmp") or im.info.get("XML:com.adobe.xmp")
                if im.info.get("comment"):  # JPEG COM, GIF and WebP comments
                    meta.add("text", "comment", im.info["comment"])
            iptc = IptcImagePlugin.getiptcinfo(im) if im.format in ("JPEG", "TIFF") else None
            for (record, dataset), value in sorted((iptc or {}).items()):
                if record == 2 and dataset not in _IPTC_SKIP:
                    for item in value if isinstance(value, list) else [value]:
                        meta.add("iptc", f"IPTC 2:{dataset}", item)
            if im.format == "TIFF":
                xmp = xmp or im.getexif().get(700)
            _xmp(xmp, data, meta)
        except UnsafeInput:
            raise
        except Exception as exc:  # a corrupt or hostile image is not something the check can vouch for
            raise UnsafeInput(None, f"image metadata could not be read completely: {type(exc).__name__}: {exc}") from None
    return meta


def _exif(exif: Any, meta: ImageMetadata) -> None:
    if not exif:
        return
    for tag, label in _EXIF_TEXT_TAGS.items():
        if tag in exif:
            meta.add("exif", label, exif[tag])
    sub = exif.get_ifd(_EXIF_IFD)
    for tag, label in _EXIF_TEXT_TAGS.items():
        if tag in sub:
            meta.add("exif", label, sub[tag])
    gps = exif.get_ifd(_GPS_IFD)
    for tag, label in _GPS_TEXT_TAGS.items():
        if tag in gps:
            meta.add("exif", label, gps[tag])
    # Latitude/longitude (2/4) or a destination (20/22) or an area: a place where the photo was taken.
    set_fields = [label for tag, label in ((2, "latitude"), (4, "longitude"), (20, "destination latitude"),
                                         (22, "destination longitude"), (28, "area")) if gps.get(tag)]
    meta.gps = set_fields


def _png_chunks(data: bytes, meta: ImageMetadata) -> dict[str, Any]:
    """Text chunks of a PNG, before and after the pixel data, decoded by Pillow's own chunk reader.

    Returns the stream's info (``exif`` bytes, ``xmp``) for the caller.
    """
    from PIL import PngImagePlugin

    fp = io.BytesIO(data)
    fp.seek(8)
    stream = PngImagePlugin.PngStream(fp)
    while True:
        try:
            cid, pos, length = stream.read()
        except (struct.error, SyntaxError) as exc:
            raise UnsafeInput(None, f"PNG chunk structure is broken: {exc}") from None
        if cid == b"IEND":
            break
        if pos + length > len(data):
            raise UnsafeInput(None, "PNG is truncated")
        if cid in _PNG_TEXT_CHUNKS or cid in (b"eXIf",):
            try:
                stream.call(cid, pos, length)
            except ValueError as exc:  # Pillow's MAX_TEXT_CHUNK / MAX_TEXT_MEMORY: a zTXt bomb
                raise UnsafeInput(None, f"PNG text chunk is too large to read (possible decompression bomb): {exc}") from None
            fp.seek(pos + length + 4)
        else:
            fp.seek(pos + length + 4)  # pixels and other chunks are skipped, never inflated
    for key, value in stream.im_text.items():
        if key.lower() not in ("xml:com.adobe.xmp",):
            meta.add("text", str(key), value)
    return dict(stream.im_info)


def _xmp(packet: Any, data: bytes, meta: ImageMetadata) -> None:
    import re

    if isinstance(packet, str):
        packet = packet.encode("utf-8")
    if not packet:
        found = re.search(rb"<x:xmpmeta.*?</x:xmpmeta>", data, re.S)
        packet = found.group(0) if found else b""
    if not packet:
        return
    if len(packet) > MAX_XMP_BYTES:
        raise UnsafeInput("image:xmp", "XMP packet is larger than 4 MB")
    start = packet.find(b"<x:xmpmeta")
    end = packet.rfind(b"</x:xmpmeta>")
    if start >= 0 and end > start:
        packet = packet[start:end + len(b"</x:xmpmeta>")]
    for line in xmp_values(parse_xml(packet, "image:xmp")):
        meta.lines.setdefault("xmp", []).append(line)


def _unique(lines: list[str]) -> str:
    return "".join(line + "\n" for line in dict.fromkeys(lines))


def metadata_parts(data: bytes, name: str, prefix: str = "image") -> Extracted:
    """The metadata of an image as ``<prefix>:exif``/``:xmp``/``:iptc``/``:text`` parts (channel metadata).

    GPS coordinates are an ``ExtractProblem`` with code ANO932 at ``<prefix>:exif`` (a location is an
    identifier the text detectors cannot see in numbers); an unreadable image is ANO901.
    """
    out = Extracted()
    try:
        meta = read_metadata(data, name)
    except UnsafeInput as exc:
        out.problems.append(ExtractProblem(prefix if exc.part in (None, "image:xmp") else exc.part,
                                           exc.message, getattr(exc, "code", "ANO901")))
        return out
    for kind in ("exif", "xmp", "iptc", "text"):
        text = _unique(meta.lines.get(kind, []))
        if text.strip():
            out.parts.append(TextPart(f"{prefix}:{kind}", "metadata", text))
    if meta.gps:
        out.problems.append(ExtractProblem(
            f"{prefix}:exif",
            f"the image records where it was taken (EXIF GPS {', '.join(meta.gps)}), a location that can "
            "identify a home or school; remove the location metadata (e.g. `exiftool -gps:all= FILE`)",
            CODE_GPS,
        ))
    return out


def ocr_text(data: bytes) -> str | None:
    """Text Tesseract reads in an image's pixels (English and Welsh); None when Tesseract is missing.

    Called only after ``read_metadata`` accepted the image, so the pixels decoded here are within
    the decompression-bomb limit.
    """
    try:
        import pytesseract

        languages = set(pytesseract.get_languages())
    except Exception:  # pytesseract or the tesseract binary is not installed
        return None
    from PIL import Image

    lang = "+".join(code for code in ("eng", "cym") if code in languages) or "eng"
    with Image.open(io.BytesIO(data)) as im:
        im.seek(0)
        grey = im.convert("L")
    return str(pytesseract.image_to_string(grey, lang=lang, timeout=OCR_SECONDS))


def extract_image_bytes(data: bytes, name: str, ocr: str | bool = False) -> Extracted:
    """Extract the file name and every metadata text of an image.

    Pixels are read only with ``ocr=True`` (``casereview check --ocr``): Tesseract's text becomes
    the ``image:ocr`` part (channel body); without Tesseract that is an ExtractProblem. Otherwise
    (False, or "auto") text in the picture is not read.
    """
    result = Extracted(parts=[TextPart("filename", "filename", name)] if name else [])
    found = metadata_parts(data, name)
    result.parts += found.parts
    result.problems += found.problems
    if ocr is True and not any(p.code == "ANO901" for p in found.problems):
        try:
            text = ocr_text(data)
        except Exception as exc:  # a timeout or a decoder error: the picture was not read
            result.problems.append(ExtractProblem("image:ocr", f"text in the picture could not be read: {type(exc).__name__}: {exc}"))
            return result
        if text is None:
            result.problems.append(ExtractProblem("image:ocr", "text in the picture cannot be read: Tesseract is not installed"))
        elif text.strip():
            result.parts.append(TextPart("image:ocr", "body", text, ((0, "text read from the picture (OCR)"),)))
    return result
