"""Hostile inputs: no file or network fetch outside the review's assets, no template injection."""

from __future__ import annotations

import http.server
import os
import threading
from pathlib import Path
from typing import Iterator

import pytest

from generator.errors import RenderError
from generator.loader import load_review
from generator.render import render_review
from generator.render.pdf import render_pdf

from .conftest import REPORT_MD, small_review_files

pytestmark = pytest.mark.slow


class _Recorder(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - http.server API
        type(self).requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/css")
        self.end_headers()
        self.wfile.write(b"body { color: red }")

    def log_message(self, *args: object) -> None:
        return None


@pytest.fixture
def loopback() -> Iterator[tuple[str, list[str]]]:
    """A bounded loopback HTTP server on 127.0.0.1 that records every request it receives."""
    handler = type("Recorder", (_Recorder,), {"requests": []})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.timeout = 1
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", handler.requests
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def _review_with(make_review, image: str | None = None, theme: str | None = None):
    report = REPORT_MD
    if image is not None:
        report = report.replace("(assets/diagram.png)", f"({image})")
    files = small_review_files(report=report)
    if theme is not None:
        files["assets/theme.css"] = theme
    review, findings = load_review(make_review(files))
    assert review is not None, findings
    return review


@pytest.mark.parametrize(
    "image",
    [
        "/etc/passwd",
        "../../../../../../etc/passwd",
        "assets/../../../../../etc/passwd",
        "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
        "https://example.org/x.png",
        "//169.254.169.254/x.png",
        "assets/missing.png",
        "report.md",
    ],
)
def test_images_outside_assets_are_refused(make_review, image: str) -> None:
    review = _review_with(make_review, image=image)
    with pytest.raises(RenderError, match="RND103"):
        render_review(review, to=("html", "pdf", "docx"))


def test_file_url_image_is_never_read(make_review) -> None:
    # markdown-it refuses file: URLs as links, so the text stays literal; either way nothing is read
    review = _review_with(make_review, image="file:///etc/passwd")
    try:
        result = render_review(review, to=("html", "pdf", "docx"))
    except RenderError as exc:
        assert "RND103" in str(exc)
        return
    for output in result.outputs:
        assert b"root:x:0:0" not in output.data


def test_file_that_is_not_the_image_its_name_says_is_refused(make_review) -> None:
    files = small_review_files()
    files["assets/diagram.png"] = b"root:x:0:0:root:/root:/bin/bash\n"
    review, _ = load_review(make_review(files))
    with pytest.raises(RenderError, match="RND103"):
        render_review(review, to=("docx",))


def test_symlink_out_of_assets_is_refused(make_review, tmp_path: Path) -> None:
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"\x89PNG not really")
    root = make_review(small_review_files(report=REPORT_MD.replace("assets/diagram.png", "assets/link.png")))
    os.symlink(secret, root / "assets" / "link.png")
    review, _ = load_review(root)
    with pytest.raises(RenderError, match="RND103"):
        render_review(review, to=("html",))


def test_image_without_alt_text_fails_the_render(make_review) -> None:
    review, _ = load_review(make_review(small_review_files(
        report=REPORT_MD.replace("![A family diagram showing two adults and one child]", "![]"))))
    with pytest.raises(RenderError, match="VAL401"):
        render_review(review, to=("pdf",))


def test_loopback_image_is_not_requested(make_review, loopback) -> None:
    url, requests = loopback
    review = _review_with(make_review, image=f"{url}/pixel.png")
    with pytest.raises(RenderError, match="RND103"):
        render_review(review, to=("pdf", "html", "docx"))
    assert requests == []


def test_theme_css_import_is_removed_and_not_requested(make_review, loopback) -> None:
    url, requests = loopback
    review = _review_with(make_review, theme=f'@import url("{url}/theme.css");\nh1 {{ color: navy }}\n')
    result = render_review(review, to=("pdf", "html"))
    assert requests == []
    assert any(f.code == "RND105" for f in result.findings)
    html = next(o for o in result.outputs if o.name.endswith(".html")).data.decode("utf-8")
    assert "@import" not in html and url not in html and "navy" in html


def test_theme_css_cannot_close_the_style_element(make_review) -> None:
    review = _review_with(make_review, theme="</style><script>alert(1)</script>")
    html = render_review(review, to=("html",)).outputs[0].data.decode("utf-8")
    assert "<script>alert(1)" not in html and "</style><script>" not in html


def test_theme_css_may_use_files_inside_assets(make_review) -> None:
    review = _review_with(make_review, theme="h1 { color: #123456 } .board { background: url(diagram.png) }")
    result = render_review(review, to=("pdf",), edition="public")
    assert result.outputs[0].data.startswith(b"%PDF-")


@pytest.mark.parametrize(
    "markup",
    [
        '<img src="{url}/a.png" alt="x">',
        '<img src="file:///etc/passwd" alt="x">',
        '<img src="http://169.254.169.254/latest/meta-data/" alt="x">',
        '<link rel="stylesheet" href="{url}/s.css">',
        '<style>@import url("{url}/i.css");</style>',
        '<style>@import url("file:///etc/passwd");</style>',
        '<a rel="attachment" href="file:///etc/passwd">passwd</a>',
        '<a rel="attachment" href="{url}/attach.bin">file</a>',
        '<p style="background: url({url}/bg.png)">x</p>',
    ],
)
def test_fetcher_refuses_everything_but_data_and_assets(markup: str, loopback, tmp_path: Path) -> None:
    url, requests = loopback
    assets = tmp_path / "assets"
    assets.mkdir()
    html = (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>T</title></head>'
        f"<body><h1>T</h1>{markup.format(url=url)}<p>text</p></body></html>"
    )
    with pytest.raises(RenderError, match="refused to fetch"):
        render_pdf(html, base_dir=assets, allowed_dirs=[assets], title="T")
    assert requests == []


def test_missing_lang_fails_the_render(tmp_path: Path) -> None:
    html = "<!DOCTYPE html><html><head><title>T</title></head><body><h1>T</h1><p>x</p></body></html>"
    with pytest.raises(RenderError, match="not accessible"):
        render_pdf(html, base_dir=tmp_path, allowed_dirs=[tmp_path], title="T")


def test_data_urls_and_asset_files_are_allowed(tmp_path: Path) -> None:
    from .conftest import png_bytes

    assets = tmp_path / "assets"
    assets.mkdir()
    (assets / "a.png").write_bytes(png_bytes())
    html = (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>T</title></head><body>'
        '<h1>T</h1><p><img src="a.png" alt="grey box"></p>'
        '<p><img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgAB'
        '4iG8MwAAAABJRU5ErkJggg==" alt="dot"></p></body></html>'
    )
    assert render_pdf(html, base_dir=assets, allowed_dirs=[assets], title="T").startswith(b"%PDF-")
