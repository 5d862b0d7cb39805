"""Per-nation review schemas: which documents and sections each NATION TYPE needs, read from schemas/.

The data lives in ``schemas/nations/<nation>.yaml`` (types, documents, statutory timescales and rule
parameters) and ``schemas/documents/<nation>/<document>.schema.json`` (JSON Schema 2020-12 per
document: section ids, titles, Welsh titles, aliases and one-line guidance). Nothing here branches on
a nation: change the data, not the code, when guidance changes.
"""

from __future__ import annotations

import fnmatch
import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from generator.resources import schemas_dir

NATIONS = ("england", "northern-ireland", "scotland", "wales")
_HEADING_ID = re.compile(r"\{#([A-Za-z0-9_.:-]+)\}")
_NUMBERING = re.compile(
    r"^\s*(?:(?:section|part|adran)\s+)?(?:\d+(?:\.\d+)*[.):]?|(?:[ivxlc]+|[a-z])[.)])\s+", re.I
)


@dataclass(frozen=True)
class SectionSpec:
    """One section a document should have: stable id, titles, aliases and guidance."""

    id: str
    title: str
    aliases: list[str]
    guidance: str
    required: bool
    title_cy: str | None = None
    source: str = ""  # guidance the section comes from (the document's source unless overridden)


@dataclass(frozen=True)
class DocumentSpec:
    """One document of a review type (``report.md``...), with its sections and publishability."""

    key: str
    filename: str  # may be a glob (``agency-report-*.md``)
    title: str
    title_cy: str | None
    required: bool
    publishable: bool
    sections: list[SectionSpec]
    source: str
    schema: str = ""  # ``<nation>/<name>``: the JSON Schema under schemas/documents/
    description: str = ""
    never_publishable: bool = False  # marking it publishable is a finding (NI overview report)
    must_be_publishable: bool = False  # marking it not publishable is a finding (NI executive summary)
    missing_code: str = "VAL103"  # rule code when a required document is missing
    marked_publishable_code: str = "VAL105"  # rule code when a never-publishable document is marked so
    marked_unpublishable_code: str = "VAL106"  # rule code when a must-be-publishable one is marked not

    def section(self, section_id: str) -> SectionSpec | None:
        """The section spec with this id, or None."""
        return next((s for s in self.sections if s.id == section_id), None)

    @property
    def required_sections(self) -> list[SectionSpec]:
        return [s for s in self.sections if s.required]

    def matches(self, filename: str) -> bool:
        """Whether a file name (``report.md`` or ``report.cy.md``) is this document."""
        name = filename[:-6] + ".md" if filename.endswith(".cy.md") else filename
        return fnmatch.fnmatchcase(name, self.filename)


@dataclass(frozen=True)
class Milestone:
    """A statutory (or board-configured) timescale read from a nation's rule table."""

    id: str
    code: str
    name: str
    title: str
    types: list[str]
    start: str  # JSON pointer into review.yaml
    done: str  # JSON pointer into review.yaml
    period: dict[str, int]  # one of working_days, days, weeks, months, years
    severity: str
    source: str
    kind: str = "deadline"  # deadline: done <= start + period; minimum: done >= start + period
    unless: dict[str, list[Any]] = field(default_factory=dict)
    edition: str = ""  # id of the guidance edition (``editions:``) the timescale comes from
    quote: str = ""  # the source's own words


WORDING_SEVERITY = {"must": "error", "should": "warning", "may": "note"}


@dataclass(frozen=True)
class Edition:
    """A guidance edition: the date it took effect and (when replaced) the date it stopped applying."""

    id: str
    title: str
    effective: Any  # datetime.date
    until: Any = None  # datetime.date | None: reviews started on/after it follow a later edition


@dataclass(frozen=True)
class Duty:
    """One duty of a regime, kept as data: what must be recorded (or filled), when, and how strongly.

    ``check`` is ``filled`` (the value at ``pointer`` is recorded), ``before`` (the date at ``pointer``
    is recorded on or before the date at ``before``) or ``equals_count`` (the number at ``pointer``
    equals the length of the list at ``count_of``). ``when`` limits when the duty is judged:
    ``{status: [...]}`` and/or ``{recorded: /pointer}``. Severity follows the source's wording
    (must → error, should → warning, may → note); ``drafting`` lowers it while ``status`` is draft.
    """

    id: str
    code: str
    name: str
    title: str
    types: list[str]
    check: str
    pointer: str
    wording: str
    quote: str
    source: str
    edition: str = ""
    before: str = ""
    count_of: str = ""
    when: dict[str, Any] = field(default_factory=dict)
    drafting: str | None = None
    guidance: str = ""  # one line for the scaffold comment and docs

    @property
    def severity(self) -> str:
        return WORDING_SEVERITY[self.wording]


@dataclass(frozen=True)
class Route:
    """One criterion or route under which a regime holds a review, and the facts it needs."""

    id: str
    title: str
    requires: list[dict[str, Any]]
    edition: str = ""


@dataclass(frozen=True)
class TypeSpec:
    """One NATION TYPE pair: its documents, required metadata and scaffold blocks."""

    nation: str
    type: str
    title: str
    title_cy: str | None
    guidance: str
    documents: list[DocumentSpec]
    required_metadata: list[str]
    scaffold: list[str]


@dataclass(frozen=True)
class NationSpec:
    """One nation's regime: calendar, guidance, types, timescales and rule parameters."""

    id: str
    name: str
    subdiv: str  # holidays.UK subdivision: ENG, WLS, SCT, NIR
    calendar_name: str
    guidance: str
    languages: list[str]
    types: dict[str, TypeSpec]
    milestones: list[Milestone]
    rules: dict[str, Any]
    board: str = "safeguarding board"  # what the review's board is called
    duties: list[Duty] = field(default_factory=list)
    routes: list[Route] = field(default_factory=list)
    criteria: dict[str, Any] = field(default_factory=dict)  # code, wording, quote, source of the routes
    editions: dict[str, Edition] = field(default_factory=dict)

    def edition_text(self, edition_id: str) -> str:
        """``Title (in force from 2023-12-15)`` for docs and messages; empty for an unknown id."""
        ed = self.editions.get(edition_id)
        if ed is None:
            return ""
        text = f"{ed.title} (in force from {ed.effective.isoformat()}"
        if ed.until is not None:
            text += f" for reviews started before {ed.until.isoformat()}"
        return text + ")"


def _yaml(path: Path) -> Any:
    """Plain data of one of the package's own YAML files (the nations' regimes, read whenever the rules load).

    libyaml (PyYAML's C loader) reads them in a tenth of the time of the pure-Python parser, and reads them
    alike (tests/generator/test_schema.py compares the two on every file read here).
    """
    text = path.read_text(encoding="utf-8")
    try:
        import yaml

        return yaml.load(text, Loader=yaml.CSafeLoader)  # noqa: S506 - the C *safe* loader
    except (ImportError, AttributeError):
        from ruamel.yaml import YAML

        return YAML(typ="safe", pure=True).load(text)


@cache
def document_schema(name: str) -> dict[str, Any]:
    """The JSON Schema of a document, by ``<nation>/<name>`` (e.g. ``england/cspr-report``)."""
    path = schemas_dir() / "documents" / f"{name}.schema.json"
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def review_schema() -> dict[str, Any]:
    """The JSON Schema of review.yaml."""
    return json.loads((schemas_dir() / "review.schema.json").read_text(encoding="utf-8"))


@cache
def common() -> dict[str, Any]:
    """Rules shared by every nation (``schemas/common.yaml``)."""
    return _yaml(schemas_dir() / "common.yaml")


def _sections(schema: dict[str, Any], doc_source: str) -> list[SectionSpec]:
    props = schema["properties"]["sections"]
    required = set(props.get("required", []))
    return [
        SectionSpec(
            id=sid,
            title=spec["title"],
            aliases=list(spec.get("x-aliases", [])),
            guidance=spec.get("description", ""),
            required=sid in required,
            title_cy=spec.get("x-title-cy"),
            source=spec.get("x-source", doc_source),
        )
        for sid, spec in props["properties"].items()
    ]


def _document(entry: dict[str, Any]) -> DocumentSpec:
    schema = document_schema(entry["schema"])
    meta = schema.get("x-casereview", {})
    return DocumentSpec(
        key=meta["key"],
        filename=meta["filename"],
        title=entry.get("title", schema["title"]),
        title_cy=entry.get("title_cy", meta.get("title_cy")),
        required=bool(entry.get("required", False)),
        publishable=bool(entry.get("publishable", False)),
        sections=_sections(schema, meta.get("source", "")),
        source=meta.get("source", ""),
        schema=entry["schema"],
        description=schema.get("description", ""),
        never_publishable=bool(entry.get("never_publishable", False)),
        must_be_publishable=bool(entry.get("must_be_publishable", False)),
        missing_code=entry.get("codes", {}).get("missing", "VAL103"),
        marked_publishable_code=entry.get("codes", {}).get("marked_publishable", "VAL105"),
        marked_unpublishable_code=entry.get("codes", {}).get("marked_unpublishable", "VAL106"),
    )


@cache
def nation(nation_id: str) -> NationSpec:
    """The regime of one nation; KeyError for an unknown nation."""
    if nation_id not in NATIONS:
        raise KeyError(nation_id)
    data = _yaml(schemas_dir() / "nations" / f"{nation_id}.yaml")
    types = {
        tid: TypeSpec(
            nation=nation_id,
            type=tid,
            title=t["title"],
            title_cy=t.get("title_cy"),
            guidance=t.get("guidance", data.get("guidance", "")),
            documents=[_document(e) for e in t.get("documents", [])],
            required_metadata=list(t.get("required_metadata", [])),
            scaffold=list(t.get("scaffold", [])),
        )
        for tid, t in data["types"].items()
    }
    milestones = [
        Milestone(
            id=m["id"],
            code=m["code"],
            name=m["name"],
            title=m["title"],
            types=list(m.get("types", types)),
            start=m["start"],
            done=m["done"],
            period=dict(m["period"]),
            severity=m.get("severity", "error"),
            source=m["source"],
            kind=m.get("kind", "deadline"),
            unless={k: list(v) for k, v in (m.get("unless") or {}).items()},
            edition=m.get("edition", ""),
            quote=m.get("quote", ""),
        )
        for m in data.get("milestones") or []
    ]
    duties = [
        Duty(
            id=d["id"], code=d["code"], name=d["name"], title=d["title"],
            types=list(d.get("types", types)), check=d.get("check", "filled"), pointer=d["pointer"],
            wording=d["wording"], quote=d["quote"], source=d["source"], edition=d.get("edition", ""),
            before=d.get("before", ""), count_of=d.get("count_of", ""), when=dict(d.get("when") or {}),
            drafting=d.get("drafting"), guidance=d.get("guidance", ""),
        )
        for d in data.get("duties") or []
    ]
    crit = dict(data.get("criteria") or {})
    routes = [
        Route(id=r["id"], title=r["title"], requires=list(r.get("requires") or []), edition=r.get("edition", ""))
        for r in crit.pop("routes", []) or []
    ]
    editions = {
        e["id"]: Edition(id=e["id"], title=e["title"], effective=e["effective"], until=e.get("until"))
        for e in data.get("editions") or []
    }
    cal = data["calendar"]
    return NationSpec(
        id=nation_id,
        name=data["name"],
        subdiv=cal["subdiv"],
        calendar_name=cal.get("name", data["name"]),
        guidance=data.get("guidance", ""),
        languages=list(data.get("languages", ["en"])),
        types=types,
        milestones=milestones,
        rules=dict(data.get("rules") or {}),
        board=data.get("board", "safeguarding board"),
        duties=duties,
        routes=routes,
        criteria=crit,
        editions=editions,
    )


def review_types() -> list[tuple[str, str]]:
    """Every valid (nation, type) pair, in the order of the CLI contract."""
    return [(n, t) for n in NATIONS for t in nation(n).types]


def review_type(nation_id: str, type_id: str) -> TypeSpec:
    """The spec of one NATION TYPE pair; KeyError when the pair is not valid."""
    return nation(nation_id).types[type_id]


def pairs_text() -> str:
    """The valid pairs as ``england lcspr, ...`` for messages."""
    return ", ".join(f"{n} {t}" for n, t in review_types())


def documents(nation_id: str, type_id: str) -> list[DocumentSpec]:
    """The documents of a NATION TYPE pair (required and optional)."""
    return list(review_type(nation_id, type_id).documents)


def document_for_file(nation_id: str, type_id: str, filename: str) -> DocumentSpec | None:
    """The document spec a Markdown file name belongs to (``*.cy.md`` maps to its English twin)."""
    for doc in documents(nation_id, type_id):
        if doc.matches(filename):
            return doc
    return None


def split_heading_id(text: str) -> tuple[str, str | None]:
    """Split ``Title {#id}`` into (``Title``, ``id``); (text, None) without an explicit id."""
    stripped = text.rstrip()
    if stripped.endswith("}"):
        brace = stripped.rfind("{#")
        m = _HEADING_ID.fullmatch(stripped[brace:]) if brace >= 0 else None
        if m:
            return stripped[:brace].strip(), m.group(1)
    return text.strip(), None


def normalise_title(text: str) -> str:
    """Casefolded title without numbering, punctuation or accents, for matching headings."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = _NUMBERING.sub("", text)
    text = re.sub(r"[^\w\s]", " ", text.casefold())
    return " ".join(text.split())


def _keys(doc: DocumentSpec) -> dict[str, str]:
    return _keys_cached(doc.schema) if doc.schema else _build_keys(doc)


@cache
def _keys_cached(schema_name: str) -> dict[str, str]:
    schema = document_schema(schema_name)
    return _build_keys_from(_sections(schema, ""))


def _build_keys(doc: DocumentSpec) -> dict[str, str]:
    return _build_keys_from(doc.sections)


def _build_keys_from(sections: list[SectionSpec]) -> dict[str, str]:
    keys: dict[str, str] = {}
    for s in sections:
        for label in [s.title, s.title_cy or "", *s.aliases, s.id.replace("-", " ")]:
            if label:
                keys.setdefault(normalise_title(label), s.id)
    return keys


def match_section(doc: DocumentSpec, heading_text: str) -> SectionSpec | None:
    """The section a heading names: by ``{#id}``, else by title/Welsh title/alias, else a close match."""
    title, explicit = split_heading_id(heading_text)
    if explicit is not None:
        return doc.section(explicit)
    key = normalise_title(title)
    if not key:
        return None
    keys = _keys(doc)
    if key in keys:
        return doc.section(keys[key])
    from rapidfuzz import fuzz, process

    best = process.extractOne(key, list(keys), scorer=fuzz.ratio, score_cutoff=88)
    if best is not None:
        return doc.section(keys[best[0]])
    return None


@cache
def furniture_titles() -> frozenset[str]:
    """Every document and section title (English and Welsh) and every review type title of every
    regime: document furniture, never a person's name, so the anonymisation check allows them."""
    titles: set[str] = set()
    for nation_id in NATIONS:
        for spec in nation(nation_id).types.values():
            titles.update(t for t in (spec.title, spec.title_cy) if t)
            for doc in spec.documents:
                titles.update(t for t in (doc.title, doc.title_cy) if t)
                for sec in doc.sections:
                    titles.update(t for t in (sec.title, sec.title_cy, *sec.aliases) if t)
    return frozenset(titles)
