"""Full UK postcodes (outward + inward code), annotated apart from the address they follow."""

from __future__ import annotations

import re

from anonymise.recognizers.base import PatternRecognizer

PATTERN = re.compile(
    r"(?=[A-PR-UWYZ])(?<![\w-])(?:GIR ?0AA|[A-PR-UWYZ](?:\d[\dA-HJKPSTUW]?|[A-HK-Y]\d[\dABEHMNPRV-Y]?)\s?\d[ABD-HJLNP-UW-Z]{2})(?![\w-])")


def recognizer() -> PatternRecognizer:
    """The postcode recognizer."""
    return PatternRecognizer(name="postcode", entity_type="POSTCODE", patterns=[PATTERN], score=0.85)
