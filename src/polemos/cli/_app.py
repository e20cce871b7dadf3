"""The Typer application object and options shared by every command."""

from __future__ import annotations

import os
from pathlib import Path

import typer
from rich.console import Console

app = typer.Typer(
    name="polemos",
    help="Turn political text into sourced event data and a signed actor network.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)
console = Console()
err_console = Console(stderr=True)

DEFAULT_DB = "polemos.db"


def db_option() -> Path:
    """Database path: --db, else $POLEMOS_DB, else ./polemos.db."""
    return Path(os.environ.get("POLEMOS_DB", DEFAULT_DB))


DbOption = typer.Option(
    None, "--db", help="SQLite file (default: $POLEMOS_DB or ./polemos.db) or an SQLAlchemy URL.",
)


def resolve_db(db: str | None) -> str:
    """The database location to use for a command."""
    return db or os.environ.get("POLEMOS_DB") or DEFAULT_DB
