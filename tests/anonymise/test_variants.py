"""Variant generation and folding: the forms each kind of key entry produces."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from anonymise.keyfile import KeyEntry, parse_key
from anonymise.variants import (
    date_forms,
    find_dates,
    fold,
    fuzzy_eligible,
    generate,
    identifier_regex,
    normalise,
    single_word_case,
    title_fit,
)


@pytest.mark.parametrize(
    "raw,folded",
    [("Oisín", "oisin"), ("Wiśniewski", "wisniewski"), ("Łukasz", "lukasz"), ("Søren", "soren"),
     ("O’Neill", "o'neill"), ("Smith–Jones", "smith jones"), ("jayden_okafor-2", "jayden okafor 2"), ("Jayden\n   Okafor", "jayden okafor"),
     ("Straße", "strasse"), ("ZOË", "zoe"), ("Bride''s", "bride's")],
)
def test_fold(raw: str, folded: str) -> None:
    assert fold(raw) == folded


@given(st.text(max_size=60))
def test_normalise_maps_every_character_back(text: str) -> None:
    norm, src = normalise(text)
    assert len(norm) == len(src)
    assert src == sorted(src)
    assert all(0 <= i < len(text) for i in src)


def _texts(key_yaml: str, form: str | None = None) -> set[str]:
    return {v.text for v in generate(parse_key(key_yaml)) if form is None or v.form == form}


def test_person_variants() -> None:
    texts = _texts("people: [{pseudonym: Mother, names: [Grace Ann Okafor], aliases: [Gracie]}]")
    for expected in ["Grace Ann Okafor", "Grace Okafor", "Okafor, Grace", "Grace", "Okafor", "Ann", "Mrs Okafor",
                     "Mrs. Okafor", "Dr Grace Okafor", "Mrs G. Okafor", "G.A.O.", "G.O.", "GAO", "G A O",
                     "G. Okafor", "G Okafor", "Gracie", "Gracie Okafor"]:
        assert expected in texts, expected
    assert "GO" not in texts  # bare initials that are an ordinary word are left out


def test_nicknames_and_hyphens_and_apostrophes() -> None:
    texts = _texts("people: [{pseudonym: Father, names: [William Smith-O'Brien]}]")
    for expected in ["Liam", "Liam Smith-O'Brien", "Will Smith-O'Brien", "Smith O'Brien", "Smith-OBrien", "O'Brien",
                     "Smith"]:
        assert expected in texts, expected
    assert "Will" not in texts and "Bill" not in texts  # ordinary words are not nicknames alone


def test_surname_particles() -> None:
    texts = _texts("people: [{pseudonym: Father, names: [Pieter van der Berg]}, {pseudonym: Mother, names: [Ana da Silva]}]")
    for expected in ["van der Berg", "Mr van der Berg", "Pieter van der Berg", "Berg", "da Silva", "Mrs da Silva",
                     "Silva", "Ana Silva"]:
        assert expected in texts, expected


def test_address_variants_leave_the_town_out() -> None:
    texts = _texts('places: [{pseudonym: the flat, names: ["Flat 2, Ty Gwyn House, 7 Heol Las, Swansea SA1 1AA"]}]')
    for expected in ["Ty Gwyn House", "7 Heol Las", "Heol Las", "SA1 1AA", "SA11AA", "Flat 2, Ty Gwyn House"]:
        assert expected in texts, expected
    assert "Swansea" not in texts and "Flat 2" not in texts


def test_setting_variants() -> None:
    texts = _texts('settings: [{pseudonym: the school, names: ["St Bride\'s Church in Wales Primary School"]}]')
    for expected in ["St Bride's", "St. Bride's", "Saint Bride's", "St Brides", "St Bride's Primary",
                     "St Bride's School", "St Bride's Primary School", "St Brides Primary School"]:
        assert expected in texts, expected
    welsh = _texts('settings: [{pseudonym: the school, names: ["Ysgol Gymraeg Bro Taf"]}]')
    assert "Gymraeg Bro Taf" in welsh


@pytest.mark.parametrize(
    "word,case", [("Grace", "capital"), ("Will", "capital"), ("Jay", "capital"), ("Okafor", "any"),
                  ("Wiśniewski", "any"), ("Hope", "capital"), ("Jayden", "any")]
)
def test_single_word_case(word: str, case: str) -> None:
    assert single_word_case(word) == case


@pytest.mark.parametrize("word,ok", [("Jayden", True), ("Okafor", True), ("Grace", False), ("Adam", False),
                                     ("Oisín", True), ("Jo-Ann", False)])
def test_fuzzy_only_for_long_uncommon_names(word: str, ok: bool) -> None:
    assert fuzzy_eligible(word) is ok


@pytest.mark.parametrize(
    "pseudonym,titles,title,fit",
    [("Mother", (), "Mrs", 1), ("Mother", (), "Mr", 0), ("Father", (), "Mr", 1), ("Father", (), "Ms", 0),
     ("Child A", (), "Mrs", 0), ("Child A", (), "Miss", 1), ("Carer 1", ("Dr",), "Dr", 2),
     ("Carer 1", ("Dr",), "Mrs", 0), ("Carer 1", (), "Pastor", 1), ("Baby T", (), "Baby", 1),
     ("Mother", (), "Baby", 0)],
)
def test_title_fit(pseudonym: str, titles: tuple[str, ...], title: str, fit: int) -> None:
    entry = KeyEntry("people", pseudonym, ("A B",), titles=titles)
    assert title_fit(entry, title) == fit


@pytest.mark.parametrize(
    "ident,text,hit",
    [("943 476 5919", "9434765919", True), ("943 476 5919", "943-476-5919", True),
     ("943 476 5919", "943 476 59190", False), ("943 476 5919", "1943 476 5919", False),
     ("LCS-00123456", "lcs00123456", True), ("LCS-00123456", "LCS 001 234 56", True),
     ("AB1", "AB1", True), ("AB1", "A B1", False)],
)
def test_identifier_regex(ident: str, text: str, hit: bool) -> None:
    assert bool(identifier_regex(ident).search(text)) is hit


@pytest.mark.parametrize("day", [dt.date(2019, 3, 3), dt.date(2008, 12, 25), dt.date(2021, 11, 11)])
def test_every_date_form_parses_back(day: dt.date) -> None:
    for form in date_forms(day):
        mentions = list(find_dates(f"seen {form}."))
        assert len(mentions) == 1 and mentions[0].is_date(day), form


@pytest.mark.parametrize("text", ["version 1.2.3", "31/02/19/7", "call 01234 567890", "in 2019", "March 2019",
                                  "3/3", "13/13/2019"])
def test_non_dates(text: str) -> None:
    assert not any(m.is_date(dt.date(2019, 3, 3)) for m in find_dates(text))


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_fold_fast_path_agrees_with_normalise(text: str) -> None:
    assert fold(text) == normalise(text)[0].strip()


@pytest.mark.parametrize(
    "word,expected",
    [("Gwenllian", {("soft", "Wenllian"), ("nasal", "Ngwenllian")}),
     ("Cylch", {("soft", "Gylch"), ("nasal", "Nghylch"), ("aspirate", "Chylch")}),
     ("Meddygfa", {("soft", "Feddygfa")}), ("Bryn", {("soft", "Fryn"), ("nasal", "Mryn")}),
     ("Llanelli", {("soft", "Lanelli")}), ("Rhys", {("soft", "Rys")}),
     ("Thomas", set()), ("Chloe", set()), ("Ysgol", set()), ("Anna", set())],
)
def test_welsh_mutations(word: str, expected: set[tuple[str, str]]) -> None:
    from anonymise.variants import mutations

    assert set(mutations(word)) == expected


@pytest.mark.parametrize(
    "name,initials",
    [("Little Acorns Day Nursery", ["LADN"]), ("The Willows Infant School", ["TWIS", "WIS"]),
     ("Elm Academy", []), ("Smith & Jones Childcare Ltd", ["SJCL"])],
)
def test_setting_initials_are_three_letters_or_more(name: str, initials: list[str]) -> None:
    from anonymise.variants import setting_initials

    assert setting_initials(name) == initials


def test_street_types_written_out_and_abbreviated() -> None:
    texts = _texts('places: [{pseudonym: home, names: ["27 Station Rd, Northtown DL1 4HP"]}]')
    for expected in ["27 Station Road", "27 Station Rd.", "Station Road", "27 Station Road, Northtown, DL1 4HP",
                     "27 Station Rd DL14HP"]:
        assert expected in texts, expected


@pytest.mark.parametrize(
    "entry",
    ["people: [{pseudonym: A, names: [Zeb Quartermaine, Zebedee Joseph O'Quartermaine-Smith], aliases: [Zed, Z Q]}]",
     "people: [{pseudonym: A, names: [Oisín de Búrca, Pieter van der Berg], aliases: [Oisi, Pete, Piet]}]",
     'settings: [{pseudonym: s, names: ["St Bride\'s & St Mary\'s Church in Wales Primary School Ltd"]}]',
     'settings: [{pseudonym: s, names: ["Ysgol Gynradd Gymraeg Bryn Glas", "Cylch Meithrin Tŷ Coch"]}]',
     'places: [{pseudonym: p, names: ["Flat 2, Tŷ Gwyn House, 7 Heol Las, Swansea SA1 1AA"]}]'],
)
def test_the_budget_estimate_bounds_the_real_expansion(entry: str) -> None:
    from anonymise.variants import estimate

    key = parse_key(entry)
    assert len(generate(key)) <= estimate(key.entries[0])
