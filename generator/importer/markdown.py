"""Markdown text for imported content: escaped inline runs, lists, tables and image paragraphs."""

from __future__ import annotations

import re
from typing import Sequence

_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")
_BLOCK_START = re.compile(r"^(\s*)(#{1,6}\s|>|[-+*]\s|\d+[.)]\s|={3,}|-{3,}|~~~|```)")
_SPACE = re.compile(r"[ \t\u00a0]+")


def escape(text: str) -> str:
    """Escape characters that would change the meaning of plain text in Markdown."""
    text = _INLINE_SPECIAL.sub(r"\\\1", text)
    return text.replace("{#", "{\\#")


def escape_line_start(text: str) -> str:
    """Escape a block marker at the start of a paragraph ("# ", "- ", "1. ", "> ")."""
    m = _BLOCK_START.match(text)
    if not m:
        return text
    lead = m.group(1)
    rest = text[len(lead):]
    if rest[0].isdigit():
        num = re.match(r"\d+", rest).group(0)  # type: ignore[union-attr]
        return lead + num + "\\" + rest[len(num):]
    return lead + "\\" + rest


def inline_markdown(segments: Sequence[tuple[str, bool, bool, str | None, bool]]) -> str:
    """Join ``(text, bold, italic, link, raw)`` runs into Markdown, merging runs with equal formatting."""
    groups: list[list] = []
    for text, bold, italic, link, raw in segments:
        key = (bold, italic, link, raw)
        if groups and groups[-1][0] == key and not raw:
            groups[-1][1] += text
        else:
            groups.append([key, text])
    out: list[str] = []
    for (bold, italic, link, raw), text in groups:
        if raw:
            out.append(text)
            continue
        text = _SPACE.sub(" ", text)
        body = escape(text)
        if bold or italic:
            body = _wrap(body, "**" if bold and not italic else "*" if italic and not bold else "***")
        if link:
            stripped = body.strip()
            if stripped:
                lead = body[: len(body) - len(body.lstrip())]
                trail = body[len(body.rstrip()):]
                body = f"{lead}[{stripped}](<{link}>){trail}"
        out.append(body)
    return _SPACE.sub(" ", "".join(out))


def _wrap(body: str, marker: str) -> str:
    stripped = body.strip()
    if not stripped:
        return body
    lead = body[: len(body) - len(body.lstrip())]
    trail = body[len(body.rstrip()):]
    return f"{lead}{marker}{stripped}{marker}{trail}"


def paragraph(text: str) -> str:
    """A Markdown paragraph from inline Markdown (block markers at its start escaped)."""
    return escape_line_start(text.strip())


def list_item(text: str, level: int, ordered: bool) -> str:
    """One list item line, indented by level (two spaces per bullet level, three per ordered)."""
    indent = "   " * level if ordered else "  " * level
    return f"{indent}{'1.' if ordered else '-'} {text.strip()}"


def table(rows: Sequence[Sequence[str]]) -> str:
    """A GFM pipe table; the first row is the header; cells are single-line inline Markdown."""
    width = max((len(r) for r in rows), default=0)
    if width == 0:
        return ""

    def line(cells: Sequence[str]) -> str:
        padded = list(cells) + [""] * (width - len(cells))
        return "| " + " | ".join(c.replace("\n", " ").strip() for c in padded) + " |"

    lines = [line(rows[0]), "| " + " | ".join("---" for _ in range(width)) + " |"]
    lines.extend(line(r) for r in rows[1:])
    return "\n".join(lines)


def image(alt: str | None, target: str) -> str:
    """An image paragraph ``![alt](target)`` (alt text escaped; empty when there is none)."""
    text = escape(_SPACE.sub(" ", alt or "").strip()).replace("\n", " ")
    return f"![{text}]({target})"


def heading(level: int, title: str, section_id: str | None) -> str:
    """A heading line with an optional ``{#id}`` attribute."""
    suffix = f" {{#{section_id}}}" if section_id else ""
    return f"{'#' * level} {title.strip()}{suffix}"
