"""Per-nation schemas: every NATION TYPE has documents and sections; titles and aliases match their section."""

from __future__ import annotations

import json

import pytest
from jsonschema import Draft202012Validator

from generator import schema as schemas
from generator.resources import schemas_dir

PAIRS = schemas.review_types()
DOCS = [(n, t, d) for n, t in PAIRS for d in schemas.documents(n, t)]


def test_pairs_are_the_contract() -> None:
    assert PAIRS == [("england", "rapid-review"), ("england", "lcspr"), ("england", "national-cspr"),
                     ("northern-ireland", "cmr"), ("scotland", "learning-review"), ("wales", "susr"),
                     ("wales", "cpr")]


@pytest.mark.parametrize("path", sorted(schemas_dir().rglob("*.schema.json")), ids=lambda p: p.name)
def test_every_schema_is_valid_json_schema_2020_12(path) -> None:
    schema = json.loads(path.read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


CONTRACT = {
    ("england", "rapid-review", "rapid-review"): ["facts", "immediate-safety", "practice-learning", "next-steps"],
    ("england", "lcspr", "report"): ["child-perspective", "scope-and-method", "circumstances",
                                     "professional-decisions", "analysis", "multi-agency-working",
                                     "practice-features", "doing-differently", "learning", "recommendations"],
    ("northern-ireland", "cmr", "overview-report"): ["introduction", "terms-of-reference", "methodology",
                                                     "family-involvement", "background", "analysis",
                                                     "lessons-learned", "recommendations"],
    ("northern-ireland", "cmr", "executive-summary"): ["introduction", "case-summary", "learning", "recommendations"],
    ("scotland", "learning-review", "terms-of-reference"): ["purpose", "scope", "methodology", "team",
                                                            "family-involvement", "timescales"],
    ("scotland", "learning-review", "report"): ["introduction", "what-happened", "analysis", "effective-practice",
                                                "learning-points", "improvement-proposals"],
    ("scotland", "learning-review", "initial-case-review"): ["summary", "criteria", "recommendation"],
    ("wales", "susr", "report"): ["introduction", "review-type-and-scope", "background", "learning-event",
                                  "child-and-family", "analysis", "learning", "recommendations"],
    ("wales", "susr", "executive-summary"): ["introduction", "summary", "learning", "recommendations"],
    ("wales", "cpr", "report"): ["introduction", "background", "learning-event", "analysis", "learning",
                                 "recommendations"],
}


@pytest.mark.parametrize("key", list(CONTRACT), ids=lambda k: "-".join(k))
def test_required_sections_are_the_contract_ids(key) -> None:
    nation, rtype, doc_key = key
    doc = next(d for d in schemas.documents(nation, rtype) if d.key == doc_key)
    assert [s.id for s in doc.required_sections] == CONTRACT[key]


@pytest.mark.parametrize(
    "nation, rtype, doc_key, required, publishable, never",
    [
        ("england", "lcspr", "report", True, True, False),
        ("england", "lcspr", "rapid-review", False, False, True),
        ("england", "national-cspr", "report", True, True, False),
        ("northern-ireland", "cmr", "overview-report", True, False, True),
        ("northern-ireland", "cmr", "executive-summary", True, True, False),
        ("northern-ireland", "cmr", "agency-report", False, False, True),
        ("scotland", "learning-review", "terms-of-reference", True, False, False),
        ("scotland", "learning-review", "initial-case-review", False, False, True),
        ("wales", "susr", "report", True, True, False),
    ],
)
def test_documents_required_and_publishable(nation, rtype, doc_key, required, publishable, never) -> None:
    doc = next(d for d in schemas.documents(nation, rtype) if d.key == doc_key)
    assert (doc.required, doc.publishable, doc.never_publishable) == (required, publishable, never)
    assert doc.source and doc.title


@pytest.mark.parametrize("nation, rtype, doc", DOCS, ids=lambda x: getattr(x, "key", str(x)))
def test_each_title_alias_and_welsh_title_matches_its_own_section(nation, rtype, doc) -> None:
    for sec in doc.sections:
        assert sec.guidance and sec.title
        for label in [sec.title, *sec.aliases, *([sec.title_cy] if sec.title_cy else [])]:
            got = schemas.match_section(doc, label)
            assert got is not None and got.id == sec.id, (label, got)
        assert schemas.match_section(doc, f"Anything {{#{sec.id}}}").id == sec.id


@pytest.mark.parametrize(
    "heading, expected",
    [
        ("Why the events occurred as they did", "analysis"),
        ("5. Analysis", "analysis"),
        ("iv) Recommendations", "recommendations"),
        ("Recomendations", "recommendations"),
        ("THE CHILD\u2019S PERSPECTIVE", "child-perspective"),
        ("Learning {#learning}", "learning"),
        ("Recommendations {#analysis}", "analysis"),
        ("Glossary", "glossary"),
        ("Something unrelated", None),
        ("Learning {#no-such-section}", None),
        ("", None),
        ("A", None),
    ],
)
def test_match_section(heading, expected) -> None:
    doc = schemas.documents("england", "lcspr")[0]
    got = schemas.match_section(doc, heading)
    assert (got.id if got else None) == expected


def test_document_for_file() -> None:
    assert schemas.document_for_file("northern-ireland", "cmr", "agency-report-police.md").key == "agency-report"
    assert schemas.document_for_file("wales", "susr", "report.cy.md").key == "report"
    assert schemas.document_for_file("england", "lcspr", "overview-report.md") is None


def test_every_nation_has_a_calendar_and_milestones_cite_sources() -> None:
    subdivs = {n: schemas.nation(n).subdiv for n in schemas.NATIONS}
    assert subdivs == {"england": "ENG", "northern-ireland": "NIR", "scotland": "SCT", "wales": "WLS"}
    for n in schemas.NATIONS:
        for m in schemas.nation(n).milestones:
            assert m.source and m.code[:3] in ("ENG", "NIR", "SCT", "WLS") and len(m.period) == 1


def _validator(name: str):
    from referencing import Registry, Resource

    resources = [json.loads(p.read_text(encoding="utf-8")) for p in schemas_dir().rglob("*.schema.json")]
    registry = Registry().with_resources((s["$id"], Resource.from_contents(s)) for s in resources)
    return Draft202012Validator(schemas.document_schema(name), registry=registry)


@pytest.mark.parametrize(
    "name, instance, valid",
    [
        ("scotland/action-plan", [{"id": "A1", "action": "Train", "owner": "CPC", "due": "2025-01-31"}], True),
        ("scotland/action-plan", [{"id": "A1", "action": "Train"}], False),
        ("wales/action-plan", [{"id": "A1", "action": "Train"}], True),
        ("wales/action-plan", [{"id": "A1", "action": "Train", "colour": "red"}], False),
        ("england/serious-incident-notification",
         {"notification": {"harm": "death", "abuse_or_neglect": "suspected"},
          "dates": {"awareness": "2024-03-22", "notification": "2024-03-27"}}, True),
        ("england/serious-incident-notification", {"notification": {"harm": "bruise"}, "dates": {}}, False),
    ],
)
def test_data_document_schemas_reuse_review_schema(name, instance, valid) -> None:
    errors = list(_validator(name).iter_errors(instance))
    assert (errors == []) == valid, errors


@pytest.mark.parametrize("path", [schemas_dir() / "common.yaml", *sorted((schemas_dir() / "nations").glob("*.yaml"))],
                         ids=lambda p: p.name)
def test_nation_files_read_alike_with_libyaml_and_ruamel(path) -> None:
    """schema._yaml reads with libyaml (YAML 1.1) for speed: it must give what ruamel's YAML 1.2 gives
    ("no", "on", "1:30" and 0-prefixed numbers would not), so the regimes never change with the parser."""
    from ruamel.yaml import YAML

    fast, reference = schemas._yaml(path), YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))
    assert fast == reference
    assert repr(fast) == repr(reference)  # the same types and the same key order too
