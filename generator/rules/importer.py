"""VAL050-VAL069: problems found while importing a Word draft (``casereview import``).

Locations name the draft, the part ``word/document.xml`` and, as the line, the 1-based index of the
paragraph (``w:p``) in that part in document order, counting paragraphs inside tables. Messages never
quote the text of comments or tracked changes.
"""

from __future__ import annotations

from generator.findings import REGISTRY

_SRC = "casereview import (docs/import.md)"

REGISTRY.register(
    "VAL050", "tracked-change", "warning", "tracked change not accepted",
    "The draft holds a tracked change (insertion, deletion, move, formatting or table-row change). "
    "The importer never accepts changes silently: it keeps the text as it was BEFORE the change "
    "(deleted text kept, inserted text left out) and reports each change here. Accept or reject "
    "the changes in Word (Review > Accept/Reject) and import again, or edit the Markdown.", _SRC)
REGISTRY.register(
    "VAL051", "comment", "warning", "comment not imported",
    "The draft holds a comment. Comments are never copied into the review (they often name people "
    "or record private discussion); resolve or delete them in Word, or carry their point into the "
    "text yourself.", _SRC)
REGISTRY.register(
    "VAL052", "unmatched-heading", "warning", "heading matches no section",
    "A section heading matched none of the document's sections by title, alias or close match. "
    "It is kept as its own section with the heading as written. Rename it to a section title, add "
    "an explicit {#id}, or merge its text into the right section. A heading matching a section "
    "already used is reported too.", _SRC)
REGISTRY.register(
    "VAL053", "table-not-recognised", "note", "table kept as a Markdown table",
    "A table's header row does not look like an action plan (action + owner or due date), a "
    "chronology (date + event) or a list of recommendations, so it is kept in the text as a "
    "Markdown table. If it is one of those, rename its header cells and import again, or move its "
    "rows into review.yaml.", _SRC)
REGISTRY.register(
    "VAL054", "image-without-alt-text", "warning", "image without alt text",
    "An image has no alternative text (Word: right-click > View Alt Text). It is extracted into "
    "assets/ with an empty description; write one in the Markdown (![description](assets/...)) "
    "before rendering, or validation reports VAL401 and the render refuses it.", _SRC)
REGISTRY.register(
    "VAL055", "unparseable-date", "warning", "date in a table could not be read",
    "A date cell of an action plan or chronology is not a full day-first date (31/01/2025, "
    "31 January 2025, 2025-01-31). It is kept as text in review.yaml; write it as YYYY-MM-DD "
    "(validate reports it as VAL007 until then).", _SRC)
REGISTRY.register(
    "VAL056", "unknown-status", "warning", "action status not recognised",
    "An action plan status is not one of not-started, in-progress or complete (or a common "
    "wording of them). It is kept in the row's progress note; set status: in review.yaml.", _SRC)
REGISTRY.register(
    "VAL057", "no-headings", "note", "draft has no headings",
    "The draft has no section headings (Word heading styles or outline levels), so all its text "
    "is kept before the first section of the main document. Apply heading styles in Word and "
    "import again.", _SRC)
REGISTRY.register(
    "VAL058", "linked-image", "warning", "linked image not imported",
    "An image is linked to a file outside the draft rather than embedded in it, so there is no "
    "picture to extract. Insert the picture into the document (Word: Insert > Pictures, not "
    "'Link to file'), or copy it into assets/ and add ![description](assets/file.png) yourself.", _SRC)
REGISTRY.register(
    "VAL059", "image-format", "warning", "image format the renderers do not embed",
    "Rendered documents embed PNG, JPEG and GIF pictures only. The picture was extracted into "
    "assets/ as it is (EMF, WMF, TIFF, BMP...); save it as PNG, replace the file and its reference.",
    _SRC)
