"""The one table of words for relatives, and the rules that read it."""

from __future__ import annotations

import re

import pytest

from anonymise.recognizers import kin
from tests.anonymise.conftest import found


def test_a_word_is_never_cut_short_by_a_shorter_one_it_begins_with() -> None:
    alternation = kin.words(kin.GRANDPARENTS)
    for word in ("nan", "nana", "nanny", "gran", "granny", "grandad", "grandmother"):
        assert re.match(r"(?:" + alternation + r")\b", word + " said").group() == word


def test_shared_beginnings_are_written_once() -> None:
    assert kin.words(kin.GRANDPARENTS) == "gran(?:d(?:ad|father|m(?:a|other)|pa)|ny)?|nan(?:a|ny)?"
    assert not re.fullmatch(r"(?:" + kin.words(kin.GRANDPARENTS) + r")", "grandmot")


@pytest.mark.parametrize(("word", "plural"), [("granny", "grannies"), ("aunty", "aunties"), ("child", "children"),
                                               ("wife", "wives"), ("cousin", "cousins"), ("half-sister", "half-sisters")])
def test_plurals_of_relatives(word: str, plural: str) -> None:
    assert re.fullmatch(r"(?:" + kin.words(frozenset({word}), plural=True) + r")", plural)


def test_extra_words_join_the_groups_and_are_escaped() -> None:
    alternation = kin.words(kin.PARTNERS, "ex-partner lodger")
    assert re.fullmatch(r"(?:" + alternation + r")", "ex-partner")
    assert re.fullmatch(r"(?:" + alternation + r")", "lodger")
    assert not re.fullmatch(r"(?:" + alternation + r")", "exapartner")


def test_every_relative_is_in_one_group_of_the_whole() -> None:
    groups = (kin.PARENTS, kin.STEP_PARENTS, kin.GRANDPARENTS, kin.SIBLINGS, kin.CHILDREN, kin.EXTENDED, kin.PARTNERS)
    assert kin.RELATIVES == frozenset().union(*groups)
    assert {"nanny", "aunty", "mummy", "half-sibling", "stepson"} <= kin.RELATIVES


def test_initials_before_any_spelling_of_a_relative_in_brackets_are_a_person(fast_engine) -> None:
    # the letters spell posts (Assistant Director, health visitor); the bracket says a relative holds them
    text = "Present at the meeting: AD (aunty), HV (nanny), SW (social worker)."
    assert found(fast_engine.analyze(text), "PERSON") == ["AD", "HV"]


def test_a_relative_named_after_any_spelling_of_the_kinship(fast_engine) -> None:
    assert found(fast_engine.analyze("Aunty, Grace, came in with the baby."), "PERSON") == ["Grace"]
    assert found(fast_engine.analyze("Nanny, Ruth, came in with the baby."), "PERSON") == ["Ruth"]
