"""Markdown text for imported content: escaped inline runs, lists, tables and image paragraphs."""

from __future__ import annotations

import re
import unicodedata
from typing import Any, Sequence

_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
_ORDERED_START = re.compile(r"^(\d{1,9})([.)])(?=\s|$)")
_SPACE = re.compile(r"[ \t\u00a0]+")


def escape(text: str) -> str:
    """Escape characters that would change the meaning of plain text in Markdown."""
    text = _INLINE_SPECIAL.sub(r"\\\1", text)
    text = _ENTITY.sub(r"\\&", text)
    return text.replace("{#", "{\\#")


def escape_line_start(text: str) -> str:
    """Escape what would make a paragraph another block: "# ", "- ", "+", "=", "> ", "1. ", "2)"."""
    if text[:1] in ("#", "-", "+", "=", ">"):
        return "\\" + text
    m = _ORDERED_START.match(text)
    if m:
        return m.group(1) + "\\" + text[len(m.group(1)):]
    return text


def inline_markdown(segments: Sequence[tuple[str, bool, bool, str | None, bool]]) -> str:
    """Join ``(text, bold, italic, link, raw)`` runs into Markdown, merging runs with equal formatting.

    Bold/italic is dropped from a run where CommonMark would not read the markers as emphasis (a
    run ending in punctuation right before a letter, or touching another formatted run), so no
    stray asterisks ever reach the text.
    """
    groups: list[list[Any]] = []
    for text, bold, italic, link, raw in segments:
        key = (bold, italic, link, raw)
        if groups and groups[-1][0] == key and not raw:
            groups[-1][1] += text
        else:
            groups.append([key, text])
    pieces: list[tuple[str, str, str, bool, str | None]] = []  # (lead, body, trail, raw, marker)
    for (bold, italic, link, raw), text in groups:
        if raw:
            pieces.append(("", text, "", True, None))
            continue
        text = _SPACE.sub(" ", text)
        body = escape(text)
        stripped = body.strip()
        lead = body[: len(body) - len(body.lstrip())]
        trail = body[len(body.rstrip()):]
        target = safe_link(link) if link else None
        if target and stripped:
            stripped = f"[{stripped}](<{target}>)"
        marker = ("***" if bold and italic else "**" if bold else "*" if italic else None) if stripped else None
        pieces.append((lead, stripped, trail, False, marker))
    out = ""
    for i, (lead, body, trail, raw, marker) in enumerate(pieces):
        if marker is not None:
            before = lead[-1:] or out[-1:]
            after = trail[:1] or _first_char(pieces[i + 1:])
            if not (_opens(before, body[0]) and _closes(body[-1], after)) or before == "*":
                marker = None
        m = marker or ""
        out += f"{lead}{m}{body}{m}{trail}"
    return _SPACE.sub(" ", out)


def safe_link(url: str) -> str | None:
    """A link target fit for Markdown: http(s) and mailto only, percent-encoded; None otherwise."""
    from urllib.parse import quote, urlsplit

    url = url.strip()
    if urlsplit(url).scheme.lower() not in ("http", "https", "mailto"):
        return None
    return quote(url, safe=":/?#[]@!$&'()*+,;=%~")


def _first_char(pieces: Sequence[tuple[str, str, str, bool, str | None]]) -> str:
    for lead, body, trail, _raw, _marker in pieces:
        text = lead + body + trail
        if text:
            return text[0]
    return ""


def _punct(ch: str) -> bool:
    return bool(ch) and unicodedata.category(ch)[0] in "PS"


def _opens(before: str, first: str) -> bool:
    """A left-flanking delimiter run: not followed by space; after punctuation only if preceded by one."""
    if not first or first.isspace():
        return False
    return not _punct(first) or not before or before.isspace() or _punct(before)


def _closes(last: str, after: str) -> bool:
    """A right-flanking delimiter run: not preceded by space; after punctuation only before space/punct."""
    if not last or last.isspace():
        return False
    return not _punct(last) or not after or after.isspace() or _punct(after)


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
