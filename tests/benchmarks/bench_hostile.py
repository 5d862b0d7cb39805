"""Benchmark: every hostile input finishes in under 60 s and 2 GB, and never passes the check.

Run:  python tests/benchmarks/bench_hostile.py [NAME-SUBSTRING ...]

Each case is built into a temporary folder, then its command runs in its own process; the wall time
and that process's peak RSS (``os.wait4``) are printed, then the worst of each. A case passes when it
finishes within the limits and its exit code is one it allows (by default 1: findings, or 2: refused).
Other engineers: append ``Case(name, builder, command)`` rows to CASES; ``builder(folder)`` returns
the path to check and ``command`` is the casereview argument list with ``{path}`` for that path.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.anonymise import fixtures_builders as fb  # noqa: E402

logging.getLogger("pypdf").setLevel(logging.ERROR)

LIMIT_SECONDS = 60.0
LIMIT_RSS_MB = 2048.0
CHECK = ["check", "--no-cache", "--format", "json", "{path}"]


@dataclass
class Case:
    """A hostile input and the command that must survive it."""

    name: str
    builder: Callable[[Path], Path]
    command: list[str] = field(default_factory=lambda: list(CHECK))
    allowed: tuple[int, ...] = (1, 2)  # exit codes that mean "found it" or "refused it"


def _pdf(make: Callable[[], bytes], name: str = "report.pdf") -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(make())
        return path

    return build


GB = 1024**3
CASES: list[Case] = [
    # PDF (issue 9): 1.3 MB files that inflate to ~1.3 GB, a small file with 1,000 %%EOF markers
    Case("pdf content-stream bomb", _pdf(lambda: fb.bomb_pdf("content", int(1.3 * GB)))),
    Case("pdf attachment bomb", _pdf(lambda: fb.bomb_pdf("attachment", int(1.3 * GB)))),
    Case("pdf XMP bomb", _pdf(lambda: fb.bomb_pdf("xmp", int(1.3 * GB)))),
    Case("pdf 1,000 %%EOF markers", _pdf(lambda: fb.many_eof_pdf(1_000, f"{fb.NAME} lives at {fb.ADDRESS}"))),
    Case("pdf 40 incremental updates", _pdf(lambda: fb.many_updates_pdf(40))),
    Case("pdf page of a million shapes", _pdf(fb.many_objects_pdf)),
    Case("pdf font without ToUnicode", _pdf(fb.no_tounicode_pdf)),
    Case("pdf scanned page", _pdf(fb.scanned_pdf)),
    Case("pdf tiling pattern text", _pdf(fb.tiling_pattern_pdf)),
    Case("pdf object no xref lists", _pdf(fb.unlisted_object_pdf)),
    Case("pdf revision without %%EOF", _pdf(fb.revision_without_eof_pdf)),
    Case("pdf JavaScript and Launch", _pdf(lambda: fb.script_pdf("launch"))),
    Case("pdf name in the file name", _pdf(fb.simple_pdf, "cspr-final-perpetua-quenby.pdf")),
]


def run_case(case: Case, folder: Path) -> tuple[float, float, int]:
    """(seconds, peak RSS in MB, exit code) of the case's command in a fresh process."""
    path = case.builder(folder)
    argv = [sys.executable, "-c", "import sys; from generator.cli import main; sys.exit(main(sys.argv[1:]))"]
    argv += [str(path) if part == "{path}" else part for part in case.command]
    env = dict(os.environ, PYTHONPATH=str(REPO), CASEREVIEW_CACHE_DIR=str(folder / "cache"))
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=folder)
    deadline = start + LIMIT_SECONDS * 2
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            proc.kill()
            pid, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.02)
    seconds = time.perf_counter() - start
    return seconds, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def main(argv: list[str]) -> int:
    chosen = [c for c in CASES if not argv or any(a.lower() in c.name.lower() for a in argv)]
    worst_time = worst_rss = 0.0
    failed = 0
    for case in chosen:
        with tempfile.TemporaryDirectory(prefix="casereview-hostile-") as tmp:
            seconds, rss, code = run_case(case, Path(tmp))
        ok = seconds <= LIMIT_SECONDS and rss <= LIMIT_RSS_MB and code in case.allowed
        failed += not ok
        worst_time, worst_rss = max(worst_time, seconds), max(worst_rss, rss)
        print(f"{'ok  ' if ok else 'FAIL'} {case.name:34} {seconds:6.2f} s {rss:7.0f} MB  exit {code}")
    print(f"worst time {worst_time:.2f} s (limit {LIMIT_SECONDS:.0f}), worst peak RSS {worst_rss:.0f} MB (limit {LIMIT_RSS_MB:.0f}); {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
