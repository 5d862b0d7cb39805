"""casereview's recognizers as one Presidio EntityRecognizer, for teams that run Presidio's AnalyzerEngine.

The engine itself does not go through AnalyzerEngine (see ``anonymise.engine``: that would run the whole
spaCy pipeline over every word). This bridge lets a Presidio user add casereview's UK recognizers to a
RecognizerRegistry; it runs the engine in fast mode (patterns, gazetteers and context, no second model).
"""

from __future__ import annotations

from typing import Any

from presidio_analyzer import EntityRecognizer, RecognizerResult

from anonymise.types import ENTITY_TYPES

SUPPORTED = [t for t in ENTITY_TYPES if t not in ("KEY_MATCH", "METADATA")]


class CaseReviewRecognizer(EntityRecognizer):  # type: ignore[misc]
    """All casereview recognizers behind Presidio's EntityRecognizer interface."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_entities=SUPPORTED, name="CaseReviewRecognizer",
                         supported_language=supported_language)

    def load(self) -> None:
        """Build the fast engine (gazetteers load once)."""
        from anonymise.engine import Engine

        self._engine = Engine(fast=True)

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        """Presidio results for ``entities`` (all supported ones when empty)."""
        wanted = set(entities or SUPPORTED)
        return [RecognizerResult(entity_type=d.entity_type, start=d.start, end=d.end, score=d.score)
                for d in self._engine.analyze(text) if d.entity_type in wanted]
