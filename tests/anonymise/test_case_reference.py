"""Case and record references: positive and negative rows."""

from __future__ import annotations

import pytest

from anonymise.recognizers import case_reference


def _texts(rec, text):
    return [d.text for d in rec.analyze(text)]


@pytest.mark.parametrize("text, expected", [
    ("logged as LCS-00451187; South", ["LCS-00451187"]),
    ("reference PS-20230217-3318. He", ["PS-20230217-3318"]),
    ("grounds, reference SCRA/23/004718. The", ["SCRA/23/004718"]),
    ("under CRIS 4217934/22.", ["4217934/22"]),
    ("(SOSCARE ID 2210394) notes", ["2210394"]),
    ("recorded as CC2021121300417. It", ["CC2021121300417"]),
    ("the care proceedings (case number ZW23C50123) ended", ["ZW23C50123"]),
    ("his hospital number, 7781234, was used", ["7781234"]),
    ("Working Together 2023 and COVID-2019", []),
    ("about 1500 families", []),
    # mixed letter-digit groups joined by hyphens: any number of groups, letters anywhere
    ("the visit was logged under KT-HR-22-01734, but", ["KT-HR-22-01734"]),
    ("a strategy meeting under reference NOR-SD-23-0419 decided", ["NOR-SD-23-0419"]),
    ("police record 23-MX-004121 shows", ["23-MX-004121"]),
    ("in Q3-2024 and in COVID-19 times, PAN-2023", []),
])
def test_case_reference(text, expected):
    assert sorted(set(_texts(case_reference.recognizer(), text))) == expected
