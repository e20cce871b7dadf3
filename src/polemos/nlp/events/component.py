"""TODO"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from polemos.nlp.events.passes import extract_events
from polemos.ontology.lexicon import Lexicon, default_lexicon


def register_extensions() -> None:
    """Register ``Doc._.events`` (a list of `Event`, set by the component)."""
    if not Doc.has_extension("events"):
        Doc.set_extension("events", default=None)


class EventExtractor:
    """The spaCy component: sets ``doc._.events``."""

    def __init__(self, lex: Lexicon, *, keep_unasserted: bool = False, skip_quotes: bool = True) -> None:
        self.lexicon = lex
        self.keep_unasserted = keep_unasserted
        self.skip_quotes = skip_quotes

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = extract_events(doc, self.lexicon, keep_unasserted=self.keep_unasserted,
                                      skip_quotes=self.skip_quotes)
        return doc


def make_event_extractor(nlp: Language, name: str, keep_unasserted: bool = False,
                         skip_quotes: bool = True) -> EventExtractor:
    """Build the component; the trigger lexicon and PLOVER table are loaded once, here."""
    return EventExtractor(default_lexicon(), keep_unasserted=keep_unasserted, skip_quotes=skip_quotes)
