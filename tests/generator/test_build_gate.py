"""build checks every byte it writes: an identifier planted in any output channel of any format refuses it."""

from __future__ import annotations

import io
import json
import re
import shutil
import zipfile
from functools import cache
from pathlib import Path

import pytest

from generator import pipeline
from generator.cli import main
from tests.conftest import SAMPLES

pytestmark = pytest.mark.slow
SAMPLE = SAMPLES / "northern-ireland-cmr"
PLANT = "Cillian Devlin"  # a name from the sample's key file


@cache
def html_checkable() -> bool:
    """Whether the anonymisation check can read HTML yet (another engineer is adding the reader)."""
    import tempfile

    from generator.commands.check import CheckOptions, run

    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "probe.html"
        page.write_text("<!doctype html><html lang=en><title>t</title><p>Hello.</p></html>", "utf-8")
        findings, n = run([page], CheckOptions(fast=True, use_cache=False))
    return n == 1 and not any(f.code.startswith("ANO9") for f in findings)


@pytest.fixture(autouse=True)
def _cache(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("CASEREVIEW_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "gate-cache"))


def _docx_body(data: bytes) -> bytes:
    return _rewrite_zip(data, "word/document.xml",
                        lambda x: x.replace(b"</w:body>", b"<w:p><w:r><w:t>" + PLANT.encode() + b" was seen.</w:t>"
                                            b"</w:r></w:p></w:body>", 1) if b"<w:sectPr" not in x else
                        re.sub(rb"(<w:sectPr)", b"<w:p><w:r><w:t>" + PLANT.encode() + b" was seen.</w:t></w:r></w:p>"
                               + rb"\1", x, count=1))


def _docx_metadata(data: bytes) -> bytes:
    def core(x: bytes) -> bytes:
        if b"<dc:creator" in x:
            return re.sub(rb"<dc:creator\s*/>|<dc:creator>[^<]*</dc:creator>",
                          b"<dc:creator>" + PLANT.encode() + b"</dc:creator>", x, count=1)
        return x.replace(b"</cp:coreProperties>", b"<dc:creator>" + PLANT.encode() + b"</dc:creator>"
                         b"</cp:coreProperties>")
    return _rewrite_zip(data, "docProps/core.xml", core)


def _rewrite_zip(data: bytes, part: str, fn) -> bytes:  # type: ignore[no-untyped-def]
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info)
            dst.writestr(info, fn(content) if info.filename == part else content)
    return out.getvalue()


def _pdf_text(data: bytes) -> bytes:
    import weasyprint

    return weasyprint.HTML(string=f"<html lang='en'><p>{PLANT} was seen at the house.</p></html>").write_pdf()


def _pdf_metadata(data: bytes) -> bytes:
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.docinfo["/Author"] = PLANT
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()


def _html_text(data: bytes) -> bytes:
    return data.replace(b"</main>", f"<p>{PLANT} was seen.</p></main>".encode(), 1) if b"</main>" in data else \
        data.replace(b"</body>", f"<p>{PLANT} was seen.</p></body>".encode(), 1)


def _html_meta(data: bytes) -> bytes:
    return data.replace(b"</head>", f'<meta name="author" content="{PLANT}"></head>'.encode(), 1)


PLANTS = {
    "docx-body": ("docx", _docx_body),
    "docx-metadata": ("docx", _docx_metadata),
    "pdf-text": ("pdf", _pdf_text),
    "pdf-metadata": ("pdf", _pdf_metadata),
    "html-text": ("html", _html_text),
    "html-meta": ("html", _html_meta),
}


@pytest.mark.parametrize("channel", sorted(PLANTS))
def test_an_identifier_planted_in_any_output_channel_refuses_the_build(channel, tmp_path, monkeypatch, capsys):
    fmt, plant = PLANTS[channel]
    real_render = pipeline.render

    def planted(review, **kw):  # type: ignore[no-untyped-def]
        result = real_render(review, **kw)
        for output in result.outputs:
            if output.name.endswith("." + fmt):
                output.data = plant(output.data)
        return result

    monkeypatch.setattr(pipeline, "render", planted)
    out = tmp_path / "out"
    code = main(["build", str(SAMPLE), "--out", str(out), "--to", fmt, "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 1
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name != "out"]
    on_output = [f for f in report["findings"] if f["location"]["path"].endswith("." + fmt)]
    assert on_output, report["findings"]
    if fmt == "html" and not html_checkable():
        assert {f["code"] for f in on_output} == {"ANO901"}  # fails closed until an HTML reader exists
    else:
        assert any(f["entity_type"] == "KEY_MATCH" for f in on_output), on_output
        assert PLANT not in json.dumps(report)  # evidence stays masked


def test_check_rendered_inspects_each_file_and_fails_closed_on_an_unknown_type(tmp_path):
    folder = tmp_path / "public"
    folder.mkdir()
    (folder / "notes.txt").write_text("Nothing to see here.\n", "utf-8")
    (folder / "extra.bin").write_bytes(b"\x00\x01")
    checked = pipeline.check_rendered(folder, ["notes.txt", "extra.bin"], key=None, review=None, fail_on="error")
    assert [c.name for c in checked] == ["notes.txt", "extra.bin"]
    assert checked[0].inspected and checked[0].passed
    assert not checked[1].inspected and not checked[1].passed
    assert any(f.code.startswith(("ANO9", "RND109")) for f in checked[1].findings)


def test_default_formats_build_checks_html_too(tmp_path, capsys):
    """With HTML in the formats, the build either checks the HTML and passes, or refuses on it."""
    review = tmp_path / "review"
    shutil.copytree(SAMPLE, review)
    out = tmp_path / "out"
    code = main(["build", str(review), "--out", str(out), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    if html_checkable():
        assert code == 0, report
        manifest = json.loads((out / "build-manifest.json").read_text("utf-8"))
        assert any(name.endswith(".html") for name in manifest["outputs"])
        assert manifest["files_written"] == len(manifest["outputs"])
    else:
        assert code == 1
        assert not out.exists()
        blocking = [f for f in report["findings"] if f["severity"] == "error"]
        assert blocking and all(f["location"]["path"].endswith(".html") for f in blocking)
