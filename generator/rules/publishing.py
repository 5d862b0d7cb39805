"""RND rules of what render and build read and write: branding, size limits, the check of every output."""

from __future__ import annotations

from generator.findings import REGISTRY

_SRC = "casereview publishing rules (docs/rendering.md, Branding and Build)"

REGISTRY.register(
    "RND105", "theme-outside-reference", "warning", "theme.css reached outside the review; that part was removed",
    "A theme (assets/theme.css) may style the outputs but never load anything from outside the review: "
    "@import rules are removed, and a url() (in a declaration, @font-face src or image-set) that is not a "
    "data: URL or an image or font inside assets/ is removed with its declaration. Images and fonts inside "
    "assets/ are embedded as data: URLs, so the HTML, PDF and DOCX are self-contained.", _SRC)
REGISTRY.register(
    "RND106", "reference-docx-outside-link", "warning", "reference.docx links outside; removed or refused",
    "A reference DOCX's attached template (w:attachedTemplate, a path or URL Word would open) is removed. "
    "Any other external relationship (a linked image, hyperlink, data source) or a macro project makes the "
    "reference unusable: it is refused and the render uses the built-in styles (an error in build).", _SRC)
REGISTRY.register(
    "RND107", "branding-unreadable", "error", "a branding file cannot be used",
    "assets/theme.css or assets/reference.docx is too large, not UTF-8 (CSS), not a Word document, or "
    "unreadable. It is not used; fix or remove it.", _SRC)
REGISTRY.register(
    "RND108", "document-too-large-to-render", "error", "a document is too large to render",
    "A Markdown document above the render limit (300,000 characters, about 120 A4 pages; a 60-page review is about 150,000) is refused "
    "before rendering, so a render always finishes in bounded time and memory. Split the document.", _SRC)
REGISTRY.register(
    "RND109", "output-not-checked", "error", "a rendered file could not be checked",
    "build checks every file it writes before anything is published. A file the anonymisation check did "
    "not inspect completely (an unsupported type, an unreadable part) fails the build closed.", _SRC)
