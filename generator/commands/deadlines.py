"""``casereview deadlines REVIEW``: statutory milestones and action-plan items, due or overdue (text, JSON, iCalendar)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.errors import UserError
from generator.validate import Context, short_source


@dataclass(frozen=True)
class ActionDue:
    """An action-plan row that is not complete: due or overdue."""

    id: str
    recommendation: str | None
    action: str
    owner: str | None
    due: dt.date | None
    status: str  # due | overdue | unscheduled
    progress: str | None
    working_days_left: int | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "recommendation": self.recommendation,
            "action": self.action,
            "owner": self.owner,
            "due": self.due.isoformat() if self.due else None,
            "status": self.status,
            "working_days_left": self.working_days_left,
            "progress": self.progress,
        }


def _today(today: str | None) -> dt.date:
    if today is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(today)
    except ValueError:
        raise UserError(f"--today {today!r} is not a date; write YYYY-MM-DD") from None


def actions_due(ctx: Context, today: dt.date) -> list[ActionDue]:
    """Action-plan rows not yet complete, with their status against ``today``."""
    from generator.rules.actions import action_rows

    out = [ActionDue(id=r.id, recommendation=", ".join(r.recommendations) or None, action=r.action, owner=r.owner,
                     due=r.due, status=r.state(today), progress=r.progress, working_days_left=r.working_days_left)
           for r in action_rows(ctx, today) if not r.complete]
    return sorted(out, key=lambda a: (a.due or dt.date.max, a.id))


def report(review: Path, today: dt.date) -> dict[str, Any]:
    """The deadlines of a review as plain data (the JSON format)."""
    from generator import pipeline
    from generator.rules.duties import duty_status
    from generator.rules.timescales import milestones

    stage = pipeline.load(Path(review))
    loaded, findings = stage.review, stage.findings
    if loaded is None:
        first = findings[0] if findings else None
        where = f"{first.location.short()}: {first.code} {first.message}" if first else "review.yaml"
        raise UserError(f"cannot read the review ({where}); run `casereview validate {review}`")
    ctx = Context(loaded)
    return {
        "version": 1,
        "review": {
            "title": ctx.text("/title"),
            "nation": loaded.nation,
            "type": loaded.type,
            "type_title": ctx.type.title,
            "board": ctx.text("/board"),
        },
        "today": today.isoformat(),
        "calendar": f"{ctx.nation.calendar_name} bank holidays"
        + (" + board closure days" if ctx.calendar.closure_days else ""),
        "milestones": [m.to_dict() for m in milestones(ctx, today)],
        "actions": [a.to_dict() for a in actions_due(ctx, today)],
        "duties": duty_status(ctx),
    }


def _text(data: dict[str, Any]) -> str:
    r = data["review"]
    lines = [f"{r['title'] or r['type_title']} ({r['nation']} {r['type']})",
             f"as of {data['today']}; working days on the {data['calendar']}", "", "Statutory milestones"]
    rows = [("CODE", "MILESTONE", "DUE", "DONE", "STATUS", "WD LEFT", "SOURCE")]
    for m in data["milestones"]:
        status = f"running until {m['done']}" if m["status"] == "running" else m["status"]
        rows.append((m["code"], f"{m['name']} ({m['period']} from {m['from']})", m["due"] or "-", m["done"] or "-",
                     status, "" if m["working_days_left"] is None else str(m["working_days_left"]),
                     short_source(m["source"])))
    if len(rows) == 1:
        lines.append("  (no statutory timescales for this review type)")
    else:
        widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
        for row in rows:
            lines.append("  " + "  ".join(c.ljust(w) for c, w in zip(row, widths)) + "  " + row[-1])
    if data["duties"]:
        lines += ["", "Recorded duties (no fixed timescale: done before publication or within the review's life)"]
        for d in data["duties"]:
            when = f" {d['date']}" if d["date"] else ""
            lines.append(f"  {d['code']} {d['status']}{when}: {d['name']} ({d['recorded_in']}; {d['wording']})")
    lines += ["", "Action plan (not complete)"]
    if not data["actions"]:
        lines.append("  (nothing due)")
    for a in data["actions"]:
        days = a["working_days_left"]
        if days is None:
            left = ""
        elif days < 0:
            left = f", {-days} working day{'s' if days != -1 else ''} overdue"
        else:
            left = f", {days} working day{'s' if days != 1 else ''} left"
        rec = f" [{a['recommendation']}]" if a["recommendation"] else ""
        owner = f" — {a['owner']}" if a["owner"] else ""
        lines.append(f"  {a['id']}{rec}: {a['status']} {a['due'] or ''}{left}{owner}: {a['action']}")
    return "\n".join(lines) + "\n"


def _uid(data: dict[str, Any], item: str) -> str:
    r = data["review"]
    key = "|".join(str(x) for x in (r["nation"], r["type"], r["board"], r["title"], item))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32] + "@casereview"


def _ics(data: dict[str, Any]) -> bytes:
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//casereview//deadlines//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", f"{data['review']['title'] or data['review']['type_title']} — deadlines")
    stamp = dt.datetime.fromisoformat(data["today"]).replace(tzinfo=dt.timezone.utc)
    events = [(m["due"], f"{m['code']} {m['name']} ({m['status']})",
               f"{m['period']} from {m['from']}. Status: {m['status']}. Source: {m['source']}", f"milestone:{m['id']}")
              for m in data["milestones"] if m["due"]]
    events += [(a["due"], f"Action {a['id']} due ({a['status']})",
                f"{a['action']}" + (f" Owner: {a['owner']}." if a["owner"] else ""), f"action:{a['id']}")
               for a in data["actions"] if a["due"]]
    events += [(d["date"], f"{d['code']} {d['name']} (done)", f"Recorded in {d['recorded_in']}. Source: {d['source']}",
                f"duty:{d['id']}") for d in data["duties"] if d["date"]]
    for due, summary, description, item in events:
        ev = Event()
        day = dt.date.fromisoformat(due)
        ev.add("uid", _uid(data, item))
        ev.add("dtstamp", stamp)
        ev.add("dtstart", day)
        ev.add("dtend", day + dt.timedelta(days=1))
        ev.add("summary", summary)
        ev.add("description", description)
        ev.add("transp", "TRANSPARENT")
        cal.add_component(ev)
    return cal.to_ical()


def run(review: Path, fmt: str, today: str | None) -> bytes:
    """The deadlines report in ``fmt`` (text, json or ics) as bytes."""
    data = report(review, _today(today))
    if fmt == "json":
        return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    if fmt == "ics":
        return _ics(data)
    if fmt == "text":
        return _text(data).encode("utf-8")
    raise UserError(f"unknown format {fmt!r}; use text, json or ics")
