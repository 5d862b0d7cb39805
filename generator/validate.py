"""Run every registered validation check on a loaded review; checks live in ``generator.rules``."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Callable, Iterable

from generator import schema as schemas
from generator.findings import REGISTRY, Finding, Location
from generator.model import Document, Review
from generator.workdays import WorkCalendar, make_calendar

Check = Callable[["Context"], Iterable[Finding]]
CHECKS: list[Check] = []


def check(fn: Check) -> Check:
    """Decorator: register a check function (a rule module's entry point)."""
    CHECKS.append(fn)
    return fn


@dataclass
class Context:
    """A review plus its nation/type specs, calendar and helpers for reading review.yaml by pointer."""

    review: Review

    @cached_property
    def nation(self) -> schemas.NationSpec:
        return schemas.nation(self.review.nation)

    @cached_property
    def type(self) -> schemas.TypeSpec:
        return schemas.review_type(self.review.nation, self.review.type)

    @cached_property
    def calendar(self) -> WorkCalendar:
        closure = self.review.data.get("closure_days")
        return make_calendar(self.nation.subdiv, closure if isinstance(closure, list) else ())

    def rule(self, name: str) -> dict[str, Any]:
        """Parameters of a nation rule from its data file (empty when the nation has none)."""
        value = self.nation.rules.get(name)
        return value if isinstance(value, dict) else {}

    def applies(self, params: dict[str, Any]) -> bool:
        """Whether a rule table entry applies to this review's type (``types:`` absent = all)."""
        types = params.get("types")
        return not types or self.review.type in types

    def value(self, pointer: str) -> Any:
        """The value at a JSON pointer into review.yaml, or None."""
        return get_pointer(self.review.data, pointer)

    def text(self, pointer: str) -> str | None:
        """A non-empty string at ``pointer``, else None."""
        value = self.value(pointer)
        if isinstance(value, str) and value.strip():
            return value.strip()
        return None

    def date(self, pointer: str) -> dt.date | None:
        """A valid date at ``pointer``, else None (bad dates are already VAL007 findings)."""
        value = self.value(pointer)
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value
        return None

    def filled(self, pointer: str) -> bool:
        """Whether ``pointer`` holds something (not null, empty text or an empty list)."""
        value = self.value(pointer)
        if value is None or value is False:
            return False
        if isinstance(value, (str, list, dict)):
            return bool(value.strip() if isinstance(value, str) else value)
        return True

    def items(self, pointer: str) -> list[tuple[str, dict[str, Any]]]:
        """(pointer, mapping) for each mapping in the list at ``pointer``."""
        value = self.value(pointer)
        if not isinstance(value, list):
            return []
        return [(f"{pointer}/{i}", v) for i, v in enumerate(value) if isinstance(v, dict)]

    def loc(self, pointer: str) -> Location:
        """Location of a pointer in review.yaml (nearest existing parent)."""
        return self.review.pointer_location(pointer)

    def documents(self, lang: str | None = "en") -> list[Document]:
        return [d for d in self.review.documents if lang is None or d.lang == lang]

    def finding(self, code: str, message: str, location: Location, **extra: Any) -> Finding:
        return REGISTRY.finding(code, message, location, **extra)

    START_POINTERS = ("/dates/started", "/dates/referral", "/dates/commissioned", "/dates/decision",
                      "/dates/notification", "/dates/awareness", "/dates/incident")

    def review_start(self) -> dt.date | None:
        """The day the review started: the first recorded of dates.started, referral, commissioned,
        decision, notification, awareness, incident."""
        return next((d for d in (self.date(p) for p in self.START_POINTERS) if d is not None), None)

    def in_force(self, edition_id: str) -> bool:
        """Whether a rule from a guidance edition applies to this review: the edition had taken effect
        when the review started (a rule names the edition that introduced it). Unknown start date or
        edition: it applies."""
        edition = self.nation.editions.get(edition_id) if edition_id else None
        started = self.review_start()
        return edition is None or started is None or started >= edition.effective

    @property
    def status(self) -> str:
        """``status`` of review.yaml (draft when missing)."""
        value = self.value("/status")
        return value if isinstance(value, str) and value else "draft"

    def marked_publishable(self, doc: Document) -> bool | None:
        """Explicit ``publishable:`` of a document (front matter, else review.yaml ``documents:``)."""
        if isinstance(doc.front_matter.get("publishable"), bool):
            return doc.front_matter["publishable"]
        value = self.value(f"/documents/{doc.key}/publishable")
        return value if isinstance(value, bool) else None


def get_pointer(data: Any, pointer: str) -> Any:
    """Resolve a JSON pointer (``/dates/incident``) in plain data; None when any step is missing."""
    if not pointer:
        return data
    node = data
    for raw in pointer.lstrip("/").split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict):
            node = node.get(part)
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return None
        if node is None:
            return None
    return node


def short_source(source: str) -> str:
    """The first clause of a source citation, for messages (``Working Together 2023``)."""
    return source.split(";")[0].split(" (")[0].strip() if source else "the guidance"


def cite(source: object) -> str:
    """``(Working Together to Safeguard Children 2023, chapter 5)`` from a source text or rule params."""
    if isinstance(source, dict):
        source = source.get("source", "")
    text = str(source or "").split(";")[0]
    text = re.sub(r"\s*\([^()]*\)\s*$", "", text).strip()
    return f"({text})" if text else ""


def validate_review(review: Review) -> list[Finding]:
    """Every finding of every registered check on a loaded review (load findings not included)."""
    import generator.rules  # noqa: F401  (imports every rule module, registering its checks)

    ctx = Context(review)
    out: list[Finding] = []
    for fn in CHECKS:
        out.extend(fn(ctx))
    return out


RULE_PREFIXES = ("VAL", "ENG", "NIR", "SCT", "WLS")


def rule_provenance() -> dict[str, dict[str, str]]:
    """For each nation rule code: the source's words, their wording (must/should/may) and the guidance
    edition, gathered from schemas/nations/*.yaml (``rules:`` entries with ``codes:``, duties, criteria)."""
    out: dict[str, dict[str, str]] = {}
    for nation_id in schemas.NATIONS:
        nat = schemas.nation(nation_id)
        for params in nat.rules.values():
            if not isinstance(params, dict) or not isinstance(params.get("codes"), dict):
                continue
            for code, wording in params["codes"].items():
                out[code] = {"quote": str(params.get("quote", "")), "wording": str(wording),
                             "edition": nat.edition_text(str(params.get("edition", "")))}
        for d in nat.duties:
            out.setdefault(d.code, {"quote": d.quote, "wording": d.wording, "edition": nat.edition_text(d.edition)})
        crit = nat.criteria
        for key in ("code", "inconsistent_code"):
            if crit.get(key):
                out.setdefault(crit[key], {"quote": str(crit.get("quote", "")), "wording": str(crit.get("wording", "should")),
                                           "edition": nat.edition_text(str(crit.get("edition", "")))})
        for m in nat.milestones:
            if m.quote or m.edition:
                out.setdefault(m.code, {"quote": m.quote, "wording": "", "edition": nat.edition_text(m.edition)})
    return out


def rules_markdown() -> str:
    """docs/rules.md: every validation rule (code, name, severity, doc, source) and each nation's timescales."""
    import generator.rules  # noqa: F401
    from generator.findings import REGISTRY
    from generator.workdays import describe_period

    lines = [
        "# Validation rules",
        "",
        "Generated from the rule registry and schemas/nations/*.yaml by",
        "`python -c \"from generator.validate import rules_markdown; print(rules_markdown(), end='')\" > docs/rules.md`",
        "(a test keeps this file in sync). Codes are stable; select or ignore them by prefix",
        "(`casereview validate R --ignore VAL4`). Suppress one finding in place with",
        "`<!-- casereview: allow CODE reason=\"...\" -->` (Markdown) or `# casereview: allow CODE reason=\"...\"`",
        "(review.yaml).",
        "",
        "`validate` judges recorded dates only (a step done late); `casereview deadlines` compares open",
        "steps with today. Working days are Monday to Friday minus the bank holidays of the review's own",
        "nation (`holidays`: England and Wales share a calendar; Scotland and Northern Ireland have their own)",
        "and the board's `closure_days`.",
        "",
        "`casereview deadlines R [--format text|json|ics] [--today YYYY-MM-DD]` lists each timescale below",
        "with its due date, done date, working days left and status: `done` (recorded on time), `late`",
        "(recorded after the due date), `due` (open, not yet due), `overdue` (open, past due) or `unscheduled`",
        "(its start date is not recorded yet); and each action-plan row not complete (`due`, `overdue` or",
        "`unscheduled`). A board overrides a timescale in review.yaml: `timescales: {action-plan: {weeks: 8}}`.",
        "",
    ]
    titles = {"VAL": "Shared rules", "ENG": "England", "NIR": "Northern Ireland", "SCT": "Scotland", "WLS": "Wales"}
    provenance = rule_provenance()
    lines += ["Each nation rule gives the words of its source and their strength: \"must\" is an error,",
              "\"should\" a warning, \"may\" a note (a rule marked status-aware is milder while drafting).", ""]
    for prefix in RULE_PREFIXES:
        lines += [f"## {titles[prefix]} ({prefix})", ""]
        for rule in REGISTRY:
            if rule.category != prefix:
                continue
            lines += [f"### {rule.code} {rule.name} ({rule.severity.value})", "", rule.doc, "",
                      f"Source: {rule.source}", ""]
            prov = provenance.get(rule.code)
            if prov and prov["quote"] and f"“{prov['quote']}”" not in rule.doc:
                strength = f" — \"{prov['wording']}\"" if prov["wording"] else ""
                lines += [f"Words of the source: “{prov['quote']}”{strength}", ""]
            if prov and prov["edition"]:
                lines += [f"Edition: {prov['edition']}", ""]
    lines += ["## Timescales by nation", "",
              "| Nation | Code | Milestone | Types | Period | From | Recorded in | Edition | Source |",
              "|---|---|---|---|---|---|---|---|---|"]
    for nation_id in schemas.NATIONS:
        nat = schemas.nation(nation_id)
        for m in nat.milestones:
            period = ("at least " if m.kind == "minimum" else "within ") + describe_period(m.period)
            lines.append(f"| {nat.name} | {m.code} | {m.title} | {', '.join(m.types)} | {period} | "
                         f"`{m.start}` | `{m.done}` | {nat.edition_text(m.edition) or '-'} | {m.source} |")
    lines += ["", "## Duties by nation", "",
              "Each duty is kept in `duties:` of schemas/nations/*.yaml with the source's words; its severity",
              "follows the wording (must → error, should → warning, may → note). `casereview deadlines` lists",
              "each one as done, missing or not yet due.", "",
              "| Nation | Code | Duty | Types | Recorded in | Judged | Wording | Quote | Edition |",
              "|---|---|---|---|---|---|---|---|---|"]
    for nation_id in schemas.NATIONS:
        nat = schemas.nation(nation_id)
        for d in nat.duties:
            when = ", ".join(f"{k}: {v if not isinstance(v, list) else ' or '.join(v)}" for k, v in d.when.items()) or "always"
            lines.append(f"| {nat.name} | {d.code} | {d.title} | {', '.join(d.types)} | `{d.pointer}` | {when} | "
                         f"{d.wording}{' (draft: ' + d.drafting + ')' if d.drafting else ''} | “{d.quote}” | "
                         f"{nat.edition_text(d.edition)} |")
    lines += ["", "## Criteria and routes by nation", "",
              "`criteria.route` in review.yaml records the route under which a review was held; the schema offers",
              "exactly the nation's routes, and each route's facts are checked.", "",
              "| Nation | Route | Criterion | Needs |", "|---|---|---|---|"]
    for nation_id in schemas.NATIONS:
        nat = schemas.nation(nation_id)
        for r in nat.routes:
            needs = "; ".join(_describe_condition(c) for c in r.requires) or "-"
            edition = f" ({nat.edition_text(r.edition)})" if r.edition else ""
            lines.append(f"| {nat.name} | `{r.id}` | {r.title}{edition} | {needs} |")
    lines += ["", "## Guidance editions", "", "| Nation | Edition | In force from | Replaced for reviews started from |",
              "|---|---|---|---|"]
    for nation_id in schemas.NATIONS:
        nat = schemas.nation(nation_id)
        for e in nat.editions.values():
            lines.append(f"| {nat.name} | {e.title} | {e.effective.isoformat()} | "
                         f"{e.until.isoformat() if e.until else '-'} |")
    return "\n".join(lines) + "\n"


def _describe_condition(cond: dict[str, Any]) -> str:
    if "any" in cond:
        return " or ".join(_describe_condition(c) for c in cond["any"])
    where = "`" + cond["pointer"].lstrip("/").replace("/", ".") + "`"
    if "has_status" in cond:
        return f"{where} lists {' or '.join(cond['has_status'])}"
    return f"{where} is " + " or ".join(str(v).lower() if isinstance(v, bool) else str(v) for v in cond.get("in", []))
