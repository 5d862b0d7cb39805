"""HTML rendering: golden output, autoescape, literal user text, draft/public markings, Welsh strings."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from generator.render import render_review
from generator.render.html import css_string, environment

GOLDEN = Path(__file__).parent / "golden"


def _html(review, edition: str = "draft", lang: str = "en") -> str:
    result = render_review(review, to=("html",), edition=edition, lang=lang)
    return result.outputs[0].data.decode("utf-8")


def _check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert path.is_file(), f"missing golden file {path}; run with UPDATE_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8")


def test_golden_draft_html(small_review) -> None:
    _check_golden("small-report.draft.html", _html(small_review, "draft"))


def test_golden_public_html(small_review) -> None:
    _check_golden("small-report.public.html", _html(small_review, "public"))


def test_user_text_stays_literal(small_review) -> None:
    html = _html(small_review)
    assert "{{ 7*7 }}" in html and "49" not in re.sub(r"data:[^\"]+", "", html)
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    # review.yaml text is autoescaped too (action plan row)
    assert "Audit {{ 7*7 }} &lt;b&gt;records&lt;/b&gt;" in html


def test_document_language_title_and_tables(small_review) -> None:
    html = _html(small_review)
    assert '<html lang="en-GB" class="draft">' in html
    assert "<title>Local child safeguarding practice review: Child Z: Report</title>" in html
    assert html.count("<thead>") == 4  # content table, action plan, chronology, glossary
    assert 'scope="col"' in html
    assert '<p class="numbered" id="para-2-3"><span class="para-num">2.3 </span>Fourth paragraph.</p>' in html
    # every table scrolls inside its own focusable, labelled region (WCAG 1.4.10), not the page
    assert html.count('<div class="table-scroll" data-scroll-region tabindex="0" role="region"') == 4


def test_draft_marks_and_public_does_not(small_review) -> None:
    draft, public = _html(small_review, "draft"), _html(small_review, "public")
    assert draft.count("@top-center") >= 1 and draft.count("@bottom-center") >= 1
    assert '"OFFICIAL-SENSITIVE"' in draft and "data:image/svg+xml" in draft
    assert "OFFICIAL-SENSITIVE" not in public and "svg+xml" not in public and "DRAFT" not in public


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Page ", '"Page "'),
        ('a"b', '"a\\000022b"'),
        ("</style><script>", '"\\00003c/style\\00003e\\00003cscript\\00003e"'),
        ("a\\b\nc", '"a\\00005cb\\00000ac"'),
        ("Tudalen ", '"Tudalen "'),
    ],
)
def test_css_string(value: str, expected: str) -> None:
    assert str(css_string(value)) == expected


def test_environment_is_sandboxed_and_autoescapes() -> None:
    from jinja2.exceptions import SecurityError

    env = environment()
    assert env.autoescape is True
    assert env.from_string("{{ x }}").render(x="<b>") == "&lt;b&gt;"
    with pytest.raises(SecurityError):
        env.from_string("{{ x.__class__.__mro__ }}").render(x="")
