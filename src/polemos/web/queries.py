"""What the pages and the JSON API share: reading filters from a query string, sorting, the network."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from typing import Any
from urllib.parse import urlencode

import networkx as nx

from polemos.errors import ConfigError
from polemos.models import PLOVER_TYPES
from polemos.store import Database
from polemos.web.figures import event_day

_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_COUNTRY = re.compile(r"^[A-Za-z]{3}$")


@dataclass(frozen=True)
class Filters:
    """Event filters as given in a query string (empty fields are None)."""

    type: str | None = None
    actor: str | None = None
    country: str | None = None
    start: str | None = None
    end: str | None = None
    doc_id: str | None = None

    def active(self) -> bool:
        return any(asdict(self).values())

    def query(self, **extra: Any) -> str:
        """The filters (plus ``extra`` parameters) as a query string for links, empty values left out."""
        params = {k: v for k, v in {**asdict(self), **extra}.items() if v not in (None, "", False)}
        return urlencode(params)

    def without(self, name: str) -> Filters:
        return replace(self, **{name: None})

    def events(self, database: Database) -> list[dict[str, Any]]:
        """The stored events these filters select, latest first."""
        return sort_events(database.events(type=self.type, actor=self.actor, country=self.country,
                                           start=self.start, end=self.end, doc_id=self.doc_id))


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def check_date(value: str | None, field: str) -> str | None:
    """An ISO date at year, month or day precision, else a ConfigError naming the field."""
    value = _clean(value)
    if value is not None and not _ISO.match(value):
        raise ConfigError(f"{field}={value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def read_filters(*, type: str | None = None, actor: str | None = None, country: str | None = None,
                 start: str | None = None, end: str | None = None, doc_id: str | None = None) -> Filters:
    """Checked filters from query parameters; a ConfigError says which one is wrong and what to use."""
    event_type = _clean(type)
    if event_type is not None:
        event_type = event_type.upper()
        if event_type not in PLOVER_TYPES:
            raise ConfigError(f"type={type!r} is not a PLOVER type; use one of {', '.join(PLOVER_TYPES)}")
    code = _clean(country)
    if code is not None:
        if not _COUNTRY.match(code):
            raise ConfigError(f"country={country!r} is not an ISO 3166 alpha-3 code; use e.g. IRQ")
        code = code.upper()
    first, last = check_date(start, "start"), check_date(end, "end")
    if first and last and first[: len(last)] > last[: len(first)]:
        raise ConfigError(f"start={first} is after end={last}; swap them")
    return Filters(type=event_type, actor=_clean(actor), country=code, start=first, end=last,
                   doc_id=_clean(doc_id))


def sort_events(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Latest first by event date (else document date); undated events last, then by id."""
    dated = sorted((e for e in events if event_day(e)), key=lambda e: (event_day(e), e["id"]), reverse=True)
    return dated + [e for e in events if not event_day(e)]


def page_of(items: list[Any], page: int, size: int) -> tuple[list[Any], int, int]:
    """One page of ``items`` (pages count from 1, clamped to the range): the items, the page, the page count."""
    pages = max(1, -(-len(items) // size))
    page = min(max(page, 1), pages)
    return items[(page - 1) * size: page * size], page, pages


def build_graph(database: Database, *, start: str | None, end: str | None, kb: Any) -> nx.Graph:
    """The signed actor network of the stored events and relations dated in [start, end]."""
    from polemos.network.graph import build_network

    return build_network(database.events(), database.relations(include_negated=True),
                         start=check_date(start, "start"), end=check_date(end, "end"), kb=kb)


def graph_json(g: nx.Graph, figure: Mapping[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Nodes (with their drawn position, where drawn) and edges of the graph as plain JSON."""
    where = {n["key"]: (n["x"], n["y"], n["bloc"]) for n in figure["nodes"]}
    nodes = []
    for n, d in g.nodes(data=True):
        x, y, bloc = where.get(n, (None, None, None))
        nodes.append({"id": n, "name": d.get("name"), "country": d.get("country") or None,
                      "sector": d.get("sector") or None, "actor_id": d.get("actor_id") or None,
                      "kind": d.get("kind"), "mentions": d.get("mentions"), "bloc": bloc, "x": x, "y": y})
    edges = [{"source": u, "target": v, "weight": round(d["weight"], 3), "positive": round(d["positive"], 3),
              "negative": round(d["negative"], 3), "count": d["count"], "types": dict(d["types"]),
              "not_ally": d.get("not_ally", False), "evidence": d["evidence"][:3]}
             for u, v, d in g.edges(data=True)]
    return {"nodes": nodes, "edges": edges}


__all__ = ["Filters", "build_graph", "check_date", "graph_json", "page_of", "read_filters", "sort_events"]
