"""The house-style reference DOCX (templates/docx/reference.docx): fonts, heading scale, lists, tables.

Regenerate the shipped file with ``python -m generator.render.reference`` (a test keeps it in sync).
A board brands its DOCX by editing a copy of that file in Word or LibreOffice (``--reference-docx``
convention: only styles, page setup and theme are used).
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

from docx import Document as new_document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

from generator.resources import templates_dir

FONT = "Liberation Sans"  # metric-compatible with Arial; Debian fonts-liberation2
TEXT = RGBColor(0x0B, 0x0C, 0x0C)
MUTED = RGBColor(0x50, 0x5A, 0x5F)
ACCENT = RGBColor(0x1D, 0x70, 0xB8)
LINK = RGBColor(0x1D, 0x4F, 0x91)
TABLE_STYLE = "Review Table"
NUMBERED_STYLE = "Numbered Paragraph"
# style name -> (size pt, bold, space before, space after, keep with next, colour)
_PARAGRAPHS: dict[str, tuple[float, bool, float, float, bool, RGBColor]] = {
    "Normal": (11, False, 0, 8, False, TEXT),
    "Title": (26, True, 0, 8, True, TEXT),
    "Subtitle": (16, False, 0, 18, True, TEXT),
    "Heading 1": (17, True, 20, 8, True, TEXT),
    "Heading 2": (13.5, True, 14, 6, True, TEXT),
    "Heading 3": (12, True, 12, 4, True, TEXT),
    "TOC Heading": (17, True, 0, 10, True, TEXT),
    "Caption": (10, True, 6, 4, True, TEXT),
    "Header": (8.5, False, 0, 0, False, MUTED),
    "Footer": (8.5, False, 0, 0, False, MUTED),
    "Quote": (11, False, 0, 8, False, TEXT),
}


def path() -> Path:
    """Where the shipped reference DOCX lives."""
    return templates_dir() / "docx" / "reference.docx"


def build() -> bytes:
    """The reference DOCX bytes (deterministic)."""
    from generator.render.docx import _normalise_package

    doc = new_document()
    styles = doc.styles
    root = styles.element
    # Theme fonts (Cambria/Calibri in python-docx's template) would override explicit names.
    for rfonts in root.iter(qn("w:rFonts")):
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            rfonts.attrib.pop(qn(attr), None)
        for attr in ("w:ascii", "w:hAnsi", "w:cs"):
            rfonts.set(qn(attr), FONT)
    defaults = root.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr"))
    if defaults is not None and defaults.find(qn("w:rFonts")) is None:
        defaults.insert(0, parse_xml(f'<w:rFonts {nsdecls("w")} w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}"/>'))
    for name, (size, bold, before, after, keep, colour) in _PARAGRAPHS.items():
        style = styles[name] if name in [s.name for s in styles] else styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        font = style.font
        font.name = FONT
        font.size = Pt(size)
        font.bold = bold
        font.italic = False
        font.color.rgb = colour
        fmt = style.paragraph_format
        fmt.space_before, fmt.space_after = Pt(before), Pt(after)
        fmt.keep_with_next = keep
        fmt.line_spacing = 1.15 if name in ("Normal", "Quote") else 1.0
        ppr = style.element.get_or_add_pPr()
        border = ppr.find(qn("w:pBdr"))
        if border is not None:  # python-docx's Title has a blue rule under it
            ppr.remove(border)
    styles["Title"].element.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:left w:val="single" w:sz="36" w:space="8" w:color="1D70B8"/></w:pBdr>'))
    for level in (1, 2, 3):  # headings are the outline (navigation pane, PDF bookmarks, contents)
        ppr = styles[f"Heading {level}"].element.get_or_add_pPr()
        if ppr.find(qn("w:outlineLvl")) is None:
            ppr.append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="{level - 1}"/>'))
    quote = styles["Quote"].paragraph_format
    quote.left_indent = Cm(0.6)
    styles["Quote"].element.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:left w:val="single" w:sz="24" w:space="8" w:color="B1B4B6"/></w:pBdr>'))
    for name, indent in (("TOC 1", 0.0), ("TOC 2", 0.6)):
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        style.paragraph_format.left_indent = Cm(indent)
        style.paragraph_format.space_after = Pt(3)
        style.paragraph_format.tab_stops.add_tab_stop(Cm(17.0), 2, 1)  # right, dotted leader
    numbered = styles.add_style(NUMBERED_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    numbered.base_style = styles["Normal"]
    numbered.paragraph_format.left_indent = Cm(1.3)
    numbered.paragraph_format.first_line_indent = Cm(-1.3)
    for name in ("List Bullet", "List Number", "List Continue"):
        fmt = styles[name].paragraph_format
        fmt.space_after = Pt(4)
    link = styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    link.font.color.rgb = LINK
    link.font.underline = True
    _table_style(doc)
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.0)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    sample = doc.add_paragraph("casereview house style", style="Title")
    sample.alignment = WD_ALIGN_PARAGRAPH.LEFT
    doc.add_paragraph("Heading 1", style="Heading 1")
    doc.add_paragraph("Body text in the Normal style.")
    props = doc.core_properties
    props.author = props.last_modified_by = props.comments = ""
    props.title = "casereview reference styles"
    when = dt.datetime(2026, 1, 1)
    props.created = props.modified = props.last_printed = when
    props.revision = 1
    raw = io.BytesIO()
    doc.save(raw)
    return _normalise_package(raw.getvalue(), when.date())


def _table_style(doc) -> None:  # type: ignore[no-untyped-def]
    """``Review Table``: rules between rows, a heavier rule under the header row, no vertical lines."""
    xml = (
        f'<w:style {nsdecls("w")} w:type="table" w:customStyle="1" w:styleId="ReviewTable">'
        f'<w:name w:val="{TABLE_STYLE}"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="40"/><w:qFormat/>'
        '<w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/></w:pPr>'
        '<w:rPr><w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr>'
        '<w:tblPr><w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="113" w:type="dxa"/></w:tblCellMar>'
        '<w:tblBorders><w:bottom w:val="single" w:sz="4" w:space="0" w:color="B1B4B6"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="B1B4B6"/></w:tblBorders></w:tblPr>'
        '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr>'
        '<w:tcPr><w:tcBorders><w:bottom w:val="single" w:sz="12" w:space="0" w:color="0B0C0C"/></w:tcBorders>'
        '</w:tcPr></w:tblStylePr>'
        '</w:style>'
    )
    doc.styles.element.append(parse_xml(xml))


def main(argv: list[str]) -> int:
    target = Path(argv[0]) if argv else path()
    target.write_bytes(build())
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
