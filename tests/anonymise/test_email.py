"""Email addresses: positive and negative rows."""

from __future__ import annotations

import pytest

from anonymise.recognizers import email


def _texts(rec, text):
    return [d.text for d in rec.analyze(text)]


@pytest.mark.parametrize("text, expected", [
    ("sent from sandy.mistry@manchester.gov.uk to", ["sandy.mistry@manchester.gov.uk"]),
    ("(gareth.lloyd-hughes@cardiff.gov.uk; 029", ["gareth.lloyd-hughes@cardiff.gov.uk"]),
    ("email the team", []),
])
def test_email(text, expected):
    assert _texts(email.recognizer(), text) == expected
