"""The stages every command shares: load, validate, pseudonymise, check, render, check rendered, publish.

Each stage takes what the previous one produced and returns findings (problems in the user's files);
only a problem the user must fix outside the files (a bad option, an unusable ``--out``) raises
``UserError``. Commands are thin: ``validate`` is load + validate; ``render`` is load + render;
``build`` runs every stage inside a private ``workspace`` and publishes only what was checked.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import tempfile
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterator, Sequence

from generator.errors import RenderError, UserError
from generator.findings import REGISTRY, Finding, Location, exit_code
from generator.model import Review

MANIFEST = "build-manifest.json"
BUILD_TOOL = "casereview build"
KEY_NAMES = {"key.yaml", "key.yml"}


# --------------------------------------------------------------------------- load, validate
@dataclass
class Loaded:
    """A review folder as loaded: the model (None when review.yaml is unusable) and load findings."""

    path: Path
    review: Review | None
    findings: list[Finding]
    files: int


def load(path: Path) -> Loaded:
    """Stage 1: read review.yaml and the Markdown documents (raises UserError for a missing folder)."""
    from generator.loader import files_inspected, load_review

    review, findings = load_review(Path(path))
    return Loaded(Path(path), review, findings, files_inspected(review, Path(path)))


def validate(loaded: Loaded) -> list[Finding]:
    """Stage 2: load findings plus every schema and statutory rule, with in-source suppressions applied."""
    import generator.rules  # noqa: F401  (registers every rule)
    from generator.validate import validate_review

    if loaded.review is None:
        return list(loaded.findings)
    return apply_suppressions(loaded.review, loaded.findings + validate_review(loaded.review))


def apply_suppressions(review: Review, findings: list[Finding]) -> list[Finding]:
    """Mark findings covered by in-source ``casereview: allow`` directives; report unusable directives."""
    from generator import suppressions as sup

    sources = [d.source for d in review.documents]
    if review.yaml_source is not None:
        sources.append(review.yaml_source)
    out = list(findings)
    for source in sources:
        if "casereview:" not in source.text:
            continue
        good, bad = sup.parse(source.text)
        out.extend(REGISTRY.finding("VAL013", b.message, source.line_location(b.line, b.column)) for b in bad)
        if not good:
            continue
        for i, f in enumerate(out):
            if f.location.path == source.rel and f.suppressed is None:
                reason = sup.reason_for(good, f.code, f.location.line, f.entity_type)
                if reason is not None:
                    out[i] = replace(f, suppressed=reason)
    return out


def publishing_limits(loaded: Loaded) -> list[Finding]:
    """What makes a review unpublishable before any work: symbolic links anywhere in it (VAL014) and
    documents above the render size limit (RND108)."""
    from generator.loader import display_path
    from generator.render import size_findings

    root = loaded.path if loaded.path.is_dir() else loaded.path.parent
    out: list[Finding] = []
    reported = {f.location.path for f in loaded.findings if f.code == "VAL014"}
    for dirpath, dirnames, filenames in os.walk(root):
        base = Path(dirpath)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(dirnames + filenames):
            p = base / name
            if name.startswith(".") or not p.is_symlink():
                continue
            shown = display_path(p, root)
            if shown not in reported:
                out.append(REGISTRY.finding(
                    "VAL014", "is a symbolic link; nothing outside the review is read or published — copy the "
                    "file in or remove the link", Location(shown)))
        dirnames[:] = [d for d in dirnames if not (base / d).is_symlink()]
    if loaded.review is not None:
        out.extend(size_findings(loaded.review))
    return out


# --------------------------------------------------------------------------- pseudonymise, check
def pseudonymise(review: Path, key: Path, dest: Path) -> tuple[list[Finding], Path]:
    """Stage 3: a pseudonymised copy of ``review`` in ``dest`` (a folder inside a workspace)."""
    from generator.commands import anonymise as anonymise_cmd

    findings, _ = anonymise_cmd.run(review, key, dest)
    return relocate(findings, dest, str(review)), dest


def check(paths: Sequence[Path], *, key: Path | None, review: Path | None = None) -> tuple[list[Finding], int]:
    """Stage 4: the anonymisation check of files or folders (``casereview check``'s run)."""
    from generator.commands import check as check_cmd

    return check_cmd.run(list(paths), check_cmd.CheckOptions(key=key, review=review))


@dataclass
class CheckedFile:
    """One written file and the check that ran on it."""

    name: str
    sha256: str
    size: int
    findings: list[Finding] = field(default_factory=list)
    inspected: bool = False
    passed: bool = False

    def record(self) -> dict[str, Any]:
        """The manifest entry of this file."""
        return {
            "sha256": self.sha256,
            "bytes": self.size,
            "format": Path(self.name).suffix.lstrip("."),
            "check": {"step": "check-rendered", "inspected": self.inspected, "findings": len(self.findings),
                      "passed": self.passed},
        }


def check_rendered(folder: Path, names: Sequence[str], *, key: Path | None, review: Path | None,
                   fail_on: str) -> list[CheckedFile]:
    """Stage 6: every file written to ``folder`` goes through the same check, one file at a time.

    A file the check did not inspect (an unsupported type, an unreadable part: ANO9xx) fails
    closed; RND109 is added if the check returned nothing for it at all.
    """
    import generator.rules  # noqa: F401

    results: list[CheckedFile] = []
    for name in names:
        path = folder / name
        data = path.read_bytes()
        item = CheckedFile(name, hashlib.sha256(data).hexdigest(), len(data))
        findings, inspected = check([path], key=key, review=review)
        cannot = [f for f in findings if f.code.startswith("ANO9") and f.suppressed is None]
        item.inspected = inspected == 1 and not cannot
        if inspected != 1 and not cannot:
            findings.append(REGISTRY.finding("RND109", "the check did not inspect this file; it is not published",
                                             Location(str(path))))
        item.findings = findings
        item.passed = item.inspected and not blocking(findings, fail_on)
        if hashlib.sha256(path.read_bytes()).hexdigest() != item.sha256:  # what was checked is what is published
            raise RenderError(f"{name} changed while it was being checked; nothing was published")
        results.append(item)
    return results


def blocking(findings: list[Finding], fail_on: str) -> bool:
    """Whether findings stop a build: errors always do; warnings too with ``--fail-on warning``."""
    return exit_code(findings, "warning" if fail_on == "warning" else "error") == 1


def relocate(findings: list[Finding], staged: Path, shown: str) -> list[Finding]:
    """Report findings in a staged copy against the user's own folder name."""
    out = []
    staged_s = str(staged)
    resolved = staged.resolve()
    for f in findings:
        path = f.location.path
        try:
            rel = Path(path).resolve().relative_to(resolved)
            path = str(Path(shown) / rel) if str(rel) != "." else shown
        except (ValueError, OSError):
            if path == staged.name or path.startswith(staged.name + "/"):
                path = shown + path[len(staged.name):]
            else:
                path = path.replace(staged_s, shown)
        out.append(replace(f, location=replace(f.location, path=path)))
    return out


# --------------------------------------------------------------------------- render
def render(review: Review, *, formats: Sequence[str], edition: str, lang: str, brand: Any = None,
           progress: Any = None, reference_docx: Path | None = None) -> Any:
    """Stage 5: render bytes and findings (``generator.render.render_review``); nothing is written."""
    from generator.render import render_review

    return render_review(review, to=formats, edition=edition, lang=lang, brand=brand, progress=progress,
                         reference_docx=reference_docx)


def write_checked_bytes(path: Path, data: bytes) -> str:
    """Write ``data`` (fsync'd) and read it back; returns its SHA-256. Raises OSError on a short write."""
    with open(path, "xb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    digest = hashlib.sha256(data).hexdigest()
    if hashlib.sha256(path.read_bytes()).hexdigest() != digest:
        raise OSError(f"{path.name}: the bytes read back differ from the bytes written")
    return digest


# --------------------------------------------------------------------------- workspace
class Interrupted(KeyboardInterrupt):
    """SIGTERM/SIGHUP/SIGINT during a build: unwinds through every ``finally`` like Ctrl-C."""


_SIGNALS = tuple(s for s in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None),
                             getattr(signal, "SIGINT", None)) if s is not None)


@contextmanager
def workspace(prefix: str = "casereview-build-") -> Iterator[Path]:
    """A private working folder (mode 0700, in the system temporary folder, never beside ``--out``).

    It is removed on every exit: normal return, exception, Ctrl-C, SIGTERM or SIGHUP (their handlers
    raise ``Interrupted`` while the workspace is open, so every ``finally`` runs).
    """
    work = Path(tempfile.mkdtemp(prefix=prefix))
    os.chmod(work, 0o700)
    pending: list[int] = []
    previous: dict[int, Any] = {}
    main = threading.current_thread() is threading.main_thread()

    def _raise(signum: int, frame: Any) -> None:
        raise Interrupted(f"signal {signum}")

    def _defer(signum: int, frame: Any) -> None:
        pending.append(signum)

    if main:
        for sig in _SIGNALS:
            previous[sig] = signal.signal(sig, _raise)
    try:
        yield work
    finally:
        if main:
            for sig in _SIGNALS:
                signal.signal(sig, _defer)
        try:
            shutil.rmtree(work, ignore_errors=True)
        finally:
            if main:
                for sig, handler in previous.items():
                    signal.signal(sig, handler)
    if pending:
        raise Interrupted(f"signal {pending[0]}")


# --------------------------------------------------------------------------- publish
def previous_build(folder: Path) -> set[str] | None:
    """The files a previous build's manifest in ``folder`` lists (manifest included), else None."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("outputs"), dict):
        return None
    if data.get("tool") != BUILD_TOOL and not isinstance(data.get("manifest_version"), int):
        return None
    return {str(n) for n in data["outputs"]} | {MANIFEST}


def check_out(out: Path, review: Path, key: Path | None) -> None:
    """Refuse an ``--out`` that is not ours to replace (docs/rendering.md, "Build").

    ``--out`` may be new, an empty folder, or a folder a previous build wrote that holds exactly the
    files its manifest lists. Anything else — a file, a symbolic link, a folder with other content,
    the review itself or a folder holding it or the key file — raises UserError and nothing is touched.
    """
    o, r = out.resolve(), review.resolve()
    if o == r or r in o.parents:
        raise UserError(f"{out}: --out must be outside the review folder")
    if o in r.parents or (key is not None and o in key.resolve().parents):
        raise UserError(f"{out}: --out contains the review or the key file; choose a separate folder")
    if out.is_symlink():
        raise UserError(f"{out}: --out is a symbolic link; give the real folder")
    if out.exists() and not out.is_dir():
        raise UserError(f"{out}: --out exists and is not a folder")
    if not out.is_dir():
        return
    present = {p.name for p in out.iterdir()}
    if not present:
        return
    listed = previous_build(out)
    if listed is None:
        raise UserError(f"{out}: --out is not empty and holds no {MANIFEST} of an earlier build; choose a new "
                        "or empty folder (casereview build replaces its output folder as a whole)")
    extra = [p for p in out.iterdir() if p.name not in listed or not p.is_file() or p.is_symlink()]
    if extra:
        raise UserError(f"{out}: --out holds {len(extra)} file(s) or folder(s) its {MANIFEST} does not list; "
                        "move them away or choose another folder (a rebuild replaces the folder as a whole)")


def publish(staged: Path, out: Path, expected: dict[str, str]) -> None:
    """Stage 7: replace ``out`` as a whole with the files ``expected`` names (name -> SHA-256).

    The files are copied into a new folder beside ``out`` and verified against the hashes that were
    checked; then the old ``out`` is renamed aside, the new folder renamed into place and the old one
    removed. On any failure or signal before the swap ``out`` is exactly as it was.
    """
    parent = out.parent
    parent.mkdir(parents=True, exist_ok=True)
    new: Path | None = Path(tempfile.mkdtemp(prefix=f".{out.name}.casereview-new-", dir=parent))
    old: Path | None = None
    try:
        for name, digest in expected.items():
            target = new / name  # type: ignore[operator]
            shutil.copyfile(staged / name, target)
            if hashlib.sha256(target.read_bytes()).hexdigest() != digest:
                raise RenderError(f"{name}: the copy in the output folder differs from the checked file")
        os.chmod(new, 0o777 & ~_umask())  # type: ignore[arg-type]
        if out.exists():
            old = parent / f".{out.name}.casereview-old-{os.getpid()}"
            if old.exists():
                shutil.rmtree(old)
            os.replace(out, old)
        os.replace(new, out)  # type: ignore[arg-type]
        new = None
    except BaseException:
        if old is not None and old.exists() and not out.exists():
            os.replace(old, out)
            old = None
        raise
    finally:
        if new is not None:
            shutil.rmtree(new, ignore_errors=True)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def sha256_file(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def source_files(review: Path) -> list[Path]:
    """The review's input files for the manifest: no hidden entries, no key file, no symbolic links."""
    out: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(review):
        base = Path(dirpath)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and not (base / d).is_symlink())
        for name in sorted(filenames):
            p = base / name
            if name.startswith(".") or p.is_symlink() or name.lower() in KEY_NAMES:
                continue
            out.append(p)
    return out
