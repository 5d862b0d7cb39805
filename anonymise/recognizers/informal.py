"""Informal text where names lose their capitals: text messages, chat logs and transcripts quoted in a review.

"tell jade i said sorry", "ring mackers 07700 900826", "gofyn i ddai": in a message, a name is written in
lower case, so a lower-case word there is judged by the gazetteers and by what messages do with names (tell,
ring, ask, with, at X's; Welsh wrth, efo, gyda; "X:" as the sender; "X?" when addressed).
"""

from __future__ import annotations

import re
from functools import lru_cache

# a message line: "23:43 @big.wood_07: u home yet", "[21:14] Mam: ti'n dod", "eira: methu cyw", and the lines of an
# exported chat, a date before the time: "[12/03/2024, 21:14] Crystal Banks: …" (WhatsApp on iPhone),
# "12/03/2024, 21:14 - Crystal Banks: …" (on Android)
# the time stamp that opens a message line, with its date where the export writes one
CHAT_STAMP = (r"\[?(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?[ \t]+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\]?(?:[ \t]+-)?[ \t]+")
CHAT_LINE = re.compile(r"(?m)^[ \t]*(?:" + CHAT_STAMP + r")(?:[^\n:]{1,30}):[ \t][^\n]*$"
                       r"|(?<=\d\d:\d\d[ \t])[^\n]{1,30}?:[ \t][^\n]*?(?=\s\d{1,2}:\d{2}\s|$)")
# a quoted message that starts in lower case: '"faith u comin to marsh's after school or wat"'
# (two words at least: one quoted lower-case word is a word being talked about, "the words "precious" and "hope"")
QUOTED_LOWER = re.compile(r"[\"“]([a-z][^\"”\n]{0,300}?\s[^\"”\n]{1,300}?)[\"”]")
# the same in single quotes ("told his teacher that 'dee is the one who drives'"), where an apostrophe inside a word
# ("it's", "dont") is no closing quote
QUOTED_LOWER_SINGLE = re.compile(r"(?<![\w'’])['‘]([a-z](?:[^'’\n]|(?<=\w)['’](?=\w)){0,300}?\s(?:[^'’\n]|(?<=\w)['’](?=\w))"
                                 r"{1,300}?)['’](?![\w'’])")
CUE_BEFORE = re.compile(
    r"(?:\b(?:tell|telt|tel|ask|asked|ring|call|text|txt|msg|message|snap|with|wiv|wi|at|to|from|and|an|pal|mate|"
    r"wee|cousin|cuz|bro|sis|bruv|babe|wrth|efo|hefo|gyda|i|â|ag|gan|am|fod|bod|like|not|nor|or|round|bring|meet|about|"
    r"miss|love|for|"
    r"see|fae|tae|wi)\s+|^\s*)$")
CUE_AFTER = re.compile(r"^(?:['’]s\b|\s*[:?!]|\s+(?:said|says|sed|is|was|aint|ain['’]t|isnt|has|had|gonna|will|wants?|"
                       r"told|tells|knows?|goes|went|came|comes|gets|got|di|wedi|yn|ddim|efo|and\s+me|wont|won['’]t|"
                       r"cant|can['’]t|dont|don['’]t|didnt|didn['’]t|doesnt|n|didnae|disnae|wisnae|isnae|cannae|"
                       r"wouldnae|dinnae|widnae|wasnae|wullnae)\b|\s*[\"”]|\s*$)")


# a line of a transcript without times: "rico.b: who seen danny today", "Mother: can jen come tmrw", "nain glenys: ti di"
# (a quoted chat may be indented: "  sunny: u coming out 2nite")
LABEL_LINE = re.compile(r"(?m)^[ \t]{0,4}(?P<label>[^\s:#*|>\-][^:\n]{0,29}?):[ \t]+\S[^\n]*$")


def conversations(text: str) -> list[tuple[int, int, int, int]]:
    """The lines of conversations quoted without times, as (line start, line end, label start, label end).

    The handle, person and setting recognizers all ask about the same text, so the answer is kept
    (``_conversations``) and a fresh list handed out."""
    return list(_conversations(text))


@lru_cache(maxsize=4)
def _conversations(text: str) -> tuple[tuple[int, int, int, int], ...]:
    """``conversations`` of ``text``, kept for the last few texts.

    The evidence is the exchange, not one line: three or more consecutive "speaker: message" lines with at least
    two speakers, one of whom speaks more than once (a meeting's "Present:", "Apologies:" lines, a data file's
    keys, a form's fields name each label once)."""
    if ":" not in text:
        return ()
    out: list[tuple[int, int, int, int]] = []
    run: list[re.Match[str]] = []

    def close() -> None:
        labels = [m.group("label").strip().lower() for m in run]
        if len(run) >= 3 and len(set(labels)) >= 2 and len(set(labels)) < len(labels) and \
                all(len(lb.split()) <= 4 for lb in labels):
            out.extend((m.start(), m.end(), m.start("label"), m.end("label")) for m in run)
        run.clear()

    for m in LABEL_LINE.finditer(text):
        if run and text[run[-1].end():m.start()] != "\n":
            close()
        run.append(m)
    close()
    return tuple(out)


@lru_cache(maxsize=4)
def informal_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of message lines and lower-case quoted messages in ``text`` (the person and setting recognizers both
    ask, so the last few texts' answers are kept)."""
    if ":" not in text and '"' not in text and "“" not in text and "'" not in text and "‘" not in text and \
            not LOWER_START.search(text) and not _LOWER_OPEN.match(text):
        return ()
    spans = [m.span() for m in CHAT_LINE.finditer(text)]
    spans += [(s, e) for s, e, _, _ in conversations(text)]
    spans += [m.span(1) for m in QUOTED_LOWER.finditer(text)]
    if "'" in text or "‘" in text:
        spans += [m.span(1) for m in QUOTED_LOWER_SINGLE.finditer(text)]
    spans += lower_case_pages(text)
    return tuple(spans)


# Writing that has dropped capitals altogether: a child's own-words page ("my name is not in this but you no who I am"),
# a message pasted as prose. The evidence is the block, not a line: sentences that open in lower case (not a list
# item, not after an abbreviation), days or months in lower case, a title in lower case before a word ("mrs hussain").
LOWER_START = re.compile(r"(?<=[.!?] )[a-z]{2,}\b")
_LOWER_OPEN = re.compile(r"[a-z]{2,}\b")
# a full stop that ends an abbreviation or a number, not a sentence ("e.g. some", "no. 4", "2. listen")
_NOT_AN_END = re.compile(r"(?:\b(?:e\.g|i\.e|etc|no|vs|approx|cf|c|ca|fig|para|paras|p|pp|ref)|\d)[.!?] $", re.IGNORECASE)
LOWER_DAY = re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|january|february|april|june|july|august|"
                       r"september|october|november|december)\b")
LOWER_TITLE = re.compile(r"\b(?:mrs|mr|miss|ms)\s+[a-z]{2,}\b")
_LIST_MARK = re.compile(r"[ \t]*(?:[-*•·]|\(?[\divx]{1,3}[.)]|\(?[a-z][.)])[ \t]")


def lower_case_pages(text: str) -> list[tuple[int, int]]:
    """The runs of paragraphs written without capitals: two or more signs of it in paragraphs next to one another
    (a paragraph without a sign may sit between two that have one)."""
    if not LOWER_START.search(text) and not _LOWER_OPEN.match(text):
        return []
    starts_seen: list[int] = []
    paras = [(m.start(), m.end()) for m in re.finditer(r"[^\n](?:[^\n]|\n(?![ \t]*\n))*", text)]
    signs = []
    for s, e in paras:
        if _LIST_MARK.match(text, s):
            signs.append(0)
            starts_seen.append(0)
            continue
        starts = bool(_LOWER_OPEN.match(text, s)) + sum(
            1 for m in LOWER_START.finditer(text, s, e) if not _NOT_AN_END.search(text, max(s, m.start() - 8), m.start()))
        starts_seen.append(starts)
        signs.append(starts + len(LOWER_DAY.findall(text, s, e)) + len(LOWER_TITLE.findall(text, s, e)))
    out = []
    i = 0
    while i < len(paras):
        if not signs[i]:
            i += 1
            continue
        j, total, opened = i, signs[i], starts_seen[i]
        while j + 1 < len(paras) and (signs[j + 1] or (j + 2 < len(paras) and signs[j + 2])):
            j += 1
            total += signs[j]
            opened += starts_seen[j]
        if total >= 2 and opened:  # a sentence in lower case at least: a date or a title alone is a slip
            out.append((paras[i][0], paras[j][1]))
        i = j + 1
    return out

# for a word that is also a dictionary word ("jade", "hope", "eira"): only what a message does with a name
STRONG_BEFORE = re.compile(r"\b(?:tell|telt|ask|ring|call|text|txt|message|snap|pal|mate|wee|cousin|cuz|wrth|efo|hefo|"
                           # "sent by autumn": who sent a voice note or a message
                           r"gyda|me\s+(?:and|an|n|&)|sent\s+by)\s+$")  # ... "me and hope used to go down the park"
# (and what only a person does, said of the word: "when ivy cries at night", "jordan kicked the door in")
STRONG_AFTER = re.compile(r"^(?:['’]s\b|\s*[:?!]|\s+(?:said|says|sed|aint|ain['’]t|isnt|cries|cried|screams|screamed|"
                          r"shouts|shouted|kicked|punched|slapped|hugged|cuddled|laughed|giggled|whispered|texted|"
                          r"messaged|rang|phoned)\b"
                          # Welsh, as a diary or a message writes it: "haf yn deud bod deio isio cwrdd"
                          r"|\s+(?:yn|wedi|['’]n)\s+(?:deud|dweud|gofyn|crio|sgrechian|gweiddi|tecstio|ffonio)\b)")
# where someone is or goes, asked or told in a message: "is heather gonnae be there", "rowan is comin", "is hunter back
# yet"; and someone made to do something: "get ace to bring it"
_WHEREABOUTS = (r"gonnae|gonna|going|goin|coming|comin|cumin|there|back|out|home|ok|okay|alright|awright|still|"
                r"wi|with|driving|drivin|picking|pickin")
ASKED_BEFORE = re.compile(r"(?:^|\n|:[ \t]|[.!?][ \t])[ \t]*(?:is|was|wis|whens|when['’]s|wheres|where['’]s|hows|how['’]s)[ \t]+$")
WHEREABOUTS_AFTER = re.compile(r"^\s+(?:" + _WHEREABOUTS + r")\b")
SUBJECT_WHEREABOUTS_AFTER = re.compile(r"^\s+(?:is|was|wis|['’]s)\s+(?:" + _WHEREABOUTS + r")\b")
GET_BEFORE = re.compile(r"\b(?:get|gettin|getting|got)\s+$")
TO_DO_AFTER = re.compile(r"^\s+(?:to|tae|2)\s+[a-z]")


def whereabouts_frame(before: str, after: str) -> bool:
    """True for a word a message asks or tells the whereabouts of, or gets to do something ("is heather gonnae be
    there", "rowan is comin", "get ace to bring it")."""
    return bool((ASKED_BEFORE.search(before) and WHEREABOUTS_AFTER.match(after)) or SUBJECT_WHEREABOUTS_AFTER.match(after)
                or (GET_BEFORE.search(before) and TO_DO_AFTER.match(after)))
# what names someone, in a message or a child's own words: "her name was bex", "mums friend gaz", "my brother dyl";
# a word no list knows is a name here
# (a word for a relative or friend, then the name: "my brother dyl", "mums friend gaz"; a parent's word only with "is"
# or "was", since "ma", "mam", "da" also open a message: "ma door", "mam plis")
_NAMED_KIN = (r"friend|freind|frend|brother|sister|bro|sis|cousin|uncle|auntie|aunty|nan|nanny|nana|grandad|grampa|"
              r"teacher|boyfriend|girlfriend|bf|gf|partner")
_PARENT = r"mum|mam|mammy|dad|daddy|stepdad|gran|granny|papa|nan|nanny|nana|gramps|grandad"
NAMING_BEFORE = re.compile(r"\b(?:name\s+(?:is|was|wos|woz)|name['’]?s|called|named|calls?\s+(?:me|him|her|them)|mrs|mr|ms|miss|"
                           r"(?:" + _NAMED_KIN + r")|(?:" + _NAMED_KIN + "|" + _PARENT + r")\s+(?:is|was|wis|woz|wos)|"
                           r"ffrind|brawd|chwaer|cefnder|cyfnither|enw\s+(?:fi|fo|hi|o)\s+(?:ydi|yw|oedd|di))\s+$")
# of those, the ones that name even a word of the dictionary ("a guy called ross", "my brother hunter"), where the
# name ends its clause; after "is" an adjective is as likely ("mum was nice"), so there only a word no list knows
NAMING_STRONG = re.compile(r"\b(?:name\s+(?:is|was|wos|woz)|name['’]?s|called|named|calls?\s+(?:me|him|her|them)|mrs|mr|ms|miss|"
                           r"(?:" + _NAMED_KIN + r"))\s+$")
NAME_ENDS = re.compile(r"\s*[.,;!?]|\s*$|\s+(?:who|that|from|and|an|or|but|n)\b")
DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|some|any|my|your|ur|his|her|their|our|this|that|yr|y)\s+$")
# words of messages and dialect that the name lists hold too ("tae" is Scots for "to", "fama" Welsh for "here",
# "boi" Welsh for "boy", as Geiriadur Prifysgol Cymru gives it)
MESSAGE_WORDS = frozenset("""
tae nae ye aye naw ur ya yer yous youse coz cuz lol omg tbh idk wat wot dat dis dem gonna wanna innit bruv fam
babe hun hen masel hame polis feds fama fanna adra sori siwr cwbwl tho thru nite tmrw tmoz soz pls plz
whit wit ken dinnae cannae wullnae didnae wisnae isnae wean bairn wummin boaby
fae frae cal
boi obvs defo deffo tbf ngl cba
sed plis plîs
telly tele brekkie brekky footy chippy maccies ciggy ciggie bevvy scran sesh
hes shes im ive ill youre theyre whos whats thats theres wheres dont cant didnt isnt wasnt doesnt wouldnt couldnt
shouldnt havent hasnt hadnt arent werent wont aint lets ur u r
fasa fysa basa bysa sa fydda ddylsa
chan cha tha bha eil awa wi
fel efo hefyd ond rwan rŵan nawr iawn dim mewn ella falle efallai
nath naeth nathon naethon nes nesh nest ddaru ddoth gesh ges gath geith neith nei oni odd sa sna sdim dio dwin tin
""".split())
# a noun for a person that a message puts after "wee" or "our" ("wee man", "a bonnie wee boy"): never a name there,
# though the name lists hold some of them (Man, Lad)
PERSON_NOUNS = frozenset("man men boy boys girl girls lad lads lass lassie lasses guy fella kid kids one yin wean weans "
                         "bairn bairns baby babe pal mate mates bro sis "
                         # and what one calls someone in speech ("What's your name, love?", "ok hen")
                         "love luv pet darling darlin sweetheart hen hun duck dear son chief boss bud buddy".split())


# -- a sender saved as one letter ----------------------------------------------------------------------------------
# A phone saves a contact as a letter ("K", "M") and an export keeps it: "[02/02/2024, 18:02] K: u said", "G: ti'n dod".
# The letter is that person's initial. Not the letters of an interview's questions and answers (Q, A, I for the
# interviewer), and only in a chat: a letter with a colon elsewhere is a list or an option ("A: yes").
_LETTER_LABEL = re.compile(r"(?m)^[ \t]*(?:" + CHAT_STAMP + r")?(?P<letter>[A-Z])[ \t]*:[ \t]")
_NOT_SENDERS = frozenset("QAI")
# a use of the letter as the person: quoted ("identifies 'M' as Mother"), or in a message after a word that takes a
# person ("at the bonfire wi D", "is D the one", "efo G"), or with a possessive without its apostrophe ("Ks mum")
_LETTER_CUE_BEFORE = re.compile(r"\b(?:wi|with|wiv|tell|ask|is|was|and|an|efo|hefo|gyda|â|i|to|from|see|seen|saw|"
                                r"ring|text|call)\s+$")


def letter_senders(text: str) -> list[tuple[int, int]]:
    """Spans of one-letter senders of a chat, and of the letters' other uses as those people."""
    if ":" not in text or not _LETTER_LABEL.search(text):
        return []
    chat = [(s, e) for s, e in (m.span() for m in CHAT_LINE.finditer(text))]
    chat += [(s, e) for s, e, _, _ in conversations(text)]
    if not chat:
        return []
    letters: dict[str, list[tuple[int, int]]] = {}
    for m in _LETTER_LABEL.finditer(text):
        ltr = m.group("letter")
        if ltr not in _NOT_SENDERS and any(a <= m.start("letter") < b for a, b in chat):
            letters.setdefault(ltr, []).append(m.span("letter"))
    letters = {k: v for k, v in letters.items() if len(v) >= 2}  # a sender writes more than once
    # a letter the messages name someone by ("at the bonfire wi D") that the text also quotes as a person's ("'D'
    # was later identified")
    for m in re.finditer(r"(?<![\w'’.-])([A-Z])(?![\w'’.:-])", text):
        ltr = m.group(1)
        if ltr in letters or ltr in _NOT_SENDERS or not any(a <= m.start() < b for a, b in chat):
            continue
        if _LETTER_CUE_BEFORE.search(text, max(0, m.start() - 12), m.start()) and \
                re.search(r"(?<![\w'’])['‘]" + ltr + r"['’](?![\w'’])", text):
            letters[ltr] = []
    if not letters:
        return []
    out = [sp for v in letters.values() for sp in v]
    seen = set(out)
    rx = re.compile(r"(?<![\w'’.-])(?:['‘](?P<q>[" + "".join(letters) + r"])['’](?![\w])|(?P<b>[" + "".join(letters) +
                    r"])(?:(?=s\s)|(?![\w'’.:-])))")
    for m in rx.finditer(text):
        if m.group("q"):
            sp = m.span("q")
        else:
            sp = m.span("b")
            inside = any(a <= sp[0] < b for a, b in chat)
            if not inside or not (_LETTER_CUE_BEFORE.search(text, max(0, sp[0] - 12), sp[0]) or
                                  text.startswith("s ", sp[1])):
                continue
        if sp not in seen:
            seen.add(sp)
            out.append(sp)
    return out


# -- the sender of a timed message ----------------------------------------------------------------------------------
# An exported or transcribed chat puts the sender between the time and a colon: "[19:15] Ffi: ella", "19:05 – Lols 🌸:
# 10 ish", "21:03 - Kez: where u at". The label is what the phone saved the person as: a name, a nickname, or a
# relationship ("Mammy"), a role ("Operator") or a pseudonym ("Child B"), which the person recognizer rules out. An
# emoji or symbol after the label ("Cerys 🐑") belongs to the display name, not to the name. A phone keeps the label as
# it was typed, so a label in lower case ("22:43 - blaze 🔥: me n lucky") is a sender too: the chat's form says so.
_TIMED_SENDER = re.compile(r"(?m)^[ \t]*" + CHAT_STAMP + r"(?:[-–—][ \t]+)?(?P<who>[A-Z\u00C0-\u00DE][\w'’-]*"
                           r"(?:[ \t]+[A-Z\u00C0-\u00DE][\w'’-]*){0,2}|[a-z\u00DF-\u00FF][a-z\u00DF-\u00FF'’-]+"
                           r"(?:[ \t]+[a-z\u00DF-\u00FF][a-z\u00DF-\u00FF'’-]+)?)(?:[ \t]*[^\w\s:]{1,4})?[ \t]*:[ \t]")


# what a phone or an export shows in place of a sender's name
SYSTEM_SENDERS = frozenset("unknown me you group system admin sender contact number private withheld".split())


def timed_senders(text: str) -> list[tuple[int, int]]:
    """Spans of the sender labels of a chat's timed lines, where the text holds two timed lines at least
    (one time before a label is a log's heading: "07:00 Handover: ...")."""
    if ":" not in text:
        return []
    found = [m.span("who") for m in _TIMED_SENDER.finditer(text) if m.group("who").lower() not in SYSTEM_SENDERS]
    return found if len(found) >= 2 else []


_LABEL_NAME = re.compile(r"[A-Z\u00C0-\u00DE][\w'’-]*(?:[ \t]+[A-Z\u00C0-\u00DE][\w'’-]*){0,2}|[a-z][a-z'’-]{2,}(?=[^\w]*$)")


def conversation_senders(text: str) -> list[tuple[int, int]]:
    """Spans of the capitalised speaker labels of a conversation quoted without times (``conversations``): a group
    chat's "Zedd:", "Wee Fraz:", "Shauna ✨:" (the decoration after a name is no part of it)."""
    out = []
    for _, _, ls, le in conversations(text):
        label = text[ls:le].rstrip()
        m = _LABEL_NAME.match(label)
        if m and not re.search(r"\w", label[m.end():]):
            if m.group(0).lower() not in SYSTEM_SENDERS and len(m.group(0)) > 1:  # ("Q:", "A:" are ``letter_senders``')
                out.append((ls + m.start(), ls + m.end()))
    return out


# the answer to a question after a name: "Operator: What's your name, love?" / "Caller: liberty. libby." (the words of
# the answer before its first stop are the name, and the name given twice: a pet form after it)
_NAME_QUESTION = re.compile(r"(?im)^(?:" + CHAT_STAMP + r")?[^\n:]{1,30}:[^\n]*\b(?:(?:what['’]?s|what\s+is|tell\s+me)\s+"
                            r"(?:your|ur|yer|his|her|their|the\s+(?:child['’]s|baby['’]s|boy['’]s|girl['’]s))\s+"
                            r"(?:full\s+)?name\b[^\n]*\?|(?:who\s+(?:is|r|are)\s+(?:this|u|you)|who['’]?s\s+this|"
                            r"who\s+dis|pwy\s+(?:wyt\s+ti|ydych\s+chi|sy\s+(?:na|yna|'na|’na)))\b[^\n]*)[ \t]*\n"
                            r"(?:" + CHAT_STAMP + r")?[^\n:]{1,30}:[ \t]+(?P<answer>[A-Za-z][\w'’-]+(?:[ \t]+[A-Za-z][\w'’-]+)?)(?P<rest>[.,!]\s+"
                            r"[A-Za-z][\w'’-]+[.,!])?")


def answered_names(text: str) -> list[tuple[int, int]]:
    """Spans of names given in answer to a question for a name in a transcript."""
    if ":" not in text or ("name" not in text and "who" not in text.lower() and "pwy" not in text.lower()):
        return []
    out = []
    for m in _NAME_QUESTION.finditer(text):
        out.append(m.span("answer"))
        if m.group("rest"):
            w = re.search(r"[A-Za-z][\w'’-]+", m.group("rest"))
            out.append((m.start("rest") + w.start(), m.start("rest") + w.end()))
    return out

