"""UK postcodes: positive and negative rows."""

from __future__ import annotations

import pytest

from anonymise.recognizers import postcode


def _texts(rec, text):
    return [d.text for d in rec.analyze(text)]


@pytest.mark.parametrize("text, expected", [
    ("Road, London E8 1LQ. A CT", ["E8 1LQ"]),
    ("Belfast BT12 5JL, rented", ["BT12 5JL"]),
    ("postcode, ME8 6PT, but", ["ME8 6PT"]),
    ("SW1A 1AA", ["SW1A 1AA"]),
    ("registration YR19 KXP", []),
    ("Section 47 and Article 66", []),
])
def test_postcode(text, expected):
    assert _texts(postcode.recognizer(), text) == expected
