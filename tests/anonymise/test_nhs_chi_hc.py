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


def _with_check_digit(nine: str) -> str | None:
    total = sum(int(d) * (10 - i) for i, d in enumerate(nine))
    check = 11 - total % 11
    if check == 10:
        return None
    return nine + ("0" if check == 11 else str(check))


try:
    from hypothesis import assume, given, settings
    from hypothesis import strategies as st
except ImportError:  # pragma: no cover - hypothesis is a test dependency
    pass
else:
    @settings(max_examples=150, deadline=None)
    @given(nine=st.integers(min_value=400_000_000, max_value=799_999_999).map(str),
           layout=st.sampled_from(["{a} {b} {c}", "{a}{b}{c}", "{a}-{b}-{c}"]),
           before=st.sampled_from(["Triage recorded NHS number", "Her number,", "The record shows"]),
           after=st.sampled_from([".", ", and the GP", " was linked to a previous admission."]))
    def test_any_valid_nhs_number_in_prose_is_found(nine, layout, before, after):
        number = _with_check_digit(nine)
        assume(number is not None and len(set(number)) > 1)
        written = layout.format(a=number[:3], b=number[3:6], c=number[6:])
        text = f"{before} {written}{after}"
        assert (written, "NHS_NUMBER") in _best(text)
