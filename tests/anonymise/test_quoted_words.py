"""A common word quoted on its own is a word being talked about, even where the text names someone by it; at the
start of a clause it is the subject, and the name."""

from __future__ import annotations

import pytest

from tests.anonymise.conftest import found

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Mother, Dearbhla Bliss, said the labour was 'bliss' compared with the first. Ms Bliss was discharged.",
    "A records search for \"bliss\" found nothing; the midwife, Ann Bliss, had left the Trust.",
])
def test_a_common_word_quoted_alone_is_a_word(engine, text: str) -> None:
    assert "bliss" not in found(engine.analyze(text), "PERSON")


@pytest.mark.parametrize("text", [
    "Police established that 'bliss' was the nickname of Connor Bliss, 19.",
    "The older boy is Connor Bliss. \"bliss\" is the name he used online.",
    "Connor Bliss sent the messages. She texted: 'sorry bliss cant come'.",
])
def test_a_quoted_name_as_the_subject_or_in_a_message_is_still_a_name(engine, text: str) -> None:
    assert "bliss" in found(engine.analyze(text), "PERSON")


@pytest.mark.parametrize("text, pet", [
    ("Child D said they would name the new puppy 'Pesto' and that Pesto slept on her bed.", "Pesto"),
    ("The family had a cat called Marmaduke; Marmaduke was often locked out.", "Marmaduke"),
    ("The dog, Tyson, was kept in the yard.", "Tyson"),
])
def test_an_animals_name_is_no_person(engine, text: str, pet: str) -> None:
    assert pet not in found(engine.analyze(text), "PERSON")
