"""Abbreviations of posts, agencies, records systems and terms (data/acronyms.tsv): not people, nor initials alone.

A post acronym the NER model reads as a person ("DSW confirmed", "the CSWO") is a post wherever it stands; two
letters are left to the text's own evidence (``minutes``), since "SM" or "AP" are a person's initials as often as
a post. Systems named by a word that is a name too ("STORM", "Athena") are a system only before a record noun or
after an article or preposition ("STORM incident", "on NICHE"); elsewhere the word may be a child's name.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

KINDS = ("post", "agency", "system", "named-system", "term")


@lru_cache(maxsize=None)
def table() -> dict[str, tuple[str, str]]:
    """acronym -> (kind, expansion), from data/acronyms.tsv; raises ValueError naming a malformed line."""
    text = resources.files("anonymise.data").joinpath("acronyms.tsv").read_text(encoding="utf-8")
    out: dict[str, tuple[str, str]] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 4 or parts[1] not in KINDS or len(parts[3].strip()) < 10:
            raise ValueError(f"acronyms.tsv:{n}: expected acronym<TAB>kind<TAB>expansion<TAB>source")
        out[parts[0]] = (parts[1], parts[2])
    return out


@lru_cache(maxsize=None)
def abbreviations() -> frozenset[str]:
    """Every abbreviation that is never bare initials (systems named by a word are left out: "STORM" is a name)."""
    return frozenset(a for a, (kind, _) in table().items() if kind != "named-system")


@lru_cache(maxsize=None)
def _never_people() -> frozenset[str]:
    return frozenset(a for a, (kind, _) in table().items() if kind != "named-system" and len(a) >= 3)


def never_a_person(word: str) -> bool:
    """True for an abbreviation of three letters or more written as listed ("DSW", "CSWO", "NIHE", "KLOE")."""
    return word in _never_people()


_RECORD_NOUN = r"(?i:incidents?|logs?|records?|entry|entries|ref|reference|serial|numbers?|system|report|unity|rms|" \
               r"occurrences?|crime\s+reports?)"


@lru_cache(maxsize=None)
def _system_regex() -> re.Pattern[str]:
    words = sorted((a for a, (kind, _) in table().items() if kind == "named-system"), key=len, reverse=True)
    forms = "|".join(f"{re.escape(w)}|{re.escape(w.title())}" for w in words)
    return re.compile(r"(?P<before>\b(?i:the|on|onto|into|via|from|in|a|an)\s+|\b(?i:system|systems|recorded\s+on|"
                      r"logged\s+on)\s*[:=-]\s*)?(?<![\w'’-])(?P<sys>" + forms +
                      r")(?![\w'’-])(?=(?P<after>\s+" + _RECORD_NOUN + r"\b)?)")


def system_spans(text: str) -> list[tuple[int, int]]:
    """Systems named by a word that is a name too, where the text uses it as the system: before a record noun
    ("STORM incident", "Niche occurrence") or, written in capitals, after an article or preposition ("on NICHE") or a
    field that names the system ("System: STORM")."""
    if not any(w in text or w.title() in text for w in _named_systems()):
        return []
    out = []
    for m in _system_regex().finditer(text):
        if m.group("after") or (m.group("before") and m.group("sys").isupper()):
            out.append(m.span("sys"))
    return out


@lru_cache(maxsize=None)
def _named_systems() -> tuple[str, ...]:
    return tuple(a for a, (kind, _) in table().items() if kind == "named-system")
