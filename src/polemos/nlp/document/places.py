"""An event's place and actors come from its own words: never the dateline, never a headline for the body."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from polemos.models import Actor
from polemos.nlp.document.mention import Mention
from polemos.nlp.document.structure import DocumentStructure
from polemos.nlp.resources import resources_of

_VERBAL_TYPES = frozenset({"AGREE", "THREATEN", "REQUEST", "ACCUSE", "REJECT", "SUPPORT", "CONCEDE"})
_IMPLIED_CROWDS = frozenset({"protesters", "demonstrators", "strikers", "workers"})


def _outside(part: tuple[int, int] | None, start: int | None, end: int | None) -> bool:
    if part is None or start is None:
        return True
    return end is not None and (end <= part[0] or start >= part[1])


def _belongs(mention: Mention, structure: DocumentStructure, start: int | None, end: int | None) -> bool:
    """Whether words at start..end can speak for the mention: not the dateline, and in the headline only for a
    headline mention (the parser runs the headline into the lead)."""
    if start is None:
        return True
    if structure.in_dateline(start, end):
        return False
    if mention.in_headline:
        return not _outside(structure.headline, start, end)
    return _outside(structure.headline, start, end)


def _own_words(mention: Mention, structure: DocumentStructure, names: list[str]) -> tuple[int, int] | None:
    """Where the mention's own sentence names the place by one of ``names`` (the words the text used, then
    the resolved name; same letters, whole words), outside the dateline and the headline the mention is not
    part of; None when it does not."""
    for name in dict.fromkeys(n for n in names if n):
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", mention.sent_text):
            start = mention.sent_start + m.start()
            if _belongs(mention, structure, start, start + len(name)):
                return start, start + len(name)
    return None


def clean_context(mention: Mention, structure: DocumentStructure, text: str = "") -> None:
    """Drop actors and the place that a mention took from the dateline, or across the headline boundary
    (``text``, the document's, gives the words the place was taken from)."""
    event = mention.event

    def keep(actors: list[Actor]) -> list[Actor]:
        # a name the parser took from the headline stays when the event's own sentence says it too
        return [a for a in actors if _belongs(mention, structure, a.start, a.end)
                or (not structure.in_dateline(a.start or 0, a.end) and a.name.lower() in mention.sent_text.lower())]

    source, target = keep(event.source), keep(event.target)
    if (source, target) != (event.source, event.target):
        gone = [a.name for a in event.source + event.target if a not in source + target]
        event.source, event.target = source, target
        mention.decide("doc.actor.context", "dropped", ", ".join(gone))
    if event.type in _VERBAL_TYPES and any(a.start is None and a.name.lower() in _IMPLIED_CROWDS for a in event.target):
        # "vowed to respond" after "the strikes": the crowd implied for a labour-strike reading is no one's target
        gone = [a.name for a in event.target if a.start is None and a.name.lower() in _IMPLIED_CROWDS]
        event.target = [a for a in event.target if not (a.start is None and a.name.lower() in _IMPLIED_CROWDS)]
        mention.decide("doc.actor.invented-crowd", "dropped", ", ".join(gone))
    place = event.location
    if place is not None and not _belongs(mention, structure, place.start, place.end):
        written = text[place.start:place.end] if text and place.start is not None and place.end else ""
        own = _own_words(mention, structure, [written, place.name])
        if own is not None:
            # the parser ran the headline or dateline into the lead, and the place was taken from there;
            # the mention's own sentence names the same place: that is where the event is said to be
            event.location = replace(place, start=own[0], end=own[1])
            mention.decide("doc.place.own-sentence", "relocated", f"{place.name} at {own[0]}")
        else:
            event.location = None
            mention.decide("doc.place.dateline", "relocated", place.name)


__all__ = ["clean_context", "drop_place_targets"]


#: Types whose target is struck where it is: a shelled town is the location, never the target (guide §4).
_STRUCK_TYPES = frozenset({"ASSAULT"})
#: Precisions of a place below a country: a town, a landmark, a district or a province.
_SUBNATIONAL = frozenset({"city", "point", "admin2", "admin1"})


def drop_place_targets(mention: Mention, doc: Doc) -> None:
    """"Air strikes on the Yemeni capital Sanaa": the town struck is where the attack was, not whom it hit; the
    target is the people named as hit, else none (rule doc.actor.place-target, guide §4)."""
    event = mention.event
    if event.type not in _STRUCK_TYPES or not event.target:
        return
    towns = [(s.start_char, s.end_char) for s in doc.spans.get("places", []) if s._.place.precision in _SUBNATIONAL]
    gaz = resources_of(doc).gazetteer
    gone: list[Actor] = []
    for a in event.target:
        if a.actor_id or a.sector or a.kind:
            continue  # an actor: the town's people ("bombed Idlib": its civilians) or its government, kept
        if a.start is not None and any(lo <= a.start < hi and (a.end or a.start) <= hi for lo, hi in towns):
            gone.append(a)
            continue
        entry = gaz.resolve(a.name)
        if entry is not None and entry.primary and entry.precision in _SUBNATIONAL:
            gone.append(a)  # a bare town name the recogniser left as a phrase ("the Yemeni capital Sanaa")
            if event.location is None or event.location.precision == "country":
                event.location = entry.to_place(a.name, start=a.start, end=a.end)
                mention.decide("doc.place.struck-town", "attached", a.name)
    if gone:
        event.target = [a for a in event.target if a not in gone]
        mention.decide("doc.actor.place-target", "dropped", ", ".join(a.name for a in gone))
