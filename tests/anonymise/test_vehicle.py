"""Vehicle registration marks (GB and Northern Ireland): positive and negative rows."""

from __future__ import annotations

import pytest

from anonymise.recognizers import vehicle


def _texts(rec, text):
    return [d.text for d in rec.analyze(text)]


@pytest.mark.parametrize("text, expected", [
    ("a Vauxhall Corsa, registration YR19 KXP, parked", ["YR19 KXP"]),
    ("a white van, registration LXZ 8135, to", ["LXZ 8135"]),
    ("car registered to Mr Kaye, CN68 WZP, had", ["CN68 WZP"]),
    ("Article 66 of the Order", []),
    ("the LXZ 8135 figure in the budget", []),  # NI shape without vehicle context
])
def test_vehicle(text, expected):
    found = _texts(vehicle.gb_current(), text) + _texts(vehicle.northern_ireland(), text)
    assert found == expected
