"""What the pages and the JSON API share: checked filters (from ``polemos.query``), paging, the knowledge
base, the network and its focus on one actor."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import networkx as nx

from polemos.knowledge.kb import KnowledgeBase
from polemos.network.graph import build_network
from polemos.query import EventFilters, check_date, read_filters, select_events, sort_events
from polemos.store import Database

Filters = EventFilters  # the name the pages have always used


def page_of(items: list[Any], page: int, size: int) -> tuple[list[Any], int, int]:
    """One page of ``items`` (pages count from 1, clamped to the range): the items, the page, the page count."""
    pages = max(1, -(-len(items) // size))
    page = min(max(page, 1), pages)
    return items[(page - 1) * size: page * size], page, pages


def knowledge_base(state: Any) -> KnowledgeBase | None:
    """The app's knowledge base, loaded on first use (None when the app was made with ``kb=False``)."""
    if state.use_kb and state.kb is None:
        state.kb = KnowledgeBase.load()
    return state.kb  # type: ignore[no-any-return]


def build_graph(database: Database, *, start: str | None, end: str | None, kb: Any) -> nx.Graph:
    """The signed actor network of the stored events and relations dated in [start, end]."""
    return build_network(database.events(), database.relations(include_negated=True),
                         start=check_date(start, "start"), end=check_date(end, "end"), kb=kb)


def ego_graph(g: nx.Graph, node: str) -> nx.Graph:
    """The actor, its neighbours and the ties among them."""
    return g.subgraph([node, *g.neighbors(node)])


def graph_json(g: nx.Graph, figure: Mapping[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Nodes (with their drawn position, where drawn) and edges of the graph as plain JSON."""
    where = {n["key"]: (n["x"], n["y"], n["bloc"]) for n in figure["nodes"]}
    nodes = []
    for n, d in g.nodes(data=True):
        x, y, bloc = where.get(n, (None, None, None))
        nodes.append({"id": n, "name": d.get("name"), "names": d.get("names", []), "country": d.get("country") or None,
                      "sector": d.get("sector") or None, "actor_id": d.get("actor_id") or None,
                      "kind": d.get("kind"), "mentions": d.get("mentions"), "bloc": bloc, "x": x, "y": y})
    edges = [{"source": u, "target": v, "weight": round(d["weight"], 3), "positive": round(d["positive"], 3),
              "negative": round(d["negative"], 3), "count": d["count"], "types": dict(d["types"]),
              "not_ally": d.get("not_ally", False), "evidence": d["evidence"][:3]}
             for u, v, d in g.edges(data=True)]
    return {"nodes": nodes, "edges": edges}


__all__ = [
    "Filters", "build_graph", "check_date", "ego_graph", "graph_json", "knowledge_base", "page_of",
    "read_filters", "select_events", "sort_events"
]
