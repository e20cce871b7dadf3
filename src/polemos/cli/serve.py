"""CLI: `polemos serve` (runs `polemos.web.create_app` under uvicorn)."""

from __future__ import annotations

from typing import Annotated

import typer

from polemos.cli._app import DbOption, console, err_console, resolve_db
from polemos.errors import PolemosError


def serve_cli(
    db: str | None = DbOption,
    host: Annotated[str, typer.Option(help="Address to listen on; 127.0.0.1 keeps the page on this machine.")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    kb: Annotated[bool, typer.Option(
        "--kb/--no-kb", help="Add standing ties from the knowledge base to the network page.")] = True,
) -> None:
    """Browse the stored events, map, timeline and network in a local web page (works offline)."""
    try:
        import uvicorn

        from polemos.web import create_app
    except ImportError as exc:
        err_console.print(f"[red]error:[/] the web page needs the web extra ({exc.name} is missing); "
                          "install it with: pip install 'polemos[web]'")
        raise typer.Exit(2) from exc
    location = resolve_db(db)
    try:
        app = create_app(location, kb=kb)
    except PolemosError as exc:
        err_console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from exc
    console.print(f"Serving [bold]{location}[/] at http://{host}:{port}/  (Ctrl+C to stop)")
    uvicorn.run(app, host=host, port=port, log_level="warning")
