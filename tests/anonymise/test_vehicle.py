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


@pytest.mark.parametrize("text, expected", [
    ("he drove off in a grey Toyota Yaris, KLZ 402, towards", ["KLZ 402"]),  # NI mark after a make and model
    ("collected her in a white Peugeot 208, BIA 7713, and", ["BIA 7713"]),
    ("the Skoda parked outside, registration XIB 55, was", ["XIB 55"]),
    ("budget line BIA 7713 was reviewed", []),  # no vehicle words
    ("0140 PARTNER ARRIVED IN DKZ 5521 AND WAS TURNED AWAY", ["DKZ 5521"]),  # what a person arrives in
    ("the girls got into XJZ 90 outside the chip shop", ["XJZ 90"]),
])
def test_ni_marks_with_makes_as_context(text, expected):
    assert _texts(vehicle.northern_ireland(), text) == expected


@pytest.mark.parametrize("text, expected", [
    ("left in a blue Ford Focus, then", ["Ford Focus"]),
    ("her Vauxhall Astra was seen", ["Vauxhall Astra"]),
    ("Mr Ford said", []),
    ("Kia Jones said", []),
])
def test_make_and_model(text, expected):
    assert [m.group("car") for m in vehicle.MAKE_MODEL.finditer(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Police stopped the vehicle PIZ 381 on the bypass", ["PIZ 381"]),  # three letters with I or Z
    ("her cousin's car (RZI 49) was seen outside", ["RZI 49"]),
    ("the van, registration GZK 2201, belonged to", ["GZK 2201"]),
    ("the car was discussed at the CIN 12 week review", []),  # a service acronym, not a mark
    ("budget line AIZ 5210 was reviewed", []),  # no vehicle words
])
def test_ni_shaped_marks_with_i_or_z(text, expected):
    assert _texts(vehicle.northern_ireland(), text) == expected


@pytest.mark.parametrize("text, expected", [
    ("an ANPR hit on AKZ 981 near the services", ["AKZ 981"]),
    ("the plate read JIL 3321 according to the neighbour", ["JIL 3321"]),
])
def test_ni_marks_with_plate_and_anpr_context(text, expected):
    assert _texts(vehicle.northern_ireland(), text) == expected
