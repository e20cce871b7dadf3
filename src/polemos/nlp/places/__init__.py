"""Places: the `polemos_places` component that finds toponyms (`recognizer`) and geocodes them with the GeoNames
index in the document's context (`geocode`), the rules that give an event its place (`attach`), and every
place of a document as `polemos places` lists them (`listing`)."""

from polemos.nlp.places.listing import find_document_places, place_record

__all__ = ["find_document_places", "place_record"]
