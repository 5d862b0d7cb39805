"""The model (NER) reads only the sentences where what it says can change a verdict."""

from __future__ import annotations

from anonymise.recognizers import person


def _unexplained(text: str) -> list[str]:
    rec = person.PersonRecognizer()
    return [t.text for t in rec.unexplained(text, person.tokens(text), bytearray(len(text)))]


def test_an_unknown_word_in_a_name_slot_waits_for_the_model() -> None:
    # neither gazetteer knows it: the model's "person" or "organisation" decides
    assert _unexplained("The visit was cancelled because Zorbinth Quillamy had gone to the shops.") == ["Zorbinth"]


def test_a_run_the_model_cannot_change_needs_no_model() -> None:
    # a place after "at" is no name whatever the model says of it, so its sentence is not sent to the model
    assert _unexplained("They met at Glenview later.") == []


def test_the_verdict_of_a_run_is_the_same_with_every_answer_the_model_could_give() -> None:
    rec = person.PersonRecognizer()
    text = "They met at Glenview later."
    toks = person.tokens(text)
    (_, j, k), = rec.runs(text, toks, bytearray(len(text)))
    none = bytearray(len(text))
    verdicts = {rec._judge(text, toks[j:k], False, p, o) for p, o in person._MODEL_SAYS}
    assert verdicts == {rec._judge(text, toks[j:k], False, none, none)}
