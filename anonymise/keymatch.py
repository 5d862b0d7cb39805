"""Find every key-file identifier and its variants in a text (Aho-Corasick, regexes, one-typo fuzzy)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick
from rapidfuzz import process
from rapidfuzz.distance import OSA

from anonymise.keyfile import KeyEntry, KeyFile
from anonymise.types import Detection
from anonymise.variants import (
    COMMON_WORDS,
    SETTING_PREFIXES,
    SETTING_SUFFIXES,
    TRIGGERS,
    Variant,
    find_dates,
    fold,
    fuzzy_eligible,
    generate,
    identifier_regex,
    normalise,
)

_WORD = re.compile(r"[^\W\d_]+")
_MONTH_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december"}


@dataclass(frozen=True)
class KeyMatch:
    """A match of the key in a text: ``entries`` are indexes into ``key.entries`` (more than one = ambiguous)."""

    start: int
    end: int
    entries: tuple[int, ...]
    form: str
    kind: str  # people | places | settings | identifiers | dates_of_birth
    fuzzy: bool = False

    @property
    def ambiguous(self) -> bool:
        return len(self.entries) != 1


@dataclass(frozen=True)
class _Pattern:
    case: str
    entries: tuple[int, ...]
    form: str
    rank: int
    mutation: str = ""


class KeyMatcher:
    """Matches one key file. Build once per key (see :func:`matcher_for`); ``find`` is pure."""

    def __init__(self, key: KeyFile) -> None:
        self.key = key
        self._canon = same_entries(key)
        self._patterns = _resolve(generate(key), self._canon)
        self._automaton = ahocorasick.Automaton()
        for norm in self._patterns:
            self._automaton.add_word(norm, norm)
        if self._patterns:
            self._automaton.make_automaton()
        guards = [fold(p) for p in key.public_names() + key.pseudonyms()]
        self._guard = ahocorasick.Automaton()
        for g in guards:
            if g:
                self._guard.add_word(g, g)
        if len(self._guard):
            self._guard.make_automaton()
        self._guard_words = {w for g in guards for w in g.split()}
        # single words of 5+ letters that may also match with one typo or transposition
        fuzzy: dict[str, set[int]] = {}
        for norm, p in self._patterns.items():
            if " " not in norm and p.form in {"first-name", "surname", "middle-name", "name", "alias"} \
                    and not p.mutation and fuzzy_eligible(norm):
                fuzzy.setdefault(norm, set()).update(p.entries)
        self._fuzzy_names = sorted(fuzzy)
        self._fuzzy_entries = {k: tuple(sorted(v)) for k, v in fuzzy.items()}
        self._identifiers = [
            (i, identifier_regex(n)) for i, e in enumerate(key.entries) if e.kind == "identifiers" for n in e.names
        ]
        self._dobs = [(self._canon[i], d) for i, e in enumerate(key.entries) for d in e.dates_of_birth]

    # ------------------------------------------------------------------ public
    def find(self, text: str) -> list[Detection]:
        """Every key identifier in ``text`` as ``KEY_MATCH`` detections (offsets into ``text``)."""
        out = []
        for m in self.matches(text):
            pseudonym = " or ".join(dict.fromkeys(self.key.entries[i].pseudonym for i in m.entries))
            out.append(
                Detection(
                    m.start, m.end, "KEY_MATCH", 0.9 if m.fuzzy else 1.0, text[m.start:m.end],
                    recognizer="key-file-typo" if m.fuzzy else "key-file",
                    key_kind=m.kind, pseudonym=pseudonym,
                )
            )
        return out

    def matches(self, text: str, guarded: bool = True) -> list[KeyMatch]:
        """Like :meth:`find` but keeps the matched entries, the form and whether it is a near-match.

        ``guarded=False`` also reports forms inside public names and pseudonyms (used to check a
        declared pseudonym against the key).
        """
        norm, src = normalise(text)
        guards = self._guard_spans(norm, src) if guarded else []
        found: list[tuple[int, int, int, KeyMatch]] = []  # (start, -length, -rank, match)

        guarded = bytearray(len(text) + 1)
        for g0, g1 in guards:
            guarded[g0:g1] = b"\x01" * (g1 - g0)

        def add(m: KeyMatch, rank: int) -> None:
            if all(guarded[m.start:m.end]):  # inside a public name or a pseudonym
                return
            found.append((m.start, -(m.end - m.start), -rank, m))

        if self._patterns:
            for end_i, norm_pat in self._automaton.iter(norm):
                start_i = end_i - len(norm_pat) + 1
                if not _bounded(norm, start_i, end_i + 1):
                    continue
                p = self._patterns[norm_pat]
                o_start, o_end = src[start_i], src[end_i] + 1
                if not _case_ok(text[o_start:o_end], p.case):
                    continue
                if p.mutation and not _triggered(norm, start_i, text, src, p.mutation):
                    continue  # "Wenllian" is Gwenllian only after "i", "o", "gan"... in a Welsh text
                if p.form in ("first-name", "name", "alias", "nickname") and norm_pat in _MONTH_NAMES \
                        and _next_to_digits(text, o_start, o_end):
                    continue  # "May 2023" is a month, not May Okafor
                kind = self.key.entries[p.entries[0]].kind
                if kind == "settings":
                    start_i, end_i = _extend_setting(norm, start_i, end_i + 1, text, src)
                    end_i -= 1
                    o_start, o_end = src[start_i], src[end_i] + 1
                add(KeyMatch(o_start, o_end, p.entries, p.form, kind), p.rank)
        for i, rx in self._identifiers:
            for m in rx.finditer(text):
                add(KeyMatch(m.start(), m.end(), (i,), "identifier", "identifiers"), 50)
        if self._dobs:
            for dm in find_dates(text):
                hits = tuple(sorted({i for i, d in self._dobs if dm.is_date(d)}))
                if hits:
                    add(KeyMatch(dm.start, dm.end, hits, "date-of-birth", "dates_of_birth"), 50)
        kept = _non_overlapping(found)
        if self._fuzzy_names:
            kept = _non_overlapping(
                [(m.start, -(m.end - m.start), 0, m) for m in kept]
                + [(m.start, -(m.end - m.start), 1, m) for m in self._fuzzy(text, norm, src, kept, guards)]
            )
        return _merge_adjacent(text, kept, self.key.entries)

    # ------------------------------------------------------------------ helpers
    def _guard_spans(self, norm: str, src: list[int]) -> list[tuple[int, int]]:
        if not len(self._guard):
            return []
        spans = []
        for end_i, g in self._guard.iter(norm):
            start_i = end_i - len(g) + 1
            if _bounded(norm, start_i, end_i + 1):
                spans.append((src[start_i], src[end_i] + 1))
        return spans

    def _fuzzy(self, text: str, norm: str, src: list[int], kept: list[KeyMatch],
               guards: list[tuple[int, int]]) -> list[KeyMatch]:
        """Capitalised words one edit (or one transposition) away from a 5+ letter key name."""
        blocked = bytearray(len(text) + 1)
        for a, b in [(m.start, m.end) for m in kept] + guards:
            blocked[a:b] = b"\x01" * (b - a)
        out = []
        cache: dict[str, str | None] = {}
        for w in _WORD.finditer(norm):
            word = w.group(0)
            if len(word) < 4 or word in COMMON_WORDS or word in self._guard_words or \
                    (word in self._patterns and not self._patterns[word].mutation):
                continue
            o_start, o_end = src[w.start()], src[w.end() - 1] + 1
            if not text[o_start:o_start + 1].isupper() or any(blocked[o_start:o_end]):
                continue
            if word not in cache and _dictionary_word(word):
                cache[word] = None  # a real English or Welsh word is not read as a misspelt name
            if word not in cache:
                best = process.extractOne(word, self._fuzzy_names, scorer=OSA.distance, score_cutoff=1)
                cache[word] = best[0] if best is not None and best[1] == 1 else None
            name = cache[word]
            if name is None:
                continue
            p = self._patterns[name]
            kind = self.key.entries[p.entries[0]].kind
            out.append(KeyMatch(o_start, o_end, self._fuzzy_entries[name], p.form, kind, fuzzy=True))
        return out


def _dictionary_word(word: str) -> bool:
    """``word`` (folded, lower case) is an ordinary English or Welsh word."""
    from anonymise.recognizers.allow import common_words, welsh_words

    return word in common_words() or word in welsh_words()


@lru_cache(maxsize=8)
def matcher_for(key: KeyFile) -> KeyMatcher:
    """A cached matcher for ``key`` (building one takes a few milliseconds per entry)."""
    return KeyMatcher(key)


def same_entries(key: KeyFile) -> list[int]:
    """For each entry, the first entry of the same list with the same pseudonym(s): one entry, not two."""
    first: dict[tuple[str, str, str | None], int] = {}
    return [first.setdefault((e.kind, e.pseudonym, e.pseudonym_cy), i) for i, e in enumerate(key.entries)]


def _resolve(variants: tuple[Variant, ...] | list[Variant], canon: list[int] | None = None) -> dict[str, _Pattern]:
    """Group variants by folded text; where entries compete for one form the higher rank wins.

    Entries with the same pseudonym are one entry (``canon`` maps each to the first of them).
    """
    best: dict[str, list] = {}  # norm -> [rank, entries, cases, form, mutations]
    for v in variants:
        norm = fold(v.text)
        if not norm:
            continue
        entry = canon[v.entry] if canon else v.entry
        cur = best.get(norm)
        if cur is None or v.rank > cur[0]:
            best[norm] = [v.rank, {entry}, {v.case}, v.form, {v.mutation}]
        elif v.rank == cur[0]:
            cur[1].add(entry)
            cur[2].add(v.case)
            cur[4].add(v.mutation)
    strictness = {"any": 0, "last": 1, "capital": 2, "upper": 3}
    out: dict[str, _Pattern] = {}
    for norm, (rank, entries, cases, form, mutations) in best.items():
        # the strictest case rule among the competitors decides; an unmutated form needs no trigger word
        case = max(cases, key=strictness.__getitem__)
        mutation = "" if "" in mutations else min(mutations)
        out[norm] = _Pattern(case, tuple(sorted(entries)), form, rank, mutation)
    return out


# Welsh trigger words that are also English words: they count only in lower case ("I" is English).
_ENGLISH_LOOKING_TRIGGERS = {"i", "a", "at", "am", "dan", "tan", "neu", "tra", "na"}


def _triggered(norm: str, start: int, text: str, src: list[int], mutation: str) -> bool:
    """The word just before ``start`` causes ``mutation`` ("i'r" gives "r", the article)."""
    m = re.search(r"([\w']+) ?$", norm[max(0, start - 20):start])
    if not m:
        return False
    word = m.group(1).rsplit("'", 1)[-1]
    if word not in TRIGGERS[mutation]:
        return False
    if word in _ENGLISH_LOOKING_TRIGGERS:
        first = src[max(0, start - 20) + m.end(1) - len(word)]
        return text[first].islower()
    return True


_SUFFIX_RE = re.compile(
    r" (?:" + "|".join(re.escape(" ".join(p)) for p in sorted(SETTING_SUFFIXES, key=len, reverse=True))
    + r")(?![\w'])"
)
_PREFIX_RE = re.compile(
    r"(?<![\w'])(?:" + "|".join(re.escape(" ".join(p)) for p in sorted(SETTING_PREFIXES, key=len, reverse=True))
    + r") $"
)


def _extend_setting(norm: str, start: int, end: int, text: str, src: list[int]) -> tuple[int, int]:
    """Grow a setting match over generic words around it ("The", "Ysgol", "Day Nursery", "Ltd")."""
    while True:
        m = _SUFFIX_RE.match(norm, end)
        if not m:
            break
        end = m.end()
    while True:
        m = _PREFIX_RE.search(norm, max(0, start - 30), start)
        if not m or (m.group(0) == "the " and not text[src[m.start()]].isupper()):
            break  # a lower-case "the" is the sentence's own determiner
        start = m.start()
    return start, end


def _bounded(norm: str, start: int, end: int) -> bool:
    """The match is a whole word (or words): no letter or digit glued to either end."""
    if start > 0 and norm[start].isalnum() and norm[start - 1].isalnum():
        return False
    if end < len(norm) and norm[end - 1].isalnum() and norm[end].isalnum():
        return False
    return True


def _case_ok(original: str, case: str) -> bool:
    if case == "any":
        return True
    letters = [c for c in original if c.isalpha()]
    if not letters:
        return True
    if case == "upper":
        return all(c.isupper() for c in letters)
    if case == "last":
        last = original.split()[-1] if original.split() else original
        return last[:1].isupper()
    return letters[0].isupper()


def _next_to_digits(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 4):start].strip()
    after = text[end:end + 4].strip()
    return bool(re.search(r"\d(st|nd|rd|th)?$", before) or re.match(r"\d", after))


def _non_overlapping(found: list[tuple[int, int, int, KeyMatch]]) -> list[KeyMatch]:
    """Longest match wins; on equal spans the higher rank; earlier matches first."""
    if not found:
        return []
    size = max(t[3].end for t in found)
    taken = bytearray(size)
    kept: list[KeyMatch] = []
    for _s, _l, _r, m in sorted(found, key=lambda t: (t[1], t[2], t[0])):  # longest, best rank, first
        if any(taken[m.start:m.end]):
            continue
        taken[m.start:m.end] = b"\x01" * (m.end - m.start)
        kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def _merge_adjacent(text: str, matches: list[KeyMatch], entries: tuple[KeyEntry, ...]) -> list[KeyMatch]:
    """Resolve "Jayden Okafor"-like pairs: an ambiguous surname right after one person's first name."""
    out: list[KeyMatch] = []
    for m in matches:
        prev = out[-1] if out else None
        if (
            prev is not None
            and m.kind == prev.kind == "people"
            and not prev.ambiguous
            and prev.entries[0] in m.entries
            and text[prev.end:m.start].strip() == ""
            and 0 < m.start - prev.end <= 8
        ):
            out[-1] = KeyMatch(prev.start, m.end, prev.entries, "full-name", "people", prev.fuzzy or m.fuzzy)
            continue
        out.append(m)
    return out
