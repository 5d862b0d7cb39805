"""The portfolio's outputs from its data: an accessible static HTML dashboard (SVG charts with a title,
a description and their data table), portfolio.json, CSV and XLSX of actions and milestones, and one
iCalendar file of every milestone and action due date. Everything is written in one staged folder."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import re
from pathlib import Path
from typing import Any

from generator.resources import templates_dir

ACTION_COLUMNS = ["review", "review_title", "id", "recommendation", "recommendation_text", "action", "owner",
                  "due", "status", "completed", "overdue", "due_soon", "working_days_left", "progress"]
MILESTONE_COLUMNS = ["review", "review_title", "code", "id", "name", "period", "due", "done", "status",
                     "working_days_left", "source"]
STATUS_ORDER = ["overdue", "not-started", "in-progress", "complete"]


def write_outputs(data: dict[str, Any], out: Path) -> list[Path]:
    """Write every output into ``out`` (replaced as a whole, all or nothing); returns the files."""
    from generator.atomic import staged_dir

    files = {
        "portfolio.json": (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8"),
        "actions.csv": _csv(data["actions"], ACTION_COLUMNS),
        "milestones.csv": _csv(data["milestones"], MILESTONE_COLUMNS),
        "portfolio.xlsx": _xlsx(data),
        "portfolio.ics": _ics(data),
        "index.html": dashboard_html(data).encode("utf-8"),
    }
    with staged_dir(out) as stage:
        for name, blob in files.items():
            (stage / name).write_bytes(blob)
    return [out / name for name in files]


# --------------------------------------------------------------------------- tables
def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _csv(rows: list[dict[str, Any]], columns: list[str]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
    return buf.getvalue().encode("utf-8-sig")  # BOM: Excel opens UTF-8 correctly


def _xlsx(data: dict[str, Any]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    fixed = dt.datetime.fromisoformat(data["today"])
    wb.properties.creator = "casereview"
    wb.properties.lastModifiedBy = None
    wb.properties.created = fixed
    wb.properties.modified = fixed
    sheets = [
        ("Actions", ACTION_COLUMNS, data["actions"]),
        ("Milestones", MILESTONE_COLUMNS, data["milestones"]),
        ("Reviews", ["path", "title", "nation", "type", "status", "stage", "year", "valid"], data["reviews"]),
        ("Themes", ["theme", "title", "reviews"],
         [{"theme": t["id"], "title": t["title"], "reviews": data["themes"]["totals"].get(t["id"], 0)}
          for t in data["themes"]["taxonomy"]]),
    ]
    first = True
    for title, columns, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title
        ws.append(columns)
        for c in ws[1]:
            c.font = Font(bold=True)
        for row in rows:
            values = []
            for col in columns:
                v = row.get(col)
                if isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                    v = dt.date.fromisoformat(v)
                values.append(_cell(v) if not isinstance(v, (dt.date, int, float)) or isinstance(v, bool) else v)
            ws.append(values)
        for i, col in enumerate(columns, 1):
            width = max([len(col)] + [len(_cell(r.get(col))) for r in rows[:500]])
            ws.column_dimensions[get_column_letter(i)].width = min(60, max(10, width + 2))
            for cell in ws[get_column_letter(i)][1:]:
                if isinstance(cell.value, dt.date):
                    cell.number_format = "yyyy-mm-dd"
        ws.freeze_panes = "A2"
        if rows:
            ws.auto_filter.ref = ws.dimensions
    buf = io.BytesIO()
    wb.save(buf)
    return _deterministic_zip(buf.getvalue(), fixed)


def _deterministic_zip(blob: bytes, stamp: dt.datetime) -> bytes:
    """The same workbook bytes for the same data: fixed member times, and the modified time that
    openpyxl always sets to "now" replaced by the portfolio's date."""
    import zipfile

    when = stamp.strftime("%Y-%m-%dT%H:%M:%SZ").encode()

    src = zipfile.ZipFile(io.BytesIO(blob))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>" + when + rb"\g<2>", content)
            dst.writestr(fixed, content)
    return out.getvalue()


def _ics(data: dict[str, Any]) -> bytes:
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//casereview//portfolio//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Safeguarding reviews: milestones and actions")
    stamp = dt.datetime.fromisoformat(data["today"]).replace(tzinfo=dt.timezone.utc)
    events = []
    for m in data["milestones"]:
        if m["due"] and m["status"] in ("due", "overdue", "running"):
            events.append((m["due"], f"{m['code']} {m['name']} ({m['status']}) — {m['review_title'] or m['review']}",
                           f"{m['period']}. Source: {m['source']}", f"milestone|{m['review']}|{m['id']}"))
    for a in data["actions"]:
        if a["due"] and a["status"] != "complete":
            state = "overdue" if a["overdue"] else a["status"]
            events.append((a["due"], f"Action {a['id']} due ({state}) — {a['review_title'] or a['review']}",
                           a["action"] + (f" Owner: {a['owner']}." if a["owner"] else ""),
                           f"action|{a['review']}|{a['id']}"))
    for due, summary, description, key in sorted(events):
        ev = Event()
        day = dt.date.fromisoformat(due)
        ev.add("uid", hashlib.sha256(key.encode("utf-8")).hexdigest()[:32] + "@casereview")
        ev.add("dtstamp", stamp)
        ev.add("dtstart", day)
        ev.add("dtend", day + dt.timedelta(days=1))
        ev.add("summary", summary)
        ev.add("description", description)
        ev.add("transp", "TRANSPARENT")
        cal.add_component(ev)
    return cal.to_ical()


# --------------------------------------------------------------------------- charts
def bar_chart(chart_id: str, title: str, description: str, labels: list[str], values: list[int]) -> str:
    """A horizontal bar chart as inline SVG with ``<title>`` and ``<desc>`` (matplotlib, text kept as text)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "casereview", "font.size": 11,
                                "font.family": "sans-serif", "axes.spines.top": False, "axes.spines.right": False}):
        height = 0.9 + 0.38 * max(1, len(labels))
        fig, ax = plt.subplots(figsize=(7.2, height))
        ypos = list(range(len(labels)))[::-1]
        ax.barh(ypos, values, color="#1d70b8", height=0.6)
        ax.set_yticks(ypos, labels)
        ax.set_xlabel("number")
        top = max(values) if values else 0
        ax.set_xlim(0, max(1, top) * 1.15)
        for y, v in zip(ypos, values):
            ax.text(v + max(1, top) * 0.01, y, str(v), va="center", color="#0b0c0c")
        ax.xaxis.get_major_locator().set_params(integer=True)
        fig.tight_layout()
        buf = io.StringIO()
        fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None})
        plt.close(fig)
    svg = buf.getvalue()
    svg = svg[svg.index("<svg"):]
    svg = re.sub(r"<metadata>.*?</metadata>\s*", "", svg, flags=re.S)  # RDF boilerplate, no content
    svg = re.sub(r"<svg\b", f'<svg role="img" aria-labelledby="{chart_id}-title {chart_id}-desc" focusable="false"',
                 svg, count=1)
    svg = re.sub(r'\s(width|height)="[^"]*pt"', "", svg, count=2)  # scale with the page (viewBox stays)
    # matplotlib numbers its ids the same way in every figure: make them unique to this chart
    svg = re.sub(r'\bid="([^"]+)"', lambda m: f'id="{chart_id}-{m.group(1)}"', svg)
    svg = re.sub(r'(url\(#|href="#)([^")]+)', lambda m: f"{m.group(1)}{chart_id}-{m.group(2)}", svg)
    from markupsafe import escape

    head = f'<title id="{chart_id}-title">{escape(title)}</title><desc id="{chart_id}-desc">{escape(description)}</desc>'
    return re.sub(r"(<svg\b[^>]*>)", lambda m: m.group(1) + head, svg, count=1)


# --------------------------------------------------------------------------- dashboard
def dashboard_html(data: dict[str, Any]) -> str:
    """The dashboard page (static, no scripts, no network)."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape
    from markupsafe import Markup

    env = Environment(loader=FileSystemLoader(str(templates_dir() / "portfolio")),
                      autoescape=select_autoescape(["html", "j2"]), trim_blocks=True, lstrip_blocks=True)
    summary = data["summary"]
    statuses = [s for s in STATUS_ORDER if summary["actions_by_status"].get(s)] + sorted(
        s for s in summary["actions_by_status"] if s not in STATUS_ORDER)
    status_counts = [summary["actions_by_status"][s] for s in statuses]
    taxonomy = data["themes"]["taxonomy"]
    shown_themes = [t for t in taxonomy if data["themes"]["totals"].get(t["id"])]
    charts = {
        "actions": Markup(bar_chart(
            "chart-actions", "Action-plan items by status",
            "Number of action-plan items across all reviews, by status; overdue items are counted once, as overdue. "
            "The same figures are in the table below.", statuses, status_counts)) if statuses else "",
        "themes": Markup(bar_chart(
            "chart-themes", "Learning themes across reviews",
            "Number of reviews in which each learning theme was found. The same figures, by year and by review "
            "type, are in the tables below.", [t["title"] for t in shown_themes],
            [data["themes"]["totals"][t["id"]] for t in shown_themes])) if shown_themes else "",
    }
    stages: dict[str, int] = {}
    for r in data["reviews"]:
        stages[r["stage"] or "unreadable"] = stages.get(r["stage"] or "unreadable", 0) + 1
    evidence: dict[str, list[dict[str, Any]]] = {}
    for r in data["reviews"]:
        for t in r["themes"]:
            evidence.setdefault(t["id"], []).append({"review": r, "evidence": t["evidence"]})
    css = (templates_dir() / "portfolio" / "dashboard.css").read_text(encoding="utf-8")
    return env.get_template("dashboard.html.j2").render(
        data=data, summary=summary, charts=charts, statuses=list(zip(statuses, status_counts)),
        stages=sorted(stages.items()), shown_themes=shown_themes, evidence=evidence,
        years=list(data["themes"]["by_year"]), types=list(data["themes"]["by_type"]),
        overdue=[a for a in data["actions"] if a["overdue"]],
        due_soon=[a for a in data["actions"] if a["due_soon"] and not a["overdue"]],
        invalid=[r for r in data["reviews"] if r["findings"]], css=Markup(css),
        changes=data.get("changes"),
    )
