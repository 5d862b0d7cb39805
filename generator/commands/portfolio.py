"""``casereview portfolio PATH... --out DIR``: many reviews at once — milestones, actions and themes as a dashboard."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Sequence

from generator.errors import UserError


def run(paths: Sequence[Path], out: Path, *, since: Path | None = None, merge: bool = False,
        today: str | None = None, jobs: int | None = None, use_cache: bool = True,
        progress: bool | None = None) -> tuple[dict, list[Path]]:
    """Build (or merge) the portfolio, compare with ``since``, write every output into ``out``."""
    from generator import portfolio
    from generator.render.dashboard import write_outputs

    day = _day(today)
    if merge:
        docs = [(str(p), portfolio.load_json(p)) for p in paths]
        if not docs:
            raise UserError("--merge needs portfolio.json files")
        data = portfolio.merge(docs, day)
    else:
        if any(p.is_file() and p.suffix == ".json" for p in paths):
            raise UserError("a portfolio.json was given: add --merge to join portfolio files")
        data = portfolio.build(paths, day or dt.date.today(), jobs=jobs, use_cache=use_cache, progress=progress)
    if since is not None:
        data["changes"] = portfolio.changes(portfolio.load_json(since), data)
    return data, write_outputs(data, out)


def _day(today: str | None) -> dt.date | None:
    if today is None:
        return None
    try:
        return dt.date.fromisoformat(today)
    except ValueError:
        raise UserError(f"--today {today!r} is not a date; write YYYY-MM-DD") from None
