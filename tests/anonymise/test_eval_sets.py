"""The committed evaluation sets keep the corpus record format and its span invariants."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from anonymise.types import ENTITY_TYPES

EVAL = Path(__file__).resolve().parents[1] / "data" / "eval"
SETS = sorted(EVAL.glob("*.jsonl"))
NATIONS = {"england", "northern_ireland", "scotland", "wales"}


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.name)
def test_records_and_spans_are_well_formed(path: Path) -> None:
    records = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    assert records
    assert len({r["id"] for r in records}) == len(records)
    for rec in records:
        assert rec["nation"] in NATIONS
        text, previous_end = rec["text"], 0
        for ent in rec["entities"]:
            assert ent["type"] in ENTITY_TYPES, (rec["id"], ent)
            assert previous_end <= ent["start"] < ent["end"] <= len(text), (rec["id"], ent)
            assert text[ent["start"] : ent["end"]] == ent["text"], (rec["id"], ent)
            assert ent["text"] == ent["text"].strip()
            previous_end = ent["end"]
    assert any(not r["entities"] for r in records), "each set keeps excerpts without identifiers"
