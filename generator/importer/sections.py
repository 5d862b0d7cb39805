"""Structure a draft: find its title and section headings, split it into documents, match sections.

Heading levels come from Word's heading styles or outline levels. The shallowest level used is the
section level (``## `` in Markdown), unless it holds only the draft's title (one heading, followed by
deeper ones, that names no section), only document titles ("Executive summary", "Terms of
reference"), or fewer section names than the next level: then it is the title level, each title
switches to the document it names, and the next level down holds the sections. Headings are matched with :func:`generator.schema.match_section`
(``{#id}``, title, Welsh title, alias, close match), then by word overlap when exactly one section
contains all the heading's words or the other way round.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator import schema as schemas
from generator.importer.reader import Block, Paragraph
from generator.schema import DocumentSpec, SectionSpec, normalise_title

_TYPED_NUMBER = re.compile(
    r"^(?:(?:section|part|adran)\s+)?(?:\d{1,2}(?:\.\d+)*[.):]?|[ivx]+[.)]|[a-z][.)])(?:\s*[-\u2013:])?\s+", re.I
)
_TYPED_PARAGRAPH_NUMBER = re.compile(r"^(?:\*\*|\*)?\d{1,3}(?:(?:\.\d{1,3})+\.?|\.)(?:\*\*|\*)?\s+")
_CONTENTS = {"contents", "table of contents", "cynnwys"}


@dataclass
class ImportedSection:
    """A ``## `` section: the heading as written, the schema section it matched, and its blocks."""

    title: str
    spec: SectionSpec | None
    heading: Paragraph
    blocks: list[Block] = field(default_factory=list)
    duplicate_of: str | None = None  # set when an earlier heading already matched the same section


@dataclass
class ImportedDocument:
    """One Markdown document to write: its spec, title, text before the first section, sections."""

    spec: DocumentSpec
    title: str | None = None
    preamble: list[Block] = field(default_factory=list)
    sections: list[ImportedSection] = field(default_factory=list)
    section_level: int = 1

    @property
    def lang(self) -> str:
        """``cy`` when more headings use the sections' Welsh titles than their English ones."""
        welsh = english = 0
        for s in self.sections:
            if s.spec is None:
                continue
            key = normalise_title(s.title)
            if s.spec.title_cy and key == normalise_title(s.spec.title_cy):
                welsh += 1
            elif key != normalise_title(s.spec.title_cy or ""):
                english += 1
        return "cy" if welsh > english else "en"

    @property
    def filename(self) -> str:
        """The Markdown file to write: ``report.md``, or ``report.cy.md`` for a Welsh text."""
        name = self.spec.filename
        return name[:-3] + ".cy.md" if self.lang == "cy" and name.endswith(".md") else name

    @property
    def missing_required(self) -> list[SectionSpec]:
        """Required sections of the spec that no heading matched."""
        found = {s.spec.id for s in self.sections if s.spec is not None and s.duplicate_of is None}
        return [s for s in self.spec.sections if s.required and s.id not in found]


def heading_text(p: Paragraph) -> str:
    """A heading's plain text without typed numbering ("2.1 ", "Section 3: "); Word numbering is not text."""
    text = " ".join(p.plain.split())
    stripped = _TYPED_NUMBER.sub("", text, count=1)
    return stripped or text


def _is_heading(block: Block) -> bool:
    return isinstance(block, Paragraph) and block.heading_level is not None and bool(block.plain.strip())


def primary_document(docs: list[DocumentSpec], headings: list[str] | None = None) -> DocumentSpec:
    """The document a draft goes into by default: the one whose sections most headings match.

    Ties go to required documents, then to the schema's order (so a draft without headings goes
    into the first required document).
    """
    concrete = [d for d in docs if "*" not in d.filename] or list(docs)

    def score(item: tuple[int, DocumentSpec]) -> tuple[int, int, int]:
        index, doc = item
        matched = sum(1 for h in headings or [] if match_heading(doc, h, set()) is not None)
        return (matched, int(doc.required), -index)

    return max(enumerate(concrete), key=score)[1]


def match_document(docs: list[DocumentSpec], text: str) -> DocumentSpec | None:
    """The document a title-level heading names (title, key or file name; close matches allowed)."""
    key = normalise_title(text)
    if not key:
        return None
    labels: dict[str, DocumentSpec] = {}
    for doc in docs:
        if "*" in doc.filename:
            continue
        for label in (doc.title, doc.title_cy or "", doc.key.replace("-", " "),
                      doc.filename.rsplit(".", 1)[0].replace("-", " ")):
            if label:
                labels.setdefault(normalise_title(label), doc)
    if key in labels:
        return labels[key]
    from rapidfuzz import fuzz, process

    best = process.extractOne(key, list(labels), scorer=fuzz.ratio, score_cutoff=88)
    return labels[best[0]] if best else None


def match_heading(doc: DocumentSpec, text: str, taken: set[str]) -> SectionSpec | None:
    """The section a heading names: ``schema.match_section``, then unique word-subset overlap."""
    spec = schemas.match_section(doc, text)
    if spec is not None:
        return spec
    words = set(normalise_title(text).split())
    if not words:
        return None
    candidates: set[str] = set()
    for s in doc.sections:
        if s.id in taken:
            continue
        for label in [s.title, *s.aliases]:
            lw = set(normalise_title(label).split())
            significant = {x for x in lw & words if len(x) > 3}
            if lw and significant and (lw <= words or words <= lw):
                candidates.add(s.id)
    if len(candidates) == 1:
        return doc.section(candidates.pop())
    return None


def structure(blocks: list[Block], docs: list[DocumentSpec]) -> list[ImportedDocument]:
    """Split the draft's blocks into documents and sections (pure; see the module docstring)."""
    blocks = _without_contents(blocks)
    headings = [b for b in blocks if isinstance(b, Paragraph) and _is_heading(b) and b.heading_level]
    primary = primary_document(docs, [heading_text(h) for h in headings])
    levels = sorted({b.heading_level or 0 for b in headings})
    section_level = levels[0] if levels else 1
    title_level: int | None = None
    if len(levels) > 1:
        top = [b for b in headings if b.heading_level == levels[0]]
        only_title = (
            len(top) == 1
            and headings[0] is top[0]
            and schemas.match_section(primary, heading_text(top[0])) is None
        )
        all_documents = all(match_document(docs, heading_text(h)) is not None for h in top)
        second = [b for b in headings if b.heading_level == levels[1]]
        sections_below = _matched(primary, second) > _matched(primary, top)
        if only_title or all_documents or sections_below:
            title_level, section_level = levels[0], levels[1]

    out: list[ImportedDocument] = []
    current = ImportedDocument(primary, section_level=section_level)
    out.append(current)
    section: ImportedSection | None = None
    taken: set[str] = set()
    for block in blocks:
        if isinstance(block, Paragraph) and _is_heading(block):
            level = block.heading_level or 0
            text = heading_text(block)
            if level == 0 or (title_level is not None and level == title_level):
                target = match_document(docs, text) if level else None
                if target is not None and (target is not current.spec or current.sections):
                    current = _document_for(out, target, section_level)
                    taken = {s.spec.id for s in current.sections if s.spec is not None}
                    section = None
                    if current.title is None:
                        current.title = text
                    continue
                if current.title is None and not current.sections:
                    current.title = text
                    continue
                if level == 0:
                    current.preamble.append(block) if section is None else section.blocks.append(block)
                    continue
                # a further title-level heading that names no document: treat it as a section
            if level == section_level or (title_level is not None and level == title_level):
                spec = match_heading(current.spec, text, taken)
                duplicate = None
                if spec is not None and spec.id in taken:
                    duplicate, spec = spec.id, None
                if spec is not None:
                    taken.add(spec.id)
                title = schemas.split_heading_id(text)[0] or text
                section = ImportedSection(title, spec, block, duplicate_of=duplicate)
                current.sections.append(section)
                continue
        if section is None:
            current.preamble.append(block)
        else:
            section.blocks.append(block)
    for doc in out:
        for sec in doc.sections:
            strip_typed_numbering(sec.blocks)
    return out


def strip_typed_numbering(blocks: list[Block]) -> int:
    """Remove paragraph numbers typed as text ("3.2 ", "**3.2** ", "4. ") from a section's paragraphs.

    Only when at least two, and at least half, of the section's body paragraphs start with one: the
    renderers number paragraphs themselves, and a lone "1.5 million..." is left alone. Returns how
    many paragraphs changed.
    """
    body = [b for b in blocks if isinstance(b, Paragraph) and b.plain and b.heading_level is None
            and (b.numbering is None or b.numbering.is_paragraph_numbering)]
    numbered = [b for b in body if _TYPED_PARAGRAPH_NUMBER.match(b.markdown)]
    if len(numbered) < 2 or 2 * len(numbered) < len(body):
        return 0
    for b in numbered:
        b.markdown = _TYPED_PARAGRAPH_NUMBER.sub("", b.markdown, count=1)
        b.plain = re.sub(r"^\d{1,3}(?:(?:\.\d{1,3})+\.?|\.)\s+", "", b.plain, count=1)
    return len(numbered)


def _matched(doc: DocumentSpec, headings: list[Paragraph]) -> int:
    return len({spec.id for h in headings if (spec := match_heading(doc, heading_text(h), set()))})


def _document_for(out: list[ImportedDocument], spec: DocumentSpec, level: int) -> ImportedDocument:
    for doc in out:
        if doc.spec is spec:
            return doc
    if len(out) == 1 and not out[0].sections and not _has_text(out[0].preamble) and out[0].title is None:
        out[0].spec = spec
        return out[0]
    doc = ImportedDocument(spec, section_level=level)
    out.append(doc)
    return doc


def _has_text(blocks: list[Block]) -> bool:
    return any(not isinstance(b, Paragraph) or b.plain or b.images for b in blocks)


def _without_contents(blocks: list[Block]) -> list[Block]:
    """Drop a table of contents: TOC-styled entries and a heading named "Contents"."""
    kept: list[Block] = []
    for b in blocks:
        if isinstance(b, Paragraph):
            if b.toc:
                continue
            if _is_heading(b) and normalise_title(b.plain) in _CONTENTS:
                continue
        kept.append(b)
    return kept
