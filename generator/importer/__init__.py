"""Import a Word draft (.docx) into a review folder: read, structure, recognise tables, write."""
