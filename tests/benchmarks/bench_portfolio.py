"""Benchmark: `casereview portfolio` over many review folders and `casereview themes` over published PDFs.

    python tests/benchmarks/bench_portfolio.py [--reviews 500] [--pdfs 100] [--jobs 1,2]

Generates ``--reviews`` review folders (the bundled samples, copied with their titles and dates varied)
and ``--pdfs`` published PDFs (each sample's public edition rendered once, then copied with a
different trailing comment so no file is byte-identical), then times, in this one run:
  - `casereview portfolio` over all folders, with each --jobs value, themes included, no cache;
  - a re-run served from the theme cache;
  - `casereview themes` over the PDFs with each --jobs value, no cache.
Prints files/s and what a national year of about 500 published reports would take. Speed targets
are read from this output, never asserted in the test suite.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def make_reviews(root: Path, n: int) -> list[Path]:
    samples = sorted(p for p in (REPO / "samples").iterdir() if (p / "review.yaml").is_file())
    out = []
    for i in range(n):
        src = samples[i % len(samples)]
        dst = root / f"review-{i:04d}"
        shutil.copytree(src, dst, ignore=shutil.ignore_patterns("key.yaml"))
        text = (dst / "review.yaml").read_text(encoding="utf-8")
        text = re.sub(r"^(title: .*?)(\"?)$", lambda m: f"{m.group(1)} ({i}){m.group(2)}", text, count=1, flags=re.M)
        year = 2023 + i % 3
        text = re.sub(r"\b2025-", f"{year}-", text)
        (dst / "review.yaml").write_text(text, encoding="utf-8")
        out.append(dst)
    return out


def make_pdfs(root: Path, n: int) -> list[Path]:
    rendered = root / "_rendered"
    samples = sorted(p for p in (REPO / "samples").iterdir() if (p / "review.yaml").is_file() and "draft" not in p.name)
    sources = []
    for s in samples:
        out = rendered / s.name
        subprocess.run([sys.executable, "-m", "generator", "render", str(s), "--out", str(out), "--edition", "public",
                        "--to", "pdf"], check=True, capture_output=True)
        sources += sorted(out.glob("*.pdf"))
    pdfs = []
    for i in range(n):
        src = sources[i % len(sources)]
        dst = root / f"report-{i:04d}.pdf"
        dst.write_bytes(src.read_bytes() + f"\n% copy {i}\n".encode())
        pdfs.append(dst)
    return pdfs


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, env=env)
    took = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[:4])} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return took


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reviews", type=int, default=500)
    ap.add_argument("--pdfs", type=int, default=100)
    ap.add_argument("--jobs", default="1,2")
    args = ap.parse_args(argv)
    jobs = [int(j) for j in args.jobs.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        env = {**os.environ, "CASEREVIEW_CACHE_DIR": str(root / "cache"), "PYTHONPATH": str(REPO)}
        t = time.perf_counter()
        make_reviews(root / "reviews", args.reviews)
        pdfs = make_pdfs(root / "pdfs", args.pdfs)
        print(f"generated {args.reviews} review folders and {len(pdfs)} PDFs in {time.perf_counter() - t:.1f}s "
              f"({os.cpu_count()} cores)")
        cli = [sys.executable, "-m", "generator"]
        base = None
        for j in jobs:
            took = timed(cli + ["portfolio", str(root / "reviews"), "--out", str(root / f"out-{j}"), "--jobs", str(j),
                                "--no-cache", "--today", "2026-12-04"], env)
            base = base or took
            print(f"portfolio, {args.reviews} reviews, --jobs {j}: {took:.1f}s = {args.reviews / took:.1f} reviews/s "
                  f"(x{base / took:.2f} of --jobs {jobs[0]})")
        warm = timed(cli + ["portfolio", str(root / "reviews"), "--out", str(root / "out-warm"), "--jobs", str(jobs[-1]),
                            "--today", "2026-12-04"], env)
        timed(cli + ["portfolio", str(root / "reviews"), "--out", str(root / "out-warm2"), "--jobs", str(jobs[-1]),
                     "--today", "2026-12-04"], env)  # the first warm run filled the cache
        cached = timed(cli + ["portfolio", str(root / "reviews"), "--out", str(root / "out-warm3"), "--jobs", str(jobs[-1]),
                              "--today", "2026-12-04"], env)
        print(f"portfolio, {args.reviews} reviews, theme cache filled: {cached:.1f}s = {args.reviews / cached:.1f} reviews/s"
              f" (first cached-mode run {warm:.1f}s)")
        pbase = None
        for j in jobs:
            took = timed(cli + ["themes", *map(str, pdfs), "--format", "json", "-o", str(root / f"t-{j}.json"),
                                "--jobs", str(j), "--no-cache"], env)
            pbase = pbase or took
            rate = len(pdfs) / took
            print(f"themes, {len(pdfs)} published PDFs, --jobs {j}: {took:.1f}s = {rate:.2f} PDFs/s "
                  f"(x{pbase / took:.2f}); a national year of 500 reports: about {500 / rate / 60:.1f} min")
    return 0


if __name__ == "__main__":
    sys.exit(main())
