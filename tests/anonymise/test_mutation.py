"""Welsh initial mutations: the radicals of a mutated word and the mutated forms of a radical."""

from __future__ import annotations

import pytest

from anonymise.recognizers.mutation import mutations, radicals


@pytest.mark.parametrize(("mutated", "radical"), [
    ("Wenllian", "Gwenllian"), ("Ddafydd", "Dafydd"), ("Cheri", "Ceri"), ("Geri", "Ceri"), ("Fethan", "Bethan"),
    ("Linos", "Llinos"), ("Rian", "Rhian"), ("Thomos", "Tomos"), ("Domos", "Tomos"), ("Nhomos", "Tomos"),
    ("Feddygfa", "Meddygfa"), ("Nghylch", "Cylch"), ("Phedr", "Pedr"), ("Mhedr", "Pedr"), ("Wen", "Gwen"),
    ("Ngwynedd", "Gwynedd"), ("FETHAN", "BETHAN"), ("Chai", "Cai"), ("Hanna", "Anna"),
])
def test_radicals_undo_each_mutation(mutated: str, radical: str) -> None:
    assert radical in radicals(mutated)
    assert radicals(mutated)[0] == mutated


@pytest.mark.parametrize(("radical", "forms"), [
    ("Tomos", {"Domos", "Nhomos", "Thomos"}), ("Ceri", {"Geri", "Ngheri", "Cheri"}), ("Bethan", {"Fethan", "Methan"}),
    ("Llinos", {"Linos"}), ("Rhian", {"Rian"}), ("Gwenllian", {"Wenllian", "Ngwenllian"}), ("Dafydd", {"Ddafydd", "Nafydd"}),
    ("Meddygfa", {"Feddygfa"}), ("Cylch", {"Gylch", "Nghylch", "Chylch"}),
])
def test_mutations_of_a_radical(radical: str, forms: set[str]) -> None:
    assert forms <= set(mutations(radical))


@pytest.mark.parametrize("word", ["Anna", "Eira", "Siân", "Owen"])
def test_vowel_names_have_no_consonant_mutation(word: str) -> None:
    assert mutations(word) == (word,)


def test_mutation_and_radical_round_trip() -> None:
    for radical in ("Gwenllian", "Dafydd", "Ceri", "Bethan", "Llinos", "Rhian", "Tomos", "Pedr", "Meddygfa"):
        for form in mutations(radical)[1:]:
            assert radical in radicals(form), (radical, form)
