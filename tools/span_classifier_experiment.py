"""Experiment: does a learned classifier judge candidate name runs better than the hand rules?

    python tools/span_classifier_experiment.py

Candidate runs are the capitalised runs the person recognizer considers. Each gets features the engine
already computes (gazetteer membership of its words, capitalisation shape, sentence position, context
cues before and after, the NER label, title) and a label: does it overlap an annotated PERSON. A logistic
regression (numpy, L2, gradient descent) is trained on the development corpus and held-out 1-3 and compared
with the rules (``PersonRecognizer._judge`` > 0) on held-out 4 and 5 and on their invented-name variants.
Prints precision, recall and F1 of each on the candidates. A research tool: nothing here ships.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tools"))

from anonymise.engine import Engine  # noqa: E402
from anonymise.recognizers import allow, person  # noqa: E402

EVAL = REPO / "tests" / "data" / "eval"
DEV = next((p for p in (REPO.parent / "shared/corpus/dev.jsonl", REPO.parent.parent / "shared/corpus/dev.jsonl")
            if p.exists()), None)


def features(rec: person.PersonRecognizer, text: str, words: list[person.Tok], titled: bool,
             ner_p: bytearray, ner_o: bytearray) -> list[float]:
    """Features of one candidate run."""
    s, e = words[0].start, words[-1].end
    before, after = text[max(0, s - 60):s], text[e:e + 40]
    given = [rec.is_given(w.text) for w in words]
    sur = [rec.is_surname(w.text) for w in words]
    common = [rec.is_common(w.text) for w in words]
    place = [w.text.lower() in rec.places for w in words]
    return [
        1.0, float(titled), float(len(words) == 1), float(len(words) >= 3), float(words[0].initial),
        float(given[0]), float(any(g and not c for g, c in zip(given, common))), float(any(sur)), float(all(common)),
        float(any(common)), float(any(place)), float(all(place)),
        float(bool(person.STRONG_BEFORE.search(before))), float(bool(person.STRONG_AFTER.search(after))),
        float(bool(person.CUE_BEFORE.search(before))), float(bool(person.CUE_AFTER.search(after))),
        float(bool(person.HUMAN_AFTER.search(after))), float(bool(person.AGE_BRACKET_AFTER.match(after))),
        float(any(ner_p[w.start] for w in words)), float(any(ner_o[w.start] for w in words)),
        float(bool(person.SURNAME_SHAPE.search(words[-1].text))), float(words[0].text.lower() in allow.word_names()),
        float(bool(person.LOCATIVE_BEFORE.search(before))), float(rec.welsh),
    ]


def candidates(engine: Engine, records: list[dict]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(features, labels, rule decisions) of every candidate run in the records."""
    xs, ys, rules = [], [], []
    for r in records:
        text = r["text"]
        cy = allow.is_welsh(text)
        rec = engine.person_cy if cy else engine.person
        _, _, toks, blocked = engine._stage_one(text, None)
        ner_p, ner_o = bytearray(len(text)), bytearray(len(text))
        if not cy:
            for ent in engine.nlp(text).ents:
                target = ner_p if ent.label_ == "PERSON" else ner_o
                target[ent.start_char:ent.end_char] = b"\x01" * (ent.end_char - ent.start_char)
        for i, j, k in rec.runs(text, toks, blocked):
            words = toks[j:k]
            s, e = toks[i].start, words[-1].end
            xs.append(features(rec, text, words, j > i, ner_p, ner_o))
            ys.append(float(any(g["type"] == "PERSON" and g["start"] < e and s < g["end"] for g in r["entities"])))
            rules.append(float(rec._judge(text, words, j > i, ner_p, ner_o) > 0))
    return np.array(xs), np.array(ys), np.array(rules)


def train(x: np.ndarray, y: np.ndarray, l2: float = 1e-3, steps: int = 4000, lr: float = 0.5) -> np.ndarray:
    """Logistic regression weights by gradient descent."""
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-x @ w))
        w -= lr * (x.T @ (p - y) / len(y) + l2 * w)
    return w


def prf(pred: np.ndarray, y: np.ndarray) -> str:
    tp = float((pred * y).sum())
    p = tp / max(pred.sum(), 1)
    r = tp / max(y.sum(), 1)
    return f"precision {p:.3f} recall {r:.3f} F1 {2 * p * r / max(p + r, 1e-9):.3f}"


def _novel(records: list[dict], seed: int) -> list[dict]:
    import score_corpus

    rng = random.Random(seed)
    return [score_corpus._with_novel_names(r, rng) for r in records]


def main() -> int:
    """Train on dev + held-out 1-3, compare on held-out 4 and 5 (and invented-name variants)."""
    engine = Engine()
    load = lambda p: [json.loads(line) for line in p.read_text("utf-8").splitlines() if line.strip()]  # noqa: E731
    train_sets = ([DEV] if DEV else []) + [EVAL / f"heldout-{n}.jsonl" for n in (1, 2, 3)]
    x, y, _ = candidates(engine, [r for p in train_sets for r in load(p)])
    w = train(x, y)
    print(f"trained on {len(y)} candidate runs ({int(y.sum())} names) from {', '.join(p.name for p in train_sets)}")
    for name in ("heldout-4", "heldout-5"):
        recs = load(EVAL / f"{name}.jsonl")
        for label, rs in ((name, recs), (f"{name} invented names", _novel(recs, 7))):
            xt, yt, rule = candidates(engine, rs)
            model = (1 / (1 + np.exp(-xt @ w)) > 0.5).astype(float)
            print(f"{label:32} rules: {prf(rule, yt)}   model: {prf(model, yt)}   ({len(yt)} runs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
