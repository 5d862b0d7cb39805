"""Scottish CHI number: DDMMYY date of birth + 4 digits, modulus 11 check digit."""

from __future__ import annotations

from anonymise.recognizers.base import PatternRecognizer, words_regex
from anonymise.recognizers.checks import TEN_DIGITS, chi_date_ok, digits, mod11_ok

CONTEXT = words_regex(["chi", "chi number", "chi no", "community health index"])


def _valid(m) -> bool:  # type: ignore[no-untyped-def]
    d = digits(m.group(1))
    return mod11_ok(d) and chi_date_ok(d)


def recognizer() -> PatternRecognizer:
    """The CHI recognizer: CHI numbers start with a DDMMYY date (010-311 million, a range NHS numbers never use)."""
    return PatternRecognizer(name="chi", entity_type="CHI_NUMBER", patterns=[TEN_DIGITS], score=0.72,
                             context=CONTEXT, score_with_context=0.97, group=1, validate=_valid)
