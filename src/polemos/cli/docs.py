"""CLI: `polemos docs` (calls `Database.documents`)."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from polemos.cli._app import DbOption, checked, console, existing_db
from polemos.cli._safe import safe_text


def _dateline(row: dict) -> str:
    """"GOMA, March 5 (Reuters)" as the document's dateline gave it, or empty."""
    if not row["dateline_place"]:
        return ""
    date_part = f", {row['dateline_date']}" if row["dateline_date"] else ""
    return row["dateline_place"] + date_part + (f" ({row['agency']})" if row["agency"] else "")


def docs_cli(
    db: str | None = DbOption,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line instead of a table.")] = False,
) -> None:
    """List the stored documents: id, title, source, date, dateline and status (failed ones with their reason);
    ``--json`` adds the headline and byline."""
    with existing_db(db) as database:
        rows = checked(database.documents)
    if as_json:
        for row in rows:
            out = {"id": row["id"], "title": row["title"], "source": row["url"] or row["source"],
                   "date": row["date"], "status": row["status"], "error": row["error"],
                   "duplicate_of": row["duplicate_of"], "headline": row["headline"],
                   "dateline": {"place": row["dateline_place"], "date": row["dateline_date"], "agency": row["agency"]}
                   if row["dateline_place"] else None, "byline": row["byline"],
                   "events": row["events"], "repeated_passages": row["repeated_passages"]}
            typer.echo(json.dumps(out, ensure_ascii=False))
        return
    failed = sum(1 for row in rows if row["status"] == "failed")
    title = f"{len(rows)} documents" + (f", {failed} failed (`polemos reextract --failed` retries them)"
                                         if failed else "")
    table = Table(title=escape(title))
    for column in ("id", "title", "source", "date", "dateline", "status", "events"):
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
                      safe_text(_dateline(row)),
                      safe_text(status, "red" if row["status"] == "failed" else ""), str(row["events"]))
    console.print(table)
