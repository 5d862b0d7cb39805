"""Wales (SUSR / legacy CPR) rules, WLS1xx; parameters and sources in schemas/nations/wales.yaml."""

from __future__ import annotations

import datetime as dt
from typing import Iterable

from generator import schema as schemas
from generator.findings import REGISTRY, Finding
from generator.loader import section_is_empty
from generator.validate import Context, check, cite
from generator.workdays import add_months, months_between

_RULES = schemas.nation("wales").rules


def _src(name: str) -> str:
    return str(_RULES.get(name, {}).get("source", ""))


REGISTRY.register("WLS101", "susr-type-mismatch", "error",
                  "The SUSR is declared concise/extended against the child's register or care status.",
                  "A SUSR is extended when the child was on the child protection register and/or in care at any "
                  "point in the 6 months before the incident, and concise otherwise: `susr_type` must agree with "
                  "`child.register_or_care_history` (and `child.looked_after`).", _src("review_type"))
REGISTRY.register("WLS102", "timeline-extension-reason", "error",
                  "The timeline window is over 12 months but no extension reason is recorded.",
                  "The review's timeline covers up to 12 months before the incident; it may extend to 2 years "
                  "where current practice stays relevant, with the reason in `extension_reason`.",
                  _src("timeline_window"))
REGISTRY.register("WLS103", "timeline-too-long", "error", "The timeline window is over 2 years.",
                  "Even with a recorded reason the timeline window is never more than 2 years before the incident.",
                  _src("timeline_window"))
REGISTRY.register("WLS104", "cpr-or-susr", "error", "CPR vs SUSR does not match the review's start date.",
                  "Reviews started before 1 October 2024 continue as child practice reviews (`type: cpr`); "
                  "every review started on or after that date is a SUSR (`type: susr`). The start date is "
                  "`dates.started`, else `dates.referral`, `dates.commissioned` or `dates.decision`.",
                  _src("cpr_or_susr"))
REGISTRY.register("WLS105", "must-publish", "error", "A Welsh review is recorded as not published.",
                  "Both concise and extended reviews must be published: the board approves and publishes the "
                  "final report and submits it to Welsh Government.", _src("must_publish"))
REGISTRY.register("WLS106", "welsh-structure", "error",
                  "A Welsh parallel text does not have the same sections as its English text.",
                  "A `*.cy.md` file has the same `{#id}` sections, in the same order, as its English twin, so the "
                  "Welsh edition is not treated less favourably.", _src("welsh_language"))
REGISTRY.register("WLS107", "welsh-text-missing", "error",
                  "A final or published Welsh review has no Welsh text.",
                  "Welsh public bodies publish in Welsh and English: a final or published review has at least "
                  "one `*.cy.md` parallel text. A warning while the review is final (there is still time to "
                  "translate it), an error once it is published.", _src("welsh_language"))
REGISTRY.register("WLS108", "submitted-to-welsh-government", "error",
                  "A published review does not record its submission to Welsh Government.",
                  "The board approves and publishes the final report and submits it to Welsh Government: record "
                  "`publication.submitted_to_welsh_government` once the report is published.",
                  _src("submit_to_welsh_government"))


def _overlaps(start: dt.date | None, end: dt.date | None, lo: dt.date, hi: dt.date) -> bool:
    return (start is None or start <= hi) and (end is None or end >= lo)


@check
def review_type(ctx: Context) -> Iterable[Finding]:
    """WLS101: concise/extended matches the register/care history in the window before the incident."""
    params = ctx.rule("review_type")
    declared = ctx.value("/susr_type")
    incident = ctx.date("/dates/incident")
    if not params or not ctx.applies(params) or declared not in ("concise", "extended") or incident is None:
        return
    window = add_months(incident, -int(params.get("window_months", 6)))
    statuses = set(params.get("statuses", []))
    reasons = []
    for ptr, row in ctx.items("/child/register_or_care_history"):
        if row.get("status") in statuses and _overlaps(ctx.date(f"{ptr}/from"), ctx.date(f"{ptr}/to"), window, incident):
            frm = ctx.date(f"{ptr}/from")
            reasons.append(f"{row['status']} from {frm.isoformat() if frm else 'an unknown date'}")
    if ctx.value("/child/looked_after") is True:
        reasons.append("looked after at the incident")
    expected = "extended" if reasons else "concise"
    if declared != expected:
        why = ("the child was " + "; ".join(reasons)) if reasons else "no register or care period is recorded"
        yield ctx.finding("WLS101", f"susr_type is {declared} but {why} within {params.get('window_months', 6)} "
                          f"months before the incident ({incident.isoformat()}): the review is {expected} "
                          f"{cite(params)}", ctx.loc("/susr_type"))


@check
def timeline_window(ctx: Context) -> Iterable[Finding]:
    """WLS102 over 12 months needs a reason; WLS103 never over 24 months."""
    params = ctx.rule("timeline_window")
    start, incident = ctx.date("/dates/timeline_start"), ctx.date("/dates/incident")
    if not params or not ctx.applies(params) or start is None or incident is None or start >= incident:
        return
    months = months_between(start, incident)
    limit, hard = int(params.get("months", 12)), int(params.get("max_months", 24))
    span = f"the timeline starts {months:.1f} months before the incident ({start.isoformat()} to {incident.isoformat()})"
    if months > hard:
        yield ctx.finding("WLS103", f"{span}; the window is never more than {hard} months "
                          f"{cite(params)}", ctx.loc("/dates/timeline_start"))
    elif months > limit and not ctx.filled("/extension_reason"):
        yield ctx.finding("WLS102", f"{span}; over {limit} months needs the reason in extension_reason "
                          f"{cite(params)}", ctx.loc("/dates/timeline_start"))


@check
def cpr_or_susr(ctx: Context) -> Iterable[Finding]:
    """WLS104: reviews started before the cutover are CPRs; from it, SUSRs."""
    params = ctx.rule("cpr_or_susr")
    cutover = params.get("cutover")
    if not params or not isinstance(cutover, dt.date):
        return
    pointers = ["/dates/started", *params.get("start", [])]
    pointer = next((p for p in pointers if ctx.date(p)), None)
    if pointer is None:
        return
    started = ctx.date(pointer)
    assert started is not None
    expected = "cpr" if started < cutover else "susr"
    if ctx.review.type in ("cpr", "susr") and ctx.review.type != expected:
        where = pointer.lstrip("/").replace("/", ".")
        yield ctx.finding("WLS104", f"the review started on {started.isoformat()} ({where}), "
                          f"{'before' if expected == 'cpr' else 'on or after'} {cutover.isoformat()}: "
                          f"it is a {'child practice review (type: cpr)' if expected == 'cpr' else 'SUSR (type: susr)'} "
                          f"{cite(params)}", ctx.loc("/type"))


@check
def must_publish(ctx: Context) -> Iterable[Finding]:
    """WLS105: Welsh reviews are published."""
    params = ctx.rule("must_publish")
    if params and ctx.applies(params) and ctx.value("/publication/decision") == "not-published":
        yield ctx.finding("WLS105", f"publication.decision is not-published, but concise and extended reviews must "
                          f"be published {cite(params)}", ctx.loc("/publication/decision"))


@check
def welsh_parallel(ctx: Context) -> Iterable[Finding]:
    """WLS106: each *.cy.md has its English twin's sections, in order; WLS107: a final review has Welsh text."""
    params = ctx.rule("welsh_language")
    if not params:
        return
    welsh = ctx.documents("cy")
    for cy in welsh:
        en = next((d for d in ctx.documents("en") if d.key == cy.key), None)
        if en is None:
            yield ctx.finding("WLS106", f"{cy.source.path.name} has no English twin "
                              f"{cy.source.path.name.replace('.cy.md', '.md')}", cy.source.line_location(1))
            continue
        en_ids = [s.id or s.title for s in en.sections]
        cy_ids = [s.id or s.title for s in cy.sections]
        if en_ids == cy_ids:
            for en_sec, cy_sec in zip(en.sections, cy.sections):
                if section_is_empty(cy_sec) and not section_is_empty(en_sec):
                    yield ctx.finding("WLS106", f"{cy.source.path.name}: section {{#{en_sec.id or en_sec.title}}} has "
                                      f"no Welsh text yet while {en.source.path.name} has {cite(params)}",
                                      cy.source.line_location(cy_sec.line))
            continue
        missing = [i for i in en_ids if i not in cy_ids]
        extra = [i for i in cy_ids if i not in en_ids]
        line = 1
        for k, (a, b) in enumerate(zip(en_ids, cy_ids)):
            if a != b:
                line = cy.sections[k].line
                break
        else:
            line = cy.sections[-1].line if cy.sections else 1
        detail = []
        if missing:
            detail.append("missing " + ", ".join(f"{{#{i}}}" for i in missing))
        if extra:
            detail.append("not in the English text: " + ", ".join(str(i) for i in extra))
        if not detail:
            detail.append("sections are in a different order")
        yield ctx.finding("WLS106", f"{cy.source.path.name} does not match {en.source.path.name}: "
                          f"{'; '.join(detail)} {cite(params)}", cy.source.line_location(line))
    if not welsh and ctx.value("/status") in ("final", "published"):
        published = ctx.value("/status") == "published"
        yield ctx.finding("WLS107", f"the review is {ctx.value('/status')} but has no Welsh text (*.cy.md); publish "
                          f"in Welsh and English {cite(params)}", ctx.loc("/status"),
                          severity="error" if published else "warning")


@check
def submitted_to_welsh_government(ctx: Context) -> Iterable[Finding]:
    """WLS108: once published, the submission to Welsh Government is recorded."""
    params = ctx.rule("submit_to_welsh_government")
    if not params or not ctx.applies(params) or ctx.date(params["when"]) is None:
        return
    if not ctx.filled(params["required"]):
        where = params["required"].lstrip("/").replace("/", ".")
        yield ctx.finding("WLS108", f"the report is published but {where} is empty; the board submits it to "
                          f"Welsh Government {cite(params)}", ctx.loc(params["required"]))


# Structured review.yaml fields that reach a public edition, as (list pointer or None, key); each needs
# a Welsh twin ``<key>_cy`` for the Welsh edition (generator.render prints English marked lang="en").
WELSH_TWINS: tuple[tuple[str | None, str], ...] = (
    (None, "board"),
    ("/child", "pseudonym"),
    ("/reviewers/*", "role"),
    ("/findings/*", "text"),
    ("/learning_points/*", "text"),
    ("/recommendations/*", "text"),
    ("/recommendations/*", "to"),
    ("/action_plan/*", "action"),
    ("/action_plan/*", "owner"),
    ("/action_plan/*", "progress"),
    ("/chronology/*", "agency"),
    ("/chronology/*", "event"),
    ("/glossary/*", "term"),
    ("/glossary/*", "definition"),
)

REGISTRY.register("WLS130", "welsh-twin-missing", "error",
                  "A public review.yaml field has no Welsh twin (`<field>_cy`).",
                  "Every structured field that reaches the public edition (the board, the child's pseudonym, "
                  "reviewers' roles, findings, learning points and recommendations, the action plan, chronology "
                  "and glossary) has a Welsh twin, e.g. `board_cy`, `role_cy`, `text_cy`, `action_cy`, "
                  "`progress_cy`, `event_cy`, `term_cy`, `definition_cy`, so the Welsh edition is wholly "
                  "Welsh. A warning while the review is a draft, an error once `status` is final or "
                  "published; the renderer prints a missing twin in English, marked as English.",
                  _src("welsh_language"))


def welsh_twin_gaps(data: dict) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    """(pointer of the English field, twin key) for every filled public field without its Welsh twin."""
    gaps: list[tuple[str, str]] = []
    for where, key in WELSH_TWINS:
        if where is None:
            rows: list[tuple[str, object]] = [("", data)]
        elif where.endswith("/*"):
            value = data.get(where[1:-2])
            rows = [(f"{where[:-2]}/{i}", v) for i, v in enumerate(value)] if isinstance(value, list) else []
        else:
            rows = [(where, data.get(where[1:]))]
        for ptr, row in rows:
            if not isinstance(row, dict):
                continue
            english, welsh = row.get(key), row.get(f"{key}_cy")
            if isinstance(english, str) and english.strip() and not (isinstance(welsh, str) and welsh.strip()):
                gaps.append((f"{ptr}/{key}", f"{key}_cy"))
    return gaps


@check
def welsh_twins(ctx: Context) -> Iterable[Finding]:
    """WLS130: each public structured field has its Welsh twin (warning in drafts, error when final)."""
    params = ctx.rule("welsh_language")
    if not params:
        return
    final = ctx.value("/status") in ("final", "published")
    for pointer, twin in welsh_twin_gaps(ctx.review.data):
        field = pointer.lstrip("/").replace("/", ".")
        yield ctx.finding("WLS130", f"{field} has no Welsh twin {twin}; the Welsh edition would print it in "
                          f"English {cite(params)}", ctx.loc(pointer), severity="error" if final else "warning")
