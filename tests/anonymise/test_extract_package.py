"""The pieces DOCX, ODT and XLSX extraction share (anonymise/extract/package.py)."""

from lxml import etree

from anonymise.extract.package import app_properties, core_properties, unique_lines

CORE = b"""<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">
 <dc:title>Review of Child A</dc:title><dc:creator>Gwenllian  Prys</dc:creator>
 <dcterms:created>2024-01-02T10:00:00Z</dcterms:created><cp:revision>7</cp:revision>
 <cp:lastModifiedBy>Gwenllian Prys</cp:lastModifiedBy></cp:coreProperties>"""

APP = b"""<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
 xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">
 <Template>Normal.dotm</Template><Company>Ysgol Bryn Teg</Company><Pages>4</Pages>
 <TitlesOfParts><vt:vector size="2"><vt:lpstr>Sheet1</vt:lpstr><vt:lpstr>Tomos notes</vt:lpstr></vt:vector></TitlesOfParts>
</Properties>"""


def test_unique_lines_collapses_space_and_keeps_first_order():
    assert unique_lines(["b  c", None, "", "a", "b c", " a "]) == "b c\na\n"


def test_core_properties_keep_typed_text_and_skip_machine_fields():
    text = core_properties(etree.fromstring(CORE))
    assert text == "title: Review of Child A\ncreator: Gwenllian Prys\nlastModifiedBy: Gwenllian Prys\n"


def test_app_properties_drop_words_default_template_and_counts():
    text = app_properties(etree.fromstring(APP))
    assert text == "Company: Ysgol Bryn Teg\nTitlesOfParts: Sheet1\nTitlesOfParts: Tomos notes\n"
    custom = APP.replace(b"Normal.dotm", b"Gwenllian-review.dotx")
    assert "Template: Gwenllian-review.dotx" in app_properties(etree.fromstring(custom))
