"""Benchmark: casereview's Engine against Presidio's AnalyzerEngine (default recognizers, same spaCy model).

    python tests/benchmarks/bench_check.py [--corpus ../shared/corpus/dev.jsonl] [--words 20000] [--seed N]

Builds fresh review-like text for this run (corpus paragraphs shuffled, with names, numbers and dates
varied so that no cache can help), runs both engines on the same texts in one process and prints
words/s for each and the ratio. Presidio is configured with an NlpEngine built from an already-loaded
pipeline, so it cannot download anything.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "dev.jsonl"
FIRST = ["Amira", "Tomasz", "Bethan", "Callum", "Precious", "Haruto", "Leila", "Dmitri", "Aoibhinn", "Kojo",
         "Ffion", "Mateusz", "Zara", "Eilidh", "Yusuf", "Chantelle", "Bogdan", "Niamh", "Tariq", "Olamide"]
LAST = ["Okafor", "Jankowski", "Pritchard", "McLaughlin", "Haddad", "Nakamura", "Evans", "Popescu", "Ferguson",
        "Mensah", "Kaur", "O'Neill", "Szabo", "Rahman", "Whittaker", "Dlamini", "Fitzpatrick", "Moreno"]


def fresh_texts(corpus: Path, words: int, seed: int) -> list[str]:
    """Paragraphs of the corpus, shuffled and varied (names, digits), until ``words`` words."""
    rng = random.Random(seed)
    paras = []
    for line in corpus.read_text(encoding="utf-8").splitlines():
        if line.strip():
            paras += [p for p in json.loads(line)["text"].split("\n\n") if len(p.split()) > 8]
    out: list[str] = []
    total = 0
    while total < words:
        chunk = rng.sample(paras, k=min(4, len(paras)))
        text = "\n\n".join(chunk)
        text = re.sub(r"\d", lambda _m: str(rng.randrange(10)), text)
        text = text.replace("Mother", rng.choice(["Mother", "Mother", f"{rng.choice(FIRST)} {rng.choice(LAST)}"]))
        text += f"\n\n{rng.choice(FIRST)} {rng.choice(LAST)} said this in review session {rng.randrange(10**6)}."
        out.append(text)
        total += len(text.split())
    return out


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; prints words/s for Presidio, casereview and the ratio."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--words", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=None)
    args = ap.parse_args(argv)
    sys.path.insert(0, str(REPO))
    seed = args.seed if args.seed is not None else int(time.time())
    texts = fresh_texts(args.corpus, args.words, seed)
    n_words = sum(len(t.split()) for t in texts)

    import tldextract
    from presidio_analyzer import AnalyzerEngine

    from anonymise import nlp as nlp_loader
    from anonymise.engine import Engine

    # Presidio's email recognizer calls tldextract.extract, which would fetch the public suffix list.
    tldextract.extract = tldextract.TLDExtract(suffix_list_urls=())
    full = nlp_loader.load(None, ner_only=False)  # Presidio gets the whole pipeline, as it would load it
    presidio = AnalyzerEngine(nlp_engine=nlp_loader.presidio_nlp_engine(full), supported_languages=["en"])
    engine = Engine()
    engine.nlp  # noqa: B018 - load outside the timing
    presidio.analyze(text="Warm up with Kwame Asante.", language="en")
    engine.analyze("Warm up with Kwame Asante.")

    t0 = time.perf_counter()
    for t in texts:
        presidio.analyze(text=t, language="en")
    p_rate = n_words / (time.perf_counter() - t0)

    t0 = time.perf_counter()
    engine.analyze_many(texts)
    c_rate = n_words / (time.perf_counter() - t0)

    print(f"texts: {len(texts)}, words: {n_words}, seed: {seed}")
    print(f"presidio AnalyzerEngine: {p_rate:,.0f} words/s")
    print(f"casereview Engine:       {c_rate:,.0f} words/s")
    print(f"ratio:                   {c_rate / p_rate:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
