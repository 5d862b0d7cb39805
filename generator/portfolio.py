"""A partnership's reviews at once: milestones, action plans and learning themes as one data document.

``build(paths)`` finds every review folder under ``paths``, analyses each one (load, validate,
milestones and duties, action plan, themes) — in a process pool when asked — and returns the
``portfolio.json`` data. ``changes(previous, current)`` says what moved since an earlier run, and
``merge(documents)`` joins portfolios made separately (one per year or region). Rendering the
dashboard and the other outputs is ``generator.render.dashboard``'s job.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, Iterable, Sequence

from generator import __version__
from generator.errors import UserError
from generator.progress import ProgressBar

SCHEMA_VERSION = 1
SKIP_DIRS = {".git", ".hg", ".svn", "__pycache__", "node_modules", ".casereview-cache", ".venv"}
DUE_SOON_WORKING_DAYS = 30
STAGES = [  # (pointer of the date that marks it, stage), in the order a review goes through them
    ("/dates/awareness", "notified"),
    ("/dates/notification", "notified"),
    ("/dates/rapid_review", "rapid review done"),
    ("/dates/referral", "referred"),
    ("/dates/decision", "review decided"),
    ("/dates/commissioned", "under review"),
    ("/dates/final_report", "report final"),
    ("/dates/publication", "published"),
    ("/dates/action_plan_final", "action plan agreed"),
]


def find_reviews(paths: Sequence[Path]) -> list[Path]:
    """Every review folder (a folder with a review.yaml) at or under ``paths``, sorted, no duplicates."""
    found: list[Path] = []
    for p in paths:
        if not p.exists():
            raise UserError(f"{p}: no such file or folder")
        if not p.is_dir():
            raise UserError(f"{p}: not a folder; give review folders or folders of them "
                            "(use --merge to join portfolio.json files)")
        found.extend(_walk(p, set()))
    unique = list(dict.fromkeys(f.resolve() for f in found))
    return sorted(unique)


def _walk(folder: Path, seen: set[tuple[int, int]]) -> Iterable[Path]:
    try:
        st = folder.stat()
    except OSError:
        return
    if (st.st_dev, st.st_ino) in seen:  # a symlink loop
        return
    seen.add((st.st_dev, st.st_ino))
    if (folder / "review.yaml").is_file():
        yield folder
        return
    try:
        children = sorted(folder.iterdir())
    except OSError:
        return
    for child in children:
        if child.name.startswith(".") or child.name in SKIP_DIRS:
            continue
        if child.is_dir() and not child.is_symlink():
            yield from _walk(child, seen)


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _iso(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, dt.date) else None


def analyse(folder: Path, today: dt.date, model: str | None = None, use_cache: bool = True,
            with_themes: bool = True) -> dict[str, Any]:
    """Everything the portfolio needs about one review folder, as plain data (safe to pickle)."""
    from generator import pipeline
    from generator.rules.actions import action_rows
    from generator.rules.duties import duty_status
    from generator.rules.timescales import milestones
    from generator.validate import Context

    shown = _shown(folder)
    loaded = pipeline.load(folder)
    review = loaded.review
    entry: dict[str, Any] = {"path": shown, "title": None, "nation": None, "type": None, "type_title": None,
                             "board": None, "status": None, "stage": None, "year": None, "valid": False,
                             "findings": [], "milestones": [], "next_milestone": None, "overdue": [],
                             "duties_missing": [], "actions": [], "themes": []}
    # what `casereview validate` reports; a finding suppressed in the source with a reason is a decision
    # already taken, so it is not listed again (as it does not count in validate's totals)
    findings = [f for f in pipeline.validate(loaded) if f.suppressed is None]
    entry["findings"] = [{"code": f.code, "severity": f.severity.value, "message": f.message,
                          "location": f.location.short()} for f in sorted(findings, key=lambda f: f.sort_key())]
    entry["valid"] = review is not None and not any(f.severity.value == "error" for f in findings)
    if review is None:
        return entry
    ctx = Context(review)
    entry.update(title=ctx.text("/title"), nation=review.nation, type=review.type, type_title=ctx.type.title,
                 board=ctx.text("/board"), status=ctx.status)
    stage = "started"
    for pointer, name in STAGES:
        if ctx.date(pointer):
            stage = name
    rows = action_rows(ctx, today)
    if rows and all(r.complete for r in rows) and ctx.date("/dates/publication"):
        stage = "actions complete"
    entry["stage"] = stage
    year_date = next((ctx.date(p) for p in ("/dates/publication", "/dates/decision", "/dates/referral",
                                            "/dates/notification", "/dates/incident") if ctx.date(p)), None)
    entry["year"] = year_date.year if year_date else None

    for st in milestones(ctx, today):
        m = st.to_dict()
        entry["milestones"].append({k: m[k] for k in ("id", "code", "name", "kind", "period", "due", "done",
                                                      "status", "working_days_left", "source")})
    open_ms = [m for m in entry["milestones"] if m["status"] in ("due", "overdue") and m["due"]]
    if open_ms:
        entry["next_milestone"] = min(open_ms, key=lambda m: m["due"])
    entry["overdue"] = [m["id"] for m in entry["milestones"] if m["status"] == "overdue"]
    entry["duties_missing"] = [{"code": d["code"], "name": d["name"], "wording": d["wording"]}
                               for d in duty_status(ctx) if d["status"] == "missing"]

    recs = {str(r.get("id")): str(r.get("text") or "") for _, r in ctx.items("/recommendations")}
    for r in rows:
        entry["actions"].append({
            "id": r.id,
            "recommendation": ", ".join(r.recommendations) or None,
            "recommendation_text": " ".join(recs.get(x, "") for x in r.recommendations).strip() or None,
            "action": r.action,
            "owner": r.owner,
            "due": _iso(r.due),
            "status": r.plan_status,
            "completed": _iso(r.completed),
            "progress": r.progress,
            "overdue": r.state(today) == "overdue",
            "due_soon": r.working_days_left is not None and 0 <= r.working_days_left <= DUE_SOON_WORKING_DAYS,
            "working_days_left": r.working_days_left,
        })
    if with_themes:
        from generator.themes import tag_path, taxonomy

        doc = tag_path(folder, model=model, use_cache=use_cache, shown=shown)
        titles = {t.id: t.title for t in taxonomy().themes}
        entry["themes"] = [{"id": tid, "title": titles.get(tid, tid),
                            "evidence": [{**e.to_dict(), "phrase": e.phrase} for e in ev]}
                           for tid, ev in doc.themes.items()]
    return entry


def _init_worker(model: str | None, with_themes: bool) -> None:
    if with_themes:
        from generator.themes import get_matcher

        get_matcher(model)


def _analyse_star(args: tuple[Path, dt.date, str | None, bool, bool]) -> dict[str, Any]:
    return analyse(*args)


def build(paths: Sequence[Path], today: dt.date, *, jobs: int | None = None, model: str | None = None,
          use_cache: bool = True, with_themes: bool = True, progress: bool | None = None) -> dict[str, Any]:
    """The portfolio of every review under ``paths`` as of ``today``."""
    folders = find_reviews(paths)
    if not folders:
        raise UserError("no review folders (folders with a review.yaml) under " + ", ".join(map(str, paths)))
    jobs = max(1, jobs or os.cpu_count() or 1)
    tasks = [(f, today, model, use_cache, with_themes) for f in folders]
    show = progress if progress is not None else (sys.stderr.isatty() and len(folders) > 1)
    reviews: list[dict[str, Any]] = []
    with ProgressBar(show, len(folders), "reviews") as advance:
        if jobs == 1 or len(folders) == 1:
            _init_worker(model, with_themes)
            for t in tasks:
                reviews.append(_analyse_star(t))
                advance()
        else:
            import multiprocessing as mp

            ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
            with ProcessPoolExecutor(max_workers=min(jobs, len(folders)), mp_context=ctx,
                                     initializer=_init_worker, initargs=(model, with_themes)) as pool:
                for entry in pool.map(_analyse_star, tasks, chunksize=max(1, len(tasks) // (jobs * 8))):
                    reviews.append(entry)
                    advance()
    return assemble(reviews, today)


def assemble(reviews: list[dict[str, Any]], today: dt.date, sources: list[str] | None = None) -> dict[str, Any]:
    """The portfolio document from analysed reviews (also used by ``merge``)."""
    from generator.themes import taxonomy

    reviews = sorted(reviews, key=lambda r: r["path"])
    actions = [{"review": r["path"], "review_title": r["title"], **a} for r in reviews for a in r["actions"]]
    milestones = [{"review": r["path"], "review_title": r["title"], **m} for r in reviews for m in r["milestones"]]
    by_year: dict[str, dict[str, int]] = {}
    by_type: dict[str, dict[str, int]] = {}
    totals: dict[str, int] = {}
    for r in reviews:
        for t in r["themes"]:
            totals[t["id"]] = totals.get(t["id"], 0) + 1
            year = str(r["year"]) if r["year"] else "unknown"
            by_year.setdefault(year, {}).setdefault(t["id"], 0)
            by_year[year][t["id"]] += 1
            kind = f"{r['nation']} {r['type']}"
            by_type.setdefault(kind, {}).setdefault(t["id"], 0)
            by_type[kind][t["id"]] += 1
    tax = taxonomy()
    status_counts: dict[str, int] = {}
    for a in actions:
        key = "overdue" if a["overdue"] else a["status"]
        status_counts[key] = status_counts.get(key, 0) + 1
    return {
        "version": SCHEMA_VERSION,
        "tool": {"name": "casereview", "version": __version__},
        "today": today.isoformat(),
        "sources": sources or [],
        "summary": {
            "reviews": len(reviews),
            "reviews_with_errors": sum(1 for r in reviews if not r["valid"]),
            "reviews_overdue": sum(1 for r in reviews if r["overdue"]),
            "actions": len(actions),
            "actions_by_status": dict(sorted(status_counts.items())),
            "actions_overdue": sum(1 for a in actions if a["overdue"]),
            "actions_due_soon": sum(1 for a in actions if a["due_soon"]),
        },
        "reviews": reviews,
        "actions": actions,
        "milestones": milestones,
        "themes": {
            "taxonomy": [{"id": t.id, "title": t.title, "definition": t.definition, "sources": list(t.sources)}
                         for t in tax.themes],
            "totals": {t.id: totals[t.id] for t in tax.themes if t.id in totals},
            "by_year": {y: by_year[y] for y in sorted(by_year)},
            "by_type": {k: by_type[k] for k in sorted(by_type)},
        },
    }


def changes(previous: dict[str, Any], current: dict[str, Any]) -> dict[str, Any]:
    """What changed between two portfolio documents: reviews added or gone, actions whose status
    changed (completed, newly overdue), milestones done since."""
    prev_reviews = {r["path"]: r for r in previous.get("reviews", [])}
    cur_reviews = {r["path"]: r for r in current.get("reviews", [])}

    def actions(doc: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
        return {(a["review"], a["id"]): a for a in doc.get("actions", [])}

    def ms(doc: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
        return {(m["review"], m["id"]): m for m in doc.get("milestones", [])}

    before, after = actions(previous), actions(current)
    status_changes = []
    for key, a in sorted(after.items()):
        old = before.get(key)
        if old is None:
            status_changes.append({"review": key[0], "id": key[1], "from": None, "to": a["status"], "action": a["action"]})
        elif old["status"] != a["status"] or old.get("overdue") != a.get("overdue"):
            status_changes.append({"review": key[0], "id": key[1],
                                   "from": "overdue" if old.get("overdue") else old["status"],
                                   "to": "overdue" if a.get("overdue") else a["status"], "action": a["action"]})
    removed_actions = [{"review": k[0], "id": k[1]} for k in sorted(set(before) - set(after))]
    m_before, m_after = ms(previous), ms(current)
    done = [{"review": k[0], "id": k[1], "name": m["name"], "done": m["done"]}
            for k, m in sorted(m_after.items())
            if m["status"] in ("done", "late", "running") and m_before.get(k, {}).get("status") not in ("done", "late", "running")]
    newly_overdue = [{"review": k[0], "id": k[1], "name": m["name"], "due": m["due"]}
                     for k, m in sorted(m_after.items())
                     if m["status"] == "overdue" and m_before.get(k, {}).get("status") != "overdue"]
    return {
        "since": previous.get("today"),
        "reviews_added": sorted(set(cur_reviews) - set(prev_reviews)),
        "reviews_removed": sorted(set(prev_reviews) - set(cur_reviews)),
        "actions_changed": status_changes,
        "actions_removed": removed_actions,
        "milestones_done": done,
        "milestones_overdue": newly_overdue,
    }


def load_json(path: Path) -> dict[str, Any]:
    """A portfolio.json written by an earlier run (validated against its schema)."""
    import json

    import jsonschema

    from generator.resources import schemas_dir

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UserError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except ValueError as exc:
        raise UserError(f"{path}: not a portfolio.json ({exc})") from None
    schema = json.loads((schemas_dir() / "portfolio.schema.json").read_text(encoding="utf-8"))
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(data), key=lambda e: list(e.path))
    if errors:
        first = errors[0]
        where = "/".join(map(str, first.path)) or "(top)"
        raise UserError(f"{path}: not a portfolio.json of this version: {where}: {first.message}")
    return data


def merge(documents: Sequence[tuple[str, dict[str, Any]]], today: dt.date | None = None) -> dict[str, Any]:
    """One portfolio from several (one per year, region or machine); a review in two of them is an error."""
    reviews: list[dict[str, Any]] = []
    seen: dict[str, str] = {}
    for name, doc in documents:
        for r in doc.get("reviews", []):
            if r["path"] in seen:
                raise UserError(f"review {r['path']} is in both {seen[r['path']]} and {name}; "
                                "merge portfolios of different reviews")
            seen[r["path"]] = name
            reviews.append(r)
    days = [dt.date.fromisoformat(d["today"]) for _, d in documents]
    return assemble(reviews, today or max(days), sources=[name for name, _ in documents])


