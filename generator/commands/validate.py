"""``casereview validate REVIEW``: the pipeline's load and validate stages."""

from __future__ import annotations

from pathlib import Path

from generator.findings import Finding
from generator.pipeline import apply_suppressions, load, validate

__all__ = ["apply_suppressions", "run"]


def run(review: Path) -> tuple[list[Finding], int]:
    """All findings for the review folder (load problems first) and the number of files inspected.

    Raises UserError when the folder does not exist.
    """
    loaded = load(Path(review))
    return validate(loaded), loaded.files
