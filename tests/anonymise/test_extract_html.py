"""HTML/XHTML extraction: shown text, hidden elements, attributes, metadata and links are separate parts."""

from __future__ import annotations

import base64
import io
import time

import pytest

from anonymise.extract import extract_bytes
from anonymise.types import Extracted

NAME = "Jayden Okafor"


def page(body: str, head: str = "<title>Review</title>") -> bytes:
    return f"<!DOCTYPE html><html lang='en'><head>{head}</head><body>{body}</body></html>".encode()


def _where(ex: Extracted, needle: str = NAME) -> set[tuple[str | None, str]]:
    return {(p.part, p.channel) for p in ex.parts if needle.lower() in p.text.lower()}


def _anchor(ex: Extracted, part: str, needle: str = NAME) -> str:
    p = next(p for p in ex.parts if p.part == part)
    offset = p.text.index(needle)
    return [label for start, label in p.anchors if start <= offset][-1]


def _jpeg_with_artist() -> bytes:
    from PIL import Image

    exif = Image.Exif()
    exif[315] = NAME
    buf = io.BytesIO()
    Image.new("RGB", (4, 4), "white").save(buf, "JPEG", exif=exif)
    return buf.getvalue()


LEAKS = [
    ("text", page(f"<p>{NAME} lived with Mother.</p>"), "html:body", "body"),
    ("table cell", page(f"<table><tr><td>Owner</td><td>{NAME}</td></tr></table>"), "html:body", "body"),
    ("title", page("", head=f"<title>Review of {NAME}</title>"), "html:head", "metadata"),
    ("meta", page("", head=f'<meta name="author" content="{NAME}">'), "html:head", "metadata"),
    ("alt", page(f'<img src="a.png" alt="{NAME} at school">'), "html:body#alt-text", "alt-text"),
    ("title attribute", page(f'<abbr title="{NAME}">JO</abbr>'), "html:body#alt-text", "alt-text"),
    ("aria-label", page(f'<button aria-label="Call {NAME}">Call</button>'), "html:body#alt-text", "alt-text"),
    ("hidden attribute", page(f"<p hidden>{NAME}</p>"), "html:body#hidden", "hidden"),
    ("aria-hidden", page(f'<span aria-hidden="true">{NAME}</span>'), "html:body#hidden", "hidden"),
    ("display none", page(f'<div style="color:red; display: none">{NAME}</div>'), "html:body#hidden", "hidden"),
    ("visibility hidden", page(f'<div style="visibility:hidden">{NAME}</div>'), "html:body#hidden", "hidden"),
    ("class hidden by style", page(f'<span class="x sr">{NAME}</span>', head="<style>.sr { display: none; }</style>"), "html:body#hidden", "hidden"),
    ("template", page(f"<template><p>{NAME}</p></template>"), "html:body#hidden", "hidden"),
    ("hidden input", page(f'<input type="hidden" value="{NAME}">'), "html:body#hidden", "hidden"),
    ("input value", page(f'<input value="{NAME}">'), "html:body#form-field", "form-field"),
    ("data attribute", page(f'<div data-child="{NAME}">Child A</div>'), "html:body#attributes", "metadata"),
    ("id attribute", page(f'<div id="{NAME.replace(" ", "-")}">Child A</div>', ), "html:body#attributes", "metadata"),
    ("attribute of a hidden element", page(f'<div hidden data-child="{NAME}">x</div>'), "html:body#hidden", "hidden"),
    ("comment", page(f"<!-- checked by {NAME} --><p>Child A</p>"), "html:comments", "hidden"),
    ("comment before html", f"<!-- {NAME} --><html><body>x</body></html>".encode(), "html:comments", "hidden"),
    ("script", page(f'<script>var child = "{NAME}";</script>'), "html:script", "metadata"),
    ("json-ld", page(f'<script type="application/ld+json">{{"author": "{NAME}"}}</script>'), "html:script", "metadata"),
    ("style comment", page("", head=f"<style>/* {NAME} */ p {{ color: red }}</style>"), "html:script", "metadata"),
    ("style content", page("", head=f"<style>p::after {{ content: '{NAME}' }}</style>"), "html:script", "metadata"),
    ("inline style url", page(f"<p style=\"background: url('/{NAME}.png')\">x</p>"), "html:script", "metadata"),
    ("event handler", page(f"<a onclick=\"alert('{NAME}')\">x</a>"), "html:script", "metadata"),
    ("link target", page(f'<a href="https://example.org/{NAME.replace(" ", "%20")}">x</a>'), "html:body#hyperlink", "hyperlink"),
    ("mailto", page(f'<a href="mailto:{NAME.replace(" ", "%20")}@example.org">x</a>'), "html:body#hyperlink", "hyperlink"),
    ("srcset", page(f'<img srcset="/{NAME.replace(" ", "%20")}.jpg 2x" alt="">'), "html:body#hyperlink", "hyperlink"),
    ("xhtml", (f'<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
               f'"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><html xmlns="http://www.w3.org/1999/xhtml">'
               f"<head><title>t</title></head><body><p>{NAME}</p></body></html>").encode(), "html:body", "body"),
    ("data: image EXIF", page(f'<img alt="" src="data:image/jpeg;base64,{base64.b64encode(_jpeg_with_artist()).decode()}">'),
     "html:image=1:exif", "metadata"),
]


@pytest.mark.parametrize(("case", "data", "part", "channel"), LEAKS, ids=[c[0] for c in LEAKS])
def test_every_html_leak_is_its_own_part(case: str, data: bytes, part: str, channel: str) -> None:
    ex = extract_bytes(data, "report.html")
    assert (part, channel) in _where(ex), (case, [(p.part, p.text) for p in ex.parts], ex.problems)


def test_shown_text_keeps_lines_and_cells_and_hides_nothing_else() -> None:
    ex = extract_bytes(page("<h1>Background</h1><p>Child A lived with <b>Mother</b>.<br>Then moved.</p>"
                            "<table><tr><td>a</td><td>b</td></tr></table><p hidden>secret</p>"), "r.html")
    body = next(p for p in ex.parts if p.part == "html:body").text
    assert "Child A lived with Mother.\nThen moved.\n\n" in body
    assert "a | b" in body
    assert "secret" not in body


def test_anchor_names_element_path_and_heading() -> None:
    ex = extract_bytes(page(f"<main><h2>Background</h2><p>Intro.</p><p>{NAME}</p></main>"), "r.html")
    assert _anchor(ex, "html:body") == "html > body > main > p[2] (under heading “Background”)"


def test_clean_page_is_clean() -> None:
    ex = extract_bytes(page('<main class="c"><h1>Review</h1><p>Child A lived with Mother.</p><img src="a.png" alt=""></main>'), "r.html")
    assert ex.problems == []
    assert {p.channel for p in ex.parts} <= {"filename", "body", "metadata", "hyperlink"}


def test_style_sheets_give_only_their_words_not_font_names() -> None:
    ex = extract_bytes(page("<p>x</p>", head='<style>html { font-family: "DejaVu Sans", sans-serif; }</style>'
                                             '<meta name="dcterms.modified" content="2025-08-28">'), "r.html")
    assert all("DejaVu" not in p.text and "2025" not in p.text for p in ex.parts)


def test_windows_1252_page_is_decoded() -> None:
    ex = extract_bytes(page(f"<p>Zoë {NAME}</p>").decode().encode("cp1252"), "r.htm")
    assert f"Zoë {NAME}" in next(p for p in ex.parts if p.part == "html:body").text


def test_entities_are_not_expanded_and_nothing_is_fetched() -> None:
    laughs = (b'<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
              b'<!ENTITY x SYSTEM "file:///etc/passwd">]><html><body><p>&b;&b;&x;</p></body></html>')
    ex = extract_bytes(laughs, "r.html")
    assert all("aaaaaaaaaaaaaaaaaaaa" not in p.text and "root:" not in p.text for p in ex.parts)


def test_huge_nesting_ends_in_a_finding() -> None:
    data = page("<div>" * 100_000 + NAME + "</div>" * 100_000)
    start = time.perf_counter()
    ex = extract_bytes(data, "r.html")
    assert ex.problems and ex.problems[0].part == "html:body"
    assert "nesting" in ex.problems[0].message
    assert time.perf_counter() - start < 30  # a hang guard, not a speed target


def test_too_many_elements_end_in_a_finding(monkeypatch) -> None:
    from anonymise.extract import html

    monkeypatch.setattr(html, "MAX_ELEMENTS", 1_000)
    ex = extract_bytes(page("<p>x</p>" * 2_000), "r.html")
    assert any("elements" in p.message for p in ex.problems)


def test_oversized_page_is_refused() -> None:
    ex = extract_bytes(b"<p>" + b"a" * (41 * 1024 * 1024), "r.html")
    assert ex.problems and "larger" in ex.problems[0].message


def test_gps_in_an_embedded_image_is_reported() -> None:
    from PIL import Image

    exif = Image.Exif()
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "N", (51.0, 30.0, 1.0), "W", (0.0, 7.0, 1.0)
    buf = io.BytesIO()
    Image.new("RGB", (4, 4)).save(buf, "JPEG", exif=exif)
    ex = extract_bytes(page(f'<img alt="" src="data:image/jpeg;base64,{base64.b64encode(buf.getvalue()).decode()}">'), "r.html")
    assert [(p.part, p.code) for p in ex.problems] == [("html:image=1:exif", "ANO932")]
