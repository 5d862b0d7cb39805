"""Informal text where names lose their capitals: text messages, chat logs and transcripts quoted in a review.

"tell jade i said sorry", "ring mackers 07700 900826", "gofyn i ddai": in a message, a name is written in
lower case, so a lower-case word there is judged by the gazetteers and by what messages do with names (tell,
ring, ask, with, at X's; Welsh wrth, efo, gyda; "X:" as the sender; "X?" when addressed).
"""

from __future__ import annotations

import re

# a message line: "23:43 @big.wood_07: u home yet", "[21:14] Mam: ti'n dod", "eira: methu cyw"
CHAT_LINE = re.compile(r"(?m)^[ \t]*(?:\[?\d{1,2}[:.]\d{2}\]?[ \t]+)(?:[^\n:]{1,30}):[ \t][^\n]*$"
                       r"|(?<=\d\d:\d\d[ \t])[^\n]{1,30}?:[ \t][^\n]*?(?=\s\d{1,2}:\d{2}\s|$)")
# a quoted message that starts in lower case: '"faith u comin to marsh's after school or wat"'
# (two words at least: one quoted lower-case word is a word being talked about, "the words "precious" and "hope"")
QUOTED_LOWER = re.compile(r"[\"“]([a-z][^\"”\n]{0,300}?\s[^\"”\n]{1,300}?)[\"”]")
CUE_BEFORE = re.compile(
    r"(?:\b(?:tell|telt|tel|ask|asked|ring|call|text|txt|msg|message|snap|with|wiv|wi|at|to|from|and|an|pal|mate|"
    r"wee|cousin|cuz|bro|sis|bruv|babe|wrth|efo|hefo|gyda|i|â|ag|gan|am|fod|bod|like|not|nor|or|round|bring|meet|"
    r"see|fae|tae|wi)\s+|^\s*)$")
CUE_AFTER = re.compile(r"^(?:['’]s\b|\s*[:?!]|\s+(?:said|says|sed|is|was|aint|ain['’]t|isnt|has|had|gonna|will|wants?|"
                       r"told|tells|knows?|goes|went|came|comes|gets|got|di|wedi|yn|ddim|efo|and\s+me|wont|won['’]t|"
                       r"cant|can['’]t|dont|don['’]t|didnt|didn['’]t|doesnt|n)\b|\s*[\"”]|\s*$)")


# a line of a transcript without times: "rico.b: who seen danny today", "Mother: can jen come tmrw", "nain glenys: ti di"
LABEL_LINE = re.compile(r"(?m)^(?P<label>[^\s:#*|>\-][^:\n]{0,29}?):[ \t]+\S[^\n]*$")


def conversations(text: str) -> list[tuple[int, int, int, int]]:
    """The lines of conversations quoted without times, as (line start, line end, label start, label end).

    The evidence is the exchange, not one line: three or more consecutive "speaker: message" lines with at least
    two speakers, one of whom speaks more than once (a meeting's "Present:", "Apologies:" lines, a data file's
    keys, a form's fields name each label once)."""
    if ":" not in text:
        return []
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
    return out


def informal_spans(text: str) -> list[tuple[int, int]]:
    """Spans of message lines and lower-case quoted messages in ``text``."""
    if ":" not in text and '"' not in text and "“" not in text:
        return []
    spans = [m.span() for m in CHAT_LINE.finditer(text)]
    spans += [(s, e) for s, e, _, _ in conversations(text)]
    spans += [m.span(1) for m in QUOTED_LOWER.finditer(text)]
    return spans

# for a word that is also a dictionary word ("jade", "hope", "eira"): only what a message does with a name
STRONG_BEFORE = re.compile(r"\b(?:tell|telt|ask|ring|call|text|txt|message|snap|pal|mate|wee|cousin|cuz|wrth|efo|hefo|"
                           r"gyda)\s+$")
STRONG_AFTER = re.compile(r"^(?:['’]s\b|\s*[:?!]|\s+(?:said|says|sed|aint|ain['’]t|isnt)\b)")
DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|some|any|my|your|ur|his|her|their|our|this|that|yr|y)\s+$")
# words of messages and dialect that the name lists hold too ("tae" is Scots for "to", "fama" Welsh for "here",
# "boi" Welsh for "boy", as Geiriadur Prifysgol Cymru gives it)
MESSAGE_WORDS = frozenset("""
tae nae ye aye naw ur ya yer yous youse coz cuz lol omg tbh idk wat wot dat dis dem gonna wanna innit bruv fam
babe hun hen masel hame polis feds fama fanna adra sori siwr cwbwl tho thru nite tmrw tmoz soz pls plz
whit wit ken dinnae cannae wullnae didnae wisnae isnae wean bairn wummin boaby
fae frae cal
boi
""".split())
