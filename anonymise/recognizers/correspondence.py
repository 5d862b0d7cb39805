"""People named by the frame of a letter or an email: its header fields, its greeting and its sign-off.

An email thread printed into a review names its writers and readers in fields ("From: Bird, Heather
<heather.bird@...>", "Cc: Mason, Hope; Patel, Asha", in Welsh "Oddi wrth:", "At:"), and letters open and close
with a name ("Dear Heather,", "Annwyl Heulwen,", "Yours faithfully, P Ledger"). Those positions hold a person
whatever the words are: Heather, Hope and Bird are dictionary words everywhere else. A field or greeting that
holds a role ("To: Lead Reviewer", "Dear Colleagues", "Dear Sir or Madam") is not a person.
"""

from __future__ import annotations

import re

from anonymise.recognizers import acronyms, allow
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
GREETING = re.compile(r"(?m)^" + _QUOTE + r"(?:Dear|Hi|Hiya|Hey|Hello|(?:Good\s+)?Morning|Good\s+afternoon|Annwyl|Helo|"
                      r"Shwmae|Bore\s+da|Prynhawn\s+da|A\s+chara|A\s+Chara|"
                      # a reply that opens by thanking its reader: "Thanks Jo, received.", "Diolch Heledd."
                      r"Thanks|Thank\s+you|Many\s+thanks|Cheers|Diolch)[ \t]+"
                      r"(?P<n>" + _NAME + r"(?:[ \t]+" + _NAME + r"){0,2})[ \t]*(?:[,!.\n]|$)")
# the words that close a letter or an email, English and Welsh
_SIGN_OFF_WORDS = (r"(?:kind|best|warm|many)\s+(?:regards|wishes|thanks)|regards|thanks|thank\s+you|"
                   r"yours\s+(?:sincerely|faithfully|truly)|cofion(?:\s+(?:cynnes|gorau))?|yn\s+gywir|diolch")
SIGN_OFF = re.compile(r"(?m)^" + _QUOTE + r"(?i:" + _SIGN_OFF_WORDS + r")[ \t]*,?[ \t]*\n(?:[ \t>]*\n){0,2}" + _QUOTE +
                      r"(?P<n>" + _NAME + r"(?:[ \t]+" + _NAME + r"){0,3})[ \t]*$")
# forms of address to no one in particular ("Dear Sir or Madam", "Dear all", "Annwyl gyfeillion"); roles are
# allow.ROLE_WORDS
_ADDRESSED_TO_ALL = frozenset("""sir madam sirs colleague colleagues all everyone members board friends partners
reviewers gyfeillion gydweithwyr bawb pawb syr team both guys folks again""".split())


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


def _mailbox(value: str, entry: str) -> bool:
    """True when a header's display name spells its address's local part and names no one: a team's mailbox
    ("Front Door <frontdoor@...>", "IART <iart@...>", "Gateway Craigavon <gateway.craigavon@...>"); not
    "Mandeep Kaur <mandeep.kaur@...>" (a given name first), "Bird, Heather" nor "JD <jd@...>" (initials)."""
    m = re.search(r"<([^@>\s]+)@", entry)
    if m is None:
        return False
    local = re.sub(r"[\W_]", "", m.group(1)).lower()
    words = [w for w in re.split(r"[\s,]+", value) if w]
    if re.sub(r"[\W_]", "", value).lower() != local or not words:
        return False
    # a person's display name opens with a given name ("Heather Bird") or is written surname first ("Bird, Heather")
    return "," not in value and words[0].lower() not in allow.given_names() and not (len(words) == 1 and len(words[0]) < 4)


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
                    if _mailbox(value, entry):
                        continue
                    if _person(value):
                        start = m.start("v") + e.start() + entry.index(value)
                        spans.append((start, start + len(value)))
        for pat in (GREETING, SIGN_OFF):
            for m in pat.finditer(text):
                value = m.group("n")
                if value.split()[0].rstrip(".").lower() in allow.TITLES:
                    continue  # "Dear Mrs Fox": the title finds her
                if _person(value):
                    end = m.end("n") - (1 if value.endswith(".") and len(value.split()[-1]) > 2 else 0)
                    spans.append((m.start("n"), end))  # "Thanks Ruth.": not the full stop
        spans += _signed_initials(text)
        return [detection(text, s, e, self.entity_type, 0.8, self.name) for s, e in sorted(set(spans))]


# an email or letter signed with initials at the end of its last line or alone on a line: "I've done a Datix. AP",
# "thought you'd want to know.\nM"
SIGNED_INITIALS = re.compile(r"(?m)(?:(?<=[.!?])[ \t]+|^[ \t>]*)(?P<i>[A-Z]{1,3})[ \t]*$")
_FRAMED = re.compile(r"(?m)^[ \t>]*(?:From|To|Sent|Subject|Oddi\s+wrth|Pwnc)[ \t]*:|\bwrote:|\bysgrifennodd:|"
                     r"^[ \t>]*(?:Dear|Hi|Hello|Annwyl|Helo)\b")
# a first name, or a first name and surname, alone on a line of an email: its writer signing ("Jo" above "DSL")
SIGNED_NAME = re.compile(r"(?m)^[ \t>]*(?P<n>[A-Z][a-z]+(?:[ \t]+[A-Z][\w'’-]+)?)[ \t]*$(?:\n[ \t>]*(?P<post>[^\n]{1,60}))?")
_SENDER = re.compile(r"(?m)(?:^" + _QUOTE + r"(?:From|Oddi\s+wrth)[ \t]*:[ \t]*|,[ \t]+)['\"“]?([A-Z][a-z]+)['\"”]?[ \t]*"
                     r"(?:<[^>\n]*>[ \t]*(?:wrote|ysgrifennodd)?:?[ \t]*$|$)")
_FULL_NAME = re.compile(r"\b([A-Z][a-z]+)(?:[ \t]+|-)(?:[A-Z][a-z]+[ \t-]+)?([A-Z][a-z'’]+(?:-[A-Z][a-z]+)?)\b")
# a header's name written surname first, as mail systems print it: "From: Lowe, Gareth", "To: Bhatt, Priya; ..."
_SURNAME_FIRST = re.compile(r"(?:^|[:;][ \t]*)([A-Z][a-z'’]+(?:-[A-Z][a-z]+)?),[ \t]+([A-Z][a-z]+)\b")
# initials after a sign-off word at the end of a line ("Can we confirm the plan? Thanks, CO", "Diolch, GWJ"), and
# initials greeting their reader at the head of a message ("PB, Kayla came to me at break")
THANKS_INITIALS = re.compile(r"(?m)\b(?:(?i:" + _SIGN_OFF_WORDS + r")|Cheers|Best)[ \t]*,?[ \t]+(?P<i>[A-Z]{2,3})[ \t]*$")
GREETING_INITIALS = re.compile(r"(?m)^[ \t>]*(?P<i>[A-Z]{2,3}),[ \t]+(?=[A-Za-z])")
# the name that opens a signature block below a sign-off ("Chidi Okoro | Named Midwife"): its given name's and surname's
# initials
_SIGNATURE = re.compile(r"[ \t]*\n(?:[ \t>]*\n)?[ \t>]*([A-Z])[a-z]+[ \t]+(?:[A-Z][a-z]+[ \t]+)?(?:Mc|Mac|O['’])?([A-Z])[\w'’-]+")


def _post(line: str) -> bool:
    """True when a line holds a post: an abbreviation ("DSL") or words that open with a role ("Social Worker, ...")."""
    words = re.findall(r"[\w'’-]+", line)
    return bool(words) and (re.fullmatch(r"[A-Z]{2,5}", words[0]) is not None or words[0].lower() in allow.ROLE_WORDS or
                            (len(words) > 1 and words[1].lower() in allow.ROLE_WORDS))


def _signature_initials(text: str, pos: int) -> str:
    """The initials of the name that opens the signature block after ``pos`` ("Chidi Okoro | Named Midwife")."""
    m = _SIGNATURE.match(text, pos)
    return m.group(1) + m.group(2) if m else ""


def _signed_initials(text: str) -> list[tuple[int, int]]:
    """Initials that sign an email or letter and are the initials of a person it names ("Asha Patel" ... "AP"), or
    one letter, the first of such a name's given name or of a sender's ("M" above "Morag Baillie | Pupil Support",
    "C" under "Conor <...> wrote:"); and a given name alone on a line ("Jo" above "DSL")."""
    if not _FRAMED.search(text):
        return []
    given = allow.given_names()
    full, first = set(), set()
    for m in _FULL_NAME.finditer(text):
        if m.group(1).lower() in given:
            full.add(m.group(1)[0] + m.group(2)[0])
            first.add(m.group(1)[0])
    for m in HEADER.finditer(text):  # "From: Lowe, Gareth" signs "GL"
        for n in _SURNAME_FIRST.finditer(m.group("v")):
            if n.group(2).lower() in given:
                full.add(n.group(2)[0] + n.group(1)[0])
    # a sender known by a first name alone: "From: Morag <...>" signs "M", "Conor <...> wrote:" signs "C"
    first |= {m.group(1)[0] for m in _SENDER.finditer(text) if m.group(1).lower() in given}
    out = [m.span("n") for m in SIGNED_NAME.finditer(text) if m.group("n").split()[0].lower() in given and (
        not allow.is_common(m.group("n").split()[0]) or _post(m.group("post") or ""))]
    for m in SIGNED_INITIALS.finditer(text):
        i = m.group("i")
        if (len(i) >= 2 and i in full) or (len(i) == 1 and i in first and m.group(0).strip(" \t>") == i):
            out.append(m.span("i"))
    out += [m.span("i") for m in GREETING_INITIALS.finditer(text) if m.group("i") in full]
    out += [m.span("i") for m in THANKS_INITIALS.finditer(text)
            if m.group("i") in full or m.group("i") not in acronyms.abbreviations() or  # not "Thanks, DSL"
            _signature_initials(text, m.end()) == m.group("i")]  # "Thanks, CO" above "Chidi Okoro | Midwife"
    return out


def recognizer() -> CorrespondenceRecognizer:
    """The correspondence recognizer."""
    return CorrespondenceRecognizer()
