"""RND rules: problems found while rendering (refusals, Welsh/English structure, images).

Images without alt text are VAL401 (generator.rules.validation); the renderer reports and refuses them.
"""

from __future__ import annotations

from generator.findings import REGISTRY

REGISTRY.register(
    "RND001",
    "not-publishable",
    "error",
    "document may not be published",
    "The public edition renders only documents the regime lets a board publish. Northern Ireland's "
    "CMR overview report is highly confidential and England's rapid review goes to the Panel only; "
    "a review whose publication decision is 'not-published' has no public edition. Render the "
    "draft edition instead, or render the publishable document (e.g. the executive summary).",
    source="SBNI CMR guidance 2017; Working Together 2023",
)
REGISTRY.register(
    "RND101",
    "welsh-english-structure",
    "warning",
    "Welsh and English texts differ in structure",
    "A Welsh parallel text (*.cy.md) must have the same sections (same {#id}s, same order), the "
    "same number of numbered paragraphs in each section and the same tables as its English source, "
    "so that both languages are treated equally and paragraph references agree.",
    source="Welsh Language Standards (No. 1) Regulations 2015",
)
REGISTRY.register(
    "RND103",
    "image-outside-assets",
    "error",
    "image not in the review's assets folder",
    "Rendered documents embed only PNG, JPEG or GIF files from the review's own assets/ folder. "
    "Absolute paths, file:// and http(s):// URLs and paths leaving assets/ are refused, so a "
    "render never reads other files or contacts a server.",
)
REGISTRY.register(
    "RND104",
    "welsh-source-missing",
    "warning",
    "Welsh parallel text missing",
    "--lang cy renders from the Welsh parallel texts (<name>.cy.md); a document without one cannot "
    "be rendered in Welsh. Add the .cy.md file with the same {#id} headings as the English.",
)
REGISTRY.register(
    "RND120",
    "english-in-welsh-edition",
    "warning",
    "English text in a Welsh edition",
    "A Welsh edition (--lang cy) prints review.yaml fields from their Welsh twins (`board_cy`, `role_cy`, "
    "`text_cy`, `action_cy`, `event_cy`, `term_cy`...). Where a twin is missing the English text is "
    "printed instead, marked as English (lang=\"en\" in HTML, /Lang in the PDF tags, w:lang in DOCX), and "
    "the render warns, naming the fields. `casereview validate` lists the same gaps as WLS130.",
    source="Welsh Language Standards (No. 1) Regulations 2015",
)
