"""The `polemos_events` component: runs the passes of `passes` over each doc and sets ``doc._.events`` (and
``doc._.dropped_events``, the candidates that became no event, for ``--explain``)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from polemos.models import Event
from polemos.nlp.events.passes import extract_events
from polemos.nlp.resources import Resources


def register_extensions() -> None:
    """Register ``Doc._.events`` and ``Doc._.dropped_events`` (lists of `Event`, set by the component)."""
    for name in ("events", "dropped_events"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


class EventExtractor:
    """The spaCy component: sets ``doc._.events``."""

    def __init__(self, resources: Resources, *, keep_unasserted: bool = False, skip_quotes: bool = True) -> None:
        self.resources = resources
        self.lexicon = resources.lexicon
        self.keep_unasserted = keep_unasserted
        self.skip_quotes = skip_quotes

    def __call__(self, doc: Doc) -> Doc:
        doc._.resources = self.resources
        dropped: list[Event] = []
        doc._.events = extract_events(doc, self.lexicon, keep_unasserted=self.keep_unasserted,
                                      skip_quotes=self.skip_quotes, dropped=dropped)
        doc._.dropped_events = dropped
        return doc


def make_event_extractor(nlp: Language, name: str, resources: Resources, keep_unasserted: bool = False,
                         skip_quotes: bool = True) -> EventExtractor:
    """Build the component on the resources' trigger lexicon and PLOVER table."""
    return EventExtractor(resources, keep_unasserted=keep_unasserted, skip_quotes=skip_quotes)
