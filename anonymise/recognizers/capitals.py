"""Text written in capitals (police command-and-control logs, incident logs): a re-cased view to judge it by.

In "SUSPECT: DANIEL WOOD DOB 22/09/1996. CHILD PRESENT: STORM WOOD, AGED 4" every word is capitalised, so
capitalisation, the main evidence for a name, says nothing. The lines that are mostly capitals get two views
of the same length as the text (offsets unchanged):

- the *name view* writes common words in lower case and every other word (names, surnames, unknown words,
  titles) capitalised: "suspect: Daniel Wood dob 22/09/1996. child present: Storm Wood, aged 4";
- the *title view* capitalises each word ("Flat 6, Bird Court, 11 Fisher Street, Bradford") for the address,
  setting and agency patterns, which expect a proper noun's capitals.

Acronyms (DSL, PSNI, DOB) and words with digits stay as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from anonymise.recognizers import allow, kin

# a word, not a fragment after an apostrophe ("MOTHER'S"), but a word opening a quote is one ("AKA 'FROSTY'")
_WORD = re.compile(r"(?=[A-Za-z\u00C0-\u024F])(?<!\w)(?<!\w['’])[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’-]*(?![\w])")  # no "TN34", "GU68"
_ALIAS = frozenset({"aka", "alias", "a.k.a", "a.k.a."})
_CAPS_LINE_HINT = re.compile(r"[A-Z]{3,}[\s,.:;/()-]+[A-Z]{3,}[\s,.:;/()-]+[A-Z]{3,}")
_AGE_AFTER = re.compile(r"\s*" + allow.AGE_IN_BRACKET + r"\)")  # "(7)", "(8 YRS)"
_DETERMINERS = frozenset("a an the no any some every all his her my our their your this that its y yr".split())
# prepositions of time and place: a common word right after one is the word ("WENT OUT AT DAWN", "IN STORM
# CONDITIONS"), unless a possessive follows ("AT DAWN'S FLAT")
_PLACE_TIME = frozenset("at in into during of".split())
# what a log says is someone's, before "OF" and the name: "FLAT OF DAWN FISHER", "ADDRESS OF HUNTER", "SON OF DAWN"
_OWNED = frozenset("flat address house home room car vehicle phone son daughter brother sister mother father partner "
                   "boyfriend girlfriend friend cousin child children wife husband".split())
_POSSESSIVE = re.compile(r"['’]S?$", re.IGNORECASE)
# kin words used as a title before a given name: "UNCLE PADDY", "AUNTIE ROSE", "GRANDA JOE"
_KIN_TITLES = kin.GRANDPARENTS | kin.EXTENDED | {"granda"}
_SMALL = frozenset("of the and y yr a an in on at to for by or from with ar i o".split())
# who a log names next: "CALLER DONNA GREY", "VICTIM JOY MARSH", "SUSPECT ROBIN HOOD": a given name that is a word too
# is a name here when a name follows it
_LOG_ROLES = frozenset("caller victim suspect informant witness occupant driver passenger keeper female male mother "
                       "father son daughter partner boyfriend girlfriend ip mp rp misper subject offender accused "
                       "complainant".split())


_DOTTED = re.compile(r"(?<![\w.])(?:[A-Z]\.[ ]?){2,4}(?![\w])")


def _in_dotted(text: str, pos: int) -> bool:
    """True when the letter at ``pos`` is one of a run of dotted initials ("A.M.", "L. J. M.")."""
    for m in _DOTTED.finditer(text, max(0, pos - 6), pos + 8):
        if m.start() <= pos < m.end():
            return True
    return False


def _cap(word: str) -> str:
    """Capitalise a word written in capitals: MCCLEAN -> Mcclean, O'BRIEN -> O'Brien, LLOYD-JONES -> Lloyd-Jones."""
    out = []
    up = True
    for i, c in enumerate(word):
        out.append(c.upper() if up else c.lower())
        up = c in "'’-" and word[i + 1:].upper() not in ("S", "T", "LL", "RE", "VE", "D", "M")  # "MOTHER'S"
    return "".join(out)


def shouted(text: str, pos: int) -> bool:
    """True when the line around ``pos`` is written mostly in capitals (more than 60% of 12 letters or more)."""
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    letters = [c for c in text[ls:le if le >= 0 else len(text)] if c.isalpha()]
    return len(letters) >= 12 and sum(c.isupper() for c in letters) > 0.6 * len(letters)


def caps_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the lines of ``text`` that are written mostly in capitals."""
    return list(_caps_lines(text)) if _CAPS_LINE_HINT.search(text) else []


@lru_cache(maxsize=8)
def _caps_lines(text: str) -> tuple[tuple[int, int], ...]:
    """``caps_lines`` of a text that may hold some, kept for the last few texts (the engine asks for a text's twice)."""
    out = []
    pos = 0
    for line in text.split("\n"):
        letters = [c for c in line if c.isalpha()]
        if len(letters) >= 12 and sum(c.isupper() for c in letters) >= 0.8 * len(letters):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return tuple(out)


def _given_before_surname(text: str, spans: list[tuple[int, int]], is_common: Callable[[str], bool],
                          is_name: Callable[[str], bool], is_given: Callable[[str], bool]) -> set[str]:
    """Common words that are given names too, written right before a surname that is no common word ("JASPER
    MCLEAN") or an age ("CHRISTIAN (7)"): the text uses them as names, so their other uses in its capitals lines are
    names as well ("STORM AND JASPER TAKEN")."""
    out: set[str] = set()
    for s, e in spans:
        words = list(_WORD.finditer(text, s, e))
        for i, m in enumerate(words):  # "CHILDREN CHRISTIAN (7) AND IVY-ROSE (3)": a given name before an age
            w = m.group(0)
            before = words[i - 1].group(0).lower() if i else ""
            if w.isupper() and _AGE_AFTER.match(text, m.end()) and before not in _DETERMINERS and is_common(w) and \
                    (is_given(w) or ("-" in w and all(is_given(p) for p in w.split("-")))):
                out.add(w.lower())
        for i in range(1, len(words)):
            first, second = words[i - 1], words[i]
            w, nxt = first.group(0), second.group(0)
            if text[first.end():second.start()] != " " or not w.isupper() or not nxt.isupper():
                continue
            before = words[i - 2].group(0).lower() if i >= 2 else ""
            aged = bool(_AGE_AFTER.match(text, second.end()))
            if before in _LOG_ROLES and is_given(w) and is_name(nxt) and \
                    text[words[i - 2].end():first.start()] in (" ", ": "):
                out.add(w.lower())  # "CALLER DONNA GREY": a role, then a given name and a surname
                continue
            if before in _DETERMINERS or not is_given(w) or not is_common(w) or (is_common(nxt) and not (
                    aged and is_name(nxt))) or not (is_name(nxt) or aged):
                continue  # a surname no list holds is one before an age: "BROTHER KYLE BROWNLIE (7)"; so is a
                # surname that is a word too: "HOLLY WOOD (9 YRS)"
            out.add(w.lower())
    return out


def views(text: str, *, is_common: Callable[[str], bool], is_name: Callable[[str], bool],
          keep: Callable[[str], bool], titles: frozenset[str],
          is_given: Callable[[str], bool] | None = None,
          is_rare: Callable[[str], bool] | None = None) -> tuple[str, str] | None:
    """(name view, title view) of ``text``, or None when no line is written in capitals.

    ``is_common`` says a word is a common word, ``is_name`` that it is a given name or surname (kept
    capitalised even when common: STORM, GRACE, HILL), ``keep`` that it stays as written (an acronym);
    ``is_given`` (optional) that a word is a given name, so that a common word before a surname is a name;
    ``is_rare`` (optional) that a word is a rarer dictionary word: common too, except right after a name, where it may
    be a surname the name lists lack ("SKYE PENNANT").
    """
    spans = caps_lines(text)
    if not spans:
        return None
    named = _given_before_surname(text, spans, is_common, is_name, is_given) if is_given is not None else set()
    name = list(text)
    title = list(text)
    for s, e in spans:
        previous = earlier = earliest = ""
        after_name = False
        for m in _WORD.finditer(text, s, e):
            w = m.group(0)
            prev3, prev2 = earliest, earlier
            earliest, earlier, prev, previous = earlier, previous, previous, w.lower()
            alias = prev in _ALIAS or (prev == "as" and (prev2 in ("known", "called", "named", "nicknamed", "name") or (
                prev2 == "only" and prev3 == "known")))  # "KNOWN ONLY AS GLEN"
            if not w.isupper() or keep(w) or (len(w) == 1 and _in_dotted(text, m.start())):
                after_name = False  # (and "A.M. (F, 12)": a letter of dotted initials stays a capital)
                continue
            low = w.lower()
            capped = _cap(w)
            title_form = low if low in _SMALL else capped
            bare = re.sub(r"['’]S$", "", w).rstrip("'’")  # "NEIGHBOURS'", "DAWN'S": a possessive is the word's
            # a plural of a common word is common ("FIREWORKS", "OFFENCES")
            common = is_common(bare) or (len(bare) > 4 and bare.endswith("S") and (
                is_common(bare[:-1]) or (bare.endswith("IES") and is_common(bare[:-3] + "Y"))))
            if not common and is_rare is not None and not after_name and not is_name(bare):
                common = is_rare(bare)
            owned = prev == "of" and prev2 in _OWNED  # "FLAT OF DAWN FISHER", "SON OF DAWN": a person's
            word_after = common and (prev in _DETERMINERS or (prev in _PLACE_TIME and not _POSSESSIVE.search(w) and
                                                              not (owned and is_name(bare))))
            kin_named = prev in _KIN_TITLES and is_given is not None and is_given(bare)  # "UNCLE PADDY IS BACK"
            if low.rstrip(".") in titles or ((is_name(bare) or low in named or alias or kin_named) and not word_after):
                name_form = capped  # a name, but "NO HOPE", "THE LASSIE" are words after a determiner
                after_name = True
            elif not common and len(w) <= 4 and not any(c in "AEIOUY" for c in w):
                name_form, after_name = w, False  # "PPB", "PPN": an acronym shape
            elif not common and prev not in _DETERMINERS:
                name_form, after_name = capped, False
            else:  # a common word, or a word no list knows after an article ("INTO THE TELLY", "AR Y DREIF")
                name_form, after_name = low, False
            name[m.start():m.end()] = name_form
            title[m.start():m.end()] = title_form
    return "".join(name), "".join(title)
