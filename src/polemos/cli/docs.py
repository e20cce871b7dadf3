"""CLI: `polemos docs` (calls `Database.documents`)."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from polemos.cli._app import DbOption, checked, console, existing_db
from polemos.cli._safe import safe_text


def docs_cli(
    db: str | None = DbOption,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line instead of a table.")] = False,
) -> None:
    """List the stored documents: id, title, source, date and status (failed ones with their reason)."""
    with existing_db(db) as database:
        rows = checked(database.documents)
    if as_json:
        for row in rows:
            out = {"id": row["id"], "title": row["title"], "source": row["url"] or row["source"],
                   "date": row["date"], "status": row["status"], "error": row["error"],
                   "duplicate_of": row["duplicate_of"],
                   "events": row["events"], "repeated_passages": row["repeated_passages"]}
            typer.echo(json.dumps(out, ensure_ascii=False))
        return
    failed = sum(1 for row in rows if row["status"] == "failed")
    title = f"{len(rows)} documents" + (f", {failed} failed (`polemos reextract --failed` retries them)"
                                         if failed else "")
    table = Table(title=escape(title))
    for column in ("id", "title", "source", "date", "status", "events"):
        table.add_column(column, overflow="fold", justify="right" if column == "events" else "left")
    for row in rows:
        status = row["status"]
        if row["duplicate_of"]:
            status += f" of {row['duplicate_of']}"
        if row["repeated_passages"]:
            status += f" ({row['repeated_passages']} repeated passage(s))"
        if row["error"]:
            status += f": {row['error']}"
        table.add_row(safe_text(row["id"]), safe_text(row["title"] or ""),
                      safe_text(row["url"] or row["source"] or ""), safe_text(row["date"] or ""),
                      safe_text(status, "red" if row["status"] == "failed" else ""), str(row["events"]))
    console.print(table)
