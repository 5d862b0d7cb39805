"""Unique pupil numbers: modulus 23 check letter: positive and negative rows."""

from __future__ import annotations

import pytest

from anonymise.recognizers import upn


def _texts(rec, text):
    return [d.text for d in rec.analyze(text)]


@pytest.mark.parametrize("text, expected", [
    ("UPN G330241720542.", ["G330241720542"]),
    ("UPN W352208114453", ["W352208114453"]),
    ("UPN H330241720542.", []),  # wrong check letter
    ("ref T1198842", []),
])
def test_upn(text, expected):
    assert _texts(upn.recognizer(), text) == expected
