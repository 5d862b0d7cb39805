"""Plain text: ``path:line:col: CODE message`` one per line, then a summary line."""

from __future__ import annotations

from collections import Counter
from typing import Sequence

from generator.findings import Finding


def render(findings: Sequence[Finding], *, files: int) -> str:
    lines = []
    for f in findings:
        text = f"{f.location.short()}: {f.code} {f.message}"
        if f.evidence:
            text += f" [{f.evidence}]"
        if f.suppressed is not None:
            text += f" (suppressed: {f.suppressed})"
        lines.append(text)
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
    lines.append(summary)
    return "\n".join(lines) + "\n"
