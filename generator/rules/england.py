"""England (CSPR) consistency rules, ENG1xx; parameters and sources in schemas/nations/england.yaml."""

from __future__ import annotations

from typing import Iterable

from generator import schema as schemas
from generator.findings import REGISTRY, Finding
from generator.validate import Context, check, cite

_RULES = schemas.nation("england").rules


def _src(name: str) -> str:
    return str(_RULES.get(name, {}).get("source", ""))


REGISTRY.register("ENG101", "notification-criteria", "warning",
                  "The notification does not meet the criteria for a serious incident notification.",
                  "A serious incident is notified when a child has died or been seriously harmed AND abuse or "
                  "neglect is known or suspected (a looked-after child's death is always notified to the "
                  "Secretary of State and Ofsted).", _src("notification_criteria"))
REGISTRY.register("ENG102", "looked-after-death-notification", "error",
                  "A looked-after child's death was not notified to the Secretary of State and Ofsted.",
                  "When a looked-after child dies, the Secretary of State and Ofsted are notified whether or "
                  "not abuse or neglect is suspected: record `notification.notified_secretary_of_state` and "
                  "`notification.notified_ofsted`.", _src("looked_after_death"))
REGISTRY.register("ENG103", "commissioning-record", "error",
                  "A commissioned local CSPR does not name its reviewer or record telling the Panel, Ofsted and DfE.",
                  "When a local CSPR is commissioned the partners tell the Panel, Ofsted and DfE, naming the "
                  "reviewer: record `commissioning.reviewer`, `panel_informed`, `ofsted_informed` and "
                  "`dfe_informed`.", _src("commissioning"))
REGISTRY.register("ENG104", "not-published-justification", "error",
                  "A decision not to publish has no recorded justification.",
                  "Not publishing a CSPR report needs a recorded justification in "
                  "`publication.justification`; information about improvements may still be published.",
                  _src("not_published"))
REGISTRY.register("ENG105", "sent-before-publication", "warning",
                  "The report was not recorded as sent to the Panel, the Secretary of State and Ofsted before publication.",
                  "Before publication the report (or its learning) goes to the Panel and the Secretary of State, "
                  "and to Ofsted: record `publication.sent_to_panel`, `sent_to_secretary_of_state` and "
                  "`sent_to_ofsted` on or before `dates.publication`.", _src("sent_before_publication"))


def _looked_after_death(ctx: Context) -> bool:
    return ctx.value("/child/looked_after") is True and ctx.value("/notification/harm") == "death"


@check
def notification_criteria(ctx: Context) -> Iterable[Finding]:
    """ENG101: harm and abuse/neglect meet the notification criteria."""
    params = ctx.rule("notification_criteria")
    if not params or not isinstance(ctx.value("/notification"), dict) or _looked_after_death(ctx):
        return
    for key in ("harm", "abuse_or_neglect"):
        value = ctx.value(f"/notification/{key}")
        allowed = params.get(key, [])
        if value is not None and allowed and value not in allowed:
            yield ctx.finding("ENG101", f"notification.{key} is {value!r}: a serious incident notification needs "
                              f"{' or '.join(allowed)} {cite(params)}", ctx.loc(f"/notification/{key}"))


@check
def looked_after_death(ctx: Context) -> Iterable[Finding]:
    """ENG102: a looked-after child's death is notified to the Secretary of State and Ofsted."""
    if not ctx.rule("looked_after_death") or not _looked_after_death(ctx):
        return
    for key, who in (("notified_secretary_of_state", "the Secretary of State"), ("notified_ofsted", "Ofsted")):
        if not ctx.filled(f"/notification/{key}"):
            yield ctx.finding("ENG102", f"a looked-after child died: record when {who} was notified in "
                              f"notification.{key} {cite(ctx.rule('looked_after_death'))}",
                              ctx.loc(f"/notification/{key}"))


@check
def commissioning(ctx: Context) -> Iterable[Finding]:
    """ENG103: a commissioned LCSPR names its reviewer and tells the Panel, Ofsted and DfE."""
    params = ctx.rule("commissioning")
    if not params or not ctx.applies(params):
        return
    for pointer in params.get("required", []):
        if not ctx.filled(pointer):
            where = pointer.lstrip("/").replace("/", ".")
            yield ctx.finding("ENG103", f"{where} is empty: a commissioned local CSPR names its reviewer and "
                              f"tells the Panel, Ofsted and DfE {cite(params)}", ctx.loc(pointer))


@check
def not_published(ctx: Context) -> Iterable[Finding]:
    """ENG104: a not-published decision records its justification."""
    params = ctx.rule("not_published")
    if not params or not ctx.applies(params) or ctx.value("/publication/decision") != "not-published":
        return
    for pointer in params.get("required", []):
        if not ctx.filled(pointer):
            yield ctx.finding("ENG104", "the report is not to be published but publication.justification is "
                              f"empty; record why {cite(params)}", ctx.loc(pointer))


@check
def sent_before_publication(ctx: Context) -> Iterable[Finding]:
    """ENG105: before publication the report goes to the Panel, the Secretary of State and Ofsted."""
    params = ctx.rule("sent_before_publication")
    published = ctx.date("/dates/publication")
    if not params or not ctx.applies(params) or published is None:
        return
    for rec in params.get("recipients", []):
        sent = ctx.date(rec["pointer"])
        where = rec["pointer"].lstrip("/").replace("/", ".")
        if sent is None:
            yield ctx.finding("ENG105", f"the report was published on {published.isoformat()} but {where} is not "
                              f"recorded: send it to {rec['name']} before publication {cite(params)}",
                              ctx.loc(rec["pointer"]))
        elif sent > published:
            yield ctx.finding("ENG105", f"{where} ({sent.isoformat()}) is after publication "
                              f"({published.isoformat()}); {rec['name']} receives the report before publication "
                              f"{cite(params)}", ctx.loc(rec["pointer"]))
