"""Key file loading: valid files load; bad structure is an error with file:line that never quotes the key."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from anonymise.keyfile import DEFAULT_IDENTIFIER_PSEUDONYM, KeyFileError, load_key, parse_key

GOOD = """\
people:
  - pseudonym: Child A
    names: [Zebedee Quartermaine]
    aliases: [Zeb]
    dates_of_birth: [2019-03-03]
  - pseudonym: Mother
    names: [Grace Quartermaine]
    titles: [Mrs]
places:
  - pseudonym: the family home
    names: ["14 Elm Close, Cardiff CF10 1AA"]
settings:
  - pseudonym: the primary school
    names: ["St Bride's Primary School"]
identifiers: ["943 476 5919", {pseudonym: "[case reference]", names: [LCS-00123456]}]
public: ["Dr Ann Reviewer"]
"""


def test_good_key_loads(tmp_path: Path) -> None:
    path = tmp_path / "key.yaml"
    path.write_text(GOOD, encoding="utf-8")
    key = load_key(path)
    assert key.pseudonyms() == [
        "Child A", "Mother", "the family home", "the primary school", DEFAULT_IDENTIFIER_PSEUDONYM, "[case reference]"
    ]
    assert key.public_names() == ["Dr Ann Reviewer"]
    child = key.of_kind("people")[0]
    assert child.names == ("Zebedee Quartermaine",) and child.aliases == ("Zeb",)
    assert child.dates_of_birth == (dt.date(2019, 3, 3),)
    assert child.line == 2
    assert key.of_kind("people")[1].titles == ("Mrs",)
    assert hash(key)  # matchers are cached per key


def test_string_dates_and_bom_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "key.yaml"
    path.write_bytes("\ufeffpeople: [{pseudonym: Child A, names: [X Y], dates_of_birth: ['2019-03-03']}]".encode())
    assert load_key(path).entries[0].dates_of_birth == (dt.date(2019, 3, 3),)


BAD = [
    ("peeple:\n  - pseudonym: Child A\n    names: [Zebedee Quartermaine]\n", 1, "unknown top-level key"),
    ("people:\n  - names: [Zebedee Quartermaine]\n", 2, "'pseudonym' is missing"),
    ("people:\n  - pseudonym: Child A\n    names: Zebedee Quartermaine\n    nmes: [x]\n", 4, "unknown field"),
    ("people:\n  - pseudonym: Child A\n", 2, "'names' must list at least one name"),
    ("people:\n  - pseudonym: Child A\n    names: [Zebedee Quartermaine]\n    dates_of_birth: [3rd March]\n",
     4, "dates_of_birth[0] must be a date"),
    ("people:\n  - pseudonym: Child A\n    names:\n      - Zebedee\n      - {a: Quartermaine}\n", 5, "names[1] must be text"),
    ("people: Zebedee Quartermaine\n", 1, "'people' must be a list"),
    ("people:\n  - Zebedee Quartermaine\n", 2, "must be a mapping"),
    ("people:\n  - pseudonym: Child A\n    names: [Zebedee Quartermaine\n", 4, "not valid YAML"),
    ("people:\n\t- pseudonym: Zebedee\n", 2, "not valid YAML"),
    ("people:\n  - pseudonym: Zebedee Quartermaine\n    names: [Zebedee Quartermaine]\n", 2, "equals a pseudonym"),
    ("people:\n  - pseudonym: Child A\n    names: [Zebedee Quartermaine]\npublic: [Zebedee Quartermaine]\n",
     2, "also listed as public"),
    ("- Zebedee Quartermaine\n", 1, "must be a mapping"),
    ("", 1, "is empty"),
    ("people:\n  - pseudonym: Child A\n    pseudonym_cy: [x]\n    names: [Zebedee Quartermaine]\n", 3,
     "'pseudonym_cy' must be text"),
    ("people:\n  - pseudonym: Child A\n    names: [Zebedee Quartermaine]\n    aliases: [Z]\n", 4, "too short"),
    ("people:\n  - pseudonym: Child A\n    names: [Zebedee]\n    names: [Quartermaine]\n", 4, "not valid YAML"),
]


@pytest.mark.parametrize("text,line,message", BAD)
def test_bad_key_is_an_error_with_a_line(tmp_path: Path, text: str, line: int, message: str) -> None:
    path = tmp_path / "key.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KeyFileError) as info:
        load_key(path)
    exc = info.value
    assert message in str(exc)
    assert exc.line == line
    assert exc.where() == f"{path}:{line}"
    for secret in ("Zebedee", "Quartermaine"):
        assert secret not in str(exc) and secret not in exc.where()


def test_missing_and_non_utf8_key(tmp_path: Path) -> None:
    with pytest.raises(KeyFileError, match="cannot read"):
        load_key(tmp_path / "nope.yaml")
    path = tmp_path / "key.yaml"
    path.write_bytes(b"people:\n  - pseudonym: Child A\n    names: [Zeb\xe9dee]\n")
    with pytest.raises(KeyFileError, match="not UTF-8") as info:
        load_key(path)
    assert info.value.line == 3


def test_parse_key_without_a_path() -> None:
    with pytest.raises(KeyFileError) as info:
        parse_key("people: 3")
    assert info.value.where() == "key file:1"


# --------------------------------------------------------------------------- hostile and mistaken key files (issue 9)
def _alias_bomb() -> str:
    lines = ["people:", "  - pseudonym: Child A", "    names: &n [Zebedee Quartermaine, Zeb Quartermaine]"]
    for i in range(1, 200):
        lines += [f"  - pseudonym: Person {i}", "    names: *n"]
    return "\n".join(lines) + "\n"


def _one_big_entry() -> str:
    names = ", ".join(f"Zebedee{i} Quartermaine{i}" for i in range(120))
    return f"people:\n  - pseudonym: Child A\n    names: [Zebedee Quartermaine]\n  - pseudonym: Mother\n    names: [{names}]\n"


HOSTILE = [
    ("people:\n  - pseudonym: Child A\n    names: [Zebedee Quartermaine]\n    dates_of_birth: [2023-02-30]\n",
     4, "date that does not exist"),
    ("people:\n  - pseudonym: Child A\n    names: [Zebedee Quartermaine]\n    dates_of_birth: 2023-13-01\n",
     4, "date that does not exist"),
    ("people: " + "[" * 5000 + "]" * 5000 + "\n", 1, "nested too deeply"),
    ("people:\n" + "".join("  " * k + "- \n" for k in range(1, 60)), 42, "nested too deeply"),
    ("people:\n  - - - - - Zebedee\n", 2, "nested too deeply"),
    (_alias_bomb(), 5, "YAML alias"),
    ("people:\n  - pseudonym: Child A\n    names: [Zebedee Quartermaine]\n    titles: {Mrs: 1}\n", 4,
     "'titles' must be a list"),
    ("people:\n  - pseudonym: Child A\n    names: [Zebedee Quartermaine]\n    dates_of_birth: [[2019-03-03]]\n", 4,
     "dates_of_birth[0] must be a date"),
    ("people:\n  - pseudonym: Child A\n    names: [Zebedee Quartermaine]\n    dates_of_birth: [true]\n", 4,
     "dates_of_birth[0] must be a date"),
    ("settings: {pseudonym: x}\n", 1, "'settings' must be a list"),
    ("identifiers: [[Zebedee]]\n", 1, "must be a mapping"),
    (_one_big_entry(), 4, "people: Mother: this entry would expand"),
    ("people:\n  - pseudonym: Child A\n    names: [Zebedee Quartermaine]\n    aliases: ["
     + ", ".join(f"Zeb{i}" for i in range(501)) + "]\n", 4, "more than 500 aliases"),
]


@pytest.mark.parametrize("text,line,message", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_key_is_a_clear_error(tmp_path: Path, text: str, line: int, message: str) -> None:
    path = tmp_path / "key.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KeyFileError) as info:
        load_key(path)
    exc = info.value
    assert message in str(exc), str(exc)
    assert exc.line == line
    for secret in ("Zebedee", "Quartermaine", "2023-02-30"):
        assert secret not in str(exc)


def test_a_too_large_key_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "key.yaml"
    path.write_text("public: [" + ", ".join(["Zebedee Quartermaine"] * 120_000) + "]\n", encoding="utf-8")
    with pytest.raises(KeyFileError, match="larger than"):
        load_key(path)


def test_the_whole_key_has_a_budget(monkeypatch) -> None:
    from anonymise import variants

    monkeypatch.setattr(variants, "KEY_BUDGET", 2_000)
    people = "".join(f"  - pseudonym: Person {i}\n    names: [Zebedee{i} Quartermaine]\n" for i in range(10))
    with pytest.raises(KeyFileError, match="the key file would expand") as info:
        parse_key("people:\n" + people)
    assert "Zebedee" not in str(info.value)


def test_names_cy_are_names() -> None:
    key = parse_key('settings:\n  - pseudonym: the school\n    names: ["Ysgol Gynradd Bryn Glas"]\n'
                    '    names_cy: ["Bryn Glas Primary School"]\n')
    assert key.entries[0].names == ("Ysgol Gynradd Bryn Glas", "Bryn Glas Primary School")


def test_impossible_date_through_the_cli_is_exit_2_without_traceback(tmp_path: Path, capsys) -> None:
    from generator.cli import main

    key = tmp_path / "key.yaml"
    key.write_text("people:\n  - pseudonym: Child A\n    names: [Zebedee Quartermaine]\n"
                   "    dates_of_birth: [2023-02-30]\n", encoding="utf-8")
    doc = tmp_path / "r.md"
    doc.write_text("Child A was seen.\n", encoding="utf-8")
    for argv in (["check", str(doc), "--key", str(key), "--fast", "--no-cache"],
                 ["anonymise", str(tmp_path), "--key", str(key), "--out", str(tmp_path.parent / "anon-out")]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert f"{key}:4: " in err and "does not exist" in err
        assert "Traceback" not in err and "internal error" not in err and "Zebedee" not in err


def test_ordinary_punctuation_is_not_nesting() -> None:
    entries = "".join(f"  - pseudonym: Person {i}\n    names: [Siobhan O'Neill{i}, \"Flat #{i} [rear]\"]\n"
                      f"    aliases: ['Sam''s mum {i}']\n    titles:\n      - Room [{i}\n      - Dr # a comment [\n"
                      for i in range(40))
    key = parse_key("people:\n" + entries)
    assert len(key.entries) == 40
