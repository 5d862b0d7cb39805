"""A quoted word that the text says is a person: '"Rowan" was a man of 22', 'later identified as ...', 'a man she knows
only as "Deeks"', 'Police identify "Deeks" as a 34-year-old man'.

Quotes mark a word as a word as often as a name ("the words "precious" and "hope"", "'Charlie' is slang for"), so
the quote alone says nothing; what the sentence says of the quoted word does. Every other use of a word shown to be
a person is that person too (the person recognizer spreads it).
"""

from __future__ import annotations

import re

from anonymise.recognizers import allow

Span = tuple[int, int]

# a name, or a nickname of a letter and a word ("T-Bone", "J-Dog")
_NAME = r"(?:[A-Z][a-zà-ÿ'’]+|[A-Z](?=-[A-Z]))(?:-[A-Z][a-zà-ÿ'’]+)?"
_QUOTED = re.compile(r"(?<![\w'’])[\"“'‘](?P<name>" + _NAME + r")[\"”'’](?![\w'’])")
# what the sentence says of it: a man, a woman, a boy, a girl (of an age); identified as someone; a person's name
_PERSON_AFTER = re.compile(
    r"^,?\s+(?:(?:was|is)\s+(?:a|an)\s+(?:(?:\d{1,2}|[a-z]+-)(?:-year-old)?\s+|older\s+|younger\s+|local\s+|adult\s+)?"
    r"(?:man|woman|boy|girl|lad|lass|male|female|youth|teenager|adult|person)\b"
    r"|,?\s*(?:(?:was|is|were)\s+)?(?:later\s+|subsequently\s+|then\s+)?identified\s+as\b"
    # glossed with a full name: '"Rain" is Rain Cowie, aged 14', '"Bear" was Barry Meikle', '"Lachie" (Lachlan Tait)'
    r"|(?:is|was|meant|means|refers\s+to|referred\s+to)\s+(?=[A-Z][a-zà-ÿ'’-]+\s+(?:Mc|Mac|O['’]|de\s+|van\s+)?[A-Z][a-zà-ÿ'’-]+"
    r"(?:,|\s+\(|\s+(?:aged|who|and|was|is)\b))"
    r"|\((?=[A-Z][a-zà-ÿ'’-]+\s+(?:Mc|Mac|O['’])?[A-Z][a-zà-ÿ'’-]+\)))")
# ("'"Sky" is Bonnie's middle name' is the person recognizer's STRONG_AFTER: a kin word or a name of someone's)
_PERSON_BEFORE = re.compile(
    r"(?:\b(?:known|knows|know|referred\s+to)\s+(?:(?:to\s+)?(?:her|him|them|the\s+\w+)\s+)?(?:only\s+)?as"
    r"|\b(?:identify|identified|identifies|named|traced|arrested|interviewed|charged)"
    r"|\ba\s+(?:man|woman|boy|girl|male|female)\s+(?:called|named)"
    # a name the text says someone gave, used or was known by ("gave the names 'Willow', 'Breeze'", "does not record
    # the name 'T-Bone'", "gave his name as 'Liban'"); not a name chosen for the report (see _CHOSEN)
    r"|\b(?:the|a|his|her|their|its|that|this|same)\s+(?:first\s+|full\s+|nick|user)?names?(?:\s+as)?)\s+$")
# a name chosen to stand for the child in the report is its pseudonym: "chose the name 'Skye' for this report"
_CHOSEN = re.compile(r"(?i:\b(?:chose|chosen|choose|chooses|picked|pseudonym|for\s+this\s+(?:report|review)|in\s+this\s+"
                     r"(?:report|review)|dewis))")
# the next quoted item of a list: "'Willow', 'Breeze' and 'River'"
_LIST_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")
# a slang gloss makes the quoted word a word, whatever the sentence says next ("'Charlie' is slang for cocaine")
_SLANG_AFTER = re.compile(r"^\s+(?:is|was|meant|means)\s+(?:street\s+)?(?:slang|a\s+(?:slang|street)\s+(?:word|term|name))")


# what a Welsh sentence says someone is called, quoted: "mae ei ffrindiau yn ei alw'n 'ifs'", "Roedd Mam yn ei
# galw'n 'Cats'", "maen nhw'n fy ngalw'n 'Bobs'" (one word: "yn ei galw'n 'Nain Pres'" is a relative's name for her)
_WELSH_CALLED = re.compile(r"\b(?:ei|eu|fy|dy|ein|eich)\s+(?:alw|galw|ngalw)['’]n\s+[\"“'‘]"
                           r"(?P<name>[A-Za-zÀ-ÿ][a-zà-ÿ'’-]{1,19})[\"”'’](?![\w'’])")


def _nickname(m: re.Match[str]) -> bool:
    """A called name that is no Welsh word (not "yn ei galw'n 'dwp'", an insult) nor, in lower case, an English one."""
    name = m.group("name")
    low = name.lower()
    return low not in allow.welsh_words() and low not in allow.ROLE_WORDS and (
        name[:1].isupper() or not allow.is_common(name))


def spans(text: str) -> list[Span]:
    """Quoted words the text says are a person."""
    if '"' not in text and "“" not in text and "'" not in text and "‘" not in text:
        return []
    out = []
    last_end = -1  # the end of the last quoted person, for the items of a list after it
    for m in _QUOTED.finditer(text):
        after = text[m.end():m.end() + 60]
        before = text[max(0, m.start() - 40):m.start()]
        if _SLANG_AFTER.match(after) or m.group("name").lower() in allow.ROLE_WORDS:
            continue  # slang, or a kin word or role used as a name ('the adult known as "Uncle"')
        listed = last_end >= 0 and _LIST_NEXT.fullmatch(text, last_end, m.start()) is not None
        if _PERSON_AFTER.match(after) or listed or (_PERSON_BEFORE.search(before) and not _chosen(text, m.start(), m.end())):
            out.append(m.span("name"))
            last_end = m.end()
    if "alw" in text:
        out += [m.span("name") for m in _WELSH_CALLED.finditer(text) if m.span("name") not in out and _nickname(m)]
    return out


def _chosen(text: str, start: int, end: int) -> bool:
    """True when the sentence around a quoted name says it was chosen for the report (a pseudonym)."""
    s = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    e = min((i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0), default=len(text))
    return _CHOSEN.search(text, s, e) is not None


# what the sentence says a quoted word is when it is not a person: slang, an insult or a word; an animal, a pet, a
# song, a brand ("'Karen' appeared as an insult", '"Robin" in a health record was a bird', "'Mary Jane' (cannabis)")
_WORD_AFTER = re.compile(
    r"^\s+as\s+(?:an?\s+)?(?:insult|slur|swear\s*word|term\s+of\s+abuse)\b|^(?:\s+(?:in|on|from)\s+(?:a|an|the|her|his|their)\s+[\w-]+(?:\s+[\w-]+)?)?"
    r"\s+(?:(?:is|was|were)\s+(?:(?:also|only|just|probably|in\s+fact|actually)\s+)?|(?:appeared|appears|came\s+up|used|"
    r"was\s+used|is\s+used)\s+as\s+|(?:meant|means|refers?\s+to|referred\s+to)\s+)"
    r"(?:a|an|the|her|his|their)\s+(?:(?:pet|family|family['’]s|household['’]s|neighbour['’]s|old|new|young|little|wee|black|white|brown|grey|small|"
    r"big|common|slang|street|derogatory|racist|sexist)\s+|[a-z]+\s+(?=(?:bush|tree|plant|flower|toy|teddy|doll|"
    r"character|cartoon|programme|show)\b))?"
    r"(?:bird|dog|cat|puppy|kitten|pet|horse|pony|rabbit|hamster|budgie|parrot|snake|lizard|fish|song|film|game|band|"
    r"brand|product|drink|sweet|toy|doll|teddy|insult|slur|word|term|nickname\s+for\s+(?:a|an)\s+\w+|"
    r"pub|bar|shop|caf[eé]|drug|place|street|estate|bridge|park|"
    r"bush|tree|plant|flower|character|cartoon|programme|show|book|story|imaginary\s+friend)\b")
_QUOTED_WORDS = re.compile(r"(?<![\w'’])[\"“'‘](?P<name>" + _NAME + r"(?:\s" + _NAME + r")?)[\"”'’](?![\w'’])")


def word_spans(text: str) -> list[Span]:
    """Quoted words the text says are something other than a person (slang, an insult, an animal, a song), and
    an animal's name, quoted or not ("would call the dog 'Norocel'", "a cat called Biscuit")."""
    out = pet_spans(text)
    if '"' not in text and "“" not in text and "'" not in text and "‘" not in text:
        return out
    return out + [m.span("name") for m in _QUOTED_WORDS.finditer(text)
                  if _WORD_AFTER.match(text[m.end():m.end() + 90]) or _SLANG_AFTER.match(text[m.end():m.end() + 60])
                  or _THE_WORD_BEFORE.search(text, max(0, m.start() - 16), m.start())
                  or _WORD_LIST_BEFORE.search(text[max(0, m.start() - 120):m.start()])]


_ANIMAL = (r"dog|dogs|cat|cats|puppy|pup|kitten|pet|horse|pony|rabbit|hamster|guinea\s+pig|budgie|parrot|snake|lizard|"
           r"tortoise|ferret|goldfish|ci|gi|chi|nghi|cath|gath|chath|nghath|ceffyl|geffyl|cheffyl|gheffyl")
# the name an animal is given: "call the family's dog 'Norocel'", "a puppy named Biscuit", "the dog, Tyson, was"
_PET = re.compile(r"(?i:\b(?:call|calls|called|calling|name|names|named|naming)\s+(?:the|their|her|his|a|an|our|my|its)\s+"
                  r"(?:[\w'’-]+\s+){0,2}(?:" + _ANIMAL + r")\s+|\b(?:" + _ANIMAL + r")\s+(?:(?:was|is)\s+)?(?:called|named|whose\s+name\s+"
                  r"(?:is|was))\s+|\b(?:" + _ANIMAL + r"),\s+(?=[A-Z][\w'’-]+(?:,|\.(?:\s|$))))[\"“'‘]?(?P<name>" + _NAME + r")")


_HUMAN = (r"(?:[\w'’-]+\s+){0,2}(?:man|woman|boy|girl|lad|lass|person|adult|teenager|male|female|partner|boyfriend|"
          r"girlfriend|brother|sister|cousin|uncle|aunt|friend|neighbour|father|mother|stepfather|stepmother)")
_ANIMAL_WORD = re.compile(r"\b(?:" + _ANIMAL + r")\b")  # on the lower-cased text


# "in fact Ginger was the family's cat", "Biscuit is their dog", a child's "duke's our dog"
_PET_AFTER = re.compile(r"(?<![\w'’-])[\"“'‘]?(?P<name>" + _NAME + r")[\"”'’]?(?:\s+(?:was|is)|['’]s)\s+(?:(?:in\s+fact|actually|only|just)\s+)?"
                        r"(?:the|their|her|his|a|an|our|my|your)\s+(?:(?:family['’]s|family|pet|household['’]s|new|old)\s+)?"
                        r"(?:" + _ANIMAL + r")\b")


def pet_spans(text: str) -> list[Span]:
    """An animal's name given with the animal: no person, wherever else the word stands."""
    low = text.lower()
    if not _ANIMAL_WORD.search(low):
        return []
    names = {m.group("name").rstrip("'’") for m in _PET.finditer(text)}
    names |= {m.group("name").rstrip("'’") for m in _PET_AFTER.finditer(text)}
    # ...unless the text also says the name is a person's ("the dog was called Duke, and Rocky was the man who shouted"):
    # a practitioner who took a man for the dog does not make him one
    names = {n for n in names if not re.search(r"(?<![\w-])[\"“'‘]?" + re.escape(n) + r"[\"”'’]?\s+(?:was|is)\s+(?:the|a|an)\s+"
                                               + _HUMAN + r"\b", text, re.IGNORECASE)}
    if not names:
        return []
    every = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")(?![\w-])",
                       re.IGNORECASE)
    return [m.span() for m in every.finditer(text)]


# a list of quoted words the sentence says are slang or words: 'Slang terms for cannabis in her messages included
# "blow", "grass" and "Mary Jane"'
# a quoted word the text calls a word: "the word 'Seren' was used by the school", "y gair 'Seren'"; not a word searched
# for or found, which is the name looked for ("a search for the word 'Dawn'", "found the words 'Skye' and 'storm'")
_THE_WORD_BEFORE = re.compile(r"(?<!\bfor\s)(?<!\bfound\s)(?<!\bfinds\s)(?<!\bfind\s)\b(?i:the|a|y|yr|un)\s+"
                              r"(?i:word|words|term|gair|geiriau)\s+$")
_WORD_LIST_BEFORE = re.compile(r"\b(?:slang\s+(?:terms?|words?|names?)|street\s+(?:terms|words|names)\s+for)\b"
                               r"[^.!?\n]{0,100}$", re.IGNORECASE)  # not "his street name was Viper"


# Names the text says are no one's: "There was no one called Grace", "There's no Jay", "no individual named Jay,
# Rock or Bonnie", "a non-existent 'Michael'"; a quoted name the sentence says is no name or person ("'Jimmy' ... is not
# a name of anyone involved", "'Paddy', 'Mucker' and 'Big Lad' are forms of address"), or a word for anyone
# ("'Karen' meant any adult in authority", "used the word 'Jimmy' for anyone she did not know"). Every use of such a
# word in the text is that word, never a person, unless an account used it (an abuser's alias). A name followed by more words ("no one called Sarah back") is not
# denied: the denial ends its clause.
_Q_NAME = r"[\"“'‘]?" + _NAME + r"(?:\s" + _NAME + r")?[\"”'’]?"
_NO_ONE = re.compile(
    r"(?i:\bno\s+(?:one|individual|person|child|adult|man|woman|boy|girl|male|female|relative|volunteer|worker|"
    r"family\s+member)\s+(?:called|named|by\s+the\s+name(?:\s+of)?)|\bnobody\s+(?:called|named|by\s+the\s+name(?:\s+of)?)"
    r"|\bthere(?:['’]s|\s+is|\s+was|\s+were)\s+no|\bthere\s+(?:never\s+was|was\s+never)\s+(?:a|an|any))\s+"
    r"(?P<names>" + _Q_NAME + r"(?:(?:,\s*|\s+(?:and|or|nor)\s+)" + _Q_NAME + r")*)"
    r"(?=\s*[.,;:!?)]|\s+(?:was|were|is|ever|existed|exists|involved|at\s+all|anywhere)\b)")
_NON_EXISTENT = re.compile(r"\b(?i:non-?existent|fictitious|imaginary)\s+(?P<names>" + _Q_NAME + r")")
_DENIED_AFTER = re.compile(
    r"^(?:,[^.!?\n]{0,80}?,)?\s+(?:is|are|was|were)\s+(?:(?:not|never)\s+(?:a\s+|an\s+|the\s+|anyone['’]s\s+|"
    r"someone['’]s\s+|her\s+|his\s+|their\s+)?(?:real\s+|actual\s+|proper\s+)?(?:names?|persons?|people|individuals?)\b"
    r"|(?:(?:used\s+)?as\s+)?(?:a\s+)?(?:forms?|terms?|words?)\s+of\s+(?:address|endearment)\b)")
_QUOTED_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[\"“'‘][^\"“”'‘’\n]{1,30}[\"”'’](?![\w'’])")
_FOR_ANYONE = r"(?:any|anyone|anybody|every|everyone|everybody|all|whoever|strangers?)\b"
_MEANT_ANYONE = re.compile(r"^\s+(?:meant|means|stood\s+for|stands\s+for|(?:is|was)\s+slang\s+for)\s+(?:" + _FOR_ANYONE +
                           r"|to\s+[a-z]{3,}\b)")
_WORD_FOR_ANYONE = re.compile(r"\b(?:word|term|name)\s+[\"“'‘](?P<name>" + _NAME + r")[\"”'’]\s+(?:for|to\s+mean|to\s+describe)\s+"
                              + _FOR_ANYONE)
_NAME_IN = re.compile(_NAME)
# ...but a name an account gave itself is an abuser's alias, an identifier ('The account "caoimhe_x_bfs" was later
# linked to ... There was no "Oisín"')
_PERSONA = re.compile(r"(?i:\b(?:account|profile|handle|username|posing|posed|pretend\w*|fake|catfish\w*|persona|alias))")


def no_one_spans(text: str) -> list[Span]:
    """Every use of a word the text says names no one (see ``_NO_ONE``)."""
    low = text.lower()
    if not any(cue in low for cue in (" no ", "nobody", "non-existent", "nonexistent", "fictitious", "imaginary", " not ", "never", " meant ",
                                      " means ", "slang", " of address", " word ", " term ")):
        return []
    names: set[str] = set()
    for m in _NO_ONE.finditer(text):
        if not _PERSONA.search(text, max(0, m.start() - 300), m.start()):
            names.update(_NAME_IN.findall(m.group("names")))
    names.update(n for m in _NON_EXISTENT.finditer(text) for n in _NAME_IN.findall(m.group("names")))
    names.update(m.group("name") for m in _WORD_FOR_ANYONE.finditer(text))
    for m in _QUOTED_WORDS.finditer(text):
        rest = text[m.end():m.end() + 140]
        if _MEANT_ANYONE.match(rest):
            names.add(m.group("name"))
            continue
        # the quoted name or the last of a quoted list ("'Paddy', 'Mucker' and 'Wee Man' are forms of address")
        while (nxt := _QUOTED_NEXT.match(rest)) is not None:
            rest = rest[nxt.end():]
        if _DENIED_AFTER.match(rest):
            names.add(m.group("name"))
    names = {n for n in names if n.lower() not in ("i", "a")}
    if not names:
        return []
    every = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")(?![\w-])",
                       re.IGNORECASE)
    return [m.span() for m in every.finditer(text)]
