"""Markdown parsing for rendering: one safe parser, heading ids, level clamping and paragraph numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from markdown_it import MarkdownIt
from markdown_it.token import Token

from generator import numbering

_HEADING_ID = re.compile(r"\s*\{#([A-Za-z0-9_.:-]+)\}\s*$")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n.*?\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)


def parser() -> MarkdownIt:
    """The one Markdown parser (``generator.numbering``): CommonMark, raw HTML OFF, tables, footnotes."""
    return numbering.parser()


def strip_comments(text: str) -> str:
    """Remove HTML comments (guidance, suppressions) keeping line breaks, so lines still match."""
    return _COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), text)


def strip_front_matter(text: str) -> str:
    """Remove a leading ``---`` YAML front-matter block, keeping the line count (for findings)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return text
    return "\n" * match.group(0).count("\n") + text[match.end():]


@dataclass
class Heading:
    """A heading as rendered: output level (1-3), text, anchor id and its section number (h2)."""

    level: int
    text: str
    anchor: str
    number: int | None = None


@dataclass
class Parsed:
    """Tokens of one document plus what both renderers need: title, headings, paragraph numbers."""

    tokens: list[Token]
    title: str | None
    headings: list[Heading] = field(default_factory=list)
    numbers: dict[int, str] = field(default_factory=dict)  # index of paragraph_open -> "S.P"
    footnotes: dict[int, list[Token]] = field(default_factory=dict)  # footnote id -> its tokens

    @property
    def paragraph_numbers(self) -> list[str]:
        """All paragraph numbers in document order."""
        return [self.numbers[i] for i in sorted(self.numbers)]


def parse(text: str) -> Parsed:
    """Parse a Markdown document into tokens with ids, clamped heading levels and paragraph numbers.

    The ``# `` title (if any) is removed from the body — the title page carries it. ``## `` headings
    render as level 2, deeper ones as level 3 at most, never skipping a level.
    """
    tokens = parser().parse(strip_comments(strip_front_matter(text)))
    title = None
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.type == "heading_open" and tok.tag == "h1" and tok.level == 0:
            if title is None:
                title = tokens[i + 1].content.strip()
                title = _HEADING_ID.sub("", title)
            i += 3
            continue
        out.append(tok)
        i += 1
    parsed = Parsed(out, title)
    _headings(parsed)
    parsed.numbers = number_paragraphs(out)
    return parsed


def _headings(parsed: Parsed) -> None:
    """Assign ids and output levels to headings (h2..h3, no skipped levels)."""
    tokens = parsed.tokens
    prev = 1
    used: set[str] = set()
    section = 0
    for i, tok in enumerate(tokens):
        if tok.type != "heading_open":
            continue
        inline = tokens[i + 1]
        raw_level = int(tok.tag[1])
        level = max(2, min(raw_level, prev + 1, 3)) if tok.level == 0 else min(max(raw_level, 2), 3)
        text, anchor = _split_id(inline)
        if tok.level == 0 and raw_level == 2:
            section += 1
            level = 2
        base = anchor or _slug(text) or f"section-{section}"
        anchor = base
        n = 2
        while anchor in used:
            anchor = f"{base}-{n}"
            n += 1
        used.add(anchor)
        tok.tag = f"h{level}"
        for t in (tok, tokens[i + 2]):
            t.tag = f"h{level}"
        tok.attrSet("id", anchor)
        if tok.level == 0:
            prev = level
            parsed.headings.append(
                Heading(level, text, anchor, section if raw_level == 2 else None)
            )


def _split_id(inline: Token) -> tuple[str, str | None]:
    """Strip a trailing ``{#id}`` from a heading's inline token; return (plain text, id)."""
    match = _HEADING_ID.search(inline.content)
    anchor = None
    if match:
        anchor = match.group(1)
        inline.content = inline.content[: match.start()]
        children = inline.children or []
        if children and children[-1].type == "text":
            last = children[-1]
            last.content = _HEADING_ID.sub("", last.content)
    return plain_text(inline).strip(), anchor


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def plain_text(inline: Token) -> str:
    """The visible text of an inline token (emphasis, links, code; image alt text excluded)."""
    parts: list[str] = []
    for child in inline.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts)


def number_paragraphs(tokens: list[Token]) -> dict[int, str]:
    """Paragraph numbers ``S.P`` keyed by paragraph_open index — ``generator.numbering``'s rule."""
    return numbering.number_paragraphs(tokens)


def images(tokens: list[Token]) -> list[tuple[Token, int]]:
    """Every image token with the source line (0-based map of its block) it comes from."""
    found: list[tuple[Token, int]] = []
    line = 0
    for tok in tokens:
        if tok.map:
            line = tok.map[0]
        for child in tok.children or []:
            if child.type == "image":
                found.append((child, line))
    return found


def image_alt(image: Token) -> str:
    """The alt text of an image token (its children's text)."""
    return "".join(c.content for c in image.children or [] if c.type in ("text", "code_inline")).strip()


def structure(parsed: Parsed) -> dict[str, Any]:
    """A comparable outline: section ids, paragraph counts per section, table shapes (for RND101)."""
    sections: list[str] = [h.anchor for h in parsed.headings if h.number is not None]
    per_section: dict[str, int] = {}
    for number in parsed.paragraph_numbers:
        s = number.split(".")[0]
        per_section[s] = per_section.get(s, 0) + 1
    tables: list[tuple[int, int]] = []
    rows = cols = 0
    for tok in parsed.tokens:
        if tok.type == "table_open":
            rows = cols = 0
        elif tok.type == "tr_open":
            rows += 1
            cols = 0
        elif tok.type in ("th_open", "td_open"):
            cols += 1
        elif tok.type == "table_close":
            tables.append((rows, cols))
    counts = [per_section.get(str(i + 1), 0) for i in range(len(sections))]
    return {"sections": sections, "paragraphs": counts, "tables": tables}
