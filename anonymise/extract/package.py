"""What the zip-package readers (DOCX, ODT, XLSX) share: the parts and problems they collect, one XML
budget over the whole file, a limit on the text it may hold, each part parsed once, and the OOXML
document-properties parts (``docProps/core.xml``, ``docProps/app.xml``) read the same way."""

from __future__ import annotations

import re
from typing import Iterable

from lxml import etree

from anonymise.extract.safexml import CODE_XML_LIMIT, MAX_TEXT_CHARS, Budget, SafeZip, UnsafeInput, localname
from anonymise.types import ExtractProblem, TextPart

# core.xml fields that are machine data, never personal: dates, counters, language tags
CORE_SKIP = {"created", "modified", "lastPrinted", "revision", "language"}
# app.xml fields that hold free text someone typed (the rest are counts and the application's name)
APP_FIELDS = {"Company", "Manager", "HyperlinkBase", "Template"}
_DEFAULT_TEMPLATE = re.compile(r"Normal(\.dot[mx]?)?", re.I)


def unique_lines(values: Iterable[str | None]) -> str:
    """Unique non-empty values (whitespace collapsed), one per line, in first-seen order."""
    seen: dict[str, None] = {}
    for value in values:
        value = " ".join((value or "").split())
        if value:
            seen.setdefault(value, None)
    return "".join(v + "\n" for v in seen)


def core_properties(root: etree._Element) -> str:
    """``name: value`` lines of a ``docProps/core.xml`` (title, subject, creator, keywords...)."""
    lines = []
    for el in root.iter():
        if not isinstance(el.tag, str) or el is root or localname(el) in CORE_SKIP:
            continue
        value = "".join(el.itertext()).strip()
        if value:
            lines.append(f"{localname(el)}: {value}")
    return unique_lines(lines)


def app_properties(root: etree._Element) -> str:
    """``name: value`` lines of a ``docProps/app.xml``: company, manager, hyperlink base, a template
    other than Word's default, and the titles of parts (sheet and heading names)."""
    lines = []
    for el in root:
        field_name = localname(el)
        if field_name in APP_FIELDS:
            value = "".join(el.itertext()).strip()
            if value and not (field_name == "Template" and _DEFAULT_TEMPLATE.fullmatch(value)):
                lines.append(f"{field_name}: {value}")
        elif field_name == "TitlesOfParts":
            lines += [f"TitlesOfParts: {t.strip()}" for t in el.itertext() if t.strip()]
    return unique_lines(lines)


class PackageText:
    """The collector every package reader builds on: ``add`` a part's text under its channel,
    record a ``problem``, read a part's XML once (``xml``) under one budget for the whole file."""

    def __init__(self, zf: SafeZip, budget: Budget, *, max_chars: int = MAX_TEXT_CHARS) -> None:
        self.zf = zf
        self.budget = budget
        self.parts: list[TextPart] = []
        self.problems: list[ExtractProblem] = []
        self.chars = 0
        self.max_chars = max_chars
        self._roots: dict[str, etree._Element] = {}  # parts parsed early (styles), handed over once

    def add(self, part: str, channel: str, text: str, primary: str,
            anchors: Iterable[tuple[int, str]] = ()) -> None:
        """A part's text; its name carries ``#channel`` when the channel is not the part's own."""
        if not text.strip():
            return
        self.chars += len(text)
        if self.chars > self.max_chars:
            raise UnsafeInput(part, f"file holds more than {self.max_chars:,} characters of text", CODE_XML_LIMIT)
        name = part if channel == primary else f"{part}#{channel}"
        self.parts.append(TextPart(name, channel, text, tuple(anchors)))

    def problem(self, part: str | None, message: str, code: str | None = None) -> None:
        self.problems.append(ExtractProblem(part, message, code or "ANO901"))

    def keep(self, name: str, root: etree._Element) -> None:
        """Keep a part parsed early so that ``xml(name)`` does not parse it again."""
        self._roots[name] = root

    def xml(self, name: str) -> etree._Element:
        """A part parsed once (streaming, under the file's budget)."""
        root = self._roots.pop(name, None)
        return root if root is not None else self.zf.read_xml(name, self.budget)
