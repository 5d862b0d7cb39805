"""Furniture strings (contents, page X of Y, draft...) in English and Welsh, from templates/strings."""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

from ruamel.yaml import YAML

from generator.errors import RenderError
from generator.resources import templates_dir

LANGS = ("en", "cy")


@cache
def strings(lang: str) -> dict[str, Any]:
    """The furniture strings of ``lang`` (``en`` or ``cy``); missing Welsh keys fall back to English."""
    if lang not in LANGS:
        raise RenderError(f"unknown language {lang!r}: use one of {', '.join(LANGS)}")
    base = _load("en")
    if lang == "en":
        return base
    merged = dict(base)
    merged.update(_load(lang))
    return merged


def _load(lang: str) -> dict[str, Any]:
    path = templates_dir() / "strings" / f"{lang}.yaml"
    try:
        data = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise RenderError(f"{path}: cannot read the {lang} furniture strings: {exc}") from exc
    if not isinstance(data, dict):
        raise RenderError(f"{path}: expected a mapping of furniture strings")
    return data


def page_of(lang: str, page: str | int, pages: str | int) -> str:
    """``Page 3 of 9`` / ``Tudalen 3 o 9``."""
    return str(strings(lang)["page_of"]).format(page=page, pages=pages)


def long_date(value: dt.date | None, lang: str) -> str:
    """``14 February 2024`` in English or Welsh (``14 Chwefror 2024``); empty for None."""
    if value is None:
        return ""
    months = strings(lang)["months"]
    return f"{value.day} {months[value.month - 1]} {value.year}"
