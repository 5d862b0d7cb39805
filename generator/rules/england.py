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
REGISTRY.register("ENG108", "intimate-details", "warning",
                  "A publishable document seems to hold an intimate personal detail of the family's life.",
                  "Reports avoid harming the welfare of any child or vulnerable adult involved, e.g. by removing "
                  "intimate personal details of a family's life that serve no learning purpose. The phrases in "
                  "schemas/nations/england.yaml (`intimate_details.patterns`) only suggest such a detail, so this "
                  "is a content warning, not an identifier: keep the detail only where it serves the learning, "
                  "and record why with a suppression comment.", _src("intimate_details"))


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
def intimate_details(ctx: Context) -> Iterable[Finding]:
    """ENG108: phrases that usually mark an intimate personal detail, in documents that may be published."""
    import re

    from generator.numbering import comment_spans

    params = ctx.rule("intimate_details")
    patterns = [p for p in params.get("patterns", []) if p]
    if not params or not ctx.applies(params) or not patterns:
        return
    rx = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in patterns) + r")\w*", re.I)
    publishable = {d.key for d in ctx.type.documents if d.publishable}
    for doc in ctx.review.documents:
        if doc.key not in publishable or ctx.marked_publishable(doc) is False:
            continue
        text = doc.source.text
        comments = comment_spans(text)
        for m in rx.finditer(text):
            if any(a <= m.start() < b for a, b in comments):
                continue
            yield ctx.finding("ENG108", f"“{m.group(0)}” may be an intimate personal detail of the family's life: "
                              f"keep it only if it serves the learning {cite(params)}",
                              doc.source.location(m.start(), m.end()))
