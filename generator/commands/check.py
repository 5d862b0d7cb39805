"""``casereview check``: anonymisation check of review folders, text files, DOCX and PDF files."""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from generator import __version__
from generator.errors import UserError
from generator.progress import ProgressBar
from generator.findings import REGISTRY, Finding, Location, Severity
from generator.model import line_starts, position

TEXT_SUFFIXES = {".md", ".markdown", ".txt", ".yaml", ".yml"}
KEY_FILE_NAMES = {"key.yaml", "key.yml"}
SKIP_DIRS = {".git", ".hg", ".svn", "__pycache__", "node_modules", ".casereview-cache"}
# Files a walk passes over silently: system files, and casereview's own records (written without
# personal data by `anonymise` and `build`), which are not content.
SKIP_FILES = {"thumbs.db", "desktop.ini", "ehthumbs.db", "anonymisation-log.json", "build-manifest.json"}
# Legacy binary Office documents: they hold names as readily as a .docx, and nothing here reads them.
LEGACY_OFFICE_SUFFIXES = {".doc", ".dot", ".xls", ".xlt", ".xlsb", ".ppt", ".pot", ".pps", ".pub", ".msg", ".wps", ".wpd"}


def _supported() -> set[str]:
    from anonymise import extract

    return (
        TEXT_SUFFIXES | extract.DOCX_SUFFIXES | extract.ODT_SUFFIXES | extract.PDF_SUFFIXES | extract.HTML_SUFFIXES
        | extract.XLSX_SUFFIXES | extract.CSV_SUFFIXES | extract.IMAGE_SUFFIXES
    )


SUPPORTED = _supported()
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
    strict: bool = False  # a file a folder walk passes over (ANO930) is an error, not a warning
    jobs: int | None = None  # worker processes; None: one per core, 1: in this process
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


def collect(paths: Sequence[Path], key_path: Path | None, strict: bool = False) -> tuple[list[Path], list[Finding]]:
    """Expand folders into the files to check; the key file itself is never checked.

    A file named on the command line that cannot be read is ANO901. A folder walk reports every
    file it passes over: a legacy Office document (ANO931, error) or any other file, link or
    special file (ANO930, a warning; an error with ``strict``). Walks never follow a symbolic link
    out of the folder given, and never enter a folder twice (a link loop ends the branch).
    """
    key_resolved = key_path.resolve() if key_path else None
    files: list[Path] = []
    findings: list[Finding] = []
    for p in paths:
        if not p.exists():
            if p.is_symlink():
                findings.append(REGISTRY.finding("ANO901", "broken symbolic link: its target does not exist", Location(_link_path(p))))
                continue
            raise UserError(f"{p}: no such file or folder")
        if p.is_dir():
            for child, reason in sorted(_walk(p), key=lambda item: str(item[0])):
                if reason is not None:
                    findings.append(_skipped(child, reason, strict))
                elif _is_key(child, key_resolved):
                    continue
                elif child.name.startswith("~$"):
                    findings.append(_skipped(child, _unsupported_reason(child), strict))
                elif child.suffix.lower() in SUPPORTED:
                    files.append(child)
                elif child.suffix.lower() in LEGACY_OFFICE_SUFFIXES:
                    findings.append(
                        REGISTRY.finding(
                            "ANO931",
                            f"a legacy Office document ('{child.suffix.lower()}') was not inspected: save it as "
                            ".docx/.xlsx (or .pdf) to check it, or remove it from the folder",
                            Location(display_path(child)),
                        )
                    )
                elif child.name.lower() not in SKIP_FILES:
                    findings.append(_skipped(child, _unsupported_reason(child), strict))
        elif _is_key(p, key_resolved):
            print(f"casereview: skipping {p}: the key file is confidential and is not checked", file=sys.stderr)
        elif not p.is_file():
            findings.append(
                REGISTRY.finding("ANO901", "not a regular file (a pipe, socket or device): it cannot be inspected", Location(display_path(p)))
            )
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
    from generator.display import real_path

    unique = list(dict.fromkeys(Path(real_path(str(f))) for f in files))
    return unique, findings


UNREADABLE = "unreadable: "  # a walk reason that is ANO901 (something may be there), not ANO930


def _link_path(path: Path) -> str:
    """``display_path`` of a path whose last component may be a link: the link, not its target."""
    return str(Path(display_path(path.parent)) / path.name)


def _skipped(path: Path, reason: str, strict: bool) -> Finding:
    """ANO930 for a file a walk passed over: a warning, or an error under ``--strict``."""
    if reason.startswith(UNREADABLE):
        return REGISTRY.finding("ANO901", reason[len(UNREADABLE):], Location(_link_path(path)))
    return REGISTRY.finding(
        "ANO930",
        f"file not inspected: {reason}",
        Location(_link_path(path)),
        severity=Severity.ERROR if strict else None,
    )


def _unsupported_reason(path: Path) -> str:
    if path.name.startswith("~$"):
        return "an Office lock file (it records the name of whoever had the document open); delete it"
    kind = f"'{path.suffix.lower()}'" if path.suffix else "extensionless"
    return f"{kind} files are not read (convert it to a supported format, or remove it from the folder)"


def _walk(root: Path) -> Iterator[tuple[Path, str | None]]:
    """Every file under ``root`` in name order, as (path, None), or (path, reason) for one passed over.

    Symbolic links are followed only when they stay inside ``root``; a folder is entered once
    (by its real path), so link loops end. Dot-folders and ``SKIP_DIRS`` are passed over silently,
    as are dot-files (editor and tool settings).
    """
    try:
        top = root.resolve(strict=True)
    except (OSError, RuntimeError) as exc:
        yield root, f"{UNREADABLE}folder could not be resolved ({exc})"
        return
    seen: set[Path] = {top}
    stack: list[tuple[Path, str]] = [(root, str(top))]  # (folder as walked, its real path)
    while stack:
        folder, folder_real = stack.pop()
        try:
            # os.scandir: the kind of each entry comes with the listing, not from a stat per question
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            yield folder, f"{UNREADABLE}folder could not be read ({exc.strerror or exc})"
            continue
        subfolders: list[tuple[Path, str]] = []
        for entry in entries:
            name = entry.name
            if name.startswith(".") or name in SKIP_DIRS:
                continue
            child = folder / name
            try:
                link = entry.is_symlink()
            except OSError:
                link = child.is_symlink()
            if link:
                try:
                    real = child.resolve(strict=True)
                except (OSError, RuntimeError):  # a dangling link, or a loop of links
                    yield child, "symbolic link that leads nowhere (broken, or a loop of links)"
                    continue
                if real != top and top not in real.parents:
                    yield child, "symbolic link to outside the folder being checked (not followed)"
                    continue
                here = Path(folder_real)
                if real.is_dir() and (real == here or real in here.parents):
                    yield child, "symbolic link loop (a link to a folder that contains it; not followed)"
                    continue
            try:
                is_dir = entry.is_dir()
                is_file = not is_dir and entry.is_file()
            except OSError as exc:
                yield child, f"{UNREADABLE}could not be read ({exc.strerror or exc})"
                continue
            if is_dir:
                real = child.resolve() if link else Path(os.path.join(folder_real, name))
                if real in seen:
                    continue
                seen.add(real)
                subfolders.append((child, str(real)))
            elif is_file:
                yield child, None
            else:
                yield child, "not a regular file (a pipe, socket or device)"
        stack.extend(reversed(subfolders))


def _is_key(path: Path, key_resolved: Path | None) -> bool:
    return path.name.lower() in KEY_FILE_NAMES or (key_resolved is not None and path.resolve() == key_resolved)


def allowed_names(files: Iterable[Path], key: Any | None, problems: list[Finding] | None = None) -> set[str]:
    """Names that may appear: the key's pseudonyms and public names, and each review's pseudonyms,
    reviewers and board (read from review.yaml beside the checked files).

    A declared pseudonym that looks like a real name is not allowed; it is reported (ANO170) into
    ``problems`` when given.
    """
    from generator.schema import furniture_titles

    allow: set[str] = set(furniture_titles())  # document and section titles of every regime
    if key is not None:
        allow.update(key.pseudonyms())
        allow.update(key.public_names())
    seen: set[str] = set()
    for f in files:
        folder = os.path.dirname(os.fspath(f))  # strings, not Path objects: a batch has hundreds of folders
        for _up in range(3):  # the file's folder and the two above it
            if folder not in seen:
                seen.add(folder)
                ry = Path(folder, "review.yaml")
                if ry.is_file():
                    _add_review_names(ry, key, allow, problems)
            folder = os.path.dirname(folder)
    return {a for a in allow if a and a.strip()}


def _add_review_names(ry: Path, key: Any | None, allow: set[str], problems: list[Finding] | None) -> None:
    """Add one review.yaml's names to ``allow``; report its real-looking pseudonyms into ``problems``."""
    from anonymise.pseudonym_check import review_yaml_problems

    bad = review_yaml_problems(ry, key)
    allow.update(_review_names(ry) - {name for _line, _ptr, name, _why in bad})
    if problems is not None:
        problems += [REGISTRY.finding("ANO170", f"{ptr.lstrip('/').replace('/', '.')} {why}",
                                      Location(display_path(ry), line, 1 if line else None, pointer=ptr))
                     for line, ptr, _name, why in bad]


def _review_names(path: Path) -> set[str]:
    try:
        if path.stat().st_size > 5_000_000:
            return set()
        from anonymise.pseudonym_check import load_review_yaml

        data = load_review_yaml(path)[1]
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


def default_jobs() -> int:
    """Worker processes by default: the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class _Job:
    """Everything a worker needs to check files (picklable: sent once to each worker)."""

    opts: CheckOptions
    allow: tuple[str, ...]
    roots: tuple[Path, ...]
    salt: str | None
    detect_config: dict[str, Any]
    file_config: dict[str, Any]


_WORKER: dict[str, Any] = {}


def _init_worker(job: _Job) -> None:
    """Set up one worker (or the main process with --jobs 1): caches, key matcher; the model loads
    at the first text that is not in the cache, once per worker."""
    from generator.cache import DetectionCache, FileResultCache

    import generator.rules  # noqa: F401  (registers every rule)

    _WORKER.clear()
    _WORKER["job"] = job
    _WORKER["cache"] = DetectionCache(job.detect_config, enabled=job.opts.use_cache)
    # unmasked evidence is never written to disk, so --show-evidence bypasses the file cache
    _WORKER["files"] = FileResultCache(job.file_config, enabled=job.opts.use_cache and not job.opts.show_evidence)
    matcher = None
    if job.opts.key is not None:
        from anonymise.keymatch import matcher_for

        matcher = matcher_for(_load_key(job.opts.key)[0])
    _WORKER["matcher"] = matcher


def _check_batch(batch: Sequence[Path]) -> list[list[Finding]]:
    """Findings of each file of ``batch``, in order (runs in a worker or in-process)."""
    job: _Job = _WORKER["job"]
    cache = _WORKER["cache"]
    files_cache = _WORKER["files"]
    matcher = _WORKER["matcher"]
    opts = job.opts
    results: list[list[Finding] | None] = [None] * len(batch)
    todo: list[tuple[int, str | None, Any]] = []  # (index, file-cache key, extracted)
    names: list[tuple[str, str]] = []
    for i, path in enumerate(batch):
        fkey, plain, shown, cached = _lookup(path, job, files_cache, matcher)
        names.append((plain, shown))
        if cached is not None:
            results[i] = cached
        else:
            todo.append((i, fkey, _extract(path, job.opts.ocr)))

    analysed: dict[str, list] = {}  # part text -> detections (from the cache or analysed now)
    missing: list[str] = []
    for _, _, ex in todo:
        for part in ex.parts:
            if part.text.strip() and part.text not in analysed:
                hit = cache.get(part.text)
                if hit is None:
                    missing.append(part.text)
                analysed[part.text] = hit if hit is not None else []
    if missing:
        unique = list(dict.fromkeys(missing))
        engine = get_engine(opts.model, opts.fast)
        for text, dets in zip(unique, engine.analyze_many(unique, allow=list(job.allow))):
            analysed[text] = dets
            cache.put(text, dets)
    for i, fkey, ex in todo:
        pairs = _file_findings(batch[i], ex, analysed, matcher, opts)
        if job.salt is not None:
            from generator import baseline as baseline_mod

            found = baseline_mod.attach([(_relabel(f, names[i][0]), raw) for f, raw in pairs], job.salt)
        else:
            found = [f for f, _ in pairs]
        if fkey and not ex.problems:  # a file that could not be read completely is read again next time
            files_cache.put(fkey, [_relabel(f, "").to_dict() for f in found])  # no file name on disk
        results[i] = [_relabel(f, names[i][1]) for f in found]
    return [r or [] for r in results]


def _lookup(path: Path, job: _Job, files_cache: Any, matcher: Any) -> tuple[str | None, str, str, list[Finding] | None]:
    """(file-cache key, path as fingerprints name it, path as shown, cached findings or None)."""
    from generator.display import mask_path, shown_path

    plain = shown_path(path, job.roots, resolved=True)  # what fingerprints use: never masked; ``collect`` resolved it
    shown = plain if job.opts.show_evidence else mask_path(plain, matcher)
    if not files_cache.enabled:
        return None, plain, shown, None
    try:
        fkey = files_cache.key(path.read_bytes() + b"\0" + plain.encode())
    except OSError:
        return None, plain, shown, None
    rows = files_cache.get(fkey)
    if rows is None:
        return fkey, plain, shown, None
    try:
        return fkey, plain, shown, [Finding.from_dict(r, path=shown) for r in rows]
    except (KeyError, TypeError, ValueError):
        return fkey, plain, shown, None  # an unreadable entry: check the file again


def _relabel(f: Finding, path: str) -> Finding:
    return replace(f, location=replace(f.location, path=path))


def run(paths: Sequence[Path], opts: CheckOptions) -> tuple[list[Finding], int]:
    """Check every file under ``paths``; return (findings, number of files inspected).

    Files are checked by ``opts.jobs`` worker processes (default: one per core; 1 = in this
    process) in batches; the findings come back in the same order whatever the number of workers.
    """
    import generator.rules  # noqa: F401  (registers every rule)
    from generator import baseline as baseline_mod
    from generator.display import forget_real_paths, mask_path

    forget_real_paths()  # folders and links may have changed since an earlier run in this process
    key = None
    key_digest = ""
    if opts.key is not None:
        key, key_digest = _load_key(opts.key)
    files, findings = collect(paths, opts.key, strict=opts.strict)
    matcher = None
    if key is not None:
        from anonymise.keymatch import matcher_for

        matcher = matcher_for(key)  # built once per key (also by the key loader)
    if not opts.show_evidence:
        findings = [_relabel(f, mask_path(f.location.path, matcher)) for f in findings]
    allow = allowed_names(files, key, findings)  # also reports real-looking declared pseudonyms (ANO170)
    if opts.review is not None:
        allow |= allowed_names([opts.review / "review.yaml"], None)
    from anonymise.engine import fingerprint as engine_fingerprint

    salt = opts.salt
    baselined: set[str] = set()
    if opts.baseline is not None:
        salt, baselined = baseline_mod.load(opts.baseline)
    elif salt is None and baseline_mod.ENV_KEY in os.environ:
        salt = ""

    detect_config = {
        "tool": __version__,
        "engine": engine_fingerprint(),
        "model": opts.model or "default",
        "fast": opts.fast,
        "key": key_digest,
        "allow": sorted(allow),
    }
    file_config = {
        **detect_config,
        "code": _code_fingerprint(),
        # fingerprints depend on the salt (and CASEREVIEW_BASELINE_KEY): keyed by a hash of them
        "salt": hashlib.sha256(
            f"{salt}\0{os.environ.get(baseline_mod.ENV_KEY, '')}".encode()
        ).hexdigest() if salt is not None else None,
    }
    job = _Job(opts, tuple(sorted(allow)), tuple(Path(p) for p in paths), salt, detect_config, file_config)

    # files unchanged since a cached check are answered here, without extraction, model or workers
    _init_worker(job)
    results: list[list[Finding] | None] = [None] * len(files)
    if _WORKER["files"].enabled:
        for i, path in enumerate(files):
            results[i] = _lookup(path, job, _WORKER["files"], _WORKER["matcher"])[3]
    todo = [i for i, r in enumerate(results) if r is None]

    jobs = opts.jobs if opts.jobs is not None else default_jobs()
    jobs = max(1, min(jobs, len(todo)))
    size = max(1, min(BATCH_FILES, -(-len(todo) // (jobs * 4)))) if jobs > 1 else BATCH_FILES
    batches = [todo[i : i + size] for i in range(0, len(todo), size)]

    ctx: Any = None
    if jobs > 1:
        import multiprocessing

        methods = multiprocessing.get_all_start_methods()
        ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
        if "fork" in methods:  # load the model once here; the workers share it copy-on-write
            engine = get_engine(opts.model, opts.fast)
            if not opts.fast:
                engine.nlp  # noqa: B018
    show_progress = opts.progress if opts.progress is not None else (sys.stderr.isatty() and len(files) > 1)
    file_batches = [[files[i] for i in b] for b in batches]
    with contextlib.ExitStack() as stack:
        outcomes: Iterable[list[list[Finding]]]
        if jobs == 1:
            if todo and opts.jobs is None:  # default --jobs: the second core loads the model meanwhile
                _second_core_loads_model(stack, opts)
            outcomes = (_check_batch(b) for b in file_batches)
        else:  # the workers start before any progress-bar thread does
            outcomes = _in_workers(stack, jobs, ctx, job, file_batches)
        advance = stack.enter_context(ProgressBar(show_progress, len(files), "checking"))
        for _ in range(len(files) - len(todo)):
            advance()
        _collect(outcomes, batches, results, advance)
    checked = [f for r in results for f in (r or [])]

    if baselined:
        before = len(checked)
        checked = [f for f in checked if f.fingerprint not in baselined or f.entity_type == "KEY_MATCH"]
        dropped = before - len(checked)
        if dropped:
            print(f"casereview: {dropped} finding(s) accepted by the baseline {opts.baseline}", file=sys.stderr)
    findings.extend(checked)
    return findings, len(files)


_SECOND_PROCESS_USED = False  # a check in this process has already had the model loaded by a second one


def _second_core_loads_model(stack: contextlib.ExitStack, opts: CheckOptions) -> None:
    """With files to read and a second core, a forked process imports spaCy and loads the model while this
    one reads the files and runs the patterns (``anonymise.ner_process``); ``--jobs 1`` keeps all in here."""
    import multiprocessing

    from anonymise import nlp as nlp_loader

    global _SECOND_PROCESS_USED
    if opts.fast or default_jobs() < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return
    if _SECOND_PROCESS_USED:  # a second check in this process: it lives long, so it keeps its own model
        return
    if nlp_loader.is_loaded(opts.model):  # already here: nothing to wait for
        return
    from anonymise.ner_process import NerProcess

    try:
        service = NerProcess(opts.model)
    except OSError:  # no process to spare: load it here as usual
        return
    engine = get_engine(opts.model, opts.fast)
    engine.ner_service = service
    _SECOND_PROCESS_USED = True

    def stop() -> None:
        engine.ner_service = None
        service.close()

    stack.callback(stop)


def _in_workers(
    stack: contextlib.ExitStack, jobs: int, ctx: Any, job: _Job, batches: list[list[Path]]
) -> Iterator[list[list[Finding]]]:
    """Findings of each batch from ``jobs`` worker processes, in the order of the batches.

    A worker that dies (a reader crashing on a hostile file) does not hang or sink the run: each file
    of the batches it took is checked again alone in a fresh worker, and a file that kills that one
    too fails closed (ANO901).
    """
    from concurrent.futures import ProcessPoolExecutor

    pool = stack.enter_context(ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_init_worker, initargs=(job,)))
    futures = [pool.submit(_check_batch, batch) for batch in batches]

    def results() -> Iterator[list[list[Finding]]]:
        for batch, future in zip(batches, futures):
            try:
                yield future.result()
            except Exception:  # noqa: BLE001 - a broken pool or a bug: retry each file in isolation
                yield [_alone(path, ctx, job) for path in batch]

    return results()


def _alone(path: Path, ctx: Any, job: _Job) -> list[Finding]:
    from concurrent.futures import ProcessPoolExecutor

    try:
        with ProcessPoolExecutor(1, mp_context=ctx, initializer=_init_worker, initargs=(job,)) as pool:
            return pool.submit(_check_batch, [path]).result()[0]
    except Exception as exc:  # noqa: BLE001 - fail closed, never crash or hang the run
        shown = _lookup(path, job, _WORKER["files"], _WORKER["matcher"])[2]
        return [
            REGISTRY.finding(
                "ANO901",
                f"could not be checked: the reader stopped ({type(exc).__name__}) — the file fails the check "
                "until it can be inspected",
                Location(shown),
            )
        ]


def _collect(
    outcomes: Iterable[list[list[Finding]]], batches: list[list[int]], results: list, advance: Any
) -> None:
    for batch, found in zip(batches, outcomes):
        for i, one in zip(batch, found):
            results[i] = one
            advance()


def _code_fingerprint() -> str:
    """A hash of the code that turns a file into findings (extractors, matching, this module): part
    of the file-result cache key, so a new version re-checks."""
    import anonymise
    import generator

    h = hashlib.sha256()
    a = Path(anonymise.__file__).resolve().parent
    g = Path(generator.__file__).resolve().parent
    for path in sorted(
        [*(a / "extract").glob("*.py"), a / "keymatch.py", a / "mask.py", a / "variants.py", a / "types.py",
         Path(__file__).resolve(), g / "suppressions.py", g / "findings.py", g / "baseline.py",
         *(g / "rules").glob("*.py")]
    ):
        try:
            h.update(path.name.encode() + path.read_bytes())
        except OSError:
            continue
    return h.hexdigest()[:16]


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

        anchors = part.anchors or _page_anchor(part.part)
        offsets = [a for a, _ in anchors]

        def loc(s: int, e: int) -> Location:
            line, col = position(starts, s)
            end_line, end_col = position(starts, e)
            return Location(shown, line, col, end_line, end_col, s, e, part.part, where=_where(anchors, offsets, s, opts))

        if part.channel in HIDDEN_CONTENT and part.channel not in hidden_seen:
            hidden_seen.add(part.channel)
            out.append(
                (
                    REGISTRY.finding(
                        "ANO311",
                        f"the file contains {HIDDEN_CONTENT[part.channel]}; remove them before publishing",
                        Location(shown, part=part.part, where=_where(anchors, offsets, 0, opts)),
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


def _page_anchor(part: str | None) -> tuple[tuple[int, str], ...]:
    """A PDF page part (``pdf:page=3``, ``pdf:page=3#covered-text``) is on page 3 when no reader said more."""
    import re

    m = re.match(r"pdf:page=(\d+)", part or "")
    return ((0, f"page {m.group(1)}"),) if m else ()


def _where(anchors: Sequence[tuple[int, str]], offsets: list[int], offset: int, opts: CheckOptions) -> str | None:
    """The label of the last anchor at or before ``offset``; document words quoted in it are masked."""
    import bisect

    if not anchors:
        return None
    i = bisect.bisect_right(offsets, offset) - 1
    label = anchors[max(i, 0)][1]
    if opts.show_evidence:
        return label
    from generator.display import mask_quoted

    return mask_quoted(label)


def _evidence(raw: str, show: bool) -> str:
    """The matched text on one line, masked unless the user asked to see it."""
    from anonymise.mask import mask

    flat = " ".join(raw.split())
    return flat if show else mask(flat)


def _iso_scalar_date(d: Any) -> bool:
    """An ISO date value in YAML is review metadata (dates of the process), not published prose."""
    import re

    return d.entity_type == "DATE" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", d.text or "") is not None


