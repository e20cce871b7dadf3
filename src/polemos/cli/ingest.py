"""CLI: `polemos ingest PATH...` (calls `polemos.pipeline.ingest_paths`)."""

from __future__ import annotations

import json
from datetime import date
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from polemos.budget import DEFAULT_TIME_BUDGET, TIME_BUDGET_ENV
from polemos.budget import time_budget as resolve_time_budget
from polemos.cli._app import DbOption, console, err_console, resolve_db
from polemos.cli._safe import error_line, printable
from polemos.errors import PolemosError
from polemos.io.dedup import DEFAULT_THRESHOLD
from polemos.io.readers import DEFAULT_MAX_BYTES, check_pub_date
from polemos.pipeline import IngestReport, ingest_paths, report_dict


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        parsed = date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a date; write it as YYYY-MM-DD") from exc
    try:
        return check_pub_date(parsed, source="--date")
    except PolemosError as exc:
        raise typer.BadParameter(str(exc)) from exc


def summary_table(report: IngestReport, *, title: str = "Ingest summary") -> Table:
    """The report's counters as a two-column table."""
    table = Table(title=title, show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    rows = [
        ("files read", report.files), ("documents read", report.read), ("stored", report.stored),
        ("exact duplicates (skipped)", report.exact_duplicates),
        ("near duplicates (stored, extracted, repeats marked)", report.near_duplicates),
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
    follow_symlinks: Annotated[bool, typer.Option(
        "--follow-symlinks", help="In folders, also read files that symlinks lead to outside the folder.")] = False,
    time_budget: Annotated[str | None, typer.Option(
        "--time-budget", help=f"Seconds one document's extraction may take before it is failed "
        f"(default: ${TIME_BUDGET_ENV} or {DEFAULT_TIME_BUDGET:g}; 0 for no limit).")] = None,
) -> None:
    """Read documents, drop duplicates, extract events and relations, and store them.

    Every document ends extracted, failed (listed with its reason; exit code 1) or skipped as an
    exact duplicate; failed ones are stored, for `polemos reextract --failed`.
    """
    pub_date = _parse_date(date_)
    try:
        budget = resolve_time_budget(time_budget)
    except PolemosError as exc:
        raise typer.BadParameter(str(exc), param_hint="--time-budget") from exc
    with Progress(TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=err_console, transient=True, disable=as_json) as bar:
        task = bar.add_task("ingesting", total=None)

        def progress(done: int, total: int, label: str) -> None:
            bar.update(task, completed=done, total=total, description=f"ingesting {escape(printable(label[-40:]))}")

        try:
            report = ingest_paths(paths, db=resolve_db(db), date=pub_date, source=source,
                                  near_threshold=near_threshold, max_bytes=int(max_mb * 1024 * 1024),
                                  progress=progress, follow_symlinks=follow_symlinks, time_budget=budget)
        except PolemosError as exc:
            err_console.print(error_line(exc), soft_wrap=True)
            raise typer.Exit(2) from exc
    if as_json:
        console.print_json(json.dumps(report_dict(report)))
    else:
        for error in report.errors:
            err_console.print(error_line(error), highlight=False, soft_wrap=True)
        if report.read and not report.stored and report.exact_duplicates == report.read:
            console.print("Nothing new: every document is already stored.")
        console.print(summary_table(report))
    if not report.ok:
        raise typer.Exit(1)
