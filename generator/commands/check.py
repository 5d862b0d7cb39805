"""``casereview check``: anonymisation check of review folders, text files, DOCX and PDF files."""

from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from generator import __version__
from generator.errors import UserError
from generator.findings import REGISTRY, Finding, Location, Severity
from generator.model import line_starts, position

TEXT_SUFFIXES = {".md", ".markdown", ".txt", ".yaml", ".yml"}
SUPPORTED = TEXT_SUFFIXES | {".docx", ".odt", ".pdf"}
KEY_FILE_NAMES = {"key.yaml", "key.yml"}
SKIP_DIRS = {".git", ".hg", ".svn", "__pycache__", "node_modules", ".casereview-cache"}
BATCH_FILES = 16

# channels that a reader of the page sees; every other channel is hidden
VISIBLE = {"body", "header", "footer", "footnote", "endnote", "textbox", "alt-text"}
HIDDEN_CONTENT = {"comment": "comments", "revision": "tracked changes", "hidden": "hidden text"}
CHANNEL_TEXT = {
    "header": "a header",
    "footer": "a footer",
    "footnote": "a footnote",
    "endnote": "an endnote",
    "textbox": "a text box",
    "alt-text": "image alt text",
    "comment": "a comment",
    "revision": "a tracked change",
    "hidden": "hidden or white text",
    "metadata": "document metadata",
    "annotation": "an annotation",
    "form-field": "a form field",
    "outline": "a bookmark",
    "attachment": "an attachment",
    "earlier-revision": "an earlier revision of the file",
    "filename": "the file name",
    "hyperlink": "a hyperlink target",
    "covered-text": "text under a filled rectangle",
}


@dataclass
class CheckOptions:
    """Options of one check run (see ``casereview check --help``)."""

    key: Path | None = None
    fast: bool = False
    show_evidence: bool = False
    baseline: Path | None = None
    model: str | None = None
    use_cache: bool = True
    salt: str | None = None  # set when writing a baseline
    review: Path | None = None  # a review folder whose names are allowed (pseudonyms, reviewers, board)
    progress: bool | None = None  # None: only on a TTY
    ocr: str | bool = "auto"  # PDF pictures of text: "auto" (Tesseract when installed), True (required), False


_ENGINES: dict[tuple[str | None, bool], Any] = {}


def get_engine(model: str | None, fast: bool) -> Any:
    """One detection engine per (model, fast) per process."""
    key = (model, fast)
    if key not in _ENGINES:
        from anonymise.engine import Engine

        _ENGINES[key] = Engine(model=model, fast=fast)
    return _ENGINES[key]


def display_path(path: Path) -> str:
    """The path as shown in findings: relative to the working directory when below it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def collect(paths: Sequence[Path], key_path: Path | None) -> tuple[list[Path], list[Finding]]:
    """Expand folders into the files to check; the key file itself is never checked."""
    key_resolved = key_path.resolve() if key_path else None
    files: list[Path] = []
    findings: list[Finding] = []
    for p in paths:
        if not p.exists():
            raise UserError(f"{p}: no such file or folder")
        if p.is_dir():
            for child in sorted(_walk(p)):
                if child.suffix.lower() in SUPPORTED and not _is_key(child, key_resolved):
                    files.append(child)
        elif _is_key(p, key_resolved):
            print(f"casereview: skipping {p}: the key file is confidential and is not checked", file=sys.stderr)
        elif p.suffix.lower() in SUPPORTED:
            files.append(p)
        else:
            findings.append(
                REGISTRY.finding(
                    "ANO901",
                    f"cannot inspect a '{p.suffix or 'extensionless'}' file: supported are "
                    + ", ".join(sorted(SUPPORTED)),
                    Location(display_path(p)),
                )
            )
    unique = list(dict.fromkeys(f.resolve() for f in files))
    return unique, findings


def _walk(root: Path) -> Iterator[Path]:
    for child in root.iterdir():
        if child.name.startswith(".") or child.name in SKIP_DIRS:
            continue
        if child.is_dir():
            yield from _walk(child)
        elif child.is_file():
            yield child


def _is_key(path: Path, key_resolved: Path | None) -> bool:
    return path.name.lower() in KEY_FILE_NAMES or (key_resolved is not None and path.resolve() == key_resolved)


def allowed_names(files: Iterable[Path], key: Any | None) -> set[str]:
    """Names that may appear: the key's pseudonyms and public names, and each review's pseudonyms,
    reviewers and board (read from review.yaml beside the checked files)."""
    from generator.schema import furniture_titles

    allow: set[str] = set(furniture_titles())  # document and section titles of every regime
    if key is not None:
        allow.update(key.pseudonyms())
        allow.update(key.public_names())
    seen: set[Path] = set()
    for f in files:
        for folder in (f.parent, *f.parent.parents[:2]):
            ry = folder / "review.yaml"
            if folder in seen:
                continue
            seen.add(folder)
            if ry.is_file():
                allow.update(_review_names(ry))
    return {a for a in allow if a and a.strip()}


def _review_names(path: Path) -> set[str]:
    from ruamel.yaml import YAML

    try:
        if path.stat().st_size > 5_000_000:
            return set()
        data = YAML(typ="safe").load(path.read_text("utf-8"))
    except Exception:  # validate reports a broken review.yaml; here it only adds nothing
        return set()
    names: set[str] = set()
    if not isinstance(data, dict):
        return names
    for person in data.get("people") or []:
        if isinstance(person, dict) and isinstance(person.get("pseudonym"), str):
            names.add(person["pseudonym"])
    child = data.get("child")
    if isinstance(child, dict) and isinstance(child.get("pseudonym"), str):
        names.add(child["pseudonym"])
    for reviewer in data.get("reviewers") or []:
        if isinstance(reviewer, dict) and isinstance(reviewer.get("name"), str):
            names.add(reviewer["name"])
    if isinstance(data.get("board"), str):
        names.add(data["board"])
    for name in data.get("public") or []:
        if isinstance(name, str):
            names.add(name)
    return names


def run(paths: Sequence[Path], opts: CheckOptions) -> tuple[list[Finding], int]:
    """Check every file under ``paths``; return (findings, number of files inspected)."""
    import generator.rules  # noqa: F401  (registers every rule)
    from generator import baseline as baseline_mod
    from generator.cache import DetectionCache

    key = None
    key_digest = ""
    if opts.key is not None:
        key, key_digest = _load_key(opts.key)
    files, findings = collect(paths, opts.key)
    allow = allowed_names(files, key)
    if opts.review is not None:
        allow |= allowed_names([opts.review / "review.yaml"], None)
    matcher = None
    if key is not None:
        from anonymise.keymatch import KeyMatcher

        matcher = KeyMatcher(key)
    from anonymise.engine import fingerprint as engine_fingerprint

    cache = DetectionCache(
        {
            "tool": __version__,
            "engine": engine_fingerprint(),
            "model": opts.model or "default",
            "fast": opts.fast,
            "key": key_digest,
            "allow": sorted(allow),
        },
        enabled=opts.use_cache,
    )
    engine = None  # loaded only if some text is not in the cache

    salt = opts.salt
    baselined: set[str] = set()
    if opts.baseline is not None:
        salt, baselined = baseline_mod.load(opts.baseline)
    elif salt is None and baseline_mod.ENV_KEY in __import__("os").environ:
        salt = ""

    pairs: list[tuple[Finding, str]] = []
    show_progress = opts.progress if opts.progress is not None else (sys.stderr.isatty() and len(files) > 1)
    with _progress(show_progress, len(files)) as advance:
        for start in range(0, len(files), BATCH_FILES):
            batch = files[start : start + BATCH_FILES]
            extracted = [(f, _extract(f, opts.ocr)) for f in batch]
            analysed: dict[str, list] = {}  # part text -> detections (from the cache or analysed now)
            missing: list[str] = []
            for _, ex in extracted:
                for part in ex.parts:
                    if part.text.strip() and part.text not in analysed:
                        hit = cache.get(part.text)
                        if hit is None:
                            missing.append(part.text)
                        analysed[part.text] = hit if hit is not None else []
            if missing:
                unique = list(dict.fromkeys(missing))
                if engine is None:
                    engine = get_engine(opts.model, opts.fast)
                for text, dets in zip(unique, engine.analyze_many(unique, allow=sorted(allow))):
                    analysed[text] = dets
                    cache.put(text, dets)
            for path, ex in extracted:
                pairs.extend(_file_findings(path, ex, analysed, matcher, opts))
                advance()

    if salt is not None:
        attached = baseline_mod.attach(pairs, salt)
    else:
        attached = [f for f, _ in pairs]
    if baselined:
        before = len(attached)
        attached = [f for f in attached if f.fingerprint not in baselined or f.entity_type == "KEY_MATCH"]
        dropped = before - len(attached)
        if dropped:
            print(f"casereview: {dropped} finding(s) accepted by the baseline {opts.baseline}", file=sys.stderr)
    findings.extend(attached)
    return findings, len(files)


def write_baseline_file(path: Path, findings: list[Finding], salt: str) -> int:
    """Write a baseline of ``findings``; returns how many fingerprints it holds."""
    from generator import baseline as baseline_mod
    from generator.atomic import write_text

    text = baseline_mod.dump(salt, findings)
    write_text(path, text)
    return sum(1 for f in findings if f.fingerprint and f.entity_type != "KEY_MATCH")


def _load_key(path: Path) -> tuple[Any, str]:
    from anonymise.keyfile import KeyFileError, load_key

    if not path.is_file():
        raise UserError(f"{path}: key file not found")
    try:
        key = load_key(path)
    except KeyFileError as exc:
        line = getattr(exc, "line", None)
        where = f"{path}:{line}" if line else str(path)
        raise UserError(f"{where}: {exc}") from None
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return key, digest


def _extract(path: Path, ocr: str | bool = "auto") -> Any:
    from anonymise.extract import extract
    from anonymise.types import ExtractProblem, Extracted

    try:
        return extract(path, ocr=ocr)
    except Exception as exc:  # an extractor bug must still fail closed, never crash the run
        return Extracted(parts=[], problems=[ExtractProblem(None, f"could not be read: {type(exc).__name__}")])


def _file_findings(
    path: Path, ex: Any, analysed: dict[str, list], matcher: Any, opts: CheckOptions
) -> list[tuple[Finding, str]]:
    from generator import suppressions as sup
    from generator.rules.anonymisation import AUTHOR_CHANNELS, code_for, summary_for

    shown = display_path(path)
    out: list[tuple[Finding, str]] = []
    for problem in ex.problems:
        out.append(
            (
                REGISTRY.finding(
                    problem.code,
                    f"{problem.message} — the file fails the check until it can be inspected",
                    Location(shown, part=problem.part),
                ),
                "",
            )
        )
    hidden_seen: set[str] = set()
    for part in ex.parts:
        text = part.text
        if not text.strip():
            continue
        starts = line_starts(text)
        where = CHANNEL_TEXT.get(part.channel)

        def loc(s: int, e: int) -> Location:
            line, col = position(starts, s)
            end_line, end_col = position(starts, e)
            return Location(shown, line, col, end_line, end_col, s, e, part.part)

        if part.channel in HIDDEN_CONTENT and part.channel not in hidden_seen:
            hidden_seen.add(part.channel)
            out.append(
                (
                    REGISTRY.finding(
                        "ANO311",
                        f"the file contains {HIDDEN_CONTENT[part.channel]}; remove them before publishing",
                        Location(shown, part=part.part),
                    ),
                    "",
                )
            )
        if part.channel in AUTHOR_CHANNELS:
            value = text.strip()
            out.append(
                (
                    REGISTRY.finding(
                        "ANO305",
                        f"{'comment' if part.channel == 'comment-author' else 'tracked change'} author is recorded",
                        loc(0, len(text)),
                        entity_type="METADATA",
                        evidence=_evidence(value, opts.show_evidence),
                    ),
                    value,
                )
            )
            continue
        if part.channel == "covered-text":
            value = text.strip()
            out.append(
                (
                    REGISTRY.finding(
                        "ANO308",
                        "text is still present under a filled rectangle (not truly redacted)",
                        loc(0, len(text)),
                        entity_type="METADATA",
                        evidence=_evidence(value, opts.show_evidence),
                    ),
                    value,
                )
            )
            continue

        dets = analysed.get(text, [])
        if matcher is not None:
            keyed = matcher.find(text)
            dets = keyed + [d for d in dets if not any(d.start < k.end and k.start < d.end for k in keyed)]
        if path.suffix.lower() in {".yaml", ".yml"}:
            dets = [d for d in dets if not _iso_scalar_date(d)]

        suppress_list: list = []
        if part.part is None and path.suffix.lower() in TEXT_SUFFIXES:
            suppress_list, bad = sup.parse(text)
            for b in bad:
                s = starts[b.line - 1] + b.column - 1
                out.append((REGISTRY.finding("ANO902", b.message, loc(s, s)), ""))

        for d in sorted(dets, key=lambda d: (d.start, d.end)):
            code, rule = code_for(d.entity_type, part.channel)
            severity = Severity.WARNING if d.entity_type == "DATE" else REGISTRY.get(code).severity
            if d.entity_type == "KEY_MATCH":
                message = f"identifier from the key file ({d.key_kind or 'identifier'})"
                if d.pseudonym:
                    message += f'; replace with "{d.pseudonym}"'
            else:
                message = summary_for(d.entity_type)
            if where and part.channel not in ("body",):
                message += f" in {where}"
            location = loc(d.start, d.end)
            raw = text[d.start : d.end]
            finding = Finding(
                code,
                rule,
                severity,
                message,
                location,
                entity_type=d.entity_type,
                score=max(0.0, min(1.0, float(d.score))),
                evidence=_evidence(raw, opts.show_evidence),
                key_kind=d.key_kind if d.entity_type == "KEY_MATCH" else None,
            )
            reason = sup.reason_for(suppress_list, code, location.line, d.entity_type)
            if reason is not None:
                finding = replace(finding, suppressed=reason)
            out.append((finding, raw))
    return out


def _evidence(raw: str, show: bool) -> str:
    """The matched text on one line, masked unless the user asked to see it."""
    from anonymise.mask import mask

    flat = " ".join(raw.split())
    return flat if show else mask(flat)


def _iso_scalar_date(d: Any) -> bool:
    """An ISO date value in YAML is review metadata (dates of the process), not published prose."""
    import re

    return d.entity_type == "DATE" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", d.text or "") is not None


class _progress:
    """A rich progress bar on stderr when enabled; a no-op otherwise."""

    def __init__(self, enabled: bool, total: int) -> None:
        self.enabled = enabled
        self.total = total
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self):
        if not self.enabled:
            return lambda: None
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._bar = Progress(
            TextColumn("checking"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self._bar.__enter__()
        self._task = self._bar.add_task("check", total=self.total)
        return lambda: self._bar.advance(self._task)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.__exit__(*exc)
