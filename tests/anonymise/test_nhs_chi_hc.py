"""NHS, CHI and Health and Care numbers: checksums, ranges, layouts, context."""

from __future__ import annotations

import pytest

from anonymise.engine import resolve_overlaps
from anonymise.recognizers import chi, hc_number, nhs


def _best(text: str):
    dets = resolve_overlaps(nhs.recognizer().analyze(text) + chi.recognizer().analyze(text)
                            + hc_number.recognizer().analyze(text))
    return [(d.text, d.entity_type) for d in dets]


@pytest.mark.parametrize("text, expected", [
    ("NHS number 754 255 5030 recorded", [("754 255 5030", "NHS_NUMBER")]),
    ("NHS number 7542555030.", [("7542555030", "NHS_NUMBER")]),
    ("NHS no. 726-060-5863", [("726-060-5863", "NHS_NUMBER")]),
    ("his CHI number as 0809156210, contains", [("0809156210", "CHI_NUMBER")]),
    ("CHI 031108-0693", [("031108-0693", "CHI_NUMBER")]),
    ("form was 120417 4180 and the CHI", [("120417 4180", "CHI_NUMBER")]),
    ("Health and Care number 338 144 0977", [("338 144 0977", "HC_NUMBER")]),
    ("H&C No. 3539921354)", [("3539921354", "HC_NUMBER")]),
])
def test_valid_numbers_found_with_their_type(text, expected):
    assert _best(text) == expected


@pytest.mark.parametrize("text", [
    "NHS number 754 255 5031",        # wrong check digit
    "NHS number 1111111111",          # repdigit
    "NHS number 0000000000",
    "CHI 3213981234",                 # 32nd day
    "the ratio was 754 255 50301",    # eleven digits
    "call 0114 496 0735",             # a phone number
    "on 14/03/2024 at 10:30",
])
def test_invalid_numbers_not_found(text):
    assert _best(text) == []
