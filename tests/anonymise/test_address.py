"""Street addresses: positive and negative rows."""

from __future__ import annotations

import pytest

from anonymise.recognizers import address


def _texts(rec, text):
    return [d.text for d in rec.analyze(text)]


@pytest.mark.parametrize("text, expected", [
    ("address of Flat 12, Dunmore House, Pembury Road, London E8 1LQ.",
     ["Flat 12, Dunmore House, Pembury Road, London"]),
    ("at 47 Cherrywood Road, Bordesley Green, Birmingham B9 5SX.", ["47 Cherrywood Road, Bordesley Green, Birmingham"]),
    ("as 0/2, 35 Glencairn Street, Paisley PA3 2QR.", ["0/2, 35 Glencairn Street, Paisley"]),
    ("at 2 Maes-y-Dre, Llanidloes SY18 6AB", ["2 Maes-y-Dre, Llanidloes"]),
    ("a house at 9 Mill Road, Portadown on 15 June", ["9 Mill Road, Portadown"]),
    ("They lived at Rose Cottage, Mill Lane, Ballymena and later", ["Rose Cottage, Mill Lane, Ballymena"]),
    ("the family lived on Elm Close in Northtown", ["Elm Close"]),
    ("Mother lived in Wales and then in Northern Ireland", []),
    ("In 2019 Park Lane was quiet", []),
    ("Section 47 enquiries began", []),
    # a named farm or house before the numbered street; Welsh house names before a Welsh street word
    ("visited Drumkeel Farm, 41 Carrick Road, Coleraine and", ["Drumkeel Farm, 41 Carrick Road, Coleraine"]),
    ("they lived at Tŷ Coch, Lôn y Felin, and later", ["Tŷ Coch, Lôn y Felin"]),
    ("home was Bron Haul, Ffordd y Llan, Dolgellau, where", ["Bron Haul, Ffordd y Llan, Dolgellau"]),
    ("In Gwynedd, Ffordd Gwynedd is the main road", []),
])
def test_address(text, expected):
    assert _texts(address.recognizer(), text) == expected
