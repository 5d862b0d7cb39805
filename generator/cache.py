"""Content-hash cache of detections, so unchanged text is not analysed again.

Entries are keyed by SHA-256 of (engine configuration, text) and hold only offsets, entity types,
scores and pseudonyms — never the matched text. Location: ``$CASEREVIEW_CACHE_DIR``, else
``$XDG_CACHE_HOME/casereview``, else ``~/.cache/casereview``.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from anonymise.types import Detection

CACHE_VERSION = "1"


def cache_dir() -> Path:
    env = os.environ.get("CASEREVIEW_CACHE_DIR")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "casereview"


class DetectionCache:
    """A tiny on-disk map from (config, text) hash to detections."""

    def __init__(self, config: dict[str, Any], directory: Path | None = None, enabled: bool = True):
        self.enabled = enabled
        self.dir = directory or cache_dir()
        blob = json.dumps({"v": CACHE_VERSION, **config}, sort_keys=True).encode("utf-8")
        self._config = hashlib.sha256(blob).hexdigest()
        self.hits = 0
        self.misses = 0

    def _path(self, text: str) -> Path:
        h = hashlib.sha256(self._config.encode() + b"\0" + text.encode("utf-8", "surrogatepass"))
        digest = h.hexdigest()
        return self.dir / digest[:2] / f"{digest}.json"

    def get(self, text: str) -> list[Detection] | None:
        if not self.enabled:
            return None
        path = self._path(text)
        try:
            rows = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            self.misses += 1
            return None
        try:
            dets = [
                Detection(
                    start=r["s"],
                    end=r["e"],
                    entity_type=r["t"],
                    score=r["c"],
                    text=text[r["s"] : r["e"]],
                    recognizer=r.get("r", ""),
                    key_kind=r.get("k"),
                    pseudonym=r.get("p"),
                )
                for r in rows
            ]
        except (KeyError, TypeError):
            self.misses += 1
            return None
        self.hits += 1
        return dets

    def put(self, text: str, detections: list[Detection]) -> None:
        if not self.enabled:
            return
        rows = [
            {
                "s": d.start,
                "e": d.end,
                "t": d.entity_type,
                "c": round(d.score, 4),
                "r": d.recognizer,
                **({"k": d.key_kind} if d.key_kind else {}),
                **({"p": d.pseudonym} if d.pseudonym else {}),
            }
            for d in detections
        ]
        path = self._path(text)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(rows), "utf-8")
            os.replace(tmp, path)
        except OSError:
            pass  # a cache that cannot be written is only slower


class FileResultCache:
    """Findings of one whole file, keyed by SHA-256 of (configuration, file bytes).

    A re-check of an unchanged file (a 60-page DOCX or PDF included) is then served without
    extracting or analysing it. Entries hold what a report shows — codes, offsets, masked evidence,
    fingerprints — never the file's text: callers do not use it when evidence is shown unmasked.
    """

    def __init__(self, config: dict[str, Any], directory: Path | None = None, enabled: bool = True):
        self.enabled = enabled
        self.dir = (directory or cache_dir()) / "files"
        blob = json.dumps({"v": CACHE_VERSION, **config}, sort_keys=True).encode("utf-8")
        self._config = hashlib.sha256(blob).digest()

    def key(self, data: bytes) -> str:
        return hashlib.sha256(self._config + hashlib.sha256(data).digest()).hexdigest()

    def get(self, key: str) -> list[dict[str, Any]] | None:
        if not self.enabled:
            return None
        try:
            rows = json.loads((self.dir / key[:2] / f"{key}.json").read_text("utf-8"))
        except (OSError, ValueError):
            return None
        return rows if isinstance(rows, list) else None

    def put(self, key: str, rows: list[dict[str, Any]]) -> None:
        if not self.enabled:
            return
        path = self.dir / key[:2] / f"{key}.json"
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(rows, ensure_ascii=False), "utf-8")
            os.replace(tmp, path)
        except OSError:
            pass  # a cache that cannot be written is only slower
