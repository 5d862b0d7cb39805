"""National Insurance numbers: prefix and suffix rules: positive and negative rows."""

from __future__ import annotations

import pytest

from anonymise.recognizers import nino


def _texts(rec, text):
    return [d.text for d in rec.analyze(text)]


@pytest.mark.parametrize("text, expected", [
    ("National Insurance number, JT 48 21 93 B. Father", ["JT 48 21 93 B"]),
    ("number PW594718C, was refused", ["PW594718C"]),
    ("number, HL 730592 A, appears", ["HL 730592 A"]),
    ("prefix GB 12 34 56 A is never issued", []),
    ("DQ123456A has an invalid first letter", []),
    ("suffix AB123456E is invalid", []),
    ("Child A and Sibling 1", []),
])
def test_nino(text, expected):
    assert _texts(nino.recognizer(), text) == expected
