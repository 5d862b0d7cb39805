"""Findings: small immutable records of a problem at a place, and the rule registry they cite."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any, Iterable


class Severity(str, Enum):
    """Severity of a finding; ordered error > warning > note."""

    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "note": 1}[self.value]


_SEVERITIES = {s.value: s for s in Severity}  # a cached re-check turns thousands of rows back into findings


@dataclass(frozen=True)
class Location:
    """Where a finding is: a file, a 1-based line/column range, 0-based offsets, a part or pointer."""

    path: str
    line: int | None = None
    column: int | None = None
    end_line: int | None = None
    end_column: int | None = None
    start: int | None = None
    end: int | None = None
    part: str | None = None
    pointer: str | None = None
    # where a person finds it in the document ("paragraph 12", "table 2, row 3, cell 1", "page 3");
    # set for DOCX/ODT/PDF/XLSX findings, where line and column count lines of extracted text
    where: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "start": self.start,
            "end": self.end,
            "part": self.part,
            "pointer": self.pointer,
        }
        if self.where is not None:  # only when known, so reports of text files are unchanged
            data["where"] = self.where
        return data

    def short(self) -> str:
        """``path:line:col`` (``path`` alone where there is no line; part in brackets).

        A location with a ``where`` label shows the label instead of line and column, which count
        lines of extracted text and mean nothing to a Word or PDF reader:
        ``report.docx[word/document.xml] (paragraph 12)``.
        """
        text = self.path
        if self.part:
            text += f"[{self.part}]"
        if self.where:
            return f"{text} ({self.where})"
        if self.line is not None:
            text += f":{self.line}" + (f":{self.column}" if self.column is not None else "")
        return text


@dataclass(frozen=True)
class Rule:
    """A registered rule: stable code, short name, default severity, documentation, source."""

    code: str
    name: str
    severity: Severity
    summary: str
    doc: str = ""
    source: str = ""

    @property
    def category(self) -> str:
        return self.code[:3]


@dataclass(frozen=True)
class Finding:
    """One problem at one place. ``evidence`` is already masked unless the user asked otherwise."""

    code: str
    rule: str
    severity: Severity
    message: str
    location: Location
    entity_type: str | None = None
    score: float | None = None
    evidence: str | None = None
    key_kind: str | None = None
    fingerprint: str | None = field(default=None, compare=False)
    suppressed: str | None = field(default=None, compare=False)  # reason, when suppressed

    def with_severity(self, severity: Severity) -> "Finding":
        return replace(self, severity=severity)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "code": self.code,
            "rule": self.rule,
            "severity": self.severity.value,
            "message": self.message,
            "location": self.location.to_dict(),
        }
        if self.entity_type is not None:
            data["entity_type"] = self.entity_type
        if self.score is not None:
            data["score"] = round(self.score, 3)
        if self.key_kind is not None:
            data["key_kind"] = self.key_kind
        if self.evidence is not None:
            data["evidence"] = self.evidence
        if self.fingerprint is not None:
            data["fingerprint"] = self.fingerprint
        if self.suppressed is not None:
            data["suppressed"] = {"reason": self.suppressed}
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, path: str | None = None) -> "Finding":
        """The inverse of :meth:`to_dict` (for cached results); ``path`` replaces the location's path."""
        loc = dict(data["location"])
        if path is not None:
            loc["path"] = path
        return cls(
            data["code"],
            data["rule"],
            _SEVERITIES.get(data["severity"]) or Severity(data["severity"]),
            data["message"],
            Location(**loc),
            entity_type=data.get("entity_type"),
            score=data.get("score"),
            evidence=data.get("evidence"),
            key_kind=data.get("key_kind"),
            fingerprint=data.get("fingerprint"),
            suppressed=(data.get("suppressed") or {}).get("reason"),
        )

    def sort_key(self) -> tuple:
        loc = self.location
        return (loc.path, loc.part or "", loc.line or 0, loc.column or 0, loc.start or 0, self.code)


class RuleRegistry:
    """All rules, by code. Rules register themselves when their module is imported."""

    def __init__(self) -> None:
        self._rules: dict[str, Rule] = {}

    def register(
        self,
        code: str,
        name: str,
        severity: str | Severity,
        summary: str,
        doc: str = "",
        source: str = "",
    ) -> Rule:
        if len(code) != 6 or not code[:3].isalpha() or not code[3:].isdigit():
            raise ValueError(f"rule code {code!r} must be three letters and three digits")
        rule = Rule(code, name, Severity(severity), summary, doc or summary, source)
        existing = self._rules.get(code)
        if existing is not None and existing != rule:
            raise ValueError(f"rule code {code} registered twice with different definitions")
        self._rules[code] = rule
        return rule

    def get(self, code: str) -> Rule:
        return self._rules[code]

    def __contains__(self, code: object) -> bool:
        return code in self._rules

    def __iter__(self):
        return iter(sorted(self._rules.values(), key=lambda r: r.code))

    def __len__(self) -> int:
        return len(self._rules)

    def finding(
        self,
        code: str,
        message: str,
        location: Location,
        *,
        severity: Severity | str | None = None,
        **extra: Any,
    ) -> Finding:
        """Build a finding for a registered rule, with its default severity unless overridden."""
        rule = self._rules[code]
        sev = Severity(severity) if severity is not None else rule.severity
        return Finding(code, rule.name, sev, message, location, **extra)


REGISTRY = RuleRegistry()


def select(findings: Iterable[Finding], select: list[str] | None, ignore: list[str] | None) -> list[Finding]:
    """Keep findings whose code starts with a ``select`` prefix and with no ``ignore`` prefix."""
    out = []
    for f in findings:
        if select and not any(f.code.startswith(p) for p in select):
            continue
        if ignore and any(f.code.startswith(p) for p in ignore):
            continue
        out.append(f)
    return out


def exit_code(findings: Iterable[Finding], fail_on: str) -> int:
    """0 when nothing (unsuppressed) is at or above ``fail_on``, else 1. ``never`` always gives 0."""
    if fail_on == "never":
        return 0
    threshold = Severity(fail_on).rank
    return int(any(f.suppressed is None and f.severity.rank >= threshold for f in findings))
