"""The document's own voice: the author's accusations, demands and support as events (guide §1)."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from polemos.models import Event
from polemos.nlp.document.structure import DocumentStructure


def author_events(doc: Doc, structure: DocumentStructure, events: list[Event], pub_date: date | None) -> list[Event]:
    """Events in the author's own voice that the sentence stage has not already found."""
    return []


__all__ = ["author_events"]
