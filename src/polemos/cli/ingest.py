"""CLI: `polemos ingest PATH...` (calls `polemos.pipeline.ingest_paths`)."""

from __future__ import annotations

import json
from datetime import date
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from polemos.cli._app import DbOption, console, err_console, resolve_db
from polemos.errors import PolemosError
from polemos.io.dedup import DEFAULT_THRESHOLD
from polemos.io.readers import DEFAULT_MAX_BYTES
from polemos.pipeline import IngestReport, ingest_paths, report_dict


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a date; write it as YYYY-MM-DD") from exc


def summary_table(report: IngestReport, *, title: str = "Ingest summary") -> Table:
    """The report's counters as a two-column table."""
    table = Table(title=title, show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    rows = [
        ("files read", report.files), ("documents read", report.read), ("stored", report.stored),
        ("exact duplicates (skipped)", report.exact_duplicates),
        ("near duplicates (stored, not extracted)", report.near_duplicates),
        ("repeated passages (skipped by extraction)", report.repeated_passages),
        ("events", report.events), ("relations", report.relations), ("failed", report.failed),
    ]
    for label, value in rows:
        style = "bold red" if label == "failed" and value else None
        table.add_row(label, str(value), style=style)
    return table


def ingest_cli(
    paths: Annotated[list[str], typer.Argument(help="Files or folders (read recursively); '-' reads stdin.")],
    db: str | None = DbOption,
    date_: Annotated[str | None, typer.Option(
        "--date", help="Publication date (YYYY-MM-DD) for documents that carry none.")] = None,
    source: Annotated[str | None, typer.Option(
        help="Source (a URL or name) recorded for plain-text input.")] = None,
    near_threshold: Annotated[float, typer.Option(
        min=0.01, max=1.0, help="Jaccard similarity from which a document is a near duplicate.")] = DEFAULT_THRESHOLD,
    max_mb: Annotated[float, typer.Option(
        min=0.0, help="Largest file accepted, in MB.")] = DEFAULT_MAX_BYTES / (1024 * 1024),
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON instead of tables.")] = False,
) -> None:
    """Read documents, drop duplicates, extract events and relations, and store them."""
    pub_date = _parse_date(date_)
    with Progress(TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=err_console, transient=True, disable=as_json) as bar:
        task = bar.add_task("ingesting", total=None)

        def progress(done: int, total: int, label: str) -> None:
            bar.update(task, completed=done, total=total, description=f"ingesting {label[-40:]}")

        try:
            report = ingest_paths(paths, db=resolve_db(db), date=pub_date, source=source,
                                  near_threshold=near_threshold, max_bytes=int(max_mb * 1024 * 1024),
                                  progress=progress)
        except PolemosError as exc:
            err_console.print(f"[red]error:[/] {exc}")
            raise typer.Exit(2) from exc
    if as_json:
        console.print_json(json.dumps(report_dict(report)))
    else:
        for error in report.errors:
            err_console.print(f"[red]error:[/] {error}", highlight=False, soft_wrap=True)
        if report.read and not report.stored and report.exact_duplicates == report.read:
            console.print("Nothing new: every document is already stored.")
        console.print(summary_table(report))
    if not report.ok:
        raise typer.Exit(1)
