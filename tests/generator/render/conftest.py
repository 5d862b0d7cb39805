"""Fixtures for render tests: small review folders built inline, and renders shared per session."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path
from typing import Callable

import pytest

REPO = Path(__file__).resolve().parents[3]
SAMPLES = REPO / "samples"

REVIEW_YAML = """\
nation: {nation}
type: {type}
title: "Local child safeguarding practice review: Child Z"
board: "Southville Safeguarding Children Partnership"
classification: OFFICIAL-SENSITIVE
status: draft
language: en
child: {{pseudonym: Child Z, age_at_incident: "2 years", looked_after: false}}
reviewers: [{{name: "Dr Fictional Reviewer", role: "Independent lead reviewer"}}]
dates: {{incident: 2024-01-15, decision: 2024-02-01, final_report: 2024-06-30}}
action_plan:
  - {{id: A1, recommendation: R1, action: "Refresh the bruising protocol", owner: "Partnership", due: 2024-09-30, status: in-progress}}
  - {{id: A2, recommendation: R2, action: "Audit {{{{ 7*7 }}}} <b>records</b>", owner: "Health", due: 2024-10-31, status: not-started}}
chronology:
  - {{date: 2023-11-02, agency: "Health visiting", event: "Routine contact at home"}}
glossary:
  - {{term: MASH, definition: "Multi-Agency Safeguarding Hub"}}
"""

REPORT_MD = """\
# Local child safeguarding practice review: Child Z

## Child Z's perspective {#child-perspective}

First paragraph about *Child Z* with a [link](https://example.org/guidance) and a note.[^1]

Second paragraph with {{ 7*7 }} and <script>alert(1)</script> kept literal.

- a list item
- another item

## Scope and method {#scope-and-method}

> A quoted practitioner view.

Scope paragraph.

![A family diagram showing two adults and one child](assets/diagram.png)

| Agency | Contacts |
|--------|----------|
| Health | 4 |
| Police | 1 |

### A subsection

Third paragraph, inside a subsection, still numbered in section 2.

##### Deep heading that must not skip levels

Fourth paragraph.

[^1]: A footnote with *emphasis*.
"""


def png_bytes(width: int = 40, height: int = 20, grey: int = 128) -> bytes:
    """A small, deterministic greyscale PNG."""
    raw = b"".join(b"\x00" + bytes([grey]) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def write_review(root: Path, files: dict[str, str | bytes]) -> Path:
    """Create a review folder from ``{relative path: text or bytes}``."""
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


def small_review_files(nation: str = "england", type_: str = "lcspr", report: str = REPORT_MD) -> dict[str, str | bytes]:
    return {
        "review.yaml": REVIEW_YAML.format(nation=nation, type=type_),
        "report.md": report,
        "assets/diagram.png": png_bytes(),
    }


@pytest.fixture
def make_review(tmp_path: Path) -> Callable[..., Path]:
    """Build a review folder in tmp_path: make_review(files) or make_review() for the small review."""

    def make(files: dict[str, str | bytes] | None = None, name: str = "review") -> Path:
        return write_review(tmp_path / name, files if files is not None else small_review_files())

    return make


@pytest.fixture(scope="session")
def small_review_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_review(tmp_path_factory.mktemp("small") / "review", small_review_files())


@pytest.fixture(scope="session")
def small_review(small_review_dir: Path):
    from generator.loader import load_review

    review, findings = load_review(small_review_dir)
    assert review is not None, findings
    return review


@pytest.fixture(scope="session")
def sample_renders(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], dict[str, bytes]]:
    """Every sample rendered once per session, both editions, Welsh too where it has *.cy.md files.

    Returns {(sample, edition): {file name: bytes}} (``report.pdf``, ``report.cy.pdf``, ``report.html``...).
    """
    from generator.errors import RenderError
    from generator.loader import load_review
    from generator.render import render_review

    renders: dict[tuple[str, str], dict[str, bytes]] = {}
    for sample in sorted(p for p in SAMPLES.iterdir() if (p / "review.yaml").is_file()):
        review, findings = load_review(sample)
        assert review is not None, findings
        langs = ("en", "cy") if any(sample.glob("*.cy.md")) else ("en",)
        for edition in ("draft", "public"):
            for lang in langs:
                try:
                    result = render_review(review, to=("docx", "pdf", "html"), edition=edition, lang=lang)
                except RenderError:
                    if edition == "public":
                        continue  # e.g. a rapid-review-only sample: refused, tested elsewhere
                    raise
                renders.setdefault((sample.name, edition), {}).update({o.name: o.data for o in result.outputs})
    return renders


def docx_paragraph_numbers(data: bytes) -> list[str]:
    """The numbers Word shows for "Numbered Paragraph" paragraphs, computed from word/numbering.xml.

    Each run of paragraphs has its own ``w:num`` whose level 0 starts at the section number and level 1
    at the first paragraph number (generator.render.docx._Numbering); Word counts on from there.
    """
    import io
    import zipfile

    from lxml import etree

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        document = etree.fromstring(z.read("word/document.xml"))
        numbering = etree.fromstring(z.read("word/numbering.xml"))
    starts: dict[str, dict[str, int]] = {}
    for num in numbering.iter(f"{w}num"):
        starts[num.get(f"{w}numId")] = {
            o.get(f"{w}ilvl"): int(o.find(f"{w}startOverride").get(f"{w}val"))
            for o in num.iter(f"{w}lvlOverride") if o.find(f"{w}startOverride") is not None}
    seen: dict[str, int] = {}
    out = []
    for para in document.iter(f"{w}p"):
        style = para.find(f"{w}pPr/{w}pStyle")
        num_id = para.find(f"{w}pPr/{w}numPr/{w}numId")
        if style is None or style.get(f"{w}val") != "NumberedParagraph" or num_id is None:
            continue
        ident = num_id.get(f"{w}val")
        count = seen[ident] + 1 if ident in seen else starts[ident]["1"]
        seen[ident] = count
        out.append(f"{starts[ident]['0']}.{count}")
    return out
