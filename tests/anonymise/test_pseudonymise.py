"""Pseudonymisation: replacements keep the grammar; problems are reported; the result is stable."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from anonymise.keyfile import parse_key
from anonymise.keymatch import KeyMatcher, matcher_for
from anonymise.pseudonymise import is_sentence_start, pseudonymise_text, pseudonymise_yaml

KEY = parse_key(
    """
people:
  - pseudonym: Child A
    names: [Jayden Okafor]
    aliases: [JJ]
    dates_of_birth: [2019-03-03]
  - pseudonym: Mother
    names: [Grace Okafor]
  - pseudonym: Father
    names: [James Wiśniewski]
places:
  - pseudonym: the family home
    names: ["14 Elm Close, Cardiff CF10 1AA"]
settings:
  - pseudonym: the primary school
    names: ["St Bride's Primary School"]
identifiers: ["943 476 5919"]
public: ["Dr Ann Reviewer"]
"""
)
INCIDENT = dt.date(2023, 5, 1)

ROWS = [
    ("Jayden's bedroom.", "Child A's bedroom."),
    ("Jayden’s bedroom.", "Child A’s bedroom."),
    ("We spoke to Mrs Okafor today.", "We spoke to Mother today."),
    ("We spoke to Mrs. Grace Okafor today.", "We spoke to Mother today."),
    ("James' car was outside.", "Father's car was outside."),
    ("Mr Wisniewski said.", "Father said."),
    ("JAYDEN OKAFOR", "CHILD A"),
    ("seen by J.O. and J. Okafor", "seen by Child A and Child A"),
    ("seen by J.O. The next day", "seen by Child A. The next day"),
    ("seen by J.O.\n\nNext", "seen by Child A.\n\nNext"),
    ("seen by J.O.", "seen by Child A."),
    ("She went to 14 Elm Close.", "She went to the family home."),
    ("14 Elm Close was cold.", "The family home was cold."),
    ("It was cold. 14 Elm Close was cold.", "It was cold. The family home was cold."),
    ("It was cold.\n\n14 Elm Close was cold.", "It was cold.\n\nThe family home was cold."),
    ("It was cold at\n14 Elm Close in May.", "It was cold at\nthe family home in May."),
    ("- 14 Elm Close was cold.", "- The family home was cold."),
    ("## 14 Elm Close", "## The family home"),
    ("Seen by Dr. 14 Elm Close", "Seen by Dr. the family home"),
    ('He said "14 Elm Close is home."', 'He said "14 Elm Close is home."'.replace("14 Elm Close", "the family home")),
    ("at the St Bride's Primary School", "at the primary school"),
    ("her St Bride's teacher", "her primary school teacher"),
    ("St Brides Primary phoned.", "The primary school phoned."),
    ("NHS number 943-476-5919.", "NHS number [identifier removed]."),
    ("Child A was born on 3 March 2019.", "Child A was born."),
    ("Child A was born on 3 March 2019 at 38 weeks.", "Child A was born at 38 weeks."),
    ("Child A (born 03/03/2019) lived", "Child A (aged 4 years at the time of the incident) lived"),
    ("Born on 3rd March 2019, Child A", "Aged 4 years at the time of the incident, Child A"),
    ("DOB: 03/03/2019.", "Aged 4 years at the time of the incident."),
    ("On 3 March 2019 Child A was born.", "On [date of birth removed] Child A was born."),
    ("Dr Ann Reviewer met Jayden.", "Dr Ann Reviewer met Child A."),
    ("Jaydne was seen.", "Child A was seen."),
    ("Jaydne Okafor was seen.", "Child A was seen."),
    ("Child A and Mother.", "Child A and Mother."),
    ("![Jayden at home](assets/jayden-photo.png)", "![Child A at home](assets/child-a-photo.png)"),
    ("See notes/okafor-grace.md and Jayden.", "See notes/mother.md and Child A."),
]


@pytest.mark.parametrize("before,after", ROWS)
def test_replacement_keeps_the_grammar(before: str, after: str) -> None:
    result = pseudonymise_text(before, KEY, as_of=INCIDENT)
    assert result.text == after
    assert result.problems == []


@pytest.mark.parametrize("before,after", ROWS)
def test_running_again_changes_nothing(before: str, after: str) -> None:
    once = pseudonymise_text(before, KEY, as_of=INCIDENT).text
    twice = pseudonymise_text(once, KEY, as_of=INCIDENT)
    assert twice.text == once and twice.changes == []
    assert KeyMatcher(KEY).find(once) == []


@pytest.mark.parametrize(
    "before,after",
    [
        ("Child A was born on 3 March 2019 in Cardiff.", "Child A was born in Cardiff."),
        ("DOB: 03/03/2019", "DOB: [removed]"),
        ("On 3 March 2019 Child A was born.", "On [date of birth removed] Child A was born."),
    ],
)
def test_dates_of_birth_can_be_removed(before: str, after: str) -> None:
    assert pseudonymise_text(before, KEY, dob="remove").text == after


def test_age_mode_without_a_reference_date_removes() -> None:
    assert pseudonymise_text("born on 3/3/19", KEY).text == "born"


@pytest.mark.parametrize(
    "as_of,age",
    [(dt.date(2019, 3, 20), "2 weeks"), (dt.date(2019, 10, 2), "6 months"), (dt.date(2020, 3, 3), "12 months"),
     (dt.date(2021, 3, 2), "23 months"), (dt.date(2021, 3, 3), "2 years"), (dt.date(2019, 3, 4), "1 day")],
)
def test_age_statements(as_of: dt.date, age: str) -> None:
    out = pseudonymise_text("Child A, born 3 March 2019, lived", KEY, as_of=as_of, age_label="").text
    assert out == f"Child A, aged {age}, lived"


def test_bad_dob_mode_is_refused() -> None:
    with pytest.raises(ValueError):
        pseudonymise_text("x", KEY, dob="blur")


def test_shared_surname_is_a_problem_not_a_guess() -> None:
    text = "Okafor said no."
    result = pseudonymise_text(text, KEY)
    assert result.text == text
    (p,) = result.problems
    assert (p.start, p.end, p.key_kind, p.candidates) == (0, 6, "people", ("Child A", "Mother"))
    assert "Okafor" not in p.reason


def test_surname_with_particle_is_replaced_whole() -> None:
    key = parse_key("people: [{pseudonym: Father, names: [Oisín de Búrca]}]")
    assert pseudonymise_text("We met Mr de Burca and de Búrca's son.", key).text == "We met Father and Father's son."


def test_welsh_texts_use_the_welsh_pseudonym() -> None:
    key = parse_key("people: [{pseudonym: Child A, pseudonym_cy: Plentyn A, names: [Jayden Okafor]},"
                    " {pseudonym: Mother, names: [Grace Okafor]}]")
    assert key.pseudonyms() == ["Child A", "Plentyn A", "Mother"]
    text = "Roedd Jayden gyda Grace."
    assert pseudonymise_text(text, key, lang="cy").text == "Roedd Plentyn A gyda Mother."
    assert pseudonymise_text(text, key).text == "Roedd Child A gyda Mother."
    assert pseudonymise_text("Roedd Plentyn A yno.", key, lang="cy").changes == []


def test_twins_sharing_a_date_of_birth() -> None:
    key = parse_key("people: [{pseudonym: Twin 1, names: [Ada Obi], dates_of_birth: [2019-03-03]},"
                    " {pseudonym: Twin 2, names: [Ola Obi], dates_of_birth: [2019-03-03]}]")
    result = pseudonymise_text("Born on 3 March 2019.", key, dob="remove")
    assert result.text == "Born." and result.problems == []


def test_family_plural_is_a_problem() -> None:
    result = pseudonymise_text("The Okafors moved.", KEY)
    assert result.text == "The Okafors moved." and [p.reason[:22] for p in result.problems] == ["a surname in the plura"]


def test_changes_record_offsets_and_pseudonyms_only() -> None:
    text = "Jayden met Mrs Okafor."
    result = pseudonymise_text(text, KEY)
    assert [(c.pseudonym, c.start, c.end, c.new_start, c.new_end) for c in result.changes] == [
        ("Child A", 0, 6, 0, 7),
        ("Mother", 11, 21, 12, 18),
    ]
    assert result.text[12:18] == "Mother"
    assert not any("Okafor" in str(v) or "Jayden" in str(v) for c in result.changes for v in vars(c).values())


def test_near_match_is_flagged_in_changes() -> None:
    (change,) = pseudonymise_text("Jaydne came.", KEY).changes
    assert change.near_match


@pytest.mark.parametrize(
    "text,start,expected",
    [("Hello", 0, True), ("ok. Hello", 4, True), ("ok.\nHello", 4, True), ("ok\nHello", 3, False),
     ("ok\n\nHello", 4, True), ("# Hello", 2, True), ("1. Hello", 3, True), ("> Hello", 2, True),
     ('ok. "Hello', 5, True), ("Why? Hello", 5, True), ("e.g. Hello", 5, False), ("by Mr. Hello", 7, False),
     ("by J. Hello", 6, False), ("and Hello", 4, False), ("a: Hello", 3, False)],
)
def test_sentence_start(text: str, start: int, expected: bool) -> None:
    assert is_sentence_start(text, start) is expected


YAML_IN = """\
# Review of Jayden Okafor (comment)
title: 'Review: St Bride''s Primary School and Jayden'
people:
  - {pseudonym: Mother, role: "mother of Jayden"}
chronology:
  - date: 2019-03-03   # a date of birth as a YAML date: a problem
    event: Jayden Okafor was born on 3 March 2019.
  - date: 2023-02-01
    event: >
      14 Elm Close was
      visited by Mrs Okafor.
"""
YAML_OUT = """\
# Review of Child A (comment)
title: 'Review: the primary school and Child A'
people:
  - {pseudonym: Mother, role: "mother of Child A"}
chronology:
  - date: 2019-03-03   # a date of birth as a YAML date: a problem
    event: Child A was born.
  - date: 2023-02-01
    event: >
      The family home was
      visited by Mother.
"""


def test_yaml_keeps_comments_layout_and_quoting() -> None:
    result = pseudonymise_yaml(YAML_IN, KEY, as_of=INCIDENT)
    assert result.text == YAML_OUT
    (p,) = result.problems
    assert p.key_kind == "dates_of_birth" and YAML_IN[p.start:p.end] == "2019-03-03"
    assert pseudonymise_yaml(result.text, KEY, as_of=INCIDENT).changes == []


def test_yaml_quotes_are_escaped() -> None:
    key = parse_key("settings: [{pseudonym: \"St Mary's\", names: [Oakfield Nursery]}]")
    out = pseudonymise_yaml("a: 'At Oakfield Nursery'\nb: \"Oakfield Nursery\"\n", key).text
    assert out == "a: 'At St Mary''s'\nb: \"St Mary's\"\n"


def test_yaml_plain_value_that_cannot_hold_the_pseudonym() -> None:
    key = parse_key("people: [{pseudonym: 'Worker: 1', names: [Tamsin Okonjo]}]")
    assert pseudonymise_yaml("who: Tamsin Okonjo\n", key).text == "who: 'Worker: 1'\n"
    text = "who: seen by\n  Tamsin Okonjo\n"  # a multi-line plain value is not rewritten
    result = pseudonymise_yaml(text, key)
    assert result.text == text and len(result.problems) == 1


def test_broken_yaml_falls_back_to_text() -> None:
    assert pseudonymise_yaml("a: [Jayden\n", KEY).text == "a: [Child A\n"


def test_yaml_plain_value_is_quoted_when_the_pseudonym_needs_it() -> None:
    text = "ref: 943 476 5919\nnote: 943-476-5919 at St Bride's school # comment\n"
    result = pseudonymise_yaml(text, KEY)
    assert result.text == (
        "ref: '[identifier removed]'\nnote: '[identifier removed] at the primary school' # comment\n"
    )
    assert [c.pseudonym for c in result.changes] == ["[identifier removed]", "[identifier removed]", "the primary school"]
    assert pseudonymise_yaml(result.text, KEY).changes == []


def test_yaml_quoting_keeps_other_apostrophes() -> None:
    text = "note: 943 476 5919 is Jayden's\n"
    assert pseudonymise_yaml(text, KEY).text == "note: '[identifier removed] is Child A''s'\n"


_WORDS = ["the", "review", "found", "Child", "A", "Mother", "was", "seen", ".", "\n", "\n\n", "- ", "# ", "at",
          "Jayden", "Jayden's", "Mrs Okafor", "Grace Okafor", "J.O.", "14 Elm Close", "CF10 1AA", "St Brides",
          "943 476 5919", "born on 3 March 2019", "DOB: 03/03/19", "JAYDEN", "Jaydne", "James'", "Wiśniewski",
          "Okafor", "the", "St Bride's Primary School", "(", ")", '"', "Dr Ann Reviewer"]


@given(st.lists(st.sampled_from(_WORDS), max_size=30), st.sampled_from(["age", "remove"]))
@settings(max_examples=200, deadline=None)
def test_pseudonymising_is_idempotent_and_leaves_only_reported_problems(words: list[str], dob: str) -> None:
    text = " ".join(words)
    once = pseudonymise_text(text, KEY, dob=dob, as_of=INCIDENT)
    twice = pseudonymise_text(once.text, KEY, dob=dob, as_of=INCIDENT)
    assert twice.text == once.text and twice.changes == []
    left = matcher_for(KEY).find(once.text)
    assert len(left) == len(once.problems) == len(twice.problems)
