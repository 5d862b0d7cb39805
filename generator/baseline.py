"""Baselines: accept known findings by line-independent keyed fingerprints that hold no personal data.

A fingerprint is HMAC-SHA256 over (code, path, part, normalised matched text, occurrence number of
that text in the part), keyed with ``CASEREVIEW_BASELINE_KEY`` when set (recommended in CI: keep it
as a secret) or else with a random salt stored in the baseline file. Moving a line does not change a
fingerprint; editing the identifier does. Key-file matches are never baselined.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Iterable

from generator.errors import UserError
from generator.findings import Finding

BASELINE_VERSION = 1
ENV_KEY = "CASEREVIEW_BASELINE_KEY"


def _key(salt: str) -> bytes:
    env = os.environ.get(ENV_KEY)
    return (env or salt).encode("utf-8")


def fingerprint(key: bytes, code: str, path: str, part: str | None, text: str, ordinal: int) -> str:
    """The keyed fingerprint of one finding (hex, 32 chars)."""
    norm = " ".join(text.split()).casefold()
    msg = "\x1f".join([code, path, part or "", norm, str(ordinal)]).encode("utf-8")
    return hmac.new(key, msg, hashlib.sha256).hexdigest()[:32]


def attach(findings: Iterable[tuple[Finding, str]], salt: str) -> list[Finding]:
    """Give each (finding, raw matched text) pair its fingerprint."""
    key = _key(salt)
    seen: Counter[tuple] = Counter()
    out = []
    for finding, raw in findings:
        loc = finding.location
        ident = (finding.code, loc.path, loc.part, " ".join(raw.split()).casefold())
        seen[ident] += 1
        fp = fingerprint(key, finding.code, loc.path, loc.part, raw, seen[ident])
        out.append(replace(finding, fingerprint=fp))
    return out


def load(path: Path) -> tuple[str, set[str]]:
    """Read a baseline file: (salt, fingerprints). A bad file is a UserError naming it."""
    try:
        data = json.loads(Path(path).read_text("utf-8"))
        if data.get("version") != BASELINE_VERSION:
            raise ValueError(f"unsupported baseline version {data.get('version')!r}")
        return str(data["salt"]), set(data["fingerprints"])
    except FileNotFoundError:
        raise UserError(f"{path}: baseline file not found (create one with --write-baseline)") from None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise UserError(f"{path}: not a casereview baseline file ({exc})") from None


def new_salt() -> str:
    return secrets.token_hex(16)


def dump(salt: str, findings: Iterable[Finding]) -> str:
    """Serialise a baseline of ``findings`` (key-file matches excluded)."""
    fps = sorted(
        {f.fingerprint for f in findings if f.fingerprint and f.entity_type != "KEY_MATCH"}
    )
    return json.dumps(
        {
            "version": BASELINE_VERSION,
            "tool": "casereview",
            "keyed_by": "env:" + ENV_KEY if os.environ.get(ENV_KEY) else "salt",
            "salt": salt,
            "fingerprints": fps,
        },
        indent=2,
    ) + "\n"
