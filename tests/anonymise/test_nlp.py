"""Loading the NER pipeline (anonymise.nlp): only what NER needs is built, and it finds what the full pipeline finds."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
EVAL = sorted((REPO / "tests" / "data" / "eval").glob("*.jsonl"))


@pytest.mark.slow
def test_ner_only_pipeline_builds_ner_alone(engine):
    nlp = engine.nlp
    assert nlp.pipe_names == ["ner"]
    assert nlp.disabled == []  # not loaded and switched off: never built
    assert [(e.text, e.label_) for e in nlp("Kwame Asante moved to Leeds in May.").ents][:1] == [("Kwame Asante",
                                                                                               "PERSON")]


@pytest.mark.slow
def test_loading_the_model_imports_no_other_packages_components():
    """spaCy imports every package advertising a component factory (Presidio's whole analyzer is one);
    the NER pipeline needs only spaCy's own, so none of them is imported."""
    script = ("import sys\nfrom anonymise import nlp\nnlp.load(None)\n"
              "print(sorted(m for m in sys.modules if m.split('.')[0] == 'presidio_analyzer'))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"


@pytest.mark.slow
def test_numpy_blas_finds_the_same_entities_as_blis(engine):
    """The NER's layers run on numpy's BLAS (one thread): the same entities as spaCy's default BLIS ops,
    on every line of the evaluation sets."""
    pytest.importorskip("threadpoolctl")
    import spacy
    from thinc.api import NumpyOps

    from anonymise import nlp as nlp_loader

    ours = engine.nlp
    assert nlp_loader.one_blas_thread(ours) is not None
    assert isinstance(ours.get_pipe("ner").model.ops, NumpyOps) and not ours.get_pipe("ner").model.ops.use_blis
    blis = spacy.load(nlp_loader._package_data_dir(__import__(nlp_loader.DEFAULT_MODEL)), exclude=["tagger", "parser",
                      "attribute_ruler", "lemmatizer", "tok2vec", "senter"])
    assert blis.get_pipe("ner").model.ops.use_blis
    # the saved tokenizer is not read: the one built from the config is the same
    assert ours.tokenizer.to_bytes(exclude=["vocab"]) == blis.tokenizer.to_bytes(exclude=["vocab"])
    lines = [line for path in EVAL for rec in path.read_text("utf-8").splitlines() if rec.strip()
             for line in json.loads(rec)["text"].split("\n") if line.strip()]
    assert len(lines) > 500
    with nlp_loader.one_blas_thread(ours):
        mine = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in ours.pipe(lines, batch_size=64)]
    theirs = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in blis.pipe(lines, batch_size=64)]
    assert sum(map(len, mine)) > 500
    assert mine == theirs


def test_one_blas_thread_is_a_no_op_for_other_pipelines():
    from anonymise import nlp as nlp_loader

    with nlp_loader.one_blas_thread(object()) as ctx:
        assert ctx is None
