"""``casereview validate REVIEW``: load a review and run the schema and statutory rules on it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import generator.rules  # noqa: F401  (registers VAL013 among the rules)
from generator.findings import REGISTRY, Finding
from generator.loader import files_inspected, load_review
from generator.model import Review, SourceText
from generator.validate import validate_review


def apply_suppressions(review: Review, findings: list[Finding]) -> list[Finding]:
    """Mark findings covered by in-source ``casereview: allow`` directives; report unusable directives."""
    from generator import suppressions as sup

    sources: list[SourceText] = [d.source for d in review.documents]
    if review.yaml_source is not None:
        sources.append(review.yaml_source)
    out = list(findings)
    for source in sources:
        if "casereview:" not in source.text:
            continue
        good, bad = sup.parse(source.text)
        out.extend(REGISTRY.finding("VAL013", b.message, source.line_location(b.line, b.column)) for b in bad)
        if not good:
            continue
        for i, f in enumerate(out):
            if f.location.path == source.rel and f.suppressed is None:
                reason = sup.reason_for(good, f.code, f.location.line, f.entity_type)
                if reason is not None:
                    out[i] = replace(f, suppressed=reason)
    return out


def run(review: Path) -> tuple[list[Finding], int]:
    """All findings for the review folder (load problems first) and the number of files inspected.

    Raises UserError when the folder does not exist.
    """
    loaded, findings = load_review(Path(review))
    if loaded is not None:
        findings = apply_suppressions(loaded, findings + validate_review(loaded))
    return findings, files_inspected(loaded, Path(review))
