"""Shared building blocks of the recognizers: the Presidio-shaped pattern recognizer and context look-up."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from anonymise.types import Detection


def detection(text: str, start: int, end: int, entity_type: str, score: float, recognizer: str) -> Detection:
    """Build a Detection for ``text[start:end]``."""
    return Detection(start=start, end=end, entity_type=entity_type, score=score, text=text[start:end],
                     recognizer=recognizer)


def context_before(text: str, start: int, window: int = 60) -> str:
    """The lower-cased text in the ``window`` characters before ``start`` (same paragraph only)."""
    chunk = text[max(0, start - window):start]
    cut = chunk.rfind("\n\n")
    if cut >= 0:
        chunk = chunk[cut + 2:]
    return chunk.lower()


def context_after(text: str, end: int, window: int = 40) -> str:
    """The lower-cased text in the ``window`` characters after ``end`` (same line only)."""
    chunk = text[end:end + window]
    cut = chunk.find("\n")
    if cut >= 0:
        chunk = chunk[:cut]
    return chunk.lower()


# Gates: a word or phrase that every match of a pattern holds literally, so a text without it cannot match and the
# pattern (whose leading look-behind or case-insensitive words make the regex engine try it at each character) is
# not run on it. ``tests/anonymise/test_scan_shortcuts.py`` checks that gated and ungated scans find the same on every
# evaluation text; it switches them off with this flag.
GATES = True


def gate_open(gate: re.Pattern[str], text: str) -> bool:
    """True when ``text`` may hold a match of the pattern ``gate`` guards (or gates are switched off)."""
    return not GATES or gate.search(text) is not None


def _wordish(c: str) -> bool:
    return c.isalnum() or c == "_"  # what ``\\w`` matches in a str pattern


def occurrences(text: str, word: str, *, before: str = "-", after: str = "-") -> list[tuple[int, int]]:
    """Spans of ``word`` in ``text`` (left to right, not overlapping) with no word character, nor one of ``before``,
    just before it and none, nor one of ``after``, just after it: what ``re.finditer(r"(?<![\\w-])" + re.escape(word)
    + r"(?![\\w-])", text)`` finds, without compiling a pattern for each word a text gives."""
    out: list[tuple[int, int]] = []
    n = len(word)
    if not n:
        return out
    pos = text.find(word)
    while pos >= 0:
        end = pos + n
        if (pos == 0 or not (_wordish(c := text[pos - 1]) or c in before)) and \
                (end == len(text) or not (_wordish(c := text[end]) or c in after)):
            out.append((pos, end))
            pos = text.find(word, end)
        else:
            pos = text.find(word, pos + 1)
    return out


def words_regex(words: Iterable[str]) -> re.Pattern[str]:
    """A compiled, case-insensitive regex matching any of ``words`` as whole words."""
    words = set(words)
    alts = sorted({re.escape(w) for w in words}, key=len, reverse=True)
    return re.compile(lead_class(words) + r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)", re.IGNORECASE)


def lead_class(words: Iterable[str]) -> str:
    """A look-ahead for the first characters of ``words``, to put before a pattern that matches one of them: the
    regex engine then tries the pattern only where a word can start (a leading look-behind or word boundary, or
    case-insensitive words, otherwise make it try every character)."""
    return "(?=[" + "".join(sorted({re.escape(w[0]) for w in words if w})) + "])"


@dataclass
class PatternRecognizer:
    """Presidio's PatternRecognizer shape: regexes, context words that raise the score, a validator.

    ``validate`` gets the match and returns False to reject it (checksum, ranges); ``group`` is the
    regex group whose span is reported. A match with context in the ``window`` characters before it
    scores ``score_with_context``; without context it is kept only when ``needs_context`` is False.
    """

    name: str
    entity_type: str
    patterns: list[re.Pattern[str]]
    score: float = 0.6
    context: re.Pattern[str] | None = None
    score_with_context: float = 0.9
    needs_context: bool = False
    window: int = 60
    group: int = 0
    validate: Callable[[re.Match[str]], bool] | None = None
    prefilter: Callable[[str], bool] | None = field(default=None)

    def analyze(self, text: str) -> list[Detection]:
        """Find every validated match in ``text``."""
        if self.prefilter is not None and not self.prefilter(text):
            return []
        out: list[Detection] = []
        for pat in self.patterns:
            for m in pat.finditer(text):
                if self.validate is not None and not self.validate(m):
                    continue
                s, e = m.span(self.group)
                score = self.score
                if self.context is not None:
                    if self.context.search(context_before(text, s, self.window)):
                        score = self.score_with_context
                    elif self.needs_context:
                        continue
                out.append(detection(text, s, e, self.entity_type, score, self.name))
        return out
