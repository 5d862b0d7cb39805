"""Score learning-theme tagging against a labelled set of review excerpts.

    python tools/score_themes.py [--set tests/data/themes/labelled.jsonl[:odd|:even]]... [--split odd|even]
                                 [--show THEME] [--json] [--rules]

The set is JSON Lines, one excerpt a line: {"id": ..., "text": ..., "themes": [theme ids a reader
would assign]}. Each excerpt is tagged as one document (paragraphs split at blank lines); a theme
counts as found when the matcher assigns it. Prints precision and recall per theme and overall
(micro-averaged over excerpt-theme pairs). ``--show THEME`` lists that theme's misses and false
alarms with the words that triggered them.

``--set`` may be given more than once; the sets are scored together (and each alone, one line a set).
A set named ``PATH:odd`` or ``PATH:even`` keeps only its odd- or even-numbered excerpts, so one can
tune on one set plus half of another and keep the other half unseen:

    python tools/score_themes.py --set tests/data/themes/labelled.jsonl --set tests/data/themes/labelled-2.jsonl:odd
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

DEFAULT_SET = REPO / "tests" / "data" / "themes" / "labelled.jsonl"


def score(rows: list[dict], predicted: dict[str, set[str]], theme_ids: list[str]) -> dict:
    table = {}
    tp_all = fp_all = fn_all = 0
    for tid in theme_ids:
        tp = sum(1 for r in rows if tid in r["themes"] and tid in predicted[r["id"]])
        fp = sum(1 for r in rows if tid not in r["themes"] and tid in predicted[r["id"]])
        fn = sum(1 for r in rows if tid in r["themes"] and tid not in predicted[r["id"]])
        tp_all, fp_all, fn_all = tp_all + tp, fp_all + fp, fn_all + fn
        table[tid] = {"gold": tp + fn, "found": tp + fp, "tp": tp,
                      "precision": tp / (tp + fp) if tp + fp else None, "recall": tp / (tp + fn) if tp + fn else None}
    overall = {"precision": tp_all / (tp_all + fp_all) if tp_all + fp_all else 0.0,
               "recall": tp_all / (tp_all + fn_all) if tp_all + fn_all else 0.0, "tp": tp_all, "fp": fp_all, "fn": fn_all}
    return {"themes": table, "overall": overall, "excerpts": len(rows)}


def load_set(spec: str, split: str = "all") -> tuple[str, list[dict]]:
    """The excerpts of ``PATH`` or ``PATH:odd``/``PATH:even`` (the suffix wins over ``split``)."""
    path, _, half = spec.rpartition(":") if spec.endswith((":odd", ":even")) else (spec, "", split)
    rows = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    if half != "all":
        parity = 1 if half == "odd" else 0
        rows = [r for r in rows if int("".join(ch for ch in r["id"] if ch.isdigit()) or 0) % 2 == parity]
    return path if half == "all" else f"{path} ({half} half)", rows


def main(argv: list[str] | None = None) -> int:
    from generator.themes import Passage, get_matcher, split_passages, taxonomy

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", action="append", default=None, metavar="PATH[:odd|:even]",
                    help="a labelled set (repeatable); default tests/data/themes/labelled.jsonl")
    ap.add_argument("--show", default=None)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--rules", action="store_true", help="the rules alone, without the learned layer")
    ap.add_argument("--split", choices=["all", "odd", "even"], default="all",
                    help="score only odd- or even-numbered excerpts (tune on one half, check on the other)")
    args = ap.parse_args(argv)
    sets = [load_set(spec, args.split) for spec in (args.set or [str(DEFAULT_SET)])]
    rows = [r for _, set_rows in sets for r in set_rows]
    if len({r["id"] for r in rows}) != len(rows):
        ap.error("the sets share excerpt ids; score them one at a time")
    matcher = get_matcher()
    if args.rules:
        matcher._learned = None
    predicted: dict[str, set[str]] = {}
    evidence: dict[str, dict] = {}
    for r in rows:
        found = matcher.tag(split_passages(r["id"], r["text"]) or [Passage(r["id"], "1", 0, r["text"])])
        predicted[r["id"]] = set(found)
        evidence[r["id"]] = found
    ids = [t.id for t in taxonomy().themes]
    result = score(rows, predicted, ids)
    if args.json:
        if len(sets) > 1:
            result["sets"] = {name: score(set_rows, predicted, ids)["overall"] for name, set_rows in sets}
        print(json.dumps(result, indent=2))
        return 0
    print(f"{result['excerpts']} excerpts; {'; '.join(name for name, _ in sets)}")
    print(f"{'theme':30} {'gold':>5} {'found':>6} {'tp':>4} {'prec':>6} {'recall':>7}")
    for tid, row in result["themes"].items():
        fmt = lambda v: "-" if v is None else f"{v:.3f}"  # noqa: E731
        print(f"{tid:30} {row['gold']:>5} {row['found']:>6} {row['tp']:>4} {fmt(row['precision']):>6} {fmt(row['recall']):>7}")
    o = result["overall"]
    print(f"{'OVERALL (micro)':30} {o['tp'] + o['fn']:>5} {o['tp'] + o['fp']:>6} {o['tp']:>4} {o['precision']:>6.3f} {o['recall']:>7.3f}")
    if len(sets) > 1:
        for name, set_rows in sets:
            s = score(set_rows, predicted, ids)["overall"]
            print(f"  {name}: precision {s['precision']:.3f}, recall {s['recall']:.3f} ({len(set_rows)} excerpts)")
    if args.show:
        for r in rows:
            gold, got = args.show in r["themes"], args.show in predicted[r["id"]]
            if gold != got:
                words = [e.phrase for e in evidence[r["id"]].get(args.show, [])]
                print(f"\n{'MISS' if gold else 'FALSE ALARM'} {r['id']}: {words}\n  {r['text'][:400]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
