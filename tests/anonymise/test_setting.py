"""Named settings (schools, nurseries, surgeries, children's homes, wards): positive and negative rows."""

from __future__ import annotations

import pytest

from anonymise.recognizers import setting


def _texts(rec, text):
    return [d.text for d in rec.analyze(text)]


@pytest.mark.parametrize("text, expected", [
    ("GP practice, Clapton Rise Medical Centre. No", ["Clapton Rise Medical Centre"]),
    ("nurse at St Eithne's Primary School. Child", ["St Eithne's Primary School"]),
    ("playgroup, Cylch Meithrin Tŷ Bach, told", ["Cylch Meithrin Tŷ Bach"]),
    ("teacher of Sgoil na Mara, a small", ["Sgoil na Mara"]),
    ("four nights at Ashdown House, a reception centre", ["Ashdown House"]),
    ("a children's house, Carrick View, and later Carrick View again", ["Carrick View", "Carrick View"]),
    ("Child W remained on Clarke Ward for", ["Clarke Ward"]),
    ("placed in the children's home (Oak Lodge) in May", ["Oak Lodge"]),
    ("moved to Birchwood House children's home in 2022", ["Birchwood House"]),
    ("a residential children's home in Wales", []),
    ("the School Nurse and the Primary School", []),
    ("the GP Practice", []),
    ("the Child Safeguarding Practice Review Panel", []),
    ("Key Practice Episode 2", []),
    ("in line with Good Practice guidance and Reflective Practice sessions", []),
    ("Child B went to Oakfield Youth Club on Fridays", ["Oakfield Youth Club"]),
])
def test_setting(text, expected):
    assert _texts(setting.recognizer(), text) == expected
