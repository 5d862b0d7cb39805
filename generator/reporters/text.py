"""Plain text: ``path:line:col: severity CODE message`` one per line, then a summary line.

With ``color=True`` (a terminal, and ``NO_COLOR`` unset: the CLI decides) the severity is coloured
with rich; otherwise the output holds no escape sequence at all.
"""

from __future__ import annotations

import io
from collections import Counter
from typing import Sequence

from generator.findings import Finding

_STYLE = {"error": "bold red", "warning": "yellow", "note": "cyan"}


def summary_line(findings: Sequence[Finding], *, files: int) -> str:
    """``5 files checked: 2 error(s), 1 warning(s), 0 note(s)[, 1 suppressed]``."""
    active = [f for f in findings if f.suppressed is None]
    counts = Counter(f.severity.value for f in active)
    suppressed = len(findings) - len(active)
    summary = (
        f"{files} file{'s' if files != 1 else ''} checked: "
        f"{counts.get('error', 0)} error(s), {counts.get('warning', 0)} warning(s), "
        f"{counts.get('note', 0)} note(s)"
    )
    if suppressed:
        summary += f", {suppressed} suppressed"
    return summary


def render(findings: Sequence[Finding], *, files: int, color: bool = False) -> str:
    rows: list[tuple[str, str, str, str]] = []  # location, severity, code, rest
    for f in findings:
        rest = f.message
        if f.evidence:
            rest += f" [{f.evidence}]"
        if f.suppressed is not None:
            rest += f" (suppressed: {f.suppressed})"
        rows.append((f.location.short(), f.severity.value, f.code, rest))
    summary = summary_line(findings, files=files)
    if not color:
        lines = [f"{loc}: {sev} {code} {rest}" for loc, sev, code, rest in rows]
        return "\n".join([*lines, summary]) + "\n"

    from rich.console import Console
    from rich.text import Text

    buf = io.StringIO()
    console = Console(
        file=buf, force_terminal=True, color_system="standard", width=10_000, highlight=False, no_color=False
    )
    for (loc, sev, code, rest), f in zip(rows, findings):
        line = Text()
        line.append(loc, style="bold")
        line.append(": ")
        line.append(sev, style="dim" if f.suppressed is not None else _STYLE[sev])
        line.append(" ")
        line.append(code, style="bold")
        line.append(" " + rest)
        console.print(line, soft_wrap=True)
    console.print(Text(summary, style="bold"), soft_wrap=True)
    return buf.getvalue()
