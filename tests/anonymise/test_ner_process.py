"""The model loading in a second process while the first reads the text (anonymise.ner_process)."""

from __future__ import annotations

import pytest

from anonymise.engine import Engine
from anonymise.ner_process import NerProcess
from anonymise.nlp import ModelNotAvailable

TEXTS = [
    "The visit was cancelled because Zorbinth Quillamy had gone to the shops.",
    "Mum said that Orlaith and Kwabena Mensah-Ferreira would collect the children from nursery.",
    "Nothing here needs the model at all.",
    "The social worker, Temperance Ashdown-Vale, spoke to Dr Ilkovic about the referral on Tuesday.",
]

pytestmark = pytest.mark.slow


@pytest.fixture()
def service():
    """A second process serving the bundled model, stopped after the test."""
    ner = NerProcess(None)
    yield ner
    ner.close()


def test_the_second_process_gives_the_entities_the_model_here_gives(engine, service) -> None:
    here = [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in engine.nlp.pipe(TEXTS)]
    assert service.entities(TEXTS) == here
    assert any(here), "the texts should hold entities for this test to mean something"


def test_an_engine_served_by_it_finds_the_same_and_never_loads_the_model_itself(engine, service) -> None:
    expected = [engine.analyze(t) for t in TEXTS]
    other = Engine()
    other.ner_service = service
    assert [other.analyze(t) for t in TEXTS] == expected
    assert other._nlp is None


def test_if_the_second_process_dies_the_engine_loads_the_model_and_answers_the_same(engine, service) -> None:
    expected = [engine.analyze(t) for t in TEXTS]
    other = Engine()
    assert service.ready()
    service._proc.kill()
    service._proc.join()
    other.ner_service = service
    assert [other.analyze(t) for t in TEXTS] == expected
    assert other._nlp is not None  # fell back to its own model


def test_a_model_that_is_not_installed_is_the_same_clear_error() -> None:
    other = Engine(model="no_such_spacy_model_xyz")
    service = NerProcess("no_such_spacy_model_xyz")
    try:
        other.ner_service = service
        with pytest.raises(ModelNotAvailable, match="never downloads"):
            other.analyze("Kwame Asante was seen by Hope.")
    finally:
        service.close()


def test_check_with_a_missing_model_is_an_error_the_user_can_act_on(tmp_path, capsys) -> None:
    from generator.cli import main

    f = tmp_path / "notes.txt"
    f.write_text("Kwame Asante was seen at home.", encoding="utf-8")
    for jobs in ([], ["--jobs", "1"]):
        rc = main(["check", str(f), "--no-cache", "--model", "no_such_spacy_model_xyz", *jobs])
        err = capsys.readouterr().err
        assert rc == 2
        assert "casereview: error: spaCy pipeline 'no_such_spacy_model_xyz' is not installed" in err
        assert "internal error" not in err and "Traceback" not in err
