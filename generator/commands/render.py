"""`casereview render`: load a review, render its documents, write them atomically to --out."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable

from generator import atomic
from generator.errors import RenderError, UserError
from generator.findings import Finding, Severity


def _progress() -> tuple[Callable[[str], None] | None, Callable[[], None]]:
    """A progress line on a TTY (stderr) only; nothing when piped or in CI."""
    if not sys.stderr.isatty():
        return None, lambda: None
    from rich.console import Console

    console = Console(stderr=True)
    status = console.status("rendering")
    status.start()

    def update(name: str) -> None:
        status.update(f"rendering {name}")

    return update, status.stop


def _print(findings: list[Finding]) -> None:
    for f in sorted(findings, key=lambda f: f.sort_key()):
        print(f"{f.location.short()}: {f.code} {f.message}", file=sys.stderr)


def run(review: Path, out: Path, to: list[str], edition: str, lang: str,
        reference_docx: Path | None = None) -> list[Path]:
    """Render ``review`` into ``out``; return the written paths (all or nothing).

    Raises UserError for bad options or an unloadable review, RenderError for refusals (e.g. a
    document the regime never lets a board publish, an image without alt text).
    """
    from generator import pipeline
    from generator.render import option_problem

    problem = option_problem(to, edition, lang)
    if problem:
        raise UserError(problem)
    if reference_docx is not None and not Path(reference_docx).is_file():
        raise UserError(f"--reference-docx {reference_docx}: no such file")
    stage = pipeline.load(Path(review))
    loaded = stage.review
    if loaded is None:
        _print(stage.findings)
        raise UserError(f"{review}: the review could not be loaded (see the findings above)")
    _print([f for f in stage.findings if f.code in ("VAL014", "VAL015")])
    out = Path(out)
    if out.resolve() == loaded.root.resolve() or loaded.root.resolve() in out.resolve().parents:
        raise UserError(f"--out {out} is inside the review folder; choose a folder outside it")
    update, stop = _progress()
    try:
        result = pipeline.render(loaded, formats=to, edition=edition, lang=lang, progress=update,
                                 reference_docx=reference_docx)
    finally:
        stop()
    _print([f for f in result.findings if f.severity is not Severity.NOTE or f.code == "RND001"])
    written: list[Path] = []
    try:
        with atomic.staged_dir(out) as stage:
            for output in result.outputs:
                atomic.write_bytes(stage / output.name, output.data)
                written.append(out / output.name)
    except OSError as exc:
        raise RenderError(f"cannot write to {out}: {exc}") from exc
    return written
