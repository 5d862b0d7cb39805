"""``casereview validate REVIEW``: the pipeline's load and validate stages."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from generator.findings import Finding
from generator.pipeline import apply_suppressions, load, validate

__all__ = ["apply_suppressions", "run"]


def run(review: Path, *, show_evidence: bool = False) -> tuple[list[Finding], int]:
    """All findings for the review folder (load problems first) and the number of files inspected.

    Paths are usable from the current folder (``../t1/report.md`` for ``validate ../t1``), and
    values quoted from the review's own files are masked unless ``show_evidence``.
    Raises UserError when the folder does not exist.
    """
    review = Path(review)
    staged = load(review)
    findings = [_did_you_mean(f) for f in validate(staged)]
    loaded = staged.review
    sources: dict[str, str] = {}
    if loaded is not None:
        for source in [d.source for d in loaded.documents] + ([loaded.yaml_source] if loaded.yaml_source else []):
            sources[source.rel] = source.text
    elif (review / "review.yaml").is_file():
        try:
            sources[_rel_from_loader(review / "review.yaml", review)] = (review / "review.yaml").read_text(
                "utf-8", errors="replace"
            )
        except OSError:
            pass
    if not show_evidence:
        from generator.display import mask_findings

        findings = mask_findings(findings, sources=sources)
    findings = [_usable_path(f, review) for f in findings]
    return findings, staged.files


def _did_you_mean(f: Finding) -> Finding:
    """An unknown ``nation:`` or ``type:`` (VAL008) gets the closest valid one: 'England' -> 'england'."""
    import re

    from rapidfuzz import process

    from generator import schema

    if f.code != "VAL008" or f.location.pointer not in ("/nation", "/type") or "did you mean" in f.message:
        return f
    m = re.search(r"'([^']+)'|\"([^\"]+)\"", f.message)
    if not m:
        return f
    value = (m.group(1) or m.group(2) or "").strip()
    choices = list(schema.NATIONS) if f.location.pointer == "/nation" else sorted({t for _, t in schema.review_types()})
    best = process.extractOne(value.lower(), choices, score_cutoff=60)
    if not best or best[0] == value:
        return f
    return replace(f, message=f"{f.message} (did you mean {best[0]!r}?)")


def _rel_from_loader(path: Path, review: Path) -> str:
    from generator.loader import display_path

    return display_path(path, review)


def _usable_path(f: Finding, review: Path) -> Finding:
    """The loader names files relative to the review's parent when the review is not below the
    current folder; name them from the folder as the user gave it instead."""
    from generator.display import shown_path

    path = f.location.path
    cwd = Path.cwd().resolve()
    parent = review.resolve().parent
    try:
        review.resolve().relative_to(cwd)
        return f  # already relative to the current folder
    except ValueError:
        pass
    candidate = Path(path)
    if candidate.is_absolute():
        return f
    shown = shown_path(parent / candidate, [review])
    return replace(f, location=replace(f.location, path=shown))
