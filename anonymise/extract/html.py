"""Text extraction from HTML/XHTML with lxml.html: shown text, hidden elements, attributes, metadata, links."""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from urllib.parse import unquote

import lxml.html
from lxml import etree

from anonymise.extract.safexml import CODE_XML_LIMIT
from anonymise.types import Extracted, ExtractProblem, TextPart

MAX_HTML_BYTES = 40 * 1024 * 1024
MAX_ELEMENTS = 500_000  # a 1,000-page report is about 100,000 elements
MAX_DATA_IMAGES = 200
MAX_DATA_IMAGE_BYTES = 20 * 1024 * 1024

BODY = "html:body"
HEAD = "html:head"
COMMENTS = "html:comments"
SCRIPT = "html:script"
ATTRIBUTES = f"{BODY}#attributes"
_META_DATES = re.compile(r"date|modified|created|issued|published|time|viewport|robots|format-detection|theme-color", re.I)
_CSS_COMMENT = re.compile(r"/\*(.*?)\*/", re.S)
_CSS_CONTENT = re.compile(r"(?:^|[;{\s])(?:content|quotes|string-set)\s*:\s*([^;}]*)", re.I)
_CSS_STRING = re.compile(r"\"((?:[^\"\\]|\\.)*)\"|'((?:[^'\\]|\\.)*)'")
_CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]*)|@import\s+['\"]([^'\"]*)", re.I)

# Elements that flow inside a line; every other element starts and ends a line of extracted text.
_INLINE = {
    "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "dfn", "em", "font", "i", "img",
    "ins", "del", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time",
    "tt", "u", "var", "wbr", "label", "output", "meter", "progress", "ruby", "rb", "rt", "rp", "nobr",
}
_CELL = {"td", "th"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# Elements whose content a browser never shows.
_HIDDEN_TAGS = {"template", "noscript", "noframes", "datalist"}
_CODE_TAGS = {"script", "style"}
# Attributes a reader meets as text (tooltips, alternatives, labels for assistive technology).
_ALT_ATTRS = {
    "alt", "title", "aria-label", "aria-description", "aria-roledescription", "aria-placeholder",
    "aria-valuetext", "placeholder", "label", "summary", "abbr", "standby",
}
_LINK_ATTRS = {
    "href", "src", "action", "formaction", "cite", "poster", "data", "background", "longdesc", "manifest",
    "ping", "codebase", "archive", "classid", "usemap", "icon", "profile", "xlink:href",
}
_SRCSET_ATTRS = {"srcset", "imagesrcset"}
# Attributes that hold layout or behaviour flags, never words a person wrote.
_TECHNICAL_ATTRS = {
    "class", "style", "type", "rel", "rev", "lang", "xml:lang", "dir", "width", "height", "colspan", "rowspan",
    "role", "tabindex", "charset", "http-equiv", "media", "sizes", "target", "method", "enctype",
    "crossorigin", "integrity", "referrerpolicy", "loading", "decoding", "async", "defer", "nomodule",
    "xmlns", "align", "valign", "border", "cellpadding", "cellspacing", "bgcolor", "color", "face", "size",
    "scope", "headers", "for", "form", "accept", "autocomplete", "max", "min", "step", "maxlength",
    "minlength", "pattern", "required", "disabled", "checked", "selected", "readonly", "multiple", "hidden",
    "span", "start", "reversed", "shape", "coords", "frameborder", "allow", "sandbox", "version", "viewbox",
    "d", "fill", "stroke", "transform", "x", "y", "cx", "cy", "r", "rx", "ry", "x1", "x2", "y1", "y2",
    "points", "stroke-width", "fill-rule", "clip-rule", "preserveaspectratio", "focusable", "nonce",
    "aria-hidden", "aria-expanded", "aria-haspopup", "aria-controls", "aria-labelledby", "aria-describedby",
    "aria-live", "aria-level", "aria-current", "aria-selected", "aria-checked", "aria-disabled",
    "aria-pressed", "aria-modal", "aria-atomic", "aria-busy", "aria-owns", "aria-posinset", "aria-setsize",
    "aria-sort", "aria-valuemax", "aria-valuemin", "aria-valuenow", "aria-orientation", "aria-multiline",
    "aria-readonly", "aria-required", "aria-invalid", "aria-autocomplete", "aria-colcount", "aria-colindex",
    "aria-rowcount", "aria-rowindex", "aria-errormessage", "aria-keyshortcuts", "aria-flowto", "aria-details",
    "accesskey", "contenteditable", "draggable", "spellcheck", "translate", "inputmode", "enterkeyhint",
    "is", "slot", "part", "nowrap", "clear", "compact", "noshade", "open", "kind", "srclang", "default",
    "controls", "autoplay", "loop", "muted", "playsinline", "preload", "scrolling", "marginwidth",
    "marginheight", "hspace", "vspace", "datetime", "valuetype", "codetype", "declare", "language",
    "property", "itemprop", "itemscope", "itemtype", "itemid", "itemref", "xmlns:xlink", "xml:space",
    "fetchpriority", "blocking", "popover", "popovertarget", "popovertargetaction", "inert", "name",
}
_HIDDEN_STYLE = re.compile(
    r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|opacity\s*:\s*0(?:\.0*)?\s*(?:;|$|!)"
    r"|font-size\s*:\s*0(?:px|pt|em|rem|%)?\s*(?:;|$|!)|content-visibility\s*:\s*hidden)",
    re.IGNORECASE,
)
_CLASS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_SIMPLE_CLASS = re.compile(r"^\s*\.([A-Za-z_][\w-]*)\s*$")


@dataclass
class _Ctx:
    hidden: bool = False
    code: bool = False
    style: bool = False
    head: bool = False
    path: str = "html"


class _Out:
    """Text per part, each with anchors: (offset, label) where an element starts."""

    def __init__(self) -> None:
        self.text: dict[str, list[str]] = {}
        self.size: dict[str, int] = {}
        self.anchors: dict[str, list[tuple[int, str]]] = {}
        self.total = 0

    def emit(self, part: str, text: str, label: str | None = None) -> None:
        if not text:
            return
        if label is not None:
            marks = self.anchors.setdefault(part, [])
            offset = self.size.get(part, 0)
            if not marks or marks[-1][1] != label:
                if marks and marks[-1][0] == offset:
                    marks[-1] = (offset, label)
                else:
                    marks.append((offset, label))
        self.text.setdefault(part, []).append(text)
        self.size[part] = self.size.get(part, 0) + len(text)
        self.total += len(text)

    def line(self, part: str, text: str, label: str | None = None) -> None:
        text = " ".join(text.split())
        if text:
            self.emit(part, text + "\n", label)

    def newline(self, part: str) -> None:
        """End a block: a blank line, so that the detectors read a heading and the paragraph after
        it as two paragraphs, not one run-on line ("Review Jayden Okafor was seen")."""
        chunks = self.text.get(part)
        if chunks and not chunks[-1].endswith("\n\n"):
            self.emit(part, "\n" if chunks[-1].endswith("\n") else "\n\n")


def _hidden_classes(root: etree._Element) -> set[str]:
    """Class names that a page's own <style> rules hide (``.x { display: none }``)."""
    classes: set[str] = set()
    for style in root.iter("style"):
        css = style.text or ""
        css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
        for selectors, body in _CLASS_RULE.findall(css[:5_000_000]):
            if _HIDDEN_STYLE.search(";" + body):
                for selector in selectors.split(","):
                    found = _SIMPLE_CLASS.match(selector)
                    if found:
                        classes.add(found.group(1))
    return classes


def _is_hidden(el: etree._Element, hidden_classes: set[str]) -> bool:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in _HIDDEN_TAGS:
        return True
    if el.get("hidden") is not None or (el.get("aria-hidden") or "").strip().lower() == "true":
        return True
    if tag == "input" and (el.get("type") or "").strip().lower() == "hidden":
        return True
    style = el.get("style")
    if style and _HIDDEN_STYLE.search(";" + style):
        return True
    if hidden_classes and el.get("class"):
        return any(c in hidden_classes for c in el.get("class", "").split())
    return False


def css_words(css: str) -> str:
    """What a style sheet can say about a person: its comments, ``content:`` strings and ``url()``s.

    Selectors, properties and font names ("DejaVu Sans") are left out: they are not prose and
    only make false alarms.
    """
    css = css[:5_000_000]
    out = [" ".join(c.split()) for c in _CSS_COMMENT.findall(css)]
    bare = _CSS_COMMENT.sub(" ", css)
    for value in _CSS_CONTENT.findall(bare):
        out += [a or b for a, b in _CSS_STRING.findall(value)]
    out += [unquote(a or b) for a, b in _CSS_URL.findall(bare) if not (a or b).lower().startswith("data:")]
    return "".join(f"{line}\n" for line in out if line.strip())


def _link(value: str) -> str:
    value = value.strip()
    if value.lower().startswith("data:"):
        return ""  # embedded data is read separately (images) or is not a link target
    return unquote(value)


class _Html:
    def __init__(self, root: etree._Element) -> None:
        self.root = root
        self.out = _Out()
        self.problems: list[ExtractProblem] = []
        self.images: list[tuple[str, bytes]] = []
        self.hidden_classes = _hidden_classes(root)
        self.heading = ""
        self.elements = 0

    def label(self, path: str) -> str:
        if self.heading:
            return f"{path} (under heading “{self.heading[:80]}”)"
        return path

    def walk(self) -> None:
        """Visit every node in document order.

        An explicit stack, not recursion (nesting never exhausts Python's stack), and each
        element's children are visited through an iterator, so only the open path is held.
        """
        stack: list[tuple] = [("enter", self.root, _Ctx(), 1)]
        while stack:
            frame = stack[-1]
            if frame[0] == "children":
                _, el, ctx, children, counts = frame
                child = next(children, None)
                if child is None:
                    stack.pop()
                    self._boundary(el, ctx, opening=False)
                    continue
                counts[child.tag] = counts.get(child.tag, 0) + 1
                stack.append(("tail", child, ctx, 0))
                stack.append(("enter", child, ctx, counts[child.tag]))
                continue
            stack.pop()
            action, el, ctx, index = frame
            if action == "tail":
                if el.tail and el.tail.strip():
                    self._text(el.tail, ctx)
                continue
            self.elements += 1
            if self.elements > MAX_ELEMENTS:
                self.problems.append(ExtractProblem(BODY, f"the page has more than {MAX_ELEMENTS:,} elements; the rest cannot be inspected", CODE_XML_LIMIT))
                return
            if isinstance(el, (etree._Comment, etree._ProcessingInstruction)):
                self.out.line(COMMENTS, el.text or "", ctx.path)
                continue
            if not isinstance(el.tag, str):
                continue
            tag = el.tag.lower()
            ctx = self._enter(el, tag, ctx, index)
            self._boundary(el, ctx, opening=True)
            if el.text and el.text.strip():
                if tag == "title" and ctx.head:
                    self.out.line(HEAD, f"title: {el.text}", ctx.path)
                else:
                    self._text(el.text, ctx)
            stack.append(("children", el, ctx, iter(el), {}))

    def _enter(self, el: etree._Element, tag: str, ctx: _Ctx, index: int) -> _Ctx:
        path = f"{ctx.path} > {tag}" + (f"[{index}]" if index > 1 else "")
        if tag == "html":
            path = "html"
        ctx = _Ctx(
            hidden=ctx.hidden or _is_hidden(el, self.hidden_classes),
            code=ctx.code or tag in _CODE_TAGS,
            style=ctx.style or tag == "style",
            head=ctx.head or tag == "head",
            path=path,
        )
        if tag in _HEADINGS and not ctx.hidden:
            self.heading = " ".join(el.text_content().split())
        self._attributes(el, tag, ctx)
        return ctx

    def _boundary(self, el: etree._Element, ctx: _Ctx, opening: bool) -> None:
        """Start or end a line (or a cell) where an element that is not inline starts or ends."""
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        part = self._part(ctx)
        if tag in _CELL:
            chunks = self.out.text.get(part)
            if opening and chunks and not chunks[-1].endswith(("\n", " | ")):
                self.out.emit(part, " | ")  # cells of a row on one line (tabs would hide names from the detectors)
        elif tag == "br":
            if opening:
                self.out.emit(part, "\n")
        elif tag not in _INLINE:
            self.out.newline(part)

    def _part(self, ctx: _Ctx) -> str:
        if ctx.code:
            return SCRIPT
        if ctx.head:
            return HEAD
        return f"{BODY}#hidden" if ctx.hidden else BODY

    def _text(self, text: str, ctx: _Ctx) -> None:
        part = self._part(ctx)
        if ctx.style:
            text = css_words(text)
        label = ctx.path if part != BODY else self.label(ctx.path)
        self.out.emit(part, text, label)

    def _attributes(self, el: etree._Element, tag: str, ctx: _Ctx) -> None:
        hidden = f"{BODY}#hidden"
        where = ctx.path
        for key, value in el.attrib.items():
            name = str(key).lower()
            if "}" in name:
                name = "xlink:href" if name.endswith("}href") else name.rsplit("}", 1)[1]
            value = str(value)
            if not value.strip():
                continue
            if tag == "meta" and name in ("name", "property", "http-equiv", "itemprop", "charset"):
                continue
            if tag == "meta" and name == "content":
                label = el.get("name") or el.get("property") or el.get("http-equiv") or el.get("itemprop") or "meta"
                if not _META_DATES.search(label):  # dates of the file and rendering hints, as in DOCX core.xml
                    self.out.line(HEAD, f"{label}: {value}", where)
            elif name in _LINK_ATTRS:
                if value.strip().lower().startswith("data:"):
                    self._data_url(value, where)
                self.out.line(hidden if ctx.hidden else f"{BODY}#hyperlink", _link(value), where)
            elif name in _SRCSET_ATTRS:
                targets = [c.strip().split()[0] for c in value.split(",") if c.strip()]
                self.out.line(hidden if ctx.hidden else f"{BODY}#hyperlink", " ".join(_link(t) for t in targets), where)
            elif name in _ALT_ATTRS:
                self.out.line(hidden if ctx.hidden else f"{BODY}#alt-text", f"{name}: {value}", where)
            elif name == "value" and tag in ("input", "option", "button", "param", "li", "data", "meter", "progress"):
                self.out.line(hidden if ctx.hidden else f"{BODY}#form-field", value, where)
            elif name == "content" and tag != "meta":
                self.out.line(hidden, f"{name}: {value}", where)
            elif name.startswith("on"):
                self.out.line(SCRIPT, f"{name}: {value}", where)  # inline event handler code
            elif name == "style":
                self.out.line(SCRIPT, css_words(value), where)
            elif name in ("id", "name"):
                # identifiers are often a name written with hyphens or underscores: read them as words
                self.out.line(hidden if ctx.hidden else ATTRIBUTES, f"{name}: {re.sub(r'[-_]+', ' ', value)}", where)
            elif name.startswith("data-") or name == "srcdoc" or name not in _TECHNICAL_ATTRS:
                self.out.line(hidden if ctx.hidden else ATTRIBUTES, f"{name}: {value}", where)

    def _data_url(self, value: str, where: str) -> None:
        """An image embedded as a ``data:`` URL carries its own metadata (EXIF, GPS...)."""
        head, _, payload = value.strip().partition(",")
        if not head.lower().startswith("data:image/") or ";base64" not in head.lower():
            return
        if len(self.images) >= MAX_DATA_IMAGES:
            return
        if len(payload) > MAX_DATA_IMAGE_BYTES * 4 // 3 + 4:
            self.problems.append(ExtractProblem(f"html:image={len(self.images) + 1}", "embedded image is larger than 20 MB"))
            return
        try:
            data = base64.b64decode(re.sub(r"\s+", "", payload), validate=False)
        except ValueError:
            self.problems.append(ExtractProblem(f"html:image={len(self.images) + 1}", "embedded image (data: URL) is not valid base64"))
            return
        self.images.append((where, data))

    def parts(self) -> list[TextPart]:
        order = [BODY, f"{BODY}#alt-text", f"{BODY}#hyperlink", f"{BODY}#form-field", f"{BODY}#hidden", ATTRIBUTES,
                 HEAD, COMMENTS, SCRIPT]
        # Page code (scripts, styles) and markup attributes are metadata: never shown, not "hidden text".
        channels = {BODY: "body", f"{BODY}#alt-text": "alt-text", f"{BODY}#hyperlink": "hyperlink",
                    f"{BODY}#form-field": "form-field", f"{BODY}#hidden": "hidden", ATTRIBUTES: "metadata",
                    HEAD: "metadata", COMMENTS: "hidden", SCRIPT: "metadata"}
        out: list[TextPart] = []
        for part in order:
            text = "".join(self.out.text.get(part, []))
            if text.strip():
                out.append(TextPart(part, channels[part], text, tuple(self.out.anchors.get(part, []))))
        return out


def _decode_hint(data: bytes) -> str | None:
    """The encoding to parse with: a BOM or valid UTF-8 wins; otherwise the page's own declaration."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    head = data[:4096].lower()
    if re.search(rb"<meta[^>]+charset", head) or head.startswith(b"<?xml"):
        return None
    return "windows-1252"


def extract_html_bytes(data: bytes, name: str) -> Extracted:
    """Extract every text of an HTML or XHTML page (parsed leniently as HTML, never fetching anything)."""
    result = Extracted(parts=[TextPart("filename", "filename", name)] if name else [])
    if len(data) > MAX_HTML_BYTES:
        result.problems.append(ExtractProblem(None, f"page is larger than {MAX_HTML_BYTES // (1024 * 1024)} MB; it cannot be inspected"))
        return result
    if data.count(b"<") > 2 * MAX_ELEMENTS:
        result.problems.append(ExtractProblem(BODY, f"the page has more than {MAX_ELEMENTS:,} elements; it cannot be inspected", CODE_XML_LIMIT))
        return result
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    parser = lxml.html.HTMLParser(
        encoding=_decode_hint(data), no_network=True, remove_comments=False, remove_pis=False,
        huge_tree=False, remove_blank_text=False, collect_ids=False, default_doctype=False,
    )
    try:
        root = lxml.html.document_fromstring(data, parser=parser) if data.strip() else None
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        if "empty" in str(exc).lower():
            return result
        result.problems.append(ExtractProblem(None, f"page could not be parsed: {exc}"))
        return result
    fatal = [e for e in parser.error_log if e.level_name == "FATAL"]
    if fatal:
        message = fatal[0].message.split(",")[0].split(":")[0].strip()
        limit = fatal[0].type_name == "ERR_RESOURCE_LIMIT" or "depth" in fatal[0].message.lower()
        result.problems.append(ExtractProblem(BODY, f"the page could not be read completely (line {fatal[0].line}: {message}, e.g. nesting deeper than 255 levels or a text run over 10 MB); content after it is not inspected", CODE_XML_LIMIT if limit else "ANO901"))
    if root is None:
        return result
    page = _Html(root.getroottree().getroot())
    # lxml puts comments before <html> beside the root, not inside it.
    sibling = page.root.getprevious()
    while sibling is not None:
        if isinstance(sibling, etree._Comment):
            page.out.line(COMMENTS, sibling.text or "", "before <html>")
        sibling = sibling.getprevious()
    page.walk()
    result.parts += page.parts()
    result.problems += page.problems
    if page.images:
        from anonymise.extract.image import metadata_parts

        for n, (where, image) in enumerate(page.images, 1):
            found = metadata_parts(image, f"image{n}", prefix=f"html:image={n}")
            result.parts += [TextPart(p.part, p.channel, p.text, ((0, f"embedded image at {where}"),)) for p in found.parts]
            result.problems += found.problems
    return result
