"""PDF/UA-1 rendering with WeasyPrint: a locked-down URL fetcher, accessibility errors fail the render."""

from __future__ import annotations

import logging
import os
import re
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Sequence
from urllib.parse import unquote, urlsplit

from generator.errors import RenderError

PDF_VARIANT = "pdf/ua-1"
# WeasyPrint log messages that mean the PDF would not be accessible.
_FATAL_LOG = re.compile(r"alt description|\"lang\" attribute|Failed to load|Error fetching", re.I)


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.messages.append(record.getMessage())
        except Exception:  # pragma: no cover - a broken log record is not our render's failure
            self.messages.append(str(record.msg))


@contextmanager
def _captured_weasyprint_logs() -> Iterator[_Capture]:
    logger = logging.getLogger("weasyprint")
    handler = _Capture()
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)


@contextmanager
def _source_date_epoch(epoch: int) -> Iterator[None]:
    """Set SOURCE_DATE_EPOCH while rendering: fontTools stamps subset fonts with it (reproducibility)."""
    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = old


@contextmanager
def _language_tags() -> Iterator[None]:
    """Give structure elements of HTML elements with their own ``lang`` a /Lang entry (PDF/UA 7.2).

    WeasyPrint sets only the catalog's /Lang; a ``<span lang="en">`` in a Welsh edition must tell a
    screen reader to switch language too. Wraps ``weasyprint.pdf.tags._build_box_tree`` while rendering.
    """
    import pydyf
    from weasyprint.pdf import tags

    original = tags._build_box_tree

    def build(box, parent, pdf, page_number, nums, annotations, marks):  # type: ignore[no-untyped-def]
        element = getattr(box, "element", None)
        lang = None
        if element is not None and getattr(box, "element_tag", None) not in ("html", "body"):
            lang = element.get("lang")
        for struct in original(box, parent, pdf, page_number, nums, annotations, marks):
            if lang and "Lang" not in struct:
                struct["Lang"] = pydyf.String(lang)
            yield struct

    tags._build_box_tree = build
    try:
        yield
    finally:
        tags._build_box_tree = original


def make_url_fetcher(allowed_dirs: Sequence[Path]):  # type: ignore[no-untyped-def]
    """A WeasyPrint URL fetcher that serves ``data:`` URLs and files inside ``allowed_dirs`` only.

    Anything else (other files, http(s), ftp, @import of remote CSS) is refused without any I/O;
    refused URLs are recorded on ``fetcher.refused`` so the render can fail loudly.
    """
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    roots = [Path(d).resolve() for d in allowed_dirs]

    class SafeFetcher(URLFetcher):
        def __init__(self) -> None:
            super().__init__(timeout=1, allowed_protocols={"data", "file"}, allow_redirects=False)
            self.refused: list[str] = []

        def fetch(self, url: str, headers: object = None) -> URLFetcherResponse:  # type: ignore[override]
            parts = urlsplit(url)
            scheme = parts.scheme.lower()
            if scheme == "data":
                return super().fetch(url, headers)
            if scheme == "file" and parts.netloc in ("", "localhost"):
                path = Path(unquote(parts.path)).resolve()
                if any(path.is_relative_to(root) for root in roots) and path.is_file():
                    return URLFetcherResponse(url, path.read_bytes(), _mime_headers(path))
            self.refused.append(url)
            raise ValueError(f"casereview refuses to fetch {_short(url)}")

    return SafeFetcher()


def _mime_headers(path: Path) -> dict[str, str]:
    types = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
             ".css": "text/css", ".svg": "image/svg+xml", ".ttf": "font/ttf", ".otf": "font/otf",
             ".woff": "font/woff", ".woff2": "font/woff2"}
    return {"Content-Type": types.get(path.suffix.lower(), "application/octet-stream")}


def _short(url: str) -> str:
    return url if len(url) <= 80 else url[:77] + "..."


def render_pdf(
    html: str,
    *,
    base_dir: Path,
    allowed_dirs: Sequence[Path],
    title: str,
    epoch: int = 946684800,
) -> bytes:
    """Render ``html`` to PDF/UA-1 bytes; deterministic for the same input (no dates from the clock).

    ``base_dir`` resolves relative URLs; only files inside ``allowed_dirs`` (plus ``data:`` URLs) are
    fetched. A refused fetch, a missing alt text or a missing document language raises RenderError.
    ``epoch`` (seconds, from the review's date) is the timestamp written into subset fonts.
    """
    import weasyprint

    fetcher = make_url_fetcher(allowed_dirs)
    with _captured_weasyprint_logs() as logs, _source_date_epoch(epoch), _language_tags():
        try:
            doc = weasyprint.HTML(
                string=html, base_url=Path(base_dir).resolve().as_uri() + "/", url_fetcher=fetcher
            )
            pdf = doc.write_pdf(
                pdf_variant=PDF_VARIANT,
                pdf_identifier=_identifier(html),
                finisher=_strip_producer,
            )
        except RenderError:
            raise
        except Exception as exc:  # WeasyPrint raises many types; the tool cannot go on
            raise RenderError(f"PDF rendering of {title!r} failed: {type(exc).__name__}: {exc}") from exc
    problems = [m for m in logs.messages if _FATAL_LOG.search(m)]
    if fetcher.refused:
        refused = ", ".join(sorted({_short(u) for u in fetcher.refused}))
        raise RenderError(
            f"PDF rendering of {title!r} refused to fetch {refused}: only data: URLs and files inside "
            "the review's assets/ folder may be used"
        )
    if problems:
        raise RenderError(f"PDF rendering of {title!r} is not accessible: " + "; ".join(problems))
    return bytes(pdf)


def _identifier(html: str) -> bytes:
    import hashlib

    return hashlib.md5(html.encode("utf-8"), usedforsecurity=False).hexdigest().encode("ascii")


def _strip_producer(document: object, pdf: object) -> None:
    """Remove the tool name (Producer) from the info dictionary and the XMP packet."""
    info = getattr(pdf, "info", None)
    if info is not None and "Producer" in info:
        del info["Producer"]
    catalog = getattr(pdf, "catalog", None)
    if catalog is None or "Metadata" not in catalog:
        return
    ref = catalog["Metadata"]
    match = re.match(rb"\s*(\d+)", ref if isinstance(ref, bytes) else str(ref).encode())
    if not match:
        return
    number = int(match.group(1))
    stream = pdf.objects[number]  # type: ignore[attr-defined]
    stream.stream = [
        re.sub(rb'\s*pdf:Producer="[^"]*"', b"", part if isinstance(part, bytes) else part.encode())
        for part in stream.stream
    ]
