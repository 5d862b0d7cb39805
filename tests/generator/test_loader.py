"""Loader: review.yaml source map and schema findings, Markdown sections and numbered paragraphs, garbage input."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator import schema as schemas
from generator.errors import UserError
from generator.loader import load_review, parse_markdown_document, section_is_empty
from generator.model import SourceText
from tests.generator.fixtures.trees import clean_review, dump_yaml, review_data, write_review


def codes(findings):
    return [f.code for f in findings]


def test_clean_review_loads_with_dates_and_documents(tmp_path: Path) -> None:
    root = clean_review(tmp_path / "r", "england", "lcspr")
    review, findings = load_review(root)
    assert findings == []
    assert review is not None and (review.nation, review.type) == ("england", "lcspr")
    assert review.data["dates"]["awareness"] == dt.date(2024, 3, 22)
    assert review.data["action_plan"][0]["due"] == dt.date(2025, 3, 31)
    report = review.document("report")
    assert report is not None
    assert [s.id for s in report.sections] == [s.id for s in schemas.documents("england", "lcspr")[0].required_sections]


def test_source_map_points_at_keys(tmp_path: Path) -> None:
    text = "nation: england\ntype: lcspr\ndates:\n  awareness: 2024-03-22\n  notification: 2024-03-27\n"
    review, _ = load_review(write_review(tmp_path / "r", text))
    assert review is not None
    assert review.pointers["/dates/notification"] == (5, 3)
    assert review.pointer_location("/dates/notification").line == 5
    assert review.pointer_location("/dates/missing").line == 3  # nearest existing parent


@pytest.mark.parametrize(
    "text, code, line, fragment",
    [
        ("nation: england\ntype: lcspr\ndates:\n\tincident: 2024-01-01\n", "VAL002", 4, "tab"),
        ("nation: england\ntype: lcspr\ntitle: [unclosed\n", "VAL002", None, "invalid YAML"),
        ("nation: england\nnation: wales\ntype: lcspr\n", "VAL002", 2, "duplicate"),
        ("- nation\n- england\n", "VAL002", 1, "mapping"),
        ("", "VAL002", 1, "mapping"),
        ("nation: mars\ntype: lcspr\n", "VAL008", 1, "valid NATION TYPE pairs"),
        ("nation: england\ntype: cmr\n", "VAL008", 2, "england review type"),
        ("type: lcspr\n", "VAL009", 1, "'nation'"),
    ],
)
def test_unusable_review_yaml_is_a_finding(tmp_path: Path, text: str, code: str, line: int | None,
                                           fragment: str) -> None:
    review, findings = load_review(write_review(tmp_path / "r", text))
    assert review is None
    hit = [f for f in findings if f.code == code]
    assert hit, findings
    if line is not None:
        assert hit[0].location.line == line
    assert fragment in hit[0].message


@pytest.mark.parametrize(
    "overrides, code, pointer, fragment",
    [
        ({"titel": "x"}, "VAL006", "/titel", "did you mean 'title'"),
        ({"dates": {"incident": "2024-02-30"}}, "VAL007", "/dates/incident", "not a date"),
        ({"dates": {"incident": "last Tuesday"}}, "VAL007", "/dates/incident", "YYYY-MM-DD"),
        ({"dates": {"incident": 5}}, "VAL007", "/dates/incident", "not a date"),
        ({"dates": ["2024-01-01"]}, "VAL005", "/dates", "expected a mapping"),
        ({"status": "finished"}, "VAL005", "/status", "use one of: draft, final, published"),
        ({"recommendations": [{"id": "1 bad", "text": "x"}]}, "VAL005", "/recommendations/0/id", "not a valid id"),
        ({"recommendations": [{"text": "no id"}]}, "VAL009", "/recommendations/0", "'id'"),
        ({"child": {"pseudonym": "Child A", "favourite_colour": "red"}}, "VAL006", "/child/favourite_colour",
         "unknown key"),
    ],
)
def test_schema_problems_are_located_findings(tmp_path: Path, overrides: dict, code: str, pointer: str,
                                              fragment: str) -> None:
    review, findings = load_review(clean_review(tmp_path / "r", "england", "lcspr", **overrides))
    hit = [f for f in findings if f.code == code]
    assert hit, findings
    assert hit[0].location.pointer == pointer
    assert hit[0].location.line is not None and hit[0].location.path.endswith("review.yaml")
    assert fragment in hit[0].message
    assert review is not None  # the rest of the review still loads


def test_impossible_unquoted_date_is_val007_not_a_crash(tmp_path: Path) -> None:
    text = dump_yaml(review_data("england", "lcspr")).replace("incident: 2024-03-20", "incident: 2024-02-30")
    review, findings = load_review(write_review(tmp_path / "r", text))
    assert [f.code for f in findings] == ["VAL007"]
    assert review is not None and review.data["dates"]["incident"] == "2024-02-30"


def test_clean_yaml_has_no_schema_findings(tmp_path: Path) -> None:
    _, findings = load_review(clean_review(tmp_path / "r", "wales", "susr"))
    assert findings == []


# --------------------------------------------------------------------------- garbage
def test_missing_folder_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="does not exist"):
        load_review(tmp_path / "nope")


def test_file_instead_of_folder_is_a_user_error(tmp_path: Path) -> None:
    path = tmp_path / "report.md"
    path.write_text("# x\n")
    with pytest.raises(UserError, match="not a folder"):
        load_review(path)


def test_review_yaml_path_is_accepted(tmp_path: Path) -> None:
    root = clean_review(tmp_path / "r", "scotland", "learning-review")
    review, findings = load_review(root / "review.yaml")
    assert review is not None and findings == []


def test_missing_review_yaml(tmp_path: Path) -> None:
    (tmp_path / "r").mkdir()
    review, findings = load_review(tmp_path / "r")
    assert review is None and codes(findings) == ["VAL001"]


def test_binary_review_yaml(tmp_path: Path) -> None:
    review, findings = load_review(write_review(tmp_path / "r", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
    assert review is None and codes(findings) == ["VAL003"]
    assert "binary" in findings[0].message


def test_non_utf8_document_points_at_the_byte(tmp_path: Path) -> None:
    root = clean_review(tmp_path / "r", "england", "lcspr",
                        docs={"report.md": "# Report\n\n## Learning\n\nCaf\xe9 is fine\n".encode("latin-1")})
    review, findings = load_review(root)
    bad = [f for f in findings if f.code == "VAL003"]
    assert bad and bad[0].location.path.endswith("report.md")
    assert (bad[0].location.line, bad[0].location.column) == (5, 4)
    assert review is not None and review.document("report") is None


def test_huge_file_is_refused_without_reading(tmp_path: Path) -> None:
    root = clean_review(tmp_path / "r", "england", "lcspr")
    with open(root / "report.md", "r+b") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper
    review, findings = load_review(root)
    assert "VAL004" in codes(findings)
    assert "50.0 MB" in next(f.message for f in findings if f.code == "VAL004")


def test_huge_review_yaml(tmp_path: Path) -> None:
    root = tmp_path / "r"
    root.mkdir()
    with open(root / "review.yaml", "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    review, findings = load_review(root)
    assert review is None and codes(findings) == ["VAL004"]


def test_unknown_markdown_file_is_a_note(tmp_path: Path) -> None:
    root = clean_review(tmp_path / "r", "england", "lcspr", docs={"notes.md": "# Notes\n"})
    _, findings = load_review(root)
    assert codes(findings) == ["VAL010"]
    assert findings[0].severity.value == "note"


def test_welsh_parallel_text_loads_as_cy(tmp_path: Path) -> None:
    root = clean_review(tmp_path / "r", "wales", "susr",
                        docs={"report.cy.md": "# Adroddiad\n\n## Cyflwyniad\n\nTestun.\n\n## Dadansoddiad\n\nTestun.\n"})
    review, _ = load_review(root)
    assert review is not None
    cy = review.document("report", "cy")
    assert cy is not None and [s.id for s in cy.sections] == ["introduction", "analysis"]


# --------------------------------------------------------------------------- Markdown
SPEC = schemas.documents("england", "lcspr")[0]

DOC = """\
---
publishable: true
---
# Local CSPR: Child A

Intro before any section is not numbered.

## The child's perspective {#child-perspective}

First paragraph.

Second paragraph
over two lines.

- a list item
- another

> a quote

| a | b |
|---|---|
| 1 | 2 |

![A diagram](assets/d.png)

<!-- a comment only -->

Third paragraph.

### A sub-heading

Fourth paragraph, under the sub-heading.

## 3. Analysis

Analysis paragraph.

## Something extra

Extra paragraph.

## Wrong {#no-such-id}

## Learning

<!-- guidance: only a comment -->

## Lessons learned
"""


def parse(text: str = DOC):
    return parse_markdown_document(SourceText(Path("/tmp/report.md"), "report.md", text), SPEC, "en")


def test_sections_are_matched_by_id_title_alias_and_kept_when_unknown() -> None:
    doc = parse()
    assert doc.title == "Local CSPR: Child A"
    assert doc.front_matter == {"publishable": True}
    assert [(s.id, s.title) for s in doc.sections] == [
        ("child-perspective", "The child's perspective"),
        ("analysis", "3. Analysis"),
        (None, "Something extra"),
        (None, "Wrong"),
        ("learning", "Learning"),
        ("learning", "Lessons learned"),
    ]
    assert doc.sections[0].line == 8 and doc.sections[0].explicit_id


def test_paragraph_numbering_skips_lists_quotes_tables_images_comments() -> None:
    doc = parse()
    first = doc.sections[0]
    assert [(p.number, p.line) for p in first.paragraphs] == [("1.1", 10), ("1.2", 12), ("1.3", 28), ("1.4", 32)]
    assert first.paragraphs[1].markdown == "Second paragraph\nover two lines."
    assert [p.number for p in doc.sections[1].paragraphs] == ["2.1"]
    assert [p.number for p in doc.sections[2].paragraphs] == ["3.1"]
    assert doc.sections[4].paragraphs == []


def test_problems_unknown_id_and_duplicate_section() -> None:
    doc = parse()
    assert [(f.code, f.location.line) for f in doc.problems] == [("VAL011", 42), ("VAL012", 48)]


def test_empty_section_means_only_comments_and_whitespace() -> None:
    doc = parse()
    assert section_is_empty(doc.sections[4]) and section_is_empty(doc.sections[5])
    assert not section_is_empty(doc.sections[0])


def test_bad_front_matter_is_a_finding_and_lines_stay_true() -> None:
    doc = parse("---\npublishable: [\n---\n# T\n\n## Learning\n\nText.\n")
    assert [f.code for f in doc.problems] == ["VAL002"]
    assert doc.sections[0].line == 6


def test_number_paragraphs_on_shared_parser_tokens() -> None:
    from generator.numbering import number_paragraphs, parser

    tokens = parser().parse(DOC.split("---\n", 2)[2])
    numbers = number_paragraphs(tokens)
    assert list(numbers.values())[:4] == ["1.1", "1.2", "1.3", "1.4"]


# --------------------------------------------------------------------------- properties
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_MD_PIECES = st.sampled_from([
    "## Learning\n", "## Analysis {#analysis}\n", "# Title\n", "### Sub\n", "Text line.\n", "\n", "- item\n",
    "> quote\n", "![](a.png)\n", "<!-- c -->\n", "---\n", "| a |\n|---|\n| 1 |\n", "Setext\n---\n", "\t\n", "\r\n",
    "```\n## not a heading\n```\n", "## \n", "{#x}\n", "\u00e9\u2019\n",
])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_MD_PIECES, max_size=25).map("".join))
def test_markdown_never_crashes_and_sections_point_at_their_headings(text: str) -> None:
    doc = parse(text)
    lines = text.splitlines()
    for sec in doc.sections:
        assert 1 <= sec.line <= max(1, len(lines))
        assert sec.start <= sec.end <= len(text)
        for p in sec.paragraphs:
            assert p.number.startswith(f"{doc.sections.index(sec) + 1}.")


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_yaml_parsing_never_raises(text: str) -> None:
    from generator.loader import parse_yaml, schema_findings

    source = SourceText(Path("/tmp/review.yaml"), "review.yaml", text)
    data, pointers, findings = parse_yaml(source)
    if data is not None and isinstance(data, dict):
        schema_findings(data, source, pointers)
    for f in findings:
        assert f.code == "VAL002" and f.location.line is not None


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
            f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)),
         "expands to more than"),
        ("a: &a [*a]\n", None),
        ("x: " + "[" * 5000 + "]" * 5000 + "\n", None),
    ],
    ids=["alias-bomb", "self-alias", "deep-nesting"],
)
def test_hostile_yaml_is_a_finding(tmp_path: Path, text: str, fragment: str | None) -> None:
    review, findings = load_review(write_review(tmp_path / "r", text))
    assert review is None and findings and findings[0].code in ("VAL002", "VAL009")
    if fragment:
        assert fragment in findings[0].message
