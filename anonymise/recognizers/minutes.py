"""Initials in meeting minutes: the attendee and apology lists that name people by initials, and every later
use of the same initials in the minutes ("Present: KM (SW, chair), JT-R (HV), AO'N (DSL)" ... "KM to visit").

The evidence is the list, not the letters: a label (Present, Attendees, Apologies, Chair, Yn bresennol,
Ymddiheuriadau, Cadeirydd...) then items separated by commas or semicolons, each opened by initials — capitals
with the digraphs and prefixes names carry (Ll, Rh, Mc, Mac, O', Ó'), dotted or hyphenated (M.Ll., AB-K, S McC).
"""

from __future__ import annotations

import re

_UNIT = r"(?:Ll|Rh|Dd|Ff|Ch|Th|Mc|Mac|O['’]|Ó['’]|Ní|[A-ZÁÉÍÓÚŴŶ])"
# also an initial and a short surname ("J. Ng"), hyphenated given initials and a surname initial ("A-M D"), and an
# initial, a patronymic particle and an initial ("G ap D", "S bin A")
INITIALS = (r"(?:[A-Z]\.\s?[A-Z][a-z]{1,2}(?![a-z])"
            r"|[A-Z](?:-[A-Z])+\s[A-Z](?![a-z])"
            r"|[A-Z]\s(?:ap|ab|bin|bint|ibn|de|van|ní|nic)\s[A-Z](?![a-z])"
            r"|(?:" + _UNIT + r"\.?){1,4}(?:-(?:" + _UNIT + r"\.?){1,3})?"
            r"|[A-Z]\.?\s(?:Mc|Mac|O['’]|Ó['’])[A-Z])")
LABEL = re.compile(
    r"(?im)(?<![\w-])(?:present|attendees|attending|in\s+attendance|participants|apologies|also\s+present|"
    r"chair|chaired\s+by|chairperson|minutes?|minute\s+taker|note[\s-]+taker|facilitator|facilitated\s+by|"
    r"co-facilitator|scribe|yn\s+bresennol|ymddiheuriadau|cadeirydd|cofnodwr|presennol|hwylusydd)\s*:\s*")
ITEM = re.compile(r"\s*(?P<ini>" + INITIALS + r")(?![\w'’-])(?P<tail>\s*\([^()\n]{0,80}\))?\s*(?P<sep>[,;]|\band\b|$|\n|(?=[A-Z][a-z]+\s*:)|(?<=\.)(?=\s))")
OTHER_ITEM = re.compile(r"[^,;()\n:]{1,60}(?:\([^()\n]{0,80}\))?\s*[,;]")
_CAPS = re.compile(r"[A-ZÁÉÍÓÚŴŶ]")


def _looks_like_initials(s: str) -> bool:
    """Two to five capitals in all (so "Ll" alone or "Mr" is no set of initials)."""
    return 2 <= len(_CAPS.findall(s)) <= 5 and not s.islower()


def attendee_initials(text: str, acronyms: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of initials in the attendee, apology and chair lists of minutes."""
    return [(s, e) for s, e, kind in _list_items(text, acronyms) if kind == "initials"]


def attendee_names(text: str) -> list[tuple[int, int]]:
    """Spans of the other items of those lists that are written as names with a role or agency in brackets
    ("Dunty (Education)", "Kavo Sharivo (yn cefnogi Mam)"); the caller rules out roles and agencies."""
    return [(s, e) for s, e, kind in _list_items(text, frozenset()) if kind == "name"]


NAME_ITEM = re.compile(r"\s*(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2})\s*\([^()\n]{1,80}\)\s*(?:[,;]|$|\n)")


def _list_items(text: str, acronyms: frozenset[str]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for m in LABEL.finditer(text):
        pos = m.end()
        while True:
            it = ITEM.match(text, pos)
            if not it:
                named = NAME_ITEM.match(text, pos)
                if named:
                    out.append((named.start("name"), named.end("name"), "name"))
                other = OTHER_ITEM.match(text, pos)  # a full name in the list ("Dr A. Nwosu (Paediatrics)")
                if not other or other.end() == pos:
                    break
                pos = other.end()
                continue
            ini = it.group("ini")
            bare = ini.replace(".", "").replace(" ", "")
            # two letters that spell an acronym too (DH, EH) are initials when a role or agency follows in brackets
            if _looks_like_initials(ini) and (bare not in acronyms or (len(bare) == 2 and it.group("tail"))):
                # "Facilitator: AH. Participants:": the full stop ends the sentence, the initials are "AH"
                end = it.end("ini") - (ini.endswith(".") and ini.count(".") == 1)
                out.append((it.start("ini"), end, "initials"))
            if it.group("sep") in ("", "\n") or it.end() == pos:
                break
            pos = it.end()
    return out


# after initials that spell a word ("NO", "DO", "IT"), an action or a report: "DO to confirm", "DO i gadarnhau"
_ACTOR_AFTER = re.compile(r"^(?:\s*[:;,)(]|\s+(?:to|i|and|a|ac|said|says|noted|agreed|reported|asked|confirmed|will|"
                          r"would|had|has|was|is|[a-z]+(?:ed|odd))\b)")
WORD_INITIALS = frozenset("a an as at be by do go he if in is it me my no of on or so to up us we am".split())


def recurrences(text: str, found: set[str]) -> list[tuple[int, int]]:
    """Every use, in the same case, of initials found in a list ("KM to send the report"); initials that spell
    a word ("NO", "DO") only where they act ("DO to confirm"), not in "NO further action"."""
    if not found:
        return []
    rx = re.compile(r"(?<![\w.’'-])(?:" + "|".join(re.escape(f) for f in sorted(found, key=len, reverse=True)) +
                    r")(?![\w’'-])")
    out = []
    for m in rx.finditer(text):
        if m.group(0).lower() in WORD_INITIALS and not _ACTOR_AFTER.match(text[m.end():m.end() + 20]):
            continue
        out.append(m.span())
    return out
