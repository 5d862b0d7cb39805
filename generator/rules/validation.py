"""Shared validation rules: required content (VAL1xx), dates (VAL2xx), cross-references (VAL3xx), wording (VAL4xx)."""

from __future__ import annotations

import re
from typing import Iterable
from urllib.parse import unquote, urlparse

from markdown_it.token import Token

from generator import schema as schemas
from generator.findings import REGISTRY, Finding, Location
from generator.loader import display_path, section_is_empty
from generator.model import Document
from generator.numbering import comment_spans
from generator.validate import Context, check, short_source

_FMT = "casereview review source format (docs/review-format.md)"

REGISTRY.register("VAL101", "missing-section", "error", "A required section of a document is missing.",
                  "Each document has the sections its nation's guidance requires (docs/review-format.md "
                  "lists them). One finding per missing section, at the document's last heading; add a "
                  "`## Title {#id}` heading and write the section.", "per-document schema (schemas/documents/)")
REGISTRY.register("VAL102", "empty-section", "error", "A required section has no content yet.",
                  "A required section whose body holds only whitespace and HTML comments (such as the "
                  "`<!-- guidance: ... -->` comments `casereview new` writes) counts as missing content; "
                  "the finding is at its heading.", "per-document schema (schemas/documents/)")
REGISTRY.register("VAL107", "unrecognised-section", "warning",
                  "A `## ` heading matches no section of the document.",
                  "Each `## ` heading starts a section that is matched to the document's sections by `{#id}`, title, "
                  "Welsh title or alias. A heading that matches none is reported at its own line with the closest "
                  "section title, so a misspelt or renamed heading is found where it is, not only as a missing "
                  "section at the end of the file. Add `{#id}` to the heading, or rename it.", _FMT)
REGISTRY.register("VAL103", "missing-document", "error", "A document the review type requires is missing.",
                  "Each NATION TYPE requires some documents (report.md, executive-summary.md...); "
                  "`casereview new` scaffolds them.", "per-nation data (schemas/nations/)")
REGISTRY.register("VAL104", "missing-metadata", "error", "review.yaml lacks metadata the review type requires.",
                  "The keys listed under `required_metadata` for the NATION TYPE (title, board, guidance "
                  "edition, reviewers, key dates...) must be filled in.", "per-nation data (schemas/nations/)")
REGISTRY.register("VAL105", "not-publishable-marked-publishable", "error",
                  "A document that is never published is marked publishable.",
                  "Some documents (rapid reviews, initial case reviews, agency reports) are never published; "
                  "marking them `publishable: true` would put them into the public edition.",
                  "per-nation data (schemas/nations/)")
REGISTRY.register("VAL106", "publishable-marked-unpublishable", "warning",
                  "A document meant for publication is marked not publishable.",
                  "A document the regime publishes is marked `publishable: false`.", "per-nation data (schemas/nations/)")
REGISTRY.register("VAL201", "date-order", "error", "Two review dates are in an impossible order.",
                  "Pairs of dates in schemas/common.yaml must be in order (awareness before notification, "
                  "final report before publication, timeline start before end...).", _FMT)
REGISTRY.register("VAL202", "action-status-date", "warning", "An action's status and completion date disagree.",
                  "A complete action records when it was completed; an action with a completion date is "
                  "marked complete.", _FMT)
REGISTRY.register("VAL301", "unknown-recommendation", "error", "An action names a recommendation that does not exist.",
                  "Every action plan row's `recommendation` must be an id from `recommendations`.", _FMT)
REGISTRY.register("VAL302", "unknown-evidence", "error", "A recommendation cites evidence that does not exist.",
                  "Every id in a recommendation's `evidence` must be a finding or learning point id.", _FMT)
REGISTRY.register("VAL303", "duplicate-id", "error", "Two entries share an id.",
                  "Ids of findings, learning points, recommendations and actions are unique within their list.", _FMT)
REGISTRY.register("VAL304", "recommendation-without-action", "warning",
                  "A recommendation has no action in the action plan.",
                  "Once an action plan exists, each recommendation is taken forward by at least one action.", _FMT)
REGISTRY.register("VAL401", "image-alt-text", "error", "An image has no alt text.",
                  "Every image needs alternative text describing it (`![Diagram of ...](assets/x.png)`): "
                  "published reports must be accessible (PDF/UA, WCAG).",
                  "Public Sector Bodies Accessibility Regulations 2018; WCAG 2.2 1.1.1")
REGISTRY.register("VAL402", "image-missing", "error", "An image file referenced by a document does not exist.",
                  "Local images are resolved against the review folder (normally `assets/`).", _FMT)
REGISTRY.register("VAL403", "placeholder-text", "error", "Unfinished placeholder text (TODO, TBC...).",
                  "Placeholders listed in schemas/common.yaml should not remain in a document: a warning while "
                  "the review is a draft, an error once `status` is final or published.", _FMT)

REGISTRY.register("VAL013", "bad-suppression", "warning", "A suppression comment cannot be used.",
                  "`<!-- casereview: allow CODE reason=\"...\" -->` (or `# casereview: allow ...` in review.yaml) "
                  "names the rule code(s) and a non-empty reason; a directive without them suppresses nothing.",
                  "casereview suppressions (SPEC: Rule codes)")


# --------------------------------------------------------------------------- VAL1xx
@check
def required_documents(ctx: Context) -> Iterable[Finding]:
    """VAL103 (or the document's own code): each required document exists."""
    for spec in ctx.type.documents:
        if not spec.required or any(d.key == spec.key and d.lang == "en" for d in ctx.review.documents):
            continue
        rel = display_path(ctx.review.root / spec.filename, ctx.review.root)
        yield ctx.finding(spec.missing_code,
                          f"required document {spec.filename} ({spec.title}) is missing "
                          f"(required by {short_source(spec.source)}); create it with its sections",
                          Location(rel))


@check
def required_sections(ctx: Context) -> Iterable[Finding]:
    """VAL101 one finding per missing required section; VAL102 per required section left empty."""
    for doc in ctx.documents("en"):
        spec = schemas.document_for_file(ctx.review.nation, ctx.review.type, doc.source.path.name)
        if spec is None:
            continue
        by_id = {s.id: s for s in doc.sections if s.id}
        last_line = doc.sections[-1].line if doc.sections else _last_heading_line(doc.source.text)
        for sec in spec.required_sections:
            cite = short_source(sec.source or spec.source)
            found = by_id.get(sec.id)
            if found is None:
                yield ctx.finding(
                    "VAL101",
                    f'section "{sec.title}" {{#{sec.id}}} is missing (required by {cite}): {sec.guidance}',
                    doc.source.line_location(last_line))
            elif section_is_empty(found):
                yield ctx.finding(
                    "VAL102",
                    f'section "{sec.title}" {{#{sec.id}}} has no content yet (required by {cite}): {sec.guidance}',
                    doc.source.line_location(found.line))


@check
def unrecognised_sections(ctx: Context) -> Iterable[Finding]:
    """VAL107: a level-2 heading that matched no section, at its line, with the closest section title."""
    from rapidfuzz import fuzz, process

    for doc in ctx.review.documents:
        spec = schemas.document_for_file(ctx.review.nation, ctx.review.type, doc.source.path.name)
        if spec is None or not spec.sections:
            continue
        labels: dict[str, schemas.SectionSpec] = {}
        for sec in spec.sections:
            for label in (sec.title, sec.title_cy or "", *sec.aliases):
                if label:
                    labels.setdefault(schemas.normalise_title(label), sec)
        present = {s.id for s in doc.sections if s.id}
        for section in doc.sections:
            if section.id is not None or section.level != 2 or section.explicit_id:
                continue
            title, _ = schemas.split_heading_id(section.title)
            # a renamed heading almost always stands for a section that is now missing: prefer those
            missing = [k for k, v in labels.items() if v.id not in present]
            best = process.extractOne(schemas.normalise_title(title), missing or list(labels), scorer=fuzz.WRatio)
            hint = ""
            if best is not None:
                sec = labels[best[0]]
                shown = (sec.title_cy or sec.title) if doc.lang == "cy" else sec.title
                state = "" if sec.id in present else ", which is missing"
                hint = f'; the closest section is "{shown}" {{#{sec.id}}}{state} — add {{#{sec.id}}} or rename it'
            yield ctx.finding("VAL107", f'heading "{title}" matches no section of {spec.filename}{hint}',
                              doc.source.line_location(section.line))


def _last_heading_line(text: str) -> int:
    line = 1
    for i, raw in enumerate(text.splitlines(), 1):
        if raw.startswith("#"):
            line = i
    return line


@check
def required_metadata(ctx: Context) -> Iterable[Finding]:
    """VAL104: the metadata the NATION TYPE requires is filled in."""
    for pointer in ctx.type.required_metadata:
        if not ctx.filled(pointer):
            where = pointer.lstrip("/").replace("/", ".")
            yield ctx.finding("VAL104", f"{where} is empty; a {ctx.type.title.lower()} records it "
                              f"({short_source(ctx.type.guidance)})", ctx.loc(pointer))


@check
def publishability(ctx: Context) -> Iterable[Finding]:
    """VAL105/VAL106 (or the document's own codes): publishable marks agree with the regime."""
    for doc in ctx.review.documents:
        spec = schemas.document_for_file(ctx.review.nation, ctx.review.type, doc.source.path.name)
        if spec is None:
            continue
        marked = ctx.marked_publishable(doc)
        where = _mark_location(ctx, doc)
        if spec.never_publishable and marked is True:
            yield ctx.finding(spec.marked_publishable_code,
                              f"{doc.source.path.name} ({spec.title}) is never published "
                              f"({short_source(spec.source)}); remove `publishable: true`", where)
        elif spec.must_be_publishable and marked is False:
            yield ctx.finding(spec.marked_unpublishable_code,
                              f"{doc.source.path.name} ({spec.title}) is written for publication "
                              f"({short_source(spec.source)}); remove `publishable: false`", where)


def _mark_location(ctx: Context, doc: Document) -> Location:
    if "publishable" in doc.front_matter:
        for i, line in enumerate(doc.source.text.splitlines()[:50], 1):
            if line.startswith("publishable"):
                return doc.source.line_location(i)
    return ctx.loc(f"/documents/{doc.key}/publishable")


# --------------------------------------------------------------------------- VAL2xx
@check
def date_order(ctx: Context) -> Iterable[Finding]:
    """VAL201: pairs of dates in schemas/common.yaml are in order."""
    for earlier, later in schemas.common().get("date_order", []):
        a, b = ctx.date(earlier), ctx.date(later)
        if a and b and b < a:
            e, l_ = earlier.lstrip("/").replace("/", "."), later.lstrip("/").replace("/", ".")
            yield ctx.finding("VAL201", f"{l_} ({b.isoformat()}) is before {e} ({a.isoformat()}); "
                              "check both dates", ctx.loc(later))


@check
def action_status(ctx: Context) -> Iterable[Finding]:
    """VAL202: status complete <-> completed date."""
    for ptr, row in ctx.items("/action_plan"):
        complete = row.get("status") == "complete"
        has_date = ctx.date(f"{ptr}/completed") is not None
        rid = row.get("id", ptr)
        if complete and not has_date:
            yield ctx.finding("VAL202", f"action {rid} is complete but has no `completed:` date",
                              ctx.loc(f"{ptr}/status"))
        elif has_date and not complete:
            yield ctx.finding("VAL202", f"action {rid} has a `completed:` date but its status is "
                              f"{row.get('status') or 'not set'}; set `status: complete`", ctx.loc(f"{ptr}/completed"))


# --------------------------------------------------------------------------- VAL3xx
def _ids(ctx: Context, pointer: str) -> dict[str, str]:
    return {str(row["id"]): ptr for ptr, row in ctx.items(pointer) if row.get("id") is not None}


@check
def duplicate_ids(ctx: Context) -> Iterable[Finding]:
    """VAL303: ids unique within each list."""
    for pointer in ("/findings", "/learning_points", "/recommendations", "/action_plan"):
        seen: dict[str, str] = {}
        for ptr, row in ctx.items(pointer):
            rid = row.get("id")
            if rid is None:
                continue
            if str(rid) in seen:
                yield ctx.finding("VAL303", f"id {rid} is used twice in {pointer[1:]}; ids must be unique",
                                  ctx.loc(f"{ptr}/id"))
            seen.setdefault(str(rid), ptr)


def _as_list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v) for v in value if v is not None]
    return [str(value)]


@check
def cross_references(ctx: Context) -> Iterable[Finding]:
    """VAL301 actions -> recommendations; VAL302 evidence -> findings/learning points; VAL304 coverage."""
    recs = _ids(ctx, "/recommendations")
    evidence = {**_ids(ctx, "/findings"), **_ids(ctx, "/learning_points")}
    covered: set[str] = set()
    actions = ctx.items("/action_plan")
    for ptr, row in actions:
        for rid in _as_list(row.get("recommendation")):
            covered.add(rid)
            if rid not in recs:
                known = ", ".join(recs) or "none defined"
                yield ctx.finding("VAL301", f"action {row.get('id', '?')} refers to recommendation {rid}, "
                                  f"which does not exist (recommendations: {known})", ctx.loc(f"{ptr}/recommendation"))
    for ptr, row in ctx.items("/recommendations"):
        for eid in _as_list(row.get("evidence")):
            if eid not in evidence:
                known = ", ".join(evidence) or "none defined"
                yield ctx.finding("VAL302", f"recommendation {row.get('id', '?')} cites {eid}, which is not a "
                                  f"finding or learning point id ({known})", ctx.loc(f"{ptr}/evidence"))
        if actions and row.get("id") is not None and str(row["id"]) not in covered:
            yield ctx.finding("VAL304", f"recommendation {row['id']} has no action in the action plan; add an "
                              "action with `recommendation: " + str(row["id"]) + "`", ctx.loc(f"{ptr}/id"))


# --------------------------------------------------------------------------- VAL4xx
def _inline_tokens(doc: Document) -> Iterable[tuple[Token, int]]:
    for tok in doc.tokens:
        if tok.type == "inline" and tok.map:
            yield tok, tok.map[0]


def _image_offset(doc: Document, line0: int, src: str) -> int:
    starts = doc.source.line_starts
    base = starts[line0] if line0 < len(starts) else 0
    idx = doc.source.text.find("](" + src, base) if src else -1
    if idx < 0:
        return base
    return max(base, doc.source.text.rfind("![", base, idx + 1))


def _walk_images(children: list[Token] | None) -> Iterable[Token]:
    for child in children or []:
        if child.type == "image":
            yield child
        yield from _walk_images(getattr(child, "children", None) or [])


@check
def images(ctx: Context) -> Iterable[Finding]:
    """VAL401 alt text on every image; VAL402 local image files exist."""
    for doc in ctx.review.documents:
        for tok, line0 in _inline_tokens(doc):
            for img in _walk_images(tok.children):
                src = str(img.attrGet("src") or "")
                start = _image_offset(doc, line0, src)
                alt = "".join(c.content for c in (img.children or []) if c.type in ("text", "code_inline"))
                if not alt.strip():
                    yield ctx.finding("VAL401", f"image {src or '(no source)'} has no alt text; write "
                                      f"![what the image shows]({src})", doc.source.location(start))
                parsed = urlparse(src)
                if src and not parsed.scheme and not src.startswith("#"):
                    target = (ctx.review.root / unquote(parsed.path)).resolve()
                    inside = ctx.review.root.resolve() in target.parents
                    if not inside or not target.is_file():
                        yield ctx.finding("VAL402", f"image {src} not found in the review folder "
                                          "(put images in assets/)", doc.source.location(start))


def _placeholder_pattern(words: list[str]) -> re.Pattern[str]:
    parts = []
    for word in words:
        core = re.escape(word)
        if word[0].isalnum():
            core = r"\b" + core
        if word[-1].isalnum():
            core += r"\b"
        parts.append(core)
    return re.compile("|".join(parts), re.I)


@check
def placeholders(ctx: Context) -> Iterable[Finding]:
    """VAL403: no TODO/TBC placeholders left in document text (comments excluded).

    Words written in capitals in schemas/common.yaml (TODO, TBC) match only in capitals, so "todo list"
    is prose; other entries ("[insert", "lorem ipsum") match in any case.
    """
    words = [w for w in schemas.common().get("placeholders", []) if w]
    if not words:
        return
    pattern = _placeholder_pattern(words)
    capitals = {w for w in words if w.isupper()}
    for doc in ctx.review.documents:
        text = doc.source.text
        pieces, pos = [], 0
        for start, end in comment_spans(text):
            pieces += [text[pos:start], " " * (end - start)]
            pos = end
        blanked = "".join(pieces) + text[pos:]
        for m in pattern.finditer(blanked):
            word = m.group(0)
            if word.upper() in capitals and not word.isupper():
                continue
            yield ctx.finding("VAL403", f"placeholder {word!r} left in the text; finish or remove it",
                              doc.source.location(m.start(), m.end()),
                              severity="warning" if ctx.status == "draft" else "error")
