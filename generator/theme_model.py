"""The learned layer of the theme tagger: the rules' evidence, weighed.

The rules (``generator/themes.py``) find mentions, set some aside (negated, or about someone else by the
dependency parse) and count them. This layer reads what they found — per theme: mentions kept, strong ones,
co-occurrence rules kept, mentions negated, mentions the parse dropped, and whether the rules alone would
assign the theme — together with the window's words (lemma unigrams and bigrams), and decides per theme
with one logistic regression each (numpy only). It was trained by ``tools/train_themes.py`` on the labelled
sets in ``tests/data/themes`` and ships as ``generator/data/themes_model.npz``; without that file the rules
decide alone.

A document is read in windows of consecutive paragraphs of about the size of a labelled excerpt
(``WINDOW_WORDS``), so a 40-page review and a 150-word excerpt are judged alike; a theme is assigned to the
document when any window shows it, and its evidence is the rules' mentions in those windows or, where the
rules found none, the window's paragraph whose words weigh most for the theme.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Sequence

import numpy as np

MODEL_FILE = Path(__file__).resolve().parent / "data" / "themes_model.npz"
WINDOW_WORDS = 230  # the labelled excerpts run to 213 words: one excerpt, one window
_BIAS = 1.0  # the constant feature the bias is the weight of
RULE_FEATURES = ("assigned", "kept", "strong", "rules", "negated", "dropped")


def windows(passages: Sequence[Any], words: int = WINDOW_WORDS) -> list[list[int]]:
    """Consecutive passages of one part, grouped up to ``words`` words (a longer passage stands alone)."""
    out: list[list[int]] = []
    size = 0
    for i, p in enumerate(passages):
        n = len(p.text.split())
        if out and passages[out[-1][-1]].part == p.part and size + n <= words:
            out[-1].append(i)
            size += n
        else:
            out.append([i])
            size = n
    return out


def grams(docs: Iterable[Any]) -> set[str]:
    """Lemma unigrams and in-sentence bigrams of the words (the matcher's NORM is the lower-cased lemma)."""
    out: set[str] = set()
    for doc in docs:
        prev = None
        for t in doc:
            if t.is_sent_start:
                prev = None
            if not (t.is_alpha or t.like_num):
                prev = None
                continue
            w = "#" if t.like_num else t.norm_
            out.add(w)
            if prev is not None:
                out.add(f"{prev} {w}")
            prev = w
    return out


def rule_vector(theme_ids: Sequence[str], min_hits: dict[str, int],
                found: Iterable[tuple[str, int, int, bool]], trace: Iterable[dict[str, list[int]]]) -> np.ndarray:
    """Per theme, in ``RULE_FEATURES`` order: what the rules found and set aside in a window."""
    index = {t: i for i, t in enumerate(theme_ids)}
    raw = np.zeros((len(theme_ids), len(RULE_FEATURES)))
    for theme_id, _s, _e, strong in found:
        i = index[theme_id]
        raw[i, 1] += 1
        raw[i, 2] += strong
    for counts in trace:
        for theme_id, (negated, dropped, rules) in counts.items():
            i = index[theme_id]
            raw[i, 3] += rules
            raw[i, 4] += negated
            raw[i, 5] += dropped
    for t, i in index.items():
        raw[i, 0] = 1.0 if raw[i, 2] or raw[i, 1] >= min_hits.get(t, 2) else 0.0
    raw[:, 1:] = np.log1p(raw[:, 1:])
    return raw.reshape(-1)


@dataclass
class ThemeModel:
    """Weights per theme over [rule features of every theme, n-grams]; a threshold per theme."""

    themes: list[str]
    vocab: dict[str, int]
    weights: np.ndarray  # (features, themes)
    bias: np.ndarray  # (themes,)
    threshold: np.ndarray  # (themes,)
    rule_scale: float = 1.0
    use_rules: bool = True

    @property
    def n_rule(self) -> int:
        return len(self.themes) * len(RULE_FEATURES) if self.use_rules else 0

    def vector(self, rules: np.ndarray, words: set[str]) -> np.ndarray:
        x = np.zeros(self.n_rule + len(self.vocab), dtype=np.float64)
        if self.use_rules:
            x[: self.n_rule] = rules * self.rule_scale
        cols = [self.vocab[w] for w in words if w in self.vocab]
        if cols:
            x[[self.n_rule + c for c in cols]] = 1.0 / math.sqrt(len(cols))
        return x

    def proba(self, x: np.ndarray) -> np.ndarray:
        z = x @ self.weights + self.bias
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))

    def decide(self, matcher: Any, passages: Sequence[Any], mentions: list[tuple[Any, Any, list]],
               trace: list[dict[str, list[int]]], hits: dict[str, list[Any]]) -> dict[str, list[Any]]:
        """The themes of one document (see the module's docstring), each with its evidence paragraphs."""
        from generator.themes import Evidence

        min_hits = {t.id: t.min_hits for t in matcher.tax.themes}
        assigned: dict[str, list[Any]] = {}
        for window in windows(passages):
            found = [m for i in window for m in mentions[i][2]]
            x = self.vector(rule_vector(self.themes, min_hits, found, (trace[i] for i in window)),
                            grams(mentions[i][1] for i in window))
            p = self.proba(x)
            paragraphs = {(passages[i].part, passages[i].paragraph) for i in window}
            for j, theme_id in enumerate(self.themes):
                if p[j] < self.threshold[j]:
                    continue
                evidence = [e for e in hits.get(theme_id, []) if (e.part, e.paragraph) in paragraphs]
                if not evidence:  # the words decided: the paragraph that weighs most for the theme
                    best, words = max(((i, self._top_words(mentions[i][1], j)) for i in window),
                                      key=lambda iw: iw[1][0])
                    q = passages[best]
                    evidence = [Evidence(q.part, q.paragraph, q.start, q.start + len(q.text),
                                         ", ".join(words[1]), False)]
                assigned.setdefault(theme_id, []).extend(evidence)
        return {t: list(dict.fromkeys(assigned[t])) for t in self.themes if t in assigned}  # each mention once

    def _top_words(self, doc: Any, j: int, n: int = 3) -> tuple[float, list[str]]:
        w = self.weights[self.n_rule:, j]
        scored = sorted(((w[self.vocab[g]], g) for g in grams([doc]) if g in self.vocab), reverse=True)
        return sum(s for s, _ in scored if s > 0), [g for s, g in scored[:n] if s > 0]

    def save(self, path: Path) -> None:
        words = sorted(self.vocab, key=self.vocab.__getitem__)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as fh:
            np.savez_compressed(fh, themes=np.array(self.themes), vocab=np.array(words),
                                weights=self.weights.astype(np.float32), bias=self.bias.astype(np.float32),
                                threshold=self.threshold.astype(np.float32),
                                meta=np.array([self.rule_scale, float(self.use_rules)]))

    @classmethod
    def load(cls, path: Path) -> "ThemeModel":
        with np.load(path, allow_pickle=False) as z:
            words = [str(w) for w in z["vocab"]]
            return cls([str(t) for t in z["themes"]], {w: i for i, w in enumerate(words)},
                       z["weights"].astype(np.float64), z["bias"].astype(np.float64),
                       z["threshold"].astype(np.float64), float(z["meta"][0]), bool(z["meta"][1]))


_LOADED: dict[Path, ThemeModel | None] = {}


def load_model(theme_ids: Sequence[str], path: Path | None = None) -> ThemeModel | None:
    """The shipped model (loaded once), or None when there is none or it was trained for other themes."""
    path = path or MODEL_FILE
    if path not in _LOADED:
        _LOADED[path] = ThemeModel.load(path) if path.is_file() else None
    model = _LOADED[path]
    return model if model is not None and model.themes == list(theme_ids) else None


# ---------------------------------------------------------------- training (tools/train_themes.py)

def excerpt_features(matcher: Any, rows: Sequence[dict]) -> list[tuple[np.ndarray, set[str]]]:
    """For each labelled excerpt (one window): the rules' feature vector and its words."""
    from generator.themes import Passage, split_passages

    ids = [t.id for t in matcher.tax.themes]
    min_hits = {t.id: t.min_hits for t in matcher.tax.themes}
    out = []
    for r in rows:
        passages = split_passages(r["id"], r["text"]) or [Passage(r["id"], "1", 0, r["text"])]
        mentions, trace = matcher.mentions(passages)
        found = [m for _, _, f in mentions for m in f]
        out.append((rule_vector(ids, min_hits, found, trace), grams(d for _, d, _ in mentions)))
    return out


def train(theme_ids: Sequence[str], feats: Sequence[tuple[np.ndarray, set[str]]], labels: Sequence[Iterable[str]], *,
          use_rules: bool = True, rule_scale: float = 1.0, l2: float = 1e-3, min_df: int = 2,
          steps: int = 50, threshold: float = 0.5, pos_weight: float = 1.0) -> ThemeModel:
    """Logistic regression per theme with an L2 penalty (the bias too, lightly), deterministic.

    Solved in the span of the training vectors (W = Xᵀ A: only the n × n Gram matrix is worked on — a few
    hundred excerpts against ten thousand n-grams) by Newton's method with step halving, to convergence."""
    df: dict[str, int] = {}
    for _, words in feats:
        for w in words:
            df[w] = df.get(w, 0) + 1
    vocab = {w: i for i, w in enumerate(sorted(w for w, n in df.items() if n >= min_df))}
    themes = list(theme_ids)
    model = ThemeModel(themes, vocab, np.zeros((0, 0)), np.zeros(len(themes)), np.full(len(themes), threshold),
                       rule_scale, use_rules)
    X = np.stack([model.vector(r, w) for r, w in feats])
    Y = np.array([[1.0 if t in set(lab) else 0.0 for t in themes] for lab in labels])
    n = X.shape[0]
    K = X @ X.T + _BIAS ** 2
    A = np.zeros((n, len(themes)))
    eye = np.eye(n)

    def objective(a: np.ndarray, y: np.ndarray, sw: np.ndarray) -> float:
        z = K @ a
        return float(np.sum(sw * (np.logaddexp(0.0, z) - y * z)) / n + 0.5 * l2 * a @ z)

    for j in range(len(themes)):
        y = Y[:, j]
        sw = np.where(y > 0, pos_weight, 1.0)
        a = A[:, j]
        f = objective(a, y, sw)
        for _ in range(steps):
            p = 1.0 / (1.0 + np.exp(-np.clip(K @ a, -30, 30)))
            r = (p - y) * sw / n + l2 * a
            step = np.linalg.solve((p * (1 - p) * sw / n)[:, None] * K + l2 * eye, r)
            t = 1.0
            while t > 1e-6:
                f_new = objective(a - t * step, y, sw)
                if f_new <= f:
                    break
                t /= 2
            a = a - t * step
            done = f - f_new < 1e-10
            f = f_new
            if done:
                break
        A[:, j] = a
    W = X.T @ A
    b = _BIAS * A.sum(axis=0)
    model.weights, model.bias = W, b
    return model


# The settings the shipped model is trained with (chosen by leave-one-set-out, tools/theme_loso.py).
# Pooled over the six sets: l2 1e-3 → 1e-4 raised recall 0.78 → 0.79; a threshold of 0.3 rather than 0.5 traded
# precision for recall to about level; the rules' evidence scaled down (0.3: less penalised on the n-gram scale
# of 1/√words) raised precision 0.835 → 0.865 at the same recall. 0.2-0.5 and l2 3e-5-1e-4 are all within 0.01.
# The labelled sets (tests/data/themes) the shipped model is trained on, and tools/theme_loso.py leaves out one at a
# time; the newest set stays out of both as a measurement until the next round.
TRAINING_SETS: tuple[str, ...] = ("labelled.jsonl", *(f"labelled-{n}.jsonl" for n in range(2, 13)))
TRAINING: dict[str, Any] = {"l2": 1e-4, "threshold": 0.3, "pos_weight": 1.0, "rule_scale": 0.3, "steps": 50,
                            "min_df": 2}
