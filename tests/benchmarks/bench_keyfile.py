"""Benchmark: a large key file (≈60 KB, many aliases) through `casereview check --key`, in a child process.

    python tests/benchmarks/bench_keyfile.py [--kb 60] [--seed N] [--keep DIR]

Generates fictional key files of about ``--kb`` KB and a small review folder, then runs
`casereview check REVIEW --key KEY --fast` on each in a fresh process and prints wall time, peak RSS
(from the child's rusage) and the exit code. Shapes:

* ``many-people``: many entries, each with a few names and many aliases (a large real review);
* ``one-entry``: one person with ~80 names and ~400 aliases (refused with a budget error naming the
  entry, exit 2);
* ``settings``: many settings and addresses with long tails of generic words.

Targets (issue 9): each finishes in well under 60 s and 2 GB. Timings on a shared machine are noisy:
compare against the ``tiny`` anchor run printed first (same run, same machine).
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SYL = ["ka", "lo", "mi", "ren", "dra", "vel", "tor", "sa", "nu", "bek", "qua", "zin", "por", "mel", "ith", "gar"]


def _word(rng: random.Random, n: int = 3) -> str:
    return "".join(rng.choice(SYL) for _ in range(n)).capitalize()


def key_text(shape: str, kb: int, seed: int) -> str:
    """A fictional key file of about ``kb`` KB in the given shape."""
    rng = random.Random(seed)
    lines: list[str] = []
    size = 0
    i = 0
    if shape == "tiny":
        return "people:\n  - pseudonym: Child A\n    names: [Zorvan Quelbek]\n"
    if shape == "one-entry":
        lines = ["people:", "  - pseudonym: Child A", "    names:"]
        while size < kb * 30:  # about 80 names, then aliases: far beyond the entry budget
            lines.append(f"      - {_word(rng)} {_word(rng)}")
            size += len(lines[-1]) + 1
        lines.append("    aliases:")
        while size < kb * 1000 and len(lines) < 480:
            lines.append(f"      - {_word(rng, 2)}")
        lines.append("    titles:")
        while size < kb * 1000:
            lines.append(f"      - {_word(rng, 2)}")
            size += len(lines[-1]) + 1
        return "\n".join(lines) + "\n"
    if shape == "settings":
        lines = ["settings:"]
        while size < kb * 1000:
            i += 1
            tail = " ".join(rng.sample(["Primary", "School", "Nursery", "Day", "Academy", "Ltd", "Church", "in",
                                        "Wales", "Infant", "Junior", "Centre"], 8))
            block = [f"  - pseudonym: the setting {i}",
                     f"    names: [\"St {_word(rng)} & {_word(rng)} {tail}\", \"Ysgol Gynradd {_word(rng)} {_word(rng)}\"]",
                     f"    aliases: [\"{_word(rng)} {_word(rng)} Day Nursery\"]"]
            lines += block
            size += sum(len(b) + 1 for b in block)
        return "\n".join(lines) + "\n"
    lines = ["people:"]
    while size < kb * 1000:
        i += 1
        names = ", ".join(f"{_word(rng)} {_word(rng)} {_word(rng)}" for _ in range(2))
        aliases = ", ".join(_word(rng, 2) for _ in range(25))
        block = [f"  - pseudonym: Person {i}", f"    names: [{names}]", f"    aliases: [{aliases}]"]
        lines += block
        size += sum(len(b) + 1 for b in block)
    return "\n".join(lines) + "\n"


_CHILD = (
    "import resource, sys\n"
    "from generator.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "print('PEAK', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
    "sys.exit(code)\n"
)


def run_check(review: Path, key: Path) -> tuple[float, float, int]:
    """(seconds, peak RSS in MB, exit code) of one `casereview check --key` in a fresh child process."""
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", _CHILD, "check", str(review), "--key", str(key), "--fast",
                           "--no-cache"], capture_output=True, text=True, cwd=REPO, timeout=600)
    seconds = time.perf_counter() - t0
    peak = 0.0
    for line in proc.stderr.splitlines():
        if line.startswith("PEAK "):
            peak = int(line.split()[1]) / 1024
        elif proc.returncode == 2 and line.strip():
            print("   ", line.strip()[:160])
    return seconds, peak, proc.returncode


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kb", type=int, default=60)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--keep", type=Path, default=None, help="write the generated files here")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep or Path(tmp)
        root.mkdir(parents=True, exist_ok=True)
        review = root / "review"
        review.mkdir(exist_ok=True)
        (review / "report.md").write_text("# Report\n\nChild A was seen by Person 1 at the setting 1.\n" * 50,
                                          encoding="utf-8")
        print(f"{'shape':<12} {'size KB':>8} {'seconds':>8} {'peak MB':>8} {'exit':>5}")
        for shape in ("tiny", "many-people", "settings", "one-entry"):
            key = root / f"key-{shape}.yaml"
            key.write_text(key_text(shape, args.kb, args.seed), encoding="utf-8")
            seconds, peak, code = run_check(review, key)
            print(f"{shape:<12} {key.stat().st_size / 1000:>8.1f} {seconds:>8.2f} {peak:>8.0f} {code:>5}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
