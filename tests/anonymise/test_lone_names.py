"""Word-names alone (issue 11): a given name that is an ordinary word is a person where the text shows it, and then in
its other uses in the same text; a place name given as a person's is that person; not the word used as a thing."""

from __future__ import annotations

import pytest

from anonymise.recognizers import lone_names


def _people(engine, text: str) -> list[str]:
    return [d.text for d in engine.analyze(text) if d.entity_type == "PERSON"]


@pytest.mark.parametrize(("text", "name", "uses"), [
    # a person's slot shown once, then the lone uses
    ("Visit to the flat. Blossom was at home, not in nursery. The number I have for Blossom is out of date.",
     "Blossom", 2),
    ("Duty log. I gather Brook is still on the roll at the primary. When asked, Brook says she sleeps on the sofa.",
     "Brook", 2),
    ("Handover note: Sky and the kids are staying with a friend. If Sky is attending, tell the office.", "Sky", 2),
    # an age in apposition, then a later use
    ("Two children lived there: Willow, then 7, and a baby. Nobody asked Willow about the night.", "Willow", 2),
    # what only a person does, in a family's own words
    ("Grandmother: it were chaos. Summer was doing her best, she was. It was Mother's Day and Summer brought me a card.",
     "Summer", 2),
    ("Wed. Contact with his da. Sonny came back and hid under the table. Sun. Told Sonny he's staying.", "Sonny", 2),
    ("Sonny came back and hid under the table. Drew a sun and wrote SONNY under it.", "SONNY", 1),
    ("Rain all day. Heather from the young carers group texted. Thursday. Heather took us to the beach.", "Heather", 2),
    # kinship said of the word; a relative named with "our" and her partner
    ("Said 'Chance was there'. Chance is his da's new girlfriend's son, he's 15.", "Chance", 2),
    ("Our Rose and her fella came at Christmas. I said to Rose, is everything all right?", "Rose", 2),
    # what is done only to a person: spoken to, interviewed, examined
    ("Rain was examined by the paediatrician the next day. Nobody told Rain why.", "Rain", 2),
    # an age said of the word
    ("My name is Heather and I'm Ivy's mummy. Our Ivy is seven now. They said Ivy wasn't at risk.", "Ivy", 3),
    ("The log ends there. Storm was never interviewed, and the school did not ask after Storm.", "Storm", 2),
])
def test_a_word_name_shown_in_a_persons_slot_is_found_in_every_use(fast_engine, text: str, name: str,
                                                                     uses: int) -> None:
    assert _people(fast_engine, text).count(name) == uses


@pytest.mark.parametrize("text", [
    "Hope is his main worry; Grace is his saving. Our Lady and her children; our Trust and the partners.",
    "Autumn is a busy time for the team, and the Autumn term starts late.",
    "The office is on Brook Street. Blossom appeared on the trees by the river in April.",
    "The Sky package was cancelled. Rose petals were left at the door; the rose bushes were cut back.",
    "She walked along the River Amber every day. The Amber rating was kept.",
])
def test_a_word_name_used_as_a_thing_is_not_a_person(fast_engine, text: str) -> None:
    assert _people(fast_engine, text) == []


def test_only_the_shown_word_spreads_and_not_after_an_article() -> None:
    text = "Sky was home alone. Sky and the kids left. The Sky dish was broken. Autumn came early."
    spans = lone_names.lone_uses(text, [(0, 3), (20, 23), (47, 50), (72, 78)], lambda w: True, bytearray(len(text)))
    assert [text[s:e] for s, e in spans] == ["Sky", "Sky"]


def test_a_place_name_given_as_a_persons_name_is_that_person(fast_engine) -> None:
    text = ("Birth visit. Baby Arran Kerr, born at home. 2023-03-01 Arran has a rash; mother wore an Arran jumper. "
            "The family moved to Arran in May.")
    dets = [d for d in fast_engine.analyze(text) if d.entity_type == "PERSON"]
    assert [d.text for d in dets].count("Arran Kerr") == 1
    lone = [d.start for d in dets if d.text == "Arran"]
    assert lone == [text.index("Arran has")]


def test_a_title_or_an_age_makes_an_agency_word_a_surname(fast_engine) -> None:
    text = ("03/02/2023 Referral to the Reporter: Kenzo Law (14), found outside the school.\n"
            "04/02/2023 A note about Mr Law was filed with the Law Society of Scotland letters.")
    names = _people(fast_engine, text)
    assert "Kenzo Law" in names and "Mr Law" in names and "Law Society" not in " ".join(names)


@pytest.mark.parametrize("text, name", [
    ("Later that evening Storm was found at the bus station.", "Storm"),
    ("Summer was admitted to hospital with a head injury.", "Summer"),
    ("River was taken into care in 2021.", "River"),
    ("By then Willow was missing from the unit.", "Willow"),
])
def test_a_word_name_met_once_mid_sentence_doing_what_people_do_is_a_name(fast_engine, text: str, name: str) -> None:
    assert _people(fast_engine, text) == [name]


def test_a_word_after_a_determiner_doing_the_same_is_a_word(fast_engine) -> None:
    assert _people(fast_engine, "The report said the Storm was seen over the hills; a Hope was admitted.") == []


@pytest.mark.parametrize("text, name", [
    ("Child S said: 'When Sunny gets angry it's like a storm in the house.'", "Sunny"),
    ("Dr Frost rang me because Storm had been brought in with a bruise.", "Storm"),
])
def test_a_word_name_as_the_subject_of_a_clause_is_a_name(fast_engine, text: str, name: str) -> None:
    assert name in _people(fast_engine, text)


def test_a_named_storm_in_a_clause_is_no_person(fast_engine) -> None:
    assert _people(fast_engine, "When Storm Arwen hit the town, the roof fell in.") == []
