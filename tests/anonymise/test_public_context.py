"""Clean-text families of held-out 10 (issue 11), tested with words that are in no evaluation set: public dates, public
figures and researchers, professional clubs, weather in logs, islands, quoted words the text says are no person,
nicknames glossed with a full name, settings by their heads, regional hospitals and Welsh councils in capitals."""

import pytest

from tests.anonymise.conftest import found


@pytest.mark.parametrize("text", [
    "The Children (Abolition of Defence of Reasonable Punishment) (Wales) Act 2020 came in and the ban applied from "
    "21 March 2022, after Child C's first referral.",
    "Physical punishment was banned in Scotland from 7 November 2020, when the law changed.",
    "Ers 21 Mawrth 2022 mae'r gyfraith newydd yn gwahardd cosbi corfforol.",
])
def test_dates_a_law_took_effect_on_are_public(engine, text):
    assert found(engine.analyze(text), "DATE") == []


def test_the_same_date_as_an_event_of_the_case_is_found(engine):
    assert found(engine.analyze("On 21 March 2022 Child C was seen at home by the health visitor."), "DATE") == \
        ["21 March 2022"]


@pytest.mark.parametrize("text", [
    "He wanted to be a rapper like Jonty Marsh or a footballer like Kieran Fallon.",
    "She loved the singer Aoife Brennan and had posters of the YouTuber Benji Carr.",
    "Practitioners cited the research of Professor Jane Holloway on neglect, and that of Dr Peter Ainsley on "
    "home visits.",
])
def test_public_figures_and_researchers_named_with_what_they_are(engine, text):
    assert found(engine.analyze(text), "PERSON") == []


def test_a_practitioner_is_still_found_beside_a_researcher(engine):
    assert found(engine.analyze("Dr Peter Ainsley, the GP, examined the baby on Monday."), "PERSON") == \
        ["Dr Peter Ainsley"]


@pytest.mark.parametrize("text", [
    "She supported Glentoran and wore a Partick Thistle scarf her father had given her.",
    "The boys followed Crusaders and Bristol Rovers and had a Stockport County shirt.",
])
def test_professional_clubs_are_organisations(engine, text):
    assert found(engine.analyze(text)) == []


def test_a_surname_that_is_a_club_after_a_title_is_a_person(engine):
    assert found(engine.analyze("Mr Glentoran, the neighbour, called the police."), "PERSON") == ["Mr Glentoran"]


def test_a_local_football_club_is_still_a_setting(engine):
    assert found(engine.analyze("He trained at Brackenhill Colts FC on Tuesdays."), "SETTING") == \
        ["Brackenhill Colts FC"]


@pytest.mark.parametrize("text", [
    "0114 CALL FROM NEIGHBOUR. WEATHER: SLEET, VISIBILITY POOR. 0120 UNITS ATTEND. HAIL ON ROADS.",
    "2210 ROAD CONDITIONS: ICE AND FOG. STORM WARNING IN FORCE.",
    "2301 TYWYDD: RHEW AR Y FFYRDD. RHYBUDD GLAW.",
])
def test_weather_in_a_log_is_no_name(engine, text):
    assert found(engine.analyze(text), "PERSON") == []


def test_a_word_name_in_the_same_log_is_still_a_name(engine):
    text = "2210 CALLER SLEET MORGAN STATES PARTNER LEFT. WEATHER: SLEET LYING. SLEET MORGAN TO BE SEEN."
    assert "SLEET MORGAN" in found(engine.analyze(text), "PERSON")


@pytest.mark.parametrize("text", [
    "The family moved to Sanday in 2021 and later to Whalsay.",
    "The children stayed with their grandmother in a croft on Tiree over the summer.",
])
def test_islands_after_a_preposition_are_places(engine, text):
    assert found(engine.analyze(text), "PERSON") == []


def test_an_island_that_is_a_name_is_a_person_where_no_one_lives_on_it(engine):
    assert "Skye" in found(engine.analyze("The school relied on Skye to pass messages home."), "PERSON")


@pytest.mark.parametrize("text", [
    'The notes said "Pepper" was a dog the family kept, not a visitor.',
    'Older girls used "Sharon" as an insult for a teacher; "Sharon" appeared as an insult in three messages.',
    'Street names for cocaine in his messages included "snow", "Bolivian" and "Charlene".',
])
def test_quoted_words_the_text_says_are_no_person(engine, text):
    assert found(engine.analyze(text), "PERSON") == []


def test_nicknames_glossed_with_a_full_name_are_people_and_so_are_their_lower_case_uses(engine):
    text = ('"dougie says moose will pay if we go to the flat"\n\n'
            '"Dougie" is Douglas Trainer, aged 24; "Moose" is Morris Beattie, aged 31, who drove.')
    people = found(engine.analyze(text), "PERSON")
    for name in ("Dougie", "Moose", "dougie", "Douglas Trainer", "Morris Beattie"):
        assert name in people


@pytest.mark.parametrize("text,setting", [
    ("She told a youth worker at the Carrick Lane Youth Hub that she was scared.", "Carrick Lane Youth Hub"),
    ("He was a cadet in the TS Ballinhassig sea cadet unit.", "TS Ballinhassig"),
    ("In March he moved to Kestrelbank Secure Unit.", "Kestrelbank Secure Unit"),
])
def test_settings_by_their_heads(engine, text, setting):
    assert found(engine.analyze(text), "SETTING") == [setting]


def test_regional_hospitals_and_royal_colleges_are_not_settings(engine):
    text = ("She was admitted to the King's Medical Centre; the Royal College of Emergency Medicine's guidance "
            "applied. She was registered at Harbourside Medical Centre.")
    assert found(engine.analyze(text), "SETTING") == ["Harbourside Medical Centre"]


def test_a_welsh_council_in_capitals_is_no_person(engine):
    text = "2214 ATGYFEIRIAD I CYNGOR SIR GAERFYRDDIN. MORGAN WEDI EI ARESTIO."
    assert found(engine.analyze(text), "PERSON") == ["MORGAN"]


def test_a_given_name_that_heads_agencies_before_a_surname_is_a_person(engine):
    people = found(engine.analyze("She spoke of her daughter, Grace McAleer, with love; the Grace Trust helped."),
                   "PERSON")
    assert people == ["Grace McAleer"]


@pytest.mark.parametrize("text", [
    'Staff described Child K as "a wee scamp" and "the wee man of the house". Scamp, the dog, barked.',
    'Ruby was three. The nursery wrote that "Ruby seemed ruby-cheeked and looked rosy".',
    "Roedd Haf yn saith oed. Ysgrifennodd y rheolwr \"dros yr haf\" yn lle ei henw.",
])
def test_lower_case_words_after_a_determiner_a_linking_verb_or_the_welsh_article_are_words(engine, text):
    people = found(engine.analyze(text), "PERSON")
    assert all(p[:1].isupper() for p in people), people


@pytest.mark.parametrize("text,name", [
    ('Dywedodd y plentyn "mae Yncl Dewi yn gas" a bod Nain Haul yn gwybod.', "Haul"),
    ("The children visited Auntie Pearl and Uncle Ray most weekends.", "Pearl"),
])
def test_a_name_after_a_kin_word_is_a_name_though_a_word(engine, text, name):
    assert name in " ".join(found(engine.analyze(text), "PERSON"))


def test_a_month_the_text_says_is_a_name_is_a_name_but_not_as_a_month(engine):
    text = ("Mae enw'r plentyn, Mai, hefyd yn enw mis. Dechreuodd Mai yn yr ysgol ym mis Mai 2022. Anfonwyd llythyr "
            "at Fai a'i thad.")
    people = found(engine.analyze(text), "PERSON")
    assert people.count("Mai") == 2 and "Fai" in people


def test_a_quoted_short_form_of_a_found_name_is_a_nickname(engine):
    assert "Rhod" in found(engine.analyze('Rhodri Vaughan said "Rhod" had sent the messages.'), "PERSON")
    assert "Gwen" in found(engine.analyze('Cadarnhaodd Gwenllian Morris mai "Gwen" oedd yn anfon y negeseuon.'),
                           "PERSON")
    # a quoted word that only begins a found name by chance, and is a frequent English word, is not one
    assert "Car" not in found(engine.analyze('Carolyn Hughes ticked "Car" on the travel form.'), "PERSON")


def test_a_name_after_in_is_a_place_in_a_message_unless_possessive(engine):
    people = found(engine.analyze('"we stayed at the flat in corran" "get in rhians car"'), "PERSON")
    assert "corran" not in people and any(p.startswith("rhian") for p in people)


@pytest.mark.parametrize("text,name", [
    ("Child: Rain Meadows, P3, DOB withheld.", "Rain Meadows"),
    ("Name: Sunny Field (6)\nSchool: St Brigid's Primary", "Sunny Field"),
    ("Mother: June Banks.\nFather: not known.", "June Banks"),
    ("Plentyn: Eira Glyn, blwyddyn 2.", "Eira Glyn"),
])
def test_a_full_name_in_a_forms_name_field_is_a_name_though_its_words_are_words(engine, text, name):
    assert name in found(engine.analyze(text), "PERSON")


def test_a_transcript_line_is_no_name_field(engine):
    assert found(engine.analyze("Mother: Well, I told them.\nChild: Child A (4).\nFather: Not Known."), "PERSON") == []


def test_a_virtue_that_is_a_name_is_the_virtue_before_in_or_that(engine):
    text = ("Hope Kowalczyk was born in May. Hope in the parents' ability to cope was misplaced. Hope cried at night.")
    people = found(engine.analyze(text), "PERSON")
    assert people.count("Hope") == 1 and "Hope Kowalczyk" in people


def test_a_common_word_slips_into_lower_case_in_a_quoted_message_but_not_in_quoted_speech(engine):
    msg = ('"Moose" is Morris Beattie, aged 31.\n\n"dougie\'s pal moose has the keys"')
    assert "moose" in found(engine.analyze(msg), "PERSON")
    speech = ('Hope Kowalczyk, the aunt, spoke. She said: "I kept my hope for years, but they didn\'t give us hope."')
    assert "hope" not in found(engine.analyze(speech), "PERSON")


def test_slang_names_in_a_text_that_says_what_they_are(engine):
    text = ("Friday: YP2 said a friend would 'bring Tina and Henry' to the party. Staff explained the risks of "
            "methamphetamine and cocaine. Saturday: staff asked whether Tina was a person; YP2 laughed.")
    assert found(engine.analyze(text), "PERSON") == []


def test_a_person_named_like_slang_is_still_a_person_in_a_text_about_drugs(engine):
    text = "Molly Evans, the mother, said that her partner used cocaine at weekends. Molly asked for help."
    assert "Molly Evans" in found(engine.analyze(text), "PERSON")
