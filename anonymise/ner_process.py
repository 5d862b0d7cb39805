"""The NER model loading in a second process while this one reads and pre-screens the text.

Importing spaCy and loading the pipeline take most of a one-file check's start-up (about a second on a
slow core), and nothing before the model's turn needs them: reading the document, the pattern
recognizers and choosing the sentences the model must read (``Engine._ner_windows``) run without it.
On a machine with a second core, ``check`` of one file starts a :class:`NerProcess` (forked, so it
inherits the interpreter as it is) that imports spaCy and loads the model meanwhile; the engine then
sends it the sentences and gets back their entities, exactly as its own ``nlp.pipe`` would give them.

If the second process cannot serve (it died, or the platform has no ``fork``), the engine loads the
model itself: the answer is the same, only slower. A model that is not installed is the same clear
error either way (:class:`anonymise.nlp.ModelNotAvailable`).
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Sequence
from typing import Any

Spans = list[tuple[int, int, str]]


class NerProcess:
    """A forked process holding the NER pipeline for ``model`` (``None``: the bundled one)."""

    def __init__(self, model: str | None) -> None:
        ctx = multiprocessing.get_context("fork")
        self._conn, child = ctx.Pipe()
        self._proc = ctx.Process(target=_serve, args=(child, model), daemon=True, name="casereview-ner")
        self._proc.start()
        child.close()
        self._status: str | None = None
        self._broken = False

    def ready(self) -> bool:
        """Wait until the model is loaded: True when this process can serve, False when the caller should
        load the model itself; raises ``ModelNotAvailable`` when the model is not installed."""
        if self._status is None:
            try:
                self._status, detail = self._conn.recv()
            except (EOFError, OSError):
                self._status, detail = "broken", ""
            if self._status == "missing":
                from anonymise.nlp import ModelNotAvailable

                raise ModelNotAvailable(detail)
        return self._status == "ok" and not self._broken

    def entities(self, texts: Sequence[str]) -> list[Spans] | None:
        """The NER entities of each text as (start, end, label), or None if the process could not answer."""
        if not self.ready():
            return None
        try:
            self._conn.send(list(texts))
            answer = self._conn.recv()
        except (EOFError, OSError):  # BrokenPipeError is an OSError
            self._broken = True
            return None
        if not isinstance(answer, list) or len(answer) != len(texts):
            self._broken = True
            return None
        return answer

    def close(self) -> None:
        """Stop the process (it also ends with this one: it is a daemon)."""
        try:
            self._conn.send(None)
        except OSError:
            pass
        self._proc.join(timeout=2)
        if self._proc.is_alive():
            self._proc.kill()
            self._proc.join(timeout=2)
        self._conn.close()


def _serve(conn: Any, model: str | None) -> None:
    """The second process: load, report, then answer lists of texts until told to stop."""
    from anonymise import nlp as nlp_loader

    try:
        nlp = nlp_loader.load(model)
    except nlp_loader.ModelNotAvailable as exc:
        conn.send(("missing", str(exc)))
        return
    except BaseException as exc:  # noqa: BLE001 - any other failure: the caller loads the model itself
        conn.send(("error", type(exc).__name__))
        return
    conn.send(("ok", ""))
    while True:
        try:
            texts = conn.recv()
        except (EOFError, OSError):
            return
        if texts is None:
            return
        conn.send(nlp_loader.entities(nlp, texts))
