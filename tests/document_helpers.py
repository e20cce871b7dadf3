"""Helpers of the document-stage tests: one article through the whole pipeline, and the rule ids it left."""

from __future__ import annotations

from datetime import date
from typing import Any

from spacy.tokens import Doc

from polemos.models import Event
from polemos.nlp.pipe import pipe_with_dates

PUB = date(2024, 3, 5)  # a Tuesday: the publication date of every test article


def run_document(nlp: Any, text: str) -> Doc:
    """The doc of ``text`` published on `PUB`, through every polemos component."""
    return next(pipe_with_dates(nlp, [(text, PUB)]))


def rules_of(event: Event) -> list[str]:
    """The rule ids of an event's decisions, in order."""
    return [d.rule for d in event.decisions]


def dropped_rules(doc: Doc) -> list[str]:
    """Every rule id recorded on the doc's dropped candidates."""
    return [r for e in doc._.dropped_events or [] for r in rules_of(e)]
