"""The English words for relatives and close people, in one place, grouped by what they name.

Many rules read a relative next to a name: "Mum, Blessing, came in", "DH (MGM)", "Rain (15, stepsister)", "the
children call their grandmother Lola", "QUOTE from her brother". Each rule composes the groups it needs with
`words()`, adding only what is particular to it (body words, posts, a register's spellings), so a relative learnt
once is known to every rule that reads relatives. Kinship words of other languages are data
(`data/kin_words.tsv`, `allow.kin_words()`); the spellings of messages ("bro", "sis", "freind") stay with the
informal recognizer, where they belong.
"""

from __future__ import annotations

import re

# a parent, formally and as children say it
PARENTS = frozenset("mother father mum mam mammy mummy dad daddy".split())
STEP_PARENTS = frozenset("stepfather stepmother stepdad stepmum step-father step-mother".split())
GRANDPARENTS = frozenset("grandmother grandfather grandma grandpa grandad gran granny nan nana nanny".split())
SIBLINGS = frozenset("brother sister sibling half-brother half-sister half-sibling twin".split())
CHILDREN = frozenset("son daughter child baby grandson granddaughter stepson stepdaughter".split())
# aunts, uncles and cousins, and their children
EXTENDED = frozenset("aunt auntie aunty uncle cousin niece nephew".split())
PARTNERS = frozenset("partner boyfriend girlfriend husband wife".split())
# every relative, by blood, marriage or partnership
RELATIVES = PARENTS | STEP_PARENTS | GRANDPARENTS | SIBLINGS | CHILDREN | EXTENDED | PARTNERS
_IRREGULAR = {"child": "children", "wife": "wives", "grandchild": "grandchildren"}


def words(*groups: frozenset[str] | str, plural: bool = False) -> str:
    """A regex alternation (no group) of the words of `groups`; a string is a space-separated list of extra words.
    A word is never cut short by a shorter one it begins with ("nan" inside "nana"): the shorter is the optional end.
    `plural` adds each word's plural ("brothers", "aunties"), for lists that name several people."""
    found: set[str] = set()
    for group in groups:
        found.update(group.split() if isinstance(group, str) else group)
    if plural:
        found |= {_plural(w) for w in found if not w.endswith("s")}
    return _trie(sorted(found))


def _trie(words: list[str]) -> str:
    """The alternation of ``words`` with shared beginnings written once ("grand(?:mother|father|ma|pa|ad)"): the
    regex engine tries one branch per first letter instead of every word at every position of a long window."""
    heads: dict[str, list[str]] = {}
    for w in words:
        heads.setdefault(w[:1], []).append(w[1:])
    out = []
    for head in sorted(heads):
        tails = heads[head]
        ends = "" in tails
        rest = sorted(t for t in tails if t)
        stem = head
        # a chain with one way on is written out ("grandm" + "other"), not a group per letter
        while rest and not ends and len({t[:1] for t in rest}) == 1:
            stem += rest[0][:1]
            ends = any(len(t) == 1 for t in rest)
            rest = sorted(t[1:] for t in rest if len(t) > 1)
        if not rest:
            out.append(re.escape(stem))
        else:
            inner = _trie(rest)
            group = inner if "|" not in inner and len(rest) == 1 and len(inner) == 1 else "(?:" + inner + ")"
            out.append(re.escape(stem) + group + ("?" if ends else ""))
    return "|".join(out)


def _plural(word: str) -> str:
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u"):
        return word[:-1] + "ies"  # "granny", "aunty"
    return word + "s"
