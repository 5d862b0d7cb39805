"""Text extraction from plain-text inputs (.md, .txt, .yaml): one UTF-8 body part."""

from __future__ import annotations

from pathlib import Path

from anonymise.types import Extracted, ExtractProblem, TextPart

MAX_TEXT_BYTES = 20 * 1024 * 1024


def decode_text(data: bytes, part: str | None = None) -> Extracted:
    """Decode ``data`` as UTF-8 (a leading BOM is dropped) into one body part.

    Binary data (a NUL byte), invalid UTF-8 or more than 20 MB is an ``ExtractProblem``: the
    check fails closed rather than guessing an encoding.
    """
    if len(data) > MAX_TEXT_BYTES:
        return Extracted(problems=[ExtractProblem(part, f"file is larger than {MAX_TEXT_BYTES // (1024 * 1024)} MB; split it or check it another way")])
    if b"\x00" in data:
        return Extracted(problems=[ExtractProblem(part, "file looks binary (contains NUL bytes), not UTF-8 text")])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return Extracted(problems=[ExtractProblem(part, f"file is not valid UTF-8 (byte {exc.start}, line {line}); save it as UTF-8")])
    return Extracted(parts=[TextPart(part, "body", text)])


def extract_text_file(path: Path) -> Extracted:
    """Extract a plain-text file: one part with ``part=None`` and channel ``body``."""
    try:
        size = path.stat().st_size
        if size > MAX_TEXT_BYTES:
            return Extracted(problems=[ExtractProblem(None, f"file is larger than {MAX_TEXT_BYTES // (1024 * 1024)} MB; split it or check it another way")])
        data = path.read_bytes()
    except OSError as exc:
        return Extracted(problems=[ExtractProblem(None, f"file could not be read: {exc.strerror or exc}")])
    return decode_text(data)
