"""Experiment: would a learned second opinion on the person recognizer's names withdraw false alarms?

    python tools/person_verifier_experiment.py collect            # engine over every labelled set -> candidates
    python tools/person_verifier_experiment.py loso [--veto 0.1]  # leave one set out: what it would withdraw

Candidates are the names the person recognizer found (with their rule scores) and the capitalised runs it
considered and rejected, in every labelled set (the development corpus and tests/data/eval/*.jsonl), each set
twice: as written and with the words of its PERSON spans swapped for invented words (so the model cannot learn
the names themselves). A candidate is a name when it overlaps any annotated entity (as ``evaluate.py`` counts).

The model is a logistic regression over hashed features (numpy, L2, full-batch gradient descent), deterministic.
``loso`` trains on every set but one and reports, on the one left out, how many found names the verifier would
withdraw that are false alarms (good) and that are real names (harm) at the ``--veto`` threshold.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tools"))

import verifier_features as verifier  # noqa: E402

EVAL = REPO / "tests" / "data" / "eval"
DEV = next((p for p in (REPO.parent / "shared/corpus/dev.jsonl", Path("/work/shared/corpus/dev.jsonl"))
            if p.exists()), None)
CACHE = REPO / ".verifier-candidates.jsonl"
STRONG = 0.86  # rule scores at or above this are never withdrawn (0.9: a title, a listed name)


def sets() -> list[Path]:
    return ([DEV] if DEV else []) + sorted(EVAL.glob("*.jsonl"))


def _load(p: Path) -> list[dict]:
    return [json.loads(line) for line in p.read_text("utf-8").splitlines() if line.strip()]


def collect(paths: list[Path], out: Path) -> int:
    """Candidates of every set (as written and with invented names) -> ``out`` (JSON lines)."""
    import score_corpus

    from anonymise.engine import Engine
    from anonymise.recognizers import allow

    engine = Engine()
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for path in paths:
            records = _load(path)
            for variant in ("orig", "novel"):
                rng = random.Random(11)
                recs = records if variant == "orig" else [score_corpus._with_novel_names(r, rng) for r in records]
                results = engine.analyze_many([r["text"] for r in recs])
                for r, dets in zip(recs, results, strict=True):
                    text = r["text"]
                    gold = [(e["start"], e["end"]) for e in r["entities"]]
                    welsh = allow.is_welsh(text)
                    doc = verifier.document_words(text)
                    seen = set()
                    rows = []
                    for d in dets:
                        if d.entity_type != "PERSON":
                            continue
                        seen.add((d.start, d.end))
                        rows.append((d.start, d.end, d.score, True))
                    view, _, toks, blocked = engine._stage_one(text, None)
                    rec = engine.person_cy if welsh else engine.person
                    for i, j, k in rec.runs(view, toks, blocked):
                        s, e = toks[j].start, toks[k - 1].end
                        if any(a < e and s < b for a, b in seen):
                            continue
                        rows.append((s, e, 0.0, False))
                    for s, e, sc, found in rows:
                        label = any(a < e and s < b for a, b in gold)
                        feats = verifier.features(text, s, e, welsh=welsh, doc_lower=doc[0], doc_counts=doc[1])
                        fh.write(json.dumps({"set": path.stem, "variant": variant, "id": r["id"], "span": [s, e],
                                             "text": text[s:e], "score": sc, "found": found, "label": label,
                                             "clean": not gold, "idx": verifier.indices(feats)}) + "\n")
                        n += 1
            print(f"{path.stem}: {n} candidates so far", file=sys.stderr)
    return n


def fit(rows: list[dict], l2: float = 1e-4, steps: int = 300, lr: float = 1.0) -> tuple[np.ndarray, float]:
    """Logistic regression weights (hashed sparse features) by full-batch gradient descent with momentum."""
    rix = np.concatenate([np.full(len(r["idx"]), i) for i, r in enumerate(rows)])
    cix = np.concatenate([np.asarray(r["idx"], dtype=np.int64) for r in rows])
    y = np.array([float(r["label"]) for r in rows])
    n = len(rows)
    w = np.zeros(verifier.DIM)
    b = 0.0
    vw = np.zeros_like(w)
    vb = 0.0
    for _ in range(steps):
        z = np.bincount(rix, weights=w[cix], minlength=n) + b
        p = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
        g = p - y
        gw = np.bincount(cix, weights=g[rix], minlength=verifier.DIM) / n + l2 * w
        gb = g.mean()
        vw = 0.9 * vw + gw
        vb = 0.9 * vb + gb
        w -= lr * vw
        b -= lr * vb
    return w, b


def _prob(rows: list[dict], w: np.ndarray, b: float) -> np.ndarray:
    return np.array([1 / (1 + np.exp(-np.clip(b + w[r["idx"]].sum(), -30, 30))) for r in rows])


def loso(rows: list[dict], veto: float) -> int:
    by_set = defaultdict(list)
    for r in rows:
        by_set[r["set"]].append(r)
    tot = defaultdict(int)
    print(f"{'left out':<22}{'cands':>7}{'acc':>7}{'found':>7}{'FP':>5}{'vetoFP':>8}{'vetoTP':>8}{'FPclean':>8}{'vetoCl':>8}")
    for name in sorted(by_set):
        train = [r for r in rows if r["set"] != name]
        test = [r for r in by_set[name] if r["variant"] == "orig"]
        w, b = fit(train)
        p = _prob(test, w, b)
        acc = float(np.mean([(pi > 0.5) == r["label"] for pi, r in zip(p, test)]))
        found = [(pi, r) for pi, r in zip(p, test) if r["found"]]
        fp = sum(1 for _, r in found if not r["label"])
        weak = [(pi, r) for pi, r in found if r["score"] < STRONG and pi < veto]
        vfp = sum(1 for _, r in weak if not r["label"])
        vtp = sum(1 for _, r in weak if r["label"])
        fpc = sum(1 for _, r in found if not r["label"] and r["clean"])
        vcl = sum(1 for _, r in weak if not r["label"] and r["clean"])
        for k, v in (("found", len(found)), ("fp", fp), ("vfp", vfp), ("vtp", vtp), ("fpc", fpc), ("vcl", vcl)):
            tot[k] += v
        print(f"{name:<22}{len(test):>7}{acc:>7.3f}{len(found):>7}{fp:>5}{vfp:>8}{vtp:>8}{fpc:>8}{vcl:>8}")
        for pi, r in weak:
            print(f"    {'withdrawn FP' if not r['label'] else 'WITHDRAWN NAME'} {r['id']} {r['text']!r} p={pi:.2f} "
                  f"score={r['score']:.2f}")
    print(f"{'all':<22}{'':>7}{'':>7}{tot['found']:>7}{tot['fp']:>5}{tot['vfp']:>8}{tot['vtp']:>8}{tot['fpc']:>8}"
          f"{tot['vcl']:>8}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("command", choices=("collect", "loso"))
    ap.add_argument("--veto", type=float, default=0.1)
    ap.add_argument("--cache", type=Path, default=CACHE)
    ap.add_argument("--set", action="append", type=Path, help="labelled sets (default: dev + tests/data/eval)")
    args = ap.parse_args(argv)
    if args.command == "collect":
        n = collect(args.set or sets(), args.cache)
        print(f"{n} candidates -> {args.cache}")
        return 0
    rows = [json.loads(line) for line in args.cache.read_text("utf-8").splitlines()]
    return loso(rows, args.veto)


if __name__ == "__main__":
    raise SystemExit(main())
