"""The network drawing of the web page: components laid out and packed, nodes coloured by bloc, ties by
sign, and labels placed where they overlap least."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import networkx as nx

from polemos.web.figures import OTHER_COLOUR, _overlap, label_text

BLOC_COLOURS: tuple[str, ...] = (
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2", "#bcbd22", "#393b79",
)


POSITIVE = "#1a9850"


SMALL_COMPONENT = 3  # components this small are drawn as a column with labels on the right


LABEL_ROOM = 210.0  # SVG units a node label may need (labels are cut at 28 characters)


NEGATIVE = "#d73027"


def bloc_colour(index: int | None) -> str:
    """The colour of the index-th bloc (grey for an actor in a bloc of its own)."""
    if index is None:
        return OTHER_COLOUR
    return BLOC_COLOURS[index % len(BLOC_COLOURS)]


def component_layout(layout: nx.Graph, *, seed: int = 7) -> dict[Any, tuple[float, float]]:
    """Spring layout of one connected graph, scaled into the unit square (a lone node sits in the middle)."""
    if len(layout) <= SMALL_COMPONENT:
        # a short zigzag column: every label can sit to the right without crossing another
        start = min(layout, key=lambda n: (layout.degree(n), str(n)))
        order = list(nx.bfs_tree(layout, start))
        step = 1.0 / len(order)
        return {n: (0.12 * (i % 2), step * (i + 0.5)) for i, n in enumerate(order)}
    pos = nx.spring_layout(layout, weight="strength", seed=seed, k=1.5 / math.sqrt(len(layout)), iterations=150)
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    # keep the aspect ratio, centred in the square
    dx = (1.0 - (max(xs) - min(xs)) / span) / 2
    dy = (1.0 - (max(ys) - min(ys)) / span) / 2
    return {n: (dx + (float(p[0]) - min(xs)) / span, dy + (float(p[1]) - min(ys)) / span) for n, p in pos.items()}


def pack_components(sizes: Sequence[int], width: float, *, min_side: float = 0.0
                    ) -> tuple[list[tuple[float, float, float]], float]:
    """Square cells (x, y, side) for components of the given sizes, largest first, in rows ``width`` wide.

    A cell's area grows with its component's size (at least ``min_side`` wide); returns the cells and the
    total height.
    """
    sides = [math.sqrt(n) for n in sizes]
    units = max(max(sides, default=1.0), math.sqrt(sum(x * x for x in sides)) * 1.2)
    unit = width / units
    cells: list[tuple[float, float, float]] = []
    x = y = row = 0.0
    for side in sides:
        px = min(max(side * unit, min_side), width)
        if x > 0 and x + px > width + 1e-6:
            x, y, row = 0.0, y + row, 0.0
        cells.append((x, y, px))
        x += px
        row = max(row, px)
    return cells, y + row


def _label_box(node: Mapping[str, Any], anchor: str) -> tuple[float, float, float, float, float, float]:
    """Text position and approximate box (x0, y0, x1, y1) of a node's label on one side (12px text)."""
    w = 6.8 * len(node["label"])
    x, y, r = node["x"], node["y"], node["r"]
    if anchor == "start":
        return x + r + 3, y + 4, x + r + 3, y - 8, x + r + 3 + w, y + 6
    if anchor == "end":
        return x - r - 3, y + 4, x - r - 3 - w, y - 8, x - r - 3, y + 6
    ly = y - r - 4 if anchor == "above" else y + r + 13
    return x, ly, x - w / 2, ly - 12, x + w / 2, ly + 2


def _label_cost(box: Sequence[float], obstacles: Sequence[Sequence[float]], width: float) -> float:
    """How much a label box covers the obstacles; far more when it leaves the drawing."""
    outside = 1e6 if box[0] < 0 or box[2] > width else 0.0
    return outside + sum(_overlap(box, other) for other in obstacles)


def place_labels(nodes: list[dict[str, Any]], width: float) -> None:
    """Set each node's label position (lx, ly, anchor): the preferred side, else the other side, above or
    below, whichever covers the least of the labels placed before (busier nodes first) and of the nodes."""
    taken: list[tuple[float, float, float, float]] = []
    circles = {n["key"]: (n["x"] - n["r"], n["y"] - n["r"], n["x"] + n["r"], n["y"] + n["r"]) for n in nodes}
    for node in sorted(nodes, key=lambda n: (-n["r"], n["key"])):
        preferred = node["anchor"]
        options = [preferred, "start" if preferred == "end" else "end", "above", "below"]
        obstacles = taken + [box for key, box in circles.items() if key != node["key"]]
        costs = [(_label_cost(_label_box(node, o)[2:], obstacles, width), i) for i, o in enumerate(options)]
        anchor = options[min(costs)[1]]
        lx, ly, *box = _label_box(node, anchor)
        taken.append((box[0], box[1], box[2], box[3]))
        node.update(anchor=anchor, lx=round(lx, 1), ly=round(ly, 1),
                    text_anchor="middle" if anchor in ("above", "below") else anchor)


def _anchor(x: float, centre: float, width: float, *, small: bool) -> str:
    """Which side of its node a label goes: away from the middle of its cell, never off the drawing."""
    if small or x < LABEL_ROOM:
        return "start"
    if x > width - LABEL_ROOM:
        return "end"
    return "end" if x < centre else "start"


def network_figure(g: nx.Graph, blocs: Sequence[Mapping[str, Any]], *, max_nodes: int = 60, size: float = 900.0,
                   seed: int = 7, focus: str | None = None) -> dict[str, Any]:
    """Node and edge geometry of the signed graph: spring layout per connected component, packed; blocs coloured.

    Keeps the ``max_nodes`` most connected actors (the focus actor always); allies pull harder than enemies.
    """
    ranked = sorted(g.nodes, key=lambda n: (-g.degree(n, weight=None), -g.nodes[n].get("mentions", 0), str(n)))
    keep = ranked[:max(max_nodes, 1)]
    if focus is not None and focus in g and focus not in keep:
        keep = keep[:-1] + [focus]
    sub = g.subgraph(keep)
    layout = nx.Graph()
    layout.add_nodes_from(sorted(sub.nodes, key=str))
    for u, v, d in sub.edges(data=True):
        # spring_layout needs positive weights: allies attract strongly, enemies loosely.
        layout.add_edge(u, v, strength=1.0 + min(d["positive"], 4.0) if d["weight"] > 0 else 0.35)
    components = sorted((sorted(c, key=str) for c in nx.connected_components(layout)),
                        key=lambda c: (-len(c), str(c[0])))
    margin, pad = 20.0, 0.18  # pad: share of a cell kept free around its drawing, for labels
    cells, height = pack_components([len(c) for c in components], size - 2 * margin, min_side=LABEL_ROOM)
    xy: dict[Any, tuple[float, float]] = {}
    for members, (cx, cy, side) in zip(components, cells):
        inner = side * (1 - 2 * pad)
        for n, (ux, uy) in component_layout(layout.subgraph(members), seed=seed).items():
            xy[n] = (round(margin + cx + side * pad + ux * inner, 1), round(margin + cy + side * pad + uy * inner, 1))
    membership: dict[str, int] = {}
    for bloc in blocs:
        if len(bloc["members"]) > 1:
            for member in bloc["members"]:
                membership[member] = int(bloc["bloc"])
    top_weight = max((abs(d["weight"]) for *_, d in sub.edges(data=True)), default=1.0) or 1.0
    edges = []
    for u, v, d in sorted(sub.edges(data=True), key=lambda e: abs(e[2]["weight"])):
        sign = "positive" if d["weight"] > 0 else "negative" if d["weight"] < 0 else "neutral"
        types = ", ".join(f"{k}×{c}" for k, c in sorted(d["types"].items())) or ", ".join(
            f"not {t}" for t in d.get("negated", []))
        edges.append({
            "x1": xy[u][0], "y1": xy[u][1], "x2": xy[v][0], "y2": xy[v][1], "sign": sign,
            "colour": POSITIVE if sign == "positive" else NEGATIVE if sign == "negative" else OTHER_COLOUR,
            "width": round(1.0 + 5.0 * abs(d["weight"]) / top_weight, 2), "dashed": sign == "neutral",
            "title": f"{g.nodes[u]['name']} — {g.nodes[v]['name']}: {d['weight']:+.2f} ({types})",
        })
    centre = {n: (cx + side / 2) for members, (cx, _, side) in zip(components, cells) for n in members}
    small = {n for members in components if len(members) <= SMALL_COMPONENT for n in members}
    nodes = []
    for n in sorted(sub.nodes, key=str):
        d = g.nodes[n]
        degree = g.degree(n, weight=None)
        in_bloc = membership.get(n)
        nodes.append({
            "key": n, "name": d["name"], "x": xy[n][0], "y": xy[n][1], "r": round(5.0 + 2.2 * math.sqrt(degree), 2),
            "colour": bloc_colour(in_bloc), "bloc": in_bloc, "focus": n == focus,
            "title": f"{d['name']} ({n}) — {degree} tie{'s' if degree != 1 else ''}"
                     + (f", bloc {in_bloc}" if in_bloc is not None else ""),
            "label": label_text(d["name"]),
            "anchor": _anchor(xy[n][0], centre[n] + margin, size, small=n in small),
        })
    place_labels(nodes, size)
    return {"width": size, "height": round(height + 2 * margin, 1), "nodes": nodes, "edges": edges,
            "shown": len(nodes), "total": g.number_of_nodes()}


