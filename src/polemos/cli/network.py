"""CLI: `polemos network` (calls `polemos.network.build_network` and `summary`, exports the graph)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from polemos.cli._app import DbOption, console, err_console, resolve_db
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
    table = Table(title="Blocs (signed communities)")
    for column in ("bloc", "members", "hostile to", "allied with"):
        table.add_column(column, overflow="fold")
    for bloc in blocs:
        table.add_row(str(bloc["bloc"]), ", ".join(bloc["names"]),
                      ", ".join(map(str, bloc["hostile_to"])), ", ".join(map(str, bloc["allied_with"])))
    return table


def ties_table(ties: list[dict[str, Any]], *, title: str, name_key: str | None = None) -> Table:
    table = Table(title=title)
    for column in ("actor" if name_key else "tie", "weight", "count", "types", "evidence"):
        table.add_column(column, overflow="fold", justify="right" if column in ("weight", "count") else "left")
    for tie in ties:
        who = tie[name_key] if name_key else f"{tie['u_name']} — {tie['v_name']}"
        types = ", ".join(f"{k}×{v}" for k, v in sorted(tie["types"].items()))
        if tie.get("not_ally"):
            types += " (not ally)"
        ev = tie["evidence"][0] if tie["evidence"] else {}
        table.add_row(who, f"{tie['weight']:+.2f}", str(tie["count"]), types, _snippet(ev.get("text")))
    return table


def triads_table(triads: list[dict[str, Any]]) -> Table:
    table = Table(title="Triads (all-negative first)")
    for column in ("kind", "balanced", "actors", "evidence"):
        table.add_column(column, overflow="fold")
    for triad in triads:
        balance = "yes" if triad["balanced"] else ("weak" if triad["weakly_balanced"] else "no")
        table.add_row(triad["kind"], balance, " / ".join(triad["names"]), _evidence(triad["edges"]))
    return table


def centrality_table(rows: list[dict[str, Any]]) -> Table:
    table = Table(title="Centrality")
    for column in ("actor", "degree", "positive", "negative", "betweenness"):
        table.add_column(column, justify="left" if column == "actor" else "right")
    for row in rows:
        table.add_row(row["name"], str(row["degree"]), f"{row['positive']:.2f}", f"{row['negative']:.2f}",
                      f"{row['betweenness']:.3f}")
    return table


def network_cli(
    db: str | None = DbOption,
    actor: Annotated[str | None, typer.Option("--actor", "-a", help="Show this actor's allies and enemies.")] = None,
    start: Annotated[str | None, typer.Option("--from", help="Earliest date (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Latest date (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
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
    """The signed alliance/enmity network: blocs, strongest ties, allies and enemies, triads, centrality."""
    from polemos.network.graph import EXPORT_FORMATS, build_network, export_graph, summary

    try:
        if format_.lower() not in EXPORT_FORMATS:
            raise ConfigError(f"--format {format_!r} is not one of {', '.join(EXPORT_FORMATS)}")
        if input_ is not None:
            events, relations = read_contract_lines(input_)
        else:
            from polemos.store import Database

            with Database(resolve_db(db)) as database:
                events = database.events()
                relations = database.relations(include_negated=True)
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
            console.print(ties_table(mine["allies"], title=f"Allies of {mine['name']}", name_key="name"))
            console.print(ties_table(mine["enemies"], title=f"Enemies of {mine['name']}", name_key="name"))
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
