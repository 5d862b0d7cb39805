"""`casereview build`: draft + key → public DOCX/PDF/HTML with no key identifier anywhere; all or nothing."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from anonymise.extract import extract
from anonymise.keyfile import load_key
from anonymise.keymatch import KeyMatcher
from generator.cli import main
from tests.conftest import SAMPLES
from tests.generator.test_build_gate import html_checkable

DRAFT = SAMPLES / "england-lcspr-draft"
pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True)
def _cache(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("CASEREVIEW_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "build-cache"))


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[int, Path, str]:
    out = tmp_path_factory.mktemp("build") / "public"
    import io
    from contextlib import redirect_stderr, redirect_stdout

    buf = io.StringIO()
    with redirect_stdout(buf), redirect_stderr(io.StringIO()):
        code = main(["build", str(DRAFT), "--key", str(DRAFT / "key.yaml"), "--out", str(out), "--to", FORMATS])
    return code, out, buf.getvalue()


FORMATS = "docx,pdf,html" if html_checkable() else "docx,pdf"  # HTML fails closed until check reads it


def test_build_of_a_draft_with_its_key_succeeds(built) -> None:
    code, out, report = built
    assert code == 0, report
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(["build-manifest.json"] + [f"report.{f}" for f in FORMATS.split(",")])


def test_no_key_identifier_or_variant_survives_in_any_part(built) -> None:
    _, out, _ = built
    key = load_key(DRAFT / "key.yaml")
    matcher = KeyMatcher(key)
    for path in sorted(out.iterdir()):
        if path.suffix in (".docx", ".pdf"):
            ex = extract(path)
            assert ex.problems == []
            for part in ex.parts:
                hits = matcher.find(part.text)
                assert hits == [], (path.name, part.part, [h.key_kind for h in hits])
        else:
            assert matcher.find(path.read_text("utf-8")) == [], path.name
    # and byte-level, in every DOCX part (XML, rels, props)
    with zipfile.ZipFile(out / "report.docx") as zf:
        blob = b"".join(zf.read(n) for n in zf.namelist()).decode("utf-8", "ignore")
    for raw in ("Okafor", "Jayden", "Elm Close", "DL3 9QZ", "485 777 3120", "Little Acorns", "Whitlock"):
        assert raw not in blob
        if (out / "report.html").exists():
            assert raw not in (out / "report.html").read_text("utf-8")


def test_manifest_records_inputs_versions_and_passed_checks(built) -> None:
    _, out, _ = built
    manifest = json.loads((out / "build-manifest.json").read_text("utf-8"))
    assert manifest["passed"] is True
    steps = {s["step"]: s for s in manifest["steps"]}
    assert set(steps) == {"validate", "branding", "anonymise", "check-sources", "render", "check-rendered"}
    assert all(s.get("passed", True) for s in steps.values())
    assert "report.md" in manifest["inputs"] and "key.yaml" not in manifest["inputs"]
    assert {"casereview", "spacy", "presidio-analyzer"} <= set(manifest["tools"])
    assert set(manifest["outputs"]) == {f"report.{f}" for f in FORMATS.split(",")}
    assert "Okafor" not in json.dumps(manifest)


def test_a_leak_the_key_does_not_cover_stops_the_build_and_writes_nothing(tmp_path, capsys) -> None:
    review = tmp_path / "draft"
    shutil.copytree(DRAFT, review)
    report = review / "report.md"
    lines = report.read_text("utf-8").splitlines()
    lines.insert(12, "")
    lines.insert(13, "Child A's sibling attended Meadowbank Primary School until the summer.")
    report.write_text("\n".join(lines) + "\n", "utf-8")
    out = tmp_path / "out"
    code = main(["build", str(review), "--key", str(review / "key.yaml"), "--out", str(out)])
    text, _ = capsys.readouterr()
    assert code == 1
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".casereview-build-")]
    assert "report.md:14:" in text and "ANO105" in text
    assert "Meadowbank" not in text


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_a_failed_build_leaves_earlier_output_untouched(built, tmp_path, capsys) -> None:
    _, previous, _ = built
    review = tmp_path / "draft"
    shutil.copytree(DRAFT, review)
    out = tmp_path / "out"
    shutil.copytree(previous, out)
    before = _tree(out)
    (review / "report.md").write_text(
        (review / "report.md").read_text("utf-8") + "\nCall the unit on 07700 900123.\n", "utf-8"
    )
    code = main(["build", str(review), "--key", str(review / "key.yaml"), "--out", str(out), "--to", FORMATS])
    capsys.readouterr()
    assert code == 1
    assert _tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft", "out"]


def test_a_rebuild_leaves_exactly_the_files_of_the_new_manifest(tmp_path, capsys) -> None:
    sample = SAMPLES / "northern-ireland-cmr"
    out = tmp_path / "out"
    assert main(["build", str(sample), "--out", str(out), "--to", "docx,pdf"]) == 0
    assert {p.name for p in out.iterdir()} == {"build-manifest.json", "executive-summary.docx",
                                               "executive-summary.pdf"}
    assert main(["build", str(sample), "--out", str(out), "--to", "pdf"]) == 0
    capsys.readouterr()
    manifest = json.loads((out / "build-manifest.json").read_text("utf-8"))
    assert {p.name for p in out.iterdir()} == set(manifest["outputs"]) | {"build-manifest.json"}
    assert set(manifest["outputs"]) == {"executive-summary.pdf"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


@pytest.mark.parametrize(
    "setup",
    ["foreign-folder", "unlisted-file", "a-file", "the-review-parent"],
)
def test_an_out_folder_that_is_not_ours_is_refused_untouched(setup: str, tmp_path, capsys) -> None:
    review = tmp_path / "parent" / "review"
    shutil.copytree(SAMPLES / "northern-ireland-cmr", review)
    out = tmp_path / "out"
    if setup == "foreign-folder":
        out.mkdir()
        (out / "thesis.docx").write_bytes(b"my own work")
    elif setup == "unlisted-file":
        out.mkdir()
        (out / "build-manifest.json").write_text(json.dumps({"tool": "casereview build", "manifest_version": 2,
                                                            "outputs": {"a.pdf": {}}}), "utf-8")
        (out / "a.pdf").write_bytes(b"old")
        (out / "notes.txt").write_text("mine", "utf-8")
    elif setup == "a-file":
        out.write_text("a file", "utf-8")
    else:
        out = tmp_path / "parent"
    before = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*"))
    code = main(["build", str(review), "--out", str(out), "--to", "pdf"])
    _, err = capsys.readouterr()
    assert code == 2, err
    assert "--out" in err
    assert sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*")) == before


def test_with_a_key_the_boards_branding_is_kept_and_recorded(tmp_path, capsys) -> None:
    from docx import Document

    review = tmp_path / "draft"
    shutil.copytree(DRAFT, review)
    ref = Document()
    ref.styles["Normal"].font.name = "Brand Sans Test"
    buf = __import__("io").BytesIO()
    ref.save(buf)
    (review / "assets" / "reference.docx").write_bytes(buf.getvalue())
    (review / "assets" / "theme.css").write_text("h1 { color: #00594f }\n", "utf-8")
    out = tmp_path / "out"
    code = main(["build", str(review), "--key", str(review / "key.yaml"), "--out", str(out), "--to", "docx,pdf"])
    report, _ = capsys.readouterr()
    assert code == 0, report
    manifest = json.loads((out / "build-manifest.json").read_text("utf-8"))
    assert manifest["branding"]["reference.docx"]["source"] == "assets/reference.docx"
    assert manifest["branding"]["theme.css"]["source"] == "assets/theme.css"
    with zipfile.ZipFile(out / "report.docx") as zf:
        assert b"Brand Sans Test" in zf.read("word/styles.xml")
    from anonymise.extract import extract as _extract

    assert _extract(out / "report.pdf").parts  # rendered with the theme (a theme colour is not text)


CLEAN_SAMPLES = sorted(
    p for p in SAMPLES.iterdir() if (p / "review.yaml").is_file() and not p.name.endswith("-draft")
)


@pytest.mark.parametrize("sample", CLEAN_SAMPLES, ids=lambda p: p.name)
def test_every_sample_builds_and_checks_every_file_it_writes(sample: Path, tmp_path, capsys) -> None:
    out = tmp_path / "out"
    code = main(["build", str(sample), "--out", str(out), "--to", FORMATS])
    report, err = capsys.readouterr()
    assert code == 0, report + err
    manifest = json.loads((out / "build-manifest.json").read_text("utf-8"))
    written = sorted(p.name for p in out.iterdir() if p.name != "build-manifest.json")
    assert manifest["passed"] and manifest["outputs"]
    assert manifest["files_written"] == len(written) == len(manifest["outputs"])
    assert sorted(manifest["outputs"]) == written
    step = next(s for s in manifest["steps"] if s["step"] == "check-rendered")
    assert step["files"] == step["passed_files"] == len(written)
    import hashlib

    for name, entry in manifest["outputs"].items():
        assert entry["check"] == {"step": "check-rendered", "inspected": True, "findings": entry["check"]["findings"],
                                  "passed": True}
        assert entry["sha256"] == hashlib.sha256((out / name).read_bytes()).hexdigest()
