"""CLI: placeholder until the command lands (being written now)."""

from __future__ import annotations

import typer


def network_cli() -> None:
    """Not implemented yet."""
    raise typer.Exit(2)
