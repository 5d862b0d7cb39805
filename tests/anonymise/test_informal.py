"""Lower-case names in text messages and chat logs."""

from __future__ import annotations

import re

import pytest

from tests.anonymise.conftest import found

CHAT = ("Messages as written:\n12/11/22 23:41 @big.wood_07: u home yet\n23:43 YP D: nah at jade's\n"
        "23:43 @big.wood_07: tell jade i said sorry bout last nite\n23:50 @big.wood_07: need u to take sumthin to rio "
        "tmrw. u owe me for the charlie remember\n23:52 YP D: my nan says i cant go out. tell gracie she has a motor")


@pytest.mark.parametrize("name", ["jade", "gracie"])
def test_lower_case_names_in_messages(fast_engine, name: str) -> None:
    assert name in found(fast_engine.analyze(CHAT))


@pytest.mark.parametrize("word", ["said", "charlie", "cant", "nan", "tmrw", "sorry"])
def test_words_in_messages_are_not_names(fast_engine, word: str) -> None:
    assert word not in found(fast_engine.analyze(CHAT))


def test_welsh_messages(fast_engine) -> None:
    text = ("Roedd y negeseuon fel hyn:\n21:14 Mam: ti'n dod draw heno eira? dwi methu neud hyn\n21:20 eira: methu "
            "cyw, dwi'n gweithio tan 2. gofyn i ddai\n21:31 Mam: ma fo efo gwen eto. ma hin bwrw eira yn fama")
    names = found(fast_engine.analyze(text))
    assert {"eira", "ddai", "gwen"} <= set(names)
    assert "fama" not in names


def test_quoted_narrative_words_are_not_names(fast_engine) -> None:
    text = 'Summer says she "will not lie for anyone". Granny said "the house was full and nobody was looking".'
    names = found(fast_engine.analyze(text), "PERSON")
    assert "lie" not in names and "house" not in names


# a transcript without times: speakers take turns ("label: message"), one of them speaks more than once
TRANSCRIPT = ("The messages were copied from the phone as written.\n\n"
              "zed.kx: anyone seen callum tonite\nlil_mo: he went wiv tariq again\nzed.kx: tell tariq hes dead\n"
              "Child K: im at home\n\nzed.kx later deleted the account. Callum was not told.")


def test_a_conversation_without_times_is_read_as_messages(fast_engine) -> None:
    names = found(fast_engine.analyze(TRANSCRIPT), "PERSON")
    assert {"callum", "tariq", "zed.kx", "lil_mo"} <= set(names)
    assert names.count("zed.kx") == 3  # both turns and the later mention of the user name
    assert "Callum" in names  # the lower-case name of the messages is the same name in the prose


def test_labelled_lines_that_are_no_exchange_are_not_messages(fast_engine) -> None:
    text = "Date: 3 May 2023\nVenue: the civic centre\nOutcome: agreed with callum's plan for review\n"
    from anonymise.recognizers.informal import conversations

    assert conversations(text) == []  # three labels, none speaks twice: a form, not a conversation


def test_welsh_dialect_words_in_messages_are_not_names(fast_engine) -> None:
    text = "elin.b_06: pwy sy'n dod\ngruff_x: boi o'r ysgol arall\nelin.b_06: iawn\n"
    assert "boi" not in found(fast_engine.analyze(text), "PERSON")


def test_scots_words_in_messages_are_not_names(fast_engine) -> None:
    text = "mo.kay: whit time u finishing\nChild P: 4\nmo.kay: ken whit i mean\n"
    names = found(fast_engine.analyze(text), "PERSON")
    assert "whit" not in names and "ken" not in names and "mo.kay" in names


# a name the document already gives (a word of a handle that is a name, a name found in the prose) is the same
# name written in lower case in a message, a dictionary word too, where the message does something with it
@pytest.mark.parametrize(("text", "names"), [
    ("rook_pike.04: u out\nfen.x_22: cant. pike wont let me\nrook_pike.04: go round pikes then\n", ["pike", "pikes"]),
    ('snap from @willow.k_19: "meet willow n me at the park"\n\nThe sender was Willow Kerr, 17.', ["willow"]),
    ("eluned_99: ti'n dod heno?\nnia.b_07: methu, mae mam efo gwern\neluned_99: paid deud wrth wern\n\n"
     "Roedd Gwern Jones yn bartner i Mam. Dywedodd Mam fod Gwern yn aros yno.", ["gwern", "wern"]),
])
def test_a_name_the_document_gives_is_found_in_lower_case_in_messages(fast_engine, text: str,
                                                                         names: list[str]) -> None:
    dets = fast_engine.analyze(text)
    for n in names:
        s = re.search(r"(?<![\w.@])" + n + r"(?![\w.])", text).start()
        assert any(d.start <= s < d.end for d in dets), n


def test_a_found_name_as_a_word_after_a_determiner_or_pronoun_stays_a_word(fast_engine) -> None:
    text = 'Ms Hope Carr said the group had "no hope left" and "i hope it ends"; "every hope gone".'
    assert [d.text for d in fast_engine.analyze(text)] == ["Ms Hope Carr"]


def test_a_found_name_in_lower_case_after_an_article_is_a_word(fast_engine) -> None:
    text = ('Blythe Corrie (9) was seen at school. Her teacher called her "a blythe, chatty girl" and said '
            'Blythe "never stops talking".')
    people = [(d.start, d.text) for d in fast_engine.analyze(text) if d.entity_type == "PERSON"]
    assert (text.index("blythe,"), "blythe") not in people
    assert (text.rindex("Blythe"), "Blythe") in people


def test_words_named_as_words_and_verbs_before_an_infinitive_are_not_the_found_name(fast_engine) -> None:
    text = ('Merit Osei (12) and her cousin Joy attended. The reviewer notes that the terms "merit" and "joy" '
            'appear in the school\'s rewards policy, and that staff said they would "joy to see her back" was a typo.')
    people = [(d.start, d.text) for d in fast_engine.analyze(text) if d.entity_type == "PERSON"]
    assert (text.index('"merit"') + 1, "merit") not in people
    assert (text.index('"joy"') + 1, "joy") not in people
    assert (text.index('"joy to') + 1, "joy") not in people
    searched = 'Ivy Marsh (4) was seen. A records search for "ivy" found only an ivy plant in a garden log.'
    assert found(fast_engine.analyze(searched), "PERSON") == ["Ivy Marsh"]
    chat = "Chat:\n20:01 kels_x: ask joy to come\n20:02 mo.b_07: ok\n\nJoy Price was 15."
    assert (chat.index("joy"), "joy") in [(d.start, d.text) for d in fast_engine.analyze(chat)]


def test_a_found_name_after_an_intensifier_is_an_adjective(fast_engine) -> None:
    text = ("Blythe Corrie (14) was seen.\n\nChat:\n20:01 blythe.c_09: wit u think\n20:02 kels_x: u look pure blythe "
            "in that\n20:03 blythe.c_09: awfy blythe the day")
    people = [(d.start, d.text) for d in fast_engine.analyze(text) if d.entity_type == "PERSON"]
    assert (text.index("pure blythe") + 5, "blythe") not in people
    assert (text.index("awfy blythe") + 5, "blythe") not in people


def test_a_found_name_with_an_s_is_a_possessive_only_after_a_preposition_or_before_a_noun(fast_engine) -> None:
    text = ('Dawn Ellery (15) was seen. Her aunt said "it dawns on her later" and "we met at dawns after school"; '
            '"dawns mum was there".')
    people = [(d.start, d.text) for d in fast_engine.analyze(text) if d.entity_type == "PERSON"]
    uses = [m.start() for m in re.finditer(r"\bdawns\b", text)]
    assert (uses[0], "dawns") not in people  # a verb
    assert (uses[1], "dawns") in people and (uses[2], "dawns") in people


def test_a_given_names_possessive_without_apostrophe_before_a_noun_is_a_name(fast_engine) -> None:
    text = "Chat:\n20:01 kels_x: u comin\n20:02 mo.b_07: cant. not gettin in declans van again\n20:03 kels_x: ur vans a mess"
    names = found(fast_engine.analyze(text), "PERSON")
    assert "declans" in names and "vans" not in names


def test_a_name_found_in_one_message_is_found_in_the_others(fast_engine) -> None:
    text = ("Chat as written:\n19:02 jax_77: ask ruby if shes comin\n19:05 kel.b: ruby cant her dad took her fone\n"
            "19:07 jax_77: the ruby ring is mine tho\n19:09 kel.b: i ruby nothing")
    people = [(d.start, d.text) for d in fast_engine.analyze(text) if d.entity_type == "PERSON"]
    rubies = [m.start() for m in re.finditer(r"\bruby\b", text)]
    assert (rubies[0], "ruby") in people and (rubies[1], "ruby") in people  # "ask ruby", then "ruby cant"
    assert (rubies[2], "ruby") not in people  # after a determiner: the stone
    # Welsh "yn" follows any noun, so it shows no name
    cy = ("Negeseuon:\n20:01 Mam: ti'n dod heno gwawr?\n20:03 gwawr: methu, gofyn i nain\n"
          "20:09 Mam: ma hi'n torri gwawr yn fuan")
    spans = [(d.start, d.text) for d in fast_engine.analyze(cy) if d.entity_type == "PERSON"]
    assert (cy.rindex("gwawr"), "gwawr") not in spans


def test_a_name_the_prose_gives_opening_a_message_or_as_a_bare_possessive(fast_engine) -> None:
    text = ('The messages read: "party at vals sat" and "fern is drivin us there after".\n\n'
            "The review met Fern Akers (17) and Val Doyle (16) separately.")
    people = [(d.start, d.text) for d in fast_engine.analyze(text) if d.entity_type == "PERSON"]
    assert (text.index("fern"), "fern") in people  # opens a quoted message
    assert any(s == text.index("vals") for s, _ in people)  # "at vals": Val's, without its apostrophe


@pytest.mark.parametrize("text, word", [
    ("Chat:\n18:01 jo_99: am I goin\n18:02 kez.m: mum says 10 max\n18:03 jo_99: ok", "max"),  # a limit after a number
    ("Chat:\n18:01 jo_99: wer u goin\n18:02 kez.m: im stayin in\n18:03 jo_99: ok", "stayin"),  # a dropped g
    ("Chat:\n18:01 jo_99: u comin\n18:02 kez.m: naw am stuck on arran\n18:03 jo_99: ok", "arran"),  # an island
    ("Chat:\n18:01 jo_99: where u\n18:02 kez.m: walkin hame frae the shop\n18:03 jo_99: ok", "frae"),  # Scots
])
def test_message_words_that_look_like_names(fast_engine, text: str, word: str) -> None:
    assert word not in found(fast_engine.analyze(text), "PERSON")


def test_an_island_lived_on_is_no_person(fast_engine) -> None:
    text = "Eilidh Ross (4) was seen with her mother. The family then moved to stay with an aunt who lives on Eilidh."
    people = [(d.start, d.text) for d in fast_engine.analyze(text) if d.entity_type == "PERSON"]
    assert (text.rindex("Eilidh"), "Eilidh") not in people
    assert (0, "Eilidh Ross") in people


# an exported chat puts the date before the time: "[12/03/2024, 21:14] Name: …" (iPhone), "12/03/2024, 21:14 - Name: …"
@pytest.mark.parametrize("stamp", ["[04/07/2025, 20:11]", "04/07/2025, 20:11 -", "[04/07/2025, 20:11:36]"])
def test_an_exported_chat_with_dates(fast_engine, stamp: str) -> None:
    text = (f"Export from the family group:\n\n{stamp} Ivy Tanner: anyone seen kenzie today\n"
            f"{stamp} Rose Tanner: no. tyrone said she was at the park")
    names = found(fast_engine.analyze(text), "PERSON")
    assert "tyrone" in names and "kenzie" in names


@pytest.mark.parametrize("stamp", ["[04/08/2022, 23:10:52]", "11/03/2023, 22:43 -", "21:14"])
def test_a_timed_chats_senders_saved_in_lower_case_are_names(fast_engine, stamp: str) -> None:
    # the phone shows the label as typed: in lower case, a word-name is a sender as a capitalised one is
    text = (f"The download shows:\n{stamp} blaze 🔥: whos out\n{stamp} robin: me by the shop\n"
            f"{stamp} blaze 🔥: coming now")
    names = found(fast_engine.analyze(text), "PERSON")
    assert "blaze" in names and "robin" in names


def test_a_timed_logs_lower_case_headings_are_no_senders(fast_engine) -> None:
    text = "Night log:\n22:00 handover: all quiet on the unit\n23:30 checked: asleep, door ajar\n02:00 checked: asleep"
    assert found(fast_engine.analyze(text), "PERSON") == []


# a child's own words, written without capitals: the block is informal text, so its lower-case names are judged as
# a message's are (a given name; a word no list knows after "friend", "her name was")
OWN_WORDS = ("Child M's page, in her own words:\n\nmy page is about me and my family.\n\n"
             "I live with my nan and my brother callum and mums friend wozza. my teacher is mrs okonjo.\n\n"
             "on mondays I go to swimming with priya. then wozza picks me up. the new lady her name was trish.")


@pytest.mark.parametrize("name", ["callum", "wozza", "mrs okonjo", "priya", "trish"])
def test_lower_case_names_in_a_childs_own_words(fast_engine, name: str) -> None:
    names = found(fast_engine.analyze(OWN_WORDS), "PERSON")
    assert name in names


@pytest.mark.parametrize("word", ["swimming", "nan", "page", "mondays"])
def test_words_of_a_childs_own_words_are_not_names(fast_engine, word: str) -> None:
    assert word not in found(fast_engine.analyze(OWN_WORDS), "PERSON")


def test_formal_prose_with_abbreviations_is_not_a_lower_case_page(fast_engine) -> None:
    # lower case after "e.g." and a numbered list are no sign of writing without capitals
    text = ("The review considered several sources, e.g. school records and GP letters.\n\n"
            "The actions are:\n1. ensure the plan is shared\n2. review the plan in six weeks\n\n"
            "Agencies agreed, i.e. none objected. harper was not seen.")
    from anonymise.recognizers import informal
    assert informal.lower_case_pages(text) == []


def test_a_single_quoted_message_in_lower_case(fast_engine) -> None:
    text = "Child J told the nurse in May that 'rhys is the one who takes us' and would say no more."
    assert "rhys" in found(fast_engine.analyze(text), "PERSON")


@pytest.mark.parametrize("text, word", [
    ("Texts from Mother:\n20:01 Mam: how is the wee man\n20:02 Nain: fine, watching telly\n20:03 Mam: ok", "man"),
    ("Texts from Mother:\n20:01 Mam: how is he\n20:02 Nain: fine, watching telly\n20:03 Mam: ok", "telly"),
    ("Negeseuon:\n20:01 Mam: lle ma hi\n20:02 Nain: nath hi fynd allan\n20:03 Mam: iawn", "nath"),
    ("Call:\ncaller: its my wee brother hes not waking\nhandler: ok\ncaller: please", "hes"),
])
def test_message_nouns_verbs_and_contractions_are_not_names(fast_engine, text: str, word: str) -> None:
    assert word not in found(fast_engine.analyze(text), "PERSON")


# a contact saved as one letter: the sender of an exported chat, and that letter where the chat names the person
LETTER_CHAT = ("Messages (Mother's phone):\n14/08/2023, 21:02 - T: where r u\n14/08/2023, 21:05 - B: at the chippy wi R\n"
               "14/08/2023, 21:06 - T: is R the one with the car\n14/08/2023, 21:20 - B: ya\n\n"
               "The review established that 'T' was Mother, 'B' was Child E and 'R' was an adult male.")


def test_one_letter_chat_senders_are_people(fast_engine) -> None:
    spans = [(d.start, d.text) for d in fast_engine.analyze(LETTER_CHAT) if d.entity_type == "PERSON"]
    assert sum(1 for _, t in spans if t == "T") >= 3 and sum(1 for _, t in spans if t == "B") >= 3
    assert (LETTER_CHAT.index("wi R") + 3, "R") in spans and (LETTER_CHAT.index("'R'") + 1, "R") in spans


def test_question_and_answer_letters_are_no_senders(fast_engine) -> None:
    text = "Interview extract:\nQ: where were you that night\nA: at my nan's\nQ: who else was there\nA: nobody"
    assert found(fast_engine.analyze(text), "PERSON") == []


def test_names_in_lower_case_glossed_in_brackets(fast_engine) -> None:
    text = ("The messages name three children, in lower case: maisie (Child K, then 9), ava (her cousin) and theo "
            "(Child K's brother, then 13).")
    assert {"maisie", "ava", "theo"} <= set(found(fast_engine.analyze(text), "PERSON"))


@pytest.mark.parametrize("text, name", [
    ("Ronan (her brother, 6) was asleep upstairs. Ronan was not seen.", "Ronan"),
    ("Household: Jade, 41, my partner - Autumn, 15, my daughter", "Autumn"),
])
def test_a_word_name_glossed_with_a_relation(engine, text: str, name: str) -> None:
    assert found(engine.analyze(text), "PERSON").count(name) >= 1


def test_a_childs_own_page_names_by_naming_words(fast_engine) -> None:
    text = ("my page\n\nmy name is not here but everybody calls me kezzie. my dad is lils and my wee sister is "
            "rowan. there was a guy called tommo who stayed over. i live with my gran.")
    names = set(found(fast_engine.analyze(text), "PERSON"))
    assert {"kezzie", "lils", "tommo"} <= names
    assert "gran" not in names


def test_a_name_given_in_answer_to_a_name_question(fast_engine) -> None:
    text = ("Operator: Ambulance, is he breathing?\nCaller: i think so\nOperator: What's your name, pet?\n"
            "Caller: shania. shan. please\nOperator: Stay with him, Shania.")
    names = found(fast_engine.analyze(text), "PERSON")
    assert {"shania", "shan", "Shania"} <= set(names)
    assert "pet" not in names and "Operator" not in names


def test_a_possessive_without_its_apostrophe_before_a_relative_or_home(fast_engine) -> None:
    text = "Messages:\n22:01 Child: at pollys mums tonight\n22:05 Mam: ok"
    assert "polly" in found(fast_engine.analyze(text), "PERSON")


def test_a_noun_opening_a_note_is_no_known_surname(fast_engine) -> None:
    text = 'Mr Craig Walker lived alone. The nurse wrote "walker in hall, blocking door" twice.'
    dets = [(d.start, d.text) for d in fast_engine.analyze(text) if d.entity_type == "PERSON"]
    assert (text.index("walker"), "walker") not in dets


# a timed chat's sender labels: a name or nickname, with or without an emoji, in English or Welsh; not a role, a
# relationship, a pseudonym, a system label or a log's heading
SENDERS = ("19:58 – Nanna: where r u\n20:01 – Zibby ✨: bus\n20:03 – Nanna: zibby answer me\n"
           "20:10 – Child R: she's with me\n20:12 – Unknown: ok\n20:15 – YP R: gone now")


@pytest.mark.parametrize("name", ["Zibby", "zibby"])
def test_timed_chat_senders_are_people(fast_engine, name: str) -> None:
    assert name in found(fast_engine.analyze(SENDERS), "PERSON")


@pytest.mark.parametrize("label", ["Nanna", "Child R", "Unknown", "YP R"])
def test_roles_kin_pseudonyms_and_system_labels_are_no_senders(fast_engine, label: str) -> None:
    assert label not in found(fast_engine.analyze(SENDERS), "PERSON")


def test_a_log_with_timed_headings_has_no_senders(fast_engine) -> None:
    text = "Shift log.\n07:00 Handover: all quiet.\n21:00 Incident: R left by the fire door.\n22:00 Outcome: returned."
    names = found(fast_engine.analyze(text), "PERSON")
    assert not {"Handover", "Incident", "Outcome"} & set(names)


# a group chat quoted without times: its speakers are people too, with a decoration or a Scots "Wee"; roles,
# kin, pseudonyms and Welsh agent nouns (a 999 call's "Triniwr:" and "Galwr:") are not
GROUP_CHAT = ('Group chat "S1 Legends":\nZedd: anybody on the nite\nWee Fraz: aye efter ma tea\n'
              "Zedd: shut it\nWee Fraz: leave him\nMaw: get hame\nYP Z: naw\n\n"
              "Galwad 999:\nTriniwr: Heddlu, beth yw'r argyfwng?\nGalwr: plis dowch\nTriniwr: Iawn, lle wyt ti?")


def test_a_sender_quoted_as_a_display_name_is_that_sender(fast_engine) -> None:
    text = ("14/01/2023 21:02 bonnie: ye comin oot\n14/01/2023 21:08 bonnie: aye\n\n"
            "The review notes that the display name 'bonnie' is also an everyday Scots word. It was saved for a "
            "friend, Bonnie McAlpine.")
    assert found(fast_engine.analyze(text), "PERSON").count("bonnie") == 3


def test_an_indented_chat_in_lower_case_names_its_senders(fast_engine) -> None:
    text = ("Messages found on the phone:\n\n  sunny: u coming out 2nite\n  ruby: cant mum took my charger\n"
            "  sunny: ill get u one\n  ruby: ok 10 mins\n  mum: where r u\n")
    names = found(fast_engine.analyze(text), "PERSON")
    assert names.count("sunny") == 2 and names.count("ruby") == 2 and "mum" not in names


def test_indented_yaml_keys_are_no_chat(fast_engine) -> None:
    text = ("actions:\n  - id: A1\n    owner: Team manager\n    due: soon\n    status: open\n"
            "  - id: A2\n    owner: Team manager\n    due: later\n    status: open\n")
    assert found(fast_engine.analyze(text), "PERSON") == []


def test_a_short_form_of_a_sender_is_that_sender(fast_engine) -> None:
    text = ("Lozzaa 🦋: cant my mum is on one\njas.m.04: loz dont go babe fr\nLozzaa 🦋: k\n\n"
            "Her sister said: \"That was her. Loz. Everyone called her Lozzaa online.\"")
    names = found(fast_engine.analyze(text), "PERSON")
    assert "loz" in names and "Loz" in names


def test_an_unknown_lower_case_word_before_says_is_a_name(fast_engine) -> None:
    text = "14/01/2023 21:02 bonnie: ye comin oot\n14/01/2023 21:05 bonnie: lachie says hes got a motor"
    assert "lachie" in found(fast_engine.analyze(text), "PERSON")


@pytest.mark.parametrize("name", ["Zedd", "Wee Fraz"])
def test_untimed_group_chat_speakers_are_people(fast_engine, name: str) -> None:
    assert name in found(fast_engine.analyze(GROUP_CHAT), "PERSON")


@pytest.mark.parametrize("label", ["Maw", "YP Z", "Triniwr", "Galwr", "Galwad"])
def test_untimed_roles_kin_and_welsh_agent_nouns_are_no_speakers(fast_engine, label: str) -> None:
    assert label not in found(fast_engine.analyze(GROUP_CHAT), "PERSON")


def test_welsh_chat_sender_who_is_a_welsh_word(engine) -> None:
    text = ("Sgwrs ar y ffôn, fel y'i hanfonwyd:\n[18:02] Heledd: ti'n dod allan\n[18:04] Tarw: ella. dad yn flin\n"
            "[18:05] Heledd: pam\n[18:07] Tarw: dim byd. ma fo'n iawn")
    assert "Tarw" in found(engine.analyze(text), "PERSON")


def test_a_name_given_in_answer_to_who_is_this(fast_engine) -> None:
    text = "23:10 – Mum: who is this\n23:11 – +44 7700 900 431: Brankie\n23:12 – Mum: where is she"
    assert "Brankie" in found(fast_engine.analyze(text), "PERSON")


@pytest.mark.parametrize("text, name", [
    ("21:05 kezza: is willow gonnae be there\n21:06 YP: dunno\n21:07 kezza: ok", "willow"),
    ("21:05 kezza: where u at\n21:06 YP: home\n21:07 kezza: get jasper to bring it", "jasper"),
    ("[20:41] mum: is ruby back yet\n[20:43] sis: no\n[20:44] mum: ring me", "ruby"),
    ("[20:41] mum: where r u\n[20:43] sis: poppy is comin round later\n[20:44] mum: ok", "poppy"),
])
def test_a_message_that_asks_where_someone_is_or_gets_them_to_do_something(engine, text: str, name: str) -> None:
    assert name in found(engine.analyze(text), "PERSON")


def test_a_season_that_is_here_is_the_season(engine) -> None:
    text = "[20:41] mum: is tea ready\n[20:43] sis: summer is here lol\n[20:44] mum: ok"
    assert found(engine.analyze(text), "PERSON") == []


@pytest.mark.parametrize("text, name", [
    ("'nobody listened. me and faith used to walk to school every day. nobody asked about faith.'", "faith"),
    ("21:05 kezza: me n lucky by the shop\n21:06 YP: k\n21:07 kezza: ok", "lucky"),
])
def test_me_and_a_word_name_in_a_childs_own_words(engine, text: str, name: str) -> None:
    assert name in found(engine.analyze(text), "PERSON")


def test_an_age_said_of_a_word_name_in_a_lower_case_note(fast_engine) -> None:
    note = ("'yp seen at hostel. says she was out with brook and two older lads. says brook is 17 and has a car. "
            "did not want to say more. will see again fri.'")
    assert found(fast_engine.analyze(note), "PERSON") == ["brook", "brook"]


def test_a_number_said_of_a_word_after_a_determiner_is_no_age(fast_engine) -> None:
    note = "'seen at home. says the brook is 2 and a half miles away and floods. will visit fri.'"
    assert found(fast_engine.analyze(note), "PERSON") == []


def test_someone_from_the_childs_year_or_class_is_a_name(fast_engine) -> None:
    note = "'met yp in town. says wren and her mates were there. brook from her class was there 2 and left early.'"
    assert "brook" in found(fast_engine.analyze(note), "PERSON")
    assert found(fast_engine.analyze("She said Brook from her class was there."), "PERSON") == ["Brook"]
    assert found(fast_engine.analyze("He got hope from his church and his faith."), "PERSON") == []


def test_an_before_a_consonant_is_and_in_scots_and_messages(fast_engine) -> None:
    text = ("Interviewer: Can you tell me about Saturday?\nChild K: me an brook went doon the shore efter tea.\n"
            "Interviewer: What happened then?\nChild K: a man came. brook didnae want tae go wi him.\n\n"
            "The record later named the friend as Brook Tennant (aged 10).")
    assert found(fast_engine.analyze(text), "PERSON") == ["brook", "brook", "Brook Tennant"]
    # an article still makes a word of it: "an orchard", "an hour"
    assert found(fast_engine.analyze("Child K: we went tae an orchard for an hour."), "PERSON") == []


@pytest.mark.parametrize(("note", "name"), [
    ("'my worries: when mum and dad fight. when holly cries at night. when the car breaks.'", "holly"),
    ("'it was loud. mum was shouting and jasper kicked the door in. i hid upstairs.'", "jasper"),
])
def test_what_only_a_person_does_said_of_a_word_name_in_a_childs_words(fast_engine, note: str, name: str) -> None:
    assert name in found(fast_engine.analyze(note), "PERSON")


def test_weather_that_hits_is_no_person(fast_engine) -> None:
    note = "'it was cold. the storm hit the windows all night and mum shouted at the dog. we hid upstairs.'"
    assert "storm" not in found(fast_engine.analyze(note), "PERSON")


def test_who_sent_a_message_is_a_person_in_lower_case(fast_engine) -> None:
    text = "Messages on the phone:\n[12/03/2024, 21:14] Mum: where r u\n[12/03/2024, 21:20] Mum: voice note sent by ivy says shes ok"
    assert found(fast_engine.analyze(text), "PERSON") == ["ivy"]


def test_a_name_found_in_a_paragraph_typed_without_capitals_is_found_at_its_other_uses(fast_engine) -> None:
    text = ("His own account, as he wrote it:\n\nme n rowan went tae the shop efter school. rowan says its fine. "
            "the polis came and rowan ran. we hid under the rowan tree.\n\n"
            "The rowan tree outside the school was cut down.")
    assert [(d.text, d.start) for d in fast_engine.analyze(text) if d.entity_type == "PERSON"] == [
        ("rowan", 39), ("rowan", 77), ("rowan", 117)]


@pytest.mark.parametrize(("text", "expected"), [
    # a surname that is a word too, after "mr" or "mrs", in notes typed in lower case
    ("12/09/24 11:00 hv. baby settled, feeding well. mrs bell at home, mr wood at work. no concerns.",
     ["mrs bell", "mr wood"]),
    # not a character on television, nor a word after "miss"
    ("12/09/24 19:00 tc with yp. says she watched mr bean with her nan. didnt want to miss school tomorrow.", []),
])
def test_a_word_surname_after_a_lower_case_title(fast_engine, text: str, expected: list[str]) -> None:
    assert found(fast_engine.analyze(text), "PERSON") == expected
