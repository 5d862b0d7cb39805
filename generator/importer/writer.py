"""Write an imported review: review.yaml, the Markdown documents and assets/, all or nothing."""

from __future__ import annotations

import io
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.atomic import staged_dir
from generator.errors import UserError
from generator.importer import markdown as md
from generator.importer.reader import Block, Image, Paragraph, Table
from generator.importer.sections import ImportedDocument, heading_text
from generator.resources import schemas_dir

_NOTE_REF = re.compile(r"\[\^((?:fn|en)\d+)\]")
_SCHEMA_URL = "https://casereview.invalid/schemas/review.schema.json"

# example values for commented metadata placeholders, by JSON pointer
_PLACEHOLDERS: dict[str, Any] = {
    "/reviewers": [{"name": "", "role": ""}],
    "/people": [{"pseudonym": "", "role": ""}],
}


@dataclass
class Assets:
    """Images to write into assets/, named image-1.png... in order of first use; duplicates shared."""

    files: dict[str, bytes] = field(default_factory=dict)  # relative path -> bytes
    _by_digest: dict[str, str] = field(default_factory=dict)

    def add(self, image: Image) -> str:
        """The relative path (``assets/image-N.ext``) of ``image``, storing it on first use."""
        found = self._by_digest.get(image.digest)
        if found is None:
            found = f"assets/image-{len(self._by_digest) + 1}.{image.ext}"
            self._by_digest[image.digest] = found
            self.files[found] = image.blob
        return found


def document_markdown(
    doc: ImportedDocument, skip: set[int], assets: Assets, notes: dict[str, str]
) -> str:
    """The Markdown text of one imported document (tables whose ``id()`` is in ``skip`` left out)."""
    default_title = (doc.spec.title_cy or doc.spec.title) if doc.lang == "cy" else doc.spec.title
    chunks: list[str] = [md.heading(1, md.escape(doc.title or default_title), None)]
    chunks += _blocks(doc.preamble, doc.section_level, skip, assets)
    for section in doc.sections:
        chunks.append(md.heading(2, md.escape(section.title), section.spec.id if section.spec else None))
        chunks += _blocks(section.blocks, doc.section_level, skip, assets)
    text = "\n\n".join(c for c in chunks if c.strip())
    labels = list(dict.fromkeys(_NOTE_REF.findall(text)))
    if labels:
        text += "\n\n" + "\n".join(f"[^{label}]: {notes.get(label, '')}".rstrip() for label in labels)
    return text + "\n"


def _blocks(blocks: list[Block], section_level: int, skip: set[int], assets: Assets) -> list[str]:
    chunks: list[str] = []
    items: list[tuple[Paragraph, bool]] = []  # a run of list items: (paragraph, ordered)

    def flush() -> None:
        if not items:
            return
        base = min(p.numbering.level for p, _ in items if p.numbering)  # type: ignore[union-attr]
        lines = [
            md.list_item(p.markdown, (p.numbering.level if p.numbering else base) - base, ordered)
            for p, ordered in items
        ]
        chunks.append("\n".join(lines))
        for p, _ in items:
            chunks.extend(md.image(i.alt, assets.add(i)) for i in p.images)
        items.clear()

    for block in blocks:
        if isinstance(block, Table):
            flush()
            if id(block) not in skip and block.markdown_rows:
                header = [_unbold(c) for c in block.markdown_rows[0]]
                chunks.append(md.table([header, *block.markdown_rows[1:]]))
            chunks.extend(md.image(i.alt, assets.add(i)) for i in block.images)
            continue
        p = block
        if p.heading_level is not None and p.heading_level > 0 and p.plain:
            flush()
            level = min(6, max(3, p.heading_level - section_level + 2))
            chunks.append(md.heading(level, md.escape(heading_text(p)), None))
            continue
        numbering = p.numbering
        if numbering is not None and not numbering.is_paragraph_numbering and p.plain:
            items.append((p, not numbering.is_bullet))
            continue
        flush()
        if p.plain:
            chunks.append(md.paragraph(p.markdown))
        chunks.extend(md.image(i.alt, assets.add(i)) for i in p.images)
    flush()
    return chunks


def _unbold(cell: str) -> str:
    """A header cell without bold markers wrapping the whole cell (headers are bold anyway)."""
    cell = cell.strip()
    if cell.startswith("**") and cell.endswith("**") and len(cell) > 4 and "**" not in cell[2:-2]:
        return cell[2:-2]
    return cell


def schema_reference(out: Path) -> str:
    """The ``$schema`` target for review.yaml: a path relative to ``out``, else the schema's URL."""
    try:
        target = schemas_dir() / "review.schema.json"
        if target.is_file():
            return Path(os.path.relpath(target, out.resolve())).as_posix()
    except (FileNotFoundError, ValueError):
        pass
    return _SCHEMA_URL


def review_yaml(
    data: dict[str, Any], required_metadata: list[str], schema_ref: str, draft_name: str
) -> str:
    """review.yaml text: the schema line, the data, and commented placeholders for missing metadata."""
    from ruamel.yaml import YAML

    head = {k: v for k, v in data.items() if k not in ("recommendations", "action_plan", "chronology")}
    tail = {k: v for k, v in data.items() if k in ("recommendations", "action_plan", "chronology") and v}
    lines = [
        f"# yaml-language-server: $schema={schema_ref}",
        f"# Imported from {draft_name} by `casereview import`. Fill in the commented metadata below,",
        "# then run `casereview validate` on this folder to see what is still missing.",
    ]
    yaml = YAML()
    yaml.default_flow_style = False
    yaml.width = 4096
    yaml.allow_unicode = True
    buf = io.StringIO()
    yaml.dump(head, buf)
    lines.append(buf.getvalue().rstrip("\n"))
    placeholders = _placeholders(required_metadata, head)
    if placeholders:
        lines.append("")
        lines.append("# Required for this review type (uncomment and fill in):")
        lines.extend(placeholders)
    if tail:
        buf = io.StringIO()
        yaml.dump(tail, buf)
        lines.append("")
        lines.append(buf.getvalue().rstrip("\n"))
    return "\n".join(lines) + "\n"


def _placeholders(pointers: list[str], data: dict[str, Any]) -> list[str]:
    """Commented YAML for every required pointer that ``data`` leaves empty (``/reviewers/0/name``...)."""
    from ruamel.yaml import YAML

    tree: dict[str, Any] = {}
    for pointer in pointers:
        parts = [p for p in pointer.split("/") if p]
        if parts and not _has(data, parts):
            value = _PLACEHOLDERS.get(pointer)
            _set(tree, parts, value if value is not None else _example(parts))
    if not tree:
        return []
    yaml = YAML()
    yaml.default_flow_style = False
    buf = io.StringIO()
    yaml.dump(tree, buf)
    return [f"# {line}" for line in buf.getvalue().rstrip("\n").splitlines()]


def _set(tree: dict[str, Any], parts: list[str], value: Any) -> None:
    node: Any = tree
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        fresh: Any = value if last else ([] if parts[i + 1].isdigit() else {})
        if isinstance(node, list):
            if not node:
                node.append(fresh)
            node = node[0]
        elif last:
            node.setdefault(part, fresh)
        else:
            node = node.setdefault(part, fresh)


def _example(parts: list[str]) -> Any:
    """A placeholder value for a review.yaml key, from its JSON Schema (dates, lists, strings)."""
    from generator.schema import review_schema

    try:
        root = review_schema()
    except (OSError, ValueError):
        return ""
    node: Any = root
    for part in parts:
        node = _resolve(node, root)
        if not isinstance(node, dict):
            return ""
        node = node.get("items") if part.isdigit() else (node.get("properties") or {}).get(part)
        if node is None:
            return ""
    node = _resolve(node, root)
    text = repr(node)
    if "format': 'date'" in text:
        return "YYYY-MM-DD"
    return ""


def _resolve(node: Any, root: dict[str, Any]) -> Any:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        target: Any = root
        for part in node["$ref"][2:].split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        node = target
    return node


def _has(data: Any, parts: list[str]) -> bool:
    for part in parts:
        if isinstance(data, list) and part.isdigit() and int(part) < len(data):
            data = data[int(part)]
        elif isinstance(data, dict) and part in data:
            data = data[part]
        else:
            return False
        if data in (None, "", [], {}):
            return False
    return True


def check_out_dir(out: Path) -> None:
    """Refuse an output folder that is a file or already holds something."""
    if out.exists() and not out.is_dir():
        raise UserError(f"{out}: exists and is not a folder; choose a new folder for the review")
    if out.is_dir() and any(out.iterdir()):
        raise UserError(f"{out}: folder is not empty; import into a new or empty folder")


def write_review(out: Path, files: dict[str, bytes]) -> None:
    """Write ``files`` (relative path -> bytes) under ``out`` atomically (staged, then moved)."""
    check_out_dir(out)
    with staged_dir(out) as tmp:
        for rel, data in files.items():
            path = tmp / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
