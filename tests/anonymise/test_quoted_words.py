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
    ("CHILD: me and mammy and bramble. bramble's our dog. he sleeps on my bed.", "bramble"),
    ("The child was clear that the dog was called Pickle; Pickle barked at visitors.", "Pickle"),
])
def test_an_animals_name_is_no_person(engine, text: str, pet: str) -> None:
    assert pet not in found(engine.analyze(text), "PERSON")


@pytest.mark.parametrize("text, word", [
    ("The note said 'Hope would collect him'. There was no one called Hope; it was a wish.", "Hope"),
    ("Records mention a pal called Storm. There's no Storm. There never was a Storm.", "Storm"),
    ("The panel confirms that no individual named Ace, Blaze or Duke was involved.", "Blaze"),
    ("Police ran a check on a non-existent 'Dolly' and found nothing.", "Dolly"),
    ("He called every stranger 'Chief'. The review notes that 'Chief', like 'boss' and 'mate', was used as a form "
     "of address and is not a name.", "Chief"),
    ("'Sunny', 'Pet' and 'Duck' are terms of endearment in the Potteries; Nan called everyone Duck.", "Duck"),
    ("In the estate's slang 'Shirley' meant any female police officer, and 'alright Shirley' was a taunt.", "Shirley"),
    ("She used the word 'Jimmy' for anyone she did not know.", "Jimmy"),
])
def test_a_word_the_text_says_names_no_one_is_never_a_person(fast_engine, text: str, word: str) -> None:
    assert not [n for n in found(fast_engine.analyze(text), "PERSON") if word in n]


@pytest.mark.parametrize("text, name", [
    ("No one called Sarah back, and Sarah Jones complained.", "Sarah"),  # the denial ends its clause
    ("'Tia' said she is not a person who lies. Tia Brown was 14.", "Tia"),  # a denial of something else
    ('The account "shona_x_bfs" was later linked to a man of 31. There was no "Shona". Shona said ur nice.', "Shona"),
])
def test_a_name_not_denied_or_an_accounts_alias_stays_a_name(fast_engine, text: str, name: str) -> None:
    assert [n for n in found(fast_engine.analyze(text), "PERSON") if name in n]


def test_a_name_the_text_says_is_a_mans_stays_a_person_though_someone_took_him_for_a_pet(engine) -> None:
    text = ("The nurse wrote down 'a dog called Rocco'. The child was clear: the dog was called Pip, and Rocco was the "
            "man who shouted. Rocco left before the police came.")
    names = found(engine.analyze(text), "PERSON")
    assert names.count("Rocco") == 3 and "Pip" not in names


@pytest.mark.parametrize("text, name", [
    ("'Sunny' was the nickname of a 16-year-old boy who drove the car.", "Sunny"),
    ("'Blaze' was the name used by Mother's partner on the estate.", "Blaze"),
    ("Police later learned that Storm was the street name of a man from Leeds.", "Storm"),
    ("Hope was the name given to the baby by the midwives.", "Hope"),
])
def test_a_word_the_text_says_is_someones_nickname_is_a_name(engine, text: str, name: str) -> None:
    assert name in found(engine.analyze(text), "PERSON")


@pytest.mark.parametrize("text", ["Dragon was the name of a game he played.", "Hope was the name of the ward."])
def test_the_name_of_a_thing_is_no_person(engine, text: str) -> None:
    assert found(engine.analyze(text), "PERSON") == []


@pytest.mark.parametrize("text, name", [
    ("The nurse's notes say 'Rubes (as she likes to be called) was tearful'.", "Rubes"),
    ("School nurse drop-in. Wiki, as she asks to be called, said she was fine.", "Wiki"),
])
def test_a_name_a_child_goes_by_is_a_name(engine, text: str, name: str) -> None:
    assert name in found(engine.analyze(text), "PERSON")


def test_a_name_chosen_for_the_report_is_no_identifier(engine) -> None:
    text = "Kit, as she asked to be called throughout this review, liked drawing."
    assert found(engine.analyze(text), "PERSON") == []


@pytest.mark.parametrize("text, name", [
    ("Mother, who is referred to in the chronology as 'Heather (Mum)', told the review.", "Heather"),
    ("The Trust's case notes refer to Mother as Kerry throughout.", "Kerry"),
    ("Police knew the maternal uncle under the surname 'Marsh-Kellett'.", "Marsh-Kellett"),
])
def test_the_name_a_record_gives_someone_is_a_name(engine, text: str, name: str) -> None:
    assert found(engine.analyze(text), "PERSON") == [name]


def test_what_a_protocol_is_referred_to_as_is_no_name(engine) -> None:
    text = "Staff referred to it simply as 'Bruising in Babies'; the bruising protocol applied."
    assert found(engine.analyze(text), "PERSON") == []
