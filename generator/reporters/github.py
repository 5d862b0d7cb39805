"""GitHub Actions workflow commands (``::error file=...,line=...::message``)."""

from __future__ import annotations

from typing import Sequence

from generator.findings import Finding

_LEVEL = {"error": "error", "warning": "warning", "note": "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_prop(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(findings: Sequence[Finding], *, files: int) -> str:
    lines = []
    for f in findings:
        if f.suppressed is not None:
            continue
        loc = f.location
        props = [f"file={_escape_prop(loc.path)}"]
        if loc.line is not None and loc.where is None:  # a labelled place has no line in the file itself
            props.append(f"line={loc.line}")
            if loc.column is not None:
                props.append(f"col={loc.column}")
            if loc.end_line is not None:
                props.append(f"endLine={loc.end_line}")
        props.append(f"title={_escape_prop(f.code + ' ' + f.rule)}")
        where = f" ({', '.join(p for p in (loc.part, loc.where) if p)})" if loc.part or loc.where else ""
        msg = f.message + where + (f" [{f.evidence}]" if f.evidence else "")
        lines.append(f"::{_LEVEL[f.severity.value]} {','.join(props)}::{_escape_data(msg)}")
    return "\n".join(lines) + ("\n" if lines else "")
