"""Text extraction from every part of a DOCX package, each channel its own TextPart; fails closed.

Each XML part is inflated and parsed in one streaming pass (``SafeZip.read_xml``) under the
budgets of ``anonymise.extract.safexml``; a part the reader does not know is a problem, never skipped.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from lxml import etree

from anonymise.extract.docx_media import image_metadata, xmp_values
from anonymise.extract.docx_styles import Styles, hex_colour, read_styles
from anonymise.extract.docx_walk import W_PARAGRAPH_TAGS, Ctx, Walker, attribute_text, field_codes
from anonymise.extract.package import PackageText, app_properties, core_properties, unique_lines
from anonymise.extract.safexml import (
    CODE_EMBEDDED,
    CODE_ENCRYPTED,
    CODE_MACROS,
    CODE_UNKNOWN_PART,
    CODE_XML_LIMIT,
    Budget,
    SafeZip,
    UnsafeInput,
    attr_local,
    localname,
)
from anonymise.types import Extracted, ExtractProblem, TextPart

__all__ = ["extract_docx_bytes", "image_metadata", "xmp_values", "OLE_MAGIC"]

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# Parts that carry no words a person typed (formatting, font files, ids, printer settings).
_HARMLESS = [
    r"\[Content_Types\]\.xml",
    r"(.*/)?fontTable\.xml",
    r"(.*/)?webSettings\.xml",
    r"(.*/)?stylesWithEffects\.xml",  # Word 2010's copy of styles.xml, never shown
    r"(.*/)?fonts/[^/]+\.(odttf|ttf|otf|fntdata)",
    r"word/commentsIds\.xml",
    r"word/commentsExtended\.xml",
    r"word/commentsExtensible\.xml",
    r"word/glossary/settings\.xml",
    r"customXml/itemProps\d*\.xml",
    r"word/printerSettings/printerSettings\d*\.bin",
    r"_xmlsignatures/origin\.sigs",
]
_HARMLESS_RE = re.compile("^(?:" + "|".join(_HARMLESS) + ")$", re.IGNORECASE)
_IMAGE_RE = re.compile(r"\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|wdp|ico)$", re.IGNORECASE)
_MACRO_CONTENT_TYPE = re.compile(rb"macroEnabled|vbaProject", re.IGNORECASE)


_WML_CHANNEL = [
    (re.compile(r"^word/document\d*\.xml$", re.I), "body"),
    (re.compile(r"^word/header\d*\.xml$", re.I), "header"),
    (re.compile(r"^word/footer\d*\.xml$", re.I), "footer"),
    (re.compile(r"^word/footnotes\.xml$", re.I), "footnote"),
    (re.compile(r"^word/endnotes\.xml$", re.I), "endnote"),
    (re.compile(r"^word/comments\.xml$", re.I), "comment"),
    # Building blocks and content-control placeholders: stored in the file, never shown.
    (re.compile(r"^word/glossary/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$", re.I), "metadata"),
]
_MAIN_RE = re.compile(r"^word/document\d*\.xml$", re.I)


class _Docx(PackageText):
    def __init__(self, zf: SafeZip) -> None:
        super().__init__(zf, Budget(paragraph_tags=W_PARAGRAPH_TAGS))
        self.styles = Styles()
        self.page_fill: str | None = None
        self._sizes = {e.name: e.size for e in zf.entries()}

    def run(self) -> None:
        names = self.zf.names()
        if not any(_MAIN_RE.match(n) for n in names):
            self.problem(None, "not a Word document: the package has no word/document.xml; save it as .docx")
            return
        macros = [n for n in names if re.search(r"(^|/)vba(Project\.bin|Data\.xml)$", n, re.I)]
        if macros or (self.zf.has("[Content_Types].xml") and _MACRO_CONTENT_TYPE.search(self.zf.read("[Content_Types].xml"))):
            self.problem(macros[0] if macros else "[Content_Types].xml",
                         "macro-enabled document (.docm) is refused: macros can hold and hide anything; save it as .docx", CODE_MACROS)
            return
        if self.zf.has("word/styles.xml"):
            try:
                self.styles = read_styles(self.zf.read_xml("word/styles.xml", self.budget))
            except UnsafeInput as exc:
                self.problem(exc.part, exc.message, exc.code)
        for name in names:
            if _MAIN_RE.match(name):
                try:
                    root = self.zf.read_xml(name, self.budget)
                except UnsafeInput as exc:
                    self.problem(exc.part or name, exc.message, exc.code)
                    return  # the main story cannot be read: nothing else can be trusted to show it
                self.keep(name, root)
                if self.page_fill is None:
                    for child in root:
                        if localname(child) == "background":
                            self.page_fill = hex_colour(attr_local(child, "color"))
        for name in names:
            try:
                self._part(name)
            except UnsafeInput as exc:
                self.problem(exc.part or name, exc.message, exc.code)
                if exc.code == CODE_XML_LIMIT:
                    return  # a file-wide budget is spent: stop reading
        self.add("word/styles.xml", "metadata", unique_lines(_user_style_names(self.styles)), "metadata")

    def _part(self, name: str) -> None:
        for pattern, channel in _WML_CHANNEL:
            if pattern.match(name):
                self._wml(name, channel)
                return
        lower = name.lower()
        if lower.endswith(".rels"):
            self._rels(name)
        elif lower == "docprops/core.xml":
            self._core(name)
        elif lower == "docprops/app.xml":
            self._app(name)
        elif lower == "docprops/custom.xml":
            self._custom(name)
        elif lower == "word/settings.xml":
            self._settings(name)
        elif lower == "word/people.xml":
            self._people(name)
        elif lower == "word/styles.xml":
            return  # read first (run)
        elif lower == "word/glossary/styles.xml":
            self._style_names(name)
        elif re.match(r"^word/(glossary/)?numbering\.xml$", lower):
            self._numbering(name)
        elif re.match(r"^(word/)?theme/theme\d*\.xml$", lower):
            self._theme(name)
        elif re.match(r"^customxml/item\d*\.xml$", lower) or lower == "docmetadata/labelinfo.xml" or re.match(r"^_xmlsignatures/sig\d*\.xml$", lower):
            # custom XML data (SharePoint columns), sensitivity labels, signatures (the signer's name)
            root = self.xml(name)
            self.add(name, "metadata", unique_lines(_all_words(root)), "metadata")
        elif re.match(r"^word/(charts|diagrams)/[^/]+\.xml$", lower):
            root = self.xml(name)
            self.add(name, "textbox", unique_lines([t for t in root.itertext()]), "textbox")
        elif _HARMLESS_RE.match(name):
            return
        elif _IMAGE_RE.search(name):
            self._image(name)
        elif lower.endswith(".xml"):
            self.xml(name)  # well formed and within budget, or the problem says why
            self.problem(name, "unknown part: the checker does not know this kind of part, so it cannot vouch for it; remove it or save a clean copy as .docx",
                         CODE_UNKNOWN_PART)
        elif self._sizes.get(name) or lower.endswith((".bin", ".mht", ".html", ".rtf", ".docx", ".xlsx", ".pptx")):
            self.problem(name, "embedded object or unknown binary part cannot be inspected; remove it or export a clean copy",
                         CODE_EMBEDDED)

    def _wml(self, name: str, primary: str) -> None:
        root = self.xml(name)
        walker = Walker(self.styles, self.page_fill)
        walker.visit(root, Ctx(base=primary, channel=primary))
        texts = walker.out.texts()
        attrs = attribute_text(root, comments=primary == "comment")
        fields = texts.pop("field", "").split("\x00")
        field_hidden, field_links = field_codes(fields)
        if field_hidden:
            # Field instructions that carry words (AUTHOR "x", XE "index entry") never print.
            texts["hidden"] = texts.get("hidden", "") + unique_lines(field_hidden)
        order = [primary, "textbox", "hidden", "revision"]
        for channel in order + sorted(set(texts) - set(order)):
            if channel in texts:
                self.add(name, channel, texts[channel], primary, walker.out.anchors_of(channel))
        self.add(name, "comment-author", unique_lines(attrs.comment_authors), primary)
        self.add(name, "revision-author", unique_lines(attrs.revision_authors), primary)
        self.add(name, "alt-text", unique_lines(attrs.alt_texts), primary)
        self.add(name, "hyperlink", unique_lines(attrs.tooltips + field_links), primary)
        self.add(name, "outline", unique_lines(attrs.bookmarks), primary)
        self.add(name, "form-field", unique_lines(attrs.form_fields), primary)
        if attrs.metadata:
            self.add(name, "metadata", unique_lines(attrs.metadata), primary)

    def _numbering(self, name: str) -> None:
        """List numbers a user typed (``w:lvlText`` such as "Perpetua %1."), printed before each list item."""
        root = self.xml(name)
        lines = []
        names = []
        for el in root.iter():
            lname = localname(el)
            if lname == "lvlText":
                text = re.sub(r"%\d", "1", attr_local(el, "val") or "")
                if re.search(r"\w{2,}", text):
                    lines.append(text)
            elif lname == "name" and attr_local(el, "val"):
                names.append(attr_local(el, "val") or "")
        self.add(name, "body", unique_lines(lines), "body")
        self.add(name, "metadata", unique_lines(names), "body")

    def _style_names(self, name: str) -> None:
        self.add(name, "metadata", unique_lines(_user_style_names(read_styles(self.xml(name)))), "metadata")

    def _theme(self, name: str) -> None:
        """Theme, colour-scheme and font-scheme names (shown in Word's Design tab)."""
        root = self.xml(name)
        names = []
        for el in root.iter():
            if localname(el) in ("theme", "clrScheme", "fontScheme", "fmtScheme"):
                value = attr_local(el, "name")
                if value and not re.fullmatch(r"Office( Theme)?|Office \d+(-\d+)?|Office Theme \d*", value, re.I):
                    names.append(value)
        self.add(name, "metadata", unique_lines(names), "metadata")

    def _rels(self, name: str) -> None:
        root = self.xml(name)
        targets = []
        for el in root.iter():
            if localname(el) == "Relationship" and (attr_local(el, "TargetMode") or "").lower() == "external":
                target = attr_local(el, "Target") or ""
                targets.append(unquote(target))
        self.add(name, "hyperlink", unique_lines(targets), "hyperlink")

    def _core(self, name: str) -> None:
        self.add(name, "metadata", core_properties(self.xml(name)), "metadata")

    def _app(self, name: str) -> None:
        self.add(name, "metadata", app_properties(self.xml(name)), "metadata")

    def _custom(self, name: str) -> None:
        root = self.xml(name)
        lines = []
        for prop in root:
            prop_name = attr_local(prop, "name") or ""
            value = " ".join(t.strip() for t in prop.itertext() if t.strip())
            lines.append(f"{prop_name}: {value}")
        self.add(name, "metadata", unique_lines(lines), "metadata")

    def _settings(self, name: str) -> None:
        """Document variables, mail-merge sources and queries, caption labels."""
        root = self.xml(name)
        lines = []
        for el in root.iter():
            lname = localname(el)
            if lname == "docVar":
                lines.append(f"{attr_local(el, 'name') or ''}: {attr_local(el, 'val') or ''}")
            elif lname in ("connectString", "query", "udl", "table", "src", "uniqueTag"):
                lines.append(f"{lname}: {attr_local(el, 'val') or ''}")
            elif lname == "caption" and attr_local(el, "name") not in (None, "Figure", "Table", "Equation"):
                lines.append(f"caption: {attr_local(el, 'name')}")
        self.add(name, "metadata", unique_lines(lines), "metadata")

    def _people(self, name: str) -> None:
        root = self.xml(name)
        values = []
        for el in root.iter():
            if not isinstance(el.tag, str):
                continue
            for attr in ("author", "userId"):
                value = attr_local(el, attr)
                if value:
                    values.append(value)
        self.add(name, "comment-author", unique_lines(values), "comment-author")

    def _image(self, name: str) -> None:
        """Image metadata (EXIF, PNG text, XMP) is a hidden channel; pixels are not inspected."""
        data = self.zf.read(name)
        lines = image_metadata(data, name)
        self.add(name, "metadata", unique_lines(lines), "metadata")


def _user_style_names(styles: Styles) -> list[str]:
    """Names of styles a user made (Word's linked "... Char" styles and TOC levels are not words)."""
    return [n for n in styles.custom_names if not re.search(r"( Char|^TOC \d+)$", n)]


def _all_words(root: etree._Element) -> list[str]:
    """Every text node and attribute value of an XML tree (custom XML data: any of it may be a name)."""
    out: list[str] = []
    for el in root.iter():
        if el.text and el.text.strip():
            out.append(el.text)
        if isinstance(el.tag, str):
            out += [str(v) for v in el.attrib.values() if re.search(r"[G-Zg-z]", str(v)) and "://" not in str(v)]
        if el.tail and el.tail.strip():
            out.append(el.tail)
    return out


def extract_docx_bytes(data: bytes, name: str) -> Extracted:
    """Extract every part of a DOCX given as bytes; ``name`` is the file name (reported as a part)."""
    result = Extracted()
    if name:
        result.parts.append(TextPart("filename", "filename", name))
    if data.startswith(OLE_MAGIC):
        result.problems.append(ExtractProblem(None, "file is encrypted (password-protected) or a legacy .doc; save an unprotected .docx", CODE_ENCRYPTED))
        return result
    try:
        zf = SafeZip(data)
    except UnsafeInput as exc:
        result.problems.append(ExtractProblem(exc.part, exc.message, exc.code))
        return result
    if any(n.lower() == "encryptedpackage" for n in zf.names()):
        result.problems.append(ExtractProblem(None, "file is encrypted; save an unprotected .docx", CODE_ENCRYPTED))
        return result
    doc = _Docx(zf)
    try:
        doc.run()
    except UnsafeInput as exc:  # a part read outside a per-part guard (e.g. [Content_Types].xml)
        doc.problem(exc.part, exc.message, exc.code)
    result.parts += doc.parts
    result.problems += doc.problems
    return result
