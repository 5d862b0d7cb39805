"""Recognizers: one module per identifier type, each a class with ``analyze(text) -> list[Detection]``."""
