"""The labelled theme sets keep their record format: unique ids, UK nations, known theme ids, no duplicate labels."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SETS = sorted((ROOT / "tests" / "data" / "themes").glob("labelled*.jsonl"))
THEMES = {t["id"] for t in yaml.safe_load((ROOT / "schemas" / "themes.yaml").read_text("utf-8"))["themes"]}


def test_every_labelled_set_is_found() -> None:
    assert len(SETS) >= 6


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.name)
def test_labelled_set_is_well_formed(path: Path) -> None:
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert r["nation"] in {"england", "northern_ireland", "scotland", "wales"}, r["id"]
        assert r["text"].strip() and len(r["themes"]) == len(set(r["themes"])), r["id"]
        assert set(r["themes"]) <= THEMES, (r["id"], set(r["themes"]) - THEMES)
    labelled = {t for r in rows for t in r["themes"]}
    assert len(labelled) >= len(THEMES) - 2, "a set evidences (nearly) every theme"
