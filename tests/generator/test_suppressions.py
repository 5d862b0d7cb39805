"""Suppression directives: parsing, scope, reasons, and the key-file exception."""

from __future__ import annotations

from generator.suppressions import parse, reason_for


def test_own_line_directive_covers_next_non_blank_line() -> None:
    text = 'intro\n<!-- casereview: allow ANO101 reason="public figure" -->\n\nThe Mayor spoke.\nNext.\n'
    good, bad = parse(text)
    assert bad == []
    assert good[0].applies_to == 4
    assert reason_for(good, "ANO101", 4, "PERSON") == "public figure"
    assert reason_for(good, "ANO101", 5, "PERSON") is None
    assert reason_for(good, "ANO104", 4, "POSTCODE") is None


def test_trailing_directive_covers_its_own_line_and_yaml_comments_work() -> None:
    good, _ = parse('name: Ada Lovelace  # casereview: allow ANO1 reason="historical figure"\n')
    assert good[0].applies_to == 1
    assert reason_for(good, "ANO101", 1, "PERSON") == "historical figure"


def test_allow_file_covers_every_line() -> None:
    good, _ = parse('<!-- casereview: allow-file ANO201 reason="chronology kept for the panel" -->\nx\n')
    assert reason_for(good, "ANO201", 99, "DATE") == "chronology kept for the panel"


def test_reason_is_required() -> None:
    good, bad = parse("<!-- casereview: allow ANO101 -->\nName\n")
    assert good == []
    assert "reason" in bad[0].message


def test_key_matches_can_never_be_suppressed() -> None:
    good, bad = parse('<!-- casereview: allow ANO150 reason="x" -->\nJayden\n')
    assert good == []
    assert "cannot be suppressed" in bad[0].message
    good, _ = parse('<!-- casereview: allow ANO reason="everything" -->\nJayden\n')
    assert reason_for(good, "ANO301", 2, "KEY_MATCH") is None
    assert reason_for(good, "ANO150", 2, "KEY_MATCH") is None
