"""What a report may show: paths as the user can use them, with identifying words and quoted user text masked."""

from __future__ import annotations

import os
import re
import weakref
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from generator.findings import Finding

# a quoted stretch of text in a message or label: 'x', "x", “x”, ‘x’, and a section id {#x}
_QUOTED = re.compile(
    r"'([^'\n]{1,300})'|\"([^\"\n]{1,300})\"|“([^”\n]{1,300})”|‘([^’\n]{1,300})’|\{#([^}\n]{1,300})\}"
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# a word in a file name: also split where a capital letter starts a new one ("JaydenOkafor.docx")
_PATH_WORD = re.compile(r"[^\W\d_][^\W\d_A-Z]*(?:['’][^\W\d_A-Z]+)*")
_DIGITS = re.compile(r"\d(?:[\d \-_.]{4,}\d)")


# --------------------------------------------------------------------------- paths
def shown_path(path: Path, roots: Sequence[Path] = (), *, resolved: bool = False) -> str:
    """``path`` as the user can use it from the current folder.

    Relative to the current folder when below it; otherwise written from the root the user gave
    (``../t1/report.md`` for ``check ../t1``); otherwise as given. ``resolved``: ``path`` is already
    its real path (as ``check`` collects files), so it is not resolved again.
    """
    cwd = os.getcwd()
    text = os.fspath(path) if resolved else real_path(os.fspath(path))  # strings: a batch shows hundreds of files
    here = str(_resolved(cwd, "."))
    if text == here:
        return "."
    if text.startswith(here.rstrip("/") + "/"):
        return Path(text[len(here.rstrip("/")) + 1:]).as_posix()
    index = _root_index(cwd, roots)  # a batch: hundreds of files and roots
    best = _best_root(index, os.path.dirname(text))  # (the root's place in ``roots``, root, its resolved form)
    hit = index.get(text)  # the file itself given as a root
    if hit is not None and (best is None or hit[0] < best[0]):
        best = (hit[0], hit[1], text)
    if best is not None:
        rel = text[len(best[2]):].lstrip("/")
        return (Path(best[1]) / rel).as_posix() if rel else Path(best[1]).as_posix()
    return Path(path).as_posix()


_REAL_FOLDERS: dict[str, str] = {}


def real_path(path: str) -> str:
    """``os.path.realpath(path)``, with the real path of each folder remembered until
    :func:`forget_real_paths` (a batch resolves hundreds of files in the same folders, each component
    an ``lstat``). A path that is itself a link, or that climbs with ``..``, is resolved in full."""
    absolute = os.path.abspath(path)
    if ".." in path.replace("\\", "/").split("/") or os.path.islink(absolute):
        return os.path.realpath(path)
    folder, name = os.path.split(absolute)
    if not name:
        return os.path.realpath(path)
    real = _REAL_FOLDERS.get(folder)
    if real is None:
        real = _REAL_FOLDERS[folder] = os.path.realpath(folder)
    return os.path.join(real, name)


def forget_real_paths() -> None:
    """Start a new run: folders (and the links in them) may have changed since the last one."""
    _REAL_FOLDERS.clear()
    _BEST_ROOT.clear()
    _MASKED.clear()


_BEST_ROOT: dict[str, tuple[int, str, str] | None] = {}  # by folder, for the roots of ``_LAST_INDEX``


def _best_root(index: dict[str, tuple[int, str]], folder: str) -> tuple[int, str, str] | None:
    """The root given first among ``folder`` and the folders above it, remembered per folder for the run."""
    if folder in _BEST_ROOT:
        return _BEST_ROOT[folder]
    best: tuple[int, str, str] | None = None
    probe = folder
    while True:
        hit = index.get(probe)
        if hit is not None and (best is None or hit[0] < best[0]):
            best = (hit[0], hit[1], probe)
        parent = os.path.dirname(probe)
        if parent == probe:
            break
        probe = parent
    _BEST_ROOT[folder] = best
    return best


_LAST_INDEX: tuple[Sequence[Path], str, dict[str, tuple[int, str]]] | None = None


def _root_index(cwd: str, roots: Sequence[Path]) -> dict[str, tuple[int, str]]:
    """Each root the user gave by its resolved form: (its place in ``roots``, the root as given). Built once for the
    roots of a run (``shown_path`` is asked about every file of a batch with the same roots)."""
    global _LAST_INDEX
    last = _LAST_INDEX
    if last is not None and last[0] is roots and last[1] == cwd:
        return last[2]
    index: dict[str, tuple[int, str]] = {}
    for n, root in enumerate(roots):
        index.setdefault(str(_resolved(cwd, str(root))).rstrip("/") or "/", (n, str(root)))
    _LAST_INDEX = (roots, cwd, index)
    _BEST_ROOT.clear()  # remembered for the roots of one index
    return index


@lru_cache(maxsize=4096)
def _resolved(cwd: str, root: str) -> Path:
    """A root the user gave, resolved once per working folder (a batch names hundreds of roots and
    shows every file against them)."""
    return (Path(cwd) / root).resolve()


class _Words:
    """Membership in several gazetteer sets at once, without building their union (a check's process
    would otherwise spend a fifth of a second joining ~100,000 words to mask one file name)."""

    def __init__(self, *sets: frozenset[str] | set[str]) -> None:
        self.sets = sets

    def __contains__(self, word: object) -> bool:
        return any(word in s for s in self.sets)


class _NameWords:
    """Given names and surnames of the gazetteers that are not also common words, places, or plurals
    of common words ("cases", "boxes"), three letters or more; ask ``word in _name_words()``."""

    def __init__(self) -> None:
        from anonymise.recognizers.allow import gazetteer as words  # read once per process, shared with the engine

        self.names = _Words(words("given_names.txt"), words("surnames.txt"))
        self.common = _Words(words("common_words.txt"), words("stop_words.txt"), words("places.txt"),
                             words("uk_places.txt"))
        self._seen: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        hit = self._seen.get(word)
        if hit is None:
            common = self.common
            hit = (len(word) >= 3 and word in self.names and word not in common
                   and not (word.endswith("s") and word[:-1] in common)
                   and not (word.endswith("es") and word[:-2] in common))
            self._seen[word] = hit
        return hit


@lru_cache(maxsize=1)
def _name_words() -> _NameWords:
    """Given names and surnames of the gazetteers that are not also common words or places."""
    return _NameWords()


def identifying_spans(segment: str, matcher: Any = None) -> list[tuple[int, int]]:
    """Spans of ``segment`` (one file or folder name) that look like an identifier.

    A word that the name gazetteers hold (and that is not a common word or a place), any key-file
    identifier (with ``matcher``), and any run of six or more digits (NHS numbers, phones, references).
    """
    spans: list[tuple[int, int]] = []
    names = _name_words()
    every_name = _all_name_words()
    words = list(_PATH_WORD.finditer(segment))
    flagged = [m.group(0).lower() in names for m in words]
    # a name that is also a common word ("grace", "will") counts beside a certain one ("grace-okafor")
    for i, m in enumerate(words):
        if not flagged[i] and m.group(0).lower() in every_name and len(m.group(0)) >= 3:
            if (i > 0 and flagged[i - 1]) or (i + 1 < len(words) and flagged[i + 1]):
                flagged[i] = True
    spans += [m.span() for m, hit in zip(words, flagged) if hit]
    spans.extend(m.span() for m in _DIGITS.finditer(segment) if sum(c.isdigit() for c in m.group(0)) >= 6)
    if matcher is not None:
        spaced = re.sub(r"[-_.+]", " ", segment)
        for variant in {spaced, spaced.title()}:
            try:
                spans.extend((k.start, k.end) for k in matcher.find(variant))
            except Exception:  # a matcher problem must not hide a report; the gazetteer still applies
                continue
    return sorted(set(spans))


def mask_path(path: str, matcher: Any = None) -> str:
    """``path`` with identifying words in any of its names masked (``cspr-final-J*****-O*****.pdf``)."""
    from anonymise.mask import mask

    out = []
    memo = _masked_segments(matcher)
    for segment in re.split(r"([/\\])", path):
        if segment in ("/", "\\", "", ".", ".."):
            out.append(segment)
            continue
        masked = memo.get(segment)  # a batch's paths share most of their folders
        if masked is None:
            chars = list(segment)
            for s, e in identifying_spans(segment, matcher):
                chars[s:e] = list(mask(segment[s:e]))
            masked = "".join(chars)
            if len(memo) < 65536:
                memo[segment] = masked
        out.append(masked)
    return "".join(out)


# masked path segments: without a key, and for each key matcher while it lives (never by id: a new key's
# matcher may take a freed one's address)
_MASKED: dict[str, str] = {}
_MASKED_BY_KEY: weakref.WeakKeyDictionary[Any, dict[str, str]] = weakref.WeakKeyDictionary()


def _masked_segments(matcher: Any) -> dict[str, str]:
    if matcher is None:
        return _MASKED
    try:
        return _MASKED_BY_KEY.setdefault(matcher, {})
    except TypeError:  # a matcher that cannot be weakly referenced: no memo
        return {}


_PATHLIKE = re.compile(r"[^\s'\"“”‘’]*(?:[/\\][^\s'\"“”‘’]*|\.[A-Za-z][A-Za-z0-9]{0,5}\b)[^\s'\"“”‘’:;,]*")


def mask_paths_in(message: str, matcher: Any = None) -> str:
    """``message`` with :func:`mask_path` applied to every path-like token in it (one holding a ``/``
    or ending in a file extension); other words are left alone."""
    return _PATHLIKE.sub(lambda m: mask_path(m.group(0), matcher), message)


# --------------------------------------------------------------------------- quoted text
def mask_quoted(text: str, is_user_text: Callable[[str], bool] = lambda _q: True) -> str:
    """Mask each quoted stretch of ``text`` for which ``is_user_text`` says it came from the user."""
    from anonymise.mask import mask

    def repl(m: re.Match[str]) -> str:
        inner = next(g for g in m.groups() if g is not None)
        if not is_user_text(inner):
            return m.group(0)
        s, e = m.span(m.lastindex or 1)
        whole = m.group(0)
        return whole[: s - m.start()] + mask(inner) + whole[e - m.start() :]

    return _QUOTED.sub(repl, text)


@lru_cache(maxsize=1)
def _common_words() -> _Words:
    from anonymise.recognizers.allow import gazetteer

    return _Words(gazetteer("common_words.txt"), gazetteer("stop_words.txt"))


def ordinary(text: str) -> bool:
    """Text that cannot identify anyone: no digits, no word that is a name in the gazetteers, and no
    capitalised word after the first that is unknown or could be a name ("Facts of the case",
    "maybe", "Child A's perspective"; not "Learning from Grace", not "Jayden's story")."""
    if any(c.isdigit() for c in text):
        return False
    common = _common_words()
    names = _name_words()
    every_name = _all_name_words()
    for i, word in enumerate(_WORD.findall(text)):
        low = word.lower().removesuffix("'s").removesuffix("’s")
        if low in names:
            return False
        if i > 0 and word[0].isupper() and len(low) > 1 and (low in every_name or low not in common):
            return False
    return True


@lru_cache(maxsize=1)
def _all_name_words() -> _Words:
    from anonymise.recognizers.allow import gazetteer

    return _Words(gazetteer("given_names.txt"), gazetteer("surnames.txt"))


def mask_words(text: str) -> str:
    """``text`` with each word that could identify someone masked (the test of :func:`ordinary`, word
    by word): for free text the user wrote, such as a suppression's reason."""
    from anonymise.mask import mask

    def repl(m: re.Match[str]) -> str:
        word = m.group(0)
        first = m.start() == 0 or not text[: m.start()].strip()
        probe = word if first else f"x {word}"  # a capitalised word counts after the first one
        return word if ordinary(probe) else mask(word)

    return re.sub(r"[^\W_]+(?:['’][^\W_]+)*", repl, text)


def occurs_in(source: str) -> Callable[[str], bool]:
    """A test for :func:`mask_quoted`: the quoted text (or, when cut short with ``...``, its start) is in ``source``."""

    def test(quoted: str) -> bool:
        probe = quoted[:-3] if quoted.endswith("...") else quoted
        probe = probe.strip()
        if not probe:
            return False
        if probe in source:
            return True
        # repr() escapes backslashes and quotes; compare on the unescaped form too
        unescaped = probe.replace("\\\\", "\\").replace("\\'", "'").replace('\\"', '"')
        return unescaped in source

    return test


# --------------------------------------------------------------------------- findings
def mask_findings(
    findings: Iterable[Finding],
    *,
    sources: dict[str, str] | None = None,
    matcher: Any = None,
) -> list[Finding]:
    """Mask identifying words in every finding's path, every quoted word in its ``where`` label, and
    quoted text in its message that occurs in the user's source (``sources``: shown path -> file
    text): always for a YAML value, for Markdown text unless it is :func:`ordinary`."""
    out = []
    for f in findings:
        loc = f.location
        message = f.message
        source = (sources or {}).get(loc.path)
        if source:
            line_text = _line(source, loc.line)
            found = occurs_in(line_text if line_text is not None else source)
            if loc.path.endswith((".yaml", ".yml")):  # a review.yaml value is data: always masked
                message = mask_quoted(message, found)
            else:  # a Markdown heading quoted back is masked when it could identify someone
                message = mask_quoted(message, lambda q, found=found: found(q) and not ordinary(q.removesuffix("...")))
        where = mask_quoted(loc.where) if loc.where else loc.where
        path = mask_path(loc.path, matcher)
        if (path, where, message) != (loc.path, loc.where, f.message):
            f = replace(f, message=message, location=replace(loc, path=path, where=where))
        if f.suppressed:  # the reason is free text the reviewer wrote beside the identifier
            f = replace(f, suppressed=mask_words(f.suppressed))
        out.append(f)
    return out


def _line(text: str, line: int | None) -> str | None:
    if line is None:
        return None
    lines = text.splitlines()
    return lines[line - 1] if 0 < line <= len(lines) else None
