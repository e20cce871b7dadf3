"""CLI: `polemos demo` (calls `polemos.pipeline.demo`, then summarises the events and the network)."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from polemos.cli._app import DbOption, checked, console, err_console, resolve_db
from polemos.cli.events import events_table
from polemos.cli.network import blocs_table, ties_table
from polemos.network.graph import build_network, summary
from polemos.pipeline import demo
from polemos.query import important_events, totals
from polemos.store import Database


def _counts(pairs: list[tuple[str, int]], limit: int) -> str:
    shown = ", ".join(f"{k} {n}" for k, n in pairs[:limit])
    return shown + (f", {len(pairs) - limit} more" if len(pairs) > limit else "")


def overview_lines(report: Any, events: list[dict[str, Any]], network: dict[str, Any], location: str) -> list[str]:
    """The demo's summary: what was read and stored, events by type and country, the network's size."""
    by = totals(events)
    return [
        (f"Demo corpus ingested into [bold]{location}[/]: {report.read} documents read from {report.files} "
        f"files, {report.stored} stored ({report.exact_duplicates} exact duplicates skipped, "
        f"{report.near_duplicates} near duplicates extracted with their repeats marked), {report.failed} failed; "
        f"the database holds "
        f"{len(events)} events."),
        f"By type: {_counts(by['types'], 8)}.",
        f"By country: {_counts(by['countries'], 8)}.",
        (f"Network: {network['nodes']} actors, {network['edges']} ties ({network['positive_edges']} positive, "
        f"{network['negative_edges']} negative)."),
    ]


def demo_cli(
    db: str | None = DbOption,
    limit: Annotated[int, typer.Option(min=1, metavar="N", help="Most important events to show.")] = 8,
) -> None:
    """Ingest the shipped sample corpus, extract, store, and show a summary, the most important events and
    the network's blocs and strongest ties."""
    location = resolve_db(db)
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), console=err_console,
                  transient=True) as bar:
        task = bar.add_task("loading the pipeline and ingesting the samples", total=None)

        def progress(done: int, total: int, label: str) -> None:
            bar.update(task, completed=done, total=total, description=f"ingesting {label.rsplit('/', 1)[-1]}")

        report = checked(lambda: demo(db=location, progress=progress))
    with Database(location) as database:
        events = checked(database.events)
        relations = checked(lambda: database.relations(include_negated=True))
    for error in report.errors:
        err_console.print(f"[red]error:[/] {error}", highlight=False)
    network = summary(build_network(events, relations), top=5)
    for line in overview_lines(report, events, network, location):
        console.print(line, highlight=False)
    console.print()
    console.print(events_table(important_events(events, limit), title=f"The {min(limit, len(events))} most "
                               f"important of {len(events)} events (most killed, injured, arrested)"))
    console.print(blocs_table([b for b in network["blocs"] if len(b["members"]) > 1][:5]))
    console.print(ties_table(network["strongest_ties"], title="Strongest ties", snippet=60))
    console.print(f"Next: polemos events --db {location}  ·  polemos show ID --db {location}  ·  "
                  f"polemos network --db {location}  ·  polemos serve --db {location}", highlight=False)
    if not report.ok:
        raise typer.Exit(1)
