"""JSON endpoints for scripts: events and relations in the contract shape, documents, the network."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request

from polemos.store import Database
from polemos.web import figures
from polemos.web.queries import build_graph, check_date, graph_json, read_filters

router = APIRouter()
MAX_NODES = 400


def _db(request: Request) -> Database:
    return request.app.state.db  # type: ignore[no-any-return]


@router.get("/events")
def api_events(request: Request, type: str | None = None, actor: str | None = None, country: str | None = None,
               start: str | None = None, end: str | None = None, doc_id: str | None = None,
               limit: int | None = None) -> list[dict[str, Any]]:
    """Events as contract dicts plus id, doc_id, doc_date, doc_title (in id order, as `polemos events --json`)."""
    filters = read_filters(type=type, actor=actor, country=country, start=start, end=end, doc_id=doc_id)
    return _db(request).events(type=filters.type, actor=filters.actor, country=filters.country,
                               start=filters.start, end=filters.end, doc_id=filters.doc_id,
                               limit=max(limit, 0) if limit is not None else None)


@router.get("/events/{event_id}")
def api_event(request: Request, event_id: int) -> dict[str, Any]:
    """One event with its evidence sentences and trigger span."""
    event = _db(request).event(event_id) if 0 <= event_id < 2**63 else None
    if event is None:
        raise HTTPException(404, f"no event with id {event_id}")
    return event


@router.get("/relations")
def api_relations(request: Request, type: str | None = None, doc_id: str | None = None,
                  negated: bool = False) -> list[dict[str, Any]]:
    """Relations as contract dicts (negated ones too with ``negated=true``)."""
    return _db(request).relations(type=type or None, doc_id=doc_id or None, include_negated=negated)


@router.get("/documents")
def api_documents(request: Request) -> list[dict[str, Any]]:
    """Every document without its text."""
    return _db(request).documents()


@router.get("/network")
def api_network(request: Request, start: str | None = None, end: str | None = None, actor: str | None = None,
                top: int = 10, nodes: int = 60) -> dict[str, Any]:
    """The signed network: summary (blocs, strongest ties, triads, centrality), nodes with drawn positions, edges."""
    from polemos.network.graph import summary
    from polemos.web.app import knowledge_base

    g = build_graph(_db(request), start=check_date(start, "start"), end=check_date(end, "end"),
                    kb=knowledge_base(request.app))
    result = summary(g, top=max(top, 1), actor=(actor or "").strip() or None)
    figure = figures.network_figure(g, result["blocs"], max_nodes=min(max(nodes, 2), MAX_NODES))
    return {"summary": result, **graph_json(g, figure)}


__all__ = ["router"]
