"""The HTML pages: overview, events, one event, map, timeline, network, documents."""

from __future__ import annotations

import io
from collections import Counter
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, Response

from polemos.errors import ConfigError
from polemos.export import write_csv, write_jsonl
from polemos.models import PLOVER_TYPES
from polemos.network.graph import summary
from polemos.query import SORT_KEYS, totals
from polemos.store import Database
from polemos.web import figures
from polemos.web.network_figure import network_figure
from polemos.web.queries import (
    Filters,
    build_graph,
    check_date,
    ego_graph,
    knowledge_base,
    page_of,
    read_filters,
    select_events,
    sort_events,
)
from polemos.web.text import event_marks, segments

router = APIRouter()
PAGE_SIZE = 100
MAX_NODES = 400  # more is unreadable, and spring_layout switches to a scipy solver at 500


def _db(request: Request) -> Database:
    return request.app.state.db  # type: ignore[no-any-return]


def _render(request: Request, name: str, **context: Any) -> HTMLResponse:
    context.setdefault("db_label", request.app.state.db_label)
    return request.app.state.templates.TemplateResponse(request, name, context)  # type: ignore[no-any-return]


def _filters(type: str | None, actor: str | None, country: str | None, start: str | None, end: str | None,
             doc_id: str | None = None, q: str | None = None, sort: str | None = None) -> Filters:
    return read_filters(type=type, actor=actor, country=country, start=start, end=end, doc_id=doc_id, q=q,
                        sort=sort)


def _legend(events: list[dict[str, Any]]) -> list[tuple[str, str, int]]:
    """(type, colour, count) of the types present, in PLOVER order."""
    counts = Counter(str(e.get("type")) for e in events)
    return [(t, figures.type_colour(t), counts[t]) for t in (*PLOVER_TYPES, *sorted(set(counts) - set(PLOVER_TYPES)))
            if counts.get(t)]


@router.get("/", response_class=HTMLResponse)
def overview(request: Request) -> HTMLResponse:
    """Counts by type and country, recent events, the latest documents."""
    database = _db(request)
    events = sort_events(database.events())
    by_type = _legend(events)
    by_country = totals(events)["countries"]
    days = sorted(d for d in (figures.event_day(e) for e in events) if d)
    return _render(
        request, "index.html", counts=database.counts(), by_type=by_type,
        most=max((n for *_, n in by_type), default=1), recent=events[:10], by_country=by_country[:12],
        most_country=max((n for _, n in by_country), default=1),
        documents=list(reversed(database.documents()))[:10],
        killed=sum(figures.count_value(e.get("killed")) for e in events),
        located=sum(1 for e in events if figures.event_position(e) is not None),
        first=days[0] if days else None, last=days[-1] if days else None,
    )


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, type: str | None = None, actor: str | None = None, country: str | None = None,
                start: str | None = None, end: str | None = None, doc_id: str | None = None, q: str | None = None,
                sort: str | None = None, page: int = 1) -> HTMLResponse:
    """The explorer: filters, free-text search, sortable columns, totals by type and country, downloads."""
    filters = _filters(type, actor, country, start, end, doc_id, q, sort)
    events = select_events(_db(request), filters)
    shown, page, pages = page_of(events, page, PAGE_SIZE)
    return _render(request, "events.html", filters=filters, events=shown, total=len(events), page=page,
                   pages=pages, action="/events", totals=totals(events), sort_keys=SORT_KEYS)


def _download(request: Request, kind: str, type: str | None, actor: str | None, country: str | None,
              start: str | None, end: str | None, doc_id: str | None, q: str | None, sort: str | None) -> Response:
    filters = _filters(type, actor, country, start, end, doc_id, q, sort)
    database = _db(request)
    urls = {d["id"]: d["url"] for d in database.documents()}
    events = [{**e, "doc_url": urls.get(e["doc_id"])} for e in select_events(database, filters)]
    out = io.StringIO()
    (write_csv if kind == "csv" else write_jsonl)(events, out)
    media = "text/csv" if kind == "csv" else "application/x-ndjson"
    return Response(out.getvalue(), media_type=f"{media}; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="polemos-events.{kind}"'})


@router.get("/events.csv")
def events_csv(request: Request, type: str | None = None, actor: str | None = None, country: str | None = None,
               start: str | None = None, end: str | None = None, doc_id: str | None = None, q: str | None = None,
               sort: str | None = None) -> Response:
    """The filtered view as CSV (the columns of `polemos export --format csv`)."""
    return _download(request, "csv", type, actor, country, start, end, doc_id, q, sort)


@router.get("/events.jsonl")
def events_jsonl(request: Request, type: str | None = None, actor: str | None = None, country: str | None = None,
                 start: str | None = None, end: str | None = None, doc_id: str | None = None, q: str | None = None,
                 sort: str | None = None) -> Response:
    """The filtered view as JSON Lines (as `polemos export --format jsonl`)."""
    return _download(request, "jsonl", type, actor, country, start, end, doc_id, q, sort)


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str) -> HTMLResponse:
    """One event: its fields and its evidence marked in the document's text."""
    database = _db(request)
    event = database.event(int(event_id)) if event_id.isdigit() and len(event_id) < 19 else None
    if event is None:
        raise HTTPException(404, f"No event with id {event_id!r}; find one on the events page.")
    document = database.document(event["doc_id"]) or {}
    text = document.get("text") or ""
    marks = event_marks(event, text)
    sentences = [{**sent, "marked": segments(text[sent["start"]:sent["end"]],
                                             [(a - sent["start"], b - sent["start"], c) for a, b, c in marks])}
                 for sent in event.get("sentences") or []]
    return _render(request, "event.html", event=event, document=document, marked=segments(text, marks),
                   sentences=sentences,
                   siblings=[e for e in database.events(doc_id=event["doc_id"]) if e["id"] != event["id"]])


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, type: str | None = None, actor: str | None = None, country: str | None = None,
             start: str | None = None, end: str | None = None, q: str | None = None, fit: bool = False) -> HTMLResponse:
    """Every event on an equirectangular world map: one circle per place (country- and region-level events at
    the country's centre), its area growing with the number of events, coloured by its most frequent type."""
    filters = _filters(type, actor, country, start, end, q=q)
    events = select_events(_db(request), filters)
    points, unlocated = figures.map_points(events)
    view = figures.map_view(points, fit=fit)
    scale = round(view[2] / figures.MAP_WIDTH, 3)
    figures.place_map_labels(points, scale=scale)
    return _render(request, "map.html", filters=filters, points=points, unlocated=unlocated, total=len(events),
                   land=figures.land_dots(), graticule=figures.graticule(), view=view, scale=scale, fit=fit,
                   types=_legend(events), width=figures.MAP_WIDTH, height=round(figures.MAP_HEIGHT, 2),
                   action="/map", levels=Counter(p["how"] for p in points for _ in p["ids"]))


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(request: Request, type: str | None = None, actor: str | None = None, country: str | None = None,
                  start: str | None = None, end: str | None = None, q: str | None = None,
                  by: str = "auto") -> HTMLResponse:
    """Events per period stacked by type, and killed per period."""
    filters = _filters(type, actor, country, start, end, q=q)
    if by not in ("auto", *figures.PERIODS):
        raise ConfigError(f"by={by!r} is not a period; use auto, {', '.join(figures.PERIODS)}")
    events = select_events(_db(request), filters)
    data = figures.timeline(events, by=by)
    return _render(request, "timeline.html", filters=filters, data=data, chart=figures.timeline_chart(data),
                   total=len(events), types=_legend(events), by=by, action="/timeline")


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request, start: str | None = None, end: str | None = None, actor: str | None = None,
                 nodes: int = 60, top: int = 15) -> HTMLResponse:
    """The signed actor network; focused on one actor: its ties drawn alone, each with all its evidence."""
    start, end, actor = check_date(start, "start"), check_date(end, "end"), (actor or "").strip() or None
    g = build_graph(_db(request), start=start, end=end, kb=knowledge_base(request.app.state))
    problem = None
    try:
        result = summary(g, top=max(top, 1), actor=actor)
    except ConfigError as exc:  # an unknown actor still shows the whole network
        problem, result = str(exc), summary(g, top=max(top, 1))
    mine = result.get("actor")
    every = summary(g, top=1)["blocs"] if mine else result["blocs"]  # colours from the whole network's blocs
    drawn = ego_graph(g, mine["actor"]) if mine else g
    figure = network_figure(drawn, every, max_nodes=min(max(nodes, 2), MAX_NODES),
                                    focus=mine["actor"] if mine else None)
    blocs = [b for b in result["blocs"] if len(b["members"]) > 1]
    actors = sorted(((d["name"], n, g.degree(n)) for n, d in g.nodes(data=True)), key=lambda a: a[0].lower())
    return _render(request, "network.html", result=result, figure=figure, blocs=blocs, mine=mine,
                   start=start, end=end, actor=actor, nodes=nodes, problem=problem, actors=actors,
                   colours={n["bloc"]: n["colour"] for n in figure["nodes"] if n["bloc"] is not None})


@router.get("/favicon.ico")
def favicon() -> Response:
    """No icon (browsers ask for one on every page)."""
    return Response(status_code=204)


@router.get("/documents", response_class=HTMLResponse)
def documents_page(request: Request) -> HTMLResponse:
    """Every stored document with its status and number of events."""
    return _render(request, "documents.html", documents=_db(request).documents())


@router.get("/documents/{doc_id:path}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: str) -> HTMLResponse:
    """One document's text with every event's evidence marked, and its events."""
    database = _db(request)
    document = database.document(doc_id)
    if document is None:
        raise HTTPException(404, f"No document with id {doc_id!r}; see the documents page.")
    events = database.events(doc_id=doc_id)
    text = document.get("text") or ""
    marks = [(ev["start"], ev["end"], "evidence") for e in events for ev in e["evidence"]]
    marks += [(p["start"], p["end"], "repeated") for p in document.get("passages", []) if p.get("repeated")]
    return _render(request, "document.html", document=document, events=events, marked=segments(text, marks))


__all__ = ["router"]
