"""The signed, weighted, time-sliced actor network, built from contract-shaped events and relations.

Cooperative interactions and asserted alliances give positive weight, conflictual ones negative
(per-type sign and severity in ``data/interaction_weights.csv``). Analyses are pure functions over
the ``networkx.Graph`` that ``build_network`` returns.
"""

from __future__ import annotations

import csv
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from importlib import resources
from itertools import combinations
from pathlib import Path
from typing import Any

import networkx as nx

from polemos.errors import ConfigError, KnowledgeBaseError

WEIGHTS_FILE = "interaction_weights.csv"
EXPORT_FORMATS: tuple[str, ...] = ("graphml", "gexf", "json")
SKIPPED_MODALITIES: frozenset[str] = frozenset({"negated", "hypothetical", "future", "denied"})
CIVIL_SECTORS: frozenset[str] = frozenset({"CVL", "OPP", "LAB", "EDU", "REL", "NGO", "MED", "REF", "AGR", "HLH"})
_GOV_ID = re.compile(r"^([A-Z]{3})\.GOV$")
_STATE_ID = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class Weight:
    """Sign and severity of one event or relation type."""

    kind: str  # "event" | "relation"
    type: str
    weight: float
    casualty_scale: float = 0.0


def load_weights(path: str | Path | None = None) -> dict[tuple[str, str], Weight]:
    """Per-type weights keyed by (kind, type), from the packaged CSV or ``path``."""
    if path is None:
        text = resources.files("polemos.data").joinpath(WEIGHTS_FILE).read_text(encoding="utf-8")
        where = f"polemos/data/{WEIGHTS_FILE}"
    else:
        text = Path(path).read_text(encoding="utf-8")
        where = str(path)
    return parse_weights(text, where=where)


def parse_weights(text: str, *, where: str = WEIGHTS_FILE) -> dict[tuple[str, str], Weight]:
    """Parse the weights CSV (columns kind,type,weight,casualty_scale[,note])."""
    out: dict[tuple[str, str], Weight] = {}
    reader = csv.DictReader(text.splitlines())
    missing = {"kind", "type", "weight"} - set(reader.fieldnames or [])
    if missing:
        raise KnowledgeBaseError(where, f"missing columns {sorted(missing)}; the header must be "
                                        "kind,type,weight,casualty_scale,note", line=1)
    for line, row in enumerate(reader, start=2):
        kind = (row.get("kind") or "").strip()
        if kind not in ("event", "relation"):
            raise KnowledgeBaseError(where, f"kind {kind!r} must be 'event' or 'relation'", line=line, field="kind")
        values: dict[str, float] = {}
        for name in ("weight", "casualty_scale"):
            raw = (row.get(name) or "0").strip() or "0"
            try:
                values[name] = float(raw)
            except ValueError:
                raise KnowledgeBaseError(where, f"{raw!r} is not a number", line=line, field=name) from None
        rtype = (row.get("type") or "").strip().upper()
        out[(kind, rtype)] = Weight(kind, rtype, values["weight"], values["casualty_scale"])
    return out


# --- building -------------------------------------------------------------------------------------


def node_key(actor: Mapping[str, Any], *, collapse_government: bool = True) -> str:
    """Node identity: KB id (a government folded into its state), else country:sector:name.

    Generic agents ("agent:protesters") are kept apart per country.
    """
    actor_id = actor.get("actor_id")
    country = actor.get("country")
    if actor_id:
        if actor_id.startswith("agent:"):
            return f"{country or '---'}:{actor_id}"
        match = _GOV_ID.match(actor_id)
        if collapse_government and match:
            return match.group(1)
        return str(actor_id)
    return f"{country or '---'}:{actor.get('sector') or 'UNK'}:{str(actor.get('name') or '').lower()}"


def actor_kind(actor: Mapping[str, Any]) -> str:
    """A node kind from the KB id's shape: state, government, person, group, agent, ... ."""
    if actor.get("kind"):
        return str(actor["kind"])
    actor_id = str(actor.get("actor_id") or "")
    if _STATE_ID.match(actor_id):
        return "state"
    if _GOV_ID.match(actor_id):
        return "government"
    if ":" in actor_id:
        return actor_id.split(":", 1)[0]
    if "." in actor_id:
        return "state_body"
    return "unresolved"


def _actors(value: Any) -> list[dict[str, Any]]:
    if value is None:
        return []
    return [a for a in (value if isinstance(value, list) else [value]) if isinstance(a, dict)]


def date_bounds(value: str | None) -> tuple[date, date] | None:
    """The first and last day an ISO date at any precision ("2019", "2019-10", "2019-10-02") covers."""
    if not value:
        return None
    text = str(value)[:10]
    try:
        if len(text) == 4:
            year = int(text)
            return date(year, 1, 1), date(year, 12, 31)
        if len(text) == 7:
            year, month = int(text[:4]), int(text[5:7])
            nxt = date(year + (month == 12), month % 12 + 1, 1)
            return date(year, month, 1), date.fromordinal(nxt.toordinal() - 1)
        day = date.fromisoformat(text)
    except ValueError:
        return None
    return day, day


def in_period(value: str | None, start: date | None, end: date | None, *, undated: bool = True) -> bool:
    """Whether a (partial) ISO date overlaps [start, end]; undated items pass when ``undated``."""
    if start is None and end is None:
        return True
    bounds = date_bounds(value)
    if bounds is None:
        return undated
    first, last = bounds
    return not ((start is not None and last < start) or (end is not None and first > end))


def severity(item: Mapping[str, Any], weight: Weight) -> float:
    """1 + scale * log10(1 + killed + injured/10): more deaths, a stronger tie."""
    if not weight.casualty_scale:
        return 1.0
    harm = _count(item.get("killed")) + _count(item.get("injured")) / 10.0
    return 1.0 + weight.casualty_scale * math.log10(1.0 + harm)


def _count(value: Any) -> float:
    if not isinstance(value, dict):
        return 0.0
    for key in ("best", "low", "high"):
        if isinstance(value.get(key), (int, float)):
            return float(value[key])
    return 0.0


def _as_date(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    bounds = date_bounds(value)
    if bounds is None:
        raise ConfigError(f"date {value!r} is not an ISO date; use YYYY, YYYY-MM or YYYY-MM-DD")
    return bounds[0]


def _as_end(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    bounds = date_bounds(value)
    if bounds is None:
        raise ConfigError(f"date {value!r} is not an ISO date; use YYYY, YYYY-MM or YYYY-MM-DD")
    return bounds[1]


def build_network(
    events: Iterable[Mapping[str, Any]],
    relations: Iterable[Mapping[str, Any]],
    *,
    start: str | date | None = None,
    end: str | date | None = None,
    kb: Any = None,
    weights: Mapping[tuple[str, str], Weight] | None = None,
    collapse_government: bool = True,
    undated: bool = True,
) -> nx.Graph:
    """The signed actor graph of events and relations dated within [start, end] (event date, else doc date).

    Edges carry ``weight`` (signed sum), ``positive``/``negative`` (magnitudes), ``count``, ``types``,
    ``relations``, ``not_ally`` (a negated ALLY was asserted) and ``evidence`` (doc_id, text, start, end).
    ``kb`` (a mapping or object with ``get(id)``) adds standing ties: PART_OF parents, LEADS positions.
    """
    table = dict(weights) if weights is not None else load_weights()
    first, last = _as_date(start), _as_end(end)
    g = nx.Graph(start=str(first or ""), end=str(last or ""))
    for event in events:
        when = event.get("date") or event.get("doc_date")
        if not in_period(when, first, last, undated=undated):
            continue
        modality = event.get("modality") or "asserted"
        if modality in SKIPPED_MODALITIES:
            continue
        etype = str(event.get("type") or "").upper()
        weight = table.get(("event", "THREATEN" if modality == "threatened" else etype))
        if weight is None or not weight.weight:
            continue
        value = weight.weight * severity(event, weight)
        for src in _actors(event.get("source")):
            for tgt in _actors(event.get("target")):
                _add(g, src, tgt, value, etype, "event", event, when, collapse_government)
    for rel in relations:
        when = rel.get("doc_date")
        if not in_period(when, first, last, undated=undated):
            continue
        rtype = str(rel.get("type") or "").upper()
        weight = table.get(("relation", rtype))
        if weight is None:
            continue
        a, b = rel.get("a"), rel.get("b")
        if not isinstance(a, dict) or not isinstance(b, dict):
            continue
        if rel.get("negated"):
            _add(g, a, b, 0.0, rtype, "relation", rel, when, collapse_government, negated=True)
        else:
            _add(g, a, b, weight.weight, rtype, "relation", rel, when, collapse_government)
    if kb is not None:
        add_kb_ties(g, kb, table, start=first, end=last)
    return g


def _add(g: nx.Graph, a: Mapping[str, Any], b: Mapping[str, Any], value: float, rtype: str, kind: str,
         item: Mapping[str, Any], when: str | None, collapse: bool, *, negated: bool = False) -> None:
    """Add (or strengthen) the tie between two actors with one piece of evidence."""
    u, v = node_key(a, collapse_government=collapse), node_key(b, collapse_government=collapse)
    if u == v:
        return
    for key, actor in ((u, a), (v, b)):
        _touch_node(g, key, actor)
    if not g.has_edge(u, v):
        g.add_edge(u, v, weight=0.0, positive=0.0, negative=0.0, count=0, types={}, relations=[],
                   not_ally=False, negated=[], evidence=[], first_date="", last_date="")
    data = g.edges[u, v]
    label = f"not {rtype}" if negated else rtype
    if negated:
        if rtype not in data["negated"]:
            data["negated"].append(rtype)
        data["not_ally"] = data["not_ally"] or rtype == "ALLY"
    else:
        data["weight"] += value
        data["positive" if value > 0 else "negative"] += abs(value)
        data["count"] += 1
        data["types"][rtype] = data["types"].get(rtype, 0) + 1
        if kind == "relation" and rtype not in data["relations"]:
            data["relations"].append(rtype)
    if when:
        day = str(when)[:10]
        data["first_date"] = min(data["first_date"] or day, day)
        data["last_date"] = max(data["last_date"], day)
    # the first evidence span (the sentence) is enough per item and keeps exports small
    ev = (item.get("evidence") or [{}])[0]
    data["evidence"].append({
        "doc_id": item.get("doc_id"), "kind": kind, "type": label, "source": u, "target": v,
        "weight": round(value, 3), "date": when, "text": ev.get("text"), "start": ev.get("start"),
        "end": ev.get("end"),
    })


def _touch_node(g: nx.Graph, key: str, actor: Mapping[str, Any]) -> None:
    name = str(actor.get("name") or key)
    if str(actor.get("actor_id") or "").startswith("agent:") and actor.get("country"):
        name = f"{name} ({actor['country']})"  # "protesters (IRQ)" and "protesters (IRN)" are two actors
    if key not in g:
        aid = actor.get("actor_id")
        g.add_node(key, name=name, country=actor.get("country") or "", sector=actor.get("sector") or "",
                   actor_id=key if aid and _GOV_ID.match(str(aid)) and key != aid else (aid or ""),
                   kind=actor_kind(actor), names=[], mentions=0)
    data = g.nodes[key]
    data["mentions"] += 1
    if name not in data["names"]:
        data["names"].append(name)
    # a state's own name beats its government's ("Iraq" over "Iraqi government")
    if actor.get("actor_id") == key and _STATE_ID.match(key):
        data["name"], data["kind"] = name, "state"


def add_kb_ties(g: nx.Graph, kb: Any, weights: Mapping[tuple[str, str], Weight], *,
                start: date | None = None, end: date | None = None) -> None:
    """Standing ties from the knowledge base between nodes already in the graph."""
    for node in list(g.nodes):
        record = _kb_record(kb, g.nodes[node].get("actor_id") or node)
        if record is None:
            continue
        parent = _field(record, "parent")
        seen: set[str] = set()
        while parent and parent not in seen:
            seen.add(parent)
            target = node_key({"actor_id": parent})
            if target in g and target != node:
                _kb_edge(g, node, target, "PART_OF", weights, "parent")
                break
            up = _kb_record(kb, parent)
            parent = _field(up, "parent") if up is not None else None
        for pos in _field(record, "positions") or []:
            org = _field(pos, "org")
            frm = _field(pos, "from") or _field(pos, "start")  # KB JSON or polemos.kb.Position
            to = _field(pos, "to") or _field(pos, "end")
            if not org or not _overlaps(frm, to, start, end):
                continue
            target = node_key({"actor_id": org})
            if target in g and target != node:
                _kb_edge(g, node, target, "LEADS", weights, f"position {_field(pos, 'title') or ''}".strip())
        for rel in _field(record, "relations") or []:
            target = node_key({"actor_id": _field(rel, "with") or _field(rel, "b") or ""})
            rtype = str(_field(rel, "type") or "").upper()
            if target in g and target != node and ("relation", rtype) in weights:
                _kb_edge(g, node, target, rtype, weights, _field(rel, "note") or "kb relation")


def _overlaps(frm: str | None, to: str | None, start: date | None, end: date | None) -> bool:
    """Whether a KB interval [frm, to] (open ends allowed) overlaps the period [start, end]."""
    first, last = date_bounds(frm), date_bounds(to)
    if end is not None and first is not None and first[0] > end:
        return False
    return not (start is not None and last is not None and last[1] < start)


def _kb_edge(g: nx.Graph, u: str, v: str, rtype: str, weights: Mapping[tuple[str, str], Weight], note: str) -> None:
    item = {"doc_id": "kb", "evidence": [{"text": f"knowledge base: {note}"}]}
    a = {"actor_id": g.nodes[u].get("actor_id") or u, "name": g.nodes[u]["name"]}
    b = {"actor_id": g.nodes[v].get("actor_id") or v, "name": g.nodes[v]["name"]}
    data = g.get_edge_data(u, v)
    if data and rtype in data["relations"]:
        return
    _add(g, a, b, weights[("relation", rtype)].weight, rtype, "relation", item, None, True)
    g.nodes[u]["mentions"] -= 1
    g.nodes[v]["mentions"] -= 1


def _kb_record(kb: Any, actor_id: str) -> Any:
    if not actor_id:
        return None
    getter = getattr(kb, "get", None)
    if callable(getter):
        return getter(actor_id)
    return None


def _field(record: Any, name: str) -> Any:
    if record is None:
        return None
    if isinstance(record, Mapping):
        return record.get(name)
    return getattr(record, name, None)


# --- analyses -------------------------------------------------------------------------------------


def find_node(g: nx.Graph, query: str) -> str:
    """The node an actor name, KB id or ISO code names (exact, then case-insensitive, then substring)."""
    if query in g:
        return query
    q = query.strip().lower()
    exact = [n for n, d in g.nodes(data=True)
             if q in {str(n).lower(), str(d.get("actor_id", "")).lower(), str(d.get("name", "")).lower()}
             or q in {x.lower() for x in d.get("names", [])}]
    if exact:
        return max(exact, key=lambda n: g.degree(n, weight=None))
    partial = [n for n, d in g.nodes(data=True)
               if q in str(d.get("name", "")).lower() or any(q in x.lower() for x in d.get("names", []))]
    if partial:
        return max(partial, key=lambda n: g.degree(n, weight=None))
    names = ", ".join(sorted(str(d.get("name")) for _, d in g.nodes(data=True))[:12])
    raise ConfigError(f"no actor matching {query!r} in the network (period/input as given); "
                      f"try one of: {names}")


def _tie(g: nx.Graph, u: str, v: str, *, evidence: int = 3) -> dict[str, Any]:
    d = g.edges[u, v]
    return {
        "u": u, "v": v, "u_name": g.nodes[u]["name"], "v_name": g.nodes[v]["name"],
        "weight": round(d["weight"], 3), "positive": round(d["positive"], 3), "negative": round(d["negative"], 3),
        "count": d["count"], "types": dict(d["types"]), "not_ally": d["not_ally"],
        "evidence": d["evidence"][:evidence],
    }


def allies_and_enemies(g: nx.Graph, actor: str, *, top: int | None = None) -> dict[str, Any]:
    """An actor's allies (positive ties) and enemies (negative ties), strongest first."""
    node = find_node(g, actor)
    allies, enemies = [], []
    for other in g.neighbors(node):
        tie = _tie(g, node, other)
        tie.update(node=other, name=g.nodes[other]["name"])
        if tie["weight"] > 0:
            allies.append(tie)
        elif tie["weight"] < 0:
            enemies.append(tie)
    allies.sort(key=lambda t: (-t["weight"], t["name"]))
    enemies.sort(key=lambda t: (t["weight"], t["name"]))
    return {"actor": node, "name": g.nodes[node]["name"], "allies": allies[:top], "enemies": enemies[:top]}


def strongest_ties(g: nx.Graph, n: int = 10, *, sign: int | None = None) -> list[dict[str, Any]]:
    """The ``n`` ties of largest absolute weight (only positive or negative ones with ``sign``)."""
    ties = [_tie(g, u, v) for u, v in g.edges]
    if sign is not None:
        ties = [t for t in ties if t["weight"] * sign > 0]
    ties.sort(key=lambda t: (-abs(t["weight"]), t["u_name"], t["v_name"]))
    return ties[:n]


def triad_kind(signs: Sequence[int]) -> str:
    """ "+++", "++-", "+--" or "---" for three edge signs."""
    positives = sum(1 for s in signs if s > 0)
    return "+" * positives + "-" * (3 - positives)


def triads(g: nx.Graph, *, limit: int | None = None) -> list[dict[str, Any]]:
    """Signed triangles with their kind, balance and each edge's evidence; all-negative first.

    Balanced (Heider): +++ and +--. ``---`` is unbalanced in the strict sense but allowed by weak
    balance ("our enemy's enemy is not our friend"); ``++-`` is unbalanced either way.
    """
    signed = {(u, v): _sign(d["weight"]) for u, v, d in g.edges(data=True)}
    out: list[dict[str, Any]] = []
    order = {n: i for i, n in enumerate(sorted(g.nodes, key=str))}
    for u in g.nodes:
        for v, w in combinations(sorted((x for x in g.neighbors(u) if order[x] > order[u]), key=order.__getitem__), 2):
            if not g.has_edge(v, w):
                continue
            edges = [(u, v), (u, w), (v, w)]
            signs = [signed.get(e, signed.get((e[1], e[0]), 0)) for e in edges]
            if 0 in signs:
                continue
            kind = triad_kind(signs)
            out.append({
                "nodes": [u, v, w], "names": [g.nodes[x]["name"] for x in (u, v, w)], "kind": kind,
                "balanced": kind in ("+++", "+--"), "weakly_balanced": kind != "++-",
                "edges": [_tie(g, a, b, evidence=2) for a, b in edges],
            })
    rank = {"---": 0, "++-": 1, "+--": 2, "+++": 3}
    out.sort(key=lambda t: (rank[t["kind"]], t["names"]))
    return out[:limit] if limit is not None else out


def _sign(weight: float) -> int:
    return 1 if weight > 1e-9 else -1 if weight < -1e-9 else 0


def blocs(g: nx.Graph) -> list[dict[str, Any]]:
    """Signed blocs: greedy merging of the groups with the largest positive net tie, then civil-society
    actors that share an enemy (and have no tie between them) grouped as one opposition bloc.

    Returns blocs largest first: members, names, and the blocs each one is hostile to or allied with.
    """
    clusters: dict[int, set[str]] = {i: {n} for i, n in enumerate(sorted(g.nodes, key=str))}
    where = {n: i for i, members in clusters.items() for n in members}
    links: dict[int, dict[int, float]] = {i: {} for i in clusters}
    for u, v, d in g.edges(data=True):
        a, b = where[u], where[v]
        links[a][b] = links[a].get(b, 0.0) + d["weight"]
        links[b][a] = links[a][b]
    while True:
        best = max(((w, -min(a, b), -max(a, b)) for a in links for b, w in links[a].items() if a < b),
                   default=None)
        if best is None or best[0] <= 1e-9:
            break
        _merge(clusters, links, -best[1], -best[2])
    _group_opposition(g, clusters, links)
    ordered = sorted(clusters.items(), key=lambda kv: (-len(kv[1]), sorted(kv[1])))
    index = {cid: i for i, (cid, _) in enumerate(ordered)}
    out: list[dict[str, Any]] = []
    for cid, members in ordered:
        names = sorted((g.nodes[n]["name"] for n in members), key=str.lower)
        out.append({
            "bloc": index[cid], "members": sorted(members, key=str), "names": names,
            "hostile_to": sorted(index[o] for o, w in links[cid].items() if w < -1e-9),
            "allied_with": sorted(index[o] for o, w in links[cid].items() if w > 1e-9),
        })
    return out


def _merge(clusters: dict[int, set[str]], links: dict[int, dict[int, float]], a: int, b: int) -> None:
    """Fold cluster ``b`` into ``a``, summing their ties to every other cluster."""
    clusters[a] |= clusters.pop(b)
    for other, w in links.pop(b).items():
        links[other].pop(b, None)
        if other == a:
            continue
        links[a][other] = links[a].get(other, 0.0) + w
        links[other][a] = links[a][other]
    links[a].pop(a, None)


def _group_opposition(g: nx.Graph, clusters: dict[int, set[str]], links: dict[int, dict[int, float]]) -> None:
    """Merge civil-society clusters with a common enemy and no tie between them."""
    def civil(cid: int) -> bool:
        return all(set(str(g.nodes[n].get("sector") or "").split("|")) & CIVIL_SECTORS for n in clusters[cid])

    changed = True
    while changed:
        changed = False
        ids = sorted(c for c in clusters if civil(c))
        for a, b in combinations(ids, 2):
            if b in links[a]:
                continue
            enemies_a = {o for o, w in links[a].items() if w < 0}
            enemies_b = {o for o, w in links[b].items() if w < 0}
            friends_a = {o for o, w in links[a].items() if w > 0}
            friends_b = {o for o, w in links[b].items() if w > 0}
            if enemies_a & enemies_b and not (enemies_a & friends_b or enemies_b & friends_a):
                _merge(clusters, links, a, b)
                changed = True
                break


def centrality(g: nx.Graph, *, top: int | None = None) -> list[dict[str, Any]]:
    """Per actor: degree, positive/negative strength and betweenness (distance 1/|weight|)."""
    if g.number_of_nodes() == 0:
        return []
    h = nx.Graph()
    h.add_nodes_from(g.nodes)
    h.add_edges_from((u, v, {"distance": 1.0 / max(abs(d["weight"]), 1e-3)}) for u, v, d in g.edges(data=True))
    between = nx.betweenness_centrality(h, weight="distance", normalized=True)
    rows = []
    for n, d in g.nodes(data=True):
        pos = sum(g.edges[n, o]["positive"] for o in g.neighbors(n))
        neg = sum(g.edges[n, o]["negative"] for o in g.neighbors(n))
        rows.append({"node": n, "name": d["name"], "degree": g.degree(n), "positive": round(pos, 3),
                     "negative": round(neg, 3), "betweenness": round(between.get(n, 0.0), 4)})
    rows.sort(key=lambda r: (-r["betweenness"], -(r["positive"] + r["negative"]), r["name"]))
    return rows[:top] if top is not None else rows


def summary(g: nx.Graph, *, top: int = 10, actor: str | None = None) -> dict[str, Any]:
    """Everything the CLI and demo show: sizes, blocs, strongest ties, triads, centrality."""
    all_triads = triads(g)
    kinds = Counter(t["kind"] for t in all_triads)
    out: dict[str, Any] = {
        "period": {"start": g.graph.get("start") or None, "end": g.graph.get("end") or None},
        "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
        "positive_edges": sum(1 for *_, d in g.edges(data=True) if d["weight"] > 0),
        "negative_edges": sum(1 for *_, d in g.edges(data=True) if d["weight"] < 0),
        "blocs": blocs(g),
        "strongest_ties": strongest_ties(g, top),
        "triad_counts": {k: kinds.get(k, 0) for k in ("+++", "++-", "+--", "---")},
        "balance": round((kinds["+++"] + kinds["+--"]) / len(all_triads), 3) if all_triads else None,
        "triads": all_triads[:top],  # all-negative first, then unbalanced, then balanced
        "centrality": centrality(g, top=top),
    }
    if actor:
        out["actor"] = allies_and_enemies(g, actor, top=top)
    return out


# --- export ---------------------------------------------------------------------------------------


def _scalar(value: Any) -> Any:
    """GraphML/GEXF attributes must be scalars: lists and dicts become JSON strings, None ''."""
    if value is None:
        return ""
    if isinstance(value, (list, dict, tuple)):
        return json.dumps(value, ensure_ascii=False)
    return value


def scalar_graph(g: nx.Graph) -> nx.Graph:
    """A copy of ``g`` whose attributes are all scalars (for GraphML and GEXF)."""
    h = nx.Graph()
    h.graph.update({k: _scalar(v) for k, v in g.graph.items()})
    for n, d in g.nodes(data=True):
        h.add_node(n, **{k: _scalar(v) for k, v in d.items()}, label=d.get("name", str(n)))
    for u, v, d in g.edges(data=True):
        h.add_edge(u, v, **{k: _scalar(v) for k, v in d.items()}, sign=_sign(d.get("weight", 0.0)))
    return h


def export_graph(g: nx.Graph, path: str | Path, *, format: str = "graphml") -> Path:
    """Write the graph as GraphML, GEXF (Gephi) or node-link JSON (networkx); returns the path."""
    fmt = format.lower()
    out = Path(path)
    if fmt == "graphml":
        nx.write_graphml(scalar_graph(g), out)
    elif fmt == "gexf":
        nx.write_gexf(scalar_graph(g), out)
    elif fmt == "json":
        data = nx.node_link_data(g, edges="links")
        out.write_text(json.dumps(data, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    else:
        raise ConfigError(f"export format {format!r} is not one of {', '.join(EXPORT_FORMATS)}")
    return out


def load_graph(path: str | Path, *, format: str | None = None) -> nx.Graph:
    """Read a graph written by ``export_graph`` (format from the suffix unless given)."""
    p = Path(path)
    fmt = (format or p.suffix.lstrip(".")).lower()
    if fmt == "graphml":
        return nx.read_graphml(p)
    if fmt == "gexf":
        return nx.read_gexf(p)
    if fmt == "json":
        return nx.node_link_graph(json.loads(p.read_text(encoding="utf-8")), edges="links")
    raise ConfigError(f"cannot tell the format of {p}; pass format= one of {', '.join(EXPORT_FORMATS)}")


__all__ = [
    "EXPORT_FORMATS", "Weight", "add_kb_ties", "allies_and_enemies", "blocs", "build_network", "centrality",
    "export_graph", "find_node", "load_graph", "load_weights", "node_key", "parse_weights", "strongest_ties",
    "summary", "triad_kind", "triads",
]
