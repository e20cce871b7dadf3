"""JSON endpoints for scripts: events and relations in the contract shape, documents, the network."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request

from polemos.network.graph import summary
from polemos.store import Database
from polemos.web import figures
from polemos.web.network_figure import network_figure
from polemos.web.queries import (
    build_graph,
    check_date,
    graph_json,
    knowledge_base,
    read_filters,
    select_events,
)

router = APIRouter()
MAX_NODES = 400


def _db(request: Request) -> Database:
    return request.app.state.db  # type: ignore[no-any-return]


@router.get("/events")
def api_events(request: Request, type: str | None = None, actor: str | None = None, country: str | None = None,
               start: str | None = None, end: str | None = None, doc_id: str | None = None, q: str | None = None,
               sort: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """Events as contract dicts plus id, doc_id, doc_date, doc_title (in id order unless ``sort``)."""
    filters = read_filters(type=type, actor=actor, country=country, start=start, end=end, doc_id=doc_id, q=q,
                           sort=sort or "id")
    events = select_events(_db(request), filters)
    return events[:max(limit, 0)] if limit is not None else events


@router.get("/events/{event_id}")
def api_event(request: Request, event_id: int) -> dict[str, Any]:
    """One event with its evidence sentences and trigger span."""
    event = _db(request).event(event_id) if 0 <= event_id < 2**63 else None
    if event is None:
        raise HTTPException(404, f"no event with id {event_id}")
    if not request.query_params.get("paths"):
        event["doc_source"] = figures.file_name(event.get("doc_source"))
    return event


@router.get("/relations")
def api_relations(request: Request, type: str | None = None, doc_id: str | None = None,
                  negated: bool = False) -> list[dict[str, Any]]:
    """Relations as contract dicts (negated ones too with ``negated=true``)."""
    return _db(request).relations(type=type or None, doc_id=doc_id or None, include_negated=negated)


@router.get("/documents")
def api_documents(request: Request, paths: bool = False) -> list[dict[str, Any]]:
    """Every document without its text; ``source`` is the file's name unless ``paths=true`` asks for its path."""
    documents = _db(request).documents()
    if not paths:
        documents = [{**d, "source": figures.file_name(d.get("source"))} for d in documents]
    return documents


@router.get("/network")
def api_network(request: Request, start: str | None = None, end: str | None = None, actor: str | None = None,
                top: int = 10, nodes: int = 60) -> dict[str, Any]:
    """The signed network: summary (blocs, strongest ties, triads, centrality), nodes with drawn positions, edges."""
    g = build_graph(_db(request), start=check_date(start, "start"), end=check_date(end, "end"),
                    kb=knowledge_base(request.app.state))
    result = summary(g, top=max(top, 1), actor=(actor or "").strip() or None)
    figure = network_figure(g, result["blocs"], max_nodes=min(max(nodes, 2), MAX_NODES))
    return {"summary": result, **graph_json(g, figure)}


__all__ = ["router"]
