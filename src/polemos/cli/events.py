"""CLI: `polemos events` and `polemos show EVENT_ID` (call `Database.events` / `Database.event`)."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer
from rich import box
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from polemos.cli._app import (
    ActorOption,
    CountryOption,
    DbOption,
    FromOption,
    ToOption,
    TypeOption,
    checked,
    cli_filters,
    console,
    err_console,
    existing_db,
)
from polemos.models import describe_claim


def actor_names(value: Any, *, sector: bool = True) -> str:
    """Actor names of a source/target field with their codes: 'Kenyan police (KEN/COP)' ('(KEN)' without
    ``sector``)."""
    if not value:
        return ""
    actors = [value] if isinstance(value, dict) else value
    out = []
    for actor in actors:
        codes = "/".join(c for c in (actor.get("country"), actor.get("sector") if sector else None) if c)
        out.append(f"{actor['name']} ({codes})" if codes else actor["name"])
    return "; ".join(out)


def claim(value: dict[str, Any] | None) -> str:
    """A count claim as terminal text."""
    return describe_claim(value)


def toll(event: dict[str, Any]) -> str:
    """Killed, injured and arrested in one short cell: '6+k 51i 312a'."""
    return " ".join(f"{claim(event.get(kind))}{kind[0]}" for kind in ("killed", "injured", "arrested")
                    if claim(event.get(kind)))


def shown_date(event: dict[str, Any]) -> str:
    """The event's date, else '~' and its document's date (as the web page shows it)."""
    return event.get("date") or (f"~{event['doc_date']}" if event.get("doc_date") else "")


def events_table(events: list[dict[str, Any]], *, title: str | None = None, width: int | None = None) -> Table:
    """Events as a table that reads at 80 columns (short codes, words never cut) and shows more when wider."""
    width = width or console.width
    wide = width >= 110
    table = Table(title=title if title is not None else f"{len(events)} event{'' if len(events) == 1 else 's'}",
                  caption=None if wide else "toll: k killed, i injured, a arrested; ~ document date",
                  box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True)
    table.add_column("id", justify="right", no_wrap=True)
    table.add_column("date", no_wrap=True)
    table.add_column("type", no_wrap=True)
    if wide:
        table.add_column("mode", overflow="ellipsis", max_width=16)
    for column in ("source", "target", "place"):
        table.add_column(column, overflow="ellipsis", min_width=10)
    if wide:
        for column in ("killed", "injured", "arrested"):
            table.add_column(column, justify="right", no_wrap=True)
    else:
        table.add_column("toll", justify="right", overflow="ellipsis")
    for ev in events:
        typ = ev["type"] + ("?" if ev.get("modality") not in (None, "asserted") else "")
        place = ev.get("location") or {}
        country_level = place.get("precision") == "country" or place.get("name") == place.get("country")
        where = ", ".join(p for p in (place.get("name"), None if country_level else place.get("country")) if p)
        row = [str(ev["id"]), shown_date(ev), typ]
        if wide:
            row.append(ev.get("mode") or "")
        row += [actor_names(ev.get("source"), sector=wide), actor_names(ev.get("target"), sector=wide), where]
        if wide:
            row += [claim(ev.get("killed")), claim(ev.get("injured")), claim(ev.get("arrested"))]
        else:
            row.append(toll(ev))
        table.add_row(*row)
    return table


def events_cli(
    db: str | None = DbOption,
    type_: Annotated[str | None, TypeOption] = None,
    actor: Annotated[str | None, ActorOption] = None,
    country: Annotated[str | None, CountryOption] = None,
    start: Annotated[str | None, FromOption] = None,
    end: Annotated[str | None, ToOption] = None,
    limit: Annotated[int | None, typer.Option(min=1, metavar="N", help="Show at most this many events.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line instead of a table.")] = False,
) -> None:
    """List stored events, filtered by type, actor, country and date range (in id order).

    Types: AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST
    SANCTION MOBILIZE COERCE ASSAULT. A '?' after a type marks an event that is not asserted (claimed,
    threatened, denied...).
    """
    filters = cli_filters(type_=type_, actor=actor, country=country, start=start, end=end)
    with existing_db(db) as database:
        events = checked(lambda: database.events(**filters.store_filters(), limit=limit))
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
    explain: Annotated[bool, typer.Option(
        "--explain", help="Also print the event's trace: every rule that emitted, merged, re-typed or attached it.")] = False,
) -> None:
    """Show one event with its evidence sentences highlighted (and, with --explain, how it was decided)."""
    with existing_db(db) as database:
        ev = checked(lambda: database.event(event_id))
    if ev is None:
        err_console.print(f"[red]error:[/] no event with id {event_id}; list them with `polemos events`")
        raise typer.Exit(1)
    if not explain:
        ev.pop("trace", None)
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
    if explain:
        console.print(trace_table(ev.get("trace") or []))


def trace_table(trace: list[dict[str, Any]]) -> Table:
    """An event's decisions in order: rule id, what it did, on what (no data string is read as markup)."""
    table = Table(title="trace", box=box.SIMPLE_HEAD, pad_edge=False)
    for column in ("rule", "action", "detail"):
        table.add_column(column, overflow="fold")
    for step in trace:
        table.add_row(Text(str(step.get("rule", ""))), Text(str(step.get("action", ""))),
                      Text(str(step.get("detail", ""))))
    if not trace:
        table.add_row(Text("(no trace stored: the event predates traces; run `polemos reextract`)"), Text(""), Text(""))
    return table
