"""SARIF 2.1.0 log; ``rules[]`` comes from the rule registry."""

from __future__ import annotations

import json
from typing import Any, Sequence

from generator import __version__
from generator.findings import REGISTRY, Finding

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "note": "note"}


def sarif_dict(findings: Sequence[Finding], *, files: int) -> dict[str, Any]:
    import generator.rules  # noqa: F401  (registers every rule)

    rules = list(REGISTRY)
    index = {r.code: i for i, r in enumerate(rules)}
    results = []
    for f in findings:
        loc = f.location
        region: dict[str, Any] = {}
        if loc.line is not None:
            region["startLine"] = loc.line
            region["startColumn"] = loc.column or 1
            if loc.end_line is not None:
                region["endLine"] = loc.end_line
            if loc.end_column is not None:
                region["endColumn"] = loc.end_column
        if loc.start is not None and loc.end is not None and loc.part is None:
            region["charOffset"] = loc.start
            region["charLength"] = max(0, loc.end - loc.start)
        physical: dict[str, Any] = {"artifactLocation": {"uri": loc.path.replace("\\", "/")}}
        if region:
            physical["region"] = region
        location: dict[str, Any] = {"physicalLocation": physical}
        logical = []
        if loc.part:
            logical.append({"name": loc.part, "kind": "module"})
        if loc.where:  # the paragraph, table cell or page a person looks for
            named = f"{loc.part}/{loc.where}" if loc.part else loc.where
            logical.append({"name": loc.where, "fullyQualifiedName": named, "kind": "element"})
        if loc.pointer:
            logical.append({"fullyQualifiedName": loc.pointer, "kind": "member"})
        if logical:
            location["logicalLocations"] = logical
        result: dict[str, Any] = {
            "ruleId": f.code,
            "level": _LEVEL[f.severity.value],
            "message": {"text": f.message + (f" [{f.evidence}]" if f.evidence else "")},
            "locations": [location],
        }
        if f.code in index:
            result["ruleIndex"] = index[f.code]
        props: dict[str, Any] = {}
        if f.entity_type:
            props["entity_type"] = f.entity_type
        if f.score is not None:
            props["score"] = round(f.score, 3)
        if props:
            result["properties"] = props
        if f.fingerprint:
            result["partialFingerprints"] = {"casereview/v1": f.fingerprint}
        if f.suppressed is not None:
            result["suppressions"] = [{"kind": "inSource", "justification": f.suppressed}]
        results.append(result)
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "casereview",
                        "version": __version__,
                        "rules": [
                            {
                                "id": r.code,
                                "name": r.name,
                                "shortDescription": {"text": r.summary},
                                "fullDescription": {"text": r.doc},
                                "defaultConfiguration": {"level": _LEVEL[r.severity.value]},
                                "properties": {"source": r.source} if r.source else {},
                            }
                            for r in rules
                        ],
                    }
                },
                "results": results,
                "columnKind": "unicodeCodePoints",
            }
        ],
    }


def render(findings: Sequence[Finding], *, files: int) -> str:
    return json.dumps(sarif_dict(findings, files=files), indent=2, ensure_ascii=False) + "\n"
