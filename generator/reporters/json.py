"""JSON report, version 1 (schema: schemas/report.schema.json)."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any, Sequence

from generator import __version__
from generator.findings import Finding

REPORT_VERSION = 1


def report_dict(findings: Sequence[Finding], *, files: int) -> dict[str, Any]:
    active = [f for f in findings if f.suppressed is None]
    return {
        "version": REPORT_VERSION,
        "tool": {"name": "casereview", "version": __version__},
        "findings": [f.to_dict() for f in findings],
        "summary": {
            "files": files,
            "findings": len(active),
            "suppressed": len(findings) - len(active),
            "by_code": dict(sorted(Counter(f.code for f in active).items())),
        },
    }


def render(findings: Sequence[Finding], *, files: int) -> str:
    return json.dumps(report_dict(findings, files=files), indent=2, ensure_ascii=False) + "\n"
