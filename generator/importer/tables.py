"""Recognise action-plan, chronology and recommendation tables and turn their rows into review.yaml data.

A table is recognised by its header row (the first row): each header cell is normalised and looked up
in :data:`HEADERS` (exact, then a close match with rapidfuzz). An action plan needs an action column
and an owner or due-date column; a chronology needs a date column and an event column; a
recommendations table has a recommendation column and neither of those; a glossary has a term and a
definition column. Dates are parsed where they
are unambiguous day-first UK dates; anything else is kept as text and reported.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from generator.schema import normalise_title

# header text (normalised) -> field
HEADERS: dict[str, str] = {}
_ALIASES = {
    "id": ["no", "number", "ref", "reference", "action no", "action number", "action ref", "id", "item"],
    "recommendation": ["recommendation", "recommendations", "rec", "rec no", "recommendation no",
                       "recommendation number", "recommendation ref", "linked recommendation",
                       "improvement proposal", "proposal"],
    "action": ["action", "actions", "action required", "actions required", "what will be done",
               "what", "action to be taken", "agreed action", "planned action", "task"],
    "owner": ["owner", "lead", "lead agency", "lead officer", "responsible", "responsible agency",
              "agency responsible", "who", "lead person", "accountable", "responsibility", "by whom"],
    "due": ["due", "due date", "due by", "timescale", "timescales", "target date", "by when",
            "deadline", "completion date", "target", "date due", "when"],
    "status": ["status", "rag", "rag status", "progress status", "current status"],
    "completed": ["completed", "date completed", "completed on", "date of completion", "actual completion"],
    "progress": ["progress", "update", "progress update", "comments", "evidence", "evidence of progress",
                 "evidence of impact", "notes", "impact"],
    "outcome": ["outcome", "intended outcome", "measure", "success measure", "measure of success",
                "expected outcome", "outcomes"],
    "date": ["date", "date of event", "event date", "date time", "when happened"],
    "term": ["term", "abbreviation", "acronym", "word", "glossary term"],
    "definition": ["definition", "meaning", "explanation", "stands for", "full name", "description of term"],
    "agency": ["agency", "organisation", "organization", "service", "source", "agency involved"],
    "event": ["event", "events", "what happened", "description", "details", "event description",
              "summary", "key event", "key events", "detail", "entry", "information"],
}
for _field, _names in _ALIASES.items():
    for _name in _names:
        HEADERS.setdefault(_name, _field)

_STATUS = {
    "complete": "complete", "completed": "complete", "done": "complete", "closed": "complete",
    "achieved": "complete", "met": "complete",
    "in progress": "in-progress", "ongoing": "in-progress", "started": "in-progress",
    "underway": "in-progress", "under way": "in-progress", "on track": "in-progress",
    "partially complete": "in-progress", "partly complete": "in-progress",
    "not started": "not-started", "not yet started": "not-started", "not begun": "not-started",
    "open": "not-started", "to do": "not-started", "planned": "not-started",
}
_REC_ID = re.compile(r"^\s*(?:r|rec(?:ommendation)?|ip|proposal)?\.?\s*(\d+)\s*[.:)]?\s*$", re.I)
_ID = re.compile(r"^[A-Za-z][A-Za-z0-9._-]*$")
_ORDINAL = re.compile(r"(\d+)(st|nd|rd|th)\b", re.I)
_FORMATS = (
    "%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y", "%d.%m.%Y", "%d.%m.%y", "%d-%m-%Y", "%d-%m-%y",
    "%d %B %Y", "%d %b %Y", "%d %B %y", "%d %b %y", "%A %d %B %Y", "%a %d %b %Y", "%B %d %Y",
    "%d %b. %Y", "%d-%b-%Y", "%d-%b-%y",
)


@dataclass
class Problem:
    """A cell that could not be turned into structured data: row (1-based, header excluded), field."""

    kind: str  # "date" | "status"
    row: int
    field: str


@dataclass
class Recognised:
    """A recognised table: its kind, the structured rows, and cells kept as text."""

    kind: str  # "action_plan" | "chronology" | "recommendations" | "glossary"
    rows: list[dict[str, Any]]
    problems: list[Problem] = field(default_factory=list)
    recommendations: list[dict[str, Any]] = field(default_factory=list)  # from an action plan


def header_fields(header: list[str]) -> list[str | None]:
    """The field each header cell names, or None (exact normalised match, then a close match)."""
    from rapidfuzz import fuzz, process

    out: list[str | None] = []
    for cell in header:
        key = normalise_title(cell)
        found = HEADERS.get(key)
        if found is None and key:
            best = process.extractOne(key, list(HEADERS), scorer=fuzz.ratio, score_cutoff=85)
            found = HEADERS[best[0]] if best else None
        out.append(found)
    # a field claimed twice keeps its first column; "when" is ambiguous between due and date
    seen: set[str] = set()
    for i, f in enumerate(out):
        if f is not None and f in seen:
            out[i] = None
        elif f is not None:
            seen.add(f)
    return out


def classify(fields: list[str | None]) -> str | None:
    """``action_plan``, ``chronology``, ``recommendations``, ``glossary`` or None from the header fields."""
    present = {f for f in fields if f}
    if "action" in present and ({"owner", "due"} & present):
        return "action_plan"
    if "date" in present and "event" in present:
        return "chronology"
    if "due" in present and "owner" in present and "recommendation" in present:
        return "action_plan"  # recommendation text with who/when but no separate action column
    if "recommendation" in present and not ({"action", "date", "event"} & present):
        return "recommendations"
    if {"term", "definition"} <= present:
        return "glossary"
    return None


def parse_date(text: str) -> dt.date | None:
    """A UK day-first date from common forms (2025-01-31, 31/01/2025, 31 January 2025, 31st Jan 2025)."""
    s = " ".join(text.replace(",", " ").split())
    s = _ORDINAL.sub(r"\1", s)
    s = s.replace("Sept ", "Sep ")
    for fmt in _FORMATS:
        try:
            return dt.datetime.strptime(s, fmt).date()
        except ValueError:
            continue
    return None


def normalise_status(text: str) -> str | None:
    """``Complete`` -> ``complete``, ``On track`` -> ``in-progress``...; None when not recognised."""
    return _STATUS.get(normalise_title(text))


def recognise(rows: list[list[str]]) -> Recognised | None:
    """Turn a table (first row = header) into structured rows, or None when it is not recognised."""
    if len(rows) < 2:
        return None
    fields = header_fields(rows[0])
    kind = classify(fields)
    if kind is None:
        return None
    body = [r for r in rows[1:] if any(c.strip() for c in r)]
    if kind == "action_plan":
        return _action_plan(fields, rows[0], body)
    if kind == "chronology":
        return _chronology(fields, rows[0], body)
    if kind == "glossary":
        return _glossary(fields, body)
    return _recommendations(fields, body)


def _cells(fields: list[str | None], row: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for f, cell in zip(fields, row):
        if f is not None and cell.strip():
            out[f] = " ".join(cell.split())
    return out


def _extras(fields: list[str | None], header: list[str], row: list[str]) -> list[str]:
    return [
        f"{' '.join(h.split())}: {' '.join(c.split())}"
        for f, h, c in zip(fields, header, row)
        if f is None and c.strip() and h.strip()
    ]


def _date_field(
    record: dict[str, Any], name: str, value: str | None, row: int, problems: list[Problem]
) -> None:
    if value is None:
        return
    parsed = parse_date(value)
    if parsed is None:
        problems.append(Problem("date", row, name))
        record[name] = value
    else:
        record[name] = parsed


def _action_plan(fields: list[str | None], header: list[str], body: list[list[str]]) -> Recognised:
    result = Recognised("action_plan", [])
    rec_ids: dict[str, str] = {}  # recommendation text -> generated id
    used_ids: set[str] = set()
    for n, row in enumerate(body, 1):
        cells = _cells(fields, row)
        record: dict[str, Any] = {}
        given = cells.get("id", "")
        aid = given if _ID.match(given) else (f"A{given}" if given.isdigit() else f"A{n}")
        while aid in used_ids:
            aid = f"A{n}" if aid != f"A{n}" else f"A{n}-{len(used_ids)}"
        used_ids.add(aid)
        record["id"] = aid
        rec = cells.get("recommendation")
        if rec:
            m = _REC_ID.match(rec)
            if m:
                record["recommendation"] = f"R{m.group(1)}"
            elif _ID.match(rec) and " " not in rec and len(rec) <= 12:
                record["recommendation"] = rec
            else:
                if rec not in rec_ids:
                    rec_ids[rec] = f"R{len(rec_ids) + 1}"
                    result.recommendations.append({"id": rec_ids[rec], "text": rec})
                record["recommendation"] = rec_ids[rec]
        action = cells.get("action")
        if action is None and "action" not in fields and rec and "recommendation" not in record:
            action = rec
        if action:
            record["action"] = action
        if "owner" in cells:
            record["owner"] = cells["owner"]
        _date_field(record, "due", cells.get("due"), n, result.problems)
        if "status" in cells:
            status = normalise_status(cells["status"])
            if status is None:
                result.problems.append(Problem("status", n, "status"))
                record["progress"] = f"Status: {cells['status']}"
            else:
                record["status"] = status
        _date_field(record, "completed", cells.get("completed"), n, result.problems)
        progress = [p for p in [record.pop("progress", None), cells.get("progress")] if p]
        progress += _extras(fields, header, row)
        if progress:
            record["progress"] = "; ".join(progress)
        if "outcome" in cells:
            record["outcome"] = cells["outcome"]
        result.rows.append(record)
    return result


def _chronology(fields: list[str | None], header: list[str], body: list[list[str]]) -> Recognised:
    result = Recognised("chronology", [])
    for n, row in enumerate(body, 1):
        cells = _cells(fields, row)
        record: dict[str, Any] = {}
        _date_field(record, "date", cells.get("date"), n, result.problems)
        if "date" not in record:
            result.problems.append(Problem("date", n, "date"))
            record["date"] = None
        if "agency" in cells:
            record["agency"] = cells["agency"]
        event = [cells.get("event", "")] + _extras(fields, header, row)
        record["event"] = "; ".join(e for e in event if e)
        result.rows.append(record)
    return result


def _recommendations(fields: list[str | None], body: list[list[str]]) -> Recognised:
    result = Recognised("recommendations", [])
    for n, row in enumerate(body, 1):
        cells = _cells(fields, row)
        text = cells.get("recommendation", "")
        given = cells.get("id", "")
        m = _REC_ID.match(given) if given else None
        rid = f"R{m.group(1)}" if m else (given if _ID.match(given) else f"R{n}")
        if text:
            result.rows.append({"id": rid, "text": text})
    return result


def _glossary(fields: list[str | None], body: list[list[str]]) -> Recognised:
    result = Recognised("glossary", [])
    for row in body:
        cells = _cells(fields, row)
        if cells.get("term"):
            result.rows.append({"term": cells["term"], "definition": cells.get("definition", "")})
    return result
