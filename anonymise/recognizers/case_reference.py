"""Case and record references: social care, police, Reporter, Home Office and IRD record numbers."""

from __future__ import annotations

import re

from anonymise.recognizers.base import context_before, detection, words_regex
from anonymise.types import Detection

# A reference with its prefix joined to it: LCS-00451187, PS-20230217-3318, SCRA/23/004718, IRD/GGC/2023/0418.
JOINED = re.compile(r"(?=[A-Z])(?<![\w/-])[A-Z]{2,6}(?:/[A-Z]{2,6})*[-/]\d[\d/-]{3,}\d(?![\w/-])")
# Letters run into digits: CC2021121300417, T1198842 (at least six digits).
LETTERS_DIGITS = re.compile(r"(?=[A-Z])(?<![\w/-])[A-Z]{1,4}\d{6,}(?:[-/]\d+)*(?![\w/-])")
# Family court case numbers: two letters (court), two digits (year), a case-type letter, five digits (ZW23C50123).
COURT = re.compile(r"(?=[A-Z])(?<![\w/-])[A-Z]{2}\d{2}[A-Z]\d{5}(?![\w/-])")
# Mixed letter-digit groups joined by hyphens or slashes: WT-GW-23-00917, ABC-IRD-24-0211, 24-KX-00318.
MIXED = re.compile(r"(?=[A-Z0-9])(?<![\w/.-])[A-Z0-9]{1,8}(?:[-/][A-Z0-9]{1,10}){1,6}(?![\w/-]|\.\w)")
# Police crime numbers such as 4217934/22.
NUMBER_YEAR = re.compile(r"(?=\d)(?<![\w/.-])\d{5,9}/\d{2}(?![\w/-]|\.\d)")
# A bare number of six or more digits (or digit groups) after a record word.
BARE = re.compile(r"(?=\d)(?<![\w/.-])\d[\d/-]{4,}\d(?![\w/-]|\.\d)")
RECORD_WORDS = words_regex([
    "reference", "ref", "ref.", "ref:", "case number", "case no", "record number", "crime number", "crime reference",
    "occurrence", "incident number", "log number", "logged as", "recorded as", "id", "id:", "cris", "soscare",
    "wccis", "mosaic", "liquidlogic", "lcs", "carefirst", "paris", "eclipse", "niche", "athena", "storm", "pnc",
    "swift", "care first", "case id", "file number", "urn", "home office", "scra", "reporter", "uan",
    "hospital number", "mrn", "unit number", "patient id", "k number", "court number", "case no.", "claim number",
    "log", "incident", "crime no", "crime no.", "logged under", "recorded under", "under reference", "reference number",
    "record", "records", "logged",
    # Welsh: "dan gyfeirnod 2300412876", "rhif cyfeirnod", "cyfeirnod yr heddlu"
    "cyfeirnod", "gyfeirnod", "nghyfeirnod", "chyfeirnod", "rhif achos", "rhif digwyddiad", "rhif cofnod"])
NOT_REFERENCE = words_regex(["nhs", "chi", "health and care", "phone", "telephone", "mobile", "tel", "landline"])


class CaseReferenceRecognizer:
    """Finds record references by shape, and bare numbers by the record word before them."""

    name = "case_reference"
    entity_type = "CASE_REFERENCE"

    def analyze(self, text: str) -> list[Detection]:
        """Find case references in ``text``."""
        out: list[Detection] = []
        for pat, score in ((JOINED, 0.75), (LETTERS_DIGITS, 0.6), (NUMBER_YEAR, 0.7), (COURT, 0.7)):
            for m in pat.finditer(text):
                s, e = m.span()
                if pat is JOINED and re.fullmatch(r"[A-Z]+[-/]\d{4}", m.group(0)):
                    continue  # "COVID-2019"-like labels
                sc = score + (0.2 if RECORD_WORDS.search(context_before(text, s, 50)) else 0.0)
                out.append(detection(text, s, e, self.entity_type, sc, self.name))
        taken = {(d.start, d.end) for d in out}
        for m in MIXED.finditer(text):
            s, e = m.span()
            if (s, e) in taken or not _mixed_reference(m.group(0)):
                continue
            groups = re.split(r"[-/]", m.group(0))
            context = bool(RECORD_WORDS.search(context_before(text, s, 50)))
            if len(groups) >= 3 or context:
                out.append(detection(text, s, e, self.entity_type, 0.75 if context else 0.6, self.name))
        for m in BARE.finditer(text):
            s, e = m.span()
            if sum(c.isdigit() for c in m.group(0)) < 6:
                continue
            before = context_before(text, s, 45)
            if RECORD_WORDS.search(before) and not NOT_REFERENCE.search(before[-25:]):
                out.append(detection(text, s, e, self.entity_type, 0.55, self.name))
        return out


def _mixed_reference(token: str) -> bool:
    """True for a record-number shape: letters and at least four digits, in groups, one of them two or more
    letters long ("WT-GW-23-00917"), not a label like "COVID-19" or a quarter like "Q3-2024"."""
    groups = re.split(r"[-/]", token)
    digits = sum(c.isdigit() for c in token)
    if digits < 4 or not any(c.isalpha() for c in token):
        return False
    if not any(len(g) >= 2 and g.isalpha() for g in groups):
        return False
    return not re.fullmatch(r"[A-Z]+[-/]\d{4}", token)


def recognizer() -> CaseReferenceRecognizer:
    """The case reference recognizer."""
    return CaseReferenceRecognizer()
