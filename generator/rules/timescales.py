"""Statutory timescales from each nation's rule table (ENG2xx, NIR2xx, SCT2xx, WLS2xx), for validate and deadlines."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Iterable

from generator import schema as schemas
from generator.findings import REGISTRY, Finding
from generator.validate import Context, check, cite
from generator.workdays import describe_period


def _register() -> None:
    for nation_id in schemas.NATIONS:
        for m in schemas.nation(nation_id).milestones:
            if m.code in REGISTRY:
                continue
            if m.kind == "minimum":
                summary = "A published report is not kept available for the minimum period."
            else:
                summary = f"A statutory step was done later than its timescale ({schemas.nation(nation_id).name})."
            REGISTRY.register(
                m.code, m.name, m.severity, summary,
                f"{m.title}: {describe_period(m.period)} "
                f"{'at least' if m.kind == 'minimum' else 'at most'} after `{m.start.lstrip('/').replace('/', '.')}`, "
                f"recorded in `{m.done.lstrip('/').replace('/', '.')}`. Working days follow the "
                f"{schemas.nation(nation_id).calendar_name} bank holidays plus the board's `closure_days`. "
                f"Numbers live in schemas/nations/{nation_id}.yaml.",
                m.source,
            )


_register()


@dataclass(frozen=True)
class MilestoneStatus:
    """One milestone of one review: when it was due, when it was done, and where it stands."""

    milestone: schemas.Milestone
    start: dt.date | None
    due: dt.date | None
    done: dt.date | None
    status: str  # done | late | due | overdue | unscheduled | running (a minimum period not yet over)
    working_days_left: int | None
    period: dict[str, int]

    def to_dict(self) -> dict[str, Any]:
        m = self.milestone
        return {
            "id": m.id,
            "code": m.code,
            "name": m.title,
            "kind": m.kind,
            "period": describe_period(self.period),
            "from": m.start.lstrip("/").replace("/", "."),
            "start": self.start.isoformat() if self.start else None,
            "due": self.due.isoformat() if self.due else None,
            "done": self.done.isoformat() if self.done else None,
            "status": self.status,
            "working_days_left": self.working_days_left,
            "source": m.source,
        }


def _skipped(ctx: Context, m: schemas.Milestone) -> bool:
    return any(ctx.value(ptr) in values for ptr, values in m.unless.items())


def _period(ctx: Context, m: schemas.Milestone) -> dict[str, int]:
    override = ctx.value(f"/timescales/{m.id}")
    if isinstance(override, dict) and len(override) == 1:
        (unit, n), = override.items()
        if isinstance(n, int) and 0 <= n <= _PERIOD_MAX.get(unit, -1):  # else VAL005 (schema); default used
            return {unit: n}
    return m.period


# as schemas/review.schema.json's $defs/period: an override beyond these is a finding, never date arithmetic
_PERIOD_MAX = {"working_days": 3650, "days": 3650, "weeks": 520, "months": 120, "years": 10}


def milestones(ctx: Context, today: dt.date | None = None) -> list[MilestoneStatus]:
    """Every milestone that applies to the review, evaluated against ``today`` (None: recorded dates only)."""
    out = []
    for m in ctx.nation.milestones:
        if ctx.review.type not in m.types or _skipped(ctx, m) or not ctx.in_force(m.edition):
            continue
        period = _period(ctx, m)
        start, done = ctx.date(m.start), ctx.date(m.done)
        due = ctx.calendar.add_period(start, period) if start else None
        left = None
        if due is None:
            status = "done" if done else "unscheduled"
        elif m.kind == "minimum":
            # a minimum period is a promise until it has passed: running until the recorded date
            if done and done >= due:
                status = "running" if today is not None and today < done else "done"
            else:
                status = "late" if done else "due"
        elif done is not None:
            status = "done" if done <= due else "late"
        elif today is not None and today > due:
            status = "overdue"
        else:
            status = "due"
        if due is not None and done is None and today is not None:
            left = ctx.calendar.working_days_between(today, due)
        out.append(MilestoneStatus(m, start, due, done, status, left, period))
    return out


@check
def timescales(ctx: Context) -> Iterable[Finding]:
    """A finding for each milestone whose recorded dates break its timescale."""
    for st in milestones(ctx):
        if st.status != "late" or st.start is None or st.due is None or st.done is None:
            continue
        m = st.milestone
        frm, done = m.start.lstrip("/").replace("/", "."), m.done.lstrip("/").replace("/", ".")
        if m.kind == "minimum":
            msg = (f"{done} ({st.done.isoformat()}) is less than {describe_period(st.period)} after {frm} "
                   f"({st.start.isoformat()}); keep it available until at least {st.due.isoformat()} {cite(m.source)}")
        else:
            unit = next(iter(st.period))
            if unit == "working_days":
                n = ctx.calendar.working_days_between(st.start, st.done)
                hols = ctx.calendar.holidays_between(st.start, st.done)
                extra = (" (not counting " + ", ".join(f"{name} {d.isoformat()}" for d, name in hols) + ")") if hols else ""
                gap = f"{n} working days{extra} after"
            else:
                gap = f"{(st.done - st.start).days} days after"
            msg = (f"{m.title.lower()}: {done} ({st.done.isoformat()}) is {gap} {frm} ({st.start.isoformat()}); "
                   f"the limit is {describe_period(st.period)}, due by {st.due.isoformat()} "
                   f"on the {ctx.nation.calendar_name} calendar {cite(m.source)}")
        yield ctx.finding(m.code, msg, ctx.loc(m.done))
