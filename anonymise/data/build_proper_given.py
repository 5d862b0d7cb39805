"""Rebuild ``proper_given.txt``: given names that ``common_words.txt`` holds but no dictionary writes in lower case.

Run by a developer, never at runtime (needs Debian's ``wbritish`` package, the British English word list of
``/usr/share/dict/british-english``; nothing is downloaded):

    apt-get install wbritish && python anonymise/data/build_proper_given.py

``common_words.txt`` takes its words from English word lists that write some names in lower case (Mary, Ruth, Kelly,
Emma, Henry), so the engine asked for more evidence before it called "Mary rang the school" a name than "Kwame rang
the school". A given name of ``given_names.txt`` that the British English dictionary lists only with a capital is a
proper noun, not a word: ``allow.common_words`` leaves this list out. Words the dictionary writes in lower case stay
common (Grace, Hope, Frank, Will), as do names of one or two letters (Al, Di), places of the gazetteers (Chester, Kerry), Welsh and Scots words (Mae, Kirk) and the words in ``KEEP``
below, which are things as often as people. One lower-cased entry a line, sorted.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
DICTIONARY = Path("/usr/share/dict/british-english")

# names the dictionary capitalises that stay common words, by what else they are
KEEP = frozenset((
    # peoples, parties, titles and figures of history: "an Argentine", "a Tory", "the Kaiser", "Napoleon complex"
    "argentine brit tory viking caesar kaiser napoleon mao lafayette booker "
    # places the gazetteers leave out because they are names too, and Scotland in Gaelic
    "bali berlin geneva hong manila montana alba dee "
    # abbreviations and fragments: "Ave" (avenue), "Mon", "ISO", "Geo", "Ing", "Mac" (the computer), "Indy", "Neo"
    "ave mon iso geo ing mac indy neo del san han nam mir che dow "
    # feasts and months, brands and things named after a person: "Easter", "June", "a Hoover", "yin and yang", "yuan",
    # "Tao"; "gray" is a colour in American spelling; "kirk" is Scots for a church; "nan" a grandmother
    "easter june hoover yang yuan tao gray kirk nan"
).split())


def _lines(name: str) -> set[str]:
    return {w for w in (HERE / name).read_text(encoding="utf-8").lower().split("\n") if w}


def build() -> list[str]:
    from anonymise.recognizers import allow

    lower: set[str] = set()
    capital: set[str] = set()
    for word in DICTIONARY.read_text(encoding="utf-8", errors="replace").split():
        if not word.endswith("'s"):
            (lower if word[:1].islower() else capital).add(word.lower())
    places = _lines("places.txt") | _lines("uk_places.txt") | _lines("world_places.txt") | _lines("uk_localities.txt")
    other_languages = allow.welsh_words() | allow.scots_words()[0] | allow.scots_words()[1]
    return sorted(w for w in _lines("common_words.txt") & _lines("given_names.txt")
                  if w in capital and w not in lower and len(w) >= 3 and w not in places and w not in other_languages and w not in KEEP)


def main() -> None:
    names = build()
    (HERE / "proper_given.txt").write_text("\n".join(names) + "\n", encoding="utf-8")
    print(f"proper_given.txt: {len(names)} names")


if __name__ == "__main__":
    main()
