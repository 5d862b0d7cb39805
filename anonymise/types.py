"""Shared record types of the anonymise package: a detection in a text, and an extracted text part."""

from __future__ import annotations

from dataclasses import dataclass, field

# The SPEC's entity_type vocabulary.
ENTITY_TYPES = (
    "PERSON",
    "DATE_OF_BIRTH",
    "DATE",
    "ADDRESS",
    "POSTCODE",
    "SETTING",
    "NHS_NUMBER",
    "CHI_NUMBER",
    "HC_NUMBER",
    "NINO",
    "UPN",
    "PHONE",
    "EMAIL",
    "CASE_REFERENCE",
    "VEHICLE_REGISTRATION",
    "KEY_MATCH",
    "METADATA",
)


@dataclass(frozen=True)
class Detection:
    """An identifier found at ``text[start:end]``.

    ``text`` is the raw matched text: callers must mask it before printing (``anonymise.mask``).
    For key-file matches ``entity_type`` is ``KEY_MATCH``, ``key_kind`` says which list of the key
    file matched (people, places, settings, identifiers, dates_of_birth) and ``pseudonym`` the
    replacement the key file gives (safe to print).
    """

    start: int
    end: int
    entity_type: str
    score: float
    text: str
    recognizer: str = ""
    key_kind: str | None = None
    pseudonym: str | None = None


@dataclass(frozen=True)
class TextPart:
    """Text extracted from one part of a file (a DOCX XML part, a PDF page, metadata...).

    ``part`` is None for the body of a plain text file, else a name such as ``word/document.xml``,
    ``word/comments.xml``, ``docProps/core.xml``, ``pdf:page=3``, ``pdf:info``, ``pdf:xmp``.
    ``channel`` says what kind of content it is: body, header, footer, footnote, endnote, comment,
    comment-author, revision, revision-author, hidden, textbox, alt-text, hyperlink, metadata,
    annotation, attachment, outline, form-field, earlier-revision, covered-text, filename.
    A hidden channel (anything but body/header/footer/footnote/endnote/textbox/alt-text) never
    appears to a reader and is reported as a leak in a hidden part.
    """

    part: str | None
    channel: str
    text: str
    # Where a person finds an offset of ``text`` in the original document: sorted
    # ``(offset, label)`` pairs, each label valid from its offset to the next one, e.g.
    # ``(0, "paragraph 1 “Introduction”")``, ``(812, "table 2, row 3, cell 1")``, ``(0, "page 3")``.
    # Labels hold no personal data beyond what the part itself shows (callers mask quoted words).
    anchors: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True)
class ExtractProblem:
    """A part that could not be read completely: the check fails closed on it.

    ``code`` is the ANO9xx rule the check reports (ANO901 unless a reader names a narrower one).
    """

    part: str | None
    message: str
    code: str = "ANO901"


@dataclass
class Extracted:
    """Everything extracted from one file."""

    parts: list[TextPart] = field(default_factory=list)
    problems: list[ExtractProblem] = field(default_factory=list)
