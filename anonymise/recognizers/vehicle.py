"""Vehicle registration marks: current GB format (AB12 CDE), Northern Ireland (ABZ 1234), older GB formats."""

from __future__ import annotations

import re

from anonymise.recognizers.base import PatternRecognizer, words_regex

# Current GB: two area letters, two age digits (02-29 March, 51-79 September), three random letters.
GB_CURRENT = re.compile(r"(?<![\w-])[A-HJ-PR-Y][A-HJ-PR-Y](?:0[2-9]|[12]\d|5[1-9]|[67]\d)\s?[A-HJ-PR-Z]{3}(?![\w-])")
# Northern Ireland: up to three letters whose last two are an NI code (…IA, …IB, …Z), 1-4 digits.
NI_CODES = "IA|IB|IG|IJ|IL|IW|AZ|BZ|CZ|DZ|EZ|FZ|GZ|HZ|JZ|KZ|LZ|MZ|NZ|OI|PZ|RZ|SZ|TZ|UI|UZ|VZ|WZ|XI|XZ|YZ"
NI = re.compile(r"(?<![\w-])[A-Z]?(?:" + NI_CODES + r")\s?[1-9]\d{0,3}(?![\w-])")
# Older GB prefix (A123 BCD) and suffix (ABC 123D) marks: kept only with vehicle context.
GB_OLD = re.compile(r"(?<![\w-])(?:[A-HJ-NPR-Y]\d{1,3}\s?[A-Z]{3}|[A-Z]{3}\s?\d{1,3}[A-HJ-NPR-Y])(?![\w-])")
CONTEXT = words_regex(["registration", "reg", "reg.", "vrm", "vehicle", "car", "van", "registered",
                       "number plate", "index", "motorbike", "taxi", "driving", "drove", "parked"])


def gb_current() -> PatternRecognizer:
    """Current-format GB marks (distinctive enough to stand alone)."""
    return PatternRecognizer(name="vehicle", entity_type="VEHICLE_REGISTRATION", patterns=[GB_CURRENT],
                             score=0.8, context=CONTEXT, score_with_context=0.95, window=80)


def northern_ireland() -> PatternRecognizer:
    """Northern Ireland marks: kept only with vehicle context nearby."""
    return PatternRecognizer(name="vehicle", entity_type="VEHICLE_REGISTRATION", patterns=[NI, GB_OLD],
                             score=0.5, context=CONTEXT, score_with_context=0.9, needs_context=True, window=80)
