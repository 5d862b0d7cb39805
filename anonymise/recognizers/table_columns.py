"""Names and user names in the columns of a table that its header says hold them.

An export pasted into a review keeps its columns with pipes or tabs ("Username<TAB>Platform<TAB>First seen",
"Account | Platform | Display name | Notes"; in Welsh "Cyfrif | Platfform | Enw arddangos"). A column headed
*Username*, *Handle*, *Account*, *Display name*, *Name*, *Alias* or *Believed to be* holds a person in every row,
whatever the shape of the cell: ``TheRealTKO`` and ``xo.leah.xo`` have no digit or underscore to give them away,
``dave`` and ``Big D`` are no dictionary names. Each cell's value (up to a comma or a bracket: "Kerry-Ann (surname
n/k)", "Dwayne Pryce, 24") is a PERSON, and so is every other use of it in the text. Cells that say nothing
("n/a", "n/k", "unknown", "-"), pseudonyms ("Child G") and common words ("older male") are not. A column headed
*Worker*, *Practitioner* or *Recorded by* (a contact register's) holds the given names of the workers in each row
("Crystal", "Crystal and Amber"), not their posts ("Duty SW").
"""

from __future__ import annotations

import re

from anonymise.recognizers import allow
from anonymise.recognizers.base import detection, occurrences
from anonymise.types import Detection

# a column that names a person (the whole header cell, lower-cased, any "/" alternatives)
_IDENTITY = re.compile(
    r"(?:(?:full\s+|display\s+|user\s?|screen\s+|contact\s+|account\s+|profile\s+|known\s+|saved\s+)?names?|"
    r"user\s?names?|usernames?|handles?|accounts?|profiles?|aliases|alias|nicknames?|gamer\s?tags?|"
    r"believed\s+to\s+be|saved\s+as|known\s+as|real\s+name|"
    r"enw(?:\s+(?:arddangos|defnyddiwr|llawn))?|enwau|cyfrif(?:on)?|ffugenw|llysenw)")
# a column that names the worker who made each entry (a contact register's "worker", "recorded by"): a person in
# each row whose cell opens with a given name ("Crystal", "Crystal and Amber"), never a post ("Duty SW")
_WORKER = re.compile(
    r"(?:(?:key|social|support|case|family\s+support|youth|duty)\s+)?workers?|practitioners?|staff(?:\s+member)?|"
    r"authors?|(?:recorded|completed|entered|seen|visited|written|signed|made)\s+by|caseworkers?|clinicians?|"
    r"gweithiwr|ymarferydd|cofnodwyd\s+gan")
_EMPTY = re.compile(r"(?i)^(?:n/?a|n/?k|nk|unknown|not\s+known|none|nil|tbc|\?+|-+|–|—|removed.*|redacted.*|"
                    r"anhysbys|dim)$")
_CUT = re.compile(r"\s*(?:[,(;]|\s[-–—]\s).*$")
_SEP = re.compile(r"\t|\s*\|\s*")


def _cells(line: str) -> list[tuple[int, int]] | None:
    """The (start, end) of each cell of a table row, or None when the line is no row."""
    if "\t" in line:
        parts = line.split("\t")
    elif line.count("|") >= 2:
        parts = line.split("|")
    else:
        return None
    out = []
    pos = 0
    for p in parts:
        s = pos + (len(p) - len(p.lstrip()))
        e = pos + len(p.rstrip())
        out.append((s, max(s, e)))
        pos += len(p) + 1
    if line.lstrip().startswith("|"):
        out = out[1:]
    if line.rstrip().endswith("|"):
        out = out[:-1]
    return out if len(out) >= 2 else None


def _alternatives(cell: str) -> list[str]:
    return [a.strip().strip(".:").lower() for a in re.split(r"\s*/\s*|\s+or\s+|\s+and\s+", cell) if a.strip()]


def _identity_header(cell: str) -> bool:
    alternatives = _alternatives(cell)
    return bool(alternatives) and any(_IDENTITY.fullmatch(a) for a in alternatives)


def _worker_header(cell: str) -> bool:
    return any(_WORKER.fullmatch(a) for a in _alternatives(cell))


def _workers(cell: str) -> list[str]:
    """The given names a worker cell holds ("Crystal", "Crystal and Amber", "Jo / Sam"), none for a post."""
    given = allow.given_names()
    parts = [p.strip() for p in re.split(r"\s+(?:and|&|a)\s+|\s*[/,]\s*", _CUT.sub("", cell)) if p.strip()]
    return [p for p in parts if re.fullmatch(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?", p) and p.split()[0].lower() in given]


def _value(cell: str) -> str | None:
    """The name a cell gives, or None."""
    v = _CUT.sub("", cell).strip().strip("'‘’\"“”")
    if not v or _EMPTY.match(v) or not re.search(r"[^\W\d_]", v) or len(v.split()) > 4 or len(v) > 40:
        return None
    if allow.PSEUDONYM.fullmatch(v) or re.fullmatch(r"(?:Y\.?P\.?|CYP)(?:\s+\w{1,2})?", v):
        return None
    words = re.findall(r"[^\W\d_][\w'’.-]*", v)
    given = allow.given_names()
    if words and all(allow.is_common(w.strip(".")) and not any(p.lower() in given for p in w.strip(".").split("-"))
                     for w in words) and not re.search(r"[\d_@]|\.\w", v):
        return None  # "older male", "Mother", "school friend"
    return v


class TableColumnRecognizer:
    """Finds the people a table's identity columns list, and their other uses in the text."""

    name = "table_columns"
    entity_type = "PERSON"

    def analyze(self, text: str) -> list[Detection]:
        if "|" not in text and "\t" not in text:
            return []
        values: dict[str, float] = {}
        spans: list[tuple[int, int]] = []
        pos = 0
        columns: list[int] = []
        workers: list[int] = []
        width = 0
        for line in text.split("\n"):
            cells = _cells(line)
            if cells is None:
                if line.strip():  # (a blank line may part a header from its rows)
                    columns, workers, width = [], [], 0
            elif not columns and not workers:
                columns = [i for i, (s, e) in enumerate(cells) if _identity_header(line[s:e])]
                workers = [i for i, (s, e) in enumerate(cells) if _worker_header(line[s:e])]
                width = len(cells)
                if len(columns) == len(cells):
                    columns = []  # every column a "name": no header, or a list of names
            elif re.fullmatch(r"[\s|:\t-]+", line):
                pass  # a Markdown rule under the header
            elif abs(len(cells) - width) <= 1:
                for i in columns:
                    if i < len(cells):
                        s, e = cells[i]
                        v = _value(line[s:e])
                        if v is not None:
                            start = pos + s + line[s:e].index(v)
                            spans.append((start, start + len(v)))
                            values[v] = 0.8
                for i in workers:
                    if i < len(cells) and i not in columns:
                        s, e = cells[i]
                        for v in _workers(line[s:e]):
                            start = pos + s + line[s:e].index(v)
                            spans.append((start, start + len(v)))
                            values[v] = 0.8
            pos += len(line) + 1
        for v in values:
            if len(v) >= 3 and not allow.is_common(v):
                spans += occurrences(text, v, before="@.", after="@")
        return [detection(text, s, e, self.entity_type, 0.8, self.name) for s, e in sorted(set(spans))]


def recognizer() -> TableColumnRecognizer:
    """The table-column recognizer."""
    return TableColumnRecognizer()
