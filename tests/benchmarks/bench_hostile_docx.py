"""Benchmark: hostile Word/OpenDocument files through `casereview check` and `import`, each in a subprocess.

Run:  python tests/benchmarks/bench_hostile_docx.py     (prints each case's seconds and peak RSS, then
the worst; target: every case under 60 s and 2 GB, and none exits 0 or with an internal error)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.anonymise.fixtures_builders import (  # noqa: E402
    NAME,
    base_docx,
    in_body,
    lying_zip_bomb,
    odt,
    para,
    paragraph_bomb,
    rezip,
    run,
    zip_bomb,
    zipcrypto_flagged,
)


def cases() -> dict[str, bytes]:
    """name (with suffix) -> file bytes."""
    return {
        "paragraph-bomb.docx": paragraph_bomb(400_000),
        "paragraph-bomb-text.docx": paragraph_bomb(1_000_000, "x"),
        "just-under-budget.docx": paragraph_bomb(49_000, "Seen at home."),
        "run-bomb.docx": rezip(base_docx(), {"word/document.xml": in_body(para("<w:r/>" * 3_000_000))}),
        "nesting.docx": rezip(base_docx(), {"word/document.xml": in_body("<w:sdt><w:sdtContent>" * 250 + "</w:sdtContent></w:sdt>" * 250)}),
        "lying-header.docx": lying_zip_bomb(),
        "zip-bomb.docx": zip_bomb(),
        "zipcrypto.docx": zipcrypto_flagged(base_docx()),
        "content-control.docx": rezip(base_docx(), {"word/document.xml": in_body(f'<w:sdt><w:sdtPr><w:alias w:val="{NAME}"/></w:sdtPr><w:sdtContent>{para(run("Child A"))}</w:sdtContent></w:sdt>')}),
        "paragraph-bomb.odt": odt(body="<text:p/>" * 400_000),
        "name-and-nhs.odt": odt(body=f"<text:p>{NAME} (NHS 943 476 5919)</text:p>"),
    }


def measure(argv: list[str]) -> tuple[float, float, int, str]:
    """(seconds, peak RSS in MiB, exit code, last line of stderr) of one subprocess."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert proc.stderr is not None
    err = proc.stderr.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    proc.returncode = code
    return seconds, usage.ru_maxrss / 1024, code, (err.strip().splitlines() or [""])[-1][:100]


def main() -> int:
    env_ok = True
    worst_s = worst_mb = 0.0
    exe = [sys.executable, "-m", "generator"]
    with tempfile.TemporaryDirectory() as tmp:
        for name, data in cases().items():
            path = Path(tmp) / name
            path.write_bytes(data)
            runs = [("check", exe + ["check", "--no-cache", str(path)])]
            if name.endswith(".docx"):
                runs.append(("import", exe + ["import", str(path), "--nation", "england", "--type", "lcspr", "--out", str(Path(tmp) / f"out-{name}")]))
            for label, argv in runs:
                seconds, mb, code, last = measure(argv)
                worst_s, worst_mb = max(worst_s, seconds), max(worst_mb, mb)
                clean = name.startswith("just-under-budget")  # a big but harmless file: it may pass
                bad = code == 0 and label == "check" and not clean or "internal error" in last.lower() or seconds > 60 or mb > 2048
                env_ok &= not bad
                print(f"{'FAIL' if bad else 'ok  '} {label:6} {name:28} {len(data) / 1024:8.0f} KB  {seconds:6.2f} s  {mb:7.0f} MiB  exit {code}  {last}")
    print(f"worst: {worst_s:.2f} s, {worst_mb:.0f} MiB peak RSS (targets: < 60 s, < 2048 MiB)")
    return 0 if env_ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
