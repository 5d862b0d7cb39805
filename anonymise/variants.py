"""Every written form of a key-file identifier: name, title, initials, address, setting and date variants.

Variants are surface strings; matching compares them after :func:`fold` (diacritics dropped,
apostrophes unified, hyphens, dashes and underscores read as spaces, whitespace collapsed, lower case), so case, diacritic and line-break
variants need no separate entries. Rules (also in docs/key-file.md):

* a person's full name, first + last, "Last, First", each name part alone, title + surname,
  title + full name, title + initial + surname, initials ("J.O.", "J. O.", "JO", "J O"),
  initial + surname ("J. Okafor"), aliases alone and with the surname, common English nicknames;
* a single word that is also an ordinary English word (Grace, Will, Hope, Rose...) or has three
  letters or fewer only matches when written with a capital; initials only in capitals;
* addresses: the whole string, its leading comma-separated parts, the house number + street, the
  street alone, a building name, the postcode with or without its space — never a town alone;
* settings: "St"/"St."/"Saint", with or without the apostrophe, with the type words (Primary,
  School, Nursery...) in any shorter combination, and the core name alone when distinctive;
* identifiers: any spacing or hyphenation between their characters;
* dates of birth: any common UK/US written form (see :func:`find_dates`).
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations
from typing import Iterator, NamedTuple

from anonymise.keyfile import KeyEntry, KeyFile

# --------------------------------------------------------------------------- folding
_SPECIAL = {
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "AE",
    "œ": "oe", "Œ": "OE", "ı": "i", "þ": "th", "Þ": "TH", "ð": "d", "Ð": "D", "ħ": "h", "ŧ": "t",
}
_APOSTROPHES = "\u2019\u2018\u02bc\u00b4`\u2032"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_SPACE_LIKE = set(_DASHES) | {"-", "_"}
_FOLD_CACHE: dict[str, str] = {}


def fold_char(c: str) -> str:
    """Fold one character: no diacritics, one apostrophe and dash, lower case (may be 0-2 chars)."""
    cached = _FOLD_CACHE.get(c)
    if cached is not None:
        return cached
    if c in _APOSTROPHES:
        out = "'"
    elif c in _DASHES or c in "-_":
        out = " "  # "Smith-Jones" = "Smith Jones"; "jayden-okafor.png" holds a full name
    elif c.isspace():
        out = " "
    elif c in _SPECIAL:
        out = _SPECIAL[c].lower()
    elif ord(c) < 128:
        out = c.lower()
    else:
        decomposed = unicodedata.normalize("NFKD", c)
        out = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    _FOLD_CACHE[c] = out
    return out


_ASCII_FOLD = str.maketrans({"-": " ", "_": " ", "`": "'"})


def fold(text: str) -> str:
    """Fold a whole string (whitespace runs become one space; ends stripped)."""
    if text.isascii() and "\n" not in text and "\r" not in text and "''" not in text and "`" not in text:
        return " ".join(text.lower().translate(_ASCII_FOLD).split())  # the same result, much faster
    return normalise(text)[0].strip()


def normalise(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` and return it with, for each folded character, the index of its source.

    Whitespace runs (a line break and the next line's indentation, a blockquote's ``>`` after a
    line break) collapse to one space, so a name split across lines still matches.
    """
    out: list[str] = []
    src: list[int] = []
    prev_space = False
    after_newline = False
    for i, c in enumerate(text):
        if c.isspace() or c in _SPACE_LIKE or (after_newline and c == ">"):
            if c in "\n\r":
                after_newline = True
            if not prev_space:
                out.append(" ")
                src.append(i)
                prev_space = True
            continue
        after_newline = False
        prev_space = False
        f = fold_char(c)
        if f == "'" and out and out[-1] == "'" and len(out) > 1 and out[-2].isalpha():
            continue  # YAML's doubled quote inside a single-quoted value: "Bride''s"
        for ch in f:
            out.append(ch)
            src.append(i)
    return "".join(out), src


# --------------------------------------------------------------------------- word lists
# Ordinary English words that are also given names or surnames: matched only with a capital.
COMMON_WORDS = frozenset(
    """
    grace will hope faith joy rose may june april august summer autumn winter dawn eve amber ruby
    pearl ivy holly daisy lily iris violet heather poppy hazel jasmine crystal destiny harmony
    honor honour liberty patience charity mercy precious sunny star storm sky river rain brook
    mark bill pat sue rich frank chase hunter mason miles rob jack guy ray dean drew
    art bob don gene ken lee les max nick norm reed rod roy sandy terry tom wade walt
    brown white green black gray grey young king wood hill baker cook long little bird fox lamb
    page bell hall price rice field fields mills moss stone marsh lane street rivers lake north
    south west east ford bush bond banks barber butcher carter cooper farmer fisher gardener
    smith glover hunt knight lord mason miller parsons porter potter shepherd skinner taylor turner
    walker ward waters weaver webb wells wise best cross day hart hope keen love moore nash
    sharp short strong sweet swift toms bishop chapel church dear free gold golden hardy hale
    hay heath jolly joyce kind law may mayor new noble page park parker read rowe sage sale
    small snow spencer spring steel summers tanner temple thorn tower vale vine wall wolf
    angel blessing chance chanel diamond england ireland scotland wales jordan paris london
    sydney victoria florence adelaide brittany china india kenya georgia virginia carolina
    """.split()
)
# Two-letter capitals that are ordinary abbreviations in reviews: never bare initials.
ACRONYMS = frozenset(
    """
    GP HV SW DV CP LA PC DS DC DI MP ED AE OT SN TV UK ID IT OK AM PM MR MS DR VA VC RC CE QC KC
    NI DO SO TO IN IS IF OF ON OR AN AS AT BE BY GO HE ME MY NO UP US WE AB BA MA RN NB PS PE RE
    """.split()
)
# Lower-case particles that belong to a surname ("Oisín de Búrca" -> "Mr de Búrca").
PARTICLES = frozenset(
    "de da das do dos di du del della des van von der den ter ten le la al el bin ibn bint ap ab mac st".split()
)
TITLES_FEMALE = ("Mrs", "Ms", "Miss", "Sister", "Dame", "Lady", "Madam")
TITLES_MALE = ("Mr", "Master", "Sir", "Lord", "Father", "Fr")
TITLES_NEUTRAL = (
    "Mx", "Dr", "Doctor", "Prof", "Professor", "Rev", "Revd", "Reverend", "Pastor", "Imam",
    "Rabbi", "Cllr", "Councillor", "Nurse", "Judge", "Baby",
)
TITLES = TITLES_FEMALE + TITLES_MALE + TITLES_NEUTRAL
_CHILD_TITLES = {"miss", "master", "baby"}
_FEMALE_WORDS = {
    "mother", "mum", "mam", "grandmother", "grandma", "nan", "nana", "aunt", "auntie", "sister",
    "stepmother", "daughter", "girl", "woman", "wife", "niece", "stepsister", "female", "maternal",
}
_MALE_WORDS = {
    "father", "dad", "grandfather", "grandad", "grandpa", "uncle", "brother", "stepfather", "son",
    "boy", "man", "husband", "nephew", "stepbrother", "male", "paternal",
}
_CHILD_WORDS = {"child", "baby", "infant", "young", "sibling", "girl", "boy", "son", "daughter"}

# A small table of common English nicknames (cheap, optional; the key's aliases come first).
NICKNAMES: dict[str, tuple[str, ...]] = {
    "jayden": ("Jay",), "william": ("Will", "Bill", "Billy", "Liam"), "robert": ("Rob", "Bob", "Bobby", "Robbie"),
    "elizabeth": ("Liz", "Lizzie", "Beth", "Betty", "Eliza"), "katherine": ("Kate", "Katie", "Kathy"),
    "catherine": ("Cath", "Cathy", "Kate", "Katie"), "thomas": ("Tom", "Tommy"), "james": ("Jim", "Jimmy", "Jamie"),
    "michael": ("Mike", "Mikey", "Mick"), "margaret": ("Maggie", "Meg", "Peggy"), "daniel": ("Dan", "Danny"),
    "samuel": ("Sam", "Sammy"), "samantha": ("Sam", "Sammy"), "benjamin": ("Ben", "Benji"),
    "alexander": ("Alex", "Xander"), "alexandra": ("Alex", "Lexi"), "christopher": ("Chris",),
    "christine": ("Chris", "Chrissie"), "jonathan": ("Jon", "Jonny"), "joseph": ("Joe", "Joey"),
    "matthew": ("Matt",), "nicholas": ("Nick", "Nicky"), "richard": ("Rich", "Rick", "Ricky"),
    "rebecca": ("Becky", "Becca"), "jennifer": ("Jen", "Jenny"), "victoria": ("Vicky", "Tori"),
    "charlotte": ("Charlie", "Lottie"), "olivia": ("Liv", "Livvy"), "isabella": ("Bella", "Izzy"),
    "isabelle": ("Izzy", "Bella"), "jessica": ("Jess", "Jessie"), "anthony": ("Tony", "Ant"),
    "andrew": ("Andy", "Drew"), "edward": ("Ed", "Eddie", "Ted"), "patricia": ("Pat", "Trish"),
    "susan": ("Sue", "Susie"), "deborah": ("Debbie", "Deb"), "zachary": ("Zach", "Zac"),
    "nathaniel": ("Nate", "Nat"), "gabriel": ("Gabe",), "frederick": ("Fred", "Freddie"),
    "harold": ("Harry",), "henry": ("Harry",), "abigail": ("Abby", "Abi"), "amelia": ("Millie",),
    "kimberley": ("Kim",), "kimberly": ("Kim",), "stephen": ("Steve",), "steven": ("Steve",),
    "oliver": ("Ollie",), "leonardo": ("Leo",), "mohammed": ("Mo",), "muhammad": ("Mo",),
}
_STREET_WORDS = {
    "road", "rd", "street", "st", "close", "avenue", "ave", "lane", "ln", "drive", "dr", "way",
    "court", "ct", "crescent", "gardens", "gdns", "place", "pl", "terrace", "grove", "walk", "row",
    "square", "sq", "hill", "view", "rise", "mews", "park", "parade", "green", "vale", "meadow",
    "meadows", "heights", "boulevard", "wharf", "yard", "croft", "fold", "gate", "side", "end",
    "house", "flats", "cottage", "cottages", "farm", "lodge", "hall", "apartments", "tower",
    "towers", "mansions", "estate", "buildings", "heol", "ffordd", "stryd", "lon", "cwrt", "cl", "cres",
    "gr", "terr", "ter", "mt", "mount", "pde", "pk", "av",
}
_SETTING_TYPE_WORDS = {
    "primary", "secondary", "junior", "infant", "infants", "nursery", "school", "academy",
    "college", "high", "grammar", "community", "church", "in", "wales", "of", "england", "e",
    "cofe", "c", "ce", "cw", "rc", "catholic", "roman", "voluntary", "aided", "controlled", "free",
    "special", "pre-school", "preschool", "day", "playgroup", "children's", "childrens", "centre",
    "center", "family", "home", "surgery", "practice", "medical", "health", "clinic", "hospital",
    "ward", "unit", "gp", "federation", "sixth", "form", "and", "&", "ysgol", "gynradd",
    "uwchradd", "feithrin", "meithrin", "pupil", "referral", "pru", "the", "ltd", "limited", "meithrinfa",
    "meddygfa", "cylch", "canolfan", "iechyd", "infants", "pre", "centre", "childcare", "club", "after",
}
_SCHOOL_WORDS = {"primary", "secondary", "junior", "infant", "infants", "academy", "high", "grammar", "school"}
_NURSERY_WORDS = {"nursery", "pre-school", "preschool", "playgroup"}
_SURGERY_WORDS = {"surgery", "practice", "medical", "gp"}
_SAINT = ("St", "St.", "Saint")
POSTCODE_RE = re.compile(r"\b([A-Za-z]{1,2}\d[A-Za-z\d]?)\s*(\d[A-Za-z]{2})\b")
_HOUSE_NO = re.compile(r"^(?:(?:flat|apartment|apt|unit)\s+\w+\s+)?\d+[a-z]?\b\s*", re.IGNORECASE)


# --------------------------------------------------------------------------- records
class Variant(NamedTuple):
    """One written form of one key entry (a named tuple: keys expand to many thousands of these).

    ``case`` is ``any`` (case-insensitive), ``capital`` (the first letter must be a capital),
    ``last`` (the last word's first letter must be a capital) or ``upper`` (every letter a capital,
    for initials). ``rank`` orders competing entries when two
    entries share a form (higher wins; equal ranks make the form ambiguous).
    """

    text: str
    entry: int
    form: str
    case: str = "any"
    rank: int = 10
    mutation: str = ""  # soft | nasal | aspirate: only matched after a word that causes it (see TRIGGERS)


def single_word_case(word: str) -> str:
    """``capital`` for a word that is also an ordinary English word or is very short, else ``any``."""
    w = fold(word)
    if w in COMMON_WORDS or len(w.replace("'", "")) <= 3:
        return "capital"
    return "any"


def _last_case(word: str) -> str:
    """``last`` (the last word needs a capital) for an ordinary-word name, else ``any``."""
    return "any" if single_word_case(word) == "any" else "last"


def fuzzy_eligible(word: str) -> bool:
    """A single name of 5+ letters that is not an ordinary word may match with one typo."""
    w = fold(word)
    return w.isalpha() and len(w) >= 5 and w not in COMMON_WORDS


# --------------------------------------------------------------------------- generation
# Budgets (docs/key-file.md): one entry may not expand beyond ENTRY_BUDGET forms, a key beyond KEY_BUDGET.
ENTRY_BUDGET = 40_000
KEY_BUDGET = 600_000


def estimate(entry: KeyEntry) -> int:
    """An upper estimate of how many forms ``entry`` expands to, computed without expanding it."""
    n, a = len(entry.names), len(entry.aliases)
    if entry.kind == "people":
        per_name = sum(550 * (3 if re.search(r"['\u2019-]", name) else 1) for name in entry.names)
        return per_name + a * (2 * n + 3) + 100
    if entry.kind == "settings":
        return sum(_setting_estimate(name) for name in entry.names + entry.aliases)
    if entry.kind == "places":
        return sum(60 + 40 * (name.count(",") + 1) for name in entry.names + entry.aliases)
    return n


def _setting_estimate(name: str) -> int:
    tokens = name.split()
    tail = 0
    while tail < len(tokens) - 1 and fold(tokens[-1 - tail]) in _SETTING_TYPE_WORDS:
        tail += 1
    combos = 2 ** tail if tail <= 5 else tail
    mult = (3 if any(t in _SAINT for t in tokens) else 1) * (2 if re.search(r"(?i)\s(&|and)\s", name) else 1)
    return (combos + 40) * mult * 4


def check_budget(key: KeyFile) -> None:
    """Raise :class:`KeyFileError` naming the entry (its line and pseudonym) that would expand too far."""
    from anonymise.keyfile import KeyFileError

    total = 0
    for entry in key.entries:
        est = estimate(entry)
        if est > ENTRY_BUDGET:
            raise KeyFileError(
                f"{entry.label}: this entry would expand to about {est:,} written forms (budget "
                f"{ENTRY_BUDGET:,}); list fewer names or aliases, or split it into entries", entry.line, key.path)
        total += est
    if total > KEY_BUDGET:
        raise KeyFileError(f"the key file would expand to about {total:,} written forms (budget {KEY_BUDGET:,}); "
                           "split it by review", None, key.path)


@lru_cache(maxsize=8)
def generate(key: KeyFile) -> tuple[Variant, ...]:
    """Every variant of every entry of ``key`` (identifiers and dates of birth are matched by regex)."""
    out: list[Variant] = []
    for i, entry in enumerate(key.entries):
        if entry.kind == "people":
            out.extend(person_variants(i, entry))
        elif entry.kind == "places":
            out.extend(place_variants(i, entry))
        elif entry.kind == "settings":
            out.extend(setting_variants(i, entry))
    out = _with_spelling_forms(out)
    return tuple(out + _mutated_forms(out))


def _gender(entry: KeyEntry) -> str | None:
    words = set(fold(entry.pseudonym).split())
    if words & _FEMALE_WORDS:
        return "f"
    if words & _MALE_WORDS:
        return "m"
    return None


def _is_child(entry: KeyEntry) -> bool:
    return bool(set(fold(entry.pseudonym).split()) & _CHILD_WORDS)


def title_fit(entry: KeyEntry, title: str) -> int:
    """How well a title fits a person: 2 listed in the key, 1 plausible, 0 contradicted."""
    t = title.rstrip(".").lower()
    if any(t == k.rstrip(".").lower() for k in entry.titles):
        return 2
    if entry.titles:
        return 0
    child = _is_child(entry)
    if child and t not in _CHILD_TITLES or not child and t == "baby":
        return 0
    g = _gender(entry)
    if g == "f" and title in TITLES_MALE or g == "m" and title in TITLES_FEMALE:
        return 0
    return 1


def person_variants(i: int, entry: KeyEntry) -> list[Variant]:
    """Name, title, initials, alias and nickname forms of one person."""
    out: list[Variant] = []

    def single(word: str, form: str, rank: int) -> None:
        out.append(Variant(word, i, form, single_word_case(word), rank))

    surnames: list[str] = []
    for name in entry.names:
        tokens = name.replace(",", " ").split()
        if not tokens:
            continue
        if len(tokens) == 1:
            single(tokens[0], "name", 12)
            surnames.append(tokens[0])
        else:
            first, last, middles = tokens[0], tokens[-1], tokens[1:-1]
            surnames.append(last)
            out.append(Variant(" ".join(tokens), i, "full-name", "any", 40))
            out.append(Variant(f"{first} {last}", i, "full-name", "any", 40))
            out.append(Variant(f"{last}, {first}", i, "full-name", "any", 38))
            out.append(Variant(f"{last} {first}", i, "full-name", "any", 36))
            single(first, "first-name", 12)
            single(last, "surname", 11)
            for m in middles:
                if len(m.strip(".")) > 1:
                    single(m, "middle-name", 10)
            for part in re.split(r"[-]", last) if "-" in last else ():
                if len(part) >= 3:
                    single(part, "surname-part", 9)
            out.extend(_initials(i, tokens))
            out.extend(_initials(i, [first, last]) if middles else [])
        # a surname with its particles: "de Búrca", "van der Berg", "bin Laden", "ap Rhys"
        k = len(tokens) - 1
        while k > 1 and fold(tokens[k - 1]) in PARTICLES:
            k -= 1
        family = " ".join(tokens[k:]) if len(tokens) > 1 else tokens[-1]
        if family != tokens[-1]:
            out.append(Variant(family, i, "surname", "any", 11))
            surnames.append(family)
            out.append(Variant(f"{tokens[0]} {family}", i, "full-name", "any", 40))
        for title in TITLES:
            fit = title_fit(entry, title)
            for t in (title, title + "."):
                last = tokens[-1]
                # the name after the title decides the case rule: "mrs okafor" yes, "mr brown" no
                out.append(Variant(f"{t} {last}", i, "title-surname", _last_case(last), 20 + fit))
                if family != last:
                    out.append(Variant(f"{t} {family}", i, "title-surname", "any", 20 + fit))
                if len(tokens) > 1:
                    out.append(Variant(f"{t} {tokens[0]}", i, "title-first-name", _last_case(tokens[0]), 19 + fit))
                    out.append(Variant(f"{t} {' '.join(tokens)}", i, "title-full-name", "any", 40 + fit))
                    out.append(Variant(f"{t} {tokens[0]} {last}", i, "title-full-name", "any", 40 + fit))
                    out.append(Variant(f"{t} {tokens[0][0]} {last}", i, "title-initial", "capital", 30 + fit))
                    out.append(Variant(f"{t} {tokens[0][0]}. {last}", i, "title-initial", "capital", 30 + fit))
    for s in dict.fromkeys(surnames):
        if len(s) >= 3 and s[-1:].isalpha():
            plural = s + ("es" if s.lower().endswith(("s", "x", "z", "ch", "sh")) else "s")
            out.append(Variant(plural, i, "family-plural", "capital", 9))  # "the Okafors"
    for alias in entry.aliases:
        atoks = alias.split()
        if len(atoks) == 1:
            single(alias, "alias", 13)
        else:
            out.append(Variant(alias, i, "alias", "any", 35))
        for s in surnames:
            if len(atoks) == 1 and fold(s) != fold(alias):
                out.append(Variant(f"{alias} {s}", i, "alias", "any", 38))
    firsts = {fold(n.split()[0]) for n in entry.names if len(n.split()) > 1}
    for f in sorted(firsts):
        for nick in NICKNAMES.get(f, ()):
            if fold(nick) not in COMMON_WORDS:
                single(nick, "nickname", 8)
            for s in surnames:
                out.append(Variant(f"{nick} {s}", i, "nickname", "any", 34))
    return out


def _initials(i: int, tokens: list[str]) -> list[Variant]:
    letters = [t[0].upper() for t in tokens if t[:1].isalpha()]
    if len(letters) < 2:
        return []
    bare = "".join(letters)
    out = [
        Variant(".".join(letters) + ".", i, "initials", "upper", 15),
        Variant(". ".join(letters) + ".", i, "initials", "upper", 15),
        Variant(".".join(letters), i, "initials", "upper", 14),
    ]
    if bare not in ACRONYMS:
        out.append(Variant(bare, i, "initials", "upper", 14))
        out.append(Variant(" ".join(letters), i, "initials", "upper", 14))
    last = tokens[-1]
    first_initials = letters[:-1]
    out.append(Variant(" ".join(f"{x}." for x in first_initials) + f" {last}", i, "initial-surname", "capital", 30))
    out.append(Variant(" ".join(first_initials) + f" {last}", i, "initial-surname", "capital", 30))
    out.append(Variant("".join(f"{x}." for x in first_initials) + last, i, "initial-surname", "capital", 30))
    return out


_STREET_ABBREVIATIONS = {
    "road": "Rd", "street": "St", "avenue": "Ave", "close": "Cl", "drive": "Dr", "lane": "Ln",
    "crescent": "Cres", "court": "Ct", "gardens": "Gdns", "place": "Pl", "terrace": "Terr", "square": "Sq",
    "grove": "Gr", "mount": "Mt", "parade": "Pde", "park": "Pk",
}
_STREET_EXPANSIONS = {v.lower(): k.title() for k, v in _STREET_ABBREVIATIONS.items()} | {"ter": "Terrace", "av": "Avenue"}


def _street_forms(part: str) -> list[str]:
    """A street part with its type word written out and abbreviated ("Station Rd" <-> "Station Road")."""
    words = part.split()
    if len(words) < 2:
        return [part]
    last = words[-1].rstrip(".").lower()
    alts = [part]
    if last in _STREET_ABBREVIATIONS:
        abbr = _STREET_ABBREVIATIONS[last]
        alts += [" ".join(words[:-1] + [abbr]), " ".join(words[:-1] + [abbr + "."])]
    elif last in _STREET_EXPANSIONS:
        full = _STREET_EXPANSIONS[last]
        alts += [" ".join(words[:-1] + [full]), " ".join(words[:-1] + [words[-1].rstrip(".")]),
                 " ".join(words[:-1] + [words[-1].rstrip(".") + "."])]
    return list(dict.fromkeys(alts))


def place_variants(i: int, entry: KeyEntry) -> list[Variant]:
    """Address forms: whole, leading parts (with or without the postcode), house number + street,
    street, building, postcode; street types written out or abbreviated (Rd/Road, St/Street...)."""
    out: list[Variant] = []
    for name in entry.names + entry.aliases:
        out.append(Variant(name, i, "address", "any", 40))
        no_postcode = POSTCODE_RE.sub("", name).strip(" ,")
        postcodes: list[str] = []
        for m in POSTCODE_RE.finditer(name):
            outward, inward = m.group(1), m.group(2)
            postcodes += [f"{outward} {inward}", f"{outward}{inward}"]
            out.append(Variant(f"{outward} {inward}", i, "postcode", "any", 30))
            out.append(Variant(f"{outward}{inward}", i, "postcode", "any", 30))
        raw_parts = [p.strip() for p in no_postcode.split(",") if p.strip()]
        if not raw_parts:
            continue
        spellings = [[]]  # each address part in each of its spellings (bounded: at most 3 per part)
        for part in raw_parts:
            spellings = [prev + [alt] for prev in spellings for alt in _street_forms(part)][:12]
        for parts in spellings:
            for k in range(1, len(parts) + 1):
                if k == 1 and re.fullmatch(r"(?i)(flat|apartment|apt|unit)\s+\w+", parts[0]):
                    continue
                for joined in (", ".join(parts[:k]), " ".join(parts[:k])):
                    out.append(Variant(joined, i, "address", "any", 35))
                    for pc in postcodes:
                        out.append(Variant(f"{joined}, {pc}", i, "address", "any", 36))
                        out.append(Variant(f"{joined} {pc}", i, "address", "any", 36))
            for j, part in enumerate(parts):
                words = {w.strip(".").lower() for w in part.split()}
                distinctive = j == 0 or bool(words & _STREET_WORDS)
                if not distinctive or re.fullmatch(r"(?i)(flat|apartment|apt|unit)\s+\w+", part):
                    continue  # a town or county alone is not identifying; a flat number alone neither
                out.append(Variant(part, i, "address-part", "any" if len(part.split()) > 1 else single_word_case(part), 25))
                street = _HOUSE_NO.sub("", part).strip()
                if street and street != part and len(street) >= 4:
                    case = "capital" if len(street.split()) > 1 else single_word_case(street)
                    out.append(Variant(street, i, "street", case, 20))
    return out


# Generic words of setting names, as phrases (folded): dropped or added around the name's core.
SETTING_SUFFIXES = tuple(tuple(p.split()) for p in (
    "community primary school", "primary school", "primary academy", "infant school", "infants school",
    "junior school", "nursery school", "day nursery", "pre school", "preschool", "playgroup", "primary",
    "infant", "infants", "junior", "nursery", "school", "academy", "surgery", "medical practice",
    "medical centre", "medical center", "health centre", "health center", "family practice", "practice",
    "children's centre", "childrens centre", "family centre", "ltd", "limited", "church of england", "c of e",
    "cofe", "ce", "church in wales", "cw", "rc", "catholic", "high school", "secondary school", "college",
    "children's home", "childrens home", "childcare ltd", "childcare", "after school club", "out of school club",
    "breakfast club", "club",
))
_WELSH_PREFIXES = ("ysgol gynradd", "ysgol feithrin", "ysgol", "cylch meithrin", "meithrinfa", "meddygfa",
                   "canolfan iechyd", "canolfan")
# Short phrases added to a core name that is too short to be matched alone ("Oak" -> "Oak Academy").
_ADDED_SUFFIXES = ("Primary School", "Primary", "Infant School", "Junior School", "Nursery", "Day Nursery",
                   "School", "Academy", "Surgery", "Medical Practice", "Health Centre", "Ltd")


def _initial_case(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def mutations(word: str) -> list[tuple[str, str]]:
    """Welsh initial mutations of ``word``: (kind, mutated) for soft, nasal and aspirate mutation.

    "Gwenllian" -> ("soft", "Wenllian"); "Cylch" -> ("nasal", "Nghylch"), ("aspirate", "Chylch")...
    """
    low = word.lower()
    if low.startswith(("ch", "ph", "th", "dd", "ff", "ng")):
        return []
    out = []
    for kind, table in _MUTATIONS:
        for radical, mutated in table:
            if low.startswith(radical):
                rest = low[len(radical):]
                m = mutated + rest
                if len(m) >= 3:
                    out.append((kind, _initial_case(m, word) if word[:1].isupper() else m))
                break
    return out


_MUTATIONS = (
    ("soft", (("ll", "l"), ("rh", "r"), ("p", "b"), ("t", "d"), ("c", "g"), ("b", "f"), ("d", "dd"),
              ("g", ""), ("m", "f"))),
    ("nasal", (("p", "mh"), ("t", "nh"), ("c", "ngh"), ("b", "m"), ("d", "n"), ("g", "ng"))),
    ("aspirate", (("p", "ph"), ("t", "th"), ("c", "ch"))),
)
# Words after which a Welsh text mutates the next word's first letter ("i Wenllian", "yng Nghaerdydd").
TRIGGERS = {
    "soft": frozenset("i o am ar at gan heb dros drwy trwy wrth dan tan hyd ei dy neu y r mor rhy dau dwy".split()),
    "nasal": frozenset("yn ym yng fy".split()),
    "aspirate": frozenset("a â gyda efo tua na tra ei i chwe tri".split()),
}
_MUTABLE_FORMS = {"full-name", "first-name", "surname", "name", "alias", "setting", "setting-core",
                  "address-part", "street"}


def _mutated_forms(variants: list[Variant]) -> list[Variant]:
    """Welsh mutated forms of names and settings, matched only after a word that causes the mutation."""
    out: list[Variant] = []
    seen: set[tuple[str, int]] = set()
    for v in variants:
        if v.form not in _MUTABLE_FORMS or not v.text[:1].isalpha() or v.case == "upper":
            continue
        head, sep, rest = v.text.partition(" ")
        if len(head) < 3:
            continue
        for kind, m in mutations(head):
            text = m + sep + rest
            if (text, v.entry, kind) in seen:
                continue
            seen.add((text, v.entry, kind))
            out.append(Variant(text, v.entry, v.form, "capital", v.rank - 1, kind))
    return out


# Folded generic phrases that may stand before a setting's core name (with their Welsh mutations).
SETTING_PREFIXES: tuple[tuple[str, ...], ...] = tuple(
    dict.fromkeys(
        [("the",)]
        + [tuple(p.split()) for p in _WELSH_PREFIXES]
        + [(m.lower(),) + tuple(p.split()[1:]) for p in _WELSH_PREFIXES for _k, m in mutations(p.split()[0])]
    )
)
_PREFIX_WORDS = {w for p in SETTING_PREFIXES for w in p}


def _and_forms(name: str) -> list[str]:
    """The name with "&" and "and" swapped ("Smith & Jones" <-> "Smith and Jones"; Welsh "a" too)."""
    tokens = name.split()
    out = [name]
    for j, t in enumerate(tokens):
        if t.lower() in ("&", "and") and 0 < j < len(tokens) - 1:
            for alt in ("&", "and"):
                if alt != t.lower():
                    out.append(" ".join(tokens[:j] + [alt] + tokens[j + 1:]))
            break
    return out


def _saint_forms(tokens: list[str]) -> list[list[str]]:
    """St / St. / Saint in place of each other (the first one in the name)."""
    for j, t in enumerate(tokens):
        if t in _SAINT:
            return [tokens[:j] + [s] + tokens[j + 1:] for s in _SAINT]
    return [tokens]


def setting_initials(name: str) -> list[str]:
    """Initials of a setting name in capitals, 3+ letters ("Little Acorns Day Nursery" -> "LADN")."""
    from anonymise.recognizers.allow import common_words

    words = [w for w in re.split(r"[\s\-]+", name) if w and w[0].isalnum() and w.lower() not in ("&",)]
    out = []
    for ws in (words, [w for w in words if w.lower() not in ("the", "of", "and", "in", "a", "y", "yr")]):
        letters = "".join(w[0].upper() for w in ws)
        if len(letters) >= 3 and letters.isalpha() and letters.lower() not in common_words():
            out.append(letters)
    return list(dict.fromkeys(out))


def setting_variants(i: int, entry: KeyEntry) -> list[Variant]:
    """Setting forms: St/St./Saint, &/and, generic words dropped or added, the core name, initials."""
    out: list[Variant] = []
    for original in entry.names + entry.aliases:
        out.append(Variant(original, i, "setting", "any", 40))
        for letters in setting_initials(original):
            out.append(Variant(letters, i, "setting-initials", "upper", 14))
        for name in _and_forms(original):
            for toks in _saint_forms(name.split()):
                out.extend(_setting_forms(i, toks))
    return out


def _setting_forms(i: int, toks: list[str]) -> list[Variant]:
    out: list[Variant] = []
    lead = 0
    while lead < len(toks) - 1 and fold(toks[lead]) in _PREFIX_WORDS | {"ysgol", "the"}:
        lead += 1
    end = len(toks)
    while end > lead + 1 and fold(toks[end - 1]) in _SETTING_TYPE_WORDS:
        end -= 1
    core, suffix = toks[lead:end], toks[end:]
    if not core:
        return out
    core_s = " ".join(core)
    out.append(Variant(" ".join(toks), i, "setting", "any", 40))
    if len(suffix) <= 5:
        for r in range(1, len(suffix) + 1):
            for combo in combinations(suffix, r):
                out.append(Variant(f"{core_s} {' '.join(combo)}", i, "setting", "any", 30))
    else:  # a long tail of type words: its leading runs only (the matcher extends over the rest)
        for r in range(1, len(suffix) + 1):
            out.append(Variant(f"{core_s} {' '.join(suffix[:r])}", i, "setting", "any", 30))
    kinds = {fold(w) for w in suffix}
    for word, group in (("School", _SCHOOL_WORDS), ("Nursery", _NURSERY_WORDS), ("Surgery", _SURGERY_WORDS)):
        if kinds & group:
            out.append(Variant(f"{core_s} {word}", i, "setting", "any", 30))
    if lead:
        out.append(Variant(" ".join(toks[lead:]), i, "setting", "any", 30))
        for j in range(1, lead):  # "Ysgol Bryn Glas" for "Ysgol Gynradd Bryn Glas"
            out.append(Variant(" ".join(toks[:j] + toks[lead:]), i, "setting", "any", 30))
    distinctive = [w for w in core if fold(w) not in _SETTING_TYPE_WORDS and w not in _SAINT]
    letters = sum(len(w) for w in distinctive)
    if distinctive and letters >= 4:
        if suffix or lead:
            case = "capital" if len(core) > 1 else single_word_case(core_s)
            out.append(Variant(core_s, i, "setting-core", case, 18))
    elif distinctive:  # a short core ("Oak"): only with a generic word added
        for added in _ADDED_SUFFIXES:
            out.append(Variant(f"{core_s} {added}", i, "setting", "capital", 28))
        for prefix in _WELSH_PREFIXES:
            out.append(Variant(f"{prefix.title()} {core_s}", i, "setting", "capital", 28))
    return out


def _with_spelling_forms(variants: list[Variant]) -> list[Variant]:
    """Add forms without an inner apostrophe or with a hyphen as a space ("O'Brien" -> "OBrien", "O Brien")."""
    out = list(variants)
    seen = {(v.text, v.entry) for v in variants}
    for v in variants:
        alts = []
        if re.search(r"\w['\u2019]\w", v.text):
            alts.append(re.sub(r"(\w)['\u2019](\w)", r"\1\2", v.text))
            if v.form not in ("setting", "setting-core"):
                alts.append(re.sub(r"(\w)['\u2019](\w)", r"\1 \2", v.text))
        if re.search(r"\w-\w", v.text):
            alts.append(re.sub(r"(\w)-(\w)", r"\1 \2", v.text))
            alts.append(re.sub(r"(\w)-(\w)", r"\1\2", v.text))
        for a in alts:
            if (a, v.entry) not in seen:
                seen.add((a, v.entry))
                out.append(Variant(a, v.entry, v.form, v.case, v.rank))
    return out


# --------------------------------------------------------------------------- identifiers
_SEP = r"(?:[\s\-./\u2010-\u2015]{0,2})"


def identifier_regex(identifier: str) -> re.Pattern[str]:
    """A pattern matching ``identifier`` with any spacing, hyphens, dots or slashes between characters."""
    chars = [c for c in fold(identifier) if c.isalnum()]
    if len(chars) < 4:
        body = re.escape(fold(identifier))
    else:
        body = _SEP.join(re.escape(c) for c in chars)
    return re.compile(rf"(?<![0-9A-Za-z]){body}(?![0-9A-Za-z])", re.IGNORECASE)


# --------------------------------------------------------------------------- dates
_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
    # Welsh month names, for parallel texts
    "ionawr": 1, "chwefror": 2, "mawrth": 3, "ebrill": 4, "mai": 5, "mehefin": 6, "gorffennaf": 7,
    "awst": 8, "medi": 9, "hydref": 10, "tachwedd": 11, "rhagfyr": 12,
}
_MON = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+(?:the\s+)?)?"
_ORD = r"(?:st|nd|rd|th)?"
_DATE_RE = re.compile(
    rf"""(?<![\w/.\-])(?:
      {_WEEKDAY}(?P<d1>\d{{1,2}}){_ORD}(?:\s+of)?[\s\-/.,]*(?P<m1>{_MON})[\s\-/.,]+(?P<y1>\d{{4}}|\d{{2}})
    | {_WEEKDAY}(?P<m2>{_MON})\s+(?:the\s+)?(?P<d2>\d{{1,2}}){_ORD},?\s+(?P<y2>\d{{4}}|\d{{2}})
    | (?P<d3>\d{{1,2}})\s?(?P<s3>[/.\-])\s?(?P<m3>\d{{1,2}})\s?(?P=s3)\s?(?P<y3>\d{{4}}|\d{{2}})
    | (?P<y4>\d{{4}})(?P<s4>[/.\-])(?P<m4>\d{{1,2}})(?P=s4)(?P<d4>\d{{1,2}})
    )(?![\w]|[/.\-]\d)""",
    re.IGNORECASE | re.VERBOSE,
)


@dataclass(frozen=True)
class DateMention:
    """A written date: ``year`` has two digits when ``short_year``."""

    start: int
    end: int
    day: int
    month: int
    year: int
    short_year: bool

    def is_date(self, d: _dt.date) -> bool:
        """True when this mention denotes ``d``."""
        if (self.day, self.month) != (d.day, d.month):
            return False
        return self.year == (d.year % 100 if self.short_year else d.year)


def find_dates(text: str) -> Iterator[DateMention]:
    """Every written date in ``text`` (day-first for numeric dates, UK style)."""
    for m in _DATE_RE.finditer(text):
        g = m.groupdict()
        for k in "1234":
            if g.get(f"d{k}"):
                day, mon, year = g[f"d{k}"], g[f"m{k}"], g[f"y{k}"]
                break
        else:  # pragma: no cover - the pattern always sets one group
            continue
        month = int(mon) if mon.isdigit() else _MONTHS.get(mon.rstrip(".").lower(), 0)
        d, y = int(day), int(year)
        if not (1 <= d <= 31 and 1 <= month <= 12):
            continue
        yield DateMention(m.start(), m.end(), d, month, y, len(year) == 2)


def date_forms(d: _dt.date) -> list[str]:
    """Common written forms of ``d`` (used in tests and documentation)."""
    month, mon = d.strftime("%B"), d.strftime("%b")
    suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    yy = f"{d.year % 100:02d}"
    return [
        f"{d.day} {month} {d.year}", f"{d.day}{suffix} {month} {d.year}", f"{d.day}{suffix} of {month} {d.year}",
        f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day}/{d.month}/{yy}", f"{d.day:02d}.{d.month:02d}.{d.year}",
        f"{d.day:02d}-{d.month:02d}-{d.year}", d.isoformat(), f"{month} {d.day}, {d.year}",
        f"{month} {d.day}{suffix} {d.year}", f"{d.day}-{mon}-{d.year}", f"{d.day} {mon} {d.year}",
        f"{d.day} {mon}. {yy}", f"{d.strftime('%A')} {d.day} {month} {d.year}", f"{d.day:02d}/{d.month:02d}/{yy}",
    ]
