"""Abbreviations of posts, agencies and systems (recognizers/acronyms.py, data/acronyms.tsv): not people."""

from __future__ import annotations

import pytest

from anonymise.recognizers import acronyms, person
from tests.anonymise.conftest import found


def test_every_row_has_a_kind_an_expansion_and_a_source() -> None:
    table = acronyms.table()
    assert len(table) > 300
    assert {kind for kind, _ in table.values()} <= set(acronyms.KINDS)
    assert all(exp.strip() for _, exp in table.values())


def test_the_person_recognizer_reads_its_abbreviations_from_the_data() -> None:
    assert {"CSWO", "NIHE", "IRO", "LADO", "GP"} <= person.ACRONYMS
    assert "STORM" not in person.ACRONYMS  # a system named by a word that is a child's name too


@pytest.mark.parametrize("word", ["CSWO", "PBNI", "RQIA", "KLOE", "SENCO", "NWAS", "WAST", "BSO"])
def test_three_letters_or_more_are_never_a_person(word: str) -> None:
    assert acronyms.never_a_person(word)


@pytest.mark.parametrize("word", ["SM", "AP", "Storm", "STORM", "Jas"])
def test_two_letters_and_word_systems_are_left_to_the_text(word: str) -> None:
    assert not acronyms.never_a_person(word)


@pytest.mark.parametrize("text", [
    "Apologies: PBNI; Education Authority.\n\nPBNI confirmed that the report was shared.",
    "Panel notes. Present: Chair; Lead Reviewer; CSWO (Council); QIO; DSL. The CSWO said the plan was late. "
    "PBNI agreed to share the pre-sentence report and RQIA would be told.",
    "Attendees: Vice-chair (Board); Independent Reviewer; NIGALA; CELCIS. NIGALA described the delay.",
])
def test_posts_and_agencies_in_minutes_are_not_people(engine, text: str) -> None:
    assert found(engine.analyze(text), "PERSON") == []


@pytest.mark.parametrize(("text", "system"), [
    ("ATHENA OCCURRENCE 55-12 RAISED AT 0300.", "ATHENA"),
    ("The Athena record shows a call at 03:00.", "Athena"),
    ("Two NICHE entries were linked on NICHE by the analyst.", "NICHE"),
    ("Force: Kent Police. System: ATHENA. Log ref 4411.", "ATHENA"),  # a field that names the system
])
def test_a_system_named_by_a_word_is_the_system_before_a_record_noun(text: str, system: str) -> None:
    spans = acronyms.system_spans(text)
    assert spans and text[spans[0][0]:spans[0][1]] == system


def test_the_same_word_is_still_a_childs_name_elsewhere() -> None:
    text = "ATHENA OCCURRENCE 55-12. CHILD ATHENA ROSE (5) ASLEEP UPSTAIRS."
    assert [text[s:e] for s, e in acronyms.system_spans(text)] == ["ATHENA"]
