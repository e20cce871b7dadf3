"""CLI: `polemos reextract` (calls `polemos.reextract.reextract`), `polemos runs` (`Database.runs`) and
`polemos diff RUN_A RUN_B` (`polemos.reextract.diff_runs`)."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from polemos.budget import DEFAULT_TIME_BUDGET, TIME_BUDGET_ENV
from polemos.budget import time_budget as resolve_time_budget
from polemos.cli._app import DbOption, console, err_console, resolve_db
from polemos.cli._safe import error_line, printable, safe_text
from polemos.errors import PolemosError
from polemos.reextract import DocumentChanges, diff_runs, reextract
from polemos.store import Database


def describe_event(event: dict[str, Any]) -> str:
    """One line for an event: type, actors, counts, date, and where it was said."""
    def names(value: Any) -> str:
        actors = [value] if isinstance(value, dict) else value or []
        return ", ".join(str(a.get("name")) for a in actors)

    parts = [str(event.get("type")), names(event.get("source")) or "?", "→", names(event.get("target")) or "?"]
    for kind in ("killed", "injured", "arrested"):
        claim = event.get(kind)
        if claim:
            parts.append(f"{kind}={claim.get('best') or claim.get('low') or claim.get('high')}")
    if event.get("date"):
        parts.append(str(event["date"]))
    evidence = event.get("evidence") or []
    if evidence:
        parts.append(f"[{evidence[0].get('start')}:{evidence[0].get('end')}]")
    return " ".join(parts)


def _changed_fields(before: dict[str, Any], after: dict[str, Any]) -> str:
    keys = [k for k in sorted(set(before) | set(after)) if k not in ("evidence", "rule") and before.get(k) != after.get(k)]
    return ", ".join(f"{k}: {json.dumps(before.get(k), ensure_ascii=False)} → {json.dumps(after.get(k), ensure_ascii=False)}"
                     for k in keys)


def print_changes(changes: list[DocumentChanges], *, verbose: bool = True) -> None:
    """Per document: + added, - removed, ~ changed events (errors for failed documents)."""
    for doc in changes:
        if doc.status == "failed":
            err_console.print(error_line(f"{doc.doc_id}: {doc.error}"), soft_wrap=True)
            continue
        if not doc.differs:
            continue
        console.print(Text.assemble(("document ", "bold"), (printable(doc.doc_id), "bold"),
                                    f": {len(doc.added)} added, {len(doc.removed)} removed, "
                                    f"{len(doc.changed)} changed, {doc.unchanged} unchanged"))
        if not verbose:
            continue
        for ev in doc.added:
            console.print(Text.assemble(("  + ", "green"), printable(describe_event(ev))), soft_wrap=True)
        for ev in doc.removed:
            console.print(Text.assemble(("  - ", "red"), printable(describe_event(ev))), soft_wrap=True)
        for before, after in doc.changed:
            console.print(Text.assemble(("  ~ ", "yellow"), printable(describe_event(after)), "  (",
                                        printable(_changed_fields(before, after)), ")"), soft_wrap=True)


def reextract_cli(
    db: str | None = DbOption,
    failed: Annotated[bool, typer.Option("--failed", help="The documents whose extraction failed.")] = False,
    all_: Annotated[bool, typer.Option("--all", help="Every stored document (after a knowledge-base update).")] = False,
    since: Annotated[str | None, typer.Option(
        "--since", help="Documents last extracted by a polemos version older than this one (e.g. 0.4.0).")] = None,
    doc: Annotated[list[str] | None, typer.Option("--doc", help="This document id (repeatable).")] = None,
    time_budget: Annotated[str | None, typer.Option(
        "--time-budget", help=f"Seconds one document may take (default: ${TIME_BUDGET_ENV} or "
        f"{DEFAULT_TIME_BUDGET:g}; 0 for no limit).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Per document counts only, not each event.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per document instead of text.")] = False,
) -> None:
    """Extract stored documents again as a new run and show, per document, the events added, removed and changed."""
    try:
        budget = resolve_time_budget(time_budget)
    except PolemosError as exc:
        raise typer.BadParameter(str(exc), param_hint="--time-budget") from exc
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err_console, transient=True, disable=as_json) as bar:
        task = bar.add_task("re-extracting", total=None)

        def progress(done: int, total: int, doc_id: str) -> None:
            bar.update(task, completed=done, total=total, description=f"re-extracting {escape(printable(doc_id))}")

        try:
            with Database(resolve_db(db)) as database:
                report = reextract(database, failed=failed, all=all_, since=since, ids=doc or (),
                                   time_budget=budget, progress=progress)
        except PolemosError as exc:
            err_console.print(error_line(exc), soft_wrap=True)
            raise typer.Exit(2) from exc
    counts = report.counts()
    if as_json:
        for changes in report.documents:
            typer.echo(json.dumps({"run_id": report.run_id, **changes.as_dict()}, ensure_ascii=False))
    else:
        print_changes(report.documents, verbose=not quiet)
        console.print(f"run {report.run_id}: {counts['documents']} document(s) extracted again, "
                      f"{counts['changed_documents']} changed ({counts['added']} events added, {counts['removed']} "
                      f"removed, {counts['changed']} changed), {counts['failed']} failed", highlight=False)
    if not report.ok:
        raise typer.Exit(1)


def runs_cli(
    db: str | None = DbOption,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line instead of a table.")] = False,
) -> None:
    """List the runs (ingests and re-extractions): id, command, polemos version, times and counts."""
    try:
        with Database(resolve_db(db)) as database:
            runs = database.runs()
    except PolemosError as exc:
        err_console.print(error_line(exc), soft_wrap=True)
        raise typer.Exit(2) from exc
    if as_json:
        for run in runs:
            typer.echo(json.dumps(run, ensure_ascii=False, default=str))
        return
    table = Table(title=f"{len(runs)} runs")
    for column in ("id", "command", "version", "started", "finished", "counts"):
        table.add_column(column, overflow="fold", justify="right" if column == "id" else "left")
    for run in runs:
        stats = run["stats"] or {}
        shown = ", ".join(f"{k} {v}" for k, v in sorted(stats.items()) if v)
        table.add_row(str(run["id"]), safe_text(run["command"]), safe_text(run["pipeline_version"]),
                      safe_text(run["started_at"]), safe_text(run["finished_at"] or "(unfinished)"), safe_text(shown))
    console.print(table)


def diff_cli(
    run_a: Annotated[int, typer.Argument(help="The earlier run id (see `polemos runs`).")],
    run_b: Annotated[int, typer.Argument(help="The later run id.")],
    db: str | None = DbOption,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Per document counts only, not each event.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per document instead of text.")] = False,
) -> None:
    """Compare the events two runs extracted from the documents both ran on."""
    try:
        with Database(resolve_db(db)) as database:
            changes = diff_runs(database, run_a, run_b)
    except PolemosError as exc:
        err_console.print(error_line(exc), soft_wrap=True)
        raise typer.Exit(2) from exc
    if as_json:
        for doc in changes:
            typer.echo(json.dumps(doc.as_dict(), ensure_ascii=False))
        return
    print_changes(changes, verbose=not quiet)
    differing = sum(1 for d in changes if d.differs)
    console.print(f"runs {run_a} → {run_b}: {len(changes)} document(s) in both, {differing} with changed events",
                  highlight=False)
