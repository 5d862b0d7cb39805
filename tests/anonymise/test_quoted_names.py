"""A quoted word the text says is a person is a name, with its other uses (recognizers/quoted_names.py)."""

from __future__ import annotations

import pytest

from anonymise.recognizers import quoted_names
from tests.anonymise.conftest import found

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, name", [
    ('Two older males were named. "Fennel" was a man of 24 known to the police.', "Fennel"),
    ('She left with an adult not on the list, "Bramble", later identified as her uncle\'s friend.', "Bramble"),
    ('He spoke of being "looked after" by a man he knows only as "Tinker".', "Tinker"),
    ('Police identify "Sorrel" as a 29-year-old man.', "Sorrel"),
    ('"Clover" is Maisie\'s middle name, not a nickname.', "Clover"),
])
def test_a_quoted_word_the_text_says_is_a_person_is_a_name(engine, text: str, name: str) -> None:
    assert name in found(engine.analyze(text), "PERSON")


def test_its_other_uses_are_the_person_too(engine) -> None:
    text = 'He knows the man only as "Tinker". Tinker drove a grey van; staff later saw "Tinker" at the gates.'
    assert found(engine.analyze(text), "PERSON").count("Tinker") == 3


@pytest.mark.parametrize("text", [
    "'Charlie' is slang for cocaine, and 'Tina' was a street term for crystal meth.",
    'The adult known as "Uncle" is Mother\'s cousin.',
    'The words "Hope" and "Faith" appear on the nursery wall.',
])
def test_slang_kin_words_and_words_as_words_are_not(text: str) -> None:
    assert quoted_names.spans(text) == []


def test_the_review_using_a_name_with_the_school_does_not_declare_a_pseudonym(engine) -> None:
    """"used the name "X" with the school" is what a family did; "uses the name 'X'" for the report declares one."""
    assert "Clover" in found(engine.analyze('The family used the name "Clover" with the school.'), "PERSON")
    assert found(engine.analyze("The review uses the name 'Clover' for the child throughout."), "PERSON") == []


@pytest.mark.parametrize("text, names", [
    ("She rang 101 and gave the names 'Hazel', 'Sorrel' and 'Bracken'.", ["Hazel", "Sorrel", "Bracken"]),
    ("The log does not record the name 'J-Dog' anywhere.", ["J-Dog"]),
    ('He gave his name as "Tamsin" at the front desk.', ["Tamsin"]),
])
def test_a_quoted_name_the_text_says_was_given_or_used(engine, text: str, names: list[str]) -> None:
    assert set(names) <= set(found(engine.analyze(text), "PERSON"))


def test_a_name_chosen_for_the_report_is_its_pseudonym(engine) -> None:
    text = "This review is about a girl who chose the name 'Marigold' for this report. Marigold was nine."
    assert "Marigold" not in found(engine.analyze(text), "PERSON")
