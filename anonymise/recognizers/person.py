"""Personal names: capitalised runs judged on titles, gazetteers, context cues and (where unsure) spaCy NER.

Evidence, strongest first: a title (Mr, Dr, DS, Pastor, Auntie); a cue around the run (``Father, Kwame
Asante,``; ``Health Visitor 1 (Dawn Whitlock)``; ``known as Pat``; ``Faith's mother``; ``Ruby said``);
the NER model's PERSON label; given-name and surname gazetteers from many cultures; surname shapes
(Mc/Mac/O', -ska, -wicz, -ová, -ienė, -escu...). A name that is also a common English word (Hope,
Grace, Will) needs a title, a cue, NER, a surname next to it or an earlier certain mention. Once a name
is certain, every other mention of its parts in the same text is a finding too (first names alone,
surnames alone, lower-case slips in case notes, spellings with or without diacritics).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from anonymise.recognizers import acronyms, allow, clean_text, handle, informal, kin, lone_names, minutes, quoted_names
from anonymise.recognizers.base import detection, occurrences
from anonymise.recognizers.mutation import radicals
from anonymise.types import Detection

_L = r"A-Za-z\u00C0-\u024F\u1E00-\u1EFF"
TOKEN = re.compile(rf"[{_L}](?:[{_L}'’\-]*[{_L}])?")
# dotted initials, with the Welsh digraphs and a patronymic ("A. Ch.", "Rh.ap.G.", "Ll.W.")
DOTTED_INITIALS = re.compile(r"(?=[A-Z])(?<![\w.])(?:[A-Z]|Ch|Dd|Ff|Ll|Rh|Th)\.(?:\s?(?:ap\.|ab\.)?(?:[A-Z]|Ch|Dd|Ff|Ll|Rh|"
                             r"Th|Mc[A-Z]|Mac[A-Z]|O['’][A-Z])\.){1,2}(?!\w)")
_AFTER_HOUR = re.compile(r"\d\s?$")  # "7 A.M.", "10.30P.M.": a time's hour before its a.m. or p.m.
_MERIDIEM = re.compile(r"[AaPp]\.?[Mm]\.?")
# (not "A.M." and "P.M.": a time only after its hour, initials elsewhere; ``analyze`` drops "7 A.M.")
NOT_INITIALS = frozenset({"O.K.", "U.K.", "U.S.", "E.G.", "I.E.", "N.B.", "B.A.", "M.A.", "P.S.", "D.O.B.", "A.K.A.",
                          "N.F.A.", "R.I.P."})
UPPER_NAME = re.compile(r"(?=[A-Z])(?<![\w-])[A-Z][A-Z'’-]{3,}(?![\w-])")
UPPER_CUE_BEFORE = re.compile(r"\b(?:seen|saw|see|spoke\s+to|spoke\s+with|visited|with|and|told|asked|to|mum|dad|"
                              r"mother|father|sister|brother)\s+$")
UPPER_CUE_AFTER = re.compile(r"^(?:['’]s\s|\s+(?:said|says|was|is|has|had|told|asked|seen|appeared|presented|"
                             r"and|slept|cried|disclosed)\b)")
UPPER_INITIALS = re.compile(r"(?=[A-Z])(?<![\w-])[A-Z]{2,3}(?![\w-])")
INITIALS_CUE_AFTER = re.compile(
    r"^(?:\s+(?:on|in)\s+the\s+[\w' ]{0,30}(?:notes?|list|sheet|minutes|records?|register|log)\)"
    r"|\s+(?:said|told|reflected|described|explained|recalled|reported|stated|noted|felt|thought|agreed|"
    r"was|had|would|could|did|has|is|does|do|doesn['’]t|didn['’]t|went|goes|returned|returns|attended|attends|"
    r"lives|lived|stayed|stays|left|arrived|missed|refused|ran|moved|started|stopped|disclosed|came|comes|reports|"
    r"says|tells|denies|denied|admits|admitted|confirmed|confirms|discloses|alleged|alleges|remains|remained)\b)")
# Initials with a role in brackets ("JH (student SW)") or closing a clause after for/by/with ("closed by JH.").
INITIALS_ROLE_AFTER = re.compile(r"^\s*\((?:[\w-]+\s+){0,2}(?:SW|HV|DSL|SENCO|IRO|PA|FSW|EWO|worker|nurse|officer|"
                                 r"teacher|manager|visitor|mother|father|mum|dad|sibling|brother|sister|child|partner|"
                                 r"carer|student|social\s+worker)\)", re.IGNORECASE)
INITIALS_BY_BEFORE = re.compile(r"\b(?:for|by|with)\s+$")
INITIALS_BY_AFTER = re.compile(r"^(?:[.,;:)]|\s+(?:and|on|at|in|who|was|is|has|had)\b|\s*$)")
# A quoted speaker's initials before a verb and a pronoun ('"LD gives me vapes"'), even when they spell an acronym.
INITIALS_QUOTED_ACTOR = re.compile(r"^\s+(?:[a-z]+(?:s|ed)|hit|threw|gave|took|got|made|let|sent|bought|kept|told|"
                                   r"hurt)\s+(?:me|him|her|us|them|my|his)\b")
# Letters that also spell a degree or an abbreviation are initials after a preposition: "confirmed for B.A.".
INITIALS_PREP_BEFORE = re.compile(r"\b(?:for|by|with|to|from|and|re|about|saw|see|seen)\s+$")
INITIALS_CUE_BEFORE = re.compile(
    r"(?:(?:known|referred\s+to|refers\s+to|refer\s+to|recorded|called|calls|named|listed|identified|described|"
    r"appears|appear)\b[^.;:\n]{0,40}?\bas|initials|signed(?:\s+by)?)\s+['‘\"“]?$", re.IGNORECASE)
# Two initials as the subject of reported speech or a quoted sentence: "She said KJ had", "that MB was", "'TR hit me'".
INITIALS_SPEECH_BEFORE = re.compile(r"(?:\b(?:said|says|told\s+\w+|thought|felt|believed|that|because|when|if|"
                                    r"while|until|whether)\s+|^['‘\"“]|[.!?:;]\s+['‘\"“]|\s['‘\"“])$")
INITIALS_SPEECH_AFTER = re.compile(
    r"^\s+(?:had|has|was|is|would|could|did|hit|hurt|kicked|punched|pushed|shouted|grabbed|slapped|touched|took|"
    r"came|went|left|said|says|told|made|gave|got|lives|lived|stays|stayed|sleeps|slept|gets|got|smacked|"
    r"threw|broke|scared|frightened|locked|drinks|drank|smokes|smoked)\b")
# abbreviations of posts, agencies, systems and terms (data/acronyms.tsv): never bare initials
ACRONYMS = acronyms.abbreviations()
_WELSH_DIGRAPH_INITIALS = frozenset({"Ll", "Rh", "Ch", "Dd", "Ff", "Th"})
# a capital letter for a relative or partner, the kinship in brackets after it: "Seen with M (partner, Marcus Dunn)"
LETTER_KIN = re.compile(r"(?=[A-Z])(?<![\w.'’-])(?P<l>[A-Z])\s\((?:her|his|mum['’]s|mother['’]s|the\s+)?(?:"
                        + kin.words(kin.RELATIVES, "friend lodger neighbour") + r")\b")
# a dotted initial joined to a surname or a space before it ("S.Okafor", "T.McAllister"; "J. Sowerby", "W. Adebayo-Kane"),
# and an initial before a surname ("C. Dunbar")
JOINED_INITIAL = re.compile(r"(?<![\w.@/'’-])[A-Z]\.(?:(?P<sur>(?:Mc|Mac|O['’])?[A-Z][a-zà-ÿ'’-]{2,})(?![\w@/]|\.\w)|"
                            r"[ \t](?P<spaced>(?:Mc|Mac|O['’])?[A-Z][a-zà-ÿ'’]{2,}(?:-[A-Z]?[a-zà-ÿ'’]{2,})?)(?![\w@/-]))")
SPACED_INITIAL = re.compile(r"(?<![\w.@/'’-])(?P<ini>[A-Z])\.?\s?(?P<sur>(?:Mc|Mac|O['’])?[A-Z][a-zà-ÿ'’-]+)(?![\w@/-])")
NEXT_WORD = re.compile(r"[ \t]+((?:Mc|Mac|O['’])?[A-Z][a-zà-ÿ'’-]+)(?![\w@/-])")
# a found span that is initials alone ("R.McK", "NA", "Ll.H.", "J.K."), whose other spellings are the same person
_INITIALS_SHAPE = re.compile(r"(?:(?:Ll|Rh|Dd|Ff|Ch|Th|Mc|Mac|O['’]|[A-Z])\.?){2,4}")
COORD_AFTER = re.compile(r"(?:['’]s)?(?:,\s+|\s+and\s+|,\s+and\s+|\s+&\s+)")
COORD_BEFORE = re.compile(r"(?:,\s+|\s+and\s+|,\s+and\s+|\s+&\s+)$")
POLICE_TITLES = frozenset({"pc", "dc", "ds", "ps", "sgt", "di", "dci", "psc", "pcso"})
COLLAR_NUMBER = re.compile(r" \d{2,6} ")
SENTENCE_BREAK = re.compile(r"(?:[.!?:;]['’\"”)]*\s+|\n\s*|^)$")
PARTICLES = frozenset({"ap", "van", "de", "der", "den", "bin", "bint", "ibn", "al", "el", "da", "di", "von", "ó", "ní",
                       "nic", "mac", "ua", "dos", "du", "le", "la", "st", "do", "das", "del", "della", "ter", "ten"})
SURNAME_SHAPE = re.compile(
    r"^(?:Mc[A-Z]|Mac[A-Z]|Nic[A-Z]|Ní[A-Z]|O['’][A-Z])|(?:ski|ska|wicz|czyk|czak|ová|ovà|ienė|aitė|ytė|escu|ović|"
    r"ovic|enko|auskas|evičius|avičius|iak|chuk|ssen|sson|poulos|oglu|oğlu)$")
KIN = (kin.words(kin.RELATIVES, "friend carer", plural=True) + r"|family|name|school|teacher|bedroom|home|care|"
       r"needs|views|wishes|behaviour|attendance|death|injuries|birth|date\s+of\s+birth|dob|birthday|mobile|cot|"
       r"nappy|bruising|weight|funeral|body|face|arm|leg|head|own|older|younger|nursery|college|class|classroom|"
       r"keyworker|key\s+worker|social\s+worker|health\s+visitor|gp|buggy|pram|parents|grampa|granda")
# (the formal words for relatives only: "mum", "nan" and "child" before a capitalised word open a sentence or a log
# line, "CHILD HEARD SHOUTING")
ROLE_NOUNS = (r"worker|teacher|nurse|officer|visitor|midwife|manager|tutor|lead|practitioner|therapist|doctor|"
              r"paediatrician|consultant|registrar|interpreter|coordinator|co-ordinator|advocate|mentor|coach|"
              r"neighbour|friend|partner|boyfriend|girlfriend|cousin|aunt|uncle|grandmother|grandfather|"
              r"brother|sister|son|daughter|mother|father|stepfather|carer|childminder|pastor|imam|priest|"
              r"minister|head|headteacher|counsellor|psychologist|assistant|supervisor|chair|reviewer")
INITIALS_KIN_AFTER = re.compile(r"^['’]s\s+(?:" + KIN + r")\b")
_AGE_WORDS = lone_names.AGE_WORDS
STRONG_AFTER = re.compile(
    r"^(?:[\"”’']?\s+(?:is|was)\s+(?:[A-Z][\w'’-]*['’]s|her|his|their|the\s+(?:[\w-]+\s+){0,2}[\w-]+['’]s)\s+"
    r"(?:(?:older|younger|elder|little|big|baby|twin|half-|step|middle|first|second|pet|best|new)\s*){0,2}"
    r"(?:" + kin.words(kin.RELATIVES, "friend name nickname") + r")\b"
    r"|[\"”’']?\s+(?:is|was)\s+(?:the|a)\s+(?:(?:street|online|display|contact|pet)\s+)?(?:(?:nickname|alias|username)\s+"
    r"(?:of|used\s+by|for|given\s+to)|name\s+(?:used\s+by|given\s+to|(?:of|for)\s+(?:a|an|the|her|his|their|"
    r"[A-Z][\w'’-]*['’]s)\s+(?:[\w-]+\s+){0,2}(?:man|woman|boy|girl|teenager|friend|partner|boyfriend|girlfriend|male|"
    r"female|adult|person|youth|lad|brother|sister|cousin)))\b"
    r"|['’]s?\s+(?:" + KIN + r")\b|\s*\((?:Child|Baby|Young\s+Person|Sibling|Infant)\b|,\s+as\s+(?:he|she|they)\s+"
    r"(?:was|were|is|are)\s+(?:known|called)|[\"”’']?(?:,|\s*\()\s*as\s+(?:he|she|they)\s+(?:likes?|asks?|wants?|prefers?)\s+"
    r"to\s+be\s+(?:called|known)\s*[,)]|\s+\((?:known\s+as|aged|age)\b"
    r"|,\s+(?:the|a|an|her|his|their)\s+(?:[\w-]+\s+){0,2}(?:" + ROLE_NOUNS + r")s?\b"
    r"|,\s+(?:the|her|his|their)\s+(?:(?:two|three|four|five|six|older|younger|elder|eldest|oldest|youngest|other|"
    r"twin|little|big)\s+){0,2}(?:children|siblings|twins|boys|girls|parents|grandparents)\b"
    r"|\s*\(\d{1,2}\)|,\s+who\b|\s+and\s+(?:her|his|their)\s+(?:" + KIN + r")\b"
    r"|\s*\((?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}(?:" + ROLE_NOUNS + r")\)"
    r"|,\s+(?:DOB|D\.O\.B|date\s+of\s+birth|born|aged)\b|\s*\((?:born|b\.|DOB|D\.O\.B|date\s+of\s+birth|aged)\b"
    # said in speech: "Gemma – that's my daughter –", "Sonny – that's Hope's daddy", "Rusty they call him"
    r"|\s*[–—-]\s*that['’]s\s+(?:my|her|his|their|our|the|[A-Z][\w'’-]*['’]s)\s+(?:[\w-]+\s+){0,2}?(?:" +
    kin.words(kin.RELATIVES) + r"|lad|lass|boy|girl|eldest|youngest|oldest|wean|bairn|man|fella)\b"
    r"|,?\s+(?:they|we|everyone|people|the\s+kids|the\s+weans)\s+(?:all\s+)?call(?:ed|s)?\s+(?:him|her|them)\b"
    # a date of birth with no comma, as logs write it: "FEMALE SUMMER FROST DOB 04/06/1999", "Dean Morrow D.O.B. 3/2/01"
    r"|\s+(?:DOB|D\.O\.B\.?)\s*[:\-]?\s*\d"
    # an age in words: "River (six) and Sky (three)", "Goodness, then eleven, and Miracle"
    r"|\s*\((?:then\s+|now\s+)?" + _AGE_WORDS + r"(?:\s+(?:years?|months?)(?:\s+old)?)?\)"
    r"|,\s+(?:then|now)\s+(?:" + _AGE_WORDS + r"|\d{1,2})\b"
    r"|,\s+(?:[A-Z][\w-]*\s+(?:(?:of|for|in|and)\s+)?){0,5}(?:Manager|Director|Nurse|Officer|Lead|Head|Adviser|Advisor|"
    r"Coordinator|Co-ordinator|Worker|Teacher|Consultant|Paediatrician|Practitioner|Visitor|Reviewer|Chair|"
    r"Inspector|Sergeant|Constable|Principal|Headteacher|Deputy|Midwife|Therapist|Psychologist)\b)")
STRONG_BEFORE = re.compile(
    r"(?:\b(?:named|called|known\s+(?:[\w\s]{1,30}?\s+)?as|referred\s+to\s+as|full\s+name|nicknamed|"
    r"(?:call|calls|called|nicknamed|named|renamed)\s+(?:her|him|them|me|the\s+(?:child|boy|girl|baby))|"
    r"knew\s+(?:(?:her|him|them)\s+)?(?:only\s+|simply\s+|just\s+)?as|"
    # "Mate named only as 'T-Bone'", "identified only as 'Dex'", "the display name Big T", "his gamer tag is Zed"
    r"(?:named|identified|listed)\s+(?:only\s+|simply\s+|just\s+)as|"
    # "the record names him as 'Stormy'", "gave officers the name of an older boy, 'Kai',"
    r"names\s+(?:him|her|them)\s+as|the\s+name\s+of\s+(?:an?|the|her|his|their)\s+(?:[\w-]+\s+){0,2}(?:boy|girl|man|"
    r"woman|lad|lass|friend|male|female|youth|adult|person|teenager)\s*,|"
    # how a name is to be written: "the family's surname should be written Warsame, not ..."
    r"(?:sur|first\s+|family\s+|given\s+)?name\s+(?:should\s+be|is|was|must\s+be|to\s+be)\s+(?:written|spelt|spelled|"
    r"recorded|entered)(?:\s+as)?|"
    r"(?:display|user|screen|contact|profile|gamer)\s*(?:name|tag)\s+(?:(?:is|was)\s+)?(?:just\s+|only\s+|simply\s+)?|"
    r"(?:go|goes|went|going)\s+by(?:\s+the\s+name)?|whom\s+(?:\w+\s+){1,3}(?:call|calls|called)|"
    r"answer(?:s|ed)?\s+to|aka|a\.k\.a\.?|alias|street\s+name\s+(?:was|is|of)?|"
    r"under\s+the\s+(?:(?:sur|first\s+|family\s+|maiden\s+|display\s+)?name|username|alias)|"
    r"(?:refer|refers|referred|referring)\s+to\s+(?!(?:it|this|that|these|those|the\s+\w+\s+(?:policy|protocol|"
    r"guidance|tool|pathway|service|procedure)s?)\b)(?:[\w'’-]+\s+){1,3}?as|(?:used|uses|using|gave|gives|give)\s+the\s+(?:name|alias)|"
    r"(?:gave|gives|give|giving)\s+(?:(?:his|her|their|a)\s+)?name\s+as|introduced\s+(?:him|her|them)sel(?:f|ves)\s+(?:to\s+[\w\s]{1,20}?\s+)?as|"
    r"(?:calling|called|calls)\s+(?:him|her|them)sel(?:f|ves)|(?:username|user\s+name|profile\s+name|online\s+name|"
    r"handle)(?:\s+(?:was|is|of))?|"
    r"name\s+(?:is|was|as|of)|named\s+as|signed\s+by|identified\s+as|introduced\s+(?:him|her)self\s+as)"
    r"\s+['‘\"“]?"
    r"|(?:^|\n|\.\s|;\s|\()\s*(?:lead|contact|owner|lead\s+officer|author|chair|chaired\s+by|completed\s+by|"
    r"update\s+from|progress\s+note\s+from|signed|responsible\s+officer)\s*:\s*"
    r"|\b(?:her|his|their|my|our|[a-z][\w'’]*['’]s)\s+(?:(?:older|younger|elder|eldest|oldest|youngest|little|big|"
    r"baby|twin|new|ex|late|best|maternal|paternal|teenage|adult|infant|only)\s+){0,2}(?:son|daughter|brother|sister|partner|husband|wife|"
    r"colleague|co-worker|line\s+manager|supervisor|mentor|"
    r"boyfriend|girlfriend|cousin|nephew|niece|friend|neighbour|uncle|aunt|grandson|granddaughter|stepson|"
    r"stepdaughter|baby|twin|ex-partner|half-brother|half-sister)\s+)$", re.IGNORECASE)
PERSON_NOUN_APPOSITION = re.compile(
    r"\b(?:woman|man|girl|boy|lady|gentleman|friend|neighbour|relative|teenager|partner|cousin|boyfriend|girlfriend|"
    r"baby|toddler|infant|daughter|son|sister|brother|granddaughter|grandson|niece|nephew|wee\s+one|youngest|eldest|"
    r"lassie|laddie|wean|bairn|fella|"
    # a parent named after the kinship: "Mum, Blessing, came in", "her father, Sandy Law, ..."
    r"(?i:da|" + kin.words(kin.PARENTS, kin.STEP_PARENTS, kin.GRANDPARENTS, kin.EXTENDED) + r"))"
    r"(?:\s+(?:from|in|at|of)\s+(?:[A-Z][\w'’-]*\s*){1,3})?,\s*$")
PSEUDONYM_APPOSITION = re.compile(r"\b(?:Child|Baby|Young\s+Person|Sibling|Infant|Person)\s+[A-Z0-9]{1,2},\s*$")
# A capitalised word that names a service, not a person: "the Lifeline crisis service", "Kidsline, the helpline for
# children", "the Beacon app"; a region ("Hebei province"); a language ("speaks Tigrinya", "a Lingala interpreter")
# or a faith ("followed Islam", "converted to Sikhism").
# the words between a name and the kind of service it names are its description ("Kooth online service", "Hafan young
# carers' helpline"), never an article, a preposition or a verb: "Sandra attended the clinic" is Sandra
_NOT_DETERMINER_OR_VERB = (r"(?!(?:the|a|an|his|her|their|my|our|your|its|this|that|these|those|to|at|from|with|by|for|"
                           r"of|in|on|and|or|was|is|were|are|has|had|will|would|did|does|[a-z]+ed)\b)")
SERVICE_AFTER = re.compile(
    r"^(?:\s+(?:" + _NOT_DETERMINER_OR_VERB + r"[a-z][\w-]*\s+){0,2}(?:service|services|helpline|line|app|website|charity|project|programme|scheme|"
    r"campaign|initiative|network|hub|clinic|drop-in|group|provider|platform|portal|chatline|textline|model|approach|"
    r"framework|toolkit|tool|method|methodology|pathway|protocol|checklist|questionnaire|curriculum|intervention|"
    r"basket|baskets|symbols|cards|resources|resource|scale|course|software|system|materials|workbook|workbooks|"
    r"pack|packs|ref|reference|log|serial|record|records|entry|entries|session|sessions|class|classes)\b"
    r"|,\s+(?:the|a|an|our|their)\s+(?:[\w'’-]+\s+){0,4}?(?:helpline|service|line|app|website|charity|organisation|"
    r"organization|project|programme|scheme|campaign|initiative|network|provider|platform|portal)\b"
    r"|\s+(?:province|region|prefecture|oblast|governorate|state|county|district|municipality|canton|emirate)\b"
    r"|\s+(?:interpreter|interpreters|interpreting|speaker|speakers|speaking|language|dialect|translation|"
    r"translator|-speaking)\b|-speaking\b)")
LANGUAGE_BEFORE = re.compile(r"\b(?:speaks|spoke|speaking|speak|fluent\s+in|(?:interpreter|translator|translated|"
                             r"translation|interpreting)\s+(?:for|into|in|from)|first\s+language\s+(?:is|was)|"
                             r"language,?|(?:mainly|only|also|some|little|no)\s+(?:spoke|speaks)|"
                             r"(?:followed|follows|practised|practises|practiced|practices|converted\s+to)|"
                             r"(?:faith|religion)\s+(?:is|was|of)|(?:faith|religion),)\s+$")
# Words that make a place name of a place word: "Derry City", "Antrim Coast", "Dee Valley".
GEO_WORDS = frozenset("""
city county borough district town coast coasts valley vale glens glen forest isle isles island islands dales moor moors
bay harbour province region riding firth estuary peninsula
""".split())
COMPASS = frozenset("north south east west northern southern eastern western mid central upper lower greater inner "
                    "outer north-east north-west south-east south-west".split())
# "al-Hassan", "ul-Haq" continue a name ("Abu Bakr al-Hassan") but do not start one ("al-Qaeda")
PARTICLE_HYPHEN = re.compile(r"^(?:al|el|ul|ud|bin|ibn|abu|ben|bint)-[A-Z]")
CAMEL = re.compile(r"^([A-Z][a-z]+)[A-Z][a-z]")
_NAME_HEADS = frozenset("mc mac de da di du la le van von fitz st ben al el abu ibn".split())
# words of address that are no title of the gazetteer but stand before a name as one does (a coach at a club, a teacher
# of a martial art or of a supplementary school): only before a word that is no common word ("Coach Gaz", not "Coach
# Station")
_HONORIFIC_WORDS = frozenset("Coach Sensei Ustaz Ustadh Maulana Hafiz Qari Bhai Baji Aunty-ji".split())
_TITLE_BEFORE_LETTER = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+$")
# a side of the body after L or R ("L cheek", "R forearm"), in any case
_BODY_SIDE_AFTER = re.compile(r"[ \t]+(?i:cheek|arm|forearm|upper|lower|leg|eye|ear|hand|side|thigh|shoulder|wrist|knee|foot|"
                              r"temple|back|buttock|ankle|elbow|shin|calf|hip|chest|flank|jaw|brow|breast)\b")
# honorifics said after a name or a title, which are no name themselves ("Qari Sahib", "Bhai Ji")
_HONORIFIC_AFTER = frozenset("Sahib Sahiba Sahab Saab Ji Jee".split())
HUMAN_AFTER = re.compile(
    r"^\s+(?:said|says|told|felt|thought|wanted|remembered|recalled|described|explained|asked|loved|liked|"
    r"disclosed|admitted|denied|cried|hoped|worried|feared|missed|was\s+placed|was\s+born|was\s+scared|"
    r"was\s+frightened|had\s+been\s+(?:living|staying|missing|placed)|went\s+missing|ran\s+(?:away|off)|absconded|"
    r"self-harmed|stopped\s+(?:attending|eating|going)|started\s+(?:school|nursery)|moved\s+(?:in|out)\b|"
    r"attended\s+(?:school|nursery|college|the\s+(?:meeting|appointment|clinic|hospital|session))|slept|smiled|"
    r"spoke|refused|returned\s+home|became\s+(?:upset|distressed|withdrawn|angry|pregnant)|sustained|suffered|"
    r"was\s+(?:seen|found|taken|admitted|arrested|excluded|missing|reported\s+missing|assaulted|injured|hungry|"
    r"bruised|withdrawn|crying|upset|pregnant))\b")
THAT_BEFORE = re.compile(r"\bthat\s+$")
TO_FROM_BEFORE = re.compile(r"\b(?:to|from|of|and)\s+$")
LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|near|around|across|outside|within|towards|(?:moved|move|moving|lived|living|live|travelled|"
    r"returned|came|come|went|go|going|relocated|fled|back|flew|drove)\s+(?:to|from|back\s+to))\s+$")
OBJECT_BEFORE = re.compile(
    r"\b(?:described|asked|told|saw|visited|met|phoned|rang|interviewed|contacted|supported|collected|hit|"
    r"talked\s+to|spoke\s+to|spoke\s+with|looked\s+after|cared\s+for|worried\s+about|take|took|protect|"
    r"protected|care\s+of|placed|removed|(?:stayed|staying|stays|lived|living|lives|slept|sleeping|sleeps|went\s+out|"
    r"going\s+out|friends|hung\s+around|hanging\s+around|kept\s+in\s+touch|keeps\s+in\s+touch|"
    r"fell\s+out|argued|arguing|fought|fighting|ran\s+away|run\s+away|left)\s+with)\s+$")
DESCRIBED_AS = (re.compile(r"\b(?:described|saw|regarded|remembered|knew)\s+$"), re.compile(r"^\s+as\b"))
THAT_AFTER = re.compile(r"^\s+['‘\"“]?(?:made|began|started|became|continued|moved|described|felt|knew|went|"
                        r"came|took|left|ran|spoke|hit|had|was|were|would|could|did|has|is|told|said|needed|wanted)\b")
APPOSITION_BEFORE = re.compile(r"\b(?i:the|a|an|her|his|their|our|its)\s+(?:[\w-]+\s+){0,3}[a-z][\w-]*,\s*$")
CUE_AFTER = re.compile(
    r"^(?:['’]s?\s+(?:" + KIN + r")\b|,?\s+\(?aged\b|\s+(?:said|says|told|described|explained|reported|recalled|"
    r"wrote|asked|agreed|felt|thought|remembered|disclosed|alleged|admitted|denied|reflected|confirmed|"
    r"replied|stated|added|loved|liked|wanted|was\s+born|attended|died)\b)")
CUE_BEFORE = re.compile(
    r"(?:\b(?:named|called|known\s+(?:[\w\s]{1,30}?\s+)?as|referred\s+to\s+as|full\s+name|nicknamed|"
    r"name\s+(?:is|was)|signed\s+by|(?:the|a|her|his|their)\s+(?:first\s+|given\s+|nick)?name|"
    r"(?:man|woman|boy|girl|lassie|laddie|guy|fella|bloke|wean)\s+cried)\s+['‘\"“]?"
    r"|\b(?:" + kin.words(kin.RELATIVES, "friend neighbour carer parent grandchild", plural=True) +
    r"|sibling\s*\d*|worker|visitor(?:\s+\d+)?|nurse|teacher|officer|midwife|"
    r"manager|tutor|lead|practitioner|guardian|\d)\s*(?:,|\()\s*)$",
    re.IGNORECASE)
# A contact or account name: "saved as 'Trapz'" names someone; "saved as 'Boss'" is a label.
SAVED_AS = re.compile(r"\b(?:saved|listed|stored)\s+(?:in\s+(?:her|his|their|the)\s+phone\s+)?as\s+['‘\"“]$",
                      re.IGNORECASE)

# A bracket right after a word giving an age, a school year, a date of birth or a family relationship makes the word a
# person: "Tobiah (7 months)", "Harmony (Y5, DOB ...)", "Rain (15, stepsister)", "Sky (3 yrs)".
_REL = (r"(?:(?:half|step|foster|adoptive|older|younger|elder|twin|baby)[-\s]?)?(?:"
        + kin.words(kin.RELATIVES, "ex-partner ex-wife ex-husband", plural=True) + r"|fianc[eé]e?s?)")
# a post's abbreviation in brackets, maybe with a word or two before it: "(school DSL)", "(HV)"
_POST_IN_BRACKETS = (r"\((?:[\w-]+\s+){0,2}(?:DSL|DDSL|SW|HV|SENCO|SENCo|IRO|PA|FSW|EWO|SSW|CPN|ISW|LADO|DSO|SN|TA|HT|DHT|"
                     r"KW|YOT|IDVA|ISVA|GP)\)")
AGE_BRACKET_AFTER = re.compile(
    r"^\s*" + allow.AGE_IN_BRACKET + r"[,;)]"  # "(7 months)", "(15, stepsister)", Welsh "(9 oed)", "(6 mis oed)"
    r"|^\s*\(\s*(?:Y|Yr|Year|P|S|NS|YR)\s?\d{1,2}\b"
    r"|^\s*\((?:[^()\n]{0,25}?[,;]\s*)?" + _REL + r"\b"
    # a role abbreviation in brackets: "Tasha (school DSL)", "Kerry (HV)"
    r"|^\s*" + _POST_IN_BRACKETS +
    # how the name is written elsewhere: "Tadhg (spelled without the fada in the GP record)"
    r"|^\s*\((?:also\s+|elsewhere\s+|sometimes\s+|wrongly\s+)?(?:spelled|spelt|entered|recorded|written|registered|"
    r"listed)\s+(?:as\b|without\b|with\s+(?:a|an|the|no)\b)")
# "Baby Lumen" names a baby; "Baby Unit", "Baby Bank" are services; "Baby T" is a pseudonym (one letter, not a run).
BABY_BEFORE = re.compile(r"(?<![\w-])[Bb]aby\s+$")
BABY_THINGS = frozenset("""
unit units ward wards clinic clinics bank banks group groups room rooms box boxes massage club clubs week weeks loss
steps friendly basics cafe café sensory signing yoga boom blues shower monitor care and first
""".split())
# A lower-case role noun before a full name: "nursery manager Dale Ormond", "the Red Cross caseworker Ana Lupu".
ROLE_BEFORE = re.compile(r"(?<![A-Z][\w-])\b(?-i:(?:" + ROLE_NOUNS + r"|caseworker|keyworker|sponsor|volunteer|host|"
                         r"guardian|solicitor|receptionist|administrator|director|inspector|sergeant|constable|"
                         r"detective|clinician|educator|chaplain|principal|nanny|foster\s+carer))\s+$")
# 'she misses "Danny"', 'asks for "Tommo"': a quoted given name after a verb or preposition; not a quoted label in a
# list of examples ('e.g. "Green"', '"Amber" or "Red"').
QUOTED_OBJECT_BEFORE = re.compile(r"(?<![\w.])(?!(?:and|or|nor|but|as|is|are|was|were|the|a|an|of|than|like|eg|ie|"
                                  r"e\.g|i\.e|says|said|means|reads|read|marked|rated|labelled|called)\s)"
                                  r"[a-z]{2,}\s+[\"“‘']$")
NOUN_SHAPE = re.compile(r"(?:tion|sion|ment|ness|ity|ism|ance|ence|ship|ing|ology|ance)s?$")
TITLE_ROLE_BEFORE = re.compile(r"\b(?:Manager|Officer|Worker|Lead|Director|Nurse|Visitor|Teacher|Headteacher|Tutor|Head\s+of\s+"
                               r"Year|Coordinator|Co-ordinator|Practitioner|Consultant|Chair|Inspector|Sergeant|"
                               r"Constable|Midwife|Paediatrician|Therapist|Psychologist|Adviser|Advisor|Caseworker|"
                               r"Keyworker|Mentor|SENCO|SENCo|DSL)\s+$")
# a kin word before a name, without a possessive (which STRONG_BEFORE covers): "Mother Summer Grey", "brother Ash"
KIN_BEFORE = re.compile(r"(?<![\w-])(?:[Mm]other|[Ff]ather|[Bb]rother|[Ss]ister|[Ss]tepfather|[Ss]tepmother|"
                        r"[Hh]alf-(?:brother|sister)|[Ss]tep(?:brother|sister)|[Pp]artner|[Ss]on|[Dd]aughter|[Cc]ousin|"
                        r"[Aa]unt|[Uu]ncle|[Gg]randmother|[Gg]randfather)\s+$")
RECORDED_AS_BEFORE = re.compile(r"\b(?:recorded|listed|registered|entered|logged|noted)\s+as\s+[\"“‘']$",
                                re.IGNORECASE)
NURSE_BEFORE = re.compile(r"(?<![\w-])(?:Nurse|Matron|Midwife|Coach|Nanny|Grandma|Grandad|Grandpa|Granny|Nana|Nanna|"
                          r"Nan|Gran|Nonna|Babcia|Bibi)\s+$")
# Quoted speech: a capitalised word opening a quotation before a verb ('"Rook hit me"', '"Sol is kind"'), a quoted
# word after a kin word ('Aunt "Bibs" came') and a quoted given name ('she misses "Danny"') are people.
QUOTE_OPEN = re.compile(r"(?:^|[\s(\[:,])[\"“‘']$")
QUOTE_CLOSE = re.compile(r"^[\"”’'](?!\w)")
QUOTE_VERB_AFTER = re.compile(
    r"^\s+(?:is|was|has|had|does|did|do|would|could|will|can|won['’]t|doesn['’]t|didn['’]t|isn['’]t|wasn['’]t|"
    r"says|said|hit|hits|threw|throws|took|takes|gave|gives|got|gets|made|makes|came|comes|went|goes|kept|keeps|"
    r"told|tells|hurt|hurts|shouts|broke|breaks|let|lets|sent|sends|buys|bought|brings|brought|knows|knew|"
    r"[a-z]{2,}ed)\b")
QUOTE_ASSAULT_AFTER = re.compile(r"^\s+(?:hit|hits|kicked|kicks|punched|punches|slapped|slaps|hurt|hurts|grabbed|"
                                 r"grabs|pushed|pushes|touched|touches|threatened|threatens|choked|strangled|bit|"
                                 r"smacked|battered|beat|beats)\s+(?:me|him|her|us|them|my|his|mum|mam|dad)\b")
QUOTE_KIN_BEFORE = re.compile(
    r"\b(?:" + kin.words(kin.RELATIVES, "friend carer neighbour lodger ex ex-partner")
    + r"|man|woman|boy|girl|mate|pal|associate)"
    r"(?:\s+of\s+(?:his|hers|theirs|mine|ours|yours|the\s+family),)?\s+[\"“‘']$", re.IGNORECASE)
# A spelling variant announced in the text: "Oleksii also appears as 'Oleksiy'", "spelt Zsófia in the GP records".
VARIANT_BEFORE = re.compile(
    r"\b(?:(?:also|elsewhere|sometimes|variously|wrongly|incorrectly|mistakenly)\s+(?:appears?|appeared|spelled|spelt|"
    r"written|recorded|registered|listed|entered|known)|(?:appears?|appeared|spelled|spelt)(?:\s+(?:also|elsewhere|"
    r"sometimes|variously|wrongly|incorrectly|mistakenly))?)\s+(?:(?:in|on)\s+(?:the\s+)?[\w\s]{1,25}?\s+)?"
    r"as\s+['‘\"“]?$"
    r"|\b(?:listed|recorded|registered|entered|spelled|spelt|wrote|written|named)\s+(?:the\s+(?:child|boy|girl|baby|"
    r"young\s+person|mother|father|pupil|patient)|her|him|them)\s+as\s+['‘\"“]?$", re.IGNORECASE)
# Kinship words of other languages that children use for a grandparent or parent: a relationship, not a name
# (data/kin_words.tsv, with the language and source of each).
FOREIGN_KIN = allow.kin_words()
# Festivals (a word before one is not a name: "Thai Pongal", "Chinese New Year") and language adjectives.
FESTIVALS = frozenset("""
mela melas teej bihu chhath ugadi sankranti
pongal vaisakhi baisakhi holi navratri navaratri onam hanukkah chanukah purim passover pesach sukkot shavuot lohri
nowruz norouz vesak wesak kwanzaa hogmanay diwali deepavali dussehra dasara janmashtami gurpurab muharram ashura
mawlid eid ramadan christmas easter lent advent pentecost whitsun epiphany halloween samhain rosh yom seollal tet
pasg nadolig sulgwyn calan
meskel meskal timkat timket enkutatash irreecha songkran losar chuseok thaipusam
""".split())
# Nationality and language adjectives the place lists lack ("Thai boxing", "a Nepali family").
DEMONYMS = frozenset("""
thai lao khmer filipino nepali japanese korean sinhalese malayalam telugu kannada hausa swahili zulu burmese tibetan
mongolian uzbek kazakh georgian armenian albanian kosovan bosnian serbian croatian romanian bulgarian hungarian
latvian lithuanian estonian ukrainian russian moldovan turkish greek cypriot maltese portuguese brazilian spanish
italian french german dutch danish swedish norwegian finnish vietnamese cantonese mandarin hakka celtic gaelic
nordic slavic glaswegian scouse geordie brummie mancunian doric weegie
""".split())
DISCOURSE = frozenset("first second third fourth fifth sixth firstly secondly thirdly fourthly lastly finally next "
                      "then also however further furthermore moreover overall again similarly".split())
STRUCTURE = frozenset("tier level stage phase step appendix annex annexe section part chapter table figure page "
                      "paragraph option priority category grade band key risk recommendation finding action "
                      "objective outcome question theme item point".split())
SPEECH_AFTER = re.compile(r"^\s+(?:said|says|told|tells|disclosed|discloses|explained|asked|cried|screamed|admitted|"
                          r"denied|alleged|whispered|shouted)\s+(?:that|she|he|they|her|his|their|him|me|staff|the|a|"
                          r"to|[\"“‘'])")
CLAUSE_BEFORE = re.compile(r"\b(?i:when|after|before|because|if|although|though|once|until|while|since|whenever|"
                           r"unless)\s+$")
CLAUSE_VERB_AFTER = re.compile(r"^\s+(?:[a-z]{2,}ed|said|told|felt|knew|saw|went|came|took|gave|made|left|got|ran|"
                               r"spoke|broke|hit|threw|fell|was|had|is|has|does|did|gets|goes|comes|says|cries|shouts|"
                               r"wants|needs|tells|sees|runs|hits)\s+(?!(?:by|that)\b)[a-z]")
ADVERB = re.compile(r"^(\s+(?:was|were|is|had|has|been|would|could)?)\s*\b[a-z]{3,}ly\b")
_CALLED_KIN = kin.words(kin.PARENTS, kin.STEP_PARENTS, kin.GRANDPARENTS, kin.EXTENDED, "parents grandparents")
CALLS_KIN_BEFORE = re.compile(r"\b(?:call|calls|called|calling)\s+(?:his|her|their|my|our|the)\s+"
                              r"(?:(?:maternal|paternal|great-?)\s*)?(?:" + _CALLED_KIN + r")\s+$"
                              # "her father's sister, whom the children call Bua": the relative named first
                              r"|\b(?:" + _CALLED_KIN + "|" + kin.words(kin.SIBLINGS) +
                              r")\s*,?\s+(?:whom|who|that)\s+(?:[a-z]+\s+){1,2}(?:call|calls|called)\s+$", re.IGNORECASE)
# What children call a relative, said as such: "the children call their grandmother Lola" (the habitual present:
# "called her mother Sandra" may be a telephone call to someone named), "Ate, the Tagalog word for an older sister".
_KIN_NOUNS = (r"(?:(?:maternal|paternal|late|great-?)\s*)*(?:(?:older|elder|younger|big|little)\s+(?:sister|brother)|"
              + kin.words(kin.PARENTS, kin.STEP_PARENTS, kin.GRANDPARENTS, kin.SIBLINGS, kin.EXTENDED, "grandparents")
              + ")")
KIN_NAMED = re.compile(r"\b(?:call|calls|calling)\s+(?:his|her|their|my|our|the\s+child['’]s|the)\s+" + _KIN_NOUNS +
                       r"\s+['‘\"“]?([A-Z][\w'’-]+)")
KIN_GLOSSED = re.compile(r"\b([A-Z][\w'’-]+)['’\"”]?,?\s+(?:is\s+|being\s+)?(?:the|a)\s+(?:[A-Z][a-z]+\s+)?(?:word|name|term)\s+"
                         r"(?:for|used\s+for)\s+(?:an?\s+|the\s+|one['’]s\s+|your\s+)?" + _KIN_NOUNS + r"\b")
# the same call listing more relatives: "call their grandmother Lola and their late grandfather Lolo"
_KIN_MORE = re.compile(r"\s*(?:,|;|\band\b)\s+(?:(?:his|her|their|the)\s+)?" + _KIN_NOUNS + r"\s+['‘\"“]?([A-Z][\w'’-]+)")


def _kin_named(text: str) -> set[str]:
    """Words the text says are what the children call a relative (lower-cased)."""
    out = set()
    calls = [m for m in KIN_NAMED.finditer(text)] if "call" in text else []
    glossed = [m for m in KIN_GLOSSED.finditer(text)] if (" word for" in text or " term for" in text or
                                                          " name for" in text or " used for" in text) else []
    for m in calls + glossed:
        out.add(m.group(1).lower())
        pos = m.end()
        while (more := _KIN_MORE.match(text, pos)) is not None:
            out.add(more.group(1).lower())
            pos = more.end()
    return out
# UK nations (and their Welsh/Gaelic names): never a person, and ending a name they make it an organisation.
NATIONS = frozenset({"Scotland", "Wales", "Cymru", "England", "Ireland", "Alba", "NI", "Albain", "Lloegr"})
CONTRACTION = re.compile(r"^I['’](?:d|ll|m|ve|re)$")
FIXED_PHRASE_AFTER = re.compile(r"^\s+(?:rule|rules|principle|principles|protocol)\b")
HELPLINE_VERB_BEFORE = re.compile(r"\b(?i:call|calls|calling|contact|contacts|contacting|text|texts|texting|ring|"
                                  r"rings|phone|phones)\s+$")
FREEPHONE_AFTER = re.compile(r"^\s+on\s+\(?(?:0\s?8\s?0\s?[08]|116\b|111\b)")
SERVICE_APPOSITION_AFTER = re.compile(r"^,\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:helpline|service|line|"
                                      r"charity|phoneline|textline|advice\s+line)\b", re.IGNORECASE)
# A list of initials announced by "initials ...:": "uses initials where agreed: TQ and J-LQ".
_INITIAL_ITEM = r"[A-Z](?:Mc|Mac|O['’])?[A-Z]{0,2}(?:-[A-Z]{1,3})?"
# "uses initials where agreed: TQ and J-LQ"; after a comma the list names two at least ("recorded by initials only,
# JB, AMcI and RS")
INITIALS_LIST = re.compile(r"(?=[i])\binitials\b(?:[^.;:\n]{0,60}:\s+(" + _INITIAL_ITEM + r"(?:(?:,\s*|\s+and\s+|\s*/\s*)"
                           + _INITIAL_ITEM + r")*)|[^.;:,\n]{0,60},\s+(" + _INITIAL_ITEM + r"(?:(?:,\s*|\s+and\s+|\s*/\s*)"
                           + _INITIAL_ITEM + r")+))(?![\w'’-])")
# Around a month or day used as a date, not as a nickname: "in May 2023", "since May", "May I ask".
CALENDAR_AFTER = re.compile(r"\s*(?:\d|,\s*\d|(?:I|we|you|have|be|not|also)\b|-|–|to\b|and\s+[A-Z][a-z]+\s+\d)")
CALENDAR_BEFORE = re.compile(r"(?:\b(?i:in|on|of|since|until|till|by|from|to|during|early|late|mid|last|next|this|"
                             r"that|end|before|after|between|each|every|and|or|through|throughout)\s+|[\d/-]\s*)$")
# Plural kin before a list of names: "her brothers River and Will", "their sons Kai, Rhys and Ned".
PLURAL_KIN_BEFORE = re.compile(r"\b(?i:her|his|their|my|our|[a-z][\w'’]*['’]s)\s+(?:(?:older|younger|elder|twin|"
                               r"two|three|four|half-|step)\s*){0,2}(?:brothers|sisters|sons|daughters|cousins|twins|"
                               r"siblings|children|half-brothers|half-sisters|nephews|nieces|grandchildren)\s+$")
LIST_AFTER = re.compile(r"^(?:,\s+[A-Z][\w'’-]+)*,?\s+(?:and|&)\s+[A-Z][\w'’-]+\b")
# A determiner before a lower-case word makes it a noun, not a name slipped into lower case ("every hope").
RIVER_BEFORE = re.compile(r"(?<![\w'’-])(?:afon|river|abhainn|(?i:the|yr|ar)\s+(?:River|Afon))\s+$")
# "a wee rascal", "the wee man": a noun after a determiner and "wee" (but "tell wee mackers": a name)
DETERMINER_WEE_BEFORE = re.compile(r"\b(?i:a|an|the|my|your|ur|her|his|our|their|this|that|some|wan)\s+(?:wee|big|wee\s+wee)\s+$")
# "the flat in leith", "stayin in kyle": where someone is, a place (but "in jades car": a possessive)
LOCATIVE_IN_BEFORE = re.compile(r"\b(?:in|into|near|outside|roon|round)\s+$")
# a full name in a form's name field: "Child: Sky Little, P4", "Name: Summer Rose (6)", "Plentyn: Medi Bowen."
_FIELD_WORD = r"(?:Mc|Mac|O['’])?[A-Z][a-zà-ÿ'’]+(?:-[A-Z]?[a-zà-ÿ'’]+)*"
FIELD_NAME = re.compile(r"(?:^|\n|\|[ \t]*|;[ \t]*)[ \t]*(?:Name|Full\s+name|Child['’]s\s+name|Child|Mother|Father|Pupil|"
                        r"Patient|Parent|Carer|Young\s+person|Subject|Client|Enw|Plentyn|Disgybl|Claf|"
                        # who did what on the form: "Referrer: Patience Gamble, Family Support Hub co-ordinator"
                        r"Referrer|Referred\s+by|Caller|Reporter|Informant|Author|Completed\s+by|Reviewed\s+by|"
                        r"Signed(?:\s+by)?|Witness|Victim|Suspect|Partner|Stepfather|Stepmother|Grandmother|"
                        r"Grandfather|Sibling|Brother|Sister|Aunt|Uncle|Key\s+worker|Social\s+worker|Atgyfeiriwr|"
                        # any "... name" field of a form: "Referrer name:", "Caller's name:", "Contact name:"
                        r"(?!(?:Setting|School|Nursery|Agency|Organisation|Organization|Team|Service|Practice|Hospital|"
                        r"Ward|Unit|Home|Street|Road|Place|Business|Company|Club|Trust|Project|Product|Brand|Drug|"
                        r"Medication|Medicine|File|Document|Case|Operation|Account|Platform|App|Group|Event|Course|"
                        r"Programme|Plan|Town|Village|Area|Site|Venue|Building|Pet|Dog|Street|Establishment)\b)"
                        r"[A-Z][a-z]+(?:['’]s)?[ \t]+name)[ \t]*:[ \t]*"
                        r"((?:[A-Z]\.[ \t]*){1,2}" + _FIELD_WORD + r"|[A-Z][a-zà-ÿ'’-]+(?:[ \t]+" + _FIELD_WORD + r"){1,2})"
                        r"(?=[ \t]*(?:,|\.(?:\s|$)|\(|\n|$|[ \t]+aged\b|[ \t]+\d))")
# virtues that are names too, and what follows them as nouns: "Faith in the family", "Hope that she would"
_VIRTUES = frozenset("faith hope grace charity joy patience honour honor trust mercy prudence constance verity felicity "
                     "serenity harmony unity liberty destiny justice".split())
VIRTUE_NOUN_AFTER = re.compile(r"\s+(?:in|that)\s+(?:the|her|his|their|its|our|your|a|an|she|he|they|it|this|these)\b")
# a name after a kin word: "Taid Bob", "Nain Glenys", "Uncle Ray", "Auntie Pearl"
_KIN_HEAD_WORDS = ("Taid", "Nain", "Mam-gu", "Mamgu", "Tad-cu", "Tadcu", "Anti", "Yncl", "Wncwl", "Modryb", "Ewythr",
                   "Bampi", "Dadcu", "Nana", "Grandad", "Granda", "Nanny", "Auntie", "Aunty", "Aunt", "Uncle", "Nan",
                   "Gran", "Granny", "Grandma", "Grandpa")
KIN_THEN_NAME = re.compile(r"(?=[" + "".join(sorted({w[0] for w in _KIN_HEAD_WORDS})) + r"])\b(?:" +
                           "|".join(sorted(_KIN_HEAD_WORDS, key=len, reverse=True)) +
                           r")[ \t]+([A-Z](?:[a-zà-ÿ'’-]*[a-zà-ÿ]|(?=['’])))(?![\w-])")  # a letter only quoted: "'Granny D'"
# (on one line: "Nain a Taid" ends a heading, and the next paragraph's first word is not their name)
# a name the text says is the child's name, in apposition: "enw'r plentyn, Medi,", "the child's name, April,"
NAME_APPOSITION = re.compile(r"(?=[EeTtHh])(?:\b[Ee]nw['’]r\s+(?:plentyn|ferch|bachgen|babi)|\b(?:ei|eu)\s+h?enw|"
                             r"\b(?:[Tt]he\s+(?:[a-z-]+\s+){0,2}[a-z-]+['’]s|[Hh]er|[Hh]is|[Tt]heir)\s+(?:first\s+|given\s+|"
                             r"middle\s+)?name)"
                             r",?\s+(?:yw\s+|is\s+|was\s+)?([A-Z][a-zà-ÿ'’-]+)(?=,|\.|\s+(?:hefyd|also|is|was|yn)\b)")
_MONTHS_NAMED = (r"(?:Ionawr|Chwefror|Mawrth|Ebrill|Mai|Fai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr|"
                 r"January|April|May|June|July|August)")
MONTH_KIN = re.compile(r"\b(?:hwyres|wyres|ŵyr|merch|ferch|mab|fab|chwaer|brawd|frawd|nith|nai|cyfnither|cefnder|"
                       r"granddaughter|grandson|daughter|son|sister|brother|niece|nephew|cousin)"
                       # with a word of size or age between: "fy chwaer fach Medi yn byw", "her little sister May, who"
                       r"(?:\s+(?:fach|fawr|bach|mawr|hŷn|iau|hynaf|ieuengaf|little|big|older|younger|baby))?"
                       r"(?:,\s+|\s+(?=\S+\s+(?:yn|a|ac|sy|oedd|who|is|was|and)\b))(?P<m>" +
                       _MONTHS_NAMED + r")(?=\s*[,.;)]|\s+(?:yn|a|ac|sy|oedd|who|is|was|and)\b)"
                       r"|[‘'](?P<m2>" + _MONTHS_NAMED + r")\s+(?:fach|bach)[’']")
# the months that are Welsh given names too (Mai, Medi) where a Welsh sentence makes them its subject
MONTH_SUBJECT = re.compile(r"\b[A-Za-zŵŷâêîôû]{2,}odd\s+(?P<a>Mai|Medi)\s+(?:wrth|fod|bod|nad|i|â|ag|ei|y|yr)\b"
                           r"|(?<![\w'’-])(?P<b>Mai|Medi)\s+(?:wedi(?!['’])|oedd|ei\s+hun)\b"  # (not "a Medi wedi'u trafod")
                           r"|,\s+(?P<c>Mai|Medi),\s+yn\s+(?:\w+\s+){1,2}oed\b")
MONTH_AGED = re.compile(r"(?<![\w'’-])(" + _MONTHS_NAMED + r")(?=\s*\(\s*\d{1,2}\s*(?:oed|mlwydd\s+oed|yrs?|"
                        r"years?(?:\s+old)?|y/?o)?\s*[,;)])")
_MONTH_CONTEXT = re.compile(r"(?i:\b(?:mis|fis|month\s+of|in|ym|yn|since|until|tan|ers|o|diwedd|dechrau|ddechrau|"
                            r"canol|ganol|end\s+of|beginning\s+of|start\s+of|mid|early|late|last|next|this)\s+)$")
_DAY_BEFORE = re.compile(r"\d(?:af|ydd|fed|ed|eg|fed|st|nd|rd|th)?\s+$")
# a short quoted word: '"Ger"', "'Lach'"
CAMEL_INSIDE = re.compile(r"[a-z][A-Z]|[A-Z]{2}")
SHORT_FORM = re.compile(r"(?<![\w'’@.#-])[A-Za-z][a-zà-ÿ]{2,4}(?![\w'’@-]|\.\w)")
QUOTED_SHORT = re.compile(r"(?<![\w'’])[\"“'‘]([A-Z][a-zà-ÿ]{2,5})[\"”'’](?![\w'’])")
# the Welsh article before a lower-case word makes it a noun ("dros yr haf": over the summer, whoever Haf is)
WELSH_ARTICLE_BEFORE = re.compile(r"(?:\b(?i:yr|y)|['’]r)\s+$")
# the Welsh prepositions of a place's name ("ym Mangor", "i Gaerdydd", "o Fangor", "ger Aberaeron")
WELSH_IN_BEFORE = re.compile(r"(?<![\w'’-])(?i:yn|ym|yng|i|o|ger|tuag\s+at|trwy|drwy)\s+$")
# a linking verb before a lower-case word makes it an adjective ("seemed bonnie enough", "looked grey")
COPULA_BEFORE = re.compile(r"\b(?i:seemed|seems|looked|looks|appeared|sounded|sounds|became|becomes)\s+"
                           r"(?:so\s+|very\s+|quite\s+|really\s+)?$")
ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?i:a|an|the)\s+$")
# the Welsh words after which a name mutates, as Welsh quoted in an English paragraph writes them ("dweud wrth Graig",
# "fi a Thwm", "dim ond i Wenllian")
WELSH_TRIGGER_BEFORE = re.compile(r"(?<![\w'’-])(?:wrth|i|gan|a|ac|â|ag|am|at|o|dros|drwy|trwy|heb|dan|ar|fy|ei|yng|ym|"
                                  r"efo|hefo|gyda|gydag|neu)\s+$")
# a post in brackets, after a common word that is no given name, names the service: "Education (DSL)", "Children and
# Families (SW)"; after a name, the person's post ("Tasha (school DSL)")
_POST_BRACKET = re.compile(r"^\s*" + _POST_IN_BRACKETS)
# a brand before the thing it makes ("Nike trainers", "a Jordan hoodie"), unless the name receives it ("gave Jay trainers")
PRODUCT_AFTER = re.compile(r"\s+(?:trainers|jacket|hoodie|tracksuit|shoes|boots|coat|puffer|cap|bag|backpack|phone|"
                           r"watch|headphones|earbuds|console|vape|t-shirt|jeans|joggers|sliders|sweatshirt|perfume)\b")
GIVE_BEFORE = re.compile(r"\b(?:buy|buys|bought|buying|give|gives|gave|giving|get|gets|got|getting|send|sends|sent|"
                         r"bring|brought|show|showed|lend|lent|make|made|offer|offered)\s+$", re.IGNORECASE)
# ("a" in lower case: a sentence's "A" may be an initial, and Welsh "a" is "and": "Guto a Now")
INDEFINITE_BEFORE = re.compile(r"(?<![\w'’-])(?:a|an)\s+$")
DETERMINER_BEFORE = re.compile(r"\b(?i:a|an|the|every|no|nae|some|any|all|much|more|my|our|your|their|its|this|that|"
                               r"such|great|real)\s+$")
# A quoted nickname in brackets after a name: ' ("Ife")', ' (‘Big Dec’)'.
# a given name, then a quoted nickname, before a surname: 'Jordan "Jojo" Hanna', "Chloe 'Coco' Reid"
NICKNAME_INSIDE_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z][\w'’-]*)\s+[\"“‘'][A-Z][\w'’-]*[\"”’']\s+$")
NICKNAME_INSIDE_AFTER = re.compile(r"\s+[\"“‘'][A-Z][\w'’-]*[\"”’']\s+([A-Z][\w'’-]+)")
NICK_BRACKET_AFTER = re.compile(r"\s*\(\s*[\"“‘']([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)[\"”’']\s*\)")
_AGE_NUMBER_AFTER = re.compile(r"\s*\((?:aged\s+)?\d{1,2}\)")
_CAP_WORD_BEFORE = re.compile(r"(?:^|[\s(])([A-Z][a-z]+) $")
RATING_BEFORE = re.compile(r"\b(?i:level|lefel|tier|haen|rating|sgôr|sgor)\s+$")
THE_BEFORE = re.compile(r"(?<![\w-])the\s+$")
# "a Robert Burns poem", "the Roald Dahl books" (after ARTICLE_BEFORE): an author named as the maker of a work is public
WORK_AFTER = re.compile(r"^\s+(?:poem|poems|poetry|song|songs|novel|novels|book|books|story|stories|play|plays|film|"
                        r"films|album|albums|painting|paintings|quote|quotation)\b")
# names of professions by their ending ("Physiotherapist", "Audiologist", "Psychiatrists", "Dietician"): a post
_PROFESSION_ENDS = ("ist", "ists", "ian", "ians")
PROFESSION = re.compile(r"^[A-Za-z]{3,}(?:therapist|ologist|iatrist|ician)s?$", re.IGNORECASE)
ADJECTIVE_COMPOUND = re.compile(r"-(?:speaking|speaker|speakers|born|based|language|medium|led|run|style|owned|"
                                r"heritage|origin|descent|background)$", re.IGNORECASE)


@dataclass(slots=True)
class Tok:
    """A word of the text with what the gazetteers say about it."""

    start: int
    end: int
    text: str
    cap: bool
    initial: bool  # first word of a sentence, heading or list item


def _strip_possessive(text: str, start: int, end: int) -> int:
    word = text[start:end]
    if len(word) >= 3 and word[-2:] in ("'s", "’s"):  # "M's" is the letter M: a role shorthand, never a run
        return end - 2
    if len(word) > 2 and word[-1] in "'’":
        return end - 1
    return end


def tokens(text: str) -> list[Tok]:
    """Words of ``text`` with capitalisation and sentence-initial flags (possessive 's stripped)."""
    out: list[Tok] = []
    for m in TOKEN.finditer(text):
        s = m.start()
        e = _strip_possessive(text, s, m.end())
        w = text[s:e]
        # most words follow a space after a letter or digit: no sentence opens there (what _opens_sentence says)
        opens = False if s >= 2 and text[s - 1] == " " and text[s - 2] not in _AFTER_SPACE else _opens_sentence(text, s)
        out.append(Tok(s, e, w, w[0].isupper(), opens))
    return out


# the characters before a space after which _opens_sentence must look further
_AFTER_SPACE = frozenset(" \t\u00a0\n-–—*•|'’\"”).!?:;")


def _opens_sentence(text: str, s: int) -> bool:
    """True when the word at ``s`` opens the text, a line, a list item or a sentence."""
    k = s - 1
    while k >= 0 and text[k] in "'‘\"“(":
        k -= 1
    if k < 0 or text[k] == "\n":
        return True
    if text[k] not in " \t\u00a0":
        return False
    while k >= 0 and text[k] in " \t\u00a0":
        k -= 1
    if k < 0:
        return True
    c = text[k]
    if c in "\n-–—*•|":  # a table cell opens like a line: "| Bruise on left cheek"; "06/03/2023 – Daeth ..."
        return True
    while k >= 0 and text[k] in "'’\"”)":
        k -= 1
    return k >= 0 and text[k] in ".!?:;"


class _Marks:
    """Every character marked (1) or none (0): what the model could say of a run's words, for ``unexplained``."""

    def __init__(self, value: int) -> None:
        self.value = value

    def __getitem__(self, _index: int) -> int:
        return self.value


# (person marks, other-entity marks) the model could give a run, besides none
_MODEL_SAYS = ((_Marks(1), _Marks(0)), (_Marks(0), _Marks(1)), (_Marks(1), _Marks(1)))


class PersonRecognizer:
    """Decides which capitalised runs are personal names; see the module docstring for the evidence."""

    name = "person"
    entity_type = "PERSON"

    def __init__(self, *, welsh: bool = False) -> None:
        self.welsh = welsh
        self.extra_common = allow.welsh_words() if welsh else frozenset()
        self.welsh_names = allow.welsh_names() if welsh else frozenset()
        self.given = allow.given_names()
        if not welsh:  # Welsh names and pet forms no English word spells are given names in English text too (Nedw,
            # Guto, Lleucu; not Now, Math)
            self.given = self.given | frozenset(w for w in allow.welsh_names() if len(w) > 2 and w not in _STOP and
                                                not allow.is_common(w))
        self.surnames = allow.surnames()
        self.common = allow.common_words()
        self.places = allow.places()
        self.curated = allow.curated_places()
        # the verdicts of ``unexplained`` per tokenised text (text, tokens, {(start, end): score}), taken by ``analyze``
        self._plain_verdicts: dict[int, tuple[str, Sequence[Tok], dict[tuple[int, int], float]]] = {}
        self.kin_mutated: frozenset[str] = frozenset()
        # a Welsh name in its own form that is some place only after a mutation ("Math": "ym Math" is "in Bath")
        self.name_or_mutated_place: frozenset[str] = frozenset()
        if welsh:  # "yng Ngwynedd", "i Gaerdydd": places after a mutation
            mutated_places, mutated_curated = _mutated(self.places), _mutated(self.curated)
            self.name_or_mutated_place = frozenset(w for w in (mutated_places | mutated_curated) & self.welsh_names
                                                   if w not in self.places and w not in self.curated)
            self.places = self.places | mutated_places
            self.curated = self.curated | mutated_curated
            self.kin_mutated = _mutated(allow.ROLE_WORDS)  # "am Famgu", "i Lystad": kin words after a mutation

    # -- word classes -------------------------------------------------------------------------
    def is_given(self, w: str) -> bool:
        """True when ``w`` is in the given-name gazetteer (with or without diacritics); in Welsh text also after
        a mutation (Fethan, Ddafydd, Nhomos) and for Welsh names that are words too (Haf, Eira, Llinos)."""
        low = w.lower()
        if self.welsh:
            return self.welsh_name(w)
        return low in self.given or allow.fold(low) in self.given or \
            ("-" in low and all(p in self.given for p in low.split("-")))

    def welsh_name(self, w: str) -> bool:
        """In Welsh text: ``w`` or a form it can be mutated from is a Welsh name, or a given name that is no Welsh word."""
        rads = [r.lower() for r in radicals(w)]
        if any(r in self.welsh_names for r in rads):
            return w.lower() not in _WELSH_NEVER
        if w.lower() in self.extra_common:
            return False
        return any(r in self.given or allow.fold(r) in self.given for r in rads)

    def _mutated_name(self, w: str) -> bool:
        """True when ``w`` is no name itself but a Welsh mutation of a given name or a Welsh name (Graig, Thwm)."""
        welsh = allow.welsh_names()
        return any(r.lower() in self.given or r.lower() in welsh for r in radicals(w)[1:])

    def is_surname(self, w: str) -> bool:
        """True when ``w`` is in the surname gazetteer or has a surname shape."""
        low = w.lower()
        if low in self.surnames or allow.fold(low) in self.surnames or SURNAME_SHAPE.search(w):
            return True
        return "-" in low and all(p in self.surnames or p in self.given for p in low.split("-"))

    def is_common(self, w: str) -> bool:
        """True when ``w`` is a frequent English word (or a role word), also as a plural or verb form."""
        if self.welsh:
            head = re.split(r"['’]", w)[0] if ("'" in w or "’" in w) else w  # "wedi'i", "i'r", "Meddygfa'r"
            return not self.welsh_name(w) and (allow.is_common(w) or w.lower() in self.extra_common or
                                               head.lower() in self.extra_common)
        return allow.is_common(w)

    def never_name(self, w: str) -> bool:
        """Role, kinship and title words, months and weekdays are never names themselves."""
        low = w.lower()
        return low in allow.ROLE_WORDS or low in self.kin_mutated or low.rstrip(".") in allow.TITLES or low in _CALENDAR or \
            (low in _STOP and not (self.welsh and w[:1].isupper() and low in allow.welsh_names())) or \
            (len(w) >= 3 and w.endswith("s") and w[:-1].isupper() and w[:-1] in acronyms.abbreviations()) or \
            (low.endswith("s") and (low[:-1] in allow.ROLE_WORDS or (low.endswith("ves") and low[:-3] + "fe" in
                                                                   allow.ROLE_WORDS)) and not self.is_surname(w)) or \
            (self.welsh and (low in _CALENDAR_CY or low in _WELSH_NEVER)) or \
            low in allow.NOT_NAMES or low in FESTIVALS or bool(ADJECTIVE_COMPOUND.search(w)) or \
            low in allow.FURNITURE or low.replace(".", "") in allow.POSTNOMINALS or low in OFFICE_WORDS or \
            self._brand(w) or (low.endswith(_PROFESSION_ENDS) and bool(PROFESSION.match(w)) and not self.is_given(w)) or \
            (len(w) > 6 and bool(WELSH_AGENT.search(w)) and not self.is_given(w) and not self.is_surname(w))

    def welsh_word(self, w: str) -> bool:
        """In Welsh text: ``w`` is a Welsh dictionary word (or a mutated form of one) and no Welsh name."""
        return self.welsh and w.lower() in self.extra_common and not self.welsh_name(w)

    def _brand(self, w: str) -> bool:
        """A brand written in camel case ("SafeLives", "TikTok"): a capital inside the word after a part that is
        not a name or a name particle ("McKenzie", "LaToya", "DeShawn", "JoAnne" stay names)."""
        m = CAMEL.match(w)
        if not m:
            return False
        head = m.group(1).lower()  # a function word heads a product even when it is a name too ("MyConcern")
        return head not in _NAME_HEADS and (head in allow.stop_words() or not (self.is_given(head) or
                                                                               self.is_surname(head)))

    _last_runs: tuple[str, Sequence[Tok], bytes, list[tuple[int, int, int]]] | None = None

    def runs(self, text: str, toks: Sequence[Tok], blocked: bytearray) -> list[tuple[int, int, int]]:
        """Candidate name runs as (first title index, first name-word index, end index) over ``toks``
        (the last answer is kept: ``analyze`` asks for the runs of the same text three times)."""
        last = self._last_runs
        if last is not None and last[0] is text and last[1] is toks and last[2] == blocked:
            return list(last[3])
        out = self._runs(text, toks, blocked)
        self._last_runs = (text, toks, bytes(blocked), out)
        return list(out)

    def _runs(self, text: str, toks: Sequence[Tok], blocked: bytearray) -> list[tuple[int, int, int]]:
        out = []
        i = 0
        n = len(toks)
        while i < n:
            t = toks[i]
            if not self._run_word(t, blocked) and not self._is_title(t):
                i += 1
                continue
            j = i
            while j < n and self._is_title(toks[j]) and self._adjacent(text, toks, j):
                j += 1
                if j < n and toks[j].text == "and" and j + 1 < n and self._is_title(toks[j + 1]):
                    j += 1
            k = j
            while k < n and (self._run_word(toks[k], blocked) or self._surname_after_title(toks, blocked, i, j, k) or
                             self._role_surname(text, toks, blocked, j, k) or self._surname_letter(text, toks, j, k) or (
                    k > j and PARTICLE_HYPHEN.match(toks[k].text) and not blocked[toks[k].start]) or (
                    toks[k].text.lower() in PARTICLES and k + 1 < n and self._run_word(toks[k + 1], blocked)
                    and (k > j or j > i)) or (
                    (k > j or j > i) and ((self._initial_letter(text, toks, k) and not (
                        k > j and toks[k - 1].text in _SIZE_WORDS)) or (
                        j > i and k == j and len(toks[k].text) == 1 and toks[k].text.isupper()
                        and text[toks[k].end:toks[k].end + 1] == " ")) and k + 1 < n
                    and self._run_word(toks[k + 1], blocked)) or (
                    j > i and self._bare_initials(text, toks, j, k, blocked))):
                if k > j and not self._adjacent(text, toks, k - 1):
                    break
                k += 1
            if k == j:  # titles without a name ("the Dr")
                i = max(j, i + 1)
                continue
            if i == j and k - j >= 2 and self._opening_word(toks[j]):
                j = i = j + 1  # "Later Sandra rang", "Yesterday Tomasz Nowak": the sentence's first word is no name
            out.append((i, j, k))
            i = k
        return out

    def _opening_word(self, t: Tok) -> bool:
        """A word that opens a sentence and is a word of the dictionary, no given name, surname or place: it is
        capitalised for its place, not as a name ("Later", "Yesterday", "Sadly")."""
        return t.initial and self.is_common(t.text) and not self.is_given(t.text) and not self.is_surname(t.text) \
            and t.text.lower() not in self.places and t.text not in _HONORIFIC_WORDS

    def unexplained(self, text: str, toks: Sequence[Tok], blocked: bytearray) -> list[Tok]:
        """Words of the runs that only the NER model can judge (the engine runs NER on their sentences).

        Runs with a title or a certain gazetteer verdict, runs of common title-case words ("National
        Insurance", "Early Help"), places, and common words opening a sentence need no model.
        """
        out = []
        empty = bytearray(len(text))
        verdicts: dict[tuple[int, int], float] = {}
        if len(self._plain_verdicts) > 4096:  # a caller that never analyses what it asked about
            self._plain_verdicts.clear()
        self._plain_verdicts[id(toks)] = (text, toks, verdicts)
        for i, j, k in self.runs(text, toks, blocked):
            if j > i:
                continue
            words = toks[j:k]
            if all(w.text.lower() in self.places for w in words):
                continue
            common = [self.is_common(w.text) for w in words]
            if len(words) == 1 and words[0].initial and common[0]:
                continue
            if len(words) > 1 and all(common) and not any(self.is_given(w.text) for w in words):
                continue
            score = verdicts[words[0].start, words[-1].end] = self._judge(text, words, False, empty, empty)
            if score >= 0.8:
                continue
            # the model's say can only be "a person" or "something else" on some of the run's words: a run judged
            # the same whichever it says needs no model (the model reads whole sentences: most of a check's time)
            if all(self._judge(text, words, False, p, o) == score for p, o in _MODEL_SAYS):
                continue
            out.append(words[0])
        return out

    # -- decisions --------------------------------------------------------------------------------
    def analyze(self, text: str, toks: Sequence[Tok], blocked: bytearray,
                ner: Sequence[tuple[int, int, str]] = (), caps: Sequence[tuple[int, int]] = ()) -> list[Detection]:
        """Find personal names in ``text``; ``blocked`` marks characters of agencies, settings, pseudonyms; ``caps``
        the lines written in capitals that ``text`` shows re-cased (their lower-case words are common words, not a
        message written in lower case)."""
        person_chars = bytearray(len(text))
        other_chars = bytearray(len(text))
        for s, e, label in ner:
            target = person_chars if label == "PERSON" else other_chars
            target[s:e] = b"\x01" * (e - s)
        found: list[tuple[int, int, float]] = []
        strong_tokens: set[str] = set()
        # a run ``unexplained`` judged in this text without the model, where the model marked none of its words, has
        # the verdict it had then (the judgement reads the model's marks and nothing else that differs)
        plain = self._plain_verdicts.pop(id(toks), None)
        verdicts = plain[2] if plain is not None and plain[0] is text and plain[1] is toks else {}
        for i, j, k in self.runs(text, toks, blocked):
            words = toks[j:k]
            start = toks[i].start
            end = words[-1].end
            score = verdicts.get((words[0].start, end)) if j == i and not any(
                person_chars[w.start] or other_chars[w.start] for w in words) else None
            if score is None:
                score = self._judge(text, words, j > i, person_chars, other_chars)
            if score <= 0 or (k - j == 1 and ISLAND_ON_BEFORE.search(text[max(0, start - 25):start]) and
                              not POSSESSIVE_AFTER.match(text, end)):
                continue  # "on holiday on Iona": an island, not "stayed on Jade's sofa"
            if k - j == 1 and i == j and self._caps_word(text, start, end):
                continue  # "WENT OUT AT DAWN": the word in a log written in capitals
            found.append((start, end, score))
            if score >= 0.75:
                strong_tokens.update(w.text for w in words if w.text.lower() not in PARTICLES
                                     and w.text.lower() not in _STOP and w.text.lower() not in _NICK_ADJECTIVES
                                     and w.text not in _HONORIFIC_WORDS)
            else:
                strong_tokens.update(w.text for w in words if not self.is_common(w.text)
                                     and w.text.lower() not in PARTICLES)
        listed = self._coordinated(text, toks, blocked, found)
        strong_tokens.update(text[s:e] for s, e, _ in listed
                             if not self.is_common(text[s:e]) or self.is_given(text[s:e]))
        found += listed
        nicknames = self._bracket_nicknames(text, blocked, found)
        strong_tokens.update(text[s:e] for s, e, _ in nicknames if not self.never_name(text[s:e]))
        found += nicknames
        found += self._calendar_nicknames(text, blocked, found, nicknames)
        initials = self._initials(text, blocked)
        strong_tokens.update(w for s, e, sc in initials if sc >= 0.75 for w in text[s:e].split())  # listed names
        found += initials
        glossed = self._glossed(text, blocked)  # "Sonny (her brother, 4)", "grace (Child G, then 8)"
        strong_tokens.update(text[a:b] for a, b, _ in glossed)
        found += glossed
        informal_names = self._informal(text, toks, blocked, found, caps)
        # a name written in lower case in a message is the same name capitalised in the prose around it
        strong_tokens.update(text[s:e] for s, e, _ in informal_names
                             if not self.is_common(text[s:e]) and text[s:e] not in self.extra_common)
        found += informal_names
        found += [(a, b, 0.7) for a, b in informal.letter_senders(text) if not blocked[a]]  # "K: u said", "wi D"
        labels = informal.timed_senders(text)
        labels += [span for span in informal.conversation_senders(text) if span not in labels]
        senders = [(a, b, 0.75) for a, b in labels
                   if not blocked[a] and self._sender_name(text[a:b])]  # "[19:15] Ffi: ella", "19:05 – Lols 🌸: 10 ish"
        if self.welsh and senders:
            # in Welsh, a sender saved as a word of the Welsh dictionary ("Ffi", "Gwawr") who writes more than once,
            # beside a sender already known as a person: the word is a name there
            counts = Counter(text[a:b] for a, b in labels)
            named = {text[a:b] for a, b, _ in senders}
            senders += [(a, b, 0.7) for a, b in labels if text[a:b] not in named and counts[text[a:b]] >= 2 and
                        not blocked[a] and all(self.welsh_word(w) and not allow.is_common(w) for w in text[a:b].split())
                        and self._sender_name(text[a:b], welsh_words=False)]
        strong_tokens.update(w for a, b, _ in senders for w in text[a:b].split())
        found += senders
        answered = [(a, b, 0.75) for a, b in informal.answered_names(text) if not blocked[a]
                    and not self.never_name(text[a:b]) and text[a:b].lower() not in _STOP]
        strong_tokens.update(text[a:b] for a, b, _ in answered)  # "Caller: liberty. libby." ... "Put Libby"
        found += answered
        split = self._split_by_nickname(text, blocked, found)  # 'Jordan "Jojo" Hanna'
        strong_tokens.update(text[s:e] for s, e, _ in split)
        found += split
        found += self._name_initials(text, blocked, found, split)
        found += self._initial_surnames(text, blocked, found)
        found += self._lone_word_names(text, toks, blocked, found)
        # a quoted word the text says is a person ('"Rowan" was a man of 22'), and its other uses
        quoted = [(s, e, 0.75) for s, e in quoted_names.spans(text) if not blocked[s]]
        strong_tokens.update(text[s:e] for s, e, _ in quoted)
        found += quoted
        found += self._handle_names(text, toks, blocked, found)
        found += self._sized_nicknames(text, blocked)  # "'Big Paddy'", "'Wee Paddy'", "'Big D'", and their other uses
        # a name after a kin word ("Taid Bob", "Uncle Ray"), though a word too; a name the text says is a name though a
        # month ("enw'r plentyn, Medi"); a shortened name quoted ('"Ger" wedi tynnu lluniau' beside Gerallt)
        kin_named = []
        for m in KIN_THEN_NAME.finditer(text) if any(k in text for k in _KIN_HEAD_WORDS) else ():
            name = m.group(1)
            if blocked[m.start(1)] or self.never_name(name) or (
                    name.lower() in self.places and not self.is_given(name)):
                continue  # "Granny Fife": a relative named by her town
            if not self.is_common(name) or (self.welsh and name.lower() not in _STOP and self.welsh_word(name)):
                kin_named.append((m.start(1), m.end(1), 0.75))
        declared = [(m.start(1), m.end(1), 0.75) for m in (
            NAME_APPOSITION.finditer(text) if "enw" in text or "name" in text else ()) if not blocked[m.start(1)]]
        # a month's name with a child's age in brackets is the child: "dwy chwaer, Medi (9 oed)", "Kids: May (6)"
        declared += [(m.start(1), m.end(1), 0.75) for m in (MONTH_AGED.finditer(text) if "(" in text else ())
                     if not blocked[m.start(1)]]
        # ... in apposition to a relative, or with a Welsh pet word: "ei hwyres, Mai, yn", "'Mai fach'"
        for m in MONTH_KIN.finditer(text):
            g = "m" if m.group("m") else "m2"
            if not blocked[m.start(g)]:
                declared.append((m.start(g), m.end(g), 0.75))
        # ... or doing what a person does in Welsh: "Dywedodd Mai wrth ei hathrawes", "'Mai wedi gwthio fi'", "Mai oedd
        # partner newydd Mam", "chwaer Plentyn A, Mai, yn bedair oed"
        if self.welsh:
            for m in MONTH_SUBJECT.finditer(text):
                g = next(k for k in ("a", "b", "c") if m.group(k))
                if not blocked[m.start(g)] and not _MONTH_CONTEXT.search(text, max(0, m.start(g) - 12), m.start(g)):
                    declared.append((m.start(g), m.end(g), 0.75))
        fields = [(m.start(1), m.end(1), 0.75) for m in (FIELD_NAME.finditer(text) if ":" in text else ())
                  if not any(blocked[t] for t in range(m.start(1), m.end(1)))
                  and not any((self.never_name(w) and w.lower() not in _CALENDAR) or w.lower() in _STOP
                              for w in m.group(1).split()[:1])]
        strong_tokens.update(w for s, e, _ in fields for w in text[s:e].split())
        found += fields
        strong_tokens.update(text[s:e] for s, e, _ in kin_named + declared)
        found += kin_named + declared + self._shortened(text, found, blocked)
        found += self._inflected(text, found, blocked)
        if _HAN_GATE.search(text):  # a name in Chinese or Korean characters among English or Welsh: "张丽华"
            found += [(m.start(), m.end(), 0.75) for m in _HAN_NAME.finditer(text) if not blocked[m.start()]]
        declared_words = {text[s:e].lower() for s, e, _ in declared}
        for s, e, _ in found:
            w = text[s:e]
            if (re.fullmatch(r"[A-Z]{2,3}", w) or DOTTED_INITIALS.fullmatch(w)) and w.lower() not in minutes.WORD_INITIALS:
                strong_tokens.add(w)
        # a kin word found only at the head of a name ("Teta Samira") does not spread ("Teta is grandmother"); found
        # alone as a name ("Ammachi was arrested") it does
        # a kin word alone is a relationship wherever it stands (the corpus leaves "Nain said" unannotated), and so is
        # a word the text says the children call a relative ("call their grandmother Lola"), though it is a name too
        kin = FOREIGN_KIN | _kin_named(text)
        # (written as a word: "AMcA" is initials, though "amca" is Turkish for an uncle)
        strong_tokens = {w for w in strong_tokens if not (w.lower() in kin and _word_cased(w))}
        found += self._propagate(text, toks, blocked, strong_tokens, found, declared_words, capital_lines=caps)
        found = [f for f in found if not (text[f[0]:f[1]].lower() in kin and _word_cased(text[f[0]:f[1]])) and not (
            _MERIDIEM.fullmatch(text, f[0], f[1]) and _AFTER_HOUR.search(text, max(0, f[0] - 3), f[0]))]  # "7 A.M."
        return [detection(text, s, _quote_end(text, s, e), self.entity_type, sc, self.name) for s, e, sc in _union(found)]

    def _sender_name(self, label: str, welsh_words: bool = True) -> bool:
        """A chat's sender label is a name unless it is a relationship, a role, a pseudonym, a place or a word of the
        dictionary that is no given name ("Mammy", "Operator", "Child B", "Note")."""
        if allow.PSEUDONYM.fullmatch(label):
            return False
        words = label.split()
        if len(words) > 1 and re.fullmatch(r"[A-Z]", words[-1]) and words[0].isupper():
            return False  # "YP D", "PI E": a pseudonym's letter after an abbreviated role (Young Person, Plentyn)
        if len(words) == 1 and WELSH_AGENT.search(label) and not self.is_given(label):
            return False  # "Triniwr:", "Galwr:", "Cyfwelydd:": a Welsh agent noun (call handler, caller, interviewer)
        return not any(self.never_name(w) or w.lower() in _STOP or w.lower() in FOREIGN_KIN or
                       w.lower() in self.places for w in words) and \
            (not welsh_words or not all(self.is_common(w) and not self.is_given(w) for w in words))

    def _coordinated(self, text: str, toks: Sequence[Tok], blocked: bytearray,
                     found: Sequence[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
        """Single names listed with found names ("Amir, Leyla and Hamid"; "Gemma and Craig")."""
        if not found:
            return []
        starts = {s for s, _, _ in found}
        ends = {e for _, e, _ in found}
        taken = bytearray(len(text))
        for s, e, _ in found:
            taken[s:e] = b"\x01" * (e - s)
        out: list[tuple[int, int, float]] = []
        for _ in range(2):  # a second pass reaches the far end of "A, B, C and D"
            for i, j, k in self.runs(text, toks, blocked):
                if k - j != 1 or j != i:
                    continue
                w = toks[j]
                if taken[w.start] or w.text.lower() in self.places:
                    continue
                if self.is_common(w.text) and not self.is_given(w.text):
                    continue
                after = text[w.end:w.end + 6]
                before = text[max(0, w.start - 6):w.start]
                right = COORD_AFTER.match(after)
                left = COORD_BEFORE.search(before)
                if (right and w.end + right.end() in starts) or (left and w.start - len(left.group(0)) in ends):
                    out.append((w.start, w.end, 0.7))
                    starts.add(w.start)
                    ends.add(w.end)
                    taken[w.start:w.end] = b"\x01" * (w.end - w.start)
        return out

    def _bracket_nicknames(self, text: str, blocked: bytearray,
                           found: Sequence[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
        """A quoted nickname in brackets right after a found name: 'Ifeoluwa ("Ife")', 'Dylan Roberts ("Dyl")'."""
        taken = bytearray(len(text))
        for s, e, _ in found:
            taken[s:e] = b"\x01" * (e - s)
        out = []
        for _, e, _ in found:
            m = NICK_BRACKET_AFTER.match(text, e)
            if m and not taken[m.start(1)] and not blocked[m.start(1)] and not m.group(1).isupper():
                out.append((m.start(1), m.end(1), 0.75))
                taken[m.start(1):m.end(1)] = b"\x01" * (m.end(1) - m.start(1))
        return out

    @staticmethod
    def _calendar_nicknames(text: str, blocked: bytearray, found: Sequence[tuple[int, int, float]],
                            nicknames: Sequence[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
        """A nickname that is also a month or day ('Li Mei Zhou ("May")') recurs as a name where no date is
        near: not before a number, not after a preposition of time ("in May 2023", "since May")."""
        words = {text[s:e] for s, e, _ in nicknames if text[s:e].lower() in _CALENDAR}
        if not words:
            return []
        taken = bytearray(len(text))
        for s, e, _ in found:
            taken[s:e] = b"\x01" * (e - s)
        out = []
        for w in words:
            for m in re.finditer(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", text):
                if taken[m.start()] or blocked[m.start()] or CALENDAR_AFTER.match(text, m.end()) or \
                        CALENDAR_BEFORE.search(text[max(0, m.start() - 20):m.start()]):
                    continue
                out.append((m.start(), m.end(), 0.7))
        return out

    def _is_title(self, t: Tok) -> bool:
        return t.cap and t.text.lower().rstrip(".") in allow.TITLES

    def _run_word(self, t: Tok, blocked: bytearray) -> bool:
        if not t.cap or len(t.text) < 2 or blocked[t.start] or self.never_name(t.text) or CONTRACTION.match(t.text):
            return False  # (nor "I'm" in "I'm Ivy's mummy")
        if t.initial and self.welsh_word(t.text):
            return False  # a Welsh word opening a sentence; mid-sentence its capital marks a proper noun (Tegan)
        return not (t.text.isupper() and len(t.text) > 1)

    def _surname_after_title(self, toks: Sequence[Tok], blocked: bytearray, i: int, j: int, k: int) -> bool:
        """A title makes the next capitalised word a name even when it is a role word too ("Mrs Young")."""
        t = toks[k]
        return j > i and k == j and t.cap and len(t.text) > 1 and not t.text.isupper() and not blocked[t.start] and \
            not self._is_title(t) and t.text.lower() not in _CALENDAR and t.text.lower() not in _STOP and \
            t.text.lower() not in OFFICES

    def _surname_letter(self, text: str, toks: Sequence[Tok], j: int, k: int) -> bool:
        """A surname's initial after a given name or a form of address, ending the name: "Mark W", "Kay V", "Coach G"
        (not "I", and not before another capitalised word, where the letter is a middle initial)."""
        t = toks[k]
        if k != j + 1 or len(t.text) != 1 or not t.text.isupper() or t.text == "I" or not self._adjacent(text, toks, j):
            return False
        if not (self.is_given(toks[j].text) or toks[j].text in _HONORIFIC_WORDS) or toks[j].text.isupper():
            return False
        return not re.match(r"\.?[ \t]*[A-Z]", text[t.end:t.end + 3]) and not re.match(r"['’]", text[t.end:t.end + 1]) \
            and not (t.text in "LR" and _BODY_SIDE_AFTER.match(text, t.end))  # "RED MARK L CHEEK": the left cheek

    def _role_surname(self, text: str, toks: Sequence[Tok], blocked: bytearray, j: int, k: int) -> bool:
        """A surname that is a role word too, right after a given name and ending the name: "Grace Young (15)",
        "Ellis Porter rang"; not the start of a post or service ("Jordan Young Carers", "Mia Key Worker")."""
        t = toks[k]
        if k != j + 1 or not t.cap or t.text.isupper() or blocked[t.start] or not self._adjacent(text, toks, j) or \
                t.text.lower() not in allow.ROLE_WORDS or not self.is_surname(t.text) or not self.is_given(toks[j].text):
            return False
        return not (k + 1 < len(toks) and toks[k + 1].cap and self._adjacent(text, toks, k))

    def _bare_initials(self, text: str, toks: Sequence[Tok], j: int, k: int, blocked: bytearray) -> bool:
        """True for a letter of initials written without full stops between a title and a surname ("Dr R K Sandhu",
        "DC A B Jones"): up to three capital letters, each followed by one space, then a name word."""
        m = k
        while m < len(toks) and m - j < 3 and len(toks[m].text) == 1 and toks[m].text.isupper() and \
                text[toks[m].end:toks[m].end + 1] == " " and toks[m + 1:m + 2] and toks[m + 1].start == toks[m].end + 1:
            m += 1
        return m > k and all(len(toks[x].text) == 1 for x in range(j, k)) and m < len(toks) and \
            self._run_word(toks[m], blocked)

    @staticmethod
    def _initial_letter(text: str, toks: Sequence[Tok], k: int) -> bool:
        """True for an initial inside a name: one capital letter, or a Welsh digraph, and a full stop ("Mr A. Khan",
        "DC Ll. Evans")."""
        t = toks[k]
        return (len(t.text) == 1 and t.text.isupper() or t.text in _WELSH_DIGRAPH_INITIALS) and \
            text[t.end:t.end + 1] == "."

    @staticmethod
    def _adjacent(text: str, toks: Sequence[Tok], k: int) -> bool:
        """True when word k and word k+1 are separated only by spaces (or a title's full stop)."""
        if k + 1 >= len(toks):
            return False
        gap = text[toks[k].end:toks[k + 1].start]
        if toks[k].text.lower() in POLICE_TITLES and COLLAR_NUMBER.fullmatch(gap):
            return True  # "PC 2231 Hughes"
        if gap in (". ", ".  "):  # (two spaces: a letter through OCR, "Mrs  P.  Ledger")
            w = toks[k].text
            return len(w) == 1 or w.lower() in allow.TITLES or w in _WELSH_DIGRAPH_INITIALS  # "DC Ll. Evans"
        return gap in (" ", "\u00a0", "  ")

    def _judge(self, text: str, words: Sequence[Tok], titled: bool, person_chars: bytearray,
               other_chars: bytearray) -> float:
        start, end = words[0].start, words[-1].end
        if titled:
            return 0.9
        before = text[max(0, start - 60):start]
        after = text[end:end + 40]
        if words[0].text in ("St", "St.", "Saint") and len(words) > 1:
            return 0.0  # "St Vincent de Paul Society", "St Ninian": a saint, and what is named after one
        if not self.welsh and INDEFINITE_BEFORE.search(before) and not (
                len(words) == 1 and not self.is_given(words[0].text) and self._mutated_name(words[0].text)):
            return 0.0  # "carrying a Henry", "some of a Lost Mary", "a Tommy gun": a thing named after someone (but
            # Welsh "a" is "and": "fi a Thwm")
        if PRODUCT_AFTER.match(after) and not GIVE_BEFORE.search(before):
            return 0.0  # "North Face jacket and Nike trainers": a brand (but "bought Jenna trainers")
        if self.welsh and len(words) == 1 and words[0].text.lower() in self.extra_common and (
                WELSH_ADJECTIVE_AFTER.match(after) or (words[0].initial and WELSH_OF_AFTER.match(after))):
            return 0.0  # "Eira mawr Ionawr 2023", "Gwawr newydd, meddai Taid": a Welsh noun before its adjective;
            # opening a sentence, before "o" and its noun: "Math o esgeulustod oedd hyn", "Haf o hwyl"
        if self.welsh and len(words) == 1 and words[0].text.lower() in WELSH_QUESTION_WORDS and (
                WELSH_QUESTION_AFTER.match(after) or self._welsh_question(text, end)):
            return 0.0  # "Beth oedd ...?", "Beth hoffwn i chi ei ddysgu?": a Welsh question word opening a sentence
        if SERVICE_AFTER.match(after) or LANGUAGE_BEFORE.search(before) or RIVER_BEFORE.search(before):
            return 0.0  # ... "ger afon Teifi": a river, whoever is named after it
        if words[-1].text in NATIONS or (len(words) == 1 and CONTRACTION.match(words[0].text)):
            return 0.0  # "Parentline Scotland", "in Scotland 2021": a nation ends an organisation; "I'd" is no name
        if FIXED_PHRASE_AFTER.match(after) or (HELPLINE_VERB_BEFORE.search(before) and FREEPHONE_AFTER.match(after)) \
                or SERVICE_APPOSITION_AFTER.match(after):
            return 0.0  # "Chatham House rule"; "call Hafan on 0808 ..."; "Hafan, the young carers' helpline"
        if len(words) == 2 and words[0].text in _SIZE_WORDS | {"Tiny", "Busy", "Happy"} and \
                words[1].text.endswith("s") and self.is_common(words[1].text) and not self.is_given(words[1].text):
            return 0.0  # "known as Little Steps", "called Little Acorns": a group's or a nursery's name, not a nickname
        if len(words) == 1 and words[0].text.lower() in DEMONYMS and not STRONG_BEFORE.search(before):
            return 0.0  # "supported Celtic", "spoke Nepali"
        if len(words) == 1 and CALLS_KIN_BEFORE.search(before) and not self.is_given(words[0].text):
            return 0.0  # "called his grandmother Ba": what a child calls a relative is kinship, not a name
        if len(words) == 1 and words[0].text.lower() in _SHORT_WEEKDAYS and not re.match(r"\s+[A-Z]", after):
            return 0.0  # "ASN review Tue.": a weekday cut short
        if len(words) == 1 and "-" in words[0].text and all(
                p.lower() in _SHORT_WEEKDAYS or p.lower() in _CALENDAR for p in words[0].text.split("-")):
            return 0.0  # "Working days Mon-Thu": a range of days
        if len(words) == 1 and words[0].text.lower() in FOREIGN_KIN:
            return 0.0  # "whom the children call Nanaji", "Teta said": a relationship, as "Nain said" is
        nxt = re.match(r"\s+([A-Za-z]+)", after)
        if nxt and nxt.group(1).lower() in FESTIVALS:
            return 0.0  # "Thai Pongal", "Chinese New Year"
        if len(words) == 1 and before.endswith(" ") and RATING_BEFORE.search(before, max(0, len(before) - 10)):
            return 0.0  # "ar lefel Ambr", "at tier Red": a rating on a scale
        if len(words) == 1 and words[0].text.lower() in STRUCTURE and not self.is_given(words[0].text):
            return 0.0  # "Tier (2)", "Appendix (1)", "Level (3)": a part of a document or a scale
        if len(words) == 1 and words[0].initial and words[0].text.lower() in DISCOURSE:
            return 0.0  # "Second, the grandmother's email..." opens a point, not an apposition
        if not self.welsh and len(words) > 1 and all(_welsh_phrase_word(w.text) for w in words) and \
                not all(self.is_given(w.text) or self.is_surname(w.text) for w in words):
            return 0.0  # "Dechrau'n Deg", "Byw Heb Ofn" in English text: a Welsh programme's or body's name
        if WORK_AFTER.match(after) and ARTICLE_BEFORE.search(before):
            return 0.0  # "reciting a Robert Burns poem": an author's name making a kind of work
        if len(words) > 1 and THE_BEFORE.search(before) and not any(
                self.is_given(w.text) and not self.is_common(w.text) for w in words):
            return 0.0  # "the British Red Cross", "the Red Cross caseworker": an organisation, not a person
        if len(words) == 1 and PLURAL_KIN_BEFORE.search(before) and LIST_AFTER.match(after) and \
                words[0].text.lower() not in self.curated:
            return 0.8  # "her brothers River and Will": a list of names after plural kin
        special = self._special_cue(text, words, before, after)
        if special:
            return special
        strong = bool(STRONG_BEFORE.search(before) or STRONG_AFTER.search(after) or (
            (APPOSITION_BEFORE.search(before) or PSEUDONYM_APPOSITION.search(before)) and after[:1] in (",", ")")) or (
            PERSON_NOUN_APPOSITION.search(before) and after[:1] in (",", ")", ".", ";")))
        if self.welsh and not strong:
            # Welsh puts the verb first: "Nododd Tegan fod...", "Gofynnodd Iolo a oedd..." (a person's subject slot);
            # and capitalises only proper nouns: "gyda'r ymwelydd iechyd, Tegan Harries." (an apposition)
            strong = bool((WELSH_VERB_BEFORE.search(before) and WELSH_SUBJECT_AFTER.match(after)) or (
                WELSH_THAT_BEFORE.search(before) and WELSH_PREDICATE_AFTER.match(after)) or (
                WELSH_APPOSITION_BEFORE.search(before) and after[:1] in (",", ".", ";", ")")))
        saved = bool(SAVED_AS.search(before))
        plain_after = ADVERB.sub(r"\1", after, count=1)  # "was seriously injured" reads as "was injured"
        if saved and len(words) == 1 and self.is_common(words[0].text):
            return 0.0
        cue = strong or saved or bool(CUE_BEFORE.search(before) or CUE_AFTER.search(after) or (
            after.startswith(("'s ", "’s ")) and not words[0].initial) or (
            THAT_BEFORE.search(before) and THAT_AFTER.search(plain_after)) or OBJECT_BEFORE.search(before))
        strong = strong or bool(DESCRIBED_AS[0].search(before) and DESCRIBED_AS[1].search(after))
        ner_person = any(person_chars[w.start] for w in words)
        ner_other = any(other_chars[w.start] for w in words)
        given = [self.is_given(w.text) for w in words]
        sur = [self.is_surname(w.text) for w in words]
        common = [self.is_common(w.text) for w in words]
        locative = bool(LOCATIVE_BEFORE.search(before)) and not after.startswith(("'s", "’s"))
        # a place that is also a given name (Chester, Beverley) is a place only after "in", "at", "moved to"...
        to_place = locative or bool(TO_FROM_BEFORE.search(before))
        place = [w.text.lower() in self.curated or (w.text.lower() in self.places and (to_place or not given[n]))
                 for n, w in enumerate(words)]
        if self.welsh:  # "ym Math" is in Bath; "Roedd Math yn cysgu" is a boy asleep
            place = [p and (w.text.lower() not in self.name_or_mutated_place or bool(WELSH_IN_BEFORE.search(before)))
                     for p, w in zip(place, words)]
        if len(words) == 1 and locative and not strong and not given[0]:
            return 0.0
        if len(words) == 1:
            w = words[0]
            if place[0] and (not strong or w.text.lower() in self.curated):
                return 0.0
            if common[0] and not given[0] and (lead := _CAP_WORD_BEFORE.search(before)) and \
                    lead.group(1).lower() in allow.ROLE_WORDS:
                return 0.0  # "GC (Social Work, Senior Practitioner)": a common word ending a role's phrase
            if strong and not w.text.isupper():
                return 0.75
            if given[0] and not common[0]:
                return 0.8 if not ner_other or cue else 0.0
            if self.welsh and not w.initial and not common[0] and not place[0] and not w.text.isupper() and \
                    len(w.text) > 2 and not before.rstrip().endswith(("(", ":", "–", "-")) and \
                    not w.text.lower().endswith(_WELSH_WORD_ENDINGS):
                return 0.7  # Welsh capitalises only proper nouns: a word no dictionary knows, mid-sentence, is a name
            if cue and (given[0] or sur[0] or (not common[0] and not w.initial)) and not (w.initial and common[0]):
                return 0.75
            if w.initial and common[0] and given[0] and not place[0] and SPEECH_AFTER.match(after):
                return 0.7  # "Autumn said her stepdad hit her": a season does not speak
            if (not common[0] or (given[0] and not w.initial)) and not place[0] and CLAUSE_BEFORE.search(before) and \
                    CLAUSE_VERB_AFTER.match(after):
                return 0.7  # "When Voty raised this with Mother": an unknown word as the subject of a clause
            if HUMAN_AFTER.search(plain_after) and not common[0] and not place[0]:
                return 0.7
            if HUMAN_AFTER.search(plain_after) and given[0] and not place[0] and not w.initial and \
                    not lone_names.THING_BEFORE.search(before):
                return 0.7  # "Later that evening Storm was found": a word-name mid-sentence, doing what people do
            if ner_person and not common[0] and not w.initial:
                return 0.7
            if cue and common[0] and given[0] and not w.initial:
                return 0.6
            if SURNAME_SHAPE.search(w.text) and not common[0]:
                return 0.7
            return 0.0
        # several words
        if len(words) == 2 and len(words[1].text) == 1 and (given[0] or words[0].text in _HONORIFIC_WORDS) and \
                not place[0]:
            return 0.75  # "senior Mark W", "Kay V", "Coach G": a given name and a surname's initial
        if len(words) == 2 and words[1].text in _HONORIFIC_AFTER:
            return 0.0  # "Qari Sahib", "Bhai Ji": a form of address without a name
        if len(words) == 2 and words[0].text in _HONORIFIC_WORDS and not common[1] and not place[1]:
            return 0.75  # "Coach Gaz", "Sensei Ray": a club's or a teacher's form of address before a name
        if words[0].text.lower() in DEMONYMS and not strong and all(common[1:]) and not any(sur[1:]):
            return 0.0  # "Thai Boxing", "Korean Community": an adjective of nationality or language and a noun
        if all(place) or (all(common) and not cue and not ner_person):
            return 0.0
        lead = 1 if words[0].text.lower() in COMPASS else 0
        tail = len(words) - 1 if len(words) - lead > 1 and words[-1].text.lower() in COMPASS else len(words)
        if any(place[lead:tail]) and all(p or w.text.lower() in GEO_WORDS
                                         for p, w in zip(place[lead:tail], words[lead:tail], strict=True)):
            return 0.0  # "Derry City", "Causeway Coast", "North Cumbria", "Mid Lothian Coast"
        if all(common) and not strong and not ner_person and not any(g and not c for g, c in zip(given, common,
                                                                                              strict=True)) \
                and not (cue and given[0] and sur[-1] and len(words) <= 3 and
                         all(g or u for g, u in zip(given[1:-1], sur[1:-1], strict=True))):
            return 0.0  # "Officer, Quality Assurance": a cue alone does not make two common words a name
        if words[0].initial and common[0] and not given[0] and not cue:
            # "Following Child..." cannot start a name; judge the rest on its own
            return 0.0
        if any(g and not c for g, c in zip(given, common, strict=True)):
            return 0.85
        if given[0] or any(sur) or cue or ner_person:
            return 0.8
        if not any(common) and not any(place) and (not ner_other or HUMAN_AFTER.search(plain_after)) and \
                not words[0].initial:
            return 0.7  # two or more unknown capitalised words mid-sentence: "On 19 March 2023 Fagrofa Nordunbel was"
        return 0.0

    def _welsh_question(self, text: str, end: int) -> bool:
        """True when the word before ``end`` opens a question and a word in lower case follows it, which no name
        does in Welsh ("Beth hoffwn i chi ei ddysgu?": "what", not Beth)."""
        return bool(re.match(r"\s+[a-zâêîôûŵŷ][\w'’-]*[^.!?\n]{0,160}\?", text[end:end + 200]))

    def _special_cue(self, text: str, words: Sequence[Tok], before: str, after: str) -> float:
        """Person contexts that make even a common word a name: an age or relationship bracket, "Baby X", a role
        noun before a full name, quoted speech, an announced spelling variant. 0 when none applies."""
        w0 = words[0]
        given0 = self.is_given(w0.text)
        common0 = self.is_common(w0.text)
        place0 = w0.text.lower() in self.curated or (w0.text.lower() in self.places and not given0)
        if w0.text.isupper():
            return 0.0
        if not self.welsh and len(words) == 1 and not given0 and not common0 and not place0 and \
                WELSH_TRIGGER_BEFORE.search(before) and self._mutated_name(w0.text):
            return 0.7  # Welsh quoted in English: "wrth Graig", "a Thwm", "i Wenllian" (Craig, Twm, Gwenllian)
        if AGE_BRACKET_AFTER.match(after) and (given0 or not common0 or (not w0.initial and not _POST_BRACKET.match(after))) and (
                not place0 or (given0 and _AGE_NUMBER_AFTER.match(after))) and (  # a place-name child: "Chester (7)"
                len(words) == 1 or (len(words) == 2 and given0 and self.is_surname(words[1].text))):
            return 0.75  # "Storm (6)", "Jade Wood (wife)": an age or a relationship in brackets
        if given0 and not place0 and before[-1:] == " " and KIN_BEFORE.search(before) and (
                len(words) == 1 or all(self.is_given(w.text) or self.is_surname(w.text) for w in words[1:])):
            return 0.75  # "Phoned Mother Summer Grey", "Older brother Ash": a kin word names the person after it
        if len(words) == 1 and before[-1:] in "\"“‘'" and before and RECORDED_AS_BEFORE.search(before) and \
                QUOTE_CLOSE.match(after) and (
                given0 or not common0):
            return 0.75  # 'Partner recorded as "Rocky"'
        if NURSE_BEFORE.search(before) and (given0 or self.is_surname(w0.text)) and not place0:
            return 0.8  # "Nurse Patel", "Matron Okafor": a job used as a title
        if len(words) == 1 and OUR_BEFORE.search(before) and (given0 or self._word_name(w0.text)) and \
                w0.text.lower() not in _OUR_HOLY and not place0:
            return 0.75  # "Her mammy, our Dawn, was working": a family member, as families name them
        if len(words) == 1 and BABY_BEFORE.search(before) and w0.text.lower() not in BABY_THINGS and \
                (given0 or not common0) and not place0:
            return 0.75
        if ROLE_BEFORE.search(before) and (given0 or not common0) and (len(words) > 1 or not common0) and not place0:
            return 0.8
        if len(words) > 1 and given0 and TITLE_ROLE_BEFORE.search(before) and not place0:
            return 0.8  # "Team Manager Joanne Platt", "Head of Year Dionne Akers"
        if QUOTE_OPEN.search(before):
            # a quoted string can be a field value ('text: "Deregistration relied on..."'): the word must be a
            # given name, or an unknown word that is not shaped like an abstract noun before an assault verb
            if QUOTE_VERB_AFTER.match(after) and (
                    (given0 and all(self.is_given(w.text) or not self.is_common(w.text) for w in words)) or (
                    len(words) == 1 and QUOTE_ASSAULT_AFTER.match(after) and not NOUN_SHAPE.search(w0.text))):
                return 0.7
            nick = len(words) == 2 and w0.text.lower() in _NICK_ADJECTIVES and not self.is_common(words[1].text)
            if (len(words) == 1 or nick) and QUOTE_CLOSE.match(after) and (QUOTE_KIN_BEFORE.search(before) or (
                    given0 and not SAVED_AS.search(before) and QUOTED_OBJECT_BEFORE.search(before))):
                return 0.7
        if VARIANT_BEFORE.search(before) and not place0 and (len(words) == 1 or given0 or not common0):
            return 0.75
        return 0.0

    def _glossed(self, text: str, blocked: bytearray) -> list[tuple[int, int, float]]:
        """A word the text glosses as a person: a relation or a pseudonym in brackets ("Sonny (her brother, 4)",
        "ivy (her cousin)", "grace (Child G, then 8)"), or an age and a relation after commas ("Summer, 16, my
        daughter"). A word-name or a name in lower case is a name here."""
        if "(" not in text and not re.search(r",\s+\d", text):
            return []
        out = []
        for tail in GLOSS_TAIL.finditer(text):
            m = GLOSSED_WORD.search(text, max(0, tail.start() - 40), tail.start())
            if m is None:
                continue
            w = m.group(1)
            low = w.lower()
            if blocked[m.start(1)] or low in _STOP or low in allow.ROLE_WORDS or low in FOREIGN_KIN or \
                    self.never_name(w) or (w.islower() and not self.is_given(w)) or \
                    re.fullmatch(_GLOSS_KIN, low):
                continue
            out.append((m.start(1), m.end(1), 0.75))
        return out

    def _informal(self, text: str, toks: Sequence[Tok], blocked: bytearray,
                  found: Sequence[tuple[int, int, float]], caps: Sequence[tuple[int, int]] = ()
                  ) -> list[tuple[int, int, float]]:
        """Lower-case names in text messages and chat logs (``recognizers.informal``): a given name or surname that
        is no dictionary word; a word that is, or an unknown word, where a message does something with a name
        ("tell jade", "ring mackers", "at marsh's", "eira:", "efo gwen")."""
        spans = informal.informal_spans(text)
        if not spans:
            return []
        covered = bytearray(len(text))
        for s, e, _ in found:
            covered[s:e] = b"\x01" * (e - s)
        inside = bytearray(len(text))
        for s, e in spans:
            inside[s:e] = b"\x01" * (e - s)
        # names the document already gives: the words of its handles that are names ("dai" of "dai_bach.07") and
        # the words of names found in its prose ("Tyler Grey"): the same word in lower case in a message is the name
        for s, e in [*_mentioned(text), *caps]:
            inside[s:e] = b"\x00" * (e - s)
        known: set[str] | None = None  # built on the first lower-case word that needs it
        handle_parts: set[str] | None = None
        out = []
        for t in toks:
            w = t.text
            if not inside[t.start] or covered[t.start] or blocked[t.start] or not w.islower() or len(w) < 3 or \
                    w in _STOP or self.never_name(w) or w in FOREIGN_KIN:
                continue
            if w in informal.MESSAGE_WORDS or w in informal.PERSON_NOUNS or (w.endswith("in") and self.is_common(w + "g")):
                continue  # "sayin", "sendin": a verb with its g dropped; "wee man": a noun
            before = text[max(0, t.start - 20):t.start]
            if INFINITIVE_AFTER.match(text, t.end) and self.is_common(w) and not informal.STRONG_BEFORE.search(before) \
                    and not informal.GET_BEFORE.search(before):
                continue  # '"hope to return tomorrow"': a verb before an infinitive (but "tell jade to come", "get
                # jasper to bring it")
            if re.search(r"(?<![\d:.])\d+\s*$", before):
                continue  # "9 max", "2 mins": a word after a number (not a clock time) is a unit or a limit
            if ISLAND_ON_BEFORE.search(before) and not POSSESSIVE_AFTER.match(text, t.end):
                continue  # "stuck on skye": an island
            if known is None:
                known = {allow.fold(w).lower() for s, e, _ in found for w in text[s:e].split()
                         if w[:1].isupper() and len(w) >= 3 and not w.isupper() and not self.never_name(w)}
                # and a name the text gives in lower case ("grace (Child G, then 8)")
                known |= {text[s:e] for s, e, sc in found if sc >= 0.75 and text[s:e].isalpha() and text[s:e].islower()}
            if handle_parts is None and ("_" in text or "@" in text) and (
                    self.is_given(w) or self.is_surname(w) or self.is_given(w[:-1]) or self.is_surname(w[:-1])):
                handle_parts = {p for p in handle.name_parts(text) if self.is_given(p) or self.is_surname(p)}
                known |= handle_parts
            # "me an storm went": "an" before a consonant is "and", as Scots and messages write it, not an article
            determined = bool(informal.DETERMINER_BEFORE.search(before) or DETERMINER_BEFORE.search(before)) and \
                not (before.endswith(("an ", "An ")) and w[0] not in "aeiouh")
            if known and not determined and not PRONOUN_BEFORE.search(before) and not INTENSIFIER_BEFORE.search(before):
                forms = {r.lower() for r in radicals(w)} if self.welsh else {w}
                after = text[t.end:t.end + 12]
                if w.endswith("s") and len(w) >= 4 and (_BARE_POSSESSIVE_BEFORE.search(before) or (
                        (nxt := re.match(r"\s+([a-z']+)", after)) and nxt.group(1) not in _STOP)):
                    # "at greys", "skys nanny's": a possessive without its apostrophe, after a preposition or before
                    # a noun ("it never rains but": a verb)
                    forms.add(w[:-1])
                # a name the document gives, opening a message, is its subject ('"derwen sy'n dreifio"')
                cued = bool(informal.CUE_BEFORE.search(before) or informal.CUE_AFTER.match(after) or
                            MESSAGE_OPENS.search(before))
                if before.endswith(('"', "“")) and self.is_common(w) and _NOUN_PHRASE_GOES_ON.match(text, t.end):
                    continue  # '"walker in hall, obstructing door"': a noun opening a quoted note, not the Walkers
                if forms & known and (cued or w not in forms & known or not self.is_common(w)):
                    out.append((t.start, t.end, 0.65))
                    continue
            given, sur, common = self.is_given(w), self.is_surname(w), self.is_common(w)
            dictionary = common or (w in self.extra_common) or w in self.places
            after = text[t.end:t.end + 12]
            if determined or INTENSIFIER_BEFORE.search(before) or \
                    DETERMINER_WEE_BEFORE.search(before) or (
                        LOCATIVE_IN_BEFORE.search(before) and not POSSESSIVE_AFTER.match(text, t.end)
                        and not (w.endswith("s") and self.is_given(w[:-1]))):  # "in conans car": a possessive
                continue  # "for the charlie": a noun; "pure bonnie": an adjective
            if len(w) >= 4 and w.endswith("s") and self.is_given(w[:-1]) and _KIN_PLACE_AFTER.match(text, t.end):
                out.append((t.start, t.end - 1, 0.65))  # "at hollys mums", "staying at jades nan's": a possessive
                continue
            if not given and not common and len(w) >= 4 and w.endswith("s") and self.is_given(w[:-1]) and \
                    not self.is_common(w[:-1]) and w[:-1] not in self.extra_common and \
                    (nxt := re.match(r"\s+([a-z']+)", after)) and nxt.group(1) not in _STOP:
                out.append((t.start, t.end, 0.65))  # "get in conans car": a given name's possessive before a noun
                continue
            # what names someone is as strong as a message's "tell" ("my wee brother is hunter", "a guy called ross")
            strong = bool(informal.STRONG_BEFORE.search(before) or informal.STRONG_AFTER.match(after) or
                          (informal.NAMING_STRONG.search(before) and informal.NAME_ENDS.match(text, t.end)) or
                          (given and informal.whereabouts_frame(before, text[t.end:t.end + 20])) or
                          (given and bool(lone_names.AGE_SAID.match(text, t.end) or  # "says river is 19"
                                          lone_names.MEMBER_OF.match(text, t.end))))  # "jay from her year"
            cue = strong or bool(informal.CUE_BEFORE.search(before) or informal.CUE_AFTER.match(after))
            if dictionary:
                # "tell jade", "at jade's", "eira:", "heno eira?"; a surname that is a word after "mr"/"mrs" ("mr
                # church at work", not "miss school")
                ok = (given and strong) or (sur and bool(mr := _MR_MRS_BEFORE.search(before)) and
                                            f"{mr.group(0).strip()} {w}" not in _public_titled())  # not "mr bean"
            else:
                ok = given or (sur and cue) or (len(w) >= 5 and bool(informal.STRONG_BEFORE.search(before))) or \
                    (len(w) >= 4 and bool(_SAYS_AFTER.match(after))) or \
                    bool(informal.NAMING_BEFORE.search(before))  # "mums friend gaz": a word no list knows
            if ok:
                title = _LOWER_TITLE_BEFORE.search(before)  # "mrs okonjo": the title is inside the span
                out.append((t.start - (len(before) - title.start()) if title else t.start, t.end, 0.65))
        return out + self._informal_again(text, toks, blocked, spans, covered, out)

    def _informal_again(self, text: str, toks: Sequence[Tok], blocked: bytearray, spans: Sequence[tuple[int, int]],
                        covered: bytearray, out: Sequence[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
        """A word found as a name in a message ("tell lily 2 come") is the same name in the other messages, where
        a message does anything with a name ("lily cant", "bring lily n"), not after a determiner or a pronoun."""
        names = {text[s:e] for s, e, _ in out}
        if not names:
            return []
        seen = {s for s, _, _ in out}
        more = []
        for t in toks:
            if t.text not in names or t.start in seen or covered[t.start] or blocked[t.start] or \
                    not any(a <= t.start < b for a, b in spans):
                continue
            before = text[max(0, t.start - 20):t.start]
            after = text[t.end:t.end + 12]
            if informal.DETERMINER_BEFORE.search(before) or DETERMINER_BEFORE.search(before) or \
                    PRONOUN_BEFORE.search(before):
                continue
            # Welsh "yn" follows any noun ("bwrw eira yn fama" is the snow); it says nothing of a name here
            weak_after = informal.CUE_AFTER.match(after) and not re.match(r"\s+yn\b", after)
            if informal.CUE_BEFORE.search(before) or weak_after or re.search(r"(?:^|[:\"“]\s*)$", before):
                more.append((t.start, t.end, 0.65))
        return more

    def _initials(self, text: str, blocked: bytearray) -> list[tuple[int, int, float]]:
        out = []
        for s, e in minutes.attendee_names(text):  # "Dunty (Education)", "D. Ferreira-Lowe" in a list of those present
            words = [w for w in text[s:e].split() if not re.fullmatch(r"[A-Z]\.", w)]
            if not blocked[s] and not any(self.never_name(w) or self.is_common(w) or w.lower() in self.places or
                                          w.isupper() for w in words):
                out.append((s, e, 0.75))
        listed = [(s, e) for s, e in minutes.attendee_initials(text, ACRONYMS) if not blocked[s]]
        for s, e in minutes.recurrences(text, {text[s:e] for s, e in listed}):
            if not blocked[s]:
                out.append((s, e, 0.7))  # initials of an attendee list, and each use of them in the minutes
        for s, e in minutes.slot_initials(text, ACRONYMS):  # "GWJ said", "Logged by: SB", "Sylwodd CMW"
            if not blocked[s]:
                out.append((s, e, 0.7))
        for s, e in minutes.lower_signed_initials(text, ACRONYMS):  # "Secretariat: lf", "last updated by fm", "... spares. ww'"
            if not blocked[s]:
                out.append((s, e, 0.7))
        for m in INITIALS_LIST.finditer(text):  # "uses initials where agreed: TQ and J-LQ"
            g = 1 if m.group(1) else 2
            items = [i.group(0) for i in re.finditer(_INITIAL_ITEM, m.group(g))]
            if sum(i in ACRONYMS for i in items) >= 2:
                continue  # "used initials for every professional: SW, HV, PP, DT": abbreviations of posts, listed
            for item in re.finditer(_INITIAL_ITEM, m.group(g)):
                s = m.start(g) + item.start()
                if not blocked[s] and item.group(0) not in ACRONYMS and len(item.group(0)) > 1:
                    out.append((s, m.start(g) + item.end(), 0.75))
        for m in DOTTED_INITIALS.finditer(text):
            degree = m.group(0).replace(" ", "") in NOT_INITIALS
            if blocked[m.start()] or (degree and (m.group(0) in ("U.K.", "U.S.", "E.G.", "I.E.") or
                                                  not INITIALS_PREP_BEFORE.search(text[max(0, m.start() - 12):m.start()]))):
                continue
            out.append((m.start(), m.end(), 0.7))
        for m in UPPER_NAME.finditer(text):  # "seen JAYDEN at home" in capitalised case notes
            w = m.group(0)
            if w in ACRONYMS or blocked[m.start()] or not self.is_given(w) or self.is_common(w) \
                    or w.lower() in self.places:
                continue
            before = text[max(0, m.start() - 25):m.start()].lower()
            after = text[m.end():m.end() + 25].lower()
            if re.search(r"\b(?:the|a|an)\s+$", before) or after.startswith((" (", "(")):
                continue  # "the LADO", "LADO (Local Authority Designated Officer)"
            if UPPER_CUE_BEFORE.search(before) or UPPER_CUE_AFTER.search(after):
                out.append((m.start(), m.end(), 0.65))
        for m in UPPER_INITIALS.finditer(text):
            w = m.group(0)
            if blocked[m.start()]:
                continue
            if w in ACRONYMS:
                if len(w) == 2 and QUOTE_OPEN.search(text[max(0, m.start() - 2):m.start()]) and \
                        INITIALS_QUOTED_ACTOR.match(text[m.end():m.end() + 30]):
                    out.append((m.start(), m.end(), 0.65))
                continue
            before = text[max(0, m.start() - 60):m.start()]
            if before.rstrip().lower().endswith(("the", "a", "an")):
                continue
            after = text[m.end():m.end() + 60]
            if INITIALS_ROLE_AFTER.match(after) or (len(w) == 2 and INITIALS_BY_BEFORE.search(before) and
                                                     INITIALS_BY_AFTER.match(after)):
                out.append((m.start(), m.end(), 0.65))  # "JH (student SW)", "closed by JH."
                continue
            if len(w) == 2 and INITIALS_KIN_AFTER.match(after) and not re.search(r"\b(?:the|a|an)\s+$", before):
                out.append((m.start(), m.end(), 0.65))  # "KJ's behaviour", "TR's mother"
                continue
            if (INITIALS_CUE_AFTER.search(after) and (before.endswith("(") or
                                                      re.search(r"[.!?:|]\s+$", before) or before == "")) or \
                    INITIALS_CUE_BEFORE.search(before) or (
                    len(w) == 2 and INITIALS_SPEECH_BEFORE.search(before) and INITIALS_SPEECH_AFTER.search(after)):
                out.append((m.start(), m.end(), 0.65))
        for m in LETTER_KIN.finditer(text):  # "Seen with M (partner, ...)": a letter for a relative is a person
            if blocked[m.start()]:
                continue
            out.append((m.start(), m.end("l"), 0.7))
            quoted = re.compile(r"(?:(?<=^[\"“‘'])|(?<=[\s(][\"“‘']))" + m.group("l") + r"(?=[\"”’'])")
            out += [(q.start(), q.end(), 0.7) for q in quoted.finditer(text) if not blocked[q.start()]]  # '"M"'
        titled = [(s, e) for s, e in minutes.title_initials(text) if not blocked[s]]  # "Dr AS", "Mr P.", "Dr K"
        out += [(s, e, 0.75) for s, e in titled]
        # the initials a title showed, used bare elsewhere ("Dr AS" ... "the clinicians (AS, JP, KT)")
        bare = {text[s:e].split(None, 1)[1] for s, e in titled}
        bare = {b for b in bare if len(minutes._units(b)) >= 2}
        out += [(s, e, 0.7) for s, e in minutes.recurrences(text, bare) if not blocked[s]] if bare else []
        roles = minutes.role_abbreviations(text)  # "SN (school nurse)": a role spelt out, not a person
        out = [f for f in out if text[f[0]:f[1]] not in roles] if roles else out
        # each found set of initials written with full stops or without ("R.McK" / "RMcK", "N.A." / "NA")
        shown = {w for s, e, _ in out for w in [text[s:e].split(None, 1)[-1]] if _INITIALS_SHAPE.fullmatch(w)}
        out += [(s, e, 0.7) for s, e in minutes.spelling_variants(text, shown) if not blocked[s]] if shown else []
        return out

    def _split_by_nickname(self, text: str, blocked: bytearray,
                           found: Sequence[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
        """A given name before a quoted nickname and a found name: the first word of 'Jordan "Jojo" Hanna' is a
        name even where it is a place too, as the nickname sits inside the full name."""
        taken = bytearray(len(text))
        for s, e, _ in found:
            taken[s:e] = b"\x01" * (e - s)
        out = []
        for s, _, _ in found:
            m = NICKNAME_INSIDE_BEFORE.search(text, max(0, s - 40), s)
            if m is None or m.end() != s:
                continue
            a, b = m.span(1)
            if taken[a] or blocked[a] or self.never_name(m.group(1)) or \
                    (self.is_common(m.group(1)) and not self.is_given(m.group(1))):
                continue
            out.append((a, b, 0.75))
            taken[a:b] = b"\x01" * (b - a)
        return out

    def _name_initials(self, text: str, blocked: bytearray, found: Sequence[tuple[int, int, float]],
                       split: Sequence[tuple[int, int, float]] = ()) -> list[tuple[int, int, float]]:
        """The initials of full names found in the text ("Kyle Mason" ... "KM"; ``minutes.name_initials``), also of a
        name split by a quoted nickname ('Jordan "Jojo" Hanna' ... "JH")."""
        names = [(s, e, [w for w in text[s:e].split() if w.lower().rstrip(".") not in allow.TITLES])
                 for s, e, sc in found if sc >= 0.75 and " " in text[s:e]]
        for s, e, _ in split:
            m = NICKNAME_INSIDE_AFTER.match(text, e)
            if m:
                names.append((s, m.end(), [text[s:e], m.group(1)]))
        if not names:
            return []
        return [(s, e, 0.7) for s, e in minutes.name_initials(text, names, ACRONYMS) if not blocked[s]]

    def _initial_surnames(self, text: str, blocked: bytearray,
                          found: Sequence[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
        """A dotted initial joined to a surname or before it ("S.Okafor", "J. Sowerby"; no common word, place or
        abbreviation), and an initial with the surname of a name the text gives in full ("Cliff Dunbar" ... "C.
        Dunbar"), though the surname is a place or a word too."""
        covered = bytearray(len(text))
        for s, e, _ in found:
            covered[s:e] = b"\x01" * (e - s)
        out = []
        # ... or after a space ("team manager J. Sowerby", "(R. Okafor)"): the shape of a name wherever it stands
        for m in JOINED_INITIAL.finditer(text):
            w = m.group("sur") or m.group("spaced")
            if covered[m.start()] or blocked[m.start()] or self.is_common(w) or self.never_name(w) or \
                    w.lower() in self.places or w in ACRONYMS or (self.welsh and self.welsh_word(w)):
                continue
            out.append((m.start(), m.end(), 0.75))
        pairs: set[tuple[str, str]] = set()  # (initial, surname) of the full names found
        for s, e, sc in found:
            words = [w for w in text[s:e].split() if w.lower().rstrip(".") not in allow.TITLES]
            if sc < 0.7 or not words or not words[0][:1].isupper() or len(words[0]) < 2:
                continue
            nxt = NEXT_WORD.match(text, e)
            if len(words) >= 2 and words[-1][:1].isupper():
                pairs.add((words[0][0], words[-1].rstrip("'’s")))
            elif nxt and len(words) == 1:
                pairs.add((words[0][0], nxt.group(1)))
        pairs = {(i, w) for i, w in pairs if f"{i}. {w}" in text or f"{i}.{w}" in text or f"{i} {w}" in text}
        if pairs:
            for m in SPACED_INITIAL.finditer(text):
                if (m.group("ini"), m.group("sur")) in pairs and not covered[m.start()] and not blocked[m.start()]:
                    out.append((m.start(), m.end(), 0.75))
        return out

    def _sized_nicknames(self, text: str, blocked: bytearray) -> list[tuple[int, int, float]]:
        """A nickname made of a size or age word and a name or a letter, quoted or given as a nickname ("'Big Paddy'",
        "'Wee Paddy'", "'Big D'", "'Lil Tee'", "known as Big T", "display name Wee D"): a person, and so is every other
        use of it; not a show or a setting whose second word is a common word ("'Big Brother'", "'Little Acorns'")."""
        if not any(w in text for w in ("Big ", "Wee ", "Lil", "Little ", "Young ", "Auld ", "Old ")):
            return []
        names = set()
        letters = {p.group(0).split()[-1] for p in allow.PSEUDONYM.finditer(text)}  # "Child L": 'Wee L' is hers
        for m in (*SIZED_NICKNAME.finditer(text), *GIVEN_NICKNAME.finditer(text), *LETTER_NICKNAME.finditer(text)):
            if m.re is LETTER_NICKNAME:
                if m.group(1) not in letters and m.group(0) != "Big C" and not blocked[m.start()]:
                    names.add(m.group(0))
                continue
            second = m.group(2)
            low = second.lower()
            if blocked[m.start(1)] or self.never_name(second) or low in informal.PERSON_NOUNS or \
                    low in allow.ROLE_WORDS or (len(second) == 1 and second in letters) or \
                    not (len(second) == 1 or self.is_given(second) or not self.is_common(second)):
                continue  # "'Big Man'", "'Wee Man'": a form of address; "'Big Brother'": a show
            names.add(m.group(1))
        return [(s, e, 0.75) for n in names for s, e in occurrences(text, n) if not blocked[s]]

    def _lone_word_names(self, text: str, toks: Sequence[Tok], blocked: bytearray,
                         found: Sequence[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
        """Word-names alone that the text shows to be a person ("River is still on your roll"; ``lone_names``)."""
        taken = bytearray(blocked)
        for s, e, _ in found:
            taken[s:e] = b"\x01" * (e - s)
        return [(s, e, 0.7) for s, e in lone_names.lone_uses(
            text, [(t.start, t.end) for t in toks if t.cap], self._word_name, taken)]

    def _shortened(self, text: str, found: Sequence[tuple[int, int, float]], blocked: bytearray
                   ) -> list[tuple[int, int, float]]:
        """A quoted word that begins a name found in the text, shortened ('"Ger"' beside Gerallt, '"Lach"' beside
        Lachlan; mutated forms too, "gan Erallt"): a nickname, so a person."""
        if '"' not in text and "“" not in text and "'" not in text and "‘" not in text:
            return []
        stems = set()
        for s, e, _ in found:
            for w in text[s:e].split():
                if w[:1].isupper() and len(w) >= 5 and not w.isupper():
                    stems.update(r.lower() for r in (radicals(w) if self.welsh else [w]))
        if not stems:
            return []
        out = []
        for m in QUOTED_SHORT.finditer(text):
            w = m.group(1).lower()
            if blocked[m.start(1)] or allow.is_common(w) or w in _STOP or self.never_name(m.group(1)):
                continue  # (a Welsh word may be the short name: "Ger" is "near" too)
            if any(st.startswith(w) and len(st) >= len(w) + 2 for st in stems):
                out.append((m.start(1), m.end(1), 0.7))
        # unquoted, a short form that is no word of any dictionary: "Loz" beside Lozzaa, "loz dont go" in the chat
        taken = {s for s, _, _ in out}
        heads = {st[:3] for st in stems}
        casual: bool | None = None  # does the text hold a message in lower case (asked once, where needed)
        for m in SHORT_FORM.finditer(text):
            w = m.group(0)
            low = w.lower()
            if low[:3] not in heads or m.start() in taken or blocked[m.start()] or allow.is_common(low) or \
                    low in _STOP or low in self.extra_common or self.never_name(w) or low in self.places or \
                    low in informal.MESSAGE_WORDS:
                continue
            if w[0].islower():
                if casual is None:
                    casual = bool(informal.informal_spans(text))
                if not casual:
                    continue
            if any(st.startswith(low) and len(st) >= len(low) + 2 for st in stems):
                out.append((m.start(), m.end(), 0.7))
        return out

    def _inflected(self, text: str, found: Sequence[tuple[int, int, float]], blocked: bytearray
                   ) -> list[tuple[int, int, float]]:
        """The vocative and the diminutives of a Slavic given name found in the text: "Zosiu" and "Zosieńka" beside
        Zosia, "Tomku" and "Tomuś" beside Tomek, "Kasiu" beside Kasia, "Piotrusiu" beside Piotr. Polish, Czech,
        Slovak and Ukrainian families call each other so, and records quote them."""
        if not _SLAVIC_FORM_GATE.search(text):
            return []
        stems: set[str] = set()
        names: set[str] = set()
        for w in {text[s:e].split()[0] for s, e, sc in found if sc >= 0.75}:  # the given name of each name found
            if len(w) < 4 or not w[0].isupper() or w.isupper() or not (self.is_given(w) or w.endswith(_SLAVIC_NAME_ENDS)):
                continue
            names.add(w)
            stems.add(w)
            for end in _SLAVIC_NAME_ENDS:
                if w.endswith(end) and len(w) - len(end) >= 3:
                    stems.add(w[:-len(end)])
        if not stems:
            return []
        out = []
        for m in _SLAVIC_FORM.finditer(text):
            w = m.group(0)
            if w in names or blocked[m.start()] or allow.is_common(w.lower()) or self.never_name(w):
                continue
            if any(w.startswith(st) and w[len(st):] in _SLAVIC_FORM_ENDS for st in stems):
                out.append((m.start(), m.end(), 0.75))
        return out

    def _handle_names(self, text: str, toks: Sequence[Tok], blocked: bytearray,
                      found: Sequence[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
        """A given name a handle of the text is made of ("drew" of "drew.w_1994") is that person where the prose
        writes it capitalised mid-sentence, even when it is a word too ('"Drew from the front" was her boyfriend')."""
        if self.welsh or ("_" not in text and "@" not in text):
            return []
        # a given name, or a word of no dictionary ("mikey" of "_mikey.b_"), of four letters or more
        parts = {p for p in handle.name_parts(text) if p not in _STOP and (self.is_given(p) or (
            len(p) >= 4 and not self.is_common(p) and p not in self.places and p not in informal.MESSAGE_WORDS))}
        if not parts:
            return []
        covered = bytearray(len(text))
        for s, e, _ in found:
            covered[s:e] = b"\x01" * (e - s)
        return [(t.start, t.end, 0.7) for t in toks if t.cap and not t.initial and not t.text.isupper() and
                t.text.lower() in parts and not covered[t.start] and not blocked[t.start] and
                not self.never_name(t.text) and not CAMEL_INSIDE.search(t.text)]  # not "SafeguardingNI", a body

    def _word_name(self, w: str) -> bool:
        low = w.lower()
        return low in self.given and low not in self.places and low not in self.curated and self.is_common(w) and \
            not self.never_name(w)

    def _lower_slip(self, text: str, t: Tok, key: str, lower_ok: set[str], quoted: bytearray, alone: set[int],
                    named_words: bytearray) -> bool:
        """A found name written in lower case is the name slipped into lower case: a name no common word, or in a
        quote; but not after an article ("a bonnie, bright wee girl") or an intensifier, not a word named as a word,
        and a common word not after a determiner or pronoun, quoted on its own or before an infinitive."""
        if _DISPLAY_NAME_BEFORE.search(text, max(0, t.start - 24), t.start):
            return True  # "the display name 'bonnie'": a sender's name quoted as the name it is
        near12 = text[max(0, t.start - 12):t.start]
        if (not self.welsh and ARTICLE_BEFORE.search(near12)) or named_words[t.start] or \
                INTENSIFIER_BEFORE.search(near12):
            return False
        if COPULA_BEFORE.search(near12) or (self.welsh and WELSH_ARTICLE_BEFORE.search(near12)):
            return False  # "Bonnie seemed bonnie enough": an adjective; "dros yr haf": a noun after the article
        if COPULA_ONLY_BEFORE.search(near12) and CLAUSE_GOES_ON.match(text, t.end):
            return False  # "the reception she got was frosty and": said of a thing, whoever Frosty is
        if not self.welsh and self.is_common(t.text) and re.search(r"\bof\s+$", near12):
            return False  # "a strong sense of justice": a noun after "of", whoever Justice is
        if t.start and text[t.start - 1] in "'‘\"“" and _NOUN_PHRASE_GOES_ON.match(text, t.end) and \
                quoted[t.start]:
            return False  # '"walker in hall, obstructing door"': a noun opening a quoted note, not a Walker of the case
        if key in lower_ok and not self.is_common(t.text):
            return True
        if not quoted[t.start] or key in _STOP or (quoted[t.start] == 1 and self.is_common(t.text) and
                                                      t.start - 1 not in alone and
                                                      text[t.start - 1:t.start] not in "'‘\"“"):
            return False
        return not (self.is_common(t.text) and (DETERMINER_BEFORE.search(near12) or PRONOUN_BEFORE.search(near12)
                                                 or t.start in alone or INFINITIVE_AFTER.match(text, t.end)))

    def _caps_word(self, text: str, s: int, e: int) -> bool:
        """A word-name in capitals after an article or a preposition of time or place is the word: "WENT OUT AT DAWN",
        "MALE IN STORM CONDITIONS", "a GREEN RAG rating" (unless a possessive or a family follows: "AT GREEN'S")."""
        word = text[s:e]
        return word.isupper() and len(word) > 2 and " " not in word and self.is_common(word) and \
            bool(CAPS_NOUN_BEFORE.search(text, max(0, s - 12), s)) and not POSSESSIVE_AFTER.match(text, e) and \
            not CAPS_FAMILY_AFTER.match(text, e)

    def _propagate(self, text: str, toks: Sequence[Tok], blocked: bytearray, names: set[str],
                   found: Sequence[tuple[int, int, float]], declared: set[str] = frozenset(),
                   capital_lines: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int, float]]:
        """Other uses of the found names (``names``): capitalised, slipped into lower case, after a mutation, as a
        family plural or a diminutive; ``declared`` names the text says are names though they are months ("Medi")."""
        if not names:
            return []
        covered = bytearray(len(text))
        for s, e, _ in found:
            covered[s:e] = b"\x01" * (e - s)
        caps = {allow.fold(w).lower() for w in names if len(w) > 1}
        lower_ok = {w for w in caps if w not in _STOP and w not in self.places and w not in self.extra_common}
        quoted = bytearray(len(text))
        alone: set[int] = set()  # starts of words quoted on their own ("the birth was 'savage'")
        for m in QUOTED.finditer(text):
            # a quote written as a message, in lower case, lets a common word slip ("lachie's pal bear has"); quoted
            # speech that starts with a capital does not ("I kept my faith ... didn't keep faith with us")
            mark = b"\x02" if m.group(0)[1:2].islower() else b"\x01"
            quoted[m.start():m.end()] = mark * (m.end() - m.start())
            inner = m.group(0)[1:-1]
            # ... unless it opens a clause, where it is the subject: '"grey" is a friend', "that 'frost' was ..."
            if inner.isalpha() and not CLAUSE_OPENS.search(text, max(0, m.start() - 8), m.start()):
                alone.add(m.start() + 1)
        # a page typed without capitals (a child's own words, a return-interview note) lets a found name slip into
        # lower case as a quoted message does ("says river is 19 ... given a phone by river")
        # (not a log in capitals, whose re-cased copy writes its common words in lower case: ``capital_lines``)
        for s, e in informal.lower_case_pages(text):
            if not any(cs < e and s < ce for cs, ce in capital_lines):
                quoted[s:e] = b"\x02" * (e - s)
        named_words = bytearray(len(text))
        for s, e in _mentioned(text):  # 'the words "precious" and "favour"': words named as words
            named_words[s:e] = b"\x01" * (e - s)
        out = []
        for t in toks:
            if covered[t.start] or blocked[t.start]:
                continue
            key = allow.fold(t.text).lower()
            lower_slip = key in caps and not t.cap and self._lower_slip(text, t, key, lower_ok, quoted, alone,
                                                                        named_words)
            if self.welsh and WELSH_QUESTION_AFTER.match(text[t.end:t.end + 30]) and t.text.lower() in WELSH_QUESTION_WORDS:
                continue  # "Beth oedd ...?" asks a question even where Beth is a name elsewhere
            if key in caps and (t.cap or (lower_slip and not self.welsh_word(t.text))) and (
                    not self.never_name(t.text) or (key in declared and not _MONTH_CONTEXT.search(
                        text, max(0, t.start - 12), t.start) and not _DAY_BEFORE.search(text, max(0, t.start - 6),
                                                                                         t.start))):
                if TERM_AFTER.match(text, t.end) and self.is_common(t.text):
                    continue  # "Autumn term", "Summer holidays": a season of the school year, whoever Autumn is
                if key in _VIRTUES and VIRTUE_NOUN_AFTER.match(text, t.end):
                    continue  # "Faith in the family's ability", "Hope that she would return": the virtue, whoever Faith is
                near = text[max(0, t.start - 25):t.start]
                if RIVER_BEFORE.search(near) or (ISLAND_ON_BEFORE.search(near) and
                                                 not POSSESSIVE_AFTER.match(text, t.end)):
                    continue  # "ger afon Teifi", "the River Eden", "on holiday on Iona": a river or an island
                if (not self.is_given(t.text) and not self.is_surname(t.text) or key in clean_text.localities()) and (
                        ARTICLE_BEFORE.search(near) or LOCATIVE_BEFORE.search(near)):
                    continue  # "an Islay malt", "moved to Arran": a place after an article or a preposition of place
                nxt = _NEXT_CAP_WORD.match(text, t.end)
                if t.cap and self.is_common(t.text) and THE_BEFORE.search(near) and nxt and \
                        allow.fold(nxt.group(1)).lower() not in caps:
                    continue  # "near the River Bann", "the Summer Fair": the word heads another proper noun
                if self._caps_word(text, t.start, t.end):
                    continue  # "WENT OUT AT DAWN", "MALE IN STORM CONDITIONS", "a GREEN RAG rating": the word, whoever Dawn is
                out.append((t.start, t.end, 0.75))
            elif t.cap and len(t.text) > 4 and key.endswith("s") and key[:-1] in caps and key[:-1] not in _STOP and \
                    (self.is_surname(t.text[:-1]) or not self.is_common(t.text[:-1])) and \
                    not self.never_name(t.text[:-1]) and not t.initial:
                out.append((t.start, t.end, 0.7))  # "the Bakers", "all Bakers": the family of a found surname
            elif self.welsh and t.cap and len(t.text) > 2 and key not in caps and \
                    any(allow.fold(r).lower() in caps for r in radicals(t.text)[1:]) and \
                    not _MONTH_CONTEXT.search(text, max(0, t.start - 12), t.start):
                out.append((t.start, t.end, 0.75))  # a found name after a mutation: "â Thegan", "i Fethan"
        stems = {allow.fold(w).lower() for w in names if len(w) >= 3 and not w.isupper() and "." not in w
                 and not self.is_common(w)}
        if stems:
            for t in toks:
                if covered[t.start] or blocked[t.start] or not t.cap or len(t.text) < 5:
                    continue
                key = allow.fold(t.text).lower()
                if any(key.startswith(st) and key[len(st):] in _DIMINUTIVES for st in stems
                       if len(key) > len(st)) or any(key.startswith(st[:-1]) and key[len(st) - 1:] in _DIMINUTIVES
                                                     for st in stems if len(st) >= 4 and len(key) > len(st)):
                    out.append((t.start, t.end, 0.7))
                    covered[t.start:t.end] = b"\x01" * (t.end - t.start)
        for w in names:
            if w.isupper() or "." in w:
                for s, e in occurrences(text, w, before=".", after=""):
                    if len(w) == 1 and not _TITLE_BEFORE_LETTER.search(text, max(0, s - 6), s):
                        continue  # a surname's initial alone is no name: "Karen B" ... "B: Lives with", but "Mrs E"
                    if not covered[s] and not blocked[s] and not self._caps_word(text, s, e):
                        out.append((s, e, 0.7))
                        covered[s:e] = b"\x01" * (e - s)
        return out


_NEXT_CAP_WORD = re.compile(r"[ \t]+([A-Z][\w'’-]+)")
# a preposition before a possessive written without its apostrophe: "at greys", "round ashs", "fae jays"
_BARE_POSSESSIVE_BEFORE = re.compile(r"\b(?:at|to|round|roond|fae|frae|from|near|outside|in|into|by|past)\s+$")
# a pronoun or auxiliary before a lower-case word makes it a verb or an adjective ("i hope", "u will", "its grey")
_INTENSIFIERS = r"too|very|dead|pure|awfy|gey|really"  # also in Scots ("u look pure bonnie", "awfy bonnie")
PRONOUN_BEFORE = re.compile(r"\b(?:i|u|you|we|they|he|she|it|its|it['’]s|im|i['’]m|ur|so|well|to|" + _INTENSIFIERS +
                            r")\s+$")
# an intensifier before a lower-case word makes it an adjective
INTENSIFIER_BEFORE = re.compile(r"\b(?:" + _INTENSIFIERS + r"|quite|proper|a\s+bit|a\s+little|rather|pretty|fairly|"
                                r"somewhat|slightly)\s+$")
# a common word after "was" and before "and", a comma or a stop is said of something: "the reception was frosty and"
COPULA_ONLY_BEFORE = re.compile(r"\b(?:was|were|is|are|been|wis|wiz)\s+$")  # (and the Scots "it wis sunny")
CLAUSE_GOES_ON = re.compile(r"\s*(?:,|\.(?![\w.])|;|and\b|but\b|so\b)")
# someone lives, stays or holidays *on* an island ("lives on Skye", "on holiday on Iona", "stuck on skye"); a person
# is not where one lives
ISLAND_ON_BEFORE = re.compile(r"\b(?i:lives?|lived|living|holidays?|holidaying|stuck|stranded|staying|stays?|stayed|"
                              r"ferry|born|grew\s+up|moved|moving|croft|crofting|been|went|trip|weekend|day|days|camping|"
                              r"working|worked|settled)\s+on\s+$|\b(?i:island|isle)\s+of\s+$")
# the size words of a nickname ("Big D", "Wee Paddy"); "Big D." ends a sentence, it is no "John D. Smith" initial
_SIZE_WORDS = frozenset({"Big", "Little", "Wee", "Lil"})
_DISPLAY_NAME_BEFORE = re.compile(r"\b(?:display|contact|user|screen)\s?name\s+['‘\"“]$")
# a nickname of a size or age word and a name or a letter, quoted ("'Big D'", "'Lil J 💯'") or after the words that
# give a nickname ("known as Big T", "display name Wee D")
_NICK = r"((?:" + "|".join(sorted(_SIZE_WORDS)) + r"|Lil'|Young|Auld|Old)\s+([A-Z][\w'’-]*))"
SIZED_NICKNAME = re.compile(r"[‘'\"“]" + _NICK + r"(?:\s*[^\w\s'’\"”‘“.,;:!?()]{1,4})?[’'\"”]")
GIVEN_NICKNAME = re.compile(r"\b(?:known\s+(?:only\s+)?as|called(?:\s+(?:himself|herself|themselves|him|her))?|named|"
                            r"nicknamed|saved\s+as|goes\s+by|went\s+by|"
                            r"(?:display|contact|user|screen)\s?name(?:\s+(?:was|is))?)\s+" + _NICK + r"(?![\w'’-])")
# a size word and one capital letter is a nickname wherever it stands ("Big D said he could get him trials"): a letter
# is no word; not a pseudonym's letter ("Child D" ... "Wee D" is hers), nor "the Big C" (cancer)
LETTER_NICKNAME = re.compile(r"(?<![\w'’-])(?:" + "|".join(sorted(_SIZE_WORDS)) + r")\s([A-Z])(?![\w'’.-])")
_SAYS_AFTER = re.compile(r"\s+(?:said|says|sed|sez|aint|ain['’]t|isnt)\b")  # "lachie says hes got a motor"


def _word_cased(w: str) -> bool:
    """True when ``w`` is written as a word is: in lower case, capitals, or with a capital first ("Amca", "AMCA"), not
    as initials with a name's prefix inside ("AMcA", "BNíF")."""
    return w.islower() or w.isupper() or w.istitle()


def _quote_end(text: str, s: int, e: int) -> int:
    """A name quoted in single marks ends before the closing mark ("'Grandad Joe'"), which is no possessive
    apostrophe; a plural possessive keeps it ("the Joneses'")."""
    if e - s > 2 and text[e - 1] in "'’" and text[e - 2] not in "sS":
        return e - 1
    return e


# Welsh agent nouns: "triniwr", "galwr", "gweithwraig", "cyfwelydd", "swyddog" (not "Dafydd": a given name)
WELSH_AGENT = re.compile(r"(?i:[a-zâêîôûŵŷ]{2,}(?:wr|wraig|wyr|ydd|wyddes))$")
POSSESSIVE_AFTER = re.compile(r"['’]s?\b|s['’]")
# in a log written in capitals, a word-name after an article or a preposition of time or place is the word
CAPS_NOUN_BEFORE = re.compile(r"(?<![\w'’-])(?:AT|IN|OF|INTO|DURING|THE|A|AN|NO|ANY|SOME|a|an|the)\s+$")
CAPS_FAMILY_AFTER = re.compile(r"\s+(?i:family|household|home|house|children|siblings|brothers|sisters)\b")
# after a word that opens a note: a preposition or an article means the word is a noun ("walker in hall")
_NOUN_PHRASE_GOES_ON = re.compile(r"\s+(?:in|on|at|by|of|the|a|an|with|for|from|under|near|outside|behind)\b")
# a possessive without its apostrophe before a relative or a home: "hollys mums", "jades nan", "kais house"
_KIN_PLACE_AFTER = re.compile(r"\s+(?:mum|mums|mam|mams|ma|mas|dad|dads|da|nan|nans|nana|gran|granny|house|hoose|gaff|"
                              r"flat|place|bit|room|sister|brother|cousin|auntie|uncle)\b")
MESSAGE_OPENS = re.compile(r"(?:^|\n|[\"“]|:[ \t])\s*$")
TERM_AFTER = re.compile(r"\s+(?:term|half-term|holidays?|break|semester|season|fair|festival)\b")
CLAUSE_OPENS = re.compile(r"(?:^|[.!?:;]\s+|\n\s*|\bthat\s+)$")
# words a text names as words: 'the words "precious", "favour" and "blessing"', 'the term "grace"', 'a search for "ivy"'
MENTIONED = re.compile(r"\b(?:words?|terms?|phrases?|expressions?|search(?:ed|es|ing)?\s+for)\s+((?:['‘\"“][^'‘’\"“”\n]{1,30}['’\"”]"
                       r"(?:,\s+|,?\s+(?:and|or)\s+)?)+)")


def _mentioned(text: str) -> list[tuple[int, int]]:
    """Spans of the quoted words a text names as words ('the terms "merit" and "joy"')."""
    if "word" not in text and "term" not in text and "phrase" not in text and "expression" not in text and \
            "search" not in text:
        return []
    return [m.span(1) for m in MENTIONED.finditer(text)]


# the relations a gloss gives a person by ("(her brother, 4)", ", 16, my daughter")
_GLOSS_KIN = (r"(?:(?:older|younger|elder|big|little|wee|baby|half-|step-?|great-?|grand)\s*)*(?:best\s+friend|"
              + kin.words(kin.RELATIVES, "friend neighbour lodger brawd chwaer cefnder cyfnither mab merch") + ")")
_GLOSS_OWNER = r"(?:(?:her|his|their|my|our|the|[A-Z][\w'’-]*['’]s|Child\s+[A-Z]['’]s|y|ei)\s+)"
# the gloss itself, found first (cheap), then the word right before it
GLOSS_TAIL = re.compile(
    r"\s*\((?:then\s+|aged\s+|age\s+)?" + _GLOSS_OWNER + r"?" + _GLOSS_KIN + r"\b[^()\n]{0,30}\)"
    r"|\s*\((?:Child|Baby|Young\s+Person|Plentyn|Sibling)\s+[A-Z0-9]\b[^()\n]{0,40}\)"
    r"|,\s+(?:aged\s+)?\d{1,2},\s+" + _GLOSS_OWNER + _GLOSS_KIN + r"\b")
GLOSSED_WORD = re.compile(r"(?<![\w'’.-])([A-Za-z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?)$")
_LOWER_TITLE_BEFORE = re.compile(r"\b(?:mrs|mr|ms|miss|dr)\s+$")
_MR_MRS_BEFORE = re.compile(r"\b(?:mrs|mr)\s+$")


@lru_cache(maxsize=None)
def _public_titled() -> frozenset[str]:
    """A public name's title and next word, in lower case ("mr bean", "mrs brown"): a character, not the family."""
    return frozenset(" ".join(n.lower().replace("'s", "").split()[:2]) for n in allow.public_names()
                     if n.split()[0] in ("Mr", "Mrs") and len(n.split()) >= 2)


# a common word before "to" and a verb is a verb itself ('"hope to return tomorrow"')
INFINITIVE_AFTER = re.compile(r"\s+to\s+[a-z]{2,}")
QUOTED = re.compile(r"(?=['‘\"“])(?<!\w)(?:\"[^\"\n]{3,300}\"|“[^“”\n]{3,300}”|['‘][^'‘’\"“”\n]{3,300}['’])(?!\w)")


def _stop_words() -> frozenset[str]:
    return allow.stop_words() - {"will"}  # Will is a name too


# greetings open a message before the name they greet ("Hi, Jenna is not in today"); none is a name itself
_GREETINGS = frozenset("hi hiya hey hello thanks cheers morning afternoon evening bye".split())
_STOP = _stop_words() | _GREETINGS
# Diminutive endings added to a found name: Tiago -> Tiaguinho, Juan -> Juanito, Kasia -> Kasiunia, Tom -> Tommy
_DIMINUTIVES = frozenset("""
inho inha zinho zinha uinho uinha ito ita cito cita illo illa ie y ey sie sy ek ka ko cia unia usia uszka chen le
ette ín ino ina een ushka ochka enka ik ou
""".split())
# "Big Sandro", "Wee Tam": the adjective of a nickname is not a name on its own elsewhere in the text
_NICK_ADJECTIVES = frozenset({"big", "little", "wee", "lil", "baby"})
# a Welsh adjective after its noun, in lower case (not "bach"/"fach", said of a name too: "Mai fach")
WELSH_ADJECTIVE_AFTER = re.compile(r"\s+(?:arall|mawr|fawr|newydd|trwm|drwm|ysgafn|cynnar|hwyr|oer|cynnes|gynnes|hir|byr|gwyn|wen|"
                                   r"du|ddu|llwyd|drwg|cryf|gryf|gwan|tawel|cyntaf|gyntaf|olaf|diwethaf|nesaf|"
                                   r"trwchus|garw|gwlyb|sych|llachar|tywyll|dywyll)\b")
# "o" ("of") and a lower-case word after a noun ("Math o niwed": a kind of harm; "Haf o Gaerdydd" is Haf from Cardiff)
WELSH_OF_AFTER = re.compile(r"\s+o\s+(?!['’]r\b)[a-zà-ÿ]")
# "our Dawn", "oor Jade": a family member named as families name them; not the words of prayer ("our Lady", "our Lord")
OUR_BEFORE = re.compile(r"(?<![\w'’])(?i:our|oor)\s$")
_OUR_HOLY = frozenset("lady lord father saviour redeemer god mother lady's lord's saviour's".split())
_CALENDAR = allow.CALENDAR
# weekdays cut short: a day where no name follows ("ASN review Tue."), a name before a surname ("Tue Nguyen")
_SHORT_WEEKDAYS = frozenset("mon tue tues wed weds thu thur thurs fri".split())
# Welsh months and days (with their mutated forms): never names in text written in Welsh
_CALENDAR_CY = frozenset("""
ionawr chwefror mawrth ebrill mai mehefin gorffennaf awst medi hydref tachwedd rhagfyr fawrth fai fehefin orffennaf
fedi dachwedd ragfyr llun mercher iau gwener sadwrn sul dydd ddydd nos
""".split())
# Offices that follow a title and are no surname: "the Lord Mayor", "the Lord Provost", "Lord Chancellor", "Mr Justice".
OFFICES = frozenset("mayor provost lieutenant chancellor advocate justice president speaker".split())
# of those, the words that are never a name: Justice is a given name as well ("Justice said he was scared")
OFFICE_WORDS = OFFICES - {"justice"}
# A name written in Chinese characters or Korean Hangul inside Latin-script text: a run of two to four, alone (a longer
# run is a phrase: "爱丁堡妈妈群", a group's name)
_HAN_GATE = re.compile(r"[\u4e00-\u9fff\uac00-\ud7af]")
_HAN_NAME = re.compile(r"(?<![\u3400-\u9fff\uac00-\ud7af])(?:[\u4e00-\u9fff]{2,4}|[\uac00-\ud7af]{2,4})"
                       r"(?![\u3400-\u9fff\uac00-\ud7af])")
# the endings a Slavic given name drops before its vocative or diminutive ("Zosia", "Tomek"), and the endings those take
_SLAVIC_NAME_ENDS = ("ia", "a", "ek", "ko", "ka", "o")
_SLAVIC_FORM_ENDS = frozenset("u iu ku uś siu ciu niu usiu uniu eńka eńko eczek eczku ečku ečko ik ínek ynka enka "
                              "ze rze usia ulka".split())
_SLAVIC_FORM = re.compile(r"(?<![\w'’-])[A-ZĄĆĘŁŃÓŚŹŻČŠŽ][a-ząćęłńóśźżčšžěřůýáíé]{3,}(?![\w'’-])")
# (a text without a capitalised word ending so has no form to look for; "u" alone ends too many words to gate on)
_SLAVIC_FORM_GATE = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻČŠŽ]\w*(?:" + "|".join(sorted(_SLAVIC_FORM_ENDS - {"u"}, key=len, reverse=True))
                               + r")\b")
# Welsh words that are names too but are far more often the word: "Beth oedd..." (what was), "Mae" (is).
_WELSH_NEVER = frozenset("mae nid ond pan".split())
# endings of Welsh verbs and nouns the dictionaries miss ("Ymgysylltodd", "Gwarcheidiaeth"): words, not names
_WELSH_WORD_ENDINGS = ("odd", "wyd", "asant", "ason", "iad", "iadau", "aeth", "iaeth", "ol", "au", "ion", "wyr", "ais",
                       "ith", "ydd", "wch", "ant", "ent",
                       # adjectives of a people and names of languages: "Gwyddelig", "Tsieineaidd", "Somalïeg"
                       "ig", "aidd", "eg")
# a Welsh verb in the past (third person: -odd; "Nododd", "Dywedodd", "Gofynnodd") before its subject, and what
# follows a subject that reports or acts: "fod", "bod", "nad" (that), "a" (whether), "i" (to), "wrth" (to)
WELSH_VERB_BEFORE = re.compile(r"(?:^|[\s(])[A-Za-zŵŷâêîôû]{2,}odd\s+$")
WELSH_SUBJECT_AFTER = re.compile(r"^\s+(?:fod|bod|nad|na|a|i|wrth|â|ag|gyda|ei|eu|y|yr|ar|am|hefyd)\b")
# the subject of a "that" clause: "fod Awel yn ofni", "mai Ffi oedd", "nad oedd" is no subject (a verb follows)
WELSH_THAT_BEFORE = re.compile(r"\b(?:fod|bod|mai|taw|nad)\s+$")
WELSH_PREDICATE_AFTER = re.compile(r"^\s+(?:yn|wedi|ddim|heb|oedd|wnaeth|sydd|sy|yw|ydy)\b")
# a Welsh noun phrase after an article or possessive, then a comma: "gyda'r ymwelydd iechyd, ", "ei ffrind, "
WELSH_APPOSITION_BEFORE = re.compile(r"(?:\b(?:y|yr|ei|eu|ein|eich|fy)\s+|['’]r\s+)(?:[a-zŵŷâêîôû-]+\s+){0,3}"
                                     r"[a-zŵŷâêîôû][\w-]*,\s*$")
WELSH_QUESTION_WORDS = frozenset("beth pwy pa ble sut pam pryd faint".split())
# Welsh verbs and particles after a question word: "Beth oedd yn eich poeni?" asks "what", it names no Beth.
WELSH_QUESTION_AFTER = re.compile(r"^\s+(?:oedd|yw|ydy|ydych|wyt|sy|sydd|wnaeth|wnest|hoffech|hoffet|ddigwyddodd|fyddai|fydd|am|arall|fyddech|"
                                  r"a\s+(?:dd|f|g|w|l|r|b|d)\w+)\b")  # "Beth a ddysgwyd": "what was learned", a heading


def _mutated(words: frozenset[str]) -> frozenset[str]:
    from anonymise.recognizers.mutation import mutations

    return frozenset(m.lower() for w in words if " " not in w for m in mutations(w))


def _union(found: Sequence[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """Overlapping name spans as one span with the best score ("B. Yu" from the list and "Yu" from the name run):
    a name found twice is masked whole, never the part one piece of evidence saw."""
    out: list[tuple[int, int, float]] = []
    for s, e, sc in sorted(found):
        if out and s < out[-1][1]:
            ps, pe, psc = out[-1]
            out[-1] = (ps, max(pe, e), max(psc, sc))
        else:
            out.append((s, e, sc))
    return out


def _welsh_phrase_word(w: str) -> bool:
    """A Welsh dictionary word that is no Welsh name ("Dechrau'n", "Deg", "Ofn"; not "Gwyn", "Haf")."""
    low = w.lower()
    head = re.split(r"['’]", low)[0]
    names = allow.welsh_names()
    return low not in names and head not in names and (low in allow.welsh_words() or head in allow.welsh_words())


def recognizer(*, welsh: bool = False) -> PersonRecognizer:
    """The person recognizer (gazetteers load once); ``welsh`` for text written in Welsh."""
    return PersonRecognizer(welsh=welsh)
