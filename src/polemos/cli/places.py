"""CLI: `polemos places` (records in, one JSON object per recognised place out, no database)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from polemos.cli.extract import _Failures
from polemos.errors import PolemosError


def places_cli(
    file: Annotated[str, typer.Argument(
        help="JSON Lines of {id, text, date} records; '-' reads stdin (JSON Lines, or plain text as one document).")],
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write the JSON Lines here instead of stdout.")] = None,
    explain: Annotated[bool, typer.Option(
        "--explain", help="Add each place's reasons (the signals that chose it, by stable id).")] = False,
    unresolved: Annotated[bool, typer.Option(
        "--unresolved", help="Also print toponyms that resolve to no country and no point (nulls).")] = False,
) -> None:
    """Print one JSON object per recognised place of each record: doc_id, start, end, text, name, country,
    admin1, admin2, lat, lon, geonameid, feature, precision (no database)."""
    from polemos.io.contract import parse_pub_date, read_records
    from polemos.nlp.places import find_document_places

    failures = _Failures()
    sink = open(out, "w", encoding="utf-8") if out else None  # noqa: SIM115 - closed below

    def items() -> Iterator[tuple[str, str, date | None]]:
        for record in failures.good(read_records(file, on_warning=failures.warn)):
            yield str(record["id"]), str(record["text"]), parse_pub_date(record.get("date"))

    try:
        for _, lines in find_document_places(items(), explain=explain, include_unresolved=unresolved):
            for line in lines:
                text = json.dumps(line, ensure_ascii=False)
                if sink is not None:
                    sink.write(text + "\n")
                else:
                    typer.echo(text)
    except PolemosError as exc:
        failures.report(exc)
    finally:
        if sink is not None:
            sink.close()
    if failures.count:
        raise typer.Exit(1)
