"""OCR of image-only PDF pages and picture regions with Tesseract (one process for a whole file)."""

from __future__ import annotations

import functools
import os
import shutil
import tempfile
from typing import Any

OCR_DPI = 200
OCR_TIMEOUT_BASE = 20.0  # seconds for one Tesseract run ...
OCR_TIMEOUT_PER_IMAGE = 4.0  # ... plus this per picture, capped at OCR_TIMEOUT_MAX
OCR_TIMEOUT_MAX = 50.0
MAX_OCR_IMAGES = 200  # pictures OCR'd in one file (more fail the check)


class OcrFailed(Exception):
    """Tesseract is missing, failed or timed out."""


@functools.lru_cache(maxsize=1)
def available() -> bool:
    """Whether Tesseract (and the pytesseract wrapper) can be used."""
    import importlib.util

    if shutil.which(os.environ.get("TESSERACT_CMD", "tesseract")) is None:
        return False
    return importlib.util.find_spec("pytesseract") is not None  # found, not imported (it imports PIL)


@functools.lru_cache(maxsize=1)
def languages() -> str:
    """English, plus Welsh where its language data is installed."""
    import pytesseract

    try:
        installed = set(pytesseract.get_languages(config=""))
    except Exception:
        installed = {"eng"}
    return "+".join(lang for lang in ("eng", "cym") if lang in installed) or "eng"


def may_hold_text(pixels: Any) -> bool:
    """False for a greyscale picture (numpy array) with no contrast at all: a flat or smoothly
    shaded area cannot hold a word."""
    import numpy

    grey = numpy.asarray(pixels, dtype=numpy.int16)
    if grey.ndim == 3:
        grey = grey[..., 0]
    if grey.size == 0 or int(grey.max()) - int(grey.min()) < 24:
        return False
    edges = int((numpy.abs(numpy.diff(grey, axis=1)) >= 64).sum()) + int((numpy.abs(numpy.diff(grey, axis=0)) >= 64).sum())
    return edges >= 20


def ocr_images(images: list[Any]) -> list[str]:
    """The text of each greyscale picture (numpy array), read by one Tesseract run over a multi-page TIFF."""
    if not images:
        return []
    if not available():
        raise OcrFailed("Tesseract is not installed")
    import numpy

    try:
        import pytesseract
        from PIL import Image
    except ImportError as exc:
        raise OcrFailed(f"pytesseract could not be loaded: {exc}") from exc

    timeout = min(OCR_TIMEOUT_MAX, OCR_TIMEOUT_BASE + OCR_TIMEOUT_PER_IMAGE * len(images))
    frames = [Image.fromarray(numpy.ascontiguousarray(image if image.ndim == 2 else image[..., 0]).astype(numpy.uint8), "L") for image in images]
    with tempfile.TemporaryDirectory(prefix="casereview-ocr-") as tmp:
        path = os.path.join(tmp, "pages.tif")
        frames[0].save(path, save_all=True, append_images=frames[1:], compression="tiff_deflate", dpi=(OCR_DPI, OCR_DPI))
        try:
            text = pytesseract.image_to_string(path, lang=languages(), config="--psm 3", timeout=timeout)
        except RuntimeError as exc:  # pytesseract's timeout
            raise OcrFailed(f"Tesseract took longer than {timeout:.0f} s") from exc
        except Exception as exc:
            raise OcrFailed(f"Tesseract failed: {str(exc).strip()[:200]}") from exc
    pages = text.split("\f")
    if len(pages) < len(images):
        pages += [""] * (len(images) - len(pages))
    return pages[: len(images)]
