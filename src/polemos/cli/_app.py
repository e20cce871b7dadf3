"""The Typer application object and what every command shares: the --db option, --version, error exits."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, NoReturn, TypeVar

import typer
from rich.console import Console

from polemos import __version__
from polemos.errors import PolemosError
from polemos.query import EventFilters, open_existing, read_filters
from polemos.store import Database

T = TypeVar("T")

# Plain (click-style) help: typer's rich help panels print every flag as "--json <bool>", which reads as if
# the flag took a value ("--json true" is an error).
app = typer.Typer(
    name="polemos",
    help="Turn political text into sourced event data and a signed actor network.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["--help", "-h"]},
)
console = Console()
err_console = Console(stderr=True)

DEFAULT_DB = "polemos.db"


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"polemos {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", callback=_show_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Turn political text into sourced event data and a signed actor network."""


def db_option() -> Path:
    """Database path: --db, else $POLEMOS_DB, else ./polemos.db."""
    return Path(os.environ.get("POLEMOS_DB", DEFAULT_DB))


DbOption = typer.Option(
    None, "--db", metavar="PATH", help="SQLite file (default: $POLEMOS_DB or ./polemos.db) or an SQLAlchemy URL.",
)
TypeOption = typer.Option("--type", "-t", metavar="TYPE", help="PLOVER type, e.g. ASSAULT (see `polemos events --help`).")
ActorOption = typer.Option("--actor", "-a", metavar="NAME", help="Actor name or KB id (any part of it, any case).")
CountryOption = typer.Option("--country", "-c", metavar="COUNTRY", help="Country of an actor or the place: ISO alpha-3 (IRQ) or a "
                                                      "name (Iraq).")
FromOption = typer.Option("--from", metavar="DATE", help="Earliest date: YYYY, YYYY-MM or YYYY-MM-DD.")
ToOption = typer.Option("--to", metavar="DATE", help="Latest date: YYYY, YYYY-MM or YYYY-MM-DD.")


def resolve_db(db: str | None) -> str:
    """The database location to use for a command."""
    return db or os.environ.get("POLEMOS_DB") or DEFAULT_DB


def fail(exc: Exception | str, *, code: int = 2) -> NoReturn:
    """Print an error on stderr and exit with ``code``."""
    err_console.print(f"[red]error:[/] {exc}", highlight=False)
    raise typer.Exit(code)


def checked(call: Callable[[], T]) -> T:
    """The result of ``call``; a PolemosError it raises becomes a clear message and exit status 2."""
    try:
        return call()
    except PolemosError as exc:
        fail(exc)


@contextmanager
def existing_db(db: str | None) -> Iterator[Database]:
    """The database a read command names, which must exist (else a message and exit status 2)."""
    database = checked(lambda: open_existing(resolve_db(db)))
    try:
        yield database
    finally:
        database.close()


def cli_filters(*, type_: str | None = None, actor: str | None = None, country: str | None = None,
                start: str | None = None, end: str | None = None) -> EventFilters:
    """Event filters from command-line options, checked as the web page checks them (exit 2 when wrong)."""
    return checked(lambda: read_filters(type=type_, actor=actor, country=country, start=start, end=end,
                                        names=("--from", "--to")))
