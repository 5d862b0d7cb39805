"""Rebuild ``medicines.txt.gz``: one-word medicine names, generic and brand (``gaviscon``, ``flamazine``,
``sertraline``, ``melatonin``), that name no one — read as dictionary words, so a medicine written without a dose or
a capital-letter brand ("given Gaviscon", "hufen Flamazine") is not taken for a person.

Run by a developer, never at runtime (``pip install drug-named-entity-recognition``, MIT licence, Fast Data
Science: https://fastdatascience.com/drug-named-entity-recognition-python-library/). Its dictionary ships inside the
package (drawn from DrugBank, the NHS Health A-Z, MeSH, Wikipedia and the FDA's lists); nothing is downloaded.

Kept: single words of four or more letters (``[a-z][a-z-]{3,}``), less every word of the name lists
(``given_names.txt``, ``surnames.txt``, ``word_names.txt``, ``welsh_names.txt``) of the place lists and the kinship words of other languages (``kin_words.tsv``), so a
medicine that is also someone's name ("Ella", a contraceptive brand) still needs the engine's usual evidence.
UK brand names the dictionary lacks (Movicol, Sudocrem, Dioralyte) are kept by hand in ``medicines_uk.txt`` and merged
in. One word a line, sorted, gzipped.
"""

from __future__ import annotations

import bz2
import gzip
import pickle
import re
from importlib import resources
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORD = re.compile(r"[a-z][a-z-]{3,}")


def _list(name: str) -> set[str]:
    return {line.strip().lower() for line in (HERE / name).read_text("utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


def medicines() -> set[str]:
    raw = resources.files("drug_named_entity_recognition").joinpath("drug_ner_dictionary.pkl.bz2").read_bytes()
    variants = pickle.loads(bz2.decompress(raw))["drug_variant_to_canonical"]  # noqa: S301 - a developer's own wheel
    taken: set[str] = set()
    for name in ("given_names.txt", "surnames.txt", "word_names.txt", "welsh_names.txt", "uk_places.txt",
                 "uk_localities.txt", "places.txt"):
        taken |= _list(name)
    taken |= {line.split("\t")[0].strip().lower() for line in (HERE / "kin_words.tsv").read_text("utf-8").splitlines()
              if line.strip() and not line.startswith("#")}  # "teta" is an Arabic grandmother before a medicine
    words = {w for w in variants if WORD.fullmatch(w) and w not in taken and not w.endswith("-")}
    return words | (_list("medicines_uk.txt") - taken)  # UK brands the dictionary lacks (Movicol, Sudocrem)


def main() -> None:
    words = sorted(medicines())
    body = "\n".join(words) + "\n"
    (HERE / "medicines.txt.gz").write_bytes(gzip.compress(body.encode("utf-8"), mtime=0))
    print(f"medicines.txt.gz: {len(words)} words")


if __name__ == "__main__":
    main()
