"""Baseline fingerprints: line-independent, keyed, free of personal data."""

from __future__ import annotations

import json

import pytest

from generator import baseline
from generator.errors import UserError
from generator.findings import Finding, Location, Severity


def _f(line: int, code: str = "ANO101", entity: str = "PERSON") -> Finding:
    return Finding(code, "person-name", Severity.ERROR, "m", Location("r.md", line, 1), entity_type=entity)


def test_fingerprint_ignores_line_but_not_text() -> None:
    a = baseline.attach([(_f(3), "Jayden Okafor")], "salt")[0]
    b = baseline.attach([(_f(40), "Jayden  Okafor")], "salt")[0]
    c = baseline.attach([(_f(3), "Grace Okafor")], "salt")[0]
    assert a.fingerprint == b.fingerprint != c.fingerprint


def test_fingerprint_depends_on_key(monkeypatch: pytest.MonkeyPatch) -> None:
    a = baseline.attach([(_f(3), "Jayden")], "salt-1")[0]
    b = baseline.attach([(_f(3), "Jayden")], "salt-2")[0]
    assert a.fingerprint != b.fingerprint
    monkeypatch.setenv(baseline.ENV_KEY, "ci-secret")
    c = baseline.attach([(_f(3), "Jayden")], "salt-1")[0]
    d = baseline.attach([(_f(3), "Jayden")], "salt-2")[0]
    assert c.fingerprint == d.fingerprint != a.fingerprint


def test_repeated_text_gets_distinct_fingerprints() -> None:
    out = baseline.attach([(_f(1), "Jayden"), (_f(9), "Jayden")], "s")
    assert out[0].fingerprint != out[1].fingerprint


def test_dump_holds_no_identifier_and_skips_key_matches(tmp_path) -> None:
    found = baseline.attach([(_f(1), "Jayden Okafor"), (_f(2, "ANO150", "KEY_MATCH"), "Okafor")], "s")
    text = baseline.dump("s", found)
    assert "Jayden" not in text and "Okafor" not in text
    data = json.loads(text)
    assert len(data["fingerprints"]) == 1
    path = tmp_path / "b.json"
    path.write_text(text)
    salt, fps = baseline.load(path)
    assert salt == "s" and fps == {found[0].fingerprint}


def test_bad_baseline_file_is_a_user_error(tmp_path) -> None:
    bad = tmp_path / "b.json"
    bad.write_text("{nope")
    with pytest.raises(UserError, match="not a casereview baseline"):
        baseline.load(bad)
    with pytest.raises(UserError, match="not found"):
        baseline.load(tmp_path / "missing.json")
