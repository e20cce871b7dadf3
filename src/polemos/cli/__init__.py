"""Command-line interface: one module per command, all registered here and nowhere else."""

from __future__ import annotations

from polemos.cli import (
    demo,
    docs,
    events,
    export,
    extract,
    ingest,
    kb,
    network,
    places,
    reextract,
    scale,
    serve,
)
from polemos.cli._app import app

app.command("ingest")(ingest.ingest_cli)
app.command("docs")(docs.docs_cli)
app.command("reextract")(reextract.reextract_cli)
app.command("runs")(reextract.runs_cli)
app.command("diff")(reextract.diff_cli)
app.command("events")(events.events_cli)
app.command("show")(events.show_cli)
app.command("export")(export.export_cli)
app.command("demo")(demo.demo_cli)
app.command("extract")(extract.extract_cli)
app.command("eval")(extract.eval_cli)
app.command("places")(places.places_cli)
app.command("extract-dask")(scale.extract_dask_cli)
app.add_typer(kb.kb_app, name="kb")
app.command("network")(network.network_cli)
app.command("serve")(serve.serve_cli)


def main() -> None:
    """Console-script entry point."""
    app()


__all__ = ["app", "main"]
