"""The records of the GeoNames index and the resolver's inputs and answers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

# How exactly an answer places the mention, finest first.
PRECISIONS = ("point", "city", "admin2", "admin1", "country", "region")


@dataclass(frozen=True, slots=True)
class GeoPlace:
    """One entry of the index: a populated place, an administrative unit, a country or a region.

    ``id`` is the GeoNames id, or a negative synthetic id for units GeoNames data here lacks (US counties,
    curated regions). ``country`` is ISO 3166-1 alpha-3; ``fclass``/``fcode`` are GeoNames feature
    class and code ('P'/'PPL', 'A'/'ADM1', 'A'/'PCLI', 'L'/'CONT', ...)."""

    id: int
    name: str
    ascii: str
    country: str | None
    admin1_code: str | None
    admin1: str | None
    admin2_code: str | None
    admin2: str | None
    lat: float | None
    lon: float | None
    population: int
    fclass: str
    fcode: str
    precision: str
    common: bool = False  # the main name is a frequent English word ("Police", "Best")

    @property
    def geonameid(self) -> int | None:
        """The GeoNames id, None for a synthetic entry."""
        return self.id if self.id > 0 else None

    @property
    def is_area(self) -> bool:
        """An administrative unit, country or region rather than a settlement or point."""
        return self.precision in ("admin2", "admin1", "country", "region")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place found under a name; ``alternate`` when the name is not its main or ASCII name."""

    place: GeoPlace
    alternate: bool = False


@dataclass(frozen=True)
class Mention:
    """A place mention of one document, as the caller found it.

    ``qualifier`` is a written qualifier after a comma ("Florida" in "Parkland, Florida", "Kan." in
    "Kansas City, Kan."); ``capital`` when the text calls it the capital ("the capital, Kabul");
    ``county`` when "County" follows or is part of it; ``reading`` is the parse's hook: "place" (default),
    or "person", "organisation", "demonym" when the parse and context say it is not a place (the resolver
    then returns nothing for it)."""

    text: str
    start: int
    end: int
    qualifier: str | None = None
    capital: bool = False
    county: bool = False
    reading: str = "place"


@dataclass(frozen=True)
class DocumentContext:
    """What the document says about where it is: ``countries`` (ISO3 -> weight, from countries,
    demonyms and actors it names), ``regions`` (folded admin1 or region name -> weight), the ``dateline``
    place's text, and the publication date."""

    countries: Mapping[str, float] = field(default_factory=dict)
    regions: Mapping[str, float] = field(default_factory=dict)
    dateline: str | None = None
    pub_date: date | None = None


@dataclass(frozen=True)
class Resolution:
    """The place a mention resolves to, with the reasons (stable ids such as "qualifier:admin1",
    "context:country", "near:Baghdad:12") that decided it."""

    mention: Mention
    place: GeoPlace
    score: float
    reasons: tuple[str, ...]
    lat: float | None
    lon: float | None

    def to_dict(self) -> dict[str, Any]:
        """The answer as the `polemos places` contract writes it (without doc_id)."""
        p = self.place
        return {"start": self.mention.start, "end": self.mention.end, "text": self.mention.text,
                "name": p.name, "country": p.country, "admin1": p.admin1, "admin2": p.admin2,
                "lat": self.lat, "lon": self.lon, "geonameid": p.geonameid, "feature": f"{p.fclass}.{p.fcode}",
                "precision": p.precision, "reasons": list(self.reasons)}


__all__ = ["PRECISIONS", "Candidate", "DocumentContext", "GeoPlace", "Mention", "Resolution"]
