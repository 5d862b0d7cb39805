"""Benchmark: a generated 60-page review (~22,000 words, 30-row action plan, 3 images) -> DOCX + PDF.

Run:  python tests/benchmarks/bench_render.py        (prints seconds and peak memory; target <= 5 s)
"""

from __future__ import annotations

import random
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.generator.render.conftest import png_bytes, write_review  # noqa: E402

SECTIONS = [
    ("child-perspective", "Child A's perspective and the family context"),
    ("scope-and-method", "Scope, terms of reference and method"),
    ("circumstances", "Key circumstances, background and context"),
    ("professional-decisions", "Why professionals made the decisions they did"),
    ("analysis", "Why events occurred as they did"),
    ("multi-agency-working", "How agencies worked together"),
    ("practice-features", "Are these features of practice in general?"),
    ("doing-differently", "What needs to be done differently"),
    ("learning", "Learning from this review"),
    ("recommendations", "Recommendations"),
]
WORDS = (
    "the health visitor saw Child A at home and recorded that Mother seemed low in mood while the "
    "nursery noticed changes in Child B and the police shared a domestic abuse notification with the "
    "front door where the screening decision relied on a summary field so that practitioners in "
    "different agencies held parts of the picture but no one brought them together in time"
).split()


def generated_review(root: Path, words: int = 22_000) -> Path:
    """A fictional England LCSPR with ~``words`` words of narrative, 30 actions and 3 images."""
    rng = random.Random(20240630)
    per_section = words // len(SECTIONS)
    parts = ["# Local child safeguarding practice review: Child A\n"]
    for n, (sid, title) in enumerate(SECTIONS):
        parts.append(f"\n## {title} {{#{sid}}}\n")
        written = 0
        while written < per_section:
            length = rng.randint(60, 140)
            start = rng.randrange(len(WORDS))
            text = " ".join(WORDS[(start + i) % len(WORDS)] for i in range(length))
            parts.append(f"\n{text[0].upper()}{text[1:]}.\n")
            written += length
            if rng.random() < 0.08:
                parts.append("\n- a point drawn from the chronology\n- another point for the panel\n")
        if n < 3:
            parts.append(f"\n![Diagram {n + 1}: the family network and the agencies involved](assets/figure{n + 1}.png)\n")
    actions = "\n".join(
        f"  - {{id: A{i}, recommendation: R{1 + i % 5}, action: \"Action {i}: review the protocol and "
        f"train staff on bruising in non-mobile babies\", owner: \"Agency {i % 6}\", due: 2025-{1 + i % 12:02d}-28, "
        f"status: {('not-started', 'in-progress', 'complete')[i % 3]}}}"
        for i in range(1, 31)
    )
    review_yaml = (
        "nation: england\ntype: lcspr\ntitle: \"Local child safeguarding practice review: Child A\"\n"
        "board: \"Benchtown Safeguarding Children Partnership\"\nclassification: OFFICIAL-SENSITIVE\n"
        "status: draft\nlanguage: en\nchild: {pseudonym: Child A}\n"
        "reviewers: [{name: \"Dr Bench Reviewer\", role: \"Independent lead reviewer\"}]\n"
        "dates: {incident: 2024-01-15, decision: 2024-02-01, final_report: 2024-06-30}\n"
        f"action_plan:\n{actions}\n"
    )
    files: dict[str, str | bytes] = {"review.yaml": review_yaml, "report.md": "".join(parts)}
    for i in range(1, 4):
        files[f"assets/figure{i}.png"] = png_bytes(600, 300, 60 * i)
    return write_review(root, files)


def main() -> int:
    from generator.loader import load_review
    from generator.render import render_review

    import pypdf
    import io

    with tempfile.TemporaryDirectory() as tmp:
        root = generated_review(Path(tmp) / "bench")
        words = len((root / "report.md").read_text().split())
        review, findings = load_review(root)
        assert review is not None, findings
        render_review(review, to=("docx", "pdf"), edition="draft")  # warm-up: imports, font config
        start = time.perf_counter()
        result = render_review(review, to=("docx", "pdf"), edition="draft")
        seconds = time.perf_counter() - start
        timings = {}
        for fmt in ("docx", "pdf"):
            t0 = time.perf_counter()
            render_review(review, to=(fmt,), edition="draft")
            timings[fmt] = time.perf_counter() - t0
        # Python-level peak memory (tracemalloc slows the run ~10x, so it is measured separately)
        tracemalloc.start()
        render_review(review, to=("docx", "pdf"), edition="draft")
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        pdf = next(o.data for o in result.outputs if o.name.endswith(".pdf"))
        pages = len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"words={words} pdf_pages={pages} action_rows=30 images=3")
    print(f"docx+pdf seconds={seconds:.2f} (docx {timings['docx']:.2f}, pdf {timings['pdf']:.2f}) target<=5.00")
    print(f"peak traced memory={peak / 2**20:.1f} MiB; max RSS={rss:.0f} MiB")
    return 0 if seconds <= 5 else 1


if __name__ == "__main__":
    raise SystemExit(main())
