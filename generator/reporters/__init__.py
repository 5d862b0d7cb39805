"""Reporters: each prints the same findings in one format (text, json, sarif, github)."""

from __future__ import annotations

from typing import Callable, Sequence

from generator.findings import Finding

FORMATS = ("text", "json", "sarif", "github")


def render_report(fmt: str, findings: Sequence[Finding], *, files: int, color: bool = False) -> str:
    """Return the whole report in ``fmt`` as a string (newline-terminated)."""
    renderer: Callable[..., str]
    if fmt == "text":
        from generator.reporters.text import render as text_render

        return text_render(sorted(findings, key=Finding.sort_key), files=files, color=color)
    elif fmt == "json":
        from generator.reporters.json import render as renderer
    elif fmt == "sarif":
        from generator.reporters.sarif import render as renderer
    elif fmt == "github":
        from generator.reporters.github import render as renderer
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return renderer(sorted(findings, key=Finding.sort_key), files=files)
