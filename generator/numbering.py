"""Numbered paragraphs (``S.P``) and the one Markdown parser shared by the loader and the renderers."""

from __future__ import annotations

from functools import cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

@cache
def parser() -> MarkdownIt:
    """CommonMark with raw HTML off, tables, strikethrough and footnotes (as the renderers parse)."""
    from mdit_py_plugins.footnote import footnote_plugin

    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    md.use(footnote_plugin)
    return md


def comment_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each ``<!-- ... -->`` comment, found in linear time (an unclosed one ends the search)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    while True:
        start = text.find("<!--", pos)
        if start < 0:
            return spans
        end = text.find("-->", start + 4)
        if end < 0:
            return spans
        spans.append((start, end + 3))
        pos = end + 3


def strip_comments(text: str, keep: str = "") -> str:
    """``text`` without HTML comments (``<!-- guidance: ... -->``); each is replaced by ``keep``."""
    if "<!--" not in text:
        return text
    parts = []
    pos = 0
    for start, end in comment_spans(text):
        parts.append(text[pos:start])
        parts.append(keep)
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def is_section_heading(tok: Token) -> bool:
    """A top-level ``## `` (or setext ``---``) heading: the start of a numbered section."""
    return tok.type == "heading_open" and tok.level == 0 and tok.tag == "h2" and tok.markup in ("##", "-")


def _unnumbered(inline: Token) -> bool:
    """True for paragraphs holding only images, only HTML comments, or both (plus whitespace)."""
    if not strip_comments(inline.content).strip():
        return True
    has_image = False
    for child in inline.children or []:
        if child.type == "image":
            has_image = True
        elif child.type in ("softbreak", "hardbreak"):
            continue
        elif child.type == "text" and not strip_comments(child.content).strip():
            continue
        else:
            return False
    return has_image


def number_paragraphs(tokens: list[Token]) -> dict[int, str]:
    """Number top-level paragraphs inside ``## `` sections: ``S.P`` keyed by the paragraph_open index.

    S is the 1-based index of the ``## `` section in the document, P the 1-based paragraph index in
    that section. List items, tables, block quotes, footnotes, headings, and paragraphs holding only
    images or only HTML comments are not numbered; nor is anything before the first ``## `` heading.
    """
    numbers: dict[int, str] = {}
    section = 0
    para = 0
    for i, tok in enumerate(tokens):
        if tok.type == "heading_open" and tok.level == 0 and tok.markup in ("##", "-"):
            section += 1
            para = 0
        elif tok.type == "paragraph_open" and tok.level == 0 and section:
            if i + 1 < len(tokens) and _unnumbered(tokens[i + 1]):
                continue
            para += 1
            numbers[i] = f"{section}.{para}"
    return numbers
