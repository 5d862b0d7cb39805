"""Load and validate the confidential key file (real identifiers -> pseudonyms) with line numbers.

The key's content is never put into a message: errors name the file, the line and the field only.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

# Lists of the key file whose entries are {pseudonym, names, aliases, ...}.
ENTRY_KINDS = ("people", "places", "settings")
TOP_LEVEL = ("people", "places", "settings", "identifiers", "public")
ENTRY_FIELDS = {
    "people": ("pseudonym", "pseudonym_cy", "names", "names_cy", "aliases", "dates_of_birth", "titles"),
    "places": ("pseudonym", "pseudonym_cy", "names", "names_cy", "aliases"),
    "settings": ("pseudonym", "pseudonym_cy", "names", "names_cy", "aliases"),
    "identifiers": ("pseudonym", "pseudonym_cy", "names"),
}
# Limits that keep a hostile or mistaken key file from hanging the tool (docs/key-file.md).
MAX_KEY_BYTES = 2_000_000
MAX_DEPTH = 12  # the key file's own structure is 4 levels deep
MAX_INDENT = 80
MAX_NAMES = 500  # names (or aliases) of one entry
# Replacement of an identifier listed as a plain string (no pseudonym of its own).
DEFAULT_IDENTIFIER_PSEUDONYM = "[identifier removed]"


class KeyFileError(Exception):
    """The key file cannot be used. ``line`` is 1-based (None when unknown).

    The message never quotes the key's content: only the place and the problem.
    """

    def __init__(self, message: str, line: int | None = None, path: Path | None = None) -> None:
        self.message = message
        self.line = line
        self.path = path
        super().__init__(message)

    def where(self) -> str:
        """``path:line`` (or what is known of it) for messages."""
        text = str(self.path) if self.path is not None else "key file"
        return f"{text}:{self.line}" if self.line is not None else text


@dataclass(frozen=True)
class KeyEntry:
    """One identified thing: its list (``kind``), its pseudonym and the real forms to replace."""

    kind: str  # people | places | settings | identifiers
    pseudonym: str
    names: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    dates_of_birth: tuple[_dt.date, ...] = ()
    titles: tuple[str, ...] = ()  # optional: titles this person is known by (Mrs, Dr...)
    line: int | None = None
    pseudonym_cy: str | None = None  # optional: the pseudonym in Welsh parallel texts (*.cy.md)

    def pseudonym_for(self, lang: str) -> str:
        """The pseudonym for a text in ``lang`` (``cy`` uses ``pseudonym_cy`` when given)."""
        return self.pseudonym_cy if lang == "cy" and self.pseudonym_cy else self.pseudonym

    @property
    def label(self) -> str:
        """A printable name for the entry: its kind and pseudonym (never a real identifier)."""
        return f"{self.kind}: {self.pseudonym}"


@dataclass(frozen=True)
class KeyFile:
    """A validated key file. Hashable, so matchers can be cached per key."""

    entries: tuple[KeyEntry, ...] = ()
    public: tuple[str, ...] = ()
    path: Path | None = None

    def pseudonyms(self) -> list[str]:
        """Every pseudonym the key gives (Welsh ones too), in file order, without duplicates."""
        seen: dict[str, None] = {}
        for e in self.entries:
            seen.setdefault(e.pseudonym, None)
            if e.pseudonym_cy:
                seen.setdefault(e.pseudonym_cy, None)
        return list(seen)

    def public_names(self) -> list[str]:
        """Names that may legitimately appear (the reviewer, the chair): never matched."""
        return list(self.public)

    def of_kind(self, kind: str) -> list[KeyEntry]:
        """The entries of one list of the key file."""
        return [e for e in self.entries if e.kind == kind]


# --------------------------------------------------------------------------- loading
def load_key(path: Path) -> KeyFile:
    """Read and validate ``path``; raise :class:`KeyFileError` (with a line) on any problem."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise KeyFileError(f"cannot read the key file ({exc.strerror or 'unreadable'})", None, path) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise KeyFileError("is not UTF-8 text; save it as UTF-8", line, path) from None
    return parse_key(text, path)


def parse_key(text: str, path: Path | None = None) -> KeyFile:
    """Validate key-file YAML ``text`` (``path`` is only used in messages).

    Besides the structure, the variant budget (:func:`anonymise.variants.check_budget`) and the
    pseudonyms themselves are checked: a pseudonym that looks like a real name, or holds a name
    the key lists, is an error.
    """
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    if len(text) > MAX_KEY_BYTES:
        raise KeyFileError(f"is larger than {MAX_KEY_BYTES // 1_000_000} MB; a key file lists names, "
                           "not documents", None, path)
    _prescan(text, path)
    yaml = YAML(typ="rt")
    try:
        _scan_events(yaml, text, path)
        data = yaml.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        # ruamel's problem text can quote the offending token: keep only its generic words.
        problem = re.sub(r"(['\"]).*?\1", "…", str(exc.problem or "syntax error"))
        raise KeyFileError(f"is not valid YAML: {problem}", line, path) from None
    except (YAMLError, ValueError, TypeError, RecursionError):
        raise KeyFileError("is not valid YAML", None, path) from None
    key = _Validator(path).key(data)
    _check_key(key)
    return key


def _check_key(key: KeyFile) -> None:
    """The variant budget, and pseudonyms that are real-looking names or names from the key."""
    from anonymise.pseudonym_check import KEY_REASON, REASON, key_name_in, looks_like_real_name
    from anonymise.variants import check_budget

    check_budget(key)
    for i, e in enumerate(key.entries):
        if e.kind == "identifiers":
            continue
        for field_name, p in (("pseudonym", e.pseudonym), ("pseudonym_cy", e.pseudonym_cy)):
            if not p:
                continue
            where = f"{e.kind}[{_index(key, i)}]: '{field_name}'"
            if key_name_in(p, key):
                raise KeyFileError(f"{where} {KEY_REASON}", e.line, key.path)
            if looks_like_real_name(p):
                raise KeyFileError(f"{where} {REASON}", e.line, key.path)


def _index(key: KeyFile, i: int) -> int:
    """The position of entry ``i`` within its own list of the key file."""
    kind = key.entries[i].kind
    return sum(1 for e in key.entries[:i] if e.kind == kind)


def _prescan(text: str, path: Path | None) -> None:
    """Refuse nesting deeper than a key file needs before the YAML parser sees it (deep nesting is slow)."""
    depth = 0
    for n, line in enumerate(text.splitlines(), 1):
        stripped = line.lstrip(" ")
        indent = len(line) - len(stripped)
        dashes = len(re.match(r"(?:-[ \t]+)*", stripped).group(0).replace(" ", "").replace("\t", ""))
        if indent > MAX_INDENT or dashes > 3:
            raise KeyFileError("is nested too deeply for a key file (people, places, settings, identifiers, "
                               "public: lists of names)", n, path)
        quote = ""
        prev = "["  # the last character outside a quoted scalar that is not a space
        raw_prev = ""
        for c in stripped:
            if quote:
                if c == quote:
                    quote = ""
                continue
            opens = prev in "[{,:-?"  # where YAML may start a scalar or a collection ("O'Neill" is not)
            if c in "'\"" and opens:
                quote = c
            elif c == "#" and (raw_prev.isspace() or raw_prev == ""):
                break
            elif c in "[{" and opens:
                depth += 1
                if depth > MAX_DEPTH:
                    raise KeyFileError("is nested too deeply for a key file (people, places, settings, "
                                       "identifiers, public: lists of names)", n, path)
            elif c in "]}":
                depth = max(0, depth - 1)
            if not c.isspace():
                prev = c
            raw_prev = c


_DATE_LIKE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")


def _scan_events(yaml: Any, text: str, path: Path | None) -> None:
    """YAML aliases (``*name``) are refused (they can multiply a small file); dates must be real dates."""
    from ruamel.yaml.events import AliasEvent, ScalarEvent

    for ev in yaml.parse(text):
        if isinstance(ev, AliasEvent):
            raise KeyFileError("uses a YAML alias (*name); write the names out in full", ev.start_mark.line + 1, path)
        if isinstance(ev, ScalarEvent) and ev.style is None and _DATE_LIKE.fullmatch(ev.value or ""):
            y, m, d = (int(x) for x in ev.value.split("-"))
            try:
                _dt.date(y, m, d)
            except ValueError:
                raise KeyFileError("holds a date that does not exist (check the day and the month; "
                                   "dates are written YYYY-MM-DD)", ev.start_mark.line + 1, path) from None


def _line(node: Any, key: Any = None, index: int | None = None) -> int | None:
    """1-based line of a mapping key or sequence item in a ruamel round-trip node."""
    lc = getattr(node, "lc", None)
    if lc is None:
        return None
    try:
        if key is not None:
            return lc.key(key)[0] + 1
        if index is not None:
            return lc.item(index)[0] + 1
        return lc.line + 1
    except (KeyError, IndexError, TypeError, AttributeError):
        return getattr(lc, "line", -1) + 1 or None


@dataclass
class _Validator:
    path: Path | None
    entries: list[KeyEntry] = field(default_factory=list)

    def fail(self, message: str, line: int | None) -> NoReturn:
        raise KeyFileError(message, line, self.path)

    def key(self, data: Any) -> KeyFile:
        if data is None:
            self.fail("is empty: list people, places, settings, identifiers or public names", 1)
        if not isinstance(data, dict):
            self.fail("must be a mapping with people, places, settings, identifiers and public", _line(data))
        for k in data:
            if k not in TOP_LEVEL:
                self.fail(
                    f"unknown top-level key (allowed: {', '.join(TOP_LEVEL)})",
                    _line(data, key=k),
                )
        for kind in ENTRY_KINDS + ("identifiers",):
            value = data.get(kind)
            if value is None:
                continue
            if not isinstance(value, list):
                self.fail(f"'{kind}' must be a list", _line(data, key=kind))
            for i, item in enumerate(value):
                line = _line(value, index=i)
                if kind == "identifiers" and isinstance(item, (str, int)) and not isinstance(item, bool):
                    s = str(item).strip()
                    if not s:
                        self.fail(f"identifiers[{i}] is empty", line)
                    self.entries.append(KeyEntry("identifiers", DEFAULT_IDENTIFIER_PSEUDONYM, (s,), line=line))
                    continue
                self.entries.append(self.entry(kind, i, item, line))
        public = self.strings(data, "public", "public", _line(data, key="public") if "public" in data else None)
        self.cross_checks(public)
        return KeyFile(tuple(self.entries), tuple(public), self.path)

    def entry(self, kind: str, i: int, item: Any, line: int | None) -> KeyEntry:
        where = f"{kind}[{i}]"
        if not isinstance(item, dict):
            self.fail(f"{where} must be a mapping with 'pseudonym' and 'names'", line)
        for k in item:
            if k not in ENTRY_FIELDS[kind]:
                self.fail(
                    f"{where}: unknown field (allowed: {', '.join(ENTRY_FIELDS[kind])})", _line(item, key=k)
                )
        pseudonym = item.get("pseudonym")
        if pseudonym is None and kind == "identifiers":
            pseudonym = DEFAULT_IDENTIFIER_PSEUDONYM
        if not isinstance(pseudonym, str) or not pseudonym.strip():
            self.fail(f"{where}: 'pseudonym' is missing or not text", _line(item, key="pseudonym") or line)
        names = self.strings(item, "names", where, line) + self.strings(item, "names_cy", where, line)
        aliases = self.strings(item, "aliases", where, line)
        if not names and not aliases:
            self.fail(f"{where}: 'names' must list at least one name", line)
        for field_name, values in (("names", names), ("aliases", aliases)):
            if len(values) > MAX_NAMES:
                self.fail(f"{where}: more than {MAX_NAMES} {field_name}; split the entry", _line(item, key=field_name) or line)
            for j, v in enumerate(values):
                if sum(c.isalnum() for c in v) < 2:
                    self.fail(f"{where}: {field_name}[{j}] is too short to match safely (one character)",
                              _line(item, key=field_name) or line)
        dobs = self.dates(item, where, line)
        titles = self.strings(item, "titles", where, line)
        welsh = item.get("pseudonym_cy")
        if welsh is not None and (not isinstance(welsh, str) or not welsh.strip()):
            self.fail(f"{where}: 'pseudonym_cy' must be text", _line(item, key="pseudonym_cy") or line)
        return KeyEntry(kind, pseudonym.strip(), tuple(names), tuple(aliases), tuple(dobs), tuple(titles), line,
                        welsh.strip() if welsh else None)

    def strings(self, node: dict, field_name: str, where: str, line: int | None) -> list[str]:
        value = node.get(field_name)
        if value is None:
            return []
        fline = _line(node, key=field_name) or line
        if isinstance(value, (str, int)) and not isinstance(value, bool):
            value = [value]
        if not isinstance(value, list):
            self.fail(f"{where}: '{field_name}' must be a list of text", fline)
        out = []
        for j, v in enumerate(value):
            if isinstance(v, bool) or not isinstance(v, (str, int)):
                self.fail(f"{where}: {field_name}[{j}] must be text", _line(value, index=j) or fline)
            s = " ".join(str(v).split())
            if not s:
                self.fail(f"{where}: {field_name}[{j}] is empty", _line(value, index=j) or fline)
            out.append(s)
        return out

    def dates(self, node: dict, where: str, line: int | None) -> list[_dt.date]:
        value = node.get("dates_of_birth")
        if value is None:
            return []
        fline = _line(node, key="dates_of_birth") or line
        if not isinstance(value, list):
            value = [value]
        out = []
        for j, v in enumerate(value):
            d = _as_date(v)
            if d is None:
                self.fail(
                    f"{where}: dates_of_birth[{j}] must be a date written YYYY-MM-DD",
                    _line(value, index=j) if hasattr(value, "lc") else fline,
                )
            out.append(d)
        return out

    def cross_checks(self, public: list[str]) -> None:
        pseudonyms = {p.casefold() for e in self.entries for p in (e.pseudonym, e.pseudonym_cy) if p}
        for e in self.entries:
            for n in e.names + e.aliases:
                if n.casefold() in pseudonyms:
                    self.fail(f"{e.kind}: a name equals a pseudonym; the key would not be idempotent", e.line)
                if n.casefold() in {p.casefold() for p in public}:
                    self.fail(f"{e.kind}: a name is also listed as public; keep it in one list", e.line)


def _as_date(v: Any) -> _dt.date | None:
    if isinstance(v, _dt.datetime):
        return v.date()
    if isinstance(v, _dt.date):
        return v
    if isinstance(v, str):
        try:
            return _dt.date.fromisoformat(v.strip())
        except ValueError:
            return None
    return None
