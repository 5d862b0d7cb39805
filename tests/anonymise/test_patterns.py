"""Pattern recognizers: NINO, UPN, postcode, phone, email, vehicle, case reference, address, setting."""

from __future__ import annotations

import pytest

from anonymise.recognizers import (
    address,
    case_reference,
    email,
    nino,
    phone,
    postcode,
    setting,
    upn,
    vehicle,
)


def _texts(rec, text):
    return [d.text for d in rec.analyze(text)]


@pytest.mark.parametrize("text, expected", [
    ("National Insurance number, JT 48 21 93 B. Father", ["JT 48 21 93 B"]),
    ("number PW594718C, was refused", ["PW594718C"]),
    ("number, HL 730592 A, appears", ["HL 730592 A"]),
    ("prefix GB 12 34 56 A is never issued", []),
    ("DQ123456A has an invalid first letter", []),
    ("suffix AB123456E is invalid", []),
    ("Child A and Sibling 1", []),
])
def test_nino(text, expected):
    assert _texts(nino.recognizer(), text) == expected


@pytest.mark.parametrize("text, expected", [
    ("UPN G330241720542.", ["G330241720542"]),
    ("UPN W352208114453", ["W352208114453"]),
    ("UPN H330241720542.", []),  # wrong check letter
    ("ref T1198842", []),
])
def test_upn(text, expected):
    assert _texts(upn.recognizer(), text) == expected


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
])
def test_phone(text, expected):
    assert _texts(phone.recognizer(), text) == expected


@pytest.mark.parametrize("text, expected", [
    ("sent from sandy.mistry@manchester.gov.uk to", ["sandy.mistry@manchester.gov.uk"]),
    ("(gareth.lloyd-hughes@cardiff.gov.uk; 029", ["gareth.lloyd-hughes@cardiff.gov.uk"]),
    ("email the team", []),
])
def test_email(text, expected):
    assert _texts(email.recognizer(), text) == expected


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
    ("logged as LCS-00451187; South", ["LCS-00451187"]),
    ("reference PS-20230217-3318. He", ["PS-20230217-3318"]),
    ("grounds, reference SCRA/23/004718. The", ["SCRA/23/004718"]),
    ("under CRIS 4217934/22.", ["4217934/22"]),
    ("(SOSCARE ID 2210394) notes", ["2210394"]),
    ("recorded as CC2021121300417. It", ["CC2021121300417"]),
    ("Working Together 2023 and COVID-2019", []),
    ("about 1500 families", []),
])
def test_case_reference(text, expected):
    assert sorted(set(_texts(case_reference.recognizer(), text))) == expected


@pytest.mark.parametrize("text, expected", [
    ("address of Flat 12, Dunmore House, Pembury Road, London E8 1LQ.",
     ["Flat 12, Dunmore House, Pembury Road, London"]),
    ("at 47 Cherrywood Road, Bordesley Green, Birmingham B9 5SX.", ["47 Cherrywood Road, Bordesley Green, Birmingham"]),
    ("as 0/2, 35 Glencairn Street, Paisley PA3 2QR.", ["0/2, 35 Glencairn Street, Paisley"]),
    ("at 2 Maes-y-Dre, Llanidloes SY18 6AB", ["2 Maes-y-Dre, Llanidloes"]),
    ("a house at 9 Mill Road, Portadown on 15 June", ["9 Mill Road, Portadown"]),
    ("In 2019 Park Lane was quiet", []),
    ("Section 47 enquiries began", []),
])
def test_address(text, expected):
    assert _texts(address.recognizer(), text) == expected


@pytest.mark.parametrize("text, expected", [
    ("GP practice, Clapton Rise Medical Centre. No", ["Clapton Rise Medical Centre"]),
    ("nurse at St Eithne's Primary School. Child", ["St Eithne's Primary School"]),
    ("playgroup, Cylch Meithrin Tŷ Bach, told", ["Cylch Meithrin Tŷ Bach"]),
    ("teacher of Sgoil na Mara, a small", ["Sgoil na Mara"]),
    ("four nights at Ashdown House, a reception centre", ["Ashdown House"]),
    ("a children's house, Carrick View, and later Carrick View again", ["Carrick View", "Carrick View"]),
    ("Child W remained on Clarke Ward for", ["Clarke Ward"]),
    ("the School Nurse and the Primary School", []),
    ("the GP Practice", []),
    ("the Child Safeguarding Practice Review Panel", []),
    ("Key Practice Episode 2", []),
    ("in line with Good Practice guidance and Reflective Practice sessions", []),
    ("Child B went to Oakfield Youth Club on Fridays", ["Oakfield Youth Club"]),
])
def test_setting(text, expected):
    assert _texts(setting.recognizer(), text) == expected
