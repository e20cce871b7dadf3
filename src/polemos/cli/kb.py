"""CLI: ``polemos kb`` - list, show, add, validate and import actor knowledge-base records."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from polemos.cli._app import console, err_console
from polemos.errors import KnowledgeBaseError

kb_app = typer.Typer(help="Inspect, validate and extend the actor knowledge base.", no_args_is_help=True)


@kb_app.command("list")
def kb_list_cli(
    kind: Annotated[str | None, typer.Option("--kind", help="Only this kind (state, person, ...).")] = None,
    country: Annotated[str | None, typer.Option("--country", help="Only this ISO alpha-3 country.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON record per line.")] = False,
) -> None:
    """List KB records (package KB, user folder and $POLEMOS_KB_PATH)."""
    from polemos.knowledge.kb import KnowledgeBase

    entries = [e for e in KnowledgeBase.load()
               if (kind is None or e.kind == kind) and (country is None or e.country == country.upper())]
    if as_json:
        for e in entries:
            typer.echo(json.dumps(e.raw, ensure_ascii=False))
        return
    table = Table("id", "name", "kind", "country", "sector")
    for e in entries:
        table.add_row(e.id, e.name, e.kind, e.country or "", e.sector)
    console.print(table)
    console.print(f"{len(entries)} records")


@kb_app.command("show")
def kb_show_cli(id_or_name: str = typer.Argument(..., help="A KB id (IRQ.GOV) or any name or alias.")) -> None:
    """Show one record as JSON, found by id or by alias."""
    from polemos.knowledge.kb import KnowledgeBase

    kb = KnowledgeBase.load()
    entry = kb.get(id_or_name) or kb.by_alias(id_or_name) or kb.agent(id_or_name)
    if entry is None:
        err_console.print(f"no KB record with id or name {id_or_name!r}; try `polemos kb list`")
        raise typer.Exit(1)
    console.print_json(json.dumps(entry.raw, ensure_ascii=False))
    console.print(f"[dim]{entry.source}:{entry.line}[/dim]")


@kb_app.command("add")
def kb_add_cli(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="A *.jsonl KB file.")],
) -> None:
    """Validate FILE, then copy it into the user KB folder ($POLEMOS_KB_DIR or ~/.local/share/polemos/kb)."""
    from polemos.knowledge.kb import add_file

    try:
        target = add_file(file)
    except KnowledgeBaseError as exc:
        err_console.print(str(exc))
        raise typer.Exit(1) from None
    console.print(f"added {file} as {target}; it is used from the next run on")


@kb_app.command("validate")
def kb_validate_cli(
    files: Annotated[list[Path] | None, typer.Argument(help="KB files to check (default: the whole KB).")] = None,
) -> None:
    """Check KB files; each problem is reported as file:line (field): what is wrong."""
    from polemos.knowledge.kb import validate_files

    errors = validate_files(files or [])
    for exc in errors:
        typer.echo(str(exc), err=True)  # unwrapped, so file:line stays on one line for editors
    if errors:
        err_console.print(f"{len(errors)} problem(s)")
        raise typer.Exit(1)
    console.print("KB valid")


@kb_app.command("import-petrarch")
def kb_import_petrarch_cli(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False,
                                         help="A PETRARCH/TABARI actor or agent dictionary.")],
    out: Annotated[Path, typer.Option("--out", help="Where to write the KB records (JSON Lines).")],
    prefix: Annotated[str, typer.Option("--prefix", help="Id prefix of the imported records.")] = "petrarch",
) -> None:
    """Convert a PETRARCH/CAMEO dictionary into KB records (check them with `polemos kb validate`)."""
    from polemos.knowledge.kb_import import import_petrarch

    records = import_petrarch(file.read_text(encoding="utf-8", errors="replace"), prefix=prefix)
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    console.print(f"wrote {len(records)} records to {out}")
