"""RND101: compare a Welsh parallel text with its English source (sections, paragraphs, tables)."""

from __future__ import annotations

from pathlib import Path

from generator.findings import REGISTRY, Finding
from generator.model import Document, Review
from generator.render import markdown as md


def _stem(document: Document) -> str:
    name = Path(document.source.path).name
    return name[:-6] if name.endswith(".cy.md") else name[:-3]


def _tables(parsed: md.Parsed) -> list[tuple[int, int]]:
    return list(md.structure(parsed)["tables"])


def compare_structure(review: Review, welsh: Document, welsh_parsed: md.Parsed | None = None) -> list[Finding]:
    """Findings (RND101) where ``welsh`` differs in structure from the English document it parallels."""
    english = next(
        (d for d in review.documents if d.lang == "en" and d.key == welsh.key and _stem(d) == _stem(welsh)),
        None,
    )
    if english is None:
        return []
    cy = welsh_parsed or md.parse(welsh.source.text)
    en = md.parse(english.source.text)
    return diff_structure(en, cy, welsh, english)


def diff_structure(en: md.Parsed, cy: md.Parsed, welsh: Document, english: Document) -> list[Finding]:
    """Compare two parsed documents; each difference is one RND101 finding located in the Welsh file."""
    findings: list[Finding] = []
    src = welsh.source
    en_secs = [h for h in en.headings if h.number is not None]
    cy_secs = [h for h in cy.headings if h.number is not None]
    cy_lines = _section_lines(cy)
    en_ids = [s.id for s in english.sections]
    cy_ids = [s.id for s in welsh.sections]

    def at(index: int):  # type: ignore[no-untyped-def]
        line = cy_lines[index] if index < len(cy_lines) else 1
        return src.line_location(line)

    if len(en_secs) != len(cy_secs):
        findings.append(REGISTRY.finding(
            "RND101",
            f"{src.rel} has {len(cy_secs)} sections but {english.source.rel} has {len(en_secs)}; "
            "give the Welsh text the same ## sections in the same order",
            src.line_location(cy_lines[0] if cy_lines else 1),
        ))
    for i, (a, b) in enumerate(zip(en_ids, cy_ids)):
        if a and b and a != b:
            findings.append(REGISTRY.finding(
                "RND101", f"section {i + 1} is {{#{b}}} in {src.rel} but {{#{a}}} in {english.source.rel}",
                at(i)))
    en_counts = md.structure(en)["paragraphs"]
    cy_counts = md.structure(cy)["paragraphs"]
    for i, (a, b) in enumerate(zip(en_counts, cy_counts)):
        if a != b:
            findings.append(REGISTRY.finding(
                "RND101",
                f"section {i + 1} has {b} numbered paragraphs in {src.rel} but {a} in {english.source.rel}; "
                "paragraph numbers must match in both languages",
                at(i)))
    en_tables, cy_tables = _tables(en), _tables(cy)
    if en_tables != cy_tables:
        findings.append(REGISTRY.finding(
            "RND101",
            f"{src.rel} has tables {_shape(cy_tables)} but {english.source.rel} has {_shape(en_tables)} "
            "(rows x columns)",
            src.line_location(1)))
    return findings


def _shape(tables: list[tuple[int, int]]) -> str:
    return "[" + ", ".join(f"{r}x{c}" for r, c in tables) + "]" if tables else "none"


def _section_lines(parsed: md.Parsed) -> list[int]:
    lines = []
    for tok in parsed.tokens:
        if tok.type == "heading_open" and tok.level == 0 and tok.markup in ("##", "-") and tok.map:
            lines.append(tok.map[0] + 1)
    return lines
