"""Which place a merged event keeps, and whether two mentions' places may be one event's.

The document stage (`polemos.nlp.document.merge`) merges mentions of one act; their places are compared and
fused here: a town lies in its county, division and country; a finer place elsewhere does not replace the
kept mention's (one mention's misread toponym would spread to the merged event).
"""

from __future__ import annotations

from polemos.models import Place

# Finest first: a merged event takes the other mention's place only where it is finer and lies inside.
PLACE_FINENESS = {"point": 5, "city": 4, "admin2": 3, "admin1": 2, "region": 1, "country": 0}
_BROAD = frozenset({"country", "region"})


def _fineness(place: Place) -> int:
    return PLACE_FINENESS.get(place.precision or "", 0)


def within(small: Place, big: Place) -> bool:
    """Whether ``small`` lies inside ``big`` as far as the places say: the same country, and, for a division,
    no other division named ("Kankara" in Katsina state; a town whose division is unknown may be)."""
    if small.country and big.country and small.country != big.country:
        return False
    if big.precision in _BROAD or big.precision is None:
        return True
    if big.precision == "admin1":
        return small.admin1 is None or small.admin1 in (big.admin1, big.name)
    if big.precision == "admin2":
        if small.admin2 is not None:
            return small.admin2 in (big.admin2, big.name)
        return small.admin1 is None or big.admin1 is None or small.admin1 == big.admin1
    return small.name.lower() == big.name.lower()


def locations_agree(pa: Place | None, pb: Place | None) -> bool:
    """Two mentions' places may be one event's: the same place, one inside the other (a town in its county,
    division or country), or one unknown. Different countries never agree."""
    if pa is None or pb is None:
        return True
    if pa.name.lower() == pb.name.lower():
        return True
    if pa.country and pb.country and pa.country != pb.country:
        return False
    if pa.admin1 == pb.name or pb.admin1 == pa.name or pa.admin2 == pb.name or pb.admin2 == pa.name:
        return True
    coarse, fine = (pa, pb) if _fineness(pa) <= _fineness(pb) else (pb, pa)
    return coarse.precision not in ("city", "point") and within(fine, coarse)


def fused_place(kept: Place | None, other: Place | None) -> tuple[Place | None, str]:
    """The place of a merged event and why: the kept mention's, refined by the other's where that one is
    finer and lies inside it ("Katsina state" -> "Kankara"); a finer place elsewhere does not replace it (one
    mention's misread toponym would spread to the event)."""
    if other is None:
        return kept, "kept"
    if kept is None:
        return other, "taken"
    if _fineness(other) > _fineness(kept) and within(other, kept):
        return other, "refined"
    if _said_in_own_clause(other) and _guessed(kept) and (
            _fineness(other) >= _fineness(kept) or other.country != kept.country) and _grounded(other, kept):
        # rule doc.place.own-clause: one mention's clause says where ("the strikes targeted camps in North
        # Kivu"), the kept one's place was only guessed from elsewhere (another clause, the paragraph, the
        # actors, the document's town): the place the text gives the act wins, unless it only names the country
        # of the guessed town ("riots spread across Togo" does not undo "a mob in the city of Sokode")
        return other, "own-clause"
    return kept, "kept"


# Attachment rules (`polemos.nlp.places.attach`) that read the place from the event's own clause.
_OWN_CLAUSE_RULES = frozenset({"attach:clause", "attach:where-clause", "attach:where-clause-town",
                               "attach:near-trigger", "attach:deed-object", "attach:most-specific"})
# Attachment rules that guess the place from outside the event's words.
_GUESSED_RULES = frozenset({"attach:sentence", "attach:previous-sentence", "attach:previous-sentence-party",
                            "attach:party", "attach:subordinate-clause", "attach:national-actor",
                            "attach:actors-country", "attach:document-focus", "attach:demonym", "attach:scene"})


def _grounded(other: Place, kept: Place) -> bool:
    """A place of another country than the kept one replaces it only where the document points to that country
    (the resolver's ``context:country`` reason); a name merely spelled like a town abroad does not."""
    if other.country == kept.country or not other.country:
        return other.country == kept.country
    return "gazetteer:spelled-alike" not in other.reasons and any(r.startswith("context:country:") for r in other.reasons)


def _attach_rule(place: Place) -> str | None:
    return next((r for r in reversed(place.reasons) if r.startswith("attach:")), None)


def _said_in_own_clause(place: Place) -> bool:
    return _attach_rule(place) in _OWN_CLAUSE_RULES


def _guessed(place: Place) -> bool:
    return _attach_rule(place) in _GUESSED_RULES


__all__ = ["PLACE_FINENESS", "fused_place", "locations_agree", "within"]
