"""Locate the data folders (schemas/, templates/) in a wheel or in a source checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_HERE = Path(__file__).resolve().parent


@cache
def data_dir(name: str) -> Path:
    """Return the folder ``schemas`` or ``templates``, installed or in the checkout."""
    for candidate in (_HERE / "_data" / name, _HERE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"casereview data folder {name!r} is missing from the installation")


def schemas_dir() -> Path:
    """The JSON Schema folder."""
    return data_dir("schemas")


def templates_dir() -> Path:
    """The templates folder."""
    return data_dir("templates")
