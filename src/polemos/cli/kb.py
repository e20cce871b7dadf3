"""CLI: placeholder until the command lands (being written now)."""

from __future__ import annotations

import typer

kb_app = typer.Typer(help="Inspect, validate and extend the actor knowledge base.", no_args_is_help=True)


@kb_app.command("list")
def kb_list_cli() -> None:
    """Not implemented yet."""
    raise typer.Exit(2)
