"""National Insurance number: two prefix letters (allocation rules), six digits, suffix A-D."""

from __future__ import annotations

import re

from anonymise.recognizers.base import PatternRecognizer, words_regex

# First letter not D F I Q U V; second not D F I O Q U V; some pairs never allocated.
PATTERN = re.compile(
    r"(?=[A-CEGHJ-PR-TW-Z])(?<![\w])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])\s?(\d{2})\s?(\d{2})\s?(\d{2})\s?([A-D])(?!\w)")
BAD_PREFIXES = frozenset({"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"})
CONTEXT = words_regex(["national insurance", "ni number", "nino", "ni no"])


def _valid(m: re.Match[str]) -> bool:
    return m.group(1) not in BAD_PREFIXES and len(set(m.group(2) + m.group(3) + m.group(4))) > 1


def recognizer() -> PatternRecognizer:
    """The NINO recognizer."""
    return PatternRecognizer(name="nino", entity_type="NINO", patterns=[PATTERN], score=0.85,
                             context=CONTEXT, score_with_context=0.98, validate=_valid)
