"""Safe reading of untrusted XML and ZIP containers: no entity expansion, no network, size caps."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from lxml import etree

# Limits for untrusted containers. A 60-page review's word/document.xml is about 1-2 MB.
MAX_ENTRIES = 5_000
MAX_PART_BYTES = 40 * 1024 * 1024
MAX_TOTAL_BYTES = 150 * 1024 * 1024
MAX_XML_BYTES = 40 * 1024 * 1024
_CHUNK = 1024 * 1024


class UnsafeInput(Exception):
    """An input that is refused or cannot be read safely; ``part`` names where."""

    def __init__(self, part: str | None, message: str) -> None:
        super().__init__(message)
        self.part = part
        self.message = message


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


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        dtd_validation=False,
        remove_blank_text=False,
        collect_ids=False,
    )


def parse_xml(data: bytes, part: str | None = None) -> etree._Element:
    """Parse untrusted XML bytes into an lxml element; raise ``UnsafeInput`` when refused.

    Any DOCTYPE (and so any entity declaration) is refused: Office and XMP never need one, and
    refusing it rules out billion-laughs and external-entity attacks before libxml2 sees them.
    """
    if len(data) > MAX_XML_BYTES:
        raise UnsafeInput(part, f"XML part is larger than {MAX_XML_BYTES // (1024 * 1024)} MB")
    head = _xml_prefix_text(data)
    if "<!DOCTYPE" in head or "<!ENTITY" in head:
        raise UnsafeInput(part, "XML with a DOCTYPE or entity declarations is refused (possible entity-expansion attack)")
    try:
        root = etree.fromstring(data, parser=_parser())
    except etree.XMLSyntaxError as exc:
        raise UnsafeInput(part, f"XML is not well formed: {exc}") from None
    except ValueError as exc:
        raise UnsafeInput(part, f"XML could not be read: {exc}") from None
    if root is None:
        raise UnsafeInput(part, "XML part is empty")
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise UnsafeInput(part, "XML with a DOCTYPE is refused")
    return root


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
    names, too many entries or a member that inflates past the caps (a zip bomb).
    """

    def __init__(self, data: bytes) -> None:
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
            raise UnsafeInput(None, f"not a readable ZIP/DOCX container: {exc}") from None
        if len(infos) > MAX_ENTRIES:
            raise UnsafeInput(None, f"archive has {len(infos)} entries (limit {MAX_ENTRIES})")
        seen: set[str] = set()
        declared = 0
        self._infos: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            if info.is_dir():
                continue
            if info.flag_bits & 0x1:
                raise UnsafeInput(info.filename, "archive member is encrypted")
            key = info.filename.lower()
            if key in seen:
                raise UnsafeInput(info.filename, "archive has two members with the same name")
            seen.add(key)
            if info.file_size > MAX_PART_BYTES:
                raise UnsafeInput(info.filename, f"member inflates to {info.file_size} bytes (limit {MAX_PART_BYTES}): possible zip bomb")
            declared += info.file_size
            self._infos[info.filename] = info
        if declared > MAX_TOTAL_BYTES:
            raise UnsafeInput(None, f"archive inflates to {declared} bytes (limit {MAX_TOTAL_BYTES}): possible zip bomb")
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

    def read(self, name: str) -> bytes:
        """Read one member, never inflating past the per-part or total caps."""
        info = self._infos.get(name)
        if info is None:
            raise UnsafeInput(name, "archive member is missing")
        out = bytearray()
        try:
            with self._zip.open(info) as fh:
                while True:
                    chunk = fh.read(_CHUNK)
                    if not chunk:
                        break
                    out += chunk
                    if len(out) > MAX_PART_BYTES:
                        raise UnsafeInput(name, "member inflates past the size limit: possible zip bomb")
                    if self._read_total + len(out) > MAX_TOTAL_BYTES:
                        raise UnsafeInput(name, "archive inflates past the total size limit: possible zip bomb")
        except UnsafeInput:
            raise
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
            raise UnsafeInput(name, f"archive member could not be read: {exc}") from None
        except Exception as exc:  # zlib.error and friends from a corrupt deflate stream
            raise UnsafeInput(name, f"archive member could not be read: {exc}") from None
        self._read_total += len(out)
        return bytes(out)

    def read_xml(self, name: str) -> etree._Element:
        """Read and safely parse one XML member."""
        return parse_xml(self.read(name), name)
