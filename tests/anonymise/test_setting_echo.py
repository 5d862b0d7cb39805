"""Settings echoed in lower case in messages (recognizers/setting_echo.py)."""

from __future__ import annotations

import pytest

from tests.anonymise.conftest import found

CHAT = ("Messages recovered from the phone:\n\n"
        "jaxx_09: r u at {a} 2moro\n"
        "lils.k: ye but meet me outside {b} after\n"
        "jaxx_09: k\n\n")


def test_a_setting_the_review_names_is_found_in_lower_case_in_the_messages(fast_engine) -> None:
    text = CHAT.format(a="kestrel", b="the shop") + "Both girls attended Kestrel Park Academy in 2022."
    assert "kestrel" in found(fast_engine.analyze(text), "SETTING")


def test_a_saint_after_a_preposition_in_a_message_is_a_setting(fast_engine) -> None:
    text = CHAT.format(a="home", b="st bedes") + "The review spoke to both girls."
    assert "st bedes" in found(fast_engine.analyze(text), "SETTING")


def test_the_same_word_outside_messages_or_without_a_setting_is_left_alone(fast_engine) -> None:
    text = CHAT.format(a="kestrel", b="the shop") + "The girls talked about a kestrel they had seen."
    assert found(fast_engine.analyze(text), "SETTING") == []


def test_a_house_named_in_full_is_its_name_alone_elsewhere(fast_engine) -> None:
    text = ("Young Person Y moved to Craigmount House, a children's house. From her journal: \"New place. Craigmount "
            "is alright I suppose.\" Health visiting came from Stornoway and Balivanich, near Balivanich Free Church Hall.")
    settings = [d.text for d in fast_engine.analyze(text) if d.entity_type == "SETTING"]
    assert settings.count("Craigmount") == 1  # the house by its name alone
    assert "Balivanich" not in settings  # a hall named after its village: the village stays a village


@pytest.mark.parametrize("text, expected", [
    ("27/02/2023: St Winifred's made a referral to the MASH.", ["St Winifred's"]),
    ("The St Patrick's Day parade; they lived near St John's Wood and St Helens.", []),
])
def test_a_saint_with_a_possessive_alone_is_a_setting(fast_engine, text, expected) -> None:
    assert [d.text for d in fast_engine.analyze(text) if d.entity_type == "SETTING"] == expected
