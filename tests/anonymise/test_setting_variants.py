"""Regression table (issue 8): every ordinary variant of a key-file setting, place or Welsh name is found by
`check --key` (KeyMatcher) AND replaced by `anonymise` (pseudonymise_text); ordinary words are not."""

from __future__ import annotations

import pytest

from anonymise.keyfile import parse_key
from anonymise.keymatch import KeyMatcher
from anonymise.pseudonymise import pseudonymise_text

KEY = parse_key(
    """
people:
  - pseudonym: Child A
    names: [Gwenllian Price]
  - pseudonym: Father
    names: [Bryn Thomas]
places:
  - pseudonym: the family home
    names: ["27 Station Road, Northtown DL1 4HP"]
  - pseudonym: the flat
    names: ["5 Mill St, Abertown CF11 9ZZ"]
settings:
  - pseudonym: the nursery
    names: ["Little Acorns Day Nursery"]
  - pseudonym: the primary school
    names: ["St Bride's Primary School"]
  - pseudonym: the Welsh school
    names: ["Ysgol Gynradd Bryn Glas"]
    names_cy: ["Bryn Glas Primary School"]
  - pseudonym: the GP practice
    names: ["Meddygfa Tŷ Coch"]
  - pseudonym: the play group
    names: ["Cylch Meithrin Penrhos"]
  - pseudonym: the after-school club
    names: ["Smith & Jones Childcare Ltd"]
  - pseudonym: the health centre
    names: ["Oakfield Medical Practice"]
  - pseudonym: the infant school
    names: ["The Willows Infant School"]
  - pseudonym: the academy
    names: ["Elm Academy"]
  - pseudonym: the nursery
    names: ["Little Acorns"]
"""
)
MATCHER = KeyMatcher(KEY)

# (text containing the form, the form as it must be matched, the pseudonym)
ROWS = [
    # & / and
    ("Staff at Smith and Jones Childcare Ltd said", "Smith and Jones Childcare Ltd", "the after-school club"),
    ("Staff at Smith & Jones Childcare said", "Smith & Jones Childcare", "the after-school club"),
    ("Staff at Smith and Jones said", "Smith and Jones", "the after-school club"),
    # St / Saint / St.
    ("She went to Saint Bride's Primary School.", "Saint Bride's Primary School", "the primary school"),
    ("She went to St. Bride's Primary.", "St. Bride's Primary", "the primary school"),
    ("She went to St Brides.", "St Brides", "the primary school"),
    # generic words dropped
    ("He attended Little Acorns Nursery daily.", "Little Acorns Nursery", "the nursery"),
    ("He attended Little Acorns daily.", "Little Acorns", "the nursery"),
    ("He attended Ysgol Bryn Glas daily.", "Ysgol Bryn Glas", "the Welsh school"),
    ("He attended Bryn Glas daily.", "Bryn Glas", "the Welsh school"),
    ("Seen at Oakfield Surgery today.", "Oakfield Surgery", "the health centre"),
    ("Seen at Oakfield today.", "Oakfield", "the health centre"),
    ("She joined Willows Infant School.", "Willows Infant School", "the infant school"),
    ("She joined The Willows.", "The Willows", "the infant school"),
    # generic words added
    ("He attended Little Acorns Day Nursery Ltd daily.", "Little Acorns Day Nursery Ltd", "the nursery"),
    ("He attended The Little Acorns Nursery.", "The Little Acorns Nursery", "the nursery"),
    ("Seen at Oakfield Health Centre today.", "Oakfield Health Centre", "the health centre"),
    ("Seen at Oakfield Medical Centre today.", "Oakfield Medical Centre", "the health centre"),
    ("She joined The Willows Junior School.", "The Willows Junior School", "the infant school"),
    ("She joined Elm Primary School.", "Elm Primary School", "the academy"),
    ("She joined Elm School.", "Elm School", "the academy"),
    ("He attended Bryn Glas Primary.", "Bryn Glas Primary", "the Welsh school"),
    # English / Welsh pair given in the key
    ("He attended Bryn Glas Primary School.", "Bryn Glas Primary School", "the Welsh school"),
    # Welsh prefixes and mutations
    ("Aeth i Ysgol Gynradd Bryn Glas.", "Ysgol Gynradd Bryn Glas", "the Welsh school"),
    ("Roedd hi ym Meddygfa Tŷ Coch.", "Meddygfa Tŷ Coch", "the GP practice"),
    ("Aeth i Feddygfa Tŷ Coch.", "Feddygfa Tŷ Coch", "the GP practice"),
    ("Roedd hi yng Nghylch Meithrin Penrhos.", "Nghylch Meithrin Penrhos", "the play group"),
    ("Aeth i Gylch Meithrin Penrhos.", "Gylch Meithrin Penrhos", "the play group"),
    ("Roedd yn Penrhos bob dydd.", "Penrhos", "the play group"),
    ("Siaradodd gyda Meithrinfa Penrhos.", "Meithrinfa Penrhos", "the play group"),
    ("Aeth i Fryn Glas.", "Fryn Glas", "the Welsh school"),
    ("Rhoddodd y llyfr i Wenllian ddoe.", "Wenllian", "Child A"),
    ("Siaradodd gyda Gwenllian.", "Gwenllian", "Child A"),
    ("Roedd gan Wenllian Price gi.", "Wenllian Price", "Child A"),
    ("Aeth a Thomas adref.", "Thomas", "Father"),
    ("Aeth at Fryn Thomas.", "Fryn Thomas", "Father"),
    # initials (whole tokens, capitals, 3+ letters)
    ("Staff at LADN said", "LADN", "the nursery"),
    ("Staff at SBPS said", "SBPS", "the primary school"),
    ("Staff at YGBG said", "YGBG", "the Welsh school"),
    # postal addresses: parts and their ordinary variants
    ("They lived at 27 Station Road, Northtown DL1 4HP.", "27 Station Road, Northtown DL1 4HP", "the family home"),
    ("They lived at 27 Station Rd, Northtown.", "27 Station Rd, Northtown", "the family home"),
    ("They lived at 27 Station Rd. in town.", "27 Station Rd.", "the family home"),
    ("They lived on Station Rd for years.", "Station Rd", "the family home"),
    ("They lived at 27 Station Road Northtown dl14hp.", "27 Station Road Northtown dl14hp", "the family home"),
    ("They lived at 27 Station Road, DL1 4HP.", "27 Station Road, DL1 4HP", "the family home"),
    ("Post to dl1 4hp only.", "dl1 4hp", "the family home"),
    ("They lived at 5 Mill Street, Abertown.", "5 Mill Street, Abertown", "the flat"),
    ("They lived on Mill Street.", "Mill Street", "the flat"),
    ("They lived at 5 Mill St. then moved.", "5 Mill St.", "the flat"),
    ("They lived at 5 Mill St, Abertown, CF119ZZ.", "5 Mill St, Abertown, CF119ZZ", "the flat"),
]


@pytest.mark.parametrize("text,form,pseudonym", ROWS)
def test_check_finds_the_variant(text: str, form: str, pseudonym: str) -> None:
    start = text.index(form)
    found = [(d.start, d.end, d.pseudonym) for d in MATCHER.find(text)]
    assert (start, start + len(form), pseudonym) in found, found


@pytest.mark.parametrize("text,form,pseudonym", ROWS)
def test_anonymise_replaces_the_variant(text: str, form: str, pseudonym: str) -> None:
    result = pseudonymise_text(text, KEY, dob="remove")
    assert not result.problems, result.problems
    assert form not in result.text
    assert pseudonym.lower() in result.text.lower()
    assert MATCHER.find(result.text) == []  # nothing of the key is left


NEGATIVE = [
    "The School sent a letter.",  # a generic phrase alone
    "The school nurse and the nursery staff met.",
    "St Mary's Primary School is a different school.",  # shares only generic words and "St"
    "Little Oaks Day Nursery is a different nursery.",  # shares one word
    "Pen y Graig Primary School and Glas Road are elsewhere.",
    "Station Avenue Surgery and Mill Lane are elsewhere.",
    "St alone, and Saint Francis.",
    "The Academy trust and Ysgol Gymraeg Caerdydd.",
    "Aeth i Wrecsam gyda Mam.",
    "I went to Wenlock; Fryn is not a name here.",  # a mutated form without a Welsh trigger word
    "The LAD and the SBP were mentioned; ladn in lower case.",
    "Oak trees at the Medical Practice.",
    "The Willow tree and infant school places.",
    "Jones and Smith are common surnames.",
    "He spoke to Mr Evans at Northtown station.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_ordinary_words_are_not_matched(text: str) -> None:
    assert [d.text for d in MATCHER.find(text)] == []


def test_entries_with_one_pseudonym_are_one_entry() -> None:
    # "Little Acorns" is listed twice under "the nursery": not an ambiguity
    result = pseudonymise_text("Little Acorns called.", KEY, dob="remove")
    assert result.text == "The nursery called." and not result.problems


def test_a_setting_replacement_reads_well() -> None:
    result = pseudonymise_text("He went to the Little Acorns Day Nursery Ltd on Monday.", KEY, dob="remove")
    assert result.text == "He went to the nursery on Monday."


@pytest.mark.parametrize(
    "text,recognizer",
    [("Rhoddodd i Wenllian y llyfr.", "key-file"),  # after a Welsh trigger word: an exact form
     ("Then I Wenllian said no.", "key-file-typo"),  # English "I" is no trigger: only a near-match
     ("Wenllian said no.", "key-file-typo")],
)
def test_mutated_forms_need_their_trigger_word(text: str, recognizer: str) -> None:
    (d,) = MATCHER.find(text)
    assert (d.text, d.recognizer) == ("Wenllian", recognizer)
