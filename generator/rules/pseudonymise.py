"""ANO160-ANO169: problems met by ``casereview anonymise`` while pseudonymising a review with its key."""

from __future__ import annotations

from generator.findings import REGISTRY

_SRC = "SPEC.md, 'The key file'; docs/key-file.md"

REGISTRY.register(
    "ANO160",
    "key-identifier-not-replaced",
    "error",
    "A key identifier could not be replaced safely and is still in the pseudonymised copy.",
    doc=(
        "The text contains a form of a key-file identifier that `casereview anonymise` could not "
        "replace on its own: a form shared by several entries (a surname that mother and child share), "
        "a date of birth stored as a YAML date, or a pseudonym that cannot be written into an unquoted "
        "YAML value. Rewrite the passage in the source (for example 'Mrs Okafor' or the full name), add "
        "`titles:` to the key entry, or quote the YAML value, then run anonymise again."
    ),
    source=_SRC,
)
REGISTRY.register(
    "ANO161",
    "near-match-replaced",
    "note",
    "A word one letter away from a key name was replaced as a misspelling of it.",
    doc=(
        "Names of five letters or more are also matched with one wrong, missing, extra or swapped "
        "letter, so a misspelt name does not leak. Check that the replaced word really was that "
        "person; if it was someone else, add them to the key file."
    ),
    source=_SRC,
)
REGISTRY.register(
    "ANO162",
    "identifier-remains",
    "error",
    "A key identifier is still present in the pseudonymised copy after replacement.",
    doc=(
        "After replacing, `casereview anonymise` checks its own output with the key again. An "
        "identifier it still finds there (and had not already reported) means a replacement produced "
        "a new match; rewrite the passage or the pseudonym."
    ),
    source=_SRC,
)
REGISTRY.register(
    "ANO163",
    "file-not-copied",
    "warning",
    "A file of the review was not copied to the pseudonymised folder.",
    doc=(
        "Only text sources (.md, .yaml, .txt, .csv, .svg) are pseudonymised and images are copied "
        "as they are. Other files (Word, PDF, symbolic links) could carry identifiers that cannot be "
        "replaced, so they are left out (hidden files such as .git are left out quietly). Convert "
        "them to Markdown, or add them to the published edition by hand after checking them with "
        "`casereview check`."
    ),
    source=_SRC,
)
REGISTRY.register(
    "ANO164",
    "key-file-not-copied",
    "note",
    "The confidential key file inside the review folder was left out of the copy.",
    doc="The key file (and any file with the same content) is never copied to an output.",
    source=_SRC,
)
REGISTRY.register(
    "ANO165",
    "unreadable-source",
    "error",
    "A source file could not be read as UTF-8 text, so it was not pseudonymised nor copied.",
    doc=(
        "The file could not be decoded as UTF-8. It was left out of the pseudonymised copy (fail "
        "closed). Save it as UTF-8 and run anonymise again."
    ),
    source=_SRC,
)
