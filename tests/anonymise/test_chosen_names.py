"""A name the child chose for the report is its pseudonym, not an identifier; a name chosen in life is still a name."""

from __future__ import annotations

import pytest

from tests.anonymise.conftest import found

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, name", [
    ("Throughout the review he asked to be known as Finnegan. Finnegan told us that school was the safe place.",
     "Finnegan"),
    ("She has chosen to be called Marigold in this report. Marigold said the nights were the worst.", "Marigold"),
    ("For the report, the young person preferred to be called Taliesin, and Taliesin spoke to us twice.", "Taliesin"),
    ("Keira is the name that Child F chose, and it is used here with her agreement. Keira is now 15.", "Keira"),
    ("'Saoirse' is the pseudonym the young person picked for this review; Saoirse read the draft.", "Saoirse"),
])
def test_a_name_chosen_for_the_report_is_not_flagged(engine, text, name) -> None:
    assert name not in found(engine.analyze(text), "PERSON")


def test_a_name_a_child_goes_by_in_life_is_still_a_name(engine) -> None:
    dets = engine.analyze("At secondary school he asked to be called Lorcan by his friends, and Lorcan was seen daily.")
    assert "Lorcan" in found(dets, "PERSON")
    dets = engine.analyze("Keira is the name her mother chose for her at birth. Keira is now 15.")
    assert "Keira" in found(dets, "PERSON")


def test_a_name_chosen_in_welsh_for_the_report_is_allowed_with_its_mutations(engine) -> None:
    text = ("Mae'r ferch wedi dewis yr enw Betsan ar gyfer yr adolygiad hwn. Dywedodd Betsan fod ofn ar ei mam. "
            "Roedd yr athrawes yn garedig wrth Fetsan.")
    assert not [t for t in found(engine.analyze(text), "PERSON") if "etsan" in t]


@pytest.mark.parametrize("line", ["Tue 07/02/2023: the health visitor saw the baby at home.",
                                  "Thurs 4 May – school nurse and Sat 14:20 police attended.",
                                  "Sun 12th: nothing recorded."])
def test_a_short_weekday_opening_a_chronology_line_is_no_name(engine, line) -> None:
    people = found(engine.analyze(line), "PERSON")
    assert not [p for p in people if p.rstrip(".") in {"Tue", "Thurs", "Sat", "Sun"}]


def test_a_name_like_a_short_weekday_is_still_a_name_without_a_date_after_it(engine) -> None:
    # Tue is a Vietnamese given name
    assert "Tue Nguyen" in found(engine.analyze("The worker phoned Tue Nguyen about the visit."), "PERSON")


@pytest.mark.parametrize("text, name", [
    ("i live with mum and her boyfriend who i am calling Mr Moody in this. my teacher was kind.", "Moody"),
    ("my best teacher ever, i am calling her Miss Sunshine like in the film.", "Sunshine"),
    ("Child T, now 12, asked the reviewers to be called 'Pip' in this report. Pip told us about school.", "Pip"),
    ("We use her chosen name for the review, which is 'Wren'.", "Wren"),
])
def test_names_a_child_gives_people_on_their_own_page(engine, text: str, name: str) -> None:
    assert not any(name in d for d in found(engine.analyze(text), "PERSON"))


def test_a_welsh_childs_page_naming_someone_for_the_page(engine) -> None:
    text = "roedd hi'n garedig. dw i'n galw hi'n miss heulwen yn hwn achos roedd hi'n gwenu."
    assert not any("heulwen" in d for d in found(engine.analyze(text), "PERSON"))
