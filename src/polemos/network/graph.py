"""The signed, weighted, time-sliced actor network, built from contract-shaped events and relations.

Cooperative interactions and asserted alliances give positive weight, conflictual ones negative
(per-type sign and severity in ``data/interaction_weights.csv``). The analyses over the graph live in
``network_analysis`` and are re-exported here.
"""

from __future__ import annotations

import csv
import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from polemos.errors import ConfigError, KnowledgeBaseError
from polemos.network.analysis import (
    allies_and_enemies,
    blocs,
    centrality,
    edge_sign,
    find_node,
    strongest_ties,
    summary,
    triad_kind,
    triads,
)

WEIGHTS_FILE = "interaction_weights.csv"
EXPORT_FORMATS: tuple[str, ...] = ("graphml", "gexf", "json")
SKIPPED_MODALITIES: frozenset[str] = frozenset({"negated", "hypothetical", "future", "denied"})
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


STATE_SECTORS: frozenset[str] = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
KB_WEIGHT = 0.5  # a standing KB tie counts half a text tie, and nothing where the text already ties the pair


def node_key(actor: Mapping[str, Any], *, collapse_government: bool = True) -> str:
    """Node identity: KB id (a government folded into its state), else country:sector:name.

    Generic agents ("agent:protesters") are kept apart per country. An unnamed state organ without a KB id
    ("army" of SDN, "interior ministry" of KEN) is the KB's organ of that country ("SDN.MIL", "KEN"), so
    "army (SDN)" and "Sudanese army" are one node.
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
    sector = str(actor.get("sector") or "")
    if country and sector in STATE_SECTORS and actor.get("kind") != "agent":
        return str(country) if sector == "GOV" and collapse_government else f"{country}.{sector}"
    return f"{country or '---'}:{sector or 'UNK'}:{str(actor.get('name') or '').lower()}"


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
    return [a for a in (value if isinstance(value, list) else [value]) if isinstance(a, dict) and identified(a)]


def identified(actor: Mapping[str, Any]) -> bool:
    """Whether an actor has a KB id, a country or a sector: a bare phrase ("both sides", "coalition") would
    merge every document's unrelated uses into one node."""
    return bool(actor.get("actor_id") or actor.get("country") or actor.get("sector"))


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
        for src, tgt in event_pairs(event, collapse_government=collapse_government):
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
        if not isinstance(a, dict) or not isinstance(b, dict) or not identified(a) or not identified(b):
            continue
        if rel.get("negated"):
            _add(g, a, b, 0.0, rtype, "relation", rel, when, collapse_government, negated=True)
        else:
            _add(g, a, b, weight.weight, rtype, "relation", rel, when, collapse_government)
    if kb is not None:
        add_kb_ties(g, kb, table, start=first, end=last)
    return g


def event_pairs(event: Mapping[str, Any], *, collapse_government: bool = True) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """The (source, target) actor pairs of an event, each unordered pair of nodes once: a reciprocal event
    ("A and B accused each other", source [A, B], target [B, A]) ties A and B once, not twice."""
    seen: set[frozenset[str]] = set()
    out: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for src in _actors(event.get("source")):
        for tgt in _actors(event.get("target")):
            pair = frozenset((node_key(src, collapse_government=collapse_government),
                              node_key(tgt, collapse_government=collapse_government)))
            if len(pair) == 2 and pair not in seen:
                seen.add(pair)
                out.append((src, tgt))
    return out


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


def _generic(actor: Mapping[str, Any], name: str) -> bool:
    return str(actor.get("actor_id") or "").startswith("agent:") or not any(c.isupper() for c in name)


def _touch_node(g: nx.Graph, key: str, actor: Mapping[str, Any]) -> None:
    name = str(actor.get("name") or key)
    generic = _generic(actor, name)
    if generic and actor.get("country") and f"({actor['country']})" not in name:
        # "protesters (IRQ)" and "protesters (IRN)" are two actors; "ministry (CHL)" says whose ministry
        name = f"{name} ({actor['country']})"
    if key not in g:
        aid = actor.get("actor_id")
        g.add_node(key, name=name, country=actor.get("country") or "", sector=actor.get("sector") or "",
                   actor_id=key if aid and _GOV_ID.match(str(aid)) and key != aid else (aid or ""),
                   kind=actor_kind(actor), names=[], mentions=0, generic=generic)
    data = g.nodes[key]
    data["mentions"] += 1
    if name not in data["names"]:
        data["names"].append(name)
    if actor.get("actor_id") == key and _STATE_ID.match(key):
        # a state's own name beats its government's ("Iraq" over "Iraqi government")
        data["name"], data["kind"] = name, "state"
    elif data.get("generic") and not generic:
        # a proper name ("Sudanese army") beats a generic one ("army (SDN)") for the same actor
        data["name"], data["generic"] = name, False
        data["actor_id"] = data.get("actor_id") or actor.get("actor_id") or ""


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
                _kb_edge(g, node, target, "PART_OF", weights, f"{g.nodes[node]['name']} is part of "
                         f"{g.nodes[target]['name']}", None)
                break
            up = _kb_record(kb, parent)
            parent = _field(up, "parent") if up is not None else None
        for pos in _field(record, "positions") or []:
            org = _field(pos, "org")
            frm = _field(pos, "from") or _field(pos, "start")  # KB JSON or polemos.knowledge.kb.Position
            to = _field(pos, "to") or _field(pos, "end")
            if not org or not _overlaps(frm, to, start, end):
                continue
            target = node_key({"actor_id": org})
            if target in g and target != node:
                title = _field(pos, "title") or "a position"
                _kb_edge(g, node, target, "LEADS", weights, f"{g.nodes[node]['name']} holds {title} in "
                         f"{g.nodes[target]['name']}", f"{frm or '…'} to {to or 'now'}")
        for rel in _field(record, "relations") or []:
            target = node_key({"actor_id": _field(rel, "with") or _field(rel, "b") or ""})
            rtype = str(_field(rel, "type") or "").upper()
            if target in g and target != node and ("relation", rtype) in weights:
                _kb_edge(g, node, target, rtype, weights, _field(rel, "note") or f"{rtype} relation",
                         _period(_field(rel, "from"), _field(rel, "to")))


def _overlaps(frm: str | None, to: str | None, start: date | None, end: date | None) -> bool:
    """Whether a KB interval [frm, to] (open ends allowed) overlaps the period [start, end]."""
    first, last = date_bounds(frm), date_bounds(to)
    if end is not None and first is not None and first[0] > end:
        return False
    return not (start is not None and last is not None and last[1] < start)


def _period(frm: Any, to: Any) -> str | None:
    return f"{frm or '…'} to {to or 'now'}" if frm or to else None


def _kb_edge(g: nx.Graph, u: str, v: str, rtype: str, weights: Mapping[tuple[str, str], Weight], note: str,
             when: str | None) -> None:
    """A standing tie from the knowledge base, kept as evidence of kind "kb" with its period (None: standing).

    Text outweighs the KB: where text already ties the pair, the KB tie is evidence only (weight 0);
    elsewhere it counts ``KB_WEIGHT`` of its type's weight.
    """
    data = g.get_edge_data(u, v)
    if data and rtype in data["relations"]:
        return
    text_tie = bool(data) and any(e.get("kind") != "kb" for e in data["evidence"])
    value = 0.0 if text_tie else weights[("relation", rtype)].weight * KB_WEIGHT
    if not g.has_edge(u, v):
        g.add_edge(u, v, weight=0.0, positive=0.0, negative=0.0, count=0, types={}, relations=[],
                   not_ally=False, negated=[], evidence=[], first_date="", last_date="")
    data = g.edges[u, v]
    data["weight"] += value
    if value:
        data["positive" if value > 0 else "negative"] += abs(value)
        data["count"] += 1
        data["types"][rtype] = data["types"].get(rtype, 0) + 1
    data["relations"].append(rtype)
    data["evidence"].append({"doc_id": "kb", "kind": "kb", "type": rtype, "source": u, "target": v,
                             "weight": round(value, 3), "date": when, "text": f"knowledge base: {note}",
                             "start": None, "end": None})


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
        h.add_edge(u, v, **{k: _scalar(v) for k, v in d.items()}, sign=edge_sign(d.get("weight", 0.0)))
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
    "EXPORT_FORMATS", "KB_WEIGHT", "STATE_SECTORS", "Weight", "add_kb_ties", "allies_and_enemies", "blocs", "build_network", "centrality",
    "event_pairs", "export_graph", "find_node", "identified", "load_graph", "load_weights", "node_key",
    "parse_weights", "strongest_ties", "summary", "triad_kind", "triads",
]
