"""Markdown parsing for rendering: paragraph numbers, heading ids and levels, structure outline."""

from __future__ import annotations

import pytest

from generator.render import markdown as md


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("## A\n\none\n\ntwo\n\n## B\n\nthree\n", ["1.1", "1.2", "2.1"]),
        ("intro before any section\n\n## A\n\none\n", ["1.1"]),
        ("## A\n\n- item\n- item\n\n> quote\n\none\n", ["1.1"]),
        ("## A\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\none\n", ["1.1"]),
        ("## A\n\n![alt](assets/x.png)\n\none\n", ["1.1"]),
        ("## A\n\n<!-- guidance: write here -->\n\none\n", ["1.1"]),
        ("## A\n\none\n\n### Sub\n\ntwo\n\n## B\n\nthree\n", ["1.1", "1.2", "2.1"]),
        ("## A\n\none[^1]\n\n[^1]: a note paragraph\n", ["1.1"]),
        ("# Title\n\nnot numbered\n\n## A\n\none\n", ["1.1"]),
        ("A\n-\n\none\n", ["1.1"]),  # setext ## heading
        ("## A\n\n```\ncode\n```\n\none\n", ["1.1"]),
    ],
)
def test_paragraph_numbers(source: str, expected: list[str]) -> None:
    assert md.parse(source).paragraph_numbers == expected


@pytest.mark.parametrize(
    ("source", "levels"),
    [
        ("## A\n\n### B\n\n#### C\n", [2, 3, 3]),
        ("## A\n\n##### Deep\n", [2, 3]),
        ("### Orphan\n\n## A\n", [2, 2]),
        ("# T\n\n## A\n\n### B\n\n## C\n", [2, 3, 2]),
    ],
)
def test_heading_levels_never_skip(source: str, levels: list[int]) -> None:
    parsed = md.parse(source)
    assert [h.level for h in parsed.headings] == levels


def test_heading_ids_and_title() -> None:
    parsed = md.parse("# The title {#x}\n\n## Intro {#introduction}\n\n## Intro\n\n## Intro\n")
    assert parsed.title == "The title"
    assert [h.anchor for h in parsed.headings] == ["introduction", "intro", "intro-2"]
    assert [h.text for h in parsed.headings] == ["Intro", "Intro", "Intro"]
    assert [h.number for h in parsed.headings] == [1, 2, 3]


def test_front_matter_and_comments_are_not_rendered() -> None:
    parsed = md.parse("---\ntitle: x\n---\n## A\n\n<!-- casereview: allow ANO101 reason=\"x\" -->\none\n")
    text = " ".join(t.content for t in parsed.tokens if t.type == "inline")
    assert "casereview" not in text and "title: x" not in text
    assert parsed.paragraph_numbers == ["1.1"]
    # lines are kept: the paragraph still points at its source line
    para = next(t for t in parsed.tokens if t.type == "paragraph_open")
    assert para.map is not None and para.map[0] == 6  # 0-based line of "one"


def test_numbers_match_the_shared_numbering_module() -> None:
    from generator import numbering

    text = "## A\n\none\n\n- x\n\ntwo\n\n## B\n\n![i](a.png)\n\nthree\n"
    assert md.parse(text).numbers == numbering.number_paragraphs(numbering.parser().parse(text))


def test_structure_outline() -> None:
    parsed = md.parse("## A {#a}\n\none\n\ntwo\n\n## B {#b}\n\n| x | y |\n|---|---|\n| 1 | 2 |\n\nthree\n")
    assert md.structure(parsed) == {"sections": ["a", "b"], "paragraphs": [2, 1], "tables": [(2, 2)]}


def test_raw_html_is_off() -> None:
    tokens = md.parse("## A\n\n<div onclick=x>hi</div>\n\n<b>bold</b>\n").tokens
    assert not any(t.type in ("html_block", "html_inline") for t in tokens)
    for tok in tokens:
        assert all(c.type != "html_inline" for c in tok.children or [])
