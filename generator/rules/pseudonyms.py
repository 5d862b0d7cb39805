"""VAL404 / ANO170: a pseudonym declared in review.yaml must not be a real-looking name (validate and check agree)."""

from __future__ import annotations

from typing import Iterable

from generator.findings import REGISTRY, Finding
from generator.validate import Context, check

_SRC = "SPEC.md, 'The key file' (pseudonyms are roles); docs/key-file.md"
_DOC = (
    "Pseudonyms are roles ('Mother', 'Social Worker 1'), letters ('Child A') or clearly chosen single names "
    "('Holly'). A pseudonym written as a given name plus a surname ('Callum Brierley'), a title plus a "
    "surname ('Mrs Brierley'), or one that holds a name the key file lists, would publish a real-looking "
    "identity, so it is not accepted as an allowed name: `validate` reports it (VAL404), `check` reports "
    "it (ANO170) and does not allow it in the text, and `build` refuses. The message does not quote the "
    "pseudonym. Choose a role or a letter, or a single first name."
)

REGISTRY.register("VAL404", "real-looking-pseudonym", "error",
                  "A pseudonym declared in review.yaml looks like a real person's name.", _DOC, _SRC)
REGISTRY.register("ANO170", "real-looking-pseudonym-allowed", "error",
                  "A pseudonym declared in review.yaml looks like a real name, so check does not allow it.",
                  _DOC, _SRC)


@check
def declared_pseudonyms(ctx: Context) -> Iterable[Finding]:
    """VAL404: every pseudonym review.yaml declares (``child``, ``people``) is a role, letter or single name."""
    from anonymise.pseudonym_check import declared, problem

    for pointer, name in declared(ctx.review.data):
        why = problem(name)
        if why:
            field = pointer.lstrip("/").replace("/", ".")
            yield ctx.finding("VAL404", f"{field} {why}", ctx.loc(pointer))
