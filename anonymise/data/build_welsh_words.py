"""Rebuild ``welsh_words.txt.gz``: Welsh words (with their mutated forms) from Debian's Welsh dictionaries.

    apt-get install aspell-cy dict-freedict-cym-eng
    python anonymise/data/build_welsh_words.py

Sources, both maintained Debian packages (nothing is downloaded by the script):
- ``aspell-cy``: the lower-case words of the Welsh aspell dictionary (``aspell -d cy dump master``), which
  lists many mutated forms itself (``mhlentyn``, ``nhad``) but misses common words (``allweddol``, ``datgelu``);
- ``dict-freedict-cym-eng``: the head words of the FreeDict Welsh-English dictionary (``cymraeg``,
  ``rhagweithiol``, ``partneriaid``), each with its soft, nasal and aspirate mutations
  (``anonymise/recognizers/mutation.py``: ``cynghorydd`` also ``gynghorydd``, ``nghynghorydd``).

Used only for text written in Welsh: a word in this list is a word, not a name, unless it is also in
``welsh_names.txt`` (Haf, Eira, Llinos). One word a line, sorted, gzipped reproducibly.
"""

from __future__ import annotations

import gzip
import subprocess
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
FREEDICT = Path("/usr/share/dictd/freedict-cym-eng.index")


def _norm(word: str) -> str:
    return unicodedata.normalize("NFC", word.strip()).lower()


def aspell_words() -> set[str]:
    """Lower-case words of the aspell-cy master dictionary (empty when aspell-cy is not installed)."""
    try:
        dump = subprocess.run(["aspell", "-d", "cy", "dump", "master"], capture_output=True, text=True,
                              check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return set()
    return {_norm(w) for w in dump.split() if w.islower() and len(w) > 1}


def freedict_words() -> set[str]:
    """Head words of the FreeDict Welsh-English dictionary and their mutated forms."""
    sys.path.insert(0, str(HERE.parents[1]))
    from anonymise.recognizers.mutation import mutations

    if not FREEDICT.exists():
        return set()
    out: set[str] = set()
    for line in FREEDICT.read_text("utf-8", errors="replace").splitlines():
        head = line.split("\t", 1)[0]
        if head.startswith("00"):
            continue
        for part in head.split():
            if part.isalpha() and len(part) > 1:
                out.update(_norm(m) for m in mutations(_norm(part)))
    return out


def main() -> int:
    """Write welsh_words.txt.gz; refuses to write a list smaller than the one shipped."""
    words = aspell_words() | freedict_words()
    target = HERE / "welsh_words.txt.gz"
    old = len(gzip.decompress(target.read_bytes()).split()) if target.exists() else 0
    if len(words) < old:
        print(f"only {len(words)} words (shipped: {old}); install aspell-cy and dict-freedict-cym-eng", file=sys.stderr)
        return 1
    blob = ("\n".join(sorted(words)) + "\n").encode("utf-8")
    target.write_bytes(gzip.compress(blob, compresslevel=9, mtime=0))
    print(f"welsh_words.txt.gz: {len(words)} words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
