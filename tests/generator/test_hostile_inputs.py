"""Hostile review folders: symbolic links, remote branding, control characters, deep YAML, a killed build."""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from generator.cli import main
from tests.conftest import REPO, SAMPLES

NI = SAMPLES / "northern-ireland-cmr"  # one publishable document: the quickest build


@pytest.fixture(autouse=True)
def _cache(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("CASEREVIEW_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "hostile-cache"))


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "internal error" not in err and "Traceback" not in err, err
    return code, out, err


def _copy(tmp_path: Path, sample: Path = NI) -> Path:
    review = tmp_path / "review"
    shutil.copytree(sample, review)
    return review


# --------------------------------------------------------------------------- symbolic links
SECRET = "Zephyrine Quillfeather lives at 9 Hidden Lane."


@pytest.mark.parametrize("target", ["executive-summary.md", "review.yaml"])
def test_a_symlinked_source_is_refused_and_never_read(target, tmp_path, capsys):
    review = _copy(tmp_path)
    outside = tmp_path / "outside" / target
    outside.parent.mkdir()
    text = (review / target).read_text("utf-8")
    outside.write_text(text + ("\n" + SECRET + "\n" if target.endswith(".md") else f"\n# {SECRET}\n"), "utf-8")
    (review / target).unlink()
    (review / target).symlink_to(outside)
    code, report, _ = _run(capsys, "validate", review)
    assert code == 1 and "VAL014" in report and f"review/{target}" in report
    code, report, err = _run(capsys, "build", review, "--out", tmp_path / "out", "--to", "docx")
    assert code == 1 and "VAL014" in report
    assert not (tmp_path / "out").exists()
    assert "Zephyrine" not in report + err


def test_a_symlinked_assets_folder_is_refused_by_render_and_build(tmp_path, capsys):
    review = _copy(tmp_path, SAMPLES / "england-lcspr")
    outside = tmp_path / "outside-assets"
    shutil.move(str(review / "assets"), outside)
    (review / "assets").symlink_to(outside, target_is_directory=True)
    code, _, err = _run(capsys, "render", review, "--out", tmp_path / "r", "--to", "html")
    assert code == 1 and "VAL014" in err
    assert not (tmp_path / "r").exists()
    code, report, _ = _run(capsys, "build", review, "--out", tmp_path / "out", "--to", "docx")
    assert code == 1 and "VAL014" in report
    assert not (tmp_path / "out").exists()


def test_any_symlink_in_the_review_refuses_the_build(tmp_path, capsys):
    review = _copy(tmp_path)
    (tmp_path / "notes.txt").write_text(SECRET, "utf-8")
    (review / "notes.txt").symlink_to(tmp_path / "notes.txt")
    code, report, _ = _run(capsys, "build", review, "--out", tmp_path / "out", "--to", "pdf")
    assert code == 1 and "VAL014" in report and "review/notes.txt" in report


@pytest.mark.parametrize("name", ["theme.css", "reference.docx"])
def test_symlinked_branding_is_never_read(name, tmp_path, capsys):
    review = _copy(tmp_path)
    (review / "assets").mkdir()
    outside = tmp_path / name
    outside.write_bytes(b"h1 { color: red }" if name.endswith(".css") else b"PK\x03\x04 not a docx")
    (review / "assets" / name).symlink_to(outside)
    code, report, _ = _run(capsys, "build", review, "--out", tmp_path / "out", "--to", "docx")
    assert code == 1 and "VAL014" in report


# --------------------------------------------------------------------------- remote branding
REMOTE_THEME = """@import url("https://fonts.example.com/css?family=Brand");
@import "http://169.254.169.254/latest/meta-data/";
@font-face { font-family: Brand; src: local(Brand), url(https://fonts.example.com/brand.woff2); }
h1 { color: #00594f; background: url(//tracker.example.com/pixel.gif); }
.board { list-style-image: image-set("https://cdn.example.com/x.png" 1x); }
@media print { h2 { background-image: url("http://evil.example.com/bg.png"); color: #123456 } }
"""


@pytest.mark.parametrize("fmt", ["html", "pdf", "docx"])
def test_a_remote_theme_is_sanitised_in_every_format(fmt, tmp_path, capsys):
    review = _copy(tmp_path)
    (review / "assets").mkdir()
    (review / "assets" / "theme.css").write_text(REMOTE_THEME, "utf-8")
    out = tmp_path / "out"
    code, _, err = _run(capsys, "render", review, "--out", out, "--to", fmt, "--edition", "public")
    assert code == 0, err
    assert "RND105" in err
    for path in out.iterdir():
        data = path.read_bytes()
        for host in (b"example.com", b"169.254.169.254", b"@import"):
            assert host not in data, (path.name, host)
    if fmt == "html":
        html = next(out.glob("*.html")).read_text("utf-8")
        assert "#00594f" in html and "#123456" in html  # the safe part of the theme is kept


def _reference(rels_extra: str = "", settings_extra: str = "") -> bytes:
    from docx import Document

    buf = io.BytesIO()
    Document().save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/_rels/document.xml.rels" and rels_extra:
                data = data.replace(b"</Relationships>", rels_extra.encode() + b"</Relationships>")
            if info.filename == "word/settings.xml" and settings_extra:
                data = data.replace(b"</w:settings>", settings_extra.encode() + b"</w:settings>")
            dst.writestr(info, data)
    return out.getvalue()


ATTACHED_REL = ('<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                'relationships/attachedTemplate" Target="https://templates.example.com/brand.dotx" '
                'TargetMode="External"/>')


def test_a_reference_docx_loses_its_remote_attached_template(tmp_path, capsys):
    review = _copy(tmp_path)
    (review / "assets").mkdir()
    (review / "assets" / "reference.docx").write_bytes(
        _reference(ATTACHED_REL, '<w:attachedTemplate r:id="rIdT"/>'))
    out = tmp_path / "out"
    code, _, err = _run(capsys, "render", review, "--out", out, "--to", "docx", "--edition", "public")
    assert code == 0 and "RND106" in err
    with zipfile.ZipFile(next(out.glob("*.docx"))) as zf:
        blob = b"".join(zf.read(n) for n in zf.namelist())
    assert b"templates.example.com" not in blob and b"attachedTemplate" not in blob
    assert b'TargetMode="External"' not in blob


def test_a_reference_docx_with_other_outside_links_is_refused_by_build(tmp_path, capsys):
    review = _copy(tmp_path)
    (review / "assets").mkdir()
    link = ('<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'image" Target="https://images.example.com/logo.png" TargetMode="External"/>')
    (review / "assets" / "reference.docx").write_bytes(_reference(link))
    code, report, _ = _run(capsys, "build", review, "--out", tmp_path / "out", "--to", "docx")
    assert code == 1 and "RND106" in report
    assert not (tmp_path / "out").exists()


# --------------------------------------------------------------------------- bad text and YAML
def _mutate(review: Path, name: str, fn) -> None:  # type: ignore[no-untyped-def]
    path = review / name
    path.write_text(fn(path.read_text("utf-8")), "utf-8")


CASES = {
    "control-char-in-markdown": ("executive-summary.md", lambda t: t + "\nA line with \x01 and \x1b[31m.\n",
                                 "VAL015", "executive-summary.md:"),
    "control-char-escape-in-yaml": ("review.yaml", lambda t: t + 'glossary_note: "bad \\x01 value"\n',
                                    "VAL015", "review.yaml:"),
    "raw-control-char-in-yaml": ("review.yaml", lambda t: "# \x02 comment\n" + t, "VAL015", "review.yaml:1:"),
    "impossible-date": ("review.yaml", lambda t: t.replace("  incident: 2024-06-15", "  incident: 2024-02-30", 1),
                        "VAL007", "review.yaml:"),
    "deep-nesting": ("review.yaml", lambda t: t + "deep:\n" + "".join("  " * i + "- \n" for i in range(1, 1200)),
                     "VAL0", "review.yaml:"),
    "deep-flow-nesting": ("review.yaml", lambda t: t + "deep: " + "[" * 5000 + "]" * 5000 + "\n",
                          "VAL002", "review.yaml:"),
    "far-future-date": ("review.yaml", lambda t: t.replace("  final_report: 2025-08-29", "  final_report: 9999-12-31", 1),
                        "VAL007", "review.yaml:"),
    "huge-timescale": ("review.yaml", lambda t: t + "timescales: {action-plan: {working_days: 99999999}}\n",
                       "VAL005", "review.yaml:"),
    "merge-key-loop": ("review.yaml", lambda t: t + "loop: &a\n  <<: *a\n", "VAL002", "review.yaml:1:"),
}


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("command", ["validate", "render", "deadlines", "build"])
def test_bad_text_and_yaml_are_findings_with_a_location(case, command, tmp_path, capsys):
    name, fn, code_prefix, where = CASES[case]
    review = _copy(tmp_path)
    _mutate(review, name, fn)
    out = tmp_path / "out"
    argv = {"validate": ["validate", review], "render": ["render", review, "--out", out, "--to", "html"],
            "deadlines": ["deadlines", review], "build": ["build", review, "--out", out, "--to", "docx"]}[command]
    code, report, err = _run(capsys, *argv)
    assert code in (0, 1, 2)
    if command in ("validate", "build"):
        assert code == 1
        assert any(code_prefix in line and where in line for line in report.splitlines()), report
    if command == "build":
        assert not out.exists()


# --------------------------------------------------------------------------- size budget
def test_a_document_above_the_render_limit_is_refused_up_front(tmp_path, capsys):
    from generator.render import MAX_RENDER_CHARS

    review = _copy(tmp_path)
    para = "The agencies met and shared what they knew about the family's circumstances at the time.\n\n"
    _mutate(review, "executive-summary.md", lambda t: t + para * (MAX_RENDER_CHARS // len(para) + 10))
    started = time.monotonic()
    code, _, err = _run(capsys, "render", review, "--out", tmp_path / "r", "--to", "pdf", "--edition", "public")
    assert code == 1 and "RND108" in err
    code, report, _ = _run(capsys, "build", review, "--out", tmp_path / "out")
    assert code == 1 and "RND108" in report
    assert time.monotonic() - started < 120  # generous: the point is no render of the huge file happened


# --------------------------------------------------------------------------- signals
@pytest.mark.slow
@pytest.mark.parametrize("stage", ["sources", "public"])
def test_a_killed_build_leaves_no_working_files_and_out_as_it_was(stage, tmp_path):
    review = tmp_path / "draft"
    shutil.copytree(SAMPLES / "england-lcspr-draft", review)
    out = tmp_path / "publish"
    out.mkdir()
    (out / "build-manifest.json").write_text(json.dumps({"tool": "casereview build", "manifest_version": 2,
                                                        "outputs": {"report.pdf": {}}}), "utf-8")
    (out / "report.pdf").write_bytes(b"%PDF- the previous good build")
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    env = dict(os.environ, TMPDIR=str(tmpdir), PYTHONPATH=str(REPO),
               CASEREVIEW_CACHE_DIR=str(tmp_path / "cache"))
    proc = subprocess.Popen(
        [sys.executable, "-m", "generator", "build", str(review), "--key", str(review / "key.yaml"),
         "--out", str(out), "--to", "docx,pdf"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 180
        work = None
        while time.monotonic() < deadline and proc.poll() is None:
            found = [p for p in tmpdir.iterdir() if p.name.startswith("casereview-build-")]
            if found and (found[0] / stage).is_dir() and (stage != "public" or any((found[0] / stage).iterdir())):
                work = found[0]
                break
            time.sleep(0.02)
        assert work is not None, proc.communicate(timeout=60)
        assert work.stat().st_mode & 0o777 == 0o700
        assert work.parent == tmpdir  # private, not beside --out
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, err.decode()
    assert b"internal error" not in err
    assert list(tmpdir.iterdir()) == []
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "draft", "publish", "tmp"] or \
        sorted(p.name for p in tmp_path.iterdir()) == ["draft", "publish", "tmp"]


@pytest.mark.parametrize(
    ("css", "kept"),
    [
        ("@import url(https://x.example/a.css); h1 { color: red }", "color: red"),
        ("@supports (display: grid) { @import 'https://x.example/b.css'; p { margin: 0 } }", "margin: 0"),
        ("h1 { background: \\75 rl(https://x.example/e.png); color: blue }", "color: blue"),
        ("h1 { background: url( 'https://x.example/q.png' ) } h2 { color: green }", "color: green"),
        ("p { list-style: -webkit-image-set(url(//x.example/i.png) 1x) } em { color: teal }", "color: teal"),
        ("@font-face { font-family: F; src: url(file:///etc/passwd) } b { font-weight: 700 }", "font-weight: 700"),
        ("@page { @top-right { content: url(http://x.example/logo.png) } margin: 20mm }", "margin: 20mm"),
        ("h1 { background: url(../../../../etc/passwd) } i { color: navy }", "color: navy"),
    ],
)
def test_theme_sanitiser_keeps_style_and_drops_every_outside_reference(css, kept, tmp_path):
    from generator.render.branding import sanitise_css

    findings: list = []
    out, changes = sanitise_css(css, "assets/theme.css", tmp_path, findings)
    assert "x.example" not in out and "passwd" not in out and "@import" not in out
    assert kept in out
    assert changes and all(f.code == "RND105" for f in findings)


def test_theme_images_inside_assets_are_embedded(tmp_path):
    from generator.render.branding import sanitise_css

    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\nlogo")
    out, changes = sanitise_css(".board { background: url(logo.png) no-repeat }", "t.css", tmp_path, [])
    assert "url(data:image/png;base64," in out and not changes
