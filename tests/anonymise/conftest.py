"""Fixtures of the anonymise tests: the spaCy-backed Engine is built once per test session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def engine():
    """The full Engine (NER on), its model loaded once for the whole session."""
    from anonymise.engine import Engine

    eng = Engine()
    eng.nlp  # noqa: B018 - load now, once
    return eng


@pytest.fixture(scope="session")
def fast_engine():
    """The Engine without NER (patterns and gazetteers only, as in --fast)."""
    from anonymise.engine import Engine

    return Engine(fast=True)


def found(dets, entity_type=None):
    """The texts of ``dets`` (of one type when given)."""
    return [d.text for d in dets if entity_type is None or d.entity_type == entity_type]


# Lines of the detection report over the evaluation sets (test_eval_scores.py), printed after the run.
EVAL_REPORT: list[str] = []


def pytest_terminal_summary(terminalreporter) -> None:  # noqa: ANN001 - pytest's hook signature
    """Print the detection figures on every evaluation set (a report, not a gate)."""
    if EVAL_REPORT:
        terminalreporter.write_sep("-", "anonymisation check on the evaluation sets")
        for line in EVAL_REPORT:
            terminalreporter.write_line(line)
