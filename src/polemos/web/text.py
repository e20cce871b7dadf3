"""Marking evidence, triggers and actor mentions in a document's text (pure functions)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from itertools import pairwise
from typing import Any

from polemos.web.figures import actor_list

Mark = tuple[int, int, str]  # start, end (document offsets), class


def segments(text: str, marks: Iterable[Mark]) -> list[tuple[str, tuple[str, ...]]]:
    """Cut ``text`` at every mark boundary: (piece, sorted classes covering it) in order; overlaps allowed."""
    spans = [(max(s, 0), min(e, len(text)), c) for s, e, c in marks if s is not None and e is not None]
    spans = [(s, e, c) for s, e, c in spans if s < e]
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out: list[tuple[str, tuple[str, ...]]] = []
    for a, b in pairwise(cuts):
        classes = tuple(sorted({c for s, e, c in spans if s <= a and b <= e}))
        if out and out[-1][1] == classes:
            out[-1] = (out[-1][0] + text[a:b], classes)
        else:
            out.append((text[a:b], classes))
    return out


def find_mentions(text: str, name: str, within: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Offsets of ``name`` (whole words, any case) inside the given windows of ``text``."""
    name = name.strip()
    if len(name) < 2:
        return []
    pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)", re.IGNORECASE)
    found: list[tuple[int, int]] = []
    for start, end in within:
        found.extend((start + m.start(), start + m.end()) for m in pattern.finditer(text[start:end]))
    return sorted(set(found))


def event_marks(event: Mapping[str, Any], text: str) -> list[Mark]:
    """Marks for one event in its document: evidence, trigger, and source/target/place mentions.

    Actor and place offsets are used where the event carries them; otherwise their names are looked
    up inside the evidence (a name outside the evidence would not be this event's mention).
    """
    marks: list[Mark] = [(ev["start"], ev["end"], "evidence") for ev in event.get("evidence") or []
                         if isinstance(ev.get("start"), int) and isinstance(ev.get("end"), int)]
    windows = [(s, e) for s, e, _ in marks] or [(0, len(text))]
    span = event.get("trigger_span")
    if span and span[0] is not None:
        marks.append((int(span[0]), int(span[1]), "trigger"))
    elif event.get("trigger"):
        marks += [(s, e, "trigger") for s, e in find_mentions(text, str(event["trigger"]), windows)[:1]]
    for role in ("source", "target"):
        for actor in actor_list(event.get(role)):
            if isinstance(actor.get("start"), int) and isinstance(actor.get("end"), int):
                marks.append((actor["start"], actor["end"], role))
            else:
                marks += [(s, e, role) for s, e in find_mentions(text, str(actor.get("name") or ""), windows)]
    place = event.get("location") or {}
    if place.get("name"):
        marks += [(s, e, "place") for s, e in find_mentions(text, str(place["name"]), windows)]
    return marks


__all__ = ["event_marks", "find_mentions", "segments"]
