"""In-source suppressions: ``<!-- casereview: allow ANO101 reason="public figure" -->``.

A suppression at the end of a line applies to that line; alone on its line it applies to the next
non-blank line; ``allow-file`` applies to the whole file. A reason is required. Key-file matches
(ANO150 or any finding whose entity type is KEY_MATCH) can never be suppressed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DIRECTIVE = re.compile(
    r"casereview:\s*(?P<kind>allow-file|allow)\b(?P<rest>[^\n]*?)(?:-->|$)", re.IGNORECASE
)
_CODES = re.compile(r"^\s*(?P<codes>[A-Z]{3}\d{0,3}(?:\s*,\s*[A-Z]{3}\d{0,3})*)")
_REASON = re.compile(r"reason\s*=\s*\"(?P<reason>[^\"]*)\"")
_COMMENT_ONLY = re.compile(r"^\s*(?:<!--.*-->|#.*)\s*$")


@dataclass(frozen=True)
class Suppression:
    """One directive: code prefixes, the reason, and the lines it covers (None = whole file)."""

    prefixes: tuple[str, ...]
    reason: str
    line: int  # where the directive is written (1-based)
    applies_to: int | None  # the line it covers, None for allow-file

    def covers(self, code: str, line: int | None) -> bool:
        if not any(code.startswith(p) for p in self.prefixes):
            return False
        return self.applies_to is None or line == self.applies_to


@dataclass(frozen=True)
class BadSuppression:
    """A directive that cannot be used, with why."""

    line: int
    column: int
    message: str


def parse(text: str) -> tuple[list[Suppression], list[BadSuppression]]:
    """Find every suppression directive in ``text``."""
    lines = text.splitlines()
    good: list[Suppression] = []
    bad: list[BadSuppression] = []
    for idx, raw in enumerate(lines):
        for m in _DIRECTIVE.finditer(raw):
            lineno = idx + 1
            rest = m.group("rest")
            codes = _CODES.match(rest)
            reason = _REASON.search(rest)
            if not codes:
                bad.append(BadSuppression(lineno, m.start() + 1, "suppression names no rule code"))
                continue
            if not reason or not reason.group("reason").strip():
                bad.append(
                    BadSuppression(lineno, m.start() + 1, 'suppression has no reason="..." (required)')
                )
                continue
            prefixes = tuple(c.strip() for c in codes.group("codes").split(","))
            if any("ANO150".startswith(p) and len(p) == 6 for p in prefixes):
                bad.append(
                    BadSuppression(lineno, m.start() + 1, "key-file matches (ANO150) cannot be suppressed")
                )
                prefixes = tuple(p for p in prefixes if p != "ANO150")
                if not prefixes:
                    continue
            if m.group("kind").lower() == "allow-file":
                target: int | None = None
            elif _COMMENT_ONLY.match(raw):
                target = next(
                    (j + 1 for j in range(idx + 1, len(lines)) if lines[j].strip()), lineno
                )
            else:
                target = lineno
            good.append(Suppression(prefixes, reason.group("reason").strip(), lineno, target))
    return good, bad


def reason_for(
    suppressions: list[Suppression], code: str, line: int | None, entity_type: str | None
) -> str | None:
    """The reason of the first suppression covering a finding, or None (never for key matches)."""
    if entity_type == "KEY_MATCH" or code == "ANO150":
        return None
    for s in suppressions:
        if s.covers(code, line):
            return s.reason
    return None
