"""Run the detection engine over the labelled corpus, write findings.json and score it with score.py.

    python tools/score_corpus.py [--corpus ../shared/corpus/dev.jsonl] [--out findings.json] [--fast] [--show TYPE]

``--show`` prints the misses and false alarms of one entity type (or ALL) with some context.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "dev.jsonl"


def main(argv: list[str] | None = None) -> int:
    """Score the engine on the corpus; returns score.py's exit code."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--out", type=Path, default=Path("findings.json"))
    ap.add_argument("--fast", action="store_true", help="patterns and gazetteers only, no NER")
    ap.add_argument("--show", default=None, help="print misses and false alarms of this type (or ALL)")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(REPO))
    from anonymise.engine import Engine

    records = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    engine = Engine(fast=args.fast)
    if not args.fast:
        engine.nlp  # load outside the timing  # noqa: B018
    t0 = time.perf_counter()
    results = engine.analyze_many([r["text"] for r in records])
    elapsed = time.perf_counter() - t0
    words = sum(len(r["text"].split()) for r in records)
    findings = {r["id"]: [{"start": d.start, "end": d.end, "type": d.entity_type} for d in dets]
                for r, dets in zip(records, results, strict=True)}
    args.out.write_text(json.dumps(findings, indent=1), encoding="utf-8")
    print(f"{words} words in {elapsed:.2f}s = {words / elapsed:,.0f} words/s")
    if args.show:
        _show(records, results, args.show)
    score = args.corpus.parent / "score.py"
    return subprocess.call([sys.executable, str(score), str(args.corpus), str(args.out)])


def _show(records: list[dict], results: list, kind: str) -> None:
    for rec, dets in zip(records, results, strict=True):
        text = rec["text"]
        for ent in rec["entities"]:
            if kind in ("ALL", ent["type"]) and not any(d.start < ent["end"] and ent["start"] < d.end for d in dets):
                ctx = text[max(0, ent["start"] - 50):ent["end"] + 30].replace("\n", " ")
                print(f"MISS {rec['id']} {ent['type']:<10} {ent['text']!r:<30} …{ctx}…")
        for d in dets:
            if kind in ("ALL", d.entity_type) and not any(d.start < e["end"] and e["start"] < d.end
                                                        for e in rec["entities"]):
                ctx = text[max(0, d.start - 50):d.end + 30].replace("\n", " ")
                print(f"FP   {rec['id']} {d.entity_type:<10} {d.text!r:<30} …{ctx}…")


if __name__ == "__main__":
    sys.exit(main())
