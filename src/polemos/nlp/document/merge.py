"""Mentions of one incident (headline, lead, body, "the attack") merged into one event, keeping all evidence."""

from __future__ import annotations

import re

from polemos.lang.en.words import ACTOR_NAME_STOPWORDS
from polemos.models import Actor, Event
from polemos.nlp.document.mention import Mention, dates_agree

_PRECISION_RANK = {"point": 4, "city": 3, "admin1": 2, "region": 1, "country": 0}


_WORD = re.compile(r"[a-z0-9]+")


# nouns that carry no identity of their own: "forces" matches "forces" of any side
_SOFT = ACTOR_NAME_STOPWORDS - {"police", "army", "military", "troops", "government", "authorities"}


def _words(actor: Actor) -> set[str]:
    return {w for w in _WORD.findall(actor.name.lower()) if w not in _SOFT}


def _same_actor(a: Actor, b: Actor, *, by_country: bool) -> bool:
    if a.actor_id and b.actor_id and a.actor_id == b.actor_id:
        return True
    wa, wb = _words(a), _words(b)
    if wa & wb:
        return True
    return by_country and a.country is not None and a.country == b.country


def actors_agree(xs: list[Actor], ys: list[Actor], *, by_country: bool = False) -> bool:
    """Either side names no one, or some actor of one is an actor of the other (name, KB id, or country when
    ``by_country``)."""
    xs = [a for a in xs if a.start is not None] or xs
    ys = [a for a in ys if a.start is not None] or ys
    if not xs or not ys:
        return True
    return any(_same_actor(a, b, by_country=by_country) for a in xs for b in ys)


def places_agree(a: Event, b: Event) -> bool:
    """Same place, one inside the other's country, or one unknown."""
    pa, pb = a.location, b.location
    if pa is None or pb is None:
        return True
    if pa.name.lower() == pb.name.lower():
        return True
    if pa.country and pb.country and pa.country != pb.country:
        return False
    coarse = {"country", "region", "admin1"}
    return pa.precision in coarse or pb.precision in coarse or pa.admin1 == pb.name or pb.admin1 == pa.name


_NEAR_CHARS = 1500  # an agentless mention names back an incident told within a few paragraphs


def _shared_target(a: Event, b: Event) -> bool:
    xs = [x for x in a.target if x.start is not None]
    ys = [y for y in b.target if y.start is not None]
    return bool(xs and ys) and any(_same_actor(x, y, by_country=False) for x in xs for y in ys)


def same_incident(a: Mention, b: Mention) -> str | None:
    """The rule id by which ``b`` (later) is a mention of ``a``'s incident, or None."""
    ea, eb = a.event, b.event
    if ea.type != eb.type or not dates_agree(ea.date, eb.date):
        return None
    if not actors_agree(ea.target, eb.target):
        return None
    # "the attack", "the clashes" name an incident back; "a gas attack" introduces one
    anaphor = b.noun and b.definite
    if anaphor:
        if actors_agree(ea.source, eb.source, by_country=True) and (places_agree(ea, eb) or not eb.source):
            return "doc.merge.anaphor"
        return None
    named = [x for x in ea.source if x.start is not None], [x for x in eb.source if x.start is not None]
    if not places_agree(ea, eb):
        return None
    if not named[1] and _shared_target(ea, eb) and (b.sent_start - a.sent_start) < _NEAR_CHARS:
        return "doc.merge.agentless"  # "The strikes hit the market": the market the coalition's strikes hit
    if not all(named):
        return None
    if actors_agree(ea.source, eb.source) and (ea.target and eb.target or ea.date and ea.date == eb.date):
        return "doc.merge.same-incident"
    return None


def _more_specific_date(x: str | None, y: str | None) -> str | None:
    if not x:
        return y
    if not y:
        return x
    return y if len(y) > len(x) else x


def fuse(keep: Mention, other: Mention, rule: str) -> None:
    """Fold ``other`` into ``keep``: all evidence, the most specific date and place, missing actors and counts."""
    k, o = keep.event, other.event
    for ev in o.evidence:
        if ev not in k.evidence:
            k.evidence.append(ev)
    date = _more_specific_date(k.date, o.date)
    if date != k.date:
        k.date, k.date_precision = date, o.date_precision
    if o.location and (k.location is None or _PRECISION_RANK.get(o.location.precision or "", 0)
                       > _PRECISION_RANK.get(k.location.precision or "", 0)):
        k.location = o.location
    if not any(a.start is not None for a in k.source) and any(a.start is not None for a in o.source):
        k.source = o.source
    if not k.target and o.target:
        k.target = o.target
    for kind in ("killed", "injured", "arrested"):
        if getattr(k, kind) is None and getattr(o, kind) is not None:
            setattr(k, kind, getattr(o, kind))
    k.mode = k.mode or o.mode
    trig = o.trigger.text if o.trigger else o.type
    keep.decide(rule, "merged", f"{trig!r} at {other.trigger_start}")
    k.decisions.extend(o.decisions)


def headline_host(head: Mention, body: list[Mention]) -> Mention | None:
    """The body mention a headline event summarises: same type, sharing an actor when one does."""
    same = [m for m in body if m.event.type == head.event.type]
    if not same:
        return None
    sharing = [m for m in same if actors_agree(head.event.source, m.event.source)
               and actors_agree(head.event.target, m.event.target)]
    return (sharing or same)[0]


__all__ = ["actors_agree", "fuse", "headline_host", "places_agree", "same_incident"]


