"""Plain data records passed between the stages of the flow.

Every fact carries character offsets into the *original* document text, so it can be
traced back to the sentence it came from. ``to_contract()`` gives the JSON Lines shape
documented in ``docs/contract.md`` (the evaluation contract of ``polemos extract``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
RELATION_TYPES: tuple[str, ...] = ("ALLY", "ENEMY", "PART_OF", "LEADS", "CONTROLS", "COOPERATES")
COUNT_KINDS: tuple[str, ...] = ("killed", "injured", "arrested")


@dataclass(frozen=True)
class Evidence:
    """A span of the document text that supports a fact."""

    start: int
    end: int
    text: str
    rule: str = ""

    def to_contract(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Decision:
    """One decision about a candidate event, by the rule with this stable id (``events.merge.same-clause``):
    ``action`` is emitted, dropped, merged, retyped, kept-apart or attached; ``detail`` says on what."""

    rule: str
    action: str
    detail: str = ""

    def to_contract(self) -> dict[str, Any]:
        return {"rule": self.rule, "action": self.action, "detail": self.detail}


@dataclass
class Actor:
    """An actor as resolved from a mention: name, ISO alpha-3 country, sector code, KB id."""

    name: str
    country: str | None = None
    sector: str | None = None
    actor_id: str | None = None
    kind: str | None = None
    start: int | None = None  # char offsets of the mention in the document text
    end: int | None = None

    def to_contract(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "country": self.country, "sector": self.sector}
        if self.actor_id:
            out["actor_id"] = self.actor_id
        return out

    def key(self) -> str:
        """Identity used to merge nodes in the network: KB id, else country+sector+name."""
        if self.actor_id:
            return self.actor_id
        return f"{self.country or '---'}:{self.sector or 'UNK'}:{self.name.lower()}"


@dataclass
class Count:
    """A casualty or arrest claim: low/best/high as the text states them."""

    low: int | None = None
    best: int | None = None
    high: int | None = None
    text: str = ""
    start: int | None = None
    end: int | None = None

    def to_contract(self) -> dict[str, Any]:
        return {"low": self.low, "best": self.best, "high": self.high}

    def value(self) -> int | None:
        for v in (self.best, self.low, self.high):
            if v is not None:
                return v
        return None


def describe_claim(value: object, *, typographic: bool = False) -> str:
    """A contract count claim as text: best, else a low-high range, 'low+' or '<=high' ('' when none).

    ``typographic`` uses an en dash and '≤' (for web pages) instead of '-' and '<=' (for terminals).
    """
    if not isinstance(value, dict):
        return ""
    low, best, high = value.get("low"), value.get("best"), value.get("high")
    if best is not None:
        return str(best)
    if low is not None and high is not None:
        return f"{low}{'–' if typographic else '-'}{high}"
    if low is not None:
        return f"{low}+"
    return f"{'≤' if typographic else '<='}{high}" if high is not None else ""


@dataclass
class Place:
    """A resolved toponym. precision: 'point' | 'city' | 'admin2' | 'admin1' | 'country' | 'region' (finest first);
    ``feature`` is the GeoNames feature class and code ("P.PPL", "A.ADM1"); ``reasons`` the stable ids of the
    signals that chose it (`polemos extract --explain` shows them), never part of the contract."""

    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str | None = None
    geonameid: int | None = None
    start: int | None = None
    end: int | None = None
    admin2: str | None = None
    feature: str | None = None
    reasons: tuple[str, ...] = ()

    def to_contract(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "admin1": self.admin1, "admin2": self.admin2,
                "lat": self.lat, "lon": self.lon, "geonameid": self.geonameid, "feature": self.feature,
                "precision": self.precision}


@dataclass
class Event:
    """One PLOVER event with its participants, cost, time, place and evidence."""

    type: str
    mode: str | None = None
    source: list[Actor] = field(default_factory=list)
    target: list[Actor] = field(default_factory=list)
    location: Place | None = None
    date: str | None = None  # ISO date at its precision: "2019", "2019-10", "2019-10-02"
    date_precision: str | None = None  # "day" | "month" | "year" | None (unknown)
    killed: Count | None = None
    injured: Count | None = None
    arrested: Count | None = None
    modality: str = "asserted"  # asserted | negated | hypothetical | future | threatened | denied
    trigger: Evidence | None = None
    evidence: list[Evidence] = field(default_factory=list)
    rule: str = ""
    confidence: float = 1.0
    #: every decision that made this event what it is, in order (``--explain`` prints them)
    decisions: list[Decision] = field(default_factory=list)

    def to_contract(self, doc_id: str, *, explain: bool = False) -> dict[str, Any]:
        def actors(xs: list[Actor]) -> Any:
            if not xs:
                return None
            return xs[0].to_contract() if len(xs) == 1 else [a.to_contract() for a in xs]

        return {
            "doc_id": doc_id, "kind": "event", "type": self.type, "mode": self.mode,
            "source": actors(self.source), "target": [a.to_contract() for a in self.target] or None,
            "location": self.location.to_contract() if self.location else None,
            "date": self.date, "date_precision": self.date_precision,
            "killed": self.killed.to_contract() if self.killed else None,
            "injured": self.injured.to_contract() if self.injured else None,
            "arrested": self.arrested.to_contract() if self.arrested else None,
            "modality": self.modality,
            "trigger": self.trigger.text if self.trigger else None,
            "rule": self.rule,
            "evidence": [e.to_contract() for e in self.evidence],
        } | ({"trace": [d.to_contract() for d in self.decisions] + self._place_trace()} if explain else {})

    def _place_trace(self) -> list[dict[str, Any]]:
        """The reasons that chose the event's place, as one trace step."""
        place = self.location
        if place is None or not place.reasons:
            return []
        return [Decision("places.resolve", "attached", f"{place.name}: {', '.join(place.reasons)}").to_contract()]


@dataclass
class Relation:
    """A standing relation between two actors asserted by the text (or its negation)."""

    type: str
    a: Actor
    b: Actor
    negated: bool = False
    evidence: list[Evidence] = field(default_factory=list)
    rule: str = ""
    voice: str = "text"  # "text": the text reports it; "author": the document's authors take this stance

    def to_contract(self, doc_id: str) -> dict[str, Any]:
        out = {
            "doc_id": doc_id, "kind": "relation", "type": self.type,
            "a": self.a.to_contract(), "b": self.b.to_contract(), "negated": self.negated,
            "rule": self.rule, "evidence": [e.to_contract() for e in self.evidence],
        }
        if self.voice != "text":
            out["voice"] = self.voice
        return out


@dataclass(frozen=True)
class ArticleParts:
    """What a document says of itself around its body: headline, dateline (place, date as written,
    agency), byline and an issuer's letterhead, as the document stage recognised them in the text, and
    how many paragraphs the text has. They are context for the body, never events or places of their own."""

    headline: str | None = None
    dateline_place: str | None = None
    dateline_date: str | None = None
    agency: str | None = None
    byline: str | None = None
    letterhead: str | None = None
    paragraphs: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"headline": self.headline, "dateline_place": self.dateline_place,
                "dateline_date": self.dateline_date, "agency": self.agency, "byline": self.byline,
                "letterhead": self.letterhead, "paragraphs": self.paragraphs}


@dataclass
class Extraction:
    """Everything extracted from one document."""

    events: list[Event] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    error: str | None = None  # set when a component failed on this document (nothing extracted)
    #: candidate events that became no event, each with the decisions that dropped or merged it
    dropped: list[Event] = field(default_factory=list)
    #: the document's headline, dateline and byline (None when the document stage did not run)
    article: ArticleParts | None = None

    def to_contract(self, doc_id: str, *, all_relations: bool = False, explain: bool = False) -> list[dict[str, Any]]:
        """Contract lines; negated relations and the authors' own stances only with ``all_relations``
        (they are not facts the text reports, but the network uses them). With ``explain`` each event
        carries its ``trace``."""
        lines = [e.to_contract(doc_id, explain=explain) for e in self.events]
        lines += [r.to_contract(doc_id) for r in self.relations
                  if all_relations or (not r.negated and r.voice == "text")]
        return lines

    def dropped_contract(self, doc_id: str) -> list[dict[str, Any]]:
        """The candidates that became no event, as lines of kind ``dropped`` with their trace (kept apart from
        the contract lines, so a scorer never counts them as events)."""
        return [e.to_contract(doc_id, explain=True) | {"kind": "dropped"} for e in self.dropped]
