"""ANO rules: identifiers found by ``casereview check`` (1xx direct, 2xx quasi, 3xx hidden parts, 9xx uninspectable)."""

from __future__ import annotations

from generator.findings import REGISTRY

_SRC = "nations.md, 'What \"anonymised\" means for publication'"

# entity_type -> (code, rule name, summary)
DIRECT: dict[str, tuple[str, str, str]] = {
    "PERSON": ("ANO101", "person-name", "possible personal name"),
    "DATE_OF_BIRTH": ("ANO102", "date-of-birth", "date of birth"),
    "ADDRESS": ("ANO103", "street-address", "street address"),
    "POSTCODE": ("ANO104", "postcode", "UK postcode"),
    "SETTING": ("ANO105", "named-setting", "named school, nursery, GP surgery, children's home or ward"),
    "NHS_NUMBER": ("ANO106", "nhs-number", "NHS number"),
    "CHI_NUMBER": ("ANO107", "chi-number", "Scottish CHI number"),
    "HC_NUMBER": ("ANO108", "hc-number", "Northern Ireland Health and Care number"),
    "NINO": ("ANO109", "national-insurance-number", "National Insurance number"),
    "UPN": ("ANO110", "unique-pupil-number", "unique pupil number"),
    "PHONE": ("ANO111", "phone-number", "phone number"),
    "EMAIL": ("ANO112", "email-address", "email address"),
    "CASE_REFERENCE": ("ANO113", "case-reference", "case or record reference number"),
    "VEHICLE_REGISTRATION": ("ANO114", "vehicle-registration", "vehicle registration mark"),
    "KEY_MATCH": ("ANO150", "key-file-match", "identifier from the confidential key file"),
}
QUASI: dict[str, tuple[str, str, str]] = {
    "DATE": ("ANO201", "exact-date", "exact date (a quasi-identifier)"),
}
# extraction channel -> (code, rule name, summary); channels absent here are visible text
HIDDEN: dict[str, tuple[str, str, str]] = {
    "comment": ("ANO301", "identifier-in-comment", "identifier in a comment"),
    "revision": ("ANO302", "identifier-in-tracked-change", "identifier in a tracked change"),
    "hidden": ("ANO303", "identifier-in-hidden-text", "identifier in hidden or white text"),
    "metadata": ("ANO304", "identifier-in-metadata", "identifier in document metadata"),
    "annotation": ("ANO306", "identifier-in-annotation", "identifier in a PDF annotation"),
    "form-field": ("ANO306", "identifier-in-annotation", "identifier in a PDF annotation"),
    "outline": ("ANO306", "identifier-in-annotation", "identifier in a PDF annotation"),
    "attachment": ("ANO306", "identifier-in-annotation", "identifier in a PDF annotation"),
    "earlier-revision": (
        "ANO307",
        "identifier-in-earlier-revision",
        "identifier in an earlier revision kept by an incremental update",
    ),
    "filename": ("ANO309", "identifier-in-filename", "identifier in the file name"),
    "hyperlink": ("ANO310", "identifier-in-hyperlink", "identifier in a hyperlink target"),
}
AUTHOR_CHANNELS = {"comment-author", "revision-author"}

for _code, _name, _summary in DIRECT.values():
    REGISTRY.register(
        _code,
        _name,
        "error",
        f"A {_summary} must not appear in a published review.",
        doc=(
            f"A {_summary} identifies the child, the family or a practitioner. Replace it with the "
            "pseudonym or role (Child A, Mother, Health Visitor 1), or remove it. Suppress a false "
            "alarm with `<!-- casereview: allow CODE reason=\"...\" -->` on the line before."
        ),
        source=_SRC,
    )
for _code, _name, _summary in QUASI.values():
    REGISTRY.register(
        _code,
        _name,
        "warning",
        f"An {_summary}: prefer month and year.",
        doc=(
            "An exact date that is not a date of birth can identify a case when combined with other "
            "facts. Published reviews usually give month and year ('February 2022'). Warning by "
            "default; run with --fail-on warning to block publication on it."
        ),
        source=_SRC,
    )
for _code, _name, _summary in sorted(set(HIDDEN.values())):
    REGISTRY.register(
        _code,
        _name,
        "error",
        f"An {_summary}: hidden parts travel with the published file.",
        doc=(
            f"An {_summary}. Readers do not see it on the page, but anyone with the file can. Remove "
            "it at the source (accept or reject tracked changes, delete comments, clear properties) "
            "and re-export."
        ),
        source=_SRC,
    )
REGISTRY.register(
    "ANO305",
    "author-metadata",
    "error",
    "A comment, tracked change or document property names its author.",
    doc=(
        "Comments, tracked changes and document properties record who wrote them. In a published "
        "file these names identify practitioners. Remove comments and tracked changes and clear "
        "the author properties (or rebuild with `casereview render`, which writes none)."
    ),
    source=_SRC,
)
REGISTRY.register(
    "ANO308",
    "text-under-redaction-box",
    "error",
    "Text is still present under a filled rectangle drawn over it.",
    doc=(
        "A black box drawn over text hides it on screen, but the text can still be selected, "
        "copied and searched. Remove the text itself (true redaction) and re-export the PDF."
    ),
    source=_SRC,
)
REGISTRY.register(
    "ANO311",
    "hidden-content-present",
    "warning",
    "The file contains comments, tracked changes or hidden text.",
    doc=(
        "Comments, tracked changes and hidden text should not be in a file that is published, even "
        "when casereview recognised no identifier in them."
    ),
    source=_SRC,
)
REGISTRY.register(
    "ANO901",
    "cannot-inspect",
    "error",
    "A file or part could not be read completely, so it cannot be shown to be anonymised.",
    doc=(
        "casereview fails closed: an encrypted, corrupt, oversized or unsupported file or part is "
        "an error, because an identifier could hide in what could not be read."
    ),
    source="casereview",
)
REGISTRY.register(
    "ANO902",
    "invalid-suppression",
    "error",
    "A suppression comment is malformed, has no reason, or names a code that cannot be suppressed.",
    doc=(
        "Write `<!-- casereview: allow ANO101 reason=\"public figure\" -->` (Markdown) or "
        "`# casereview: allow ANO101 reason=\"...\"` (YAML) on the line before, or at the end of the "
        "line. A reason is required; key-file matches (ANO150) can never be suppressed."
    ),
    source="casereview",
)

# Word/OpenDocument reader problems (anonymise/extract/safexml.py CODE_*); limits in docs/checking.md.
for _code, _name, _summary, _doc in (
    ("ANO920", "container-limit", "A ZIP member or the whole package inflates past the size limits (zip bomb or lying header).",
     "Members are measured while they are inflated, never by the sizes the ZIP header declares. A real "
     "report is far below the limits; re-save the document and compress its pictures."),
    ("ANO921", "structure-limit", "A document has too many XML elements, paragraphs or nesting levels to inspect (a paragraph bomb).",
     "The limits are far above any real report (see docs/checking.md, Limits). Re-save the document, "
     "or split it."),
    ("ANO922", "unknown-part", "A part of a kind the checker does not know, so it cannot be shown to be anonymised.",
     "The checker reads every part it knows and never skips the rest. Remove the part (e.g. add-in "
     "data) or save a clean copy from Word or LibreOffice."),
    ("ANO923", "embedded-object", "An embedded object or binary part that cannot be inspected.",
     "Embedded spreadsheets, OLE objects and other binaries can hold anything. Replace them with a "
     "picture or a table, or remove them."),
    ("ANO924", "macros-refused", "A macro-enabled document is refused.",
     "Macros can hold and hide text. Save the document as .docx or .odt without macros."),
    ("ANO925", "encrypted", "An encrypted or password-protected file or member cannot be inspected.",
     "Remove the password protection and save an unprotected copy to check."),
    ("ANO926", "unsafe-xml", "An XML part is malformed or declares a DOCTYPE/entities (entity-expansion attack).",
     "Office and OpenDocument files never need a DOCTYPE. Re-save the document from Word or LibreOffice."),
):
    REGISTRY.register(_code, _name, "error", _summary, doc=_doc, source="casereview")


def code_for(entity_type: str, channel: str) -> tuple[str, str]:
    """The (code, rule name) of a detection of ``entity_type`` in a part of kind ``channel``."""
    if channel in HIDDEN:
        code, name, _ = HIDDEN[channel]
        return code, name
    if entity_type in QUASI:
        code, name, _ = QUASI[entity_type]
        return code, name
    code, name, _ = DIRECT.get(entity_type, DIRECT["PERSON"])
    return code, name


def summary_for(entity_type: str) -> str:
    """Human summary of an entity type ("possible personal name")."""
    for table in (DIRECT, QUASI):
        if entity_type in table:
            return table[entity_type][2]
    return entity_type.lower().replace("_", " ")
