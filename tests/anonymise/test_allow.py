"""Word classes of the shared allow-lists: common words (with Scots forms), kinship words."""

from __future__ import annotations

import re

import pytest

from anonymise.recognizers import allow
from tests.anonymise.conftest import found


@pytest.mark.parametrize("word", ["WISNAE", "couldnae", "Hasnae", "shouldna", "Canna", "mightnae"])
def test_a_scots_negative_of_an_auxiliary_is_a_common_word(word: str) -> None:
    assert allow.is_common(word)


@pytest.mark.parametrize("word", ["Renae", "Shanae", "Dona", "Shauna", "Wilma", "Edna"])
def test_names_ending_like_a_scots_negative_are_not(word: str) -> None:
    assert not allow.is_common(word)


def test_scots_kin_words_and_negatives_in_a_quoted_capitals_log(fast_engine) -> None:
    text = ('02:10 CALLER IN DISTRESS AT THE DOOR. MALE STATES HE "WOULDNAE LET THE WEANS OOT". '
            'NEIGHBOUR TAM CORRIGAN ATTENDS.\n\nLater the boy said "Paw wid go mental" if the police came.')
    names = found(fast_engine.analyze(text), "PERSON")
    assert "WOULDNAE" not in names and "Paw" not in names and "WEANS" not in names
    assert "TAM CORRIGAN" in names


@pytest.mark.parametrize("word", ["Lansoprazole", "FOSTAIR", "piriton", "Oramorph", "Movicol", "Sudocrem"])
def test_a_medicine_generic_or_brand_is_a_common_word(word: str) -> None:
    assert allow.is_common(word)


@pytest.mark.parametrize("word", ["Ella", "Grace", "Chance", "Hope", "Teta"])
def test_no_medicine_that_is_also_a_name_or_kin_word_is_taken_for_a_word(word: str) -> None:
    assert word.lower() not in allow.medicines()


def test_medicines_without_a_dose_are_not_people_in_english_or_welsh(engine) -> None:
    text = ("The GP prescribed Lansoprazole and Fostair. At home Mother gave Piriton, Dioralyte and Movicol to "
            "Ellie Price, and Sudocrem for the nappy rash.\n\n"
            "Rhoddodd Mam Dioralyte a Calpol i Cerys. Cafodd hi Buscopan gan y fferyllydd.")
    assert sorted(found(engine.analyze(text), "PERSON")) == ["Cerys", "Ellie Price"]


@pytest.mark.parametrize("word", ["Mary", "Emma", "Ruth", "Kelly", "Henry", "Jenna"])
def test_a_given_name_a_dictionary_writes_only_with_a_capital_is_no_common_word(word: str) -> None:
    assert not allow.is_common(word)


@pytest.mark.parametrize("word", ["Grace", "Hope", "Frank", "Will", "Mae", "Beth", "Kirk", "Easter", "June", "Tory"])
def test_names_that_are_words_of_english_welsh_or_scots_stay_common(word: str) -> None:
    assert allow.is_common(word)


def test_the_proper_given_list_holds_only_given_names_of_the_common_list() -> None:
    from importlib import resources

    proper = set(resources.files("anonymise.data").joinpath("proper_given.txt").read_text("utf-8").split())
    common_file = set(resources.files("anonymise.data").joinpath("common_words.txt").read_text("utf-8").split())
    assert len(proper) > 100
    assert proper <= allow.given_names() & common_file
    assert not proper & (allow.welsh_words() | allow.places())


@pytest.mark.parametrize("bracket", ["(7)", "(aged 15)", "(8 YRS)", "(6 months old)", "(3 wks)", "(9 oed)",
                                     "(6 mis oed)", "( 15 )", "(18 mis)", "(3 wythnos)"])
def test_one_age_in_brackets_read_by_every_rule(bracket: str) -> None:
    from anonymise.recognizers import capitals, minutes, person

    assert capitals._AGE_AFTER.match(" " + bracket)
    assert minutes.AGE_AFTER.match(" " + bracket + " ")
    assert person.AGE_BRACKET_AFTER.match(" " + bracket)


@pytest.mark.parametrize("bracket", ["(Y7)", "(2019)", "(aged)", "(7 miles)"])
def test_what_is_not_an_age_in_brackets(bracket: str) -> None:
    from anonymise.recognizers import minutes

    assert not re.match(allow.AGE_IN_BRACKET + r"\)", bracket)
    assert not minutes.AGE_AFTER.match(" " + bracket + " ")
