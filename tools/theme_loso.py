"""Leave one labelled set out: train a learned theme component on the other sets, score the one left out, for each.

    python tools/theme_loso.py [--component rules|learned|hybrid]... [--per-theme] [--json] [--show THEME]
                               [--l2 X] [--threshold X] [--pos-weight X] [--rule-scale X] [--steps N]

Components:
  rules    the rule matcher alone (no training: each set is simply scored; the baseline)
  learned  logistic regression per theme over the words only (lemma unigrams and bigrams)
  hybrid   the same over the words and the rules' evidence (mentions kept, strong, co-occurrence rules,
           negated, dropped by the parse, assigned by the rules) — what ships (generator/theme_model.py)
  tuned    hybrid with a threshold per theme, chosen inside each fold by a leave-one-set-out over the other sets
           (nested: the set left out plays no part in the choice; about ten times the training of hybrid)

Prints, per component, precision and recall of each held-out set and pooled (micro over all six), and
with ``--per-theme`` the pooled figures per theme. The rules' features are computed once per run (the
rules are fixed; only the weights are trained per fold). Note: the rules were tuned on sets 1-5 over
eight rounds, so 'rules' on those sets (and any component using the rules' evidence) is partly a fit;
labelled-6 was scored once untouched before round 9 and is the most honest column.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

DATA = REPO / "tests" / "data" / "themes"
from generator.theme_model import TRAINING_SETS as SETS  # noqa: E402 (after the path is set)


def load_sets() -> list[tuple[str, list[dict]]]:
    return [(name, [json.loads(line) for line in (DATA / name).read_text("utf-8").splitlines() if line.strip()])
            for name in SETS]


def features(rows_by_set: list[tuple[str, list[dict]]], cache: Path | None) -> list[list]:
    """The rules' evidence and the words of every excerpt, per set (cached by the code and taxonomy)."""
    from generator.theme_model import excerpt_features
    from generator.themes import get_matcher

    key = hashlib.sha256()
    for f in ("generator/themes.py", "generator/theme_syntax.py", "generator/theme_model.py", "schemas/themes.yaml",
              *(f"tests/data/themes/{s}" for s in SETS)):
        key.update((REPO / f).read_bytes())
    path = cache / f"theme-features-{key.hexdigest()[:16]}.pkl" if cache else None
    if path is not None and path.is_file():
        return pickle.loads(path.read_bytes())
    matcher = get_matcher()
    out = [excerpt_features(matcher, rows) for _, rows in rows_by_set]
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(out))
    return out


def rule_predictions(rows_by_set: list[tuple[str, list[dict]]], feats: list[list], theme_ids: list[str]) -> list[list[set]]:
    from generator.theme_model import RULE_FEATURES

    k = len(RULE_FEATURES)
    return [[{t for i, t in enumerate(theme_ids) if f[0][i * k] > 0} for f in set_feats] for set_feats in feats]


def loso(rows_by_set, feats, theme_ids, *, use_rules: bool, **kw) -> list[list[set]]:
    from generator.theme_model import train

    out = []
    for held in range(len(rows_by_set)):
        tr_f = [f for i, fs in enumerate(feats) if i != held for f in fs]
        tr_y = [r["themes"] for i, (_, rows) in enumerate(rows_by_set) if i != held for r in rows]
        model = train(theme_ids, tr_f, tr_y, use_rules=use_rules, **kw)
        preds = []
        for rv, words in feats[held]:
            p = model.proba(model.vector(rv, words))
            preds.append({t for j, t in enumerate(theme_ids) if p[j] >= model.threshold[j]})
        out.append(preds)
    return out


def _proba(model, set_feats) -> "np.ndarray":
    import numpy as np

    return np.array([model.proba(model.vector(rv, words)) for rv, words in set_feats])


THRESHOLD_GRID = tuple(round(0.15 + 0.05 * i, 2) for i in range(12))  # 0.15 ... 0.70


def choose_thresholds(probs: "np.ndarray", gold: "np.ndarray", default: float, min_pos: int = 8) -> "np.ndarray":
    """Per theme, the threshold of THRESHOLD_GRID with the best F1 on out-of-fold probabilities; the default where a
    theme has fewer than ``min_pos`` positives to judge by (ties keep the one nearest the default)."""
    import numpy as np

    out = np.full(probs.shape[1], default)
    for j in range(probs.shape[1]):
        y = gold[:, j] > 0
        if y.sum() < min_pos:
            continue
        best = (-1.0, 0.0)
        for t in THRESHOLD_GRID:
            pred = probs[:, j] >= t
            tp = float((pred & y).sum())
            f = 2 * tp / (pred.sum() + y.sum()) if pred.sum() + y.sum() else 0.0
            if (f, -abs(t - default)) > best:
                best = (f, -abs(t - default))
                out[j] = t
    return out


def loso_tuned(rows_by_set, feats, theme_ids, **kw) -> list[list[set]]:
    """Leave one set out with a threshold per theme chosen inside each fold: a leave-one-set-out over the other sets
    gives out-of-fold probabilities, the thresholds are chosen on them, then the model trained on all the other sets
    is applied to the set left out with those thresholds (the set left out plays no part in any choice)."""
    import numpy as np

    from generator.theme_model import train

    def gold(rows):
        return np.array([[1.0 if t in r["themes"] else 0.0 for t in theme_ids] for r in rows])

    out = []
    for held in range(len(rows_by_set)):
        inner = [i for i in range(len(rows_by_set)) if i != held]
        probs, golds = [], []
        for val in inner:
            tr = [i for i in inner if i != val]
            model = train(theme_ids, [f for i in tr for f in feats[i]],
                          [r["themes"] for i in tr for r in rows_by_set[i][1]], use_rules=True, **kw)
            probs.append(_proba(model, feats[val]))
            golds.append(gold(rows_by_set[val][1]))
        thresholds = choose_thresholds(np.vstack(probs), np.vstack(golds), kw.get("threshold", 0.3))
        model = train(theme_ids, [f for i in inner for f in feats[i]],
                      [r["themes"] for i in inner for r in rows_by_set[i][1]], use_rules=True, **kw)
        p = _proba(model, feats[held])
        out.append([{t for j, t in enumerate(theme_ids) if row[j] >= thresholds[j]} for row in p])
        print(f"  fold {held + 1}/{len(rows_by_set)}: thresholds {dict(zip(theme_ids, thresholds.round(2)))}",
              file=sys.stderr, flush=True)
    return out


def tally(rows: list[dict], preds: list[set], theme_ids: list[str]) -> dict:
    per = {t: [0, 0, 0] for t in theme_ids}  # tp, fp, fn
    for r, p in zip(rows, preds):
        g = set(r["themes"])
        for t in theme_ids:
            if t in p and t in g:
                per[t][0] += 1
            elif t in p:
                per[t][1] += 1
            elif t in g:
                per[t][2] += 1
    tp, fp, fn = (sum(v[i] for v in per.values()) for i in range(3))
    return {"tp": tp, "fp": fp, "fn": fn, "per_theme": per}


def pr(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def main(argv: list[str] | None = None) -> int:
    from generator.themes import taxonomy

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--component", action="append", choices=["rules", "learned", "hybrid", "tuned"])
    ap.add_argument("--per-theme", action="store_true")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--show", metavar="THEME", help="list each component's held-out misses and false alarms of THEME")
    ap.add_argument("--cache", default="/tmp/casereview-theme-loso",
                    help="where the rules' features are kept between runs ('' for none)")
    ap.add_argument("--l2", type=float, default=None)
    ap.add_argument("--threshold", type=float, default=None)
    ap.add_argument("--pos-weight", type=float, default=None)
    ap.add_argument("--rule-scale", type=float, default=None)
    ap.add_argument("--steps", type=int, default=None)
    ap.add_argument("--min-df", type=int, default=None)
    args = ap.parse_args(argv)
    from generator.theme_model import TRAINING

    kw = dict(TRAINING)
    for name in ("l2", "threshold", "pos_weight", "rule_scale", "steps", "min_df"):
        if getattr(args, name) is not None:
            kw[name] = getattr(args, name)
    theme_ids = [t.id for t in taxonomy().themes]
    rows_by_set = load_sets()
    feats = features(rows_by_set, Path(args.cache) if args.cache else None)
    results = {}
    for comp in args.component or ["rules", "learned", "hybrid"]:
        if comp == "rules":
            preds = rule_predictions(rows_by_set, feats, theme_ids)
        elif comp == "tuned":
            preds = loso_tuned(rows_by_set, feats, theme_ids, **kw)
        else:
            preds = loso(rows_by_set, feats, theme_ids, use_rules=comp == "hybrid", **kw)
        sets = {name: tally(rows, p, theme_ids) for (name, rows), p in zip(rows_by_set, preds)}
        pooled = tally([r for _, rows in rows_by_set for r in rows], [x for p in preds for x in p], theme_ids)
        results[comp] = {"sets": sets, "pooled": pooled}
        if args.show:
            for (_, rows), p in zip(rows_by_set, preds):
                for r, got in zip(rows, p):
                    if (args.show in r["themes"]) != (args.show in got):
                        kind = "MISS" if args.show in r["themes"] else "FALSE ALARM"
                        print(f"[{comp}] {kind} {r['id']}: {r['text'][:300]}")
    if args.json:
        print(json.dumps({c: {"sets": {n: dict(zip("prf", pr(s["tp"], s["fp"], s["fn"]))) for n, s in v["sets"].items()},
                              "pooled": dict(zip("prf", pr(v["pooled"]["tp"], v["pooled"]["fp"], v["pooled"]["fn"])))}
                          for c, v in results.items()}, indent=2))
        return 0
    print(f"settings: {kw}")
    head = "  ".join(f"{n.replace('labelled', 'L').replace('.jsonl', ''):>15}" for n in SETS)
    print(f"{'component':10} {head}  {'POOLED':>21}")
    for comp, v in results.items():
        cells = []
        for n in SETS:
            p, r, _ = pr(v["sets"][n]["tp"], v["sets"][n]["fp"], v["sets"][n]["fn"])
            cells.append(f"{p:.3f} / {r:.3f}".rjust(15))
        o = v["pooled"]
        p, r, f = pr(o["tp"], o["fp"], o["fn"])
        print(f"{comp:10} {'  '.join(cells)}  {p:.3f} / {r:.3f} F1 {f:.3f}")
    if args.per_theme:
        for comp, v in results.items():
            print(f"\n{comp}: pooled per theme (tp / assigned / gold, P, R)")
            for t, (tp, fp, fn) in v["pooled"]["per_theme"].items():
                p, r, _ = pr(tp, fp, fn)
                print(f"  {t:30} {tp:>4} / {tp + fp:>4} / {tp + fn:>4}   {p:.3f} {r:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
