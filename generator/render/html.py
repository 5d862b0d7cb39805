"""HTML rendering: Markdown tokens -> safe HTML, placed in a sandboxed, autoescaping Jinja2 template."""

from __future__ import annotations

import base64
import re
from functools import cache
from pathlib import Path
from typing import Any, Sequence

from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict
from markupsafe import Markup, escape

from generator.errors import RenderError
from generator.render import markdown as md
from generator.render.context import RenderContext
from generator.resources import templates_dir

# Cross-references in running text: an id (R1, F2, LP3, A4) or "paragraph 3.2" / "paragraff 3.2".
XREF = re.compile(r"\b(?P<id>(?:R|F|LP|A|IP)\d{1,3})\b|\b(?P<word>paragraphs?|paras?\.?|paragraff(?:au)?)"
                  r"(?P<gap>\s+)(?P<num>\d{1,2}\.\d{1,3})\b", re.I)


def xref_targets(ctx: RenderContext) -> dict[str, str]:
    """What running text may link to: point ids -> anchors, and paragraph numbers -> anchors."""
    targets = dict(ctx.point_ids)
    for number in ctx.parsed.paragraph_numbers:
        targets["para:" + number] = "para-" + number.replace(".", "-")
    return targets


def split_xrefs(text: str, targets: dict[str, str]) -> list[tuple[str, str | None]]:
    """``text`` cut into (piece, anchor or None): the pieces with an anchor are cross-references."""
    out: list[tuple[str, str | None]] = []
    pos = 0
    for m in XREF.finditer(text):
        if m.group("id"):
            anchor = targets.get(m.group("id"))
            start = m.start()
        else:
            anchor = targets.get("para:" + m.group("num"))
            start = m.start("num")
        if anchor is None:
            continue
        if start > pos:
            out.append((text[pos:start], None))
        out.append((text[start:m.end()], anchor))
        pos = m.end()
    if pos < len(text):
        out.append((text[pos:], None))
    return out


def css_string(value: Any) -> Markup:
    """A value as a quoted CSS string, safe inside a <style> element (no quote, backslash or <)."""
    out = ['"']
    for ch in str(value):
        if ch in '"\\<>&' or ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\{ord(ch):06x}")
        else:
            out.append(ch)
    out.append('"')
    return Markup("".join(out))


def environment(extra_dirs: Sequence[Path] = ()) -> SandboxedEnvironment:
    """The one Jinja2 environment of the renderers: sandboxed, autoescape on, strict undefined."""
    loaders = [FileSystemLoader(str(d)) for d in extra_dirs]
    loaders.append(FileSystemLoader(str(templates_dir() / "html")))
    env = SandboxedEnvironment(
        loader=ChoiceLoader(loaders),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["css_string"] = css_string
    return env


@cache
def _default_env() -> SandboxedEnvironment:
    return environment()


def template_names(nation: str, review_type: str, doc_key: str) -> list[str]:
    """Template lookup order: nation/type/document, nation/document, nation, shared document."""
    return [
        f"{nation}/{review_type}/{doc_key}.html.j2",
        f"{nation}/{doc_key}.html.j2",
        f"{nation}/document.html.j2",
        "document.html.j2",
    ]


def watermark_uri(text: str) -> str:
    """An SVG data: URL with the diagonal draft watermark text (used as the @page background)."""
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="595" height="842" viewBox="0 0 595 842">'
        '<text x="297" y="421" text-anchor="middle" dominant-baseline="middle" '
        'font-family="Liberation Sans" font-weight="bold" font-size="120" fill="#000000" '
        f'fill-opacity="0.08" transform="rotate(-45 297 421)">{escape(text)}</text></svg>'
    )
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def body_html(ctx: RenderContext) -> Markup:
    """The document body as HTML: numbered paragraphs, embedded images, tables, notes."""
    env: dict[str, Any] = {
        "numbers": ctx.parsed.numbers,
        "images": ctx.images,
        "strings": ctx.strings,
        "inline_paras": _inline_paragraphs(ctx.parsed.tokens),
        "xrefs": xref_targets(ctx),
        "in_link": 0,
        "tables": 0,
    }
    html = _renderer().render(ctx.parsed.tokens, md.parser().options, env)
    return Markup(html)


def render_html(ctx: RenderContext, *, theme_css: str = "") -> str:
    """The complete HTML document of ``ctx`` (the same markup feeds the HTML output and the PDF)."""
    css_path = templates_dir() / "html" / "base.css"
    try:
        base_css = css_path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RenderError(f"{css_path}: cannot read the stylesheet: {exc}") from exc
    if "</" in theme_css:
        raise RenderError("the CSS theme may not contain '</' (it is placed inside a <style> element)")
    env = _default_env()
    review = ctx.review
    try:
        template = env.select_template(template_names(review.nation, review.type, ctx.document.key))
        return template.render(
            c=ctx,
            s=ctx.strings,
            body=body_html(ctx),
            headings=[h for h in ctx.parsed.headings if h.level == 2],
            has_notes=any(t.type == "footnote_block_open" for t in ctx.parsed.tokens),
            css=Markup(base_css),
            theme_css=Markup(theme_css),
            watermark=watermark_uri(ctx.strings["draft"]) if ctx.draft else "",
            page_of_before=str(ctx.strings["page_of"]).split("{page}")[0],
            page_of_middle=str(ctx.strings["page_of"]).split("{page}")[1].split("{pages}")[0],
        )
    except TemplateError as exc:
        raise RenderError(f"template error while rendering {ctx.document.key}: {exc}") from exc


def _inline_paragraphs(tokens: list[Token]) -> dict[int, bool]:
    """paragraph_open indices directly inside a list item or footnote -> is it the first one there.

    PDF/UA allows only inline content in list items (LI > Lbl/LBody), so such paragraphs are
    rendered inline, separated by line breaks.
    """
    result: dict[int, bool] = {}
    stack: list[list[bool]] = []
    for i, tok in enumerate(tokens):
        if tok.type in ("list_item_open", "footnote_open"):
            stack.append([True])
        elif tok.type in ("list_item_close", "footnote_close"):
            stack.pop()
        elif tok.type in ("bullet_list_open", "ordered_list_open", "blockquote_open", "table_open"):
            stack.append([False, True])  # marker: not directly in an item
        elif tok.type in ("bullet_list_close", "ordered_list_close", "blockquote_close", "table_close"):
            stack.pop()
        elif tok.type == "paragraph_open" and stack and len(stack[-1]) == 1:
            result[i] = stack[-1][0]
            stack[-1][0] = False
            j = i + 1
            while j < len(tokens) and tokens[j].type != "paragraph_close":
                j += 1
            result[-j - 1] = False  # closes are stored under negative keys
    return result


class _Renderer(RendererHTML):
    """markdown-it's HTML renderer with the report's paragraph numbers, images and notes."""

    def paragraph_open(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        inline = env["inline_paras"]
        if idx in inline:
            return "" if inline[idx] else "<br>"
        if tokens[idx].hidden:
            return ""
        number = env["numbers"].get(idx)
        if number:
            anchor = "para-" + number.replace(".", "-")
            # the space sits inside the number box: no stray space before the text in the PDF
            return f'<p class="numbered" id="{anchor}"><span class="para-num">{number} </span>'
        return "<p>"

    def text(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        content = tokens[idx].content
        if env.get("in_link") or not env.get("xrefs"):
            return str(escape(content))
        out = []
        for piece, anchor in split_xrefs(content, env["xrefs"]):
            out.append(f'<a href="#{anchor}">{escape(piece)}</a>' if anchor else str(escape(piece)))
        return "".join(out)

    def link_open(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        env["in_link"] = env.get("in_link", 0) + 1
        return self.renderToken(tokens, idx, options, env)

    def link_close(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        env["in_link"] = max(0, env.get("in_link", 0) - 1)
        return self.renderToken(tokens, idx, options, env)

    def paragraph_close(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        if -idx - 1 in env["inline_paras"] or tokens[idx].hidden:
            return ""
        return "</p>\n"

    def image(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        token = tokens[idx]
        src = str(token.attrGet("src") or "")
        alt = md.image_alt(token)
        image = env["images"].get(src)
        if image is None:
            return f'<span class="image-missing">[{escape(env["strings"]["image_missing"])}: {escape(alt)}]</span>'
        return f'<img class="figure" src="{image.data_uri}" alt="{escape(alt)}">'

    def th_open(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        tokens[idx].attrSet("scope", "col")
        return self.renderToken(tokens, idx, options, env)

    def table_open(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        # a wide table scrolls inside its own focusable, labelled region, never the whole page
        env["tables"] = env.get("tables", 0) + 1
        label = escape(str(env["strings"]["table_label"]).format(n=env["tables"]))
        return (f'<div class="table-scroll" data-scroll-region tabindex="0" role="region" aria-label="{label}">'
                '\n<table class="content">\n')

    def table_close(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        return "</table>\n</div>\n"

    def footnote_ref(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        meta = tokens[idx].meta
        n = int(meta["id"]) + 1
        sub = f"-{meta['subId']}" if meta.get("subId", 0) > 0 else ""
        return f'<sup class="footnote-ref"><a href="#fn{n}" id="fnref{n}{sub}">{n}</a></sup>'

    def footnote_block_open(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        notes = escape(env["strings"]["notes"])
        return f'<section class="footnotes"><h2 id="notes">{notes}</h2>\n<ol class="footnotes-list">\n'

    def footnote_block_close(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        return "</ol>\n</section>\n"

    def footnote_open(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        return f'<li id="fn{int(tokens[idx].meta["id"]) + 1}">'

    def footnote_close(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        return "</li>\n"

    def footnote_anchor(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        return ""


@cache
def _renderer() -> _Renderer:
    renderer = _Renderer(md.parser())
    return renderer
