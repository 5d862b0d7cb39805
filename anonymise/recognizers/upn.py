"""Unique pupil number: a check letter and 12 digits; the letter is the DfE modulus 23 check."""

from __future__ import annotations

import re

from anonymise.recognizers.base import PatternRecognizer, words_regex

CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"
PATTERN = re.compile(r"(?=[A-HJ-NP-RT-Z])(?<![\w])([A-HJ-NP-RT-Z])(\d{12})(?!\w)")
CONTEXT = words_regex(["upn", "unique pupil number", "pupil number"])


def check_letter(twelve_digits: str) -> str:
    """The DfE check letter of 12 digits: sum of digit x position weight (2..13) modulo 23."""
    total = sum(int(d) * (i + 2) for i, d in enumerate(twelve_digits))
    return CHECK_LETTERS[total % 23]


def _valid(m: re.Match[str]) -> bool:
    return check_letter(m.group(2)) == m.group(1)


def recognizer() -> PatternRecognizer:
    """The UPN recognizer."""
    return PatternRecognizer(name="upn", entity_type="UPN", patterns=[PATTERN], score=0.9,
                             context=CONTEXT, score_with_context=0.99, validate=_valid)
