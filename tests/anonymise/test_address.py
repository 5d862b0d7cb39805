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


# --- addresses in capitals inside ordinary lines, Gaelic streets with an article, where a town ends (issue 11) ---

@pytest.mark.parametrize(("text", "address"), [
    ("Re: arrears at FLAT 7, 31 HOLLYBANK ROAD, DERRY BT48 7AA – tenant written to.",
     "FLAT 7, 31 HOLLYBANK ROAD, DERRY"),
    ("The visit was to UNIT 3, 12 HARBOUR STREET, KIRKWALL, ORKNEY KW15 1AB on Monday.",
     "UNIT 3, 12 HARBOUR STREET, KIRKWALL, ORKNEY"),
    ("Nododd y ffurflen: 15 LÔN Y WIG, BEAUMARIS, YNYS MÔN LL58 8AB. Wedyn symudodd.",
     "15 LÔN Y WIG, BEAUMARIS, YNYS MÔN"),
    ("They lived at 3 Druim na Maraig, Stornoway, Isle of Lewis, HS1 2AB until May.",
     "3 Druim na Maraig, Stornoway, Isle of Lewis"),
    ("Home address: 11 Bràigh an t-Sruthain, Portree, Isle of Skye IV51 9XX.",  # the article "an t-" before s/vowels
     "11 Bràigh an t-Sruthain, Portree, Isle of Skye"),
])
def test_addresses_in_capitals_and_gaelic_streets_are_found_whole(text: str, address: str) -> None:
    from anonymise.recognizers.address import recognizer
    assert [d.text for d in recognizer().analyze(text)] == [address]


@pytest.mark.parametrize("text", [
    "12:40 IP CONVEYED TO CAUSEWAY HOSPITAL BY AMBULANCE.",
    "SECTION 47 ENQUIRY, STRATEGY MEETING HELD, NO FURTHER ACTION.",
    "On 14 MARCH CID ATTENDED, THEN LEFT.",
])
def test_capitals_that_are_no_address_are_not_re_cased_into_one(text: str) -> None:
    from anonymise.recognizers.address import recognizer
    assert recognizer().analyze(text) == []


@pytest.mark.parametrize("text, address", [
    ("The carer's address was Ivy Cottage, Glenarm Road End, Islandmagee BT40 3AA.", "Ivy Cottage"),
    ("They lived at BWTHYN Y FELIN, LLANARTH, CEREDIGION SA47 0NH before the move.", "BWTHYN Y FELIN"),
])
def test_an_address_without_a_number_before_a_postcode(engine, text: str, address: str) -> None:
    assert any(address in d.text for d in engine.analyze(text) if d.entity_type == "ADDRESS")


def test_an_agencys_address_in_capitals_is_no_personal_address(engine) -> None:
    text = "Write to NHS GRAMPIAN, CHILD PROTECTION TEAM, ABERDEEN AB25 2ZG."
    assert not any(d.entity_type == "ADDRESS" for d in engine.analyze(text))
