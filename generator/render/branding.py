"""Branding files (assets/theme.css, assets/reference.docx): read from inside the review only, sanitised.

A theme may style the outputs but never make them reach outside: ``@import`` rules are dropped, every
``url()`` becomes a ``data:`` URL of a file inside ``assets/`` or its declaration is dropped, so the
HTML file, the PDF and the DOCX are self-contained. A reference DOCX loses its attached template
(``w:attachedTemplate`` and its relationship); any other link to an outside resource, or a macro,
refuses it. Every change is a finding (RND105–RND107), and the branding used is recorded in the
build manifest (``Branding.manifest``).
"""

from __future__ import annotations

import base64
import hashlib
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import generator.rules  # noqa: F401  (registers RND105-RND107 and VAL014)
from generator.findings import REGISTRY, Finding, Location, Severity
from generator.resources import templates_dir

MAX_THEME_BYTES = 1024 * 1024
MAX_REFERENCE_BYTES = 20 * 1024 * 1024
MAX_REFERENCE_UNPACKED = 100 * 1024 * 1024
MAX_INLINED_BYTES = 10 * 1024 * 1024
URL_TYPES = {
    ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
    ".svg": "image/svg+xml", ".ttf": "font/ttf", ".otf": "font/otf", ".woff": "font/woff",
    ".woff2": "font/woff2",
}
# CSS functions whose string arguments are URLs (image-set("logo.png" 1x), src("font.woff")).
_URL_FUNCTIONS = {"url", "src", "image-set", "-webkit-image-set", "image", "cross-fade"}
_EXTERNAL = re.compile(rb"<Relationship\b[^>]*\bTargetMode\s*=\s*[\"']External[\"'][^>]*>", re.I)
_ATTACHED_REL = re.compile(
    rb"<Relationship\b[^>]*\bType\s*=\s*[\"'][^\"']*/attachedTemplate[\"'][^>]*?(?:/>|>\s*</Relationship>)", re.I)
_ATTACHED_EL = re.compile(rb"<w:attachedTemplate\b[^>]*?(?:/>|>.*?</w:attachedTemplate>)", re.S)


@dataclass
class Branding:
    """The theme CSS and reference DOCX a render uses, already sanitised, and where they came from."""

    css: str = ""
    reference: bytes | None = None
    css_source: str = "built-in"
    reference_source: str = "built-in"
    findings: list[Finding] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)

    def manifest(self) -> dict[str, Any]:
        """What the build manifest records: each file's origin, hash and what sanitising changed."""
        return {
            "theme.css": {"source": self.css_source,
                          "sha256": hashlib.sha256(self.css.encode("utf-8")).hexdigest() if self.css else None},
            "reference.docx": {"source": self.reference_source,
                               "sha256": hashlib.sha256(self.reference).hexdigest() if self.reference else None},
            "sanitised": list(self.changes),
        }


def load_branding(root: Path, shown: str | None = None) -> Branding:
    """The branding of the review at ``root``: its assets/ files first, then templates/docx and html.

    ``shown`` names the review folder in findings (defaults to ``root``'s name). Never follows a
    symbolic link; never raises for a bad file (a refused file is an RND107 finding and is not used).
    """
    root = Path(root)
    shown = shown if shown is not None else root.name
    assets = root / "assets"
    out = Branding()
    if assets.is_symlink():
        out.findings.append(REGISTRY.finding(
            "VAL014", "assets/ is a symbolic link; nothing outside the review is read (no images, no branding)",
            Location(f"{shown}/assets")))
        assets_ok = False
    else:
        assets_ok = assets.is_dir()
    theme = assets / "theme.css"
    if assets_ok and (theme.is_file() or theme.is_symlink()):
        rel = f"{shown}/assets/theme.css"
        data = _read(theme, rel, MAX_THEME_BYTES, out.findings)
        if data is not None:
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                out.findings.append(REGISTRY.finding("RND107", "theme.css is not UTF-8 text; it is not used",
                                                     Location(rel)))
            else:
                out.css, changes = sanitise_css(text, rel, assets.resolve(), out.findings)
                out.css_source = "assets/theme.css"
                out.changes += changes
    else:
        default = templates_dir() / "html" / "theme.css"
        if default.is_file():
            out.css = default.read_text(encoding="utf-8")
            out.css_source = "templates/html/theme.css"
    reference = assets / "reference.docx"
    if assets_ok and (reference.is_file() or reference.is_symlink()):
        rel = f"{shown}/assets/reference.docx"
        data = _read(reference, rel, MAX_REFERENCE_BYTES, out.findings)
        if data is not None:
            clean, changes = sanitise_reference(data, rel, out.findings)
            if clean is not None:
                out.reference, out.reference_source = clean, "assets/reference.docx"
                out.changes += changes
    else:
        default = templates_dir() / "docx" / "reference.docx"
        if default.is_file():
            out.reference, out.reference_source = default.read_bytes(), "templates/docx/reference.docx"
    return out


def _read(path: Path, rel: str, limit: int, findings: list[Finding]) -> bytes | None:
    if path.is_symlink():
        findings.append(REGISTRY.finding(
            "VAL014", f"{path.name} is a symbolic link; nothing outside the review is read — copy the file in",
            Location(rel)))
        return None
    try:
        size = path.stat().st_size
        if size > limit:
            findings.append(REGISTRY.finding(
                "RND107", f"{path.name} is {size / 1048576:.1f} MB, above the {limit / 1048576:.0f} MB limit; "
                "it is not used", Location(rel)))
            return None
        return path.read_bytes()
    except OSError as exc:
        findings.append(REGISTRY.finding("RND107", f"cannot read {path.name}: {exc.strerror or exc}",
                                         Location(rel)))
        return None


# --------------------------------------------------------------------------- CSS
def sanitise_css(css: str, rel: str, assets: Path | None, findings: list[Finding]) -> tuple[str, list[str]]:
    """``css`` with nothing that reaches outside: see the module docstring. Returns (css, changes)."""
    import tinycss2

    changes: list[str] = []
    budget = [MAX_INLINED_BYTES]
    rules = tinycss2.parse_stylesheet(css, skip_comments=True)
    kept = _clean_rules(rules, rel, assets, findings, changes, budget)
    out = tinycss2.serialize(kept)
    if "</" in out:  # the theme sits inside a <style> element
        out = out.replace("</", "<\\/")
        changes.append("'</' escaped")
    return out, changes


def _clean_rules(nodes: list[Any], rel: str, assets: Path | None, findings: list[Finding],
                 changes: list[str], budget: list[int]) -> list[Any]:
    import tinycss2
    import tinycss2.ast as ast

    kept: list[Any] = []
    for node in nodes:
        if isinstance(node, ast.AtRule) and node.lower_at_keyword in ("import", "namespace"):
            _removed(findings, changes, rel, node, f"@{node.lower_at_keyword} rule removed (a theme may not load "
                     "other stylesheets)")
            continue
        if isinstance(node, (ast.AtRule, ast.QualifiedRule)):
            if not _clean_tokens(node.prelude, rel, assets, findings, changes, budget):
                _removed(findings, changes, rel, node, "rule removed: its selector or condition names an "
                         "outside resource")
                continue
            if node.content is not None:
                inner = tinycss2.parse_blocks_contents(node.content, skip_comments=True)
                node.content = _join(_clean_rules(inner, rel, assets, findings, changes, budget))
            kept.append(node)
        elif isinstance(node, ast.Declaration):
            if _clean_tokens(node.value, rel, assets, findings, changes, budget):
                kept.append(node)
            else:
                _removed(findings, changes, rel, node, f"declaration '{node.name}' removed: only images and "
                         "fonts inside the review's assets/ folder may be used (they are embedded)")
        elif isinstance(node, ast.ParseError):
            continue  # tinycss2 already dropped what it could not parse
        else:
            kept.append(node)
    return kept


def _join(nodes: list[Any]) -> list[Any]:
    """Block contents back as tokens, with the ';' that separates declarations."""
    import tinycss2
    import tinycss2.ast as ast

    out: list[Any] = []
    for node in nodes:
        if isinstance(node, ast.Declaration):
            out.extend(tinycss2.parse_component_value_list(node.serialize() + ";"))
        elif isinstance(node, (ast.WhitespaceToken, ast.Comment)):
            out.append(node)
        else:
            out.append(node)
    return out


def _clean_tokens(tokens: list[Any] | None, rel: str, assets: Path | None, findings: list[Finding],
                  changes: list[str], budget: list[int]) -> bool:
    """Rewrite URLs in ``tokens`` to data: URLs in place; False when one cannot be (drop the owner)."""
    import tinycss2.ast as ast

    if not tokens:
        return True
    for i, tok in enumerate(tokens):
        if isinstance(tok, ast.URLToken):
            data = _inline(tok.value, assets, budget)
            if data is None:
                return False
            tokens[i] = ast.URLToken(tok.source_line, tok.source_column, data, f"url({data})")
        elif isinstance(tok, ast.FunctionBlock):
            if tok.lower_name in _URL_FUNCTIONS:
                for j, arg in enumerate(tok.arguments):
                    if isinstance(arg, ast.StringToken):
                        data = _inline(arg.value, assets, budget)
                        if data is None:
                            return False
                        tok.arguments[j] = ast.StringToken(arg.source_line, arg.source_column, data,
                                                           '"' + data + '"')
            if not _clean_tokens(tok.arguments, rel, assets, findings, changes, budget):
                return False
        elif isinstance(tok, (ast.SquareBracketsBlock, ast.ParenthesesBlock, ast.CurlyBracketsBlock)):
            if not _clean_tokens(tok.content, rel, assets, findings, changes, budget):
                return False
    return True


def _inline(url: str, assets: Path | None, budget: list[int]) -> str | None:
    """``url`` as a data: URL when it is one, or names a file inside ``assets``; else None."""
    url = url.strip()
    if url.lower().startswith("data:"):
        return url
    parts = urlsplit(url)
    if assets is None or parts.scheme or parts.netloc or not parts.path or url.startswith(("/", "\\")):
        return None
    candidate = assets / unquote(parts.path)
    try:
        if any(p.is_symlink() for p in (candidate, *candidate.parents) if p.is_relative_to(assets)):
            return None
        path = candidate.resolve()
    except (OSError, RuntimeError, ValueError):
        return None
    mime = URL_TYPES.get(path.suffix.lower())
    if mime is None or not path.is_relative_to(assets) or not path.is_file():
        return None
    try:
        data = path.read_bytes()
    except OSError:
        return None
    budget[0] -= len(data)
    if budget[0] < 0:
        return None
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def _removed(findings: list[Finding], changes: list[str], rel: str, node: Any, message: str) -> None:
    line = getattr(node, "source_line", None)
    col = getattr(node, "source_column", None)
    changes.append(f"theme.css:{line}: {message}")
    findings.append(REGISTRY.finding("RND105", message, Location(rel, line, col)))


# --------------------------------------------------------------------------- reference DOCX
def sanitise_reference(data: bytes, rel: str, findings: list[Finding]) -> tuple[bytes | None, list[str]]:
    """A reference DOCX without its attached template; None (and RND106/RND107) when it must be refused."""
    changes: list[str] = []
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as src:
            infos = src.infolist()
            if len(infos) > 5000 or sum(i.file_size for i in infos) > MAX_REFERENCE_UNPACKED:
                findings.append(REGISTRY.finding("RND107", "reference.docx unpacks to too much data; it is not used",
                                                 Location(rel)))
                return None, changes
            parts = {i.filename: src.read(i) for i in infos}
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError) as exc:
        findings.append(REGISTRY.finding(
            "RND107", f"reference.docx is not a Word document ({type(exc).__name__}); it is not used", Location(rel)))
        return None, changes
    if "word/document.xml" not in parts or "[Content_Types].xml" not in parts:
        findings.append(REGISTRY.finding("RND107", "reference.docx is not a Word document; it is not used",
                                         Location(rel)))
        return None, changes
    macro = [n for n in parts if n.lower().endswith(("vbaproject.bin", "vbadata.xml"))]
    if macro:
        findings.append(REGISTRY.finding("RND106", "reference.docx holds macros; save it as a plain .docx — "
                                         "it is not used", Location(rel, part=macro[0]), severity=Severity.ERROR))
        return None, changes
    for name in sorted(parts):
        if not name.endswith(".rels"):
            continue
        content = parts[name]
        without = _ATTACHED_REL.sub(b"", content)
        if without != content:
            changes.append(f"reference.docx: attached template removed ({name})")
            findings.append(REGISTRY.finding(
                "RND106", "the attached template (a link to another file or server) was removed",
                Location(rel, part=name)))
            parts[name] = content = without
        external = _EXTERNAL.findall(content)
        if external:
            findings.append(REGISTRY.finding(
                "RND106", f"reference.docx links to {len(external)} outside resource(s) (a linked image, "
                "hyperlink or data source); remove them in Word and save again — it is not used",
                Location(rel, part=name), severity=Severity.ERROR))
            return None, changes
    settings = parts.get("word/settings.xml")
    if settings is not None:
        cleaned = _ATTACHED_EL.sub(b"", settings)
        if cleaned != settings:
            parts["word/settings.xml"] = cleaned
            if not any("attached template" in c for c in changes):
                changes.append("reference.docx: attached template removed (word/settings.xml)")
                findings.append(REGISTRY.finding(
                    "RND106", "the attached template was removed", Location(rel, part="word/settings.xml")))
    if not changes:
        return data, changes
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, content in parts.items():
            dst.writestr(name, content)
    return out.getvalue(), changes
