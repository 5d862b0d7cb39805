"""Social media handles and usernames are PERSON findings; emails, files, web addresses and numbers are not."""

from __future__ import annotations

import pytest

from anonymise.recognizers.handle import recognizer
from tests.anonymise.conftest import found

REC = recognizer()


@pytest.mark.parametrize(("text", "handle"), [
    ("The sender used two Snapchat accounts, @big.wood_07 and others.", "@big.wood_07"),
    ("two accounts, @big.wood_07 and kaydn.fisher__, both later linked", "kaydn.fisher__"),
    ("30/07/22 19:03 shaney_boy.92: wheres the wain", "shaney_boy.92"),
    ("the account had since been renamed th.2005.official. 4. LMcG noted", "th.2005.official"),
    ("messaged by tommy_h_2005, offering work", "tommy_h_2005"),
    ("He had previously used the handle @rossy.mcg and was", "@rossy.mcg"),
    ("at y cyfrif @gwenno.x.llyn yn gofyn", "@gwenno.x.llyn"),
    ("cyfrif newydd, tjxx_2, wedi ymddangos", "tjxx_2"),
    ("an account called ayrshire_rebel77 on Instagram", "ayrshire_rebel77"),
    ("caoimhe_x_bfs: hi hun u ok", "caoimhe_x_bfs"),
])
def test_handles_are_found(text: str, handle: str) -> None:
    assert handle in [d.text for d in REC.analyze(text)]


@pytest.mark.parametrize("text", [
    "email jo.bloggs@example.org now", "see report_v2.docx and www.gov.uk", "section 4.2.1 and 1.5 and v2.1",
    "at 10.30am", "e.g. the plan", "under s.47 and para.3", "below the 0.4th centile", "SOS_CARE ID 2210394",
    "the file Child_A was", "a ratio of 3.5", "i.e. none", "  lead_agency: Hackney", "age_at_incident: 2", "susr_type: extended", "see local_authority.name and lead_practitioner.role",
])
def test_lookalikes_are_not_handles(text: str) -> None:
    assert REC.analyze(text) == []


def test_keys_of_a_data_file_are_not_handles() -> None:
    text = "review:\n  timeline_start: 2023-01-01\n  timeline_end: 2023-06-30\n  notified_ofsted: 2023-02-01\n"
    assert REC.analyze(text) == []


# --- decorated gamer tags (issue 11): the decorations make a handle of words no field name has, and the name
# inside is then used alone -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "handle"), [
    ("He games with someone called xX_Viper_Xx most nights.", "xX_Viper_Xx"),
    ("Her Roblox name was x_moon.light_x until June.", "x_moon.light_x"),
    ("The account XxX_Phantom_XxX sent the gift cards.", "XxX_Phantom_XxX"),
])
def test_decorated_gamer_tags_are_handles(text: str, handle: str) -> None:
    from anonymise.recognizers.handle import recognizer
    assert handle in [d.text for d in recognizer().analyze(text)]


def test_the_name_inside_a_decorated_tag_is_found_alone_and_plain_fields_are_not() -> None:
    from anonymise.recognizers.handle import recognizer
    text = "A player called xX_Viper_Xx messaged him. Later Viper asked for photos. The field lead_agency is blank."
    found = [d.text for d in recognizer().analyze(text)]
    assert found == ["xX_Viper_Xx", "Viper"]


@pytest.mark.parametrize(("text", "handle", "uses"), [
    # a user name without separators, named as one, then each use of it
    ("On PSN his username was KieranT2009; later KieranT2009 blocked her.", "KieranT2009", 2),
    ("The gamertag: NightOwl77. NightOwl77 then asked for photos.", "NightOwl77", 2),
    ("a handle called ShadowFox, and ShadowFox sent the link", "ShadowFox", 2),
])
def test_a_user_name_named_as_one_is_found_in_every_use(text: str, handle: str, uses: int) -> None:
    assert [d.text for d in recognizer().analyze(text)].count(handle) == uses


@pytest.mark.parametrize("text", [
    "His username was not recorded by the school.",
    "The handle broke on the door.",
])
def test_user_name_words_without_a_name_after_them(text: str) -> None:
    assert recognizer().analyze(text) == []


def test_a_given_name_a_handle_is_made_of_is_that_person_capitalised_in_the_prose(fast_engine) -> None:
    text = ("Messages:\n19:02 brook.t_2009: outside now\n19:03 Child F: ok\n\n"
            'Child F told staff that "Brook from the flats" picked her up. Staff did not know who Brook was.')
    people = [(d.start, d.text) for d in fast_engine.analyze(text) if d.entity_type == "PERSON"]
    assert (text.index("Brook from"), "Brook") in people and (text.rindex("Brook"), "Brook") in people


def test_handles_without_digits_named_as_accounts_or_chat_senders(engine) -> None:
    text = ("He used a second account, sam.k.offical, and the boy's own handle, tom_the_wizard, was shared.\n"
            "[21:02] sam.k.offical: u there?\n[21:03] tom_the_wizard: ye")
    names = found(engine.analyze(text), "PERSON")
    assert names.count("sam.k.offical") == 2 and names.count("tom_the_wizard") == 2


def test_public_bodies_accounts_are_no_people(engine) -> None:
    text = "Share the summary through @NSPCC, @SafeguardingWales and @HeddluGwentPolice; Child M followed @JadeNI."
    names = found(engine.analyze(text), "PERSON")
    assert names == ["@JadeNI"]


@pytest.mark.parametrize("text, name", [
    ("Her second account was mizzy04 on TikTok.", "mizzy04"),
    ("He added her on Snapchat: tayo.k and sent money.", "tayo.k"),
    ("The group was called the crew: bazza.live, @jonno_22 and wiz7tre.", "bazza.live"),
    ("The group was called the crew: bazza.live, @jonno_22 and wiz7tre.", "wiz7tre"),
])
def test_user_names_on_a_platform_or_listed_with_handles(fast_engine, text: str, name: str) -> None:
    assert name in found(fast_engine.analyze(text), "PERSON")


@pytest.mark.parametrize("text, word", [
    ("See para.3 and s.47 on Snapchat policy.", "s.47"),
    ("Reports of covid19, mp3 and @jonno_22 were logged.", "mp3"),
])
def test_references_beside_platforms_or_handles_are_not_user_names(fast_engine, text: str, word: str) -> None:
    assert word not in found(fast_engine.analyze(text), "PERSON")


@pytest.mark.parametrize("text, expected", [
    # underscores at both ends around a dotted or numbered core: a user name
    ("The analyst told us the account _mikey.b_ belonged to a man.", ["_mikey.b_"]),
    ("a second account, _d.a.v.e_, was set up a week later", ["_d.a.v.e_"]),
    # Markdown emphasis and Python names are not
    ("It was _very_ clear that the plan had _not_ been shared.", []),
])
def test_handles_wrapped_in_underscores(text, expected):
    assert [d.text for d in recognizer().analyze(text)] == expected


def test_a_handle_made_of_a_name_is_that_person_in_the_prose(fast_engine):
    text = ("The account _mikey.b_ belonged to a man. The worker had heard Child P mention Mikey many times. "
            "She followed @SafeguardingNI; SafeguardingNI posts advice.")
    names = found(fast_engine.analyze(text), "PERSON")
    assert "Mikey" in names and "SafeguardingNI" not in names


@pytest.mark.parametrize("text, expected", [
    ("Her pal showed me a screenshot: display name 'JD 🔥'. Can we add emoji? JD 🔥 type thing.", ["JD 🔥", "JD 🔥"]),
    ("deio on Insta, display name 'R H Y S 💸', has been getting him to run.", ["R H Y S 💸"]),
    ("A number saved as 'Boss' was found; his display name was \"Raven\"; display name 'Mum'.", []),
])
def test_a_quoted_display_name_is_a_person_whatever_it_holds(text, expected):
    assert [d.text for d in recognizer().analyze(text) if d.recognizer == "handle"] == expected


def test_a_platforms_mentions_of_everyone_are_no_handles():
    text = "The server showed '@everyone' and '@here' pings; @dex_77 replied to them."
    assert [d.text for d in recognizer().analyze(text)] == ["@dex_77"]


@pytest.mark.parametrize("text, expected", [
    ("R was contacted on Snapchat, where the account used the name deezy.mgmt.", ["deezy.mgmt"]),
    ("There was also a TikTok, scouted_by_dee, that the police did not trace.", ["scouted_by_dee"]),
    ("Her Snapchat name was kez.xo and her Instagram handle was kez_xo.", ["kez.xo", "kez_xo"]),
    ("Her Instagram account, which the school knew, was private.", []),
])
def test_a_user_name_the_text_gives_after_a_platform_or_as_the_name_used(text, expected):
    assert [d.text for d in recognizer().analyze(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("He was found on Instagram under the display name 'J4Y KING'.", ["J4Y KING"]),
    ("Child H had his own gaming account, H4RRY_B, through which he was contacted.", ["H4RRY_B"]),
    ("The SOS_CARE label and the CP_PLAN field were blank.", []),
])
def test_a_name_spelt_with_digits_is_a_handle_even_in_capitals(text, expected):
    assert [d.text for d in recognizer().analyze(text)] == expected


def test_discord_tags_and_wrapped_gamer_names_are_handles():
    text = "A friend called xXShadowKingXx (Discord tag shadowking#4471) sent him Robux. Issue #1234 was closed."
    assert [d.text for d in recognizer().analyze(text)] == ["xXShadowKingXx", "shadowking#4471"]


def test_a_display_name_after_a_comma_and_words_joined_by_a_dot() -> None:
    from anonymise.recognizers import handle

    text = "Child Z's own TikTok display name, 'bee.xoxo', was known to her social worker; the file was plan.docx."
    assert [d.text for d in handle.recognizer().analyze(text)] == ["bee.xoxo"]


@pytest.mark.parametrize(("text", "handle"), [
    ("She gave police the second account he used, jord.walker, in June.", "jord.walker"),
    ("Rhoddodd enw'r cyfrif a ddefnyddiwyd ganddi, seren.fach, i'r heddlu.", "seren.fach"),
])
def test_a_user_name_after_the_words_that_describe_its_account(text: str, handle: str) -> None:
    assert [d.text for d in REC.analyze(text)] == [handle]


def test_a_file_after_an_account_word_is_no_handle() -> None:
    assert REC.analyze("The account he used, report.pdf, was sent to the panel.") == []


def test_dotted_user_names_without_digits_in_a_text_about_accounts() -> None:
    text = ("Her Instagram account follows jaz.b.official and lewi_moves.bfs; he added her as 'kxrn.x'. "
            "Staff wrote home.she said no, and the file report.final was saved.")
    assert [d.text for d in recognizer().analyze(text)] == ["jaz.b.official", "lewi_moves.bfs", "kxrn.x"]


def test_dotted_words_outside_a_text_about_accounts_are_no_user_names() -> None:
    assert recognizer().analyze("Staff wrote home.she said no; see appendix.b and mum.dad for the rest.") == []


def test_a_contact_saved_as_a_relative_and_a_letter_is_someone() -> None:
    text = "His phone held a contact saved as 'Cousin R 🔥' and one saved as 'Mum'. Cousin R sent the money."
    assert [d.text for d in recognizer().analyze(text)] == ["Cousin R", "Cousin R"]


def test_took_account_of_is_no_text_about_accounts_and_a_data_key_is_no_user_name() -> None:
    text = ("The review took account of the plan; see section.b of the guidance. "
            "- {date: 2024-05-02, agency_cy: \"Heddlu\", event_cy: \"Daeth\"} on her Instagram account.")
    assert recognizer().analyze(text) == []
