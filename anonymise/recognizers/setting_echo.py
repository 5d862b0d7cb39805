"""Settings written in lower case in messages: the setting the review names, echoed by its first word ("at
glenview" for Glenview Integrated College, "dance at starlight" for Starlight Dance Academy), and a saint's
name after a preposition of place ("outside st wilfs", "ur in st dympnas").

Messages drop capitals, so the evidence is the document's own setting (found by ``setting``) or the saint's
prefix, and a preposition of place before the word; only inside message lines (``informal``).
"""

from __future__ import annotations

import re

from anonymise.recognizers import allow, clean_text, informal
from anonymise.recognizers.allow import stop_words
from anonymise.recognizers.base import detection
from anonymise.recognizers.setting import GENERIC
from anonymise.types import Detection

_AT = r"(?:at|to|outside|from|fae|frae|in|into|near|round|i|yn|tu\s+fas\s+i|o\s+flaen)"
_SAINT = re.compile(r"\b" + _AT + r"[ \t]+(?P<name>st\.?[ \t]+[a-z]{3,}(?:['’]?s)?)(?![\w'’-])")


# heads of settings named by a name of their own rather than a town's: children's homes, units, projects
_OWN_NAME_HEADS = frozenset("""house lodge view court hall cottage grange manor villa place project unit centre center
base hub""".split())


def first_word_echoes(text: str, found: list[Detection]) -> list[Detection]:
    """A house named in full once (its name and a head: "Craigmount House") and then by its name alone ("Craigmount is alright,
    the staff are sound"): the word, where it is no dictionary word, name or place, is the setting every time."""
    words = set()
    for d in found:
        parts = d.text.split()
        if d.entity_type != "SETTING" or len(parts) != 2 or not parts[0][:1].isupper() or \
                parts[-1].lower() not in _OWN_NAME_HEADS:
            continue  # a school or a nursery is named after its town ("Mayobridge Primary"); a house by its own name
        first = parts[0]
        low = first.lower()
        if len(first) >= 5 and first.isalpha() and not first.isupper() and low not in GENERIC and \
                not allow.is_common(first) and low not in allow.given_names() and low not in allow.surnames() and \
                low not in allow.places() and not clean_text.is_locality(first):
            words.add(first)
    if not words:
        return []
    taken = [(d.start, d.end) for d in found]
    out = []
    for m in re.finditer(r"(?<![\w'’-])(?:" + "|".join(re.escape(w) for w in sorted(words)) + r")(?![\w'’-])", text):
        if not any(s <= m.start() < e for s, e in taken):
            out.append(detection(text, m.start(), m.end(), "SETTING", 0.7, "setting"))
    return out


def echoes(text: str, found: list[Detection]) -> list[Detection]:
    """SETTING detections for lower-case echoes of ``found`` settings and saints' names in message lines, and for
    a setting's first word used alone (``first_word_echoes``)."""
    out = first_word_echoes(text, found)
    return out + _lower_echoes(text, found)


def _lower_echoes(text: str, found: list[Detection]) -> list[Detection]:
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
