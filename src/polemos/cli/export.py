"""CLI: `polemos export` (calls `polemos.export.export_events`)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from polemos.cli._app import (
    ActorOption,
    CountryOption,
    DbOption,
    FromOption,
    ToOption,
    TypeOption,
    checked,
    cli_filters,
    err_console,
    resolve_db,
)
from polemos.export import EXPORTERS, export_events


def export_cli(
    format_: Annotated[str, typer.Option(
        "--format", "-f", metavar="FORMAT", help=f"Output format: {', '.join(EXPORTERS)}.")] = "jsonl",
    out: Annotated[Path | None, typer.Option(
        "--out", "-o", metavar="FILE", help="Output file (default: stdout; required for parquet).")] = None,
    db: str | None = DbOption,
    type_: Annotated[str | None, TypeOption] = None,
    actor: Annotated[str | None, ActorOption] = None,
    country: Annotated[str | None, CountryOption] = None,
    start: Annotated[str | None, FromOption] = None,
    end: Annotated[str | None, ToOption] = None,
) -> None:
    """Export the stored events (filtered as `polemos events` filters them) as JSON Lines, CSV or Parquet.

    CSV and Parquet fill `date` as the other commands show it: the event's date, else its document's,
    with `date_precision` (day, month, year) and `date_source` (event or document).
    """
    filters = cli_filters(type_=type_, actor=actor, country=country, start=start, end=end)
    n = checked(lambda: export_events(resolve_db(db), format=format_, out=out if out is not None else sys.stdout,
                                      filters=filters))
    if out is not None:
        err_console.print(f"wrote {n} events to {out}")
