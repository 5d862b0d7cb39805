"""Run the detection engine over a labelled corpus, write findings.json and score it.

    python tools/score_corpus.py [--corpus FILE.jsonl ...] [--out findings.json] [--fast] [--show TYPE]
                                 [--novel-names SEED] [--pseudonymised]

The corpus defaults to ``../shared/corpus/dev.jsonl`` when it is beside the repository, else the
evaluation sets in the repository (``tests/data/eval/*.jsonl``, each scored on its own), so this runs
from a fresh clone. Scoring uses the corpus's own ``score.py`` when one is beside it, else the
equivalent built-in scorer (entity recall, precision, F2 and clean false alarms per 1,000 words).

``--show`` prints the misses and false alarms of one entity type (or ALL) with some context.
``--novel-names SEED`` is a generalisation check: every annotated name is first replaced (consistently
within an excerpt, in the same case shape: CAPITALS in a log stay capitals, and a Welsh mutated form keeps its
mutation of the new word) by an invented word that no gazetteer holds, so only titles, context cues, NER and
propagation can find it; a corpus with the new offsets is written next to ``--out`` and scored.
``--pseudonymised`` is a precision check: every annotated identifier is replaced by a pseudonym or a neutral
phrase (Mother, Sibling 1, "the school", "in March 2022"), so all 60 excerpts become clean text; every
finding is then a false alarm (printed, with the rate per 1,000 words).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED_CORPUS = REPO.parent / "shared" / "corpus" / "dev.jsonl"
EVAL_SETS = sorted((REPO / "tests" / "data" / "eval").glob("*.jsonl"))


def main(argv: list[str] | None = None) -> int:
    """Score the engine on each corpus; returns the worst exit code."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, action="append", default=None,
                    help="labelled JSONL corpus (repeatable); default: ../shared/corpus/dev.jsonl, else tests/data/eval")
    ap.add_argument("--out", type=Path, default=Path("findings.json"))
    ap.add_argument("--fast", action="store_true", help="patterns and gazetteers only, no NER")
    ap.add_argument("--show", default=None, help="print misses and false alarms of this type (or ALL)")
    ap.add_argument("--novel-names", type=int, default=None, metavar="SEED",
                    help="replace every annotated name by an invented word first (generalisation check)")
    ap.add_argument("--pseudonymised", action="store_true",
                    help="replace every identifier by a pseudonym first and count false alarms")
    args = ap.parse_args(argv)
    corpora = args.corpus or ([SHARED_CORPUS] if SHARED_CORPUS.is_file() else EVAL_SETS)
    codes = []
    for corpus in corpora:
        one = argparse.Namespace(**vars(args))
        one.corpus = corpus
        if len(corpora) > 1:
            one.out = args.out.with_name(f"{args.out.stem}-{corpus.stem}{args.out.suffix}")
            print(f"== {corpus.relative_to(REPO) if corpus.is_relative_to(REPO) else corpus}")
        codes.append(_score_one(one))
    return max(codes)


def _score_one(args: argparse.Namespace) -> int:
    """Score the engine on ``args.corpus``."""
    if args.pseudonymised:
        return _pseudonymised_check(args.corpus, args.fast)
    if args.novel_names is not None:
        novel = args.out.with_suffix(".corpus.jsonl")
        records = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
        rng = random.Random(args.novel_names)
        novel.write_text("".join(json.dumps(_with_novel_names(r, rng), ensure_ascii=False) + "\n" for r in records),
                         encoding="utf-8")
        score_py = args.corpus.parent / "score.py"
        args.corpus = novel
        args.score_py = score_py
    else:
        args.score_py = args.corpus.parent / "score.py"
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
    if args.score_py.is_file():
        return subprocess.call([sys.executable, str(args.score_py), str(args.corpus), str(args.out)])
    return _builtin_score(records, findings)


def _builtin_score(records: list[dict], findings: dict[str, list[dict]]) -> int:
    """score.py's headline metrics: entity recall (any finding overlapping), precision (a finding
    overlapping any entity), F2, and findings per 1,000 words of excerpts without entities."""
    from collections import Counter

    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    hits = n_findings = clean_fp = clean_words = 0
    for r in records:
        gold = r.get("entities") or r.get("spans") or []
        mine = findings.get(r["id"], [])
        for g in gold:
            kind = g.get("type") or g.get("label") or "?"
            total[kind] += 1
            if any(f["start"] < g["end"] and g["start"] < f["end"] for f in mine):
                found[kind] += 1
        for f in mine:
            n_findings += 1
            hits += any(f["start"] < g["end"] and g["start"] < f["end"] for g in gold)
        if not gold:
            clean_fp += len(mine)
            clean_words += len(r["text"].split())
    recall = sum(found.values()) / max(1, sum(total.values()))
    precision = hits / n_findings if n_findings else 1.0
    f2 = 5 * precision * recall / (4 * precision + recall) if precision + recall else 0.0
    print(f"{'type':22} {'entities':>8} {'recall':>7}")
    for kind in sorted(total):
        print(f"{kind:22} {total[kind]:8d} {found[kind] / total[kind]:7.3f}")
    rate = f"{1000 * clean_fp / clean_words:.2f}" if clean_words else "n/a (no clean excerpts)"
    print(f"OVERALL entity recall {recall:.3f}  precision {precision:.3f}  F2 {f2:.3f}  clean FP/1k {rate}")
    return 0


_ROLES = ["Mother", "Father", "Sibling 1", "Practitioner 2", "Health Visitor 1", "Social Worker 2", "Child A",
          "Young Person B", "Maternal grandmother", "Male 1"]
_NEUTRAL = {"DATE": "in March 2022", "DATE_OF_BIRTH": "in 2019", "ADDRESS": "the family home", "POSTCODE": "",
            "SETTING": "the school", "PHONE": "a mobile number", "EMAIL": "an email account"}


def _pseudonymised_check(corpus: Path, fast: bool) -> int:
    """Run the engine on the corpus with every identifier replaced; print each false alarm and the rate."""
    from anonymise.engine import Engine

    texts: list[tuple[str, str]] = []
    n_role = 0
    for line in corpus.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        text, out, pos = rec["text"], [], 0
        for ent in rec["entities"]:
            out.append(text[pos:ent["start"]])
            if ent["type"] == "PERSON":
                out.append(_ROLES[n_role % len(_ROLES)])
                n_role += 1
            else:
                out.append(_NEUTRAL.get(ent["type"], "[removed]"))
            pos = ent["end"]
        out.append(text[pos:])
        texts.append((rec["id"], "".join(out)))
    results = Engine(fast=fast).analyze_many([t for _, t in texts])
    words = sum(len(t.split()) for _, t in texts)
    alarms = 0
    for (rid, text), dets in zip(texts, results, strict=True):
        for d in dets:
            alarms += 1
            ctx = text[max(0, d.start - 50):d.end + 30].replace("\n", " ")
            print(f"FP   {rid} {d.entity_type:<10} {d.text!r:<30} …{ctx}…")
    print(f"pseudonymised corpus: {words} words, {alarms} false alarms, {1000 * alarms / words:.3f} per 1,000 words")
    return 0


_SYLLABLES = ["ka", "lo", "mi", "zen", "tar", "vo", "ri", "sha", "dun", "bel", "qui", "nor", "fa", "ty", "gro", "mel"]
_KEEP = {"mr", "mrs", "ms", "miss", "dr", "auntie", "pastor", "constable", "and"}


def _with_novel_names(rec: dict, rng: random.Random) -> dict:
    """``rec`` with every word of 3+ letters in its PERSON spans replaced by an invented word, offsets fixed."""
    mapping: dict[str, str] = {}

    from anonymise.recognizers.mutation import radicals

    def swap(m: re.Match[str]) -> str:
        word = m.group(0)
        if word.lower() in _KEEP:
            return word
        # a mutated form of a name already replaced keeps its mutation (Thegan <- Tegan: "th" + the new word's tail)
        for rad in radicals(word)[1:]:
            if rad.lower() in mapping and rad[:1].lower() == mapping[rad.lower()][:1]:
                onset = len(word) - len(rad) + 1
                new = word[:onset].lower() + mapping[rad.lower()][1:]
                break
        else:
            invented = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3)))
            new = mapping.setdefault(word.lower(), word[0].lower() + invented[1:])  # same first letter
        if word.isupper() and len(word) > 1:
            return new.upper()  # a name in a log written in capitals stays in capitals
        return new.capitalize() if word[0].isupper() else new

    text, out, ents, pos = rec["text"], [], [], 0
    for ent in rec["entities"]:
        out.append(text[pos:ent["start"]])
        seg = text[ent["start"]:ent["end"]]
        if ent["type"] == "PERSON":
            seg = re.sub(r"[^\W\d_]{3,}", swap, seg)
        start = sum(len(x) for x in out)
        out.append(seg)
        ents.append({**ent, "start": start, "end": start + len(seg), "text": seg})
        pos = ent["end"]
    out.append(text[pos:])
    return {**rec, "text": "".join(out), "entities": ents}


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
