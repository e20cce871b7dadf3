"""CLI: `polemos export` (calls `polemos.export.export_events`)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from polemos.cli._app import DbOption, err_console, resolve_db
from polemos.errors import PolemosError
from polemos.export import EXPORTERS, export_events


def export_cli(
    format_: Annotated[str, typer.Option(
        "--format", "-f", help=f"Output format: {', '.join(EXPORTERS)}.")] = "jsonl",
    out: Annotated[Path | None, typer.Option(
        "--out", "-o", help="Output file (default: stdout; required for parquet).")] = None,
    db: str | None = DbOption,
    type_: Annotated[str | None, typer.Option("--type", "-t", help="Only events of this PLOVER type.")] = None,
    country: Annotated[str | None, typer.Option("--country", "-c", help="Only events involving this country.")] = None,
) -> None:
    """Export the stored events as JSON Lines, CSV or Parquet."""
    try:
        n = export_events(resolve_db(db), format=format_, out=out if out is not None else sys.stdout,
                          type=type_, country=country)
    except PolemosError as exc:
        err_console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from exc
    if out is not None:
        err_console.print(f"wrote {n} events to {out}")
