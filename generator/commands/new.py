"""``casereview new NATION TYPE DIR``: scaffold a review with every required section and its guidance."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator import schema as schemas
from generator.errors import UserError
from generator.resources import schemas_dir, templates_dir
from generator.validate import cite


def _env() -> Any:
    from jinja2 import FileSystemLoader, StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    env = SandboxedEnvironment(
        loader=FileSystemLoader(str(templates_dir() / "scaffolds")),
        autoescape=False,  # Markdown and YAML, not HTML
        keep_trailing_newline=True,
        undefined=StrictUndefined,
    )
    env.filters["yaml"] = lambda value: json.dumps(value, ensure_ascii=False)  # a valid YAML scalar
    return env


def scaffold_files(nation_id: str, type_id: str) -> dict[str, str]:
    """The files of a new review (name -> text): review.yaml and every required document."""
    try:
        spec = schemas.review_type(nation_id, type_id)
    except KeyError:
        raise UserError(f"unknown review type {nation_id!r} {type_id!r}; valid NATION TYPE pairs: "
                        f"{schemas.pairs_text()}") from None
    nation = schemas.nation(nation_id)
    env = _env()
    dates = schemas.review_schema()["properties"]["dates"]["properties"]
    files = {
        "review.yaml": env.get_template("review.yaml.j2").render(
            nation=nation_id, review_type=type_id, type=spec, nation_name=nation.name,
            board_label=nation.board, language="en" if nation.languages == ["en"] else "[en, cy]",
            # the schema's public id, never a path of this machine: review.yaml is shared with colleagues
            schema_url=schemas.review_schema()["$id"],
            dates=[(k, v.get("description", "")) for k, v in dates.items()],
            routes=nation.routes,
            criteria=nation.criteria if type_id in (nation.criteria.get("types") or [type_id]) else {},
            duty_blocks=_duty_blocks(nation, type_id),
        )
    }
    doc_tpl = env.get_template("document.md.j2")
    for doc in spec.documents:
        if not doc.required:
            continue
        files[doc.filename] = doc_tpl.render(
            doc=doc, sections=doc.required_sections, nation_type=f"{nation_id} {type_id}", cite=cite, welsh=False)
        if "cy" in nation.languages:  # Welsh parallel text, same {#id}s (Welsh Language Standards)
            files[doc.filename[: -len(".md")] + ".cy.md"] = doc_tpl.render(
                doc=doc, sections=doc.required_sections, nation_type=f"{nation_id} {type_id}", cite=cite,
                welsh=True)
    return files


def _duty_blocks(nation: schemas.NationSpec, type_id: str) -> dict[str, list[tuple[str, str]]]:
    """Fields that record the regime's duties, grouped by their top-level key of review.yaml:
    ``{"action_plan_record": [("approved_by_board", "date the board approved ... (must)")]}``.
    Keys the scaffold writes anyway (action_plan, publication) are grouped under their own names."""
    blocks: dict[str, list[tuple[str, str]]] = {}
    for d in nation.duties:
        if type_id not in d.types:
            continue
        parts = d.pointer.strip("/").split("/")
        top, rest = parts[0], "/".join(parts[1:])
        note = f"{d.guidance or d.title} — {d.wording}: “{d.quote}”"
        fields = blocks.setdefault(top, [])
        if rest not in [r for r, _ in fields]:
            fields.append((rest, note))  # rest "" is the key itself (e.g. the action plan)
    return blocks


def run(nation: str, review_type: str, directory: Path) -> Path:
    """Create ``directory`` with the scaffold; refuses a non-empty existing folder (UserError)."""
    from generator.atomic import staged_dir

    directory = Path(directory)
    files = scaffold_files(nation, review_type)
    if directory.exists():
        if not directory.is_dir():
            raise UserError(f"{directory} exists and is not a folder")
        if any(directory.iterdir()):
            raise UserError(f"{directory} is not empty; choose a new folder")
    with staged_dir(directory) as tmp:
        (tmp / "assets").mkdir()
        (tmp / "assets" / ".gitkeep").write_text("", encoding="utf-8")
        for name, text in files.items():
            (tmp / name).write_text(text, encoding="utf-8", newline="\n")
    return directory
