"""The document model of one review: review.yaml data plus its Markdown documents, with a source map.

The loader (``generator.loader``) builds these objects; validation rules, deadlines and renderers only
read them.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.findings import Location


@dataclass
class SourceText:
    """A decoded text file and the offsets where its lines start (for offset -> line:column)."""

    path: Path  # absolute
    rel: str  # path as shown in findings (relative to the review folder's parent or the cwd)
    text: str
    line_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.line_starts:
            self.line_starts = line_starts(self.text)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a 0-based character offset."""
        return position(self.line_starts, offset)

    def location(self, start: int, end: int | None = None, **extra: Any) -> Location:
        """A Location spanning ``start``..``end`` (0-based, end exclusive) in this file."""
        line, col = self.position(start)
        end_line = end_col = None
        if end is not None:
            end_line, end_col = self.position(end)
        return Location(
            self.rel, line, col, end_line, end_col, start, end if end is not None else None, **extra
        )

    def line_location(self, line: int, column: int = 1) -> Location:
        """A Location at a 1-based line and column."""
        start = self.line_starts[line - 1] + column - 1 if 0 < line <= len(self.line_starts) else None
        return Location(self.rel, line, column, start=start)


def line_starts(text: str) -> list[int]:
    """Offsets at which each line of ``text`` starts (``\\n``, ``\\r\\n`` and ``\\r`` end lines)."""
    starts = [0]
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\n":
            starts.append(i + 1)
        elif ch == "\r":
            if i + 1 < n and text[i + 1] == "\n":
                i += 1
            starts.append(i + 1)
        i += 1
    return starts


def position(starts: list[int], offset: int) -> tuple[int, int]:
    """1-based (line, column) for ``offset`` given ``line_starts`` output."""
    idx = bisect.bisect_right(starts, offset) - 1
    return idx + 1, offset - starts[idx] + 1


@dataclass
class Paragraph:
    """A top-level body paragraph of a section, with its number as rendered ("3.2")."""

    number: str | None
    markdown: str
    line: int


@dataclass
class Section:
    """A ``## `` section of a Markdown document, matched to a schema section id when possible."""

    id: str | None  # schema section id, or None when it matched nothing
    title: str
    level: int
    line: int  # 1-based line of the heading
    start: int  # offset of the heading in the source text
    end: int  # offset where the next same-or-higher-level heading starts
    body: str  # Markdown between the heading and ``end`` (subsections included)
    explicit_id: bool = False  # matched by ``{#id}`` rather than by title/alias
    paragraphs: list[Paragraph] = field(default_factory=list)


@dataclass
class Document:
    """One Markdown document of the review (report, executive summary, terms of reference...)."""

    key: str  # schema document id, e.g. "report", "executive-summary", "terms-of-reference"
    source: SourceText
    lang: str = "en"  # "en" or "cy" (a ``*.cy.md`` parallel text)
    title: str | None = None  # the ``# `` heading, if any
    sections: list[Section] = field(default_factory=list)
    front_matter: dict[str, Any] = field(default_factory=dict)
    problems: list[Any] = field(default_factory=list)  # load findings about this document (VAL0xx)
    tokens: list[Any] = field(default_factory=list, repr=False)  # markdown-it tokens (loader's parse)

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)


@dataclass
class Review:
    """A loaded review: metadata from review.yaml, its documents, and where everything came from."""

    root: Path
    nation: str  # england | northern-ireland | scotland | wales
    type: str  # rapid-review | lcspr | national-cspr | cmr | learning-review | susr | cpr
    data: dict[str, Any]  # review.yaml as plain Python data (dates as datetime.date)
    yaml_source: SourceText | None
    pointers: dict[str, tuple[int, int]] = field(default_factory=dict)  # JSON pointer -> (line, col)
    documents: list[Document] = field(default_factory=list)

    def document(self, key: str, lang: str = "en") -> Document | None:
        return next((d for d in self.documents if d.key == key and d.lang == lang), None)

    def pointer_location(self, pointer: str) -> Location:
        """Location of a JSON pointer into review.yaml (nearest existing parent if absent)."""
        rel = self.yaml_source.rel if self.yaml_source else "review.yaml"
        ptr = pointer
        while True:
            if ptr in self.pointers:
                line, col = self.pointers[ptr]
                return Location(rel, line, col, pointer=pointer)
            if not ptr:
                return Location(rel, 1, 1, pointer=pointer)
            ptr = ptr.rsplit("/", 1)[0]
