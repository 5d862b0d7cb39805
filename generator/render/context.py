"""Build the render context of one document from the Review model (shared by DOCX, HTML and PDF)."""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from generator.findings import REGISTRY, Finding
from generator.model import Document, Review
from generator.render import markdown as md
from generator.render.strings import long_date, strings
import generator.rules  # noqa: F401  (registers the RND and VAL rules used here)

IMAGE_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif"}
_MAGIC = {"image/png": b"\x89PNG\r\n\x1a\n", "image/jpeg": b"\xff\xd8\xff", "image/gif": b"GIF8"}
DATE_KEYS = ("publication", "final_report", "decision", "commissioned", "rapid_review", "incident")
FALLBACK_DATE = dt.date(2000, 1, 1)
# Which structured appendices follow which document (documents not listed get the glossary only).
APPENDICES: dict[str, tuple[str, ...]] = {
    "report": ("points", "action_plan", "chronology", "glossary"),
    "overview-report": ("points", "action_plan", "chronology", "glossary"),
    "executive-summary": ("points", "action_plan", "glossary"),
}
# review.yaml lists of findings, learning points and recommendations, in the order they print.
POINT_LISTS = ("findings", "learning_points", "recommendations")


@dataclass(frozen=True)
class Text:
    """A review.yaml value as it prints; ``lang`` is set ("en") when English stands in a Welsh edition.

    ``__html__`` makes Jinja2's autoescape wrap such text in ``<span lang="en">``, so every template
    marks English text in a Welsh edition without having to remember to.
    """

    text: str
    lang: str | None = None

    def __str__(self) -> str:
        return self.text

    def __bool__(self) -> bool:
        return bool(self.text)

    def __html__(self) -> str:
        from markupsafe import escape

        body = str(escape(self.text))
        return f'<span lang="{self.lang}">{body}</span>' if self.lang and body else body


def pick(row: Any, key: str, lang: str) -> Text:
    """``row[key]`` in the edition's language: the ``key_cy`` twin in Welsh, else English marked ``en``."""
    if not isinstance(row, dict):
        return Text("")
    english = _text(row.get(key)).strip()
    if lang == "cy":
        welsh = _text(row.get(f"{key}_cy")).strip()
        if welsh:
            return Text(welsh)
        return Text(english, "en" if english else None)
    return Text(english)


def anchor_id(kind: str, ident: str) -> str:
    """The HTML id (and, with ``_`` for ``-``, the DOCX bookmark) of a point, action or paragraph."""
    return f"{kind}-{ident}".replace(".", "-")


@dataclass(frozen=True)
class Image:
    """An image the review may embed: bytes read from its own assets folder."""

    data: bytes
    mime: str
    path: Path

    @property
    def data_uri(self) -> str:
        return f"data:{self.mime};base64,{base64.b64encode(self.data).decode('ascii')}"


@dataclass
class RenderContext:
    """Everything a renderer needs for one document, independent of the output format."""

    review: Review
    document: Document
    lang: str
    edition: str
    strings: dict[str, Any]
    parsed: md.Parsed
    review_title: str
    doc_title: str
    board: Text
    pseudonym: Text
    review_type: str
    date: dt.date
    classification: str
    reviewers: list[tuple[str, Text]]
    images: dict[str, Image] = field(default_factory=dict)
    points: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    action_plan: list[dict[str, Any]] = field(default_factory=list)
    chronology: list[dict[str, Any]] = field(default_factory=list)
    glossary: list[dict[str, Any]] = field(default_factory=list)

    @property
    def point_ids(self) -> dict[str, str]:
        """Every finding / learning point / recommendation id this document prints -> its anchor."""
        return {p["id"]: p["anchor"] for rows in self.points.values() for p in rows}

    @property
    def classification_text(self) -> Text:
        """The security classification as printed; an English marking in a Welsh edition is marked ``en``."""
        return Text(self.classification, "en" if self.lang == "cy" else None)

    @property
    def short_title(self) -> str:
        """The running header: the review's own title (not the document type alone)."""
        return self.review_title

    @property
    def draft(self) -> bool:
        return self.edition == "draft"

    @property
    def lang_tag(self) -> str:
        return str(self.strings["lang_tag"])

    @property
    def full_title(self) -> str:
        if not self.doc_title or self.doc_title.lower() in self.review_title.lower():
            return self.review_title
        return f"{self.review_title}: {self.doc_title}"

    @property
    def show_doc_title(self) -> bool:
        """False when the review title already says what the document is (no doubled title)."""
        return bool(self.doc_title) and self.doc_title.lower() not in self.review_title.lower()

    @property
    def month_dates(self) -> bool:
        """Public editions print month and year unless ``publication.date_style: exact``."""
        return month_dates(self.review, self.edition)

    @property
    def date_text(self) -> str:
        return _format_date(self.date, self.lang, self.month_dates)

    @property
    def assets_dir(self) -> Path:
        return assets_dir(self.review)


def assets_dir(review: Review) -> Path:
    """The review's own asset folder (the only folder images and theme files may come from)."""
    return (Path(review.root) / "assets").resolve()


def review_date(review: Review) -> dt.date:
    """The date a rendered document carries (title page, metadata): publication, final report..."""
    dates = review.data.get("dates") or {}
    for key in DATE_KEYS:
        value = _as_date(dates.get(key)) if isinstance(dates, dict) else None
        if value:
            return value
    return FALLBACK_DATE


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def month_dates(review: Review, edition: str) -> bool:
    """True when dates print as month and year: the public edition, unless the review opts out."""
    if edition != "public":
        return False
    publication = review.data.get("publication")
    style = publication.get("date_style") if isinstance(publication, dict) else None
    return style != "exact"


def _format_date(value: dt.date | None, lang: str, month_only: bool) -> str:
    if value is None:
        return ""
    if month_only:
        months = strings(lang)["months"]
        return f"{months[value.month - 1]} {value.year}"
    return long_date(value, lang)


def build_context(
    review: Review, document: Document, *, edition: str, lang: str, doc_title: str | None = None
) -> tuple[RenderContext, list[Finding]]:
    """Parse ``document`` and gather the review data the templates show; findings for bad images."""
    s = strings(lang)
    parsed = md.parse(document.source.text)
    data = review.data
    title = str(data.get("title") or s["review_types"].get(review.type, review.type))
    if lang == "cy" and parsed.title:
        title = parsed.title  # review.yaml's title is English; the Welsh text's own # title leads
    if lang == "cy" and not parsed.title and data.get("title_cy"):
        title = str(data.get("title_cy"))
    own = parsed.title if parsed.title and parsed.title != title else None
    dtitle = untwin_title(str(doc_title or own or s["documents"].get(document.key, document.key)), title,
                          str(s["review_types"].get(review.type, review.type)),
                          str(s["documents"].get(document.key, document.key)))
    child = data.get("child") or {}
    reviewers = [
        (str(r.get("name", "")), pick(r, "role", lang))
        for r in data.get("reviewers") or []
        if isinstance(r, dict)
    ]
    ctx = RenderContext(
        review=review,
        document=document,
        lang=lang,
        edition=edition,
        strings=s,
        parsed=parsed,
        review_title=title,
        doc_title=str(dtitle),
        board=pick(data, "board", lang),
        pseudonym=pick(child, "pseudonym", lang),
        review_type=str(s["review_types"].get(review.type, review.type)),
        date=review_date(review),
        classification=str(data.get("classification") or "OFFICIAL-SENSITIVE"),
        reviewers=reviewers,
    )
    findings = _resolve_images(ctx)
    if lang == "cy":
        findings.extend(_english_fields(review))
    wanted = APPENDICES.get(document.key, ("glossary",))
    if "points" in wanted:
        for key in POINT_LISTS:
            rows = [_point_row(r, lang) for r in _rows(data.get(key)) if _text(r.get("id")).strip()]
            if rows:
                ctx.points[key] = rows
    if "action_plan" in wanted:
        ctx.action_plan = [_action_row(r, lang, ctx.month_dates) for r in _rows(data.get("action_plan"))]
    if "chronology" in wanted:
        ctx.chronology = [
            {"date": _date_text(r.get("date"), lang, ctx.month_dates), "agency": pick(r, "agency", lang),
             "event": pick(r, "event", lang)}
            for r in _rows(data.get("chronology"))
        ]
    if "glossary" in wanted:
        ctx.glossary = [
            {"term": pick(r, "term", lang), "definition": pick(r, "definition", lang)}
            for r in _rows(data.get("glossary"))
        ]
    return ctx, findings


def _english_fields(review: Review) -> list[Finding]:
    """RND120: review.yaml fields a Welsh edition prints in English because their Welsh twin is missing."""
    from generator.rules.wales import welsh_twin_gaps

    gaps = welsh_twin_gaps(review.data)
    if not gaps:
        return []
    fields = [pointer.lstrip("/").replace("/", ".") for pointer, _ in gaps]
    shown = ", ".join(fields[:6]) + (f" and {len(fields) - 6} more" if len(fields) > 6 else "")
    where = review.pointer_location(gaps[0][0])
    return [REGISTRY.finding(
        "RND120", f"{len(fields)} review.yaml field(s) have no Welsh twin and print in English (marked as "
        f"English): {shown}; add the *_cy twins (casereview validate lists them as WLS130)", where)]


def _ids(value: Any) -> list[str]:
    """An id or a list of ids (``recommendation: R1`` or ``[R1, R2]``, ``evidence: [F1]``)."""
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    text = _text(value).strip()
    return [text] if text else []


def _point_row(row: dict[str, Any], lang: str) -> dict[str, Any]:
    ident = _text(row.get("id")).strip()
    return {
        "id": ident,
        "anchor": anchor_id("point", ident),
        "text": pick(row, "text", lang),
        "to": pick(row, "to", lang),
        "evidence": _ids(row.get("evidence")),
    }


def untwin_title(doc_title: str, review_title: str, type_name: str, fallback: str) -> str:
    """The document's own title without the review type the review title already carries.

    "Case management review: Child M" + "Case management review executive summary" -> "Executive
    summary"; a document title the review title already contains prints once (``full_title``).
    """
    low = review_title.lower()
    if type_name and type_name.lower() in low and type_name.lower() in doc_title.lower():
        start = doc_title.lower().index(type_name.lower())
        rest = (doc_title[:start] + doc_title[start + len(type_name):]).strip(" :—-")
        rest = " ".join(rest.split())
        doc_title = (rest[:1].upper() + rest[1:]) if rest else fallback
    return doc_title


def _rows(value: Any) -> list[dict[str, Any]]:
    return [r for r in value or [] if isinstance(r, dict)] if isinstance(value, list) else []


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _date_text(value: Any, lang: str, month_only: bool = False) -> str:
    parsed = _as_date(value)
    return _format_date(parsed, lang, month_only) if parsed else _text(value)


def _action_row(row: dict[str, Any], lang: str, month_only: bool = False) -> dict[str, Any]:
    status = _text(row.get("status"))
    return {
        "id": _text(row.get("id")),
        "recommendation": _ids(row.get("recommendation")),
        "action": pick(row, "action", lang),
        "owner": pick(row, "owner", lang),
        "due": _date_text(row.get("due"), lang, month_only),
        "status": str(strings(lang)["status_values"].get(status, status)),
        "progress": pick(row, "progress", lang),
    }


def _resolve_images(ctx: RenderContext) -> list[Finding]:
    """Read images that live inside the review's assets folder; refuse everything else (RND103)."""
    findings: list[Finding] = []
    source = ctx.document.source
    base = Path(source.path).parent
    allowed = ctx.assets_dir
    for image, line in md.images(ctx.parsed.tokens):
        src = str(image.attrGet("src") or "")
        loc = source.line_location(line + 1)
        if not md.image_alt(image):
            findings.append(REGISTRY.finding(
                "VAL401", f"image {src!r} has no alt text: write ![what it shows]({src})", loc))
        if src in ctx.images:
            continue
        resolved = _local_image(src, base, allowed)
        if resolved is None:
            findings.append(REGISTRY.finding(
                "RND103",
                f"image {src!r} is not a PNG, JPEG or GIF file inside the review's assets/ folder; "
                "copy it into assets/ and link it as assets/<name>",
                loc,
            ))
            continue
        ctx.images[src] = Image(resolved.read_bytes(), IMAGE_TYPES[resolved.suffix.lower()], resolved)
    return findings


def _local_image(src: str, base: Path, allowed: Path) -> Path | None:
    """The file an image ``src`` names, only if it is a relative path inside ``allowed``."""
    parts = urlsplit(src)
    if parts.scheme or parts.netloc or not parts.path or src.startswith(("/", "\\")):
        return None
    try:
        path = (base / unquote(parts.path)).resolve()
    except (OSError, RuntimeError):
        return None
    if not path.is_relative_to(allowed) or not path.is_file():
        return None
    if path.suffix.lower() not in IMAGE_TYPES:
        return None
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError:
        return None
    if not head.startswith(_MAGIC[IMAGE_TYPES[path.suffix.lower()]]):
        return None  # not the image its name says (or not an image at all)
    return path
