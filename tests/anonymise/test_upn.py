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


try:
    from hypothesis import given, settings
    from hypothesis import strategies as st
except ImportError:  # pragma: no cover
    pass
else:
    @settings(max_examples=150, deadline=None)
    @given(digits=st.text(alphabet="0123456789", min_size=12, max_size=12))
    def test_any_valid_upn_in_prose_is_found(digits):
        upn_text = upn.check_letter(digits) + digits
        text = f"The school census gives his UPN as {upn_text}, and the file followed him."
        assert _texts(upn.recognizer(), text) == [upn_text]
