"""Load a review folder (review.yaml + Markdown documents) into the document model, with a source map.

Every problem in the user's files becomes a VAL0xx finding with ``file:line:col`` (and a JSON pointer
for YAML data); only a missing or non-folder path raises ``UserError``.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from generator import schema as schemas
from generator.errors import UserError
from generator.findings import REGISTRY, Finding, Location
from generator.model import Document, Paragraph, Review, Section, SourceText
from generator.numbering import is_section_heading, number_paragraphs, parser, strip_comments

_REG = "casereview review source format (docs/review-format.md)"

REGISTRY.register("VAL001", "review-yaml-missing", "error", "The review folder has no review.yaml.",
                  "Every review folder holds a review.yaml with at least `nation:` and `type:`. "
                  "Create one with `casereview new NATION TYPE DIR`.", _REG)
REGISTRY.register("VAL002", "yaml-syntax", "error", "review.yaml (or front matter) is not valid YAML.",
                  "The YAML could not be parsed: a syntax error, a tab used for indentation, a duplicate "
                  "key or a top level that is not a mapping. The finding points at the offending place.",
                  _REG)
REGISTRY.register("VAL003", "unreadable-file", "error", "A file is binary, not UTF-8 or unreadable.",
                  "Review files must be UTF-8 text (a byte-order mark is accepted). Binary content "
                  "(NUL bytes) or an invalid byte sequence is reported at its line and column.", _REG)
REGISTRY.register("VAL004", "file-too-large", "error", "A file is larger than the size limit.",
                  "Review files are read whole; any file above the limit in schemas/common.yaml "
                  "(5 MB by default) is refused rather than loaded.", _REG)
REGISTRY.register("VAL005", "wrong-type", "error", "A review.yaml value has the wrong type or value.",
                  "A value does not match schemas/review.schema.json: a list where a mapping is "
                  "expected, a word outside the allowed values, a malformed id.", _REG)
REGISTRY.register("VAL006", "unknown-key", "error", "review.yaml has a key the schema does not know.",
                  "Unknown keys are reported (with the closest known key) so that a misspelt key is "
                  "never silently ignored.", _REG)
REGISTRY.register("VAL007", "bad-date", "error", "A date is not a valid YYYY-MM-DD date.",
                  "Dates are ISO 8601 calendar dates (YYYY-MM-DD). Impossible dates (2024-02-30), "
                  "times, or free text in a date field are reported at their line.", _REG)
REGISTRY.register("VAL008", "unknown-review-type", "error", "The nation or type is not a known pair.",
                  "`nation:` and `type:` must be one of the NATION TYPE pairs: england rapid-review, "
                  "england lcspr, england national-cspr, northern-ireland cmr, scotland learning-review, "
                  "wales susr, wales cpr.", _REG)
REGISTRY.register("VAL009", "missing-key", "error", "A key the schema requires is absent.",
                  "review.yaml needs `nation:` and `type:`; list entries need their id (and the keys "
                  "named in the schema).", _REG)
REGISTRY.register("VAL010", "unknown-document", "note", "A Markdown file is not a document of this review type.",
                  "Markdown files in the review folder are matched to the documents of the NATION TYPE "
                  "by name; a file matching none is not validated or rendered.", _REG)
REGISTRY.register("VAL011", "unknown-section-id", "warning", "A heading's {#id} is not a section of the document.",
                  "An explicit `{#id}` must be one of the document's section ids (see "
                  "docs/review-format.md); remove it to let the title match, or fix the id.", _REG)
REGISTRY.register("VAL012", "duplicate-section", "warning", "Two headings match the same section.",
                  "Each section id appears once per document; the second heading is reported.", _REG)
REGISTRY.register("VAL014", "symbolic-link", "error", "A review file is a symbolic link.",
                  "Nothing from outside the review is read: review.yaml, the Markdown documents, assets/ and "
                  "the branding files (assets/theme.css, assets/reference.docx) must be real files inside the "
                  "review folder. A symbolic link is refused and its target is never read; copy the file in "
                  "instead.", _REG)
REGISTRY.register("VAL015", "control-character", "error", "A review file holds a control character.",
                  "Control characters (U+0000-U+001F other than tab and line ends, U+007F-U+009F, U+FFFE, "
                  "U+FFFF) cannot appear in a DOCX, PDF or HTML document. The first one in each file is "
                  "reported at its line and column; each is replaced by U+FFFD in what is rendered, so "
                  "remove them from the source.", _REG)


# --------------------------------------------------------------------------- files
def display_path(path: Path, root: Path) -> str:
    """How a file is named in findings: relative to the cwd when below it, else to the review's parent.

    Only the folder is resolved: a symbolic link is named as itself, never by its target.
    """
    path = path.parent.resolve() / path.name
    for base in (Path.cwd().resolve(), root.resolve().parent):
        try:
            return path.relative_to(base).as_posix()
        except ValueError:
            continue
    return path.as_posix()


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


def control_characters(text: str) -> tuple[str, int, int]:
    """``text`` with each control character replaced by U+FFFD, the first one's offset (-1) and the count."""
    first = _CONTROL.search(text)
    if first is None:
        return text, -1, 0
    clean, count = _CONTROL.subn("\ufffd", text)
    return clean, first.start(), count


def read_source(path: Path, rel: str) -> tuple[SourceText | None, list[Finding]]:
    """Read a UTF-8 text file within the size limit; problems become VAL003/VAL004/VAL014/VAL015 findings.

    A symbolic link is never followed (VAL014). Control characters are replaced by U+FFFD and reported
    (VAL015), so the returned text is always safe to render.
    """
    limit = int(schemas.common().get("max_file_bytes", 5 * 1024 * 1024))
    if path.is_symlink():
        return None, [REGISTRY.finding(
            "VAL014", "is a symbolic link; nothing outside the review is read — copy the file into the review "
            "folder instead", Location(rel))]
    try:
        size = path.stat().st_size
        if size > limit:
            return None, [REGISTRY.finding(
                "VAL004", f"file is {size / 1048576:.1f} MB, above the {limit / 1048576:.0f} MB limit; "
                "split it or move large content to assets/", Location(rel))]
        data = path.read_bytes()
    except OSError as exc:
        return None, [REGISTRY.finding("VAL003", f"cannot read file: {exc.strerror or exc}", Location(rel))]
    nul = data.find(b"\x00")
    if nul >= 0:
        line = data.count(b"\n", 0, nul) + 1
        return None, [REGISTRY.finding(
            "VAL003", "binary content (NUL byte): this is not a text file", Location(rel, line, 1))]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        return None, [REGISTRY.finding(
            "VAL003", f"not UTF-8: byte 0x{data[exc.start]:02x} cannot be decoded; save the file as UTF-8",
            Location(rel, line, col))]
    text, first, count = control_characters(text)
    if first < 0:
        return SourceText(path.resolve(), rel, text), []
    source = SourceText(path.resolve(), rel, text)
    more = f" ({count} in the file)" if count > 1 else ""
    return source, [REGISTRY.finding(
        "VAL015", f"control character U+{ord(_raw_char(data, text, first)):04X}{more}: remove it",
        source.location(first, first + 1))]


def _raw_char(data: bytes, clean: str, offset: int) -> str:
    """The character that was replaced at ``offset`` (decoded again from the raw bytes)."""
    raw = data.decode("utf-8-sig", errors="replace")
    return raw[offset] if offset < len(raw) else "\ufffd"


# --------------------------------------------------------------------------- YAML
def _yaml_loader() -> Any:
    from ruamel.yaml import YAML
    from ruamel.yaml.constructor import RoundTripConstructor

    class _Constructor(RoundTripConstructor):
        """Keeps impossible timestamps (2024-02-30) as strings so the schema reports them."""

        def construct_yaml_timestamp(self, node: Any, values: Any = None) -> Any:
            try:
                return super().construct_yaml_timestamp(node, values)
            except (ValueError, OverflowError):
                return str(node.value)

    _Constructor.add_constructor("tag:yaml.org,2002:timestamp", _Constructor.construct_yaml_timestamp)
    yaml = YAML(typ="rt")
    yaml.Constructor = _Constructor
    yaml.allow_duplicate_keys = False
    return yaml


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


class _TooBig(Exception):
    """The YAML expands to more values than any review needs (an alias bomb)."""


_MAX_VALUES = 50_000


def _to_plain(node: Any, pointer: str, pointers: dict[str, tuple[int, int]], budget: list[int] | None = None,
              controls: list[str] | None = None) -> Any:
    """Plain Python data (dates as ISO strings for schema checking) and a pointer -> (line, col) map.

    Strings holding control characters (written as YAML escapes such as ``"\\x01"``) are cleaned and
    their pointers appended to ``controls``.
    """
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if budget is None:
        budget = [_MAX_VALUES]
    if controls is None:
        controls = []
    budget[0] -= 1
    if budget[0] < 0:
        raise _TooBig
    if isinstance(node, CommentedMap):
        out: dict[str, Any] = {}
        for key in node:
            skey = key.isoformat() if isinstance(key, dt.date) else str(key)
            skey, first, _ = control_characters(skey)
            child = f"{pointer}/{_escape(skey)}"
            if first >= 0:
                controls.append(child)
            try:
                line, col = node.lc.key(key)
                pointers[child] = (line + 1, col + 1)
            except (KeyError, TypeError, AttributeError):
                pass
            out[skey] = _to_plain(node[key], child, pointers, budget, controls)
        return out
    if isinstance(node, (CommentedSeq, list)):
        items = []
        for i, item in enumerate(node):
            child = f"{pointer}/{i}"
            try:
                line, col = node.lc.item(i)  # type: ignore[union-attr,attr-defined]
                pointers[child] = (line + 1, col + 1)
            except (KeyError, TypeError, AttributeError, IndexError):
                pass
            items.append(_to_plain(item, child, pointers, budget, controls))
        return items
    if isinstance(node, dt.datetime):
        return node.isoformat()
    if isinstance(node, dt.date):
        return node.isoformat()
    if isinstance(node, bool) or node is None:
        return node
    if isinstance(node, int):
        return int(node)
    if isinstance(node, float):
        return float(node)
    text, first, _ = control_characters(str(node))
    if first >= 0:
        controls.append(pointer)
    return text


_MAX_DEPTH = 64


def _too_deep(text: str) -> int | None:
    """Offset where ``[``/``{`` nesting passes the limit (outside quotes and comments), else None.

    ruamel.yaml takes quadratic time on deep flow nesting before it gives up, so refuse it first.
    """
    depth = 0
    quote = ""
    comment = False
    prev = "\n"
    for i, ch in enumerate(text):
        if comment:
            comment = ch != "\n"
        elif quote:
            if ch == quote:
                quote = ""
        elif ch in "\"'" and (prev in " \t\n[{,:" or depth):
            quote = ch
        elif ch == "#" and prev in " \t\n":
            comment = True
        elif ch in "[{":
            depth += 1
            if depth > _MAX_DEPTH:
                return i
        elif ch in "]}":
            depth = max(0, depth - 1)
        prev = ch
    return None


def parse_yaml(source: SourceText) -> tuple[Any, dict[str, tuple[int, int]], list[Finding]]:
    """Parse YAML text into plain data plus a source map; syntax errors become VAL002 findings."""
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    pointers: dict[str, tuple[int, int]] = {"": (1, 1)}
    deep = _too_deep(source.text)
    if deep is not None:
        return None, pointers, [REGISTRY.finding(
            "VAL002", f"invalid YAML: brackets nested more than {_MAX_DEPTH} deep", source.location(deep))]
    try:
        node = _yaml_loader().load(source.text)
    except RecursionError:
        return None, pointers, [REGISTRY.finding("VAL002", "invalid YAML: nesting is too deep",
                                                 Location(source.rel, 1, 1))]
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        problem = (exc.problem or exc.context or "invalid YAML").strip()
        if "\t" in problem or "'\\t'" in problem or (
            mark is not None and 0 <= mark.index < len(source.text) and source.text[mark.index] == "\t"
        ):
            problem = "a tab character is used for indentation; YAML allows spaces only"
        elif "duplicate key" in problem or "duplicate key" in str(exc):
            problem = f"duplicate key: {problem}"
        return None, pointers, [REGISTRY.finding("VAL002", f"invalid YAML: {problem}",
                                                 source.line_location(line, col))]
    except YAMLError as exc:
        return None, pointers, [REGISTRY.finding("VAL002", f"invalid YAML: {exc}", Location(source.rel, 1, 1))]
    except Exception as exc:  # ruamel.yaml fails on some hostile input (a merge key that refers to itself)
        return None, pointers, [REGISTRY.finding(
            "VAL002", f"invalid YAML: it could not be read ({type(exc).__name__}); look for an anchor or "
            "merge key (<<) that refers to itself", Location(source.rel, 1, 1))]
    controls: list[str] = []
    try:
        plain = _to_plain(node, "", pointers, None, controls)
        problems: list[Finding] = []
        if controls:
            review = Review(source.path.parent, "", "", {}, source, pointers)
            problems = [REGISTRY.finding("VAL015", f"{_where(p)}: a control character (a YAML escape such as "
                                         "\\x01) is not allowed; remove it", review.pointer_location(p))
                        for p in controls[:20]]
        return plain, pointers, problems
    except _TooBig:
        message = f"invalid YAML: it expands to more than {_MAX_VALUES:,} values (repeated aliases?)"
    except RecursionError:
        message = "invalid YAML: nesting is too deep or an alias refers to itself"
    return None, {"": (1, 1)}, [REGISTRY.finding("VAL002", message, Location(source.rel, 1, 1))]


# --------------------------------------------------------------------------- schema
def _resolve(schema: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    while isinstance(schema, dict) and "$ref" in schema and schema["$ref"].startswith("#/"):
        target: Any = root
        for part in schema["$ref"][2:].split("/"):
            target = target[part]
        merged = {k: v for k, v in schema.items() if k != "$ref"}
        schema = {**target, **merged} if merged else target
    return schema


def _is_date_schema(schema: dict[str, Any], root: dict[str, Any]) -> bool:
    defs = root.get("$defs", {})
    return schema is defs.get("date") or schema is defs.get("date_or_bool") or (
        schema.get("$ref") in ("#/$defs/date", "#/$defs/date_or_bool")
    )


YEARS = (1900, 2199)  # a review's dates fall well inside this; outside it date arithmetic would overflow


def _dates(data: Any, schema: dict[str, Any], root: dict[str, Any], far: list[str] | None = None,
           pointer: str = "") -> Any:
    """Turn valid ISO strings at the schema's date positions into ``datetime.date``.

    A valid date outside ``YEARS`` stays a string and its pointer is appended to ``far``.
    """
    far = far if far is not None else []
    if _is_date_schema(schema, root):
        if isinstance(data, str):
            try:
                value = dt.date.fromisoformat(data) if len(data) == 10 else data
            except ValueError:
                return data
            if isinstance(value, dt.date) and not YEARS[0] <= value.year <= YEARS[1]:
                far.append(pointer)
                return data
            return value
        return data
    schema = _resolve(schema, root)
    if isinstance(data, dict):
        props = schema.get("properties", {})
        extra = schema.get("additionalProperties")
        out = {}
        for k, v in data.items():
            sub = props.get(k, extra if isinstance(extra, dict) else None)
            out[k] = _dates(v, sub, root, far, f"{pointer}/{_escape(k)}") if isinstance(sub, dict) else v
        return out
    if isinstance(data, list):
        items = schema.get("items")
        return [_dates(v, items, root, far, f"{pointer}/{i}") if isinstance(items, dict) else v
                for i, v in enumerate(data)]
    return data


def _pointer(path: Any) -> str:
    return "".join(f"/{_escape(str(p))}" for p in path)


def _where(pointer: str) -> str:
    return pointer.lstrip("/").replace("/", ".") or "review.yaml"


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"{str(value).lower()} (a boolean)"
    if isinstance(value, (dict, list)):
        return "a mapping" if isinstance(value, dict) else "a list"
    text = str(value)
    return repr(text if len(text) <= 40 else text[:37] + "...")


def schema_findings(data: Any, source: SourceText, pointers: dict[str, tuple[int, int]]) -> list[Finding]:
    """Check review.yaml data against schemas/review.schema.json; each problem is one finding."""
    from jsonschema import Draft202012Validator, FormatChecker
    from rapidfuzz import process

    root = schemas.review_schema()
    validator = Draft202012Validator(root, format_checker=FormatChecker())
    review = Review(source.path.parent, "", "", {}, source, pointers)
    out: list[Finding] = []
    seen: set[tuple[str, str]] = set()

    def add(code: str, pointer: str, message: str) -> None:
        if (code, pointer) in seen:
            return
        seen.add((code, pointer))
        out.append(REGISTRY.finding(code, message, review.pointer_location(pointer)))

    for err in sorted(validator.iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path]):
        pointer = _pointer(err.absolute_path)
        where = _where(pointer)
        schema = err.schema if isinstance(err.schema, dict) else {}
        if err.validator == "additionalProperties" and isinstance(err.instance, dict):
            known = list(schema.get("properties", {}))
            for key in err.instance:
                if key in known:
                    continue
                hint = ""
                if known:
                    best = process.extractOne(key, known, score_cutoff=70)
                    hint = f" (did you mean {best[0]!r}?)" if best else ""
                allowed = f"; known keys: {', '.join(known)}" if known and not hint else ""
                add("VAL006", f"{pointer}/{_escape(key)}",
                    f"unknown key {key!r} in {where}{hint}{allowed}")
        elif _is_date_schema(schema, root) or err.validator == "format":
            add("VAL007", pointer, f"{where}: {_describe(err.instance)} is not a date; write YYYY-MM-DD")
        elif err.validator == "required":
            missing = [k for k in err.validator_value if not isinstance(err.instance, dict) or k not in err.instance]
            for key in missing:
                add("VAL009", pointer, f"{where}: required key {key!r} is missing")
        elif err.validator in ("enum", "const") and pointer in ("/nation", "/type"):
            if pointer == "/type" and isinstance(data, dict) and data.get("nation") in schemas.NATIONS:
                valid = [t for n, t in schemas.review_types() if n == data["nation"]]
                add("VAL008", pointer, f"type {_describe(err.instance)} is not a {data['nation']} review type; "
                    f"use one of: {', '.join(valid)}")
            else:
                what = "is empty" if err.instance is None else f"{_describe(err.instance)} is not known"
                add("VAL008", pointer, f"{pointer[1:]} {what}; valid NATION TYPE pairs: {schemas.pairs_text()}")
        elif err.validator == "enum":
            values = ", ".join(str(v) for v in err.validator_value if v is not None)
            add("VAL005", pointer, f"{where}: {_describe(err.instance)} is not allowed; use one of: {values}")
        elif err.validator == "type":
            expected = err.validator_value
            expected = [expected] if isinstance(expected, str) else list(expected)
            names = [{"object": "a mapping", "array": "a list", "string": "text", "integer": "a whole number",
                      "boolean": "true or false", "number": "a number"}.get(t, t) for t in expected if t != "null"]
            add("VAL005", pointer, f"{where}: expected {' or '.join(names)}, got {_describe(err.instance)}")
        elif err.validator == "pattern":
            add("VAL005", pointer, f"{where}: {_describe(err.instance)} is not a valid id "
                "(start with a letter; letters, digits, '.', '_' or '-')")
        else:
            add("VAL005", pointer, f"{where}: {err.message}")
    return out


def get_value(data: Any, pointer: str) -> Any:
    """The value at a JSON pointer into plain data (None when absent)."""
    node = data
    for raw in pointer.lstrip("/").split("/") if pointer else []:
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict):
            node = node.get(part)
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return None
    return node


# --------------------------------------------------------------------------- Markdown
def _front_matter(source: SourceText) -> tuple[dict[str, Any], str, list[Finding]]:
    """Split YAML front matter (kept as blank lines so offsets and lines stay true)."""
    text = source.text
    if not text.startswith("---"):
        return {}, text, []
    lines = text.splitlines(keepends=True)
    if lines[0].rstrip() != "---":
        return {}, text, []
    for i in range(1, len(lines)):
        if lines[i].rstrip() in ("---", "..."):
            block = "".join(lines[1:i])
            fm_source = SourceText(source.path, source.rel, "\n" * 1 + block)
            data, _, problems = parse_yaml(fm_source)
            blank = "".join("\n" if ln.endswith(("\n", "\r")) else "" for ln in lines[: i + 1])
            body = blank + "".join(lines[i + 1:])
            if problems and (data is None or not all(p.code == "VAL015" for p in problems)):
                return {}, body, problems
            if data is not None and not isinstance(data, dict):
                return {}, body, [REGISTRY.finding("VAL002", "front matter must be a YAML mapping",
                                                   source.line_location(1))]
            return data or {}, body, problems
    return {}, text, []


def parse_markdown_document(source: SourceText, spec: schemas.DocumentSpec | None, lang: str = "en") -> Document:
    """Parse one Markdown document into sections (matched to ``spec``) and numbered paragraphs.

    Load problems about the document (unknown ``{#id}``, duplicate sections, bad front matter) are in
    ``Document.problems``.
    """
    front, body, problems = _front_matter(source)
    tokens = parser().parse(body)
    starts = source.line_starts
    n_lines = len(starts)

    def offset(line0: int) -> int:
        return starts[line0] if line0 < n_lines else len(source.text)

    doc = Document(key=spec.key if spec else source.path.name.split(".")[0], source=source, lang=lang,
                   front_matter=front)
    doc.problems = problems
    heads: list[tuple[int, Any]] = []  # (token index, heading_open) of level-0 h1/h2
    for i, tok in enumerate(tokens):
        if tok.type == "heading_open" and tok.level == 0:
            if tok.tag == "h1" and doc.title is None:
                from generator.schema import split_heading_id

                doc.title = split_heading_id(tokens[i + 1].content)[0]
            if tok.tag in ("h1", "h2"):
                heads.append((i, tok))
    seen: dict[str, Section] = {}
    sections_by_token: list[int] = []
    for n, (i, tok) in enumerate(heads):
        if not is_section_heading(tok):
            continue
        inline = tokens[i + 1]
        title, explicit = schemas.split_heading_id(inline.content)
        line0 = tok.map[0] if tok.map else 0
        body_line0 = tok.map[1] if tok.map else line0 + 1
        nxt = heads[n + 1][1] if n + 1 < len(heads) else None
        end = offset(nxt.map[0]) if nxt is not None and nxt.map else len(source.text)
        start = offset(line0)
        match = schemas.match_section(spec, inline.content) if spec else None
        sid = match.id if match else (explicit if spec is None else None)
        if spec is not None and explicit is not None and match is None:
            known = ", ".join(s.id for s in spec.sections)
            doc.problems.append(REGISTRY.finding(
                "VAL011", f"section id {{#{explicit}}} is not a section of {spec.filename}; known ids: {known}",
                source.location(start, start + len(source.text[start:].split("\n", 1)[0]))))
        section = Section(id=sid, title=title, level=2, line=line0 + 1, start=start, end=end,
                          body=source.text[min(offset(body_line0), end):end], explicit_id=explicit is not None)
        if sid is not None and sid in seen:
            doc.problems.append(REGISTRY.finding(
                "VAL012", f"section {sid!r} appears twice (first at line {seen[sid].line}); merge the two",
                source.line_location(line0 + 1)))
        elif sid is not None:
            seen[sid] = section
        doc.sections.append(section)
        sections_by_token.append(i)
    for i, number in number_paragraphs(tokens).items():
        s_index = int(number.split(".")[0]) - 1
        tok = tokens[i]
        line0, line1 = tok.map if tok.map else (0, 0)
        if 0 <= s_index < len(doc.sections):
            doc.sections[s_index].paragraphs.append(
                Paragraph(number, source.text[offset(line0):offset(line1)].rstrip("\r\n"), line0 + 1))
    doc.tokens = tokens
    return doc


def section_is_empty(section: Section) -> bool:
    """True when a section's body has nothing but whitespace and HTML comments."""
    return not strip_comments(section.body).strip()


# --------------------------------------------------------------------------- review
def _markdown_files(root: Path) -> list[Path]:
    """The review's Markdown files, symbolic links included (read_source refuses them with VAL014)."""
    return sorted(p for p in root.iterdir() if p.suffix.lower() == ".md" and (p.is_file() or p.is_symlink()))


def load_review(path: Path) -> tuple[Review | None, list[Finding]]:
    """Load a review folder. Review is None only when review.yaml is unusable; problems are findings.

    Raises UserError when ``path`` does not exist or is not a folder (or a review.yaml in one).
    """
    root = Path(path)
    if root.is_file() and root.name == "review.yaml":
        root = root.parent
    if not root.exists():
        raise UserError(f"review folder {str(path)!r} does not exist")
    if not root.is_dir():
        raise UserError(f"{str(path)!r} is not a folder; pass the review folder that holds review.yaml")
    findings: list[Finding] = []
    yaml_path = root / "review.yaml"
    rel = display_path(yaml_path, root)
    if not yaml_path.is_file() and not yaml_path.is_symlink():
        return None, [REGISTRY.finding(
            "VAL001", "no review.yaml in this folder; create one with `casereview new NATION TYPE DIR`",
            Location(rel))]
    source, problems = read_source(yaml_path, rel)
    if source is None:
        return None, problems
    findings.extend(problems)
    raw, pointers, problems = parse_yaml(source)
    findings.extend(problems)
    if raw is None and problems:
        return None, findings
    if not isinstance(raw, dict):
        return None, findings + [REGISTRY.finding(
            "VAL002", "review.yaml must be a mapping of keys (nation:, type:, ...)", Location(rel, 1, 1))]
    findings.extend(schema_findings(raw, source, pointers))
    nation_id, type_id = str(raw.get("nation")), str(raw.get("type"))
    if (nation_id, type_id) not in schemas.review_types():
        if not any(f.code in ("VAL008", "VAL009") for f in findings):
            findings.append(REGISTRY.finding(
                "VAL008", f"{nation_id} {type_id} is not a NATION TYPE pair; use one of: {schemas.pairs_text()}",
                Location(rel, 1, 1)))
        return None, findings
    far: list[str] = []
    data = _dates(raw, schemas.review_schema(), schemas.review_schema(), far)
    review = Review(root=root.resolve(), nation=nation_id, type=type_id, data=data, yaml_source=source,
                    pointers=pointers)
    findings.extend(REGISTRY.finding(
        "VAL007", f"{_where(p)}: {_describe(get_value(raw, p))} is outside the years {YEARS[0]}–{YEARS[1]}; "
        "check the date", review.pointer_location(p)) for p in far)
    for md in _markdown_files(root):
        md_rel = display_path(md, root)
        spec = schemas.document_for_file(nation_id, type_id, md.name)
        if spec is None:
            names = ", ".join(d.filename for d in schemas.documents(nation_id, type_id))
            findings.append(REGISTRY.finding(
                "VAL010", f"{md.name} is not a document of a {nation_id} {type_id} review (expected: {names}); "
                "it is not validated or rendered", Location(md_rel)))
            continue
        text, problems = read_source(md, md_rel)
        findings.extend(problems)
        if text is None:
            continue
        lang = "cy" if md.name.endswith(".cy.md") else "en"
        doc = parse_markdown_document(text, spec, lang)
        findings.extend(doc.problems)
        review.documents.append(doc)
    return review, findings


def files_inspected(review: Review | None, root: Path) -> int:
    """How many files a validation looked at (review.yaml plus its documents)."""
    if review is None:
        return 1 if (Path(root) / "review.yaml").exists() else 0
    return 1 + len(review.documents)


__all__ = [
    "display_path",
    "files_inspected",
    "load_review",
    "parse_markdown_document",
    "parse_yaml",
    "read_source",
    "schema_findings",
    "section_is_empty",
]
