"""``casereview themes FILE...``: learning themes with the paragraphs that evidence them (text or JSON)."""

from __future__ import annotations

import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, Sequence

from generator.errors import UserError

SUFFIXES = {".pdf", ".docx", ".odt", ".html", ".htm", ".md", ".txt"}


def targets(paths: Sequence[Path]) -> list[Path]:
    """Review folders and published files to tag: a folder with review.yaml is one review; any other
    folder is searched for review folders and for PDF/DOCX/ODT/HTML/Markdown/text files."""
    out: list[Path] = []
    for p in paths:
        if not p.exists():
            raise UserError(f"{p}: no such file or folder")
        if p.is_file():
            if p.suffix.lower() not in SUFFIXES:
                raise UserError(f"{p}: cannot read a '{p.suffix or 'extensionless'}' file for themes; "
                                f"give {', '.join(sorted(SUFFIXES))} files or review folders")
            out.append(p)
            continue
        if (p / "review.yaml").is_file():
            out.append(p)
            continue
        for root, dirs, files in os.walk(p):
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "node_modules")
            here = Path(root)
            if (here / "review.yaml").is_file():
                out.append(here)
                dirs[:] = []
                continue
            out.extend(here / f for f in sorted(files) if Path(f).suffix.lower() in SUFFIXES)
    return list(dict.fromkeys(out))


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _init() -> None:
    from generator.themes import get_matcher

    get_matcher()


def _one(args: tuple[Path, bool]) -> dict[str, Any]:
    from generator.themes import tag_path

    path, use_cache = args
    return tag_path(path, use_cache=use_cache, shown=_shown(path)).to_dict()


def run(paths: Sequence[Path], *, jobs: int | None = None, use_cache: bool = True,
        progress: bool | None = None) -> dict[str, Any]:
    """Themes of every target as the JSON document the SPEC names (``{"documents": [...]}``)."""
    from generator import __version__
    from generator.progress import ProgressBar

    items = targets(paths)
    if not items:
        raise UserError("nothing to tag: no review folders or PDF/DOCX/ODT/HTML/Markdown files under "
                        + ", ".join(map(str, paths)))
    jobs = max(1, jobs or os.cpu_count() or 1)
    show = progress if progress is not None else (sys.stderr.isatty() and len(items) > 1)
    docs: list[dict[str, Any]] = []
    with ProgressBar(show, len(items), "themes") as advance:
        if jobs == 1 or len(items) == 1:
            for item in items:
                docs.append(_one((item, use_cache)))
                advance()
        else:
            import multiprocessing as mp

            ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
            with ProcessPoolExecutor(max_workers=min(jobs, len(items)), mp_context=ctx, initializer=_init) as pool:
                for doc in pool.map(_one, [(i, use_cache) for i in items], chunksize=max(1, len(items) // (jobs * 8))):
                    docs.append(doc)
                    advance()
    return {"version": 1, "tool": {"name": "casereview", "version": __version__}, "documents": docs}


def text(data: dict[str, Any]) -> str:
    """A readable listing: each document, its themes, and the paragraphs that evidence them."""
    lines = []
    for doc in data["documents"]:
        lines.append(doc["path"])
        for problem in doc.get("problems", []):
            lines.append(f"  could not read everything: {problem}")
        if not doc["themes"]:
            lines.append("  (no theme found)")
        for t in doc["themes"]:
            refs: list[str] = []
            for e in t["evidence"]:
                ref = f"{e['part']} {e['paragraph']}"
                if ref not in refs:
                    refs.append(ref)
            shown = ", ".join(refs[:8]) + (f" and {len(refs) - 8} more" if len(refs) > 8 else "")
            lines.append(f"  {t['id']} ({t['title']}): {len(t['evidence'])} mention(s) — {shown}")
    return "\n".join(lines) + "\n"


def render(data: dict[str, Any], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    if fmt == "text":
        return text(data)
    raise UserError(f"unknown format {fmt!r}; use text or json")
