"""CLI: `polemos network` (calls `polemos.network.build_network` and `summary`, exports the graph)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich import box
from rich.table import Table

from polemos.cli._app import (
    ActorOption,
    DbOption,
    FromOption,
    ToOption,
    checked,
    cli_filters,
    console,
    err_console,
    existing_db,
)
from polemos.errors import ConfigError, InputError, PolemosError


def read_contract_lines(path: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Events and relations of a `polemos extract` JSON Lines file (negated relations kept)."""
    events: list[dict[str, Any]] = []
    relations: list[dict[str, Any]] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(str(path), f"cannot read it ({exc.strerror}); pass a file printed by `polemos extract`") \
            from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(str(path), f"not JSON ({exc.msg}); each line must be one `polemos extract` object",
                             line=number) from exc
        if not isinstance(item, dict):
            raise InputError(str(path), "not a JSON object", line=number)
        (relations if item.get("kind") == "relation" else events).append(item)
    return events, relations


def _snippet(text: str | None, width: int = 90) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _evidence(ties: list[dict[str, Any]]) -> str:
    snippets = []
    for tie in ties:
        for ev in tie.get("evidence", [])[:1]:
            snippets.append(f"[{ev.get('type')}] {_snippet(ev.get('text'), 70)}")
    return "\n".join(snippets)


def blocs_table(blocs: list[dict[str, Any]]) -> Table:
    """Blocs of two or more actors; the blocs they are hostile to or allied with named as in the table."""
    table = Table(title="Blocs (signed communities)", box=box.SIMPLE_HEAD)
    for column in ("bloc", "members", "hostile to", "allied with"):
        table.add_column(column, overflow="ellipsis", no_wrap=column == "bloc")
    for bloc in blocs:
        if len(bloc["members"]) > 1:
            table.add_row(str(bloc["bloc"]), ", ".join(bloc["names"]), ", ".join(bloc.get("hostile_names", [])),
                          ", ".join(bloc.get("allied_names", [])))
    return table


def tie_types(tie: dict[str, Any]) -> str:
    """A tie's interaction types with counts: 'ASSAULT×2, ALLY'."""
    types = ", ".join(f"{k}×{v}" if v > 1 else k for k, v in sorted(tie["types"].items()))
    kb = sorted({e["type"] for e in tie.get("evidence", []) if e.get("kind") == "kb"} - set(tie["types"]))
    types = ", ".join(p for p in (types, ", ".join(f"{t} (KB)" for t in kb)) if p)
    return types + (" (not ally)" if tie.get("not_ally") else "")


def ties_table(ties: list[dict[str, Any]], *, title: str, name_key: str | None = None,
               all_evidence: bool = False, snippet: int = 120) -> Table:
    """Ties with their weight, types and evidence (the first item, or every one with ``all_evidence``)."""
    table = Table(title=title, box=box.SIMPLE_HEAD)
    for column in ("actor" if name_key else "tie", "weight", "types", "evidence"):
        table.add_column(column, overflow="ellipsis", justify="right" if column == "weight" else "left",
                         no_wrap=column == "weight")
    for tie in ties:
        who = tie[name_key] if name_key else f"{tie['u_name']} — {tie['v_name']}"
        items = tie["evidence"] if all_evidence else tie["evidence"][:1]
        evidence = "\n".join(f"{ev.get('date') or 'undated'}: {_snippet(ev.get('text'), snippet)}" for ev in items)
        table.add_row(who, f"{tie['weight']:+.2f}", tie_types(tie), evidence)
    return table


def triads_table(triads: list[dict[str, Any]]) -> Table:
    table = Table(title="Triads (all-negative first)", box=box.SIMPLE_HEAD)
    for column in ("kind", "balanced", "actors", "evidence"):
        table.add_column(column, overflow="ellipsis", no_wrap=column in ("kind", "balanced"))
    for triad in triads:
        balance = "yes" if triad["balanced"] else ("weak" if triad["weakly_balanced"] else "no")
        table.add_row(triad["kind"], balance, " / ".join(triad["names"]), _evidence(triad["edges"]))
    return table


def centrality_table(rows: list[dict[str, Any]]) -> Table:
    table = Table(title="Centrality", box=box.SIMPLE_HEAD)
    for column, header in (("actor", "actor"), ("degree", "ties"), ("positive", "+"), ("negative", "−"),
                           ("betweenness", "between")):
        table.add_column(header, justify="left" if column == "actor" else "right", overflow="ellipsis",
                         no_wrap=column != "actor")
    for row in rows:
        table.add_row(row["name"], str(row["degree"]), f"{row['positive']:.2f}", f"{row['negative']:.2f}",
                      f"{row['betweenness']:.3f}")
    return table


def network_cli(
    db: str | None = DbOption,
    actor: Annotated[str | None, ActorOption] = None,
    start: Annotated[str | None, FromOption] = None,
    end: Annotated[str | None, ToOption] = None,
    top: Annotated[int, typer.Option("--top", "-n", min=1, help="Rows per table.")] = 10,
    export: Annotated[Path | None, typer.Option("--export", "-o", help="Write the graph to this file.")] = None,
    format_: Annotated[str, typer.Option("--format", "-f", help="Export format: graphml, gexf or json.")] = "graphml",
    input_: Annotated[Path | None, typer.Option(
        "--input", "-i", help="Build from a `polemos extract` JSON Lines file instead of the database.")] = None,
    undated: Annotated[bool, typer.Option(
        "--undated/--no-undated", help="Keep items without a date when --from/--to is given.")] = True,
    use_kb: Annotated[bool, typer.Option(
        "--kb/--no-kb", help="Add standing ties from the knowledge base (parents, leaders' positions).")] = True,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON instead of tables.")] = False,
) -> None:
    """The signed alliance/enmity network: blocs, strongest ties, allies and enemies, triads, centrality.

    With --actor, the blocs, ties and triads shown are those that involve the actor, and each of its ties
    comes with all its evidence (sentences, or the knowledge base with its dates).
    """
    from polemos.network.graph import EXPORT_FORMATS, build_network, export_graph, summary

    filters = cli_filters(start=start, end=end)
    start, end = filters.start, filters.end
    if input_ is None:
        with existing_db(db) as database:
            events = checked(database.events)
            relations = checked(lambda: database.relations(include_negated=True))
    try:
        if format_.lower() not in EXPORT_FORMATS:
            raise ConfigError(f"--format {format_!r} is not one of {', '.join(EXPORT_FORMATS)}")
        if input_ is not None:
            events, relations = read_contract_lines(input_)
        kb = None
        if use_kb:
            from polemos.knowledge.kb import KnowledgeBase

            kb = KnowledgeBase.load()
        g = build_network(events, relations, start=start, end=end, undated=undated, kb=kb)
        result = summary(g, top=top, actor=actor)
        path = export_graph(g, export, format=format_) if export is not None else None
    except PolemosError as exc:
        err_console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from exc
    if as_json:
        console.print_json(json.dumps(result, default=str))
    else:
        period = " to ".join(x or "…" for x in (result["period"]["start"], result["period"]["end"]))
        console.print(f"[bold]{result['nodes']}[/] actors, [bold]{result['edges']}[/] ties "
                      f"({result['positive_edges']} positive, {result['negative_edges']} negative)"
                      + (f", period {period}" if start or end else ""))
        console.print(blocs_table(result["blocs"]))
        console.print(ties_table(result["strongest_ties"], title="Strongest ties"))
        if "actor" in result:
            mine = result["actor"]
            for key, label in (("allies", "Allies"), ("enemies", "Enemies"), ("neutral", "Other ties")):
                if mine.get(key):
                    console.print(ties_table(mine[key], title=f"{label} of {mine['name']}", name_key="name",
                                             all_evidence=True))
        counts = ", ".join(f"{k}: {v}" for k, v in result["triad_counts"].items())
        console.print(f"Triads: {counts}" + (f"; balanced share {result['balance']:.2f}"
                                              if result["balance"] is not None else ""))
        if result["triads"]:
            console.print(triads_table(result["triads"]))
        if not result["triad_counts"]["---"]:
            console.print("No all-negative triads.")
        console.print(centrality_table(result["centrality"]))
    if path is not None:
        (err_console if as_json else console).print(f"wrote {path} ({format_.lower()})")
