"""Rendering a loaded review to DOCX, PDF/UA-1 and HTML, in the draft or public edition, English or Welsh.

``render_review`` is pure (returns bytes and findings); ``generator.commands.render`` writes files.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

from generator.errors import RenderError
from generator.findings import REGISTRY, Finding, Location, Severity
from generator.model import Document, Review
from generator.resources import templates_dir

if TYPE_CHECKING:
    from generator.render.branding import Branding

FORMATS = ("docx", "pdf", "html")
EDITIONS = ("draft", "public")
LANGS = ("en", "cy")
# Findings that make a render impossible (an inaccessible or unsafe document would result).
BLOCKING = ("VAL401", "RND103")


@dataclass
class Output:
    """One rendered file: its name inside the output folder and its bytes."""

    name: str
    data: bytes


@dataclass
class RenderResult:
    """What a render produced: files (not yet written) and findings (warnings, notes)."""

    outputs: list[Output] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


def output_stem(document: Document) -> str:
    """``report``, ``report.cy``, ``agency-report-police`` — the file name without ``.md``."""
    name = Path(document.source.path).name
    return name[:-3] if name.lower().endswith(".md") else name


def _spec(review: Review, document: Document):  # type: ignore[no-untyped-def]
    from generator import schema

    return schema.document_for_file(review.nation, review.type, Path(document.source.path).name)


def select_documents(review: Review, edition: str, lang: str) -> tuple[list[Document], list[Finding]]:
    """The documents an edition may render, plus findings for those left out (RND001, RND104).

    Raises RenderError when nothing may be rendered (e.g. England's rapid review in the public
    edition, or a review whose publication decision is not to publish).
    """
    findings: list[Finding] = []
    english = [d for d in review.documents if d.lang == "en"]
    wanted = english if lang == "en" else [d for d in review.documents if d.lang == "cy"]
    if lang == "cy":
        have = {d.key + "/" + output_stem(d)[:-3] for d in wanted}
        for doc in english:
            if doc.key + "/" + output_stem(doc) not in have:
                findings.append(REGISTRY.finding(
                    "RND104", f"{doc.source.rel} has no Welsh parallel text ({output_stem(doc)}.cy.md); "
                    "it is not rendered in Welsh", Location(doc.source.rel)))
    if edition == "draft":
        if not wanted:
            raise RenderError(_nothing(review, lang))
        return wanted, findings
    publication = review.data.get("publication") or {}
    decision = publication.get("decision") if isinstance(publication, dict) else None
    if decision == "not-published":
        raise RenderError(
            f"{_yaml_rel(review)}: RND001 the publication decision is 'not-published', so this review has "
            "no public edition; render --edition draft instead"
        )
    kept: list[Document] = []
    refused: list[str] = []
    for doc in wanted:
        spec = _spec(review, doc)
        reason = None
        if spec is None or not spec.publishable:
            title = spec.title if spec else doc.key
            reason = f"the {title} may never be published under the {review.nation} {review.type} regime"
        elif decision == "summary-only" and doc.key != "executive-summary":
            reason = "the publication decision is 'summary-only'"
        if reason:
            refused.append(f"{doc.source.rel}: {reason}")
            findings.append(REGISTRY.finding(
                "RND001", f"{reason}; not rendered in the public edition", Location(doc.source.rel),
                severity=Severity.NOTE))
        else:
            kept.append(doc)
    if not kept:
        detail = "; ".join(refused) if refused else _nothing(review, lang)
        raise RenderError(f"RND001 document may not be published: {detail}. Render --edition draft instead.")
    return kept, findings


def _yaml_rel(review: Review) -> str:
    return review.yaml_source.rel if review.yaml_source else "review.yaml"


def _nothing(review: Review, lang: str) -> str:
    if lang == "cy":
        return f"{review.root.name} has no Welsh parallel texts (*.cy.md) to render with --lang cy"
    return f"{review.root.name} has no documents to render"


def review_branding(review: Review) -> "Branding":
    """The review's sanitised branding (assets/theme.css, assets/reference.docx, else the built-in ones)."""
    from generator.render.branding import load_branding

    return load_branding(Path(review.root), shown_root(review))


def shown_root(review: Review) -> str:
    """The review folder as findings name it (the folder part of review.yaml's display path)."""
    rel = review.yaml_source.rel if review.yaml_source else Path(review.root).name
    return str(Path(rel).parent) if "/" in rel else "."


MAX_RENDER_CHARS = 300_000  # per Markdown document: ~120 A4 pages, twice a long review (docs/rendering.md)


def size_findings(review: Review) -> list[Finding]:
    """RND108 for each document too large to render in bounded time and memory."""
    import generator.rules  # noqa: F401

    return [
        REGISTRY.finding(
            "RND108", f"{len(d.source.text):,} characters, above the render limit of {MAX_RENDER_CHARS:,}; "
            "split the document", Location(d.source.rel))
        for d in review.documents if len(d.source.text) > MAX_RENDER_CHARS
    ]


def option_problem(to: Sequence[str], edition: str, lang: str) -> str | None:
    """What is wrong with render options (``--to``, ``--edition``, ``--lang``), or None."""
    bad = [t for t in to if t not in FORMATS]
    if bad or not to:
        return f"--to: unknown format {', '.join(bad) or '(none)'}; use any of docx,pdf,html"
    if edition not in EDITIONS:
        return f"--edition: use draft or public, not {edition!r}"
    if lang not in LANGS:
        return f"--lang: use en or cy, not {lang!r}"
    return None


def render_review(
    review: Review,
    *,
    to: Sequence[str] = FORMATS,
    edition: str = "draft",
    lang: str = "en",
    progress: Callable[[str], None] | None = None,
    brand: "Branding | None" = None,
    reference_docx: Path | None = None,
) -> RenderResult:
    """Render every document the edition allows to the formats in ``to``; return bytes + findings.

    ``brand`` is the branding to use (``build`` passes the original review's, as a pseudonymised copy
    has none); by default the review's own. Raises RenderError for refusals (unpublishable documents
    in the public edition, a document above the size limit, images without alt text or outside
    assets/, assets/ a symbolic link, a refused fetch, an inaccessible PDF).
    """
    from generator.render.context import build_context
    from generator.render.structure import compare_structure

    problem = option_problem(to, edition, lang)
    if problem:
        raise RenderError(problem)
    documents, findings = select_documents(review, edition, lang)
    too_large = [f for f in size_findings(review) if any(f.location.path == d.source.rel for d in documents)]
    if too_large:
        raise RenderError("\n".join(f"{f.location.short()}: {f.code} {f.message}" for f in too_large))
    if (Path(review.root) / "assets").is_symlink():
        raise RenderError(f"{shown_root(review)}/assets: VAL014 assets/ is a symbolic link; nothing outside the "
                          "review is read — make it a real folder")
    result = RenderResult(findings=findings)
    if brand is None:  # the caller that passes its own branding reports its findings itself
        brand = review_branding(review)
        result.findings.extend(brand.findings)
    reference, theme_css = brand.reference, brand.css
    if reference_docx is not None:  # --reference-docx: a board's styles for this render, sanitised like assets/
        from generator.render.branding import sanitise_reference

        shown = Path(reference_docx).name
        data = Path(reference_docx).read_bytes()
        clean, _ = sanitise_reference(data, shown, result.findings)
        if clean is not None:
            reference = clean
    contexts = []
    for doc in documents:
        spec = _spec(review, doc)
        title = None
        if spec is not None:
            title = (spec.title_cy or None) if lang == "cy" else spec.title
            if title and title.lower() in str(review.data.get("title") or "").lower():
                title = None  # "Review of Child A: Local CSPR" says it twice; use "Report"
        ctx, problems = build_context(review, doc, edition=edition, lang=lang, doc_title=title)
        result.findings.extend(problems)
        if lang == "cy":
            result.findings.extend(compare_structure(review, doc, ctx.parsed))
        contexts.append(ctx)
    once: set[tuple[str, str]] = set()  # RND120 is about review.yaml: say it once, not per document
    result.findings = [f for f in result.findings
                       if f.code != "RND120" or ((f.code, f.message) not in once and not once.add((f.code, f.message)))]
    blocking = [f for f in result.findings if f.code in BLOCKING]
    if blocking:
        lines = "\n".join(f"  {f.location.short()}: {f.code} {f.message}" for f in blocking)
        raise RenderError(f"cannot render an accessible, safe document:\n{lines}")
    for ctx in contexts:
        stem = output_stem(ctx.document)
        if "docx" in to:
            if progress:
                progress(f"{stem}.docx")
            from generator.render.docx import render_docx

            result.outputs.append(Output(f"{stem}.docx", render_docx(ctx, reference=reference)))
        if "html" not in to and "pdf" not in to:
            continue
        from generator.render.html import render_html

        html = render_html(ctx, theme_css=theme_css)  # one markup for the HTML file and the PDF
        if "html" in to:
            result.outputs.append(Output(f"{stem}.html", html.encode("utf-8")))
        if "pdf" in to:
            if progress:
                progress(f"{stem}.pdf")
            from generator.render.pdf import render_pdf

            allowed = [ctx.assets_dir, templates_dir()]
            epoch = int(dt.datetime.combine(ctx.date, dt.time(), dt.timezone.utc).timestamp())
            pdf = render_pdf(html, base_dir=ctx.assets_dir, allowed_dirs=allowed, title=ctx.full_title,
                             epoch=epoch)
            result.outputs.append(Output(f"{stem}.pdf", pdf))
    return result
