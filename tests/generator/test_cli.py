"""The CLI shell: version, help on every command with an example, usage errors exit 2 without traceback."""

from __future__ import annotations

import pytest

from generator import __version__
from generator.cli import main

COMMANDS = ["new", "validate", "check", "anonymise", "render", "build", "deadlines", "import"]


def test_version(capsys) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"casereview {__version__}"


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(capsys, command: str) -> None:
    assert main([command, "--help"]) == 0
    out = capsys.readouterr().out
    assert "Example" in out and f"casereview {command}" in out


def test_no_arguments_prints_help(capsys) -> None:
    assert main([]) == 0
    out = capsys.readouterr().out
    assert all(c in out for c in COMMANDS)


@pytest.mark.parametrize(
    "argv,fragment",
    [
        (["bogus"], "No such command"),
        (["validate"], "Missing argument"),
        (["check", "--format", "xml", "x"], "Invalid value"),
        (["render", "samples/england-lcspr", "--out", "x", "--edition", "final"], "Invalid value"),
        (["new", "england", "nonsense", "x"], "nonsense"),
    ],
)
def test_usage_errors_exit_2_without_traceback(capsys, tmp_path, monkeypatch, argv, fragment) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2
    captured = capsys.readouterr()
    text = captured.out + captured.err
    assert fragment in text
    assert "Traceback" not in text and "internal error" not in text
