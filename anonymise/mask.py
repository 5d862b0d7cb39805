"""Mask identifiers for reports: keep the first character of each word, star the rest."""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+", re.UNICODE)


def mask(text: str) -> str:
    """``"Jayden Okafor"`` -> ``"J***** O*****"``; digits are masked completely.

    The result never contains more than one character of any word, so no identifier can be
    read back from a report.
    """

    def repl(m: re.Match[str]) -> str:
        word = m.group(0)
        if word[0].isdigit():
            return "*" * len(word)
        return word[0] + "*" * (len(word) - 1)

    return _WORD.sub(repl, text)
