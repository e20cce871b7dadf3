"""CLI: `polemos events` and `polemos show EVENT_ID` (call `Database.events` / `Database.event`)."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from polemos.cli._app import DbOption, console, err_console, resolve_db
from polemos.errors import PolemosError
from polemos.models import describe_claim
from polemos.store import Database


def actor_names(value: Any) -> str:
    """Actor names of a source/target field, with their country and sector codes."""
    if not value:
        return ""
    actors = [value] if isinstance(value, dict) else value
    out = []
    for actor in actors:
        codes = "/".join(c for c in (actor.get("country"), actor.get("sector")) if c)
        out.append(f"{actor['name']} [{codes}]" if codes else actor["name"])
    return "; ".join(out)


def claim(value: dict[str, Any] | None) -> str:
    """A count claim as terminal text."""
    return describe_claim(value)


def events_table(events: list[dict[str, Any]], *, title: str | None = None) -> Table:
    """Events as a rich table."""
    table = Table(title=title if title is not None else f"{len(events)} event{'' if len(events) == 1 else 's'}")
    for column in ("id", "date", "type", "source", "target", "location", "killed", "injured", "arrested"):
        table.add_column(column, overflow="fold",
                         justify="right" if column in ("id", "killed", "injured", "arrested") else "left")
    for ev in events:
        typ = ev["type"] + (f"/{ev['mode']}" if ev.get("mode") else "")
        if ev.get("modality") and ev["modality"] != "asserted":
            typ += f" ({ev['modality']})"
        place = ev.get("location") or {}
        where = ", ".join(p for p in (place.get("name"), place.get("country")) if p)
        table.add_row(str(ev["id"]), ev.get("date") or (f"~{ev['doc_date']}" if ev.get("doc_date") else ""), typ,
                      actor_names(ev.get("source")), actor_names(ev.get("target")), where,
                      claim(ev.get("killed")), claim(ev.get("injured")), claim(ev.get("arrested")))
    return table


def events_cli(
    db: str | None = DbOption,
    type_: Annotated[str | None, typer.Option("--type", "-t", help="PLOVER type, e.g. ASSAULT.")] = None,
    actor: Annotated[str | None, typer.Option("--actor", "-a", help="Actor name or KB id (substring).")] = None,
    country: Annotated[str | None, typer.Option("--country", "-c", help="ISO alpha-3 code of an actor or place.")] = None,
    start: Annotated[str | None, typer.Option("--from", help="Earliest date (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Latest date (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="Show at most this many events.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line instead of a table.")] = False,
) -> None:
    """List stored events, filtered by type, actor, country and date range."""
    try:
        with Database(resolve_db(db)) as database:
            events = database.events(type=type_, actor=actor, country=country, start=start, end=end, limit=limit)
    except PolemosError as exc:
        err_console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from exc
    if as_json:
        for ev in events:
            typer.echo(json.dumps(ev, ensure_ascii=False))
        return
    console.print(events_table(events))


def highlighted(sentence: dict[str, Any], spans: list[tuple[int, int, str]]) -> Text:
    """A sentence with the evidence and trigger spans (document offsets) styled."""
    text = Text(sentence["text"])
    base = sentence["start"]
    for start, end, style in spans:
        a, b = max(start - base, 0), min(end - base, len(sentence["text"]))
        if a < b:
            text.stylize(style, a, b)
    return text


def show_cli(
    event_id: Annotated[int, typer.Argument(help="Event id, as listed by `polemos events`.")],
    db: str | None = DbOption,
    as_json: Annotated[bool, typer.Option("--json", help="Print the event as JSON.")] = False,
) -> None:
    """Show one event with its evidence sentences highlighted."""
    try:
        with Database(resolve_db(db)) as database:
            ev = database.event(event_id)
    except PolemosError as exc:
        err_console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from exc
    if ev is None:
        err_console.print(f"[red]error:[/] no event with id {event_id}; list them with `polemos events`")
        raise typer.Exit(1)
    if as_json:
        typer.echo(json.dumps(ev, ensure_ascii=False, indent=2))
        return
    fields = Table(show_header=False, box=None)
    fields.add_column(style="bold")
    fields.add_column()
    place = ev.get("location") or {}
    rows = [
        ("type", ev["type"] + (f" / {ev['mode']}" if ev.get("mode") else "")), ("modality", ev.get("modality")),
        ("source", actor_names(ev.get("source"))), ("target", actor_names(ev.get("target"))),
        ("location", ", ".join(str(p) for p in (place.get("name"), place.get("admin1"), place.get("country")) if p)),
        ("date", " ".join(p for p in (ev.get("date"), f"({ev['date_precision']})" if ev.get("date_precision")
                                      else None) if p)),
        ("killed", claim(ev.get("killed"))), ("injured", claim(ev.get("injured"))),
        ("arrested", claim(ev.get("arrested"))), ("trigger", ev.get("trigger")), ("rule", ev.get("rule")),
        ("document", f"{ev['doc_id']}  {ev.get('doc_title') or ''}"),
        ("published", ev.get("doc_date")), ("source file", ev.get("doc_url") or ev.get("doc_source")),
    ]
    for label, value in rows:
        if value:
            fields.add_row(label, Text(str(value)))
    spans = [(e["start"], e["end"], "bold yellow") for e in ev["evidence"]]
    if ev.get("trigger_span"):
        spans.append((ev["trigger_span"][0], ev["trigger_span"][1], "bold reverse"))
    console.print(Panel(fields, title=f"event {ev['id']}"))
    for sentence in ev["sentences"]:
        console.print(Text(f"[{sentence['start']}:{sentence['end']}] ", style="dim") +
                      highlighted(sentence, spans))
