"""Named settings (schools, nurseries, surgeries, children's homes, wards): positive and negative rows."""

from __future__ import annotations

import pytest

from anonymise.recognizers import setting


def _texts(rec, text):
    return [d.text for d in rec.analyze(text)]


@pytest.mark.parametrize("text, expected", [
    ("GP practice, Clapton Rise Medical Centre. No", ["Clapton Rise Medical Centre"]),
    ("nurse at St Eithne's Primary School. Child", ["St Eithne's Primary School"]),
    ("playgroup, Cylch Meithrin Tŷ Bach, told", ["Cylch Meithrin Tŷ Bach"]),
    ("teacher of Sgoil na Mara, a small", ["Sgoil na Mara"]),
    ("four nights at Ashdown House, a reception centre", ["Ashdown House"]),
    ("a children's house, Carrick View, and later Carrick View again", ["Carrick View", "Carrick View"]),
    ("Child W remained on Clarke Ward for", ["Clarke Ward"]),
    ("placed in the children's home (Oak Lodge) in May", ["Oak Lodge"]),
    ("moved to Birchwood House children's home in 2022", ["Birchwood House"]),
    ("a residential children's home in Wales", []),
    ("the School Nurse and the Primary School", []),
    ("the GP Practice", []),
    ("the Child Safeguarding Practice Review Panel", []),
    ("Key Practice Episode 2", []),
    # a heading's kind word does not name the next paragraph; a person's pseudonym is never a setting
    ("Episode 3: the children's house\n\nYoung Person Y moved there in May.", []),
    ("Episode 3: the children's house\n\nHolly Bank took her in May.", []),
    ("a children's house\nCarrick View, in May", ["Carrick View"]),
    # a verb of attendance opening a log line is not part of the name
    ("Y settled well. Attending Dalkeith High part-time.", ["Dalkeith High"]),
    ("Goes to Ashgrove Youth Project on a Tuesday.", ["Ashgrove Youth Project"]),
    ("in line with Good Practice guidance and Reflective Practice sessions", []),
    ("Child B went to Oakfield Youth Club on Fridays", ["Oakfield Youth Club"]),
    # Welsh settings that name their kind first; children's units, clinics and nursery units
    ("registered at Meddygfa Bryn Hyfryd since birth", ["Meddygfa Bryn Hyfryd"]),
    ("a session at Canolfan Teulu Glanrafon, then home", ["Canolfan Teulu Glanrafon"]),
    ("a place at Meithrinfa Seren Fach in Bangor", ["Meithrinfa Seren Fach"]),
    ("moved to Larchfield House Children's Unit in May", ["Larchfield House Children's Unit"]),
    ("weighed at Abbeyhill Child Health Clinic on", ["Abbeyhill Child Health Clinic"]),
    ("started at Tullyvale Road Nursery Unit in", ["Tullyvale Road Nursery Unit"]),
    ("the Child Health Clinic and a Nursery Unit", []),
    # Scottish and shortened school names
    ("she moved up from Kilbrannan Primary, where", ["Kilbrannan Primary"]),
    ("the guidance teacher at Strathmore Vale Academy said", ["Strathmore Vale Academy"]),
    ("pupils of Dunmorrow High were", ["Dunmorrow High"]),
    ("then Knockbreda Grammar and Ashwell Infants", ["Knockbreda Grammar", "Ashwell Infants"]),
    ("the Primary Mental Health Team and the Secondary Care Trust", []),
    ("Senior High and the National Primary", []),
    # a proper name in apposition to a kind of setting
    ("He was placed at Tollcairn Lea, a small residential house, where", ["Tollcairn Lea"]),
    ("She lived at Brannock View, a Southern Trust children's home, until", ["Brannock View"]),
    ("Child K attended Whinfell, a small village school in the dale", ["Whinfell"]),
    ("Kofi, a school nurse, visited", []),
    ("They moved to Eastmoor, a town with a good school, in 2020.", []),
    ("Ruby, a pupil at the academy, said; the Partnership, a body that includes every school, met.", []),
    ("supported by Women's Aid, Refuge, Respect and others", []),
    ("she lived at Heron Rise (a small children's home) and then", ["Heron Rise"]),
    ("Child A (a pupil at the school) and Mother (the school's parent governor)", []),
    # the owner of a home is not its name
    ("Glenard House, a Northern Health and Social Care Trust children's home, said", ["Glenard House"]),
])
def test_setting(text, expected):
    assert _texts(setting.recognizer(), text) == expected


@pytest.mark.parametrize("text, expected", [
    ("He moved to a pupil referral unit, The Larkspur Centre, in May", ["The Larkspur Centre"]),
    ("weekends at a respite unit, Harbour House, were stopped", ["Harbour House"]),
    ("The PRU, Mother said, was good; a family centre, Children's Services said, helped", []),
])
def test_named_provision_after_its_kind(text, expected):
    assert _texts(setting.recognizer(), text) == expected


def test_places_of_worship_clubs_and_lower_case_schools() -> None:
    from anonymise.recognizers.setting import recognizer

    rec = recognizer()
    for text, setting in (("at Lansdowne Amateur Boxing Club, where", "Lansdowne Amateur Boxing Club"),
                          ("attended Redeemed Glory Ministries, a church", "Redeemed Glory Ministries"),
                          ("joined the Drumgannon Young Farmers' Club with", "Drumgannon Young Farmers' Club"),
                          ("madrassah at Masjid-e-Tayyabah from five", "Masjid-e-Tayyabah"),
                          ("played for Rushmere Rovers Youth FC, where", "Rushmere Rovers Youth FC"),
                          ("Child E: doonhill academy", "doonhill academy")):
        assert setting in [d.text for d in rec.analyze(text)], text
    for text in ("the Methodist Church and the Catholic Church", "the local primary school", "a good nursery"):
        assert rec.analyze(text) == [], text


@pytest.mark.parametrize(("text", "setting"), [
    ("He trained at Millbrook ABC on Tuesdays", "Millbrook ABC"),
    ("and played in Dunmore Pipe Band at weekends", "Dunmore Pipe Band"),
    ("His sister was in Carrowkeel Young Farmers. She", "Carrowkeel Young Farmers"),
    ("Roedd hi'n aelod o Aelwyd yr Urdd Glan Taf ac", "Aelwyd yr Urdd Glan Taf"),
    ("Derbyniwyd y plentyn i Ward Celyn gyda", "Ward Celyn"),
])
def test_clubs_bands_and_welsh_heads(text: str, setting: str) -> None:
    assert setting in [d.text for d in REC_SETTING.analyze(text)]


@pytest.mark.parametrize("text", ["The Virtual School was told.", "discussed with the Ward Manager on the ward",
                                  "the Adran Gwaith a Phensiynau letter", "Ward Round notes",
                                  # a Welsh unit named by its work (the youth offending unit), not a named setting
                                  "DC (Uned Troseddu Ieuenctid, y cyngor) a'r nyrs"])
def test_functions_and_roles_are_not_settings(text: str) -> None:
    assert REC_SETTING.analyze(text) == []


REC_SETTING = setting.recognizer()


def _found(text: str) -> list[str]:
    return [d.text for d in setting.recognizer().analyze(text)]


@pytest.mark.parametrize(("text", "name"), [
    ("Child P went to Fernhill Juniors Kids Club after school.", "Fernhill Juniors Kids Club"),
    ("The family worshipped at Ardmore Mission Hall on Sundays.", "Ardmore Mission Hall"),
    ("He marched with the band from Castle Street Orange Hall.", "Castle Street Orange Hall"),
    ("She trained at Port Ellen Sea Cadet Unit each summer.", "Port Ellen Sea Cadet Unit"),
    ("He was registered at Mill Road Surgery until 2021.", "Mill Road Surgery"),
    ("The baby was admitted to Lantern Ward overnight.", "Lantern Ward"),
    ("Both were moved to Ward 12B at midnight.", "Ward 12B"),
    ("Roedd hi wedi byw yng Nghartref Plant Bryn Haul cyn symud.", "Nghartref Plant Bryn Haul"),
    ("Cafodd ei symud i Uned Seren Fach dros dro.", "Uned Seren Fach"),  # a unit with a name of its own
    # a record header: the setting ends its line, and a capital on the next line is no part of it
    ("Behaviour log (export), Larchfield Academy\nPupil: K. Oduya", "Larchfield Academy"),
    ("To: DSL, Copperbeck Primary School\nRe: attendance", "Copperbeck Primary School"),
])
def test_halls_cadet_units_street_surgeries_wards_and_welsh_homes(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize("text", [
    "He joined the Air Cadets and the Sea Cadets at fourteen.",
    "The ward manager said Day Surgery was closed, and the reflective Good Practice session ran late.",
    "She was admitted to Day Ward for a short stay.",
])
def test_national_youth_bodies_and_kinds_of_ward_are_not_named_settings(text: str) -> None:
    assert _found(text) == []


# --- settings named in other languages and Welsh heads after a nasal mutation (issue 11) ---------------------

@pytest.mark.parametrize(("text", "name"), [
    ("The family worship at Biserica Adventistă Speranța on Saturdays.", "Biserica Adventistă Speranța"),
    ("Mass at Kościół Świętej Rodziny, then lunch.", "Kościół Świętej Rodziny"),
    ("He attends Madrasat Al-Huda after school.", "Madrasat Al-Huda"),
    ("She was at Igreja Nova Vida when the call came.", "Igreja Nova Vida"),
    ("Cafodd ei weld yn Nhŷ'r Ysgol ddydd Llun.", "Nhŷ'r Ysgol"),
])
def test_settings_named_in_other_languages_are_found(text: str, name: str) -> None:
    from anonymise.recognizers.setting import recognizer
    assert name in [d.text for d in recognizer().analyze(text)]


def test_a_house_in_welsh_prose_in_capitals_is_no_setting() -> None:
    from anonymise.recognizers.setting import recognizer
    assert recognizer().analyze("Roedd y Tŷ yn oer iawn.") == []


def test_junior_and_amateur_football_clubs_by_their_initials_are_settings() -> None:
    from anonymise.engine import Engine

    dets = Engine(fast=True).analyze("The welfare officer at Bramhall Badgers JFC knew the boy; so did Didsbury Rovers AFC.")
    settings = [d.text for d in dets if d.entity_type == "SETTING"]
    assert any(s.startswith("Bramhall Badgers JFC") for s in settings)
    assert any(s.startswith("Didsbury Rovers AFC") for s in settings)


@pytest.mark.parametrize("text, setting", [
    ("Mother was given the number for Silverdale Family Hub.", "Silverdale Family Hub"),
    ("He attended the Kurdish Youth Link Project on Fridays.", "Kurdish Youth Link Project"),
    ("She was a pupil at Bun-sgoil Ghleann Dail.", "Bun-sgoil Ghleann Dail"),
    ("The family worshipped at the Church of the Sacred Heart, Drumbeg.", "Church of the Sacred Heart"),
])
def test_more_heads_of_settings(engine, text: str, setting: str) -> None:
    assert any(setting in d.text for d in engine.analyze(text) if d.entity_type == "SETTING")


def test_a_denomination_and_a_town_in_apposition_are_no_settings(engine) -> None:
    text = "The Church of Scotland minister visited Lairg Primary School in Dornoch, a small school by the sea."
    settings = [d.text for d in engine.analyze(text) if d.entity_type == "SETTING"]
    assert settings == ["Lairg Primary School"]


@pytest.mark.parametrize("text, setting", [
    ("Child D attended Little Acorns ELC three days a week.", "Little Acorns ELC"),
    ("She was due to start at Kinloss Nursery Class in August.", "Kinloss Nursery Class"),
    ("He was enrolled at Marshland Tuition Centre for ten hours.", "Marshland Tuition Centre"),
    ("In the afternoons she went to Rainbow Childcare.", "Rainbow Childcare"),
    ("She moved to Birchwood, a semi-independent provision, in May.", "Birchwood"),
])
def test_early_years_tuition_and_supported_provision(engine, text: str, setting: str) -> None:
    assert any(setting in d.text for d in engine.analyze(text) if d.entity_type == "SETTING")


@pytest.mark.parametrize("text, setting", [
    ("From 2019 she attended Buttercup Pre-School on Mondays.", "Buttercup Pre-School"),
    ("2021–2022: HEDGEHOGS PRE-SCHOOL", "HEDGEHOGS PRE-SCHOOL"),
    ("He went to Teddy Bears Play Group with his nan.", "Teddy Bears Play Group"),
])
def test_pre_school_and_play_group_heads_with_hyphens_and_capitals(engine, text: str, setting: str) -> None:
    assert setting in [d.text for d in engine.analyze(text) if d.entity_type == "SETTING"]


@pytest.mark.parametrize("text, setting", [
    ("She was returned to Larchfield House (childrens home) by police.", "Larchfield House"),
    ("He moved to Cedar Grange children’s home in May.", "Cedar Grange"),
    ("22:05 MISSING FROM HOLLYBANK HOUSE (CHILDRENS HOME) SINCE 18:00 HRS", "HOLLYBANK HOUSE"),
    ("CHILD ATTENDED WILLOW LODGE (RESIDENTIAL UNIT) WITH STAFF", "WILLOW LODGE"),
])
def test_a_kind_of_care_without_its_apostrophe_and_the_verb_before_a_name_in_capitals(engine, text: str,
                                                                                       setting: str) -> None:
    # the setting's name alone: not the verb or preposition a log writes before it in capitals
    assert [d.text for d in engine.analyze(text) if d.entity_type == "SETTING"] == [setting]


def test_a_name_may_hold_a_capitalised_preposition(engine) -> None:
    text = "She spent two mornings a week at Home From Home Nursery."
    assert [d.text for d in engine.analyze(text) if d.entity_type == "SETTING"] == ["Home From Home Nursery"]


@pytest.mark.parametrize("text, setting", [
    ("At weekends she went to the Tolsta Free Church Sunday school.", "Tolsta Free Church"),
    ("He had three admissions to Puffin Ward between 2021 and 2023.", "Puffin Ward"),
])
def test_a_church_before_its_sunday_school_and_a_ward_after_admissions(engine, text: str, setting: str) -> None:
    assert setting in [d.text for d in engine.analyze(text) if d.entity_type == "SETTING"]


def test_the_with_its_capital_names_a_practice_and_a_toddler_group_is_a_setting(engine) -> None:
    text = ("Baby L was registered at The Willows Surgery at two weeks. Mother attends St Aidan's Toddler Group on "
            "Tuesdays. The review saw good practice. Reflective Practice was discussed.")
    settings = [d.text for d in engine.analyze(text) if d.entity_type == "SETTING"]
    assert any("Willows Surgery" in s for s in settings) and any("Toddler Group" in s for s in settings)
    assert not any("Practice" in s for s in settings)


@pytest.mark.parametrize("text", [
    "In March she was given a placement at Hollin Lodge, forty miles from her school.",
    "He went missing from Brackenbury House twice that week.",
    "The manager at Tarnside Grange rang the duty team.",
    "Amira returned to Hollin Lodge after midnight.",
])
def test_a_house_a_child_is_placed_in_or_missing_from_is_a_setting(text: str) -> None:
    spans = _texts(setting.recognizer(), text)
    assert len(spans) == 1 and spans[0].split()[-1] in ("Lodge", "House", "Grange")


def test_every_mention_of_the_placed_house_follows() -> None:
    text = "She was placed at Hollin Lodge in May. Staff said Hollin Lodge had no vacancy by June."
    assert _texts(setting.recognizer(), text) == ["Hollin Lodge", "Hollin Lodge"]


@pytest.mark.parametrize("text", ["She was placed at The Grange.", "He moved to Police House last year.",
                                  "The strategy meeting was held at Brackenbury House."])
def test_no_house_without_a_name_or_a_placement(text: str) -> None:
    assert _texts(setting.recognizer(), text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Seen by the practice nurse at Ashgrove for her injections.", ["Ashgrove"]),
    ("The manager at Little Acorns noted a bruise.", ["Little Acorns"]),
    ("He starts P2 at Ardmoray after the summer; the class teacher at Ardmoray phoned.", ["Ardmoray", "Ardmoray"]),
    ("A residential worker at Fernbrae sat with her each night.", ["Fernbrae"]),
])
def test_the_place_a_post_is_held_at_or_a_child_starts_at_is_a_setting(text: str, expected: list[str]) -> None:
    assert _texts(setting.recognizer(), text) == expected


@pytest.mark.parametrize("text", ["The GP at Ballymena saw him.", "Staff at Christmas were few.",
                                  "The nurse saw him at Mrs Okafor's home.", "The DSL at Young Person Q's school rang.",
                                  "She was a pupil at Gaelscoil na Míne."])
def test_no_setting_at_a_town_a_time_a_person_or_a_kind(text: str) -> None:
    assert all(t not in ("Ballymena", "Christmas", "Mrs Okafor", "Young Person Q", "Gaelscoil")
               for t in _texts(setting.recognizer(), text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Her only fixed point was a judo class at Red Dragon Dojo on Fridays.", ["Red Dragon Dojo"]),
    ("He went to Southside Spartans four nights a week until the move.", ["Southside Spartans"]),
    ("The family attended Zion Fellowship Hall every Sunday.", ["Zion Fellowship Hall"]),
])
def test_an_activity_at_a_place_or_a_place_gone_to_regularly_is_a_setting(text: str, expected: list[str]) -> None:
    assert _texts(setting.recognizer(), text) == expected


@pytest.mark.parametrize("text", ["The family attended Mass every Sunday.", "She went to Glasgow every weekend.",
                                  "He went to Nan's on Saturdays."])
def test_no_setting_in_a_religious_rite_a_town_or_a_home_gone_to_regularly(text: str) -> None:
    assert _texts(setting.recognizer(), text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("In June he was moved to Brackenlea, an emergency placement forty miles from home.", ["Brackenlea"]),
    ("She joined Northgate Flyers, a gymnastics club in the town.", ["Northgate Flyers"]),
    ("He liked Hillside Hub, a community project run by volunteers.", ["Hillside Hub"]),
])
def test_a_name_in_apposition_to_a_placement_project_or_club(text: str, expected: list[str]) -> None:
    assert _texts(setting.recognizer(), text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("He moved up from the village school, St Aidan's C of E, in Year 6.", ["St Aidan's C of E"]),
    ("Her first school was St Teilo's C in W Primary in the valley.", ["St Teilo's C in W Primary"]),
    ("The service, Larkhill House, offered twelve weeks of support.", ["Larkhill House"]),
    ("Her grandmother went to Eaglais Bhrìghde on the island.", ["Eaglais Bhrìghde"]),
])
def test_church_schools_a_service_by_its_house_and_gaelic_churches(text: str, expected: list[str]) -> None:
    spans = _texts(setting.recognizer(), text)
    assert expected[0] in spans and all(s in expected[0] for s in spans)  # (and nothing outside the setting)


@pytest.mark.parametrize(("text", "settings"), [
    ("The family registered with Meadowside Surgery; Day Surgery was booked for the boy.", ["Meadowside Surgery"]),
    ("A discharge letter from Poppy Ward, Lagan Valley Hospital, reached the GP.", ["Poppy Ward"]),
    ("He trained at Mill Road Boxing Gym and swam with Harbour Otters ASC. The Girl Guides met on Fridays.",
     ["Mill Road Boxing Gym", "Harbour Otters ASC"]),
    ("She went to Shore Lane Sea Scouts and to Jungle Jims Soft Play; the youth club met at Dromore Community Centre.",
     ["Shore Lane Sea Scouts", "Jungle Jims Soft Play", "Dromore Community Centre"]),
    ("He was placed at Heatherbank Cottage after the move.", ["Heatherbank Cottage"]),
])
def test_clubs_gyms_soft_play_registered_surgeries_wards_of_hospitals_and_cottages(text: str, settings: list[str]) -> None:
    assert [d.text for d in setting.recognizer().analyze(text)] == settings


@pytest.mark.parametrize(("text", "settings"), [
    ("3/10 Education. St Aidans (the school's own log) notes a bruise.", ["St Aidans"]),
    ("They moved to St Andrews, then to St Helens; St Patricks Day was a holiday.", []),
])
def test_a_saint_without_its_apostrophe_is_the_school_called_after_the_saint(text: str, settings: list[str]) -> None:
    assert [d.text for d in setting.recognizer().analyze(text)] == settings


@pytest.mark.parametrize(("text", "setting"), [
    ("In May he was placed at Glenard EOTAS Centre for mornings only.", "Glenard EOTAS Centre"),
    ("She moved to Rowanhill Secure Care Centre after the second incident.", "Rowanhill Secure Care Centre"),
    ("The family worshipped at New Hope Christian Centre every Sunday.", "New Hope Christian Centre"),
    ("He trained at the Lisnagelvin Boxing and Youth Club twice a week.", "Lisnagelvin Boxing and Youth Club"),
])
def test_centres_and_two_kind_clubs_are_settings(fast_engine, text: str, setting: str) -> None:
    assert setting in [d.text for d in fast_engine.analyze(text) if d.entity_type == "SETTING"]
