"""`casereview anonymise`: a pseudonymised copy of a review folder, with a change log free of identifiers.

Output policy (docs/key-file.md): the copy is built in a staging folder beside ``out`` and moved into
place only when complete. ``out`` may be new, empty, or a folder written by an earlier anonymise run
(recognised by its ``anonymisation-log.json``), which is then replaced whole; any other non-empty
folder is refused, as is ``out`` equal to or inside the review. The input is only read.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from anonymise.keyfile import KeyFile, KeyFileError, load_key
from anonymise.keymatch import matcher_for
from anonymise.pseudonymise import PseudonymisedText, pseudonymise_name, pseudonymise_text, pseudonymise_yaml
from generator.errors import UserError
from generator.findings import REGISTRY, Finding, Location
from generator.model import line_starts, position

LOG_NAME = "anonymisation-log.json"
LOG_TOOL = "casereview anonymise"
TEXT_SUFFIXES = {".md", ".markdown", ".txt", ".yaml", ".yml", ".csv", ".svg"}
YAML_SUFFIXES = {".yaml", ".yml"}
COPY_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".tif", ".tiff", ".bmp"}
KEY_NAMES = {"key.yaml", "key.yml"}


@dataclass
class _Log:
    """What the change log records: pseudonyms, counts and places, never a real identifier."""

    pseudonyms: dict[str, dict[str, Any]] = field(default_factory=dict)
    files: list[dict[str, Any]] = field(default_factory=list)
    problems: list[dict[str, Any]] = field(default_factory=list)
    not_copied: list[dict[str, str]] = field(default_factory=list)
    key: KeyFile | None = None

    def name(self, rel: Path) -> str:
        """The pseudonymised form of a relative path, as the log may show it."""
        if self.key is None:
            return rel.as_posix()
        return _pseudonymise_path(rel, self.key, "", []).as_posix()

    def replaced(self, pseudonym: str, where: str) -> None:
        entry = self.pseudonyms.setdefault(pseudonym, {"count": 0, "locations": []})
        entry["count"] += 1
        entry["locations"].append(where)


def run(review: Path, key: Path, out: Path, *, dob: str = "age") -> tuple[list[Finding], int]:
    """Write a pseudonymised copy of ``review`` to ``out``; return the findings and the file count.

    Raises :class:`UserError` for an unusable key file or output folder (exit code 2).
    """
    import generator.rules  # noqa: F401  (registers the ANO rules)

    review, key, out = Path(review), Path(key), Path(out)
    if not review.is_dir():
        raise UserError(f"{review}: not a review folder")
    if not key.is_file():
        raise UserError(f"{key}: key file not found")
    try:
        keyfile = load_key(key)
    except KeyFileError as exc:
        raise UserError(f"{exc.where()}: {exc}") from None
    _check_out(review, key, out)
    key_bytes = key.read_bytes()
    as_of = _incident_date(review / "review.yaml")

    findings: list[Finding] = []
    log = _Log(key=keyfile)
    files = 0
    written: set[str] = set()
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent))
    try:
        for src, rel in _walk(review, findings, log):
            if _is_key(src, key, key_bytes):
                findings.append(REGISTRY.finding("ANO164", "key file left out of the pseudonymised copy",
                                                 Location(str(review / rel))))
                log.not_copied.append({"path": log.name(rel), "reason": "key file"})
                continue
            files += 1
            new_rel = _pseudonymise_path(rel, keyfile, str(review / rel), findings)
            if new_rel.as_posix().casefold() in written:
                findings.append(REGISTRY.finding(
                    "ANO160", "two files get the same pseudonymised name; rename one (this one was not copied)",
                    Location(str(review / rel)), entity_type="KEY_MATCH"))
                log.not_copied.append({"path": new_rel.as_posix(), "reason": "name clash after pseudonymisation"})
                continue
            written.add(new_rel.as_posix().casefold())
            dest = staging / new_rel
            suffix = src.suffix.lower()
            if suffix in TEXT_SUFFIXES:
                _text_file(src, rel, new_rel, dest, keyfile, dob, as_of, str(review / rel), findings, log)
            elif suffix in COPY_SUFFIXES:
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(src, dest)
            else:
                findings.append(REGISTRY.finding(
                    "ANO163", f"file type {suffix or '(none)'} is not pseudonymised, so it was not copied",
                    Location(str(review / rel))))
                log.not_copied.append({"path": new_rel.as_posix(), "reason": "type not pseudonymised"})
        _write_log(staging / LOG_NAME, log, dob, as_of, files)
        staging.chmod(0o777 & ~_umask())  # mkdtemp makes it private; the copy gets normal permissions
        _move_into_place(staging, out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return sorted(findings, key=Finding.sort_key), files


# --------------------------------------------------------------------------- output folder
def _check_out(review: Path, key: Path, out: Path) -> None:
    r, o = review.resolve(), out.resolve()
    if o == r or r in o.parents:
        raise UserError(f"{out}: --out must be outside the review folder (the input is never modified)")
    if o in r.parents or o in key.resolve().parents:
        raise UserError(f"{out}: --out contains the review or the key file; choose a separate folder")
    if o.exists() and not o.is_dir():
        raise UserError(f"{out}: --out exists and is not a folder")
    if o.is_dir() and any(o.iterdir()) and not is_anonymise_output(o):
        raise UserError(
            f"{out}: --out is not empty and was not written by casereview anonymise; "
            "choose a new or empty folder"
        )


def is_anonymise_output(folder: Path) -> bool:
    """True when ``folder`` holds a change log written by this command (so it may be replaced)."""
    try:
        data = json.loads((folder / LOG_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and data.get("tool") == LOG_TOOL


def _move_into_place(staging: Path, out: Path) -> None:
    """Swap the finished staging folder in for ``out`` (the old copy is removed only afterwards)."""
    old: Path | None = None
    if out.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".old", dir=out.parent))
        os.rmdir(old)
        os.replace(out, old)
    try:
        os.replace(staging, out)
    except OSError:
        if old is not None:
            os.replace(old, out)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


# --------------------------------------------------------------------------- inputs
def _walk(review: Path, findings: list[Finding], log: _Log):
    """Files of the review in a stable order; hidden entries and symbolic links are left out."""
    for dirpath, dirnames, filenames in os.walk(review):
        base = Path(dirpath)
        for d in sorted(dirnames):
            p = base / d
            if d.startswith(".") or p.is_symlink():
                dirnames.remove(d)
                _skip(review, p, "symbolic link" if p.is_symlink() else "hidden folder", findings, log)
        dirnames.sort()
        for name in sorted(filenames):
            p = base / name
            rel = p.relative_to(review)
            if rel.as_posix() == LOG_NAME:
                continue  # an earlier run's log is rewritten, never copied
            if name.startswith(".") or p.is_symlink():
                _skip(review, p, "symbolic link" if p.is_symlink() else "hidden file", findings, log)
                continue
            yield p, rel


def _skip(review: Path, p: Path, why: str, findings: list[Finding], log: _Log) -> None:
    """Hidden entries (.git, .gitignore) are left out quietly; a symbolic link is reported."""
    if why == "symbolic link":
        findings.append(REGISTRY.finding("ANO163", f"{why} not copied", Location(str(p))))
    log.not_copied.append({"path": log.name(p.relative_to(review)), "reason": why})


def _is_key(src: Path, key: Path, key_bytes: bytes) -> bool:
    if src.name.lower() in KEY_NAMES:
        return True
    try:
        if src.resolve() == key.resolve():
            return True
        return src.stat().st_size == len(key_bytes) and src.read_bytes() == key_bytes
    except OSError:
        return False


def _incident_date(review_yaml: Path) -> _dt.date | None:
    """``dates.incident`` from review.yaml, the reference for age statements (None if absent)."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    try:
        data = YAML(typ="safe").load(review_yaml.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, YAMLError):
        return None
    dates = data.get("dates") if isinstance(data, dict) else None
    value = dates.get("incident") if isinstance(dates, dict) else None
    if isinstance(value, _dt.datetime):
        return value.date()
    return value if isinstance(value, _dt.date) else None


# --------------------------------------------------------------------------- per file
def _pseudonymise_path(rel: Path, key: KeyFile, shown: str, findings: list[Finding]) -> Path:
    """File and folder names are pseudonymised too ("jayden-photo.png" -> "child-a-photo.png")."""
    parts = []
    for part in rel.parts:
        result = pseudonymise_name(part, key)
        if result.problems:
            findings.append(REGISTRY.finding(
                "ANO160", "a file or folder name holds a key identifier shared by several entries; rename it",
                Location(shown), entity_type="KEY_MATCH"))
        parts.append(result.text)
    return Path(*parts)


def _text_file(
    src: Path, rel: Path, new_rel: Path, dest: Path, key: KeyFile, dob: str, as_of: _dt.date | None,
    shown: str, findings: list[Finding], log: _Log,
) -> None:
    try:
        text = src.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        why = "is not UTF-8 text" if isinstance(exc, UnicodeDecodeError) else "cannot be read"
        findings.append(REGISTRY.finding("ANO165", f"{why}; not pseudonymised and not copied", Location(shown)))
        log.not_copied.append({"path": new_rel.as_posix(), "reason": "unreadable"})
        return
    fn = pseudonymise_yaml if src.suffix.lower() in YAML_SUFFIXES else pseudonymise_text
    lang = "cy" if src.name.lower().endswith(".cy.md") else "en"  # Welsh parallel texts
    result: PseudonymisedText = fn(text, key, dob=dob, as_of=as_of, lang=lang)
    starts_in, starts_out = line_starts(text), line_starts(result.text)
    out_rel = new_rel.as_posix()
    for ch in result.changes:
        line, col = position(starts_out, ch.new_start)
        log.replaced(ch.pseudonym, f"{out_rel}:{line}:{col}")
        if ch.near_match:
            iline, icol = position(starts_in, ch.start)
            findings.append(REGISTRY.finding(
                "ANO161", f"a near-match of a key name was replaced with '{ch.pseudonym}'; check it",
                _loc(shown, starts_in, ch.start, ch.end), entity_type="KEY_MATCH"))
    for p in result.problems:
        cands = " or ".join(p.candidates)
        message = f"key identifier ({p.key_kind}) not replaced: {p.reason}"
        if cands:
            message += f" (could be {cands})"
        findings.append(REGISTRY.finding("ANO160", message, _loc(shown, starts_in, p.start, p.end),
                                         entity_type="KEY_MATCH"))
        line, col = position(starts_in, p.start)
        log.problems.append({"path": out_rel, "line": line, "column": col, "kind": p.key_kind,
                             "reason": p.reason, "candidates": list(p.candidates)})
    # the copy is checked again: anything found that was not already reported is a new leak
    known = {_shift(p.start, result) for p in result.problems}
    for m in matcher_for(key).matches(result.text):
        if m.start not in known:
            findings.append(REGISTRY.finding(
                "ANO162", f"key identifier ({m.kind}) still present after pseudonymisation",
                _loc(shown, starts_out, m.start, m.end), entity_type="KEY_MATCH"))
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_bytes(result.text.encode("utf-8"))
    log.files.append({"path": out_rel, "replacements": len(result.changes), "problems": len(result.problems)})


def _loc(shown: str, starts: list[int], start: int, end: int) -> Location:
    line, col = position(starts, start)
    end_line, end_col = position(starts, end)
    return Location(shown, line, col, end_line, end_col, start, end)


def _shift(offset: int, result: PseudonymisedText) -> int:
    """Where an input offset (outside any change) lands in the output."""
    delta = 0
    for ch in result.changes:
        if ch.end <= offset:
            delta += (ch.new_end - ch.new_start) - (ch.end - ch.start)
    return offset + delta


def _write_log(path: Path, log: _Log, dob: str, as_of: _dt.date | None, files: int) -> None:
    data = {
        "tool": LOG_TOOL,
        "log_version": 1,
        "dates_of_birth": dob,
        "age_reference": as_of.isoformat() if as_of else None,
        "files": files,
        "replacements": sum(v["count"] for v in log.pseudonyms.values()),
        "pseudonyms": {k: log.pseudonyms[k] for k in sorted(log.pseudonyms)},
        "sources": log.files,
        "problems": log.problems,
        "not_copied": log.not_copied,
    }
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
