"""Clean text that looks like names (recognizers/clean_text.py, dates.py milestones): words other than the eval sets'."""

from __future__ import annotations

import pytest

from anonymise.engine import Engine
from anonymise.recognizers import clean_text, dates
from tests.anonymise.conftest import found


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(fast=True)


def _people(engine: Engine, text: str) -> list[str]:
    return [d.text for d in engine.analyze(text) if d.entity_type == "PERSON"]


def _dates(text: str) -> list[str]:
    return [d.text for d in dates.recognizer().analyze(text)]


@pytest.mark.parametrize("text", [
    "The Children and Social Work Act 2017 received Royal Assent on 27 April 2017.",
    "The Children (Scotland) Act 2020 (Royal Assent 1 October 2020) changed the law.",
    "The European Convention on Human Rights, adopted on 4 November 1950, applies.",
    "Daeth y Ddeddf i rym ar 6 Ebrill 2016.",
    "ers i'r Rheoliadau ddod i rym ar 1 Medi 2019.",
    "Cafodd y Mesur Gydsyniad Brenhinol ar 3 Mawrth 2021.",
    "The revised Working Together guidance took effect on 1 July 2018, before the first referral.",
    "The Social Services and Well-being (Wales) Act 2014 applied with effect from 6 April 2016.",
])
def test_law_milestone_dates_are_not_case_dates(text: str) -> None:
    assert _dates(text) == []


@pytest.mark.parametrize("text, date", [
    ("Child D was adopted on 14 March 2019 by her foster carers.", "14 March 2019"),
    ("A Care Order was made on 2 June 2021 under the Children Act 1989.", "2 June 2021"),
    ("Class 4\n\n12 May 2022: home visit.", "12 May 2022"),
    ("The interim care order took effect on 9 March 2023 and Child B moved that day.", "9 March 2023"),
    ("The placement ended with effect from 14 May 2022.", "14 May 2022"),
])
def test_case_dates_stay(text: str, date: str) -> None:
    assert _dates(text) == [date]


def test_no_date_across_a_paragraph_break() -> None:
    assert _dates("Pupil record, Year 4\n\nOctober 2020 | attendance 91%") == []


def test_royal_assent_is_not_a_person(engine: Engine) -> None:
    assert _people(engine, "The Bill received Royal Assent in the spring.") == []


@pytest.mark.parametrize("text", [
    "The family lived on a smallholding near Llanarth before the move.",
    "Roedd Plentyn C yn byw gyda'i thad-cu yn Llanbedrog.",
    "Her grandmother's farm, Capel Seion, Llanfair-ym-Muallt, was the meeting place.",
    "They stayed in Ballymoney with relatives.",
    "The family had spent a summer on the Isle of Arran.",
])
def test_villages_and_islands_are_places(engine: Engine, text: str) -> None:
    assert _people(engine, text) == []


def test_a_village_that_is_a_name_stays_a_name_without_a_preposition(engine: Engine) -> None:
    # Ashley is a village and a given name: only "in Ashley" makes it a place
    assert _people(engine, "Ashley told the teacher she was scared.") == ["Ashley"]
    assert _people(engine, "The family moved to a flat in Ashley.") == []


@pytest.mark.parametrize("text", [
    "He was picked up on Dunmore Road by officers.",
    "SUSPECT SEEN GETTING INTO SILVER ASTRA ON HAWTHORN AVENUE.",
    "She went to the Royal Highland Show with her class.",
    "Aeth y teulu i Sioe Frenhinol Cymru ac i Eisteddfod yr Urdd Meifod.",
    "Gwanwyn 2022: dim cyswllt.",
    "He played football on Sundays.",
])
def test_streets_cars_events_seasons(engine: Engine, text: str) -> None:
    assert _people(engine, text) == []


@pytest.mark.parametrize("text", [
    "She was transferred to Princess Alexandra Hospital overnight.",
    "20:10 CHILD TAKEN TO QUEEN ELIZABETH HOSPITAL BY AMBULANCE.",
    "03:40 INFANT CONVEYED TO KING GEORGE UNIVERSITY HOSPITAL. MOTHER FOLLOWS BY TAXI.",
    "01:15 BOY TAKEN TO PRINCESS BEATRICE GENERAL HOSPITAL. FATHER INFORMED.",
    "02:00 CHILD TO ALEXANDRA MARINA DISTRICT HOSPITAL BY AMBULANCE.",
    "Cafodd ei gludo i Ysbyty'r Frenhines Elizabeth.",
    "The findings echo the Jay report and the Bichard inquiry.",
    "Training drew on the Munro review of child protection and the MacAlister review of social care.",
    "Support came from groups such as Nasra, the Somali Women's Wellbeing Project.",
    "Officers from An Garda Síochána attended.",
])
def test_institutions_inquiries_and_organisations(engine: Engine, text: str) -> None:
    assert _people(engine, text) == []


@pytest.mark.parametrize("text", [
    "Staff did not know the slang for heroin (\"brown\") or that \"henry\" meant an eighth. Henry was not a friend.",
    "Messages mention selling ketamine (\"ket\") and \"tina\" (methamphetamine). tina gone, need more",
    "u got some charlie left",
    "she gets weird when she has the Charlie",
    'A neighbour said the lodger was buying "Mandy" at the park.',  # a quantity or trade verb before the quote
    "Neges: 'ma gen i mandy heno'. Ystyr 'mandy' yn y neges yw MDMA, nid person.",
    "Nid enw yw 'charlie' yma; gair am gocên ydyw. ma charlie gan y boi",  # a mutated gloss word (cocên)
    # slang once in the text, so slang where a record misread it; "a right Charlie" (a fool), "up a Henry"
    "Child B said Dad was 'off his head on the Charlie'; the log reads 'Dad's mate Charlie visits'.",
    "Nan said her son was a right Charlie, and that he went to pick up a Henry most Fridays.",
    "He said his mum's friends brought 'Molly' round; the school saw no sign of substance misuse.",
])
def test_glossed_drug_slang(engine: Engine, text: str) -> None:
    assert _people(engine, text) == []


def test_slang_name_without_gloss_stays_a_name(engine: Engine) -> None:
    assert "Charlie" in _people(engine, "Charlie told his teacher that he was hungry.")
    assert "Charlie" in _people(engine, "They watched the Charlie Chaplin film. Charlie told his teacher.")


@pytest.mark.parametrize("text", [
    "Attendees: DO (duty officer); FSW (family support worker). DO will update the plan.",
    "Yn bresennol: SC (swyddog cyswllt). Cytunodd SC i anfon y llythyr.",
])
def test_glossed_role_abbreviations(engine: Engine, text: str) -> None:
    assert _people(engine, text) == []


def test_initials_glossed_by_a_name_stay_a_name() -> None:
    assert clean_text.abbreviation_spans("Present: JT (Jade Thomas), SW.") == []


@pytest.mark.parametrize("text", [
    "CALLER JOHN DOE TEL 01632 960999 LOC: 4 HIGH STREET",
    "Mob 07700 900123, tel consult booked.",
    "A social worker recorded that a \"Mr Nain\" lived there.",
    "Her Bibi and Babu looked after her at weekends; Bibi told the review she was worried.",
    "the garden was full of nettles and the summer was long",
    "they would trust to luck",
])
def test_labels_kin_and_words(engine: Engine, text: str) -> None:
    people = _people(engine, text)
    assert not any(p.lower() in ("tel", "loc", "mob", "mr nain", "bibi", "babu", "trust") for p in people)


@pytest.mark.parametrize("text", [
    "Examination showed normal Ortolani and Barlow manoeuvres.",
    "Her Griffiths scales were within range.",
    "The TEN-4-FACESp rule was applied.",
    "Defnyddiodd y nyrs ganllawiau Fraser.",
    "The Scottish Child Abuse Inquiry, chaired by Lady Smith, reported.",
])
def test_eponyms_and_public_chairs(engine: Engine, text: str) -> None:
    assert _people(engine, text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("2210 MALE SEEN WITH BRIDGET BROWN, WEARING BROWN PUFFER JACKET AND BLACK CAP.", "BRIDGET BROWN"),
    ("Kieran Green was last seen in a green tracksuit near the shops.", "Kieran Green"),
])
def test_a_colour_before_a_garment_is_no_surname(engine: Engine, text: str, name: str) -> None:
    people = _people(engine, text)
    assert name in people
    assert people.count(name.split()[-1]) == 0


def test_a_plural_possessive_in_a_capitals_log_is_a_word(engine: Engine) -> None:
    text = "2318 CALLER REPORTS RESIDENTS' CHILD OUT ON STAIRS, CRYING. PARENTS' CAR GONE. UNITS ATTENDED."
    assert _people(engine, text) == []


@pytest.mark.parametrize(("text", "place"), [
    ("Symudodd y teulu i Lanfihangel-y-Creuddyn yn 2019, ac wedyn i Lanwnnen.", "Lanwnnen"),
    ("The family stayed with friends in Llangwyryfon over Easter.", "Llangwyryfon"),
    ("Roedd ei nain yn byw ger Abermagwr ers blynyddoedd.", "Abermagwr"),
])
def test_small_welsh_villages_after_a_preposition_are_places(engine: Engine, text: str, place: str) -> None:
    assert place not in _people(engine, text)
    assert any(text[s:e] == place for s, e in clean_text.place_spans(text))


@pytest.mark.parametrize("text, place_word", [
    # a place of several words, its first word mutated after a Welsh preposition (Rhosan ar Wy -> i Rosan ar Wy)
    ("Symudodd y teulu i Rosan ar Wy yn ystod yr haf.", "Wy"),
    ("Roedd y fam yn byw yn Rhosan ar Wy cyn hynny.", "Wy"),
    # a joining word no person's name has
    ("The family moved from Clayton le Moors to a flat.", "Moors"),
    ("She later lived in Barrow upon Soar with her aunt.", "Soar"),
    # a place whose words are names, after a preposition of place
    ("The family moved to Harold Wood in 2021.", "Harold"),
])
def test_places_of_several_words_are_places(engine: Engine, text: str, place_word: str) -> None:
    assert not any(place_word in p for p in _people(engine, text)), _people(engine, text)


def test_a_person_named_like_a_place_of_several_words_is_still_a_person(engine: Engine) -> None:
    """"Edith Weston" and "Ashley Green" are villages, and a person's name when nothing shows a place."""
    people = _people(engine, "Edith Weston told the health visitor that Ashley Green had moved back in.")
    assert "Edith Weston" in people and "Ashley Green" in people


@pytest.mark.parametrize("text, word", [
    ("Roedd Nel wedi bod yn dawel ers y Nadolig.", "Nadolig"),
    ("Soniodd am wyliau'r Sulgwyn a'r Calan gyda'i nain.", "Calan"),
    ("Aeth y plentyn i'r Bryn ar ôl ysgol.", "Bryn"),
    ("Gwanwyn diwethaf, symudodd y teulu.", "Gwanwyn"),
    ("Bydd yr adolygiad yn cwrdd eto Fedi nesaf.", "Fedi"),
])
def test_welsh_grammar_shows_a_word_is_no_name(engine: Engine, text: str, word: str) -> None:
    """Welsh names take no article, and a season, feast or month before "diwethaf"/"nesaf" is a time."""
    assert not any(word in p for p in _people(engine, text)), _people(engine, text)


def test_a_welsh_name_beside_an_article_or_a_time_is_still_a_name(engine: Engine) -> None:
    people = _people(engine, "Aeth Mererid a'r babi at y meddyg. Dywedodd Bryn y byddai'n dod Sadwrn nesaf.")
    assert "Mererid" in people and "Bryn" in people


def test_welsh_question_words_labelling_a_plan_are_no_names(engine: Engine) -> None:
    plan = "Cam gweithredu 2: hyfforddiant\nBeth: trefnu sesiwn i'r gwirfoddolwyr.\nPwy: y nyrs ysgol. Pryd: erbyn Medi."
    assert _people(engine, plan) == []
    # a speaker called Beth in an English transcript is a person
    transcript = "Interviewer: Who else was there? Beth: I told him to go home."
    assert not any(transcript[s:e].startswith("Beth") for s, e in clean_text.label_spans(transcript))


def test_landmarks_and_natural_features_are_no_people(engine: Engine) -> None:
    text = ("His grandfather took him to see St Kentigern Cathedral and Caerlaverock Castle, then camping in Glen "
            "Affric and by Loch Tay.")
    assert _people(engine, text) == []


def test_a_person_named_like_a_landmark_is_still_a_person(engine: Engine) -> None:
    people = _people(engine, "Roy Castle and Glen Roberts visited the family twice.")
    assert "Roy Castle" in people and "Glen Roberts" in people


@pytest.mark.parametrize("text, abbr", [
    ("Abbreviations: AD – Assistant Director; HoS – Head of Service.\nAction 2. Report to the AD by May.", "AD"),
    ("Glossary\nIRO: Independent Reviewing Officer\nThe IRO chaired the review.", "IRO"),
    ("The Principal Practitioner (PP) will audit referrals. PP to report in June.", "PP"),
])
def test_abbreviations_defined_in_a_list_or_after_their_words_are_posts(engine: Engine, text: str,
                                                                          abbr: str) -> None:
    assert abbr not in found(engine.analyze(text), "PERSON")


@pytest.mark.parametrize("text, initials", [
    ("Present: Tariq Mills (TM), Jade Thomas (JT). TM said the plan was agreed.", "TM"),
    ("Present: JMcG – Team Manager, Birmingham; SB-H – Designated Nurse. JMcG said no.", "JMcG"),
])
def test_a_persons_initials_beside_a_name_or_a_post_stay_initials(engine: Engine, text: str, initials: str) -> None:
    assert initials in found(engine.analyze(text), "PERSON")


@pytest.mark.parametrize("text", [
    "Her grandmother had been a native speaker from Barra, and the family later moved to Tiree.",
    "She had gone to Harris to meet him, on a ferry she paid for herself.",
    "Staff who work on an island such as Skye or Eigg need the same guidance.",
    "Glossary: CPC, Child Protection Committee; CS, Children's Services; HV, health visitor.",
    "CSC should ensure that SWs and PAs have access to the list. Owner: HoS, Assessment. Owner: PSW.",
    "Share campaigns from @NSPCC and @childline. Mother had used a Hafan Cymru refuge.",
    "Ar un achlysur cofnodwyd 'Mr Dacu' fel enw oedolyn yn y cartref, ond taid y plant oedd o.",
])
def test_islands_defined_abbreviations_plural_posts_and_public_accounts_are_no_one(engine: Engine, text: str) -> None:
    assert [d.text for d in engine.analyze(text) if d.entity_type in ("PERSON", "SETTING")] == []


def test_a_surname_that_is_an_island_is_still_a_name_where_no_one_goes_there(engine: Engine) -> None:
    text = "A letter from Harris arrived on Monday. She spoke to Harris about it."
    assert _people(engine, text).count("Harris") == 2
