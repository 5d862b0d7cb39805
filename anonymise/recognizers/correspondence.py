"""People named by the frame of a letter or an email: its header fields, its greeting and its sign-off.

An email thread printed into a review names its writers and readers in fields ("From: Bird, Heather
<heather.bird@...>", "Cc: Mason, Hope; Patel, Asha", in Welsh "Oddi wrth:", "At:"), and letters open and close
with a name ("Dear Heather,", "Annwyl Heulwen,", "Yours faithfully, P Ledger"). Those positions hold a person
whatever the words are: Heather, Hope and Bird are dictionary words everywhere else. A field or greeting that
holds a role ("To: Lead Reviewer", "Dear Colleagues", "Dear Sir or Madam") is not a person.
"""

from __future__ import annotations

import re

from anonymise.recognizers import allow
from anonymise.recognizers.base import detection
from anonymise.types import Detection

_QUOTE = r"[ \t]*(?:>[ \t]*)*"  # a quoted earlier message ("> From: ...")
HEADER = re.compile(r"(?m)^" + _QUOTE + r"(?:From|To|Cc|CC|Bcc|Sender|Reply-To|Oddi\s+wrth|Anfonwr|At|Gan)[ \t]*:"
                    r"[ \t]*(?P<v>[^\n]+)$")
_ENTRY = re.compile(r"[^;]+")
_NAME = (r"(?:[A-Z][\w'’-]*\.?|[A-Z]\.)")
# "Bird, Heather", "Heather Bird", "H. Bird", "Ledger, P", each maybe before an address or a role in brackets
_PERSON_ENTRY = re.compile(r"['\"“]?(?P<n>" + _NAME + r"(?:,?\s+" + _NAME + r"){0,3})['\"”]?"
                           r"\s*(?:<[^>]*>|\[[^\]]*\]|\([^)]*\))?\s*$")
GREETING = re.compile(r"(?m)^" + _QUOTE + r"(?:Dear|Hi|Hello|Morning|Annwyl|Helo|Shwmae|A\s+chara|A\s+Chara)[ \t]+"
                      r"(?P<n>" + _NAME + r"(?:[ \t]+" + _NAME + r"){0,2})[ \t]*(?:[,!\n]|$)")
SIGN_OFF = re.compile(r"(?m)^" + _QUOTE + r"(?i:(?:kind|best|warm|many)\s+(?:regards|wishes|thanks)|regards|"
                      r"thanks|thank\s+you|yours\s+(?:sincerely|faithfully|truly)|cofion(?:\s+(?:cynnes|gorau))?|"
                      r"yn\s+gywir|diolch)[ \t]*,?[ \t]*\n(?:[ \t>]*\n){0,2}" + _QUOTE +
                      r"(?P<n>" + _NAME + r"(?:[ \t]+" + _NAME + r"){0,3})[ \t]*$")
# forms of address to no one in particular ("Dear Sir or Madam", "Dear all", "Annwyl gyfeillion"); roles are
# allow.ROLE_WORDS
_ADDRESSED_TO_ALL = frozenset("""sir madam sirs colleague colleagues all everyone members board friends partners
reviewers gyfeillion gydweithwyr bawb pawb syr""".split())


def _person(value: str) -> bool:
    words = [w.strip(".,'’") for w in re.split(r"[\s,]+", value) if w.strip(".,'’")]
    if not words or any(w.lower() in _ADDRESSED_TO_ALL or w.lower() in allow.ROLE_WORDS for w in words):
        return False
    if allow.PSEUDONYM.fullmatch(value):
        return False
    if re.fullmatch(r"(?:[A-Z]\.?\s+)+[A-Z][\w'’-]+|[A-Z][\w'’-]+,\s+(?:[A-Z]\.?\s*)+", value):
        return True  # "P Ledger", "H. J. Bird", "Ledger, P.": initials with a surname
    given = allow.given_names()
    named = [w for w in words if len(w) > 1 and (not allow.is_common(w) or w.lower() in given or
                                                 w.lower() in allow.surnames())]
    return bool(named) and not all(w.lower() in allow.welsh_words() and w.lower() not in given for w in words
                                   if len(w) > 1)


class CorrespondenceRecognizer:
    """Finds the people in email header fields, greetings and sign-offs."""

    name = "correspondence"
    entity_type = "PERSON"

    def analyze(self, text: str) -> list[Detection]:
        spans: list[tuple[int, int]] = []
        if ":" in text:
            for m in HEADER.finditer(text):
                for e in _ENTRY.finditer(m.group("v")):
                    entry = e.group(0)
                    p = _PERSON_ENTRY.match(entry.strip())
                    if p is None or "@" in p.group("n"):
                        continue
                    value = p.group("n")
                    if _person(value):
                        start = m.start("v") + e.start() + entry.index(value)
                        spans.append((start, start + len(value)))
        for pat in (GREETING, SIGN_OFF):
            for m in pat.finditer(text):
                value = m.group("n")
                if value.split()[0].rstrip(".").lower() in allow.TITLES:
                    continue  # "Dear Mrs Fox": the title finds her
                if _person(value):
                    spans.append(m.span("n"))
        spans += _signed_initials(text)
        return [detection(text, s, e, self.entity_type, 0.8, self.name) for s, e in sorted(set(spans))]


# an email or letter signed with initials at the end of its last line or alone on a line: "I've done a Datix. AP",
# "thought you'd want to know.\nM"
SIGNED_INITIALS = re.compile(r"(?m)(?:(?<=[.!?])[ \t]+|^[ \t>]*)(?P<i>[A-Z]{1,3})[ \t]*$")
_FRAMED = re.compile(r"(?m)^[ \t>]*(?:From|To|Sent|Subject|Oddi\s+wrth|Pwnc)[ \t]*:|\bwrote:|\bysgrifennodd:|"
                     r"^[ \t>]*(?:Dear|Hi|Hello|Annwyl|Helo)\b")
_FULL_NAME = re.compile(r"\b([A-Z][a-z]+)(?:[ \t]+|-)(?:[A-Z][a-z]+[ \t-]+)?([A-Z][a-z'’]+(?:-[A-Z][a-z]+)?)\b")


def _signed_initials(text: str) -> list[tuple[int, int]]:
    """Initials that sign an email or letter and are the initials of a person it names ("Asha Patel" ... "AP"), or
    one letter, the first of such a name's given name ("M" above "Morag Baillie | Pupil Support")."""
    if not _FRAMED.search(text):
        return []
    given = allow.given_names()
    full, first = set(), set()
    for m in _FULL_NAME.finditer(text):
        if m.group(1).lower() in given:
            full.add(m.group(1)[0] + m.group(2)[0])
            first.add(m.group(1)[0])
    out = []
    for m in SIGNED_INITIALS.finditer(text):
        i = m.group("i")
        if (len(i) >= 2 and i in full) or (len(i) == 1 and i in first and m.group(0).strip() == i):
            out.append(m.span("i"))
    return out


def recognizer() -> CorrespondenceRecognizer:
    """The correspondence recognizer."""
    return CorrespondenceRecognizer()
