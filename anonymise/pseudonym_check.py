"""Is a declared pseudonym a role ("Mother", "Child A", "Holly") or a real-looking name ("Callum Brierley")?

Pseudonyms are roles, letters or clearly chosen single names. A pseudonym written as a given
name plus a surname (from the gazetteers, or a capitalised word that is not an ordinary English
word), a title plus a surname ("Mrs Brierley"), or any name the key file lists, would publish a
real-looking identity, so `validate` (VAL404), `check` (ANO170), `build` and the key-file loader
refuse it. Messages never quote the pseudonym: it may be a real name.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

from anonymise.variants import TITLES, fold

_TITLE_WORDS = {t.lower() for t in TITLES}  # "Baby Smith" (hospital records) too
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*|\d+")
REASON = ("looks like a real person's name (a given name and a surname); use a role ('Mother', "
          "'Child A', 'Social Worker 1'), a letter, or one chosen first name")
KEY_REASON = "is a name listed in the key file; use the role or letter the key gives"


def _words(text: str) -> list[str]:
    out = []
    for w in _WORD.findall(text):
        w = re.sub(r"['\u2019]s$", "", w)  # "Mother's partner": the possessive is not part of the word
        out.append(w)
    return out


def _name_like(word: str) -> bool:
    """A capitalised word that is a surname, or not an ordinary English word (an unknown surname)."""
    from anonymise.recognizers import allow

    low = fold(word)
    if not word[:1].isupper() or not low.isalpha() or len(low) < 2:
        return False
    if low in allow.surnames() and low not in allow.ROLE_WORDS:
        return True
    return len(low) >= 3 and not allow.is_common(low) and low not in allow.places()


def looks_like_real_name(pseudonym: str) -> bool:
    """True for "Callum Brierley", "Grace Brown", "Mrs Brierley"; False for roles, letters and single names."""
    from anonymise.recognizers import allow

    words = _words(pseudonym)
    if len(words) < 2:
        return False  # "Holly": a chosen single name is allowed
    if any(len(w) == 1 or w.isdigit() for w in words):
        return False  # "Child A", "Sibling 1", "Young Person J": a letter or number makes it a role
    first, last = words[0], words[-1]
    if fold(first) in _TITLE_WORDS:
        return _name_like(last)
    low = fold(first)
    if not first[:1].isupper() or low in allow.ROLE_WORDS:
        return False
    rest = [fold(w) for w in words[1:]]
    if allow.is_common(low) and all(allow.is_common(w) for w in rest) and not any(w in allow.surnames() for w in rest):
        return False  # "Maternal grandmother", "Young Carer": ordinary words (checked before loading given names)
    if low not in allow.given_names():
        return False
    if allow.is_common(low) and all(allow.is_common(w) for w in rest) and \
            not any(w in allow.surnames() and w in allow.given_names() for w in rest):
        return False  # "Key Worker": ordinary words that happen to be names
    return _name_like(last)


def key_name_in(pseudonym: str, key: Any) -> bool:
    """True when ``pseudonym`` holds a person, place or setting name from the key file (``key`` a KeyFile)."""
    from anonymise.keymatch import matcher_for

    return any(m.kind in ("people", "places", "settings") and not m.fuzzy
               for m in matcher_for(key).matches(pseudonym, guarded=False))


def problem(pseudonym: str, key: Any | None = None) -> str | None:
    """Why ``pseudonym`` cannot be published (None when it is fine). Never quotes the pseudonym."""
    if key is not None and key_name_in(pseudonym, key):
        return KEY_REASON
    if looks_like_real_name(pseudonym):
        return REASON
    return None


def declared(data: Any) -> Iterator[tuple[str, str]]:
    """(JSON pointer, pseudonym) for every pseudonym review.yaml declares (``child`` and ``people``)."""
    if not isinstance(data, dict):
        return
    child = data.get("child")
    if isinstance(child, dict) and isinstance(child.get("pseudonym"), str):
        yield "/child/pseudonym", child["pseudonym"]
    people = data.get("people")
    if isinstance(people, list):
        for i, person in enumerate(people):
            if isinstance(person, dict) and isinstance(person.get("pseudonym"), str):
                yield f"/people/{i}/pseudonym", person["pseudonym"]


def review_yaml_problems(path: Path, key: Any | None = None) -> list[tuple[int | None, str, str, str]]:
    """(line, pointer, pseudonym, reason) for each unpublishable pseudonym declared in review.yaml at ``path``.

    The pseudonym is returned so a caller can leave it out of an allow list; never print it.
    """
    try:
        if path.stat().st_size > 5_000_000:
            return []
        text, data = load_review_yaml(path)
    except Exception:  # validate reports a broken review.yaml; here it only adds nothing
        return []
    bad = [(pointer, name, why) for pointer, name in declared(data) if (why := problem(name, key))]
    if not bad:  # the usual case: no line numbers needed, so no round-trip parse
        return []
    from ruamel.yaml import YAML

    try:
        rt = YAML(typ="rt").load(text)
    except Exception:
        rt = None
    return [(_line(rt, pointer) if rt is not None else None, pointer, name, why) for pointer, name, why in bad]


def load_review_yaml(path: Path) -> tuple[str, Any]:
    """The text and plain data of the review.yaml at ``path``, parsed once while the file is unchanged (a batch
    check reads each one twice: for the pseudonyms to allow and for those that must not be)."""
    st = path.stat()
    return _load_review_yaml(str(path), st.st_mtime_ns, st.st_size)


@lru_cache(maxsize=512)
def _load_review_yaml(path: str, _mtime_ns: int, _size: int) -> tuple[str, Any]:
    text = Path(path).read_text("utf-8")
    return text, _fast_load(text)


def _fast_load(text: str) -> Any:
    """review.yaml read with libyaml's C loader where available (a batch check reads hundreds)."""
    import yaml

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _line(data: Any, pointer: str) -> int | None:
    """1-based line of the value at ``pointer`` in a ruamel round-trip document."""
    parts = pointer.strip("/").split("/")
    node = data
    for part in parts[:-1]:
        node = node[int(part)] if isinstance(node, list) else node[part]
    try:
        return node.lc.value(parts[-1])[0] + 1
    except (AttributeError, KeyError, TypeError):
        return None
