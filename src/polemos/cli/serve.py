"""CLI: `polemos serve` (runs `polemos.web.create_app` under uvicorn)."""

from __future__ import annotations

from typing import Annotated

import typer

from polemos.cli._app import DbOption, checked, console, err_console, fail, resolve_db
from polemos.query import open_existing


def serve_cli(
    db: str | None = DbOption,
    host: Annotated[str, typer.Option(metavar="ADDRESS", help="Address to listen on; 127.0.0.1 keeps the page on "
                                      "this machine, 0.0.0.0 shows it to the network.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, metavar="PORT", help="Port to listen on (0: any free port).")] = 8000,
    kb: Annotated[bool, typer.Option(
        "--kb/--no-kb", help="Add standing ties from the knowledge base to the network page.")] = True,
) -> None:
    """Browse the stored events, map, timeline and network in a local web page (works offline)."""
    try:
        import uvicorn

        from polemos.web import create_app
        from polemos.web.server import bind_socket, is_loopback
    except ImportError as exc:
        fail(f"the web page needs the web extra ({exc.name} is missing); install it with: "
             "pip install 'polemos[web]'")
    location = resolve_db(db)
    checked(lambda: open_existing(location)).close()
    app = checked(lambda: create_app(location, kb=kb))
    sock = checked(lambda: bind_socket(host, port))
    if not is_loopback(host):
        err_console.print(f"[yellow]warning:[/] listening on {host}, not only on this machine: anyone who can "
                          "reach it may read every stored document. Use --host 127.0.0.1 to keep it local.",
                          highlight=False)
    shown = f"[{host}]" if ":" in host else host
    console.print(f"Serving [bold]{location}[/] at http://{shown}:{sock.getsockname()[1]}/  (Ctrl+C to stop)",
                  highlight=False)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
