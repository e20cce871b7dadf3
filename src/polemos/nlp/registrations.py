"""Every polemos spaCy factory and extension attribute is registered here, and nowhere else."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.language import Language

from polemos.nlp import attribute_index, resources
from polemos.nlp.actors import recognizer as actors
from polemos.nlp.counts import recognizer as counts
from polemos.nlp.dates import recognizer as dates
from polemos.nlp.document import component as document
from polemos.nlp.events import component as events
from polemos.nlp.places import recognizer as places
from polemos.nlp.relations import component as relations

#: Component names in pipeline order (each needs those before it).
COMPONENTS: tuple[str, ...] = (
    "polemos_actors", "polemos_places", "polemos_dates", "polemos_counts",
    "polemos_events", "polemos_relations", "polemos_document",
)

_FACTORIES: dict[str, Callable[..., Any]] = {
    attribute_index.INDEXED_RULER: attribute_index.make_indexed_ruler,
    "polemos_actors": actors.make_actor_recognizer,
    "polemos_places": places.make_place_recognizer,
    "polemos_dates": dates.make_date_recognizer,
    "polemos_counts": counts.make_count_recognizer,
    "polemos_events": events.make_event_extractor,
    "polemos_relations": relations.make_relation_extractor,
    "polemos_document": document.make_document_stage,
}

_done = False


def register() -> None:
    """Register extension attributes and factories (idempotent)."""
    global _done
    if _done:
        return
    from spacy.tokens import Doc

    if not Doc.has_extension("pub_date"):
        Doc.set_extension("pub_date", default=None)
    for module in (resources, actors, places, dates, counts, events, relations, document):
        module.register_extensions()
    for name, factory in _FACTORIES.items():
        if not Language.has_factory(name):
            config = {} if name == attribute_index.INDEXED_RULER else resources.DEFAULT_CONFIG
            Language.factory(name, default_config=config, func=factory)
    _done = True
