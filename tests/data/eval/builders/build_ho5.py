#!/usr/bin/env python3
"""Build held-out evaluation set 5 (Welsh-heavy) for the anonymisation checker.

Every excerpt below is an invented DRAFT extract from a UK child safeguarding
case review. It was written independently of the development corpus and of
the checker. At least 40 % of the excerpts are written in Welsh, as a Welsh
regional safeguarding board would publish them bilingually; at least a third
contain no identifiers at all.

Markers:
    [[TYPE:exact text]]   an identifier (stripped; becomes an entity span)
    {{exact text}}        a deliberate, unannotated trap (stripped; exempt from
                          the "every repeat must be annotated" and "every full
                          date must be annotated" checks, nothing else)

    python3 build_ho5.py           # validate and (re)write heldout-5.jsonl and README.md
    python3 build_ho5.py --check   # validate and confirm both are up to date

Standard library only.
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "heldout-5.jsonl")
README = os.path.join(HERE, "README.md")
MIN_WELSH_FRACTION = 0.40
TARGET_EXCERPTS = (45, 55)
TARGET_WORDS = (7200, 8800)
EXCERPTS: list[dict] = []
# ---------------------------------------------------------------------------
# Marker stripping, validation, writing (standard library only).
# Validation adapted from the development corpus builder, extended for Welsh
# dates, Welsh pseudonyms, mutated names and deliberate unannotated traps.
# ---------------------------------------------------------------------------

ENTITY_TYPES = (
    "PERSON", "DATE_OF_BIRTH", "DATE", "ADDRESS", "POSTCODE", "SETTING",
    "NHS_NUMBER", "CHI_NUMBER", "HC_NUMBER", "NINO", "UPN", "PHONE", "EMAIL",
    "CASE_REFERENCE", "VEHICLE_REGISTRATION",
)
NATIONS = {"eng": "england", "nir": "northern_ireland", "sct": "scotland", "wal": "wales"}
SECTIONS = (
    "chronology", "key_practice_episode", "analysis", "findings",
    "recommendations", "action_plan", "executive_summary",
    "terms_of_reference", "family_involvement", "learning_event",
    "background",
)
FAMILIES = {
    "welsh": "Welsh-language text (mutated names, pet forms, Welsh settings, dates, streets)",
    "wordname": "word-names (Storm, Faith, Grace, Eira, Haf; noun surnames)",
    "initials": "initials in minutes and attendee lists",
    "handle": "social media handles and usernames",
    "setting": "settings: worship, clubs, supplementary schools, practices; caps/island addresses",
    "caps": "CAPITALISED police or command-and-control logs",
    "lower": "lower-case text messages and transcripts",
    "trap": "clean-text traps (eponyms, doctrines, public cases, festivals, kin words, furniture)",
}

MARKER_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def add(id_, section, raw, lang="en", fam=()):
    """Register one excerpt. lang is 'cy' for Welsh-language prose."""
    EXCERPTS.append({"id": id_, "section": section, "raw": raw, "lang": lang,
                     "fam": tuple(fam)})


def strip_markers(raw):
    """Remove [[TYPE:text]] and {{trap}} markers; return text, entities, traps."""
    raw = unicodedata.normalize("NFC", raw.strip())
    parts, entities, traps = [], [], []
    length = pos = 0
    for m in MARKER_RE.finditer(raw):
        before = raw[pos:m.start()]
        parts.append(before)
        length += len(before)
        if m.group(1):
            etype, etext = m.group(1), m.group(2)
            entities.append({"start": length, "end": length + len(etext),
                             "type": etype, "text": etext})
        else:
            etext = m.group(3)
            traps.append((length, length + len(etext)))
        parts.append(etext)
        length += len(etext)
        pos = m.end()
    parts.append(raw[pos:])
    return "".join(parts), entities, traps


def mod11_ok(digits):
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        check = 0
    if check == 10:
        return False
    return check == int(digits[9])


def compact(value):
    return re.sub(r"[\s\-]", "", value)


def chi_date_ok(digits):
    dd, mm, yy = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    for century in (1900, 2000):
        try:
            datetime.date(century + yy, mm, dd)
            return True
        except ValueError:
            continue
    return False


UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"


def upn_ok(value):
    s = compact(value)
    if not re.fullmatch(r"[A-HJ-NP-RT-Z]\d{12}", s):
        return False
    total = sum(int(c) * w for c, w in zip(s[1:], range(2, 14)))
    return UPN_LETTERS[total % 23] == s[0]


NINO_RE = re.compile(
    r"(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")


def nino_ok(value):
    return bool(NINO_RE.fullmatch(compact(value)))


DRAMA_PREFIXES = (
    "07700900", "02079460", "01134960", "01144960", "01154960", "01164960",
    "01174960", "01184960", "01214960", "01314960", "01414960", "01514960",
    "01614960", "01914980", "02896496", "02920180", "01632960", "08081570",
    "09098790", "03069990",
)


def phone_digits(value):
    v = value.strip().replace("(0)", "")
    d = re.sub(r"\D", "", v)
    if v.startswith("+44"):
        d = "0" + d[2:]
    elif d.startswith("0044"):
        d = "0" + d[4:]
    return d


def phone_ok(value):
    d = phone_digits(value)
    return len(d) == 11 and d.startswith(DRAMA_PREFIXES)


POSTCODE_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
VEHICLE_GB_RE = re.compile(r"[A-Z]{2}\d{2} ?[A-Z]{3}")
VEHICLE_NI_RE = re.compile(r"[A-Z]{3} ?\d{1,4}")

WELSH_MONTHS = {
    "Ionawr": "January", "Chwefror": "February", "Mawrth": "March",
    "Fawrth": "March", "Ebrill": "April", "Mai": "May", "Fai": "May",
    "Mehefin": "June", "Fehefin": "June", "Gorffennaf": "July",
    "Orffennaf": "July", "Awst": "August", "Medi": "September",
    "Fedi": "September", "Hydref": "October", "Tachwedd": "November",
    "Dachwedd": "November", "Rhagfyr": "December", "Ragfyr": "December",
}
WELSH_ORD = "af|ail|il|ydd|ed|fed|eg|ain"
DATE_FORMATS = (
    "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%d/%m/%Y", "%d/%m/%y", "%d.%m.%Y",
    "%d.%m.%y", "%Y-%m-%d", "%d-%b-%Y", "%d-%m-%Y", "%d %B, %Y",
)


def parse_date(value):
    t = re.sub(rf"(\d)(st|nd|rd|th|{WELSH_ORD})\b", r"\1", value.strip())
    t = re.sub(r"^(\d{1,2}) (?:o|of) ", r"\1 ", t)
    t = " ".join(WELSH_MONTHS.get(w, w) for w in t.split(" "))
    if t.isupper():
        t = t.title()
    for fmt in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(t, fmt).date()
        except ValueError:
            continue
    return None


def entity_format_error(etype, value):
    if etype == "NHS_NUMBER":
        d = compact(value)
        if not mod11_ok(d):
            return "NHS number fails mod-11"
        if 320 <= int(d[:3]) <= 399:
            return "NHS number in the H&C range"
    elif etype == "CHI_NUMBER":
        d = compact(value)
        if not mod11_ok(d):
            return "CHI number fails mod-11"
        if not chi_date_ok(d):
            return "CHI number does not start with a valid DDMMYY"
    elif etype == "HC_NUMBER":
        d = compact(value)
        if not mod11_ok(d):
            return "H&C number fails mod-11"
        if not 320 <= int(d[:3]) <= 399:
            return "H&C number outside 320-399"
    elif etype == "NINO":
        if not nino_ok(value):
            return "invalid National Insurance number"
    elif etype == "UPN":
        if not upn_ok(value):
            return "invalid UPN check letter or format"
    elif etype == "PHONE":
        if not phone_ok(value):
            return "phone number outside the Ofcom drama ranges"
    elif etype == "POSTCODE":
        if not POSTCODE_RE.fullmatch(value):
            return "invalid postcode format"
    elif etype == "EMAIL":
        if not EMAIL_RE.fullmatch(value):
            return "invalid email"
    elif etype == "VEHICLE_REGISTRATION":
        ni = VEHICLE_NI_RE.fullmatch(value) and re.search(r"[IZ]", value[:3])
        if not (VEHICLE_GB_RE.fullmatch(value) or ni):
            return "invalid vehicle registration"
    elif etype in ("DATE", "DATE_OF_BIRTH"):
        if parse_date(value) is None:
            return "unparseable date"
    return None


MONTHS = ("January|February|March|April|May|June|July|August|September|"
          "October|November|December")
MON = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
WMONTHS = "|".join(WELSH_MONTHS)

MUST_BE_ANNOTATED = {
    "full date": re.compile(
        rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTHS}|{MON})\s+\d{{4}}\b"
        rf"|\b(?:{MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?,\s*\d{{4}}\b"
        r"|\b\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}\b"
        r"|\b\d{4}-\d{2}-\d{2}\b"
        rf"|\b\d{{1,2}}-(?:{MON})-\d{{2,4}}\b", re.IGNORECASE),
    "Welsh full date": re.compile(
        rf"\b\d{{1,2}}(?:{WELSH_ORD})?\s+(?:o\s+)?(?:{WMONTHS})\s+\d{{4}}\b"),
    "email": EMAIL_RE,
    "postcode": re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b"),
    "ten-digit number": re.compile(
        r"(?<![\w])(?:\d{3}[ \-]?\d{3}[ \-]?\d{4}|\d{6}[ \-]?\d{4})(?![\w])"),
    "NINO-like": re.compile(
        r"\b[A-Z]{2}[ \-]?\d{2}[ \-]?\d{2}[ \-]?\d{2}[ \-]?[A-D]\b"),
    "UPN-like": re.compile(r"\b[A-Z]\d{12}\b"),
    "vehicle registration": re.compile(r"\b[A-Z]{2}\d{2} ?[A-Z]{3}\b"),
}
PHONE_CANDIDATE_RE = re.compile(
    r"(?<![\w+])(?:\+44[ \-]?|0)\d[\d \-]{7,12}\d(?![\w])")

# A pseudonym or role label must never be annotated (English and Welsh).
PSEUDONYM_RE = re.compile(
    r"^(?:(?:Child|Baby|Young Person|Sibling|Plentyn|Blentyn|Babi|Person Ifanc|"
    r"Brawd|Chwaer|Male|Female|Adult|Social Worker|Gweithiwr Cymdeithasol|"
    r"Health Visitor|Ymwelydd Iechyd|Officer|Teacher|Athro|Athrawes)\s*[A-Z0-9]{0,2}"
    r"|Mother|Father|Stepfather|Mam|Mami|Tad|Dad|Llystad|Llysfam|Nain|Taid|"
    r"Mam-gu|Tad-cu|Granny|Granda|Nani|Dadi|Baba|the GP|School Nurse|"
    r"Maternal grandmother|Paternal grandmother|Mother's partner)$", re.IGNORECASE)
TITLES = {"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "DS", "DC", "DI", "DCI", "PC",
          "Sgt", "Auntie", "Aunty", "Uncle", "Anti", "Yncl", "Pastor", "Father",
          "Fr", "Sister", "Brother", "Imam", "Rev", "Reverend", "Parchedig",
          "Parch", "Constable", "Nain", "Taid", "Mam-gu", "Tad-cu", "Nani",
          "Dadi", "Coach", "Cllr", "Sergeant", "Bhai", "Giani", "Prof", "Nurse",
          "MR", "MRS", "MS", "MISS", "DR", "PC", "SGT", "FATHER", "AUNTIE",
          "UNCLE", "PASTOR", "IMAM", "NAIN", "TAID"}

WELSH_MARKERS = {"y", "yr", "'r", "a", "ac", "i", "o", "yn", "ym", "yng", "roedd",
                 "mae", "gan", "ei", "ar", "bod", "fod", "wedi", "nad", "nid",
                 "gyda", "ond", "hefyd", "â", "am", "oedd", "dywedodd", "wrth"}
ENGLISH_MARKERS = {"the", "and", "of", "to", "was", "that", "with", "had", "in",
                   "a", "for", "on", "by", "not", "he", "she", "is"}


def inside(start, end, spans):
    return any(s <= start and end <= e for s, e in spans)


def validate(records, meta):
    errors = []
    seen = set()
    numbering = defaultdict(list)
    for rec in records:
        rid, text, ents = rec["id"], rec["text"], rec["entities"]
        lang, traps = meta[rid]["lang"], meta[rid]["traps"]
        where = f"{rid}:"
        if rid in seen:
            errors.append(f"{where} duplicate id")
        seen.add(rid)
        prefix = rid.split("-")[0]
        if not re.fullmatch(r"(eng|nir|sct|wal)-\d{2}", rid):
            errors.append(f"{where} bad id")
        else:
            numbering[prefix].append(int(rid[4:]))
        if rec["nation"] != NATIONS.get(prefix):
            errors.append(f"{where} nation does not match id")
        if rec["section"] not in SECTIONS:
            errors.append(f"{where} unknown section {rec['section']!r}")
        for f in meta[rid]["fam"]:
            if f not in FAMILIES:
                errors.append(f"{where} unknown family {f}")
        words = len(text.split())
        if not 120 <= words <= 500:
            errors.append(f"{where} {words} words (must be 120-500)")
        if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
            errors.append(f"{where} unconsumed marker")
        if text != unicodedata.normalize("NFC", text):
            errors.append(f"{where} text not NFC")
        toks = [t.strip(".,;:!?\"()“”‘’").lower() for t in text.split()]
        cy = sum(t in WELSH_MARKERS for t in toks) / max(1, len(toks))
        en = sum(t in ENGLISH_MARKERS for t in toks) / max(1, len(toks))
        if lang == "cy":
            if prefix != "wal":
                errors.append(f"{where} Welsh-language excerpt outside Wales")
            if cy < 0.12 or en > cy:
                errors.append(f"{where} marked Welsh but reads English ({cy:.2f}/{en:.2f})")
        elif en < 0.10:
            errors.append(f"{where} marked English but reads otherwise ({en:.2f})")

        last_end = -1
        for e in ents:
            s, t, ty, tx = e["start"], e["end"], e["type"], e["text"]
            if ty not in ENTITY_TYPES:
                errors.append(f"{where} unknown type {ty}")
            if text[s:t] != tx:
                errors.append(f"{where} offset mismatch for {tx!r}")
            if not tx or tx != tx.strip() or tx[0] in "'\",;:(" or tx[-1] in "'\",;:)":
                errors.append(f"{where} badly trimmed entity {tx!r}")
            if s < last_end:
                errors.append(f"{where} overlapping entities at {s}")
            last_end = t
            if PSEUDONYM_RE.match(tx):
                errors.append(f"{where} pseudonym annotated: {tx!r}")
            msg = entity_format_error(ty, tx)
            if msg:
                errors.append(f"{where} {ty} {tx!r}: {msg}")
            if ty == "PERSON" and s > 0 and text[s - 1] == "'" and t < len(text) and text[t:t + 2] == "'s":
                pass
        for s, t in traps:
            if any(s < e["end"] and e["start"] < t for e in ents):
                errors.append(f"{where} trap overlaps an entity at {s}")

        allowed = [(e["start"], e["end"]) for e in ents] + list(traps)
        for label, rx in MUST_BE_ANNOTATED.items():
            for m in rx.finditer(text):
                if not inside(m.start(), m.end(), allowed):
                    errors.append(f"{where} unannotated {label}: {m.group(0)!r}")
        for m in PHONE_CANDIDATE_RE.finditer(text):
            if phone_ok(m.group(0)) and not inside(m.start(), m.end(), allowed):
                errors.append(f"{where} unannotated phone: {m.group(0)!r}")

        needles = set()
        for e in ents:
            needles.add(e["text"])
            if e["type"] == "PERSON":
                for tok in re.split(r"\s+", e["text"]):
                    tok = tok.strip(".,'()")
                    if len(tok) >= 3 and tok[0].isupper() and tok not in TITLES:
                        needles.add(tok)
        for needle in needles:
            for m in re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", text):
                if not inside(m.start(), m.end(), allowed):
                    errors.append(f"{where} unannotated repeat of {needle!r} at {m.start()}")

    for prefix, nums in numbering.items():
        if sorted(nums) != list(range(1, len(nums) + 1)):
            errors.append(f"{prefix}: ids not numbered 01..{len(nums)}")
    n = len(records)
    clean = sum(1 for r in records if not r["entities"])
    welsh = sum(1 for r in records if meta[r["id"]]["lang"] == "cy")
    words = sum(len(r["text"].split()) for r in records)
    if clean * 3 < n:
        errors.append(f"only {clean}/{n} clean excerpts (need at least a third)")
    if welsh < MIN_WELSH_FRACTION * n:
        errors.append(f"only {welsh}/{n} Welsh-language excerpts")
    if not TARGET_EXCERPTS[0] <= n <= TARGET_EXCERPTS[1]:
        errors.append(f"{n} excerpts (target {TARGET_EXCERPTS})")
    if not TARGET_WORDS[0] <= words <= TARGET_WORDS[1]:
        errors.append(f"{words} words (target {TARGET_WORDS})")
    for nation in NATIONS.values():
        nat = [r for r in records if r["nation"] == nation]
        if not any(not r["entities"] for r in nat):
            errors.append(f"{nation}: no clean excerpt")
    for fam in FAMILIES:
        if fam == "welsh":
            continue
        nats = {r["nation"] for r in records if fam in meta[r["id"]]["fam"]}
        if fam != "trap" and len(nats) < 4:
            errors.append(f"family {fam} covers only {sorted(nats)}")
    return errors


def assert_invariants(records):
    for rec in records:
        text = rec["text"]
        for e in rec["entities"]:
            assert text[e["start"]:e["end"]] == e["text"], (rec["id"], e)
            assert e["type"] in ENTITY_TYPES, (rec["id"], e)
            if e["type"] in ("NHS_NUMBER", "CHI_NUMBER", "HC_NUMBER"):
                assert mod11_ok(compact(e["text"])), (rec["id"], e["text"])
            if e["type"] == "HC_NUMBER":
                assert 320 <= int(compact(e["text"])[:3]) <= 399, (rec["id"], e["text"])
            if e["type"] == "CHI_NUMBER":
                assert chi_date_ok(compact(e["text"])), (rec["id"], e["text"])
            if e["type"] == "UPN":
                assert upn_ok(e["text"]), (rec["id"], e["text"])
            if e["type"] == "NINO":
                assert nino_ok(e["text"]), (rec["id"], e["text"])


ORDER = {"eng": 0, "nir": 1, "sct": 2, "wal": 3}


def build_records():
    records, meta = [], {}
    for ex in sorted(EXCERPTS, key=lambda x: (ORDER[x["id"][:3]], x["id"])):
        text, ents, traps = strip_markers(ex["raw"])
        records.append({"id": ex["id"], "nation": NATIONS[ex["id"][:3]],
                        "section": ex["section"], "text": text, "entities": ents})
        meta[ex["id"]] = {"lang": ex["lang"], "fam": ex["fam"], "traps": traps}
    return records, meta


def serialise(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def composition(records, meta):
    nations = list(NATIONS.values())
    heads = ["England", "N. Ireland", "Scotland", "Wales"]
    counts = defaultdict(Counter)
    for r in records:
        for e in r["entities"]:
            counts[e["type"]][r["nation"]] += 1
    out = ["| type | " + " | ".join(heads) + " | total |",
           "| --- | " + " | ".join("---:" for _ in heads) + " | ---: |"]
    tot = Counter()
    for ty in ENTITY_TYPES:
        row = counts[ty]
        tot.update(row)
        out.append(f"| {ty} | " + " | ".join(str(row[n]) for n in nations)
                   + f" | {sum(row.values())} |")
    out.append("| all entities | " + " | ".join(str(tot[n]) for n in nations)
               + f" | {sum(tot.values())} |")

    def row(label, pred, value=lambda r: 1):
        c = Counter()
        for r in records:
            if pred(r):
                c[r["nation"]] += value(r)
        return (f"| {label} | " + " | ".join(str(c[n]) for n in nations)
                + f" | {sum(c.values())} |")
    out.append(row("excerpts", lambda r: True))
    out.append(row("clean excerpts (no entities)", lambda r: not r["entities"]))
    out.append(row("Welsh-language excerpts", lambda r: meta[r["id"]]["lang"] == "cy"))
    out.append(row("Welsh-language clean excerpts",
                   lambda r: meta[r["id"]]["lang"] == "cy" and not r["entities"]))
    out.append(row("words", lambda r: True, lambda r: len(r["text"].split())))
    out.append(row("words in clean excerpts", lambda r: not r["entities"],
                   lambda r: len(r["text"].split())))
    out.append(row("deliberate unannotated traps (marked in the builder)", lambda r: True,
                   lambda r: len(meta[r["id"]]["traps"])))
    fam = ["| family | " + " | ".join(heads) + " | total |",
           "| --- | " + " | ".join("---:" for _ in heads) + " | ---: |"]
    for f, desc in FAMILIES.items():
        c = Counter(r["nation"] for r in records if f in meta[r["id"]]["fam"])
        fam.append(f"| {f}: {desc} | " + " | ".join(str(c[n]) for n in nations)
                   + f" | {sum(c.values())} |")
    sec = Counter(r["section"] for r in records)
    secline = ", ".join(f"{s} {sec[s]}" for s in SECTIONS if sec[s])
    cyids = ", ".join(r["id"] for r in records if meta[r["id"]]["lang"] == "cy")
    cleanids = ", ".join(r["id"] for r in records if not r["entities"])
    return "\n".join(out), "\n".join(fam), secline, cyids, cleanids


def render_readme(records, meta):
    comp, fam, secline, cyids, cleanids = composition(records, meta)
    return README_TEMPLATE.format(composition=comp, families=fam, sections=secline,
                                  welsh_ids=cyids, clean_ids=cleanids,
                                  out=os.path.basename(OUT)).lstrip()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="validate and confirm the JSONL and README are up to date")
    args = ap.parse_args(argv)
    records, meta = build_records()
    errors = validate(records, meta)
    if errors:
        for err in errors:
            print("ERROR", err, file=sys.stderr)
        print(f"{len(errors)} validation error(s); nothing written", file=sys.stderr)
        return 1
    assert_invariants(records)
    payload = serialise(records)
    readme = render_readme(records, meta)
    targets = ((OUT, payload), (README, readme))
    if args.check:
        for path, content in targets:
            try:
                with open(path, encoding="utf-8") as fh:
                    current = fh.read()
            except FileNotFoundError:
                current = None
            if current != content:
                print(f"{path} is missing or out of date", file=sys.stderr)
                return 1
        print("outputs up to date; all checks passed")
    else:
        for path, content in targets:
            tmp = path + ".tmp"
            with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(content)
            os.replace(tmp, path)
        print(f"wrote {len(records)} excerpts to {OUT} and {README}; all checks passed")
    print(composition(records, meta)[0])
    return 0


README_TEMPLATE = r"""
# Held-out evaluation set 5: Welsh-heavy safeguarding review excerpts

An independent, fully fictional, labelled evaluation set for the
anonymisation checker, written without reference to the checker's code,
its tests or the development corpus texts. It follows the record format,
entity types and span conventions of `/work/shared/corpus/README.md`
exactly, with the additions listed under "Conventions specific to this set".

Every person, family, practitioner, address, setting, number, handle and
event is invented. Agencies, health boards, police forces, councils,
inspectorates, legislation, hospitals, festivals and genuinely public
national cases and inquiry chairs are real and are deliberately left
unannotated, because published reports keep them.

## Files

| file | what it is |
| --- | --- |
| `build_ho5.py` | source of truth: excerpts with inline markers, the validator and the writer (standard library only) |
| `{out}` | the generated set, one JSON object per line (UTF-8, NFC); do not edit by hand |
| `README.md` | this file, regenerated by the builder |

```
python3 build_ho5.py          # validate, then (re)write {out} and README.md
python3 build_ho5.py --check  # validate and confirm both are up to date
python3 /work/shared/corpus/score.py {out} findings.json
```

Record fields: `id` (`eng-NN`, `nir-NN`, `sct-NN`, `wal-NN`), `nation`,
`section`, `text`, `entities` (sorted, non-overlapping, code-point offsets,
end exclusive, `text[start:end] == text` always holds). The language of an
excerpt is not a record field; the Welsh-language ids are listed below.

## Composition

{composition}

Welsh-language excerpts: {welsh_ids}.

Clean excerpts (no entities): {clean_ids}.

Sections: {sections}.

### Families covered (an excerpt can carry several)

{families}

## What the set is designed to test

- **Welsh-language text** (at least 40 % of excerpts): Welsh prose,
  minutes, chronologies, an ABE transcript and text messages. Names after
  soft, nasal and aspirate mutation are annotated in the mutated form as it
  appears (`i Gatrin`, `gan Domos`, `â Thomos`, `i Fethan`, `gan Linos`,
  `â Cheri`, `gan Ddylan`, `i Fererid`, `wrth Rodri`, `i Fali`, `â Charwyn`,
  `i Lyn` for Glyn); pet forms (`Dai`, `Ffi`, `Iest`, `Birdy`, `Dai Bach`);
  Welsh word-names (`Eira`, `Haf`, `Gwawr`, `Awel`, `Heulwen`) beside the
  same words used as words (`bwrw eira`, `yr haf`, `awel oer`, `heulwen`);
  Welsh-named settings with mutated generic words (`Feddygfa …`,
  `Nghylch Meithrin …`, `Ganolfan Deulu …`, `Meithrinfa …`, `Ysgol Feithrin …`);
  Welsh dates (`3ydd Mehefin 2022`, `14eg o Fehefin 2022`, `29ain o Fehefin 2022`,
  `22ain o Dachwedd 2022`, weekday outside the span); Welsh street and house
  names (`Cilgant`, `Heol`, `Stryd`, `Lôn`, `Ffordd`, `Bryn Eithin`).
- **Not names in Welsh text**: sentence-initial verbs and function words
  (`Roedd`, `Mae`, `Dywedodd`, `Cafodd`, `Nid`, `Ond`, `Wedyn`, `Ymwelodd`),
  mutated pseudonyms (`Blentyn B`, `Phlentyn A`), kin words (`Nain`, `Taid`,
  `Mam-gu`, `Dad-cu`, `Thad-cu`, `ei Thad hi`, `Mami`), mutated agencies and
  places (`Chyngor Sir Ceredigion`, `Nghyngor Gwynedd`, `Mwrdd Iechyd Prifysgol
  Hywel Dda`, `Ngheredigion`), festivals (`Dydd Gŵyl Dewi`, `Eisteddfod yr
  Urdd`, `Sioe Frenhinol`), and the national `Ffermwyr Ifanc` movement.
- **Word-names in records**: Storm, Rain, Faith, Hope, Patience, Grace,
  Summer, Rose, Amber, Autumn, Scarlett, Hazel, and noun surnames (Baker,
  Fisher, Bird, Wood, Marsh, Hill) in capitalised police logs, lower-case
  text messages and prose; the same words as words (`no patience`,
  named weather (`Storm Otto`), `SUMMER HOLIDAYS`, `NO HOPE OF`,
  the police `STORM` log system).
- **Initials and handles**: attendee and apology lists and initials used
  throughout minutes (`GHJ`, `MRh`, `LlE`, `M.Ll.`, `M McK`, `S O'N`,
  `AB-K`, `R.Mc.`), including one deliberately unannotated `NO` ("NO further
  action") beside an attendee whose initials are `NO`; handles with digits,
  dots and underscores, with and without `@`, annotated as PERSON.
- **Settings**: chapels, churches and a fellowship, a masjid, a gurdwara,
  supplementary and Saturday schools, boxing, football, GAA and boys' clubs,
  Welsh and English medical practices, an Irish-medium school, a hospital
  ward; addresses in capitals, with island and town names, and house names.
- **Clean-text traps**: eponymous conditions and scales (Apgar, Glasgow
  Coma Scale / Graddfa Coma Glasgow, Treacher Collins, Asperger, Munchausen,
  Down syndrome, Crohn, Hirschsprung, Noonan, Perthes, Ehlers-Danlos), legal
  doctrines and schemes (Gillick, Fraser, Clare's Law / Cyfraith Clare,
  Sarah's Law / Cyfraith Sarah),
  public national cases and inquiry chairs (Victoria Climbié, Lord Laming,
  Peter Connelly, Arthur Labinjo-Hughes, Star Hobson, Brandon Muir, Caleb
  Ness, Sir Anthony Hart, Waterhouse), dates on which legislation or guidance
  came into force (`6 Ebrill 2016`, `1 Hydref 2024`, unannotated), police
  slang (`the Bill`, `Old Bill`, `the Feds`, `peelers`), kin words in other
  languages (Nain, Taid, Mam-gu, Dadi, Nani, Baba, Granny, Granda, Nana),
  document furniture (`Dyddiad:`, `Awdur:`, `Cadeirydd:`, `Fersiwn 3`,
  `Swydd:`, `Author:`, `Version 3`, `Post:`), post-nominals (BSc, RGN, RSCN,
  MBE, PhD, CQSW), and agencies named after people (Betsi Cadwaladr, Hywel
  Dda, Gilbert Bain Hospital).

## Conventions specific to this set

- **SETTING** also covers named places of worship (chapel, church,
  fellowship, masjid, gurdwara), named clubs (boxing, football, GAA, boys'
  clubs) and named supplementary schools, as well
  as the README's schools, nurseries, GP surgeries and wards. Hospitals,
  health boards, national movements and agencies are not annotated.
- **Mutated forms** are annotated exactly as they appear; the mutated
  generic word of a setting is inside the span (`Feddygfa Glan Seiont`,
  `Nghylch Meithrin Pen-y-bryn`); the preceding `yng`, `ym`, `i`, `o` is not.
- **Kin words with a name** follow the README's `Auntie Joy` rule (`Anti
  Sue`, `Uncle Sean`); kin words on their own are never annotated. Religious
  titles are inside the span (`Pastor …`, `Father Donnelly`, `Imam …`,
  `Parchedig …`, `Giani …`, `Coach …`, `Ustadha …`); a bare role such as
  "the pastor" or "Father" (the child's father) is not annotated.
- **Welsh dates** are annotated whole, including an ordinal suffix and the
  linking `o` (`14eg o Fehefin 2022`); a weekday (`dydd Llun`) is outside.
  Day-level dates when legislation or guidance came into force are public
  and are not annotated.
- **Handles** are PERSON, with the `@` inside the span when written.
- Lower-case slips (`eira`, `dai`, `miss wood`, `doonhill academy`) are
  annotated like any other mention.

## Validation performed by the builder

Span text equals `text[start:end]`; spans trimmed, sorted, non-overlapping;
types in the vocabulary; no pseudonym or role label annotated (English and
Welsh: `Plentyn A`, `Blentyn B`, `Mam`, `Nain`, …); NHS, CHI and H&C mod-11
check digits (CHI with a real DDMMYY; H&C 320–399), UPN check letters, NINO
prefix and suffix rules, Ofcom drama-range phones, postcode, email and
registration shapes; every date parses (English and Welsh month names,
mutated months and Welsh ordinals); no full date (English or Welsh), email,
postcode, ten-digit number, NINO-, UPN- or registration-like string and no
drama-range phone outside an annotation unless it is a marked trap; every
repeat of an annotated string or of a capitalised token of an annotated
name is annotated unless it is a marked trap; 120–500 words per excerpt;
Welsh-language excerpts read as Welsh; at least a third clean; the Welsh
share; every family present in all four nations.
"""
# ---------------------------------------------------------------------------
# ENGLAND
# ---------------------------------------------------------------------------

add("eng-01", "chronology", """
Rapid review: merged chronology (extract, draft v2)

[[DATE:4 January 2023]] Health visitor [[PERSON:Grace Fisher]] completes the 12-month review for Child P (called [[PERSON:Rain]] at home) at [[ADDRESS:27 Wharf Lane, Shipley]] [[POSTCODE:BD18 4PW]]. Mother, [[PERSON:Patience Wood]], says the baby's father, [[PERSON:Jordan Hill]], has moved back in. [[PERSON:Ms Fisher]] records that [[PERSON:Jordan]] "has no patience with the crying" and that the older sibling, [[PERSON:Storm]] (6), is sleeping on the landing.

[[DATE:19 January 2023]] GP [[PERSON:Dr Amber Marsh]] at [[SETTING:Saltaire Road Surgery]] sees [[PERSON:Rain]] with a bruise behind the left ear. [[PERSON:Patience]] says [[PERSON:Storm]] threw a toy. [[PERSON:Dr Marsh]] does not refer; the child is under a year old and not independently mobile.

[[DATE:17 February 2023]] Planned home visit by social worker [[PERSON:Hope Baker]] cancelled after {{Storm}} Otto brings down power lines; not rearranged for three weeks.

[[DATE:2 March 2023]] Reception class teacher at [[SETTING:Low Baildon Primary School]] reports that [[PERSON:Storm]] said "Daddy [[PERSON:Jordan]] shouts at the baby till she goes quiet".

[[DATE:6 March 2023]] [[PERSON:Rain]] admitted to Bradford Royal Infirmary with a spiral fracture of the right femur. [[PERSON:Jordan]] not contactable on [[PHONE:0113 496 0528]]. Police recording reference [[CASE_REFERENCE:13230306-0417]].
""", "en", ("wordname", "setting"))

add("eng-02", "chronology", """
Police command and control log extract (STORM), supplied by Sussex Police. Capitals as in original.

[[DATE:28/07/2022]] 22:09 CALLER [[PERSON:SCARLETT BAKER]] (MOTHER'S SISTER) REPORTS NIECE [[PERSON:SUMMER ROSE BAKER]] AGED 13 MISSING FROM [[ADDRESS:FLAT 9, MARLOWE COURT, CHURCH ROAD, HASTINGS]] [[POSTCODE:TN34 1QD]] SINCE 1400 HRS. LAST SEEN GETTING INTO SILVER VAUXHALL CORSA [[VEHICLE_REGISTRATION:GU68 VKP]]. CALLER MOBILE [[PHONE:07700 900662]].
[[DATE:28/07/2022]] 22:31 CALLER STATES [[PERSON:SUMMER]] HAS GONE MISSING FOUR TIMES SINCE THE START OF THE {{SUMMER}} HOLIDAYS. USES SNAPCHAT ID [[PERSON:summz.b_x0]]. RISK GRADED HIGH DUE TO AGE AND CSE MARKERS.
[[DATE:29/07/2022]] 01:12 [[PERSON:SUMMER]] LOCATED BY PATROL ON SEAFRONT WITH TWO MALES KNOWN AS "[[PERSON:FISH]]" AND "[[PERSON:ROCCO]]". MALE 2 SHOUTED "IT'S THE FEDS" AND RAN TOWARDS THE PIER. [[PERSON:SUMMER]] INTOXICATED, RETURNED HOME TO [[PERSON:SCARLETT]].
[[DATE:29/07/2022]] 09:40 MISSING EPISODE CLOSED. RETURN HOME INTERVIEW REQUESTED VIA EAST SUSSEX CHILDREN'S SERVICES. OCCURRENCE [[CASE_REFERENCE:47220154891]].

Reviewer's commentary: STORM is the force's command-and-control system and appears in every log; it is not a person. The review notes that "[[PERSON:FISH]]" was later identified as [[PERSON:Kieran Fisher]], aged 19, already known to the exploitation team under a different spelling.
""", "en", ("caps", "wordname", "handle"))

add("eng-03", "analysis", """
Analysis: what national learning already told us

This review did not start from a blank page. The national review of the murders of Arthur Labinjo-Hughes and Star Hobson, published by the Child Safeguarding Practice Review Panel in May 2022, found that professionals too often accepted parents' explanations without testing them.

In this case, Child T had a diagnosis of Asperger's syndrome (as it was then described) and Crohn's disease. Her mother was described by several practitioners as "a woman of strong faith". Faith leaders from the family's congregation gave glowing references. Grace and good intentions in a family do not remove the need for professional curiosity.

Practitioners also reflected on consent. The school nurse had applied Gillick competence correctly when Child T sought advice alone at fourteen, and had followed the Fraser guidelines. None of this prevented a conversation about who Child T's adult "friend" was.

Finally, the family's Nani (maternal grandmother) and Dadi (paternal grandmother) both cared for Child T at weekends. Neither was ever spoken to by a professional.
""", "en", ("trap",))

add("eng-04", "learning_event", """
Minutes: LCSPR review team meeting 4 (draft, not for circulation)

Date: [[DATE:14 November 2023]]    Venue: Committee Room 2 and Teams
Present: [[PERSON:JW]] (Independent Reviewer, Chair), [[PERSON:R.Mc.]] (Children's Social Care), [[PERSON:AB-K]] (ICB Designated Nurse), [[PERSON:TS]] (Police), [[PERSON:HF]] (Education)
Apologies: [[PERSON:PD]] (Probation), [[PERSON:NO]] (Early Help)
Minutes: [[PERSON:CH]]

1. Actions from last meeting
[[PERSON:R.Mc.]] confirmed that the strategy discussion notes have been located. [[PERSON:TS]] still awaiting the body-worn video retention decision; the action is carried forward. {{NO}} further action needed on item 1c.

2. Social media
[[PERSON:HF]] reported that the school's filtering logs show Child W contacting an account called [[PERSON:@lilmiss.faith_09]] and a second account, [[PERSON:deano_bird4]], on the same evening. [[PERSON:AB-K]] asked whether either account had been linked to an adult. [[PERSON:TS]] said the second account was registered to [[PERSON:Dean Bird]], 24, of [[ADDRESS:41 Hollins Way, Oldham]] [[POSTCODE:OL4 2RX]]. [[PERSON:JW]] asked that the name be removed from all drafts and replaced with "Adult 2".

3. Family involvement
[[PERSON:JW]] will meet Mother with her advocate in December. [[PERSON:PD]] to confirm by email whether Father can be seen in prison.

Next meeting: January 2024.
""", "en", ("initials", "handle"))

add("eng-05", "key_practice_episode", """
Key Practice Episode 3: messages found on Child V's phone

The following messages were recovered from Child V's phone by the Digital Forensics Unit and shared with the review. They are reproduced in lower case as written, with the reviewer's redaction markers removed for this draft only.

"[[PERSON:faith]] u comin to [[PERSON:marsh]]'s after school or wat"
"cant. mum sed im grounded coz of the bill comin round"
"lol the bill. [[PERSON:tyrese]] said they only came coz of [[PERSON:autumn]]'s mum"
"[[PERSON:autumn]] aint even allowed out. her step dad took her phone"
"just come. [[PERSON:j.marsh02]] said we can stay at his till 10"
"ok but dont tell [[PERSON:hope]]. she tells [[PERSON:miss wood]] everything"

Child V was 12. The school's Designated Safeguarding Lead, [[PERSON:Miss Wood]], had recorded concerns about older boys waiting at the gates on four occasions. "[[PERSON:marsh]]" and "[[PERSON:j.marsh02]]" both referred to [[PERSON:Jayden Marsh]], then 17. The phrase "the bill" meant the police, who had visited the home after a neighbour's call.

The review notes that these messages were seen by three agencies at different times, and each treated the names as "just other kids".
""", "en", ("lower", "wordname", "handle"))

add("eng-06", "action_plan", """
LCSPR Action Plan – Child X
Version 3 | Date: April 2024 | Author: Business Manager, Safeguarding Children Partnership | Chair: Independent Scrutineer

Recommendation 1 – Professional curiosity about adults in the household
Action: Multi-agency training on "invisible men", using the Panel's 2021 national review "The Myth of Invisible Men".
Lead: Head of Workforce Development (post: currently interim)
Target: September 2024

Recommendation 2 – Names that are also words
Action: Update case-recording guidance so that searches for children's names that are ordinary words are supplemented by date of birth and unique identifiers.
Lead: Principal Social Worker

Recommendation 3 – Faith and community settings
Action: Work with the local faith forum and voluntary sports clubs to confirm that every setting has a named safeguarding lead who has completed the partnership's level 2 training.
Lead: Community Safeguarding Officer (BA, MSc)
Target: March 2025

Recommendation 4 – Learning from the Sarah's Law and Clare's Law schemes
Action: Police to brief social workers on the Child Sex Offender Disclosure Scheme and the Domestic Violence Disclosure Scheme, both of which are under-used locally.
Lead: Detective Superintendent, Public Protection
Target: June 2024
""", "en", ("trap",))

add("eng-07", "analysis", """
Analysis: community settings that knew Child Y

Child Y's world outside home was rich and largely invisible to statutory services. On weekday evenings he attended Qur'an classes at [[SETTING:Masjid Al-Noor]] on [[ADDRESS:112 Medlar Road, Sparkhill, Birmingham]], and on Saturday mornings he went to [[SETTING:Al-Huda Saturday School]], a supplementary school run from the masjid's basement. Two evenings a week he trained at [[SETTING:Golden Gloves Boxing Club]], where the head coach, [[PERSON:Coach Del Robinson]], was the only adult who noticed that he flinched when touched on the shoulder.

[[PERSON:Imam Bilal Hussain]] told the review that he had spoken to Child Y's father, [[PERSON:Tariq Ahmed]], about the boy's tiredness, and had been told he was "up late gaming". The supplementary school teacher, [[PERSON:Ustadha Samina]], had seen a burn on his wrist during Ramadan and was told it came from cooking for Eid.

None of these settings was registered with Ofsted, and none had been asked to contribute to the child and family assessment.

The learning is that assessments should routinely ask families which community settings a child attends, and with permission contact them.
""", "en", ("setting",))

add("eng-08", "key_practice_episode", """
Key Practice Episode 1: transfer between schools

Child Z (UPN [[UPN:V595711777741]]; NHS number [[NHS_NUMBER:622 613 1861]]) left [[SETTING:St Aldhelm's CofE Primary School]] in July 2022 and was due to start at [[SETTING:Kingsmead Academy]] that September. He did not arrive. The Year 7 attendance officer, [[PERSON:Mrs Nicola Baker]], telephoned the mother, [[PERSON:Chantelle Wood]], on [[DATE:12 September 2022]] and was told the family had "moved up north".

No child missing education referral was made until [[DATE:10 October 2022]]. The local authority's tracking officer, [[PERSON:Amir Qureshi]], then found a council tax record at [[ADDRESS:6 Larch Close, Gateshead]] [[POSTCODE:NE9 6TH]]. A letter to that address was returned "not known".

In fact, the family had stayed in the area. [[PERSON:Chantelle]] had registered Child Z for elective home education by email from [[EMAIL:chantelle.w88@mailbox.example.co.uk]] on [[DATE:5 September 2022]], but the email went to an unmonitored inbox. Her National Insurance number, [[NINO:PW 48 73 15 A]], was later used to trace her through a benefits claim.
""", "en", ("setting",))

add("eng-09", "executive_summary", """
Executive summary

This local child safeguarding practice review concerns Child AA, who was seriously injured in spring 2023 at the age of seven weeks. Child AA was born at 36 weeks with Apgar scores of 7 and 9. On admission to hospital, his Glasgow Coma Scale score was 9, and imaging showed subdural haemorrhages and healing rib fractures.

The review was commissioned by the safeguarding partners under Working Together to Safeguard Children 2023, following a rapid review.

Key findings:
1. Pre-birth assessment did not explore the father's history, including a previous caution for assault, because he was not registered with the same GP practice.
2. The mother's diagnosis of Ehlers-Danlos syndrome was wrongly relied upon to explain bruising in a non-mobile baby.
3. Practitioners were reassured by the family's active involvement in their church and by the support of both grandmothers (Nana and Grandma), without speaking to either.
4. The Child Protection – Information Sharing (CP-IS) flag was not checked at the emergency department because the baby had not yet been assigned a local record.

Author: Independent Lead Reviewer (PhD, RGN)
""", "en", ("trap",))
# ---------------------------------------------------------------------------
# NORTHERN IRELAND
# ---------------------------------------------------------------------------

add("nir-01", "chronology", """
CMR overview report: PSNI incident log extract (capitals as recorded)

[[DATE:03/12/2022]] 19:42 999 CALL FROM [[PERSON:MS FAITH McCLEAN]] AT [[ADDRESS:14 TULLYGLASS PARK, BALLYMENA]] [[POSTCODE:BT42 3QN]]. STATES EX-PARTNER [[PERSON:GARY HILL]] IS KICKING THE FRONT DOOR AND THAT HER SON [[PERSON:ROCKY]] (4) AND DAUGHTER [[PERSON:GRACE]] (9 MTHS) ARE IN THE HOUSE.
[[DATE:03/12/2022]] 19:58 CRIME SCENE: [[PERSON:HILL]] LEFT PRIOR TO POLICE ARRIVAL IN BLACK FORD FIESTA [[VEHICLE_REGISTRATION:KXZ 4127]]. NON-MOLESTATION ORDER IN FORCE.
[[DATE:03/12/2022]] 20:35 [[PERSON:FAITH]] SPOKEN TO. CHILDREN SEEN. [[PERSON:GRACE]] ASLEEP, NO INJURIES NOTED. DASH: HIGH. REFERRAL TO MARAC. SERIAL [[CASE_REFERENCE:CC2022120300871]].
[[DATE:04/12/2022]] 02:10 [[PERSON:HILL]] ARRESTED AT HIS MOTHER'S ADDRESS. HE TELLS OFFICERS HE WAS "AT CHURCH ALL EVENING" AT [[SETTING:NEW HOPE FELLOWSHIP]], AND ASKS FOR [[PERSON:PASTOR KEN ARMSTRONG]] TO BE CALLED ON [[PHONE:028 9649 6213]].
[[DATE:04/12/2022]] 11:20 PASTOR CONFIRMS [[PERSON:HILL]] LEFT THE PRAYER MEETING AT 1915 HRS.

Reviewer's observation: the Northern Health and Social Care Trust's Gateway team did not receive the PPANI notification until [[DATE:9 December 2022]], and the health visitor for [[PERSON:Grace]] learned of the incident only from Mother herself.
""", "en", ("caps", "wordname", "setting"))

add("nir-02", "executive_summary", """
Executive summary (draft for SBNI Case Management Review Panel)

This case management review concerns Child B, who was nine years old when she disclosed sexual abuse by a family friend. The review was convened by the Safeguarding Board for Northern Ireland because there was significant learning about how faith and community organisations share concerns.

Child B lived with her mother and grandmother in a rural part of County Tyrone. The family were active members of [[SETTING:Grace Community Church]], where Child B attended the Sunday school and the youth club. The alleged abuser, [[PERSON:Trevor Bird]], was a youth leader there. In the spring of 2021, another parent, [[PERSON:Mrs Lorna Fisher]], raised concerns about [[PERSON:Mr Bird]] driving girls home alone. The church's safeguarding officer spoke to him informally. No record was made.

In September 2021, Child B told her teacher at [[SETTING:Drumnakilly Primary School]] that "[[PERSON:Trevor]] makes me sit on his knee in the car".

The review found that the church had a written safeguarding policy that followed the Co-operating to Safeguard Children and Young People in Northern Ireland guidance, but volunteers did not know that it applied to informal lifts.
""", "en", ("setting", "wordname"))

add("nir-03", "analysis", """
Analysis: history, trust and the police

Practitioners in this review repeatedly described the family's distrust of the police. Child C's grandfather had been injured during the Troubles, and Granda told the reviewer that the family "had never called the peelers and never would". Several practitioners felt that this history, rather than a lack of concern, explained why neighbours did not report what they heard.

The Historical Institutional Abuse Inquiry, chaired by Sir Anthony Hart and reporting in January 2017, described how children's accounts were disbelieved by institutions across Northern Ireland, including at Kincora.

The review also considered the Domestic Violence and Abuse Disclosure Scheme, which came into operation in Northern Ireland in March 2018. Mother had never heard of it.

Around the Twelfth and at Halloween, the area experiences heightened tension and more calls to the police. Child C's school attendance dropped each July, which staff had attributed to the holiday period. The review suggests that the Education Authority's attendance guidance should prompt schools to ask what is happening at home, not just to record authorised absence.
""", "en", ("trap",))

add("nir-04", "key_practice_episode", """
Key Practice Episode 2: the messages

The PSNI Child Internet Protection Team recovered the following exchange from Child D's tablet. It is reproduced as written.

[[PERSON:caoimhe_x_bfs]]: hi hun u ok
Child D: ye im ok just bored
[[PERSON:caoimhe_x_bfs]]: wats ur snap
Child D: [[PERSON:niamhh.osullivan11]]
[[PERSON:caoimhe_x_bfs]]: aw cute. [[PERSON:oisín]] says ur gorgeous. hes 16 like me
Child D: lol who is [[PERSON:oisin]]
[[PERSON:caoimhe_x_bfs]]: my cousin. he can lift u from school if u want. dont tell ur mammy or [[PERSON:miss o'hare]]

Child D was eleven. The account "[[PERSON:caoimhe_x_bfs]]" was later linked to [[PERSON:Ciarán Devlin]], aged 29, of [[ADDRESS:Apartment 6, 20 Lisburn Road, Belfast]] [[POSTCODE:BT9 7AF]]. There was no "[[PERSON:Oisín]]". Child D's real name, which appeared in her handle, has been removed from the body of this report.

Child D's teacher, [[PERSON:Miss Áine O'Hare]], had noticed her checking her phone during break and asked if she was alright. She said she was. On [[DATE:17 May 2023]], [[PERSON:Devlin]] arrived at [[SETTING:Ballyhenry Brook Primary School]] claiming to be an uncle. The office manager, [[PERSON:Bernie Quinn]], refused to release Child D and called the police.
""", "en", ("lower", "handle", "setting"))

add("nir-05", "learning_event", """
Minutes of the CMR Panel, meeting 3

Date: [[DATE:21 February 2024]]
Chair: [[PERSON:M McK]] (SBNI)
Present: [[PERSON:M McK]]; [[PERSON:DJ]] (Southern HSC Trust); [[PERSON:S O'N]] (PSNI, Public Protection Branch); [[PERSON:R.T.]] (Education Authority); [[PERSON:FH]] (GP representative)
In attendance: [[PERSON:L.C.]] (SBNI, minutes)

Item 2: Individual agency reports
[[PERSON:DJ]] presented the Trust IAR. The child's Health and Care number ([[HC_NUMBER:331 471 0496]]) had been recorded against two different addresses, which meant two health visitors were each visiting a different sibling. [[PERSON:FH]] said the GP practice, [[SETTING:Abbey Lane Medical Practice]], had no record of a change of address.

Item 3: [[PERSON:Father Donnelly]]
[[PERSON:R.T.]] reported that the parish priest, [[PERSON:Father Eamon Donnelly]], had written to the school with concerns in October 2022. The panel agreed that [[PERSON:Fr Donnelly]] should be invited to contribute. [[PERSON:M McK]] reminded members that "Father" in the chronology refers to Child E's father except where a priest is named.

Actions: [[PERSON:L.C.]] to circulate the draft terms of reference before the next meeting. [[PERSON:DJ]] to reconcile the two address records.
""", "en", ("initials", "setting"))

add("nir-06", "action_plan", """
CMR Action Plan (for publication)

Recommendation 1
The Safeguarding Board for Northern Ireland should work with faith leaders, sports governing bodies and uniformed youth organisations to ensure that informal transport arrangements are covered by safeguarding policies.
Lead agency: SBNI Safeguarding in Faith Communities Group
Timescale: 12 months

Recommendation 2
The Education Authority should issue guidance that schools must verify the identity of any adult collecting a child who is not on the approved list, and must contact the PSNI if an adult refuses to provide identification.
Lead agency: Education Authority, Child Protection Support Service
Timescale: 6 months

Recommendation 3
The Health and Social Care Trusts should audit the accuracy of address records linked to Health and Care numbers for children on the Child Protection Register.
Lead agency: Department of Health, with each HSC Trust

Recommendation 4
PSNI should ensure that Operation Encompass notifications reach schools before the start of the next school day, including during the marching season and school holidays.
Lead agency: PSNI Public Protection Branch
Timescale: 3 months

Approved by: SBNI Board | Version 2 | Author: CMR Chair
""", "en", ("trap",))

add("nir-07", "chronology", """
Chronology of significant events (extract)

[[DATE:8 January 2023]] Child F (then 14) starts training at [[SETTING:Whiterock Stars Amateur Boxing Club]] in west Belfast. The coach, [[PERSON:Paddy Marsh]], notes that she is "angry but talented".

[[DATE:13 February 2023]] Child F's school, [[SETTING:Coláiste Naomh Bríd]], records that she has been absent for six days. Her Irish-medium teacher, [[PERSON:Máire Nic Aoidh]], phones home on [[PHONE:028 9649 6775]]; the call is answered by an adult male who says he is "[[PERSON:Uncle Sean]]".

[[DATE:2 March 2023]] Child F attends [[SETTING:Laochra Uladh GAC]] camogie training with a cut lip. She tells a teammate's mother, [[PERSON:Mrs Rose Doherty]], that she "walked into a door".

[[DATE:20 March 2023]] Social worker [[PERSON:Shauna Kelly]] visits. Mother says the man who answered the phone is her partner, [[PERSON:Sean Magee]]. Health and Care number for Child F confirmed as [[HC_NUMBER:377 465 0756]]. UNOCINI assessment begun.

[[DATE:3 April 2023]] [[PERSON:Paddy]] calls the Gateway team to say that Child F has told him [[PERSON:Magee]] hits her mother. This is the first referral from a community setting.

Reviewer's comment: [[PERSON:Mr Marsh]] showed exactly the kind of trusted-adult relationship that the SBNI has promoted.
""", "en", ("setting", "wordname"))

add("nir-08", "family_involvement", """
Family involvement

The reviewer met Child G's mother and maternal grandparents at the family home on two occasions, and spoke to Child G (now 15) by video. Child G's father declined to take part.

Child G told the reviewer that what she most wanted professionals to understand was how frightening it was to be moved at short notice to a foster placement in another Trust area.

Mother said that she felt judged from the first visit. She described how one social worker, [[PERSON:Ms Storey]], "looked at the state of the kitchen and had her mind made up".

Granny and Granda said that they had offered to care for Child G and her brother from the start but were never assessed. They believed this was because of an old conviction of Granda's from the 1980s. The Trust's records confirm that a kinship assessment was discussed in April 2022 but never started.

The family asked that the report record their thanks to the foster carers, who have kept Child G in contact with her grandparents, and to the school nurse, [[PERSON:Hazel Bird]], who "never gave up on her".
""", "en", ("wordname",))

add("nir-09", "background", """
Background and context

The Safeguarding Board for Northern Ireland received a notification from the Western Health and Social Care Trust in the autumn of 2023 about Child H, a seven-month-old baby admitted to Altnagelvin Area Hospital with a fractured skull. The CMR Panel recommended a full case management review because Child H's older sibling had been on the Child Protection Register, and because there was potential learning about pre-birth assessment.

The review was conducted in line with the SBNI Learning from Practice guidance, using a systems approach.

The baby's mother was 19 at the time of the birth and had herself been a looked-after child. Practitioners described her as "bright, funny and very alone". Her own mother had Down syndrome and her father had died when she was small.

The father of Child H was known to the PSNI for offences of violence. A disclosure under the Domestic Violence and Abuse Disclosure Scheme had been considered but not made, because the mother had not applied and the "right to know" threshold was judged not to be met.
""", "en", ("trap",))
# ---------------------------------------------------------------------------
# SCOTLAND
# ---------------------------------------------------------------------------

add("sct-01", "chronology", """
Learning review: integrated chronology (health and social work records)

[[DATE:14/03/2019]] Child A born at Gilbert Bain Hospital, Lerwick. CHI [[CHI_NUMBER:1403195986]]. Mother, [[PERSON:Kirsty Halcrow]], 19; father not named on the birth record. Discharged to [[ADDRESS:3 Harbour Row, Scalloway, Shetland]] [[POSTCODE:ZE1 0TR]].

[[DATE:02/04/2019]] Health visitor [[PERSON:Morag Tulloch]] completes the first visit. Notes that [[PERSON:Kirsty]]'s partner, [[PERSON:Magnus Jamieson]], works on a fishing boat and is away for two weeks at a time. Mother describes low mood. Perinatal mental health referral made.

[[DATE:19/06/2019]] Perinatal team letter: [[PERSON:Kirsty]] did not attend. No further action; letter copied to the GP at [[SETTING:Westshore Medical Practice]].

[[DATE:07/11/2019]] Out-of-hours call to NHS 24 from [[PERSON:Magnus]] reporting the baby is "floppy". Ambulance to Gilbert Bain; transferred by air to the Royal Aberdeen Children's Hospital. GCS 11 on arrival.

[[DATE:08/11/2019]] Inter-agency Referral Discussion. Police Scotland, Shetland Islands Council and NHS Shetland. Police reference [[CASE_REFERENCE:PS-20191108-0562]]. [[PERSON:Magnus Jamieson]] tells the duty social worker, [[PERSON:Ewan Sinclair]] (mobile [[PHONE:07700 900391]]), that the baby fell from the changing mat.

[[DATE:12/11/2019]] Skeletal survey reports two older rib fractures. Child A placed with paternal grandmother, [[PERSON:Mrs Inga Jamieson]], at [[ADDRESS:Kveldro, Burra]] under a Child Protection Order.
""", "en", ("setting",))

add("sct-02", "chronology", """
Police Scotland {{STORM}} incident log and concern report (extract; capitals as in original)

[[DATE:21/10/2022]] 23:05 CALL FROM [[PERSON:HOPE WISHART]] (AGE 15) FROM PAYPHONE IN CALLANDER. STATES SHE HAS RUN AWAY FROM [[ADDRESS:4 LENY FEUS, CALLANDER]] BECAUSE MUM'S PARTNER [[PERSON:STUART BAIRD]] HIT HER BROTHER [[PERSON:STORM]] (8) WITH A BELT.
[[DATE:21/10/2022]] 23:31 UNIT ATTENDS. [[PERSON:HOPE]] SPOKEN TO. STATES "THERE'S NO {{HOPE}} OF ANYTHING CHANGING IN THAT HOUSE". REQUESTS TO GO TO AUNT IN STIRLING.
[[DATE:22/10/2022]] 00:15 [[PERSON:BAIRD]] STOPPED DRIVING GREY TRANSIT [[VEHICLE_REGISTRATION:SF17 XNU]] ON A84. BREATH TEST NEGATIVE. STATES HE WAS "LOOKING FOR THE LASSIE".
[[DATE:22/10/2022]] 01:40 [[PERSON:STORM]] SEEN BY OFFICERS AND EXAMINED AT FORTH VALLEY ROYAL HOSPITAL. LINEAR BRUISING TO BACK OF LEGS.
[[DATE:22/10/2022]] 09:00 CHILD CONCERN REPORT SUBMITTED VIA IVPD REF [[CASE_REFERENCE:IVPD-22-0089416]]. IRD CONVENED WITH STIRLING COUNCIL AND NHS FORTH VALLEY.

Reviewer's note: the log writer correctly separated the girl's name from her use of the ordinary word in her statement, but the IVPD record listed the brother as "[[PERSON:STORM BAIRD]]", adopting the partner's surname. This delayed the match with his health records, which were held under his mother's surname.
""", "en", ("caps", "wordname"))

add("sct-03", "analysis", """
Analysis: seeing the child within the system

Child C had Down syndrome and significant feeding difficulties. The Named Person role, introduced under the Getting it right for every child (GIRFEC) approach, was held by the health visitor, who was also covering a vacant caseload.

Practitioners drew attention to the weight of eponymous diagnoses in the record: Hirschsprung's disease was investigated and excluded; a cardiologist referred to the possibility of Noonan syndrome.

The team considered earlier Scottish learning. The review into the death of Brandon Muir in Dundee (2008) and the O'Brien report into the death of Caleb Ness in Edinburgh (2003) both found that the needs of a parent, especially a parent using drugs, came to dominate practitioners' attention.

Practitioners also spoke about festive periods. Between Christmas and Hogmanay, and again around the Burns Night supper the family hosted, Mother stopped answering the door. Granny later told the review that "the house was full and nobody was looking at the bairn".

Learning point 2: complexity in a child's health needs can make neglect harder, not easier, to see.
""", "en", ("trap",))

add("sct-04", "learning_event", """
Minutes of the Learning Review Team, meeting 5 (not for publication)

Date: [[DATE:30 January 2024]], 10.00–12.30
Chair: [[PERSON:AMcL]] (CPC Lead Officer)
Present: [[PERSON:AMcL]], [[PERSON:K.D.]] (Social Work), [[PERSON:IR]] (NHS Lanarkshire), [[PERSON:GF]] (Police Scotland), [[PERSON:JMcA]] (Education), [[PERSON:SB]] (SCRA)
Apologies: [[PERSON:RW]] (Third Sector)

1. Chronology
[[PERSON:K.D.]] reported that the merged chronology is now complete to [[DATE:18 August 2023]]. [[PERSON:IR]] noted that Child D's CHI number had been entered incorrectly on the maternity record; it should read [[CHI_NUMBER:0206175299]]. [[PERSON:GF]] confirmed the vulnerable persons database entries had been added.

2. Learning themes
Discussion of the GP practice at [[SETTING:Hamilton Vale Medical Practice]] and its role in prescribing methadone to both parents. [[PERSON:SB]] asked whether the Reporter had been sent the police concern report; [[PERSON:GF]] to check.

3. Family engagement
[[PERSON:AMcL]] has written to Mother at [[ADDRESS:2/1, 47 Almada Street, Hamilton]] [[POSTCODE:ML3 0HQ]]. No reply yet. [[PERSON:JMcA]] suggested the school's family support worker, [[PERSON:Lorraine]], might be the best person to make contact.

Actions: [[PERSON:IR]] to correct the CHI error on the record. [[PERSON:RW]] to provide the third sector chronology.
""", "en", ("initials", "setting"))

add("sct-05", "key_practice_episode", """
Key practice episode 3: the online relationship

Child E was 13 when she began messaging an account called [[PERSON:ayrshire_rebel77]] on Instagram. Police later recovered the exchange:

[[PERSON:ayrshire_rebel77]]: ur so mature for ur age
Child E: thanks x
[[PERSON:ayrshire_rebel77]]: whit school u at
Child E: [[SETTING:doonhill academy]]
[[PERSON:ayrshire_rebel77]]: ma wee cousin [[PERSON:blaire]] goes there lol. u know her
Child E: ye shes in my reg class
[[PERSON:ayrshire_rebel77]]: dont tell [[PERSON:blaire]] we talk. she's a grass

The account was operated by [[PERSON:Ross McGarrity]], 26. He had previously used the handle [[PERSON:@rossy.mcg]] and was subject to a Sexual Harm Prevention Order. [[PERSON:Blaire]], the cousin, was real and had no knowledge of the messages.

Child E's guidance teacher, [[PERSON:Mr Calum Reid]], noticed she had become withdrawn. He spoke to her on [[DATE:6 October 2022]] and she told him about "a guy online". [[PERSON:Mr Reid]] followed the school's child protection procedure the same morning and the Inter-agency Referral Discussion was held that afternoon.

The review highlights this as good practice: the teacher's relationship with Child E enabled disclosure.
""", "en", ("lower", "handle", "setting"))

add("sct-06", "recommendations", """
Proposals for improvement

Each proposal below is linked to the evidence from which it arose, as the national guidance requires.

Proposal 1: NHS Shetland and Shetland Islands Council should develop guidance for practitioners working in small island communities about managing dual relationships, where a practitioner knows a family socially.

Proposal 2: The Child Protection Committee should ensure that the Named Person service is adequately covered when health visitors are absent, so that GIRFEC principles are sustained in practice.

Proposal 3: Police Scotland should review how children's surnames are recorded on the interim Vulnerable Persons Database when children live with an adult with a different surname. Evidence: learning point 3 and the police IMR.

Proposal 4: Education services should confirm that every secondary school's guidance team has received training on online grooming, including the use of false identities and the Protection of Children and Prevention of Sexual Offences (Scotland) Act 2005.

The learning review team was chaired by an independent reviewer (MA, MSc, CQSW) and included senior managers from health, police, education and social work. The Chief Officers Group will decide on publication having considered the family's views.
""", "en", ("trap",))

add("sct-07", "learning_event", """
Practitioner learning event: summary of themes

Thirty-one practitioners attended. Several described Child F's world beyond school. On Sundays he helped his grandfather serve langar at [[SETTING:Gurdwara Sri Dashmesh Darbar]], where the granthi, [[PERSON:Giani Harjit Singh]], had known him since birth. On Tuesday and Thursday evenings he played for [[SETTING:Pollok United Boys' Club]] under-14s; the coach, [[PERSON:Davie Hill]], was the first adult to notice he was going without food.

[[PERSON:Giani Harjit Singh]] told the review that he had seen bruises on Child F's arms in the summer of 2022 and had spoken to the boy's uncle, [[PERSON:Balvinder]], who lived with the family. He did not contact social work because, he said, "we deal with things in the sangat first".

Practitioners reflected on this honestly. One noted that the family also attended Punjabi classes at [[SETTING:Guru Nanak Saturday School]], which had a safeguarding lead but had never been contacted.

[[PERSON:Davie]] said the club had phoned the family home on [[PHONE:0141 496 0832]] several times about missed fees. He had eventually spoken to Child F's mother at a match on [[DATE:19 November 2022]], and she had cried.
""", "en", ("setting",))

add("sct-08", "key_practice_episode", """
Key practice episode 1: pre-birth planning

Child G was born on [[DATE_OF_BIRTH:28 November 2020]] at the Princess Royal Maternity Unit in Glasgow; CHI [[CHI_NUMBER:2811209077]]. A pre-birth child protection planning meeting had taken place on [[DATE:22 October 2020]]. Mother, [[PERSON:Chloe Bird]], had two older children who were living with their paternal grandmother under a compulsory supervision order.

The Reporter to the Children's Panel had received the pre-birth referral (SCRA reference [[CASE_REFERENCE:SCRA/20/118934]]), but a hearing could not be arranged before the birth. The plan therefore relied on a voluntary agreement that [[PERSON:Chloe]] and the baby's father, [[PERSON:Lewis Byrne]], would stay in a mother and baby unit.

On day three, [[PERSON:Lewis]] removed the baby from the ward against medical advice. Midwife [[PERSON:Fiona Campbell]] called the police immediately. The family were found at [[ADDRESS:Flat 3/2, 188 Paisley Road West, Glasgow]] [[POSTCODE:G51 1BT]], and a Child Protection Order was granted that evening.

The review found that the plan had been agreed without [[PERSON:Lewis]] being present, and that nobody had asked him whether he accepted it.
""", "en", ("wordname",))

add("sct-09", "terms_of_reference", """
Terms of reference

Purpose: To identify learning for the Child Protection Committee and its partner agencies from the circumstances in which Child H, aged two, sustained serious injuries in the care of her mother's partner.

Scope: The review will consider the period from Child H's birth in 2021 to the date of the incident in autumn 2023, and relevant history of the adults in the household.

Method: A systemic learning review under the National Guidance for Child Protection Committees Undertaking Learning Reviews.

Key questions:
1. What did agencies know about Mother's partner, and how was that information shared, including under the Disclosure Scheme for Domestic Abuse Scotland?
2. How did the Named Person and lead professional arrangements work in practice, and was GIRFEC's wellbeing wheel (SHANARRI) used to understand Child H's experience?
3. How were Child H's health needs, including a suspected diagnosis of Perthes disease, understood alongside concerns about care?

Membership: independent chair (BA, CQSW, PhD); representatives of NHS Highland, Police Scotland, The Highland Council and the Scottish Children's Reporter Administration. Date: December 2023. Version: 1.2.
""", "en", ("trap",))
# ---------------------------------------------------------------------------
# WALES (21 Welsh-language excerpts, 2 English-language)
# ---------------------------------------------------------------------------

add("wal-01", "chronology", """
Cronoleg: digwyddiadau allweddol (detholiad)

[[DATE:3ydd Mehefin 2022]] – Ymwelodd yr ymwelydd iechyd, [[PERSON:Nia Haf Roberts]], â'r cartref yn [[ADDRESS:7 Cilgant y Wennol, Caernarfon]], [[POSTCODE:LL55 2TN]]. Roedd Plentyn A yn bedwar mis oed. Dywedodd Mam fod ei phartner, [[PERSON:Dai]], yn gweithio shifftiau nos a'i bod hi'n gofalu am y babi ar ei phen ei hun yn ystod yr haf.

[[DATE:14eg o Fehefin 2022]] – Aeth Mam â Phlentyn A i [[SETTING:Feddygfa Glan Seiont]]. Gwelodd y meddyg teulu, [[PERSON:Dr Elin Wyn Parri]], y babi am frech cewyn. Ni holwyd am y marc a welwyd gan [[PERSON:Nia]] bythefnos ynghynt, gan nad oedd y nodyn wedi cyrraedd y feddygfa.

[[DATE:29ain o Fehefin 2022]] – Ffoniodd Nain y tîm derbyn yng Nghyngor Gwynedd o'i ffôn symudol ([[PHONE:07700 900128]]). Dywedodd ei bod wedi gweld [[PERSON:Dafydd]] yn "ysgwyd y pram yn galed" y tu allan i'r siop. Cofnodwyd yr alwad dan gyfeirnod [[CASE_REFERENCE:GC-CP-2022-01873]].

[[DATE:1af Gorffennaf 2022]] – Trafodaeth strategaeth rhwng Cyngor Gwynedd, Heddlu Gogledd Cymru a Bwrdd Iechyd Prifysgol Betsi Cadwaladr. Cytunwyd y byddai'r gweithiwr cymdeithasol, [[PERSON:Iwan Gruffydd]], yn ymweld ar y cyd â [[PERSON:DC Rhian Morgan]] y diwrnod wedyn.
""", "cy", ("welsh", "setting"))

add("wal-02", "key_practice_episode", """
Pennod Ymarfer Allweddol 2: y cyfnod yn yr ysgol gynradd

Dechreuodd Plentyn B yn [[SETTING:Ysgol Gynradd Bro Cefni]] ym mis Medi 2021, ar ôl symud o Wrecsam gyda'i fam a'i frawd hŷn, [[PERSON:Tomos]]. Ei athrawes ddosbarth oedd [[PERSON:Mrs Catrin Lloyd]]. Erbyn hanner tymor roedd [[PERSON:Mrs Lloyd]] wedi sylwi ar ddillad budr a bocs bwyd gwag sawl diwrnod yr wythnos. Soniodd am hyn wrth y pennaeth, [[PERSON:Gareth Owen]], a gofynnodd yntau i [[PERSON:Gatrin]] gofnodi pob pryder ar y system ddiogelu.

Ar [[DATE:18 Tachwedd 2021]], dywedodd Plentyn B wrth y cynorthwyydd dosbarth, [[PERSON:Llinos Ellis]], ei fod wedi cael ei gloi yn ei ystafell gan [[PERSON:Domos]] dros y penwythnos. Trosglwyddodd [[PERSON:Llinos]] y wybodaeth i'r Person Diogelu Dynodedig yr un prynhawn. Wedyn, ceisiodd y gweithiwr cymdeithasol siarad â [[PERSON:Thomos]] yn [[SETTING:Ysgol Uwchradd Tal-y-foel]], ond roedd wedi'i wahardd am dridiau.

Dadansoddiad: Mae'r bennod yn dangos bod gwybodaeth am [[PERSON:Tomos]] wedi'i chadw mewn dwy ysgol ar wahân. Dywedodd [[PERSON:Mrs Lloyd]] yn y digwyddiad dysgu ymarferwyr na wyddai fod gan Blentyn B frawd yn yr ysgol uwchradd o gwbl. Ond mae'r adolygiad yn gweld patrwm: roedd pob ysgol yn gweld hanner y darlun.
""", "cy", ("welsh", "setting"))

add("wal-03", "learning_event", """
Cofnodion cyfarfod panel yr adolygiad (detholiad)

Dyddiad: dydd Llun [[DATE:5 Chwefror 2024]]
Lleoliad: Swyddfa'r Bwrdd Diogelu, Yr Wyddgrug (a Teams)
Cadeirydd: [[PERSON:GHJ]] (Bwrdd Diogelu Gogledd Cymru)
Yn bresennol: [[PERSON:GHJ]]; [[PERSON:SPW]] (Cyngor Sir Ddinbych); [[PERSON:AEL]] (Heddlu Gogledd Cymru); [[PERSON:MRh]] (BIPBC); [[PERSON:DO]] (Addysg)
Ymddiheuriadau: [[PERSON:CJ]] (Gwasanaeth Prawf); [[PERSON:LlE]] (CAMHS)

1. Croeso
Croesawodd [[PERSON:GHJ]] bawb a nododd nad oedd yr adolygydd annibynnol ar gael.

2. Cronoleg integredig
Adroddodd [[PERSON:SPW]] fod y gronoleg bellach yn cynnwys cofnodion y feddygfa. Gofynnodd [[PERSON:AEL]] a oedd y cyfeiriad yn [[ADDRESS:Fflat 2, 14 Stryd y Ffynnon, Dinbych]] wedi'i gofnodi'n gywir, gan fod swyddogion wedi ymweld â'r fflat uwchben ar ddau achlysur. Cadarnhaodd [[PERSON:MRh]] fod rhif GIG y plentyn, [[NHS_NUMBER:565 260 1817]], yr un fath yn y ddwy system.

3. Camau gweithredu
CAM 1: [[PERSON:DO]] i gadarnhau dyddiadau gwahardd o'r ysgol erbyn [[DATE:19 Chwefror 2024]].
CAM 2: [[PERSON:SPW]] i ysgrifennu at y teulu yn Gymraeg ac yn Saesneg.
CAM 3: [[PERSON:AEL]] i holi [[PERSON:CJ]] am gofnodion MAPPA cyn y cyfarfod nesaf.
""", "cy", ("welsh", "initials"))

add("wal-04", "analysis", """
Dadansoddiad: llais y plentyn a'r iaith Gymraeg

Roedd Plentyn C yn ddeg oed pan ddechreuodd yr adolygiad. Mae'n siarad Cymraeg gartref gyda'i Nain a'i Daid, a Saesneg gyda'i dad. Dywedodd wrth yr adolygydd mai Dydd Gŵyl Dewi oedd ei hoff ddiwrnod yn yr ysgol, gan ei fod wedi canu yn Eisteddfod yr Urdd ym mis Mai 2023.

Mae Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014, a ddaeth i rym ar {{6 Ebrill 2016}}, yn disgwyl i wasanaethau gael eu cynnig yn Gymraeg heb i'r unigolyn orfod gofyn: y Cynnig Rhagweithiol. Nid oedd hyn yn digwydd yn gyson. Cynhaliwyd tri chyfarfod grŵp craidd yn Saesneg yn unig, er bod Mam wedi dweud mai Cymraeg oedd iaith yr aelwyd.

Yn y digwyddiad dysgu, dywedodd Gweithiwr Cymdeithasol 2 nad oedd cyfieithydd ar gael ar fyr rybudd. Dywedodd Ymwelydd Iechyd 1 fod Mam-gu ar ochr y tad yn aml yn ateb drosto.

Canfyddiad 2: Pan na fydd plentyn yn cael siarad yn ei iaith gyntaf, mae perygl na chaiff ei lais ei glywed o gwbl.
""", "cy", ("welsh", "trap"))

add("wal-05", "chronology", """
Atodiad 3: negeseuon testun o ffôn Mam (trawsgrifiad)

Tynnwyd y negeseuon hyn o ffôn Mam gan Heddlu Gogledd Cymru ar [[DATE:22ain o Dachwedd 2022]]. Fe'u cynhwysir fel y'u hysgrifennwyd, heb gywiro'r sillafu.

21:14 Mam: ti'n dod draw heno [[PERSON:eira]]? dwi methu neud hyn ar ben fy hun
21:20 [[PERSON:eira]]: methu cyw, dwi'n gweithio tan 2. gofyn i [[PERSON:ddai]]
21:31 Mam: di [[PERSON:dai]] ddim yn ateb. ma fo efo [[PERSON:gwen]] eto siwr o fod
21:58 [[PERSON:eira]]: ma hin bwrw {{eira}} yn fama. paid mynd allan efo'r fechan
07:02 [[PERSON:dai]]: sori. ar y ffordd. paid deud dim byd wrth [[PERSON:heulwen]] am neithiwr na wrth yr ysgol
07:05 Mam: ma [[PERSON:heulwen]] di gweld y cwbwl [[PERSON:dai]]

Roedd Mam hefyd wedi anfon neges uniongyrchol ar Instagram at y cyfrif [[PERSON:@gwenno.x.llyn]] yn gofyn "ti efo fo?". Ni chafwyd ateb.

Sylwadau'r adolygydd: Mae'r negeseuon yn dangos patrwm o ofyn am gymorth gyda'r nos, pan nad oedd unrhyw wasanaeth ar agor. Nid oedd neb wedi sôn wrth Mam am y Tîm Dyletswydd Argyfwng. Dywedodd Plentyn D, sy'n ddeg oed, wrth yr adolygydd ei bod hi "yn gwybod pryd i fynd i'r llofft".
""", "cy", ("welsh", "lower", "handle", "wordname"))

add("wal-06", "executive_summary", """
Crynodeb gweithredol

Ganwyd Plentyn E yn Ysbyty Glan Clwyd ym mis Ionawr 2021, yn 34 wythnos, gyda sgôr Apgar o 6 ar ôl un munud. Roedd ganddo syndrom Down a nam ar y galon, a threuliodd dair wythnos yn yr uned newyddenedigol. Cafodd ei ryddhau adref at ei rieni gyda chymorth y tîm nyrsio cymunedol plant a'r gwasanaeth ymwelwyr iechyd.

Yn ystod y deunaw mis nesaf, cafodd Plentyn E ei dderbyn i'r ysbyty un ar ddeg o weithiau. Roedd Mam yn disgrifio symptomau nad oedd staff yn eu gweld. Ym mis Awst 2022, cododd pediatregydd ymgynghorol bryder ffurfiol am salwch ffug neu salwch a achosir (FII), a elwid gynt yn syndrom Munchausen drwy ddirprwy.

Mae'r adolygiad yn canfod bod pob asiantaeth wedi gweithio'n ddiwyd, ond mai dim ond rhywun a oedd yn darllen pob cofnod ysbyty ochr yn ochr a allai weld y darlun cyfan. Fel y nododd yr Arglwydd Laming yn ei adroddiad ar farwolaeth Victoria Climbié yn 2003, nid diffyg gwybodaeth ond diffyg cysylltu gwybodaeth sy'n methu plant amlaf.

Dyddiad: Mawrth 2024 | Fersiwn 4 | Awdur: Adolygydd Arweiniol | Cadeirydd: Cadeirydd Annibynnol y Panel
""", "cy", ("welsh", "trap"))

add("wal-07", "family_involvement", """
Cyfraniad y teulu

Cyfarfu'r adolygwyr â Mam a'i chwaer, [[PERSON:Ffion Tudur]], yn [[ADDRESS:Bryn Eithin, Lôn Goch, Amlwch]] ar [[DATE:12 Medi 2023]]. Roedd Mam am i'r adolygiad wybod mai [[PERSON:Ffi]] oedd yr unig un a oedd wedi sylwi bod rhywbeth o'i le. Dywedodd [[PERSON:Ffion]] ei bod wedi ffonio'r feddygfa, [[SETTING:Meddygfa'r Bont]], ddwywaith, ond nad oedd neb wedi galw'n ôl.

Soniodd Mam hefyd am ei Nain, a fu'n gofalu am Blentyn F bob dydd Mercher. "Roedd Nain yn gweld popeth," meddai. Dywedodd Taid nad oedd yn deall pam nad oedd y gweithiwr cymdeithasol, [[PERSON:Mr Huws]], wedi siarad ag ef yn Gymraeg.

Gofynnodd Mam i'r adolygwyr beidio â chyhoeddi enw'r clwb lle'r oedd Plentyn F yn chwarae pêl-droed, [[SETTING:Clwb Pêl-droed Ieuenctid Llanbadrig]], gan fod pawb yn yr ardal yn adnabod y teulu. Roedd yr hyfforddwr, [[PERSON:Iestyn Bowen]] ("[[PERSON:Iest]]" i'r plant), wedi sylwi ar gleisiau ar goesau Plentyn F ym mis Ebrill 2023 ac wedi sôn wrth [[PERSON:Ffion]], ond nid wrth neb arall.

Dywedodd Mam fod tad Plentyn F yn dal i anfon negeseuon ati ar TikTok o'r cyfrif [[PERSON:llyr_owain.94]], er gwaethaf y gorchymyn peidio ag ymyrryd.
""", "cy", ("welsh", "setting", "handle"))

add("wal-08", "chronology", """
Extract from the North Wales Police command and control log, as supplied to the review (capitals as in the original)

[[DATE:09/03/2023]] 23:47 CALLER IS NEIGHBOUR [[PERSON:MRS MEINIR JARVIS]] OF [[ADDRESS:4 HEOL Y FELIN, LLANGEFNI]] [[POSTCODE:LL77 7QX]]. REPORTS SHOUTING AND A CHILD SCREAMING AT NO 6. CALLER KNOWS THE MALE ONLY AS "[[PERSON:DAI BACH]]".
[[DATE:09/03/2023]] 23:52 PNC CHECK ON VEHICLE OUTSIDE [[VEHICLE_REGISTRATION:CN19 WYR]]. REGISTERED KEEPER [[PERSON:DAFYDD IOAN HUGHES]] DOB [[DATE_OF_BIRTH:21/08/1991]].
[[DATE:10/03/2023]] 00:14 OFFICERS ON SCENE. MALE STATES "I'M NOT TALKING TO THE OLD BILL" AND LEAVES ON FOOT. FEMALE STATES NO ASSAULT, ARGUMENT ONLY. CHILD 1 (AGED 6) ASLEEP. CHILD 2 ([[PERSON:GWAWR]], AGED 2) AWAKE AND DISTRESSED, NO VISIBLE INJURY.
[[DATE:10/03/2023]] 00:40 DASH COMPLETED, MEDIUM. PPN SUBMITTED REF [[CASE_REFERENCE:NWP-PPN-23-004417]]. NEIGHBOUR CALLED BACK ON [[PHONE:01632 960417]] AND ADVISED.
[[DATE:10/03/2023]] 09:15 PPN SHARED WITH CYNGOR SIR YNYS MON AND WITH [[SETTING:YSGOL GYNRADD RHOS EITHIN]] VIA OPERATION ENCOMPASS.

Reviewer's note: the nickname recorded by the call handler was not linked to [[PERSON:HUGHES]] on the police system until a second incident in May 2023. "Bach" is an affectionate Welsh word meaning "little", and the neighbour was not asked for a surname.
""", "en", ("caps", "welsh", "wordname"))

add("wal-09", "analysis", """
Dadansoddiad: trosglwyddo achos rhwng ymarferwyr

Roedd y rhan fwyaf o'r wybodaeth am y teulu yn llifo trwy un person, sef yr ymwelydd iechyd, [[PERSON:Bethan Rowlands]]. Pan aeth hi ar gyfnod mamolaeth ym mis Hydref 2022, trosglwyddwyd yr achos i gydweithiwr newydd, [[PERSON:Ceri Lewis]]. Ni chafwyd cyfarfod trosglwyddo, a dywedodd [[PERSON:Ceri]] yn y digwyddiad dysgu nad oedd neb wedi sôn wrthi am y pryderon a fynegwyd i [[PERSON:Fethan]] gan y feithrinfa.

Roedd rheolwr [[SETTING:Meithrinfa Tŷ Enfys]], [[PERSON:Llinos Bevan]], wedi ysgrifennu at [[PERSON:Fethan]] ddwywaith yn ystod yr haf. Dywedodd [[PERSON:Llinos]] ei bod wedi "cymryd yn ganiataol" fod [[PERSON:Bethan]] wedi rhannu'r e-byst â'i rheolwr. Ni wnaeth. Daeth yr e-byst gan [[PERSON:Linos]] i'r golwg dim ond pan chwiliwyd mewnflwch a oedd wedi'i gau.

Cyfarfu'r gweithiwr cymdeithasol, [[PERSON:Dylan Pugh]], â [[PERSON:Cheri]] unwaith, ar [[DATE:7fed Tachwedd 2022]]. Cwblhawyd yr asesiad gan [[PERSON:Ddylan]] heb gyfraniad gan y feithrinfa, ac felly ni welodd y panel fod Plentyn G wedi colli pwysau ers y gwanwyn.

Canfyddiad 3: Pan fydd achos yn symud rhwng ymarferwyr heb sgwrs wyneb yn wyneb, mae pryderon partneriaid yn cael eu colli.
""", "cy", ("welsh", "setting"))

add("wal-10", "action_plan", """
Cynllun gweithredu: Adolygiad Diogelu Unedig Sengl (crynodeb)
Fersiwn 3 | Dyddiad: Ionawr 2025 | Cadeirydd: Cadeirydd y Grŵp Adolygu

Argymhelliad 1 – Trosglwyddo achosion
Cam: Cyflwyno trefn trosglwyddo wyneb yn wyneb ar gyfer pob achos amddiffyn plant yn y gwasanaeth ymwelwyr iechyd.
Arweinydd: Pennaeth Nyrsio Plant, Bwrdd Iechyd Prifysgol Betsi Cadwaladr
Dyddiad targed: Mehefin 2025
Tystiolaeth: archwiliad o 20 achos a drosglwyddwyd.

Argymhelliad 2 – Y Cynnig Rhagweithiol
Cam: Pob cyfarfod grŵp craidd i gofnodi dewis iaith y plentyn a'r teulu.
Arweinydd: Pennaeth Gwasanaethau Plant, Cyngor Gwynedd; Uwch Swyddog Diogelu, Heddlu Gogledd Cymru
Dyddiad targed: Medi 2025

Argymhelliad 3 – Partneriaid addysg
Cam: Rhannu canllaw byr â phob Person Diogelu Dynodedig ar rannu gwybodaeth rhwng ysgolion cynradd ac uwchradd.
Arweinydd: Swyddog Diogelu Addysg (Swydd: wag ar hyn o bryd)
Dyddiad targed: Rhagfyr 2025

Bydd Gofal Cymdeithasol Cymru yn cael gwybod am unrhyw hyfforddiant newydd, a bydd cynnydd yn cael ei adrodd i'r hyb cydgysylltu bob chwarter.
""", "cy", ("welsh", "trap"))

add("wal-11", "chronology", """
Cronoleg (parhad)

[[DATE:2il Hydref 2023]] – Dechreuodd Plentyn H yng [[SETTING:Nghylch Meithrin Pen-y-bryn]]. Nododd arweinydd y cylch, [[PERSON:Mererid Jones]], fod y plentyn yn dawedog iawn ac yn gwrthod bwyta.

[[DATE:16eg o Hydref 2023]] – Gadawodd Mam neges i [[PERSON:Fererid]] yn dweud bod y teulu'n symud at ei chwaer am gyfnod. Ni chafodd y neges ei throsglwyddo i'r ymwelydd iechyd.

dydd Iau [[DATE:2 Tachwedd 2023]] – Ymweliad cartref gan [[PERSON:Rhodri Evans]], gweithiwr teulu o [[SETTING:Ganolfan Deulu Glan'rafon]]. Roedd y teulu'n aros yn [[ADDRESS:Tŷ Capel, Stryd Seion, Bethesda]].

[[DATE:5ed Tachwedd 2023]] – Dywedodd gweinidog [[SETTING:Capel Seion]], y [[PERSON:Parchedig Emyr Llwyd]], wrth [[PERSON:Rodri]] fod y teulu'n mynychu'r oedfa bob bore Sul ond bod Mam "yn edrych wedi blino'n lân".

[[DATE:20fed Tachwedd 2023]] – Derbyniwyd Plentyn H i Ysbyty Gwynedd, i [[SETTING:Ward Eithin]], gyda diffyg hylif. Cofnododd y nyrs fod y plentyn yn "ddistaw ac yn ofnus".

[[DATE:21ain Tachwedd 2023]] – Trafodaeth strategaeth. Cofnodwyd yr atgyfeiriad dan rif WCCIS [[CASE_REFERENCE:4410927]].
""", "cy", ("welsh", "setting"))

add("wal-12", "learning_event", """
Digwyddiad dysgu ymarferwyr: crynodeb o'r drafodaeth

Daeth dau ar hugain o ymarferwyr ynghyd ym mis Mehefin 2024. Codwyd tair thema.

1. Y teulu estynedig. Roedd Mam-gu a Thad-cu yn gofalu am Blentyn J bob penwythnos, ond nid oedd neb wedi asesu a oedd hyn yn ddiogel. Dywedodd un ymarferydd: "Mam-gu oedd yn ateb y drws bob tro." Ar ochr ei dad, roedd Dadi (mam ei dad) yn byw gyda'r teulu yn ystod Ramadan ac Eid, ac roedd y plant yn galw eu tad yn Baba.

2. Cymhwysedd Gillick a Chanllawiau Fraser. Roedd Plentyn J yn bedair ar ddeg oed pan ofynnodd i'r nyrs ysgol am atal cenhedlu. Dilynodd y nyrs Ganllawiau Fraser yn gywir, ond ni ofynnodd pwy oedd y partner.

3. Datgelu. Roedd Mam wedi gwneud cais dan Gynllun Datgelu Trais Domestig (Cyfraith Clare) ond heb glywed dim am chwe wythnos.

Nododd y cadeirydd fod adolygiad cenedlaethol 2022 yn dilyn marwolaethau Arthur Labinjo-Hughes a Star Hobson wedi codi'r un cwestiwn am leisiau'r teulu estynedig.
""", "cy", ("welsh", "trap"))

add("wal-13", "recommendations", """
Argymhellion (drafft – i'w wirio cyn cyhoeddi)

Argymhelliad 1: Dylai'r Bwrdd Diogelu sicrhau bod pob asiantaeth yn cofnodi dewis iaith y plentyn ar y ffurflen atgyfeirio.

Argymhelliad 2: Dylai Cyngor Sir Ynys Môn adolygu'r drefn ar gyfer ymweliadau dirybudd pan fydd teulu wedi symud i lety dros dro. Yn yr achos hwn, symudodd y teulu o [[ADDRESS:22 Heol y Bryn, Llanfairpwll]], [[POSTCODE:LL61 5QE]], i fflat uwchben siop heb i'r gweithiwr cymdeithasol wybod am bythefnos.

Argymhelliad 3: Dylai'r bwrdd iechyd atgoffa meddygon teulu o'r angen i ddilyn atgyfeiriadau at y tîm pediatrig. Cysylltwch â'r arweinydd diogelu, [[PERSON:Siôn Pryce]], ar [[PHONE:07700 900853]] neu [[EMAIL:sion.pryce@diogelu-mon.example.cymru]] am fanylion yr archwiliad.

Nodyn golygyddol: rhaid dileu manylion cyswllt [[PERSON:Siôn]] a'r cyfeiriad uchod cyn i'r adroddiad fynd at y bwrdd. Gofynnodd [[PERSON:Gwenllïan Parry]] (cyfieithydd) a ddylid cadw enw'r pentref yn y fersiwn Saesneg; cytunwyd i'w ddileu o'r ddwy fersiwn.
""", "cy", ("welsh",))

add("wal-14", "key_practice_episode", """
Pennod Ymarfer Allweddol 4: cyfweliad ABE (trawsgrifiad, detholiad)

Cynhaliwyd y cyfweliad ar [[DATE:9fed Mawrth 2023]] yn ystafell gyfweld arbenigol Heddlu Dyfed-Powys. Y cyfwelydd oedd [[PERSON:DC Awen Prosser]].

[[PERSON:DC Prosser]]: Wyt ti'n gallu dweud wrtha i pwy sy'n byw yn y tŷ efo ti?
Plentyn K: Fi, Mami, a [[PERSON:Carwyn]]. A [[PERSON:Mali]] pan mae hi'n dod adre.
[[PERSON:DC Prosser]]: Pwy ydy [[PERSON:Mali]]?
Plentyn K: Chwaer fi. Mae hi'n byw efo ei Thad hi yng Ngheredigion.
[[PERSON:DC Prosser]]: Beth sy'n digwydd pan mae [[PERSON:Carwyn]] yn flin?
Plentyn K: Dw i'n mynd i'r cwpwrdd. Dw i ddim yn siarad â [[PERSON:Charwyn]] wedyn. Weithiau dw i'n tecstio [[PERSON:Fali]].

Sylwadau: Cadarnhawyd yn ddiweddarach mai [[PERSON:Carwyn Rees]] oedd partner Mam ac mai [[PERSON:Mali Jenkins]] yw hanner-chwaer Plentyn K. Mae'r cyfeiriad at "ei Thad hi" yn golygu tad [[PERSON:Mali]], nid partner Mam. Ni chafodd y cyfweliad ei gynnig yn Gymraeg er mai Cymraeg yw iaith gyntaf Plentyn K.
""", "cy", ("welsh", "lower"))

add("wal-15", "terms_of_reference", """
Cylch gorchwyl

Penderfynodd Bwrdd Diogelu Canolbarth a Gorllewin Cymru (CYSUR) gynnal Adolygiad Diogelu Unedig Sengl estynedig, gan fod Plentyn L ar y gofrestr amddiffyn plant yn ystod y chwe mis cyn y digwyddiad. Gan i'r atgyfeiriad ddod i law ar ôl {{1 Hydref 2024}}, dilynir canllawiau statudol 2024 ac nid proses yr Adolygiad Ymarfer Plant.

Cyfnod: Bydd yr adolygiad yn ystyried y deuddeg mis cyn y digwyddiad, sef Mai 2023 hyd at Fai 2024, ac yn ymestyn i ddwy flynedd ar gyfer cofnodion iechyd meddwl amenedigol, am y rheswm a gofnodwyd gan y grŵp.

Cwestiynau allweddol:
1. Pa mor dda yr oedd asiantaethau yn deall profiad bob dydd Plentyn L?
2. A gafodd y teulu gynnig gwasanaeth yn Gymraeg, ac a gafodd Nain a Taid eu cynnwys?
3. Sut y defnyddiwyd gwybodaeth a ddatgelwyd dan Gyfraith Clare ac o dan Gyfraith Sarah?
4. Beth oedd effaith absenoldeb staff ym Mwrdd Iechyd Prifysgol Hywel Dda a Chyngor Sir Ceredigion dros y gaeaf?

Aelodau: adolygydd arweiniol annibynnol (BSc, MA); uwch nyrs ddiogelu (RGN, RSCN); ditectif arolygydd, Heddlu Dyfed-Powys; rheolwr tîm, Cyngor Sir Ceredigion.
""", "cy", ("welsh", "trap"))

add("wal-16", "chronology", """
Cronoleg addysg ac iechyd (detholiad)

[[DATE:5 Medi 2022]] – Dechreuodd [[PERSON:Kayden Bird]] (dyddiad geni [[DATE_OF_BIRTH:11/02/2016]]; UPN [[UPN:L281590139624]]) ym Mlwyddyn 2 yn [[SETTING:Ysgol Gynradd Heol Las]]. Roedd ei chwaer, [[PERSON:Rose Bird]], yn y dosbarth meithrin.

[[DATE:21ain Medi 2022]] – Dywedodd yr athrawes, [[PERSON:Miss Haf Bowen]], fod [[PERSON:Kayden]] wedi dod i'r ysgol heb esgidiau am y trydydd tro. Ffoniodd yr ysgol Mam, [[PERSON:Paige Bird]], ar [[PHONE:029 2018 0346]]. Dim ateb.

[[DATE:3 Hydref 2022]] – Gwelwyd [[PERSON:Rose]] gan y nyrs ysgol. Rhif GIG [[NHS_NUMBER:587 908 3012]]. Pwysau o dan yr ail ganradd. Atgyfeiriwyd at y pediatregydd cymunedol.

[[DATE:17eg o Hydref 2022]] – Ymweliad cartref gan y swyddog lles addysg. Dywedodd [[PERSON:Paige]] fod ei thad, [[PERSON:Ray Bird]], yn helpu gyda'r plant ond ei fod yn sâl ers yr haf. Roedd [[PERSON:Kayden]] yn galw ei chwaer yn "[[PERSON:Birdy]]" ac yn gofalu amdani ar ôl ysgol.

[[DATE:8fed Tachwedd 2022]] – Daeth llythyr yr Adran Gwaith a Phensiynau i'r ysgol yn lle'r cartref. Roedd yn dangos rhif Yswiriant Gwladol [[PERSON:Paige]], [[NINO:JK 62 48 19 C]], a bod ei Chredyd Cynhwysol wedi'i atal.
""", "cy", ("welsh", "wordname", "setting"))

add("wal-17", "background", """
Cefndir

Mae Plentyn M yn byw gyda'i rieni a'i ddau frawd ar fferm deuluol yng nghefn gwlad Powys. Roedd y teulu'n adnabyddus yn y gymuned: roedd Tad yn aelod o'r Ffermwyr Ifanc yn ei ieuenctid, ac roedd Plentyn M a'i frodyr yn cystadlu'n gyson yn Eisteddfod yr Urdd ac yn dangos defaid yn y Sioe Frenhinol bob mis Gorffennaf.

Mae'r adolygiad yn nodi bod ynysu daearyddol yn thema gyson. Roedd y fferm ddeuddeg milltir o'r feddygfa agosaf, ac nid oedd bws ysgol ar gael ar ôl i'r llwybr gael ei newid ym mis Medi 2022.

Roedd gan Dad-cu (ar ochr y fam) ddementia, ac roedd Mam yn gofalu amdano dridiau'r wythnos. Ni chafodd hi erioed asesiad gofalwr, er bod Deddf 2014 yn rhoi hawl iddi gael un.

Ym mis Ionawr 2023, dechreuodd Plentyn M golli'r ysgol yn aml. Cofnododd yr ysgol 41 y cant o bresenoldeb yn nhymor y gwanwyn. Dywedodd Mam: "Doedd dim heulwen yn y tŷ y gaeaf hwnnw."
""", "cy", ("welsh", "trap"))

add("wal-18", "learning_event", """
Cofnodion cyfarfod grŵp craidd (atodiad i'r gronoleg)

Dyddiad: [[DATE:14eg o Fawrth 2023]]
Cadeirydd: [[PERSON:EFD]] (gweithiwr cymdeithasol)
Yn bresennol: [[PERSON:EFD]]; [[PERSON:RhG]] (ymwelydd iechyd); [[PERSON:M.Ll.]] (pennaeth, [[SETTING:Ysgol Gymraeg Cwm Nedd]]); Mam; [[PERSON:Anti Sue]] (yn cefnogi Mam)
Ymddiheuriadau: [[PERSON:BH]] (Heddlu De Cymru)

Diweddariad gan yr asiantaethau
Dywedodd [[PERSON:RhG]] fod y babi'n magu pwysau'n dda a bod Mam yn mynd â hi i'r clinig bob pythefnos. Dywedodd [[PERSON:M.Ll.]] fod presenoldeb Plentyn N wedi codi i 88 y cant, ond ei bod yn dal i gyrraedd yn hwyr ac yn llwglyd.

Holodd [[PERSON:EFD]] am y negeseuon a anfonwyd at Blentyn N ar Snapchat gan y cyfrif [[PERSON:tyler.jxx_]]. Cadarnhaodd Mam ei bod wedi blocio'r cyfrif, ond bod cyfrif newydd, [[PERSON:tjxx_2]], wedi ymddangos yr wythnos wedyn.

Camau
- [[PERSON:EFD]] i rannu'r sgrinluniau â [[PERSON:BH]] erbyn dydd Gwener.
- [[PERSON:RhG]] i drefnu ymweliad ar y cyd â'r nyrs ysgol.
- [[PERSON:Anti Sue]] i gefnogi Mam i fynd i'r grŵp rhianta yn [[SETTING:Canolfan Deulu'r Gnoll]].
- Cyfarfod nesaf: mis Ebrill 2023 (dyddiad i'w gadarnhau).
""", "cy", ("welsh", "initials", "handle", "setting"))

add("wal-19", "analysis", """
Dadansoddiad: y tad a'r teulu estynedig

Ychydig iawn a wyddai'r asiantaethau am dad Plentyn P, [[PERSON:Glyn Marsh]]. Roedd ei enw ar y dystysgrif geni, ond ni chafodd ei wahodd i'r un cyfarfod. Pan ysgrifennodd y tîm at y teulu, anfonwyd y llythyr at "[[PERSON:Mr a Mrs Marsh]]", er mai [[PERSON:Heledd Morgan]] oedd enw Mam ac nad oedd hi erioed wedi priodi [[PERSON:Glyn]]. Aeth y llythyr i dŷ ei fam ef, [[PERSON:Mrs Eirlys Marsh]].

Dywedodd [[PERSON:Heledd]] wrth yr adolygydd fod [[PERSON:Awel]] yn ofni ei thad, a'i bod hi wedi dweud hynny wrth yr ymwelydd iechyd. Roedd hi wedi rhoi ei ffôn i [[PERSON:Lyn]] un noson er mwyn iddo weld lluniau'r babi, ac fe ddarllenodd ei negeseuon i gyd.

Cafodd [[PERSON:Glyn]] ei arestio ar [[DATE:30 Ebrill 2023]] ar ôl i gymydog glywed sgrechian. Ysgrifennodd y swyddog, [[PERSON:PC Dewi Hill]], fod [[PERSON:Awel]] yn eistedd ar y grisiau yn ei phyjamas, yn crynu yn awel oer y drws agored.

Canfyddiad 4: Mae tadau a phartneriaid gwrywaidd yn dal i fod yn anweledig yn ein systemau, yn enwedig pan fo cyfenwau'r teulu'n wahanol.
""", "cy", ("welsh", "wordname"))

add("wal-20", "findings", """
Canfyddiadau

Canfyddiad 1: Cyflyrau meddygol a lleisiau plant
Roedd gan Blentyn R syndrom Treacher Collins a nam ar y clyw. Roedd gan ei frawd hŷn ddiagnosis o syndrom Asperger (fel y'i cofnodwyd cyn DSM-5) a chlefyd Crohn. Treuliodd ymarferwyr gymaint o amser yn cydlynu apwyntiadau meddygol nes bod profiad bob dydd Plentyn R, gartref, wedi'i golli.

Canfyddiad 2: Anafiadau i'r pen
Pan gyrhaeddodd Plentyn R yr adran achosion brys, roedd ei sgôr ar Raddfa Coma Glasgow yn 13. Roedd y meddyg yn dibynnu ar esboniad Mam am gwymp o'r soffa. Nid oedd y canllaw ar anafiadau heb esboniad mewn babanod nad ydynt yn symud wedi'i ddilyn, er bod Plentyn R yn dal i fethu cropian oherwydd ei gyflwr.

Canfyddiad 3: Dysgu cenedlaethol
Mae'r canfyddiadau hyn yn adleisio'r hyn a ddysgwyd yn genedlaethol ar ôl marwolaeth Peter Connelly, ac yn adroddiad Waterhouse, Lost in Care, am bwysigrwydd gwrando ar blant anabl yn arbennig.

Adolygydd: Adolygydd Arweiniol Annibynnol (BA, MSc, CQSW) | Cynghorydd iechyd: Nyrs Ddynodedig (RGN, RSCN, MBE) | Fersiwn 2
""", "cy", ("welsh", "trap"))

add("wal-21", "executive_summary", """
Crynodeb gweithredol (drafft 2 – heb ei wirio)

Mae'r adolygiad hwn yn ymwneud â Phlentyn Q, bachgen tair oed a gafodd anaf difrifol i'w ben ym mis Chwefror 2024. Ganwyd Plentyn Q ar [[DATE_OF_BIRTH:3ydd Mehefin 2020]] ac roedd yn byw gyda'i fam a'i lystad mewn tŷ rhent preifat.

Roedd Plentyn Q yn mynychu [[SETTING:Meithrinfa Camau Bach]] dri bore'r wythnos, ac wedi hynny'r dosbarth meithrin yn [[SETTING:Ysgol Feithrin Bryncoch]]. Sylwodd staff y feithrinfa ar gleisiau ar ei fraich ym mis Tachwedd 2023. Dywedodd [[PERSON:Elis]] wrth ei weithiwr allweddol fod "[[PERSON:Jac]] yn gwasgu" — cyfeiriad, fel y daeth yn amlwg, at y llystad.

Roedd y teulu'n hysbys i'r heddlu. Yn ystod 2023, cofnodwyd pedwar digwyddiad cam-drin domestig yn y cartref, ac roedd un ohonynt yn ymwneud â char y llystad, [[VEHICLE_REGISTRATION:CU21 KHF]], yn cael ei yrru tuag at gymydog.

Ar [[DATE:11eg o Chwefror 2024]], aeth Mam â Phlentyn Q i Ysbyty Treforys. Canfuwyd toriad i'r benglog a gwaedu ar yr ymennydd. Mae Plentyn Q bellach yn byw gyda'i nain a'i daid dan Orchymyn Gwarcheidiaeth Arbennig. Nid oedd neb wedi gofyn i Blentyn Q beth oedd ystyr "gwasgu".
""", "cy", ("welsh", "setting"))

add("wal-22", "analysis", """
Analysis: culture, language and the extended family

Child S lived in a household where Welsh, English and Punjabi were all spoken. Practitioners described the family as close and devout; the children attended the local gurdwara with their father most Sundays and celebrated Diwali, Vaisakhi and Christmas. Their paternal grandmother, known to all the children as Dadi, lived with the family from 2021.

The review heard that practitioners from Betsi Cadwaladr University Health Board assumed that Dadi's presence was protective. When the school marked St David's Day and the Eisteddfod in March 2023, Child S told a teaching assistant that "Dadi says I mustn't tell". This was recorded, but it was not passed to children's services for eleven days.

At the practitioner event, one police officer explained that older boys in the area called the police "the Feds" and "the Bill"; a youth worker said Child S had once referred to a trusted adult as "Uncle" although there was no family relationship.

Finding 5: Practitioners in North Wales should be curious about the roles of extended family members rather than treating them as a protective factor by default.
""", "en", ("trap",))

add("wal-23", "action_plan", """
Cynllun gweithredu amlasiantaethol – copi gwaith (heb ei olygu)

Cyfarfod monitro: dydd Mercher [[DATE:24 Ionawr 2024]]
Cofnodwyd gan: [[PERSON:Lowri ap Dafydd]], Swyddog Cefnogi'r Bwrdd ([[EMAIL:lowri.apdafydd@bwrdd-diogelu.example.cymru]])

Cam 1: Adolygu'r drefn rhannu gwybodaeth rhwng meithrinfeydd preifat a'r tîm derbyn.
Arweinydd: [[PERSON:Dr Gwion Pennant]], meddyg teulu dynodedig. Nodyn: mae [[PERSON:Dr Pennant]] wedi gofyn i'w enw beidio ag ymddangos yn y fersiwn gyhoeddus.
Statws: ar y gweill.

Cam 2: Hyfforddiant ar gam-drin domestig i staff tai, gan gynnwys y gwaith a wnaed gyda'r teulu yn [[ADDRESS:9 Ffordd y Rhyd, Treforys]].
Arweinydd: Rheolwr Tai, Cyngor Abertawe
Statws: wedi'i gwblhau ym mis Rhagfyr 2023.

Cam 3: Sicrhau bod pob cyfweliad ABE yn cael ei gynnig yn Gymraeg.
Arweinydd: Ditectif Brif Arolygydd, Heddlu De Cymru
Statws: oedi. Dywedodd [[PERSON:Lowri]] fod y swyddog a oedd yn arwain, [[PERSON:DI Rhys Bevan-Hale]], wedi symud swydd; cyswllt dros dro: [[PHONE:07700 900274]].

Sylw: Rhaid golygu enwau, cyfeiriadau a rhifau cyn i'r cynllun fynd at Lywodraeth Cymru.
""", "cy", ("welsh",))


if __name__ == "__main__":
    sys.exit(main())
