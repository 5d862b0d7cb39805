"""Hostile PDFs: every family once reported falsely clean is now read, or fails closed naming page and reason."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from anonymise.extract import extract_bytes
from anonymise.extract.pdf_ocr import available as ocr_available
from anonymise.types import Extracted
from generator.cli import main
from tests.anonymise import fixtures_builders as fb

needs_ocr = pytest.mark.skipif(not ocr_available(), reason="Tesseract is not installed")


def _hits(ex: Extracted, needle: str = "quenby") -> set[tuple[str | None, str]]:
    return {(p.part, p.channel) for p in ex.parts if needle in " ".join(p.text.split()).lower()}


def _codes(ex: Extracted) -> set[tuple[str | None, str]]:
    return {(p.part, p.code) for p in ex.problems}


# --------------------------------------------------------------------------- read, not skipped

READ: list[tuple[str, Callable[[], bytes], tuple[str, str]]] = [
    ("text inside a tiling pattern", fb.tiling_pattern_pdf, ("pdf:page=1#pattern", "body")),
    ("content stream no xref lists", fb.unlisted_object_pdf, ("pdf:unreferenced", "earlier-revision")),
    ("string object no xref lists", lambda: fb.unlisted_object_pdf("string"), ("pdf:unreferenced", "earlier-revision")),
    ("page dropped from the page tree", fb.unreferenced_page_pdf, ("pdf:unreferenced", "earlier-revision")),
    ("earlier revision without %%EOF", fb.revision_without_eof_pdf, ("pdf:revision=1", "earlier-revision")),
    ("earlier revision without startxref or %%EOF", lambda: fb.revision_without_eof_pdf(True), ("pdf:revision=1", "earlier-revision")),
    ("object rewritten under the same number", fb.overwritten_object_pdf, ("pdf:revision=1", "earlier-revision")),
    ("open-action JavaScript", lambda: fb.script_pdf("openaction"), ("pdf:actions", "hyperlink")),
    ("named JavaScript", lambda: fb.script_pdf("named"), ("pdf:actions", "hyperlink")),
    ("page open action", lambda: fb.script_pdf("page-aa"), ("pdf:actions", "hyperlink")),
    ("launch action file and parameters", lambda: fb.script_pdf("launch"), ("pdf:page=1:links", "hyperlink")),
    ("comment outside every object", fb.gap_text_pdf, ("pdf:unreferenced", "earlier-revision")),
    ("bytes between revisions", lambda: fb.gap_text_pdf("between"), ("pdf:unreferenced", "earlier-revision")),
    ("object stream no xref lists", fb.stray_object_stream_pdf, ("pdf:unreferenced", "earlier-revision")),
    ("form XObject no page draws", fb.stray_form_pdf, ("pdf:unreferenced", "earlier-revision")),
    ("widget the AcroForm does not list", fb.orphan_widget_pdf, ("pdf:page=1:annotations", "annotation")),
    ("form XObject a page lists but never draws", fb.undrawn_form_pdf, ("pdf:page=1#hidden-form", "hidden")),
]


@pytest.mark.parametrize(("case", "build", "where"), READ, ids=[c[0] for c in READ])
def test_hidden_text_is_read_into_its_own_part(case: str, build: Callable[[], bytes], where: tuple[str, str]) -> None:
    ex = extract_bytes(build(), "report.pdf", ocr=False)
    assert ex.problems == [], case
    assert where in _hits(ex), f"{case}: {_hits(ex)} / {[(p.part, p.text[:60]) for p in ex.parts]}"


def test_launch_action_address_is_read() -> None:
    ex = extract_bytes(fb.script_pdf("launch"), "report.pdf", ocr=False)
    links = next(p.text for p in ex.parts if p.part == "pdf:page=1:links")
    assert "Acacia Road" in links and "notes-Perpetua Quenby.txt" in links


# --------------------------------------------------------------------------- pictures of text

PICTURES: list[tuple[str, Callable[[], bytes], str]] = [
    ("font without ToUnicode", fb.no_tounicode_pdf, "ANO911"),
    ("scanned page", fb.scanned_pdf, "ANO912"),
    ("scanned region on a typed page", lambda: fb.scanned_pdf(with_text="Chronology of events"), "ANO912"),
    ("scan with a caption over its corner", fb.captioned_scan_pdf, "ANO912"),
]


@pytest.mark.parametrize(("case", "build", "code"), PICTURES, ids=[c[0] for c in PICTURES])
def test_picture_of_text_fails_the_page_without_ocr(case: str, build: Callable[[], bytes], code: str) -> None:
    ex = extract_bytes(build(), "report.pdf", ocr=False)
    assert ("pdf:page=1", code) in _codes(ex), _codes(ex)
    assert not _hits(ex), "without OCR the name must not be read from anywhere"


@needs_ocr
@pytest.mark.parametrize(("case", "build", "code"), PICTURES, ids=[c[0] for c in PICTURES])
def test_picture_of_text_is_read_by_ocr(case: str, build: Callable[[], bytes], code: str) -> None:
    ex = extract_bytes(build(), "report.pdf", ocr=True)
    assert ex.problems == [], case
    assert ("pdf:page=1#ocr", "body") in _hits(ex), [(p.part, p.text) for p in ex.parts]


def test_garbled_glyphs_never_pass_as_text() -> None:
    ex = extract_bytes(fb.no_tounicode_pdf(), "report.pdf", ocr=False)
    body = "".join(p.text for p in ex.parts if p.part == "pdf:page=1")
    assert "Quenby" not in body  # the glyph ids read as other letters: no text would be found in them
    assert ("pdf:page=1", "ANO911") in _codes(ex)


def test_flat_pictures_need_no_ocr() -> None:
    """A figure with no contrast cannot hold a word: no OCR, no failure (the benchmark figures)."""
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("L", (600, 300), 128).save(out, "PNG")
    ex = extract_bytes(fb.html_pdf(f'<p>Figure</p><img style="width:400px" alt="figure" src="data:image/png;base64,{__import__("base64").b64encode(out.getvalue()).decode()}">'), "r.pdf", ocr=False)
    assert ex.problems == []


def test_tesseract_failure_fails_the_page(monkeypatch: pytest.MonkeyPatch) -> None:
    from anonymise.extract import pdf_ocr

    def broken(images: list[object]) -> list[str]:
        raise pdf_ocr.OcrFailed("Tesseract took longer than 20 s")

    monkeypatch.setattr(pdf_ocr, "ocr_images", broken)
    ex = extract_bytes(fb.scanned_pdf(), "report.pdf", ocr=True)
    assert any(p.code == "ANO912" and "took longer" in p.message for p in ex.problems)


# --------------------------------------------------------------------------- budgets

BUDGETS: list[tuple[str, Callable[[], bytes], str | None]] = [
    ("content stream bomb", lambda: fb.bomb_pdf("content"), "pdf:page=1"),
    ("attachment bomb", lambda: fb.bomb_pdf("attachment"), "pdf:attachment=notes.txt"),
    ("XMP bomb", lambda: fb.bomb_pdf("xmp"), "pdf:xmp"),
    ("more revisions than the limit", lambda: fb.many_updates_pdf(34), "pdf:revision"),
]


@pytest.mark.parametrize(("case", "build", "part"), BUDGETS, ids=[c[0] for c in BUDGETS])
def test_limits_are_enforced_while_reading(case: str, build: Callable[[], bytes], part: str | None) -> None:
    ex = extract_bytes(build(), "report.pdf", ocr=False)
    assert (part, "ANO910") in _codes(ex), _codes(ex)


def test_limits_are_module_constants_a_caller_can_lower(monkeypatch: pytest.MonkeyPatch) -> None:
    from anonymise.extract import pdf as pdf_mod

    monkeypatch.setattr(pdf_mod, "MAX_PAGES", 2)
    ex = extract_bytes(fb.simple_pdf(pages=3), "report.pdf", ocr=False)
    assert (None, "ANO910") in _codes(ex)


def test_page_reading_stops_at_its_time_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    from anonymise.extract import pdf as pdf_mod

    monkeypatch.setattr(pdf_mod, "MAX_PAGE_SECONDS", -1)
    ex = extract_bytes(fb.simple_pdf(pages=2), "report.pdf", ocr=False)
    assert ("pdf:page=1", "ANO910") in _codes(ex)
    assert not [p for p in ex.parts if p.channel == "body"]


def test_repeated_eof_markers_are_one_revision() -> None:
    ex = extract_bytes(fb.many_eof_pdf(1_000), "report.pdf", ocr=False)
    assert ex.problems == []
    assert not [p for p in ex.parts if p.channel == "earlier-revision"]


def test_incremental_updates_within_the_limit_are_compared() -> None:
    ex = extract_bytes(fb.many_updates_pdf(3), "report.pdf", ocr=False)
    assert ex.problems == []


# --------------------------------------------------------------------------- the check never passes them

KEY = "people:\n  - pseudonym: Mother\n    names: [Perpetua Quenby]\n"
HOSTILE: list[tuple[str, Callable[[], bytes]]] = [(c[0], c[1]) for c in READ] + [(c[0], c[1]) for c in PICTURES] + [(c[0], c[1]) for c in BUDGETS[:3]]


@pytest.fixture()
def run_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[int, dict, str]]:
    monkeypatch.setenv("CASEREVIEW_CACHE_DIR", str(tmp_path / "cache"))

    def run(name: str, data: bytes, *options: str, key: bool = True) -> tuple[int, dict, str]:
        path = tmp_path / name
        path.write_bytes(data)
        argv = ["check", "--fast", "--format", "json", *options, str(path)]
        if key:
            key_path = tmp_path / "secure" / "key.yaml"
            key_path.parent.mkdir(exist_ok=True)
            key_path.write_text(KEY, "utf-8")
            argv[1:1] = ["--key", str(key_path)]
        code = main(argv)
        out, err = capsys.readouterr()
        return code, (json.loads(out) if out.strip().startswith("{") else {}), out + err

    return run


@pytest.mark.parametrize(("case", "build"), HOSTILE, ids=[c[0] for c in HOSTILE])
def test_check_never_passes_a_hostile_pdf(run_check: Callable[..., tuple[int, dict, str]], case: str, build: Callable[[], bytes]) -> None:
    code, report, raw = run_check("report.pdf", build())
    assert code == 1, case
    errors = [f for f in report["findings"] if f["severity"] == "error"]
    assert any(f.get("entity_type") == "KEY_MATCH" or f["code"].startswith("ANO91") for f in errors), errors
    assert "quenby" not in raw.lower()


def test_file_name_alone_fails_the_check(run_check: Callable[..., tuple[int, dict, str]]) -> None:
    code, report, raw = run_check("cspr-final-perpetua-quenby.pdf", fb.simple_pdf(), key=False)
    assert code == 1
    assert {f["location"]["part"] for f in report["findings"] if f["severity"] == "error"} == {"filename"}
    assert "quenby" not in json.dumps([f.get("evidence") for f in report["findings"]]).lower()  # the path is shown, the evidence masked


def test_clean_file_name_passes(run_check: Callable[..., tuple[int, dict, str]]) -> None:
    code, report, _ = run_check("lcspr-child-a-final.pdf", fb.simple_pdf(), key=False)
    assert code == 0, report["findings"]


def test_ocr_flag_without_tesseract_is_a_usage_error(run_check: Callable[..., tuple[int, dict, str]], monkeypatch: pytest.MonkeyPatch) -> None:
    from anonymise.extract import pdf_ocr

    monkeypatch.setattr(pdf_ocr, "available", lambda: False)
    code, _report, raw = run_check("report.pdf", fb.simple_pdf(), "--ocr")
    assert code == 2
    assert "Tesseract" in raw and "Traceback" not in raw


@needs_ocr
def test_ocr_flag_reads_a_scan_in_the_check(run_check: Callable[..., tuple[int, dict, str]]) -> None:
    code, report, _ = run_check("report.pdf", fb.scanned_pdf(), "--ocr")
    assert code == 1
    assert any(f["location"]["part"] == "pdf:page=1#ocr" and f.get("entity_type") == "KEY_MATCH" for f in report["findings"])
