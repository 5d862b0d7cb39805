"""Scotland (learning review) rules, SCT1xx; parameters and sources in schemas/nations/scotland.yaml."""

from __future__ import annotations

import re
from typing import Iterable

from generator import schema as schemas
from generator.findings import REGISTRY, Finding
from generator.validate import Context, check, cite

_RULES = schemas.nation("scotland").rules


def _src(name: str) -> str:
    return str(_RULES.get(name, {}).get("source", ""))


REGISTRY.register("SCT101", "terms-of-reference-missing", "error",
                  "The learning review has no terms of reference.",
                  "Terms of reference are mandatory for a learning review: write terms-of-reference.md "
                  "(purpose, scope, methodology, team, family involvement, timescales).", _src("terms_of_reference"))
REGISTRY.register("SCT102", "proposal-without-evidence", "error",
                  "An improvement proposal does not cite the evidence for it.",
                  "Proposals for improvement are made only where there is evidence they will address the "
                  "shortcomings identified: each entry in `recommendations` lists in `evidence` the finding "
                  "or learning point ids that support it.", _src("proposals_cite_evidence"))
REGISTRY.register("SCT103", "publication-not-cog", "error",
                  "The publication decision is not recorded as the Chief Officers Group's.",
                  "The CPC recommends and the Chief Officers Group (COG) decides whether and what to publish: "
                  "`publication.decided_by` names the COG.", _src("publication_decision"))
REGISTRY.register("SCT104", "publication-considerations", "error",
                  "The publication decision does not record its three considerations.",
                  "The COG decides having considered confidentiality and data protection, the family's views, "
                  "and anonymisation that still shows the learning: record all three under "
                  "`publication.considerations`.", _src("publication_decision"))
REGISTRY.register("SCT106", "publication-not-recommended-by-cpc", "warning",
                  "The publication decision does not record the child protection committee's recommendation.",
                  "The CPC recommends publication to the Chief Officers Group: `publication.recommended_by` "
                  "names the child protection committee.", _src("publication_decision"))
REGISTRY.register("SCT105", "action-plan-incomplete", "error",
                  "An action plan row does not say who, what and by when.",
                  "The CPC ensures an action plan setting out who will do what by when: every row has "
                  "`owner`, `action` and `due`.", _src("action_plan"))


@check
def proposals_cite_evidence(ctx: Context) -> Iterable[Finding]:
    """SCT102: every improvement proposal lists evidence ids."""
    params = ctx.rule("proposals_cite_evidence")
    if not params or not ctx.applies(params):
        return
    for ptr, row in ctx.items("/recommendations"):
        evidence = row.get("evidence")
        if not evidence:
            yield ctx.finding("SCT102", f"improvement proposal {row.get('id', '?')} cites no evidence: list the "
                              f"finding or learning point ids it addresses in `evidence` {cite(params)}",
                              ctx.loc(f"{ptr}/evidence" if "evidence" in row else ptr))


@check
def publication_decision(ctx: Context) -> Iterable[Finding]:
    """SCT103 decided by the COG; SCT104 the three considerations recorded."""
    params = ctx.rule("publication_decision")
    if not params or not ctx.applies(params) or not ctx.filled("/publication/decision"):
        return
    src = params.get("source", "")
    who = (ctx.text("/publication/decided_by") or "").casefold().replace("\u2019", "'")
    words = re.findall(r"[\w']+", who)
    names = [n.casefold() for n in params.get("decided_by", [])]
    if not any((n in words) if " " not in n and len(n) <= 4 else (n in who) for n in names):
        yield ctx.finding("SCT103", f"publication.decided_by is {who or 'empty'!r}; the Chief Officers Group "
                          f"decides publication {cite(src)}", ctx.loc("/publication/decided_by"))
    rec = (ctx.text("/publication/recommended_by") or "").casefold()
    rec_names = [n.casefold() for n in params.get("recommended_by", [])]
    if rec_names and not any((n in re.findall(r"[\w']+", rec)) if len(n) <= 4 else (n in rec) for n in rec_names):
        yield ctx.finding("SCT106", f"publication.recommended_by is {rec or 'empty'!r}; the child protection "
                          f"committee recommends publication {cite(src)}", ctx.loc("/publication/recommended_by"))
    for key in params.get("considerations", []):
        if not ctx.filled(f"/publication/considerations/{key}"):
            yield ctx.finding("SCT104", f"publication.considerations.{key} is empty; the COG's decision records "
                              f"confidentiality, family views and anonymisation {cite(src)}",
                              ctx.loc(f"/publication/considerations/{key}"))


@check
def action_plan(ctx: Context) -> Iterable[Finding]:
    """SCT105: each action says who, what and by when."""
    params = ctx.rule("action_plan")
    if not params or not ctx.applies(params):
        return
    for ptr, row in ctx.items("/action_plan"):
        missing = [k for k in params.get("required", []) if not ctx.filled(f"{ptr}/{k}")]
        if missing:
            yield ctx.finding("SCT105", f"action {row.get('id', '?')} has no {', '.join(missing)}: the action plan "
                              f"says who, what and by when {cite(params)}", ctx.loc(ptr))
