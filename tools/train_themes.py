"""Train the learned layer of the theme tagger on every labelled set and ship it.

    python tools/train_themes.py [--out generator/data/themes_model.npz] [--check]

Deterministic: the same sets, rules and settings (``generator.theme_model.TRAINING``, chosen by
leave-one-set-out with ``tools/theme_loso.py``) give the same weights. The rules run first, with the
learned layer off, so the model is trained on what the rules found, never on its own output.
``--check`` trains and compares with the shipped file instead of writing it (exit 1 if it differs).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

DATA = REPO / "tests" / "data" / "themes"
from generator.theme_model import TRAINING_SETS as SETS  # noqa: E402 (after the path is set)


def main(argv: list[str] | None = None) -> int:
    import numpy as np

    from generator.theme_model import MODEL_FILE, TRAINING, ThemeModel, excerpt_features, train
    from generator.themes import ThemeMatcher, taxonomy

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=MODEL_FILE)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args(argv)
    rows = [json.loads(line) for name in SETS for line in (DATA / name).read_text("utf-8").splitlines() if line.strip()]
    matcher = ThemeMatcher()
    matcher._learned = None  # the rules alone
    ids = [t.id for t in taxonomy().themes]
    model = train(ids, excerpt_features(matcher, rows), [r["themes"] for r in rows], **TRAINING)
    if args.check:
        shipped = ThemeModel.load(args.out)
        same = (shipped.themes == model.themes and shipped.vocab == model.vocab
                and np.allclose(shipped.weights, model.weights.astype(np.float32), atol=1e-4)
                and np.allclose(shipped.bias, model.bias.astype(np.float32), atol=1e-4))
        print("the shipped model is up to date" if same else "the shipped model differs: run tools/train_themes.py")
        return 0 if same else 1
    model.save(args.out)
    digest = hashlib.sha256(args.out.read_bytes()).hexdigest()[:16]
    print(f"{len(rows)} excerpts, {len(model.vocab)} n-grams, {len(ids)} themes -> {args.out} "
          f"({args.out.stat().st_size // 1024} KiB, sha256 {digest})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
