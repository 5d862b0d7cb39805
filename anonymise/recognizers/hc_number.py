"""Northern Ireland Health and Care number: 10 digits in 320 000 000-399 999 999 with a mod 11 check digit."""

from __future__ import annotations

from anonymise.recognizers.base import PatternRecognizer, words_regex
from anonymise.recognizers.checks import TEN_DIGITS, digits, hc_range_ok, mod11_ok

CONTEXT = words_regex(["health and care number", "h&c", "h&c no", "h & c", "hcn", "health & care number"])


def _valid(m) -> bool:  # type: ignore[no-untyped-def]
    d = digits(m.group(1))
    return mod11_ok(d) and hc_range_ok(d)


def recognizer() -> PatternRecognizer:
    """The Health and Care number recognizer."""
    return PatternRecognizer(name="hc_number", entity_type="HC_NUMBER", patterns=[TEN_DIGITS], score=0.7,
                             context=CONTEXT, score_with_context=0.96, group=1, validate=_valid)
