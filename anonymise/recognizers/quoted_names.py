"""A quoted word that the text says is a person: '"Rowan" was a man of 22', 'later identified as ...', 'a man she knows
only as "Deeks"', 'Police identify "Deeks" as a 34-year-old man'.

Quotes mark a word as a word as often as a name ("the words "precious" and "hope"", "'Charlie' is slang for"), so
the quote alone says nothing; what the sentence says of the quoted word does. Every other use of a word shown to be
a person is that person too (the person recognizer spreads it).
"""

from __future__ import annotations

import re

from anonymise.recognizers import allow

Span = tuple[int, int]

_NAME = r"[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?"
_QUOTED = re.compile(r"(?<![\w'’])[\"“'‘](?P<name>" + _NAME + r")[\"”'’](?![\w'’])")
# what the sentence says of it: a man, a woman, a boy, a girl (of an age); identified as someone; a person's name
_PERSON_AFTER = re.compile(
    r"^,?\s+(?:(?:was|is)\s+(?:a|an)\s+(?:(?:\d{1,2}|[a-z]+-)(?:-year-old)?\s+|older\s+|younger\s+|local\s+|adult\s+)?"
    r"(?:man|woman|boy|girl|lad|lass|male|female|youth|teenager|adult|person)\b"
    r"|,?\s*(?:(?:was|is|were)\s+)?(?:later\s+|subsequently\s+|then\s+)?identified\s+as\b)")
# ("'"Sky" is Bonnie's middle name' is the person recognizer's STRONG_AFTER: a kin word or a name of someone's)
_PERSON_BEFORE = re.compile(
    r"(?:\b(?:known|knows|know|referred\s+to)\s+(?:(?:to\s+)?(?:her|him|them|the\s+\w+)\s+)?(?:only\s+)?as"
    r"|\b(?:identify|identified|identifies|named|traced|arrested|interviewed|charged)"
    r"|\ba\s+(?:man|woman|boy|girl|male|female)\s+(?:called|named))\s+$")
# a slang gloss makes the quoted word a word, whatever the sentence says next ("'Charlie' is slang for cocaine")
_SLANG_AFTER = re.compile(r"^\s+(?:is|was|meant|means)\s+(?:street\s+)?(?:slang|a\s+(?:slang|street)\s+(?:word|term|name))")


def spans(text: str) -> list[Span]:
    """Quoted words the text says are a person."""
    if '"' not in text and "“" not in text and "'" not in text and "‘" not in text:
        return []
    out = []
    for m in _QUOTED.finditer(text):
        after = text[m.end():m.end() + 60]
        before = text[max(0, m.start() - 40):m.start()]
        if _SLANG_AFTER.match(after) or m.group("name").lower() in allow.ROLE_WORDS:
            continue  # slang, or a kin word or role used as a name ('the adult known as "Uncle"')
        if _PERSON_AFTER.match(after) or _PERSON_BEFORE.search(before):
            out.append(m.span("name"))
    return out
