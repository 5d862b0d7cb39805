"""Text metadata of embedded images (EXIF text tags, PNG text chunks, XMP); pixels are never decoded."""

from __future__ import annotations

import io
import re

from lxml import etree

from anonymise.extract.safexml import UnsafeInput, localname, parse_xml

_EXIF_TEXT_TAGS = {270: "ImageDescription", 315: "Artist", 33432: "Copyright", 40091: "XPTitle", 40092: "XPComment",
                   40093: "XPAuthor", 40094: "XPKeywords", 40095: "XPSubject", 37510: "UserComment", 269: "DocumentName"}


def image_metadata(data: bytes, name: str) -> list[str]:
    """Text metadata of an image (EXIF text tags, PNG text chunks, XMP values); pixels are not decoded."""
    lines: list[str] = []
    xmp = re.search(rb"<x:xmpmeta.*?</x:xmpmeta>", data, re.S)
    if xmp:
        lines += xmp_values(parse_xml(xmp.group(0), name))
    if not name.lower().endswith((".png", ".jpg", ".jpeg", ".tif", ".tiff", ".gif")):
        return lines
    try:
        from PIL import Image

        with Image.open(io.BytesIO(data)) as im:
            for key, value in im.info.items():
                if isinstance(value, str) and key not in ("xmp", "icc_profile"):
                    lines.append(f"{key}: {value}")
            exif = im.getexif()
            for tag, label in _EXIF_TEXT_TAGS.items():
                value = exif.get(tag)
                if isinstance(value, bytes):
                    value = value.decode("utf-16-le" if tag >= 40091 else "latin-1", errors="ignore").strip("\x00")
                if value:
                    lines.append(f"{label}: {value}")
    except Exception as exc:  # a corrupt image is not something the check can vouch for
        raise UnsafeInput(name, f"image metadata could not be read: {exc}") from None
    return lines


_XMP_SKIP = {"CreateDate", "ModifyDate", "MetadataDate", "DocumentID", "InstanceID", "OriginalDocumentID",
             "about", "format", "PDFVersion", "Trapped", "part", "conformance", "when", "instanceID", "action",
             "softwareAgent", "changed", "Format", "NumberOfPages", "HasVisibleTransparency",
             "HasVisibleOverprint", "ColorMode", "ICCProfile", "Orientation", "XResolution",
             "YResolution", "ResolutionUnit", "ColorSpace", "PixelXDimension", "PixelYDimension",
             "xmptk", "amd", "rev", "ExifVersion", "lang"}


def xmp_values(root: etree._Element) -> list[str]:
    """Every text value and meaningful attribute value of an XMP packet, as ``name: value`` lines."""
    lines: list[str] = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        for key, value in el.attrib.items():
            local = key.rsplit("}", 1)[-1]
            if local not in _XMP_SKIP and str(value).strip():
                lines.append(f"{local}: {value}")
        text = (el.text or "").strip()
        if text:
            owner = el
            while localname(owner) in ("li", "Seq", "Bag", "Alt") and owner.getparent() is not None:
                owner = owner.getparent()
            if localname(owner) not in _XMP_SKIP:
                lines.append(f"{localname(owner)}: {text}")
    return lines
