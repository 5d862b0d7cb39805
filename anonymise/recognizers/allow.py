"""Shared allow-lists: pseudonyms, role and kinship words, titles, agency words, places, legislation, headings.

Everything here is what UK review prose legitimately contains and a checker must not flag.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

# Titles and forms of address that open a name (kept inside the span).
TITLES = frozenset("""
mr mrs ms miss mx dr prof professor sir dame lady lord rev revd reverend pastor imam rabbi sheikh
ds di dc dci dsi dsu pc psc sgt sergeant constable inspector cllr councillor auntie aunty aunt uncle
insp supt det pcso hhj
""".split())

# An age in brackets, up to its number and unit: "(7", "(aged 15", "(8 YRS", "(6 months old", "(9 oed", "(6 mis oed",
# "(18 mis".
# Each rule that reads one says how the bracket closes ("(16)", "(16, DOB ...", "(15, stepsister)").
AGE_IN_BRACKET = (r"\(\s*(?i:aged?\s+)?(?P<age>\d{1,2})(?:\s*(?i:yrs?|years?|y/?o|months?|mths?|mos?|weeks?|wks?|days?)"
                  r"(?:\s+(?i:old))?|\s*(?:(?:mlwydd|blwydd|mis|wythnos|diwrnod)(?:\s+oed)?|oed))?\s*")

# Months, days and the festivals a calendar names (lower case): never a name, and never the name of a setting
CALENDAR = frozenset("""
january february march april may june july august september october november december jan feb mar apr jun jul aug
sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday christmas easter eid ramadan diwali
""".split())

# Role, kinship and report words that are never names, even capitalised (lower case).
ROLE_WORDS = frozenset("""
child children baby infant young person people sibling siblings brother sister twin adult male female parent
parents carer carers mother father mum mam mammy mum's dad daddy da mummy stepfather stepmother step-father
step-mother partner grandmother grandfather grandparent grandparents granny gran grandma grandad grandpa nana
nanna nan nain taid mamgu tadcu mamaidh granda grandda seanmhair seanair aunt uncle cousin niece nephew family friend neighbour
maternal paternal practitioner professional worker workers health visitor social school nurse midwife teacher
officer police gp doctor paediatrician consultant registrar manager lead designated safeguarding reviewer
panel member participant agency agencies subject victim perpetrator suspect witness relative household
head deputy named guardian ad litem key team chair author lead detective chief superintendent director assistant
senior principal specialist strategic operational interim acting divisional designated independent advanced
clinical coordinator co-ordinator adviser advisor consultant therapist psychologist psychiatrist
headteacher headteachers headmaster headmistress
operator dispatcher interviewer interviewee caller handler call-handler
janitor caretaker receptionist porter missus
""".split()) | frozenset("""
mam-gu tad-cu mamgu tadcu dad-cu dadcu fam-gu famgu llystad llysdad llysfam llysfab llysferch llysfrawd llyschwaer modryb ewythr wncwl bopa
mamó mamo daideó daideo maimeó seanmhair seanair granaidh avó avô avo vovó vovô vó vô
babcia babunia dziadek dziadzia nani nanu dadi dadu dada nanima dadima ammi ammu abbu abba appa ayeeyo awoowe
hooyo aabo abuela abuelo abuelita abuelito yaya nonna nonno oma opa bunica bunicul bubbe zaide savta
halmeoni harabeoji obaachan ojiichan nainai yeye laolao waipo waigong
tata baba babá aba abba abbu ammi papa mama mamá mum dada tad mami papi maman
bibi babu nyanya cucu shosho sekuru ambuya mbuya gogo nanny nannie grampa grampy gramps
llys-dad llysdad llystad llys-fam llysfam llysfab llysferch llys-frawd llys-chwaer ewythr modryb
maw paw wean weans bairn bairns
""".split())

# (second set: forms of address for grandparents and parents in Scots (maw, paw; wean and bairn for a child, as the
# Dictionaries of the Scots Language, https://dsl.ac.uk/, give them), Welsh, Irish, Gaelic, Portuguese, Polish, Urdu
# and Punjabi, Swahili, Kikuyu, Shona, Somali, Spanish, Greek, Italian, German, Romanian, Yiddish, Hebrew, Korean, Japanese, Mandarin:
# "whom the children call Nainai" is kinship, not a name)

# Words that head an agency or organisation name ("West Yorkshire Police", "Hackney Council").
AGENCY_HEADS = frozenset("""
council councils police service services trust trusts board boards partnership partnerships hospital hospitals
university department team teams unit units court courts agency office authority government panel commissioner
inspectorate constabulary force care foundation charity society network project programme committee group
hub executive directorate division ministry parliament assembly senedd commission tribunal prison probation
ambulance fire rescue army navy airforce barnardo's nspcc cafcass ofsted estyn rqia hiw ciw psni nhs scra
reporter reporters procurator fiscal bureau centre center clinic infirmary association alliance forum union
league company ltd limited plc mudiad menter urdd cylch cylchoedd ofsted estyn cafcass barnardo's
directorate gateway intake consortium safeguarding protection education learning
procedures
law laws scheme schemes childline kooth samaritans shelter mind relate tusla nugent catch22 home-start homestart
surestart youngminds ceop addaction barnardos app website
liquidlogic mosaic eclipse carefirst systmone emis rio wccis soscare niche athena servelec careworks
frameworki controcc cp-is capita healthwatch
comhairle cyngor bwrdd heddlu gwasanaeth gwasanaethau ysbyty prifysgol iechyd gofal cymdeithas llywodraeth
seirbheis poileas fwrdd wasanaeth ngwasanaeth wasanaethau ngwasanaethau brifysgol ofal gyngor chyngor nghyngor
gymdeithas lywodraeth heddlu housing homes health aid refuge helpline line start encompass operation op
review reviews act order regulations guidance code register conference meeting discussion assessment plan
plans protocol strategy framework standards policy procedures report
""".split())

# Apps, platforms and games children use, and words of faith: capitalised, never a person ("used Snapchat",
# "a Jehovah's Witness"; not Islam, which is a surname too).
NOT_NAMES = frozenset("""
gaelscoil gaelscoileanna naíscoil naiscoil bunscoil meánscoil gaelcholáiste snapchat insta tiktok whatsapp instagram facebook messenger discord youtube twitter telegram roblox fortnite minecraft
xbox playstation wechat viber omegle kik tinder grindr yubo wizz onlyfans twitch reddit pinterest bereal threads
jehovah allah christ buddha krishna shiva vishnu waheguru christianity judaism hinduism sikhism buddhism
catholicism protestantism quran koran torah bible gurdwara masjid madrasa madrassa madrassah madrasah mandir
yrs mths wks hrs mins secs
""".split())  # (and the units a log writes after a number: "14 YRS", "3 MTHS")

# Capitalised words that open sentences or headings in reviews and are never names.
PSEUDONYM = re.compile(
    r"(?=[A-Z])\b(?:(?:Child|Baby|Infant|Young\s+Person|YP|CYP|Young\s+Man|Young\s+Woman|Sibling|Brother|Sister|Twin|Adult|Male|"
    r"Female|Person|Parent|Carer|Mother|Father|Partner|Stepfather|Stepmother|Grandmother|Grandfather|Aunt|Uncle|"
    r"Cousin|Friend|Neighbour|Practitioner|Professional|Worker|Health\s+Visitor|Social\s+Worker|Support\s+Worker|"
    r"Youth\s+Worker|Family\s+Support\s+Worker|School\s+Nurse|Midwife|Teacher|Officer|Police\s+Officer|GP|Doctor|"
    r"Nurse|Paediatrician|Manager|Team\s+Manager|Family\s+Member|Subject|Victim|Suspect|Witness|Relative|"
    r"Reviewer|Participant|Agency|Household\s+Member|Key\s+Practice\s+Episode|Episode|Finding|Proposal|"
    r"Recommendations?|Learning\s+Points?|Actions?|Findings?|Appendix|Annex|Section|Article|Part|Schedule|Regulation|Rule|"
    r"Chapter|Paragraph|Figure|Table|Phase|Stage|Level|Tier|Step|Option|Question|Theme|Ward|Room|Priority|"
    r"Area|Locality|Region|Zone|Pod|Outcome|Objective|Standard|Principle|Volume|Account|User|Caller|Contact|Profile|"
    r"Plentyn|Phlentyn|Blentyn|Mhlentyn|Baban|Faban|Person\s+Ifanc|Berson\s+Ifanc|Brawd|Frawd|Chwaer|Ymwelydd\s+Iechyd|"
    r"Gweithiwr\s+Cymdeithasol|Weithiwr\s+Cymdeithasol|Gweithiwr|Weithiwr|Swyddog|Meddyg|Nyrs|Bydwraig|Athro|Athrawes)"
    r"\s+(?:[A-Z]{1,2}|\d{1,3}[A-Z]?|[IVX]{1,4})(?![\w-])(?!\.\d)(?!\.[A-Z]\.)"  # "Baby Q.B.": initials
    # the unknowns of algebra as a title's surname: "her partner (Mr X)", "Ms Y"
    r"|(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+[XYZ](?![\w'’.-]))")
# Legislation and guidance: "Children Act 1989", "Working Together to Safeguard Children 2023".
LEGISLATION = re.compile(
    r"(?=[A-Z])\b(?:[A-Z][\w'’-]*(?:\s+\((?:Northern\s+Ireland|Scotland|Wales)\))?\s+){0,8}"
    r"(?:Act|Order|Regulations|Rules|Guidance|Convention|Code|Bill)(?:\s+\((?:Northern\s+Ireland|Scotland|Wales)\))?"
    r"(?:\s+(?:19|20)\d{2})?\b")


@lru_cache(maxsize=None)
def multiword_index() -> dict[str, tuple[str, ...]]:
    """Places whose names have several words ("Northern Ireland"), by lower-cased first word, longest first."""
    index: dict[str, list[str]] = {}
    for p in places():
        if " " in p or "-" in p:
            first = re.split(r"[ -]", p, maxsplit=1)[0]
            index.setdefault(first, []).append(p)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


def multiword_place_spans(text: str) -> list[tuple[int, int]]:
    """Spans of multi-word place names in ``text`` (a dictionary look-up per capitalised word)."""
    index = multiword_index()
    lower = text.lower()
    out = []
    for m in _CAP_WORD.finditer(text):
        names = index.get(m.group(0).lower())
        if not names:
            continue
        s = m.start()
        for name in names:
            e = s + len(name)
            if lower.startswith(name, s) and (e == len(text) or not (text[e].isalnum() or text[e] == "-")):
                out.append((s, e))
                break
    return out


_CAP_WORD = re.compile(r"(?=[A-Z\u00C0-\u00DE])(?<![\w-])[A-Z\u00C0-\u00DE][\w'’\u00C0-\u024F]*")


# "has chosen to be called", "asked to be known as": a name the child goes by, declared for a report only where
# the report is named beside it
_TO_BE_CALLED = (r"\b(?:chose|chosen|choose|asked|wants?|wanted|prefers?|preferred)\s+"
                 r"(?:(?:the|us|our|this|its)\s+(?:[\w-]+\s+)?)?to\s+be\s+"  # "asked the Panel to be called 'Vee'"
                 r"(?:called|known\s+as|referred\s+to\s+as|named)\s+")
# A pseudonym the review declares for a child: "They chose 'Seren'", "Seren is not her real name".
DECLARED_PSEUDONYM = re.compile(
    r"(?=[A-Zcpugwt'‘\"“])\b([A-Z][\w'’-]+)['’\"”]?,?\s+is\s+not\s+(?:her|his|their|the\s+child's|the\s+child’s)\s+real\s+name"
    r"|\b(?:chose|chosen|choose)\s+(?:the\s+(?:pseudonym|name)\s+)?['‘\"“]([A-Z][\w'’-]+)['’\"”]"
    r"|\bpseudonym,?\s+['‘\"“]?([A-Z][\w'’-]+)"
    r"|(?<!who\s)(?<!which\s)\b(?:use[sd]?|given|gives|chosen)\s+(?:the\s+)?(?:name|pseudonym)\s+['‘\"“]?"
    r"([A-Z][\w-]+)(?![\w-])['’\"”]?(?!['’\"”])(?!\s+(?:online|on\s+\w+|with|when|to\s+\w+|in\s+(?:her|his|their)\b))"
    r"|\b(?:we|the\s+review|this\s+review|the\s+report|this\s+report|the\s+panel|the\s+family)\s+(?:has\s+|have\s+)?"
    r"(?:call|calls|called|refer\s+to|refers\s+to|referred\s+to)\s+(?:her|him|them|the\s+child|the\s+young\s+person)"
    r"\s+(?:as\s+)?['‘\"“]([A-Z][\w'’-]+)['’\"”]"
    r"|['‘\"“]([A-Z][\w'’-]+)['’\"”]\s+\(not\s+(?:her|his|their)\s+real\s+name\)"
    # a child naming people on their own page: "my step dad who i am calling Mr Grumpy in this", "i am calling her
    # Miss Honey like in Matilda"; and "her chosen name for the review, which is 'Starry'"
    r"|\b[Ii]\s*(?:am|['’]m|will\s+be)\s+calling\s+(?:(?:her|him|them|my\s+[\w-]+(?:\s+[\w-]+)?)\s+)?"
    r"(?:(?:Mr|Mrs|Miss|Ms|Dr)\.?\s+)?([A-Z][\w'’-]+)(?=[^.\n]{0,40}\b(?:in\s+this|here|for\s+this|in\s+my|like\s+in|"
    r"like\s+the)\b)"
    r"|\bchosen\s+name\b[^.\n]{0,40}?\b(?:is|was)\s+['‘\"“]([A-Z][\w'’-]+)"
    # a judgment's or report's own letters for someone: "referred to as GM", "referred to in this judgment as Ms Y."
    r"|\breferred\s+to\s+(?:in\s+this\s+(?:judgment|report|review|document)\s+)?as\s+((?:Mr|Mrs|Ms|Miss|Dr)\s+[A-Z]|"
    r"[A-Z]{1,3})(?![\w'’-])"
    # "agreed to use "Jay", a name chosen by Mother that is not his own"
    r"|\buse\s+['‘\"“]([A-Z][\w'’-]+)['’\"”],?\s+(?:a|the)\s+(?:name|pseudonym)\s+(?:chosen|picked|agreed|selected)"
    # a name the child chose (or asked) to be called in this report, said before or after it: "for this report
    # she has chosen to be called Isla", "asked to be known as Kit throughout the review" (a name a child goes by
    # in life, with no report named, stays a name)
    r"|\b(?:[Ff]or|[Ii]n|[Tt]hroughout)\s+(?:this|the)\s+(?:report|review)\b[^.\n]{0,40}?" + _TO_BE_CALLED + r"['‘\"“]?"
    r"([A-Z][\w'’-]+)"
    r"|" + _TO_BE_CALLED + r"['‘\"“]?([A-Z][\w'’-]+)['’\"”]?,?\s+(?:in|for|throughout)\s+(?:this|the)\s+(?:report|review)\b"
    # "Phoenix is the name that Child D chose, and it is used here with her agreement": a name someone chose, in a
    # sentence that names the report or its use here (a name a mother chose at birth names no report)
    r"|(?<![\w'’-])['‘\"“]?([A-Z][\w-]*(?:['’][A-Za-z]+)*)['’\"”]?\s+is\s+the\s+(?:name|pseudonym)\s+(?:that\s+|which\s+)?[^.\n]{0,40}?"
    r"\b(?:chose|picked|selected|asked\s+for|wanted|suggested|preferred)\b"
    r"(?=[^.\n]{0,60}?\b(?:report|review|used\s+here|here\s+with))")
# (every alternative opens on one of these characters: the regex engine skips the positions before one)
DECLARED_PSEUDONYM = re.compile(r"(?=[A-Zacfgiprtuw'‘\"“])(?:" + DECLARED_PSEUDONYM.pattern + r")")
# Every alternative of DECLARED_PSEUDONYM holds one of these words (keep them together): a text without any
# need not be scanned (the engine scans every text for declarations).
DECLARED_WORDS = ("real", "chos", "choos", "pseudonym", "name", "call", "refer", "to be ")
# The same declarations in Welsh: "Dewisodd y plentyn yr enw 'Nel'", "y ffugenw 'Nel'", "'Nel' (nid ei henw
# iawn)", "Nid Nel yw ei henw iawn", and the review calling the child by a quoted name ("cyfeirir ati fel 'Nel'
# yn yr adolygiad hwn", "a elwir yn 'Nel' yn yr adroddiad", "sy'n cael ei galw'n 'Nel' drwy'r adolygiad").
DECLARED_PSEUDONYM_CY = re.compile(
    r"\b[Dd]{1,2}ewis(?:odd|wyd|on|ais|ir|wn)?\b[^.\n'‘\"“]{0,50}?\b(?:yr\s+enw|y\s+ffugenw|ffugenw)\s+"
    # quoted, or unquoted when the report it is chosen for follows ("wedi dewis yr enw Gwion ar gyfer yr adroddiad")
    r"(?:['‘\"“]([A-Z][\w'’-]+)['’\"”]|([A-Z][\w'’-]+)(?=\s+(?:ar\s+gyfer|yn|drwy|trwy|i['’]w\s+ddefnyddio\s+yn)\s+"
    r"(?:yr?\s+|['’]r\s+)?(?:adroddiad|adolygiad)))"
    r"|\b[Ff]fugenw,?\s+['‘\"“]?([A-Z][\w'’-]+)"
    r"|['‘\"“]([A-Z][\w'’-]+)['’\"”]\s+\(?nid\s+(?:ei|eu)\s+(?:h?enw|henwau|enwau)\s+(?:iawn|go\s+iawn)"
    r"|\b[Nn]id\s+([A-Z][\w'’-]+)\s+(?:yw|ydy|oedd)\s+(?:ei|eu)\s+h?enw\s+(?:iawn|go\s+iawn)"
    r"|(?:\ba\s+elwir|\b(?:sy['’]n\s+cael|[cg]ael)\s+(?:ei|eu)\s+(?:h?alw|galw|adnabod|hadnabod)|\b[Cc]yfeirir\s+ato|"
    r"\b[Cc]yfeirir\s+ati|\b[Cc]yfeirir\s+atynt|\b[Gg]elwir|\b[Gg]alwn|\b[Gg]alwyd)"
    r"(?:['’]n|\s+yn|\s+fel)?\s+['‘\"“]([A-Z][\w'’-]+)['’\"”]"
    r"(?=[^.\n]{0,40}\b(?:adolygiad|adroddiad|ymarfer\s+dysgu))"
    # ... or the report named before: "gofyn i'r adroddiad gyfeirio at y plentyn fel 'Enfys'"
    r"|\b(?:adroddiad|adolygiad)\b[^.\n'‘\"“]{0,40}?\b(?:[cg]yfeirio|[cg]yfeirir|[cg]alw|alw)\s+"
    r"(?:at\s+\S+(?:\s+\S+)?\s+)?(?:fel|yn)\s+['‘\"“]([A-Z][\w'’-]+)['’\"”]"
    # a child naming people on their own page: "dw i'n galw hi'n miss enfys yn hwn" ("I'm calling her ... in this")
    r"|\b(?:[Dd]w\s+i|[Dd]wi|[Rr]ydw\s+i|[Rr]wy['’]?n?\s*i?)['’]n\s+galw\s+(?:hi|fo|o|e|fe|nhw)['’]n\s+"
    r"(?:(?:[Mm]iss|[Mm]r|[Mm]rs)\s+)?([A-Za-zÀ-ÿŵŷ][\w'’-]+)(?=[^.\n]{0,30}\b(?:yn\s+hwn|yma|yn\s+y\s+(?:adroddiad|adolygiad)))")
# Every alternative of DECLARED_PSEUDONYM_CY holds one of these (keep them together).
DECLARED_WORDS_CY = ("enw", "ffugenw", "elwir", "'n cael ei", "’n cael ei", "ael ei", "ael eu", "yfeirir", "alwn",
                     "alwyd", "galw", "yfeirio", "alw ")


WELSH_FUNCTION_WORDS = frozenset("""
y yr a ac yn i o ei eu ein mae roedd oedd gyda ar am wedi bod ddim hefyd ond fel gan hyn hynny sydd nad na pan os
neu at dros rhwng trwy drwy yng ym mewn gael cael fod oherwydd felly ble beth pwy ni nid hi fe fo nhw chi rydym
roeddent byddai bydd dylai gallai iddo iddi iddynt wrth heb hyd ôl
""".split())
_WELSH_TOKEN = re.compile(r"[^\W\d_]+")


def is_welsh(text: str) -> bool:
    """True when ``text`` is written in Welsh: a fifth of its words are Welsh function words, or (for terse text
    such as action plans and headings, with few function words) more of its words are Welsh dictionary words
    that are not English than English words that are not Welsh."""
    return _welsh_verdict(_WELSH_TOKEN.findall(text[:4000].lower()))


def _welsh_verdict(words: list[str]) -> bool:
    """``is_welsh`` on the lower-cased words of a text."""
    if len(words) < 4:
        return False
    ratio = sum(w in WELSH_FUNCTION_WORDS for w in words) / len(words)
    if ratio >= 0.2:
        return True
    if ratio < 0.04 and len(words) >= 40 and sum(w in stop_words() for w in words) >= 0.1 * len(words):
        return False  # a long text of English function words and hardly a Welsh one is English
    cy, en = welsh_words(), common_words()
    welsh_only = sum(w in cy and w not in en for w in words)
    english_only = sum(w in en and w not in cy for w in words)
    if ratio < 0.04 and len(words) >= 40 and welsh_only < 0.5 * len(words):
        return False  # hardly a Welsh function word, and not mostly Welsh words either (a Welsh cover page is)
    return welsh_only >= 0.25 * len(words) and welsh_only > english_only


_PARAGRAPH = re.compile(r"(?:[^\n]|\n(?!\s*\n))+")


# a data file's Welsh twin field ("summary_cy: ...", "- owner_cy: ...", "title_cy:" then an indented block)
_CY_FIELD = re.compile(r"(?m)^([ \t]*)(?:-[ \t]+)?[A-Za-z][\w]*_cy:[ \t]*(?:[|>][-+]?[ \t]*)?[^\n]*"
                       r"(?:\n(?:\1[ \t]+[^\n]*|[ \t]*(?=\n)))*"
                       r"|\b[A-Za-z]\w*_cy:[ \t]*\"[^\"\n]*\"")  # and a quoted value in a flow mapping {text_cy: "..."}


def language_blocks(text: str) -> list[tuple[int, int, bool]]:
    """Paragraphs of ``text`` as (start, end, written in Welsh); a paragraph too short to tell takes the
    language of the text as a whole. The value of a data file's ``*_cy`` field is Welsh whatever its length."""
    whole: bool | None = None  # the text's own language, for paragraphs too short to tell (judged when one is)
    fields = [m.span() for m in _CY_FIELD.finditer(text)] if "_cy:" in text else []
    out = []
    for m in _PARAGRAPH.finditer(text):
        if fields and any(fs < m.end() and m.start() < fe for fs, fe in fields):
            out += _split_fields(m.start(), m.end(), fields, text)
            continue
        para = m.group(0)
        words = _WELSH_TOKEN.findall(para.lower())  # counted and judged once (is_welsh reads 4,000 characters)
        if len(words) < 6:
            if whole is None:
                whole = is_welsh(text)
            out.append((m.start(), m.end(), whole))
        else:
            out.append((m.start(), m.end(), _welsh_verdict(words) if len(para) <= 4000 else is_welsh(para)))
    return out


def _split_fields(start: int, end: int, fields: list[tuple[int, int]], text: str) -> list[tuple[int, int, bool]]:
    """A paragraph of a data file cut into its ``*_cy`` fields (Welsh) and the rest (judged as English would be)."""
    out: list[tuple[int, int, bool]] = []
    pos = start
    for fs, fe in fields:
        fs, fe = max(fs, start), min(fe, end)
        if fe <= fs:
            continue
        if fs > pos:
            out.append((pos, fs, is_welsh(text[pos:fs])))
        out.append((fs, fe, True))
        pos = fe
    if pos < end:
        out.append((pos, end, is_welsh(text[pos:end])))
    return out


@lru_cache(maxsize=None)
def welsh_words() -> frozenset[str]:
    """Lower-cased Welsh words with their mutated forms (from the Welsh aspell dictionary), loaded on first use."""
    import gzip

    raw = resources.files("anonymise.data").joinpath("welsh_words.txt.gz").read_bytes()
    return frozenset(gzip.decompress(raw).decode("utf-8").split()) | gazetteer("welsh_colloquial.txt")


@lru_cache(maxsize=None)
def gazetteer(name: str) -> frozenset[str]:
    """The lower-cased entries of one word list in anonymise/data (comment lines skipped), read once per process."""
    text = resources.files("anonymise.data").joinpath(name).read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#"))


_load = gazetteer


@lru_cache(maxsize=None)
def places() -> frozenset[str]:
    """Lower-cased UK nations, regions, local authorities, towns and countries (not identifiers)."""
    return _load("places.txt") | _load("uk_places.txt")


@lru_cache(maxsize=None)
def curated_places() -> frozenset[str]:
    """The curated places.txt only: nations, local authorities, regions, peoples, languages (always places)."""
    return _load("places.txt")


@lru_cache(maxsize=None)
def given_names() -> frozenset[str]:
    """Lower-cased given names from many cultures (gazetteer built by data/build_gazetteers.py)."""
    return _with_folded(_load("given_names.txt"))


@lru_cache(maxsize=None)
def surnames() -> frozenset[str]:
    """Lower-cased surnames from many cultures."""
    return _with_folded(_load("surnames.txt"))


@lru_cache(maxsize=None)
def common_words() -> frozenset[str]:
    """Lower-cased frequent English dictionary words (names that are also words need more evidence), and medicine
    names, generic and brand, that are no one's name ("Gaviscon", "sertraline"); not the given names that the word
    lists write in lower case but a dictionary only with a capital (Mary, Emma, Henry: data/proper_given.txt)."""
    return (_load("common_words.txt") - _load("proper_given.txt")) | ROLE_WORDS | stop_words() | medicines() | \
        scots_words()[1]


@lru_cache(maxsize=None)
def medicines() -> frozenset[str]:
    """One-word medicine names that are no name or place (data/medicines.txt.gz, built by data/build_medicines.py
    from the drug-named-entity-recognition package's dictionary)."""
    import gzip

    raw = resources.files("anonymise.data").joinpath("medicines.txt.gz").read_bytes()
    return frozenset(gzip.decompress(raw).decode("utf-8").split())


@lru_cache(maxsize=None)
def caps_words() -> frozenset[str]:
    """Dictionary words rarer than the common words and no name or place (data/caps_words.txt): common in a line
    written in capitals, where a capital letter is no evidence of a name ("DECLINES PARAMEDIC")."""
    return _load("caps_words.txt")


# Endings of English words that no surname or given name has (paramedic, allegation, harassment, dizziness,
# hostility, anxious, aggressive, careless, vandalism, psychologist).
_NAMELESS_SUFFIX = re.compile(r"(?:tion|sion|ment|ness|ity|ic|ics|ous|ive|ful|less|ism|ist|ology|able|ible|ance|ence|"
                              r"ised|ized|ising|izing|ise|ize|ery)$")


def is_caps_word(word: str) -> bool:
    """A rarer dictionary word (``caps_words``) in a shape no name has — a plural (FIREWORKS, MARSHES) or a word-only
    ending (PARAMEDIC) — so common in a capitals line; a short one may be a surname the lists lack (MARSH)."""
    low = word.lower()
    words = caps_words()
    if len(low) > 4 and low.endswith("s") and (low[:-1] in words or (low.endswith("es") and low[:-2] in words)):
        return True
    return low in words and _NAMELESS_SUFFIX.search(low) is not None


@lru_cache(maxsize=None)
def stop_words() -> frozenset[str]:
    """spaCy's English stop words (a copy in data/stop_words.txt, so the fast path never imports spaCy), and the
    function words of Scots (data/scots_words.tsv: "ah", "naebody", "efter")."""
    return _load("stop_words.txt") | scots_words()[0]


@lru_cache(maxsize=None)
def scots_words() -> tuple[frozenset[str], frozenset[str]]:
    """(function words, other common words) of Scots from data/scots_words.tsv."""
    text = resources.files("anonymise.data").joinpath("scots_words.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return (frozenset(r[0].lower() for r in rows if r[1] == "function"),
            frozenset(r[0].lower() for r in rows if r[1] != "function"))


@lru_cache(maxsize=1 << 16)  # asked about most words of a document, the same words again and again
def is_common(word: str) -> bool:
    """True when ``word`` or its stem (plural, -ed, -ing, -ly) is a frequent English word."""
    low = word.lower().replace("’", "'")
    words = common_words()
    if low in words:
        return True
    if "'" in low:  # "aren't", "they're", "it'll": a contraction of common words
        head = re.sub(r"(?:n't|'s|'re|'ll|'ve|'d|'m)$", "", low)
        if head != low and (head in words or head in ("ca", "wo", "sha")):
            return True
    if low.endswith(("nae", "na")) and low[:-3 if low.endswith("nae") else -2] in _SCOTS_AUXILIARIES:
        return True  # "DIDNAE", "cannae", "wouldna": a Scots negative of an auxiliary verb
    if low.endswith(("ed", "ing")):  # "submitted", "stopping": a doubled consonant before the ending
        stem = low[:-2] if low.endswith("ed") else low[:-3]
        if len(stem) >= 4 and stem[-1] == stem[-2] and stem[:-1] in words:
            return True
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"),
                         ("ly", ""), ("ers", ""), ("er", "")):
        if low.endswith(suffix) and len(low) - len(suffix) >= 3 and low[: len(low) - len(suffix)] + repl in words:
            return True
    if "-" in low:
        head, _, tail = low.rpartition("-")
        return (head in _PREFIXES or is_common(head)) and is_common(tail)
    return False


# auxiliary verbs as Scots writes them before the negative -nae/-na (Dictionaries of the Scots Language, "nae", adv.)
_SCOTS_AUXILIARIES = frozenset("did din does dis disn is isn wis was wasn hae has hasn huv have can could cud "
                               "coud wid would wouldn will wull should shoud shouldn micht might must".split())
_PREFIXES = frozenset("multi inter non pre post co re sub anti self cross semi mid over under out step half".split())


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """``word`` without diacritics (Oisín -> oisin, Nguyễn -> nguyen, Wiśniewska -> wisniewska)."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ł", "l").replace("Ł", "L")


def _with_folded(words: frozenset[str]) -> frozenset[str]:
    return words | frozenset(fold(w) for w in words if not w.isascii())  # ASCII words fold to themselves


@lru_cache(maxsize=None)
def welsh_names() -> frozenset[str]:
    """Lower-cased Welsh given names, pet forms and surnames in radical form (data/welsh_names.txt)."""
    return _load("welsh_names.txt")


@lru_cache(maxsize=None)
def public_names() -> tuple[str, ...]:
    """Published case names, inquiry chairs and named events (data/public_names.txt; sources in the .tsv)."""
    text = resources.files("anonymise.data").joinpath("public_names.txt").read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=None)
def eponyms() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """Eponyms of conditions, scales and doctrines (data/eponyms.txt): (name -> head words it needs, bare names)."""
    text = resources.files("anonymise.data").joinpath("eponyms.txt").read_text(encoding="utf-8")
    headed: dict[str, tuple[str, ...]] = {}
    bare: set[str] = set()
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, heads = line.partition(":")
        if heads.strip():
            headed[name.strip()] = tuple(heads.split())
        else:
            bare.add(name.strip())
    return headed, frozenset(bare)


# Document furniture and post-nominal letters: never a name, and never the end of one ("Isobel Colquhoun Date").
FURNITURE = frozenset("""
date dated post author authors chair chairperson chairman chairwoman version upload uploaded draft status owner
lead contact signed title ref dyddiad awdur cadeirydd fersiwn statws drafft rota handover
""".split())
POSTNOMINALS = frozenset("""
bsc bnsc ba ma msc mphil phd dphil md mbbs mbchb mrcp mrcpch frcpch frcp frcs mrcgp frcgp rgn rscn rmn rnld rm rhv
scphn nmc hcpc cqsw dipsw mbe obe cbe kbe dbe qc kc jp llb llm ma(hons) hons bed med pgce pgdip dip mba mpa bsw msw
fcipd cqsw rn rsw ceng
""".split())


def is_surname_word(word: str) -> bool:
    """True when ``word`` is in the surname gazetteer or has a surname's shape (McCann, O'Neill, MacLeod) and is no
    frequent word."""
    low = word.lower().rstrip("'’s") if word.endswith(("'s", "’s")) else word.lower()
    return (low in surnames() or bool(_SURNAME_SHAPE.match(word))) and not is_common(low)


_SURNAME_SHAPE = re.compile(r"(?:Mc|Mac|O['’]|Fitz)[A-Z][a-z]+")


@lru_cache(maxsize=None)
def kin_words() -> frozenset[str]:
    """Kinship words of other languages and regional forms (data/kin_words.tsv: Nanaji, Teta, Lolo, Bampi): used
    alone, what a child calls a relative, not a name."""
    text = resources.files("anonymise.data").joinpath("kin_words.tsv").read_text(encoding="utf-8")
    return frozenset(line.split("\t", 1)[0].strip().lower() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=None)
def word_names() -> frozenset[str]:
    """Given names that are ordinary words too (Summer, Grace, Storm, Jade: data/word_names.txt)."""
    return _load("word_names.txt")
