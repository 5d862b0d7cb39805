"""Score the engine on every labelled evaluation set; print a table; hold only the agreed floors.

The figures are a report (printed in pytest's terminal summary). The assertions are floors that a change must
not break: recall on the development corpus (when present beside the repo) and on the sets already used for
tuning, precision and false alarms on clean text, and recall on the Welsh-language excerpts.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from tests.anonymise import conftest

pytestmark = pytest.mark.slow  # loads the spaCy model

EVAL = Path(__file__).resolve().parents[1] / "data" / "eval"
_spec = importlib.util.spec_from_file_location("eval_evaluate", EVAL / "evaluate.py")
assert _spec and _spec.loader
evaluate = importlib.util.module_from_spec(_spec)
sys.modules["eval_evaluate"] = evaluate
_spec.loader.exec_module(evaluate)

# set -> (recall floor, precision floor, false alarms per 1,000 clean words ceiling, Welsh recall floor)
FLOORS = {
    "dev.jsonl": (0.98, 0.95, 1.0, None),
    "heldout-1.jsonl": (0.98, 0.95, 1.0, None),
    "heldout-2.jsonl": (0.98, 0.95, 1.0, None),
    "heldout-3.jsonl": (0.98, 0.95, 1.0, None),
    "heldout-4.jsonl": (0.97, 0.95, 1.0, 0.98),
    "heldout-5.jsonl": (0.97, 0.95, 1.0, 0.98),
    "heldout-final.jsonl": (0.94, 0.95, 1.0, 0.95),  # spent after its one untouched run (0.895); round 3 figures
    # spent in recall round 4 (first runs 0.900 and 0.926): regression guards at the round 4 figures
    "heldout-6.jsonl": (0.96, 0.93, 5.0, 0.97),
    "heldout-7.jsonl": (0.97, 0.94, 5.5, 0.97),
    # spent in round 5 (first run 0.899 / 0.962 / 2.5 FP/1k / Welsh 0.932): the detect4 figures less a margin
    "heldout-8.jsonl": (0.95, 0.96, 2.5, 0.96),
    # spent after its one untouched run (0.925 / 0.927 / 10.2); regression guard at the round 5 figures
    "heldout-final-2.jsonl": (0.93, 0.97, 2.0, 0.95),
    # spent after its one untouched run (0.975 / 0.953 / 4.8) and round 7: a guard below the round 7 figures
    "heldout-final-4.jsonl": (0.98, 0.98, 1.0, 0.97),
    # spent after its first run (0.965 / 0.936 / 4.0) and the main round: regression guard at the merged figures
    "heldout-9.jsonl": (0.96, 0.96, 2.0, 0.96),
    # spent after its one untouched run (0.953 / 0.961 / 5.2 / Welsh 0.984): a guard at that run
    "heldout-final-5.jsonl": (0.95, 0.95, 5.5, 0.98),
    # spent after its first run (0.922 / 0.937 / 4.1 / Welsh 0.938) and rounds detect8/detect9: a guard below them
    "heldout-10.jsonl": (0.97, 0.97, 1.0, 0.97),
    # spent after its one untouched run (0.928 / 0.960 / 4.3 / Welsh 0.986): a guard at that run
    "heldout-final-6.jsonl": (0.96, 0.98, 1.0, 0.98),  # then round 10 fitted it: 0.972 / 0.994 / 0.5
    # spent in rounds 11-13 after their first runs (11: 0.900 / 0.929 / 4.5 / 0.926; 12: 0.921 / 0.912 / 6.2 / 0.986;
    # 13: 0.912 / 0.919 / 4.8 / 0.987): guards just below the fitted figures
    "heldout-11.jsonl": (0.96, 0.98, 1.0, 0.97),
    "heldout-12.jsonl": (0.96, 0.96, 2.0, 0.98),
    "heldout-13.jsonl": (0.96, 0.97, 1.5, 0.98),  # 0.975 / 0.982 / 0.9 after session 6
    # spent after its one untouched run (0.893 / 0.911 / 4.5 / Welsh 0.991), then a few precision families fitted
    "heldout-final-7.jsonl": (0.93, 0.96, 2.0, 0.98),  # 0.943 / 0.972 / 1.2 after session 6
    # spent in session 6 after their first runs (14: 0.917 / 0.943 / 2.2 / 0.939; 15: 0.867 / 0.875 / 7.5 / 1.000):
    # guards just below the fitted figures (14: 0.960 / 0.989 / 0.4 / 0.970; 15: 0.953 / 0.979 / 1.0 / 1.000)
    "heldout-14.jsonl": (0.95, 0.98, 1.0, 0.96),
    "heldout-15.jsonl": (0.94, 0.97, 1.5, 0.98),
    # scored once untouched at the end of session 6 (0.917 / 0.943 / 3.4 / Welsh 0.937): a guard at that run
    "heldout-final-8.jsonl": (0.91, 0.93, 4.0, 0.93),
    # spent in session 7 after their first runs (16: 0.913 / 0.940 / 3.2 / 0.979; 17: 0.931 / 0.970 / 1.3 / 0.955):
    # guards just below the fitted figures (16: 0.945 / 0.967 / 1.7 / 0.979; 17: 0.962 / 0.985 / 0.3 / 0.975)
    "heldout-16.jsonl": (0.94, 0.96, 2.0, 0.97),
    "heldout-17.jsonl": (0.95, 0.98, 1.0, 0.97),
    # spent in session 7 after its first run (0.896 / 0.947 / 1.1 / 1.000): a guard below the fitted 0.919 / 0.975 / 0.2
    "heldout-18.jsonl": (0.91, 0.96, 1.0, 0.98),
    # scored once untouched at the end of session 7 (0.948 / 0.952 / 2.1 / Welsh 0.984): a guard at that run
    "heldout-final-9.jsonl": (0.94, 0.95, 2.5, 0.98),
    # spent in session 8 after their first runs (19: 0.934 / 0.961 / 2.2 / 0.969; 20: 0.948 / 0.968 / 0.7 / 0.966):
    # guards below the fitted figures (19: 0.964 / 0.981 / 0.8 / 0.987; 20: 0.968 / 0.974 / 0.4 / 0.976)
    "heldout-19.jsonl": (0.95, 0.97, 1.5, 0.97),
    "heldout-20.jsonl": (0.95, 0.96, 1.0, 0.96),
    # spent in session 8 after their first runs (21: 0.923 / 0.968 / 0.9 / 0.948; 22: 0.891 / 0.870 / 2.1 / 0.941):
    # guards below the fitted figures (21: 0.932 / 0.972 / 0.9 / 0.948; 22: 0.925 / 0.965 / 0.4 / 1.000)
    "heldout-21.jsonl": (0.92, 0.96, 1.5, 0.94),
    "heldout-22.jsonl": (0.91, 0.95, 1.0, 0.98),
    # scored once untouched at the end of session 8 (0.952 / 0.971 / 1.0 / Welsh 0.964): a guard at that run
    "heldout-final-10.jsonl": (0.95, 0.97, 1.5, 0.96),
    # spent in session 9 after their first runs (23: 0.883 / 0.953 / 1.1 / 0.940; 24: 0.956 / 0.964 / 2.1 / 0.975):
    # guards below the fitted figures (23: 0.973 / 0.978 / 0.4 / 0.964; 24: 0.980 / 0.981 / 0.9 / 0.983)
    "heldout-23.jsonl": (0.96, 0.96, 1.0, 0.95),
    "heldout-24.jsonl": (0.97, 0.97, 1.5, 0.97),
    # scored once untouched at the end of session 9 (0.962 / 0.957 / 2.1 / Welsh 0.994): a guard at that run
    "heldout-final-11.jsonl": (0.96, 0.95, 2.5, 0.99),
    # spent in session 10 after their first runs (25: 0.932 / 0.962 / 1.5 / 0.994; 26: 0.935 / 0.935 / 4.2 / 0.980):
    # guards below the fitted figures (25: 0.968 / 0.977 / 0.5 / 0.994; 26: 0.968 / 0.969 / 1.2 / 1.000)
    "heldout-25.jsonl": (0.96, 0.97, 1.0, 0.99),
    "heldout-26.jsonl": (0.96, 0.96, 1.5, 0.99),
    # scored once untouched at the end of session 10 (0.933 / 0.986 / 0.0 / Welsh 0.935): a guard at that run
    "heldout-final-12.jsonl": (0.93, 0.98, 0.5, 0.93),
    # spent in session 11 after their first runs (27: 0.958 / 0.960 / 1.4 / 0.966; 28: 0.926 / 0.979 / 1.0 / 0.922):
    # guards below the fitted figures (27: 0.971 / 0.966 / 0.7 / 0.985; 28: 0.978 / 0.990 / 0.2 / 0.987)
    "heldout-27.jsonl": (0.96, 0.95, 1.5, 0.97),
    "heldout-28.jsonl": (0.97, 0.98, 1.0, 0.97),
    # scored once untouched at the end of session 11 (0.939 / 0.952 / 1.7 / Welsh 0.981): a guard at that run
    "heldout-final-13.jsonl": (0.93, 0.94, 2.5, 0.97),
}
SETS = [p for p in ([evaluate.DEV_CORPUS] if evaluate.DEV_CORPUS.exists() else []) + sorted(EVAL.glob("*.jsonl"))]


@pytest.fixture(scope="module")
def scores(engine) -> dict[str, tuple]:  # noqa: ANN001 - the session engine fixture
    """(overall, Welsh subset) scores of every set, computed once; the table goes to the terminal summary."""
    out = {}
    rows = []
    for path in SETS:
        records = evaluate.load(path)
        findings = evaluate.run_engine(records, engine=engine)
        cy = evaluate.welsh_ids(path)
        overall = evaluate.score(records, findings)
        welsh = evaluate.score(records, findings, cy) if cy else None
        out[path.name] = (overall, welsh)
        rows.append((path.name, overall, welsh))
    conftest.EVAL_REPORT[:] = evaluate.table(rows).splitlines()
    return out


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.name)
def test_floors(scores, path: Path) -> None:
    """Each set keeps its recall, precision, clean-text and Welsh floors (sets without floors only report)."""
    overall, welsh = scores[path.name]
    floors = FLOORS.get(path.name)
    if floors is None:
        pytest.skip(f"{path.name}: reported only (not yet used for tuning)")
    recall, precision, fp, cy = floors
    assert overall.recall >= recall, f"{path.name}: recall {overall.recall:.3f} < {recall}"
    assert overall.precision >= precision, f"{path.name}: precision {overall.precision:.3f} < {precision}"
    assert overall.fp_per_1k <= fp, f"{path.name}: {overall.fp_per_1k:.1f} false alarms per 1,000 clean words"
    if cy is not None and welsh is not None:
        assert welsh.recall >= cy, f"{path.name}: Welsh recall {welsh.recall:.3f} < {cy}"
