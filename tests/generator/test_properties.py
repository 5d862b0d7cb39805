"""Property test: mutated review folders and mutated DOCX/PDF bytes never crash any command.

Every command (validate, render, build, deadlines, check, anonymise, import) runs in-process through
``generator.cli.main``; whatever the input, it exits 0, 1 or 2 and prints no "internal error" and no
traceback. Bounded (few examples, no deadline) so the suite stays fast.
"""

from __future__ import annotations

import io
import shutil
import tempfile
from contextlib import redirect_stderr, redirect_stdout
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.cli import main
from tests.conftest import SAMPLES

BASE = SAMPLES / "northern-ireland-cmr"
FILES = ["review.yaml", "executive-summary.md", "overview-report.md"]
SETTINGS = settings(max_examples=8, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# --------------------------------------------------------------------------- mutations
controls = st.text(alphabet=st.sampled_from([chr(c) for c in (*range(0, 9), 11, 12, *range(14, 32), 127,
                                                             0x85, 0x9f, 0x2028, 0xfeff, 0xfffe, 0xffff)]),
                   min_size=1, max_size=8)
nesting = st.integers(min_value=50, max_value=3000).flatmap(lambda n: st.sampled_from([
    "[" * n + "]" * n,
    "{a: " * n + "1" + "}" * n,
    "\n" + "".join("  " * i + "- x\n" for i in range(min(n, 400))),
    "\n" + "".join("  " * i + f"k{i}:\n" for i in range(min(n, 400))),
    "> " * n + "quote",
    "- " * n + "item",
]))
yaml_tricks = st.sampled_from([
    "\nloop: &a\n  <<: *a\n", "\na: &a [*a]\n", "\nx: !!python/object/apply:os.system ['true']\n",
    "\n? [a, b]\n: c\n", "\ndates: {incident: 2024-02-30, final_report: 0000-00-00}\n", "\ndates: 12\n",
    "\npeople: {}\n", "\naction_plan: [{id: A1, due: 99999-01-01}]\n", "\n\t- tab\n", "\n%YAML 9.9\n---\n",
    "\ntimescales: {action-plan: {working_days: 99999999}}\n", "\ndates: {final_report: 9999-12-31}\n",
    "\nnation: [wales]\n", "\ntype: 7\n", "\n---\n---\n", "\nbig: 1e999999\n", "\n'unterminated\n",
])
huge = st.integers(min_value=1_000, max_value=200_000).map(lambda n: "x" * n)
unicode_text = st.text(min_size=1, max_size=200)
markdown_tricks = st.sampled_from([
    "\n![](../../../../etc/passwd)\n", "\n![alt](http://169.254.169.254/x.png)\n", "\n## {#nonexistent}\n",
    "\n[^1]: note\n[^1]: again\n", "\n<script>alert(1)</script>\n", "\n| a |\n|---|\n" + "| b |\n" * 50,
    "\n## Recommendations\n" * 20, "\n---\ntitle: [\n---\n", "\n<!-- casereview: allow ANO101 -->\n",
    "\n```\n" + "code\n" * 100,
])


@st.composite
def mutation(draw) -> tuple[str, str, object]:  # type: ignore[no-untyped-def]
    """(file, kind, payload): insert text or bytes at a point, or truncate the file."""
    target = draw(st.sampled_from(FILES))
    kind = draw(st.sampled_from(["insert", "insert", "insert", "bytes", "truncate"]))
    if kind == "insert":
        payload = draw(st.one_of(controls, nesting, yaml_tricks, huge, unicode_text, markdown_tricks))
    elif kind == "bytes":
        payload = draw(st.binary(min_size=1, max_size=64))
    else:
        payload = None
    where = draw(st.floats(min_value=0, max_value=1))
    return target, kind, (payload, where)


def _apply(review: Path, mutations: list[tuple[str, str, object]]) -> None:
    for target, kind, (payload, where) in mutations:  # type: ignore[misc]
        path = review / target
        data = path.read_bytes()
        cut = int(len(data) * where)
        if kind == "insert":
            data = data[:cut] + str(payload).encode("utf-8", "surrogatepass") + data[cut:]
        elif kind == "bytes":
            data = data[:cut] + bytes(payload) + data[cut:]  # type: ignore[arg-type]
        else:
            data = data[:cut]
        path.write_bytes(data)


def _cli(*argv: object) -> int:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main([str(a) for a in argv])
    text = err.getvalue() + out.getvalue()
    assert code in (0, 1, 2), (code, text[-2000:])
    assert "internal error" not in text and "Traceback" not in text, text[-2000:]
    return code


@pytest.fixture(autouse=True)
def _cache(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("CASEREVIEW_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "prop-cache"))


def _review(tmp: Path, mutations: list) -> Path:  # type: ignore[type-arg]
    review = tmp / "review"
    shutil.copytree(BASE, review)
    _apply(review, mutations)
    return review


COMMANDS = {
    "validate": lambda r, t: ("validate", r, "--format", "json"),
    "render": lambda r, t: ("render", r, "--out", t / "out", "--to", "html"),
    "deadlines": lambda r, t: ("deadlines", r, "--format", "ics", "-o", t / "d.ics"),
    "check": lambda r, t: ("check", r, "--fast", "--no-cache"),
    "anonymise": lambda r, t: ("anonymise", r, "--key", r / "key.yaml", "--out", t / "anon"),
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
@SETTINGS
@given(mutations=st.lists(mutation(), min_size=1, max_size=3))
def test_no_mutated_review_crashes_a_command(command, mutations) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        review = _review(Path(tmp), mutations)
        _cli(*COMMANDS[command](review, Path(tmp)))


@pytest.mark.slow
@settings(SETTINGS, max_examples=5)
@given(mutations=st.lists(mutation(), min_size=1, max_size=2))
def test_no_mutated_review_crashes_build(mutations) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        review = _review(Path(tmp), mutations)
        out = Path(tmp) / "out"
        code = _cli("build", review, "--out", out, "--to", "docx")
        if code != 0:
            assert not out.exists()
        assert [p.name for p in Path(tmp).iterdir() if p.name.startswith(".")] == []


# --------------------------------------------------------------------------- DOCX / PDF bytes
@cache
def _documents() -> dict[str, bytes]:
    import weasyprint
    from docx import Document

    buf = io.BytesIO()
    doc = Document()
    doc.add_heading("Introduction", 1)
    doc.add_paragraph("The review considered how agencies worked together.")
    doc.core_properties.author = "A Reviewer"
    doc.save(buf)
    pdf = weasyprint.HTML(string="<html lang='en'><h1>Report</h1><p>Agencies met weekly.</p></html>").write_pdf()
    return {"docx": buf.getvalue(), "pdf": pdf}


@st.composite
def mangled(draw) -> tuple[str, bytes]:  # type: ignore[no-untyped-def]
    kind = draw(st.sampled_from(["docx", "pdf"]))
    data = bytearray(_documents()[kind])
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        op = draw(st.sampled_from(["flip", "truncate", "insert", "zero"]))
        at = draw(st.integers(min_value=0, max_value=max(0, len(data) - 1)))
        if op == "flip" and data:
            data[at] ^= draw(st.integers(min_value=1, max_value=255))
        elif op == "truncate":
            del data[at:]
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=256))
        else:
            data[at:at + 64] = bytes(min(64, len(data) - at))
    return kind, bytes(data)


@pytest.mark.parametrize("command", ["check", "import"])
@SETTINGS
@given(doc=mangled())
def test_no_mutated_docx_or_pdf_crashes_check_or_import(command, doc) -> None:
    kind, data = doc
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"draft.{kind}"
        path.write_bytes(data)
        if command == "check":
            _cli("check", path, "--fast", "--no-cache")
        else:
            _cli("import", path, "--nation", "england", "--type", "lcspr", "--out", Path(tmp) / "imported")
