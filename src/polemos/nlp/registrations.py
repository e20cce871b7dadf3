"""Every polemos spaCy factory and extension attribute is registered here, and nowhere else."""

from __future__ import annotations

from spacy.language import Language

from polemos.nlp import actors, attribute_index, counts, dates, events, places, relations
from polemos.nlp.document import component as document

#: Component names in pipeline order (each needs those before it).
COMPONENTS: tuple[str, ...] = (
    "polemos_actors", "polemos_places", "polemos_dates", "polemos_counts",
    "polemos_events", "polemos_relations", "polemos_document",
)

#: The factory of the indexed stand-in for the model's attribute ruler (`attribute_index`).
INDEXED_RULER = "polemos_indexed_attribute_ruler"

_FACTORIES = {
    INDEXED_RULER: attribute_index.make_indexed_ruler,
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
    for module in (actors, places, dates, counts, events, relations, document):
        module.register_extensions()
    for name, factory in _FACTORIES.items():
        if not Language.has_factory(name):
            Language.factory(name, func=factory)
    _done = True
