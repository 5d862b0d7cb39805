"""NHS number (England, Wales, Isle of Man): 10 digits with a valid modulus 11 check digit."""

from __future__ import annotations

from anonymise.recognizers.base import PatternRecognizer, words_regex
from anonymise.recognizers.checks import TEN_DIGITS, digits, hc_range_ok, mod11_ok

CONTEXT = words_regex(["nhs", "nhs number", "nhs no", "health number", "patient number"])


def _valid(m) -> bool:  # type: ignore[no-untyped-def]
    d = digits(m.group(1))
    return mod11_ok(d) and not hc_range_ok(d)


def recognizer() -> PatternRecognizer:
    """The NHS number recognizer (Health and Care range numbers go to hc_number)."""
    return PatternRecognizer(name="nhs", entity_type="NHS_NUMBER", patterns=[TEN_DIGITS], score=0.7,
                             context=CONTEXT, score_with_context=0.95, group=1, validate=_valid)
