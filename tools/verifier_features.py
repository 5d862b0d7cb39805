"""Features for the person-verifier experiment (``tools/person_verifier_experiment.py``): the evidence about a
found name that is not a cue phrase or a word list verdict — the shape and word classes of its words, the words
around it, whether the same word is written in lower case elsewhere in the document, where it stands in its line.
Word identities appear only for frequent words (never for names), so a model learns contexts, not names.
A research tool: nothing here ships (see tests/data/eval/README.md, "A learned second opinion").
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence

from anonymise.recognizers import allow

DIM = 1 << 15

_WORD = re.compile(r"[^\W\d_][\w'’.-]*|\d+|[^\w\s]")
_SENTENCE_END = re.compile(r"[.!?]\s+$")
_PUNCT_AFTER = re.compile(r"\s*([:(),;\"'’”“!?—–-])")


def _shape(w: str) -> str:
    if w.isupper():
        return "CAPS" if len(w) > 3 else f"CAPS{len(w)}"
    if w[:1].isupper():
        return "Title" if w[1:].islower() or len(w) == 1 else "MiXed"
    if w.islower():
        return "lower"
    return "other"


def _bucket(n: int) -> str:
    return "0" if n == 0 else "1" if n == 1 else "2-3" if n <= 3 else "4+"


def features(text: str, start: int, end: int, *, welsh: bool, doc_lower: frozenset[str],
             doc_counts: dict[str, int]) -> list[str]:
    """The evidence about ``text[start:end]`` being someone's name, as feature strings (hashed by ``_index``).

    Word identities appear only for frequent words (never for names), so the model learns contexts and word
    classes rather than the names of its training text.
    """
    span = text[start:end]
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", span)] or [span]
    low = [w.lower() for w in words]
    out = [f"n={min(len(words), 3)}", f"shape0={_shape(words[0])}", f"shapeL={_shape(words[-1])}", f"cy={welsh}"]
    for tag, w in (("0", low[0]), ("L", low[-1])):
        given = w in allow.given_names() or allow.fold(w) in allow.given_names()
        sur = w in allow.surnames()
        common = allow.is_common(w)
        out += [f"given{tag}={given}", f"sur{tag}={sur}", f"common{tag}={common}",
                f"place{tag}={w in allow.places()}", f"wordname{tag}={w in allow.word_names()}",
                f"stop{tag}={w in allow.stop_words()}", f"cyword{tag}={w in allow.welsh_words()}",
                f"g+c{tag}={given}{common}{sur}"]
        if common and not given and not sur:
            out.append(f"cw{tag}={w}")  # a frequent word, never a name of the training text
        out.append(f"suf{tag}={w[-3:]}" if len(w) > 4 else f"len{tag}={len(w)}")
        out.append(f"lowerdoc{tag}={w in doc_lower}")
        out.append(f"count{tag}={_bucket(doc_counts.get(w, 0) - 1)}")
    # the words before and after, within the line
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = _WORD.findall(text[max(line_start, start - 40):start])[-2:]
    after = _WORD.findall(text[end:min(line_end, end + 40)])[:2]
    b1 = before[-1].lower() if before else "<bol>"
    b2 = before[-2].lower() if len(before) > 1 else "<bol>"
    a1 = after[0].lower() if after else "<eol>"
    a2 = after[1].lower() if len(after) > 1 else "<eol>"
    for tag, w in (("b1", b1), ("b2", b2), ("a1", a1), ("a2", a2)):
        out.append(f"{tag}={w if (len(w) < 2 or w.startswith('<') or allow.is_common(w) or w in allow.stop_words() or w in allow.welsh_words()) else _shape(w)}")
    out += [f"b2b1={b2}|{b1}" if allow.is_common(b1) or len(b1) < 2 else "b2b1=name",
            f"a1a2={a1}|{a2}" if allow.is_common(a1) or len(a1) < 2 else "a1a2=name",
            f"b1a1={b1}|{a1}"]
    head = text[line_start:start].strip()
    out.append(f"linepos={'first' if not head else 'after-label' if head.endswith(':') else 'in'}")
    line = text[line_start:line_end]
    letters = [c for c in line if c.isalpha()]
    out.append(f"capsline={bool(letters) and sum(c.isupper() for c in letters) > 0.8 * len(letters)}")
    opens = not head or bool(_SENTENCE_END.search(text[max(0, start - 3):start]))
    out.append(f"sentstart={opens}")
    m = _PUNCT_AFTER.match(text, end)
    out.append(f"punctA={m.group(1) if m else 'none'}")
    out.append(f"quoted={text[start - 1:start] in ('“', chr(39), chr(34), '‘')}")
    out.append(f"poss={text[end:end + 2] in (chr(39) + 's', '’s')}")
    return out


def _index(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) % DIM


def indices(feats: Sequence[str]) -> list[int]:
    """Hashed column indices of feature strings (a feature met twice counts once)."""
    return sorted({_index(f) for f in feats})


def document_words(text: str) -> tuple[frozenset[str], dict[str, int]]:
    """Words the document writes in lower case, and how often each word occurs (lower-cased)."""
    counts: dict[str, int] = {}
    lower = set()
    for m in re.finditer(r"[^\W\d_][\w'’-]*", text):
        w = m.group(0)
        lw = w.lower()
        counts[lw] = counts.get(lw, 0) + 1
        if w.islower() and m.start() > 0 and text[m.start() - 1] not in "@#_.":
            lower.add(lw)
    return frozenset(lower), counts
