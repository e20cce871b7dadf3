"""Every recognised place of each document, as `polemos places` prints them (the places contract)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import TYPE_CHECKING, Any

from polemos.models import Place

if TYPE_CHECKING:
    from spacy.language import Language

#: The components `find_document_places` runs: actors (whose names are no places, and whose countries are
#: context), then places.
PLACE_COMPONENTS = ("polemos_actors", "polemos_places")


def place_record(doc_id: str, place: Place, *, explain: bool = False) -> dict[str, Any]:
    """One line of the places contract: where the toponym is, what it resolved to (nulls where unresolved)."""
    out = {"doc_id": doc_id, "start": place.start, "end": place.end, "text": place.name, "name": place.name,
           "country": place.country, "admin1": place.admin1, "admin2": place.admin2, "lat": place.lat,
           "lon": place.lon, "geonameid": place.geonameid, "feature": place.feature, "precision": place.precision}
    return out | ({"reasons": list(place.reasons)} if explain else {})


def places_pipeline() -> Language:
    """The pipeline `find_document_places` runs by default: the model, the actors and the places."""
    from polemos.nlp import build_pipeline

    return build_pipeline(components=PLACE_COMPONENTS)


def find_document_places(items: Iterable[tuple[str, str, date | None]], *, nlp: Language | None = None,
                         explain: bool = False, include_unresolved: bool = False,
                         batch_size: int = 16) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """For each (doc_id, text, pub_date): the doc id and its places in text order as `place_record`
    dicts, the text under ``text`` (``reasons`` added with ``explain``); toponyms that resolve to no
    country and no point only with ``include_unresolved``."""
    from polemos.nlp.pipe import make_docs

    nlp = nlp if nlp is not None else places_pipeline()
    pending: list[str] = []

    def pairs() -> Iterator[tuple[str, date | None]]:
        for doc_id, text, pub_date in items:
            pending.append(doc_id)
            yield text, pub_date

    for doc in nlp.pipe(make_docs(nlp, pairs()), batch_size=batch_size):
        doc_id = pending.pop(0)
        lines = []
        for span in doc.spans.get("places", []):
            place = span._.place
            if not include_unresolved and place.country is None and place.lat is None:
                continue  # a name no gazetteer places ("H5N1", "Buffalo Science Magnet School"): not listed
            record = place_record(doc_id, place, explain=explain)
            record["text"] = span.text
            lines.append(record)
        yield doc_id, lines


__all__ = ["PLACE_COMPONENTS", "find_document_places", "place_record", "places_pipeline"]
