"""Placeholder component: passes the doc through until the real one lands (being written now)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc


def register_extensions() -> None:
    """Register this component's extension attributes (none yet)."""


def make_event_extractor(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Build the component."""
    return lambda doc: doc
