"""CLI: `polemos demo` (calls `polemos.pipeline.demo`, then shows the events and the network)."""

from __future__ import annotations

from collections import Counter
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from polemos.cli._app import DbOption, console, err_console, resolve_db
from polemos.cli.events import events_table
from polemos.cli.ingest import summary_table
from polemos.errors import PolemosError
from polemos.pipeline import demo
from polemos.store import Database


def top_pairs(events: list[dict[str, Any]], *, limit: int = 10) -> list[tuple[str, str, int, str]]:
    """The most frequent (source, target) actor pairs: names, event count, event types."""
    pairs: Counter[tuple[str, str]] = Counter()
    types: dict[tuple[str, str], Counter[str]] = {}
    for ev in events:
        sources = ev.get("source") or []
        sources = [sources] if isinstance(sources, dict) else sources
        for s in sources:
            for t in ev.get("target") or []:
                key = (s["name"], t["name"])
                pairs[key] += 1
                types.setdefault(key, Counter())[ev["type"]] += 1
    return [(a, b, n, ", ".join(f"{k}×{v}" for k, v in types[(a, b)].most_common()))
            for (a, b), n in pairs.most_common(limit)]


def network_summary(events: list[dict[str, Any]], relations: list[dict[str, Any]], *, top: int = 8) -> list[Any]:
    """Printable parts of the network summary (`polemos.network.graph`), else a table of the top actor pairs."""
    try:
        from polemos.cli.network import blocs_table, centrality_table, ties_table
        from polemos.network.graph import build_network, summary
    except ImportError:  # the network stage is optional for the demo
        summary = None  # type: ignore[assignment]
    if summary is not None:
        result = summary(build_network(events, relations), top=top)
        return [
            (f"Network: [bold]{result['nodes']}[/] actors, [bold]{result['edges']}[/] ties "
             f"({result['positive_edges']} positive, {result['negative_edges']} negative)"),
            blocs_table(result["blocs"]), ties_table(result["strongest_ties"], title="Strongest ties"),
            centrality_table(result["centrality"]),
        ]
    table = Table(title="Most frequent actor pairs")
    for column in ("source", "target", "events", "types"):
        table.add_column(column, justify="right" if column == "events" else "left", overflow="fold")
    for a, b, n, kinds in top_pairs(events, limit=top):
        table.add_row(a, b, str(n), kinds)
    return [table]


def demo_cli(
    db: str | None = DbOption,
    limit: Annotated[int, typer.Option(min=1, help="Events to show in the table.")] = 40,
) -> None:
    """Ingest the shipped sample corpus, extract, store, and show the events and the network."""
    location = resolve_db(db)
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), console=err_console,
                  transient=True) as bar:
        task = bar.add_task("loading the pipeline and ingesting the samples", total=None)

        def progress(done: int, total: int, label: str) -> None:
            bar.update(task, completed=done, total=total, description=f"ingesting {label.rsplit('/', 1)[-1]}")

        try:
            report = demo(db=location, progress=progress)
            with Database(location) as database:
                events = database.events()
                relations = database.relations(include_negated=True)
        except PolemosError as exc:
            err_console.print(f"[red]error:[/] {exc}")
            raise typer.Exit(2) from exc
    for error in report.errors:
        err_console.print(f"[red]error:[/] {error}", highlight=False)
    console.print(summary_table(report, title=f"Demo corpus ingested into {location}"))
    console.print(events_table(events[:limit], title=f"{len(events)} events (showing {min(limit, len(events))})"))
    for part in network_summary(events, relations):
        console.print(part)
    console.print(f"Next: [bold]polemos events --db {location}[/], [bold]polemos show ID --db {location}[/], "
                  f"[bold]polemos export --format csv --db {location}[/]")
    if not report.ok:
        raise typer.Exit(1)
