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
        code = main(["build", str(DRAFT), "--key", str(DRAFT / "key.yaml"), "--out", str(out)])
    return code, out, buf.getvalue()


def test_build_of_a_draft_with_its_key_succeeds(built) -> None:
    code, out, report = built
    assert code == 0, report
    names = sorted(p.name for p in out.iterdir())
    assert names == ["build-manifest.json", "report.docx", "report.html", "report.pdf"]


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
        assert raw not in (out / "report.html").read_text("utf-8")


def test_manifest_records_inputs_versions_and_passed_checks(built) -> None:
    _, out, _ = built
    manifest = json.loads((out / "build-manifest.json").read_text("utf-8"))
    assert manifest["passed"] is True
    steps = {s["step"]: s for s in manifest["steps"]}
    assert set(steps) == {"validate", "anonymise", "check-sources", "render", "check-rendered"}
    assert all(s.get("passed", True) for s in steps.values())
    assert "report.md" in manifest["inputs"] and "key.yaml" not in manifest["inputs"]
    assert {"casereview", "spacy", "presidio-analyzer"} <= set(manifest["tools"])
    assert set(manifest["outputs"]) == {"report.docx", "report.html", "report.pdf"}
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


def test_a_failed_build_leaves_earlier_output_untouched(tmp_path, capsys) -> None:
    review = tmp_path / "draft"
    shutil.copytree(DRAFT, review)
    out = tmp_path / "out"
    out.mkdir()
    (out / "report.pdf").write_bytes(b"previous good build")
    (review / "report.md").write_text(
        (review / "report.md").read_text("utf-8") + "\nCall the unit on 07700 900123.\n", "utf-8"
    )
    code = main(["build", str(review), "--key", str(review / "key.yaml"), "--out", str(out)])
    capsys.readouterr()
    assert code == 1
    assert (out / "report.pdf").read_bytes() == b"previous good build"
    assert sorted(p.name for p in out.iterdir()) == ["report.pdf"]


CLEAN_SAMPLES = sorted(
    p for p in SAMPLES.iterdir() if (p / "review.yaml").is_file() and not p.name.endswith("-draft")
)


@pytest.mark.parametrize("sample", CLEAN_SAMPLES, ids=lambda p: p.name)
def test_every_sample_builds_its_public_edition(sample: Path, tmp_path, capsys) -> None:
    out = tmp_path / "out"
    code = main(["build", str(sample), "--out", str(out)])
    report, err = capsys.readouterr()
    assert code == 0, report + err
    manifest = json.loads((out / "build-manifest.json").read_text("utf-8"))
    assert manifest["passed"] and manifest["outputs"]
    assert all(name.endswith((".docx", ".pdf", ".html")) for name in manifest["outputs"])
