"""Northern Ireland (CMR) rules, NIR1xx; the checks are generic publishability/document rules in data.

The overview report is never publishable and the executive summary must exist and be publishable:
schemas/nations/northern-ireland.yaml gives those documents the codes below, and
``generator.rules.validation`` applies them. This module registers the codes with their sources.
"""

from __future__ import annotations

from generator import schema as schemas
from generator.findings import REGISTRY

_RULES = schemas.nation("northern-ireland").rules


def _src(name: str) -> str:
    return str(_RULES.get(name, {}).get("source", ""))


REGISTRY.register("NIR101", "overview-report-publishable", "error",
                  "The CMR overview report is marked publishable.",
                  "The overview report is HIGHLY CONFIDENTIAL and shared only within a framework of "
                  "confidentiality and data protection: it is never published. Remove `publishable: true` "
                  "(front matter or review.yaml `documents.overview-report`); publish the executive summary.",
                  _src("overview_never_publishable"))
REGISTRY.register("NIR102", "executive-summary-missing", "error",
                  "The CMR has no executive summary.",
                  "A CMR has an executive summary (executive-summary.md) summarising the case and the learning; "
                  "it is the document ordinarily published.", _src("executive_summary_publishable"))
REGISTRY.register("NIR103", "executive-summary-not-publishable", "warning",
                  "The CMR executive summary is marked not publishable.",
                  "The executive summary is written for publication with identities protected; marking it "
                  "`publishable: false` leaves the CMR with nothing to publish.", _src("executive_summary_publishable"))
