"""Action-plan rows read once, for `deadlines` (what is still to do) and `portfolio` (every row, with progress)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ActionRow:
    """One row of ``action_plan`` with its dates read through the review's working-day calendar."""

    pointer: str
    id: str
    recommendations: tuple[str, ...]  # the ids of the recommendations it answers
    action: str
    owner: str | None
    due: dt.date | None
    completed: dt.date | None
    complete: bool  # status "complete" or a completion date
    plan_status: str  # as written in the plan ("not-started" when not given); "complete" when complete
    progress: str | None
    working_days_left: int | None  # from today to the due date, for a row not complete

    def state(self, today: dt.date) -> str:
        """complete, overdue, due (a due date ahead) or unscheduled (no due date)."""
        if self.complete:
            return "complete"
        if self.due is None:
            return "unscheduled"
        return "overdue" if self.due < today else "due"


def action_rows(ctx: Any, today: dt.date) -> list[ActionRow]:
    """Every row of the review's action plan, in the plan's order (``ctx`` is a ``generator.validate.Context``)."""
    out = []
    for ptr, row in ctx.items("/action_plan"):
        due = ctx.date(f"{ptr}/due")
        completed = ctx.date(f"{ptr}/completed")
        complete = row.get("status") == "complete" or completed is not None
        rec = row.get("recommendation")
        out.append(ActionRow(
            pointer=ptr,
            id=str(row.get("id", "?")),
            recommendations=tuple(str(r) for r in rec) if isinstance(rec, list) else ((str(rec),) if rec else ()),
            action=str(row.get("action") or ""),
            owner=str(row["owner"]) if row.get("owner") else None,
            due=due,
            completed=completed,
            complete=complete,
            plan_status="complete" if complete else str(row.get("status") or "not-started"),
            progress=str(row["progress"]) if row.get("progress") else None,
            working_days_left=ctx.calendar.working_days_between(today, due) if due and not complete else None,
        ))
    return out
