"""``casereview import``: turn a Word draft into a review folder and report what needs attention."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from generator import schema as schemas
from generator.errors import UserError
from generator.findings import REGISTRY, Finding, Location
from generator.importer.reader import DOCUMENT_PART, Draft, Paragraph, Table, read_docx
from generator.importer.sections import ImportedDocument, ImportedSection, structure
from generator.importer.tables import Recognised, recognise
from generator.importer.writer import (
    Assets,
    check_out_dir,
    document_markdown,
    review_yaml,
    schema_reference,
    write_review,
)

import generator.rules.importer  # noqa: F401  (registers VAL050-VAL059)

RENDERABLE_IMAGES = {"png", "jpg", "gif"}
_REVISION_TEXT = {
    "insertion": "tracked insertion of {n} characters left out (the text before the change is kept)",
    "deletion": "tracked deletion of {n} characters kept (the text before the change is kept)",
    "move-from": "tracked move: {n} characters kept at their original place",
    "move-to": "tracked move: {n} characters left out at their new place",
    "row-insertion": "tracked insertion of a table row left out (the table before the change is kept)",
    "row-deletion": "tracked deletion of a table row kept (the table before the change is kept)",
    "break-insertion": "tracked paragraph break inserted here; the paragraphs are kept apart",
    "break-deletion": "tracked deletion of the paragraph break here; the paragraphs are kept apart "
                      "(as before the change)",
    "formatting": "tracked formatting change ignored",
}


def run(draft: Path, nation: str, review_type: str, out: Path) -> tuple[list[Finding], int]:
    """Import ``draft`` as a ``nation``/``review_type`` review into ``out``; return (findings, files read).

    Raises UserError for an unknown NATION TYPE pair, a missing or unreadable draft, or an output
    folder that is not empty. Nothing is written unless the whole review could be built.
    """
    try:
        type_spec = schemas.review_type(nation, review_type)
    except KeyError:
        raise UserError(
            f"{nation} {review_type} is not a review type; valid NATION TYPE pairs: {schemas.pairs_text()}"
        ) from None
    out = Path(out)
    check_out_dir(out)
    parsed = read_docx(Path(draft))
    required = list(type_spec.required_metadata) + rule_pointers(nation, review_type)
    files, findings = build_review(parsed, nation, review_type, type_spec.documents,
                                   list(dict.fromkeys(required)), str(draft), out)
    write_review(out, files)
    return sorted(findings, key=lambda f: f.sort_key()), 1


def rule_pointers(nation: str, review_type: str) -> list[str]:
    """review.yaml pointers the nation's rule tables require for this type (commissioning...)."""
    out: list[str] = []
    for rule in schemas.nation(nation).rules.values():
        if not isinstance(rule, dict) or not isinstance(rule.get("required"), list):
            continue
        if rule.get("types") is not None and review_type not in rule["types"]:
            continue
        out += [p for p in rule["required"] if isinstance(p, str) and p.startswith("/")]
    return out


def build_review(
    draft: Draft,
    nation: str,
    review_type: str,
    docs: list[schemas.DocumentSpec],
    required_metadata: list[str],
    draft_path: str,
    out: Path,
) -> tuple[dict[str, bytes], list[Finding]]:
    """The files of the review (relative path -> bytes) and the import findings (pure but for paths)."""
    findings: list[Finding] = []
    where = _locator(draft_path)
    findings += revision_findings(draft, where)
    findings += comment_findings(draft, where)

    imported = structure(draft.blocks, docs)

    data: dict[str, Any] = {"nation": nation, "type": review_type}
    title = next((d.title for d in imported if d.title), None) or draft.core_title
    if title:
        data["title"] = title
    language = "cy" if all(d.lang == "cy" for d in imported if d.sections) and any(
        d.sections for d in imported) else "en"
    data.update({"status": "draft", "classification": "OFFICIAL-SENSITIVE", "language": language})

    skip: set[int] = set()
    structured: dict[str, list[dict[str, Any]]] = {
        "recommendations": [], "action_plan": [], "chronology": [], "glossary": []}
    for doc in imported:
        for table in _tables(doc):
            found = recognise(table.rows)
            if found is None:
                findings.append(REGISTRY.finding(
                    "VAL053",
                    f"table of {len(table.rows)} rows is not an action plan, chronology, glossary or "
                    "list of recommendations; kept as a Markdown table",
                    where(table.index)))
                continue
            findings += table_findings(found, table, where)
            if found.kind != "recommendations":
                skip.add(id(table))  # action plans, chronologies and glossaries live in review.yaml only
            _merge(structured, found)
        drop_emptied_sections(doc, skip)
    known = {r["id"] for r in structured["recommendations"]}
    for rec in recommendation_paragraphs(imported):
        if rec["id"] not in known:
            known.add(rec["id"])
            structured["recommendations"].append(rec)
    for key, rows in structured.items():
        if rows:
            data[key] = rows
    findings += section_findings(imported, where)
    findings += [
        REGISTRY.finding("VAL058", "linked image (not embedded in the draft) not imported; insert the "
                         "picture itself, or copy it into assets/ and reference it", where(index))
        for index in draft.linked_images
    ]

    assets = Assets()
    files: dict[str, bytes] = {}
    for doc in imported:
        text = document_markdown(doc, skip, assets, draft.notes)
        files[doc.filename] = text.encode("utf-8")
    for block_doc in imported:
        for image in _images(block_doc):
            if image.ext not in RENDERABLE_IMAGES:
                findings.append(REGISTRY.finding(
                    "VAL059",
                    f"image {assets.add(image)} is {image.ext.upper()}, which the renderers do not embed; "
                    "save it as PNG and update the reference",
                    where(image.para_index)))
            if not image.alt:
                findings.append(REGISTRY.finding(
                    "VAL054",
                    f"image {assets.add(image)} has no alt text; describe it in the Markdown "
                    "(![description](...)) or in Word (View Alt Text) and import again",
                    where(image.para_index)))
    files.update(assets.files)
    files["review.yaml"] = review_yaml(
        data, required_metadata, schema_reference(out), Path(draft_path).name
    ).encode("utf-8")
    return files, findings


def _locator(draft_path: str):  # type: ignore[no-untyped-def]
    def where(index: int | None, column: int | None = None, part: str = DOCUMENT_PART) -> Location:
        return Location(draft_path, index or None, column if index else None, part=part)

    return where


def revision_findings(draft: Draft, where: Any) -> list[Finding]:
    """VAL050 per tracked change (formatting changes: one per paragraph); never quotes the text."""
    out: list[Finding] = []
    seen_formatting: set[int] = set()
    for rev in draft.revisions:
        if rev.kind == "formatting":
            if rev.para_index in seen_formatting:
                continue
            seen_formatting.add(rev.para_index)
        message = _REVISION_TEXT[rev.kind].format(n=rev.length)
        out.append(REGISTRY.finding(
            "VAL050", f"{message}; accept or reject the change in Word and import again",
            where(rev.para_index, rev.column)))
    return out


def comment_findings(draft: Draft, where: Any) -> list[Finding]:
    """VAL051 per comment, at the paragraph it is anchored to; the comment text is never shown."""
    out = []
    for c in draft.comments:
        loc = where(c.para_index) if c.para_index else where(None, part="word/comments.xml")
        out.append(REGISTRY.finding(
            "VAL051",
            f"comment ({c.length} characters) not imported; resolve or delete it in Word, or carry "
            "its point into the text",
            loc))
    return out


def section_findings(imported: list[ImportedDocument], where: Any) -> list[Finding]:
    """VAL052 for headings matching no section (or one already used); VAL057 for a draft without headings."""
    from anonymise.mask import mask

    out: list[Finding] = []
    for doc in imported:
        names = ", ".join(f'"{s.title}"' for s in doc.spec.sections)
        for s in doc.sections:
            if s.spec is not None:
                continue
            if s.duplicate_of:
                message = (f"heading matches section {s.duplicate_of!r} of {doc.spec.filename} again; "
                           "kept as its own section: merge it into the first or rename it")
            else:
                message = (f"heading matches no section of {doc.spec.filename}; kept as its own section: "
                           f"rename it to one of {names} or add a {{#id}}")
            out.append(REGISTRY.finding("VAL052", message, where(s.heading.index), evidence=mask(s.title)))
    if not any(doc.sections for doc in imported):
        out.append(REGISTRY.finding(
            "VAL057",
            "the draft has no headings (Word heading styles or outline levels); all text is kept "
            f"before the first section of {imported[0].spec.filename}",
            where(None)))
    return out


def table_findings(found: Recognised, table: Table, where: Any) -> list[Finding]:
    """VAL055 per date kept as text, VAL056 per unrecognised status, at the table's first paragraph."""
    out = []
    label = found.kind.replace("_", " ")
    for problem in found.problems:
        if problem.kind == "date":
            message = (f"{label} row {problem.row}: {problem.field} is not a full date; kept as text in "
                       "review.yaml: write it as YYYY-MM-DD")
            out.append(REGISTRY.finding("VAL055", message, where(table.index)))
        else:
            message = (f"{label} row {problem.row}: status is not not-started, in-progress or complete; "
                       "kept in the progress note: set status in review.yaml")
            out.append(REGISTRY.finding("VAL056", message, where(table.index)))
    return out


_RECOMMENDATION = re.compile(
    r"^(?:\*\*)?(?:recommendation|improvement proposal|proposal|R)\s*(\d{1,3})\s*(?:\*\*)?\s*[:.\-\u2013]"
    r"\s*(?:\*\*)?\s*(\S.*)$", re.I)


def recommendation_paragraphs(imported: list[ImportedDocument]) -> list[dict[str, Any]]:
    """``{id: R1, text}`` for paragraphs typed "Recommendation 1: ..." in recommendation sections.

    The paragraphs stay in the text; review.yaml gets the ids that action plans refer to.
    """
    out: list[dict[str, Any]] = []
    for doc in imported:
        for section in doc.sections:
            sid = section.spec.id if section.spec else ""
            if "recommendation" not in sid and "proposal" not in sid:
                continue
            for block in section.blocks:
                if isinstance(block, Paragraph) and block.heading_level is None:
                    m = _RECOMMENDATION.match(block.plain)
                    if m:
                        text = m.group(2).strip()
                        out.append({"id": f"R{int(m.group(1))}", "text": text[:1].upper() + text[1:]})
    return out


def drop_emptied_sections(doc: ImportedDocument, skip: set[int]) -> None:
    """Remove sections (unmatched or optional) that held nothing but tables moved into review.yaml.

    A required section stays, even when empty, so that validate reports it (VAL102).
    """

    def emptied(s: ImportedSection) -> bool:
        moved = [b for b in s.blocks if isinstance(b, Table) and id(b) in skip]
        rest = [b for b in s.blocks if not (isinstance(b, Table) and id(b) in skip)]
        return bool(moved) and not any(
            isinstance(b, Table) or b.plain or b.images for b in rest
        )

    doc.sections = [s for s in doc.sections if (s.spec is not None and s.spec.required) or not emptied(s)]


def _tables(doc: ImportedDocument) -> list[Table]:
    blocks = list(doc.preamble)
    for s in doc.sections:
        blocks += s.blocks
    return [b for b in blocks if isinstance(b, Table)]


def _images(doc: ImportedDocument) -> list[Any]:
    blocks = list(doc.preamble)
    for s in doc.sections:
        blocks += s.blocks
    images = []
    for b in blocks:
        images.extend(b.images)
    return images


def _merge(structured: dict[str, list[dict[str, Any]]], found: Recognised) -> None:
    """Append a table's rows, renumbering ids that clash with rows from an earlier table."""
    target = structured[found.kind]
    recs = structured["recommendations"]
    rename: dict[str, str] = {}
    for rec in found.recommendations:
        existing = next((r for r in recs if r.get("text") == rec["text"]), None)
        if existing is not None:
            rename[rec["id"]] = existing["id"]
            continue
        new_id = rec["id"]
        if any(r["id"] == new_id for r in recs):
            new_id = f"R{len(recs) + 1}"
        rename[rec["id"]] = new_id
        recs.append({"id": new_id, "text": rec["text"]})
    for row in found.rows:
        if "recommendation" in row and row["recommendation"] in rename:
            row["recommendation"] = rename[row["recommendation"]]
        if "id" in row and any(r.get("id") == row["id"] for r in target):
            prefix = "A" if found.kind == "action_plan" else "R"
            row["id"] = f"{prefix}{len(target) + 1}"
        target.append(row)
