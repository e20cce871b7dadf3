"""Toll and casualty sentences attached to the incident they are about, never events of their own."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from polemos.lang.en.words import GENERIC_VICTIMS
from polemos.models import Count
from polemos.nlp.document.mention import Mention

_TOLL = re.compile(r"\btoll\b|\b(?:rose|risen|climbed|increased|jumped|reached)\s+to\b|\brevised\b", re.IGNORECASE)
_HARM_TYPES = ("ASSAULT", "PROTEST")
_LOOK_BACK = 3  # sentences: how far back a "no one was hurt" or toll sentence looks for its incident


@dataclass
class CountClaim:
    """A count the sentence stage found in the text: its kind, value and where it stands."""

    kind: str
    count: Count
    start: int
    end: int
    sent_start: int
    sent_text: str
    zero: bool = False


_EARLIER = re.compile(r"\b(?:initially|originally|at first|first|earlier|previously|had (?:\w+ )?(?:put|given|"
                      r"reported|said|counted))\b", re.IGNORECASE)


def is_earlier_figure(text: str) -> bool:
    """"Officials had initially reported 21 dead": a figure the text marks as superseded, not the latest."""
    return bool(_EARLIER.search(text)) and not re.search(r"\b(?:rose|risen|climbed|increased|jumped)\s+to\b",
                                                          text, re.IGNORECASE)


def is_toll_sentence(text: str) -> bool:
    """"the death toll had risen to 12", "the toll rose to 31": a sentence that updates a count."""
    return bool(_TOLL.search(text))


def is_toll_fragment(mention: Mention) -> bool:
    """An event made of a toll sentence: no named perpetrator, a count, and toll words."""
    event = mention.event
    has_count = bool(event.killed or event.injured)
    named_source = any(a.start is not None for a in event.source)
    return has_count and not named_source and event.type in _HARM_TYPES and is_toll_sentence(mention.sent_text)


def is_casualty_fragment(mention: Mention) -> bool:
    """"A total of 117 people were wounded", "More than 100 people were wounded, many by gunfire": a count with
    no agent and no victim but people in general, told of an incident already named."""
    event = mention.event
    generic = all(set(a.name.lower().split()) <= GENERIC_VICTIMS | {"the", "many", "some", "of", "them"}
                  for a in event.target)
    return (event.type == "ASSAULT" and not any(a.start is not None for a in event.source) and generic
            and bool(event.killed or event.injured))


def incident_for(mentions: list[Mention], before: int, kind: str, *, since: int | None = None) -> Mention | None:
    """The incident a count at ``before`` speaks of: the latest earlier harm event that carries that kind of
    count, else the latest earlier harm event (``since``: only events whose trigger stands after it)."""
    earlier = [m for m in mentions if m.trigger_start < before and m.event.type in _HARM_TYPES
               and (since is None or m.trigger_start >= since)]
    with_count = [m for m in earlier if getattr(m.event, kind) is not None]
    pool = with_count or earlier
    return max(pool, key=lambda m: m.trigger_start) if pool else None


def revise(mention: Mention, kind: str, count: Count, rule: str, *, latest: bool = True) -> None:
    """Set the ``kind`` count of the mention's event to ``count`` (the latest figure is the best), keeping the
    earlier figure in the decision's detail."""
    event = mention.event
    old = getattr(event, kind)
    if old is not None and not latest:
        mention.decide(rule, "kept", f"{kind} {old.text or old.value()} kept over {count.text or count.value()}")
        return
    new = replace(count)
    setattr(event, kind, new)
    was = f" (was {old.text or old.value()})" if old is not None else ""
    mention.decide(rule, "attached", f"{kind} {count.text or count.value()}{was}")


def apply_zero(mention: Mention, claim: CountClaim) -> None:
    """"No one was hurt": killed 0 and injured 0 on the incident (guide §6); "no arrests": arrested 0."""
    kinds = ("arrested",) if claim.kind == "arrested" else ("killed", "injured")
    for kind in kinds:
        setattr(mention.event, kind, Count(low=0, best=0, high=0, text=claim.count.text, start=claim.start,
                                           end=claim.end))
    mention.decide("doc.attach.no-casualties", "attached", claim.count.text or "0")


def strip_non_harm(mention: Mention, mentions: list[Mention]) -> None:
    """Deaths and injuries belong to the harm they describe (guide §6): a deployment "after fighting killed 10"
    gives its count to the fighting of its sentence when that has none and the sentence is no running toll
    (doc.count.to-harm); a state of emergency
    told with a toll ("declares emergency as protest toll rises to seven") keeps none of it (doc.count.not-harm)."""
    event = mention.event
    if event.type in _HARM_TYPES:
        return
    for kind in ("killed", "injured"):
        count = getattr(event, kind)
        if count is None:
            continue
        setattr(event, kind, None)
        harm = [m for m in mentions if m.event.type in _HARM_TYPES and m.sent_start == mention.sent_start]
        if len(harm) == 1 and getattr(harm[0].event, kind) is None and not is_toll_sentence(mention.sent_text):
            setattr(harm[0].event, kind, count)
            harm[0].decide("doc.count.to-harm", "attached", f"{kind} {count.text or count.value()} "
                                                            f"from the {event.type} of its sentence")
        mention.decide("doc.count.not-harm", "detached", f"{kind} {count.text or count.value()} from {event.type}")


__all__ = ["CountClaim", "apply_zero", "incident_for", "is_earlier_figure", "is_toll_fragment", "is_toll_sentence",
           "revise", "strip_non_harm"]
