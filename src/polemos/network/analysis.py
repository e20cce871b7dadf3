"""Analyses of the signed actor graph that ``polemos.network.build_network`` returns: allies and enemies of
an actor, strongest ties, signed triads and their balance, signed blocs, centrality, and the summary the CLI,
the demo and the web pages show. Pure functions over a ``networkx.Graph``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import combinations
from typing import Any

import networkx as nx

from polemos.errors import ConfigError

CIVIL_SECTORS: frozenset[str] = frozenset({"CVL", "OPP", "LAB", "EDU", "REL", "NGO", "MED", "REF", "AGR", "HLH"})


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


def _tie(g: nx.Graph, u: str, v: str, *, evidence: int | None = 3) -> dict[str, Any]:
    d = g.edges[u, v]
    return {
        "u": u, "v": v, "u_name": g.nodes[u]["name"], "v_name": g.nodes[v]["name"],
        "weight": round(d["weight"], 3), "positive": round(d["positive"], 3), "negative": round(d["negative"], 3),
        "count": d["count"], "types": dict(d["types"]), "not_ally": d["not_ally"],
        "evidence": d["evidence"][:evidence],
    }


def allies_and_enemies(g: nx.Graph, actor: str, *, top: int | None = None,
                        evidence: int | None = 3) -> dict[str, Any]:
    """An actor's allies (positive ties), enemies (negative ties) and other ties (zero: evidence only, or
    only a denied alliance), strongest first, each with up to ``evidence`` items (None: all)."""
    node = find_node(g, actor)
    allies: list[dict[str, Any]] = []
    enemies: list[dict[str, Any]] = []
    other: list[dict[str, Any]] = []
    for neighbour in g.neighbors(node):
        tie = _tie(g, node, neighbour, evidence=evidence)
        tie.update(node=neighbour, name=g.nodes[neighbour]["name"])
        (allies if tie["weight"] > 0 else enemies if tie["weight"] < 0 else other).append(tie)
    allies.sort(key=lambda t: (-t["weight"], t["name"]))
    enemies.sort(key=lambda t: (t["weight"], t["name"]))
    other.sort(key=lambda t: t["name"])
    return {"actor": node, "name": g.nodes[node]["name"], "allies": allies[:top], "enemies": enemies[:top],
            "neutral": other[:top]}


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
    signed = {(u, v): edge_sign(d["weight"]) for u, v, d in g.edges(data=True)}
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


def edge_sign(weight: float) -> int:
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
    where = {n: index[cid] for cid, members in clusters.items() for n in members}
    friendly: dict[int, set[int]] = {i: set() for i in index.values()}
    for u, v, d in g.edges(data=True):
        # blocs merge on a positive net tie, so "allied with" means some positive tie across two blocs
        if d["weight"] > 1e-9 and where[u] != where[v]:
            friendly[where[u]].add(where[v])
            friendly[where[v]].add(where[u])
    out: list[dict[str, Any]] = []
    for cid, members in ordered:
        names = sorted((g.nodes[n]["name"] for n in members), key=str.lower)
        out.append({
            "bloc": index[cid], "members": sorted(members, key=str), "names": names,
            "hostile_to": sorted(index[o] for o, w in links[cid].items() if w < -1e-9),
            "allied_with": sorted(friendly[index[cid]]),
        })
    labels = {b["bloc"]: bloc_label(b) for b in out}
    for item in out:
        item["label"] = labels[item["bloc"]]
        item["hostile_names"] = [labels[i] for i in item["hostile_to"]]
        item["allied_names"] = [labels[i] for i in item["allied_with"]]
    return out


def bloc_label(bloc: dict[str, Any]) -> str:
    """How tables name a bloc: 'bloc 2' for a group, the actor's name for a bloc of one."""
    return f"bloc {bloc['bloc']}" if len(bloc["members"]) > 1 else str(bloc["names"][0])


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
    """Everything the CLI, demo and web show: sizes, blocs, strongest ties, triads, centrality.

    With ``actor``, also its allies and enemies (with all their evidence), and the blocs, ties and triads
    are only those that involve it (its bloc and the blocs it is tied to; its ties; its triangles).
    """
    all_triads = triads(g)
    all_blocs = blocs(g)
    ties = strongest_ties(g, g.number_of_edges())
    out: dict[str, Any] = {
        "period": {"start": g.graph.get("start") or None, "end": g.graph.get("end") or None},
        "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
        "positive_edges": sum(1 for *_, d in g.edges(data=True) if d["weight"] > 0),
        "negative_edges": sum(1 for *_, d in g.edges(data=True) if d["weight"] < 0),
        "centrality": centrality(g, top=top),
    }
    if actor:
        mine = allies_and_enemies(g, actor, top=top, evidence=None)
        node = mine["actor"]
        home = next(b for b in all_blocs if node in b["members"])
        near = {home["bloc"], *home["hostile_to"], *home["allied_with"]}
        # its bloc and the blocs tied to it, each naming only the blocs listed here
        all_blocs = [{**b, **{key: [i for i in b[key] if i in near] for key in ("hostile_to", "allied_with")}}
                     for b in all_blocs if b["bloc"] in near]
        labels = {b["bloc"]: b["label"] for b in all_blocs}
        for b in all_blocs:
            b["hostile_names"] = [labels[i] for i in b["hostile_to"]]
            b["allied_names"] = [labels[i] for i in b["allied_with"]]
        all_triads = [t for t in all_triads if node in t["nodes"]]
        ties = [t for t in ties if node in (t["u"], t["v"])]
        out["actor"] = mine
    kinds = Counter(t["kind"] for t in all_triads)
    out.update({
        "blocs": all_blocs,
        "strongest_ties": ties[:top],
        "triad_counts": {k: kinds.get(k, 0) for k in ("+++", "++-", "+--", "---")},
        "balance": round((kinds["+++"] + kinds["+--"]) / len(all_triads), 3) if all_triads else None,
        "triads": all_triads[:top],  # all-negative first, then unbalanced, then balanced
    })
    return out


__all__ = [
    "CIVIL_SECTORS", "allies_and_enemies", "bloc_label", "blocs", "centrality", "edge_sign", "find_node", "strongest_ties",
    "summary", "triad_kind", "triads",
]
