"""Email addresses (personal and practitioner)."""

from __future__ import annotations

import re

from anonymise.recognizers.base import PatternRecognizer

PATTERN = re.compile(r"(?=[A-Za-z0-9])(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+'-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])")


def recognizer() -> PatternRecognizer:
    """The email recognizer."""
    return PatternRecognizer(name="email", entity_type="EMAIL", patterns=[PATTERN], score=0.95,
                             prefilter=lambda t: "@" in t)
