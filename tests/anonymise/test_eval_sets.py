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


def _evaluate_module():
    import importlib.util
    import sys

    if "eval_evaluate" in sys.modules:  # loaded by test_eval_scores
        return sys.modules["eval_evaluate"]
    spec = importlib.util.spec_from_file_location("eval_evaluate", EVAL / "evaluate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_evaluate"] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def test_a_set_outside_the_repository_brings_its_languages_and_families(tmp_path: Path) -> None:
    """A new set is scored from where its writer left it: its own languages.json and families.json, per family."""
    evaluate = _evaluate_module()
    records = [
        {"id": "wal-01", "nation": "wales", "text": "Aeth Gwion adref.", "entities": [
            {"start": 5, "end": 10, "type": "PERSON", "text": "Gwion"}]},
        {"id": "eng-01", "nation": "england", "text": "Mother and Child A were seen at home.", "entities": []},
        {"id": "eng-02", "nation": "england", "text": "Tom saw Ann.", "entities": [
            {"start": 0, "end": 3, "type": "PERSON", "text": "Tom"}, {"start": 8, "end": 11, "type": "PERSON", "text": "Ann"}]},
    ]
    path = tmp_path / "heldout-new.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), "utf-8")
    (tmp_path / "languages.json").write_text(json.dumps({"heldout-new.jsonl": {"cy": ["wal-01"]}}), "utf-8")
    (tmp_path / "families.json").write_text(
        json.dumps({"heldout-new.jsonl": {"wal-01": "welsh", "eng-01": "clean-trap", "eng-02": "word-names"}}), "utf-8")
    assert evaluate.welsh_ids(path) == {"wal-01"}
    tags = evaluate.families(path)
    findings = {"wal-01": [(5, 10, "PERSON")], "eng-01": [(0, 6, "PERSON")], "eng-02": [(0, 3, "PERSON")]}
    rows = {line.split()[0]: line.split()[1:] for line in evaluate.family_table(
        evaluate.load(path), findings, tags).splitlines()[1:]}
    assert rows["welsh"] == ["1", "1", "1.000", "1.000", "-"]
    assert rows["word-names"] == ["1", "2", "0.500", "1.000", "-"]
    assert rows["clean-trap"][:2] == ["1", "0"] and rows["clean-trap"][3:] == ["0.000", "125.0"]  # one false alarm in 8 clean words
    # a writer's own table for the one set beside it may leave the set's name out
    (tmp_path / "families.json").write_text(json.dumps({"wal-01": "welsh"}), "utf-8")
    assert evaluate.families(path) == {"wal-01": "welsh"}
    # a set the repository's tables do not name has no Welsh excerpts and no families
    other = tmp_path / "elsewhere" / "x.jsonl"
    assert evaluate.welsh_ids(other) == set() and evaluate.families(other) == {}
