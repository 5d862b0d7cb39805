"""Settings written in lower case in messages: the setting the review names, echoed by its first word ("at
glenview" for Glenview Integrated College, "dance at starlight" for Starlight Dance Academy), and a saint's
name after a preposition of place ("outside st wilfs", "ur in st dympnas").

Messages drop capitals, so the evidence is the document's own setting (found by ``setting``) or the saint's
prefix, and a preposition of place before the word; only inside message lines (``informal``).
"""

from __future__ import annotations

import re

from anonymise.recognizers import informal
from anonymise.recognizers.allow import stop_words
from anonymise.recognizers.base import detection
from anonymise.recognizers.setting import GENERIC
from anonymise.types import Detection

_AT = r"(?:at|to|outside|from|fae|frae|in|into|near|round|i|yn|tu\s+fas\s+i|o\s+flaen)"
_SAINT = re.compile(r"\b" + _AT + r"[ \t]+(?P<name>st\.?[ \t]+[a-z]{3,}(?:['’]?s)?)(?![\w'’-])")


def echoes(text: str, found: list[Detection]) -> list[Detection]:
    """SETTING detections for lower-case echoes of ``found`` settings and saints' names in message lines."""
    heads = set()
    for d in found:
        if d.entity_type != "SETTING":
            continue
        first = d.text.split()[0].lower()
        if len(first) >= 4 and first not in GENERIC and first not in stop_words() and first != "st":
            heads.add(first)
    if not heads and " st " not in text and " st. " not in text:
        return []
    spans = informal.informal_spans(text) if ":" in text or '"' in text else []
    out: list[Detection] = []
    for s, e in spans:
        chunk = text[s:e]
        if heads:
            rx = re.compile(r"\b" + _AT + r"[ \t]+(?P<name>" + "|".join(re.escape(h) for h in sorted(heads)) +
                            r")(?![\w'’-])")
            out += [detection(text, s + m.start("name"), s + m.end("name"), "SETTING", 0.7, "setting")
                    for m in rx.finditer(chunk)]
        if "st" in chunk:
            out += [detection(text, s + m.start("name"), s + m.end("name"), "SETTING", 0.7, "setting")
                    for m in _SAINT.finditer(chunk)]
    return out
