"""Initials in meeting minutes: the attendee and apology lists that name people by initials, and every later
use of the same initials in the minutes ("Present: KM (SW, chair), JT-R (HV), AO'N (DSL)" ... "KM to visit").

The evidence is the list, not the letters: a label (Present, Attendees, Apologies, Chair, Yn bresennol,
Ymddiheuriadau, Cadeirydd...) then items separated by commas or semicolons, each opened by initials — capitals
with the digraphs and prefixes names carry (Ll, Rh, Mc, Mac, O', Ó'), dotted or hyphenated (M.Ll., AB-K, S McC).
"""

from __future__ import annotations

import re

from anonymise.recognizers import allow, capitals, kin

# the capitals of the Latin alphabets names are written in (Welsh Ŵ Ŷ, Irish Á, Polish Ł Ś Ż, Romanian Ș Ț, Czech Č Ř,
# Lithuanian Ė Ū, Turkish Ş İ ...): an initial is any of them ("M.Ł.", "ȘP")
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŴŶŸŹŻŽȘȚ"
_UNIT = r"(?:Ll|Rh|Dd|Ff|Ch|Th|Mc|Mac|O['’]|Ó['’]|Ní|[" + _UPPER + r"])"
# also an initial and a short surname ("J. Ng"), hyphenated given initials and a surname initial ("A-M D"), and an
# initial, a patronymic particle and an initial ("G ap D", "S bin A", "G. ap D.")
INITIALS = (r"(?:[A-Z]\.\s?[A-Z][a-z]{1,2}(?![a-z])"
            r"|[A-Z](?:-[A-Z])+\s[A-Z](?![a-z])"
            r"|[A-Z]\.?\s[A-Z]\.?-[A-Z]\.?(?![a-z])"  # a given initial and a double-barrelled surname's: "A K-S"
            r"|[A-Z]\.?\s(?:ap|ab|bin|bint|ibn|de|van|ní|nic)\s[A-Z]\.?(?![a-z])"
            r"|(?:" + _UNIT + r"\.?){1,4}(?:-(?:" + _UNIT + r"\.?){1,3})?"
            r"|[A-Z]\.?\s(?:Mc|Mac|O['’]|Ó['’])\s?[A-Z](?![a-z]))")  # "P McK", "S O'H", "C Mc G"
# who keeps a meeting's record: "Recorder: JT.", "Minute taker: ...", "Cofnodwr: ..."
_RECORDER_LABELS = r"recorder|recorded\s+by|minutes?|minute[\s-]+taker|note[\s-]+taker|scribe|cofnodwr"
LABEL = re.compile(
    r"(?im)(?=[pacimnfsyhoruv])(?<![\w-])(?:present|attendees|attending|attendance|in\s+attendance|participants|apologies|"
    r"(?:not\s+able|unable)\s+to\s+attend|absent|sent\s+apologies|"
    # the recorder and the subject of a record: "Recorder: JT.", "Child: KT, aged 13"
    r"" + _RECORDER_LABELS + r"|child|young\s+person|victim|suspect|alleged\s+perpetrator|perpetrator|"
    # the staff of a shift in a residential log: "On: GH (SL), AK, MW", "Staff on shift: PT, JH", "On duty: …"
    r"on|on\s+(?:shift|duty)|staff(?:\s+on\s+(?:shift|duty))?|staffing|shift\s+staff|"
    r"also\s+(?:present|[a-z]{3,}ed)|attended(?:\s+by)?|those\s+present|invited|"  # "Also consulted:", "Attended:"
    r"chair|chaired\s+by|chairperson|facilitator|facilitated\s+by|"
    r"co-facilitator|yn\s+bresennol|ymddiheuriadau|cadeirydd|presennol|hwylusydd)"
    # "Present (initials as on the sign-in sheet): ..." (not "Yn bresennol (yn ôl rôl):", a list of posts)
    r"(?:\s+\((?![^()\n]*\b(?i:roles?|rôl|rolau|posts?|swydd))[^()\n]{1,80}\))?\s*:\s*")
ITEM = re.compile(r"\s*(?P<ini>" + INITIALS + r")(?![\w'’-])(?P<tail>\s*\([^()\n]{0,80}\))?\s*(?P<sep>[,;]|\band\b|$|\n|(?=[A-Z][a-z]+\s*:)|(?<=\.)(?=\s)|(?<=\))\.(?=\s|$)|(?=\s*\)))")
# a list written one item a line (or split by semicolons) as "initials - post": "RM - Chair, Team Manager, MASH",
# "HT – Health Visitor"; a line naming someone in words ("DS Akhtar - West Midlands Police") is passed over
DASH_ITEM = re.compile(r"[ \t]*(?:(?P<ini>" + INITIALS + r")|[^\n;:–—-]{1,50}?)(?![\w'’-])[ \t]+[-–—][ \t]+"
                       r"(?P<tail>[^\n;]{2,100})(?P<sep>;|\n|$)")
LAST_ITEM = re.compile(r"[^,;()\n:]{1,60}\([^()\n]{0,80}\)\.?[ \t]*(?=\n|$)")
OTHER_ITEM = re.compile(r"[^,;()\n:]{1,60}(?:\([^()\n]{0,80}\))?\s*[,;]")
_CAPS = re.compile("[" + _UPPER + "]")
# a bracket that holds initials names who holds the post before it ("Apologies: GP (RJ)"): the post is no initials
_BRACKETED_INITIALS = re.compile(r"\(\s*(?:" + INITIALS + r"|(?:Dr|Mr|Mrs|Ms|Miss|Mx|Nurse|DC|DS|PC|Sgt)\.?\s+(?:" + INITIALS +
                                 r"|[A-Z][\w'’-]+))\s*\)")  # "GP (RJ)", "GP (Dr JMcC)"
# a relative in brackets after initials: the initials are a family member's, whatever acronym they spell ("DH (MGM)",
# "LH (Mum)", "KR (maternal aunt)"); the abbreviations of grandparents (MGM, PGF, MAGM) are relationships, not initials
_RELATIVES = kin.words(kin.PARENTS, kin.STEP_PARENTS, kin.GRANDPARENTS, kin.SIBLINGS, kin.EXTENDED)
_KIN_BRACKET = re.compile(r"\(\s*(?:(?:MA|PA|M|P)?G{1,2}[MF]|(?i:(?:maternal|paternal|step-?|great-?)?\s*(?:" + _RELATIVES +
                          r"|baby|son|daughter|child)|mother['’]s\s+partner|(?:kinship|foster)\s+carer))\s*\)")


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


# initials typed in lower case, with a post or a task in brackets, as an item of a list: "tp (notes)", "mb (Family
# Support Worker)"
_LOWER_INITIALS_ITEM = re.compile(r"\s*(?P<ini>[a-z]{2,3})\s*\((?=[^()\n]*[A-Za-z]{3})[^()\n]{1,60}\)\s*"
                                  r"(?P<sep>[,;]|\.?[ \t]*(?:$|\n)|\.(?=[ \t]))")  # (the list's last item ends with ".")
_BARE_NAME_ITEM = re.compile(r"\s*([A-Z][a-z][\w'’-]{1,12})\s*(?P<sep>,|(?=[;)])|$)")
_INITIAL_SURNAME = re.compile(r"\s*(?P<n>[A-Z]\.\s?(?:Mc|Mac|O['’])?[A-Z][a-zà-ÿ'’-]{3,}(?:-[A-Z][a-zà-ÿ'’]{2,})?)(?!\s*:)"
                              r"(?=\s*(?:\(|[,;]))")
NAME_ITEM = re.compile(r"\s*(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2})\s*\([^()\n]{1,80}\)\s*(?:[,;]|$|\n)")


# the heads of posts, shared by a list of posts and a role in brackets after initials
_POST_HEADS = (r"teacher|worker|nurse|officer|manager|lead|chair|cadeirydd|head|pennaeth|athro|doctor|coordinator|"
               r"co-ordinator|practitioner")
# a post written in words, as minutes list those present by post rather than by person ("Lead Reviewer",
# "Designated Nurse (SHSCT)", "Chair (CPC)", "Pennaeth Gwasanaethau Plant", "GP rep")
_POST_WORDS = re.compile(
    r"(?i)\b(?:" + _POST_HEADS + r"|vice[\s-]chair|reviewer|paediatrician|director|representative|rep|adviser|"
    r"advisor|inspector|sergeant|adolygydd|nyrs|swyddog|rheolwr|cyfarwyddwr|cynrychiolydd)\b")


# an item of a list that opens with initials and gives the post after a comma: "SO, social worker", "GW, health visitor"
_ITEM_OPENS = re.compile(r"(?:^|[;:]|\n)[ \t]*$")
_INITIALS_POST = (r"(?:" + INITIALS + r"),\s+(?:[\w'’-]+\s+){0,3}?(?:" + _POST_HEADS +
                  r"|visitor|reviewer|paediatrician|midwife|therapist|advocate)\b")
_INITIALS_THEN_POST = re.compile(r"(?:^|;)\s*" + _INITIALS_POST)
# an item that gives the post in lower-case words first, then who holds it by initials, maybe with a police rank:
# "school nurse EW", "police PC RG", "social work AMacL and J-P S"
_POST_WORDS_FIRST = r"(?:[a-z][\w'’-]*\s+){1,3}(?:(?:PC|DC|DS|DI|DCI|PS|Sgt|Insp)\s+)?"
_POST_PREFIX = re.compile(r"\s*" + _POST_WORDS_FIRST + r"(?=[A-Z])")
_POST_THEN_INITIALS = re.compile(r"(?:^|;)\s*" + _POST_WORDS_FIRST + r"(?:" + INITIALS + r")\s*(?:;|$)")
_INITIALS_POST_RX = re.compile(_INITIALS_POST)


# a post opening the tail of a dash item: "RM - Chair, Team Manager", "HT – Health Visitor" (not "SW - Assessment Team",
# the post SW of a team)
_DASH_POST = re.compile(r"(?:[\w'’-]+\s+){0,3}?(?i:" + _POST_HEADS + r"|visitor|reviewer|paediatrician|midwife|"
                        r"therapist|advocate|DSL|DSP|DT|SENCo|SENCO)\b")


def _dash_person(item: re.Match[str] | None) -> bool:
    """True when a ``DASH_ITEM`` opens with initials and gives a post after the dash ("RM - Chair, Team Manager")."""
    return item is not None and item.group("ini") is not None and _DASH_POST.match(item.group("tail")) is not None


def _post_list(text: str, start: int) -> bool:
    """True when the list that starts at ``start`` names posts, not people: two or more of its items are
    posts written in words, none of them a name with a role in brackets."""
    end = text.find("\n", start)
    line = text[start:end if end >= 0 else len(text)]
    if _INITIALS_THEN_POST.search(line) or _POST_THEN_INITIALS.search(line) or _dash_person(DASH_ITEM.match(line)):
        return False  # "SO, social worker, Assessment Team; GW, health visitor", "school nurse EW": people, posts
    items = [i.strip() for i in re.split(r"[;,](?![^()]*\))", line) if i.strip()]
    posts = sum(1 for i in items if _POST_WORDS.search(re.sub(r"\([^()]*\)", "", i)))
    return posts >= 2


# the shifts of a rota, each with the initials of its staff and no colon: "Rota for the week (...): days B.ap G.,
# S-L.M.; lates TW, S-L.M.; nights KJ, agency worker" (read only where the text calls it a rota)
# a shift header with its staff in brackets: "Day shift (JT, MO'D, Kez)", "Night shift (Kez, RB)"
SHIFT_BRACKET = re.compile(r"\b(?i:day|late|early|night|long\s+day|twilight|sleep-?in|waking\s+night)\s+shift\s*\(\s*")
ROTA_SHIFT = re.compile(r"(?i:(?:^|(?<=[;:])|(?<=[;:]\s))\s*(?:days|lates|earlies|nights|long\s+days|sleep-?ins?|"
                        r"waking\s+nights)\s+)(?=[A-Z])", re.MULTILINE)


_AGENCY_ITEM = re.compile(r"(?i:\b(?:services?|health|housing|probation|education|police|council|trust|board|"
                          r"team|unit|school|nursery|practice|agency|department|directorate|hub|partnership|"
                          r"gwasanaeth|gwasanaethau|prawf|iechyd|tai|addysg|heddlu|cyngor|ysgol|uned|tîm)\b)")
_ONLY_INITIALS = re.compile(r"\(\s*(" + INITIALS + r")\s*\)")


def _bracket_initials(item: str, start: int, acronyms: frozenset[str], out: list[tuple[int, int, str]]) -> None:
    """The initials a list item holds in brackets after an agency or a post ("Children's Services (RB-O)", "Adult
    Mental Health (K.P-S.)"): the person who came for it."""
    for m in _ONLY_INITIALS.finditer(item):
        ini = m.group(1)
        bare = ini.replace(".", "").replace(" ", "")
        if _looks_like_initials(ini) and bare not in acronyms and bare.lower() not in WORD_INITIALS:
            end = start + m.end(1) - (ini.endswith(".") and ini.count(".") == 1)
            out.append((start + m.start(1), end, "initials"))


def _list_items(text: str, acronyms: frozenset[str]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    labels = list(LABEL.finditer(text))
    # minutes that list those present by post name no one by initials in their apology or minute-taker lines either
    # ("Present: Chair (…); SW1 (…); Named Nurse (…)" … "Apologies: GP (record sent by the practice)")
    by_post = any(_post_list(text, m.end()) for m in labels)
    rota = list(ROTA_SHIFT.finditer(text)) if "rota" in text.lower() else []
    rota += list(SHIFT_BRACKET.finditer(text)) if "hift" in text else []
    for m in labels + rota:
        pos = m.end()
        posts = by_post and m.re is LABEL  # a rota's shifts list their staff ("nights KJ, agency worker")
        while True:
            # "C. McIlwaine (GP adviser);": an initial and a surname, a name item (not "AH." ending the list)
            named_initial = _INITIAL_SURNAME.match(text, pos)
            if named_initial and m.re is LABEL:
                out.append((named_initial.start("n"), named_initial.end("n"), "name"))
            it = None if named_initial else ITEM.match(text, pos)
            if not it and m.re is LABEL and (pre := _POST_PREFIX.match(text, pos)) and \
                    text[max(0, pos - 3):pos].rstrip()[-1:] in (";", ":"):
                it = ITEM.match(text, pre.end())  # "; school nurse EW;": the post, then who holds it
            if not it and m.re is not LABEL:
                bare = _BARE_NAME_ITEM.match(text, pos)  # a shift's staff by a short name: "Night shift (Kez, RB)"
                if bare:
                    out.append((bare.start(1), bare.end(1), "name"))
                    if bare.group("sep") != ",":
                        break
                    pos = bare.end()
                    continue
            if not it and m.re is LABEL and (dash := DASH_ITEM.match(text, pos)):
                ini = dash.group("ini")
                bare = (ini or "").replace(".", "").replace(" ", "")
                if ini and _looks_like_initials(ini) and not (posts and ini.isupper() and "." not in ini) and \
                        bare.lower() not in WORD_INITIALS and (bare not in acronyms or _dash_person(dash)):
                    out.append((dash.start("ini"), dash.end("ini") - (ini.endswith(".") and ini.count(".") == 1),
                                "initials"))  # the post after the dash says they are someone's, whatever they spell
                if dash.group("sep") == "" or dash.end() == pos:
                    break
                pos = dash.end()
                continue
            if not it and m.re is LABEL and (low := _LOWER_INITIALS_ITEM.match(text, pos)) and \
                    low.group("ini") not in _LOWER_NOT_INITIALS:
                out.append((low.start("ini"), low.end("ini"), "initials"))  # "tp (notes)": initials typed in lower case
                if low.group("sep") not in (",", ";"):
                    break
                pos = low.end()
                continue
            if not it:
                named = NAME_ITEM.match(text, pos)
                if named:
                    out.append((named.start("name"), named.end("name"), "name"))
                other = OTHER_ITEM.match(text, pos)  # a full name in the list ("Dr A. Nwosu (Paediatrics)")
                if not other or other.end() == pos:
                    last = LAST_ITEM.match(text, pos)  # the list's last item: "Apologies: Gwasanaeth Prawf (EJ)."
                    if last and _AGENCY_ITEM.search(last.group(0).split("(", 1)[0]):
                        _bracket_initials(last.group(0), last.start(), acronyms, out)
                    break
                head = other.group(0).split("(", 1)[0]
                if _AGENCY_ITEM.search(head):  # "Children's Services (RB-O)"; not "Bex (SL)", a name with a role
                    _bracket_initials(other.group(0), other.start(), acronyms, out)
                pos = other.end()
                continue
            ini = it.group("ini")
            bare = ini.replace(".", "").replace(" ", "")
            kin = bool(it.group("tail") and _KIN_BRACKET.fullmatch(it.group("tail").strip()))
            if it.group("tail") and bare in acronyms and not kin:  # "IDVA (AK)": who came for the agency (not "GH (SL)")
                _bracket_initials(it.group("tail"), it.start("tail"), acronyms, out)
            # two letters that spell an acronym too (DH, EH) are initials when a role or agency follows in brackets
            # in a list of posts, capitals are the acronyms of posts ("CSWO", "DSW (Trust)"), not initials
            if posts and ini.isupper() and "." not in ini:
                pass
            elif _looks_like_initials(ini) and (bare not in acronyms or kin or (len(bare) == 2 and it.group("tail") and
                                                             not _BRACKETED_INITIALS.fullmatch(it.group("tail").strip()))):
                # "Facilitator: AH. Participants:": the full stop ends the sentence, the initials are "AH"
                end = it.end("ini") - (ini.endswith(".") and ini.count(".") == 1)
                out.append((it.start("ini"), end, "initials"))
            if it.group("sep") in ("", "\n", ".") or it.end() == pos:  # "BT (CAMHS)." ends the list
                break
            pos = it.end()
    return out


# after initials that spell a word ("NO", "DO", "IT"), an action or a report: "DO to confirm", "DO i gadarnhau",
# "Bydd SO yn anfon", "SO wedi gofyn" (Welsh "yn" and "wedi" before a verb-noun)
_ACTOR_AFTER = re.compile(r"^(?:\s*[:;,)(]|\s+(?:to|i|and|a|ac|yn|wedi|said|says|noted|agreed|reported|asked|confirmed|will|"
                          r"would|had|has|was|is|[a-z]+(?:ed|odd))\b)")
WORD_INITIALS = frozenset("a an as at be by do go he if in is it me my no of on or so to up us we am".split())
# lower-case letters of a list item that are no one's initials: those words, and abbreviations ("pm", "nb", "eg")
_LOWER_NOT_INITIALS = WORD_INITIALS | {"pm", "ps", "nb", "eg", "ie", "re"}


# initials typed in lower case where a record signs or keeps its notes: a field on its own line ("Secretariat: lf",
# "Cofnodwyd gan: ceg"), who last updated a tracker ("last updated by fm"), a log entry's sign-off before its closing
# quote ("... given kit from spares. ww'")
_LOWER_SIGNED = re.compile(
    r"(?im:^[ \t]*(?:" + _RECORDER_LABELS + r"|secretariat|notes\s+by|cofnodwyd\s+gan|cofnodion|signed|completed\s+by|"
    r"updated\s+by)[ \t]*:?[ \t]*(?-i:(?P<a>[a-z]{2,3}))[ \t]*$)"
    r"|\b(?i:(?:last\s+)?(?:updated|completed|entered|recorded|signed|written|drafted|checked)\s+by)\s+(?P<b>[a-z]{2,3})"
    r"(?=[ \t]*(?:[)|,;]|\.?[ \t]*$))"
    r"|(?<=[.!?])[ \t]+(?P<c>[a-z]{2,3})['’](?=\s|$)")
# (nor the words of a message: "tell miss at skl then. pls'")
_NOT_SIGNED = frozenset("tbc tba na nil etc ok yes no all any tbd pls plz thx ty lol omg xx xxx btw idk tbh ffs wtf brb "
                        "np gg cya ily bae hun".split())
# what a social-care or health log ends an entry with that is no one's initials (did not attend, was not brought)
_LOG_ENDINGS = frozenset("dna wnb nfa fyi asap".split())


def _no_initials(ini: str, *, short_words: bool = True) -> bool:
    """True when lower-case letters are a word or a message's or a log's abbreviation ("tbc", "pls", "dna"), not
    someone's initials. ``short_words=False`` trusts two letters the dictionary lists (it holds "ak", "mw", "cw")
    where the frame alone says they sign."""
    return ini in _LOWER_NOT_INITIALS or ini in _NOT_SIGNED or ini in _LOG_ENDINGS or (
        (short_words or len(ini) > 2) and (allow.is_common(ini) or ini in allow.welsh_words()))


# a timed log entry signed at its end by the worker's initials, after the entry's last full stop or a dash, one worker
# or two ("... no concerns today. jm", "... tu allan. – gwj/elh", "... body map done. cw/dc hughes")
_ENTRY_SIGN_OFF = re.compile(r"(?m)(?:(?<=[.!?)\"”'’])[ \t]+|[ \t](?P<dash>[-–—])[ \t]?)"
                             r"(?P<ini>[a-z]{2,3}(?:/[a-z]{2,3})*)(?:/[a-z]{2,3}[ \t]+[a-z]{3,})?[ \t]*$")


def _entry_sign_offs(text: str, acronyms: frozenset[str]) -> set[str]:
    """Initials that sign a timed log entry at its end (the entry's line opens with a date or a time)."""
    found = set()
    for m in _ENTRY_SIGN_OFF.finditer(text):
        if not LOG_LINE_START.match(text, text.rfind("\n", 0, m.start()) + 1):
            continue
        for ini in m.group("ini").split("/"):
            if _no_initials(ini, short_words=False) or (not m.group("dash") and ini.upper() in acronyms):
                continue  # "... seen. sw": a post after a full stop; "- sw" signs as a person does
            found.add(ini)
    return found


# a numbered or bulleted action whose owner is typed in lower case: "1. rd to visit today", "- amck to confirm", "2. cej i
# deipio", "3. gmcl: check VPD"
_LOWER_ACTION = re.compile(r"(?m)^[ \t]*(?:\d{1,2}[.)]|[-•*])[ \t]*(?P<ini>[a-z]{2,4})(?:[ \t]+(?:to|i)|[ \t]*:)[ \t]+[a-z]{3,}")


def _action_owners(text: str, acronyms: frozenset[str]) -> set[str]:
    """The owners of lower-case actions; not a word, a post ("sw to visit") or a relative ("mum to call")."""
    return {m.group("ini") for m in _LOWER_ACTION.finditer(text)
            if not _no_initials(m.group("ini")) and m.group("ini").upper() not in acronyms and
            m.group("ini") not in kin.RELATIVES}


def lower_signed_initials(text: str, acronyms: frozenset[str]) -> list[tuple[int, int]]:
    """Lower-case initials where a record signs or keeps its notes or owns an action, and every other use of them in
    the same case ("Secretariat: lf" ... "lf will circulate the report"); not a word, an abbreviation or "tbc"."""
    signed = (m.group("a") or m.group("b") or m.group("c") for m in _LOWER_SIGNED.finditer(text))
    found = {ini for ini in signed if not _no_initials(ini)}
    if "\n" in text or LOG_LINE_START.match(text):
        found |= _entry_sign_offs(text, acronyms) | _action_owners(text, acronyms)
    out = []
    for ini in found:
        # (also after a dash that signs: "... to police. -ak"; not inside a hyphenated word)
        out += [u.span() for u in re.finditer(r"(?<![\w@.])(?<!\w-)(?<!\w['’])" + re.escape(ini) + r"(?![\w@-]|['’]\w)",
                                              text)]
    return out


def recurrences(text: str, found: set[str]) -> list[tuple[int, int]]:
    """Every use, in the same case, of initials found in a list ("KM to send the report"); initials that spell
    a word ("NO", "DO") only where they act ("DO to confirm"), not in "NO further action"."""
    if not found:
        return []
    rx = re.compile(r"(?:(?<![\w.’'-])|(?<=[\s(]['‘]))(?:" + "|".join(re.escape(f) for f in sorted(found, key=len, reverse=True)) +
                    r")(?:(?![\w’'-])|(?=['’](?:s\b|[^\w]|$)))")  # also 'KM' in quotes and KM's
    out = []
    for m in rx.finditer(text):
        if m.group(0).lower() in WORD_INITIALS and not _ACTOR_AFTER.match(text[m.end():m.end() + 20]):
            continue
        out.append(m.span())
    return out


# -- initials outside a list: the slot a person fills ---------------------------------------------------------------
# Minutes kept without an attendee list and school or GP logs name staff by initials only ("GWJ said", "Logged by: SB",
# "Sylwodd CMW", "DJ (PSNI) asked", "SW LB noted", "| LTH |"). The evidence is the slot, as for a name: the subject of
# a reporting verb, the agent after "by"/"gan", a role or agency in brackets, a role title before, a log's author field.
# Capitals alone (2-3 letters) or with the digraphs and prefixes of names (KMc, CMcK, LlE, RLl-E, MB-S, Rh.O.).
# (written to open on a capital, so the regex engine skips ahead to capitals: the first unit's second letter is
# checked by lookbehind)
TOKEN = re.compile("[" + _UPPER + "]" + r"(?<![\w.'’/-].)(?:(?<=[LR])[lh]|(?<=[DF])[df]|(?<=[CT])h|(?<=M)a?c|(?<=[OÓ])['’]|"
                   r"(?<=N)í)?\.?(?:(?:" + _UNIT + r"\.?){1,3}(?:-(?:" + _UNIT + r"\.?){1,3})?|-(?:" + _UNIT +
                   r"\.?){1,3})(?![\w'’-])")  # "J-PK": one given initial, a hyphen, then the rest
# a given initial, a space, then a surname's prefix and initial, as Irish and Scottish names are written ("L O'B",
# "P McK", "C Mc G"): one token, not its last part
SPACED_TOKEN = re.compile(r"(?<![\w.'’/-])[A-Z]\.?\s(?:Mc|Mac|O['’]|Ó['’])\s?[A-Z](?![\w'’-])")


def _tokens(text: str) -> list[re.Match[str]]:
    """TOKEN's matches, with SPACED_TOKEN's in place of the prefix and initial they end with."""
    toks = list(TOKEN.finditer(text))
    if "Mc" in text or "Mac" in text or "O'" in text or "O’" in text or "Ó" in text:
        spaced = list(SPACED_TOKEN.finditer(text))
        if spaced:
            toks = sorted([m for m in toks if not any(sp.start() <= m.start() < sp.end() for sp in spaced)] + spaced,
                          key=lambda m: m.start())
    return toks


_VERBS = (r"said|says|asked|asks|agreed|agrees|recorded|records|noted|notes|logged|summarised|summarized|outlined|"
          r"confirmed|confirms|raised|reported|explained|described|stated|felt|feels|thought|advised|queried|"
          r"challenged|suggested|proposed|added|replied|phoned|rang|called|emailed|wrote|observed|saw|spoke|checked|"
          r"disagreed|accepted|opened|closed|chaired|visited|completed|passed|shared|presented|knew|told|undertook|"
          r"wondered|believed|reflected|recalled|disclosed|denied|admitted|did|had|was|would|could|will|has|is|"
          r"didn['’]t|doesn['’]t|wasn['’]t|hadn['’]t|agreed|responded|clarified|highlighted|emphasised|stressed|"
          r"acknowledged|recommended|requested|offered|led|took|gave|made|met|attended")
_BRACKET = r"(?:\s*\([^()\n]{1,50}\))?"
# a log's or plan's field that holds the person who wrote, owns or leads the entry ("Worker: KMcA", "Awdur: LT",
# "Logged by: SB", "Arweinydd: AMJ (Dechrau'n Deg)", "Allocated worker - TB")
_FIELD_LABELS = (r"(?i:\b(?:author|awdur|worker|key\s?worker|case\s?worker|allocated(?:\s+(?:worker|to))?|"
                 r"gweithiwr(?:\s+allweddol)?|lead|arweinydd|owner|action\s+owner|perchennog|assigned\s+to|"
                 r"recorded|cofnodwyd|reporter|entered|completed|signed|llofnod|notes|minutes|scribe|facilitator|"
                 r"hwylusydd|nodiadau)\s*(?::|\s-)\s*)")
# the listed verbs, or the Welsh perfect ("wedi gofyn"), after the subject
SUBJECT_AFTER = re.compile(r"^" + _BRACKET + r"\s+(?:" + _VERBS + r"|wedi\s+[a-zŵŷâ]{3,})\b(?!\s+by\b)")  # not "GMP called by"
# any verb in the past ("answered the door"), where the initials are not an abbreviation the text spells out
PAST_AFTER = re.compile(r"^\s+[a-z]{3,}ed\b(?!\s+by\b)")
ACTION_AFTER = re.compile(r"^" + _BRACKET + r"\s+(?:to|i)\s+[a-zŵŷâ]{3,}\b")
CLAUSE_START = re.compile(r"(?:^|\n[ \t]*|[.!?:;|]['\"”’)]*\s+|\(\s*|-\s+|\b(?:and|or|nor|neither|that|but|then|"
                          r"because|while|when|until|whether|a|ac|fod|bod|nad)\s+|,\s+)$")
AGENT_BEFORE = re.compile(r"(?i:\b(?:by|gan)\s*:?\s*|\b(?:minute|note)[\s-]?taker\s*:?\s*|\b(?:alerted|informed|cc|copied\s+to|staff|"
                          r"passed\s+to|discussed\s+with|seen\s+by|action)\s*:\s*|" + _FIELD_LABELS + r")$")
WELSH_VERB_BEFORE = re.compile(r"(?:^|[\s(])[A-Za-zŵŷâêîôû]{2,}odd\s+$")
# (a full stop after a post in capitals ends its sentence: "discussed with HV. HV to visit" is the post twice; after a
# word it marks the abbreviation: "Dr. AB")
_CAPS_POST_BEFORE = re.compile(r"(?<![\w-])(?:SW|HV|DC|DS|PC|DSL|SSW|FSW|RSW|YW|TM)\s$")
ROLE_TITLE_BEFORE = re.compile(r"(?<![\w-])(?:(?:SW|HV|DC|DS|DI|DCI|PC|PS|DSL|SENCO|SENCo|TA|HT|TM|SSW|FSW|YW)|"
                               r"(?:Sgt|Dr|Admin|Nurse|Cllr|Rev|Insp)\.?|"
                               # a police rank in words, English or Welsh (with its mutations: "gan Ringyll CW")
                               r"Sergeant|Inspector|Constable|(?:Rh|R)ingyll|Sarjant|Sarsiant|Arolygydd|Ditectif|"
                               r"(?:C|G|Ngh|Ch)wnstabl)\s+$")
# initials in apposition to a post: "the health visitor, AP, had not", "her deputy, TH, logged"
# initials right after a post in lower case: "informed on-call manager RS", "handed to night worker KT" (a post
# written in capitals is an agency's: "NSPCC Helpline")
ROLE_NOUN_BEFORE = re.compile(r"(?<![A-Z] )\b(?:manager|worker|officer|nurse|teacher|visitor|practitioner|supervisor|"
                              r"keyworker|carer|midwife|therapist|mentor|coordinator|co-ordinator)(?:\s+on[\s-]call)?\s+$")
HANDOVER_BEFORE = re.compile(r"\b(?i:hand(?:ed)?[\s-]?over\s+(?:to|from)|handover(?:\s+(?:to|from))?)\s+$"
                             r"|(?:^|\s)(?:→|->|=>)\s+$")  # "Handover KJ → B.ap G."
# a log entry signed with initials at its end: "... buzzing. – KJ (RSW, nights)", "... informed. – B.ap G."
# a log line signed with initials and no dash: "Mon 16:10 K home. ... Logged. AR" (the line opens with a time)
LOG_LINE_END_BEFORE = re.compile(r"[.!?)]\s+$")
LOG_LINE_START = re.compile(r"(?m)^[ \t]*(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\w*\.?\s+)?(?:\d{1,2}[:.]\d{2}|"
                            r"\d{1,2}/\d{1,2}/\d{2,4})")
# the initials in brackets after signing: "SPO countersigned (RH)", "plan approved (TdeB)", "checked by (LW)"
SIGNER_BEFORE = re.compile(r"\b(?i:(?:counter-?)?signed|countersigned|authori[sz]ed|approved|verified|checked|"
                           r"initialled|llofnodwyd|cymeradwywyd)(?:\s+(?:off|by|gan))?\s*\(\s*$")
SIGNED_BEFORE = re.compile(r"(?:[.!?\"”')]|\d)\s+[–—-]\s*$")
SIGNED_AFTER = re.compile(r"(?:\s*\([^()\n]{1,40}\))?[ \t]*(?:\n|$|\s+\d{1,2}/\d{1,2}/\d{2,4})")
ROLE_APPOSITION_BEFORE = re.compile(r"\b(?i:visitor|worker|nurse|teacher|officer|manager|midwife|doctor|deputy|"
                                    r"lead|practitioner|therapist|paediatrician|consultant|head|headteacher|tutor|"
                                    r"coordinator|co-ordinator|advocate|mentor|supervisor|sergeant|constable|"
                                    r"ymwelydd|gweithiwr|nyrs|athro|athrawes|swyddog|rheolwr|pennaeth|dirprwy|"
                                    # Welsh posts, and a post's Welsh qualifier: "swyddog yr heddlu, TJ, fod",
                                    # "yr arweinydd, EHJ, fod", "y gweithiwr cymdeithasol, SLl,"
                                    r"arweinydd|cadeirydd|cydlynydd|ymarferydd|meddyg|eiriolwr|cynorthwyydd|"
                                    r"heddlu|ieuenctid|cymdeithasol|iechyd|teulu|achos|"
                                    # people who are no professionals: "an adult, DW, who", "a 34-year-old man, JRW,"
                                    r"adult|man|woman|male|female|boy|girl|youth|teenager|person|individual|associate|"
                                    r"boyfriend|girlfriend|perpetrator|suspect|offender|year[\s-]old|"
                                    r"dyn|ddyn|menyw|dynes|oedolyn|bachgen|merch),\s+$")
# someone's home by their initials: "she'd been at MK's", "went round to JD's" (not a shop: no initials are one)
HOME_INITIALS = re.compile(r"\b(?:at|to|from|round|roon)\s+([A-Z]{2,3})['’]s(?![\w'’])")
# initials glossed as a person after them: "TM, a nineteen-year-old who", "DW, an adult known to police"
PERSON_GLOSS_AFTER = re.compile(r",\s+(?i:an?|the)\s+(?:[\w-]+\s+){0,2}(?i:adult|man|woman|male|female|boy|girl|"
                                r"youth|teenager|person|individual|associate|friend|boyfriend|girlfriend|"
                                r"[\w]+-year-old|dyn|menyw|oedolyn|bachgen|merch)\b")
# a relative named by initials after the kinship, as a chronology writes a family ("Seen baby and mum AP", "Dad WSM at
# work", "FOB IS present": father of baby), whatever word or acronym the letters spell
# the end of a relative's bracket of initials, maybe saying where they are written: "(SW)", "(HAW in agency records)"
_KIN_INITIALS_CLOSE = re.compile(r"\s*\)|\s+(?:in|on)\s+(?:the\s+|all\s+|some\s+)?(?:[\w-]+\s+){0,2}(?:records?|systems?|"
                                 r"notes|files?|logs?|referrals?)\s*\)")
KIN_BRACKET_BEFORE = re.compile(r"(?<![\w-])(?i:" + _RELATIVES + r"|partner|boyfriend|girlfriend)[ \t]*\([ \t]*$")
KIN_BEFORE = re.compile(r"(?<![\w-])(?:(?i:" + _RELATIVES + r"|partner|boyfriend|girlfriend)|FOB|MOB|FOC|MOC)[ \t]+$")
# an age in brackets after initials: a person's ("Victim: KLJ (31)", "Perpetrator: AP (35)", "YP RS (15)"), whatever else
# the letters abbreviate; a post or an agency has no age
AGE_AFTER = re.compile(r"\s?" + allow.AGE_IN_BRACKET +
                       r"(?:\)(?=[\s.,;:)]|$)|,\s*(?:DOB|D\.O\.B|born)\b)")  # "(16)", "DA-B (16, DOB 03.11.2007)"
APPOSITION_END = re.compile(r"^(?:,|\s*\)|\s+(?:and|a|ac)\s)")
FIELD_BEFORE = re.compile(r"\|[ \t]*$")
FIELD_AFTER = re.compile(r"^[ \t]*(?:\||\n|$)")
TIME_BEFORE = re.compile(r"(?:^|\s)(?:\d{1,2}[:.]\d{2}|\d{1,2}[/.-](?:\d{1,2}|[A-Z][a-z]{2})[/.-]\d{2,4})[ \t]+$")
NAME_WORD_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")
# a bracket that names the holder of the post before it: "GP (Dr TF)", "HV (Mrs K)"
_TITLED_HOLDER = re.compile(r"(?:Dr|Mr|Mrs|Ms|Miss|DC|DS|PC|Sgt|Cllr)\.?\s+\S")
BRACKET_AFTER = re.compile(r"^\s*\(([^()\n]{1,50})\)")
# a post in words or capitals, then the initials of who holds it in brackets: "raised with manager (BD)",
# "Apologies: GP (RJ)", "Pennaeth (GLl)"
ROLE_THEN_BRACKET = re.compile(r"(?:\b(?i:" + _POST_HEADS + r"|reviewer|director|rep|adviser|advisor|supervisor|"
                               r"swyddog|rheolwr|nyrs|head\s+of\s+[a-z]+(?:\s+[a-z]+)?)|\b[A-Z]{2,5})\s*\(\s*$")  # "Head of Service ("
# what a bracket after initials says of a person: a role or agency as an acronym ("DSL", "PSNI", "YI") or in words
# ("Pupil Support", "school nurse", "Heddlu", "police"); not a product ("PDF (WeasyPrint)")
ROLE_BRACKET = re.compile(
    r"[A-Z][A-Za-z]{0,5}(?:[ /,&]+[A-Z][A-Za-z]{0,5})*"
    r"|(?i:(?:[\w'’-]+\s+){0,3}(?:" + _POST_HEADS + r"|support|team|tutor|nursing|police|heddlu|health|iechyd|"
    r"education|addysg|school|ysgol|social\s+work|services?|gwasanaethau|visitor|ymwelydd|pastoral|guidance|"
    r"attendance|inclusion|office|wellbeing|behaviour|"
    r"athrawes|gp|meddyg|midwife|bydwraig|housing|tai|probation|clerk|admin|reception|therapist|therapy|pe|"
    r"year\s+\d+)(?:,\s*[\w\s'’-]{1,30})?)")
_SMALL = frozenset("of and for the in on to a an y yr ar i a'r".split())


def _bare(tok: str) -> str:
    """The initials without a full stop that ends the sentence ("LG." -> "LG"; "Rh.O." stays)."""
    return tok[:-1] if tok.endswith(".") and tok.count(".") == 1 else tok


def _letters(initials: str) -> str:
    return "".join(c for c in initials if c.isupper())


def _spells(initials: str, words: str) -> bool:
    """True when the words in brackets spell the initials out ("SN (school nurse)", "RhT (rheolwr tîm)")."""
    heads = "".join(w[0] for w in re.findall(r"[^\W\d_][\w'’-]*", words) if w.lower() not in _SMALL).upper()
    letters = _letters(initials)
    return len(heads) >= 2 and heads.startswith(letters)  # "MTH (meddyg teulu)": a third initial spells nothing


def _spelt_out(text: str, initials: str) -> bool:
    """True when the text writes out in lower case words that the initials abbreviate ("joint investigative
    interview" for JII); a name with the same initials ("Jordan Jukes" for JJ) is no abbreviation."""
    letters = _letters(initials).lower()
    if len(letters) < 2:
        return False
    rx = r"\b" + r"[\w'’-]*\s+(?:(?:of|and|for|the)\s+)?".join(re.escape(c) for c in letters) + r"[\w'’-]*"
    return re.search(rx, text) is not None


def role_abbreviations(text: str) -> set[str]:
    """Initials that the text spells out in brackets: a role or body, not a person ("TM (team manager)")."""
    out = set()
    for m in TOKEN.finditer(text):
        b = BRACKET_AFTER.match(text[m.end():m.end() + 60])
        if b and _spells(m.group(0), b.group(1)):
            out.add(_bare(m.group(0)))
    return out


_THE_BEFORE = re.compile(r"(?i)(?:^|[\s(])(?:the|a|an|y|yr|'r)\s+$")


def post_acronyms(text: str) -> set[str]:
    """Capitals that name a post, not a person: items of a list of posts ("Present: Chair (CPC); Lead
    Reviewer; CSWO; QIO (Education)"), and capitals the text puts after an article ("the IR presented",
    "the DT, who attended") — a person's initials take no article."""
    out: set[str] = set()
    for m in LABEL.finditer(text):
        if not _post_list(text, m.end()):
            continue
        end = text.find("\n", m.end())
        for tok in TOKEN.finditer(text, m.end(), end if end >= 0 else len(text)):
            if tok.group(0).isupper() and "." not in tok.group(0):
                out.add(tok.group(0))
    for tok in TOKEN.finditer(text):
        word = tok.group(0)
        if word.isupper() and "." not in word and len(word) >= 2 and _THE_BEFORE.search(text[max(0, tok.start() - 6):tok.start()]):
            out.add(word)
    return out


def _role_before(before: str, tok: str, acronyms: frozenset[str]) -> bool:
    """True when a post comes right before the bracket that holds the initials, and the initials do not spell it
    ("manager (BD)", "GP (RJ)"; not "Team Manager (TM)")."""
    m = ROLE_THEN_BRACKET.search(before)
    if not m:
        return False
    post = m.group(0).rstrip(" (")
    if post.isupper() and post not in acronyms:
        return False  # "XYZ (AB)": two sets of capitals, neither a known post
    heads = "".join(w[0] for w in re.findall(r"[^\W\d_][\w'’-]*", before[max(0, m.start() - 40):m.end()])
                    if w.lower() not in _SMALL).upper()
    return not heads.endswith(_letters(tok))


def _shape_ok(tok: str, acronyms: frozenset[str]) -> bool:
    bare = tok.replace(".", "")
    if not _looks_like_initials(tok) or bare in acronyms or bare.lower() in WORD_INITIALS:
        return False
    if tok.isupper() and "-" not in tok and "." not in tok:
        # four capitals and more are far more often an acronym (PSNI, CAIT, GIRFEC); "RO'C" is three initials
        return len(re.sub(r"['’\s]", "", bare)) <= 3
    return True


def _aged(text: str, pos: int, tok: str, acronyms: frozenset[str]) -> bool:
    """True when an age in brackets follows the initials at ``pos``; after letters that are an abbreviation too, an
    age of ten or more ("AP (35)"), as a key stage or a tier takes a small number ("KS (2)")."""
    m = AGE_AFTER.match(text, pos)
    return bool(m) and (tok not in acronyms or int(m.group("age")) >= 10)


def _shouted(text: str, pos: int) -> bool:
    """True when the line around ``pos`` is written mostly in capitals (``capitals.shouted``)."""
    return capitals.shouted(text, pos)


# initials that carry the prefix or digraph of a name (KMcB, LMcW, SO'N, RhG, LlH) are a person's wherever they
# stand, unless a word of a name follows ("CFfI Cymru": an organisation) or the text spells them out as a post
_NAME_SHAPED = re.compile(r"(?<=[A-Z.])(?:Mc|Mac|O['’]|Ó['’])[A-Z]|(?:Ll|Rh|Dd|Ff|Ch|Th)(?=\.?[A-Z])|(?<=[A-Z.])(?:Ll|Rh|Dd|Ff|Ch|Th)")
_PARTICLE_INITIALS = re.compile(r"(?=[A-Z])(?<![\w.'’-])[A-Z](?:de|ap|ab|van|d|v)[A-Z](?![\w'’-])"
                                r"|(?<![\w.'’-])[A-Z]\.(?:ap|ab|de)\.[A-Z](?![\w'’-])"  # "TdS", "C.ap.R"
                                r"|(?<![\w.'’-])[A-Z]\.(?:ap|ab)\s[A-Z]\.(?![\w'’-])"  # "B.ap G.", "D.ap I."
                                r"|(?<![\w.'’-])[A-Z]\s(?:ap|ab)\s[A-Z](?![\w'’.-])")  # "T ap I"


# a line of a chat whose sender is written by initials, then the time: "NH 18:11: do we need ...", "IK 18:14: shes ..."
SENDER_BEFORE_TIME = re.compile(r"(?m)^[ \t]*(?P<ini>" + INITIALS + r")[ \t]+[0-2]?\d[:.][0-5]\d(?::[0-5]\d)?[ \t]*[:\-–][ \t]")
# what the text calls someone's initials: "Staff initials in the extract (PG, NvdB)", "the initials KR and TW"
_INNER_PARTICLES = r"[A-Z][a-z]{1,3}[A-Z]"  # particles inside, however many: "NvdB", "TdS" (cf. _PARTICLE_INITIALS)
_DECLARED_ONE = r"(?:" + _INNER_PARTICLES + r"(?![\w'’-])|" + INITIALS + r")"
DECLARED_INITIALS = re.compile(r"\b(?:initials|llythrennau\s+blaen)\b(?!\s+(?:and|or|&)\s+(?:abbreviations|acronyms|codes|role))"
                               r"(?:\s+(?!(?:of|for)\b)[a-z][\w'’-]*){0,5}?(?:\s*\(\s*|\s+)(?P<list>" +
                               _DECLARED_ONE + r"(?:\s*(?:,|;|and|&)\s*" + _DECLARED_ONE + r")*)"
                               r"(?=\s*[),.;:]|\s+(?:were|was|are|is)\b)")


def slot_initials(text: str, acronyms: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of initials that fill a person's slot, and every later use of the same initials in the text."""
    toks = _tokens(text)
    if not toks:
        return []
    roles = {_bare(m.group(0)) for m in toks if text.startswith("(", m.end()) or text.startswith(" (", m.end())}
    roles = role_abbreviations(text) if roles else roles
    roles |= post_acronyms(text)
    found: set[str] = set()
    if "'" in text or "’" in text:
        found |= {m.group(1) for m in HOME_INITIALS.finditer(text) if m.group(1) not in roles and
                  m.group(1) not in acronyms and not _shouted(text, m.start(1))}
    if ":" in text:  # a chat's sender by initials, then the time: "NH 18:11: do we need to do something tonight?"
        found |= {_bare(m.group("ini")) for m in SENDER_BEFORE_TIME.finditer(text) if m.group("ini") not in acronyms}
    if "initials" in text or "llythrennau" in text:  # "Staff initials in the extract (PG, NvdB)", "llythrennau blaen"
        for m in DECLARED_INITIALS.finditer(text):
            found |= {_bare(i) for i in re.findall(_DECLARED_ONE, m.group("list"))
                      if _looks_like_initials(i) or re.fullmatch(_INNER_PARTICLES, i)}
    cands = [m for m in toks if _bare(m.group(0)) not in roles and _shape_ok(_bare(m.group(0)), acronyms)]
    for m in toks:  # two capitals that are also an abbreviation (AP, LD, SM) where only a person can stand
        s, tok = m.start(), _bare(m.group(0))
        if tok.isupper() and 2 <= len(tok) <= 4 and not _shouted(text, s) and \
                KIN_BRACKET_BEFORE.search(text, max(0, s - 24), s) and _KIN_INITIALS_CLOSE.match(text, s + len(tok)):
            found.add(tok)  # "Mum (SW) rang", "Mother (HAW in agency records)": a relative's initials in brackets,
            # whatever post the letters spell
            continue
        if tok.isupper() and 2 <= len(tok) <= 4 and tok not in roles and not _shouted(text, s) and \
                (PERSON_GLOSS_AFTER.match(text, s + len(tok)) or _aged(text, s + len(tok), tok, acronyms) or
                 KIN_BEFORE.search(text, max(0, s - 16), s) or
                 _KIN_BRACKET.match(text, s + len(tok) + (text[s + len(tok):s + len(tok) + 1] == " "))):
            found.add(tok)  # "TM, a nineteen-year-old who used the name": initials glossed as a person, whatever else
            continue  # they abbreviate
        if tok.isupper() and 2 <= len(tok) <= 4 and tok not in roles and not _shouted(text, s) and \
                _ITEM_OPENS.search(text, max(0, s - 3), s) and _INITIALS_POST_RX.match(text, s):
            found.add(tok)  # "Present: ...; SO, social worker, Assessment Team": a list's person with a post
            continue
        if tok.lower() in WORD_INITIALS and len(tok) == 2 and tok.isupper() and tok not in roles and \
                _CAPS_POST_BEFORE.search(text, max(0, s - 6), s) and not _shouted(text, s):
            found.add(tok)  # "SW AM (Glasgow City HSCP)", "SW AM to visit": a post in capitals before a word's letters
            continue
        if len(tok) != 2 or not tok.isupper() or tok not in acronyms or tok in roles or tok.lower() in WORD_INITIALS:
            continue
        before = text[max(0, s - 40):s]
        after = text[s + 2:s + 72]
        # not an agency in brackets alone: a post takes one too ("GP (Lochee Health Centre)", "SW (Gateway Team)");
        # with an agent before it, it is who did it ("Logged by TM (PE)")
        b = BRACKET_AFTER.match(after)
        agent = AGENT_BEFORE.search(before) and b and ROLE_BRACKET.fullmatch(b.group(1).strip()) and \
            not _spells(tok, b.group(1))
        if (ROLE_TITLE_BEFORE.search(before) or agent or
                (ROLE_APPOSITION_BEFORE.search(before) and APPOSITION_END.match(after)) or
                (after.startswith(")") and re.search(r"\b[A-Za-z][a-z]{2,}\s*\(\s*$", before) and
                 _role_before(before, tok, acronyms)) or  # "Manager (DH)", a post in words (not "TM (PE)")
                (ROLE_NOUN_BEFORE.search(before) and re.match(r"[.,;)]|\s*$", after))) and \
                not _shouted(text, s):  # "manager on call DH."
            found.add(tok)
    for m in cands:
        s, tok = m.start(), _bare(m.group(0))
        e = s + len(tok)
        before = text[max(0, s - 40):s]
        after = text[e:e + 70]
        b = BRACKET_AFTER.match(after)
        if ((ROLE_APPOSITION_BEFORE.search(before) and APPOSITION_END.match(after)) or SUBJECT_AFTER.match(after) or ACTION_AFTER.match(after) or
                (PAST_AFTER.match(after) and not _spelt_out(text, tok))) and CLAUSE_START.search(before) or \
                AGENT_BEFORE.search(before) or WELSH_VERB_BEFORE.search(before) or ROLE_TITLE_BEFORE.search(before) \
                or ((ROLE_NOUN_BEFORE.search(before) or HANDOVER_BEFORE.search(before)) and
                    re.match(r"(?:[.,;:)]|\s+(?:and|at|to|who|on|by|re|about|→|->)(?!\w)|\s*$)", after)) \
                or (SIGNED_BEFORE.search(before) and SIGNED_AFTER.match(after)) \
                or (LOG_LINE_END_BEFORE.search(before) and re.match(r"[ \t]*(?:\n|$)", after) and
                    LOG_LINE_START.search(text, text.rfind("\n", 0, s) + 1, s)) \
                or (FIELD_BEFORE.search(before) and FIELD_AFTER.match(after)) or \
                (TIME_BEFORE.search(before) and NAME_WORD_AFTER.match(after)) or \
                (b and ROLE_BRACKET.fullmatch(b.group(1).strip()) and not _spells(tok, b.group(1)) and
                 not _TITLED_HOLDER.match(b.group(1).strip())) or \
                (after.startswith(")") and _role_before(before, tok, acronyms)) or \
                (after.startswith(")") and SIGNER_BEFORE.search(before)) or \
                (_NAME_SHAPED.search(tok) and not NAME_WORD_AFTER.match(after)):
            if not (tok.isupper() and _shouted(text, s)):  # a log in capitals: "BWV RECORDED" is its acronym
                found.add(tok)
    for m in _PARTICLE_INITIALS.finditer(text):  # "the chair (CdeB)", "GapI said"
        if m.group(0) not in roles and not NAME_WORD_AFTER.match(text, m.end()):
            found.add(m.group(0))
    # initials listed with found initials: "KMc and LG", "Neither DJ nor CMcK", "Alerted: KMc (DSL), LG"; a role in
    # brackets between them is no item of the list ("On: GH (SL), AK, MW")
    cands = [m for m in cands if not text[max(0, m.start() - 2):m.start()].rstrip(" ").endswith("(")]
    for _ in range(2):
        for i, m in enumerate(cands):
            if _bare(m.group(0)) in found:
                continue
            for j in (i - 1, i + 1):
                if 0 <= j < len(cands) and _bare(cands[j].group(0)) in found:
                    a, b2 = (cands[j], m) if j < i else (m, cands[j])
                    gap = text[a.end():b2.start()]
                    if re.fullmatch(r"(?:\s*\([^()\n]{1,40}\))?(?:\s*[,/&]\s*|\s+(?:and|or|nor|a|ac)\s+)", gap):
                        found.add(_bare(m.group(0)))
    return recurrences(text, found) if found else []


# -- initials of a name the text gives --------------------------------------------------------------------------------
# A record that names someone in full uses their initials as shorthand later: "Kyle Mason ... 'Kyle', 'KM' and 'Dad'",
# "Justice Oyelaran (16) ... JO 40 mins late". A gloss binds initials to a name even when they spell a post:
# "Youth justice worker Gordon Pirie (GP) allocated ... GP: LL missed appointment" (GP is Gordon here, not a doctor).
_PARTICLE_HEADS = re.compile(r"^(?:Mc|Mac|O['’]|Ó['’]|Fitz)(?=[A-Z])")
# initials given as a name's other form: in brackets after it ("Gordon Pirie (GP)"), as what the person is known as
# ("Dòmhnall Iain MacAoidh, known as DI"), or before a bracket that gives the name ("DM (Darren Mills, head coach)")
_GLOSS_AFTER = re.compile(r"\s*\(\s*(" + INITIALS + r")\s*\)|,?\s+(?:(?:also\s+)?known\s+as|aka|a\.k\.a\.?|called)\s+"
                          r"['‘\"“]?(" + INITIALS + r")(?![\w'’-])")
_GLOSS_BEFORE = re.compile(r"(?<![\w'’.-])(" + INITIALS + r")\s*\(\s*$")


def _heads(words: list[str]) -> set[str]:
    """The initials a name can be written as: first letters, with a Mc/O' prefix's capital or without (KMcA, KM)."""
    plain = "".join(w[0] for w in words)
    full = "".join(w[0] + (w[len(p.group(0))] if (p := _PARTICLE_HEADS.match(w)) else "") for w in words)
    return {plain, full}


def name_initials(text: str, names: list[tuple[int, int, list[str]]],
                  acronyms: frozenset[str]) -> list[tuple[int, int]]:
    """Uses of the initials of the full names found in ``text`` (each a span and its words without titles): a gloss
    in brackets right after a name ("Gordon Pirie (GP)"), whatever the letters spell, and elsewhere the bare
    initials of a name of two or three words in capitals that no acronym or word spells ("KM", "JO")."""
    found: set[str] = set()
    plain: set[str] = set()
    for s, e, words in names:
        if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
            continue
        heads = _heads(words)
        given = {"".join(w[0] for w in words[:-1])} if len(words) == 3 else set()  # "DI" of "Dòmhnall Iain MacAoidh"
        g = _GLOSS_AFTER.match(text, e)
        if g and _letters(ini := g.group(1) or g.group(2)) in heads | given:
            found.add(_bare(ini))
        b = _GLOSS_BEFORE.search(text, max(0, s - 14), s)
        if b and _letters(b.group(1)) in heads:
            found.add(_bare(b.group(1)))
        plain |= {h for h in heads if 2 <= len(h) <= 4}
    plain = {h for h in plain if h in text and h not in acronyms and h.lower() not in WORD_INITIALS and h not in found}
    if plain:
        present = {text[s:e] for s, e in recurrences(text, plain)}
        if present:
            found |= present - role_abbreviations(text) - post_acronyms(text)
    return recurrences(text, found) if found else []


# -- a title and initials ---------------------------------------------------------------------------------------------
# A title before initials names a person, whatever the letters spell: "Dr AS", "Mr P.", "Mrs F.", "Dr K", "Mr PH",
# "Dr G.ap I.", "Mrs LlW", "Dr SO'N", "Dr F.McA". A title never heads an abbreviation, so an acronym's letters (PH,
# SM) are initials here. Not before a surname ("Dr A. Nwosu", "Dr R. ap Siôn"): the name is read whole elsewhere.
_TITLE_INITIALS = re.compile(
    r"(?<![\w.’'-])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+"
    r"(?P<ini>[A-Z]\.?\s?(?:ap|ab)\s?[A-Z]\.?(?![\w'’-])"
    r"|(?:" + _UNIT + r"\.?){1,3}(?:-(?:" + _UNIT + r"\.?){1,2})?(?![\w'’-]))")
_NUMBER_NEXT = re.compile(r"\s*\d")
_SURNAME_NEXT = re.compile(r"\s+(?:(?:ap|ab|de|van|von|le|la|du|da|di|bin|ní|nic)\s+)?(?:Mc|Mac|O['’])?[A-Z][a-zà-ÿ]")


def title_initials(text: str) -> list[tuple[int, int]]:
    """Spans of a title and the initials after it ("Dr AS", "Mrs F."); a full stop after two capitals or more ends
    the sentence ("Dr AS. PC: bruise") and stays outside."""
    out = []
    pseudonym_letters: set[str] | None = None
    for m in _TITLE_INITIALS.finditer(text):
        ini = m.group("ini")
        if not _CAPS.search(ini[:1]):
            continue
        if len(ini.rstrip(".")) == 1:  # "Mr A" in a review of Child A is the family's pseudonym, as "Child A" is
            if pseudonym_letters is None:
                pseudonym_letters = {p.group(0).split()[-1] for p in allow.PSEUDONYM.finditer(text)}
            if ini.rstrip(".") in pseudonym_letters:
                continue
        end = m.end("ini")
        if ini.endswith(".") and ini.count(".") == 1 and len(_letters(ini)) >= 2:
            end -= 1  # "Dr JP. Mum calling": the sentence ends
        elif _SURNAME_NEXT.match(text, end) or _NUMBER_NEXT.match(text, end):
            continue  # "Dr S. Mason", "Dr N Shah"; "Dr GP 1" is a post numbered as a pseudonym
        out.append((m.start(), end))
    return out


def _units(initials: str) -> list[str]:
    return re.findall(_UNIT, initials.replace(" ", ""))


def spelling_variants(text: str, found: set[str]) -> list[tuple[int, int]]:
    """Uses of found initials written with full stops or without ("R.McK" and "RMcK", "N.A." and "NA", "LlH" and
    "Ll.H.", "J.K." and "JK"): the same person, as records mix both. Variants the text spells out as a post or puts
    after an article stay abbreviations."""
    variants: set[str] = set()
    for f in found:
        units = _units(f)
        if not 2 <= len(units) <= 4 or "".join(units) != f.replace(".", "").replace(" ", ""):
            continue
        variants |= {"".join(units), ".".join(units) + ".", ".".join(units)}
    variants -= found
    variants = {v for v in variants if v in text}
    if not variants:
        return []
    variants -= role_abbreviations(text) | post_acronyms(text)
    return recurrences(text, variants) if variants else []
