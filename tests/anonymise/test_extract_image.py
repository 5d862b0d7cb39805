"""Image metadata extraction: EXIF, GPS, XMP, IPTC, PNG text anywhere in the file; bombs fail closed."""

from __future__ import annotations

import io
import struct
import time
import zlib

import pytest
from PIL import Image, PngImagePlugin

from anonymise.extract import extract_bytes
from anonymise.types import Extracted

NAME = "Jayden Okafor"
XMP = (f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
       f'<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>{NAME}</rdf:li>'
       f"</rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>")


def _where(ex: Extracted) -> set[tuple[str | None, str]]:
    return {(p.part, p.channel) for p in ex.parts if NAME in p.text}


def _save(fmt: str, size: tuple[int, int] = (8, 8), **kwargs) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, "white").save(buf, fmt, **kwargs)
    return buf.getvalue()


def _exif(**tags) -> Image.Exif:
    exif = Image.Exif()
    for tag, value in tags.items():
        exif[int(tag[1:])] = value
    return exif


def _gps_exif() -> Image.Exif:
    exif = Image.Exif()
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "N", (51.0, 30.0, 12.5), "W", (0.0, 7.0, 40.0)
    return exif


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def _png_with_late_text(text: bytes) -> bytes:
    """A PNG whose tEXt chunk comes after the pixel data (Pillow's open() does not see it)."""
    png = _save("PNG")
    end = png.rindex(b"IEND") - 4
    return png[:end] + _chunk(b"tEXt", b"Author\x00" + text) + png[end:]


def _jpeg_with_iptc() -> bytes:
    record = b"\x1c\x02\x50" + struct.pack(">H", len(NAME)) + NAME.encode()  # 2:80 By-line
    resource = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(record)) + record
    app13 = b"Photoshop 3.0\x00" + resource
    jpeg = _save("JPEG")
    return jpeg[:2] + b"\xff\xed" + struct.pack(">H", len(app13) + 2) + app13 + jpeg[2:]


def _png_info(**text: str) -> PngImagePlugin.PngInfo:
    info = PngImagePlugin.PngInfo()
    for key, value in text.items():
        info.add_text(key, value)
    return info


LEAKS = [
    ("jpeg EXIF Artist", lambda: _save("JPEG", exif=_exif(t315=NAME)), "photo.jpg", "image:exif"),
    ("jpeg EXIF ImageDescription", lambda: _save("JPEG", exif=_exif(t270=f"{NAME} at home")), "photo.jpeg", "image:exif"),
    ("jpeg XP author (UTF-16)", lambda: _save("JPEG", exif=_exif(t40093=NAME.encode("utf-16-le") + b"\0\0")), "photo.jpg", "image:exif"),
    ("jpeg comment", lambda: _save("JPEG", comment=f"taken by {NAME}".encode()), "photo.jpg", "image:text"),
    ("jpeg XMP", lambda: _save("JPEG", xmp=XMP.encode()), "photo.jpg", "image:xmp"),
    ("jpeg IPTC by-line", _jpeg_with_iptc, "photo.jpg", "image:iptc"),
    ("png tEXt", lambda: _save("PNG", pnginfo=_png_info(Author=NAME)), "chart.png", "image:text"),
    ("png zTXt", lambda: _save("PNG", pnginfo=(lambda i: (i.add_text("Comment", NAME, zip=True), i)[1])(PngImagePlugin.PngInfo())), "chart.png", "image:text"),
    ("png iTXt", lambda: _save("PNG", pnginfo=(lambda i: (i.add_itxt("Description", NAME), i)[1])(PngImagePlugin.PngInfo())), "chart.png", "image:text"),
    ("png text after the pixels", lambda: _png_with_late_text(NAME.encode()), "chart.png", "image:text"),
    ("png eXIf", lambda: _save("PNG", exif=_exif(t315=NAME)), "chart.png", "image:exif"),
    ("tiff EXIF Artist", lambda: _save("TIFF", exif=_exif(t315=NAME)), "scan.tif", "image:exif"),
    ("webp EXIF", lambda: _save("WEBP", exif=_exif(t315=NAME)), "photo.webp", "image:exif"),
    ("gif comment", lambda: _save("GIF", comment=NAME.encode()), "anim.gif", "image:text"),
]


@pytest.mark.parametrize(("case", "build", "filename", "part"), LEAKS, ids=[c[0] for c in LEAKS])
def test_every_metadata_leak_is_found(case: str, build, filename: str, part: str) -> None:
    ex = extract_bytes(build(), filename)
    assert (part, "metadata") in _where(ex), (case, ex.parts, ex.problems)
    assert ex.problems == []


@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])
def test_gps_is_reported_as_a_location(fmt: str) -> None:
    ex = extract_bytes(_save(fmt, exif=_gps_exif().tobytes()), f"photo.{fmt.lower()}")
    assert [(p.part, p.code) for p in ex.problems] == [("image:exif", "ANO932")]
    assert "51" not in ex.problems[0].message  # the coordinates themselves are never printed


@pytest.mark.parametrize(("fmt", "name"), [("JPEG", "a.jpg"), ("PNG", "a.png"), ("TIFF", "a.tiff"), ("GIF", "a.gif")])
def test_image_without_metadata_is_clean(fmt: str, name: str) -> None:
    ex = extract_bytes(_save(fmt), name)
    assert ex.problems == []
    assert [p.channel for p in ex.parts] == ["filename"]


def test_png_decompression_bomb_ends_in_a_finding() -> None:
    # 30,000 x 30,000 pixels declared (900 million) in a few KB: never decoded, refused.
    raw = zlib.compress(b"\x00" * (1024 * 1024))
    ihdr = struct.pack(">IIBBBBB", 30_000, 30_000, 8, 0, 0, 0, 0)
    png = b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", raw) + _chunk(b"IEND", b"")
    start = time.perf_counter()
    ex = extract_bytes(png, "bomb.png")
    assert ex.problems and "decompression bomb" in ex.problems[0].message
    assert time.perf_counter() - start < 30  # a hang guard, not a speed target


def test_ztxt_bomb_ends_in_a_finding() -> None:
    png = _save("PNG")
    end = png.rindex(b"IEND") - 4
    bomb = _chunk(b"zTXt", b"Comment\x00\x00" + zlib.compress(b"a" * (50 * 1024 * 1024), 9))
    ex = extract_bytes(png[:end] + bomb + png[end:], "bomb.png")
    assert ex.problems and "too large" in ex.problems[0].message


@pytest.mark.parametrize("data", [b"", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff\xe0garbage", b"not an image"])
def test_corrupt_images_fail_closed(data: bytes) -> None:
    assert extract_bytes(data, "x.png").problems


def test_xmp_with_entities_is_refused() -> None:
    xmp = b'<?xpacket?><!DOCTYPE x [<!ENTITY a "b">]><x:xmpmeta xmlns:x="adobe:ns:meta/">&a;</x:xmpmeta>'
    ex = extract_bytes(_save("JPEG", xmp=xmp), "a.jpg")
    assert ex.problems


def _picture_of_text(text: str) -> bytes:
    from PIL import ImageDraw, ImageFont

    im = Image.new("RGB", (700, 120), "white")
    ImageDraw.Draw(im).text((10, 30), text, fill="black", font=ImageFont.truetype("DejaVuSans.ttf", 36))
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


def _tesseract() -> bool:
    try:
        import pytesseract

        pytesseract.get_tesseract_version()
        return True
    except Exception:
        return False


@pytest.mark.skipif(not _tesseract(), reason="needs Tesseract")
def test_ocr_reads_text_in_the_pixels_only_when_asked() -> None:
    from anonymise.extract import extract_bytes as dispatch

    data = _picture_of_text(NAME)
    assert [p.part for p in dispatch(data, "scan.png").parts] == ["filename"]  # default: pixels not read
    ex = dispatch(data, "scan.png", ocr=True)
    assert ("image:ocr", "body") in _where(ex)


def test_ocr_without_tesseract_fails_closed(monkeypatch) -> None:
    from anonymise.extract import image

    monkeypatch.setattr(image, "ocr_text", lambda data: None)
    ex = image.extract_image_bytes(_save("PNG"), "scan.png", ocr=True)
    assert [(p.part, "Tesseract" in p.message) for p in ex.problems] == [("image:ocr", True)]
