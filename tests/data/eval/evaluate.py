"""Score the detection engine on every labelled evaluation set: overall, per type and on the Welsh-language subset.

    python tests/data/eval/evaluate.py [SET.jsonl ...] [--show PERSON|ALL] [--fast] [--types] [--families]

Metrics follow ``../shared/corpus/score.py`` exactly (entity recall by any overlapping finding, precision as
findings overlapping any entity, false alarms per 1,000 words of excerpts without entities), so figures here and
there agree. The Welsh-language excerpts of each set are listed in ``languages.json`` beside the sets (the
record format has no language field); ``families.json``, where a writer tagged each excerpt with the family it
was written for, gives per-family figures (``--families``). A set kept outside the repository is scored with the
``languages.json`` and ``families.json`` beside it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

EVAL = Path(__file__).resolve().parent
REPO = EVAL.parents[2]
DEV_CORPUS = next((p / "shared" / "corpus" / "dev.jsonl" for p in (REPO.parent, REPO.parent.parent)
                   if (p / "shared" / "corpus" / "dev.jsonl").exists()), REPO.parent / "shared" / "corpus" / "dev.jsonl")


@dataclass
class Score:
    """Counts for one set or subset; ratios are computed on demand."""

    entities: int = 0
    found: int = 0
    findings: int = 0
    tp: int = 0
    clean_fp: int = 0
    clean_words: int = 0
    by_type: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))

    @property
    def recall(self) -> float:
        return self.found / self.entities if self.entities else 1.0

    @property
    def precision(self) -> float:
        return self.tp / self.findings if self.findings else 1.0

    @property
    def fp_per_1k(self) -> float:
        return 1000 * self.clean_fp / self.clean_words if self.clean_words else 0.0


def load(path: Path) -> list[dict[str, Any]]:
    """The records of one JSONL set."""
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def _table(path: Path, name: str) -> dict[str, Any]:
    """The entry for ``path`` in the table ``name`` (``languages.json``, ``families.json``): the one beside the
    set first (a new set kept outside the repository brings its own), then the one here."""
    for folder in dict.fromkeys((path.resolve().parent, EVAL)):
        table_path = folder / name
        if table_path.exists():
            data = json.loads(table_path.read_text("utf-8"))
            entry = data.get(path.name)
            if entry is not None:
                return entry
            if folder != EVAL and data and all(isinstance(v, str) for v in data.values()):
                return data  # a writer's own table for the one set beside it: {id: value}
    return {}


def welsh_ids(path: Path) -> set[str]:
    """Ids of the Welsh-language excerpts of a set (from ``languages.json``)."""
    return set(_table(path, "languages.json").get("cy", []))


def families(path: Path) -> dict[str, str]:
    """Each excerpt's family as its writer tagged it (``families.json``: set -> {id: family}); empty if untagged."""
    return dict(_table(path, "families.json"))


def score(records: list[dict[str, Any]], findings: dict[str, list[tuple[int, int, str]]],
          only: set[str] | None = None) -> Score:
    """Score findings (id -> [(start, end, type)]) against records, optionally on a subset of ids."""
    s = Score()
    for rec in records:
        if only is not None and rec["id"] not in only:
            continue
        ents, fs = rec["entities"], findings.get(rec["id"], [])
        for e in ents:
            hit = any(f[0] < e["end"] and e["start"] < f[1] for f in fs)
            s.entities += 1
            s.found += hit
            s.by_type[e["type"]][0] += 1
            s.by_type[e["type"]][1] += hit
        for f in fs:
            s.findings += 1
            s.tp += any(f[0] < e["end"] and e["start"] < f[1] for e in ents)
        if not ents:
            s.clean_words += len(rec["text"].split())
            s.clean_fp += len(fs)
    return s


def run_engine(records: list[dict[str, Any]], fast: bool = False, engine: Any = None
               ) -> dict[str, list[tuple[int, int, str]]]:
    """Run the engine over the records; returns id -> findings."""
    if engine is None:
        sys.path.insert(0, str(REPO))
        from anonymise.engine import Engine

        engine = Engine(fast=fast)
    results = engine.analyze_many([r["text"] for r in records])
    return {r["id"]: [(d.start, d.end, d.entity_type) for d in dets] for r, dets in zip(records, results, strict=True)}


def show(records: list[dict[str, Any]], findings: dict[str, list[tuple[int, int, str]]], kind: str) -> None:
    """Print misses and false alarms (of one entity type, or ALL) with context."""
    for rec in records:
        text, ents, fs = rec["text"], rec["entities"], findings.get(rec["id"], [])
        for e in ents:
            if (kind in ("ALL", e["type"])) and not any(f[0] < e["end"] and e["start"] < f[1] for f in fs):
                ctx = text[max(0, e["start"] - 40): e["end"] + 30].replace("\n", " ")
                print(f"MISS {rec['id']} {e['type']}: {e['text']!r}   …{ctx}…")
        for f in fs:
            if (kind in ("ALL", f[2])) and not any(f[0] < e["end"] and e["start"] < f[1] for e in ents):
                ctx = text[max(0, f[0] - 40): f[1] + 30].replace("\n", " ")
                print(f"FP   {rec['id']} {f[2]}: {text[f[0]:f[1]]!r}   …{ctx}…")


def table(rows: list[tuple[str, Score, Score | None]]) -> str:
    """A plain-text table of set, recall, precision, FP/1k and Welsh recall."""
    out = [f"{'set':<22}{'entities':>9}{'recall':>8}{'prec':>7}{'FP/1k':>7}{'cy recall':>16}"]
    for name, s, cy in rows:
        cyr = f"{cy.recall:.3f} ({cy.found}/{cy.entities})" if cy and cy.entities else "-"
        out.append(f"{name:<22}{s.entities:>9}{s.recall:>8.3f}{s.precision:>7.3f}{s.fp_per_1k:>7.1f}{cyr:>16}")
    return "\n".join(out)


def family_table(records: list[dict[str, Any]], findings: dict[str, list[tuple[int, int, str]]],
                 tags: dict[str, str]) -> str:
    """Recall, precision and clean-text false alarms per family of excerpts."""
    out = [f"  {'family':<26}{'excerpts':>9}{'entities':>9}{'recall':>8}{'prec':>7}{'FP/1k':>7}"]
    for fam in sorted(set(tags.values())):
        ids = {i for i, f in tags.items() if f == fam}
        s = score(records, findings, ids)
        n = sum(r["id"] in ids for r in records)
        rec = f"{s.recall:.3f}" if s.entities else "-"
        fp = f"{s.fp_per_1k:.1f}" if s.clean_words else "-"
        out.append(f"  {fam:<26}{n:>9}{s.entities:>9}{rec:>8}{s.precision:>7.3f}{fp:>7}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    """Score the named sets (default: the dev corpus when present, then every set here)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", type=Path)
    ap.add_argument("--show", default=None)
    ap.add_argument("--fast", action="store_true")
    ap.add_argument("--types", action="store_true", help="print per-type recall too")
    ap.add_argument("--families", action="store_true",
                    help="print recall, precision and FP/1k per family of excerpts (from families.json)")
    args = ap.parse_args(argv)
    sets = args.sets or ([DEV_CORPUS] if DEV_CORPUS.exists() else []) + sorted(EVAL.glob("*.jsonl"))
    sys.path.insert(0, str(REPO))
    from anonymise.engine import Engine

    engine = Engine(fast=args.fast)
    rows = []
    for path in sets:
        records = load(path)
        findings = run_engine(records, engine=engine)
        s = score(records, findings)
        cy = welsh_ids(path)
        rows.append((path.name, s, score(records, findings, cy) if cy else None))
        if args.types:
            print(path.name, " ".join(f"{t}={f}/{n}" for t, (n, f) in sorted(s.by_type.items())))
        if args.families and (tags := families(path)):
            print(path.name, "by family:")
            print(family_table(records, findings, tags))
        if args.show:
            show(records, findings, args.show)
    print(table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
