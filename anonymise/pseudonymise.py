"""Replace key-file identifiers with their pseudonyms, keeping the grammar right (pure text -> text).

Rules (also in docs/key-file.md):

* The whole matched form is replaced, title and initials included: "Mrs Okafor" -> "Mother",
  "Dr J. Okafor" -> "Child A", "J.O." -> "Child A". Titles are never kept: a pseudonym is a role.
* A possessive stays a possessive: "Jayden's" -> "Child A's"; "James'" -> "Child A's".
* A replacement that starts a sentence (start of the text, after ``.``/``!``/``?``, after a blank
  line, a heading or list marker) starts with a capital: "The family home ...". A form written in
  capitals ("JAYDEN OKAFOR") becomes the pseudonym in capitals.
* A pseudonym starting with "the" drops it after a determiner already in the text
  ("the St Bride's Primary School" -> "the primary school", not "the the primary school").
* Inside a file name or link target ("assets/jayden-photo.png") the pseudonym is written as a
  slug ("assets/child-a-photo.png"), matching the renamed file.
* Dates of birth: "was born on 3 March 2019" always becomes "was born". With ``dob="age"`` and a
  reference date, "Child A, born on 3 March 2019," and "DOB: 03/03/2019" become "aged 4 years at
  the time of the incident"; with ``dob="remove"`` (or no reference date) "born 3 March 2019"
  becomes "born" and a labelled date becomes "[removed]".
  A date of birth anywhere else becomes "[date of birth removed]".
* A surname in the plural ("the Okafors") names the whole family: it is a problem, not replaced.
* A form shared by several entries ("Okafor" when mother and child share the surname) is not
  replaced: it is returned as a problem for a person to resolve (write "Mrs Okafor", a full name,
  or add ``titles:`` to the key).
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field

from anonymise.keyfile import KeyFile
from anonymise.keymatch import KeyMatch, matcher_for

DOB_MODES = ("age", "remove")
DEFAULT_AGE_LABEL = "at the time of the incident"
_DETERMINERS = r"the|a|an|this|that|his|her|their|its|our|my|your"
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "prof", "rev", "revd", "e.g", "i.e", "etc", "no", "vs", "cf", "fr"}
_INITIAL_FORMS = {"initials"}


@dataclass(frozen=True)
class Change:
    """One replacement: offsets in the input (``start``/``end``) and in the output text; no real identifier."""

    pseudonym: str
    start: int
    end: int
    new_start: int
    new_end: int
    key_kind: str
    form: str
    near_match: bool = False


@dataclass(frozen=True)
class Problem:
    """A key identifier left in place because it could not be replaced safely (``reason`` is printable)."""

    start: int
    end: int
    key_kind: str
    reason: str
    candidates: tuple[str, ...] = ()


@dataclass(frozen=True)
class PseudonymisedText:
    """The new text, what was replaced, and what could not be."""

    text: str
    changes: list[Change] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


@dataclass(frozen=True)
class _Edit:
    start: int
    end: int
    replacement: str
    match: KeyMatch
    pseudonym: str


# --------------------------------------------------------------------------- public
def pseudonymise_text(
    text: str,
    key: KeyFile,
    *,
    dob: str = "age",
    as_of: _dt.date | None = None,
    age_label: str = DEFAULT_AGE_LABEL,
    lang: str = "en",
) -> PseudonymisedText:
    """Replace every key identifier in ``text``; see the module docstring for the grammar rules.

    ``dob`` is ``"age"`` (needs ``as_of``, e.g. the incident date) or ``"remove"``; ``lang="cy"``
    uses the key's Welsh pseudonyms (``pseudonym_cy``) where it gives them.
    """
    edits, problems = plan(text, key, dob=dob, as_of=as_of, age_label=age_label, lang=lang)
    return apply(text, edits, problems)


def pseudonymise_name(name: str, key: KeyFile) -> PseudonymisedText:
    """Pseudonymise a file or folder name: every identifier becomes the pseudonym's slug."""
    edits, problems = plan(name, key, dob="remove")
    slugged = [_Edit(e.start, e.end, slug(e.pseudonym), e.match, e.pseudonym) for e in edits]
    return apply(name, slugged, problems)


def pseudonymise_yaml(
    text: str,
    key: KeyFile,
    *,
    dob: str = "age",
    as_of: _dt.date | None = None,
    age_label: str = DEFAULT_AGE_LABEL,
    lang: str = "en",
) -> PseudonymisedText:
    """Like :func:`pseudonymise_text` for YAML source: comments and layout kept, quoting respected.

    Identifiers in comments and string scalars are replaced in place (escaped for the scalar's
    quoting style); an identifier that is a non-string value (a date of birth written as a YAML
    date) is a problem, not a replacement. The result is checked to still parse.
    """
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError
    from ruamel.yaml.events import ScalarEvent

    try:
        events = list(YAML(typ="rt").parse(text))
    except YAMLError:
        return pseudonymise_text(text, key, dob=dob, as_of=as_of, age_label=age_label, lang=lang)
    scalars = [
        (e.start_mark.index, e.end_mark.index, e.style, e.value) for e in events if isinstance(e, ScalarEvent)
    ]
    starts: set[int] = set()
    for s, _e, style, v in scalars:
        if str(v).rstrip().endswith((".", "!", "?")):
            starts.update(_content_starts(text, s, style))
    edits, problems = plan(text, key, dob=dob, as_of=as_of, age_label=age_label, sentence_starts=starts,
                           lang=lang)
    safe: list[_Edit] = []
    to_quote: dict[int, list[_Edit]] = {}  # plain values that must become single-quoted
    for ed in edits:
        scalar = next(((s, e, st, v) for s, e, st, v in scalars if s <= ed.start < e), None)
        if scalar is None:  # a comment (or between tokens): plain text
            safe.append(ed)
            continue
        s, e, style, value = scalar
        if ed.end > e:
            problems.append(_problem(ed.match, "the identifier runs across two YAML values", key))
            continue
        if style is None and ed.match.kind == "dates_of_birth" and _NON_STRING.fullmatch(str(value).strip()):
            problems.append(_problem(ed.match, "a date of birth is a YAML date value; change or remove it by hand", key))
            continue
        repl = ed.replacement
        if style == "'":
            repl = repl.replace("'", "''")
        elif style == '"':
            repl = repl.replace("\\", "\\\\").replace('"', '\\"')
        elif style is None and (": " in repl or " #" in repl or (ed.start == s and repl[:1] in "-?:,[]{}#&*!|>'\"%@`")):
            if "\n" in text[s:e]:
                problems.append(_problem(ed.match, "the pseudonym cannot be written in this unquoted YAML value; quote it", key))
                continue
            to_quote.setdefault(s, [])
        safe.append(_Edit(ed.start, ed.end, repl, ed.match, ed.pseudonym))
    for s in to_quote:
        e = next(end for start, end, _st, _v in scalars if start == s)
        inside = [ed for ed in safe if s <= ed.start < e]
        safe = [ed for ed in safe if not s <= ed.start < e]
        safe.append(_Edit(s, s, "'", inside[0].match, ""))
        safe.append(_Edit(e, e, "'", inside[0].match, ""))
        for ed in inside:
            safe.append(_Edit(ed.start, ed.end, ed.replacement.replace("'", "''"), ed.match, ed.pseudonym))
        for i in range(s, e):
            if text[i] == "'" and not any(ed.start <= i < ed.end for ed in inside):
                safe.append(_Edit(i, i + 1, "''", inside[0].match, ""))
    result = apply(text, safe, problems)
    try:
        list(YAML(typ="rt").parse(result.text))
    except YAMLError:
        whole = [Problem(0, 0, "file", "replacing identifiers would break the YAML; file left unchanged")]
        return PseudonymisedText(text, [], problems + whole)
    return result


def _content_starts(text: str, start: int, style: str | None) -> set[int]:
    """Where a scalar's first word is: after a quote, or on the line after a block indicator."""
    if style in ("|", ">"):
        nl = text.find("\n", start)
        if nl < 0:
            return {start}
        j = nl + 1
        while j < len(text) and text[j] in " \t":
            j += 1
        return {j}
    if style in ("'", '"'):
        return {start + 1}
    return {start}


_NON_STRING = re.compile(r"\d{4}-\d{1,2}-\d{1,2}(?:[Tt ].*)?|[-+]?\d[\d_]*(?:\.\d*)?")


# --------------------------------------------------------------------------- planning
def plan(
    text: str,
    key: KeyFile,
    *,
    dob: str = "age",
    as_of: _dt.date | None = None,
    age_label: str = DEFAULT_AGE_LABEL,
    sentence_starts: set[int] | None = None,
    lang: str = "en",
) -> tuple[list[_Edit], list[Problem]]:
    """The edits that pseudonymise ``text`` and the matches that cannot be replaced safely."""
    if dob not in DOB_MODES:
        raise ValueError(f"dob must be one of {', '.join(DOB_MODES)}")
    edits: list[_Edit] = []
    problems: list[Problem] = []
    for m in matcher_for(key).matches(text):
        if m.form == "family-plural":
            problems.append(_problem(m, "a surname in the plural names the family; rewrite it (e.g. 'the family')", key))
            continue
        if m.ambiguous and m.kind != "dates_of_birth":  # twins share a date: the replacement is the same
            problems.append(_problem(m, "this form is shared by several key entries", key))
            continue
        entry = key.entries[m.entries[0]]
        pseudonym = entry.pseudonym_for(lang)
        if m.kind == "dates_of_birth":
            edits.append(_dob_edit(text, m, pseudonym, entry.dates_of_birth, dob, as_of, age_label))
        else:
            edits.append(_name_edit(text, m, pseudonym, sentence_starts or set()))
    return edits, problems


def apply(text: str, edits: list[_Edit], problems: list[Problem]) -> PseudonymisedText:
    """Apply non-overlapping edits left to right and record the changes with their new offsets."""
    out: list[str] = []
    changes: list[Change] = []
    pos = 0
    length = 0
    for ed in sorted(edits, key=lambda e: (e.start, e.end)):
        if ed.start < pos:  # overlapping edit (cannot happen with the matcher's output)
            continue
        out.append(text[pos:ed.start])
        length += ed.start - pos
        out.append(ed.replacement)
        if not ed.pseudonym:  # quoting or escaping, not a replacement
            length += len(ed.replacement)
            pos = ed.end
            continue
        changes.append(
            Change(ed.pseudonym, ed.start, ed.end, length, length + len(ed.replacement), ed.match.kind,
                   ed.match.form, ed.match.fuzzy)
        )
        length += len(ed.replacement)
        pos = ed.end
    out.append(text[pos:])
    return PseudonymisedText("".join(out), changes, sorted(problems, key=lambda p: p.start))


def _problem(m: KeyMatch, reason: str, key: KeyFile) -> Problem:
    cands = tuple(dict.fromkeys(key.entries[i].pseudonym for i in m.entries))
    return Problem(m.start, m.end, m.kind, reason, cands)


def slug(pseudonym: str) -> str:
    """The pseudonym as it goes into a file name or link target: ``"Child A"`` -> ``"child-a"``."""
    return re.sub(r"[^\w]+", "-", pseudonym.lower()).strip("-") or "x"


_TOKEN_STOP = " \t\r\n()<>[]\"'`"
_PATHLIKE = re.compile(r"/|\\|\.[A-Za-z0-9]{2,4}$")


def _in_path(text: str, start: int, end: int) -> bool:
    """True when the match sits inside a file name or link target ("assets/jayden-photo.png")."""
    a = start
    while a > 0 and text[a - 1] not in _TOKEN_STOP:
        a -= 1
    b = end
    while b < len(text) and text[b] not in _TOKEN_STOP:
        b += 1
    token = text[a:b]
    return " " not in text[start:end] and bool(_PATHLIKE.search(token)) and not token.endswith(".")


def _name_edit(text: str, m: KeyMatch, pseudonym: str, sentence_starts: set[int]) -> _Edit:
    start, end = m.start, m.end
    repl = pseudonym
    original = text[start:end]
    if _in_path(text, start, end):
        return _Edit(start, end, slug(pseudonym), m, pseudonym)
    # possessive of a name ending in s: "James'" -> "Child A's"
    if (
        original[-1:] in ("s", "S")
        and text[end:end + 1] in ("'", "\u2019")
        and not text[end + 1:end + 2].isalnum()
        and text[end + 1:end + 2] not in ("'", "\u2019")  # a YAML doubled quote, not a possessive
        and m.kind == "people"
    ):
        apostrophe = text[end]
        end += 1
        repl = pseudonym + apostrophe + ("" if pseudonym.endswith("s") else "s")
    if re.match(r"(?i)the\s", repl) and re.search(rf"(?i)\b(?:{_DETERMINERS})\s+$", text[max(0, start - 12):start]):
        repl = repl.split(None, 1)[1] if len(repl.split(None, 1)) > 1 else repl
    if original.endswith(".") and _sentence_follows(text, end):
        repl += "."  # "seen by J.O. The next day" keeps its full stop
    letters = [c for c in original if c.isalpha()]
    if len(letters) >= 4 and all(c.isupper() for c in letters) and m.form not in _INITIAL_FORMS:
        repl = repl.upper()
    elif start in sentence_starts or is_sentence_start(text, start):
        repl = repl[:1].upper() + repl[1:]
    return _Edit(start, end, repl, m, pseudonym)


def _sentence_follows(text: str, end: int) -> bool:
    rest = text[end:end + 40]
    stripped = rest.lstrip(" \t")
    return not stripped or stripped[0] in "\r\n" or (stripped != rest and stripped[0].isupper())


_LINE_MARKER = re.compile(r"^\s*(?:#{1,6}|[-*+]|\d+[.)]|>+|\|)?\s*$")
_OPENERS = " \t\"'“‘([*_"


def is_sentence_start(text: str, start: int) -> bool:
    """True when ``text[start]`` begins a sentence (see the module docstring)."""
    j = start
    while j > 0 and text[j - 1] in _OPENERS:
        j -= 1
    if j == 0:
        return True
    line_start = text.rfind("\n", 0, j) + 1
    before_on_line = text[line_start:j]
    if line_start == j or _LINE_MARKER.match(before_on_line):
        if before_on_line.strip():  # heading, list item, quote, table cell
            return True
        if line_start == 0:
            return True
        prev_end = line_start - 1
        prev_start = text.rfind("\n", 0, prev_end) + 1
        prev_line = text[prev_start:prev_end].strip()
        if not prev_line:
            return True
        return _ends_sentence(prev_line)
    return _ends_sentence(text[line_start:j].rstrip())


def _ends_sentence(s: str) -> bool:
    s = s.rstrip("\"'”’)]*_ ")
    if not s or s[-1] not in ".!?":
        return False
    if s[-1] == ".":
        word = re.search(r"([\w.]+)\.$", s)
        if word and (word.group(1).lower() in _ABBREVIATIONS or len(word.group(1)) == 1):
            return False
    return True


# --------------------------------------------------------------------------- dates of birth
_BORN_BEFORE = re.compile(r"(?i)\bborn\s+(?:on\s+)?(?:the\s+)?$")
_LABEL_BEFORE = re.compile(r"(?i)\b(?:date\s+of\s+birth|d\.?\s?o\.?\s?b\.?)\s*(?:[:\-–]|\bwas\b|\bis\b)?\s*$")


def _dob_edit(
    text: str, m: KeyMatch, pseudonym: str, dobs: tuple[_dt.date, ...], mode: str,
    as_of: _dt.date | None, label: str,
) -> _Edit:
    before = text[max(0, m.start - 40):m.start]
    age = _age(dobs[0], as_of) if mode == "age" and as_of is not None and dobs else None
    born = _BORN_BEFORE.search(before)
    if born:
        b_start = m.start - (len(before) - born.start())
        capital = text[b_start:b_start + 1].isupper()
        # "was born on <date>" tells of the birth: keep "born"; "Child A, born <date>," gives an age
        verb = re.search(r"(?i)\b(?:was|is|were|been|being)\s+$", text[max(0, b_start - 8):b_start])
        repl = f"aged {age} {label}".rstrip() if age and not verb else "born"
        return _Edit(b_start, m.end, repl[0].upper() + repl[1:] if capital else repl, m, pseudonym)
    lab = _LABEL_BEFORE.search(before)
    if lab:
        if age:
            l_start = m.start - (len(before) - lab.start())
            repl = f"aged {age} {label}".rstrip()
            if is_sentence_start(text, l_start):
                repl = repl[0].upper() + repl[1:]
            return _Edit(l_start, m.end, repl, m, pseudonym)
        return _Edit(m.start, m.end, "[removed]", m, pseudonym)
    return _Edit(m.start, m.end, "[date of birth removed]", m, pseudonym)


def _age(born: _dt.date, as_of: _dt.date) -> str | None:
    """"4 years", "7 months", "3 weeks" (None when ``as_of`` is before the birth)."""
    days = (as_of - born).days
    if days < 0:
        return None
    months = (as_of.year - born.year) * 12 + as_of.month - born.month - (1 if as_of.day < born.day else 0)
    if months < 1:
        n, unit = days // 7, "week"
        if n < 1:
            n, unit = days, "day"
    elif months < 24:
        n, unit = months, "month"
    else:
        n, unit = months // 12, "year"
    return f"{n} {unit}{'' if n == 1 else 's'}"
