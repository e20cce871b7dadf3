"""CLI: `polemos extract-dask` — extraction over Dask (local processes or a cluster)."""

from __future__ import annotations

from typing import Annotated

import typer

from polemos.cli._app import console, err_console
from polemos.errors import PolemosError


def extract_dask_cli(
    inputs: Annotated[list[str], typer.Argument(help="JSON Lines files, globs or fsspec URLs of {id, text, date} records.")],
    out_dir: Annotated[str, typer.Option("--out-dir", "-o", help="Folder (or URL) for part-*.jsonl and errors-*.jsonl.")],
    scheduler: Annotated[str | None, typer.Option(
        "--scheduler", help="'processes' (default), 'threads', 'synchronous', or a dask.distributed "
        "scheduler address such as tcp://10.0.0.5:8786.")] = None,
    partitions: Annotated[int | None, typer.Option("--partitions", min=1, help="Repartition the records into N tasks.")] = None,
    all_relations: Annotated[bool, typer.Option("--all-relations", help="Also write author stances and negated ties.")] = False,
) -> None:
    """Extract events and relations from a large corpus on Dask, one output file per partition."""
    from polemos.scale import extract_dask

    try:
        report = extract_dask(inputs, out_dir=out_dir, scheduler=scheduler, partitions=partitions,
                              all_relations=all_relations)
    except PolemosError as exc:
        err_console.print(f"error: {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    console.print(f"wrote {len(report.outputs)} output file(s) to {report.out_dir}")
    if report.errors:
        err_console.print(f"{len(report.errors)} error file(s) with bad records: {', '.join(report.errors)}",
                          highlight=False, soft_wrap=True)
        raise typer.Exit(1)
