"""Duties and review criteria kept as data in schemas/nations/*.yaml (``duties:``, ``criteria:``), checked here.

Each duty names what must be recorded in review.yaml, when it is judged, the source's own words and
the guidance edition it comes from. Severity follows the wording: must → error, should → warning,
may → note; a duty marked ``drafting: warning`` is a warning while the review is still a draft.
Nothing here branches on a nation: a new duty is a new entry in the data.
"""

from __future__ import annotations

from typing import Any, Iterable

from generator import schema as schemas
from generator.findings import REGISTRY, Finding, Severity
from generator.validate import Context, check, cite


def _dotted(pointer: str) -> str:
    return pointer.lstrip("/").replace("/", ".")


def _register() -> None:
    for nation_id in schemas.NATIONS:
        nat = schemas.nation(nation_id)
        for d in nat.duties:
            if d.code in REGISTRY:
                continue
            REGISTRY.register(
                d.code, d.name, d.severity, f"{d.title} ({nat.name}).",
                f"{d.title}: record `{_dotted(d.pointer)}`"
                + (f" on or before `{_dotted(d.before)}`" if d.before else "")
                + (f" (equal to the number of `{_dotted(d.count_of)}`)" if d.count_of else "")
                + f". The guidance says: “{d.quote}” — wording “{d.wording}”, so a {d.severity}"
                + (f" ({d.drafting} while the review is a draft)" if d.drafting else "")
                + (f". Edition: {nat.edition_text(d.edition)}" if d.edition else "") + ".",
                d.source,
            )
        crit = nat.criteria
        if crit and crit.get("code") and crit["code"] not in REGISTRY:
            sev = schemas.WORDING_SEVERITY[crit.get("wording", "should")]
            routes = ", ".join(f"`{r.id}`" for r in nat.routes)
            edition = f" Edition: {nat.edition_text(crit.get('edition', ''))}." if crit.get("edition") else ""
            REGISTRY.register(
                crit["code"], "criteria-not-recorded", sev,
                f"review.yaml does not record the criterion or route under which the review was held ({nat.name}).",
                f"Record `criteria.route` as one of {routes}, with the facts it rests on (`criteria.harm`, "
                f"`criteria.abuse_or_neglect`, …). The guidance: “{crit.get('quote', '')}”.{edition}",
                crit.get("source", ""),
            )
            REGISTRY.register(
                crit["inconsistent_code"], "criteria-inconsistent", sev,
                f"The recorded criterion or route does not agree with the facts recorded in review.yaml ({nat.name}).",
                f"Each route rests on facts: the harm, abuse or neglect, register or care history recorded in "
                f"review.yaml must support the route in `criteria.route`. The guidance: “{crit.get('quote', '')}”.{edition}",
                crit.get("source", ""),
            )


_register()


def _severity(ctx: Context, severity: str, drafting: str | None) -> Severity:
    if drafting and ctx.status == "draft":
        return Severity(drafting)
    return Severity(severity)


def _judged(ctx: Context, when: dict[str, Any]) -> bool:
    statuses = when.get("status")
    if statuses and ctx.status not in statuses:
        return False
    recorded = when.get("recorded")
    if recorded and not ctx.filled(recorded):
        return False
    if when.get("actions_complete"):
        rows = [row for _, row in ctx.items("/action_plan")]
        if not rows or any(row.get("status") != "complete" for row in rows):
            return False
    return True


@check
def duties(ctx: Context) -> Iterable[Finding]:
    """Each duty of the review's regime that applies, is in force and is not recorded as done."""
    for d in ctx.nation.duties:
        if ctx.review.type not in d.types or not ctx.in_force(d.edition) or not _judged(ctx, d.when):
            continue
        where = _dotted(d.pointer)
        problem = None
        if d.check == "filled" and not ctx.filled(d.pointer):
            problem = f"{where} is not recorded"
        elif d.check == "before":
            done, limit = ctx.date(d.pointer), ctx.date(d.before)
            if done is None:
                problem = f"{where} is not recorded"
            elif limit is not None and done > limit:
                problem = f"{where} ({done.isoformat()}) is after {_dotted(d.before)} ({limit.isoformat()})"
        elif d.check == "equals_count":
            value, listed = ctx.value(d.pointer), ctx.value(d.count_of)
            count = len(listed) if isinstance(listed, list) else 0
            if not isinstance(value, int) or isinstance(value, bool):
                problem = f"{where} is not recorded"
            elif value != count:
                problem = f"{where} is {value} but {_dotted(d.count_of)} lists {count}"
        if problem is None:
            continue
        yield ctx.finding(d.code, f"{d.title}: {problem} — “{d.quote}” {cite(d.source)}",
                          ctx.loc(d.pointer), severity=_severity(ctx, d.severity, d.drafting))


def _condition_holds(ctx: Context, cond: dict[str, Any]) -> bool | None:
    """True/False when the facts are recorded; None when the fact is not recorded at all."""
    if "any" in cond:
        results = [_condition_holds(ctx, c) for c in cond["any"]]
        if any(r is True for r in results):
            return True
        return None if all(r is None for r in results) else False
    value = ctx.value(cond["pointer"])
    if "has_status" in cond:
        if not isinstance(value, list):
            return None
        return any(isinstance(r, dict) and r.get("status") in cond["has_status"] for r in value)
    if value is None:
        return None
    return value in cond.get("in", [])


def _describe(cond: dict[str, Any]) -> str:
    if "any" in cond:
        return " or ".join(_describe(c) for c in cond["any"])
    if "has_status" in cond:
        return f"{_dotted(cond['pointer'])} lists {' or '.join(cond['has_status'])}"
    values = " or ".join(str(v).lower() if isinstance(v, bool) else str(v) for v in cond.get("in", []))
    return f"{_dotted(cond['pointer'])} is {values}"


@check
def criteria(ctx: Context) -> Iterable[Finding]:
    """The route under which the review was held is recorded, in force, and agrees with the facts."""
    crit = ctx.nation.criteria
    if not crit or not crit.get("code") or not ctx.in_force(crit.get("edition", "")):
        return
    types = crit.get("types")
    if types and ctx.review.type not in types:
        return
    sev = _severity(ctx, schemas.WORDING_SEVERITY[crit.get("wording", "should")], "warning")
    route_id = ctx.value("/criteria/route")
    routes = {r.id: r for r in ctx.nation.routes}
    if not route_id:
        yield ctx.finding(crit["code"], "criteria.route is not recorded: record the criterion under which the "
                          f"review was held, one of {', '.join(routes)} {cite(crit.get('source', ''))}",
                          ctx.loc("/criteria/route"), severity=sev)
        return
    route = routes.get(route_id)
    if route is None:
        return  # not one of this regime's routes: the schema reports it (VAL003)
    if route.edition and not ctx.in_force(route.edition):
        started = ctx.review_start()
        yield ctx.finding(crit["inconsistent_code"], f"criteria.route {route_id} comes from "
                          f"{ctx.nation.edition_text(route.edition)}, which was not in force when the review "
                          f"started ({started.isoformat() if started else 'unknown'})",
                          ctx.loc("/criteria/route"), severity=sev)
    for cond in route.requires:
        held = _condition_holds(ctx, cond)
        if held is True:
            continue
        need = _describe(cond)
        if held is None:
            message = f"criteria.route {route_id} (“{route.title}”) rests on a fact not recorded: record {need}"
        else:
            message = f"criteria.route {route_id} (“{route.title}”) needs {need}, which review.yaml contradicts"
        pointer = cond["any"][0]["pointer"] if "any" in cond else cond["pointer"]
        yield ctx.finding(crit["inconsistent_code"], f"{message} {cite(crit.get('source', ''))}",
                          ctx.loc(pointer), severity=sev)


def duty_status(ctx: Context) -> list[dict[str, Any]]:
    """Each duty that applies to the review, for ``casereview deadlines``: done, missing or not yet due."""
    out = []
    for d in ctx.nation.duties:
        if ctx.review.type not in d.types or not ctx.in_force(d.edition):
            continue
        value = ctx.value(d.pointer)
        if d.check == "equals_count":
            listed = ctx.value(d.count_of)
            done = isinstance(value, int) and value == (len(listed) if isinstance(listed, list) else 0)
        else:
            done = ctx.filled(d.pointer)
        status = "done" if done else ("missing" if _judged(ctx, d.when) else "not-yet")
        recorded = value.isoformat() if hasattr(value, "isoformat") else (
            max(value).isoformat() if isinstance(value, list) and value and all(hasattr(v, "isoformat") for v in value)
            else None)
        out.append({"id": d.id, "code": d.code, "name": d.title, "recorded_in": _dotted(d.pointer),
                    "status": status, "date": recorded, "wording": d.wording, "quote": d.quote, "source": d.source})
    return out
