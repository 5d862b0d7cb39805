"""``casereview validate REVIEW``: load a review and run the schema and statutory rules on it."""

from __future__ import annotations

from pathlib import Path

from generator.findings import Finding
from generator.loader import files_inspected, load_review
from generator.validate import validate_review


def run(review: Path) -> tuple[list[Finding], int]:
    """All findings for the review folder (load problems first) and the number of files inspected.

    Raises UserError when the folder does not exist.
    """
    loaded, findings = load_review(Path(review))
    if loaded is not None:
        findings = findings + validate_review(loaded)
    return findings, files_inspected(loaded, Path(review))
