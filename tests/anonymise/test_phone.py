"""UK phone numbers and public helplines: positive and negative rows."""

from __future__ import annotations

import pytest

from anonymise.recognizers import phone


def _texts(rec, text):
    return [d.text for d in rec.analyze(text)]


@pytest.mark.parametrize("text, expected", [
    ("calls to 07700 900417. Mother", ["07700 900417"]),
    ("number, 07700900862, but", ["07700900862"]),
    ("mobile 07700-900-238, so", ["07700-900-238"]),
    ("as +44 7700 900551 and", ["+44 7700 900551"]),
    ("Contact: 028 9649 6587.", ["028 9649 6587"]),
    ("line, 0141 496 0622.", ["0141 496 0622"]),
    ("on 07700 900 771,", ["07700 900 771"]),
    ("+44 (0)7700 900551", ["+44 (0)7700 900551"]),
    ("ring 020 7946 0123 today", ["020 7946 0123"]),
    ("Childline on 0800 1111 at any time", []),
    ("the NSPCC helpline 0808 800 5000", []),
    ("in 2023 there were 1500 referrals", []),
    # freephone numbers belong to public services, whatever the context
    ("young carers can ring Hafan Ifanc on 0808 196 4412 for advice", []),
    ("the tenancy team (0800 028 7731) replied", []),
    ("texted 0808-157-0093 twice", []),
    ("his mobile 07700 900 318 and the landline 01632 960 415", ["07700 900 318", "01632 960 415"]),
    # Leicester's 0116 is an area code; the six-digit 116 numbers are European helplines
    ("the log lists his number as 0116 496 0571, and", ["0116 496 0571"]),
    ("Samaritans (116 123) and Missing People on 116 000", []),
])
def test_phone(text, expected):
    assert _texts(phone.recognizer(), text) == expected
