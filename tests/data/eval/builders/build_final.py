#!/usr/bin/env python3
"""Build the FINAL held-out evaluation set for the anonymisation checker.

Keep this set untouched until the final measurement. Every excerpt below is
an invented DRAFT extract from a UK child safeguarding case review, written
independently of the development corpus, of the checker and of held-out set
5, and in different voices: an education-heavy English LCSPR, a police-heavy
Northern Ireland CMR, a health-heavy Scottish learning review and a Welsh
SUSR published bilingually. At least a fifth of the excerpts are written in
Welsh; at least a third contain no identifiers at all.

Markers:
    [[TYPE:exact text]]   an identifier (stripped; becomes an entity span)
    {{exact text}}        a deliberate, unannotated trap (stripped; exempt from
                          the "every repeat must be annotated" and "every full
                          date must be annotated" checks, nothing else)

    python3 build_final.py           # validate and (re)write heldout-final.jsonl and README.md
    python3 build_final.py --check   # validate and confirm both are up to date

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
OUT = os.path.join(HERE, "heldout-final.jsonl")
README = os.path.join(HERE, "README.md")
MIN_WELSH_FRACTION = 0.20
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
# Held-out FINAL evaluation set: mixed-voice safeguarding review excerpts

**Keep this set untouched until the final measurement.** Do not tune the
checker on it, do not inspect its errors before the final run, and do not
edit it to fit results.

An independent, fully fictional, labelled evaluation set for the
anonymisation checker, written without reference to the checker's code,
its tests or the development corpus texts, and in deliberately different
voices from held-out set 5: an **education-heavy English LCSPR** (CPOMS
exports, MASH screening forms, exclusion and Fair Access panels, elective
home education, UPNs), a **police-heavy Northern Ireland CMR** (PSNI
command-and-control logs, custody interviews, MARAC minutes, a 101 call
transcript), a **health-heavy Scottish learning review** (Badger, TrakCare,
health visiting, Family Nurse Partnership, CHI numbers, Gaelic names) and a
**Welsh SUSR published bilingually** (South and North Welsh registers).
It follows the record format, entity types and span conventions of
`/work/shared/corpus/README.md` exactly, with the additions listed under
"Conventions specific to this set".

Every person, family, practitioner, address, setting, number, handle and
event is invented. Agencies, health boards, police forces, councils,
inspectorates, legislation, hospitals, festivals, national movements and
genuinely public national cases and inquiries are real and deliberately
left unannotated, because published reports keep them.

## Files

| file | what it is |
| --- | --- |
| `build_final.py` | source of truth: excerpts with inline markers, the validator and the writer (standard library only) |
| `{out}` | the generated set, one JSON object per line (UTF-8, NFC); do not edit by hand |
| `README.md` | this file, regenerated by the builder |

```
python3 build_final.py          # validate, then (re)write {out} and README.md
python3 build_final.py --check  # validate and confirm both are up to date
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

- **Welsh-language text**: mutated names annotated as they appear (`gan
  Eraint` for Geraint, `wrth Wenno`, `â Thegan`, `am Ethin` for Gethin,
  `wrth Ddewi`, and the nasal `fy Nghatrin`), pet forms (`Geth`, `Jase`,
  `Kez`, `Jojo`, `Dai Fan`), Welsh word-names (`Eira`, `Haf`, `Heulwen`)
  beside `tymor yr Haf` and `Dydd Gŵyl Dewi` (unannotated); settings with
  mutated generic words (`Nghapel Bethania`, `Glwb Ffermwyr Ifanc …`,
  `Chlwb Bocsio'r Dyffryn`, `Meithrinfa …`, `Cylch Meithrin …`, `Aelwyd yr
  Urdd …`); Welsh dates with ordinals (`7fed Gorffennaf 2023`, `19eg o
  Orffennaf 2023`, `23ain o Fai 2023`, `12fed Ionawr 2017`) with the weekday
  outside; Welsh addresses and house names (`Heol yr Orsaf`, `Stryd y
  Castell`, `Bryn Awel`, `Tŷ Gwyn`, `Fferm Glan-yr-afon`); spelling variants
  (`Llŷr`/`Llyr`/`Leer`, `Ffion`/`Fion`/`Ffiona`).
- **Not names**: Welsh sentence-initial verbs and function words, mutated
  pseudonyms (`Blentyn B`, `Phlentyn A`), kin words (`Mam-gu`, `Thad-cu`,
  `Nain`, `Taid`, `Dadi` as a Welsh child's "Daddy"), the national Young
  Farmers and Urdd movements, `Nos Galan`, hospitals named after people
  (`Ysbyty'r Tywysog Siarl`, `Queen's Medical Centre`, `Royal Infirmary of
  Edinburgh`), Aneurin Bevan and Hywel Dda health boards.
- **Word-names**: Precious, Favour, Blessing, Grace, Joy, Hope, Summer,
  Patience, Amber, Rain, Skye, Rowan, Heather, Holly, Ivy, Storm, Faith,
  Haf, Eira, and noun surnames (Wood, Marsh, Hill, Bird, Baker, Fisher,
  Hope, Holly, Storm) in capitals, lower case and prose; beside `a precious
  item`, `no hope for us`, `had patience`, the amber risk colour, the island of
  `Skye`, and a keyword search for "holly" at Christmas.
- **Initials and handles**: minutes and attendee lists (`FMcI`, `R.O'D.`,
  `Dr S.K.`, `DI R.McC.`, `A-M D`, `SMcK`, `RhM`, `FfE`, `LlW`, `G ap D`,
  `S.J.-T.`), family initials (`C.H.`, `D.H.`), a single-letter initial
  (`m`) in a group chat; handles with digits, dots and underscores, with and
  without `@`.
- **Settings**: a Polish Saturday school named after a poet, a Pentecostal
  assembly, a gospel hall, an Orange hall, a flute band, Free Church and
  Welsh chapels, boxing, shinty and Young Farmers clubs, an Urdd aelwyd, a pupil
  referral unit, a Gaelic-medium school, Welsh and English GP practices;
  addresses in capitals, with island and farm names.
- **Clean-text traps**: eponymous conditions and scales (Treacher Collins,
  Apgar, Asperger, Crohn, Munchausen, Down syndrome, Tourette, Glasgow Coma
  Scale / Graddfa Coma Glasgow, Edinburgh Postnatal Depression Scale), legal
  tests and schemes (Gillick, Fraser, Re B, Clare's Law, Sarah's Law, DVADS,
  the Age of Legal Capacity (Scotland) Act 1991), public cases and inquiries
  (Daniel Pelka, Khyra Ishaq, Arthur Labinjo-Hughes, Star Hobson, Lord
  Laming, the Marshall Inquiry, the Timpson review), day-level commencement
  dates (`1 September 2023`, `21 February 2022`, `21 Mawrth 2022`,
  unannotated), police slang (`peelers`, `cops`, `the Feds`, `the Bill`,
  `12`), festivals (the Twelfth, Halloween, Dydd Gŵyl Dewi, Eisteddfod yr
  Urdd, the Royal Welsh Show), document furniture and post-nominals.

## Conventions specific to this set

As for held-out set 5:

- **SETTING** also covers named places of worship (chapel, church, gospel
  hall, assembly, Orange hall), named clubs and bands (boxing, shinty,
  flute band, a local Young Farmers club, an Urdd aelwyd) and named
  supplementary schools, as well as the README's schools, nurseries, pupil
  referral units and GP surgeries. Hospitals, health boards, national
  movements and agencies are not annotated. A role email that names a
  school (`dsl@…`) is annotated as EMAIL.
- **Mutated forms** are annotated exactly as they appear; the mutated
  generic word of a setting is inside the span (`Nghapel Bethania`); the
  preceding `yng`, `o`, `gyda` is not.
- **Kin words with a name** follow the README's `Auntie Joy` rule (`Nain
  Glenys`); kin words on their own are never annotated. Titles of address,
  religious and otherwise, are inside the span (`Pastor …`, `Rev …`,
  `Parch. …`, `Pani …`, `Constable …`, `Sgt …`); a bare role is not.
- **Welsh dates** are annotated whole, including an ordinal suffix and a
  linking `o`; a weekday is outside. Day-level dates when legislation or
  guidance came into force are public and are not annotated.
- **Handles** are PERSON, with the `@` inside the span when written.
- Name **variants and misspellings quoted as such** (`Fion`, `Leer`,
  `Gwythyr`, `Morag`/`Ian`/`Johnny`) are annotated: they identify a person.

## Validation performed by the builder

Span text equals `text[start:end]`; spans trimmed, sorted, non-overlapping;
types in the vocabulary; no pseudonym or role label annotated (English and
Welsh); NHS, CHI and H&C mod-11 check digits (CHI with a real DDMMYY; H&C
320–399), UPN check letters, NINO prefix and suffix rules, Ofcom drama-range
phones, postcode, email and registration shapes; every date parses (English
and Welsh months, mutated months and Welsh ordinals); no full date (English
or Welsh), email, postcode, ten-digit number, NINO-, UPN- or
registration-like string and no drama-range phone outside an annotation
unless it is a marked trap; every repeat of an annotated string or of a
capitalised token of an annotated name is annotated unless it is a marked
trap; 120–500 words per excerpt; Welsh-language excerpts read as Welsh; at
least a third clean; the Welsh share; every family present in all four
nations.
"""
# ---------------------------------------------------------------------------
# ENGLAND: an education-heavy local child safeguarding practice review
# ---------------------------------------------------------------------------

add("eng-01", "chronology", """
Appendix B: school safeguarding record (CPOMS export, abridged by the reviewer)

[[DATE:08/11/2022]] 08:52 – Category: Neglect. Logged by [[PERSON:K. Osei]] (form tutor). [[PERSON:Precious]] arrived without coat, said "Mummy forgot". Third time this half-term. Actioned by DSL [[PERSON:Mr Femi Adeyemi]].
[[DATE:15/11/2022]] 12:10 – Category: Disclosure. [[PERSON:Precious Okonkwo]] (Y4, UPN [[UPN:D215472803852]]) told lunchtime supervisor [[PERSON:Mrs Blessing Ola]] that her uncle "smacks with the belt when [[PERSON:Favour]] cries". [[PERSON:Favour]] is her sister, aged 2.
[[DATE:15/11/2022]] 13:30 – [[PERSON:Mr Adeyemi]] telephoned the Children's Advice and Duty Service. Reference [[CASE_REFERENCE:CADS-22-118407]]. Advised to speak to parent.
[[DATE:16/11/2022]] 15:20 – Mother, [[PERSON:Mrs Grace Okonkwo]], attended. Said uncle has returned to Lagos. Mobile updated to [[PHONE:07700 900715]].
[[DATE:06/01/2023]] 09:05 – Attendance: [[PERSON:Precious]] absent, no contact. Code N. Home visit by [[PERSON:K. Osei]]: no answer at [[ADDRESS:Flat 31, Tenby House, Canal Way, Wolverhampton]] [[POSTCODE:WV10 9RS]].

Reviewer: the words "precious", "favour" and "blessing" appear as ordinary words in other entries ("a precious item", "as a favour"); a name search therefore returned over 200 records, and the December entries were not linked to this family.
""", "en", ("wordname", "setting"))

add("eng-02", "chronology", """
MASH screening record (capitals in original system fields)

DATE RECEIVED: [[DATE:14-Mar-2023]]
REFERRER: SCHOOL DSL, [[SETTING:OAKFIELD COMMUNITY ACADEMY]]
CHILD: [[PERSON:BLESSING ADEBAYO-WOOD]] DOB [[DATE_OF_BIRTH:02/06/2009]] UPN [[UPN:N808414852538]]
HOUSEHOLD: MOTHER [[PERSON:JOY WOOD]], STEPFATHER [[PERSON:KWAME ADEBAYO]], HALF-SIBLING [[PERSON:HOPE ADEBAYO-WOOD]] (AGED 4)
ADDRESS: [[ADDRESS:22 FERN BANK ROAD, ECCLES, SALFORD]] [[POSTCODE:M30 0LT]]
CONCERN: CHILD DISCLOSED TO PASTORAL LEAD THAT SHE IS BEING "SENT TO NIGERIA FOR THE SUMMER TO BE SORTED OUT". ALSO REFERRED TO AN ONLINE CONTACT [[PERSON:@bigman_kay.23]] WHO HAS "PROMISED TO HELP HER RUN".
POLICE CHECKS: GMP NICHE: STEPFATHER NOMINAL, DV 2019 (NFA). OCCURRENCE [[CASE_REFERENCE:GMP-23-0314-7702]].
HEALTH CHECKS: GP [[SETTING:CROMWELL ROAD FAMILY PRACTICE]]. NO CONCERNS RECORDED.
RAG: RED. OUTCOME: STRATEGY DISCUSSION, FGM / FORCED MARRIAGE UNIT CONSULTED.

Reviewer's note: the MASH form was completed at pace and correctly escalated. However, the system fields show "[[PERSON:JOY]]" and "[[PERSON:HOPE]]" in capitals, and the later assessment misread "[[PERSON:HOPE ADEBAYO-WOOD]] (AGED 4)" as a comment that there was "hope" for the four-year-old. This is the kind of error capitals invite.
""", "en", ("caps", "wordname", "handle", "setting"))

add("eng-03", "analysis", """
Analysis: the school's view and the statutory framework

Keeping Children Safe in Education is statutory guidance for schools; the 2023 edition came into force on {{1 September 2023}} and strengthened expectations on filtering and monitoring. Section 175 of the Education Act 2002 places a duty on governing bodies to safeguard pupils.

What the school did not have was a way to see a pattern across a long period. Child C was described in one entry as "a little ray of sunshine" and in another as "flat". Her class teacher believed her quietness reflected a recent diagnosis of Asperger's; the SENCO thought it was grief after her grandfather's death.

The review notes the national learning from the deaths of Daniel Pelka in Coventry and Khyra Ishaq in Birmingham, where schools saw hunger and weight loss that was not understood as neglect. In Child C's case, the school nurse recorded a BMI below the 2nd centile. Under the Fraser guidelines she also saw Child C alone about contraception, at fourteen, and correctly judged her Gillick competent. Nobody connected these two consultations.

Learning point 1: Keeping good records is not the same as reading them together.
""", "en", ("trap",))

add("eng-04", "learning_event", """
Minutes: Fair Access and Exclusions Panel (extract released to the review)

Meeting: [[DATE:9 February 2023]], Civic Centre
Present: [[PERSON:LB]] (Chair, Head of Inclusion); [[PERSON:TMcG]] (Virtual School); [[PERSON:SR]] (AP Headteacher); [[PERSON:J. Ng]] (Educational Psychology); [[PERSON:PF]] (Early Help)
Apologies: [[PERSON:DW]]; [[PERSON:KA]]

Case 4: Child D, Year 9, second suspension this term
[[PERSON:SR]] reported that Child D had attended [[SETTING:Riverside Pupil Referral Unit]] for 11 of 30 sessions. [[PERSON:TMcG]] said the family had been offered a place at [[SETTING:Beacon Hill Academy]] but Mother declined because Child D's former friend "[[PERSON:Ty]]" attends there. [[PERSON:J. Ng]] noted an outstanding EHCP assessment request dated [[DATE:3 October 2022]].

[[PERSON:PF]] said that Early Help had closed the case in December. [[PERSON:LB]] asked why. [[PERSON:PF]] said the family "did not engage". Discussion: the panel had no information about the concerns raised by youth workers about exploitation, which had been shared with [[PERSON:DW]] by email on [[DATE:30 January 2023]].

Decision: place at AP extended for six weeks. [[PERSON:LB]] to write to Mother. [[PERSON:KA]] to be asked to bring the youth service records to the next panel.

Reviewer's comment: the panel discussed Child D's place, not Child D's safety. That is what it was set up to do.
""", "en", ("initials", "setting"))

add("eng-05", "key_practice_episode", """
Key Practice Episode 2: the Year 9 group chat

Screenshots of a group chat called "9X bad boyz" were handed to the Head of Year by another pupil. They are reproduced in the original lower case.

[[PERSON:rico.b]]: who seen [[PERSON:danny]] today
[[PERSON:amber_xo_2009]]: he wasnt in. [[PERSON:marcus]] picked him up in the black car again
[[PERSON:rico.b]]: [[PERSON:marcus]] is proper bad news bro
[[PERSON:danny_k_07]]: im here. was working lol
[[PERSON:amber_xo_2009]]: working wer
[[PERSON:danny_k_07]]: cant say. [[PERSON:m]] said dont tell no one or the feds will be on us

Child D was [[PERSON:danny_k_07]]. The Head of Year, [[PERSON:Ms Priya Shah]], recorded the screenshots on [[DATE:2 March 2023]] and emailed them to the DSL at [[EMAIL:dsl@beaconhill-academy.example.org.uk]]. She wrote: "[[PERSON:Marcus]] = possibly [[PERSON:Marcus Hill]], older brother of [[PERSON:Amber]] in 9X?" The single initial "[[PERSON:m]]" in the last message was understood by pupils as [[PERSON:Marcus]].

The amber warning colour on the school's risk register had been applied to Child D since January. The review notes that the school did the right things with the information it had; it was not told that Early Help had closed the case.
""", "en", ("lower", "handle", "wordname"))

add("eng-06", "recommendations", """
Recommendations

Recommendation 1: The safeguarding partnership should ensure that schools, alternative provision and the Virtual School are told when an Early Help episode is closed, and why.

Recommendation 2: The local authority should review how Fair Access and exclusion panels receive safeguarding information, so that a decision about a child's place is never made without knowledge of known risks.

Recommendation 3: Schools' record-keeping systems should enable a Designated Safeguarding Lead to view concerns as a chronology, not only as individual entries, and to search by pupil identifier rather than by name.

Recommendation 4: The partnership should brief practitioners on the national review "It was hard to escape" (2020) about criminal exploitation, and on the learning that exclusion from school is a key moment of risk.

Recommendation 5: The local authority should confirm that children who are electively home educated following a suspension are visited within 10 school days.

Author: Independent Reviewer (MA, PGCE) | Date: June 2024 | Version 2.1 | Chair: Independent Scrutineer, Safeguarding Children Partnership
""", "en", ("trap",))

add("eng-07", "analysis", """
Analysis: the community around Child E

Child E's family were Polish and Nigerian. On Saturdays he attended [[SETTING:Polska Szkoła Sobotnia im. Marii Konopnickiej]], a Polish supplementary school that meets at [[SETTING:St Gregory's Catholic Primary School]]. On Sundays he went with his father to [[SETTING:Living Waters Assembly]], a Pentecostal church in a former warehouse on [[ADDRESS:Unit 4, Dock Street, Hull]] [[POSTCODE:HU1 3DL]]. On Wednesdays he boxed at [[SETTING:Hessle Road ABC]].

[[PERSON:Pastor Emmanuel Bakare]] told the review that the church had "prayed with" Child E after he said he wanted to die. The Saturday school's head teacher, [[PERSON:Pani Krystyna Nowak]], had noticed that he refused to change for PE. The boxing coach, [[PERSON:Lee Fisher]], had seen old bruising.

None of these adults had been trained by the partnership. [[PERSON:Mr Fisher]] said: "You see a lad with marks, you ask him. He said it was from sparring." The review found no evidence that anyone had told Child E's school, [[SETTING:St Gregory's]], though the Saturday school used its building.

The review does not draw a conclusion that these settings failed Child E. It does conclude that statutory services never asked where he spent his weekends.
""", "en", ("setting",))

add("eng-08", "key_practice_episode", """
Key Practice Episode 4: elective home education

On [[DATE:21 April 2023]], two days after a second suspension, Mother emailed the school from [[EMAIL:c.ward1986@mailbox.example.com]] to say that Child F would be home educated. The school removed Child F from roll the same afternoon.

The EHE officer, [[PERSON:Gillian Rose]], wrote to the family at [[ADDRESS:14 Kestrel Drive, Bulwell, Nottingham]] [[POSTCODE:NG6 8PL]]. She phoned Mother, [[PERSON:Charlene Ward]], on [[PHONE:0115 496 0682]] four times. There was no response until [[DATE:12 June 2023]], when [[PERSON:Ms Ward]] said Child F was "doing worksheets".

Child F's health record (NHS number [[NHS_NUMBER:430 913 9094]]) showed two attendances at the Queen's Medical Centre in May with lacerations to the hand, both explained as kitchen accidents. The ED notes recorded his school as "[[SETTING:Bulwell Vale]]", which he had left.

Child F (UPN [[UPN:V885393363387]]; date of birth [[DATE_OF_BIRTH:19.08.2009]]) was arrested on [[DATE:2 August 2023]] in possession of a knife and a quantity of cocaine. [[PERSON:Ms Rose]] learned of the arrest from a local news website.

The review notes that elective home education is a parent's right. The learning is about what should happen when it follows a suspension and a safeguarding concern.
""", "en", ("setting",))

add("eng-09", "executive_summary", """
Executive summary

This review concerns Child G, a 15-year-old boy who was seriously injured in a stabbing in the summer of 2023. It was commissioned by the safeguarding partners following a rapid review.

Child G had a diagnosis of Tourette's syndrome and ADHD and an Education, Health and Care Plan. He attended mainstream school until Year 9, was suspended twice, and then moved into elective home education.

The review found that each agency acted within its own procedures, but that nobody held the whole picture. Schools, alternative provision, youth services and the police each held a piece of information about criminal exploitation. Early Help had closed the case as "no engagement".

The review draws on the Child Safeguarding Practice Review Panel's national review of criminal exploitation and on learning from the Timpson review of school exclusion (2019). It makes six recommendations to the partnership.
""", "en", ("trap",))

add("eng-10", "family_involvement", """
Family involvement

The reviewer met Child H's grandmother, [[PERSON:Mrs Patience Marsh]], at her home on [[DATE:11 December 2023]], and spoke to Child H's older sister, [[PERSON:Summer Marsh]], by phone. Child H's mother did not wish to take part.

[[PERSON:Mrs Marsh]] said she had rung the school "more times than I can count" on [[PHONE:020 7946 0519]], the school's safeguarding line, to say that her grandson was being collected by older boys. She felt the school "had patience with him, but not with me". She named one of the boys as "[[PERSON:Bird]]", a nickname she later said belonged to [[PERSON:Callum Bird]], then 17.

[[PERSON:Summer]] told the reviewer that her brother had started wearing expensive trainers in the autumn of 2022, and that he had a second phone. She had told his form tutor, [[PERSON:Mr Josh Baker]], at parents' evening. [[PERSON:Mr Baker]] said he did not remember the conversation but had no reason to doubt it.

Both family members asked that the report describe Child H as "funny and loyal" and not only as a victim.
""", "en", ("wordname",))

add("eng-11", "learning_event", """
Practitioner learning event: notes of small-group discussion (group 2)

Facilitator: [[PERSON:AH]]. Participants: DSL, [[SETTING:Oakfield Community Academy]]; SENCO; youth worker; EHE officer; PCSO.

The DSL said she had made three referrals about Child J and each came back as "information and advice". The youth worker, [[PERSON:Tash]], said the young people she works with call the police "the Feds" or "12" and would not speak to a PCSO in uniform. The PCSO agreed.

The EHE officer described the home visit on [[DATE:19 May 2023]]. Nobody answered the door at [[ADDRESS:7 Lilac Grove, Harehills, Leeds]]. A neighbour said Child J's mum "goes by [[PERSON:Rain]] now" and had a new partner, [[PERSON:Kai]]. The group reflected that this was the first time anyone had recorded that name.

The SENCO noted that Child J's EHCP listed a diagnosis of Down syndrome for his younger sister, and asked whether the sister had been seen by anyone during the period. No-one knew.

[[PERSON:AH]] summarised: information was held by people who did not know it mattered.
""", "en", ("initials", "wordname"))

add("eng-12", "terms_of_reference", """
Terms of reference

Scope: the period under review runs from Child J's transfer to secondary school in September 2021 until the critical incident in summer 2023.

Questions:
1. How well did schools, alternative provision and the local authority share information when Child J was suspended, moved school or was electively home educated?
2. How did agencies understand the risk of criminal exploitation, and did they use the National Referral Mechanism?
3. Was Child J's voice heard, including through his Education, Health and Care Plan reviews?
4. How were the needs of his younger sister, who has Down syndrome, considered?
5. What was the impact of the change in Early Help arrangements from April 2022?

Method: a systems approach, with a practitioner learning event and conversations with the family. The review will be completed within six months of commissioning, as Working Together to Safeguard Children 2023 requires.

Reviewer: independent lead reviewer (BA, MSc, CQSW), supported by the partnership's business manager. Date: September 2023. Version: 1.0.
""", "en", ("trap",))
# ---------------------------------------------------------------------------
# NORTHERN IRELAND: a police-heavy case management review
# ---------------------------------------------------------------------------

add("nir-01", "chronology", """
PSNI command and control: incident log (capitals as recorded)

[[DATE:26/12/2022]] 21:17 CALL FROM [[PERSON:MRS IVY CALDWELL]] (NEIGHBOUR), [[ADDRESS:11 CHURCH VIEW, PORTADOWN]] [[POSTCODE:BT62 3JW]]. HEARD SMASHING GLASS NEXT DOOR AND A CHILD SHOUTING "STOP DADDY". CALLER ON [[PHONE:028 9649 6448]].
[[DATE:26/12/2022]] 21:29 NICHE CHECK: ADDRESS LINKED TO [[PERSON:DARREN HOLLY]] DOB [[DATE_OF_BIRTH:04/05/1990]]. 3 PREVIOUS DOMESTIC OCCURRENCES. VEHICLE REGISTERED TO ADDRESS: [[VEHICLE_REGISTRATION:AIZ 3390]].
[[DATE:26/12/2022]] 21:41 CREW ON SCENE. [[PERSON:HOLLY]] NOT PRESENT. FEMALE [[PERSON:CHERYL HOLLY]] WITH FACIAL INJURY, DECLINES AMBULANCE. CHILDREN [[PERSON:CHRISTIAN]] (7) AND [[PERSON:IVY-ROSE]] (3) PRESENT. BOTH UPSET.
[[DATE:26/12/2022]] 22:05 [[PERSON:CHRISTIAN]] STATES "DADDY SAID THE PEELERS CAN'T TOUCH HIM". BWV RECORDED.
[[DATE:27/12/2022]] 00:50 [[PERSON:HOLLY]] ARRESTED IN TOWN CENTRE. INTOXICATED. CUSTODY [[CASE_REFERENCE:CR/0912/22/4410]].
[[DATE:27/12/2022]] 08:30 PPANI AND GATEWAY NOTIFIED. OPERATION ENCOMPASS NOTICE HELD: SCHOOL CLOSED FOR HOLIDAYS.

Reviewer's comment: the officer correctly separated [[PERSON:Mrs Caldwell]] from the child [[PERSON:Ivy-Rose]], whose name she shares in part. The family's surname is also a Christmas word, and the log's date meant that a keyword search for "holly" returned unrelated seasonal incidents.
""", "en", ("caps", "wordname"))

add("nir-02", "key_practice_episode", """
Key Practice Episode 3: custody and interview

[[PERSON:Darren Holly]] was interviewed at Lurgan custody suite on [[DATE:27 December 2022]] by [[PERSON:DC Aoife Toner]] and [[PERSON:DC Ross McMullan]]. The interview transcript records:

[[PERSON:DC Toner]]: Your son told officers you said the peelers can't touch you. What did you mean?
[[PERSON:HOLLY]]: He's seven. He says all sorts.
[[PERSON:DC Toner]]: [[PERSON:Cheryl]] has an injury to her eye.
[[PERSON:HOLLY]]: Ask her about [[PERSON:Jonty]]. Ask her who's been texting her.
[[PERSON:DC McMullan]]: Who is [[PERSON:Jonty]]?
[[PERSON:HOLLY]]: No comment.

[[PERSON:Holly]] was charged and bailed to an address in Armagh with a condition not to contact [[PERSON:Cheryl]] or the children. The bail address was his mother's; she lived four streets away from the family home.

The review found no evidence that the bail address was checked against the victim's address. The custody sergeant, [[PERSON:Sgt Wilma Orr]], told the review that the system did not show distance, and she relied on the officer in the case. Nobody asked [[PERSON:Cheryl]] whether she felt safe with the address. "[[PERSON:Jonty]]" was never identified.
""", "en", ("wordname",))

add("nir-03", "analysis", """
Analysis: the domestic abuse offence and coercive control

The Domestic Abuse and Civil Proceedings Act (Northern Ireland) 2021 created a new offence of domestic abuse, which came into operation on {{21 February 2022}}. It includes an aggravation where a child sees, hears or is present during an incident.

However, the review found that the child aggravation was not used in the charge, because the officer understood that a child "asleep upstairs" did not count. That understanding was wrong: the statutory guidance makes clear that a child who hears abuse is affected by it.

Practitioners at the learning event also discussed language. Some families in the area still call the police "the peelers" or "the cops", and some children repeat their parents' views. A youth worker said that around the Twelfth and Halloween many children spend more time on the streets, which is also when domestic incidents peak.

The Domestic Violence and Abuse Disclosure Scheme (DVADS) had not been used, although Mother had asked a neighbour whether it was possible to "check out" a partner.
""", "en", ("trap",))

add("nir-04", "learning_event", """
Minutes: MARAC (Armagh, Banbridge and Craigavon), case 7 (extract shared with the CMR)

Date: [[DATE:5 January 2023]]
Chair: [[PERSON:DI R.McC.]] (PSNI Public Protection Branch)
Present: [[PERSON:DI R.McC.]]; [[PERSON:SMcK]] (IDVA, Women's Aid); [[PERSON:EG]] (Southern HSC Trust, Gateway); [[PERSON:LT]] (Housing Executive); [[PERSON:NB]] (Probation Board for Northern Ireland); [[PERSON:A-M D]] (Health Visiting)
Apologies: Education Authority

Case 7: victim [[PERSON:C.H.]], perpetrator [[PERSON:D.H.]]
[[PERSON:SMcK]] reported that the victim was now at a refuge and that the children were with her. [[PERSON:EG]] said a UNOCINI assessment was under way, reference [[CASE_REFERENCE:SHSCT-G-23-00071]]. [[PERSON:A-M D]] noted that the younger child's Health and Care number, [[HC_NUMBER:341 917 0343]], was needed to transfer the health visiting record to the refuge's area. [[PERSON:LT]] confirmed a management transfer application.

Actions:
1. [[PERSON:DI R.McC.]] to check whether the bail address breaches the victim's safety plan.
2. [[PERSON:NB]] to confirm if [[PERSON:D.H.]] is subject to any order.
3. [[PERSON:SMcK]] to seek consent for a school notification.

Reviewer's comment: action 1 was not completed; the MARAC minutes did not record that the bail address was four streets away.
""", "en", ("initials",))

add("nir-05", "key_practice_episode", """
Key Practice Episode 5: online contact with Child J

The PSNI Paedophile and Online Investigation Team later recovered these messages between Child J (13) and an account named [[PERSON:ciara.mc_bffs]]. They are reproduced as written.

[[PERSON:ciara.mc_bffs]]: hiya wats ur name on insta
Child J: [[PERSON:orlaithxo_06]]
[[PERSON:ciara.mc_bffs]]: omg ur in [[SETTING:st dympnas]] ye? my cousin [[PERSON:sinéad]] goes there
Child J: ye lol whos [[PERSON:sinead]]
[[PERSON:ciara.mc_bffs]]: [[PERSON:sinéad o'kane]]. shes nice. u shud come to the party in [[PERSON:fiachra]]s on sat
Child J: my mammy wont let me
[[PERSON:ciara.mc_bffs]]: lol dont tell her. [[PERSON:fiachra]] will lift u

The account was operated by [[PERSON:Fiachra Doran]], 31, who had a previous conviction for sexual communication with a child. There was no "[[PERSON:Ciara]]". Officers established that the real [[PERSON:Sinéad O'Kane]] was a pupil at the school and had never heard of the account.

Child J's mother contacted the police via 101 on [[DATE:11 March 2023]] after seeing the messages. The call handler graded it as a priority. [[PERSON:Doran]] was arrested two days later at [[ADDRESS:Flat 2, 61 Antrim Road, Belfast]] [[POSTCODE:BT15 2BH]].
""", "en", ("lower", "handle", "setting"))

add("nir-06", "action_plan", """
Action Plan (for publication)

Recommendation 1: PSNI should ensure that bail addresses in domestic abuse cases are checked against the victim's address and safety plan before bail is granted.
Lead: PSNI Criminal Justice Branch
Target: within 3 months
Measure: dip sample of 50 domestic abuse bail decisions.

Recommendation 2: PSNI and the Public Prosecution Service should issue joint guidance on the child aggravation in the domestic abuse offence.
Lead: PSNI Public Protection Branch; PPS Policy Section
Target: within 6 months

Recommendation 3: MARAC chairs should confirm that each action is reviewed at the next meeting.
Lead: MARAC Operational Group
Target: within 3 months

Recommendation 4: The SBNI should work with the Department of Justice to raise awareness of DVADS among families and community organisations.
Lead: SBNI, with the Department of Justice
Target: within 12 months

Version 3 | Approved by the SBNI Case Management Review Panel | Date: February 2024 | Author: CMR Chair (LLB, MSc)
""", "en", ("trap",))

add("nir-07", "analysis", """
Analysis: what the community knew

Child K's life outside home revolved around three places. He was a member of the junior section of [[SETTING:Loughside Flute Band]], which practised in [[SETTING:Bellaghy Road Orange Hall]]. His mother's family attended [[SETTING:Bethany Gospel Hall]]. And he boxed at [[SETTING:Ballykeel ABC]], where the coach, [[PERSON:Gerry McAllister]], was the adult he trusted most.

The band leader, [[PERSON:Sammy Hill]], told the review that he had noticed Child K "flinching" when adults raised their voices. The gospel hall elder, [[PERSON:Mr Robert Graham]], said that Child K's mother had asked the congregation to pray for her marriage, which "everyone understood". [[PERSON:Gerry]] had seen Child K's father shouting at him in the car park and had texted a friend in the PSNI, [[PERSON:Constable Dee Kerr]], who advised him to call 101.

He did not. [[PERSON:Mr McAllister]] told the review: "In this town you don't ring the police on a man you drink with."

These settings cut across the community, and the adults in them knew a great deal. The review found that none had been offered safeguarding training by a statutory agency, and none knew that the family had a social worker.
""", "en", ("setting", "wordname"))

add("nir-08", "chronology", """
Chronology: police contacts with the household (extract)

[[DATE:4 April 2022]] PSNI attend [[ADDRESS:58 Ardmore Avenue, Newry]] [[POSTCODE:BT35 8QZ]] after Child L (aged 10) phones 999 saying "Mummy's hurt". Father, [[PERSON:Noel Hope]], has left. Mother, [[PERSON:Roisin Hope]], declines to make a statement. Officers complete a DASH (standard). Occurrence [[CASE_REFERENCE:CW/2022/0404/0167]].

[[DATE:19 June 2022]] [[PERSON:Noel Hope]] stopped driving [[VEHICLE_REGISTRATION:NXZ 5518]] with Child L in the car. Breath test positive. Arrested. Child L collected by maternal grandmother, [[PERSON:Mrs Bridget Rooney]], phone [[PHONE:07700 900236]].

[[DATE:30 October 2022]] Anonymous call reports shouting. Officers attend; no answer. No follow-up.

[[DATE:2 January 2023]] Child L tells a school counsellor that "Daddy [[PERSON:Noel]] says there's no hope for us if Mummy leaves". The counsellor, [[PERSON:Deirdre Fagan]], refers to Gateway.

Reviewer's comment: the family's surname appears in every police entry, and the child's words "no hope for us" were quoted correctly in the referral. Gateway's screening note, however, recorded the father as "[[PERSON:N. Hope]]" and did not link him to the drink-driving arrest.
""", "en", ("wordname",))

add("nir-09", "background", """
Background

Child M was born in 2017 and lived with her mother and two older brothers in a town in County Down. The family had been known to children's social services since 2019, when the eldest brother was placed on the Child Protection Register under the category of emotional abuse.

Mother had a long history of depression and had disclosed domestic abuse by two previous partners. Her current partner moved into the household in 2021. He had convictions for violence and drug supply and was subject to Public Protection Arrangements Northern Ireland (PPANI) at category 1.

The SBNI Case Management Review Panel recommended a review in the spring of 2023 because Child M had sustained a serious injury, her sibling had previously been on the register, and there was significant learning about how PPANI information reaches children's services.

The family's Granda, who cared for the children at weekends, contributed to the review, as did Mother. Child M's father, who lives in Scotland, did not respond to the invitation.
""", "en", ("trap",))

add("nir-10", "key_practice_episode", """
Key Practice Episode 6: the 101 call

The PSNI contact management centre recorded the following call on [[DATE:14 August 2023]] at 23:08. It is transcribed verbatim from the recording.

Call handler: Police, what's the address?
Caller: [[ADDRESS:9 Glenview Crescent, Larne]]. It's my daughter, [[PERSON:Shannon]]. She's not home and she's fourteen.
Call handler: Who's she with?
Caller: A fella called [[PERSON:Decko]]. [[PERSON:Declan]] something. He's got a white car, [[VEHICLE_REGISTRATION:DIZ 712]]. She says he's her boyfriend. He's twenty-four.
Call handler: Do you have her number?
Caller: [[PHONE:07700 900584]]. She won't answer me.

The call handler graded the call as a priority and created missing person report [[CASE_REFERENCE:MP/23/081420]]. The log then reads:

02:41 MISPER [[PERSON:SHANNON BEATTIE]] LOCATED IN VEH [[VEHICLE_REGISTRATION:DIZ 712]] AT CARNFUNNOCK CAR PARK. MALE [[PERSON:DECLAN STEWART]] ARRESTED, CHILD ABDUCTION.

Her mother, [[PERSON:Lisa Beattie]], told the review that this call was "the first time anyone took it seriously".

The review notes that [[PERSON:Shannon]] had been missing nine times before. On each earlier occasion, the calls were graded as routine because she "always comes home".
""", "en", ("caps",))

add("nir-11", "executive_summary", """
Executive summary (for publication)

This case management review concerns Child N, a teenage girl who was sexually exploited by an adult male over a period of eight months. The review was commissioned by the Safeguarding Board for Northern Ireland in 2023.

Child N had been reported missing to the PSNI on ten occasions. On nine of these, the report was graded as routine, in part because she always returned within 24 hours. The tenth call, made by her mother, was handled well and led to an arrest.

The review identified that the PSNI, the Health and Social Care Trust and the Education Authority each held information about Child N's relationship with an older male, but that this information was not brought together until the final missing episode.

The review makes four recommendations, including that missing episodes for children aged under 16 involving an adult should never be graded as routine, and that the SBNI should review its guidance on child sexual exploitation in the light of learning from the Marshall Inquiry (2014).

The review panel thanks Child N and her mother for their courage in contributing.
""", "en", ("trap",))

add("nir-12", "findings", """
Findings

Finding 1: Bail decisions in domestic abuse cases did not routinely take account of the victim's address or the children's routines.

Finding 2: Officers had been trained on the domestic abuse offence, but the child aggravation was misunderstood. A child who hears abuse from another room is a child who is present.

Finding 3: MARAC actions were agreed but not followed up, because there was no mechanism for reviewing them at the next meeting.

Finding 4: Community settings (bands, churches, gospel halls and sports clubs) held important information about children but did not know how to share it, and were sometimes reluctant to "bring the police to the door".

Finding 5: The language children use about police, such as "peelers", "cops" or "the Feds", can reflect what they have been told at home, and practitioners should explore it gently rather than treat it as humour.

Finding 6: Where a child's surname or first name is also an ordinary word, information systems should rely on identifiers rather than on keyword searches.

Author: CMR Chair | Date: March 2024 | Version 2
""", "en", ("trap",))
# ---------------------------------------------------------------------------
# SCOTLAND: a health-heavy learning review
# ---------------------------------------------------------------------------

add("sct-01", "chronology", """
Integrated health chronology (Badger, TrakCare and health visiting records)

[[DATE:30/06/2021]] Child A born at 29+4 weeks, Western Isles Hospital, then transferred to the neonatal unit at Raigmore. CHI [[CHI_NUMBER:3006217616]]. Mother, [[PERSON:Mòrag MacLeod]], 22. Father, [[PERSON:Iain Seonaidh Macdonald]], 24.

[[DATE:24/08/2021]] Discharged home to [[ADDRESS:5 Cnoc an t-Solais, Tong, Isle of Lewis]] [[POSTCODE:HS2 0HP]]. Health visitor [[PERSON:Catriona Morrison]] (Gaelic speaker) allocated.

[[DATE:09/09/2021]] HV visit: baby feeding poorly, weight on 0.4th centile. [[PERSON:Mòrag]] tearful; says [[PERSON:Iain]] is "never home". Edinburgh Postnatal Depression Scale score 16. GP at [[SETTING:Lewis Family Practice]] informed.

[[DATE:04/11/2021]] Missed paediatric review. Letter returned. HV unable to reach [[PERSON:Mòrag]] on [[PHONE:0131 496 0277]] (number held by the hospital) or her mobile.

[[DATE:17/12/2021]] Child A admitted with bronchiolitis. Ward nurse records "grip marks" on both upper arms. Paediatrician [[PERSON:Dr Euan Ross]] initiates child protection procedures. IRD held next day.

Reviewer's note: the family's Gaelic names were entered in several anglicised forms ([[PERSON:Morag]], [[PERSON:Ian]], [[PERSON:Seonaidh]]/[[PERSON:Johnny]]). Records for "[[PERSON:Ian Macdonald]]" and "[[PERSON:Johnny Macdonald]]" were not linked to the father until the IRD.
""", "en", ("setting",))

add("sct-02", "chronology", """
Scottish Ambulance Service and Police Scotland records (capitals as in original)

[[DATE:12/02/2023]] 03:14 SAS CALL: FEMALE CALLER [[PERSON:SKYE ANDERSON]] STATES BABY "NOT BREATHING RIGHT". ADDRESS [[ADDRESS:FLAT 1/2, 77 KING STREET, KILMARNOCK]] [[POSTCODE:KA1 1PT]]. CALLBACK [[PHONE:0141 496 0319]].
[[DATE:12/02/2023]] 03:26 CREW ON SCENE. INFANT (9 WEEKS) PALE, GCS 10. MALE PRESENT IDENTIFIED AS [[PERSON:ROWAN BLAIR]]. CONVEYED TO UNIVERSITY HOSPITAL CROSSHOUSE.
[[DATE:12/02/2023]] 05:40 POLICE SCOTLAND INFORMED BY ED CONSULTANT. INCIDENT [[CASE_REFERENCE:PS-20230212-0341]].
[[DATE:12/02/2023]] 06:15 [[PERSON:BLAIR]] LEAVES HOSPITAL. VEHICLE [[VEHICLE_REGISTRATION:SN21 ODK]] SEEN ON CCTV.
[[DATE:12/02/2023]] 11:00 IRD: EAST AYRSHIRE COUNCIL, POLICE SCOTLAND, NHS AYRSHIRE AND ARRAN.

Reviewer's note: the mother's first name is also the name of an island. A later NHS 24 record stated that the family had "moved to {{Skye}}", which was a misreading of a note that said "moved in with [[PERSON:Skye]]'s mum". The review team found this error in three places.
""", "en", ("caps", "wordname"))

add("sct-03", "analysis", """
Analysis: when the diagnosis gets in the way

Child C was born with Treacher Collins syndrome and needed multiple surgical procedures in her first two years. Her Apgar scores at birth were 5 and 8. Her older brother had a diagnosis of Asperger's syndrome, and her mother had Crohn's disease.

Practitioners described how the family's "medical story" dominated every contact. Almost nobody recorded who was caring for the children, what the home was like, or how the children seemed.

When Child C was admitted with a head injury, her Glasgow Coma Scale score was 12. Her mother explained that she had fallen from a changing table. A consultant raised the possibility of fabricated or induced illness (formerly Munchausen syndrome by proxy), but this was not pursued.

The review recognises that, in Scotland, children over 12 may be presumed to have capacity to consent to treatment, and that the Age of Legal Capacity (Scotland) Act 1991 provides the framework that elsewhere is described as Gillick competence. Child C's brother, aged 13, had told the school nurse that "it's always worse when Mum's boyfriend stays". This was recorded as a confidential consultation and not shared.

Learning point: a detailed medical record can hide a child.
""", "en", ("trap",))

add("sct-04", "learning_event", """
Learning Review Team: note of meeting 2 (not for publication)

Date: [[DATE:7 November 2023]], NHS Ayrshire and Arran HQ and MS Teams
Chair: [[PERSON:FMcI]] (independent reviewer)
Present: [[PERSON:FMcI]]; [[PERSON:GH]] (Lead Nurse, Child Protection); [[PERSON:R.O'D.]] (Police Scotland, Public Protection Unit); [[PERSON:MC]] (Social Work); [[PERSON:Dr S.K.]] (Consultant Paediatrician); [[PERSON:AJ]] (CPC Lead Officer, note-taker)
Apologies: [[PERSON:LP]] (Scottish Ambulance Service)

1. Health records
[[PERSON:GH]] reported that the baby's CHI had been recorded correctly on Badger but not on the ED system, where a temporary number was used. [[PERSON:Dr S.K.]] confirmed the skeletal survey findings. [[PERSON:R.O'D.]] asked whether the paternal grandmother, who lives at [[ADDRESS:4 Dean Terrace, Kilmarnock]], had been spoken to.

2. Practitioner conversations
[[PERSON:MC]] will approach the health visitor, [[PERSON:Jenna Blair]], who is related to the father by marriage. [[PERSON:FMcI]] noted that this conflict of interest should be recorded, and that [[PERSON:Ms Blair]] should be offered support.

3. Next meeting: December 2023.

Actions: [[PERSON:AJ]] to circulate chronology; [[PERSON:LP]] to provide SAS call audio.
""", "en", ("initials",))

add("sct-05", "key_practice_episode", """
Key practice episode 2: messages to the health visitor

Mother used the health visiting team's text service to contact the health visitor. The following messages were retrieved from the service's records.

Mother: hiya is [[PERSON:jenna]] in today. baby been sick all nite
HV team: Hi, [[PERSON:Jenna]] is not in today. Is baby feeding? If you are worried call NHS 24 on 111.
Mother: shes feeding a bit. [[PERSON:ro]] says im over reacting
Mother: can [[PERSON:jen]] come tmrw. dont want [[PERSON:rowan]] to know
HV team: We'll ask her to phone you.

Mother also posted on Facebook under the name [[PERSON:Skye Rose Anderson]] and on TikTok as [[PERSON:@skyeyy.x.baby]], asking friends for "advice about a baby that cries when you touch her leg". The post was seen by a neighbour, [[PERSON:Heather Wood]], who sent it to the health visiting team on [[DATE:10 February 2023]].

The message "dont want [[PERSON:rowan]] to know" was not read as a possible indicator of fear. The health visitor, who was related to [[PERSON:Rowan]] by marriage, did not phone back. She told the review she had been on leave and did not see the message until the following week.
""", "en", ("lower", "handle", "wordname"))

add("sct-06", "recommendations", """
Proposals for improvement

Proposal 1: NHS Ayrshire and Arran should ensure that health visiting text services are monitored daily, and that messages suggesting fear of a partner are escalated to a duty health visitor on the same day. Evidence: key practice episode 2.

Proposal 2: Health boards should ensure that a temporary number issued in an emergency department is linked to a child's CHI number within 24 hours. Evidence: the team found three unlinked records.

Proposal 3: Practitioners should declare any family or social relationship with a family they support, and managers should reallocate where needed. Evidence: key practice episode 2 and practitioner conversations.

Proposal 4: The Child Protection Committee should remind practitioners of the national guidance on unexplained injuries in non-mobile babies, including the significance of bruising in a baby under six months. Evidence: the ED and GP records.

Author: Independent Reviewer (RGN, RSCN, MSc) | Version 2 | Date: April 2024 | Approved for submission to the Chief Officers Group
""", "en", ("trap",))

add("sct-07", "background", """
Background: the family's community

Child D's family were part of a close Gaelic-speaking community. They worshipped at [[SETTING:Cnoc Ard Free Church]] on the Sabbath, and Child D attended [[SETTING:Sgoil a' Chladaich]], a Gaelic-medium primary school. Her father played shinty for [[SETTING:Tong Camanachd]] and her older brother was in the [[SETTING:Point and Sandwick Young Farmers]].

The minister, [[PERSON:Rev Alasdair Murray]], had visited the family after Child D's grandmother died in 2022. He told the review that the house had been "cold and bare", and that Child D's mother had asked him not to "tell the council". He respected that request.

The family's GP practice, [[SETTING:Laxdale Medical Practice]], held records of the mother's depression and a single entry recording bruising on Child D's arm in March 2023.

Practitioners described a strong community with its own ways of supporting families. Several also described the difficulty of raising concerns when "everyone knows everyone". The review was told that "[[PERSON:Seonag]]", the family's next-door neighbour and a retired nurse, had been the one adult who called social work.
""", "en", ("setting",))

add("sct-08", "key_practice_episode", """
Key practice episode 1: the birth and discharge

Child E was born on [[DATE_OF_BIRTH:22 October 2018]] at the Royal Infirmary of Edinburgh, CHI [[CHI_NUMBER:2210187206]]. Mother, [[PERSON:Amber-Leigh Hughes]], was 17 and had been supported through pregnancy by the Family Nurse Partnership. Her family nurse was [[PERSON:Claire Robertson]].

Badger recorded that the baby was discharged on [[DATE:25 October 2018]] to [[ADDRESS:Flat 6, 19 Restalrig Avenue, Edinburgh]] [[POSTCODE:EH7 6NJ]], a flat shared with her partner, [[PERSON:Kyle Petrie]]. The midwife noted that [[PERSON:Kyle]] "left the ward angrily" when asked about his drug use.

[[PERSON:Claire]] visited on [[DATE:29 October 2018]]. She recorded that [[PERSON:Amber-Leigh]] seemed "very anxious when [[PERSON:Kyle]] was in the room". This was shared with the GP at [[SETTING:Craigentinny Medical Centre]], but not with social work because there was no open case.

Reporter referral [[CASE_REFERENCE:SCRA/19/007723]] followed a police concern report in January 2019.
""", "en", ("setting",))

add("sct-09", "terms_of_reference", """
Terms of reference

Purpose: The Child Protection Committee has commissioned a learning review following serious injury to Child F, aged eight weeks, in the spring of 2023. The review will follow the National Guidance for Child Protection Committees Undertaking Learning Reviews.

Period: from confirmation of pregnancy to the date of the injury.

Key questions:
1. How did universal health services (midwifery, health visiting and the GP) understand the family's circumstances?
2. How were the father and other adults in the household included in assessment?
3. How did practitioners respond to a bruise on a non-mobile baby?
4. How did health and social work share information, and what part did the CHI number play?
5. How was the mother's mental health, including a history of postnatal depression, taken into account?

Membership: independent reviewer; representatives of NHS Lothian, City of Edinburgh Council, Police Scotland and the Scottish Children's Reporter Administration. The Care Inspectorate will be informed of the decision to hold the review.

Date: June 2023 | Version 1
""", "en", ("trap",))

add("sct-10", "learning_event", """
Practitioner learning event: note of themes (health practitioners' group)

Facilitator: [[PERSON:LMcD]]. Twelve health practitioners took part.

GPs described the difficulty of noticing patterns when a family sees several doctors. One GP said: "I saw a child with a cold. I didn't see the six previous attendances." The practice manager at [[SETTING:Pilrig Park Surgery]], [[PERSON:Mrs Angela Storm]], said the practice's system did flag frequent attenders, but only for adults.

Midwives described the pressure of discharging families quickly from the postnatal ward. The community midwife who had known Child G's mother, [[PERSON:Gemma]], said that "[[PERSON:Gem]] trusted me, and I trusted her, and maybe that was the problem".

The health visitor for the family, [[PERSON:Frances Hill]], had moved to another area. She sent a written reflection which [[PERSON:LMcD]] read aloud: "I remember thinking the baby was very quiet. I put it down to temperament."

Practitioners agreed that a single integrated health chronology, visible to GP, midwifery and health visiting, would have helped. They also said that families with a health visitor they like may hide things to protect that relationship.
""", "en", ("initials", "wordname", "setting"))

add("sct-11", "family_involvement", """
Family involvement

Child H's grandmother contributed to the review in two conversations. She asked the reviewer to describe Child H as "a wee girl who loved singing and the swings".

She said that she had tried to raise concerns with the health visitor and the GP, but that she was not listened to because she was "just the granny". She also said that practitioners had changed so often that she could not remember their names.

Child H's mother met the reviewer once. She said that she had felt judged by professionals from the start, particularly when she missed appointments because she had no money for the bus. She said she had not been asked about her partner's drinking until after the injury.

Child H's father did not take part.

Both women asked that the report say that Child H "is safe now and doing well at school", which she is.
""", "en", ("trap",))

add("sct-12", "findings", """
Key learning points

Learning point 1: Children with complex health needs can become "invisible" when practitioners focus on medical management. The review recommends that every health plan for a child with complex needs should include an explicit description of the child's daily life.

Learning point 2: Temporary identifiers in emergency departments, and anglicised or Gaelic spellings of names, can prevent records from being linked. Practitioners should use the CHI number wherever possible.

Learning point 3: Family relationships between practitioners and families, common in island and rural communities, need to be declared and managed.

Learning point 4: Fathers and male partners were rarely included in assessments, as in earlier Scottish reviews.

Learning point 5: Disclosures made during confidential health consultations by young people, including those over 12 who have capacity under the Age of Legal Capacity (Scotland) Act 1991, can be shared where there is a risk of significant harm.

The review also noted good practice: a neighbour's referral was acted on quickly, and the IRD was held within 24 hours.
""", "en", ("trap",))
# ---------------------------------------------------------------------------
# WALES: 11 Welsh-language excerpts, 3 English-language
# ---------------------------------------------------------------------------

add("wal-01", "chronology", """
Cronoleg amlasiantaethol (detholiad)

dydd Gwener [[DATE:7fed Gorffennaf 2023]] – Mynychodd Plentyn A ei apwyntiad datblygiad dwy flwydd gyda'r ymwelydd iechyd, [[PERSON:Tegan Harries]]. Roedd Mam-gu yno hefyd. Nododd [[PERSON:Tegan]] fod Plentyn A yn defnyddio llai na deg gair. Rhif GIG [[NHS_NUMBER:548 628 1943]].

[[DATE:19eg o Orffennaf 2023]] – Ffoniodd rheolwr [[SETTING:Meithrinfa Seren Fach]], [[PERSON:Gwenno Price]], y tîm derbyn yng Nghyngor Rhondda Cynon Taf. Roedd Plentyn A wedi cyrraedd gyda llosg bach ar gefn ei law. Dywedodd Mam wrth [[PERSON:Wenno]] mai'r tegell oedd ar fai.

[[DATE:20fed Gorffennaf 2023]] – Ymweliad cartref gan y gweithiwr cymdeithasol, [[PERSON:Geraint Lloyd-Williams]], i [[ADDRESS:15 Heol yr Orsaf, Aberdâr]], [[POSTCODE:CF44 7LB]]. Dywedodd Tad-cu fod partner Mam, "[[PERSON:Jase]]", yn aros yno "bron bob nos". Cafodd yr asesiad ei rannu gan [[PERSON:Eraint]] â'r ymwelydd iechyd, ond nid â'r feithrinfa.

[[DATE:2il Awst 2023]] – Cyfarfod strategaeth. Gofynnodd [[PERSON:Gwenno]] a ddylai hi siarad â [[PERSON:Thegan]] cyn y cyfarfod; ni chafodd ateb. Cyfeirnod WCCIS [[CASE_REFERENCE:RCT-CS-230802-114]].

[[DATE:14eg o Awst 2023]] – Derbyniwyd Plentyn A i Ysbyty'r Tywysog Siarl gyda thoriad i'w goes.
""", "cy", ("welsh", "setting"))

add("wal-02", "learning_event", """
Nodyn cyfarfod y panel adolygu (drafft – heb ei gymeradwyo)

Dyddiad: [[DATE:16 Ionawr 2024]]
Cadeirydd: [[PERSON:RhM]] (Bwrdd Diogelu Cwm Taf Morgannwg)
Yn bresennol: [[PERSON:RhM]]; [[PERSON:FfE]] (Bwrdd Iechyd Prifysgol Cwm Taf Morgannwg); [[PERSON:LlW]] (Heddlu De Cymru); [[PERSON:G ap D]] (Addysg); [[PERSON:S.J.-T.]] (Gwasanaethau Plant)
Ymddiheuriadau: [[PERSON:AO]] (Cymorth i Fenywod)

Eitem 2: Y gronoleg
Dywedodd [[PERSON:FfE]] fod cofnodion yr ymwelydd iechyd yn dangos bod Mam-gu wedi codi pryder ar lafar. Gofynnodd [[PERSON:LlW]] a oedd cofnod o'r alwad gan y feithrinfa. Cadarnhaodd [[PERSON:S.J.-T.]] fod yr alwad wedi'i chofnodi ond nad oedd wedi'i throsglwyddo i'r tîm a oedd yn dal yr achos.

Eitem 3: Y teulu
Dywedodd [[PERSON:G ap D]] fod yr ysgol wedi cael cyfeiriad newydd ar gyfer Mam, ond ei fod yn wahanol i'r cyfeiriad ar gofnod yr heddlu. Cytunodd [[PERSON:RhM]] i ysgrifennu at y teulu yn Gymraeg.

Camau: [[PERSON:LlW]] i rannu'r log galwadau; [[PERSON:AO]] i gadarnhau a oedd Mam wedi cysylltu â'r llinell gymorth Byw Heb Ofn.
""", "cy", ("welsh", "initials"))

add("wal-03", "analysis", """
Dadansoddiad: y fframwaith cyfreithiol a'r teulu estynedig

Daeth Deddf Plant (Diddymu Amddiffyniad Cosb Resymol) (Cymru) 2020 i rym ar {{21 Mawrth 2022}}. Ers hynny, nid yw cosbi plentyn yn gorfforol yn gyfreithlon yng Nghymru. Dywedodd Tad-cu Plentyn B wrth yr adolygydd nad oedd neb wedi esbonio hyn i'r teulu, a'i fod yn credu bod "clatsien fach" yn dal yn dderbyniol.

Mae'r adolygiad yn nodi bod Mam-gu a Thad-cu wedi gofalu am Blentyn B am gyfnodau hir. Roedden nhw'n ei chodi o'r ysgol bob dydd, yn mynd â hi i'r Ysgol Sul ac i ymarferion ar gyfer Eisteddfod yr Urdd, ac yn cadw ei gwisg ar gyfer Dydd Gŵyl Dewi. Ond ni chawsant eu cynnwys yn yr un cyfarfod grŵp craidd.

Cododd ymarferwyr hefyd thema iaith. Roedd Plentyn B yn siarad Cymraeg gyda'i theulu estynedig a Saesneg gyda'i mam. Ni wyddai'r heddwas a ymwelodd ar Nos Galan fod y plentyn yn deall popeth a ddywedwyd yn Saesneg, ond yn ateb yn Gymraeg yn unig.

Mae'r canfyddiadau hyn yn adleisio gwersi cenedlaethol, gan gynnwys adroddiad yr Arglwydd Laming ac adolygiad cenedlaethol 2022 ar achosion Arthur Labinjo-Hughes a Star Hobson.
""", "cy", ("welsh", "trap"))

add("wal-04", "key_practice_episode", """
Pennod Ymarfer Allweddol 3: negeseuon ar ffôn Plentyn C

Tynnodd Heddlu Gogledd Cymru y negeseuon canlynol o ffôn Plentyn C (14 oed). Fe'u cynhwysir fel y'u hysgrifennwyd.

[[PERSON:nain glenys]]: ti di cyrradd adra cariad? fy [[PERSON:Nghatrin]] fach i
Plentyn C: do nain. paid poeni
[[PERSON:dyl_ap_rhys]]: ti'n dod allan heno? ma [[PERSON:osian]] di cal fodca
Plentyn C: methu. ma mam yn flin
[[PERSON:dyl_ap_rhys]]: deud bo chdi'n mynd at [[PERSON:elan]]. neith hi ddeud celwydd drosta chdi
Plentyn C: ok. ond os ma [[PERSON:osh]] yna dwi'n mynd adra
[[PERSON:dyl_ap_rhys]]: paid bod mor boring. ddoi di efo fi a [[PERSON:osh]]? jyst jocian

Mae "[[PERSON:Nghatrin]]" yn dreiglad trwynol o enw iawn Plentyn C ar ôl "fy". Roedd y cyfrif [[PERSON:dyl_ap_rhys]] yn perthyn i [[PERSON:Dylan ap Rhys]], 19 oed, a oedd eisoes yn hysbys i'r heddlu. Roedd "[[PERSON:osh]]" ac "[[PERSON:osian]]" yn cyfeirio at [[PERSON:Osian Pierce]], 21.

Ni welodd yr ysgol y negeseuon hyn. Gwelodd Nain nhw, a dangosodd hi nhw i'r heddlu ar [[DATE:28ain Ebrill 2023]].
""", "cy", ("welsh", "lower", "handle"))

add("wal-05", "chronology", """
Heddlu Dyfed-Powys incident record, reproduced in its original upper case

[[DATE:03/02/2024]] 18:02 CALLER [[PERSON:FAITH MORGAN-JONES]], TEACHER, REPORTS PUPIL [[PERSON:HAF]] (AGED 12) DID NOT ARRIVE HOME FROM [[SETTING:YSGOL BRO GRANNELL]] BUS STOP. CALLER ON [[PHONE:01632 960738]].
[[DATE:03/02/2024]] 18:20 MOTHER [[PERSON:EIRA]] CONTACTED. STATES [[PERSON:HAF]] MAY BE WITH OLDER MALE KNOWN AS "[[PERSON:DAI FAN]]" WHO DRIVES SILVER GOLF [[VEHICLE_REGISTRATION:CY70 BNF]].
[[DATE:03/02/2024]] 19:45 [[PERSON:HAF]] LOCATED AT [[ADDRESS:FFERM GLAN-YR-AFON, LLANGYBI, LAMPETER]] [[POSTCODE:SA48 8NS]]. MALE [[PERSON:DAVID EVAN WOOD]] DOB [[DATE_OF_BIRTH:17/11/1998]] PRESENT. STATES "SHE'S MY MATE'S LITTLE SISTER, I WAS GIVING HER A LIFT".
[[DATE:03/02/2024]] 21:10 MISPER CLOSED. PVP REF [[CASE_REFERENCE:DP-PVP-24-01152]].

Reviewer's note: "haf" is both a name and the Welsh word for summer, and "fan" (a peak) is a common place-name element, not a surname. The call handler did not record that [[PERSON:Wood]] was [[PERSON:Dai Fan]], and the connection to two earlier missing episodes in the summer term ("tymor yr {{Haf}}") of 2023 was not made.
""", "en", ("caps", "welsh", "wordname", "setting"))

add("wal-06", "findings", """
Canfyddiadau

Canfyddiad 1: Roedd gan Blentyn D syndrom Down a chyflwr ar y galon. Roedd ymarferwyr yn canolbwyntio'n briodol ar ei anghenion iechyd, ond ni ofynnodd neb pwy oedd yn gofalu amdani gyda'r nos.

Canfyddiad 2: Cofnodwyd sgôr o 9 ar Raddfa Coma Glasgow pan gyrhaeddodd Plentyn D yr ysbyty. Er hynny, derbyniodd y staff esboniad am gwymp heb ei herio, ac ni ddilynwyd y canllaw Cymru Gyfan ar gleisio mewn babanod sydd heb ddechrau cropian.

Canfyddiad 3: Roedd gan frawd hŷn Plentyn D ddiagnosis o syndrom Asperger, ac roedd wedi dweud wrth y nyrs ysgol ei fod yn ofni partner ei fam. Roedd y nyrs wedi asesu ei gymhwysedd Gillick yn gywir ac wedi dilyn Canllawiau Fraser, ond ni rannodd y pryder, gan gredu ei fod yn gyfrinachol. Mae cyfrinachedd yn ildio pan fydd risg o niwed sylweddol.

Canfyddiad 4: Nid oedd yr heddlu wedi ystyried datgelu o dan Gyfraith Clare, er bod hanes treisgar y partner yn hysbys. Mae'r Goruchaf Lys yn Re B (2013) yn atgoffa pawb fod rhaid i ymyrraeth fod yn gymesur, ond nid yw hynny'n rheswm dros beidio â rhannu gwybodaeth.

Awdur: Adolygydd Arweiniol (BSc, MA, RSCN) | Fersiwn 3
""", "cy", ("welsh", "trap"))

add("wal-07", "background", """
Cefndir: y gymuned o amgylch Plentyn E

Roedd bywyd Plentyn E y tu allan i'r cartref yn troi o gwmpas y capel a'r clwb. Bob bore Sul, roedd yn mynd i'r Ysgol Sul yng [[SETTING:Nghapel Bethania]], lle'r oedd y gweinidog, y [[PERSON:Parch. Huw Tegid]], yn ei adnabod ers ei eni. Ar nos Fercher, roedd yn aelod o [[SETTING:Glwb Ffermwyr Ifanc Cwm Ysgawen]], ac ar nos Wener roedd yn hyfforddi gyda [[SETTING:Chlwb Bocsio'r Dyffryn]].

Dywedodd arweinydd y clwb ffermwyr ifanc, [[PERSON:Heulwen Daniels]], wrth yr adolygydd fod Plentyn E wedi dechrau colli cyfarfodydd ym mis Mawrth 2023. Gofynnodd hi i'w ewythr, [[PERSON:Alun]], pam. Dywedodd [[PERSON:Alun]] fod y bachgen "yn brysur ar y fferm".

Roedd hyfforddwr y clwb bocsio, [[PERSON:Rhys "Bocs" Powell]], wedi gweld cleisiau ar gefn Plentyn E. Cofrestrwyd y teulu gyda [[SETTING:Meddygfa Heol Fawr]], ond nid oedd y meddyg teulu wedi gweld Plentyn E ers tair blynedd.

Mae'r adolygiad yn nodi bod y Ffermwyr Ifanc fel mudiad, a'r Urdd, yn darparu hyfforddiant diogelu da. Ond nid oedd neb o'r clwb lleol wedi'i fynychu.
""", "cy", ("welsh", "setting"))

add("wal-08", "action_plan", """
Cynllun gweithredu

Fersiwn 2 | Dyddiad: Mai 2024 | Cadeirydd: Cadeirydd y Grŵp Adolygu Achosion | Awdur: Rheolwr Busnes y Bwrdd

Argymhelliad 1: Dylai'r Bwrdd Diogelu weithio gyda'r capeli, yr eglwysi, y mosgiau a chlybiau chwaraeon lleol i sicrhau bod gan bob un arweinydd diogelu enwebedig.
Arweinydd: Swyddog Diogelu Cymunedol
Dyddiad targed: Mawrth 2025

Argymhelliad 2: Dylai Bwrdd Iechyd Prifysgol Cwm Taf Morgannwg sicrhau bod yr ymwelydd iechyd yn cael gwybod am bob galwad gan feithrinfa i'r tîm derbyn.
Arweinydd: Pennaeth Diogelu
Dyddiad targed: Rhagfyr 2024

Argymhelliad 3: Dylai Heddlu De Cymru a Heddlu Dyfed-Powys gynnig cyfweliadau ABE yn Gymraeg fel mater o drefn, yn unol â'r Cynnig Rhagweithiol.
Arweinydd: Uwch Arolygydd, Diogelu'r Cyhoedd

Argymhelliad 4: Dylai'r Bwrdd rannu gwybodaeth am y Ddeddf sy'n diddymu'r amddiffyniad o gosb resymol gyda theuluoedd estynedig, gan gynnwys neiniau a theidiau.
Arweinydd: Rheolwr Busnes y Bwrdd
Dyddiad targed: Medi 2024

Caiff hyb cydgysylltu ADUS adroddiad chwarterol, a bydd y Bwrdd yn archwilio'r dystiolaeth.
""", "cy", ("welsh", "trap"))

add("wal-09", "key_practice_episode", """
Pennod Ymarfer Allweddol 2: y gynhadledd achos gychwynnol

Cynhaliwyd y gynhadledd ar [[DATE:23ain o Fai 2023]]. Roedd Mam yno gyda'i mam hithau, [[PERSON:Nain Glenys]]. Nid oedd y tad, [[PERSON:Gethin Bowen]], wedi'i wahodd.

Cyflwynodd yr ymwelydd iechyd, [[PERSON:Eira Haf Lewis]], adroddiad yn dweud bod Plentyn F (tair oed) yn "hapus a bywiog". Ond dywedodd athrawes y dosbarth meithrin yn [[SETTING:Ysgol Gynradd Gymraeg Bryn y Môr]], [[PERSON:Mrs Sioned Tudor]], fod y ferch yn cuddio o dan y bwrdd pan fyddai dynion yn dod i'r ystafell.

Gofynnodd y cadeirydd i [[PERSON:Eira]] a oedd hi wedi gweld Plentyn F gyda [[PERSON:Gethin]]. Nid oedd. Gofynnodd i [[PERSON:Sioned]] a oedd y plentyn wedi sôn am [[PERSON:Ethin]]. Roedd hi: "Dadi [[PERSON:Geth]] yn gweiddi." Roedd Taid wedi dweud wrth [[PERSON:Sioned]] yr un peth, ond nid oedd wedi'i gofnodi.

Ni roddwyd Plentyn F ar y gofrestr. Roedd y gynhadledd yn pwyso'n drwm ar farn [[PERSON:Eira]], a oedd wedi gweld y plentyn yn y clinig yn unig. Ar ôl y gynhadledd, anfonodd [[PERSON:Nain Glenys]] neges at [[PERSON:Eira]]: "Ma hi'n ofn ei thad. Pam na wnewch chi wrando?" Nid atebwyd y neges.
""", "cy", ("welsh", "wordname"))

add("wal-10", "analysis", """
Analysis: records, names and language

Child G's family moved between Welsh- and English-language services several times. Child G attended [[SETTING:Cylch Meithrin Tŷ'r Ysgol]], then [[SETTING:Ysgol Gymraeg Glan Ebwy]], then an English-medium school after the family moved to [[ADDRESS:Tŷ Gwyn, 3 Heol Ebwy, Brynmawr]] [[POSTCODE:NP23 4SD]].

Each move generated new records. The GP practice, [[SETTING:Canolfan Iechyd y Waun]], spelt the mother's name as "[[PERSON:Ffion]]", "[[PERSON:Fion]]" and "[[PERSON:Ffiona]]" in different letters. Her surname, [[PERSON:Gwyther]], was recorded once as "[[PERSON:Gwythyr]]". Child G's Welsh name, [[PERSON:Llŷr]], was entered on the education database as "[[PERSON:Llyr]]" and on the police system as "[[PERSON:Leer]]", and his UPN, [[UPN:X500474395755]], was not carried across when he moved school.

The health visitor, [[PERSON:Meinir Davies]] ([[EMAIL:meinir.davies2@abuhb.example.nhs.wales]]), told the review that she had tried to link the records. She had phoned the school on [[PHONE:029 2018 0795]] and been told "we have no [[PERSON:Llyr]] here".

Aneurin Bevan University Health Board has since introduced a rule that NHS numbers must be used in all correspondence with education. The learning is broader: diacritics and Welsh spellings are not optional extras, and a system that cannot store "ŷ" can lose a child.
""", "en", ("welsh", "setting"))

add("wal-11", "terms_of_reference", """
Cylch gorchwyl

Math o adolygiad: Adolygiad Diogelu Unedig Sengl cryno. Nid oedd Plentyn H ar y gofrestr amddiffyn plant nac mewn gofal yn y chwe mis cyn y digwyddiad.

Cyfnod: deuddeg mis cyn y digwyddiad. Ni fydd y cyfnod yn cael ei ymestyn.

Cwestiynau:
1. Pa mor dda yr oedd asiantaethau'n deall bywyd bob dydd Plentyn H, gan gynnwys ei brofiad yn y capel, yn yr ysgol ac yn y clwb rygbi?
2. A gafodd Mam-gu a Thad-cu, a oedd yn gofalu amdano'n rheolaidd, eu cynnwys yn yr asesiad?
3. A gynigiwyd gwasanaeth Cymraeg i'r teulu heb iddynt orfod gofyn?
4. Sut y defnyddiwyd y Cynllun Datgelu Trais Domestig (Cyfraith Clare) a'r Cynllun Datgelu Troseddwyr Rhyw yn erbyn Plant (Cyfraith Sarah)?

Dull: digwyddiad dysgu ymarferwyr, sgyrsiau gydag ymarferwyr allweddol, a chyfle i'r teulu gyfrannu yn eu dewis iaith.

Aelodau'r panel: adolygydd annibynnol (MA, CQSW); uwch nyrs ddiogelu, Bwrdd Iechyd Prifysgol Hywel Dda; ditectif arolygydd, Heddlu Dyfed-Powys; rheolwr gwasanaeth, Cyngor Sir Gâr.

Dyddiad: Tachwedd 2023 | Fersiwn 1
""", "cy", ("welsh", "trap"))

add("wal-12", "executive_summary", """
Crynodeb gweithredol (drafft 1 – cyfrinachol)

Testun yr adolygiad yw Plentyn J, merch saith oed a fu farw ym mis Mawrth 2024. Ganwyd Plentyn J ar [[DATE_OF_BIRTH:12fed Ionawr 2017]] a bu'n byw gyda'i mam a'i brawd yn [[ADDRESS:Fflat 4, 2 Stryd y Castell, Caerfyrddin]].

Roedd Plentyn J yn mynychu [[SETTING:Ysgol Gynradd Llys Hywel]]. Roedd ei phresenoldeb wedi gostwng i 62 y cant. Roedd hi'n cael ei hadnabod gan ei ffrindiau fel "[[PERSON:Jojo]]", ac roedd hi'n aelod o gôr yr ysgol ac o [[SETTING:Aelwyd yr Urdd Tywi]].

Roedd partner ei mam, [[PERSON:Shane Roberts]], yn hysbys i Heddlu Dyfed-Powys, ac roedd ei gar, [[VEHICLE_REGISTRATION:CA19 XKD]], wedi cael ei weld y tu allan i'r ysgol ar sawl achlysur. Rhif Yswiriant Gwladol Mam, [[NINO:NE 55 18 26 A]], oedd ar gofnod yr awdurdod tai, ond o dan enw gwahanol.

Prif ganfyddiadau: nid oedd y wybodaeth a oedd gan yr ysgol, yr heddlu a'r gwasanaeth tai yn cael ei rhannu; roedd llais y plentyn ar goll; ac ni chafodd y teulu estynedig eu cynnwys.

Mae'r Bwrdd yn cydymdeimlo'n ddwys â theulu Plentyn J.
""", "cy", ("welsh", "setting"))

add("wal-13", "analysis", """
Analysis: the rural context

The family lived on an upland farm in Powys. The nearest GP surgery was fourteen miles away, and there was no public transport. Mother did not drive. Practitioners described the family as "private" and "proud", and noted that the children's grandparents, whom they called Nain and Taid, lived on the same farm.

The review found that the rural setting shaped what practitioners could see. The health visitor saw the youngest child at a clinic in the nearest market town because she could not reach the farm in winter.

At the practitioner event, a police officer said teenagers locally talk about "the Feds", and that farmers were often reluctant to involve "the Bill" in family matters. A Young Farmers leader said that the national movement had good safeguarding training, but that local clubs relied on volunteers who did not always attend.

Practitioners also noted the importance of the Royal Welsh Show, the local eisteddfod and St David's Day celebrations in the family's life.

Finding 4: In rural Wales, distance, language and pride can combine to make children less visible to services. Practitioners should plan for this rather than accept it.
""", "en", ("trap",))

add("wal-14", "family_involvement", """
Cyfraniad y teulu

Cyfarfu'r adolygydd â Mam-gu Plentyn K, [[PERSON:Mrs Menna Rees]], yn ei chartref yn [[ADDRESS:Bryn Awel, Heol y Mynydd, Tumble]] ar [[DATE:4ydd Rhagfyr 2023]]. Roedd cefnder Plentyn K, [[PERSON:Dewi Rees]], yn bresennol i'w chefnogi.

Dywedodd [[PERSON:Mrs Rees]] ei bod wedi ffonio'r gwasanaethau cymdeithasol ddwywaith, o'i rhif ffôn ei hun ([[PHONE:07700 900947]]), ond nad oedd neb wedi ei ffonio'n ôl. "Roeddwn i'n dweud wrth bawb – wrth yr ysgol, wrth y meddyg, wrth [[PERSON:Ddewi]]," meddai. "Ond doedd neb yn gwrando ar hen fenyw."

Dywedodd [[PERSON:Dewi]] fod Plentyn K wedi dechrau treulio amser gyda bechgyn hŷn yn y pentref, a'u bod yn ei alw'n "[[PERSON:Kez]]". Roedd un ohonynt, [[PERSON:Tyler Hopkins]], wedi cael ei arestio am werthu cyffuriau.

Gofynnodd y teulu i'r adolygiad gofnodi eu diolch i athro Plentyn K, [[PERSON:Mr Ioan Griffiths]], a oedd "yr unig un a alwodd heibio". Ar Ddydd Gŵyl {{Dewi}}, roedd [[PERSON:Mr Griffiths]] wedi mynd â Phlentyn K i'r eisteddfod leol ar ôl i Mam anghofio.
""", "cy", ("welsh",))


if __name__ == "__main__":
    sys.exit(main())
