"""Social media handles and usernames: "@big.wood_07", "kaydn.fisher__", "tommy_h_2005", "th.2005.official".

A handle names a person as surely as a name does, so it is a PERSON finding. Evidence is the shape: an ``@``
before it, or an underscore with a digit, a dot or an underscore at either end (``tommy_h_2005``, ``tyler.jxx_``),
or a dot joined to digits (``shaney_boy.92``); a dotted word without digits ("rossy.mcg") only after ``@`` or as a
speaker of a quoted conversation ("rico.b: who seen him"), and then every use of it.
Field names (``lead_agency``) are not handles. Emails, web addresses, file names, version and section numbers are not handles.
"""

from __future__ import annotations

import re

from anonymise.recognizers.allow import is_common
from anonymise.recognizers import acronyms, allow, kin
from anonymise.recognizers.informal import CHAT_STAMP, conversations
from anonymise.recognizers.base import detection
from anonymise.types import Detection

AT_HANDLE = re.compile(r"(?<![\w.@/+-])@(?P<h>[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?)")
BARE = re.compile(r"(?<![\w.@/:+%=-])(?P<h>_*[A-Za-z0-9]+(?:[._]+[A-Za-z0-9]+)+_*|[A-Za-z0-9]+_+)(?![\w@/-]|\.[A-Za-z0-9])")
FILE_OR_DOMAIN = re.compile(r"\.(?:com|org|net|uk|gov|nhs|wales|scot|ie|io|co|ac|sch|docx?|pdf|xlsx?|csv|txt|md|"
                            r"jpe?g|png|gif|html?|zip|pptx?|odt|rtf|yaml|yml|json|py)$", re.IGNORECASE)
NUMBERISH = re.compile(r"^[\d._]+$|^\d{1,2}[.:]\d\d(?:am|pm|hrs?|h)?$|^[A-Za-z]?\d+(?:\.\d+)+[A-Za-z]?$|^(?:[A-Za-z]\.){1,4}[A-Za-z]?$")
PSEUDONYM_SHAPE = re.compile(r"^(?:Child|Baby|Sibling|Person|Young_Person|Adult|Parent)_[A-Z0-9]{1,2}$")
_WORDLIKE = re.compile(r"[A-Za-z]{3,}")  # "th.2005.official", "shane.92"; not "s.47"
# references to parts of a document: "para.3", "reg.12", "sch.2", "No.5"
DOC_PART = re.compile(r"^(?:para|paras|reg|regs|sch|sec|art|no|nos|vol|fig|ch|pt|pp|p|s|ss|r|rr|app|tab|item)\.\d",
                      re.IGNORECASE)
FIELD_KEY = re.compile(r"(?m)^[ \t]*(?:-[ \t]+)?([a-z][a-z0-9]*(?:_[a-z0-9]+)+):(?:[ \t]|$)")
FOOTNOTE = re.compile(r"^([A-Za-z]+)\.\d{1,3}$")
_LETTER = re.compile(r"[A-Za-z]")


# CSS at-rules (a rendered page's style sheet is checked too) and their page-margin boxes
CSS_AT_RULES = frozenset("page media import font-face supports keyframes charset namespace layer container property "
                         "top-left top-center top-right bottom-left bottom-center bottom-right counter-style".split())


# the mentions a chat platform reserves for every member or the channel (Discord, Slack, Teams, WhatsApp groups)
PLATFORM_MENTIONS = frozenset("everyone here channel all group".split())


# the words of a public body's account name: an agency's head word or a nation ("@PoliceServiceNI", "@HeddluGwent")
_BODY_WORDS = frozenset("""police heddlu safeguarding council cyngor nhs gig service services trust board partnership
gov govuk government llyw ceop childline barnardos commissioner comisiynydd education ofsted estyn inspectorate
""".split())  # (a nation alone is no sign: "@JadeNI" is a person)
# national children's charities' and helplines' own accounts, as reviews quote them in their advice
# (besides the words of _BODY_WORDS: "@childline", "@ceop")
_PUBLIC_ACCOUNTS = frozenset("nspcc youngminds papyrus samaritans actionforchildren theredcross britishredcross kooth"
                             .split())
_HANDLE_PARTS = re.compile(r"[A-Z]{2,}(?=[A-Z][a-z]|\d|_|$)|[A-Z]?[a-z]+|\d+")


def _organisation(h: str) -> bool:
    """True for a public body's account: written with capitals, made of a known abbreviation ("NSPCC", "CEOPUK")
    or of an agency's words ("SafeguardingNI")."""
    if h.lower() in _PUBLIC_ACCOUNTS or h.lower() in _BODY_WORDS:
        return True  # "@childline", "@nspcc": a national charity's or body's account, however it is written
    if h.lower() == h:
        return False  # a person writes a handle in lower case; a body's account is written with capitals
    known = acronyms.abbreviations()
    if h.isupper():
        return (h in known and len(h) >= 3) or any(h.startswith(a) and len(a) >= 4 for a in known)
    parts = _HANDLE_PARTS.findall(h)
    return any((p in known and len(p) >= 3) or p.lower() in _BODY_WORDS for p in parts)


# a Discord tag, a user name and a four-digit discriminator ("shadowking#4471"), and a gamer's name wrapped in
# "xX ... Xx" without separators ("xXShadowKingXx", "xXCalumMXx")
DISCORD_TAG = re.compile(r"(?<![\w#@])[A-Za-z][\w.]{1,31}#\d{4}(?![\w#])")
WRAPPED_GAMER = re.compile(r"(?<![\w@])x+X+[A-Z][A-Za-z0-9]*[a-z0-9][A-Za-z0-9]*X+x+(?![\w@])")
# a name spelt with digits for letters, as gamers and teenagers write one: "H4RRY", "J4Y", "L3XI"
_LEET = re.compile(r"[^\W\d_][013457][^\W\d_]")


def _is_handle(h: str) -> bool:
    """A bare token is a handle when it has an underscore, or a dot and a digit, and letters."""
    if not _LETTER.search(h) or FILE_OR_DOMAIN.search(h) or NUMBERISH.match(h) or DOC_PART.match(h) or \
            PSEUDONYM_SHAPE.match(h) or (h.upper() == h and not _LEET.search(h)):
        return False  # "SOS_CARE" is a system's label; "Child_A" a pseudonym written as a file name
    if h[0] == "_":
        core = h.strip("_")
        if not core[:1].isalpha() or not re.search(r"[._\d]", core):
            return False  # "_emphasis_" in Markdown; but "_mikey.b_", "_d.a.v.e_" are user names
        h = core + "_"
    if not h[0].isalpha():
        return False  # "0.4th", "1.5kg"
    m = FOOTNOTE.match(h)
    if m and (is_common(m.group(1)) or m.group(1)[0].isupper()):
        return False  # "agencies.3", "Wales.2": a footnote number after a word (from a PDF), not "shane.92"
    if DECORATED.search(h) and _WORDLIKE.search(h):
        return True  # "xX_Reaper_Xx", "x_dai_x": a gamer's decorations, never a field name
    if not (h[0] == "_" or h[-1] == "_" or any(c.isdigit() for c in h)) and \
            all(len(part) <= 4 or is_common(part) for part in re.split(r"[._]", h)):
        return False  # "lead_agency", "local_authority.name": a field of a data file; "caoimhe_x_bfs" a username
    return "_" in h or ("." in h and any(c.isdigit() for c in h) and bool(_WORDLIKE.search(h)))


# the platforms a user name is on
_PLATFORMS = (r"(?i:snap(?:chat)?|insta(?:gram)?|tik\s?tok|facebook|messenger|twitter|discord|xbox(?:\s+live)?|psn|"
              r"playstation|whats\s?app|telegram|kik|roblox|fortnite|youtube|twitch|yubo|wizz|bereal|reddit|steam|"
              r"threads|onlyfans)")
# a text about accounts and platforms ("chatting on Snapchat with 'jd.2008'", "the account follows kayleigh.x.o"): a
# platform named, user names, followers, or an account of a kind ("her Instagram account", "a second account"; not
# "took account of")
SOCIAL_TEXT = re.compile(r"\b(?:" + _PLATFORMS + r"|(?i:usernames?|user\s+names?|gamertags?|followers|"
                         r"(?:online|social\s+media|second|fake|new|private|burner|main|other)\s+accounts?))\b")


def _social_name(h: str) -> bool:
    """In a text about accounts: a lower-case user name joined by dots or underscores, with no digit ("tdot.official",
    "mxllie.b", "kayleigh.x.o", "t_money.mcr"); not two words run together at a missing space ("home.she"), a file, a
    domain or an abbreviation."""
    if h != h.lower() or not _LETTER.search(h) or FILE_OR_DOMAIN.search(h) or NUMBERISH.match(h) or DOC_PART.match(h):
        return False
    parts = [p for p in re.split(r"[._]+", h) if p]
    return len(parts) >= 2 and bool(_WORDLIKE.search(h)) and h[0].isalpha() and \
        not all(is_common(p) or len(p) == 1 for p in parts)


class HandleRecognizer:
    """Finds social media handles and usernames."""

    name = "handle"
    entity_type = "PERSON"

    def analyze(self, text: str) -> list[Detection]:
        """Handles in ``text``."""
        out: list[Detection] = []
        taken: set[int] = set()
        for m in AT_HANDLE.finditer(text):
            if m.group("h").lower() in CSS_AT_RULES:
                continue  # "@page", "@media": a style sheet's at-rules, not a person
            if m.group("h").lower() in PLATFORM_MENTIONS:
                continue  # "@everyone", "@here": a chat platform's mention of every member, no one's handle
            if _organisation(m.group("h")):
                continue  # "@NSPCC", "@SafeguardingNI", "@PoliceServiceNI": a public body's account
            if _LETTER.search(m.group("h")):
                out.append(detection(text, m.start(), m.end(), self.entity_type, 0.85, self.name))
                taken.add(m.start("h"))
        for m in CUED.finditer(text):  # "his gamertag was RossyB2011": a user name named as one, then every use
            h = m.group("h").rstrip(".")
            if is_common(h) or h.upper() == h:
                continue
            for u in re.finditer(r"(?<![\w.@])" + re.escape(h) + r"(?![\w@]|\.\w)", text):
                if u.start() not in taken:
                    out.append(detection(text, u.start(), u.end(), self.entity_type, 0.8, self.name))
                    taken.add(u.start())
        if "_" in text or "." in text:
            keys = {k.group(1) for k in FIELD_KEY.finditer(text)}
            fields = keys if len(keys) >= 3 else set()  # a data file (YAML): its snake_case keys are field names
            social = bool(SOCIAL_TEXT.search(text))
            for m in BARE.finditer(text):
                if m.group("h") in fields:
                    continue
                if m.start("h") not in taken and (_is_handle(m.group("h")) or (
                        social and _social_name(m.group("h")) and not text.startswith(":", m.end("h")))):
                    out.append(detection(text, m.start("h"), m.end("h"), self.entity_type, 0.8, self.name))
                    taken.add(m.start("h"))
            # the core of a decorated handle, written alone with its capital ("Says Reaper asked him")
            for core in handle_cores({d.text for d in out}):
                for m in re.finditer(r"(?<![\w@._])" + re.escape(core) + r"(?![\w@]|[._]\w)", text):
                    if m.start() not in taken and core[0].isupper():
                        out.append(detection(text, m.start(), m.end(), self.entity_type, 0.75, self.name))
                        taken.add(m.start())
            speakers = {text[ls:le] for _, _, ls, le in conversations(text) if SPEAKER.fullmatch(text[ls:le])}
            # and the senders of a chat with times ("[22:14] rick.m.official: u on?")
            speakers |= {m.group("who") for m in TIMED_SPEAKER.finditer(text) if _WORDLIKE.search(m.group("who"))}
            # a user name the text calls an account or a handle ("a second account, rick.m.official", "his own
            # handle, dyl_the_dragon")
            speakers |= {m.group("h") for m in CUED_PLAIN.finditer(text) if _WORDLIKE.search(m.group("h"))
                         and not FILE_OR_DOMAIN.search(m.group("h"))}
            # a user name the text says is on a platform ("kazzab93 on Snapchat", "Snapchat: kazzab93")
            speakers |= {h for m in PLATFORM_CUED.finditer(text) if _WORDLIKE.search(h := m.group("h") or m.group("h2"))
                         and not DOC_PART.match(h) and not FILE_OR_DOMAIN.search(h)}
            for h in speakers - fields:
                for m in re.finditer(r"(?<![\w.@])" + re.escape(h) + r"(?![\w@]|\.\w)", text):
                    if m.start() not in taken:
                        out.append(detection(text, m.start(), m.end(), self.entity_type, 0.75, self.name))
                        taken.add(m.start())
        if "#" in text or "xX" in text:
            for m in (*DISCORD_TAG.finditer(text), *WRAPPED_GAMER.finditer(text)):
                if m.start() not in taken:
                    out.append(detection(text, m.start(), m.end(), self.entity_type, 0.8, self.name))
                    taken.add(m.start())
        out += _listed_with_handles(text, out, taken)
        out += _display_names(text, taken)
        return sorted(out, key=lambda d: (d.start, d.end))  # in text order, whatever order the sets gave


# a display or contact name quoted whole, whatever it holds: "display name 'JD 🔥'", "display name 'R H Y S 💸'",
# 'saved as "Uncle B 🔑"', "display name 'Kay V'"
DISPLAY_QUOTED = re.compile(r"\b(?i:display\s+names?|contact\s+names?|screen\s+names?|saved\s+(?:in\s+\w+\s+phone\s+)?as)"
                            r"(?:\s+(?:was|is|of))?\s*:?\s+(?P<q>['‘\"“])(?P<v>[^'’\"”\n]{1,30}?)['’\"”]")


# a contact saved as a relative and a letter: "Uncle G", "Nan B"
_KIN_LETTER = re.compile(r"(?i:" + kin.words(kin.EXTENDED, kin.GRANDPARENTS, "nanna granda bro sis") + r")\s[A-Z]")


def _display_names(text: str, taken: set[int]) -> list[Detection]:
    """The quoted value of a display or contact name, and its other uses; not a label of common words ("saved as
    'Boss'"), a pseudonym or a handle found already."""
    if "name" not in text and "saved" not in text:
        return []
    values = set()
    for m in DISPLAY_QUOTED.finditer(text):
        v = m.group("v").strip()
        bare = re.sub(r"[^\w'’)]+$", "", v)  # "Uncle G 🎮": the name, not its emoji
        kin_letter = bool(_KIN_LETTER.fullmatch(bare))
        words = re.findall(r"[^\W\d_]+", v)
        if not words or m.start("v") in taken or (allow.PSEUDONYM.fullmatch(bare) and not kin_letter
                                                  and not re.search(r"[^\w\s]", v)):
            continue  # a pseudonym ("Child B"), but a contact saved as a relative and a letter is someone's ("Uncle G")
        if all(allow.is_common(w) for w in words if len(w) > 1) and any(len(w) > 1 for w in words) and \
                not _LEET.search(v) and not kin_letter:
            continue  # "saved as 'Boss'", "display name 'Mum'": a label (not "J4Y KING", a name spelt with digits)
        values.add(bare if kin_letter else v)
    out = []
    for v in values:
        for u in re.finditer(r"(?<![\w@])" + re.escape(v) + r"(?!\w)", text):
            if u.start() not in taken:
                out.append(detection(text, u.start(), u.end(), "PERSON", 0.8, "handle"))
                taken.add(u.start())
    return out


def _listed_with_handles(text: str, found: list[Detection], taken: set[int]) -> list[Detection]:
    """User names listed with a found handle ("names like dz.official, @_kxng.s and frosty2k9"): a lower-case word
    with a digit, or with a dot or underscore inside, joined to a handle by a comma, "and" or "or"."""
    if not found:
        return []
    starts = {d.start for d in found}
    ends = {d.end for d in found}
    out: list[Detection] = []
    for _ in range(2):  # a second pass reaches the far end of "a, b, c and d"
        for m in USER_SHAPE.finditer(text):
            if m.start() in taken or FILE_OR_DOMAIN.search(m.group()) or DOC_PART.match(m.group()) or \
                    not _WORDLIKE.search(m.group()):
                continue
            right = _LIST_JOIN.match(text, m.end())
            left = _LIST_JOIN_BEFORE.search(text, max(0, m.start() - 6), m.start())
            if (right and right.end() in starts) or (left and left.start() in ends):
                d = detection(text, m.start(), m.end(), "PERSON", 0.75, HandleRecognizer.name)
                out.append(d)
                taken.add(m.start())
                starts.add(d.start)
                ends.add(d.end)
    return out


# a user name's shape in a list: lower-case letters with a digit ("frosty2k9") or joined by dots and underscores
# ("dz.official")
USER_SHAPE = re.compile(r"(?<![\w.@/-])(?=[a-z])(?:[a-z]+\d[a-z0-9]*|[a-z][a-z0-9]*(?:[._][a-z0-9]+)+)(?![\w@/-]|\.\w)")
_LIST_JOIN = re.compile(r",?\s+(?:and|or|&)\s+|,\s+")
_LIST_JOIN_BEFORE = re.compile(r"(?:,?\s+(?:and|or|&)\s+|,\s+)$")
PLATFORM_CUED = re.compile(r"(?<![\w.@])(?P<h>[a-z][a-z0-9._]*\d[a-z0-9._]*|[a-z][a-z0-9]*(?:[._][a-z0-9]+)+)(?<![._])"
                           r"(?=\s+(?:on|via)\s+" + _PLATFORMS + r"\b)"
                           r"|\b" + _PLATFORMS + r"(?:\s+(?i:(?:account|name|user\s?name|handle|id)(?:\s+(?:as|was|is))?|as))?\s*[:,]?\s+"
                           r"['‘\"“]?"
                           r"(?P<h2>[a-z][a-z0-9._]*\d[a-z0-9._]*|[a-z][a-z0-9]*(?:[._][a-z0-9]+)+)(?<![._])")


# a user name the text names as one: a word with digits or inner capitals after "gamertag", "username", "handle"
CUED = re.compile(r"\b(?i:gamer\s?tags?|user\s?names?|handles?|screen\s+names?|psn\s+(?:id|name)|display\s+names?|"
                  r"account\s+names?|used\s+the\s+name)(?:\s+(?:was|is|of|called|named))?\s*[:,]?\s+['‘\"“]?"
                  # (with a digit, in camel case, or words joined by a dot or underscore: "zee.xoxo")
                  r"(?P<h>[A-Za-z][A-Za-z_.]*\d[A-Za-z0-9_.]*|[A-Z][a-z]+[A-Z][A-Za-z0-9]*|[a-z][a-z0-9]*(?:[._][a-z0-9]+)+)")
# the decorations gamers wrap a name in: "xX_", "_Xx", "x_", "_x", "XxX" at either end, joined by an underscore or dot
DECORATED = re.compile(r"^(?:[xX]{2,3}|[xX](?=[._]))[._]|[._](?:[xX]{2,3}|[xX])$")
# a handle's core: the one word left when the decorations, separators and digits are taken away
_CORE = re.compile(r"^[xX._\d]*?(?:[xX]{2,3}[._]|[xX][._])?([A-Z][a-z]{3,}|[a-z]{4,})(?:[._][xX]{1,3}|[._]?\d+)?[xX._\d]*$")


def handle_cores(handles: set[str]) -> set[str]:
    """The name inside decorated handles ("Reaper" of "xX_Reaper_Xx"), which a record then uses alone."""
    out = set()
    for h in handles:
        if not DECORATED.search(h):
            continue
        m = _CORE.match(h)
        if m:
            out.add(m.group(1))
    return out


# a speaker's user name: lower-case letters and digits joined by dots or underscores ("rico.b", "ciara.mc")
SPEAKER = re.compile(r"[a-z][a-z0-9]*(?:[._][a-z0-9]+)+")
TIMED_SPEAKER = re.compile(r"(?m)^[ \t]*" + CHAT_STAMP + r"(?P<who>[a-z][a-z0-9]*(?:[._][a-z0-9]+)+):[ \t]")
CUED_PLAIN = re.compile(r"\b(?i:accounts?|handles?|user\s?names?|profiles?|gamer\s?tags?|(?:used|uses|using)\s+the\s+name|"
                        # Welsh: "yr ail gyfrif a ddefnyddiwyd ganddo, daibach.official"
                        r"cyfrif|gyfrif|nghyfrif|chyfrif|cyfrifon|gyfrifon|enw\s+defnyddiwr)"
                        # the account's words before the comma: "a second account he used, rick.m.official"
                        r"(?:\s+(?:was|is|called|named)|(?:\s+[\w'’-]+){1,4}?(?=,))?"
                        r",?\s+['‘\"“]?(?P<h>[a-z][a-z0-9]*(?:[._][a-z0-9]+)+)(?![\w@]|\.\w)")


def recognizer() -> HandleRecognizer:
    """The handle recognizer."""
    return HandleRecognizer()


_HANDLE_FILLER = ("xx", "xo", "x", "y", "z")


def name_parts(text: str) -> set[str]:
    """Words inside the handles of ``text`` ("dai" of "dai_bach.07", "grey" of "k.grey_07", "ash" of "ashx.marsh"),
    lower case, with a filler letter at the end removed too: a friend writes the name the handle is made of."""
    out: set[str] = set()
    handles = [m.group("h") for m in AT_HANDLE.finditer(text)]
    if "_" in text or "." in text:
        handles += [m.group("h") for m in BARE.finditer(text) if _is_handle(m.group("h"))]
    for h in handles:
        for part in re.findall(r"[A-Za-z]{3,}", h):
            low = part.lower()
            out.add(low)
            for f in _HANDLE_FILLER:
                if low.endswith(f) and len(low) - len(f) >= 3:
                    out.add(low[:-len(f)])
    return out
