"""Given names that are ordinary words (River, Willow, Melody, Rose, Autumn), written alone in a record.

A word-name alone is a name only where the text shows it: the word fills a person's slot somewhere in the excerpt
("River is still on your roll", "Rose was home, not at school", "Autumn says", "Melody and the kids"), a slot no
season, plant, river or virtue fills. Once one use of the word is shown to be a person, its other capitalised
uses in the same text are that person too ("If River is attending"), except where the word is plainly a thing: after
an article or a preposition of place, before a street or a school term ("the River Aire", "Willow Court",
"Autumn term").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from anonymise.recognizers.capitals import shouted

# what only a person is or does, said of the word as its subject: enrolled or registered, at home or school,
# attending, absent, late, open to a service, in a household, speaking; an age or a household after "and"; an age
# in apposition ("Precious, then 11, and ...")
# a child's age in words ("Sky (three)", "Our Ivy is seven now")
AGE_WORDS = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
             r"seventeen|eighteen|nineteen)")
# an age said of the word: "Our Ivy is seven now", "Storm was four", "says river is 19 and looks after her"
_AGE_SAID = (r"\s+(?:is|was|wis|iz)\s+(?:now\s+|only\s+|just\s+)?(?:" + AGE_WORDS + r"|[1-9]|1\d)"
             r"(?:\s+(?:now|years?\s+old|months?\s+old))?(?=\s*[.,;!]|\s+(?:and|now|at|when|but|n|an)\b)")
AGE_SAID = re.compile(_AGE_SAID)
# someone from a group a child belongs to: "jay from her year was there", "Rowan from his class"
_MEMBER_OF = (r"(?:from|fae|frae|off)\s+(?:her|his|their|my|our|ma|me)\s+(?:old\s+|new\s+|primary\s+)?(?:year|class|form|"
              r"tutor\s+group|school|team|club|church|estate|street|unit|home)\b")
MEMBER_OF = re.compile(r"\s+" + _MEMBER_OF)
PERSON_PREDICATE = re.compile(
    r"^(?:,\s+(?:then|now|aged)\s+\d{1,2}\b|" + _AGE_SAID + r"|\s+(?:(?:is|was|has|had|have|were)\s+(?:still\s+|not\s+|now\s+|also\s+|never\s+|often\s+|always\s+)?"
    r"(?:been\s+)?(?:(?:on|off)\s+(?:the|your|our|their|its)\s+(?:roll|register|caseload|list)|"
    r"(?:registered|enrolled|known|open|referred|allocated|seen|excluded|home|late|absent|attending|missing|"
    r"spoken\s+(?:to|with)|interviewed|examined|weighed|immunised|vaccinated|admitted\s+to\s+(?:hospital|the\s+ward)|"
    r"taken\s+into\s+care|accommodated|discharged\s+home|"
    r"upset|crying|distressed|withdrawn|hungry|unwell|thin|tired|scared|frightened|placed|staying|living|sleeping|"
    r"sofa[\s-]surfing|in\s+(?:school|nursery|class|care|hospital|bed)|at\s+(?:school|nursery|home|college))\b)|"
    r"(?:says|said|told|tells|asked|asks|wants|wanted|cried|looked\s+(?:thin|tired|unkempt|hungry|well|unwell|"
    r"scared|frightened|upset)|lives|lived|attends|attended|missed|answered|disclosed|stays|stayed|sleeps|slept|"
    # what only a person does: "Summer brought me a card", "Sonny came back and hid", "Rain never stopped crying"
    r"(?:never\s+)?stopped\s+crying|brought\s+(?:me|her|him|us|them)|came\s+back\s+(?:and|from|home)|hid|laughed|"
    r"giggled|hugged|cuddled|screamed|shouted|whispered|wets?\s+the\s+bed|(?:is|was)\s+(?:feared|scared)\s+of|"
    r"was\s+doing\s+(?:her|his|their)\s+best|took\s+(?:me|us|her|him|them)|"
    r"from\s+the\s+(?:[\w'’-]+\s+){0,3}(?:group|club|team|project|service|church))\b|" + _MEMBER_OF + "|"
    r"and\s+(?:the|her|his|their)\s+(?:kids|children|baby|babies|boys|girls|partner|boyfriend|girlfriend|"
    r"siblings|brothers|sisters|fella|fiancée?|husband|wife)\b|"
    # kinship said of the word: "Chance is his da's new girlfriend's son", "Rose was my eldest"
    r"(?:is|was)\s+(?:his|her|their|my|our|your)\s+(?:[\w'’-]+\s+){0,4}?(?:son|daughter|brother|sister|cousin|"
    r"niece|nephew|grandson|granddaughter|stepson|stepdaughter|boyfriend|girlfriend|partner|fella|eldest|youngest|"
    r"wean|bairn|wee\s+one)\b|\(\s*(?:aged\s+)?\d{1,2}\s*\)))")
# a word used as a thing: an article, a demonstrative or a preposition of place before it, a street, a term or a
# body of water after it
THING_BEFORE = re.compile(r"(?i:\b(?:a|an|the|this|that|these|those|every|each|no|in|on|at|along|by|across|"
                          r"near|from|into|onto|towards|over|of)\s+)$")
THING_AFTER = re.compile(r"^\s+(?:Court|Street|Road|Lane|Close|Avenue|Drive|Way|Park|House|Lodge|Cottage|Farm|"
                         r"Primary|School|Nursery|Centre|Ward|Unit|Hall|Valley|Bank|Estate|Gardens|Crescent|Place|"
                         r"term|half-term|holidays?|break|festival|fair|show|flowers?|trees?|water|banks?|side)\b")
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?:;\n\"“]\s*|\b(?:and|but|if|when|that|understand|think|believe|says|said|"
                              r"because|while|whether|until|unless|for)\s+|(?:^|[.!?:;\n\"“]\s*|\s)[Oo]ur\s+)$")
# ("our Rose": a relative named with "our", in the north of England and in Northern Ireland)


def lone_uses(text: str, words: Sequence[tuple[int, int]], is_word_name: Callable[[str], bool],
              taken: bytearray) -> list[tuple[int, int]]:
    """Spans of word-names (``is_word_name``) among capitalised ``words`` (start, end) that ``text`` shows to be a
    person, and every other capitalised use of the same word that is not plainly a thing; ``taken`` marks
    characters already decided (found, blocked)."""
    cands: dict[str, list[tuple[int, int]]] = {}
    emphasised: dict[str, list[tuple[int, int]]] = {}  # the same word written in capitals for emphasis ("wrote SONNY")
    for s, e in words:
        if taken[s]:
            continue
        w = text[s:e]
        if len(w) >= 3 and w[0].isupper() and not w.isupper() and is_word_name(w):
            cands.setdefault(w, []).append((s, e))
        elif len(w) >= 3 and w.isupper() and is_word_name(w.title()) and not shouted(text, s):
            emphasised.setdefault(w.title(), []).append((s, e))
    out: list[tuple[int, int]] = []
    for word, uses in cands.items():
        shown = any(PERSON_PREDICATE.match(text[e:e + 80]) and _SENTENCE_BEFORE.search(text[max(0, s - 14):s])
                    for s, e in uses)
        if not shown:
            continue
        for s, e in uses + emphasised.get(word, []):
            if THING_BEFORE.search(text[max(0, s - 9):s]) or THING_AFTER.match(text[e:e + 14]):
                continue
            out.append((s, e))
    return out

