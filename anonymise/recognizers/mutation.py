"""Welsh initial mutations: the radical forms a mutated word can come from, and the forms a radical takes.

After prepositions, conjunctions and possessives a Welsh word's first consonant changes (Bethan -> Fethan
after "am", Dafydd -> Ddafydd after "gan", Ceri -> Cheri after "a", Tomos -> Nhomos after "fy"), so a
gazetteer of radical forms needs undoing the mutation before a look-up. Three mutations:

- soft:     p->b  t->d  c->g  b->f  d->dd  g->(dropped)  m->f  ll->l  rh->r
- nasal:    p->mh t->nh c->ngh b->m d->n g->ng
- aspirate: p->ph t->th c->ch  (and h- before a vowel after "ei" her, "ein", "eu")
"""

from __future__ import annotations

from functools import lru_cache

SOFT = {"p": "b", "t": "d", "c": "g", "b": "f", "d": "dd", "g": "", "m": "f", "ll": "l", "rh": "r"}
NASAL = {"p": "mh", "t": "nh", "c": "ngh", "b": "m", "d": "n", "g": "ng"}
ASPIRATE = {"p": "ph", "t": "th", "c": "ch"}

# mutated onset -> radical onsets it can come from (longest onsets are tried first)
_UNDO: dict[str, tuple[str, ...]] = {}
for _table in (SOFT, NASAL, ASPIRATE):
    for _rad, _mut in _table.items():
        if _mut:
            _UNDO[_mut] = tuple(dict.fromkeys((*_UNDO.get(_mut, ()), _rad)))
_ONSETS = sorted(_UNDO, key=len, reverse=True)
_VOWELS = set("aeiouwyâêîôûŵŷáéíóúàèìòùäëïöü")


def _onset(word: str) -> str:
    return word[:2].lower() if word[:2].lower() in ("ll", "rh", "ch", "ph", "th", "dd") else word[:1].lower()


def _recase(form: str, like: str) -> str:
    """``form`` written in the case of ``like`` (CAPITALS, Capitalised or lower)."""
    if like.isupper() and len(like) > 1:
        return form.upper()
    if like[:1].isupper():
        return form[:1].upper() + form[1:]
    return form


@lru_cache(maxsize=65536)
def radicals(word: str) -> tuple[str, ...]:
    """Forms ``word`` may have before a mutation, itself first: Fethan -> (Fethan, Bethan, Methan)."""
    low = word.lower()
    out = [word]
    for onset in _ONSETS:
        if low.startswith(onset) and len(low) > len(onset) + 1:
            out += [_recase(rad + low[len(onset):], word) for rad in _UNDO[onset]]
            if onset in ("ng", "mh", "nh", "ngh", "ph", "th", "ch", "dd", "ll", "rh"):
                break  # a digraph is never also its first letter's mutation ("Ddafydd" is not "D" + "dafydd")
    if low[:1] in _VOWELS or low[:1] in ("l", "r", "w"):
        out.append(_recase("g" + low, word))  # soft mutation drops g: Wen <- Gwen, Ruffydd <- Gruffydd, Lyn <- Glyn
    if low[:1] == "h" and low[1:2] in _VOWELS and len(low) > 2:
        out.append(_recase(low[1:], word))  # aspirate h before a vowel: "ei Hanna" <- Anna
    return tuple(dict.fromkeys(out))


def mutations(word: str) -> tuple[str, ...]:
    """Forms a radical takes after each mutation, itself first: Tomos -> (Tomos, Domos, Nhomos, Thomos)."""
    low = word.lower()
    onset = _onset(word)
    if onset not in SOFT and low[:2] not in SOFT:
        return (word,)
    key = low[:2] if low[:2] in SOFT else onset
    out = [word]
    for table in (SOFT, NASAL, ASPIRATE):
        if key in table:
            out.append(_recase(table[key] + low[len(key):], word))
    return tuple(dict.fromkeys(out))
