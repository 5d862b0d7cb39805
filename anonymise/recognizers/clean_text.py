"""Clean text that looks like names: places in context, events, institutions, glossed slang and abbreviations.

Each function returns spans that are never a person in the case; the engine blocks them before it judges names
(``engine.blocked_spans``). Every rule needs evidence beyond the word itself (a gazetteer and a preposition, a
head word, a gloss in the same text), because each of these words is somebody's name somewhere else.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from anonymise.recognizers import acronyms, allow
from anonymise.recognizers.base import lead_class
from anonymise.recognizers.mutation import mutations, radicals

Span = tuple[int, int]
_CAP = r"[A-Z\u00C0-\u00DE\u0174\u0176][\w'’\u00C0-\u024F]*"
_CAP_WORD = re.compile(r"(?=[A-Z\u00C0-\u00DE\u0174\u0176])(?<![\w'’-])" + _CAP + r"(?:-(?:[a-z]{1,3}-)?[\w'’\u00C0-\u024F]+)*")


@lru_cache(maxsize=None)
def localities() -> frozenset[str]:
    """Lower-cased towns, villages and communities of the UK and Ireland (data/uk_localities.txt, GeoNames 500+)."""
    text = resources.files("anonymise.data").joinpath("uk_localities.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=None)
def world_places() -> frozenset[str]:
    """Lower-cased cities and towns abroad (data/world_places.txt: GeoNames 15,000+, less those that are a person's
    name or a word too)."""
    text = resources.files("anonymise.data").joinpath("world_places.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


# a preposition of place or origin before a town abroad: "from Wrocław", "in Enugu", "o Kraków", "i Sylhet"
_ORIGIN_LOCATIVE = re.compile(r"\b(?i:in|near|from|to|outside|o|i|yn|ym|yng|ger)[ \t]+$")
# A preposition of place (English, and Welsh yn, ym, yng "in", ger "near"): a locality after it is a place even
# when it is a name elsewhere ("in Ashley", "ger Llanon").
_STRONG_LOCATIVE = re.compile(r"\b(?i:in|near|outside|nr\.?|yn|ym|yng|ger)[ \t]+$")
# Welsh place names joined by a lower-case preposition or adjective: "Llanfihangel-ar-arth", "Betws-y-Coed",
# "Llanfair-ym-Muallt", "Newton-le-Willows"; no personal name is built this way.
_COMPOUND_PLACE = re.compile(r"(?=[A-Z])(?<![\w'’-])[A-Z][a-zâêîôûŵŷ]+(?:-(?:ar|yn|y|ym|yng|is|uwch|dan|on|le|la|upon|under|in|on|"
                            r"by|super|cum|next|the|sea|fach|fawr|bach|mawr))+-[\w'’]+")
_ISLE = re.compile(r"\b(?:Isle|Isles|Ynys|Ynysoedd)\s+(?:of\s+)?(?:[Yy]r?\s+)?" + _CAP)


@lru_cache(maxsize=1)
def _multiword_localities() -> tuple[frozenset[str], int, frozenset[str]]:
    """(first words of the localities written in several words, the most words one has, those first words with
    every Welsh mutation of them: one look-up tells most capitalised words apart from them)."""
    multi = [name.split() for name in localities() if " " in name]
    firsts = frozenset(words[0] for words in multi)
    forms = frozenset(f.lower() for w in firsts for f in mutations(w)) | firsts
    return firsts, max((len(w) for w in multi), default=1), forms


@lru_cache(maxsize=1)
def _multiword_pairs() -> frozenset[str]:
    """The first two words of each locality of several words, the first also in its Welsh mutations."""
    return frozenset(f"{f.lower()} {words[1]}" for name in localities() if " " in name
                     for words in [name.split()] for f in mutations(words[0]))


# a word that continues a place name of several words: a capitalised word, or a lower-case joining word of the
# place names of these islands ("Pen-y-bont ar Ogwr", "Stratford upon Avon", "Adwick le Street", "Ach na Fearna")
_PLACE_NEXT = re.compile(r"[ \t]+(" + _CAP + r"(?:-[\w'’]+)*|ar|y|yr|yn|on|upon|le|la|na|an|a|of|the|by|in|under|"
                         r"super|cum|next|sea)(?![\w'’-])")
# before a place: where someone goes, comes from or is ("i Ben-y-bont ar Ogwr", "o Bont-y-pŵl", "to Stratford")
_PLACE_BEFORE = re.compile(r"\b(?i:in|near|outside|nr\.?|yn|ym|yng|ger|i|o|to|from|at|of)[ \t]+$")


def _multiword_place(text: str, m: re.Match[str]) -> tuple[int, int] | None:
    """The span of a locality of several words that starts with the capitalised word ``m`` (its first word may be
    mutated: "Ben-y-bont ar Ogwr", "Mhen-y-bont ar Ogwr"), when the text shows it to be a place: after a preposition
    of place, or written with a joining word or hyphen no person's name has, or with no word that is a name."""
    firsts, most, forms = _multiword_localities()
    first = _PLACE_NEXT.match(text, m.end())
    if first is None or f"{m.group(0).lower()} {first.group(1).lower()}" not in _multiword_pairs():
        return None  # no locality of several words starts with these two words
    heads = [form.lower() for form in radicals(m.group(0)) if form.lower() in firsts]
    if not heads:
        return None
    names = localities()
    words: list[str] = []
    end, best = m.end(), None
    for _ in range(most - 1):
        nxt = _PLACE_NEXT.match(text, end)
        if nxt is None:
            break
        words.append(nxt.group(1))
        end = nxt.end()
        tail = " ".join(words).lower()
        if any(f"{head} {tail}" in names for head in heads):
            best = (end, list(words))
    if best is None or best[1][-1][:1].islower():
        return None
    end, tail_words = best
    joined = "-" in m.group(0) or any(w[:1].islower() for w in tail_words)
    if joined or _PLACE_BEFORE.search(text[max(0, m.start() - 12):m.start()]) or not any(
            _is_name(w) for w in (m.group(0), *tail_words)):
        return m.start(), end
    return None


def _is_name(word: str) -> bool:
    low = word.lower()
    return low in allow.given_names() or low in allow.surnames() or low in allow.welsh_names() or \
        low in allow.word_names()


def is_locality(name: str) -> bool:
    """True when ``name`` (one word or several) is a town, village or community of the gazetteer."""
    return name.lower() in localities() or _locality(name) is not None


def _locality(word: str) -> str | None:
    """The locality ``word`` names, itself or before a Welsh mutation ("Landeilo" <- Llandeilo), else None."""
    names = localities()
    for form in radicals(word):
        if form.lower() in names:
            return form
    return None


# Welsh villages too small for the gazetteer are built on "Llan" (a parish: Llan + a saint) or "Aber" (a river
# mouth), soft-mutated to "Lan" after "i", "o": after a preposition of place such a word is a place.
_WELSH_VILLAGE = re.compile(r"\b(?i:in|near|at|from|to|outside|yn|ym|yng|ger|i|o|ac|a)[ \t]+"
                            r"(?P<place>(?:Llan|Lan|Aber)[a-zâêîôûŵŷ]{4,}(?:-[\w']+)*)(?![\w'’-])")


# a place name that the text gives as a person's: a kin word or "Baby" before it and a surname after it ("Baby Islay
# Grant", "son Lochie Kerr"), or an age in brackets after it ("Islay (2)")
_PERSON_PLACE = re.compile(r"(?:\b(?:[Bb]aby|[Ss]on|[Dd]aughter|[Bb]rother|[Ss]ister|[Mm]other|[Ff]ather|[Cc]hild)\s+"
                           r"(?P<given>" + _CAP + r")\s+(?P<sur>" + _CAP + r")|(?P<aged>" + _CAP + r")\s*\(\s*\d{1,2}\s*\))")


def _people_named_as_places(text: str) -> set[str]:
    out = set()
    for m in _PERSON_PLACE.finditer(text):
        if m.group("aged"):
            out.add(m.group("aged"))
        elif m.group("sur").lower() in allow.surnames():
            out.add(m.group("given"))
    return out


# a locality after a building or street and a comma is its town: "Braeside Children's House, Paisley"
_AFTER_PLACE_HEAD = re.compile(r"\b(?:House|Home|School|Academy|Centre|Unit|Practice|Surgery|Church|Chapel|Hall|Lodge|"
                               r"Hospital|Nursery|Clinic|Hub|Road|Street|Avenue|Lane|Drive|Close|Crescent|Terrace|Gardens|"
                               r"Estate),\s+$")


_NAME_WORD_NEXT = re.compile(r"[ \t]+[A-Z][a-z]")


def place_spans(text: str) -> list[Span]:
    """Towns and villages: a locality that is no name anywhere ("Pencader", "Llanfihangel-ar-arth" after a comma),
    or any locality after "in", "near", "yn", "ger" ("yn Llanon"); islands ("Isle of Skye", "Ynys Môn"); Welsh
    villages in Llan- and Aber- after a preposition of place. A locality the text gives as a person's given name
    ("Baby Islay Grant") is a place only after a preposition of place."""
    out = [m.span() for m in _ISLE.finditer(text)] + [m.span() for m in _COMPOUND_PLACE.finditer(text)]
    if " Lan" in text or " Llan" in text or " Aber" in text:
        out += [m.span("place") for m in _WELSH_VILLAGE.finditer(text) if not _is_name(m.group("place"))]
    people: set[str] | None = None
    forms = _multiword_localities()[2]
    for m in _CAP_WORD.finditer(text):
        word = m.group(0)
        if word.lower() in forms:
            several = _multiword_place(text, m)
            if several is not None:
                out.append(several)
                continue
        if word.endswith(("'s", "’s")) or len(word) < 4 or word.isupper():
            continue
        radical = _locality(word)
        if radical is None:
            if word.lower() in world_places() and _ORIGIN_LOCATIVE.search(text, max(0, m.start() - 8), m.start()):
                out.append(m.span())  # a town abroad, only where the text says it is a place
            continue
        before = text[max(0, m.start() - 12):m.start()]
        if _STRONG_LOCATIVE.search(before) or (_AFTER_PLACE_HEAD.search(text, max(0, m.start() - 14), m.start()) and
                                               not _NAME_WORD_NEXT.match(text, m.end())):
            out.append(m.span())
        elif not (_is_name(radical) or _is_name(word) or allow.is_common(word)):
            if people is None:
                people = _people_named_as_places(text)
            if word not in people:
                out.append(m.span())
    return out + _listed_with_places(text, out) if out else out


# a list of places: the other items of "Benbecula, North Uist and South Uist", "Stornoway and Balivanich" are places
# too, unless they are a given name ("Stornoway and Morag")


_RUN_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?:\s*,\s*(?:and\s+|or\s+)?|"
                         r"\s+(?:and|or|a|ac|neu)\s+)$")
_RUN_AFTER = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|a|ac|neu)\s+)([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
                        r"(?![\w'’-])")
_COMPASS = ("North", "South", "East", "West", "Upper", "Lower", "Great", "Little")


def _listed_with_places(text: str, places: list[Span]) -> list[Span]:
    """The items listed right before or after a place, and so on along the list."""
    seen = set(places)
    todo = list(places)
    out: list[Span] = []
    while todo:
        s, e = todo.pop()
        for m in (_RUN_BEFORE.search(text, max(0, s - 60), s), _RUN_AFTER.match(text, e)):
            if m is None:
                continue
            span = m.span(1)
            if span in seen:
                continue
            seen.add(span)
            words = m.group(1).split()
            if any(_is_name(w) or allow.is_common(w) for w in words if w not in _COMPASS):
                continue
            out.append(span)
            todo.append(span)
    return out


# Named streets without a number (not an address): "off Melton Road", "ON CLEPINGTON ROAD", "ar Heol y Wig".
_STREET = re.compile(
    r"(?=[oOaAiInNfFdDuUcCeEyYgG])\b(?i:on|off|along|in|at|near|from|down|up|onto|into|across|corner\s+of|end\s+of|ar|yn|ger|oddi\s+ar)\s+"
    r"(?P<street>(?:" + _CAP + r"[ \t]+){1,3}(?i:road|street|avenue|lane|drive|close|crescent|terrace|way|gardens|"
    r"grove|square|row|walk|park|place|parade|boulevard|wynd|brae|vennel)\b"
    r"|(?:Heol|Stryd|Ffordd|Lôn|Rhodfa|Teras|Stad|Cilgant)\s+(?:[Yy]r?\s+)?" + _CAP + r")")
# A colour and a car model: "in a white Corsa", "LEFT IN WHITE CORSA".
_MODELS = (r"corsa|astra|insignia|fiesta|focus|mondeo|kuga|transit|golf|polo|passat|tiguan|clio|megane|captur|"
           r"micra|qashqai|juke|note|yaris|corolla|aygo|prius|civic|jazz|octavia|fabia|superb|punto|panda|picanto|"
           r"sportage|ceed|i10|i20|i30|tucson|leon|ibiza|208|308|3008|c3|c4|berlingo|sandero|duster|mini|zafira|"
           r"vectra|sprinter|vito")
_CAR = re.compile(r"(?=[bBwWsSgGrRdDyYmMoOpP])\b(?i:black|white|silver|grey|gray|blue|red|green|dark|yellow|gold|maroon|orange|purple)\s+"
                  r"(?P<car>(?i:" + _MODELS + r"))\b")


# A colour before a garment or a colour word in a description: "WEARING GREY HOODIE", "in a grey trackie",
# "Brown jacket": the colour is no surname here, whoever Mr Grey is.
_GARMENT = re.compile(r"\b(?i:black|white|grey|gray|brown|green|blue|red|pink|navy|"
                      r"auburn|ginger)(?=[ \t]+(?:[a-z]+[ \t]+)?(?i:hoodie|hoody|hoodies|jacket|coat|top|"
                      r"tracksuit|trackie|trackies|joggers|jeans|trousers|shorts|jumper|sweatshirt|t-shirt|shirt|"
                      r"dress|skirt|cap|hat|beanie|trainers|shoes|boots|puffer|gilet|fleece|uniform|bag|rucksack|"
                      r"backpack|scarf|gloves|leggings|hair|eyes)\b)")


def street_and_car_spans(text: str) -> list[Span]:
    """Street names after a preposition, car models after a colour, and colours before a garment."""
    return [m.span("street") for m in _STREET.finditer(text)] + [m.span() for m in _CAR.finditer(text)] + \
        [m.span() for m in _GARMENT.finditer(text)]


# Events and festivals named after places or saints: "Eisteddfod Genedlaethol Boduan", "Sioe Môn", "Gŵyl Dewi",
# "the Royal Welsh Show", "Notting Hill Carnival"; Welsh seasons with a year ("Haf 2023").
def _forms(*radical_words: str) -> str:
    return "|".join(sorted({f for w in radical_words for f in mutations(w)}, key=len, reverse=True))


_EVENT_CY_WORDS = _forms("Eisteddfod", "Steddfod", "Sioe", "Gŵyl", "Gwyl", "Ffair", "Carnifal", "Pencampwriaeth",
                         "Cystadleuaeth")
_EVENT_CY = re.compile(lead_class(_EVENT_CY_WORDS.split("|")) + r"\b(?:" + _EVENT_CY_WORDS +
                       r")(?:[ \t]+(?:[Yy]r?[ \t]+|'r[ \t]+)?" + _CAP + r"){1,3}")
_EVENT_EN = re.compile(r"(?:(?<![\w'’-])" + _CAP + r"[ \t]+){1,3}(?:Show|Festival|Carnival|Eisteddfod|Games|Fair|Gala|Regatta|"
                       r"Mela|Pride|Marathon|Parade)\b")
# Irish and Gaelic festivals that name their kind first ("Féile an Phobail", "Fèis Bharraigh") or last ("the Royal
# National Mòd", "Mòd Ionadail")
_EVENT_GA = re.compile(r"\b(?:Féile|Feile|Fèis|Feis|Oireachtas|Mòd|Mod)(?:[ \t]+(?:an|na|nan|na[ \t]+h-)?[ \t]*" + _CAP +
                       r"){1,3}|(?:(?<![\w'’-])" + _CAP + r"[ \t]+){1,3}Mòd\b")
_EVENT_GA_WORDS = ("Féile", "Feile", "Fèis", "Feis", "Oireachtas", "Mòd", "Mod ")
# trophies and memorials named after people ("the Sam Maguire Cup", "the Liam MacCarthy Cup", "the Lonsdale Belt"),
# and a bridge named after the place it reaches ("the Skye Bridge")
_NAMED_THING_HEADS = ("Cup", "Trophy", "Shield", "Medal", "Belt", "Award", "Prize", "Memorial")
_NAMED_THING = re.compile(r"(?:(?<![\w'’-])" + _CAP + r"[ \t]+){1,3}(?:" + "|".join(_NAMED_THING_HEADS) + r")\b")
_PLACE_BRIDGE = re.compile(r"(?<![\w'’-])(?P<place>" + _CAP + r")[ \t]+Bridge\b")
_SEASON_YEAR = re.compile(r"\b(?:Gwanwyn|Haf|Hydref|Gaeaf|Spring|Summer|Autumn|Winter)\s+(?:19|20)\d\d\b")
_PLURAL_DAYS = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days\b|\b(?:Suliau|Sadyrnau)\b")


# Public figures told by what they are ("a footballer like Marcus Rashford", "loved the singer Dermot Kennedy") and
# researchers by their work ("the work of Professor Harry Ferguson on home visiting, and that of Dr Danielle Turney"):
# public, named in a review's account of a child's interests or of the learning it drew on. Not "author" (the
# review's author is a practitioner), nor a local role ("the coach").
_NAME2 = r"[A-Z][\w'’-]+(?:\s+(?:de\s+|van\s+|von\s+)?[A-Z][\w'’-]+){1,2}"
_FIGURE = re.compile(
    r"(?=[sfraYyTtibcpmgDiwdn])\b(?:singer|footballer|rapper|actor|actress|[Yy]ou[Tt]uber|[Tt]ik[Tt]oker|influencer|boxer|comedian|presenter|"
    r"pop\s+star|popstar|musician|gamer|streamer|DJ|golfer|racing\s+driver|(?:tennis|rugby|football|cricket|darts|"
    r"snooker|netball)\s+player|cricketer|athlete|wrestler|striker|goalkeeper|"
    r"(?:film|TV|pop|football|rugby|boxing|YouTube|internet)\s+star)s?,?\s+(?:like\s+|such\s+as\s+|called\s+|named\s+|"
    r"(?:was|is|were)\s+)?"
    r"(?P<name>" + _NAME2 + r")")
_RESEARCHER = re.compile(
    r"\b(?:(?:work|research|writing|writings|books?|papers?|studies|study|theory|model|framework|ideas)\s+(?:of|by)|"
    r"(?:,?\s+and\s+|,\s+)that\s+of)\s+"
    r"(?P<name>(?:(?:Professor|Prof\.?|Dr|Sir|Dame)\s+)" + r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")
# Judges and peers, public by office: a judge cited for a ruling or chairing an inquiry ("as explained by Lord Nicholls
# in Re H", "chaired by Mr Justice O'Hara", "Lady Justice King said"), a peer ("Baroness Hale"). A review names the
# judge of the family's own proceedings by court, not by name, so the title is the evidence.
_JUDGE = re.compile(r"(?=[LBMS])\b(?:(?:Lord|Lady|Mr|Mrs|Ms)\s+Justice|Lord|Lady|Baroness|Sir(?=\s+[A-Z][\w'’-]+\s+[A-Z]))\s+"
                    r"(?P<name>(?:Mc|Mac|O['’])?[A-Z][\w'’-]+(?:\s+(?:Mc|Mac|O['’])?[A-Z][\w'’-]+)?)"
                    r"(?=\s+(?:in|at|of|said|explained|held|found|observed|noted|stated|J\b|LJ\b|P\b)|\s*[,;.)]|\s*$)")
_JUDGE_MARKS = ("justice ", "lord ", "lady ", "baroness ", "sir ")
# Holders of public office named with the office: "the First Minister, Eluned Morgan", "the Commissioner for Children
# and Young People, Chris Quinn, has written", "Chief Constable Jo Farrell". Public by office, like a judge.
_OF_WHAT = r"(?:\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|of|the|in|&))*)?"
_OFFICE = re.compile(
    r"(?=[FPDMSCLH])\b(?:(?:Deputy\s+)?First\s+Minister|Prime\s+Minister|(?:Deputy\s+)?Minister" + _OF_WHAT +
    r"|Secretary\s+of\s+State" + _OF_WHAT + r"|(?:Children['’]s\s+|Children\s+and\s+Young\s+People['’]s\s+)?Commissioner"
    + _OF_WHAT + r"|Chief\s+Constable|Lord\s+Advocate|Chief\s+Medical\s+Officer|Chief\s+Social\s+Work\s+Adviser|"
    r"HM\s+Chief\s+Inspector" + _OF_WHAT + r"|Chief\s+Inspector\s+of\s+[A-Z]\w+)"
    r"(?:,\s+|\s+)(?P<name>" + _NAME2 + r")(?=\s*[,;.)]|\s+(?:has|had|said|wrote|is|was|and)\b)")
_OFFICE_MARKS = ("minister", "secretary of state", "commissioner", "chief constable", "lord advocate",
                 "chief medical", "chief social work", "chief inspector")
# a work and who made it: "'Yma o Hyd' by Dafydd Iwan", "“Wonder” gan R. J. Palacio": a song, book or film's author
# or performer is public
_WORK_BY = re.compile(r"[\"“'‘][^\"”'’\n]{2,60}[\"”'’]\s+(?:by|gan)\s+(?P<name>" + _NAME2 + r")")
# literal words every _FIGURE and _RESEARCHER match holds (substring tests on the lower-cased text are cheap; the
# patterns' alternations at every position are not)
_FIGURE_MARKS = ("singer", "footballer", "rapper", "actor", "actress", "tuber", "tiktok", "influencer", "boxer",
                 "comedian", "presenter", "pop star", "popstar", "musician", "gamer", "streamer", "dj ", "golfer",
                 "racing driver", " player", "cricketer", "athlete", "wrestler", "striker", "goalkeeper", " star ",
                 " star,", " stars ")
_RESEARCHER_MARKS = ("professor", "prof ", "prof. ", " of dr ", " by dr ", "sir ", "dame ")
# the maker of a model of practice, by what was made, with or without a title ("the Safe and Together model, developed
# by David Mandel", "contextual safeguarding, developed by ..."); not a plan or an assessment, which a practitioner writes
_DEVELOPED_BY = re.compile(r"\b(?i:models?|approach(?:es)?|framework|theory|programme|program|tool|method|concept|"
                           r"safeguarding)['’]?,?\s+(?:(?i:first|originally|later)\s+)?(?i:developed|devised|created|"
                           r"designed|pioneered|proposed|introduced)\s+by\s+(?:(?:Professor|Prof\.?|Dr|Sir|Dame)\s+)?"
                           r"(?P<name>" + _NAME2 + r")")


@lru_cache(maxsize=1)
def _listed() -> dict[str, tuple[tuple[str, str], ...]]:
    """The professional clubs (data/sports_clubs.tsv) and islands (data/islands.tsv) as (name, kind) by their first
    word, longest first: one pass over a text's capitalised words finds both."""
    index: dict[str, list[tuple[str, str]]] = {}
    for file, kind in (("sports_clubs.tsv", "club"), ("islands.tsv", "island")):
        text = resources.files("anonymise.data").joinpath(file).read_text(encoding="utf-8")
        for line in text.splitlines():
            if line.strip() and not line.startswith("#"):
                name = line.split("\t", 1)[0].strip()
                index.setdefault(name.split()[0], []).append((name, kind))
                if name.startswith("Clwb "):  # after "i", "o", "yng": "Glwb", "Nghlwb", "Chlwb"
                    for form in mutations("Clwb")[1:]:
                        index.setdefault(form, []).append((form + name[4:], kind))
    return {k: tuple(sorted(v, key=lambda nk: len(nk[0]), reverse=True)) for k, v in index.items()}


@lru_cache(maxsize=4)
def _listed_spans(text: str) -> tuple[list[Span], list[Span]]:
    """(clubs, islands) named in ``text``."""
    index = _listed()
    clubs: list[Span] = []
    islands: list[Span] = []
    present = index.keys() & set(_CAP_WORDS.findall(text))  # most texts name none: one cheap pass says so
    if not present:
        return clubs, islands
    for m in _CLUB_WORD.finditer(text):
        if m.group(0) not in present:
            continue
        for name, kind in index[m.group(0)]:
            e = m.start() + len(name)
            if text.startswith(name, m.start()) and (e == len(text) or not (text[e].isalnum() or text[e] == "-")):
                if kind == "club":
                    if not _TITLE_BEFORE.search(text, max(0, m.start() - 6), m.start()):  # "Mr Linfield": a surname
                        clubs.append((m.start(), e))
                elif _island_here(text, name, m.start(), e):
                    islands.append((m.start(), e))
                break
    return clubs, islands


_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+$")
_CLUB_WORD = re.compile(r"(?<![\w-])[A-Z][\w'’&]*")
_CAP_WORDS = re.compile(r"[A-Z][\w'’&]*")


def club_spans(text: str) -> list[Span]:
    """Spans of professional football clubs and rugby regions ("supported Linfield", "Sheffield United")."""
    return list(_listed_spans(text)[0])


# Weather, written in a log's weather field or with what it did ("ROAD CONDITIONS: FROST, ICY PATCHES", "WEATHER:
# WINTERS NIGHT", "SNOW ON ROADS", "STORM DAMAGE", "TYWYDD: EIRA AR Y FFYRDD", "RHYBUDD EIRA", "sunny spells"): a
# word-name that is the weather there, whoever in the log bears it as a name ("DAWN FROST").
_WEATHER_WORD = (r"snow|snowing|frost|frosty|ice|icy|rain|raining|fog|foggy|mist|misty|sleet|hail|wind|windy|storm|stormy|"
                 r"sun|sunny|sunshine|winter|winters|winter['’]s|summer|autumn|gale|gales|thunder|drizzle|showers|"
                 r"eira|rhew|glaw|niwl|gwynt|haul|cenllysg")
_WEATHER_FIND = re.compile(r"\b(?:" + _WEATHER_WORD + r")\b")  # on the lower-cased text (a case-blind pattern is slow)
_WEATHER_MARKS = ("weather", "conditions", "visibility", "tywydd", "amodau", "rhybudd", "heavy ", "light ", "trwm",
                  "hard ", "severe ", " all day", " all morning", " all night", " all week", " all afternoon",
                  " on road", " on the road", " on the ground", " on pavement", " on windscreen", " on the windscreen",
                  " on car", " on the car", " on grass", " lying", " damage", " warning",
                  " showers", " spells", " patches", " night", " ar y ff", " ar y llawr", " ar y tir", " ar yr ",
                  " yn disgyn", "bwrw ", "mae ", "roedd ", "oedd ")
# a weather field before the word: "ROAD CONDITIONS: FROST", "WEATHER: HEAVY RAIN", "TYWYDD: EIRA"
_WEATHER_FIELD = re.compile(r"(?i:\b(?:weather|(?:road\s+)?conditions|visibility|tywydd|amodau(?:['’]r\s+ffordd)?)\s*"
                            r"[:\-]\s*(?:(?:light|heavy|dry|wet|clear|cold|dark|bright|ysgafn|trwm|sych|gwlyb|oer)\s+)?"
                            r"|\b(?:rhybudd|heavy|light|trwm|hard|severe)\s+"
                            # Welsh "bwrw" (to fall, of weather): "mae'n bwrw eira", "bwrw glaw"
                            r"|\b(?i:bwrw)\s+)$")
# what the weather did after the word: "SNOW ON ROADS", "STORM DAMAGE", "EIRA AR Y FFYRDD", "sunny spells"
_WEATHER_DID = re.compile(r"\s+(?i:on\s+(?:the\s+)?(?:roads?|ground|pavements?|windscreens?|windows?|cars?|grass)|lying|damage|warning|showers|spells|"
                          r"all\s+(?:day|morning|afternoon|night|week)(?=\s*[.,;]|\s+(?:again|today)\b)|"
                          r"(?-i:trwm|ysgafn)\b|"  # Welsh "Eira trwm" (heavy snow)
                          r"patches|night|ar\s+y\s+(?:ffyrdd|ffordd|llawr|tir)|ar\s+yr\s+[A-Za-z]\d|yn\s+disgyn)\b")


# Welsh "there is snow", "it was raining": "mae eira ar y mynydd", "roedd hi'n glawio" (in lower case only: "Mae Eira
# yn bump oed" is a girl)
_WEATHER_IS = re.compile(r"\b(?:mae|roedd|oedd|bydd|fydd|mi\s+fydd|ma)\s+(?:hi['’]n\s+|yna\s+|['’]na\s+)?$")


def weather_spans(text: str) -> list[Span]:
    """Spans of weather words where a record gives the weather."""
    low = text.lower()
    if not any(mark in low for mark in _WEATHER_MARKS):
        return []
    out = []
    for m in _WEATHER_FIND.finditer(low):
        s, e = m.span()
        if _WEATHER_FIELD.search(text[max(0, s - 40):s]) or _WEATHER_DID.match(text, e) or \
                (text[s:e].islower() and _WEATHER_IS.search(text, max(0, s - 20), s)):
            out.append((s, e))
    return out


# A log's description of someone: a colour that is a name too, as the value of a description field or said of the eyes,
# hair or clothes ("EYES HAZEL", "HAIR: AUBURN", "AMBER HOODIE", "with hazel eyes", "llygaid gwyrdd"), whoever in the
# log bears it as a name ("MOTHER HAZEL RAINEY").
_COLOUR_NAME = (r"hazel|amber|auburn|ginger|ruby|scarlet|scarlett|jade|olive|rose|violet|grey|gray|black|brown|green|"
                r"white|sandy|red|chestnut|ebony|ivory|coral|indigo|lilac|lavender|saffron|sienna|blue|navy|"
                r"cherry|honey|copper|jet|ash|fawn|slate|sage|teal|burgundy|rust|caramel|mahogany|raven|"
                # and the build, height and hair a description gives: "SHORT HAIR", "STOCKY BUILD", "LONG, DARK"
                r"short|long|tall|slim|slight|stocky|thin|fair|dark|light|medium|heavy|large|small|curly|wavy|"
                r"straight|bald|broad|skinny|muscular|plump|petite|thickset|average")
_LOOKS = (r"eyes?|eye\s+colou?r|hair(?:\s+colou?r)?|complexion|skin(?:\s+tone)?|beard|moustache|jacket|coat|hoodie|"
          r"hoody|t-shirt|tshirt|shirt|jumper|fleece|parka|puffer|trousers|jeans|joggers|trackies|tracksuit|"
          r"leggings|skirt|trainers|boots|beanie|scarf|rucksack|backpack|colou?red|build|height|frame|stature|"
          r"llygaid|gwallt|siaced")
# the field before the colour, a part of the body: "EYES HAZEL", "HAIR: LONG, AUBURN", "COMPLEXION - OLIVE" (not
# "the jacket Amber wore")
_LOOK_FIELD = re.compile(r"\b(?i:eyes?|eye\s+colou?r|hair(?:\s+colou?r)?|complexion|skin(?:\s+tone)?|llygaid|gwallt)"
                         r"\s*[:\-=]?\s*(?:(?i:long|short|dark|light|pale|medium|curly|straight|"
                         r"wavy|shoulder[- ]length|cropped|shaved|dyed|bright|deep)\s*,?\s*){0,3}$")
# the colour before what it colours: "HAZEL EYES", "Amber hoodie", "ginger-haired"
_LOOK_AFTER = re.compile(r"(?i:(?:(?:\s*,\s*|\s+|-)(?:" + _COLOUR_NAME + r")){0,2}(?:\s+|-)(?:" + _LOOKS +
                         r"|haired|eyed|skinned|males?|females?))\b")  # "SHORT HAIR", "SHORT, DARK HAIR", "WHITE MALE"
_LOOK_FIND = re.compile(r"\b(?:" + _COLOUR_NAME + r"|" + _LOOKS + r")\b")  # on the lower-cased text
# a description running on after its field: "DESC: WHITE MALE, 30S, 6FT, STOCKY", "WEARING BLACK PUFFER JACKET, GREY
# JOGGERS": each colour, build and garment in it
_DESCRIBING = re.compile(r"\b(?i:desc(?:ription)?|described\s+as|wearing|dressed\s+in|disgrifiad|yn\s+gwisgo)\b"
                         r"[^.\n;]{0,80}$")
_LOOK_MARKS = ("eye", "hair", "complexion", "skin", "desc", "wearing", "jacket", "hood", "build", "height", "llygaid",
               "gwallt")

# Ground a search covered, where the word for it is a name too: "SEARCHED HEATHER AND FORESTRY TRACK", "hid in the
# bracken", "an area of gorse": with another kind of ground beside it, or after an article or "area of".
_GROUND = (r"heather|moss|fern|ferns|bracken|gorse|heath|marsh|brook|wood|woods|forest|holly|ivy|rowan|rowans|hazel|"
           r"willow|willows|birch|reeds|rushes|field|fields|meadow|meadows|dale|glen|burn|shore|sands|dunes|hedge|"
           r"hedges|scrub|moor|moorland|bank|banks|hill|hills|ridge|copse|thicket|undergrowth|broom|briar|bramble|"
           r"brambles|thorn|thorns|pines|firs|larch|clover|grass")
# kinds of ground that are no one's name, beside the word: "HEATHER AND FORESTRY TRACK" (not "heather and rowan")
_GROUND_OTHER = (r"gorse|scrub|undergrowth|brambles|thicket|woodland|forestry|track|"
                 r"tracks|path|paths|footpath|trail|farmland|beach|foreshore|riverbank|stream|hillside|"
                 r"moorland|bog|peat|marsh|dunes|verges?|hedgerows?|ditch|ditches|wasteland|waste\s+ground|rocks|"
                 r"cliffs?|shoreline|coastline")
_GROUND_FIND = re.compile(r"\b(?:" + _GROUND + r")\b")  # on the lower-cased text
_GROUND_MARKS = ("search", "swept", "track", "path", "trail", "wood", "forest", "field", "hill", "moor", "beach",
                 "shore", "gorse", "scrub", "undergrowth", "bramble", "thicket", "stream", "bog", "peat", "marsh",
                 "dune", "verge", "hedge", "ditch", "waste", "rock", "cliff", "coast", "area of", "patch", "clump",
                 "carpet of", "stretch of", "acres of", "in the", "into the", "through the", "under the", "among")
_GROUND_BEFORE = re.compile(r"(?i:\b(?:(?:in|into|through|under|among|amongst|across|over)\s+the|thick|dense|wet|"
                            r"through|among|amongst|area\s+of|"
                            r"patch(?:es)?\s+of|clumps?\s+of|carpet\s+of|stretch\s+of|acres\s+of"
                            r"|(?:" + _GROUND_OTHER + r")(?:\s*,|\s+and|\s+or|\s*&|\s*/)))\s+$")
_GROUND_AFTER = re.compile(r"(?:\s*,|\s+and|\s+or|\s*&|\s*/)\s+(?i:(?:the\s+)?(?:(?:thick|dense|wet|forestry|rough|"
                           r"open|nearby|steep|rocky|muddy|overgrown|coastal|farm|river|hill)\s+)?(?:" + _GROUND_OTHER +
                           r"))\b")


_POSSESSIVE_AFTER = re.compile(r"['’][sS]\b")  # "HAZEL'S JACKET": hers, whatever the words around


def description_spans(text: str) -> list[Span]:
    """Spans of the colours, build and clothes in a description of someone, where the word is a name too."""
    low = text.lower()
    if not any(mark in low for mark in _LOOK_MARKS):
        return []
    return [m.span() for m in _LOOK_FIND.finditer(low) if not _POSSESSIVE_AFTER.match(text, m.end()) and (
        _LOOK_FIELD.search(text, max(0, m.start() - 40), m.start()) or _LOOK_AFTER.match(text, m.end()) or
        _DESCRIBING.search(text, max(0, m.start() - 100), m.start()))]


def ground_spans(text: str) -> list[Span]:
    """Spans of the kinds of ground a search covered, where the word is a name too."""
    low = text.lower()
    if not any(mark in low for mark in _GROUND_MARKS):
        return []
    return [m.span() for m in _GROUND_FIND.finditer(low) if not _POSSESSIVE_AFTER.match(text, m.end()) and (
        _GROUND_BEFORE.search(text, max(0, m.start() - 30), m.start()) or _GROUND_AFTER.match(text, m.end()))]


_ISLAND_ON = re.compile(r"\b(?:on|ar|off)\s+$", re.IGNORECASE)
_ISLAND_LIFE = re.compile(r"\b(?:li?ve[sd]?|living|stay(?:s|ed|ing)?|moved|moving|holiday\w*|cottage|croft\w*|farm|house|"
                          r"home|born|raised|grew\s+up|grand(?:mother|father|parents)|relatives|ferry|"
                          r"visit\w*|byw|aros|symud)(?:\s+[\w'’-]+){0,2}\s+(?:on|ar|off)\s+$|"
                          # what an island has, right before it: "services on Skye", "everyone on Barra knows" (not
                          # "the school relied on Skye")
                          r"\b(?:services|policing|communit(?:y|ies)|families|people|everyone|housing|provision|"
                          r"ferries|gwasanaethau|pobl)\s+(?:on|ar)\s+$", re.IGNORECASE)
# an island that is a name too, where someone comes from it or goes to it, or in a list of places: "a native speaker
# from Barra", "she had gone to Harris to meet him", "an island such as Skye or Eigg" (not "a letter from Harris",
# "spoke to Harris")
_ISLAND_FROM_TO = re.compile(r"\b(?i:(?:is|was|were|are|came|come|comes|coming|originally|speaker|family|families|"
                             r"people|folk|travelled|moved|returned)\s+from|(?:gone|go|goes|going|went|travelled|moved|"
                             r"sailed|returned|back|ferry|trip|holiday|holidays)\s+to|(?:island|islands|isles)\s+"
                             r"(?:such\s+as|like)|(?:such\s+as|like)\s+[A-Z][\w'’-]+\s+(?:or|and))\s+$")
_ISLAND_PREP = re.compile(r"\b(?:on|to|from|off|across|onto|of|ar|i|o|yn|ym|or|and|neu|a)\s+$", re.IGNORECASE)


def island_spans(text: str) -> list[Span]:
    """Spans of islands after a preposition ("a farm cottage on Hoy", "moved to Unst", "o Ynys Enlli")."""
    return list(_listed_spans(text)[1])


def _island_here(text: str, name: str, s: int, e: int) -> bool:
    """True when the island ``name`` at ``s`` follows a preposition; one that is a name too ("Hoy", "Skye") only where
    someone lives, stays or goes on it, and not "relied on Hoy's account"."""
    low = name.lower()
    named = " " not in name and (low in allow.given_names() or low in allow.surnames())
    before = text[max(0, s - 60):s]
    if named:
        return bool((_ISLAND_ON.search(before) and _ISLAND_LIFE.search(before)) or _ISLAND_FROM_TO.search(before)) and \
            not text.startswith(("'s", "’s"), e)
    return bool(_ISLAND_PREP.search(before))


# a favourite named by one word, a stage name: "her favourite singer was Duffy", "his favourite band is Busted"
_FAVOURITE_ONE = re.compile(r"\bfavourite\s+(?:singer|rapper|band|group|youtuber|YouTuber|footballer|player|artist|"
                            r"tiktoker|TikToker|streamer|gamer|boxer|wrestler|DJ|author|writer|novelist|poet)\s+"
                            r"(?:was|is|were|are)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?=\s*[,;.)]|\s+and\b|\s*$)")
# a book, film or song and who made it, not quoted: "her favourite book was Wonder by R. J. Palacio"
_BOOK_BY = re.compile(r"\b(?:book|novel|story|stories|film|song|album|poem|series)s?\b[^.\n]{0,60}?\b(?:by|gan)\s+"
                      r"(?P<name>(?:[A-Z]\.\s?){1,3}[A-Z][\w'’-]+|" + _NAME2 + r")")


def figure_spans(text: str) -> list[Span]:
    """Spans of public figures named with what they are, of researchers named with their work, of judges and peers,
    and of the makers of a quoted work."""
    low = text.lower()
    out = []
    if any(mark in low for mark in _FIGURE_MARKS):
        out += [m.span("name") for m in _FIGURE.finditer(text)]
    if any(mark in low for mark in _RESEARCHER_MARKS):
        out += [m.span("name") for m in _RESEARCHER.finditer(text)]
    if " by " in low and ("develop" in low or "devised" in low or "pioneer" in low or "created" in low or
                          "designed" in low or "proposed" in low or "introduced" in low):
        out += [m.span("name") for m in _DEVELOPED_BY.finditer(text)]
    if any(mark in low for mark in _JUDGE_MARKS):
        out += [m.span() for m in _JUDGE.finditer(text)]
    if any(mark in low for mark in _OFFICE_MARKS):
        out += [m.span("name") for m in _OFFICE.finditer(text)]
    if " by " in low or " gan " in low:
        out += [m.span("name") for m in _WORK_BY.finditer(text)]
        out += [m.span("name") for m in _BOOK_BY.finditer(text)]
    if "favourite " in low:
        out += [m.span("name") for m in _FAVOURITE_ONE.finditer(text)]
    return out


def event_spans(text: str) -> list[Span]:
    """Festivals and shows, seasons with a year, weekdays in the plural ("on Saturdays")."""
    out = [m.span() for m in _EVENT_CY.finditer(text)]
    out += [m.span() for m in _EVENT_EN.finditer(text)
            if not any(w.lower().rstrip(".") in allow.TITLES for w in m.group(0).split())]
    out += [m.span() for m in _SEASON_YEAR.finditer(text)]
    if "Bridge" in text:
        out += [m.span() for m in _PLACE_BRIDGE.finditer(text) if is_locality(m.group("place")) or
                any(kind == "island" and name == m.group("place") for name, kind in _listed().get(m.group("place"), ()))]
    if any(head in text for head in _NAMED_THING_HEADS):
        out += [m.span() for m in _NAMED_THING.finditer(text)
                if not any(w.lower().rstrip(".") in allow.TITLES for w in m.group(0).split())]
    if any(w in text for w in _EVENT_GA_WORDS):
        out += [m.span() for m in _EVENT_GA.finditer(text)]
    out += [m.span() for m in _PLURAL_DAYS.finditer(text)]
    return out


# Institutions named after people: "Prince Charles Hospital" (also written in capitals, where the kind of hospital
# before its head is a common word in lower case in the name view: "PRINCESS ANNE GENERAL HOSPITAL"), "Ysbyty'r Tywysog Siarl",
# "Adran Achosion Brys": Welsh puts the head word first.
_INSTITUTION_EN = re.compile(r"(?:(?<![\w'’-])" + _CAP + r"[ \t]+){1,3}(?i:(?:university|general|district|community|"
                             r"memorial|teaching|children['’]s|women['’]s|maternity)[ \t]+)?"
                             r"(?i:hospital|infirmary|hospice|medical\s+centre)\b")
_INSTITUTION_CY = re.compile(
    r"\b(?:" + _forms("Ysbyty", "Hosbis", "Adran", "Uned", "Canolfan", "Clinig", "Gwasanaeth", "Prifysgol", "Coleg") +
    r")(?:['’]r)?(?:[ \t]+(?:[Yy]r?[ \t]+|a['’]r[ \t]+)?" + _CAP + r"){1,4}")
# "Lady Smith" chairs the inquiry; "the Marshall inquiry", "the Laming report", "the Munro review": a published
# inquiry, report or national review named after its chair.
_INQUIRY = re.compile(r"\b(?i:the)\s+(?:(?i:earlier|later|first|second|original|independent|public|national|"
                      r"famous|landmark)\s+)?(?P<name>" + _CAP + r"(?:[\s-]" + _CAP + r")?)\s+"
                      r"(?i:inquiry|inquiries|report|review)\b")
# An organisation in apposition: "Amina, the Muslim Women's Resource Centre"; "Hafan, a Cardiff charity".
_ORG_APPOSITION = re.compile(r"(?P<name>" + _CAP + r"(?:[ \t]+" + _CAP + r")?),[ \t]+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,5}?"
                             r"(?:(?:[A-Z][\w'’]*\s+)*(?:Centre|Center|Trust|Project|Charity|Network|Association|"
                             r"Society|Foundation|Collective|Alliance|Forum|Service|Services)\b|"
                             r"(?:charity|organisation|organization|voluntary\s+group|community\s+group)\b)")
_LAW_TERMS = re.compile(r"(?=[RPQKCGND])\b(?:Deprivation\s+of\s+Liberty|Royal\s+Assent|Royal\s+Charter|Privy\s+Council|Queen['’]s\s+Speech|King['’]s\s+Speech|"
                        r"(?:" + _forms("Cydsyniad") + r")\s+(?:[Bb]renhinol|[Ff]renhinol))\b")
_GARDA = re.compile(r"\b(?:An\s+)?Garda(?:\s+S[ií]och[aá]na)?\b|\bGardaí\b")


# Welsh puts the head before an eponym, mutated and in lower case mid-sentence: "canllawiau Fraser", "ganllawiau
# Fraser", "prawf Gillick"; only names known as eponyms (data/eponyms.txt), since "prawf Siân" is Siân's test.
_WELSH_EPONYM = re.compile(r"\b(?i:" + _forms("canllawiau", "canllaw", "cymhwysedd", "prawf", "profion", "graddfa",
                                              "syndrom", "clefyd", "cyfraith", "egwyddorion", "meini",
                                              "cwestiynau", "sgôr") +
                           r")(?:\s+prawf)?\s+(?P<name>" + _CAP + r")")


_WELSH_EPONYM_STEMS = ("anllaw", "ymhwysedd", "rawf", "rofion", "raddfa", "syndrom", "lefyd", "yfraith", "gwyddorion",
                       "eini", "hanllaw", "nghanllaw", "westiynau", "gôr")


def _eponym(word: str) -> bool:
    headed, bare = allow.eponyms()
    return word in bare or word in headed


def hospital_spans(text: str, low: str | None = None) -> list[Span]:
    """Hospitals, hospices and medical centres named after people or places ("Prince Charles Hospital"); the engine
    also reads the title-cased view of a capitals log with it, where a common word in the name is capitalised."""
    low = text.lower() if low is None else low
    if "hospi" not in low and "infirmary" not in low and "medical centre" not in low:
        return []
    return [m.span() for m in _INSTITUTION_EN.finditer(text)
            if not any(w.lower().rstrip(".") in allow.TITLES for w in m.group(0).split()[:-1])]


def institution_spans(text: str) -> list[Span]:
    """Hospitals and units named after people or places, published inquiries, organisations in apposition and
    words of law-making ("Royal Assent")."""
    low = text.lower()
    out = hospital_spans(text, low)
    out += [m.span() for m in _INSTITUTION_CY.finditer(text)]
    if "inquir" in low or "report" in low or "review" in low:
        out += [(m.start("name"), m.end()) for m in _INQUIRY.finditer(text)]  # "the Orkney Inquiry", whole
    if ", the " in low or ", a " in low or ", an " in low:
        out += [m.span("name") for m in _ORG_APPOSITION.finditer(text)]
    out += [m.span() for m in _LAW_TERMS.finditer(text)]
    out += [m.span() for m in _GARDA.finditer(text)]
    if any(stem in low for stem in _WELSH_EPONYM_STEMS):
        out += [m.span("name") for m in _WELSH_EPONYM.finditer(text) if _eponym(m.group("name"))]
    return out


# Drug and police slang that is also a name. A text that glosses one ('cocaine ("charlie")', '"white" refers to
# cocaine', 'Ystyr "y moch" yw') uses it as slang throughout; elsewhere it is slang after a determiner or a
# quantity ("got the charlie", "some charlie", "when she has the Charlie").
SLANG = frozenset("""
charlie charley mandy molly tina henry bill billy white snow crystal ket brown gear
""".split())
_SLANG_SENSE = re.compile(r"(?i:\b(?:cocaine|coke|crack|heroin|cannabis|skunk|mdma|ecstasy|ketamine|amphetamines?|"
                          r"methamphetamine|drugs?|police|slang|substances?|dealer|dealing|"
                          r"(?:ng|g)?h?oc[eê]n|canabis|cyffuriau|cyffur|heddlu|bratiaith)\b)")
_SLANG_NOT_PERSON = re.compile(r"(?i:\b(?:not|no)\s+a\s+person\b|\bwhether\s+\w+\s+(?:was|is)\s+a\s+person\b)")
_SLANG_NAMES = ("Charlie", "Charley", "Mandy", "Molly", "Tina", "Henry", "Billy", "Ket")
_SLANG_WORDS_RX = r"(?:" + "|".join(_SLANG_NAMES) + r")"
# a slang word inside a quote of a few words: "'sort Molly and Mandy'", "'out with Charlie'"
_QUOTED_SLANG_USE = re.compile(r"['‘\"“][^'‘’\"“”\n]{0,40}\b" + _SLANG_WORDS_RX + r"\b[^'‘’\"“”\n]{0,40}['’\"”]")
_QUOTED_SLANG_WORDS = re.compile(r"(?<=['‘\"“])" + _SLANG_WORDS_RX + r"(?=['’\"”])|(?<=\s)" + _SLANG_WORDS_RX +
                                 r"(?=\s+and\s+" + _SLANG_WORDS_RX + r"\b)|(?<=\band\s)" + _SLANG_WORDS_RX + r"\b")
_QUOTED_WORD = re.compile(r"[\"“‘']([A-Za-z]+(?:\s[A-Za-z]+)?)[\"”’']")
_SLANG_BEFORE = re.compile(r"(?i:\b(?:the|some|any|more|no|of|bag|bags|gram|grams|g|wrap|wraps|got|get|sell|selling|"
                           # "pick up a Henry" (an eighth), "a right Charlie" (a fool)
                           r"sold|buy|buying|bought|on|y|yr|up\s+a|a\s+right|a\s+proper|right|proper)\s+[\"“‘']?)$")


def slang_spans(text: str) -> list[Span]:
    """Slang words of ``SLANG`` glossed in ``text`` (every use), or after a determiner or quantity."""
    glossed: set[str] = set()
    for m in _QUOTED_WORD.finditer(text):
        word = m.group(1).lower()
        if word.split()[-1] in SLANG and _SLANG_SENSE.search(text[max(0, m.start() - 60):m.end() + 60]):
            glossed.add(word.split()[-1])
    # a text that says a slang word is no person, or says what it is ("asked whether Charlie was a person ... 'it's
    # coke'", "'sort Molly and Mandy' ... the risks of MDMA"), uses every slang word it quotes that way
    if any(w in text for w in _SLANG_NAMES) and (("person" in text and _SLANG_NOT_PERSON.search(text)) or (
            _QUOTED_SLANG_USE.search(text) and _SLANG_SENSE.search(text))):
        glossed |= {w.lower() for w in _QUOTED_SLANG_WORDS.findall(text)}
    out: list[Span] = []
    # (a quote may open a word: "'Charlie' is")
    found = [m for m in re.finditer(r"(?<![\w-])(?<!\w['’])[A-Za-z]+(?![\w-])", text) if m.group(0).lower() in SLANG]
    as_slang = {m.start() for m in found if _SLANG_BEFORE.search(text, max(0, m.start() - 9), m.start())}
    # a name-like slang word the text uses as slang once ("on the Charlie every weekend") is slang in the record that
    # misread it too ("has friend called Charlie"); not "the Charlie Chaplin film"
    glossed |= {m.group(0).lower() for m in found if m.group(0) in _SLANG_NAMES and m.start() in as_slang and
                not re.match(r"\s+[A-Z]", text[m.end():])}
    for m in found:
        if m.group(0).lower() in glossed or m.start() in as_slang or \
                (m.group(0).islower() and re.search(r"\b(?i:old)\s+$", text[max(0, m.start() - 5):m.start()])):
            out.append(m.span())
    out += [m.span() for m in re.finditer(r"\b(?i:old\s+bill|the\s+bill)\b", text)]
    return out


# An abbreviation glossed in brackets is a role, not a person's initials: "SN (school nurse)", "TM (team manager)",
# "RhT (rheolwr tîm)"; it is a role wherever it recurs ("SN will draft"). Initials glossed by a name ("JT (Jade
# Thomas)") stay names.
_GLOSS = re.compile(r"(?=[A-Z])(?<![\w&])(?P<abbr>(?:Rh|Ll|Ch|Dd|Ff|Th|Ph|[A-Z]){2,4})\s*\((?P<gloss>[^()\n]{3,60})\)")
_DIGRAPH = re.compile(r"Rh|Ll|Ch|Dd|Ff|Th|Ph|[A-Z]")
_GLUE = frozenset("and of the a an for to in y yr a'r ac i o".split())


def _letters(abbr: str) -> list[str]:
    return [p.lower() for p in _DIGRAPH.findall(abbr)]


# ... or defined in a list of abbreviations ("AD – Assistant Director; PP – Principal Practitioner", "HoS: Head of
# Service"), or after the words it stands for ("the Principal Practitioner (PP)")
_DEFINED = re.compile(r"(?=[A-Z])(?<![\w&])(?P<abbr>(?:Rh|Ll|Ch|Dd|Ff|Th|Ph|[A-Z])(?:[a-z]?(?:Rh|Ll|Ch|Dd|Ff|Th|Ph|[A-Z])){1,3})"
                      r"[ \t]*(?:[–—=:,]|\s-)[ \t]*(?P<gloss>[A-Za-z][^;,.\n()]{2,60})")
_EXPANDED = re.compile(r"(?P<gloss>(?:[\w'’-]+[ \t]+){1,6})\((?P<abbr>(?:Rh|Ll|Ch|Dd|Ff|Th|Ph|[A-Z]){2,4})\)")


def _stands_for(abbr: str, gloss: str, *, tail: bool = False) -> bool:
    """True when the letters of ``abbr`` open the words of ``gloss`` (its last words when ``tail``), none a name."""
    words = [w for w in re.findall(r"[\w'’-]+", gloss) if w.lower() not in _GLUE]
    letters = _letters(abbr)
    if tail:
        words = words[-len(letters):]
    if not words or any(w[:1].isupper() and (w.lower() in allow.given_names() or w.lower() in allow.surnames())
                        and not allow.is_common(w) for w in words):
        return False
    if tail and words[0][:1].isupper() and words[0].lower() in allow.given_names():
        return False  # "Tom Mills (TM)": a person's initials after the name, though Tom and mills are words
    return len(letters) == len(words) and all(w.lower().startswith(c) for c, w in zip(letters, words, strict=True))


def abbreviation_spans(text: str) -> list[Span]:
    """Abbreviations whose letters open the words of the role or service glossed with them, every use."""
    roles = {m.group("abbr") for m in _GLOSS.finditer(text) if _stands_for(m.group("abbr"), m.group("gloss"))}
    if "(" in text:
        roles |= {m.group("abbr") for m in _EXPANDED.finditer(text)
                  if _stands_for(m.group("abbr"), m.group("gloss"), tail=True)}
    roles |= {m.group("abbr") for m in _DEFINED.finditer(text) if _stands_for(m.group("abbr"), m.group("gloss"))}
    out: list[Span] = []
    if roles:
        rx = re.compile(r"(?<![\w&])(?:" + "|".join(re.escape(r) for r in sorted(roles, key=len, reverse=True)) +
                        r")(?![\w])")
        out += [m.span() for m in rx.finditer(text)]
    out += [m.span() for m in re.finditer(r"(?<!\w)[A-Z]&[A-Z](?!\w)", text)]  # "H&C No."
    return out


# Labels of logs and forms before a number or a colon: "TEL 0161 496 0382", "Tel 0131...", "LOC: 22 ...",
# "APPROX 13", a GP entry's consultation type before the clinician ("Tel, Dr JP"); and a title before a kinship
# word is a mistaken name, not a person ("a 'Mr Taid' lived there").
_LABEL = re.compile(r"(?=[tTmMlLaAfFeErR])(?<![\w'’-])(?i:tel|tel\.|mob|mob\.|loc|approx|approx\.|fax|ext|ext\.|ffôn|ffon|rhif|ref)"
                    r"(?=\s*[:.]?\s*[+(\d]|\s*:|\s+(?i:consult|consultation|call|contact|conversation|review)\b"
                    # a record entry's consultation type before the clinician: "23/08/2023 Tel, Dr JP", "Tel / ANP KT"
                    r"|\s*[,/;]\s*(?:Dr|Nurse|ANP|GP|HV|PN|HCA|Midwife|Pharmacist)\b)")
_TITLED_KIN = re.compile(r"(?=[M])\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+(?P<kin>[A-Z][\w'’-]*)")


# Welsh question words as the labels of a form or plan ("Beth: cysylltu â'r ysgol", "Pwy: y nyrs ysgol", "Pryd:
# erbyn Mai"), known by the Welsh that follows them: "Beth: I told him" is a speaker in an English transcript.
_WELSH_LABEL = re.compile(r"(?=[BPSFE])(?<![\w'’-])(?:Beth|Pwy|Pryd|Ble|Sut|Pam|Faint|Erbyn\s+pryd)[ \t]*:[ \t]*"
                          r"(?P<next>[^\W\d_]+)")


def label_spans(text: str) -> list[Span]:
    """Log and form labels before a number, Welsh question words labelling a form, and kinship words after a title."""
    out = [m.span() for m in _LABEL.finditer(text)]
    if ":" in text:
        for m in _WELSH_LABEL.finditer(text):
            nxt = m.group("next").lower()
            if nxt in allow.welsh_words() and not allow.is_common(nxt):
                out.append((m.start(), m.start("next")))
    for m in _TITLED_KIN.finditer(text):  # "a 'Mr Taid'", "'Mr Dacu'"
        kin = m.group("kin").rstrip("'’").lower()
        if (kin in allow.ROLE_WORDS or kin in allow.kin_words()) and kin not in allow.given_names():
            out.append((m.start(), m.start("kin") + len(kin)))
    return out


# Lower-case words used as words: after a determiner or quantity ("full of moss", "a hard winter"), after a modal or
# pronoun ("would hope to"), and verbs of speech ("cuz said"); lower-case names in messages stand elsewhere
# ("with jade", "tell rio").
_WORD_USE = re.compile(r"(?=[aAtTsSnNmMfFlLbBkKwWcCiIeE])\b(?:a|an|the|some|any|no|much|more|this|that|every|full\s+of|lots\s+of|bits?\s+of|"
                       r"loads\s+of|kind\s+of|sort\s+of|would|will|could|should|might|must|can|we|they|i)"
                       r"[ \t]+(?:(?P<adj>[a-z]{3,})[ \t]+)?(?P<word>[a-z]{3,})(?![\w'’-])", re.IGNORECASE)
_LOWER_VERBS = re.compile(r"(?=[stagwc])(?<![\w'’-])(?:said|says|told|tells|asked|asks|got|gets|went|goes|came|comes|seen|saw)"
                          r"(?![\w'’-])")


def word_spans(text: str) -> list[Span]:
    """Lower-case words used as words (a capitalised one may be a name: "Mr Pennant", "Favour cries")."""
    out = [m.span() for m in _LOWER_VERBS.finditer(text)]
    for m in _WORD_USE.finditer(text):
        if m.group(0)[:3].lower() == "an " and m.group(0)[3:4].lower() not in "aeiouh":
            continue  # "me an storm went": "an" before a consonant is "and", as Scots and messages write it
        for group in ("adj", "word"):
            w = m.group(group)
            if w and w.islower() and allow.is_common(w):
                out.append(m.span(group))
    return out


# Welsh personal names take no article: a capitalised word right after "y", "yr" or a clitic "'r" (i'r, a'r, o'r,
# mae'r) is a thing, a place or a season ("ers y Pasg", "tymor yr Haf", "i'r Felin"), never a person.
_WELSH_ARTICLE = re.compile(r"(?=[yY'’a-zâêîôûŵŷ])(?<![\w'’])(?:y|yr|[a-zâêîôûŵŷ]{1,4}['’]r)[ \t]+(?P<word>" + _CAP + r")")
# Seasons, feasts, months and days, each as written and after a mutation: before "diwethaf" (last) or "nesaf"
# (next) they are times ("Haf diwethaf", "Basg nesaf"), whatever else they name.
_WELSH_TIMES = frozenset(f.lower() for w in (
    "gwanwyn", "haf", "hydref", "gaeaf", "pasg", "nadolig", "calan", "sulgwyn", "diolchgarwch", "ionawr", "chwefror",
    "mawrth", "ebrill", "mai", "mehefin", "gorffennaf", "awst", "medi", "tachwedd", "rhagfyr", "llun", "mercher",
    "iau", "gwener", "sadwrn", "sul", "penwythnos", "tymor", "blwyddyn", "wythnos", "mis") for f in mutations(w))
_WELSH_TIME_AFTER = re.compile(r"(?P<word>" + _CAP + r")[ \t]+(?:diwethaf|nesaf|dwetha|nesa)(?![\w'’])")


# Landmarks and natural features: a capitalised word or two before a head that names a building or a place no one
# lives at ("St Kentigern Cathedral", "Caerlaverock Castle", "Pittenweem Priory"), or after one that opens a
# loch, lough or glen ("Loch Tay", "Glen Affric"). A given name right before "Castle" or "Tower" is a person's
# ("Roy Castle"), and "Glen" before a name is the given name Glen.
_LANDMARK_HEADS = (r"Cathedral|Minster|Priory|Castle|Palace|Tower|Lighthouse|Stadium|Viaduct|Reservoir|Waterfall|Falls|"
                   r"Pier|Museum|Gallery|Zoo|Aquarium|Bay|Estuary|Gorge|(?:Forest|Country|National)\s+Park")
_LANDMARK = re.compile(
    r"(?=[A-Z\u00C0-\u00DE\u0174\u0176])(?<![\w'’-])(?P<place>(?:St\.?[ \t]+)?(?P<last>" + _CAP + r")(?:[ \t]+" + _CAP + r")?[ \t]+"
    r"(?:" + _LANDMARK_HEADS + r"))(?![\w'’-])")
_FEATURE = re.compile(r"(?=[LGSM])(?<![\w'’-])(?:Loch|Lough|Glen|Strath|Mount|Llyn)[ \t]+(?P<name>" + _CAP + r")(?![\w'’-])")


_LANDMARK_HEAD = re.compile(r"(?=[CMPTLSVRWFGZAEBN])\b(?:" + _LANDMARK_HEADS + r")\b")  # a cheap test before _LANDMARK


def landmark_spans(text: str) -> list[Span]:
    """Landmarks and natural features (``_LANDMARK``, ``_FEATURE``)."""
    out = []
    for m in (_LANDMARK.finditer(text) if _LANDMARK_HEAD.search(text) else ()):
        place = m.group("place")
        if not place.startswith("St") and allow.given_names() and m.group("last").lower() in allow.given_names() \
                and m.group("last").lower() not in localities():
            continue  # "Roy Castle"
        out.append(m.span("place"))
    for m in _FEATURE.finditer(text):
        name = m.group("name").lower()
        if m.group(0).startswith("Glen") and (name in allow.given_names() or name in allow.surnames() or
                                              allow.is_surname_word(m.group("name"))) and name not in localities():
            continue  # "Glen Roberts", "Glen MacAskill" (a surname's shape)
        out.append(m.span())
    return out


# A Welsh question word before its verb ("Beth ddywedodd ...", "Pwy oedd yno?"): not the given names Beth and Pwyll.
_WELSH_QUESTION = re.compile(r"(?<![\w'’-])(?P<word>Beth|Pwy|Pam|Sut|Ble|Faint|Pryd)(?=\s+(?:dd[a-zŵŷâêîôû]+|wnaeth\w*|"
                             r"wnest|oedd|sy|sydd|yw|ydy|ydi|fydd|fyddai|allai|all|ddylai|mae|ydych|wyt|ddigwyddodd)\b)")
# A place by its Welsh head: an estate, a bay, a beach ("stad Bryn Hyfryd", "ym Mae Caswell", "ar draeth Llanddwyn")
_WELSH_PLACE_HEAD = re.compile(r"(?<![\w'’-])(?:stad|ystâd|ystad|ym\s+Mae|[BF]ae|[Tt]raeth|[Dd]raeth|[Nn]hraeth)[ \t]+"
                               r"(?P<word>" + _CAP + r"(?:[ \t]+" + _CAP + r")?)")


def welsh_word_spans(text: str) -> list[Span]:
    """Capitalised words Welsh grammar shows are not names: after the article, times before last/next, a question word
    before its verb, a place after its head."""
    out: list[Span] = []
    out += [m.span("word") for m in _WELSH_QUESTION.finditer(text)]
    if "stad" in text or "ae " in text or "raeth" in text:
        out += [m.span("word") for m in _WELSH_PLACE_HEAD.finditer(text)]
    if " y " in text or " yr " in text or "'r " in text or "’r " in text:
        out += [m.span("word") for m in _WELSH_ARTICLE.finditer(text)]
    if "diwethaf" in text or "nesaf" in text or "dwetha" in text or "nesa " in text:
        out += [m.span("word") for m in _WELSH_TIME_AFTER.finditer(text) if m.group("word").lower() in _WELSH_TIMES]
    return out


# Medicines, by what the text does with them: what is prescribed, a dose or course of, what someone overdosed on, a
# strength or a form after the word ("prescribed melatonin, Movicol and sertraline", "a course of Flucloxacillin",
# "Calpol 5 ml", "Movicol sachets"). Brand names of medicines are capitalised words no name list can tell from a name;
# the sentence can. Every item of a list after the verb is one ("prescribed Movicol and Calpol by the GP").
_MED_ITEM = r"(?:[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?|[a-z]{4,})"
_MEDICINE = re.compile(
    r"\b(?:prescribed|prescribing|prescription\s+for|re-?prescribed|dispensed|dose\s+of|doses\s+of|course\s+of|"
    r"overdose\s+of|overdosed\s+on|(?:given|took|taking|takes|take)\s+(?:some|her|his|their|a\s+dose\s+of)|"
    r"(?:bottle|box|packet|sachets?|tablets?|capsules?|spoonful|ml)\s+of|started\s+on|stopped\s+(?:taking\s+)?)"
    r"\s+(?:(?:some|regular|daily|liquid|oral|more|her|his|their)\s+)?"
    r"(?P<list>" + _MED_ITEM + r"(?:\s*(?:,|\band\b|\bor\b)\s*" + _MED_ITEM + r"){0,5})")
_MED_FORM_AFTER = re.compile(r"(?<![\w'’-])(?P<w>[A-Z][a-z]{2,})\s+(?:\d+(?:\.\d+)?\s*(?:mg|mcg|ml|micrograms?|g)\b|"
                             r"(?:XL|SR|MR|LA|CR|ER|XR|CD)\b(?!['’-])|"  # "Concerta XL": a modified-release brand
                             r"(?:tablets?|capsules?|sachets?|syrup|suspension|liquid|inhaler|cream|ointment|drops|"
                             r"patches|spray)\b)")
_MED_MARKS = ("prescri", "dose", "course of", "overdose", "dispensed", " mg", "mg ", " ml", "tablet", "capsule",
              "sachet", "syrup", "inhaler", "cream", "given some", "took some", "taking", "started on", "stopped")


def medicine_spans(text: str) -> list[Span]:
    """Spans of medicines named where the text prescribes, doses or takes them."""
    low = text.lower()
    if not any(mark in low for mark in _MED_MARKS):
        return []
    out = []
    for m in _MEDICINE.finditer(text):
        base = m.start("list")
        for w in re.finditer(r"[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?", m.group("list")):
            out.append((base + w.start(), base + w.end()))
    out += [m.span("w") for m in _MED_FORM_AFTER.finditer(text)]
    return out


# A list the text says what it is: "Bethesda, Trefor, Gwenddwr, Llandudno, Mostyn and Meifod are villages or towns",
# "Bryn, Glyn, Eira, Haf, Seren and Heulwen are ordinary Welsh words", "'Fionn' and 'Oisín' were characters": every
# item is what the sentence says, not a person.
_TYPED_ITEM = r"[\"“'‘]?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?[\"”'’]?"
_TYPED_LIST = re.compile(r"(?<![\w'’-])(" + _TYPED_ITEM + r"(?:\s*,\s*" + _TYPED_ITEM + r"){1,8},?\s+(?:and|or)\s+" +
                         _TYPED_ITEM + r"|" + _TYPED_ITEM + r"\s+(?:and|or)\s+" + _TYPED_ITEM + r")\s+(?:are|were)\s+"
                         r"(?:(?:all|also|both|just|only|simply|ordinary|common|everyday|real|Welsh|English|Gaelic|Irish|"
                         r"Scots|small|local|popular|famous|fictional|made-up)\s+){0,3}"
                         r"(?:words?|nouns?|adjectives?|villages?|towns?|places?|islands?|rivers?|mountains?|hills?|"
                         r"characters?|brands?|songs?|games?|programmes?|shows?|films?|books?|apps?|teams?|clubs?|"
                         r"place-names|place\s+names|names\s+of\s+(?:places|characters|villages|towns))\b")


# names talked about as names, listed in brackets or after "such as": "the same common surnames (MacLeod, Mackenzie,
# Macdonald)", "given names such as Bryn and Glyn"
# names glossed by their meaning in brackets are talked about as words ("Names such as Heulwen (sunshine), Awel (a
# breeze) and Seren (a star)"); unglossed, "names such as Willow, River and Breeze" may be the children's own
_MEANING = r"\s*\([a-z][^()\n]{0,30}\)"  # a name's meaning in brackets: "(sunshine)", "(a breeze)"
_NAME_ITEM = _TYPED_ITEM + _MEANING


def _items(item: str, joins: str = "and|or", rest: str | None = None) -> str:
    """A list of up to ten ``item``s (after the first, ``rest`` if given), the last after "and" or "or" (or ``joins``)."""
    rest = rest or item
    return item + r"(?:\s*,\s*" + rest + r"){0,8}(?:,?\s+(?:" + joins + r")\s+" + rest + r")?"


_NAMES_LISTED = re.compile(r"\b(?:(?:common|same|usual|popular|ordinary|local|frequent)\s+(?:surnames|family\s+names|"
                           r"given\s+names|first\s+names|forenames|names)|words)\s*"
                           r"(?:\(\s*|,?\s+such\s+as\s+|,?\s+like\s+)(" + _items(_TYPED_ITEM) + r")"
                           # names in general, glossed, not someone's (not "her friends' names, such as")
                           r"|(?<!['’]s\s)(?<!s['’]\s)\b(?:[Nn]ames|[Ee]nwau)\s+(?:such\s+as|like|fel)\s+("
                           # (once the first is glossed, the list is of names: "... (snowdrop) and Gwenno")
                           + _items(_NAME_ITEM, "and|or|a|ac", _TYPED_ITEM + r"(?:" + _MEANING + r")?") + r")")


def typed_list_spans(text: str) -> list[Span]:
    """The items of a list the sentence says are words, places or characters, or names talked about as names."""
    out = []
    # (a list of someone's friends' names is people: only names in general)
    if "names" in text or "words" in text or "Names" in text or "nwau" in text:
        for m in _NAMES_LISTED.finditer(text):
            g = 1 if m.group(1) else 2
            base = m.start(g)
            out += [(base + w.start(), base + w.end()) for w in re.finditer(r"[A-Z][\w'’-]*\w", m.group(g))]
    if " are " not in text and " were " not in text:
        return out
    for m in _TYPED_LIST.finditer(text):
        base = m.start(1)
        out += [(base + w.start(), base + w.end()) for w in re.finditer(r"[A-Z][\w'’-]*\w(?:\s[A-Z][\w'’-]*\w)?",
                                                                        m.group(1))]
    return out


def spans(text: str) -> list[Span]:
    """Every clean-text span of this module in ``text``."""
    return (place_spans(text) + street_and_car_spans(text) + event_spans(text) + institution_spans(text) +
            medicine_spans(text) + typed_list_spans(text) +
            figure_spans(text) + club_spans(text) + weather_spans(text) + description_spans(text) + ground_spans(text) +
            island_spans(text) +
            slang_spans(text) + abbreviation_spans(text) + label_spans(text) + word_spans(text) +
            acronyms.system_spans(text) + welsh_word_spans(text) + landmark_spans(text))
