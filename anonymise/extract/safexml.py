"""Safe reading of untrusted XML and ZIP containers: no entity expansion, no network, size and structure budgets."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from typing import Iterator

from lxml import etree

# Budgets for untrusted containers (documented in docs/checking.md, "Limits"). The 60-page benchmark
# review is a 43 KB DOCX whose word/document.xml inflates to 190 KB with about 9,000 elements and
# 700 paragraphs; every limit below is at least 50 times what such a review needs.
MAX_ENTRIES = 5_000  # members of one ZIP package
MAX_PART_BYTES = 40 * 1024 * 1024  # one member, counted while inflating (the header's size is not trusted)
MAX_TOTAL_BYTES = 150 * 1024 * 1024  # all members together, counted while inflating
MAX_XML_BYTES = 40 * 1024 * 1024  # one XML part
MAX_XML_NODES = 1_000_000  # elements in one XML part
MAX_TOTAL_NODES = 2_000_000  # elements in all XML parts of one file
MAX_XML_DEPTH = 200  # element nesting (libxml2 itself stops at 256)
MAX_PARAGRAPHS = 50_000  # paragraphs in one file (a 1,000-page report has about 20,000)
MAX_TEXT_CHARS = 20_000_000  # extracted characters of one file (as for a text file: 20 MB)
_CHUNK = 256 * 1024

# Rule codes of container and XML problems (registered in generator/rules/anonymisation.py).
CODE_CONTAINER_LIMIT = "ANO920"  # a ZIP member or the package inflates past a limit (zip bomb, lying header)
CODE_XML_LIMIT = "ANO921"  # too many elements, paragraphs or nesting levels (paragraph bomb)
CODE_UNKNOWN_PART = "ANO922"  # a part type the reader does not know
CODE_EMBEDDED = "ANO923"  # an embedded object or binary part that cannot be inspected
CODE_MACROS = "ANO924"  # a macro-enabled document
CODE_ENCRYPTED = "ANO925"  # an encrypted or password-protected file or member
CODE_UNSAFE_XML = "ANO926"  # DOCTYPE/entity declarations, malformed XML


class UnsafeInput(Exception):
    """An input that is refused or cannot be read safely; ``part`` names where."""

    def __init__(self, part: str | None, message: str, code: str = "ANO901") -> None:
        super().__init__(message)
        self.part = part
        self.message = message
        self.code = code


def _xml_prefix_text(data: bytes) -> str:
    """Decode enough of ``data`` to look for a DOCTYPE, whatever the XML encoding."""
    head = data[: 64 * 1024]
    for bom, enc in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            return head[len(bom):].decode(enc, errors="ignore")
    if len(head) > 1 and head[0] == 0 and head[1] != 0:
        return head.decode("utf-16-be", errors="ignore")
    if len(head) > 1 and head[1] == 0 and head[0] != 0:
        return head.decode("utf-16-le", errors="ignore")
    return head.decode("latin-1")


def _parser_options() -> dict[str, object]:
    return dict(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        dtd_validation=False,
        remove_blank_text=False,
        collect_ids=False,
    )


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**_parser_options())  # type: ignore[arg-type]


@dataclass
class Budget:
    """Structure limits for all the XML parts of one file, counted while each part is parsed.

    ``paragraph_tags`` are the Clark names that count as paragraphs (``w:p``, ``text:p``...).
    """

    paragraph_tags: frozenset[str] = frozenset()
    max_nodes: int = MAX_XML_NODES
    max_total_nodes: int = MAX_TOTAL_NODES
    max_depth: int = MAX_XML_DEPTH
    max_paragraphs: int = MAX_PARAGRAPHS
    nodes: int = 0
    paragraphs: int = 0


def _refuse_doctype(head_bytes: bytes, part: str | None) -> None:
    head = _xml_prefix_text(head_bytes)
    if "<!DOCTYPE" in head or "<!ENTITY" in head:
        raise UnsafeInput(part, "XML with a DOCTYPE or entity declarations is refused (possible entity-expansion attack)", CODE_UNSAFE_XML)


class _StreamParser:
    """Parse XML fed in chunks, counting elements, depth and paragraphs against a ``Budget``."""

    def __init__(self, part: str | None, budget: Budget | None) -> None:
        self.part = part
        self.budget = budget or Budget()
        self.parser = etree.XMLPullParser(events=("start", "end"), **_parser_options())  # type: ignore[arg-type]
        self.size = 0
        self.nodes = 0
        self.depth = 0

    def feed(self, chunk: bytes) -> None:
        if self.size == 0:
            _refuse_doctype(chunk, self.part)
        self.size += len(chunk)
        if self.size > MAX_XML_BYTES:
            raise UnsafeInput(self.part, f"XML part is larger than {MAX_XML_BYTES // (1024 * 1024)} MB", CODE_CONTAINER_LIMIT)
        try:
            self.parser.feed(chunk)
        except etree.XMLSyntaxError as exc:
            raise self._syntax(exc) from None
        self._count()

    def _count(self) -> None:
        budget = self.budget
        tags = budget.paragraph_tags
        try:
            for event, el in self.parser.read_events():
                if event == "end":
                    self.depth -= 1
                    continue
                self.depth += 1
                self.nodes += 1
                budget.nodes += 1
                if self.depth > budget.max_depth:
                    raise UnsafeInput(self.part, f"XML is nested more than {budget.max_depth} levels deep", CODE_XML_LIMIT)
                if self.nodes > budget.max_nodes:
                    raise UnsafeInput(self.part, f"XML part has more than {budget.max_nodes:,} elements", CODE_XML_LIMIT)
                if budget.nodes > budget.max_total_nodes:
                    raise UnsafeInput(self.part, f"file has more than {budget.max_total_nodes:,} XML elements", CODE_XML_LIMIT)
                if el.tag in tags:
                    budget.paragraphs += 1
                    if budget.paragraphs > budget.max_paragraphs:
                        raise UnsafeInput(self.part, f"file has more than {budget.max_paragraphs:,} paragraphs (possible paragraph bomb)", CODE_XML_LIMIT)
        except etree.XMLSyntaxError as exc:
            raise self._syntax(exc) from None

    def _syntax(self, exc: Exception) -> UnsafeInput:
        text = str(exc)
        if "depth" in text.lower():
            return UnsafeInput(self.part, f"XML is nested more than {self.budget.max_depth} levels deep", CODE_XML_LIMIT)
        return UnsafeInput(self.part, f"XML is not well formed: {text}", CODE_UNSAFE_XML)

    def close(self) -> etree._Element:
        if self.size == 0:
            raise UnsafeInput(self.part, "XML part is empty", CODE_UNSAFE_XML)
        try:
            root = self.parser.close()
            self._count()
        except etree.XMLSyntaxError as exc:
            raise self._syntax(exc) from None
        except ValueError as exc:
            raise UnsafeInput(self.part, f"XML could not be read: {exc}", CODE_UNSAFE_XML) from None
        if root is None:
            raise UnsafeInput(self.part, "XML part is empty", CODE_UNSAFE_XML)
        tree = root.getroottree()
        if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
            raise UnsafeInput(self.part, "XML with a DOCTYPE is refused", CODE_UNSAFE_XML)
        return root


def parse_xml(data: bytes, part: str | None = None, budget: Budget | None = None) -> etree._Element:
    """Parse untrusted XML bytes into an lxml element; raise ``UnsafeInput`` when refused.

    Any DOCTYPE (and so any entity declaration) is refused: Office, ODF and XMP never need one, and
    refusing it rules out billion-laughs and external-entity attacks before libxml2 sees them.
    Elements, nesting and paragraphs are counted against ``budget`` while parsing.
    """
    if len(data) > MAX_XML_BYTES:
        raise UnsafeInput(part, f"XML part is larger than {MAX_XML_BYTES // (1024 * 1024)} MB", CODE_CONTAINER_LIMIT)
    stream = _StreamParser(part, budget)
    _refuse_doctype(data, part)
    for offset in range(0, len(data), _CHUNK):
        stream.feed(data[offset : offset + _CHUNK])
    return stream.close()


def localname(el: etree._Element) -> str:
    """The local name of an element (without namespace); '' for comments and PIs."""
    tag = el.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def namespace(el: etree._Element) -> str:
    """The namespace URI of an element, or ''."""
    tag = el.tag
    if isinstance(tag, str) and tag.startswith("{"):
        return tag[1:].split("}", 1)[0]
    return ""


def attr_local(el: etree._Element, name: str) -> str | None:
    """The value of the first attribute whose local name is ``name``, whatever its namespace."""
    for key, value in el.attrib.items():
        if key.rsplit("}", 1)[-1] == name:
            return str(value)
    return None


@dataclass(frozen=True)
class ZipEntry:
    """One member of a checked ZIP archive."""

    name: str
    size: int
    compressed: int


class SafeZip:
    """A ZIP archive read with caps on entries, per-part and total uncompressed size.

    Raises ``UnsafeInput`` on a truncated or corrupt archive, an encrypted member, duplicate
    names, too many entries or a member that inflates past the caps (a zip bomb). Sizes are
    counted while inflating: a header that under-states a member's size changes nothing.
    """

    def __init__(self, data: bytes, kind: str = "ZIP/DOCX") -> None:
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
            raise UnsafeInput(None, f"not a readable {kind} container: {exc}") from None
        if len(infos) > MAX_ENTRIES:
            raise UnsafeInput(None, f"archive has {len(infos)} entries (limit {MAX_ENTRIES})", CODE_CONTAINER_LIMIT)
        seen: set[str] = set()
        declared = 0
        self._infos: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            if info.is_dir():
                continue
            if info.flag_bits & 0x1:
                raise UnsafeInput(info.filename, "archive member is encrypted (password-protected); save an unprotected copy", CODE_ENCRYPTED)
            key = info.filename.lower()
            if key in seen:
                raise UnsafeInput(info.filename, "archive has two members with the same name")
            seen.add(key)
            if info.file_size > MAX_PART_BYTES:
                raise UnsafeInput(info.filename, f"member inflates to {info.file_size} bytes (limit {MAX_PART_BYTES}): possible zip bomb", CODE_CONTAINER_LIMIT)
            declared += info.file_size
            self._infos[info.filename] = info
        if declared > MAX_TOTAL_BYTES:
            raise UnsafeInput(None, f"archive inflates to {declared} bytes (limit {MAX_TOTAL_BYTES}): possible zip bomb", CODE_CONTAINER_LIMIT)
        self._read_total = 0

    def entries(self) -> list[ZipEntry]:
        """The file members, in archive order."""
        return [ZipEntry(i.filename, i.file_size, i.compress_size) for i in self._infos.values()]

    def names(self) -> list[str]:
        """The member names, in archive order."""
        return list(self._infos)

    def has(self, name: str) -> bool:
        """Whether the archive has a member called ``name``."""
        return name in self._infos

    def chunks(self, name: str) -> Iterator[bytes]:
        """Inflate one member chunk by chunk, never past the per-part or total caps."""
        info = self._infos.get(name)
        if info is None:
            raise UnsafeInput(name, "archive member is missing")
        size = 0
        try:
            with self._zip.open(info) as fh:
                # zipfile stops at the header's size and then fails the CRC: a lying header is refused.
                while True:
                    chunk = fh.read(_CHUNK)
                    if not chunk:
                        break
                    size += len(chunk)
                    self._read_total += len(chunk)
                    if size > MAX_PART_BYTES:
                        raise UnsafeInput(name, "member inflates past the size limit: possible zip bomb", CODE_CONTAINER_LIMIT)
                    if self._read_total > MAX_TOTAL_BYTES:
                        raise UnsafeInput(name, "archive inflates past the total size limit: possible zip bomb", CODE_CONTAINER_LIMIT)
                    yield chunk
        except UnsafeInput:
            raise
        except zipfile.BadZipFile as exc:
            code = CODE_CONTAINER_LIMIT if "CRC" in str(exc) else "ANO901"
            raise UnsafeInput(name, f"archive member could not be read: {exc} (its header does not match its data)", code) from None
        except RuntimeError as exc:
            code = CODE_ENCRYPTED if "encrypt" in str(exc).lower() or "password" in str(exc).lower() else "ANO901"
            raise UnsafeInput(name, f"archive member could not be read: {exc}", code) from None
        except Exception as exc:  # zlib.error, EOFError, NotImplementedError from a corrupt or odd stream
            raise UnsafeInput(name, f"archive member could not be read: {exc}") from None

    def read(self, name: str) -> bytes:
        """Read one member, never inflating past the per-part or total caps."""
        return b"".join(self.chunks(name))

    def read_xml(self, name: str, budget: Budget | None = None) -> etree._Element:
        """Inflate and parse one XML member in one streaming pass, counting against ``budget``."""
        stream = _StreamParser(name, budget)
        for chunk in self.chunks(name):
            stream.feed(chunk)
        return stream.close()
